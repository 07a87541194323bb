/*
 * Machine-dependent JNI types for Windows (the JDK on this build machine ships only
 * include/linux/jni_md.h). The standard content of a Windows JDK's include/win32/jni_md.h:
 * jni.h includes this file; the Windows build puts this directory first on the include path.
 */
#ifndef _JAVASOFT_JNI_MD_H_
#define _JAVASOFT_JNI_MD_H_

#define JNIEXPORT __declspec(dllexport)
#define JNIIMPORT __declspec(dllimport)
#define JNICALL __stdcall

/* long is 32 bits on Windows (LLP64), in 32- and 64-bit code alike */
typedef long jint;
typedef long long jlong;
typedef signed char jbyte;

#endif /* !_JAVASOFT_JNI_MD_H_ */

package io.quire.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * What an AOT cache was made for, written beside it (quire.aot.jars) for the driver to compare
 * before it passes the cache to its JVM (native-odbc-shim/src/jni/jvm_aot.c): the JVM library
 * and the jars application classes come from (java.class.path and the Class-Path of their
 * manifests: quire-core.jar names its libraries there). JDK 25 up to 25.0.3 does not check the
 * jars itself (JDK-8377932), and a JVM older than 24 refuses the -XX:AOTCache option outright.
 * One line each: {@code jvm SIZE SECONDS PATH}, then {@code jar SIZE SECONDS PATH-UNDER-DIR}.
 */
final class AotCacheStamp {
    private AotCacheStamp() {
    }

    /** The JVM library of this runtime (the one the driver loads from a Java home). */
    static Path jvmLibrary() {
        Path home = Path.of(System.getProperty("java.home"));
        return File.separatorChar == '\\' ? home.resolve("bin/server/jvm.dll") : home.resolve("lib/server/libjvm.so");
    }

    static List<Path> classPathJars() {
        Set<Path> jars = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                add(Path.of(e).toAbsolutePath().normalize(), jars);
            }
        }
        return new ArrayList<>(jars);
    }

    private static void add(Path jar, Set<Path> jars) {
        if (!Files.isRegularFile(jar) || !jars.add(jar)) {
            return;
        }
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (cp != null) {
                for (String rel : cp.trim().split("\\s+")) {
                    add(jar.getParent().resolve(rel).normalize(), jars);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the manifest of " + jar, e);
        }
    }

    /** The stamp text; jars must lie under dir (the driver finds them beside the cache). */
    static String text(Path jvm, List<Path> jars, Path dir) throws IOException {
        StringBuilder b = new StringBuilder();
        line(b, "jvm", jvm, jvm.toString());
        for (Path jar : jars) {
            if (!jar.startsWith(dir)) {
                throw new IOException(jar + " is not under " + dir + ": the driver finds its jars beside the cache");
            }
            line(b, "jar", jar, dir.relativize(jar).toString().replace(File.separatorChar, '/'));
        }
        return b.toString();
    }

    private static void line(StringBuilder b, String kind, Path file, String name) throws IOException {
        b.append(kind).append(' ').append(Files.size(file)).append(' ')
                .append(Files.getLastModifiedTime(file).toMillis() / 1000).append(' ').append(name).append('\n');
    }
}

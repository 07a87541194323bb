package io.quire.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the driver compares before it uses the AOT cache (native-odbc-shim/src/jni/jvm_aot.c). */
class AotCacheStampTest {
    @TempDir
    Path dir;

    @Test
    void theJvmThenOneLinePerJarWithSizeSecondsAndSlashPath() throws IOException {
        Path jvm = Files.write(dir.resolve("libjvm.so"), new byte[42]);
        Path core = Files.write(dir.resolve("quire-core.jar"), new byte[123]);
        Files.createDirectories(dir.resolve("lib"));
        Path lib = Files.write(dir.resolve("lib").resolve("dep.jar"), new byte[7]);
        Files.setLastModifiedTime(jvm, FileTime.fromMillis(1_500_000_000_000L));
        Files.setLastModifiedTime(core, FileTime.fromMillis(1_700_000_000_999L));
        Files.setLastModifiedTime(lib, FileTime.fromMillis(1_600_000_000_000L));
        assertEquals("jvm 42 1500000000 " + jvm + "\njar 123 1700000000 quire-core.jar\njar 7 1600000000 lib/dep.jar\n",
                AotCacheStamp.text(jvm, List.of(core, lib), dir));
    }

    @Test
    void aJarOutsideTheCachesDirectoryIsRefused() throws IOException {
        Path jvm = Files.write(dir.resolve("libjvm.so"), new byte[1]);
        Path elsewhere = Files.write(Files.createTempFile("other", ".jar"), new byte[1]);
        try {
            assertThrows(IOException.class, () -> AotCacheStamp.text(jvm, List.of(elsewhere), dir));
        } finally {
            Files.delete(elsewhere);
        }
    }

    @Test
    void thisRuntimesJvmLibraryIsWhereTheDriverLoadsItFrom() {
        assertTrue(Files.isRegularFile(AotCacheStamp.jvmLibrary()), AotCacheStamp.jvmLibrary().toString());
    }
}

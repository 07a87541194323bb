package io.quire.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingLogFileTest {
    @TempDir
    Path dir;

    private static String line(int i) {
        return String.format("line %04d %s%n", i, "x".repeat(40));
    }

    @Test
    void rotatesAtTheSizeAndKeepsTheCount() throws Exception {
        Path p = dir.resolve("quire.log");
        RotatingLogFile f = new RotatingLogFile(p, 500, 3);
        for (int i = 0; i < 60; i++) {
            f.write(line(i));
        }
        assertTrue(Files.exists(p));
        assertTrue(Files.exists(dir.resolve("quire.log.1")));
        assertTrue(Files.exists(dir.resolve("quire.log.2")));
        assertFalse(Files.exists(dir.resolve("quire.log.3")), "MaxLogFileCount=3 keeps the current file and two more");
        for (String n : new String[] {"quire.log", "quire.log.1", "quire.log.2"}) {
            assertTrue(Files.size(dir.resolve(n)) <= 500, n);
        }
        // newest last: the current file ends with the last line, .1 holds the lines just before it
        String current = Files.readString(p);
        assertTrue(current.endsWith(line(59)), current);
        String previous = Files.readString(dir.resolve("quire.log.1"));
        int firstCurrent = Integer.parseInt(current.substring(5, 9));
        assertTrue(previous.endsWith(line(firstCurrent - 1)), previous);
    }

    @Test
    void countZeroKeepsEveryFile() throws Exception {
        Path p = dir.resolve("all.log");
        RotatingLogFile f = new RotatingLogFile(p, 200, 0);
        for (int i = 0; i < 40; i++) {
            f.write(line(i));
        }
        long files;
        try (var s = Files.list(dir)) {
            files = s.filter(x -> x.getFileName().toString().startsWith("all.log")).count();
        }
        int perFile = 200 / line(0).length();
        assertEquals((40 + perFile - 1) / perFile, files, perFile + " lines per 200-byte file, none deleted");
    }

    @Test
    void sizesAndModulesAreCheckedWithClearErrors() {
        assertEquals(10L * 1024 * 1024, LogSettings.bytes("10MB"));
        assertEquals(512L * 1024, LogSettings.bytes("512 kb"));
        assertEquals(LogSettings.MIN_SIZE, LogSettings.bytes("10"));
        QuireException e = assertThrows(QuireException.class, () -> LogSettings.bytes("ten megs"));
        assertTrue(e.getMessage().contains("MaxLogFileSize"), e.getMessage());
        IllegalArgumentException m = assertThrows(IllegalArgumentException.class, () -> QuireLog.modules("HTTP;SQL"));
        assertTrue(m.getMessage().contains("'SQL'") && m.getMessage().contains("AUTH"), m.getMessage());
        assertEquals(java.util.Set.of("HTTP", "AUTH"), QuireLog.modules("http; auth"));
    }
}

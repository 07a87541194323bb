package io.quire.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One log file shared by every connection that names it, rotated by size: when a line would take
 * the file past MaxLogFileSize, {@code quire.log} becomes {@code quire.log.1} (older ones move to
 * .2, .3, ...) and a new file starts. MaxLogFileCount counts the files kept, the current one
 * included; the oldest beyond it are deleted (0 or less: keep every file). The first connection
 * to open a file decides its limits.
 */
final class RotatingLogFile {
    private final Path path;
    private final long maxBytes;
    private final int maxCount;
    private OutputStream out;
    private long size;

    RotatingLogFile(Path path, long maxBytes, int maxCount) {
        this.path = path;
        this.maxBytes = maxBytes;
        this.maxCount = maxCount;
    }

    synchronized void write(String line) throws IOException {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            open();
        }
        if (maxBytes > 0 && size > 0 && size + b.length > maxBytes) {
            rotate();
        }
        out.write(b);
        out.flush();
        size += b.length;
    }

    private void open() throws IOException {
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(path);
    }

    private void rotate() throws IOException {
        out.close();
        out = null;
        int highest = 1;
        while (Files.exists(numbered(highest))) {
            highest++;
        }
        // highest is the first free number: shift .1 .. .(highest-1) up by one, dropping what the count excludes
        for (int i = highest - 1; i >= 1; i--) {
            if (maxCount > 0 && i + 1 >= maxCount) {
                Files.deleteIfExists(numbered(i));
            } else {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (maxCount == 1) {
            Files.deleteIfExists(path);
        } else {
            Files.move(path, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        }
        open();
    }

    private Path numbered(int i) {
        return path.resolveSibling(path.getFileName() + "." + i);
    }
}

package io.quire.auth.oauth;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only their owner may read: 0600 files in 0700 directories where the file system has
 * POSIX permissions (on Windows the user's profile folders are already private to the user).
 * Writes go to a temporary file in the same directory, then replace the target in one atomic
 * rename, so a reader never sees half a file.
 */
final class OwnerOnlyFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    static boolean posix() {
        return POSIX;
    }

    static void createDirectories(Path dir) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir);
        FileAttribute<?>[] attrs = POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                : new FileAttribute<?>[0];
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp", attrs);
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        restrict(target);
    }

    /** Makes an existing file owner-only (a copied-in key file may arrive with wider permissions). */
    static void restrict(Path file) throws IOException {
        if (POSIX && Files.exists(file) && !Files.getPosixFilePermissions(file).equals(FILE)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    static Set<PosixFilePermission> ownerOnly() {
        return FILE;
    }
}

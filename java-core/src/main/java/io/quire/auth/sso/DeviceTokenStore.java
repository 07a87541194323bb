package io.quire.auth.sso;

import io.quire.log.QuireLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Okta device tokens the driver keeps between connections, so that a device Okta remembers
 * after a second factor (MFARememberDevice) skips it next time. One file per Okta org and user,
 * named by a hash of both, under {@code <user config dir>/okta-devices/}, readable by its owner
 * only. The config dir is {@code %APPDATA%\Quire} on Windows, else {@code $XDG_CONFIG_HOME/quire}
 * or {@code ~/.config/quire}; the system property {@code quire.configDir} overrides it (tests).
 * Failing to read or write is logged and never fails the sign-on.
 */
final class DeviceTokenStore {
    private final Path dir;

    DeviceTokenStore(Path dir) {
        this.dir = dir;
    }

    static DeviceTokenStore forUser() {
        return new DeviceTokenStore(configDir().resolve("okta-devices"));
    }

    static Path configDir() {
        String override = System.getProperty("quire.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && appData != null) {
            return Path.of(appData, "Quire");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "quire");
        }
        return Path.of(System.getProperty("user.home"), ".config", "quire");
    }

    /** The remembered token for user at org, or null. */
    String load(HttpUrl org, String user, QuireLog log) {
        Path f = file(org, user);
        try {
            if (!Files.isRegularFile(f)) {
                return null;
            }
            String t = Files.readString(f, StandardCharsets.UTF_8).trim();
            return t.isEmpty() ? null : t;
        } catch (IOException | RuntimeException e) {
            log.info("Could not read the remembered Okta device token (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    void save(HttpUrl org, String user, String token, QuireLog log) {
        Path f = file(org, user);
        try {
            ownerOnlyDirectory(dir);
            Path tmp = Files.createTempFile(dir, "dt", ".tmp");
            restrict(tmp, "rw-------");
            Files.writeString(tmp, token, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
            log.log(4, "Remembered the Okta device for the next sign-on in " + dir);
        } catch (IOException | RuntimeException e) {
            log.info("Could not keep the Okta device token in " + dir + " (" + e.getClass().getSimpleName()
                    + "); MFA will be asked again next time");
        }
    }

    Path file(HttpUrl org, String user) {
        String key = org.scheme() + "://" + org.host() + ":" + org.port() + "\n" + user.toLowerCase(Locale.ROOT);
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(h, 0, 16) + ".dt");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void ownerOnlyDirectory(Path d) throws IOException {
        if (!Files.isDirectory(d)) {
            Files.createDirectories(d);
        }
        restrict(d, "rwx------");
    }

    private static void restrict(Path p, String perms) throws IOException {
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(perms));
        }
    }
}

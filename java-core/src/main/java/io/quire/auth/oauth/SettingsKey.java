package io.quire.auth.oauth;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 key of an OAuth settings file, kept in a separate file beside it
 * ({@code <settings>.key}), readable by its owner only. On Windows the key is wrapped with DPAPI
 * (bound to the Windows user); elsewhere it is stored as is and protected by the file's 0600
 * permissions. One line: {@code quire-oauth-key 1 plain|dpapi <base64>}. A plain key copied from
 * another machine is accepted everywhere, which is how a settings file moves to a headless host.
 */
final class SettingsKey {
    private static final String MAGIC = "quire-oauth-key 1 ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SettingsKey() {
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
    }

    /** The key in keyFile; null when the file does not exist. */
    static SecretKey read(Path keyFile) {
        if (!Files.exists(keyFile)) {
            return null;
        }
        try {
            String line = Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
            if (!line.startsWith(MAGIC)) {
                throw unreadable(keyFile, "it is not a Quire key file");
            }
            String[] parts = line.substring(MAGIC.length()).split(" ");
            if (parts.length != 2) {
                throw unreadable(keyFile, "it is not a Quire key file");
            }
            byte[] raw = Base64.getDecoder().decode(parts[1]);
            if (parts[0].equals("dpapi")) {
                if (!windows()) {
                    throw unreadable(keyFile, "it was protected by Windows for a Windows user; copy the settings "
                            + "from a Linux or macOS machine, or sign in again here");
                }
                raw = WindowsDpapi.unprotect(raw);
            } else if (!parts[0].equals("plain")) {
                throw unreadable(keyFile, "unknown protection '" + parts[0] + "'");
            }
            if (raw.length != 32) {
                throw unreadable(keyFile, "the key has the wrong length");
            }
            OwnerOnlyFiles.restrict(keyFile);
            return new SecretKeySpec(raw, "AES");
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(keyFile, e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            if (e instanceof QuireException q) {
                throw q;
            }
            // DPAPI refusal (another user or machine)
            throw unreadable(keyFile, "Windows could not unprotect it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A new random key, written to keyFile (owner only; DPAPI-wrapped on Windows). */
    static SecretKey create(Path keyFile) throws IOException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String line = windows()
                ? MAGIC + "dpapi " + Base64.getEncoder().encodeToString(WindowsDpapi.protect(raw))
                : MAGIC + "plain " + Base64.getEncoder().encodeToString(raw);
        OwnerOnlyFiles.writeAtomically(keyFile, (line + "\n").getBytes(StandardCharsets.US_ASCII));
        return new SecretKeySpec(raw, "AES");
    }

    private static QuireException unreadable(Path keyFile, String why) {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, "The OAuth settings key file " + keyFile
                + " cannot be used (" + why + "). Delete the settings file and its .key file to sign in again.");
    }
}

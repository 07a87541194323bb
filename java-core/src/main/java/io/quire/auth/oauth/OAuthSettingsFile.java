package io.quire.auth.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Where the driver keeps a connection's OAuth tokens between connections (OAuthSettingsLocation):
 * JSON encrypted with AES-256-GCM (file: magic, 12-byte nonce, ciphertext with its tag), its key
 * in {@code <file>.key} beside it ({@link SettingsKey}). Written atomically and owner-only.
 * Read-refresh-write sequences run under {@link #locked}, a lock shared by the connections of
 * this process and, through a lock file, of other processes, so two connections never spend the
 * same rotating refresh token. A damaged or undecryptable file is a clear 28000, never a crash.
 * <p>The default location is one file per site and client id under the user's configuration
 * directory: {@code $XDG_CONFIG_HOME/quire/oauth} or {@code ~/.config/quire/oauth},
 * {@code %APPDATA%\Quire\oauth} on Windows. OAuthSettingsLocation names the file, or a directory
 * to hold the default file name.
 */
final class OAuthSettingsFile {
    private static final byte[] MAGIC = "QUIRE-OAUTH-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    private static final long LOCK_WAIT_MS = 30_000;

    /** What the file holds. verifierHash: SHA-256 of the OAuthVerifier these tokens came from, or null. */
    record Stored(OAuthTokens tokens, String cloudId, String verifierHash, String clientId, String site) {
    }

    private final Path path;

    OAuthSettingsFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    /** The file for a connection: OAuthSettingsLocation (a file, or a directory) or the default. */
    static OAuthSettingsFile forConfig(String location, String site, String clientId) {
        String name = defaultName(site, clientId);
        if (location == null || location.isBlank()) {
            return new OAuthSettingsFile(defaultDirectory(System.getenv(), System.getProperty("os.name", ""),
                    System.getProperty("user.home", ".")).resolve(name));
        }
        Path p = Path.of(location.trim());
        boolean dir = Files.isDirectory(p) || location.endsWith("/") || location.endsWith("\\");
        return new OAuthSettingsFile(dir ? p.resolve(name) : p);
    }

    static Path defaultDirectory(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Quire").resolve("oauth");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".config");
        return base.resolve("quire").resolve("oauth");
    }

    /** {@code <host>-<12 hex of SHA-256(site, client id)>.oauth}: readable, and distinct per site and app. */
    static String defaultName(String site, String clientId) {
        String host = site == null ? "site" : site.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[/:?#].*$", "");
        host = host.replaceAll("[^A-Za-z0-9.-]", "_");
        return (host.isEmpty() ? "site" : host) + "-" + sha256(site + "\n" + clientId).substring(0, 12) + ".oauth";
    }

    Path path() {
        return path;
    }

    Path keyPath() {
        return path.resolveSibling(path.getFileName() + ".key");
    }

    /** The stored settings, or null when there is no file yet. */
    Stored load() {
        if (!Files.exists(path)) {
            return null;
        }
        SecretKey key = SettingsKey.read(keyPath());
        if (key == null) {
            throw damaged("its key file " + keyPath().getFileName() + " is missing (copy it together with the "
                    + "settings file)");
        }
        byte[] all;
        try {
            all = Files.readAllBytes(path);
        } catch (IOException e) {
            throw damaged("it cannot be read: " + e.getMessage());
        }
        if (all.length < MAGIC.length + 12 + 16 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw damaged("it is not a Quire OAuth settings file");
        }
        byte[] plain;
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, MAGIC.length, 12));
            c.updateAAD(MAGIC);
            plain = c.doFinal(all, MAGIC.length + 12, all.length - MAGIC.length - 12);
        } catch (GeneralSecurityException e) {
            throw damaged("it was changed, or its key file is not the one it was written with");
        }
        try {
            JsonNode n = MAPPER.readTree(plain);
            Arrays.fill(plain, (byte) 0);
            long exp = n.path("expiresAt").asLong(0);
            OAuthTokens t = new OAuthTokens(text(n, "accessToken"), text(n, "refreshToken"),
                    exp > 0 ? Instant.ofEpochSecond(exp) : null);
            return new Stored(t, text(n, "cloudId"), text(n, "verifier"), text(n, "clientId"), text(n, "site"));
        } catch (IOException e) {
            throw damaged("its content is not valid");
        }
    }

    void save(Stored s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("version", 1);
        n.put("site", s.site());
        n.put("clientId", s.clientId());
        n.put("accessToken", s.tokens().accessToken());
        n.put("refreshToken", s.tokens().refreshToken());
        if (s.tokens().expiresAt() != null) {
            n.put("expiresAt", s.tokens().expiresAt().getEpochSecond());
        }
        n.put("cloudId", s.cloudId());
        n.put("verifier", s.verifierHash());
        try {
            SecretKey key = SettingsKey.read(keyPath());
            if (key == null) {
                key = SettingsKey.create(keyPath());
            }
            byte[] plain = MAPPER.writeValueAsBytes(n);
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            Arrays.fill(plain, (byte) 0);
            ByteBuffer out = ByteBuffer.allocate(MAGIC.length + nonce.length + sealed.length);
            out.put(MAGIC).put(nonce).put(sealed);
            OwnerOnlyFiles.writeAtomically(path, out.array());
        } catch (IOException | GeneralSecurityException e) {
            throw new QuireException(SqlState.GENERAL_ERROR, 0, "Cannot write the OAuth settings file " + path + ": "
                    + e.getMessage() + ". Check OAuthSettingsLocation (the driver needs to write there to keep "
                    + "refreshed tokens).", null);
        }
    }

    /**
     * Runs work holding this file's lock: in this process (other connections) and across processes
     * (a {@code .lock} file beside it), waiting at most 30 s for another holder.
     */
    <T> T locked(Supplier<T> work) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(path, p -> new ReentrantLock());
        try {
            if (!local.tryLock(LOCK_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        try {
            if (local.getHoldCount() > 1) {
                return work.get();
            }
            Path lockFile = path.resolveSibling(path.getFileName() + ".lock");
            try {
                OwnerOnlyFiles.createDirectories(path.getParent());
            } catch (IOException e) {
                throw new QuireException(SqlState.GENERAL_ERROR, 0, "Cannot create the folder of the OAuth settings "
                        + "file " + path + ": " + e.getMessage(), null);
            }
            FileChannel ch = null;
            FileLock lock = null;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                OwnerOnlyFiles.restrict(lockFile);
                long deadline = System.currentTimeMillis() + LOCK_WAIT_MS;
                while ((lock = ch.tryLock()) == null) {
                    if (System.currentTimeMillis() > deadline) {
                        throw busy();
                    }
                    Thread.sleep(50);
                }
            } catch (IOException e) {
                // a file system without locks: the in-process lock still holds
                lock = null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                closeQuietly(ch);
                throw busy();
            } catch (RuntimeException e) {
                closeQuietly(ch);
                throw e;
            }
            try {
                return work.get();
            } finally {
                closeQuietly(ch);   // closing the channel releases the lock
            }
        } finally {
            local.unlock();
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    private QuireException busy() {
        return new QuireException(SqlState.TIMEOUT, "Another connection held the OAuth settings file " + path
                + " for more than 30 s.");
    }

    private QuireException damaged(String why) {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, "The OAuth settings file " + path
                + " cannot be used: " + why + ". Delete it (and " + keyPath().getFileName() + ") to sign in again, "
                + "or point OAuthSettingsLocation elsewhere.");
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}

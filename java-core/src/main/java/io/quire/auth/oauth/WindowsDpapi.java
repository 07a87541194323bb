package io.quire.auth.oauth;

import com.sun.jna.platform.win32.Crypt32Util;

/**
 * The Windows Data Protection API (CryptProtectData / CryptUnprotectData, through JNA): wraps the
 * settings file's key so that only the same Windows user on the same machine can unwrap it.
 * Loaded only on Windows (see {@link SettingsKey}).
 */
final class WindowsDpapi {
    private WindowsDpapi() {
    }

    static byte[] protect(byte[] data) {
        return Crypt32Util.cryptProtectData(data);
    }

    static byte[] unprotect(byte[] data) {
        return Crypt32Util.cryptUnprotectData(data);
    }
}

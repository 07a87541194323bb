package io.quire.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactorTest {

    @Test
    void configuredSecretsHeadersParamsAndJsonFieldsAreMasked() {
        Redactor r = new Redactor(List.of("hunter22"));
        assertEquals("password is ********", r.redact("password is hunter22"));
        assertEquals("Authorization: ********\nCookie: ********", r.redact("Authorization: Bearer abc.def\nCookie: JSESSIONID=1"));
        assertEquals("GET /cb?code=********&state=s1", r.redact("GET /cb?code=xyz123&state=s1"));
        assertEquals("POST ?SAMLResponse=******** sessionToken=********",
                r.redact("POST ?SAMLResponse=PHNhbWw+ sessionToken=20111abc"));
        assertEquals("{\"access_token\":\"********\",\"expires_in\":3600,\"refresh_token\":\"********\"}",
                r.redact("{\"access_token\":\"eyJ.x.y\",\"expires_in\":3600,\"refresh_token\":\"rt-1\"}"));
    }

    @Test
    void secretsLearntLaterAreMaskedInEveryTaggedCopy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.log");
        QuireLog log = QuireLog.open(file.toString(), 5, List.of());
        QuireLog tagged = log.tagged("conn 1");
        log.addSecret("tok-learnt-at-runtime");
        tagged.info("refreshed: tok-learnt-at-runtime");
        String text = Files.readString(file);
        assertFalse(text.contains("tok-learnt-at-runtime"), text);
        QuireLog.OFF.addSecret("never-kept-anywhere");   // a no-op: OFF logs nothing and shares nothing
    }
}

package io.quire.auth.sso;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quire.error.QuireException;
import io.quire.fake.idp.sso.SamlIdp;
import io.quire.fake.idp.sso.SamlIdp.Fault;
import io.quire.fake.idp.sso.SamlIdp.Signed;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SamlResponseCheckTest {
    private static final String SITE = "https://wiki.example.com";
    private static final HttpUrl ACS = HttpUrl.get(SITE + "/plugins/servlet/samlconsumer");
    private static final List<HttpUrl> AUDIENCES = List.of(HttpUrl.get(SITE));
    private static SamlIdp idp;

    @BeforeAll
    static void idp() {
        idp = new SamlIdp();
    }

    private static String issue(Signed signed, Fault fault) {
        return idp.issue("http://www.okta.com/exk1", "jane.doe", ACS.toString(), SITE, signed, fault);
    }

    private static String refusal(String response) {
        QuireException e = assertThrows(QuireException.class,
                () -> SamlResponseCheck.check(response, ACS, AUDIENCES, Instant.now()));
        assertEquals("28000", e.state().code());
        assertFalse(e.getMessage().contains(response));
        assertFalse(e.getMessage().contains("jane.doe"), "never quotes the assertion");
        return e.getMessage();
    }

    @Test
    void goodResponsesPassWhicheverElementIsSigned() {
        assertDoesNotThrow(() -> SamlResponseCheck.check(issue(Signed.ASSERTION, Fault.NONE), ACS, AUDIENCES, Instant.now()));
        assertDoesNotThrow(() -> SamlResponseCheck.check(issue(Signed.RESPONSE, Fault.NONE), ACS, AUDIENCES, Instant.now()));
    }

    @Test
    void audienceMayBeTheExchangeUrlOrTheSiteWithATrailingSlash() {
        String r = idp.issue("i", "jane.doe", ACS.toString(), ACS.toString(), Signed.ASSERTION, Fault.NONE);
        assertDoesNotThrow(() -> SamlResponseCheck.check(r, ACS, AUDIENCES, Instant.now()));
        String slash = idp.issue("i", "jane.doe", ACS.toString(), SITE + "/", Signed.ASSERTION, Fault.NONE);
        assertDoesNotThrow(() -> SamlResponseCheck.check(slash, ACS, AUDIENCES, Instant.now()));
    }

    @Test
    void tamperedResponsesAreRefused() {
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.TAMPER)).contains("Assertion's signature does not verify"));
        assertTrue(refusal(issue(Signed.RESPONSE, Fault.TAMPER)).contains("Response's signature does not verify"));
    }

    @Test
    void expiredResponsesAreRefused() {
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.EXPIRED)).contains("expired"));
    }

    @Test
    void clockSkewIsAllowedButNoMore() {
        String r = issue(Signed.ASSERTION, Fault.NONE);
        // valid for five minutes, NotBefore one minute back: 50 s before NotBefore still passes
        Instant now = Instant.now();
        assertDoesNotThrow(() -> SamlResponseCheck.check(r, ACS, AUDIENCES, now.minus(Duration.ofSeconds(110))));
        QuireException e = assertThrows(QuireException.class,
                () -> SamlResponseCheck.check(r, ACS, AUDIENCES, now.minus(Duration.ofMinutes(3))));
        assertTrue(e.getMessage().contains("not valid yet"));
        assertThrows(QuireException.class, () -> SamlResponseCheck.check(r, ACS, AUDIENCES, now.plus(Duration.ofMinutes(7))));
    }

    @Test
    void wrongAudienceRecipientStatusAndUnsignedAreRefused() {
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.AUDIENCE)).contains("Audience"));
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.RECIPIENT)).contains("Destination"));
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.STATUS)).contains("status is Responder"));
        assertTrue(refusal(issue(Signed.ASSERTION, Fault.UNSIGNED)).contains("not signed"));
    }

    @Test
    void responsesForAnotherConsumerAreRefused() {
        String r = issue(Signed.ASSERTION, Fault.NONE);
        QuireException e = assertThrows(QuireException.class, () -> SamlResponseCheck.check(r,
                HttpUrl.get("https://other.example/plugins/servlet/samlconsumer"),
                List.of(HttpUrl.get("https://other.example")), Instant.now()));
        assertTrue(e.getMessage().contains("Destination"));
    }

    @Test
    void garbageIsRefused() {
        assertTrue(refusal("!!!not base64!!!").contains("not base64"));
        assertTrue(refusal(Base64.getEncoder().encodeToString("<html/>".getBytes(StandardCharsets.UTF_8)))
                .contains("not a SAML 2.0 Response"));
        assertTrue(refusal(Base64.getEncoder().encodeToString("<a".getBytes(StandardCharsets.UTF_8)))
                .contains("not well-formed"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertTrue(refusal(Base64.getEncoder().encodeToString(xxe.getBytes(StandardCharsets.UTF_8)))
                .contains("not well-formed"));
    }
}

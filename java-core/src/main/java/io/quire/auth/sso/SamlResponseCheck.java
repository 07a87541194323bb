package io.quire.auth.sso;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.KeyInfoSupport;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureValidator;

/**
 * Checks an identity provider's SAMLResponse before the driver hands it to the site, so a
 * response that the site should refuse is never sent (and a broken set-up fails with a reason
 * instead of a login page):
 * <ul>
 * <li>it is a SAML 2.0 Response whose status is Success, with exactly one assertion;</li>
 * <li>its Destination, when present, and the Recipient of its bearer SubjectConfirmationData are
 * SSOExchangeUrl;</li>
 * <li>every AudienceRestriction names the site: the SP entity id of a Data Center site is its
 * base URL, so the accepted audiences are the Url property, the site's REST base and
 * SSOExchangeUrl itself (ignoring a trailing '/' and the case of scheme and host);</li>
 * <li>the Conditions' NotBefore/NotOnOrAfter and the confirmation's NotOnOrAfter hold now, give or
 * take {@link #SKEW};</li>
 * <li>it is signed (the Response, the Assertion or both), every signature follows the SAML
 * signature profile (its reference is the signed element's ID, so it covers that element and all
 * inside it) and verifies with the certificate in its KeyInfo: a response altered after signing
 * is refused. Trust in that certificate is the site's decision: it knows its IdP's certificate.</li>
 * </ul>
 * A refusal is a 28000 error naming the check; it never quotes the assertion.
 */
final class SamlResponseCheck {
    static final Duration SKEW = Duration.ofSeconds(60);

    private SamlResponseCheck() {
    }

    /**
     * @param base64    the SAMLResponse as posted
     * @param exchange  SSOExchangeUrl
     * @param audiences what the site may be called as an audience (the Url property, the REST base)
     */
    static void check(String base64, HttpUrl exchange, List<HttpUrl> audiences, Instant now) {
        byte[] xml;
        try {
            xml = Base64.getDecoder().decode(base64.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw refused("it is not base64");
        }
        XMLObject parsed;
        try {
            parsed = OpenSaml.unmarshal(xml);
        } catch (QuireException e) {
            throw e;
        } catch (Exception e) {
            throw refused("it is not well-formed SAML XML");
        }
        if (!(parsed instanceof Response r)) {
            throw refused("it is not a SAML 2.0 Response");
        }
        String status = r.getStatus() == null || r.getStatus().getStatusCode() == null ? null
                : r.getStatus().getStatusCode().getValue();
        if (!StatusCode.SUCCESS.equals(status)) {
            throw refused("its status is " + (status == null ? "missing" : shortUrn(status)) + ", not Success");
        }
        String dest = r.getDestination();
        if (dest != null && !sameUrl(dest, exchange.toString())) {
            throw refused("its Destination (" + dest + ") is not SSOExchangeUrl (" + exchange + ")");
        }
        if (!r.getEncryptedAssertions().isEmpty() || r.getAssertions().size() != 1) {
            throw refused(r.getAssertions().isEmpty() && r.getEncryptedAssertions().isEmpty()
                    ? "it holds no assertion" : !r.getEncryptedAssertions().isEmpty()
                    ? "its assertion is encrypted (the driver can only check plain assertions; turn off assertion "
                            + "encryption for this app)" : "it holds more than one assertion");
        }
        Assertion a = r.getAssertions().get(0);
        checkSignatures(r, a);
        checkTimes(a, now);
        checkAudience(a, exchange, audiences);
        checkRecipient(a, exchange, now);
    }

    private static void checkSignatures(Response r, Assertion a) {
        List<Signature> signatures = new ArrayList<>();
        if (r.getSignature() != null) {
            signatures.add(r.getSignature());
        }
        if (a.getSignature() != null) {
            signatures.add(a.getSignature());
        }
        if (signatures.isEmpty()) {
            throw refused("it is not signed (neither the Response nor the Assertion carries a signature)");
        }
        for (Signature s : signatures) {
            String what = s == r.getSignature() ? "the Response's" : "the Assertion's";
            try {
                new SAMLSignatureProfileValidator().validate(s);
            } catch (Exception e) {
                throw refused(what + " signature does not follow the SAML signature profile (it must reference "
                        + "the signed element by its ID)");
            }
            List<X509Certificate> certs;
            try {
                certs = s.getKeyInfo() == null ? List.of() : KeyInfoSupport.getCertificates(s.getKeyInfo());
            } catch (Exception e) {
                certs = List.of();
            }
            if (certs.isEmpty()) {
                throw refused(what + " signature carries no certificate to verify it with");
            }
            try {
                SignatureValidator.validate(s, new BasicX509Credential(certs.get(0)));
            } catch (Exception e) {
                throw refused(what + " signature does not verify: the response was altered after it was signed");
            }
        }
    }

    private static void checkTimes(Assertion a, Instant now) {
        Conditions c = a.getConditions();
        if (c == null) {
            throw refused("the assertion has no Conditions");
        }
        if (c.getNotBefore() != null && now.plus(SKEW).isBefore(c.getNotBefore())) {
            throw refused("the assertion is not valid yet (NotBefore " + c.getNotBefore() + ", now " + now
                    + "; check this computer's clock)");
        }
        if (c.getNotOnOrAfter() != null && !now.minus(SKEW).isBefore(c.getNotOnOrAfter())) {
            throw refused("the assertion has expired (NotOnOrAfter " + c.getNotOnOrAfter() + ", now " + now + ")");
        }
    }

    private static void checkAudience(Assertion a, HttpUrl exchange, List<HttpUrl> sites) {
        List<String> accepted = new ArrayList<>();
        accepted.add(exchange.toString());
        sites.forEach(u -> accepted.add(u.toString()));
        List<AudienceRestriction> restrictions = a.getConditions().getAudienceRestrictions();
        if (restrictions.isEmpty()) {
            throw refused("the assertion names no Audience");
        }
        for (AudienceRestriction ar : restrictions) {
            List<String> named = ar.getAudiences().stream().map(Audience::getAudienceURI).toList();
            boolean ok = named.stream().anyMatch(n -> n != null && accepted.stream().anyMatch(s -> sameUrl(n, s)));
            if (!ok) {
                throw refused("its Audience " + named + " is not this site (expected one of " + accepted + ")");
            }
        }
    }

    private static void checkRecipient(Assertion a, HttpUrl exchange, Instant now) {
        List<SubjectConfirmation> confirmations = a.getSubject() == null ? List.of()
                : a.getSubject().getSubjectConfirmations();
        String seen = null;
        for (SubjectConfirmation sc : confirmations) {
            SubjectConfirmationData d = sc.getSubjectConfirmationData();
            if (!SubjectConfirmation.METHOD_BEARER.equals(sc.getMethod()) || d == null) {
                continue;
            }
            if (d.getRecipient() == null || !sameUrl(d.getRecipient(), exchange.toString())) {
                seen = d.getRecipient();
                continue;
            }
            if (d.getNotOnOrAfter() != null && !now.minus(SKEW).isBefore(d.getNotOnOrAfter())) {
                throw refused("its bearer confirmation has expired (NotOnOrAfter " + d.getNotOnOrAfter() + ")");
            }
            if (d.getNotBefore() != null && now.plus(SKEW).isBefore(d.getNotBefore())) {
                throw refused("its bearer confirmation is not valid yet (NotBefore " + d.getNotBefore() + ")");
            }
            return;
        }
        throw refused(seen == null ? "it has no bearer SubjectConfirmation for SSOExchangeUrl"
                : "its Recipient (" + seen + ") is not SSOExchangeUrl (" + exchange + ")");
    }

    /** Equal as URLs (scheme and host case, default port, a trailing '/'), else as exact text. */
    static boolean sameUrl(String a, String b) {
        HttpUrl ua = HttpUrl.parse(a.trim());
        HttpUrl ub = HttpUrl.parse(b.trim());
        if (ua == null || ub == null) {
            return a.trim().equals(b.trim());
        }
        return strip(ua.toString()).equals(strip(ub.toString()));
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static String shortUrn(String urn) {
        int i = urn.lastIndexOf(':');
        return i < 0 || i == urn.length() - 1 ? urn : urn.substring(i + 1);
    }

    static QuireException refused(String why) {
        return new QuireException(SqlState.INVALID_AUTHORIZATION, "The identity provider's SAML response was refused "
                + "before it was sent to the site: " + why + ".");
    }
}

package io.quire.fake.idp.sso;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.quire.fake.confluence.RequestLog;
import io.quire.fake.confluence.SiteLogin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
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
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Document;

/**
 * The site's SAML assertion consumer ({@code POST /plugins/servlet/samlconsumer}), as a Data
 * Center site with SAML single sign-on has it: checks the posted response like the real site
 * (signature by the identity provider it trusts, audience = the site's base URL, recipient and
 * destination = this consumer, validity times, status, no replay), then opens a session and sets
 * the {@code JSESSIONID} cookie that {@link #accepts} lets onto the Data Center REST paths until
 * the session expires.
 */
public final class SamlConsumer implements HttpHandler, SiteLogin {
    public static final String PATH = "/plugins/servlet/samlconsumer";
    public static final String COOKIE = "JSESSIONID";
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final String acs;
    private final String entityId;
    private final Supplier<SamlIdp> idp;
    private final RequestLog log;
    private final SsoDirectory dir;
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final Set<String> usedAssertions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile Duration lifetime = Duration.ofMinutes(30);

    SamlConsumer(String siteUrl, Supplier<SamlIdp> idp, SsoDirectory dir, RequestLog log) {
        this.dir = dir;
        this.acs = siteUrl + PATH;
        this.entityId = siteUrl;
        this.idp = idp;
        this.log = log;
    }

    /** The consumer URL (SSOExchangeUrl). */
    public String url() {
        return acs;
    }

    /** The site's SAML entity id: its base URL. */
    public String entityId() {
        return entityId;
    }

    /** How long new sessions last. */
    public void lifetime(Duration d) {
        lifetime = d;
    }

    /** Ends every open session now: the next API request with their cookies gets 401. */
    public void expireAll() {
        sessions.clear();
    }

    public int accepted() {
        return accepted.get();
    }

    public int refused() {
        return refused.get();
    }

    public int openSessions() {
        return (int) sessions.values().stream().filter(t -> t.isAfter(Instant.now())).count();
    }

    @Override
    public boolean accepts(Headers headers, String method, String pathAndQuery) {
        if (!pathAndQuery.startsWith("/rest/")) {
            return false;
        }
        String id = HttpIo.cookie(headers, COOKIE);
        Instant until = id == null ? null : sessions.get(id);
        return until != null && until.isAfter(Instant.now());
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            RequestLog.Entry entry = log.add(ex.getRequestMethod(), ex.getRequestURI().getPath(), "", "none");
            if (!ex.getRequestMethod().equals("POST")) {
                entry.status(405);
                HttpIo.sendHtml(ex, 405, "<html><body>Method not allowed</body></html>");
                return;
            }
            Map<String, String> form = HttpIo.form(new String(HttpIo.body(ex), StandardCharsets.UTF_8));
            String problem = check(form.get("SAMLResponse"));
            if (problem != null) {
                refused.incrementAndGet();
                entry.status(403);
                HttpIo.sendHtml(ex, 403, "<html><body><h1>Single sign-on failed</h1><p>" + HttpIo.attr(problem)
                        + "</p></body></html>");
                return;
            }
            accepted.incrementAndGet();
            String session = SsoDirectory.randomToken(20);
            sessions.put(session, Instant.now().plus(lifetime));
            dir.issued(session);
            ex.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly");
            String relay = form.get("RelayState");
            entry.status(302);
            HttpIo.redirect(ex, relay != null && relay.startsWith("/") ? relay : "/");
        }
    }

    /** Null when the response is acceptable, else why not. */
    String check(String base64) {
        if (base64 == null || base64.isBlank()) {
            return "no SAMLResponse";
        }
        Response r;
        try {
            byte[] xml = Base64.getMimeDecoder().decode(base64);
            Document doc = XMLObjectProviderRegistrySupport.getParserPool().parse(new ByteArrayInputStream(xml));
            r = (Response) XMLObjectProviderRegistrySupport.getUnmarshallerFactory()
                    .getUnmarshaller(doc.getDocumentElement()).unmarshall(doc.getDocumentElement());
        } catch (Exception | Error e) {
            return "malformed SAMLResponse";
        }
        if (r.getStatus() == null || r.getStatus().getStatusCode() == null
                || !StatusCode.SUCCESS.equals(r.getStatus().getStatusCode().getValue())) {
            return "status is not Success";
        }
        if (r.getDestination() != null && !r.getDestination().equals(acs)) {
            return "wrong Destination";
        }
        if (r.getAssertions().size() != 1) {
            return "expected one assertion";
        }
        Assertion a = r.getAssertions().get(0);
        BasicX509Credential trusted = new BasicX509Credential(idp.get().certificate());
        boolean signed = false;
        for (Signature s : new Signature[] {r.getSignature(), a.getSignature()}) {
            if (s == null) {
                continue;
            }
            try {
                new SAMLSignatureProfileValidator().validate(s);
                SignatureValidator.validate(s, trusted);
                signed = true;
            } catch (Exception e) {
                return "signature does not verify";
            }
        }
        if (!signed) {
            return "not signed";
        }
        Instant now = Instant.now();
        Conditions c = a.getConditions();
        if (c == null || (c.getNotBefore() != null && now.plus(SKEW).isBefore(c.getNotBefore()))
                || (c.getNotOnOrAfter() != null && !now.minus(SKEW).isBefore(c.getNotOnOrAfter()))) {
            return "assertion not valid now";
        }
        boolean audienceOk = !c.getAudienceRestrictions().isEmpty();
        for (AudienceRestriction ar : c.getAudienceRestrictions()) {
            audienceOk &= ar.getAudiences().stream().map(Audience::getAudienceURI).anyMatch(entityId::equals);
        }
        if (!audienceOk) {
            return "wrong audience";
        }
        boolean bearerOk = false;
        if (a.getSubject() != null) {
            for (SubjectConfirmation sc : a.getSubject().getSubjectConfirmations()) {
                SubjectConfirmationData d = sc.getSubjectConfirmationData();
                if (SubjectConfirmation.METHOD_BEARER.equals(sc.getMethod()) && d != null && acs.equals(d.getRecipient())
                        && d.getNotOnOrAfter() != null && now.minus(SKEW).isBefore(d.getNotOnOrAfter())) {
                    bearerOk = true;
                }
            }
        }
        if (!bearerOk) {
            return "no valid bearer confirmation for this consumer";
        }
        if (!usedAssertions.add(a.getID())) {
            return "assertion already used";
        }
        return null;
    }
}

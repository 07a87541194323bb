package io.quire.fake.idp.sso;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import javax.xml.namespace.QName;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.saml.common.SAMLObjectContentReference;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.Signer;
import org.w3c.dom.Element;

/**
 * The SAML side of the fake identity providers: an RSA key pair and self-signed certificate made
 * at startup, and signed SAML 2.0 Responses for a user (what Okta's app link and Crowd's
 * sso.action put into their auto-submitting forms). A {@link Fault} makes deliberately bad ones
 * for tests: a byte changed after signing, expired times, another audience or recipient, no
 * signature, a failed status.
 */
public final class SamlIdp {
    /** What is wrong with an issued response (tests ask for these with {@code ?fault=} on the sign-on URL). */
    public enum Fault { NONE, TAMPER, EXPIRED, AUDIENCE, RECIPIENT, UNSIGNED, STATUS }

    /** Which element carries the signature: Okta signs the assertion, the fake Crowd the whole response. */
    public enum Signed { ASSERTION, RESPONSE }

    private static volatile boolean initialized;

    private final BasicX509Credential credential;

    public SamlIdp() {
        initOpenSaml();
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair keys = g.generateKeyPair();
            X500Name dn = new X500Name("CN=Quire fake identity provider");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(dn, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), dn,
                    keys.getPublic());
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            credential = new BasicX509Credential(cert, keys.getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException("cannot make the fake IdP's key pair", e);
        }
    }

    /** OpenSAML's one-time set-up (its object builders and parser pool), with this class's loader. */
    static void initOpenSaml() {
        if (initialized) {
            return;
        }
        synchronized (SamlIdp.class) {
            if (initialized) {
                return;
            }
            Thread t = Thread.currentThread();
            ClassLoader old = t.getContextClassLoader();
            t.setContextClassLoader(SamlIdp.class.getClassLoader());
            try {
                InitializationService.initialize();
                initialized = true;
            } catch (Exception e) {
                throw new IllegalStateException("OpenSAML initialization failed", e);
            } finally {
                t.setContextClassLoader(old);
            }
        }
    }

    public X509Certificate certificate() {
        return credential.getEntityCertificate();
    }

    /**
     * A base64 SAML Response asserting nameId to the service provider audience, for the
     * assertion consumer acs, signed as signed says and spoiled as fault says.
     */
    public String issue(String issuer, String nameId, String acs, String audience, Signed signed, Fault fault) {
        Instant now = Instant.now();
        Instant issued = fault == Fault.EXPIRED ? now.minus(Duration.ofMinutes(20)) : now;
        Instant until = issued.plus(Duration.ofMinutes(5));
        String recipient = fault == Fault.RECIPIENT ? "https://elsewhere.example/plugins/servlet/samlconsumer" : acs;

        Response r = build(Response.DEFAULT_ELEMENT_NAME);
        r.setID("id" + SsoDirectory.randomToken(16));
        r.setIssueInstant(issued);
        r.setDestination(recipient);
        r.setIssuer(issuer(issuer));
        Status status = build(Status.DEFAULT_ELEMENT_NAME);
        StatusCode code = build(StatusCode.DEFAULT_ELEMENT_NAME);
        code.setValue(fault == Fault.STATUS ? StatusCode.RESPONDER : StatusCode.SUCCESS);
        status.setStatusCode(code);
        r.setStatus(status);

        Assertion a = build(Assertion.DEFAULT_ELEMENT_NAME);
        a.setID("id" + SsoDirectory.randomToken(16));
        a.setIssueInstant(issued);
        a.setIssuer(issuer(issuer));
        Subject subject = build(Subject.DEFAULT_ELEMENT_NAME);
        NameID name = build(NameID.DEFAULT_ELEMENT_NAME);
        name.setFormat(NameID.UNSPECIFIED);
        name.setValue(nameId);
        subject.setNameID(name);
        SubjectConfirmation sc = build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        sc.setMethod(SubjectConfirmation.METHOD_BEARER);
        SubjectConfirmationData scd = build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        scd.setRecipient(recipient);
        scd.setNotOnOrAfter(until);
        sc.setSubjectConfirmationData(scd);
        subject.getSubjectConfirmations().add(sc);
        a.setSubject(subject);
        Conditions c = build(Conditions.DEFAULT_ELEMENT_NAME);
        c.setNotBefore(issued.minus(Duration.ofMinutes(1)));
        c.setNotOnOrAfter(until);
        AudienceRestriction ar = build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        Audience aud = build(Audience.DEFAULT_ELEMENT_NAME);
        aud.setAudienceURI(fault == Fault.AUDIENCE ? "https://other-site.example" : audience);
        ar.getAudiences().add(aud);
        c.getAudienceRestrictions().add(ar);
        a.setConditions(c);
        AuthnStatement as = build(AuthnStatement.DEFAULT_ELEMENT_NAME);
        as.setAuthnInstant(issued);
        as.setSessionIndex("id" + SsoDirectory.randomToken(8));
        AuthnContext ac = build(AuthnContext.DEFAULT_ELEMENT_NAME);
        AuthnContextClassRef ref = build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        ref.setURI(AuthnContext.PPT_AUTHN_CTX);
        ac.setAuthnContextClassRef(ref);
        as.setAuthnContext(ac);
        a.getAuthnStatements().add(as);
        r.getAssertions().add(a);

        Signature sig = null;
        if (fault != Fault.UNSIGNED) {
            sig = signature();
            SignableSAMLObject target = signed == Signed.ASSERTION ? a : r;
            target.setSignature(sig);
            ((SAMLObjectContentReference) sig.getContentReferences().get(0))
                    .setDigestAlgorithm(SignatureConstants.ALGO_ID_DIGEST_SHA256);
        }
        try {
            Element el = XMLObjectProviderRegistrySupport.getMarshallerFactory().getMarshaller(r).marshall(r);
            if (sig != null) {
                Signer.signObject(sig);
            }
            String xml = SerializeSupport.nodeToString(el);
            if (fault == Fault.TAMPER) {
                // one byte of the signed NameID changes after signing: the digest no longer matches
                String signedName = ">" + nameId + "</";
                String changed = ">" + nameId.substring(0, nameId.length() - 1)
                        + (nameId.endsWith("x") ? "y" : "x") + "</";
                xml = xml.replace(signedName, changed);
            }
            return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign the SAML response", e);
        }
    }

    /** The auto-submitting form an IdP answers with: POSTs SAMLResponse (and RelayState) to action. */
    public static String autoSubmitForm(String action, String samlResponse, String relayState) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Signing in</title></head>\n")
                .append("<body onload=\"document.forms[0].submit()\">\n")
                .append("<noscript><p>Your browser does not run JavaScript: press Continue.</p></noscript>\n")
                .append("<form id=\"appForm\" method=\"POST\" action=\"").append(HttpIo.attr(action)).append("\">\n")
                .append("  <input name=\"SAMLResponse\" type=\"hidden\" value=\"").append(HttpIo.attr(samlResponse))
                .append("\"/>\n");
        if (relayState != null) {
            b.append("  <input type='hidden' value='").append(HttpIo.attr(relayState)).append("' name='RelayState'>\n");
        }
        b.append("  <input type=\"submit\" value=\"Continue\"/>\n</form>\n</body></html>\n");
        return b.toString();
    }

    private Signature signature() {
        Signature sig = build(Signature.DEFAULT_ELEMENT_NAME);
        sig.setSigningCredential(credential);
        sig.setSignatureAlgorithm(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256);
        sig.setCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
        keyInfo.setEmitEntityCertificate(true);
        try {
            sig.setKeyInfo(keyInfo.newInstance().generate(credential));
        } catch (org.opensaml.security.SecurityException e) {
            throw new IllegalStateException(e);
        }
        return sig;
    }

    private static Issuer issuer(String value) {
        Issuer i = build(Issuer.DEFAULT_ELEMENT_NAME);
        i.setValue(value);
        return i;
    }

    @SuppressWarnings("unchecked")
    static <T> T build(QName name) {
        return (T) XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilderOrThrow(name).buildObject(name);
    }
}

package io.quire.auth.sso;

import io.quire.error.QuireException;
import io.quire.error.SqlState;
import java.io.ByteArrayInputStream;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.Unmarshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * OpenSAML set up once per process (on the first SAML sign-on, not at driver load: it costs a
 * few hundred milliseconds) and XML turned into its objects through its hardened parser pool
 * (no DTDs, no external entities).
 */
final class OpenSaml {
    private static volatile boolean initialized;

    private OpenSaml() {
    }

    static void init() {
        if (initialized) {
            return;
        }
        synchronized (OpenSaml.class) {
            if (initialized) {
                return;
            }
            // OpenSAML finds its modules with ServiceLoader through the context class loader, which
            // a thread attached by JNI may not have pointed at the driver's jars.
            Thread t = Thread.currentThread();
            ClassLoader old = t.getContextClassLoader();
            t.setContextClassLoader(OpenSaml.class.getClassLoader());
            try {
                InitializationService.initialize();
                initialized = true;
            } catch (Exception | LinkageError e) {
                throw new QuireException(SqlState.GENERAL_ERROR, 0, "The SAML library could not start: " + e, e);
            } finally {
                t.setContextClassLoader(old);
            }
        }
    }

    /** The XML object of a document (null for an element OpenSAML does not know); throws on XML that is not well-formed. */
    static XMLObject unmarshal(byte[] xml) throws Exception {
        init();
        Document doc = XMLObjectProviderRegistrySupport.getParserPool().parse(new ByteArrayInputStream(xml));
        Element root = doc.getDocumentElement();
        Unmarshaller u = XMLObjectProviderRegistrySupport.getUnmarshallerFactory().getUnmarshaller(root);
        return u == null ? null : u.unmarshall(root);
    }
}

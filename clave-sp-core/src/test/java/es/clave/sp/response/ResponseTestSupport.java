package es.clave.sp.response;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlSigner;
import org.w3c.dom.Element;
import org.w3c.dom.Document;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared world of the response tests: one SP, one pending login, a clock. */
abstract class ResponseTestSupport {
    protected final Instant now = Instant.now();
    protected ClaveSpConfig config = ResponseTestSetup.config();
    protected PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
    protected ClaveServiceProvider sp = ResponseTestSetup.sp(config);

    /** @return a valid Cl@ve response for {@link #pending}, ready to be changed */
    protected ClaveResponseBuilder response() {
        return ClaveResponseBuilder.forLogin(pending, now);
    }

    /** @return the gateway's signing options (the trusted key) */
    protected static XmlSigner.Options gatewaySigning() {
        return XmlSigner.Options.standard(ResponseTestSetup.gateway().privateKey(), ResponseTestSetup.gateway().certificate());
    }

    /** Re-signs the Response of {@code doc} with the trusted gateway key, as if the gateway had sent the change. */
    protected static Document resigned(Document doc) {
        XmlSigner.resign(doc.getDocumentElement(), gatewaySigning());
        return doc;
    }

    /** @return the plain assertion of {@code doc} */
    protected static Element assertionOf(Document doc) {
        return XmlDocs.child(doc.getDocumentElement(), XmlDocs.SAML, "Assertion");
    }

    /** @return a copy of {@code assertion} with a new ID, no signature and another person identifier */
    protected static Element evilCopy(Element assertion, String newId) {
        Element evil = (Element) assertion.cloneNode(true);
        evil.setAttribute("ID", newId);
        XmlSigner.removeSignature(evil);
        setPersonIdentifier(evil, "87654321X");
        return evil;
    }

    /** Replaces the PersonIdentifier value under {@code root}. */
    protected static void setPersonIdentifier(Element root, String value) {
        Element attr = XmlDocs.attribute(root, ClaveResponseBuilder.PERSON_IDENTIFIER);
        XmlDocs.child(attr, XmlDocs.SAML, "AttributeValue").setTextContent(value);
    }

    protected void useConfig(ClaveSpConfig c) {
        config = c;
        sp = ResponseTestSetup.sp(c);
    }

    protected ClaveIdentity finish(String samlResponse) {
        return sp.finishLogin(samlResponse, pending.relayState(), pending, ResponseTestSetup.client(now));
    }

    protected ClaveIdentity finish(Document doc) {
        return finish(XmlDocs.base64(doc));
    }

    /** Asserts that processing fails closed with {@code expected}: no identity, only the library's exception. */
    protected static ClaveAuthenticationException assertRejected(ClaveError expected, Runnable call) {
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, call::run);
        assertEquals(expected, e.error(), () -> "wrong failure: " + e.getMessage());
        return e;
    }

    protected ClaveAuthenticationException assertRejected(ClaveError expected, String samlResponse) {
        return assertRejected(expected, () -> finish(samlResponse));
    }

    protected ClaveAuthenticationException assertRejected(ClaveError expected, Document doc) {
        return assertRejected(expected, XmlDocs.base64(doc));
    }
}

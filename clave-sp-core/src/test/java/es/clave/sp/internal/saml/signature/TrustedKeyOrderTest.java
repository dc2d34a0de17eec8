package es.clave.sp.internal.saml.signature;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEC-S1 during a certificate rollover: with the outgoing and the incoming gateway certificate
 * both trusted, the key that verified last is tried first, so a run of logins signed with the new
 * key pays for one RSA verification each and Santuario logs no failed verification for them.
 * Santuario's WARNING for a failed SignatureValue check is how the test sees which key went first.
 */
class TrustedKeyOrderTest {

    static {
        org.apache.xml.security.Init.init();
    }

    private final Logger santuarioLog = Logger.getLogger("org.apache.xml.security.signature.XMLSignature");
    private final List<LogRecord> warnings = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        santuarioLog.addHandler(recorder);
    }

    @AfterEach
    void stopListening() {
        santuarioLog.removeHandler(recorder);
    }

    private static Element signedBy(SpCredential signer) {
        Document doc = XmlDocs.parse("<saml2:Assertion xmlns:saml2='" + XmlDocs.SAML + "' ID='" + ResponseTestSetup.randomId()
                + "'><saml2:Issuer>i</saml2:Issuer><saml2:Subject>A</saml2:Subject></saml2:Assertion>");
        XmlDocs.registerIds(doc);
        XmlSigner.sign(doc.getDocumentElement(), XmlSigner.Options.standard(signer.privateKey(), null));
        return SecureXmlParser.parse(XmlDocs.toXml(doc).getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    @Test
    @DisplayName("SEC-S1 rollover: after a signature by the new key, the new key is tried first (no failed verification logged)")
    void verifyWhenTwoKeysTrustedThenLastVerifiedKeyFirst() {
        X509Certificate outgoing = ResponseTestSetup.attacker().certificate();
        X509Certificate incoming = ResponseTestSetup.gateway().certificate();
        List<X509Certificate> trusted = List.of(outgoing, incoming);

        // a signature by the outgoing key: it verifies first try and becomes the preferred key
        assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(signedBy(ResponseTestSetup.attacker()), trusted));
        warnings.clear();

        // the first signature by the incoming key still tries the outgoing one first, and fails with it
        assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(signedBy(ResponseTestSetup.gateway()), trusted));
        assertEquals(1, warnings.size(), "the outgoing key was tried first: one failed verification");
        warnings.clear();

        // from then on the incoming key goes first, though the trust list still names the outgoing one first
        for (int i = 0; i < 3; i++) {
            assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(signedBy(ResponseTestSetup.gateway()), trusted));
        }
        assertEquals(List.of(), warnings.stream().map(LogRecord::getMessage).toList(), "no failed verification once the new key verified");
    }

    @Test
    @DisplayName("SEC-S1 the preferred key orders only the caller's trusted keys: a signature by a key no longer trusted is refused")
    void verifyWhenPreferredKeyNotTrustedThenRefused() {
        assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(signedBy(ResponseTestSetup.attacker()),
                List.of(ResponseTestSetup.attacker().certificate())));
        Element byOutgoing = signedBy(ResponseTestSetup.attacker());
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> EnvelopedSignatureVerifier.verifyIfPresent(byOutgoing, List.of(ResponseTestSetup.gateway().certificate())));
        assertEquals(ClaveError.UNTRUSTED_SIGNING_KEY, e.error());
    }
}

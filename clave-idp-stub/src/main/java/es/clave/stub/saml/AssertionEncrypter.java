package es.clave.stub.saml;

import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.XmlSigner;
import org.apache.xml.security.encryption.EncryptedData;
import org.apache.xml.security.encryption.EncryptedKey;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.keys.KeyInfo;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.security.cert.X509Certificate;

/**
 * Replaces an assertion by a {@code saml2:EncryptedAssertion} (RSP-3): a fresh AES key encrypts
 * the assertion, the recipient's RSA key wraps the AES key, and the EncryptedKey sits inline in
 * the EncryptedData's KeyInfo.
 */
final class AssertionEncrypter {

    /** RSA-OAEP with MGF1-SHA1 key transport (the allowed default). */
    static final String RSA_OAEP = XMLCipher.RSA_OAEP;
    /** rsa-1_5 key transport (forbidden; used by a failure). */
    static final String RSA_1_5 = XMLCipher.RSA_v1dot5;
    /** AES-256-GCM data encryption (the allowed default). */
    static final String AES_256_GCM = XMLCipher.AES_256_GCM;
    /** AES-256-CBC data encryption (forbidden; used by a failure). */
    static final String AES_256_CBC = XMLCipher.AES_256;

    private AssertionEncrypter() {
    }

    /** Encrypts {@code assertion} in place for {@code recipient}. */
    static Element encrypt(Element assertion, X509Certificate recipient, String keyTransport, String dataEncryption) {
        XmlSigner.init();
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            SecretKey key = generator.generateKey();

            XMLCipher keyCipher = XMLCipher.getInstance(keyTransport);
            keyCipher.init(XMLCipher.WRAP_MODE, recipient.getPublicKey());
            EncryptedKey encryptedKey = keyCipher.encryptKey(assertion.getOwnerDocument(), key);

            XMLCipher dataCipher = XMLCipher.getInstance(dataEncryption);
            dataCipher.init(XMLCipher.ENCRYPT_MODE, key);
            EncryptedData encryptedData = dataCipher.getEncryptedData();
            KeyInfo keyInfo = new KeyInfo(assertion.getOwnerDocument());
            keyInfo.add(encryptedKey);
            encryptedData.setKeyInfo(keyInfo);

            Node parent = assertion.getParentNode();
            Element wrapper = assertion.getOwnerDocument().createElementNS(Ns.SAML, "saml2:EncryptedAssertion");
            parent.replaceChild(wrapper, assertion);
            wrapper.appendChild(assertion);
            dataCipher.doFinal(assertion.getOwnerDocument(), assertion, false);
            Dom.declare(wrapper, "saml2", Ns.SAML);
            return wrapper;
        } catch (Exception e) {
            throw new IllegalStateException("cannot encrypt the assertion", e);
        }
    }
}

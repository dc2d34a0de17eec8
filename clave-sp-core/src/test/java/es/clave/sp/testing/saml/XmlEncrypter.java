package es.clave.sp.testing.saml;

import org.apache.xml.security.encryption.EncryptedData;
import org.apache.xml.security.encryption.EncryptedKey;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.utils.EncryptionConstants;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;

/** TEST-ONLY XML Encryption of assertions with Santuario's XMLCipher (EncryptedKey inline). */
public final class XmlEncrypter {
    public static final String RSA_OAEP_MGF1P = XMLCipher.RSA_OAEP;
    public static final String RSA_OAEP_11 = XMLCipher.RSA_OAEP_11;
    public static final String RSA_1_5 = XMLCipher.RSA_v1dot5;
    public static final String AES128_GCM = XMLCipher.AES_128_GCM;
    public static final String AES256_GCM = XMLCipher.AES_256_GCM;
    public static final String AES256_CBC = XMLCipher.AES_256;

    static {
        org.apache.xml.security.Init.init();
    }

    private XmlEncrypter() {
    }

    /** How to encrypt. */
    public record Options(PublicKey recipient, String keyTransport, String dataAlgorithm) {
        public static Options standard(PublicKey recipient) {
            return new Options(recipient, RSA_OAEP_MGF1P, AES256_GCM);
        }
    }

    /**
     * Replaces {@code assertion} (in place) by {@code saml2:EncryptedAssertion/xenc:EncryptedData}
     * carrying the content key in an inline EncryptedKey.
     *
     * @param plaintextOverride null to encrypt the element itself, else these bytes are encrypted instead
     * @return the EncryptedAssertion element
     */
    public static Element encrypt(Element assertion, Options o, byte[] plaintextOverride) {
        try {
            Document doc = assertion.getOwnerDocument();
            SecretKey cek = contentKey(o.dataAlgorithm());
            XMLCipher keyCipher = RSA_OAEP_11.equals(o.keyTransport())
                    ? XMLCipher.getInstance(RSA_OAEP_11, null, XmlSigner.SHA256)
                    : XMLCipher.getInstance(o.keyTransport());
            keyCipher.init(XMLCipher.WRAP_MODE, o.recipient());
            EncryptedKey ek = RSA_OAEP_11.equals(o.keyTransport())
                    ? keyCipher.encryptKey(doc, cek, EncryptionConstants.MGF1_SHA256, null)
                    : keyCipher.encryptKey(doc, cek);
            XMLCipher dataCipher = XMLCipher.getInstance(o.dataAlgorithm());
            dataCipher.init(XMLCipher.ENCRYPT_MODE, cek);
            EncryptedData ed = dataCipher.getEncryptedData();
            KeyInfo ki = new KeyInfo(doc);
            ki.add(ek);
            ed.setKeyInfo(ki);

            Element wrapper = doc.createElementNS(XmlDocs.SAML, "saml2:EncryptedAssertion");
            assertion.getParentNode().insertBefore(wrapper, assertion);
            wrapper.appendChild(assertion);
            if (plaintextOverride == null) {
                dataCipher.doFinal(doc, assertion, false);
            } else {
                EncryptedData raw = dataCipher.encryptData(doc, EncryptionConstants.TYPE_ELEMENT,
                        new ByteArrayInputStream(plaintextOverride));
                raw.setKeyInfo(ki);
                wrapper.replaceChild(dataCipher.martial(doc, raw), assertion);
            }
            return wrapper;
        } catch (Exception e) {
            throw new IllegalStateException("fixture encryption failed", e);
        }
    }

    private static SecretKey contentKey(String dataAlgorithm) throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(dataAlgorithm.contains("128") ? 128 : 256);
        return g.generateKey();
    }
}

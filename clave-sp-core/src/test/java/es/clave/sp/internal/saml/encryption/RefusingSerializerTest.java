package es.clave.sp.internal.saml.encryption;

import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlEncrypter;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.encryption.XMLEncryptionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * SEC-E5: the XMLCipher our decrypter uses can hand back octets only. Santuario's own path that
 * parses decrypted content and splices it into the document fails instead of running.
 */
class RefusingSerializerTest {

    static {
        org.apache.xml.security.Init.init();
    }

    @Test
    @DisplayName("SEC-E5 with our serializer Santuario decrypts to octets but cannot parse them into the document")
    void decryptWhenSantuarioWouldParseThenRefused() throws Exception {
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        SecretKey key = g.generateKey();
        Document doc = XmlDocs.parse("<r><secret>plaintext</secret></r>");
        XMLCipher encrypt = XMLCipher.getInstance(XmlEncrypter.AES256_GCM);
        encrypt.init(XMLCipher.ENCRYPT_MODE, key);
        encrypt.doFinal(doc, (Element) doc.getElementsByTagName("secret").item(0), false);
        Element encryptedData = XmlDocs.find(doc, XmlDocs.XENC, "EncryptedData");

        XMLCipher octets = XMLCipher.getInstance(RefusingSerializer.INSTANCE, XmlEncrypter.AES256_GCM);
        octets.init(XMLCipher.DECRYPT_MODE, key);
        assertArrayEquals("<secret>plaintext</secret>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                octets.decryptToByteArray(encryptedData));

        XMLCipher splice = XMLCipher.getInstance(RefusingSerializer.INSTANCE, XmlEncrypter.AES256_GCM);
        splice.init(XMLCipher.DECRYPT_MODE, key);
        assertThrows(XMLEncryptionException.class, () -> splice.doFinal(doc, encryptedData));
    }
}

package es.clave.sp.internal.saml.encryption;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.keys.SpCredential;
import org.apache.xml.security.encryption.EncryptedKey;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.encryption.XMLEncryptionException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.security.Key;
import java.security.PrivateKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;
import static es.clave.sp.internal.saml.xml.XmlNames.XENC;
import static es.clave.sp.internal.saml.xml.XmlNames.XENC11;
import static es.clave.sp.internal.saml.xml.XmlNames.XMLNS;

/**
 * Decrypts a {@code saml2:EncryptedAssertion} (RSP-3, SEC-E) with Apache Santuario's
 * {@link XMLCipher}: the content key is unwrapped from the inline {@code EncryptedKey} with the
 * SP's RSA key, the {@code EncryptedData} is decrypted to octets, and those octets are parsed by our
 * hardened parser in the namespace context of the encrypted element (SEC-E5). Santuario never
 * parses or splices decrypted content: its {@link RefusingSerializer} cannot.
 * <p>
 * Everything is checked before any key is used: no {@code CipherReference} anywhere (E3), no
 * {@code RetrievalMethod} or detached keys (E4), algorithms and OAEP parameters on the allow-list
 * (E1, E2), strict Base64 cipher values long enough for GCM. Every decryption failure, whichever
 * key or step, is the same {@code DECRYPTION_FAILED} (E4), so the outcome is no oracle. Thread-safe.
 */
public final class AssertionDecrypter {

    static {
        org.apache.xml.security.Init.init();
    }

    // XMLCipher instances (and the JCA ciphers inside) are kept per thread: creating them costs more
    // than the XML around the ciphertext. After every call they hold neither the content key nor
    // anything of the message: keys are loaded against an empty context document of the thread's
    // own, and every cipher is re-initialised without a key.
    private static final ThreadLocal<XMLCipher> KEY_CIPHERS = ThreadLocal.withInitial(
            () -> newCipher(EncryptionAllowList.RSA_OAEP_11));
    private static final ThreadLocal<Document> KEY_CONTEXT = ThreadLocal.withInitial(AssertionDecrypter::emptyDocument);
    private static final ThreadLocal<Map<String, XMLCipher>> DATA_CIPHERS = ThreadLocal.withInitial(HashMap::new);

    private AssertionDecrypter() {
    }

    /**
     * @param encryptedAssertion the {@code EncryptedAssertion} element of the verified Response
     * @param credentials        the SP's decryption keys, tried in order (key rollover)
     * @return the decrypted {@code Assertion} element, in a document of its own
     */
    public static Element decrypt(Element encryptedAssertion, List<SpCredential> credentials) {
        if (encryptedAssertion.getElementsByTagNameNS(XENC, "CipherReference").getLength() > 0) {
            throw new ClaveAuthenticationException(ClaveError.CIPHER_REFERENCE_FORBIDDEN,
                    "the encrypted assertion refers to external cipher data");
        }
        if (encryptedAssertion.getElementsByTagNameNS(DS, "RetrievalMethod").getLength() > 0) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED,
                    "the EncryptedKey must be inline; RetrievalMethod is not followed");
        }
        List<Element> children = Dom.elementChildren(encryptedAssertion);
        if (children.size() != 1 || !Dom.is(children.get(0), XENC, "EncryptedData")) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED,
                    "EncryptedAssertion must hold exactly one EncryptedData with its key inline");
        }
        Element encryptedData = children.get(0);
        String dataAlgorithm = dataAlgorithm(encryptedData);
        List<Element> encryptedKeys = inlineKeys(encryptedData);
        checkCipherValue(encryptedData, EncryptionAllowList.GCM_IV_BYTES + EncryptionAllowList.GCM_TAG_BITS / 8);

        byte[] plaintext = null;
        for (int k = 0; k < encryptedKeys.size() && plaintext == null; k++) {
            for (int c = 0; c < credentials.size() && plaintext == null; c++) {
                plaintext = tryDecrypt(credentials.get(c).privateKey(), encryptedKeys.get(k), encryptedData, dataAlgorithm);
            }
        }
        if (plaintext == null) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED,
                    "no configured decryption key opens the assertion (" + credentials.size() + " tried)");
        }
        try {
            return SecureXmlParser.parseFragment(plaintext, namespacesInScope(encryptedData));
        } finally {
            java.util.Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static String dataAlgorithm(Element encryptedData) {
        Element method = Dom.optionalSingle(encryptedData, XENC, "EncryptionMethod", ClaveError.DECRYPTION_FAILED);
        String uri = method == null ? null : Dom.attr(method, "Algorithm");
        if (uri == null || !EncryptionAllowList.DATA.containsKey(uri)) {
            throw new ClaveAuthenticationException(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                    "data encryption algorithm " + uri + " is not allowed (AES-GCM only)");
        }
        return uri;
    }

    private static List<Element> inlineKeys(Element encryptedData) {
        Element keyInfo = Dom.optionalSingle(encryptedData, DS, "KeyInfo", ClaveError.DECRYPTION_FAILED);
        List<Element> keys = keyInfo == null ? List.of() : Dom.children(keyInfo, XENC, "EncryptedKey");
        if (keys.isEmpty()) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED, "no inline EncryptedKey");
        }
        for (Element key : keys) {
            Element method = Dom.optionalSingle(key, XENC, "EncryptionMethod", ClaveError.DECRYPTION_FAILED);
            String uri = method == null ? null : Dom.attr(method, "Algorithm");
            if (!EncryptionAllowList.RSA_OAEP_MGF1P.equals(uri) && !EncryptionAllowList.RSA_OAEP_11.equals(uri)) {
                throw new ClaveAuthenticationException(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                        "key transport algorithm " + uri + " is not allowed (RSA-OAEP only)");
            }
            checkOaepParameters(method);
            checkCipherValue(key, 1);
        }
        return keys;
    }

    /** The OAEP digest and mask generation function Santuario will read are on the allow-list. */
    private static void checkOaepParameters(Element method) {
        Element digestMethod = Dom.optionalSingle(method, DS, "DigestMethod", ClaveError.DECRYPTION_FAILED);
        boolean digestAllowed = digestMethod == null
                || EncryptionAllowList.OAEP_DIGEST.contains(String.valueOf(Dom.attr(digestMethod, "Algorithm")));
        // only xmlenc11 rsa-oaep names its MGF; rsa-oaep-mgf1p is MGF1 with SHA-1 by definition
        Element mgf = EncryptionAllowList.RSA_OAEP_11.equals(Dom.attr(method, "Algorithm"))
                ? Dom.optionalSingle(method, XENC11, "MGF", ClaveError.DECRYPTION_FAILED) : null;
        boolean mgfAllowed = mgf == null || EncryptionAllowList.MGF.contains(String.valueOf(Dom.attr(mgf, "Algorithm")));
        if (!digestAllowed || !mgfAllowed) {
            throw new ClaveAuthenticationException(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                    "RSA-OAEP digest or mask generation function is not allowed");
        }
        Element params = Dom.optionalSingle(method, XENC, "OAEPparams", ClaveError.DECRYPTION_FAILED);
        if (params != null) {
            XmlValues.base64(Dom.text(params), ClaveError.DECRYPTION_FAILED, "OAEPparams");
        }
    }

    /**
     * One strict-Base64 CipherValue of at least {@code minBytes}: Santuario's own decoder would skip
     * junk characters; it decodes the value, we only check it (no second copy of the ciphertext).
     */
    private static void checkCipherValue(Element encrypted, int minBytes) {
        Element cipherData = Dom.single(encrypted, XENC, "CipherData", ClaveError.DECRYPTION_FAILED);
        Element value = Dom.single(cipherData, XENC, "CipherValue", ClaveError.DECRYPTION_FAILED);
        int length = XmlValues.base64Length(String.valueOf(Dom.text(value)));
        if (length < 0) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED, "CipherValue is not valid Base64");
        }
        if (length < minBytes) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED, "CipherValue is too short");
        }
    }

    /** @return the plaintext, or null when this key does not open it (no detail: E4) */
    private static byte[] tryDecrypt(PrivateKey key, Element encryptedKey, Element encryptedData, String dataAlgorithm) {
        if (!"RSA".equals(key.getAlgorithm())) {
            return null;
        }
        XMLCipher unwrap = KEY_CIPHERS.get();
        XMLCipher data = DATA_CIPHERS.get().computeIfAbsent(dataAlgorithm, AssertionDecrypter::newCipher);
        try {
            unwrap.init(XMLCipher.UNWRAP_MODE, key);
            EncryptedKey loaded = unwrap.loadEncryptedKey(KEY_CONTEXT.get(), encryptedKey);
            Key cek = unwrap.decryptKey(loaded, dataAlgorithm);
            if (!hasLength(cek, EncryptionAllowList.DATA.get(dataAlgorithm))) {
                return null;
            }
            data.init(XMLCipher.DECRYPT_MODE, cek);
            return data.decryptToByteArray(encryptedData);
        } catch (XMLEncryptionException | RuntimeException e) {
            return null;
        } finally {
            forget(unwrap, XMLCipher.UNWRAP_MODE, KEY_CIPHERS::remove);
            forget(data, XMLCipher.DECRYPT_MODE, () -> DATA_CIPHERS.get().remove(dataAlgorithm));
        }
    }

    /** The unwrapped key is exactly as long as the data algorithm's: AES-256 is never opened with 16 bytes. */
    private static boolean hasLength(Key cek, int bytes) {
        byte[] encoded = cek.getEncoded();
        try {
            return encoded != null && encoded.length == bytes;
        } finally {
            if (encoded != null) {
                java.util.Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    /** Drops the key and the loaded EncryptedKey a cipher holds; a cipher that cannot be reset is discarded. */
    private static void forget(XMLCipher cipher, int mode, Runnable discard) {
        try {
            cipher.init(mode, null);
        } catch (XMLEncryptionException | RuntimeException e) {
            discard.run();
        }
    }

    private static XMLCipher newCipher(String algorithm) {
        try {
            return XMLCipher.getInstance(RefusingSerializer.INSTANCE, algorithm);
        } catch (XMLEncryptionException e) {
            throw new IllegalStateException("Santuario does not provide " + algorithm, e);
        }
    }

    private static Document emptyDocument() {
        try {
            return DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return prefix to URI of every namespace in scope at {@code element}, nearest declaration first */
    private static Map<String, String> namespacesInScope(Element element) {
        Map<String, String> ns = new LinkedHashMap<>();
        for (Node n = element; n != null && n.getNodeType() == Node.ELEMENT_NODE; n = n.getParentNode()) {
            NamedNodeMap attrs = n.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                if (XMLNS.equals(a.getNamespaceURI())) {
                    String prefix = "xmlns".equals(a.getName()) ? "" : a.getLocalName();
                    ns.putIfAbsent(prefix, a.getValue());
                }
            }
        }
        return ns;
    }
}

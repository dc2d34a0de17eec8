package es.clave.sp.internal.saml.encryption;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.keys.SpCredential;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;
import static es.clave.sp.internal.saml.xml.XmlNames.XENC;
import static es.clave.sp.internal.saml.xml.XmlNames.XENC11;
import static es.clave.sp.internal.saml.xml.XmlNames.XMLNS;

/**
 * Decrypts a {@code saml2:EncryptedAssertion} straight with JCA (RSP-3, SEC-E): RSA-OAEP unwraps the
 * content key from the inline {@code EncryptedKey}, AES-GCM decrypts the assertion, and the plaintext
 * is parsed by the same hardened parser, in the namespace context of the encrypted element (SEC-E5).
 * <p>
 * Everything is checked before any key is used: no {@code CipherReference} anywhere (E3), no
 * {@code RetrievalMethod} or detached keys (E4), algorithms on the allow-list (E1, E2). Every
 * decryption failure, whichever key or step, is the same {@code DECRYPTION_FAILED} (E4), so the
 * outcome is no oracle. Thread-safe.
 */
public final class AssertionDecrypter {

    // JCA lookups are not free: one instance per thread. The AES cipher is re-keyed with a fixed
    // all-zero key after every use, so no content key outlives a call inside it.
    private static final ThreadLocal<Cipher> RSA_OAEP = ThreadLocal.withInitial(() -> newCipher("RSA/ECB/OAEPPadding"));
    private static final ThreadLocal<Cipher> AES_GCM = ThreadLocal.withInitial(() -> newCipher("AES/GCM/NoPadding"));
    private static final SecretKeySpec SCRUB_KEY = new SecretKeySpec(new byte[32], "AES");
    private static final GCMParameterSpec SCRUB_IV = new GCMParameterSpec(EncryptionAllowList.GCM_TAG_BITS,
            new byte[EncryptionAllowList.GCM_IV_BYTES]);

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
        int keyLength = dataKeyLength(encryptedData);
        List<Element> encryptedKeys = inlineKeys(encryptedData);
        byte[] cipherValue = cipherValue(encryptedData);

        byte[] plaintext = null;
        for (Element encryptedKey : encryptedKeys) {
            OAEPParameterSpec oaep = oaepParameters(encryptedKey);
            byte[] wrapped = cipherValue(encryptedKey);
            for (SpCredential credential : credentials) {
                plaintext = tryDecrypt(credential.privateKey(), oaep, wrapped, keyLength, cipherValue);
                if (plaintext != null) {
                    break;
                }
            }
            if (plaintext != null) {
                break;
            }
        }
        if (plaintext == null) {
            throw new ClaveAuthenticationException(ClaveError.DECRYPTION_FAILED,
                    "no configured decryption key opens the assertion (" + credentials.size() + " tried)");
        }
        Element assertion = SecureXmlParser.parseFragment(plaintext, namespacesInScope(encryptedData));
        java.util.Arrays.fill(plaintext, (byte) 0);
        return assertion;
    }

    private static int dataKeyLength(Element encryptedData) {
        Element method = Dom.optionalSingle(encryptedData, XENC, "EncryptionMethod", ClaveError.DECRYPTION_FAILED);
        String uri = method == null ? null : Dom.attr(method, "Algorithm");
        Integer length = uri == null ? null : EncryptionAllowList.DATA.get(uri);
        if (length == null) {
            throw new ClaveAuthenticationException(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                    "data encryption algorithm " + uri + " is not allowed (AES-GCM only)");
        }
        return length;
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
        }
        return keys;
    }

    private static OAEPParameterSpec oaepParameters(Element encryptedKey) {
        Element method = Dom.first(encryptedKey, XENC, "EncryptionMethod");
        Element digestMethod = Dom.optionalSingle(method, DS, "DigestMethod", ClaveError.DECRYPTION_FAILED);
        String digest = digestMethod == null ? "SHA-1"
                : EncryptionAllowList.OAEP_DIGEST.get(String.valueOf(Dom.attr(digestMethod, "Algorithm")));
        MGF1ParameterSpec mgf = MGF1ParameterSpec.SHA1;
        if (EncryptionAllowList.RSA_OAEP_11.equals(Dom.attr(method, "Algorithm"))) {
            Element mgfElement = Dom.optionalSingle(method, XENC11, "MGF", ClaveError.DECRYPTION_FAILED);
            mgf = mgfElement == null ? MGF1ParameterSpec.SHA1
                    : EncryptionAllowList.MGF.get(String.valueOf(Dom.attr(mgfElement, "Algorithm")));
        }
        if (digest == null || mgf == null) {
            throw new ClaveAuthenticationException(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                    "RSA-OAEP digest or mask generation function is not allowed");
        }
        Element params = Dom.optionalSingle(method, XENC, "OAEPparams", ClaveError.DECRYPTION_FAILED);
        PSource source = params == null ? PSource.PSpecified.DEFAULT
                : new PSource.PSpecified(XmlValues.base64(Dom.text(params), ClaveError.DECRYPTION_FAILED, "OAEPparams"));
        return new OAEPParameterSpec(digest, "MGF1", mgf, source);
    }

    private static byte[] cipherValue(Element encrypted) {
        Element cipherData = Dom.single(encrypted, XENC, "CipherData", ClaveError.DECRYPTION_FAILED);
        Element value = Dom.single(cipherData, XENC, "CipherValue", ClaveError.DECRYPTION_FAILED);
        return XmlValues.base64(Dom.text(value), ClaveError.DECRYPTION_FAILED, "CipherValue");
    }

    /** @return the plaintext, or null when this key does not open it (no detail: E4) */
    private static byte[] tryDecrypt(PrivateKey key, OAEPParameterSpec oaep, byte[] wrapped, int keyLength,
                                     byte[] cipherValue) {
        if (!"RSA".equals(key.getAlgorithm())
                || cipherValue.length < EncryptionAllowList.GCM_IV_BYTES + EncryptionAllowList.GCM_TAG_BITS / 8) {
            return null;
        }
        byte[] cek = null;
        Cipher aes = null;
        try {
            Cipher rsa = RSA_OAEP.get(); // init below resets it
            rsa.init(Cipher.DECRYPT_MODE, key, oaep);
            cek = rsa.doFinal(wrapped);
            if (cek.length != keyLength) {
                return null;
            }
            aes = AES_GCM.get(); // init below resets it, whatever a previous call left
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"),
                    new GCMParameterSpec(EncryptionAllowList.GCM_TAG_BITS, cipherValue, 0, EncryptionAllowList.GCM_IV_BYTES));
            return aes.doFinal(cipherValue, EncryptionAllowList.GCM_IV_BYTES,
                    cipherValue.length - EncryptionAllowList.GCM_IV_BYTES);
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        } finally {
            if (cek != null) {
                java.util.Arrays.fill(cek, (byte) 0);
            }
            if (aes != null) {
                scrub(aes);
            }
        }
    }

    /** Replaces the content key held by the per-thread cipher; a cipher that cannot be re-keyed is dropped. */
    private static void scrub(Cipher aes) {
        try {
            aes.init(Cipher.DECRYPT_MODE, SCRUB_KEY, SCRUB_IV);
        } catch (GeneralSecurityException | RuntimeException e) {
            AES_GCM.remove();
        }
    }

    private static Cipher newCipher(String transformation) {
        try {
            return Cipher.getInstance(transformation);
        } catch (GeneralSecurityException e) {
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

package es.clave.sp.internal.saml.encryption;

import java.util.Map;
import java.util.Set;

/**
 * The only XML Encryption algorithms accepted (RSP-3, SEC-E1, SEC-E2): RSA-OAEP key transport and
 * AES-GCM content encryption. {@code rsa-1_5} (Bleichenbacher) and AES-CBC (padding oracle) are absent.
 */
final class EncryptionAllowList {

    static final String RSA_OAEP_MGF1P = "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p";
    static final String RSA_OAEP_11 = "http://www.w3.org/2009/xmlenc11#rsa-oaep";

    /** Data encryption algorithm URI to AES key length in bytes. */
    static final Map<String, Integer> DATA = Map.of(
            "http://www.w3.org/2009/xmlenc11#aes128-gcm", 16,
            "http://www.w3.org/2009/xmlenc11#aes192-gcm", 24,
            "http://www.w3.org/2009/xmlenc11#aes256-gcm", 32);

    /** OAEP DigestMethod URIs; SHA-1 is fine inside OAEP. */
    static final Set<String> OAEP_DIGEST = Set.of(
            "http://www.w3.org/2000/09/xmldsig#sha1",
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");

    /** xmlenc11 MGF URIs. */
    static final Set<String> MGF = Set.of(
            "http://www.w3.org/2009/xmlenc11#mgf1sha1",
            "http://www.w3.org/2009/xmlenc11#mgf1sha256",
            "http://www.w3.org/2009/xmlenc11#mgf1sha384",
            "http://www.w3.org/2009/xmlenc11#mgf1sha512");

    /** GCM nonce and tag sizes fixed by XML Encryption 1.1 §5.2.4: a shorter CipherValue cannot be GCM. */
    static final int GCM_IV_BYTES = 12;
    static final int GCM_TAG_BITS = 128;

    private EncryptionAllowList() {
    }
}

package es.clave.sp.internal.saml.encryption;

import java.security.spec.MGF1ParameterSpec;
import java.util.Map;

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

    /** OAEP DigestMethod URI to JCA digest name; SHA-1 is fine inside OAEP. */
    static final Map<String, String> OAEP_DIGEST = Map.of(
            "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1",
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    /** xenc11 MGF URI to its JCA parameters. */
    static final Map<String, MGF1ParameterSpec> MGF = Map.of(
            "http://www.w3.org/2009/xmlenc11#mgf1sha1", MGF1ParameterSpec.SHA1,
            "http://www.w3.org/2009/xmlenc11#mgf1sha256", MGF1ParameterSpec.SHA256,
            "http://www.w3.org/2009/xmlenc11#mgf1sha384", MGF1ParameterSpec.SHA384,
            "http://www.w3.org/2009/xmlenc11#mgf1sha512", MGF1ParameterSpec.SHA512);

    /** GCM nonce prefix and tag sizes fixed by XML Encryption 1.1 §5.2.4. */
    static final int GCM_IV_BYTES = 12;
    static final int GCM_TAG_BITS = 128;

    private EncryptionAllowList() {
    }
}

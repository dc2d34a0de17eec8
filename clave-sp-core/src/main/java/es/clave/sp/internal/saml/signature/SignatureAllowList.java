package es.clave.sp.internal.saml.signature;

import java.util.Map;
import java.util.Set;

/**
 * The only XML Signature algorithms accepted (RSP-5, SEC-S1, SEC-S2), with the type of key each
 * needs. Anything absent here (SHA-1, MD5, HMAC, DSA, XSLT, XPath, inclusive C14N, …) is rejected
 * before Santuario is handed the signature.
 */
final class SignatureAllowList {

    /** Exclusive C14N without comments: the only canonicalization and the only c14n transform. */
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    /** The enveloped-signature transform. */
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    /** How one signature algorithm is verified: the JCA key algorithm it needs. */
    record SigAlg(String keyAlgorithm) {
    }

    private static final SigAlg RSA = new SigAlg("RSA");
    private static final SigAlg EC = new SigAlg("EC");

    static final Map<String, SigAlg> SIGNATURE = Map.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", RSA,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", RSA,
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", RSA,
            // RSASSA-PSS, RFC 6931 §2.3.10: MGF1 with the same digest, salt length = digest length
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", RSA,
            "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1", RSA,
            "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1", RSA,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", EC,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", EC,
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", EC);

    static final Set<String> DIGEST = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512");

    /** At most this many transforms (SEC-S2): enveloped-signature followed by exclusive C14N. */
    static final int MAX_TRANSFORMS = 2;

    private SignatureAllowList() {
    }
}

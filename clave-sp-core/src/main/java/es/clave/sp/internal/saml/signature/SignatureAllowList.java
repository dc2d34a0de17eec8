package es.clave.sp.internal.saml.signature;

import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Map;

/**
 * The only XML Signature algorithms accepted (RSP-5, SEC-S1, SEC-S2), with the JCA names that
 * verify them. Anything absent here (SHA-1, MD5, HMAC, DSA, XSLT, XPath, inclusive C14N, …) is
 * rejected before it can run.
 */
final class SignatureAllowList {

    /** Exclusive C14N without comments: the only canonicalization and the only c14n transform. */
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    /** The enveloped-signature transform. */
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";

    /** How one signature algorithm is verified with JCA. */
    record SigAlg(String jcaName, AlgorithmParameterSpec params, String keyAlgorithm) {
    }

    static final Map<String, SigAlg> SIGNATURE = Map.of(
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", new SigAlg("SHA256withRSA", null, "RSA"),
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", new SigAlg("SHA384withRSA", null, "RSA"),
            "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", new SigAlg("SHA512withRSA", null, "RSA"),
            // RFC 6931 §2.3.10: MGF1 with the same digest, salt length = digest length, trailer 1
            "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", new SigAlg("RSASSA-PSS",
                    new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1), "RSA"),
            "http://www.w3.org/2007/05/xmldsig-more#sha384-rsa-MGF1", new SigAlg("RSASSA-PSS",
                    new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384, 48, 1), "RSA"),
            "http://www.w3.org/2007/05/xmldsig-more#sha512-rsa-MGF1", new SigAlg("RSASSA-PSS",
                    new PSSParameterSpec("SHA-512", "MGF1", MGF1ParameterSpec.SHA512, 64, 1), "RSA"),
            // XML DSig carries ECDSA as r||s (IEEE P1363), not DER
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256", new SigAlg("SHA256withECDSAinP1363Format", null, "EC"),
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha384", new SigAlg("SHA384withECDSAinP1363Format", null, "EC"),
            "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha512", new SigAlg("SHA512withECDSAinP1363Format", null, "EC"));

    static final Map<String, String> DIGEST = Map.of(
            "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA-384",
            "http://www.w3.org/2001/04/xmlenc#sha512", "SHA-512");

    /** At most this many transforms (SEC-S2): enveloped-signature followed by exclusive C14N. */
    static final int MAX_TRANSFORMS = 2;

    private SignatureAllowList() {
    }
}

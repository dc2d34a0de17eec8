package es.clave.sp.internal.saml.signature;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;

/**
 * Verifies the enveloped XML signature of one SAML element (RSP-2, RSP-4, RSP-5) against the
 * configured trusted certificates only: {@code KeyInfo} is never read (SEC-W12).
 * <p>
 * Our profile runs first, before any transform, digest or key is touched (SEC-S1, SEC-S2,
 * {@link SignatureLayout}): one Reference whose URI is {@code "#" + ID} of the signed element
 * itself (SEC-W10; {@code URI=""} and XPointer are refused), exactly the transforms
 * enveloped-signature then exclusive C14N, allow-listed algorithms, a SignatureValue as long as a
 * trusted key's signatures (SEC-S3). Then Apache Santuario, with secure validation on, checks the
 * SignatureValue with each trusted key given explicitly and recomputes the reference digest. Its
 * reference resolution is pinned to the signed element ({@link PinnedReferenceResolver}), so the
 * verified element is the consumed one (SEC-W9).
 * Thread-safe; the element's DOM must not be shared between threads during the call.
 */
public final class EnvelopedSignatureVerifier {

    static {
        org.apache.xml.security.Init.init();
    }

    /**
     * The key that verified the last signature, tried first: while the gateway's outgoing and
     * incoming certificates are both trusted (a rollover), a signature then costs one RSA
     * verification instead of two, and Santuario logs no failed verification for every signature.
     * It only orders the caller's own trusted keys; it never adds one.
     */
    private static volatile PublicKey lastVerified;

    private EnvelopedSignatureVerifier() {
    }

    /**
     * @param signed  the element that must carry its own enveloped signature as a direct child
     * @param trusted the trusted signing certificates
     * @return false when {@code signed} carries no signature (the caller decides whether one is required);
     *         true when the signature validates with a trusted key
     * @throws ClaveAuthenticationException SIGNATURE_* / UNTRUSTED_SIGNING_KEY when it is present but unacceptable
     */
    public static boolean verifyIfPresent(Element signed, List<X509Certificate> trusted) {
        Element signature = Dom.optionalSingle(signed, DS, "Signature", ClaveError.SIGNATURE_INVALID);
        if (signature == null) {
            return false;
        }
        SignatureLayout layout = SignatureLayout.read(signature, signed);
        List<PublicKey> keys = candidateKeys(layout, trusted);
        Attr id = signed.getAttributeNodeNS(null, "ID");
        boolean wasId = id.isId();
        // the one ID-typed attribute Santuario may meet on the signed side is the one we checked
        signed.setIdAttributeNode(id, true);
        try {
            XMLSignature santuario = new XMLSignature(signature, null, true);
            santuario.addResourceResolver(new PinnedReferenceResolver(layout.reference(), signed));
            for (PublicKey key : keys) {
                if (santuario.checkSignatureValue(key)) {
                    lastVerified = key;
                    return true;
                }
                if (!santuario.getSignedInfo().getVerificationResults().isEmpty()) {
                    // SignatureValue verified with this key, so the references were checked: the digest differs
                    throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID,
                            "the digest of " + signed.getLocalName() + " does not match its signature reference");
                }
            }
        } catch (XMLSecurityException e) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID,
                    "the signature of " + signed.getLocalName() + " cannot be verified: " + e.getMessage(), e);
        } finally {
            if (!wasId) {
                signed.setIdAttributeNode(id, false);
            }
        }
        throw new ClaveAuthenticationException(ClaveError.UNTRUSTED_SIGNING_KEY,
                "the signature does not validate with any of the " + trusted.size() + " trusted certificates");
    }

    /**
     * @return the trusted keys of the signature's key type whose signatures are as long as the SignatureValue
     * @throws ClaveAuthenticationException SIGNATURE_INVALID when keys of that type are trusted but the
     *                                      value fits none (empty or truncated, SEC-S3); UNTRUSTED_SIGNING_KEY
     *                                      when no key of that type is trusted
     */
    private static List<PublicKey> candidateKeys(SignatureLayout layout, List<X509Certificate> trusted) {
        String type = layout.algorithm().keyAlgorithm();
        List<PublicKey> keys = new ArrayList<>(trusted.size());
        boolean typeTrusted = false;
        for (X509Certificate cert : trusted) {
            PublicKey key = cert.getPublicKey();
            if (type.equals(key.getAlgorithm())) {
                typeTrusted = true;
                if (lengthFits(key, layout.signatureLength())) {
                    keys.add(key);
                }
            }
        }
        if (keys.isEmpty() && typeTrusted) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID,
                    "the SignatureValue has the wrong length for every trusted key (empty or truncated)");
        }
        if (keys.isEmpty()) {
            throw new ClaveAuthenticationException(ClaveError.UNTRUSTED_SIGNING_KEY,
                    "no trusted certificate holds a " + type + " key for this signature");
        }
        int preferred = keys.indexOf(lastVerified);
        if (preferred > 0) {
            keys.add(0, keys.remove(preferred));
        }
        return keys;
    }

    /** S3: an RSA signature is exactly as long as the modulus; an ECDSA one is r||s of the field size. */
    private static boolean lengthFits(PublicKey key, int length) {
        if (key instanceof RSAPublicKey rsa) {
            return length == (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (key instanceof ECPublicKey ec) {
            return length == 2 * ((ec.getParams().getCurve().getField().getFieldSize() + 7) / 8);
        }
        return length > 0;
    }

    /**
     * Checks a Base64 signature field under the strict rules of {@link XmlValues#base64} without
     * decoding it (Santuario decodes it again anyway), failing as an invalid signature.
     *
     * @return the number of bytes the field decodes to, at least one
     */
    static int base64Length(String text, String what) {
        if (text == null) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, what + " is missing");
        }
        int length = XmlValues.base64Length(text);
        if (length < 0) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, what + " is not valid Base64");
        }
        if (length == 0) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, what + " is empty");
        }
        return length;
    }
}

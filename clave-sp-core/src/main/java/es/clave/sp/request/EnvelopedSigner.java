package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.SignatureAlgorithm;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.util.Base64;

/**
 * Signs a request rendered by this package with an enveloped XML signature (REQ-7) without a
 * DOM: the digest is taken over the canonical bytes the renderer produced, the canonical
 * {@code SignedInfo} is assembled from precomputed fragments and signed with one
 * {@link Signature} call, and the {@code ds:Signature} element is spliced in after the Issuer.
 * Thread-safe: the only per-call objects are the digest and signature engines.
 */
final class EnvelopedSigner {

    static final String DS_NS = "http://www.w3.org/2000/09/xmldsig#";
    static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    private static final String XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private final PrivateKey key;
    private final SignatureAlgorithm algorithm;
    /** Canonical SignedInfo up to the reference ID; with the ds declaration exclusive C14N puts on the apex. */
    private final String signedInfoHead;
    /** Between the reference ID and the digest value. */
    private final String signedInfoMiddle;
    private final String signedInfoTail;
    /** The ds:Signature element after SignatureValue: the KeyInfo with the SP certificate. */
    private final String keyInfo;

    EnvelopedSigner(ClaveSpConfig config) {
        this.key = config.signingCredential().privateKey();
        this.algorithm = config.signatureAlgorithm();
        this.signedInfoHead = "<ds:SignedInfo xmlns:ds=\"" + DS_NS + "\">"
                + "<ds:CanonicalizationMethod Algorithm=\"" + EXC_C14N + "\"></ds:CanonicalizationMethod>"
                + "<ds:SignatureMethod Algorithm=\"" + algorithm.uri() + "\"></ds:SignatureMethod>"
                + "<ds:Reference URI=\"#";
        this.signedInfoMiddle = "\"><ds:Transforms>"
                + "<ds:Transform Algorithm=\"" + ENVELOPED + "\"></ds:Transform>"
                + "<ds:Transform Algorithm=\"" + EXC_C14N + "\"></ds:Transform>"
                + "</ds:Transforms>"
                + "<ds:DigestMethod Algorithm=\"" + algorithm.digestUri() + "\"></ds:DigestMethod>"
                + "<ds:DigestValue>";
        this.signedInfoTail = "</ds:DigestValue></ds:Reference></ds:SignedInfo>";
        try {
            this.keyInfo = "<ds:KeyInfo><ds:X509Data><ds:X509Certificate>"
                    + Base64.getEncoder().encodeToString(config.signingCredential().certificate().getEncoded())
                    + "</ds:X509Certificate></ds:X509Data></ds:KeyInfo>";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("the signing certificate cannot be encoded", e);
        }
    }

    /** @return the complete signed document, XML declaration included, as UTF-8 bytes */
    byte[] sign(UnsignedXml xml) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm.digestJcaName());
            digest.update(xml.beforeSignature().getBytes(StandardCharsets.UTF_8));
            digest.update(xml.afterSignature().getBytes(StandardCharsets.UTF_8));
            String digestValue = Base64.getEncoder().encodeToString(digest.digest());

            String canonicalSignedInfo = signedInfoHead + xml.id() + signedInfoMiddle + digestValue + signedInfoTail;
            Signature signer = Signature.getInstance(algorithm.jcaName());
            signer.initSign(key);
            signer.update(canonicalSignedInfo.getBytes(StandardCharsets.UTF_8));
            String signatureValue = Base64.getEncoder().encodeToString(signer.sign());

            String after = xml.afterSignature();
            int cut = xml.hiddenDeclarationOffset();
            String document = XML_DECLARATION
                    + xml.beforeSignature()
                    + "<ds:Signature xmlns:ds=\"" + DS_NS + "\">"
                    // in the document the ds prefix is declared on Signature, not repeated on SignedInfo
                    + "<ds:SignedInfo>" + canonicalSignedInfo.substring(signedInfoHead.indexOf('>') + 1)
                    + "<ds:SignatureValue>" + signatureValue + "</ds:SignatureValue>"
                    + keyInfo
                    + "</ds:Signature>"
                    + after.substring(0, cut) + xml.hiddenDeclaration() + after.substring(cut);
            return document.getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing the request with " + algorithm + " failed", e);
        }
    }
}

package es.clave.sp.testing.saml;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.security.Key;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * TEST-ONLY enveloped XML signatures made with Santuario directly (not with production code), with
 * every knob the security tests need: algorithm, digest, reference URI, transforms, KeyInfo.
 */
public final class XmlSigner {
    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    public static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    public static final String RSA_PSS_SHA256 = "http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1";
    public static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    public static final String HMAC_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256";
    public static final String SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512";
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    public static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";
    public static final String MD5 = "http://www.w3.org/2001/04/xmldsig-more#md5";
    public static final String ENVELOPED = Transforms.TRANSFORM_ENVELOPED_SIGNATURE;
    public static final String EXC_C14N = Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS;
    public static final String XPATH = Transforms.TRANSFORM_XPATH;
    public static final String BASE64 = Transforms.TRANSFORM_BASE64_DECODE;

    static {
        org.apache.xml.security.Init.init();
        if (Security.getProvider("BC") == null) {
            // Santuario names RSA-PSS "SHA256withRSAandMGF1", which only BouncyCastle provides
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    /** How to sign. */
    public record Options(Key key, X509Certificate keyInfoCert, String signatureAlgorithm, String digestAlgorithm,
                          String referenceUri, List<String> transforms) {
        /** @return RSA-SHA512 / SHA-512, enveloped + exc-c14n, reference to the element's own ID, cert in KeyInfo */
        public static Options standard(Key key, X509Certificate cert) {
            return new Options(key, cert, RSA_SHA512, SHA512, null, List.of(ENVELOPED, EXC_C14N));
        }

        public Options withAlgorithm(String alg) {
            return new Options(key, keyInfoCert, alg, digestAlgorithm, referenceUri, transforms);
        }

        public Options withDigest(String d) {
            return new Options(key, keyInfoCert, signatureAlgorithm, d, referenceUri, transforms);
        }

        public Options withReferenceUri(String uri) {
            return new Options(key, keyInfoCert, signatureAlgorithm, digestAlgorithm, uri, transforms);
        }

        public Options withTransforms(List<String> t) {
            return new Options(key, keyInfoCert, signatureAlgorithm, digestAlgorithm, referenceUri, t);
        }

        public Options withKeyInfo(X509Certificate cert) {
            return new Options(key, cert, signatureAlgorithm, digestAlgorithm, referenceUri, transforms);
        }
    }

    private XmlSigner() {
    }

    /** Signs {@code target} with an enveloped signature placed right after its Issuer (or first). */
    public static Element sign(Element target, Options o) {
        try {
            Document doc = target.getOwnerDocument();
            XmlDocs.registerIds(doc);
            XMLSignature sig = new XMLSignature(doc, null, o.signatureAlgorithm(), Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            Element issuer = XmlDocs.child(target, XmlDocs.SAML, "Issuer");
            Node before = issuer != null ? issuer.getNextSibling() : target.getFirstChild();
            target.insertBefore(sig.getElement(), before);
            Transforms transforms = new Transforms(doc);
            for (String t : o.transforms()) {
                if (XPATH.equals(t)) {
                    Element xpath = doc.createElementNS(XmlDocs.DS, "ds:XPath");
                    xpath.setTextContent("not(ancestor-or-self::ds:Signature)");
                    transforms.addTransform(t, xpath);
                } else {
                    transforms.addTransform(t);
                }
            }
            String uri = o.referenceUri() != null ? o.referenceUri() : "#" + target.getAttribute("ID");
            sig.addDocument(uri, transforms, o.digestAlgorithm());
            if (o.keyInfoCert() != null) {
                sig.addKeyInfo(o.keyInfoCert());
            }
            sig.sign(o.key());
            return sig.getElement();
        } catch (Exception e) {
            throw new IllegalStateException("fixture signing failed", e);
        }
    }

    /** Removes the direct ds:Signature child of {@code target}, if any. */
    public static void removeSignature(Element target) {
        for (Element s : XmlDocs.children(target, XmlDocs.DS, "Signature")) {
            target.removeChild(s);
        }
    }

    /** Replaces the signature of {@code target} with a fresh one. */
    public static Element resign(Element target, Options o) {
        removeSignature(target);
        return sign(target, o);
    }
}

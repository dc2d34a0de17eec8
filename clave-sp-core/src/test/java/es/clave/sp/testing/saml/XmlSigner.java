package es.clave.sp.testing.saml;

import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.security.Key;
import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
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
            // Santuario only knows RSA-PSS through BouncyCastle's JCA names; registering BC globally would
            // change other tests' key handling, so PSS is signed as RSA-SHA256 and the SignedInfo re-signed below
            boolean pss = RSA_PSS_SHA256.equals(o.signatureAlgorithm());
            XMLSignature sig = new XMLSignature(doc, null, pss ? RSA_SHA256 : o.signatureAlgorithm(),
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
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
            if (pss) {
                resignSignedInfoWithPss(sig.getElement(), (PrivateKey) o.key());
            }
            return sig.getElement();
        } catch (Exception e) {
            throw new IllegalStateException("fixture signing failed", e);
        }
    }

    private static void resignSignedInfoWithPss(Element signature, PrivateKey key) throws Exception {
        Element signedInfo = XmlDocs.child(signature, XmlDocs.DS, "SignedInfo");
        XmlDocs.child(signedInfo, XmlDocs.DS, "SignatureMethod").setAttribute("Algorithm", RSA_PSS_SHA256);
        ByteArrayOutputStream c14n = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(signedInfo, c14n);
        Signature s = Signature.getInstance("RSASSA-PSS");
        s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
        s.initSign(key);
        s.update(c14n.toByteArray());
        XmlDocs.child(signature, XmlDocs.DS, "SignatureValue").setTextContent(Base64.getEncoder().encodeToString(s.sign()));
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

package es.clave.stub.xml;

import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/**
 * Enveloped XML signatures the way Cl@ve makes them (REQ-7 shape, RSP-2, RSP-4): one Reference to
 * the parent's ID, transforms enveloped + exclusive C14N, exclusive C14N canonicalization, the
 * certificate in {@code KeyInfo/X509Data}, the signature right after {@code Issuer} (or first).
 */
public final class XmlSigner {

    static {
        Init.init();
    }

    private XmlSigner() {
    }

    /** Makes sure Santuario is initialised (cheap after the first call). */
    public static void init() {
        // the static initialiser does the work
    }

    /** Signs {@code element} with RSA-SHA512 and SHA-512 digests, the Cl@ve defaults. */
    public static Element sign(Element element, PrivateKey key, X509Certificate certificate) {
        return sign(element, key, certificate, Ns.RSA_SHA512, Ns.SHA512);
    }

    /**
     * Signs {@code element}, whose {@code ID} attribute names it.
     *
     * @return the {@code ds:Signature} element inserted into {@code element}
     */
    public static Element sign(Element element, PrivateKey key, X509Certificate certificate,
                               String signatureAlgorithm, String digestAlgorithm) {
        try {
            element.setIdAttributeNS(null, "ID", true);
            XMLSignature signature = new XMLSignature(element.getOwnerDocument(), "", signatureAlgorithm,
                    Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            element.insertBefore(signature.getElement(), insertionPoint(element));
            Transforms transforms = new Transforms(element.getOwnerDocument());
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("#" + element.getAttribute("ID"), transforms, digestAlgorithm);
            signature.addKeyInfo(certificate);
            signature.sign(key);
            return signature.getElement();
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign " + element.getLocalName(), e);
        }
    }

    /** The node the signature goes before: the one after {@code Issuer}, else the first child. */
    private static Node insertionPoint(Element element) {
        for (Element child : Dom.children(element)) {
            if (Dom.is(child, Ns.SAML, "Issuer")) {
                return child.getNextSibling();
            }
        }
        return element.getFirstChild();
    }
}

package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.crypto.spec.SecretKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import static es.clave.sp.testing.saml.XmlDocs.DS;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-S: signature algorithm, transform and value rules (RSP-5), on real signatures. */
class SignatureAlgorithmTest extends ResponseTestSupport {

    private ClaveResponseBuilder responseSignedWith(XmlSigner.Options options) {
        ClaveResponseBuilder r = response();
        r.responseSignature = options;
        return r;
    }

    @Test
    @DisplayName("SEC-S1 RSA-SHA1 Response signature by the trusted key is rejected")
    void finishLoginWhenRsaSha1ThenAlgorithmNotAllowed() {
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED,
                responseSignedWith(gatewaySigning().withAlgorithm(XmlSigner.RSA_SHA1)).buildBase64());
    }

    @Test
    @DisplayName("SEC-S1 SHA-1 reference digest is rejected")
    void finishLoginWhenSha1DigestThenAlgorithmNotAllowed() {
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED,
                responseSignedWith(gatewaySigning().withDigest(XmlSigner.SHA1)).buildBase64());
    }

    @Test
    @DisplayName("SEC-S1 MD5 reference digest is rejected (before any digest is computed)")
    void finishLoginWhenMd5DigestThenAlgorithmNotAllowed() {
        // Santuario itself refuses to sign with MD5, so relabel a real signature's DigestMethod
        Document d = response().build();
        XmlDocs.find(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, "DigestMethod")
                .setAttribute("Algorithm", XmlSigner.MD5);
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, d);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SignatureMethod", "DigestMethod"})
    @DisplayName("SEC-S1 a SignatureMethod or DigestMethod without Algorithm is rejected as not allowed (found by SEC-F1: it escaped as INTERNAL_ERROR)")
    void finishLoginWhenAlgorithmAbsentThenAlgorithmNotAllowed(String element) {
        Document d = response().build();
        inResponseSignature(d, element).removeAttribute("Algorithm");
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S1 HMAC-SHA256 'signature' is rejected")
    void finishLoginWhenHmacThenAlgorithmNotAllowed() {
        XmlSigner.Options hmac = new XmlSigner.Options(new SecretKeySpec(new byte[32], "HmacSHA256"), null,
                XmlSigner.HMAC_SHA256, XmlSigner.SHA256, null, List.of(XmlSigner.ENVELOPED, XmlSigner.EXC_C14N));
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, responseSignedWith(hmac).buildBase64());
    }

    @Test
    @DisplayName("SEC-S1 RSA-SHA1 on the assertion inside a valid Response is rejected")
    void finishLoginWhenAssertionRsaSha1ThenAlgorithmNotAllowed() {
        ClaveResponseBuilder r = response();
        r.assertionSignature = gatewaySigning().withAlgorithm(XmlSigner.RSA_SHA1).withDigest(XmlSigner.SHA1);
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-S2 XPath transform is rejected before it runs")
    void finishLoginWhenXPathTransformThenTransformNotAllowed() {
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, responseSignedWith(gatewaySigning()
                .withTransforms(List.of(XmlSigner.ENVELOPED, XmlSigner.XPATH))).buildBase64());
    }

    @Test
    @DisplayName("SEC-S2 XSLT transform is rejected before it runs")
    void finishLoginWhenXsltTransformThenTransformNotAllowed() {
        Document d = response().build();
        Element transforms = XmlDocs.find(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, "Transforms");
        Element xslt = d.createElementNS(DS, "ds:Transform");
        xslt.setAttribute("Algorithm", "http://www.w3.org/TR/1999/REC-xslt-19991116");
        Element stylesheet = d.createElementNS("http://www.w3.org/1999/XSL/Transform", "xsl:stylesheet");
        stylesheet.setAttribute("version", "1.0");
        xslt.appendChild(stylesheet);
        transforms.replaceChild(xslt, XmlDocs.children(transforms, DS, "Transform").get(1));
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 Base64 transform is rejected")
    void finishLoginWhenBase64TransformThenTransformNotAllowed() {
        Document d = response().build();
        Element transforms = XmlDocs.find(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, "Transforms");
        XmlDocs.children(transforms, DS, "Transform").get(1).setAttribute("Algorithm", XmlSigner.BASE64);
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 more than two transforms are rejected")
    void finishLoginWhenThreeTransformsThenTransformNotAllowed() {
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, responseSignedWith(gatewaySigning()
                .withTransforms(List.of(XmlSigner.ENVELOPED, XmlSigner.EXC_C14N, XmlSigner.EXC_C14N))).buildBase64());
    }

    @Test
    @DisplayName("SEC-S2 inclusive C14N as CanonicalizationMethod is rejected")
    void finishLoginWhenInclusiveCanonicalizationThenTransformNotAllowed() {
        Document d = response().build();
        Element c14n = XmlDocs.find(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, "CanonicalizationMethod");
        c14n.setAttribute("Algorithm", "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments");
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 exclusive C14N carrying anything but one InclusiveNamespaces is rejected before it runs")
    void finishLoginWhenC14nHasOtherParameterThenTransformNotAllowed() {
        Document d = response().build();
        Element c14n = inResponseSignature(d, "CanonicalizationMethod");
        c14n.appendChild(d.createElementNS(DS, "ds:XPath"));
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 an exclusive C14N transform carrying another element is rejected before it runs")
    void finishLoginWhenC14nTransformHasOtherParameterThenTransformNotAllowed() {
        Document d = response().build();
        Element transforms = inResponseSignature(d, "Transforms");
        XmlDocs.children(transforms, DS, "Transform").get(1).appendChild(d.createElementNS(DS, "ds:XPath"));
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 exclusive C14N with two InclusiveNamespaces is rejected before it runs")
    void finishLoginWhenC14nHasTwoInclusiveNamespacesThenTransformNotAllowed() {
        Document d = response().build();
        Element c14n = inResponseSignature(d, "CanonicalizationMethod");
        for (int i = 0; i < 2; i++) {
            c14n.appendChild(d.createElementNS("http://www.w3.org/2001/10/xml-exc-c14n#", "ec:InclusiveNamespaces"));
        }
        assertRejected(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED, d);
    }

    @Test
    @DisplayName("SEC-S2 exclusive C14N with one InclusiveNamespaces passes the profile check (the signature then decides)")
    void finishLoginWhenC14nHasOneInclusiveNamespacesThenProfileAccepts() {
        Document d = response().build();
        Element c14n = inResponseSignature(d, "CanonicalizationMethod");
        Element prefixes = d.createElementNS("http://www.w3.org/2001/10/xml-exc-c14n#", "ec:InclusiveNamespaces");
        prefixes.setAttribute("PrefixList", "");
        c14n.appendChild(prefixes);
        // SignedInfo changed, so no trusted key verifies it any more: refused as a signature, not as a transform
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, d);
    }

    @Test
    @DisplayName("SEC-S3 empty SignatureValue is rejected")
    void finishLoginWhenSignatureValueEmptyThenSignatureInvalid() {
        Document d = response().build();
        signatureValue(d).setTextContent("");
        assertRejected(ClaveError.SIGNATURE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-S3 truncated SignatureValue is rejected")
    void finishLoginWhenSignatureValueTruncatedThenSignatureInvalid() {
        Document d = response().build();
        Element value = signatureValue(d);
        byte[] sig = Base64.getMimeDecoder().decode(value.getTextContent());
        value.setTextContent(Base64.getEncoder().encodeToString(Arrays.copyOf(sig, sig.length - 16)));
        // refused on its length before any RSA operation, and the reason says so
        assertTrue(assertRejected(ClaveError.SIGNATURE_INVALID, d).getMessage().contains("wrong length"));
    }

    @Test
    @DisplayName("SEC-S3 SignatureValue that is not Base64 is rejected")
    void finishLoginWhenSignatureValueNotBase64ThenSignatureInvalid() {
        Document d = response().build();
        signatureValue(d).setTextContent("%%%not-base64%%%");
        assertRejected(ClaveError.SIGNATURE_INVALID, d);
    }

    private static Element signatureValue(Document d) {
        return XmlDocs.child(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, "SignatureValue");
    }

    /** @return the first {@code name} element inside the Response's own ds:Signature */
    private static Element inResponseSignature(Document d, String name) {
        return XmlDocs.find(XmlDocs.child(d.getDocumentElement(), DS, "Signature"), DS, name);
    }
}

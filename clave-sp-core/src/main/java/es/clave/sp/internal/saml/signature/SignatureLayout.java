package es.clave.sp.internal.saml.signature;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import org.w3c.dom.Element;

import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;
import static es.clave.sp.internal.saml.xml.XmlNames.EXC_C14N;

/**
 * The parts of one {@code ds:Signature}, read and checked against the allow-lists before Santuario
 * sees it (RSP-5, SEC-S1…S3, SEC-W10): the structure it may have, the algorithms it may name, the
 * one Reference it may carry and well-formed, non-empty DigestValue and SignatureValue.
 *
 * @param reference      the only {@code ds:Reference}, whose URI is {@code "#"} + the signed element's ID
 * @param signatureValue the decoded SignatureValue
 */
record SignatureLayout(SignatureAllowList.SigAlg algorithm, Element reference, byte[] signatureValue) {

    static SignatureLayout read(Element signature, Element signed) {
        Element signedInfo = Dom.single(signature, DS, "SignedInfo", ClaveError.SIGNATURE_INVALID);
        Element c14n = Dom.single(signedInfo, DS, "CanonicalizationMethod", ClaveError.SIGNATURE_INVALID);
        if (!SignatureAllowList.EXC_C14N.equals(Dom.attr(c14n, "Algorithm"))) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                    "CanonicalizationMethod " + Dom.attr(c14n, "Algorithm") + " is not exclusive C14N");
        }
        checkC14nParameters(c14n);

        Element method = Dom.single(signedInfo, DS, "SignatureMethod", ClaveError.SIGNATURE_INVALID);
        String methodUri = Dom.attr(method, "Algorithm");
        SignatureAllowList.SigAlg alg = SignatureAllowList.SIGNATURE.get(methodUri);
        if (alg == null || !Dom.elementChildren(method).isEmpty()) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED,
                    "SignatureMethod " + methodUri + " is not allowed");
        }

        List<Element> references = Dom.children(signedInfo, DS, "Reference");
        if (references.size() != 1) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_REFERENCE_INVALID,
                    "the signature must carry exactly one Reference, found " + references.size());
        }
        Element reference = references.get(0);
        checkReferenceUri(reference, signed);
        checkTransforms(reference);

        Element digestMethod = Dom.single(reference, DS, "DigestMethod", ClaveError.SIGNATURE_INVALID);
        if (!SignatureAllowList.DIGEST.contains(Dom.attr(digestMethod, "Algorithm"))) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED,
                    "DigestMethod " + Dom.attr(digestMethod, "Algorithm") + " is not allowed");
        }
        EnvelopedSignatureVerifier.base64(
                Dom.text(Dom.single(reference, DS, "DigestValue", ClaveError.SIGNATURE_INVALID)), "DigestValue");
        byte[] signatureValue = EnvelopedSignatureVerifier.base64(
                Dom.text(Dom.single(signature, DS, "SignatureValue", ClaveError.SIGNATURE_INVALID)), "SignatureValue");
        return new SignatureLayout(alg, reference, signatureValue);
    }

    /** W10: the Reference points at the element that carries the signature, by its own ID. */
    private static void checkReferenceUri(Element reference, Element signed) {
        String uri = Dom.attr(reference, "URI");
        String id = Dom.attr(signed, "ID");
        if (id == null || id.isEmpty() || uri == null || !uri.equals("#" + id)) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_REFERENCE_INVALID,
                    "Reference URI '" + uri + "' does not name the signed " + signed.getLocalName() + " ('#" + id + "')");
        }
    }

    /** S2: exactly enveloped-signature then exclusive C14N; checked before anything runs. */
    private static void checkTransforms(Element reference) {
        Element transforms = Dom.optionalSingle(reference, DS, "Transforms", ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED);
        if (transforms == null) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                    "the Reference has no enveloped-signature transform");
        }
        List<Element> all = Dom.elementChildren(transforms);
        if (all.size() > SignatureAllowList.MAX_TRANSFORMS) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                    all.size() + " transforms; at most " + SignatureAllowList.MAX_TRANSFORMS + " are accepted");
        }
        for (Element t : all) {
            if (!Dom.is(t, DS, "Transform")) {
                throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                        "unexpected element " + t.getLocalName() + " in Transforms");
            }
            String alg = Dom.attr(t, "Algorithm");
            if (!SignatureAllowList.ENVELOPED.equals(alg) && !SignatureAllowList.EXC_C14N.equals(alg)) {
                throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                        "transform " + alg + " is not allowed");
            }
        }
        if (all.size() != 2 || !SignatureAllowList.ENVELOPED.equals(Dom.attr(all.get(0), "Algorithm"))
                || !SignatureAllowList.EXC_C14N.equals(Dom.attr(all.get(1), "Algorithm"))
                || !Dom.elementChildren(all.get(0)).isEmpty()) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                    "transforms must be enveloped-signature followed by exclusive C14N");
        }
        checkC14nParameters(all.get(1));
    }

    /** An exclusive C14N element carries nothing or one InclusiveNamespaces (its PrefixList is Santuario's to apply). */
    private static void checkC14nParameters(Element c14nElement) {
        List<Element> children = Dom.elementChildren(c14nElement);
        if (!children.isEmpty()
                && (children.size() != 1 || !Dom.is(children.get(0), EXC_C14N, "InclusiveNamespaces"))) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_TRANSFORM_NOT_ALLOWED,
                    "unexpected parameters of exclusive C14N");
        }
    }
}

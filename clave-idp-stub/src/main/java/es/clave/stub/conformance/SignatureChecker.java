package es.clave.stub.conformance;

import es.clave.stub.support.Logs;
import es.clave.stub.trust.Certificates;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.XmlSigner;
import org.apache.xml.security.signature.XMLSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the enveloped signature of a request (REQ-7; for logout, LGO-1) and the SP's trust
 * (BND-5): shape, algorithms, KeyInfo certificate, and cryptographic validity against the
 * registered certificate, or against the KeyInfo certificate in development mode.
 */
public final class SignatureChecker {

    private static final Map<String, String> WEAKER_SIGNATURES = Map.of(
            Ns.RSA_SHA256, "RSA-SHA256", Ns.RSA_SHA384, "RSA-SHA384");
    private static final Map<String, String> WEAKER_DIGESTS = Map.of(Ns.SHA256, "SHA-256", Ns.SHA384, "SHA-384");

    private static final Logger LOG = LoggerFactory.getLogger(SignatureChecker.class);

    private SignatureChecker() {
    }

    /**
     * Checks the signature of {@code root}.
     *
     * @param rule   the rule the signature belongs to ({@code REQ-7} or {@code LGO-1})
     * @param spCode the SP code the request claims, or null when it cannot be read
     * @return the certificate the signature validated with, if it validated
     */
    public static Optional<X509Certificate> check(Element root, String rule, String spCode, CheckContext ctx, Findings f) {
        XmlSigner.init();
        List<Element> signatures = Dom.children(root, Ns.DS, "Signature");
        if (signatures.isEmpty()) {
            f.must(rule, "signature.1", root.getLocalName(), Ns.RSA_SHA512);
            return Optional.empty();
        }
        if (signatures.size() > 1) {
            f.must(rule, "signature.2", root.getLocalName(), signatures.size());
            return Optional.empty();
        }
        Element signature = signatures.get(0);
        checkPosition(root, signature, rule, f);
        checkSignedInfo(root, signature, rule, f);
        X509Certificate keyInfoCert = keyInfoCertificate(signature, rule, f);
        return verify(root, signature, keyInfoCert, rule, spCode, ctx, f);
    }

    private static void checkPosition(Element root, Element signature, String rule, Findings f) {
        List<Element> children = Dom.children(root);
        int expected = !children.isEmpty() && Dom.is(children.get(0), Ns.SAML, "Issuer") ? 1 : 0;
        if (children.indexOf(signature) != expected) {
            f.must(rule, expected == 1 ? "signature.3" : "signature.3.noIssuer");
        }
    }

    private static void checkSignedInfo(Element root, Element signature, String rule, Findings f) {
        Element signedInfo = Dom.child(signature, Ns.DS, "SignedInfo").orElse(null);
        if (signedInfo == null) {
            f.must(rule, "signature.4");
            return;
        }
        String c14n = Dom.child(signedInfo, Ns.DS, "CanonicalizationMethod").map(e -> e.getAttribute("Algorithm")).orElse(null);
        if (!Ns.EXC_C14N.equals(c14n)) {
            f.must(rule, "signature.5", c14n, Ns.EXC_C14N);
        }
        String method = Dom.child(signedInfo, Ns.DS, "SignatureMethod").map(e -> e.getAttribute("Algorithm")).orElse(null);
        if (WEAKER_SIGNATURES.containsKey(method)) {
            f.should(rule, "signature.6", WEAKER_SIGNATURES.get(method), Ns.RSA_SHA512);
        } else if (!Ns.RSA_SHA512.equals(method)) {
            f.must(rule, "signature.7", method, Ns.RSA_SHA512);
        }
        List<Element> references = Dom.children(signedInfo, Ns.DS, "Reference");
        if (references.size() != 1) {
            f.must(rule, "signature.8", references.size());
            return;
        }
        Element reference = references.get(0);
        String uri = Dom.attr(reference, "URI");
        String id = Dom.attr(root, "ID");
        if (uri == null || id == null || !uri.equals("#" + id)) {
            f.must(rule, "signature.9", uri, id);
        }
        List<String> transforms = Dom.child(reference, Ns.DS, "Transforms")
                .map(t -> Dom.children(t, Ns.DS, "Transform").stream().map(e -> e.getAttribute("Algorithm")).toList())
                .orElse(List.of());
        if (!transforms.equals(List.of(Ns.ENVELOPED, Ns.EXC_C14N))) {
            f.must(rule, "signature.10", transforms);
        }
        String digest = Dom.child(reference, Ns.DS, "DigestMethod").map(e -> e.getAttribute("Algorithm")).orElse(null);
        if (WEAKER_DIGESTS.containsKey(digest)) {
            f.should(rule, "signature.11", WEAKER_DIGESTS.get(digest), Ns.SHA512);
        } else if (!Ns.SHA512.equals(digest)) {
            f.must(rule, "signature.12", digest, Ns.SHA512);
        }
    }

    private static X509Certificate keyInfoCertificate(Element signature, String rule, Findings f) {
        Optional<Element> certElement = Dom.child(signature, Ns.DS, "KeyInfo")
                .flatMap(k -> Dom.child(k, Ns.DS, "X509Data"))
                .flatMap(d -> Dom.child(d, Ns.DS, "X509Certificate"));
        if (certElement.isEmpty()) {
            f.must(rule, "signature.13");
            return null;
        }
        try {
            X509Certificate cert = Certificates.fromBase64(certElement.get().getTextContent());
            if (!(cert.getPublicKey() instanceof RSAPublicKey rsa)) {
                f.must(rule, "signature.14", cert.getPublicKey().getAlgorithm());
            } else if (rsa.getModulus().bitLength() < 2048) {
                f.must(rule, "signature.15", rsa.getModulus().bitLength());
            }
            return cert;
        } catch (Exception e) {
            f.must(rule, "signature.16", e.getMessage());
            return null;
        }
    }

    private static Optional<X509Certificate> verify(Element root, Element signature, X509Certificate keyInfoCert, String rule,
                                                    String spCode, CheckContext ctx, Findings f) {
        List<X509Certificate> registered = ctx.registry().signingCertificates(spCode);
        List<X509Certificate> candidates;
        if (!registered.isEmpty()) {
            candidates = registered;
        } else if (ctx.devMode() && keyInfoCert != null) {
            candidates = List.of(keyInfoCert);
            // dev mode is a deliberate choice, announced by the banner; not a finding of the request
            LOG.warn("DEV MODE: SP '{}' is not registered; its signature is checked against its own KeyInfo certificate "
                    + "(register it with --sp CODE=cert.pem to test trust)", Logs.clean(spCode));
        } else {
            f.must("BND-5", "signature.17", spCode);
            return Optional.empty();
        }
        root.setIdAttributeNS(null, "ID", true);
        String lastError = null;
        for (X509Certificate cert : candidates) {
            try {
                XMLSignature xmlSignature = new XMLSignature(signature, "", true);
                if (xmlSignature.checkSignatureValue(cert.getPublicKey())) {
                    if (!registered.isEmpty() && keyInfoCert != null && !keyInfoCert.equals(cert)) {
                        f.should(rule, "signature.18");
                    }
                    return Optional.of(cert);
                }
            } catch (Exception e) {
                lastError = e.getMessage();
            }
        }
        if (!registered.isEmpty()) {
            f.must(rule, "signature.19", spCode, (lastError == null ? "" : " (" + lastError + ")"));
        } else {
            f.must(rule, "signature.20", (lastError == null ? "" : " (" + lastError + ")"));
        }
        return Optional.empty();
    }
}

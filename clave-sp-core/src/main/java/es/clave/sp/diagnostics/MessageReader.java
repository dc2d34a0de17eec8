package es.clave.sp.diagnostics;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.identity.AttributeMapper;
import es.clave.sp.identity.ClaveAttributes;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.internal.saml.encryption.AssertionDecrypter;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.text.LogSanitizer;
import es.clave.sp.trust.Certificates;
import es.clave.sp.trust.TrustedCertificateSource;
import org.w3c.dom.Element;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;
import static es.clave.sp.internal.saml.xml.XmlNames.SAML;
import static es.clave.sp.internal.saml.xml.XmlNames.SAMLP;

/**
 * Reads a response for an explanation, tolerantly: every value is reported as found, nothing is
 * judged (the verdict comes from the real pipeline). Uses the project's hardened parser and
 * decrypter, so reading a hostile message is as safe as validating it.
 */
final class MessageReader {

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trust;
    private final List<Fact> facts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private MessageReader(ClaveSpConfig config, TrustedCertificateSource trust) {
        this.config = config;
        this.trust = trust;
    }

    /** @return what the Base64 {@code samlResponse} says, as far as it can be read */
    static MessageView read(String samlResponse, ClaveSpConfig config, TrustedCertificateSource trust) {
        return new MessageReader(config, trust).read(samlResponse);
    }

    private MessageView read(String samlResponse) {
        Element response;
        try {
            if (samlResponse == null || samlResponse.length() > config.maxResponseSize()) {
                throw new IllegalArgumentException("missing or larger than the size cap");
            }
            // the same decoder the pipeline uses, so both read the same bytes
            byte[] xml = XmlValues.decodeBase64(samlResponse);
            if (xml == null) {
                throw new IllegalArgumentException("not valid Base64");
            }
            fact("Decoded size", xml.length + " bytes");
            response = SecureXmlParser.parse(xml).getDocumentElement();
        } catch (IllegalArgumentException | ClaveAuthenticationException e) {
            problems.add("the message could not be decoded and parsed: " + e.getMessage());
            return new MessageView(facts, null, null, null, problems);
        }
        fact("Root element", "{" + response.getNamespaceURI() + "}" + response.getLocalName());
        String inResponseTo = Dom.attr(response, "InResponseTo");
        fact("Response ID", Dom.attr(response, "ID"));
        fact("Response IssueInstant", Dom.attr(response, "IssueInstant"));
        fact("Response Destination", Dom.attr(response, "Destination"));
        fact("Response InResponseTo", inResponseTo);
        fact("Response Issuer", childText(response, SAML, "Issuer"));
        readStatus(response);
        signature(response, "Response");
        Element assertion = assertion(response);
        String relayState = null;
        ClaveIdentity identity = null;
        if (assertion != null) {
            readAssertion(assertion);
            Map<String, List<String>> attributes = attributes(assertion);
            List<String> echoed = attributes.get(ClaveAttributes.RELAY_STATE);
            relayState = echoed != null && echoed.size() == 1 ? echoed.get(0).strip() : null;
            identity = identity(assertion, attributes);
        }
        return new MessageView(facts, inResponseTo, relayState, identity, problems);
    }

    private void readStatus(Element response) {
        Element status = Dom.first(response, SAMLP, "Status");
        Element code = status == null ? null : Dom.first(status, SAMLP, "StatusCode");
        if (code == null) {
            fact("Status", "(missing)");
            return;
        }
        Element sub = Dom.first(code, SAMLP, "StatusCode");
        fact("Status", Dom.attr(code, "Value") + (sub == null ? "" : " / " + Dom.attr(sub, "Value")));
        fact("Status message", childText(status, SAMLP, "StatusMessage"));
    }

    /** Reports the signature and whether the certificate it names is trusted, which is informative only (SEC-W12). */
    private void signature(Element signed, String what) {
        Element signature = Dom.first(signed, DS, "Signature");
        if (signature == null) {
            fact(what + " signature", "absent");
            return;
        }
        Element signedInfo = Dom.first(signature, DS, "SignedInfo");
        Element method = signedInfo == null ? null : Dom.first(signedInfo, DS, "SignatureMethod");
        fact(what + " signature", "present" + (method == null ? "" : ", " + Dom.attr(method, "Algorithm")));
        X509Certificate cert = keyInfoCertificate(signature);
        if (cert == null) {
            return;
        }
        fact(what + " KeyInfo certificate", Certificates.describe(cert));
        // membership, stated per origin: the verdict alone says whether the signature validated
        String fp = Certificates.sha256Hex(cert);
        boolean configured = config.trustedCertificates().stream().anyMatch(c -> Certificates.sha256Hex(c).equals(fp));
        boolean inSource = trust.current().stream().anyMatch(c -> Certificates.sha256Hex(c).equals(fp));
        fact(what + " KeyInfo certificate trusted", configured ? "yes (clave.trust.certificates)"
                : inSource ? "yes (trust source / certificate feed only)"
                : "NO: not among the " + trust.current().size() + " trusted Cl@ve certificate(s)");
    }

    private X509Certificate keyInfoCertificate(Element signature) {
        Element keyInfo = Dom.first(signature, DS, "KeyInfo");
        Element data = keyInfo == null ? null : Dom.first(keyInfo, DS, "X509Data");
        Element cert = data == null ? null : Dom.first(data, DS, "X509Certificate");
        if (cert == null) {
            return null;
        }
        try {
            return Certificates.fromBase64(Dom.text(cert));
        } catch (CertificateException e) {
            problems.add(signature.getParentNode().getLocalName() + " KeyInfo certificate does not decode: " + e.getMessage());
            return null;
        }
    }

    private Element assertion(Element response) {
        List<Element> plain = Dom.children(response, SAML, "Assertion");
        List<Element> encrypted = Dom.children(response, SAML, "EncryptedAssertion");
        fact("Assertions", plain.size() + " plain, " + encrypted.size() + " encrypted");
        if (plain.size() + encrypted.size() != 1) {
            return null;
        }
        if (plain.size() == 1) {
            return plain.get(0);
        }
        try {
            Element decrypted = AssertionDecrypter.decrypt(encrypted.get(0), config.decryptionCredentials());
            fact("Decryption", "opened with a configured decryption key");
            return decrypted;
        } catch (ClaveAuthenticationException e) {
            problems.add("the encrypted assertion could not be opened: " + e.getMessage());
            return null;
        }
    }

    private void readAssertion(Element a) {
        fact("Assertion ID", Dom.attr(a, "ID"));
        fact("Assertion IssueInstant", Dom.attr(a, "IssueInstant"));
        fact("Assertion Issuer", childText(a, SAML, "Issuer"));
        signature(a, "Assertion");
        Element conditions = Dom.first(a, SAML, "Conditions");
        if (conditions != null) {
            fact("Conditions NotBefore", Dom.attr(conditions, "NotBefore"));
            fact("Conditions NotOnOrAfter", Dom.attr(conditions, "NotOnOrAfter"));
            List<String> audiences = new ArrayList<>();
            for (Element restriction : Dom.children(conditions, SAML, "AudienceRestriction")) {
                Dom.children(restriction, SAML, "Audience").forEach(x -> audiences.add(Dom.text(x).strip()));
            }
            fact("Audiences", String.join(", ", audiences) + " (expected " + config.audience() + ")");
        }
        Element subject = Dom.first(a, SAML, "Subject");
        for (Element confirmation : subject == null ? List.<Element>of() : Dom.children(subject, SAML, "SubjectConfirmation")) {
            Element data = Dom.first(confirmation, SAML, "SubjectConfirmationData");
            fact("SubjectConfirmation", Dom.attr(confirmation, "Method") + (data == null ? "" : ", Recipient "
                    + Dom.attr(data, "Recipient") + ", InResponseTo " + Dom.attr(data, "InResponseTo")
                    + ", NotOnOrAfter " + Dom.attr(data, "NotOnOrAfter")
                    + (Dom.attr(data, "Address") == null ? "" : ", Address " + Dom.attr(data, "Address"))));
        }
        Element statement = Dom.first(a, SAML, "AuthnStatement");
        Element context = statement == null ? null : Dom.first(statement, SAML, "AuthnContext");
        fact("AuthnContextClassRef", context == null ? null : childText(context, SAML, "AuthnContextClassRef"));
    }

    private static Map<String, List<String>> attributes(Element assertion) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Element statement : Dom.children(assertion, SAML, "AttributeStatement")) {
            for (Element attribute : Dom.children(statement, SAML, "Attribute")) {
                List<String> values = byName.computeIfAbsent(String.valueOf(Dom.attr(attribute, "Name")), k -> new ArrayList<>());
                Dom.children(attribute, SAML, "AttributeValue").forEach(v -> values.add(Dom.text(v)));
            }
        }
        return byName;
    }

    private ClaveIdentity identity(Element assertion, Map<String, List<String>> attributes) {
        fact("Attributes", attributes.keySet().stream()
                .map(n -> n.substring(n.lastIndexOf('/') + 1) + "(" + attributes.get(n).size() + ")").toList().toString());
        try {
            ClaveIdentity.Builder builder = ClaveIdentity.builder().assertionId(Dom.attr(assertion, "ID"));
            Element statement = Dom.first(assertion, SAML, "AuthnStatement");
            Element context = statement == null ? null : Dom.first(statement, SAML, "AuthnContext");
            String loa = context == null ? null : childText(context, SAML, "AuthnContextClassRef");
            builder.levelOfAssurance(loa == null ? null : LevelOfAssurance.fromUri(loa).orElse(null));
            AttributeMapper.apply(attributes, builder);
            return builder.build();
        } catch (RuntimeException e) {
            problems.add("the identity could not be mapped from the attributes: " + e.getMessage());
            return null;
        }
    }

    private static String childText(Element parent, String ns, String local) {
        Element e = Dom.first(parent, ns, local);
        return e == null ? null : Dom.text(e).strip();
    }

    private void fact(String name, String value) {
        if (value != null) {
            // SEC-H6: message content reaches a terminal or a ticket: escaped and capped
            facts.add(new Fact(name, LogSanitizer.sanitize(value)));
        }
    }
}

package es.clave.sp.testing.saml;

import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.PendingLogin;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static es.clave.sp.testing.saml.XmlDocs.SAMLP;

/**
 * TEST-ONLY builder of Cl@ve-shaped SAML Responses, the way the gateway sends them: built as a
 * plain DOM, the assertion optionally signed and encrypted (RSA-OAEP + AES-GCM) and the Response
 * signed, with Santuario directly. Independent of the production pipeline. Every field can be
 * changed, and hooks let tests break the message at each stage.
 */
public final class ClaveResponseBuilder {
    public static final String PERSON_IDENTIFIER = "http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier";
    public static final String FIRST_NAME = "http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName";
    public static final String FAMILY_NAME = "http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName";
    public static final String DATE_OF_BIRTH = "http://eidas.europa.eu/attributes/naturalperson/DateOfBirth";
    public static final String FIRST_SURNAME = "http://es.minhafp.clave/FirstSurname";
    public static final String SELECTED_IDP = "http://es.minhafp.clave/SelectedIdP";
    public static final String RELAY_STATE = "http://es.minhafp.clave/RelayState";
    public static final String PARTIAL_AFIRMA = "http://es.minhafp.clave/PartialAfirma";
    public static final String LEGAL_PERSON_IDENTIFIER = "http://eidas.europa.eu/attributes/legalperson/LegalPersonIdentifier";
    public static final String LEGAL_NAME = "http://eidas.europa.eu/attributes/legalperson/LegalName";
    public static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    public static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    public String responseId = ResponseTestSetup.randomId();
    public String assertionId = ResponseTestSetup.randomId();
    public String inResponseTo;
    public String destination = ResponseTestSetup.ACS;
    public String issuer = ResponseTestSetup.GATEWAY_ISSUER;
    public String assertionIssuer = ResponseTestSetup.GATEWAY_ISSUER;
    public String statusCode = SUCCESS;
    public String subStatusCode;
    public String statusMessage;
    public Instant issueInstant;
    public Instant assertionIssueInstant;
    public Instant notBefore;
    public Instant notOnOrAfter;
    public Instant subjectNotOnOrAfter;
    public Instant authnInstant;
    public String loa = "http://eidas.europa.eu/LoA/substantial";
    public List<String> audiences = new ArrayList<>(List.of(ResponseTestSetup.ACS));
    public String recipient = ResponseTestSetup.ACS;
    public String subjectInResponseTo;
    public String address;
    public final Map<String, List<String>> attributes = new LinkedHashMap<>();
    public boolean includeAssertion = true;
    public boolean signAssertion = true;
    public boolean signResponse = true;
    public boolean encrypt = false;
    public XmlSigner.Options responseSignature = XmlSigner.Options.standard(
            ResponseTestSetup.gateway().privateKey(), ResponseTestSetup.gateway().certificate());
    public XmlSigner.Options assertionSignature = responseSignature;
    public XmlEncrypter.Options encryption = XmlEncrypter.Options.standard(ResponseTestSetup.spEncryption().certificate().getPublicKey());
    public byte[] plaintextOverride;
    /** runs on the assertion before it is signed */
    public Consumer<Element> beforeAssertionSigned = a -> { };
    /** runs on the signed assertion before it is encrypted */
    public Consumer<Element> beforeEncryption = a -> { };
    /** runs on the Response before it is signed */
    public Consumer<Element> beforeResponseSigned = r -> { };

    /** A natural person logging in with Cl@ve Permanente for {@code pending}, issued at {@code now}. */
    public static ClaveResponseBuilder forLogin(PendingLogin pending, Instant now) {
        ClaveResponseBuilder b = new ClaveResponseBuilder();
        Instant t = now.minusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
        b.inResponseTo = pending.requestId();
        b.subjectInResponseTo = pending.requestId();
        b.issueInstant = t;
        b.assertionIssueInstant = t;
        b.authnInstant = t.minusSeconds(3);
        b.notBefore = t;
        b.notOnOrAfter = t.plusSeconds(300);
        b.subjectNotOnOrAfter = t.plusSeconds(300);
        b.attribute(PERSON_IDENTIFIER, "12345678Z")
                .attribute(FIRST_NAME, "MARÍA JOSÉ")
                .attribute(FAMILY_NAME, "GARCÍA LÓPEZ")
                .attribute(FIRST_SURNAME, "GARCÍA")
                .attribute(DATE_OF_BIRTH, "1980-05-17")
                .attribute(SELECTED_IDP, "SEGSOC")
                .attribute(RELAY_STATE, pending.relayState());
        return b;
    }

    /** Sets (replaces) an attribute. */
    public ClaveResponseBuilder attribute(String name, String... values) {
        attributes.put(name, new ArrayList<>(List.of(values)));
        return this;
    }

    /** Encrypts the assertion for the SP's decryption key. */
    public ClaveResponseBuilder encrypted() {
        this.encrypt = true;
        return this;
    }

    /** Encrypts for {@code recipient} instead. */
    public ClaveResponseBuilder encryptedFor(PublicKey recipient) {
        this.encrypt = true;
        this.encryption = new XmlEncrypter.Options(recipient, encryption.keyTransport(), encryption.dataAlgorithm());
        return this;
    }

    /** Signs both the Response and the assertion with {@code signer}, its certificate in KeyInfo. */
    public ClaveResponseBuilder signedBy(SpCredential signer) {
        responseSignature = XmlSigner.Options.standard(signer.privateKey(), signer.certificate());
        assertionSignature = responseSignature;
        return this;
    }

    /** @return the finished (signed, possibly encrypted) Response document */
    public Document build() {
        Document doc = XmlDocs.newDocument();
        Element response = doc.createElementNS(SAMLP, "saml2p:Response");
        doc.appendChild(response);
        response.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:saml2p", SAMLP);
        response.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:saml2", SAML);
        response.setAttribute("ID", responseId);
        response.setAttribute("Version", "2.0");
        response.setAttribute("IssueInstant", issueInstant.toString());
        if (destination != null) {
            response.setAttribute("Destination", destination);
        }
        response.setAttribute("Consent", "urn:oasis:names:tc:SAML:2.0:consent:obtained");
        if (inResponseTo != null) {
            response.setAttribute("InResponseTo", inResponseTo);
        }
        if (issuer != null) {
            text(response, SAML, "saml2:Issuer", issuer).setAttribute("Format", "urn:oasis:names:tc:SAML:2.0:nameid-format:entity");
        }
        Element status = el(response, SAMLP, "saml2p:Status");
        Element code = el(status, SAMLP, "saml2p:StatusCode");
        code.setAttribute("Value", statusCode);
        if (subStatusCode != null) {
            el(code, SAMLP, "saml2p:StatusCode").setAttribute("Value", subStatusCode);
        }
        if (statusMessage != null) {
            text(status, SAMLP, "saml2p:StatusMessage", statusMessage);
        }
        if (includeAssertion) {
            Element assertion = assertion(response);
            beforeAssertionSigned.accept(assertion);
            if (signAssertion) {
                XmlSigner.sign(assertion, assertionSignature);
            }
            beforeEncryption.accept(assertion);
            if (encrypt) {
                XmlEncrypter.encrypt(assertion, encryption, plaintextOverride);
            }
        }
        beforeResponseSigned.accept(response);
        if (signResponse) {
            XmlSigner.sign(response, responseSignature);
        }
        return doc;
    }

    /** @return the Base64 SAMLResponse field of {@link #build()} */
    public String buildBase64() {
        return XmlDocs.base64(build());
    }

    private Element assertion(Element response) {
        Element a = el(response, SAML, "saml2:Assertion");
        // self-contained namespaces, as an encrypted assertion must be
        a.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:saml2", SAML);
        a.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XmlDocs.XSI);
        a.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:eidas-natural", XmlDocs.EIDAS_NATURAL);
        a.setAttribute("ID", assertionId);
        a.setAttribute("Version", "2.0");
        a.setAttribute("IssueInstant", assertionIssueInstant.toString());
        if (assertionIssuer != null) {
            text(a, SAML, "saml2:Issuer", assertionIssuer).setAttribute("Format", "urn:oasis:names:tc:SAML:2.0:nameid-format:entity");
        }
        Element subject = el(a, SAML, "saml2:Subject");
        Element nameId = text(subject, SAML, "saml2:NameID", "12345678Z");
        nameId.setAttribute("Format", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
        nameId.setAttribute("NameQualifier", "http://C-PEPS.gov.xx");
        Element sc = el(subject, SAML, "saml2:SubjectConfirmation");
        sc.setAttribute("Method", BEARER);
        Element scd = el(sc, SAML, "saml2:SubjectConfirmationData");
        if (address != null) {
            scd.setAttribute("Address", address);
        }
        if (subjectInResponseTo != null) {
            scd.setAttribute("InResponseTo", subjectInResponseTo);
        }
        if (subjectNotOnOrAfter != null) {
            scd.setAttribute("NotOnOrAfter", subjectNotOnOrAfter.toString());
        }
        if (recipient != null) {
            scd.setAttribute("Recipient", recipient);
        }
        Element conditions = el(a, SAML, "saml2:Conditions");
        if (notBefore != null) {
            conditions.setAttribute("NotBefore", notBefore.toString());
        }
        if (notOnOrAfter != null) {
            conditions.setAttribute("NotOnOrAfter", notOnOrAfter.toString());
        }
        if (audiences != null) {
            Element restriction = el(conditions, SAML, "saml2:AudienceRestriction");
            for (String audience : audiences) {
                text(restriction, SAML, "saml2:Audience", audience);
            }
        }
        el(conditions, SAML, "saml2:OneTimeUse");
        Element authn = el(a, SAML, "saml2:AuthnStatement");
        authn.setAttribute("AuthnInstant", authnInstant.toString());
        if (loa != null) {
            text(el(authn, SAML, "saml2:AuthnContext"), SAML, "saml2:AuthnContextClassRef", loa);
        }
        Element statement = el(a, SAML, "saml2:AttributeStatement");
        attributes.forEach((name, values) -> {
            Element attr = el(statement, SAML, "saml2:Attribute");
            attr.setAttribute("FriendlyName", name.substring(name.lastIndexOf('/') + 1));
            attr.setAttribute("Name", name);
            attr.setAttribute("NameFormat", "urn:oasis:names:tc:SAML:2.0:attrname-format:uri");
            for (String v : values) {
                Element value = text(attr, SAML, "saml2:AttributeValue", v);
                value.setAttributeNS(XmlDocs.XSI, "xsi:type", "eidas-natural:PersonIdentifierType");
            }
        });
        return a;
    }

    private static Element el(Element parent, String ns, String qname) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qname);
        parent.appendChild(e);
        return e;
    }

    private static Element text(Element parent, String ns, String qname, String value) {
        Element e = el(parent, ns, qname);
        e.setTextContent(value);
        return e;
    }
}

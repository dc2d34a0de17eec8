package es.clave.stub.testing;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.saml.Ids;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Hand-built AuthnRequests for tests, written from the spec (REQ-1 … REQ-14): a conformant one by
 * default, with hooks to break one rule at a time before or after signing.
 */
public final class TestRequest {

    public String id = Ids.newId();
    public String instant = Instant.now().toString();
    public String destination;
    public String providerName = TestSp.SP_CODE + ";stub-tests";
    public String acs = TestSp.ACS;
    public String issuer = TestSp.ACS;
    public String relayState = "rs-" + Ids.newId().substring(1, 17);
    public String relayStateAttribute;
    public Loa loa = Loa.LOW;
    public Set<ClaveMethod> excluded = EnumSet.noneOf(ClaveMethod.class);
    public KeyAndCertificate signer = TestSp.signing();
    public String signatureAlgorithm = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    public String digestAlgorithm = "http://www.w3.org/2001/04/xmlenc#sha512";
    public boolean sign = true;
    public Consumer<Document> beforeSigning = d -> { };
    public Consumer<Document> afterSigning = d -> { };

    private TestRequest(String destination) {
        this.destination = destination;
    }

    /** @return a conformant request for the gateway endpoint {@code destination} */
    public static TestRequest valid(String destination) {
        return new TestRequest(destination);
    }

    /** @return the XML before signing */
    public String unsignedXml() {
        StringBuilder exclusions = new StringBuilder();
        for (ClaveMethod m : excluded) {
            exclusions.append("<eidas:RequestedAttribute FriendlyName=\"").append(m.exclusionFriendlyName()).append("\" Name=\"")
                    .append(m.exclusionAttribute()).append("\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\" isRequired=\"false\"/>");
        }
        return """
                <saml2p:AuthnRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:eidas="http://eidas.europa.eu/saml-extensions" \
                xmlns:eidas-natural="http://eidas.europa.eu/attributes/naturalperson" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" AssertionConsumerServiceURL="%s" \
                Consent="urn:oasis:names:tc:SAML:2.0:consent:unspecified" Destination="%s" ForceAuthn="false" ID="%s" \
                IsPassive="false" IssueInstant="%s" ProtocolBinding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" \
                ProviderName="%s" Version="2.0"><saml2:Issuer>%s</saml2:Issuer><saml2p:Extensions>\
                <eidas:SPType>public</eidas:SPType><eidas:RequestedAttributes>%s\
                <eidas:RequestedAttribute FriendlyName="RelayState" Name="http://es.minhafp.clave/RelayState" \
                NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="false">\
                <eidas:AttributeValue xsi:type="eidas-natural:PersonIdentifierType">%s</eidas:AttributeValue>\
                </eidas:RequestedAttribute></eidas:RequestedAttributes></saml2p:Extensions>\
                <saml2p:NameIDPolicy AllowCreate="true" Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified"/>\
                <saml2p:RequestedAuthnContext Comparison="minimum"><saml2:AuthnContextClassRef>%s</saml2:AuthnContextClassRef>\
                </saml2p:RequestedAuthnContext></saml2p:AuthnRequest>"""
                .formatted(acs, destination, id, instant, providerName, issuer, exclusions,
                        relayStateAttribute != null ? relayStateAttribute : relayState, loa.uri());
    }

    /** @return the final XML: mutated, signed (unless disabled), mutated again */
    public String xml() {
        Document doc = SecureXml.parse(unsignedXml().getBytes(StandardCharsets.UTF_8));
        beforeSigning.accept(doc);
        if (sign) {
            XmlSigner.sign(doc.getDocumentElement(), signer.privateKey(), signer.certificate(), signatureAlgorithm, digestAlgorithm);
        }
        afterSigning.accept(doc);
        return SecureXml.toString(doc);
    }

    /** @return the form fields to post: SAMLRequest (Base64) and RelayState */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SAMLRequest", Base64.getEncoder().encodeToString(xml().getBytes(StandardCharsets.UTF_8)));
        form.put("RelayState", relayState);
        return form;
    }
}

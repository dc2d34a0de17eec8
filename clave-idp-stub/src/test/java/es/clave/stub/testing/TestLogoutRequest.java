package es.clave.stub.testing;

import es.clave.stub.saml.Ids;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.w3c.dom.Document;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Hand-built LogoutRequests for tests, written from LGO-1. */
public final class TestLogoutRequest {

    public String id = Ids.newId();
    public String destination;
    public String returnUrl = "https://sp.example.es/clave/logout";
    public String nameId = TestSp.SP_CODE + ";stub-tests";
    public String relayState = "lo-" + Ids.newId().substring(1, 17);
    public KeyAndCertificate signer = TestSp.signing();
    public boolean sign = true;
    public Consumer<Document> beforeSigning = d -> { };

    private TestLogoutRequest(String destination) {
        this.destination = destination;
    }

    /** @return a conformant LogoutRequest for {@code destination} */
    public static TestLogoutRequest valid(String destination) {
        return new TestLogoutRequest(destination);
    }

    /** @return the signed XML */
    public String xml() {
        Instant now = Instant.now();
        String xml = """
                <saml2p:LogoutRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol" \
                xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" Destination="%s" ID="%s" IssueInstant="%s" \
                NotOnOrAfter="%s" Reason="urn:oasis:names:tc:SAML:2.0:logout:user" Version="2.0">\
                <saml2:Issuer>%s</saml2:Issuer><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" \
                SPNameQualifier="%s">%s</saml2:NameID></saml2p:LogoutRequest>"""
                .formatted(destination, id, now, now.plusSeconds(300), returnUrl, returnUrl, nameId);
        Document doc = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        beforeSigning.accept(doc);
        if (sign) {
            XmlSigner.sign(doc.getDocumentElement(), signer.privateKey(), signer.certificate());
        }
        return SecureXml.toString(doc);
    }

    /** @return the logout form: logoutRequest (Base64) and RelayState */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutRequest", Base64.getEncoder().encodeToString(xml().getBytes(StandardCharsets.UTF_8)));
        form.put("RelayState", relayState);
        return form;
    }
}

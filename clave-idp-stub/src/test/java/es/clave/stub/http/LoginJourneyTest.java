package es.clave.stub.http;

import es.clave.stub.ClaveStub;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.HtmlForm;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.testing.TestSp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginJourneyTest {

    @RegisterExtension
    static ClaveStubExtension clave = ClaveStubExtension.create();

    private final Browser browser = new Browser();

    @Test
    @DisplayName("RSP-1..RSP-12: chooser, user page and auto-post form lead to a signed success Response for the ACS")
    void loginThroughThePagesEndsWithSignedResponse() {
        ClaveStub stub = clave.stub();
        TestRequest request = TestRequest.valid(stub.endpoint().toString());
        Page chooser = browser.post(stub.endpoint().toString(), request.form());
        assertEquals(200, chooser.status(), chooser.body());
        clave.lastExchange().report().assertClean();

        Page userPage = browser.get(stub.baseUrl() + chooser.linkById("method-CLAVE_PIN"));
        Page post = browser.submit(userPage.form(), stub.baseUrl());
        HtmlForm back = post.form();

        assertEquals(TestSp.ACS, back.action());
        assertEquals(request.relayState, back.fields().get("RelayState"));
        ResponseXml response = ResponseXml.decode(back.fields().get("SAMLResponse"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:status:Success", response.statusCode());
        assertEquals(request.id, response.root().getAttribute("InResponseTo"));
        assertTrue(ResponseXml.signatureValid(response.root(), stub.signingCertificate()));
        assertTrue(ResponseXml.signatureValid(response.assertion().orElseThrow(), stub.signingCertificate()));
        assertEquals("12345678Z", response.attribute("PersonIdentifier").get(0));
        assertEquals("PIN24H", response.attribute("SelectedIdP").get(0));
        assertEquals(request.relayState, response.attribute("RelayState").get(0));
    }
}

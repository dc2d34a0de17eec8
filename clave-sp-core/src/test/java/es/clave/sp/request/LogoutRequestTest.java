package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.logout.LogoutStart;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static es.clave.sp.request.SignedXmlReader.DS;
import static es.clave.sp.request.SignedXmlReader.child;
import static es.clave.sp.request.SignedXmlReader.children;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LGO-1 and BND-3 on produced LogoutRequests, read with JAXP DOM and verified with Santuario. */
class LogoutRequestTest {

    private static final String SAML2P = "urn:oasis:names:tc:SAML:2.0:protocol";
    private static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    private static final String RETURN = "https://sp.example.es/clave/logout";

    private final ClaveSpConfig config = TestConfigs.validBuilder().logoutReturnUrl(RETURN).build();
    private final LogoutRequestFactory factory = new LogoutRequestFactory(config,
            Clock.fixed(Instant.parse("2026-11-22T10:00:00.250Z"), ZoneOffset.UTC));

    @Test
    @DisplayName("LGO-1 root LogoutRequest: ID, Version, IssueInstant, Destination, NotOnOrAfter now+5min, Reason user")
    void root() {
        LogoutStart s = factory.create("/adios");
        Element r = SignedXmlReader.parseBase64(s.form().field("logoutRequest")).getDocumentElement();
        assertEquals("saml2p:LogoutRequest", r.getTagName());
        assertEquals(SAML2P, r.getNamespaceURI());
        assertTrue(Pattern.matches("_[0-9a-f]{40}", r.getAttribute("ID")));
        assertEquals(s.pending().requestId(), r.getAttribute("ID"));
        assertEquals("2.0", r.getAttribute("Version"));
        assertEquals("2026-11-22T10:00:00.250Z", r.getAttribute("IssueInstant"));
        assertEquals("2026-11-22T10:05:00.250Z", r.getAttribute("NotOnOrAfter"));
        assertEquals(config.gatewayEndpoint().toString(), r.getAttribute("Destination"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:logout:user", r.getAttribute("Reason"));
        assertEquals("/adios", s.pending().returnTo());
        assertEquals(Instant.parse("2026-11-22T10:00:00.250Z"), s.pending().issuedAt());
    }

    @Test
    @DisplayName("LGO-1 Issuer is the logout return URL; NameID unspecified, SPNameQualifier that URL, value ProviderName")
    void issuerAndNameId() {
        Element r = SignedXmlReader.parseBase64(factory.create(null).form().field("logoutRequest")).getDocumentElement();
        List<Element> kids = children(r);
        assertEquals(List.of("Issuer", "Signature", "NameID"), kids.stream().map(Element::getLocalName).toList());
        assertEquals(RETURN, child(r, SAML2, "Issuer").getTextContent());
        Element nameId = child(r, SAML2, "NameID");
        assertEquals("saml2:NameID", nameId.getTagName());
        assertEquals("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", nameId.getAttribute("Format"));
        assertEquals(RETURN, nameId.getAttribute("SPNameQualifier"));
        assertEquals(config.providerName(), nameId.getTextContent());
    }

    @Test
    @DisplayName("LGO-1 Issuer defaults to the ACS URL when no logout return URL is configured")
    void issuerDefault() {
        LogoutRequestFactory f = new LogoutRequestFactory(TestConfigs.valid());
        Element r = SignedXmlReader.parseBase64(f.create(null).form().field("logoutRequest")).getDocumentElement();
        assertEquals(TestConfigs.ACS, child(r, SAML2, "Issuer").getTextContent());
    }

    @Test
    @DisplayName("LGO-1 signed as REQ-7: Santuario verifies it; tampering breaks it; algorithms as configured")
    void signed() {
        Document doc = SignedXmlReader.parseBase64(factory.create(null).form().field("logoutRequest"));
        assertTrue(SignedXmlReader.verify(doc, config.signingCredential().certificate()));
        assertFalse(SignedXmlReader.verify(doc, TestCredentials.rsa("clave", 2048).certificate()));
        Element signedInfo = child(child(doc.getDocumentElement(), DS, "Signature"), DS, "SignedInfo");
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                child(signedInfo, DS, "SignatureMethod").getAttribute("Algorithm"));
        String xml = new String(Base64.getDecoder().decode(factory.create(null).form().field("logoutRequest")),
                StandardCharsets.UTF_8);
        String tampered = xml.replace(config.providerName(), "OTHER_SP;app");
        assertFalse(SignedXmlReader.verify(SignedXmlReader.parse(tampered.getBytes(StandardCharsets.UTF_8)),
                config.signingCredential().certificate()));
    }

    @Test
    @DisplayName("BND-3 form posts logoutRequest then RelayState to the gateway endpoint")
    void form() {
        LogoutStart s = factory.create(null);
        assertEquals(config.gatewayEndpoint(), s.form().action());
        assertEquals(List.of("logoutRequest", "RelayState"), List.copyOf(s.form().fields().keySet()));
        assertEquals(s.pending().relayState(), s.form().field("RelayState"));
        assertTrue(Pattern.matches("[A-Za-z0-9_-]{1,80}", s.pending().relayState()));
    }
}

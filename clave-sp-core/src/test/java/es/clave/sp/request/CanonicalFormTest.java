package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.testing.TestConfigs;
import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The design rests on the renderers writing exclusive canonical XML: these tests compare their
 * output, byte for byte, with Santuario's exclusive canonicalizer applied to the parsed element.
 */
class CanonicalFormTest {

    @Test
    @DisplayName("REQ-7 AuthnRequest markup equals Santuario's exclusive C14N of itself (the digest input)")
    void authnRequestIsCanonical() throws Exception {
        ClaveSpConfig config = TestConfigs.validBuilder().applicationName("app <&> \"q\" \t\r\n x").entityId("https://sp/?a=1&b=2").build();
        UnsignedXml xml = new AuthnRequestRenderer(config).render("_abc", Instant.parse("2026-01-02T03:04:05.006Z"),
                LevelOfAssurance.HIGH, EnumSet.of(IdentificationMethod.CLAVE_PIN), true, "tok-en_1");
        assertCanonical(xml);
    }

    @Test
    @DisplayName("LGO-1 LogoutRequest markup equals Santuario's exclusive C14N of itself")
    void logoutRequestIsCanonical() throws Exception {
        ClaveSpConfig config = TestConfigs.validBuilder().logoutReturnUrl("https://sp.example.es/logout?x=1&y=2").build();
        assertCanonical(new LogoutRequestRenderer(config).render("_abc", Instant.parse("2026-01-02T03:04:05.006Z")));
    }

    private static void assertCanonical(UnsignedXml xml) throws Exception {
        String canonical = xml.beforeSignature() + xml.afterSignature();
        String after = xml.afterSignature();
        String document = xml.beforeSignature() + after.substring(0, xml.hiddenDeclarationOffset())
                + xml.hiddenDeclaration() + after.substring(xml.hiddenDeclarationOffset());
        Document doc = SignedXmlReader.parse(document.getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        org.apache.xml.security.Init.init();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(root, out);
        assertEquals(out.toString(StandardCharsets.UTF_8), canonical);
    }
}

package es.clave.stub.users;

import es.clave.stub.ClaveMethod;
import es.clave.stub.TestUser;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.SecureXml;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Built-in users, the users file, identifier check characters and PartialAfirma. */
class UsersTest {

    @Test
    @DisplayName("every built-in identifier has a valid check character (the SP validates them)")
    void builtInIdentifiersAreValid() {
        for (TestUser u : UserDirectory.builtIn().all()) {
            if (!u.identifier().contains("/")) {
                assertTrue(SpanishIds.isValidSpanishId(u.identifier()), u.identifier());
            }
            if (u.isRepresentative()) {
                assertTrue(SpanishIds.isValidCif(u.representedCif()), u.representedCif());
            }
        }
        for (ClaveMethod m : ClaveMethod.values()) {
            assertFalse(UserDirectory.builtIn().forMethod(m).isEmpty(), "a built-in user for " + m);
        }
    }

    @Test
    void checkCharacters() {
        assertTrue(SpanishIds.isValidNif("12345678Z"));
        assertFalse(SpanishIds.isValidNif("12345678A"));
        assertTrue(SpanishIds.isValidNie("X1234567L"));
        assertFalse(SpanishIds.isValidNie("X1234567A"));
        assertTrue(SpanishIds.isValidCif("B12345674"));
        assertFalse(SpanishIds.isValidCif("B12345675"));
        assertTrue(SpanishIds.isValidCif("P1300000E"), "letter control for public bodies");
    }

    @Test
    void usersFileIsParsed() {
        Properties p = new Properties();
        p.setProperty("ana.identifier", "00000000T");
        p.setProperty("ana.givenName", "Ana");
        p.setProperty("ana.firstSurname", "Martín");
        p.setProperty("ana.secondSurname", "Ruiz");
        p.setProperty("ana.dateOfBirth", "1980-01-31");
        p.setProperty("ana.methods", "afirma, clave_pin");
        p.setProperty("ana.representedCif", "B12345674");
        p.setProperty("ana.representedName", "EMPRESA SL");
        TestUser ana = UsersFile.parse(p, "test").get(0);
        assertEquals("Martín Ruiz", ana.familyName());
        assertEquals(EnumSet.of(ClaveMethod.AFIRMA, ClaveMethod.CLAVE_PIN), ana.methods());
        assertTrue(ana.isRepresentative());
    }

    @Test
    void usersFileMistakesNameTheKey() {
        Properties badId = new Properties();
        badId.setProperty("bob.identifier", "12345678A");
        badId.setProperty("bob.givenName", "Bob");
        badId.setProperty("bob.firstSurname", "X");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UsersFile.parse(badId, "f")).getMessage().contains("bob.identifier"));
        Properties unknown = new Properties();
        unknown.setProperty("bob.nickname", "B");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UsersFile.parse(unknown, "f")).getMessage().contains("bob.nickname"));
        Properties missing = new Properties();
        missing.setProperty("bob.identifier", "00000000T");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> UsersFile.parse(missing, "f")).getMessage().contains("bob.givenName"));
    }

    @Test
    @DisplayName("RSP-12 PartialAfirma of a representative: clasificacion 11, NIF-CIF and razonSocial of the company")
    void partialAfirmaOfRepresentative() {
        TestUser rep = UserDirectory.builtIn().find("representante").orElseThrow();
        String xml = new String(Base64.getDecoder().decode(PartialAfirma.base64(rep)), StandardCharsets.UTF_8);
        Element root = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertEquals(PartialAfirma.DSS, root.getNamespaceURI());
        assertEquals("VerifyResponse", root.getLocalName());
        Map<String, String> fields = new LinkedHashMap<>();
        Element info = Dom.child(Dom.child(root, PartialAfirma.DSS, "OptionalOutputs").orElseThrow(), PartialAfirma.AFXP,
                "ReadableCertificateInfo").orElseThrow();
        for (Element f : Dom.children(info, PartialAfirma.AFXP, "ReadableField")) {
            fields.put(Dom.child(f, PartialAfirma.AFXP, "FieldIdentity").orElseThrow().getTextContent(),
                    Dom.child(f, PartialAfirma.AFXP, "FieldValue").orElseThrow().getTextContent());
        }
        assertEquals("11", fields.get("clasificacion"));
        assertEquals("B12345674", fields.get("NIF-CIF"));
        assertEquals("EMPRESA DE PRUEBAS SL", fields.get("razonSocial"));
        assertEquals(List.of("clasificacion", "NIF-CIF", "razonSocial"), List.copyOf(fields.keySet()).subList(0, 3));
    }
}

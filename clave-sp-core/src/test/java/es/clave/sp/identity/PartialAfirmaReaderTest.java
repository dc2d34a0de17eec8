package es.clave.sp.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static es.clave.sp.identity.PartialAfirmaFixtures.base64;
import static es.clave.sp.identity.PartialAfirmaFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialAfirmaReaderTest {
    private static final String CIF = TestIdentifiers.cifWithDigit('B', "7654321");

    private static Map<String, String> representativeFields(String classification) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clasificacion", classification);
        fields.put("NIF-CIF", CIF);
        fields.put("razonSocial", "EJEMPLO & HIJOS SL".replace("&", "&amp;"));
        fields.put("NIFResponsable", "12345678Z");
        return fields;
    }

    @Test
    @DisplayName("RSP-12 the ReadableField pairs are read in document order")
    void readsFields() {
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(xml(representativeFields("11")))).orElseThrow();
        assertEquals(Map.of("clasificacion", "11", "NIF-CIF", CIF, "razonSocial", "EJEMPLO & HIJOS SL",
                "NIFResponsable", "12345678Z"), info.fields());
        assertEquals("clasificacion", info.fields().keySet().iterator().next());
    }

    @ParameterizedTest
    @ValueSource(strings = {"11", "12", " 12 "})
    @DisplayName("RSP-12 clasificacion 11 or 12 is a representative certificate: the represented entity is NIF-CIF + razonSocial")
    void representativeCertificate(String classification) {
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(xml(representativeFields(classification)))).orElseThrow();
        LegalPerson entity = info.representedEntity().orElseThrow();
        assertEquals(CIF, entity.identifier().value());
        assertEquals(IdentifierKind.CIF, entity.identifier().kind());
        assertTrue(entity.identifier().checkValid());
        assertEquals("EJEMPLO & HIJOS SL", entity.name());
        assertEquals(LegalPerson.Source.PARTIAL_AFIRMA, entity.source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "5", "110", ""})
    @DisplayName("RSP-12 other classifications represent nobody")
    void otherClassifications(String classification) {
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(xml(representativeFields(classification)))).orElseThrow();
        assertFalse(info.isRepresentativeCertificate());
        assertEquals(Optional.empty(), info.representedEntity());
    }

    @Test
    @DisplayName("RSP-12 a representative certificate without NIF-CIF yields no represented entity")
    void representativeWithoutIdentifier() {
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(xml(Map.of("clasificacion", "11")))).orElseThrow();
        assertEquals(Optional.empty(), info.representedEntity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x,y", ",", "ns1,", "dss,afirma"})
    @DisplayName("RSP-12 elements match by local name, whatever the prefixes or default namespaces")
    void anyPrefix(String prefixes) {
        String[] p = prefixes.split(",", -1);
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(xml(representativeFields("12"), p[0], p[1]))).orElseThrow();
        assertTrue(info.representedEntity().isPresent());
    }

    @Test
    @DisplayName("RSP-12 field names are looked up ignoring case")
    void caseInsensitiveFieldNames() {
        Map<String, String> fields = Map.of("CLASIFICACION", "11", "nif-cif", CIF, "RazonSocial", "X SA");
        LegalPerson entity = PartialAfirmaReader.read(base64(xml(fields))).orElseThrow().representedEntity().orElseThrow();
        assertEquals(CIF, entity.identifier().value());
        assertEquals("X SA", entity.name());
    }

    @Test
    @DisplayName("RSP-12 Base64 with line breaks (MIME style) is accepted")
    void base64WithLineBreaks() {
        String encoded = base64(xml(representativeFields("11")));
        String wrapped = encoded.replaceAll("(.{76})", "$1\r\n");
        assertTrue(PartialAfirmaReader.read(wrapped).orElseThrow().representedEntity().isPresent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!!", "PGE+", "PHZlcmlmeT4=", "aGVsbG8gd29ybGQ="})
    @DisplayName("RSP-12 malformed PartialAfirma (bad Base64, not XML, unclosed) reads as absent without failing")
    void malformedIsAbsent(String value) {
        assertEquals(Optional.empty(), PartialAfirmaReader.read(value));
    }

    @Test
    @DisplayName("SEC-X1 a DOCTYPE with an external entity is rejected: no file content leaks into the fields")
    void externalEntityRejected() {
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                + "<VerifyResponse><ReadableCertificateInfo><ReadableField><FieldIdentity>clasificacion</FieldIdentity>"
                + "<FieldValue>&xxe;</FieldValue></ReadableField></ReadableCertificateInfo></VerifyResponse>";
        assertEquals(Optional.empty(), PartialAfirmaReader.read(base64(evil)));
    }

    @Test
    @DisplayName("SEC-X1 billion laughs is rejected at the DOCTYPE")
    void billionLaughsRejected() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String evil = dtd + "<VerifyResponse><ReadableField><FieldIdentity>a</FieldIdentity><FieldValue>&l9;</FieldValue>"
                + "</ReadableField></VerifyResponse>";
        assertEquals(Optional.empty(), PartialAfirmaReader.read(base64(evil)));
    }

    @Test
    @DisplayName("SEC-X2 XInclude is not processed")
    void xincludeNotProcessed() {
        String doc = "<VerifyResponse xmlns:xi=\"http://www.w3.org/2001/XInclude\"><ReadableField>"
                + "<FieldIdentity>clasificacion</FieldIdentity><FieldValue><xi:include href=\"file:///etc/hostname\" parse=\"text\"/>"
                + "</FieldValue></ReadableField></VerifyResponse>";
        AfirmaCertificateInfo info = PartialAfirmaReader.read(base64(doc)).orElseThrow();
        assertEquals(Optional.empty(), info.field("clasificacion"));
    }

    @Test
    @DisplayName("SEC-X2 comments are dropped and CDATA coalesced: '1<!---->1' reads as 11")
    void commentsDroppedCdataCoalesced() {
        String doc = "<VerifyResponse><ReadableField><FieldIdentity>clasificacion</FieldIdentity>"
                + "<FieldValue>1<!-- x -->1</FieldValue></ReadableField><ReadableField><FieldIdentity>NIF-CIF</FieldIdentity>"
                + "<FieldValue><![CDATA[" + CIF.substring(0, 4) + "]]>" + CIF.substring(4) + "</FieldValue></ReadableField>"
                + "</VerifyResponse>";
        LegalPerson entity = PartialAfirmaReader.read(base64(doc)).orElseThrow().representedEntity().orElseThrow();
        assertEquals(CIF, entity.identifier().value());
    }

    @Test
    @DisplayName("SEC-X3 nesting deeper than the limit reads as absent, without a StackOverflowError")
    void tooDeep() {
        String doc = "<a>".repeat(5000) + "</a>".repeat(5000);
        assertEquals(Optional.empty(), PartialAfirmaReader.read(base64(doc)));
    }

    @Test
    @DisplayName("SEC-X4 a value over the size cap reads as absent before decoding")
    void tooLarge() {
        String huge = "A".repeat(PartialAfirmaReader.MAX_BASE64_CHARS + 4);
        assertEquals(Optional.empty(), PartialAfirmaReader.read(huge));
    }

    @Test
    @DisplayName("RSP-12 a repeated field keeps its first value")
    void repeatedFieldFirstWins() {
        String doc = "<VerifyResponse><ReadableField><FieldIdentity>clasificacion</FieldIdentity><FieldValue>0</FieldValue></ReadableField>"
                + "<ReadableField><FieldIdentity>clasificacion</FieldIdentity><FieldValue>11</FieldValue></ReadableField></VerifyResponse>";
        assertEquals(Optional.of("0"), PartialAfirmaReader.read(base64(doc)).orElseThrow().field("clasificacion"));
    }
}

package es.clave.sp.trust;

import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TrustPinsTest {

    private static TestPki ca;
    private static TestPki otherCa;
    private static X509Certificate leaf;

    @BeforeAll
    static void pki() {
        ca = TestPki.ca("Pins CA");
        otherCa = TestPki.ca("Other CA");
        leaf = ca.issue("clave-2026", 365);
    }

    @Test
    @DisplayName("BND-5 a pinned SHA-256 fingerprint matches, written with colons, upper case and a sha256: prefix")
    void matchWhenFingerprintPinnedInAnyNotationThenMatches() {
        String hex = Certificates.sha256Hex(leaf);
        StringBuilder colons = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            colons.append(i == 0 ? "" : ":").append(hex, i, i + 2);
        }
        for (String spec : List.of(hex, colons.toString().toUpperCase(Locale.ROOT), "sha256:" + hex)) {
            assertTrue(TrustPins.parse(spec).match(leaf).isPresent(), spec);
        }
    }

    @Test
    @DisplayName("BND-5 a fingerprint pin does not match another certificate")
    void matchWhenOtherFingerprintThenNoMatch() {
        TrustPins pins = TrustPins.parse(Certificates.sha256Hex(ca.issue("someone-else", 365)));
        assertFalse(pins.match(leaf).isPresent());
    }

    @Test
    @DisplayName("BND-5 a pinned CA file accepts a certificate it issued (rotation without reconfiguration)")
    void matchWhenIssuedByPinnedCaThenMatches(@TempDir Path dir) throws Exception {
        Path caFile = dir.resolve("ca.pem");
        Files.writeString(caFile, Certificates.toPem(List.of(ca.certificate)));
        TrustPins pins = TrustPins.parse(caFile.toString());
        assertTrue(pins.match(leaf).orElseThrow().contains("issued by pinned CA"));
        assertTrue(pins.match(ca.issue("clave-2027-rotated", 365)).isPresent());
        assertFalse(pins.match(otherCa.issue("clave-2026", 365)).isPresent(), "another CA's certificate");
    }

    @Test
    @DisplayName("BND-5 a certificate naming the pinned CA as issuer but signed by another key does not match")
    void matchWhenIssuerNameForgedThenNoMatch() {
        TestPki impostor = TestPki.ca("Pins CA"); // same subject DN, different key
        TrustPins pins = new TrustPins(java.util.Set.of(), List.of(ca.certificate));
        assertFalse(pins.match(impostor.issue("clave-2026", 365)).isPresent());
    }

    @Test
    @DisplayName("BND-5 file: locations and several entries are accepted")
    void parseWhenFileLocationAndFingerprintThenBoth(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("clave.pem");
        Files.writeString(pem, Certificates.toPem(List.of(leaf)));
        X509Certificate other = otherCa.issue("x", 30);
        TrustPins pins = TrustPins.parse(" file:" + pem + " , " + Certificates.sha256Hex(other) + " ");
        assertEquals(1, pins.anchors().size());
        assertEquals(1, pins.fingerprints().size());
        assertTrue(pins.match(leaf).isPresent());
        assertTrue(pins.match(other).isPresent());
    }

    @Test
    @DisplayName("BND-5 no pins at all is a configuration error naming clave.trust.feed.pins")
    void parseWhenEmptyThenConfigError() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> TrustPins.parse("  "));
        assertEquals("clave.trust.feed.pins", e.property());
    }

    @Test
    @DisplayName("BND-5 a truncated fingerprint is reported as such, not read as a file name")
    void parseWhenShortFingerprintThenConfigError() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> TrustPins.parse("ab:cd:ef:01:23:45:67:89:ab"));
        assertTrue(e.getMessage().contains("64 hex"), e.getMessage());
    }

    @Test
    @DisplayName("BND-5 an unreadable pin file is a configuration error naming the file")
    void parseWhenMissingFileThenConfigError(@TempDir Path dir) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> TrustPins.parse(dir.resolve("missing.pem").toString()));
        assertTrue(e.getMessage().contains("missing.pem"), e.getMessage());
    }
}

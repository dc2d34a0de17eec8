package es.clave.stub;

import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.Certificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line: options, their errors, the written certificate. */
class ClaveStubMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

    @Test
    void helpPrintsUsageAndStartsNothing() {
        assertNull(ClaveStubMain.start(new String[] {"--help"}, print));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--encrypt-for CODE=cert.pem"));
    }

    @Test
    void standaloneDefaultsAreStrictWithoutDevMode(@TempDir Path dir) throws Exception {
        Path spCert = dir.resolve("sp.pem");
        Files.writeString(spCert, Certificates.toPem(TestSp.signing().certificate()));
        Path written = dir.resolve("stub.pem");
        try (ClaveStub stub = ClaveStubMain.start(new String[] {"--port", "0", "--sp", TestSp.SP_CODE + "=" + spCert,
                "--encrypt-for", TestSp.SP_CODE + "=" + spCert, "--write-cert", written.toString()}, print)) {
            assertTrue(stub.isStrict());
            assertFalse(stub.isDevMode());
            assertEquals(stub.signingCertificate(), Certificates.read(written));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(stub.endpoint().toString()));
        }
    }

    @Test
    void lenientDevModeAndUsersFile(@TempDir Path dir) throws Exception {
        Path users = dir.resolve("users.properties");
        Files.writeString(users, "ana.identifier=00000000T\nana.givenName=Ana\nana.firstSurname=Ruiz\n", StandardCharsets.UTF_8);
        try (ClaveStub stub = ClaveStubMain.start(new String[] {"--port", "0", "--lenient", "--dev-mode", "--users-file", users.toString()}, print)) {
            assertFalse(stub.isStrict());
            assertTrue(stub.isDevMode());
            assertTrue(stub.users().stream().anyMatch(u -> u.id().equals("ana")));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("WARNING: dev mode"));
        }
    }

    @Test
    void badOptionsNameTheOption() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaveStubMain.start(new String[] {"--frobnicate"}, print))
                .getMessage().contains("--frobnicate"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaveStubMain.start(new String[] {"--port"}, print))
                .getMessage().contains("--port needs a value"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaveStubMain.start(new String[] {"--sp", "CODE"}, print))
                .getMessage().contains("CODE=certificate-file"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ClaveStubMain.start(new String[] {"--sp", "X=/nonexistent.pem"}, print))
                .getMessage().contains("/nonexistent.pem"));
    }
}

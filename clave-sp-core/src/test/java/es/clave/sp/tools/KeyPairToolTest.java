package es.clave.sp.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import es.clave.sp.keys.CredentialLoader;
import es.clave.sp.keys.CredentialSource;
import es.clave.sp.keys.SpCredential;

class KeyPairToolTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("KeyPairTool writes a PEM key and self-signed certificate that CredentialLoader loads as a matching pair")
    void writtenPairLoadsAndSigns() throws Exception {
        KeyPairTool.Written w = KeyPairTool.write(dir.resolve("keys"), "my test sp");
        SpCredential c = CredentialLoader.load(
                CredentialSource.pem(w.privateKey().toString(), w.certificate().toString(), null));
        c.certificate().checkValidity();
        c.certificate().verify(c.certificate().getPublicKey());
        assertTrue(c.certificate().getSubjectX500Principal().getName().contains("CN=my test sp"));
        assertTrue(c.certificate().getSubjectX500Principal().getName().contains("TEST ONLY"));
        byte[] data = "hello".getBytes(StandardCharsets.UTF_8);
        Signature s = Signature.getInstance("SHA256withRSA");
        s.initSign(c.privateKey());
        s.update(data);
        byte[] sig = s.sign();
        Signature v = Signature.getInstance("SHA256withRSA");
        v.initVerify(c.certificate());
        v.update(data);
        assertTrue(v.verify(sig));
        assertEquals(3072, ((java.security.interfaces.RSAPublicKey) c.certificate().getPublicKey()).getModulus().bitLength());
    }

    @Test
    @DisplayName("KeyPairTool refuses to overwrite an existing key file and leaves it untouched")
    void refusesToOverwrite() throws Exception {
        Files.writeString(dir.resolve("sp-key.pem"), "keep me");
        IOException e = assertThrows(IOException.class, () -> KeyPairTool.write(dir, "x"));
        assertTrue(e.getMessage().contains("sp-key.pem"), e.getMessage());
        assertArrayEquals("keep me".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(dir.resolve("sp-key.pem")));
    }
}

package es.clave.sp.keys;

import es.clave.sp.testing.KeyFiles;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static es.clave.sp.keys.KeyMaterialException.Field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key-loading matrix: every format with every key kind, generated at test time into a temp dir. */
class CredentialLoaderTest {

    @TempDir
    Path dir;

    enum Format { PKCS12, JKS, PEM_PKCS8, PEM_PKCS8_ENCRYPTED, PEM_PKCS1, PEM_PKCS1_ENCRYPTED, PEM_KEY_AND_CERT_IN_ONE_FILE }

    static Stream<Arguments> matrix() {
        List<Arguments> out = new ArrayList<>();
        for (Format f : Format.values()) {
            for (String key : List.of("rsa2048", "rsa3072", "rsa4096", "ec256")) {
                boolean pkcs1 = f == Format.PEM_PKCS1 || f == Format.PEM_PKCS1_ENCRYPTED;
                if (pkcs1 && key.startsWith("ec")) {
                    continue; // PKCS#1 ("BEGIN RSA PRIVATE KEY") only exists for RSA keys
                }
                out.add(Arguments.of(f, key));
            }
        }
        return out.stream();
    }

    private static SpCredential credential(String key) {
        return switch (key) {
            case "rsa2048" -> TestCredentials.rsa("matrix", 2048);
            case "rsa3072" -> TestCredentials.rsa("matrix", 3072);
            case "rsa4096" -> TestCredentials.rsa("matrix", 4096);
            default -> TestCredentials.ecP256("matrix");
        };
    }

    private CredentialSource write(Format format, SpCredential c) {
        Path cert = KeyFiles.write(dir.resolve("cert.pem"), KeyFiles.certificates(c.certificate()));
        return switch (format) {
            case PKCS12 -> CredentialSource.keyStore(
                    KeyFiles.keyStore(dir.resolve("sp.p12"), "PKCS12", c, "store-pw", "sp", "store-pw").toString(), "store-pw", "sp");
            case JKS -> new CredentialSource(KeyFiles.keyStore(dir.resolve("sp.jks"), "JKS", c, "store-pw", "sp", "key-pw")
                    .toString(), null, "store-pw", "sp", "key-pw", null, null);
            case PEM_PKCS8 -> CredentialSource.pem(KeyFiles.write(dir.resolve("k.pem"), KeyFiles.pkcs8(c.privateKey())).toString(),
                    cert.toString(), null);
            case PEM_PKCS8_ENCRYPTED -> CredentialSource.pem(KeyFiles.write(dir.resolve("k.pem"),
                    KeyFiles.encryptedPkcs8(c.privateKey(), "pem-pw")).toString(), cert.toString(), "pem-pw");
            case PEM_PKCS1 -> CredentialSource.pem(KeyFiles.write(dir.resolve("k.key"),
                    KeyFiles.traditional(c.privateKey())).toString(), cert.toString(), null);
            case PEM_PKCS1_ENCRYPTED -> CredentialSource.pem(KeyFiles.write(dir.resolve("k.key"),
                    KeyFiles.encryptedTraditional(c.privateKey(), "pem-pw")).toString(), cert.toString(), "pem-pw");
            case PEM_KEY_AND_CERT_IN_ONE_FILE -> CredentialSource.keyStore(KeyFiles.write(dir.resolve("both.pem"),
                    KeyFiles.pkcs8(c.privateKey()) + KeyFiles.certificates(c.certificate())).toString(), null, null);
        };
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("matrix")
    @DisplayName("loads the key and certificate from each format")
    void loads(Format format, String key) {
        SpCredential expected = credential(key);
        SpCredential loaded = CredentialLoader.load(write(format, expected));
        assertSameKey(expected.privateKey(), loaded.privateKey());
        assertEquals(expected.certificate(), loaded.certificate());
        assertEquals(expected.certificate(), loaded.chain().get(0));
        if (format == Format.PKCS12) {
            assertTrue(Files.exists(dir.resolve("sp.p12")));
        }
    }

    /** Compares key values, not encodings: providers encode the same EC key with or without its public point. */
    private static void assertSameKey(PrivateKey expected, PrivateKey actual) {
        assertEquals(expected.getAlgorithm(), actual.getAlgorithm());
        if (expected instanceof RSAPrivateKey e && actual instanceof RSAPrivateKey a) {
            assertEquals(e.getModulus(), a.getModulus());
            assertEquals(e.getPrivateExponent(), a.getPrivateExponent());
        } else if (expected instanceof ECPrivateKey e && actual instanceof ECPrivateKey a) {
            assertEquals(e.getS(), a.getS());
            assertEquals(e.getParams().getOrder(), a.getParams().getOrder());
        } else {
            throw new AssertionError("unexpected key types " + expected.getClass() + ", " + actual.getClass());
        }
    }

    @Test
    @DisplayName("a PEM EC key loads as a JDK 'EC' key and matches its certificate even with BouncyCastle registered")
    void pemKeyIndependentOfRegisteredProviders() {
        SpCredential ec = TestCredentials.ecP256("ec");
        CredentialSource source = CredentialSource.keyStore(KeyFiles.write(dir.resolve("ec.pem"),
                KeyFiles.pkcs8(ec.privateKey()) + KeyFiles.certificates(ec.certificate())).toString(), null, null);
        boolean added = java.security.Security.addProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider()) != -1;
        try {
            SpCredential loaded = CredentialLoader.load(source);
            assertEquals("EC", loaded.privateKey().getAlgorithm());
            assertTrue(KeyMatching.matches(loaded.privateKey(), loaded.certificate().getPublicKey()));
        } finally {
            if (added) {
                java.security.Security.removeProvider("BC");
            }
        }
    }

    @Test
    @DisplayName("PEM file with the chain (issuer first) yields the leaf first, then the issuer")
    void pemChain() {
        SpCredential ca = TestCredentials.rsa("ca", 2048);
        SpCredential leaf = TestCredentials.issuedBy("leaf", 2048, ca);
        Path key = KeyFiles.write(dir.resolve("leaf.key"), KeyFiles.pkcs8(leaf.privateKey()));
        Path chain = KeyFiles.write(dir.resolve("chain.pem"), KeyFiles.certificates(ca.certificate(), leaf.certificate()));
        SpCredential loaded = CredentialLoader.load(CredentialSource.pem(key.toString(), chain.toString(), null));
        assertEquals(leaf.certificate(), loaded.certificate());
        assertEquals(List.of(leaf.certificate(), ca.certificate()), loaded.chain());
    }

    @Test
    @DisplayName("PKCS#12 with a chain keeps the whole chain")
    void keyStoreChain() {
        SpCredential ca = TestCredentials.rsa("ca", 2048);
        SpCredential leaf = TestCredentials.issuedBy("leaf", 2048, ca);
        Path p12 = KeyFiles.keyStore(dir.resolve("chain.pfx"), "PKCS12", leaf, "pw", "leaf", "pw");
        SpCredential loaded = CredentialLoader.load(CredentialSource.keyStore(p12.toString(), "pw", null));
        assertEquals(List.of(leaf.certificate(), ca.certificate()), loaded.chain());
    }

    @Test
    @DisplayName("classpath: locations are read through the context class loader")
    void classpathLocation() throws Exception {
        SpCredential c = TestCredentials.rsa("sp", 2048);
        Path res = Files.createDirectories(dir.resolve("cp/keys"));
        KeyFiles.keyStore(res.resolve("sp.p12"), "PKCS12", c, "pw", "sp", "pw");
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.resolve("cp").toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            SpCredential loaded = CredentialLoader.load(CredentialSource.keyStore("classpath:keys/sp.p12", "pw", null));
            assertEquals(c.certificate(), loaded.certificate());
            KeyMaterialException e = assertThrows(KeyMaterialException.class,
                    () -> CredentialLoader.load(CredentialSource.keyStore("classpath:keys/missing.p12", "pw", null)));
            assertEquals(Field.LOCATION, e.field());
            assertTrue(e.getMessage().contains("classpath:keys/missing.p12"), e.getMessage());
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private KeyMaterialException fails(CredentialSource source, Field field, String... fragments) {
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> CredentialLoader.load(source));
        assertEquals(field, e.field(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
        }
        return e;
    }

    @Test
    @DisplayName("wrong keystore password names the file and the setting")
    void wrongStorePassword() {
        SpCredential c = TestCredentials.rsa("sp", 2048);
        Path p12 = KeyFiles.keyStore(dir.resolve("sp.p12"), "PKCS12", c, "right", "sp", "right");
        fails(CredentialSource.keyStore(p12.toString(), "wrong", "sp"), Field.STORE_PASSWORD, p12.toString(), "key-store-password");
        Path jks = KeyFiles.keyStore(dir.resolve("sp.jks"), "JKS", c, "right", "sp", "right");
        fails(CredentialSource.keyStore(jks.toString(), "wrong", "sp"), Field.STORE_PASSWORD, jks.toString());
    }

    @Test
    @DisplayName("wrong key password names the entry and the setting")
    void wrongKeyPassword() {
        Path jks = KeyFiles.keyStore(dir.resolve("sp.jks"), "JKS", TestCredentials.rsa("sp", 2048), "store", "sp", "key");
        fails(new CredentialSource(jks.toString(), null, "store", "sp", "bad", null, null), Field.KEY_PASSWORD,
                jks.toString(), "key-password");
    }

    @Test
    @DisplayName("missing alias lists the aliases present; several keys without an alias ask for one")
    void aliases() {
        Path p12 = KeyFiles.keyStore(dir.resolve("sp.p12"), "PKCS12", TestCredentials.rsa("sp", 2048), "pw", "one", "pw");
        fails(CredentialSource.keyStore(p12.toString(), "pw", "nope"), Field.ALIAS, "nope", "[one]", p12.toString());
        KeyFiles.addEntry(p12, "PKCS12", "pw", TestCredentials.rsa("other", 2048), "two");
        fails(CredentialSource.keyStore(p12.toString(), "pw", null), Field.ALIAS, "several", "key-alias");
        assertEquals(TestCredentials.rsa("other", 2048).certificate(),
                CredentialLoader.load(CredentialSource.keyStore(p12.toString(), "pw", "TWO")).certificate());
    }

    @Test
    @DisplayName("missing file names the absolute path")
    void missingFile() {
        Path missing = dir.resolve("nope.p12");
        fails(CredentialSource.keyStore(missing.toString(), "pw", null), Field.LOCATION, missing.toAbsolutePath().toString(),
                "does not exist");
    }

    @Test
    @DisplayName("unknown extension without a type asks for key-store-type; garbage is not a keystore")
    void unsupportedFormat() throws Exception {
        Path odd = Files.writeString(dir.resolve("sp.bin"), "x");
        fails(CredentialSource.keyStore(odd.toString(), "pw", null), Field.TYPE, odd.toString(), "key-store-type");
        Path garbage = Files.writeString(dir.resolve("sp.p12"), "not a keystore");
        fails(CredentialSource.keyStore(garbage.toString(), "pw", null), Field.TYPE, garbage.toString(), "PKCS12");
    }

    @Test
    @DisplayName("encrypted PEM key: missing or wrong password name the key-password")
    void encryptedPem() {
        SpCredential c = TestCredentials.rsa("sp", 2048);
        Path cert = KeyFiles.write(dir.resolve("c.pem"), KeyFiles.certificates(c.certificate()));
        Path key = KeyFiles.write(dir.resolve("k.pem"), KeyFiles.encryptedPkcs8(c.privateKey(), "secret"));
        fails(CredentialSource.pem(key.toString(), cert.toString(), null), Field.KEY_PASSWORD, key.toString(), "encrypted");
        fails(CredentialSource.pem(key.toString(), cert.toString(), "wrong"), Field.KEY_PASSWORD, key.toString(), "wrong");
        Path legacy = KeyFiles.write(dir.resolve("l.pem"), KeyFiles.encryptedTraditional(c.privateKey(), "secret"));
        fails(CredentialSource.pem(legacy.toString(), cert.toString(), "wrong"), Field.KEY_PASSWORD, legacy.toString());
    }

    @Test
    @DisplayName("PEM without a key, or a key without any certificate, says what to add")
    void incompletePem() {
        SpCredential c = TestCredentials.rsa("sp", 2048);
        Path certOnly = KeyFiles.write(dir.resolve("c.pem"), KeyFiles.certificates(c.certificate()));
        fails(CredentialSource.pem(certOnly.toString(), null, null), Field.PRIVATE_KEY, certOnly.toString(), "no private key");
        Path keyOnly = KeyFiles.write(dir.resolve("k.pem"), KeyFiles.pkcs8(c.privateKey()));
        fails(CredentialSource.pem(keyOnly.toString(), null, null), Field.CERTIFICATE, keyOnly.toString(), "certificate");
    }

    @Test
    @DisplayName("trusted certificates load from PEM (several) and DER; garbage is refused naming the file")
    void certificates() throws Exception {
        var a = TestCredentials.rsa("clave", 2048).certificate();
        var b = TestCredentials.rsa("clave2", 2048).certificate();
        Path pem = KeyFiles.write(dir.resolve("clave.pem"), KeyFiles.certificates(a, b));
        assertEquals(List.of(a, b), CertificateLoader.load(pem.toString()));
        Path der = Files.write(dir.resolve("clave.cer"), a.getEncoded());
        assertEquals(List.of(a), CertificateLoader.load("file:" + der));
        Path bad = Files.writeString(dir.resolve("bad.pem"), "hello");
        KeyMaterialException e = assertThrows(KeyMaterialException.class, () -> CertificateLoader.load(bad.toString()));
        assertEquals(Field.CERTIFICATE, e.field());
        assertTrue(e.getMessage().contains(bad.toString()));
    }

    @Test
    @DisplayName("key pairs are matched across algorithms; a foreign certificate does not match")
    void matching() {
        SpCredential a = TestCredentials.rsa("sp", 2048);
        assertTrue(KeyMatching.matches(a.privateKey(), a.certificate().getPublicKey()));
        assertTrue(!KeyMatching.matches(a.privateKey(), TestCredentials.rsa("other", 2048).certificate().getPublicKey()));
        assertTrue(!KeyMatching.matches(a.privateKey(), TestCredentials.ecP256("ec").certificate().getPublicKey()));
        SpCredential ec = TestCredentials.ecP256("ec");
        assertTrue(KeyMatching.matches(ec.privateKey(), ec.certificate().getPublicKey()));
    }
}

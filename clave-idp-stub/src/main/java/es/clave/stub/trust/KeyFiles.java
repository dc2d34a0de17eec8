package es.clave.stub.trust;

import es.clave.stub.trust.StubKeys.KeyAndCertificate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collections;

/** Loads a configured signing key: PKCS#12 keystore, or an unencrypted PKCS#8 PEM key with a certificate file. */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** Reads the first private-key entry of a PKCS#12 file. */
    public static KeyAndCertificate fromPkcs12(Path file, char[] password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    return new KeyAndCertificate((PrivateKey) ks.getKey(alias, password), (X509Certificate) ks.getCertificate(alias));
                }
            }
            throw new IllegalArgumentException(file + " holds no private key entry");
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read PKCS#12 keystore " + file + " (wrong password?): " + e.getMessage(), e);
        }
    }

    /** Reads an unencrypted PKCS#8 PEM RSA key ({@code -----BEGIN PRIVATE KEY-----}) and its certificate. */
    public static KeyAndCertificate fromPem(Path keyFile, Path certificateFile) {
        try {
            String pem = Files.readString(keyFile, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
                throw new IllegalArgumentException(keyFile + " is not an unencrypted PKCS#8 PEM key (-----BEGIN PRIVATE KEY-----); "
                        + "convert it with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
            }
            String body = pem.substring(pem.indexOf("-----BEGIN PRIVATE KEY-----") + 27, pem.indexOf("-----END PRIVATE KEY-----"));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(body)));
            return new KeyAndCertificate(key, Certificates.read(certificateFile));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read RSA key " + keyFile + ": " + e.getMessage(), e);
        }
    }
}

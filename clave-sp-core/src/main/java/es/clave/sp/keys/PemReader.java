package es.clave.sp.keys;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PEM files with BouncyCastle: private keys as PKCS#8 ({@code BEGIN PRIVATE KEY}),
 * encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}), PKCS#1 ({@code BEGIN RSA PRIVATE KEY},
 * also OpenSSL-encrypted) and SEC1 EC keys, and any number of certificates, in one file or two.
 */
final class PemReader {

    /**
     * BouncyCastle's provider, used unregistered and only to decrypt encrypted PEM keys (PBE
     * algorithms the JDK may lack); never added to the JVM's providers. Created on first use
     * because building it costs hundreds of milliseconds at start-up.
     */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /** What one PEM file holds. */
    record Contents(PrivateKey key, List<X509Certificate> certificates) {
    }

    private PemReader() {
    }

    static Contents read(String location, byte[] bytes, String password, KeyMaterialException.Field field) {
        PrivateKey key = null;
        List<X509Certificate> certificates = new ArrayList<>();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        JcaX509CertificateConverter certs = new JcaX509CertificateConverter();
        try (PEMParser parser = new PEMParser(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.US_ASCII))) {
            Object item;
            while ((item = parser.readObject()) != null) {
                if (item instanceof X509CertificateHolder holder) {
                    certificates.add(certs.getCertificate(holder));
                    continue;
                }
                PrivateKey found = toKey(location, item, password, keys);
                if (found != null) {
                    if (key != null) {
                        throw new KeyMaterialException(field, location + " holds more than one private key:"
                                + " keep only the signing key in it", null);
                    }
                    key = found;
                }
            }
        } catch (KeyMaterialException e) {
            throw e;
        } catch (Exception e) {
            throw new KeyMaterialException(field, location + " is not a readable PEM file (" + e.getMessage()
                    + "): give PEM text (-----BEGIN ...-----) or set the key-store-type to PKCS12/JKS", e);
        }
        return new Contents(key, List.copyOf(certificates));
    }

    private static PrivateKey toKey(String location, Object item, String password, JcaPEMKeyConverter keys)
            throws Exception {
        if (item instanceof PrivateKeyInfo info) {
            return toJdkKey(info, keys);
        }
        if (item instanceof PEMKeyPair pair) {
            // the private part only: SEC1 EC keys may omit the public key
            return toJdkKey(pair.getPrivateKeyInfo(), keys);
        }
        if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            char[] pw = requirePassword(location, password);
            try {
                return toJdkKey(encrypted.decryptPrivateKeyInfo(
                        new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(pw)), keys);
            } catch (Exception e) {
                throw wrongPassword(location, e);
            }
        }
        if (item instanceof PEMEncryptedKeyPair encrypted) {
            char[] pw = requirePassword(location, password);
            try {
                PEMKeyPair pair = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(pw));
                return toJdkKey(pair.getPrivateKeyInfo(), keys);
            } catch (Exception e) {
                throw wrongPassword(location, e);
            }
        }
        return null;
    }

    /**
     * RSA and EC keys are built by the JDK's own key factories, so the key does not depend on
     * whether the application registered BouncyCastle (which would name EC keys "ECDSA").
     */
    private static PrivateKey toJdkKey(PrivateKeyInfo info, JcaPEMKeyConverter keys) throws Exception {
        String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
        String algorithm = switch (oid) {
            case "1.2.840.113549.1.1.1" -> "RSA";
            case "1.2.840.10045.2.1" -> "EC";
            default -> null;
        };
        if (algorithm == null) {
            return keys.getPrivateKey(info);
        }
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
    }

    private static char[] requirePassword(String location, String password) {
        if (password == null || password.isEmpty()) {
            throw new KeyMaterialException(KeyMaterialException.Field.KEY_PASSWORD, "the private key in " + location
                    + " is encrypted: set its key-password", null);
        }
        return password.toCharArray();
    }

    private static KeyMaterialException wrongPassword(String location, Exception e) {
        return new KeyMaterialException(KeyMaterialException.Field.KEY_PASSWORD, "the private key in " + location
                + " could not be decrypted: the key-password is wrong", e);
    }
}

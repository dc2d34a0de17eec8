package es.clave.sp.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static es.clave.sp.keys.KeyMaterialException.Field;

/**
 * Loads an {@link SpCredential} from a PKCS#12 or JKS keystore or from PEM files. Every failure
 * is a {@link KeyMaterialException} naming the source and the fix; it never checks whether the
 * key suits a purpose (size, validity): configuration validation does that.
 */
public final class CredentialLoader {

    private CredentialLoader() {
    }

    /**
     * @param source where the key and certificate are
     * @return the credential; its chain starts with the certificate matching the key
     * @throws KeyMaterialException when anything is missing, unreadable or wrong
     */
    public static SpCredential load(CredentialSource source) {
        if (source.keyStore() != null) {
            return fromKeyStore(source);
        }
        if (source.privateKey() != null) {
            return fromPem(source);
        }
        throw new KeyMaterialException(Field.LOCATION, "no key material given: set a key-store (PKCS12/JKS/PEM)"
                + " or a PEM private-key and certificate", null);
    }

    private static SpCredential fromKeyStore(CredentialSource source) {
        String location = source.keyStore();
        KeyStoreType type = source.type() != null ? source.type() : KeyStoreType.fromExtension(location).orElseThrow(
                () -> new KeyMaterialException(Field.TYPE, "cannot tell the format of " + location
                        + " from its extension: set key-store-type to PKCS12, JKS or PEM", null));
        if (type == KeyStoreType.PEM) {
            return fromPem(new CredentialSource(null, KeyStoreType.PEM, null, null,
                    source.keyPassword() != null ? source.keyPassword() : source.keyStorePassword(),
                    location, source.certificate()));
        }
        byte[] bytes = ResourceLocations.read(location, Field.LOCATION);
        char[] storePassword = source.keyStorePassword() == null ? null : source.keyStorePassword().toCharArray();
        KeyStore store;
        try {
            store = KeyStore.getInstance(type.name());
            store.load(new ByteArrayInputStream(bytes), storePassword);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyMaterialException(Field.STORE_PASSWORD, "the key-store-password of " + location
                        + " is wrong", e);
            }
            throw new KeyMaterialException(Field.TYPE, location + " is not a readable " + type + " keystore ("
                    + e.getMessage() + "): check key-store-type and that the file is not damaged", e);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException(Field.LOCATION, location + " could not be loaded: " + e.getMessage(), e);
        }
        String alias = chooseAlias(store, source);
        char[] keyPassword = source.keyPassword() != null ? source.keyPassword().toCharArray() : storePassword;
        try {
            PrivateKey key = (PrivateKey) store.getKey(alias, keyPassword);
            List<X509Certificate> chain = new ArrayList<>();
            Certificate[] certificates = store.getCertificateChain(alias);
            for (Certificate c : certificates == null ? new Certificate[0] : certificates) {
                chain.add((X509Certificate) c);
            }
            if (chain.isEmpty()) {
                throw new KeyMaterialException(Field.ALIAS, "key entry '" + alias + "' of " + location
                        + " has no certificate: import the certificate chain with the key", null);
            }
            return new SpCredential(key, chain.get(0), chain, location + " (alias " + alias + ")");
        } catch (UnrecoverableKeyException e) {
            throw new KeyMaterialException(Field.KEY_PASSWORD, "the key-password of entry '" + alias + "' in "
                    + location + " is wrong (when unset, the key-store-password is used)", e);
        } catch (GeneralSecurityException e) {
            throw new KeyMaterialException(Field.ALIAS, "entry '" + alias + "' of " + location
                    + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String chooseAlias(KeyStore store, CredentialSource source) {
        try {
            List<String> keyAliases = new ArrayList<>();
            for (String a : Collections.list(store.aliases())) {
                if (store.isKeyEntry(a)) {
                    keyAliases.add(a);
                }
            }
            String wanted = source.keyAlias();
            if (wanted != null) {
                for (String a : keyAliases) {
                    // keystores may lower-case aliases: match case-insensitively
                    if (a.equalsIgnoreCase(wanted)) {
                        return a;
                    }
                }
                throw new KeyMaterialException(Field.ALIAS, source.keyStore() + " has no private key entry with"
                        + " alias '" + wanted + "': set key-alias to one of " + keyAliases, null);
            }
            if (keyAliases.size() == 1) {
                return keyAliases.get(0);
            }
            throw new KeyMaterialException(Field.ALIAS, keyAliases.isEmpty()
                    ? source.keyStore() + " holds no private key entry: import the key with its certificate"
                    : source.keyStore() + " holds several private keys: set key-alias to one of " + keyAliases, null);
        } catch (KeyStoreException e) {
            throw new KeyMaterialException(Field.LOCATION, source.keyStore() + " could not be listed", e);
        }
    }

    private static SpCredential fromPem(CredentialSource source) {
        String keyLocation = source.privateKey();
        PemReader.Contents keyFile = PemReader.read(keyLocation,
                ResourceLocations.read(keyLocation, Field.PRIVATE_KEY), source.keyPassword(), Field.PRIVATE_KEY);
        if (keyFile.key() == null) {
            throw new KeyMaterialException(Field.PRIVATE_KEY, keyLocation + " holds no private key: give a PEM file"
                    + " with BEGIN PRIVATE KEY, BEGIN ENCRYPTED PRIVATE KEY or BEGIN RSA PRIVATE KEY", null);
        }
        List<X509Certificate> certificates = new ArrayList<>(keyFile.certificates());
        String certLocation = source.certificate();
        if (certLocation != null) {
            certificates.addAll(CertificateLoader.load(certLocation));
        }
        if (certificates.isEmpty()) {
            throw new KeyMaterialException(Field.CERTIFICATE, "no certificate for the key in " + keyLocation
                    + ": set certificate to the PEM certificate file, or append the certificate to the key file", null);
        }
        // the end-entity certificate is the one matching the key; the rest of the file is its chain
        X509Certificate leaf = certificates.stream()
                .filter(c -> KeyMatching.matches(keyFile.key(), c.getPublicKey()))
                .findFirst().orElse(certificates.get(0));
        certificates.remove(leaf);
        certificates.add(0, leaf);
        return new SpCredential(keyFile.key(), leaf, certificates,
                keyLocation + (certLocation != null ? " + " + certLocation : ""));
    }
}

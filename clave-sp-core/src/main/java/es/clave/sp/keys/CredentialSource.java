package es.clave.sp.keys;

/**
 * Where a private key and its certificate come from: either a keystore ({@code keyStore} with its
 * type, passwords and alias) or PEM files ({@code privateKey}, and {@code certificate} unless the
 * key file also holds the certificates). Locations are file paths or {@code classpath:} resources.
 *
 * @param keyStore         keystore location, or null for PEM files
 * @param type             keystore type, or null to infer it from the extension
 * @param keyStorePassword keystore password, or null
 * @param keyAlias         alias of the key entry, or null when the store holds exactly one key
 * @param keyPassword      password of the key (or of an encrypted PEM key); null means the keystore password
 * @param privateKey       PEM private key location, or null
 * @param certificate      PEM certificate (chain) location, or null when the key file holds it
 */
public record CredentialSource(String keyStore, KeyStoreType type, String keyStorePassword, String keyAlias,
                               String keyPassword, String privateKey, String certificate) {

    /** @return a keystore source; the type is inferred from the extension */
    public static CredentialSource keyStore(String location, String password, String alias) {
        return new CredentialSource(location, null, password, alias, null, null, null);
    }

    /** @return a PEM source; {@code keyPassword} only for an encrypted key, else null */
    public static CredentialSource pem(String privateKey, String certificate, String keyPassword) {
        return new CredentialSource(null, KeyStoreType.PEM, null, null, keyPassword, privateKey, certificate);
    }

    /** @return a short description of the source for messages, never a password */
    public String describe() {
        if (keyStore != null) {
            return keyStore + (keyAlias != null ? " (alias " + keyAlias + ")" : "");
        }
        return privateKey + (certificate != null ? " + " + certificate : "");
    }

    @Override
    public String toString() {
        return "CredentialSource[" + describe() + "]";
    }
}

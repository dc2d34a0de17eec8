package es.clave.sp.keys;

import java.util.Locale;
import java.util.Optional;

/** Formats key material can be read from. */
public enum KeyStoreType {
    /** PKCS#12 keystore ({@code .p12}, {@code .pfx}). */
    PKCS12,
    /** Java keystore ({@code .jks}). */
    JKS,
    /** PEM files: a private key (PKCS#8, encrypted PKCS#8 or PKCS#1) and certificates. */
    PEM;

    /** @return the type a location's extension implies, if it implies one */
    public static Optional<KeyStoreType> fromExtension(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".p12") || lower.endsWith(".pfx")) {
            return Optional.of(PKCS12);
        }
        if (lower.endsWith(".jks")) {
            return Optional.of(JKS);
        }
        if (lower.endsWith(".pem") || lower.endsWith(".key") || lower.endsWith(".crt")) {
            return Optional.of(PEM);
        }
        return Optional.empty();
    }

    /**
     * @return the type named by {@code value}, case-insensitively
     * @throws IllegalArgumentException naming the accepted values
     */
    public static KeyStoreType parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown key store type '" + value + "': use PKCS12, JKS or PEM", e);
        }
    }
}

package es.clave.sp.trust;

import java.security.cert.X509Certificate;

/**
 * One certificate announced by the Cl@ve certificate feed (BND-5).
 *
 * @param keyName     the {@code ds:KeyName}, or null when absent
 * @param use         {@code signing}, {@code encryption}, or null when the {@code use} attribute is absent (both)
 * @param certificate the decoded {@code ds:X509Certificate}
 */
public record FeedEntry(String keyName, String use, X509Certificate certificate) {

    /** @return whether the entry may verify signatures ({@code use} absent or {@code signing}) */
    public boolean usableForSigning() {
        return use == null || use.isBlank() || "signing".equalsIgnoreCase(use.trim());
    }
}

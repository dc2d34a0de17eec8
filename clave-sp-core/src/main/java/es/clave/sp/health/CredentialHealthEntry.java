package es.clave.sp.health;

import java.time.Instant;

/**
 * The validity of one key or certificate in use.
 *
 * @param role      what the SP uses it for
 * @param subject   the certificate subject DN
 * @param sha256    the certificate's SHA-256 fingerprint (hex), to tell rollover certificates apart
 * @param notBefore start of validity
 * @param notAfter  end of validity
 * @param daysLeft  whole days from report time to {@code notAfter}; negative once expired
 * @param status    OK, EXPIRING, NOT_YET_VALID or EXPIRED
 */
public record CredentialHealthEntry(CredentialRole role, String subject, String sha256, Instant notBefore,
                                    Instant notAfter, long daysLeft, CredentialStatus status) {
}

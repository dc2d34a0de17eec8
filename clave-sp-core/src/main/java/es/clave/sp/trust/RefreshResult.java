package es.clave.sp.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What one refresh of the certificate feed did.
 *
 * @param outcome  the kind of result
 * @param at       when the refresh ran
 * @param trusted  the feed certificates trusted after the refresh (the last good set when it failed)
 * @param rejected every certificate or entry not used, with the reason
 * @param message  a one-line summary for logs and health pages
 */
public record RefreshResult(Outcome outcome, Instant at, List<X509Certificate> trusted, List<String> rejected,
                            String message) {

    /** Copies both lists. */
    public RefreshResult {
        trusted = List.copyOf(trusted);
        rejected = List.copyOf(rejected);
    }

    /** The kinds of refresh result. */
    public enum Outcome {
        /** the feed was read and its pinned, valid certificates are now the trusted set */
        UPDATED,
        /** the feed could not be fetched or parsed; the last good set stays */
        FETCH_FAILED,
        /** the feed was read but offered no pinned, valid signing certificate; the last good set stays */
        NOTHING_ACCEPTABLE
    }
}

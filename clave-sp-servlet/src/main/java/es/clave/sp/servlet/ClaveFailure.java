package es.clave.sp.servlet;

import es.clave.sp.error.ClaveError;

import java.util.Locale;

/**
 * A failed Cl@ve step as the error page sees it: never an exception, never internals.
 *
 * @param error       the failure kind, or null for a request the filter refused before any Cl@ve
 *                    processing (for example an unknown {@code loa} parameter)
 * @param messageKey  the key of the citizen-facing text: {@link ClaveError#messageKey()} or a
 *                    {@code clave.servlet.*} key
 * @param message     that text in {@code locale} (plain text: escape it when writing HTML)
 * @param status      the suggested HTTP status (4xx for the citizen's or the message's fault, 5xx for ours)
 * @param referenceId the support reference written in the log line with the specific reason
 * @param locale      the locale chosen for this request (Accept-Language, or the configured override)
 * @param retryUrl    where the citizen can try again (the login endpoint), or null when retrying makes no sense
 * @param homeUrl     the application's default page
 */
public record ClaveFailure(ClaveError error, String messageKey, String message, int status, String referenceId, Locale locale,
                           String retryUrl, String homeUrl) {
}

package es.clave.sp.error;

import es.clave.sp.text.XmlTokens;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Maps a non-success SAML status to the {@link ClaveError} it means (RSP-6).
 *
 * <p>Cl@ve reports most citizen-side failures only in the {@code StatusMessage} text, so the
 * mapping is a table of rules tried in order; the first match wins:
 * <ol>
 *   <li>a message mentioning cancellation ({@code cancel}, any case, accents ignored: covers
 *       "cancelado", "canceló", "cancelled", "canceled") is {@link ClaveError#USER_CANCELLED};</li>
 *   <li>specific messages: {@code 003002} or "lower than requested LoA" ({@link ClaveError#LOA_TOO_LOW}),
 *       "no certificate has been submitted", "Type of certificate not allowed";</li>
 *   <li>"caducado"/"expired" and "revocado"/"revoked", but only when the message speaks of a
 *       certificate or the second-level status is {@code AuthnFailed}, so that an unrelated
 *       "request expired" is not shown to the citizen as an expired certificate;</li>
 *   <li>second-level {@code RequestDenied}: {@link ClaveError#USER_CANCELLED} (the stub's cancel);</li>
 *   <li>second-level {@code AuthnFailed}: {@link ClaveError#AUTHENTICATION_FAILED};</li>
 *   <li>anything else ({@code InvalidAttrNameOrValue}, {@code InvalidNameIDPolicy}, no second level,
 *       unknown codes): {@link ClaveError#GATEWAY_ERROR}.</li>
 * </ol>
 * Status codes are compared by their last segment, so prefixes do not matter; like every URI they
 * are read with XML whitespace collapsed and compared exactly ({@link XmlTokens#sameUri}).
 * Messages are free text: they are matched case- and accent-insensitively, and a look-alike can at
 * most change which failure is reported, never turn a failure into a success.
 */
public final class StatusMapper {
    /** The SAML success status; never a failure. */
    public static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /** What a rule looks at: normalised message (lower case, no accents) and the sub-status's last segment. */
    private record Status(String message, String subStatus) {
        boolean says(String fragment) {
            return message.contains(fragment);
        }

        boolean saysAny(String... fragments) {
            for (String f : fragments) {
                if (says(f)) {
                    return true;
                }
            }
            return false;
        }

        boolean about(String... fragments) {
            return saysAny(fragments) && (saysAny("certific") || "AuthnFailed".equals(subStatus));
        }
    }

    private record Rule(Predicate<Status> when, ClaveError error) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(s -> s.says("cancel"), ClaveError.USER_CANCELLED),
            new Rule(s -> s.saysAny("003002", "lower than requested loa"), ClaveError.LOA_TOO_LOW),
            new Rule(s -> s.saysAny("no certificate has been submitted", "no se ha presentado ningun certificado"),
                    ClaveError.NO_CERTIFICATE_SUBMITTED),
            new Rule(s -> s.saysAny("type of certificate not allowed", "tipo de certificado no permitido"),
                    ClaveError.CERTIFICATE_TYPE_NOT_ALLOWED),
            new Rule(s -> s.about("caducad", "caducat", "expired"), ClaveError.CERTIFICATE_EXPIRED),
            new Rule(s -> s.about("revocad", "revocat", "revoked"), ClaveError.CERTIFICATE_REVOKED),
            new Rule(s -> "RequestDenied".equals(s.subStatus()), ClaveError.USER_CANCELLED),
            new Rule(s -> "AuthnFailed".equals(s.subStatus()), ClaveError.AUTHENTICATION_FAILED));

    private StatusMapper() {
    }

    /**
     * @param statusCode    top-level StatusCode value (e.g. {@code urn:oasis:names:tc:SAML:2.0:status:Responder})
     * @param subStatusCode second-level StatusCode value, or null
     * @param statusMessage StatusMessage text, or null
     * @return the failure kind; never called for Success
     * @throws IllegalArgumentException when {@code statusCode} is Success: that is not a failure to map
     */
    public static ClaveError map(String statusCode, String subStatusCode, String statusMessage) {
        if (XmlTokens.sameUri(statusCode, SUCCESS)) {
            throw new IllegalArgumentException("Success is not a failure status; check the status before mapping it");
        }
        Status status = new Status(normalise(statusMessage), lastSegment(subStatusCode));
        for (Rule rule : RULES) {
            if (rule.when().test(status)) {
                return rule.error();
            }
        }
        return ClaveError.GATEWAY_ERROR;
    }

    private static String normalise(String message) {
        if (message == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(message, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String code) {
        if (code == null) {
            return null;
        }
        String trimmed = XmlTokens.collapse(code);
        return trimmed.substring(trimmed.lastIndexOf(':') + 1);
    }
}

package es.clave.stub;

import java.util.Optional;

/** eIDAS levels of assurance (REQ-13, RSP-9), lowest first. */
public enum Loa {
    /** {@code http://eidas.europa.eu/LoA/low}. */
    LOW,
    /** {@code http://eidas.europa.eu/LoA/substantial}. */
    SUBSTANTIAL,
    /** {@code http://eidas.europa.eu/LoA/high}. */
    HIGH;

    /** @return the URI carried in {@code AuthnContextClassRef} */
    public String uri() {
        return "http://eidas.europa.eu/LoA/" + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the level for {@code uri}, surrounding whitespace ignored (REQ-13), or empty */
    public static Optional<Loa> fromUri(String uri) {
        if (uri == null) {
            return Optional.empty();
        }
        String trimmed = uri.strip();
        for (Loa loa : values()) {
            if (loa.uri().equals(trimmed)) {
                return Optional.of(loa);
            }
        }
        return Optional.empty();
    }

    /** @return the next lower level, or this one when it is already the lowest */
    public Loa lower() {
        return this == LOW ? LOW : values()[ordinal() - 1];
    }
}

package es.clave.sp.login;

import es.clave.sp.text.XmlTokens;

import java.util.Optional;

/** eIDAS levels of assurance as Cl@ve 2.0 requests and reports them (REQ-13, RSP-9). */
public enum LevelOfAssurance {
    /** {@code http://eidas.europa.eu/LoA/low}. */
    LOW("http://eidas.europa.eu/LoA/low"),
    /** {@code http://eidas.europa.eu/LoA/substantial}. */
    SUBSTANTIAL("http://eidas.europa.eu/LoA/substantial"),
    /** {@code http://eidas.europa.eu/LoA/high}. */
    HIGH("http://eidas.europa.eu/LoA/high");

    private final String uri;

    LevelOfAssurance(String uri) {
        this.uri = uri;
    }

    /** @return the eIDAS URI carried in {@code AuthnContextClassRef} */
    public String uri() {
        return uri;
    }

    /** @return whether this level satisfies a request for {@code requested} */
    public boolean isAtLeast(LevelOfAssurance requested) {
        return compareTo(requested) >= 0;
    }

    /**
     * Parses an {@code AuthnContextClassRef} value. It is a URI: XML whitespace is collapsed (real
     * messages carry newlines around it, REQ-13), the rest must match exactly; case variants, other
     * space characters and Unicode look-alikes are unknown levels ({@link XmlTokens#sameUri}).
     *
     * @return the level, or empty when the URI is not one of the three eIDAS levels
     */
    public static Optional<LevelOfAssurance> fromUri(String value) {
        for (LevelOfAssurance loa : values()) {
            if (XmlTokens.sameUri(value, loa.uri)) {
                return Optional.of(loa);
            }
        }
        return Optional.empty();
    }
}

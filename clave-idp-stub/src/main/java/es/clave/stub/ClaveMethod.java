package es.clave.stub;

import java.util.Locale;
import java.util.Optional;

/** The identification methods Cl@ve offers (protocol §3), in the order its chooser shows them. */
public enum ClaveMethod {
    /** DNIe or electronic certificate, verified by @firma. */
    AFIRMA("http://es.minhafp.clave/AFirmaIdP", "AFIRMA", Loa.HIGH),
    /** Cl@ve PIN (Tax Agency). */
    CLAVE_PIN("http://es.minhafp.clave/AEATIdP", "PIN24H", Loa.LOW),
    /** Cl@ve Permanente (Social Security). */
    CLAVE_PERMANENTE("http://es.minhafp.clave/GISSIdP", "SEGSOC", Loa.SUBSTANTIAL),
    /** Cl@ve Móvil. */
    CLAVE_MOVIL("http://es.minhafp.clave/CLVMOVILIdP", "IDP_MOVIL", Loa.SUBSTANTIAL),
    /** Citizens of other EU states through eIDAS. */
    EIDAS("http://es.minhafp.clave/EIDASIdP", "EIDAS", Loa.SUBSTANTIAL);

    private final String exclusionAttribute;
    private final String selectedIdp;
    private final Loa loa;

    ClaveMethod(String exclusionAttribute, String selectedIdp, Loa loa) {
        this.exclusionAttribute = exclusionAttribute;
        this.selectedIdp = selectedIdp;
        this.loa = loa;
    }

    /** @return the {@code Name} of the value-less RequestedAttribute that excludes this method (REQ-11) */
    public String exclusionAttribute() {
        return exclusionAttribute;
    }

    /** @return the FriendlyName of the exclusion attribute (last segment of its name) */
    public String exclusionFriendlyName() {
        return exclusionAttribute.substring(exclusionAttribute.lastIndexOf('/') + 1);
    }

    /** @return the {@code SelectedIdP} value the stub returns (RSP-12) */
    public String selectedIdp() {
        return selectedIdp;
    }

    /** @return the level of assurance a login with this method reaches */
    public Loa loa() {
        return loa;
    }

    /** @return the method whose exclusion attribute is {@code name} */
    public static Optional<ClaveMethod> byExclusionAttribute(String name) {
        for (ClaveMethod m : values()) {
            if (m.exclusionAttribute.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Parses an enum name or a SelectedIdP token, case-insensitively (for command lines and forms). */
    public static ClaveMethod parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (ClaveMethod m : values()) {
            if (m.name().equals(t) || m.selectedIdp.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown Cl@ve method '" + text + "'; use one of AFIRMA, CLAVE_PIN, "
                + "CLAVE_PERMANENTE, CLAVE_MOVIL, EIDAS");
    }
}

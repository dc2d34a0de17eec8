package es.clave.sp.login;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ways a citizen can identify through Cl@ve 2.0 (protocol §3). The SP offers methods by
 * excluding the others (REQ-11); the response names the one used in {@code SelectedIdP}.
 */
public enum IdentificationMethod {
    /** DNIe or an electronic certificate, validated by @firma. */
    CERTIFICATE("http://es.minhafp.clave/AFirmaIdP", "AFIRMA"),
    /** Cl@ve Permanente (Social Security). */
    CLAVE_PERMANENTE("http://es.minhafp.clave/GISSIdP", "SEGSOC"),
    /** Cl@ve PIN (Tax Agency, "PIN24H"). */
    CLAVE_PIN("http://es.minhafp.clave/AEATIdP", "PIN24H"),
    /** Cl@ve Móvil. */
    CLAVE_MOVIL("http://es.minhafp.clave/CLVMOVILIdP", "IDP_MOVIL"),
    /** Citizens of other EU countries through eIDAS. */
    EU_EIDAS("http://es.minhafp.clave/EIDASIdP", "EIDAS"),
    /** A {@code SelectedIdP} value this version does not know; the raw value is kept on the identity. */
    OTHER(null, null);

    private final String exclusionAttributeName;
    private final String selectedIdpToken;

    IdentificationMethod(String exclusionAttributeName, String selectedIdpToken) {
        this.exclusionAttributeName = exclusionAttributeName;
        this.selectedIdpToken = selectedIdpToken;
    }

    /** @return the {@code Name} of the value-less RequestedAttribute that excludes this method, or null for {@link #OTHER} */
    public String exclusionAttributeName() {
        return exclusionAttributeName;
    }

    /** @return the FriendlyName of the exclusion attribute: the last segment of its name, or null for {@link #OTHER} */
    public String exclusionFriendlyName() {
        return exclusionAttributeName == null
                ? null
                : exclusionAttributeName.substring(exclusionAttributeName.lastIndexOf('/') + 1);
    }

    /** @return the token Cl@ve puts in {@code SelectedIdP} for this method, or null for {@link #OTHER} */
    public String selectedIdpToken() {
        return selectedIdpToken;
    }

    /** @return the methods an SP can offer or exclude (every value but {@link #OTHER}) */
    public static Set<IdentificationMethod> offerable() {
        return EnumSet.complementOf(EnumSet.of(OTHER));
    }
}

package es.clave.sp.jakarta.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The default groups of a Cl@ve caller ({@link ClaveGroupMapper#DEFAULT}):
 * <ul>
 *   <li>{@value #USER}: everyone signed in with Cl@ve;</li>
 *   <li>{@value #NATURAL_PERSON}: the identifier is a natural person's (NIF, NIE, eIDAS person), not a CIF;</li>
 *   <li>{@value #REPRESENTATIVE}: the citizen acts for a represented legal person;</li>
 *   <li>{@code CLAVE_LOA_LOW}, {@code CLAVE_LOA_SUBSTANTIAL}, {@code CLAVE_LOA_HIGH}: the level of
 *       assurance and every level below it, so that a role asking for "substantial" admits "high";</li>
 *   <li>{@code CLAVE_METHOD_<name>}: the identification method ({@code CLAVE_METHOD_CLAVE_PIN},
 *       {@code CLAVE_METHOD_CERTIFICATE}, …, the names of {@link es.clave.sp.login.IdentificationMethod}).</li>
 * </ul>
 */
public final class ClaveGroups {

    /** Every Cl@ve caller. */
    public static final String USER = "CLAVE_USER";
    /** A natural person (not a legal person's identifier). */
    public static final String NATURAL_PERSON = "CLAVE_NATURAL_PERSON";
    /** Acting for a represented legal person. */
    public static final String REPRESENTATIVE = "CLAVE_REPRESENTATIVE";
    /** Prefix of the level-of-assurance groups. */
    public static final String LOA_PREFIX = "CLAVE_LOA_";
    /** Prefix of the identification-method groups. */
    public static final String METHOD_PREFIX = "CLAVE_METHOD_";

    private ClaveGroups() {
    }

    /** @return the default groups of {@code identity} */
    public static Set<String> of(ClaveIdentity identity) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(USER);
        if (identity.personIdentifier() != null && !identity.personIdentifier().isLegalPerson()) {
            groups.add(NATURAL_PERSON);
        }
        if (identity.isRepresentative()) {
            groups.add(REPRESENTATIVE);
        }
        LevelOfAssurance loa = identity.levelOfAssurance();
        if (loa != null) {
            for (LevelOfAssurance level : LevelOfAssurance.values()) {
                if (loa.isAtLeast(level)) {
                    groups.add(LOA_PREFIX + level.name());
                }
            }
        }
        if (identity.method() != null) {
            groups.add(METHOD_PREFIX + identity.method().name());
        }
        return Set.copyOf(groups);
    }
}

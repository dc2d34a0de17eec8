package es.clave.sp.identity;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The role names every adapter derives from a {@link ClaveIdentity} by default (Spring Security
 * authorities, Jakarta Security groups), so that a rule reads the same whichever adapter runs it:
 * <ul>
 *   <li>{@value #USER} for every Cl@ve login;</li>
 *   <li>{@code CLAVE_LOA_LOW|SUBSTANTIAL|HIGH} for the achieved level <em>and every lower one</em>
 *       (a HIGH login satisfies a rule asking for SUBSTANTIAL);</li>
 *   <li>{@code CLAVE_METHOD_<method>}, e.g. {@code CLAVE_METHOD_CERTIFICATE}, {@code CLAVE_METHOD_CLAVE_MOVIL};</li>
 *   <li>{@code CLAVE_PERSON_<kind>}: NIF, NIE, CIF, EIDAS or UNKNOWN;</li>
 *   <li>{@value #NATURAL_PERSON} when the identifier is a natural person's (NIF, NIE or eIDAS);</li>
 *   <li>{@value #REPRESENTATIVE} when the citizen acts for a legal person.</li>
 * </ul>
 */
public final class IdentityRoles {

    /** Every Cl@ve login. */
    public static final String USER = "CLAVE_USER";
    /** The identifier is a natural person's: NIF, NIE or an eIDAS identifier (not a CIF, not unknown). */
    public static final String NATURAL_PERSON = "CLAVE_NATURAL_PERSON";
    /** The citizen acts as representative of a legal person. */
    public static final String REPRESENTATIVE = "CLAVE_REPRESENTATIVE";
    /** Prefix of the level-of-assurance roles. */
    public static final String LOA_PREFIX = "CLAVE_LOA_";
    /** Prefix of the identification-method roles. */
    public static final String METHOD_PREFIX = "CLAVE_METHOD_";
    /** Prefix of the person-kind roles. */
    public static final String PERSON_PREFIX = "CLAVE_PERSON_";

    private IdentityRoles() {
    }

    /** @return the role meaning "logged in with at least {@code loa}" */
    public static String loa(LevelOfAssurance loa) {
        return LOA_PREFIX + loa.name();
    }

    /** @return the role meaning "logged in with {@code method}" */
    public static String method(IdentificationMethod method) {
        return METHOD_PREFIX + method.name();
    }

    /** @return the role meaning "the person's identifier is of {@code kind}" */
    public static String person(IdentifierKind kind) {
        return PERSON_PREFIX + kind.name();
    }

    /** @return the default roles of {@code identity}, in the order of the list above, unmodifiable */
    public static List<String> of(ClaveIdentity identity) {
        List<String> out = new ArrayList<>();
        out.add(USER);
        LevelOfAssurance achieved = identity.levelOfAssurance();
        if (achieved != null) {
            // the LoA levels are ordered: whoever reached HIGH also satisfies SUBSTANTIAL and LOW
            for (LevelOfAssurance level : LevelOfAssurance.values()) {
                if (achieved.isAtLeast(level)) {
                    out.add(loa(level));
                }
            }
        }
        if (identity.method() != null) {
            out.add(method(identity.method()));
        }
        IdentifierKind kind = identity.personIdentifier() == null ? null : identity.personIdentifier().kind();
        if (kind != null) {
            out.add(person(kind));
            if (kind == IdentifierKind.NIF || kind == IdentifierKind.NIE || kind == IdentifierKind.EIDAS) {
                out.add(NATURAL_PERSON);
            }
        }
        if (identity.isRepresentative()) {
            out.add(REPRESENTATIVE);
        }
        return Collections.unmodifiableList(out);
    }
}

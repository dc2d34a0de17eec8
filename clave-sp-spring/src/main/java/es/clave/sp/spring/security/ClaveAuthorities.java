package es.clave.sp.spring.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The authority names the default {@link ClaveAuthoritiesMapper} grants, for use in
 * {@code hasAuthority(...)} rules:
 * <ul>
 *   <li>{@value #USER} for every Cl@ve login;</li>
 *   <li>{@code CLAVE_LOA_LOW|SUBSTANTIAL|HIGH} for the achieved level <em>and every lower one</em>
 *       (a HIGH login satisfies a rule asking for SUBSTANTIAL);</li>
 *   <li>{@code CLAVE_METHOD_<method>}, e.g. {@code CLAVE_METHOD_CERTIFICATE}, {@code CLAVE_METHOD_CLAVE_MOVIL};</li>
 *   <li>{@code CLAVE_PERSON_<kind>}: NIF, NIE, CIF, EIDAS or UNKNOWN;</li>
 *   <li>{@value #REPRESENTATIVE} when the citizen acts for a legal person.</li>
 * </ul>
 */
public final class ClaveAuthorities {

    /** Granted to every Cl@ve login. */
    public static final String USER = "CLAVE_USER";
    /** Granted when the citizen acts as representative of a legal person. */
    public static final String REPRESENTATIVE = "CLAVE_REPRESENTATIVE";
    /** Prefix of the level-of-assurance authorities. */
    public static final String LOA_PREFIX = "CLAVE_LOA_";
    /** Prefix of the identification-method authorities. */
    public static final String METHOD_PREFIX = "CLAVE_METHOD_";
    /** Prefix of the person-kind authorities. */
    public static final String PERSON_PREFIX = "CLAVE_PERSON_";

    private static final ClaveAuthoritiesMapper DEFAULT = ClaveAuthorities::derive;

    private ClaveAuthorities() {
    }

    /** @return the mapper used when the application declares none */
    public static ClaveAuthoritiesMapper defaultMapper() {
        return DEFAULT;
    }

    /** @return the authority meaning "logged in with at least {@code loa}" */
    public static String loa(LevelOfAssurance loa) {
        return LOA_PREFIX + loa.name();
    }

    /** @return the authority meaning "logged in with {@code method}" */
    public static String method(IdentificationMethod method) {
        return METHOD_PREFIX + method.name();
    }

    /** @return the authority meaning "the person's identifier is of {@code kind}" */
    public static String person(IdentifierKind kind) {
        return PERSON_PREFIX + kind.name();
    }

    private static List<GrantedAuthority> derive(ClaveIdentity identity) {
        List<GrantedAuthority> out = new ArrayList<>();
        out.add(new SimpleGrantedAuthority(USER));
        LevelOfAssurance achieved = identity.levelOfAssurance();
        if (achieved != null) {
            // the LoA levels are ordered: whoever reached HIGH also satisfies SUBSTANTIAL and LOW
            for (LevelOfAssurance level : LevelOfAssurance.values()) {
                if (achieved.isAtLeast(level)) {
                    out.add(new SimpleGrantedAuthority(loa(level)));
                }
            }
        }
        if (identity.method() != null) {
            out.add(new SimpleGrantedAuthority(method(identity.method())));
        }
        if (identity.personIdentifier() != null && identity.personIdentifier().kind() != null) {
            out.add(new SimpleGrantedAuthority(person(identity.personIdentifier().kind())));
        }
        if (identity.isRepresentative()) {
            out.add(new SimpleGrantedAuthority(REPRESENTATIVE));
        }
        return Collections.unmodifiableList(out);
    }
}

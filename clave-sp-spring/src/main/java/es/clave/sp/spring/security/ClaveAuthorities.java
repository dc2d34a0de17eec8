package es.clave.sp.spring.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.IdentityRoles;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The authority names the default {@link ClaveAuthoritiesMapper} grants, for use in
 * {@code hasAuthority(...)} rules: core's {@link IdentityRoles}, the same names every adapter uses:
 * <ul>
 *   <li>{@value #USER} for every Cl@ve login;</li>
 *   <li>{@code CLAVE_LOA_LOW|SUBSTANTIAL|HIGH} for the achieved level <em>and every lower one</em>
 *       (a HIGH login satisfies a rule asking for SUBSTANTIAL);</li>
 *   <li>{@code CLAVE_METHOD_<method>}, e.g. {@code CLAVE_METHOD_CERTIFICATE}, {@code CLAVE_METHOD_CLAVE_MOVIL};</li>
 *   <li>{@code CLAVE_PERSON_<kind>}: NIF, NIE, CIF, EIDAS or UNKNOWN;</li>
 *   <li>{@value IdentityRoles#NATURAL_PERSON} for a natural person's identifier (NIF, NIE, eIDAS);</li>
 *   <li>{@value #REPRESENTATIVE} when the citizen acts for a legal person.</li>
 * </ul>
 */
public final class ClaveAuthorities {

    /** Granted to every Cl@ve login. */
    public static final String USER = IdentityRoles.USER;
    /** Granted when the citizen acts as representative of a legal person. */
    public static final String REPRESENTATIVE = IdentityRoles.REPRESENTATIVE;
    /** Prefix of the level-of-assurance authorities. */
    public static final String LOA_PREFIX = IdentityRoles.LOA_PREFIX;
    /** Prefix of the identification-method authorities. */
    public static final String METHOD_PREFIX = IdentityRoles.METHOD_PREFIX;
    /** Prefix of the person-kind authorities. */
    public static final String PERSON_PREFIX = IdentityRoles.PERSON_PREFIX;

    private static final ClaveAuthoritiesMapper DEFAULT = ClaveAuthorities::derive;

    private ClaveAuthorities() {
    }

    /** @return the mapper used when the application declares none */
    public static ClaveAuthoritiesMapper defaultMapper() {
        return DEFAULT;
    }

    /** @return the authority meaning "logged in with at least {@code loa}" */
    public static String loa(LevelOfAssurance loa) {
        return IdentityRoles.loa(loa);
    }

    /** @return the authority meaning "logged in with {@code method}" */
    public static String method(IdentificationMethod method) {
        return IdentityRoles.method(method);
    }

    /** @return the authority meaning "the person's identifier is of {@code kind}" */
    public static String person(IdentifierKind kind) {
        return IdentityRoles.person(kind);
    }

    private static List<GrantedAuthority> derive(ClaveIdentity identity) {
        List<GrantedAuthority> out = new ArrayList<>();
        for (String role : IdentityRoles.of(identity)) {
            out.add(new SimpleGrantedAuthority(role));
        }
        return Collections.unmodifiableList(out);
    }
}

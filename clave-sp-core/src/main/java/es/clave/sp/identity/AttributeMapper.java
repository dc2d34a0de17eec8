package es.clave.sp.identity;

import java.util.List;
import java.util.Map;

/** Maps Cl@ve response attributes (RSP-12) onto a {@link ClaveIdentity.Builder}. */
public final class AttributeMapper {
    private AttributeMapper() {
    }

    /**
     * Fills the person, names, date of birth, method, represented entity and raw attributes of
     * {@code target} from {@code attributesByName} (attribute {@code Name} to values, in order).
     *
     * @throws es.clave.sp.error.ClaveAuthenticationException PERSON_IDENTIFIER_MISSING or ATTRIBUTE_DUPLICATED (SEC-P11)
     */
    public static void apply(Map<String, List<String>> attributesByName, ClaveIdentity.Builder target) {
        throw new UnsupportedOperationException("issue 3 (identity)");
    }
}

package es.clave.sp.identity;

import es.clave.sp.login.IdentificationMethod;

import es.clave.sp.text.Ascii;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the identification method in a {@code SelectedIdP} value (protocol §3). Values may
 * arrive wrapped ({@code [AFIRMA]}) or with prefixes and suffixes, so matching looks for the
 * method tokens inside the value, ignoring ASCII case and everything but ASCII letters and digits
 * ({@code IDP_MOVIL} matches {@code idp-movil}). Non-ASCII characters are dropped <em>before</em>
 * case mapping, so a look-alike ({@code ıdp_movıl} with dotless i) never becomes a token. Besides the §3 tokens, the stems of the exclusion attribute names
 * ({@code GISS}, {@code AEAT}, {@code CLVMOVIL}) are recognised. A value naming no method, or
 * naming two different ones, is {@link IdentificationMethod#OTHER}: the caller keeps the raw value.
 */
public final class SelectedIdpMatcher {
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]");
    private static final Map<String, IdentificationMethod> TOKENS = new LinkedHashMap<>();

    static {
        for (IdentificationMethod method : IdentificationMethod.offerable()) {
            TOKENS.put(fold(method.selectedIdpToken()), method);
        }
        TOKENS.put("GISS", IdentificationMethod.CLAVE_PERMANENTE);
        TOKENS.put("AEAT", IdentificationMethod.CLAVE_PIN);
        TOKENS.put("CLVMOVIL", IdentificationMethod.CLAVE_MOVIL);
    }

    private SelectedIdpMatcher() {
    }

    /**
     * @param raw the {@code SelectedIdP} value, or null
     * @return the method it names, or {@link IdentificationMethod#OTHER} when none or several
     */
    public static IdentificationMethod match(String raw) {
        if (raw == null) {
            return IdentificationMethod.OTHER;
        }
        String folded = fold(raw);
        Set<IdentificationMethod> found = EnumSet.noneOf(IdentificationMethod.class);
        TOKENS.forEach((token, method) -> {
            if (folded.contains(token)) {
                found.add(method);
            }
        });
        return found.size() == 1 ? found.iterator().next() : IdentificationMethod.OTHER;
    }

    private static String fold(String value) {
        return Ascii.toUpperCase(NOT_ALPHANUMERIC.matcher(value).replaceAll(""));
    }
}

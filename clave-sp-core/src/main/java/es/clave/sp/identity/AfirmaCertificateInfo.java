package es.clave.sp.identity;

import es.clave.sp.text.Ascii;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The certificate fields of a {@code PartialAfirma} attribute: the
 * {@code ReadableCertificateInfo/ReadableField} identity/value pairs of the @firma verify response
 * ({@code clasificacion}, {@code NIF-CIF}, {@code razonSocial}, {@code NIFResponsable}, ...).
 * Field names are looked up ignoring the case of ASCII letters only ({@link Ascii}): with the JDK's
 * case-insensitive order {@code NIF-CİF} (dotted capital I) or {@code claſificacion} (long s) would
 * be read as the real field.
 */
public final class AfirmaCertificateInfo implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Field holding the certificate classification. */
    public static final String CLASSIFICATION = "clasificacion";
    /** Field holding the NIF or CIF of the certificate's subject or represented entity. */
    public static final String NIF_CIF = "NIF-CIF";
    /** Field holding the company name. */
    public static final String COMPANY_NAME = "razonSocial";
    /** Classifications of a legal person's representative certificate (RSP-12). */
    public static final Set<String> REPRESENTATIVE_CLASSIFICATIONS = Set.of("11", "12");

    private final Map<String, String> fields;
    private final TreeMap<String, String> byLowerName;

    /** @param fields field identity to value, in document order */
    public AfirmaCertificateInfo(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.byLowerName = new TreeMap<>(Ascii.CASE_INSENSITIVE_ORDER);
        fields.forEach(byLowerName::putIfAbsent);
    }

    /** @return every field, in document order */
    public Map<String, String> fields() {
        return fields;
    }

    /** @return the value of {@code name} (ignoring case), trimmed, when present and not blank */
    public Optional<String> field(String name) {
        String value = byLowerName.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** @return whether {@code clasificacion} says the certificate is a legal person's representative's (11 or 12) */
    public boolean isRepresentativeCertificate() {
        return field(CLASSIFICATION).map(REPRESENTATIVE_CLASSIFICATIONS::contains).orElse(false);
    }

    /**
     * @return the represented legal person ({@code NIF-CIF}, {@code razonSocial}) for a representative
     *         certificate with an identifier; empty otherwise
     */
    public Optional<LegalPerson> representedEntity() {
        if (!isRepresentativeCertificate()) {
            return Optional.empty();
        }
        return field(NIF_CIF).flatMap(PersonIdentifierParser::parse)
                .map(id -> new LegalPerson(id, field(COMPANY_NAME).orElse(null), LegalPerson.Source.PARTIAL_AFIRMA));
    }

    @Override
    public String toString() {
        // field values are personal data: names only
        return "AfirmaCertificateInfo" + fields.keySet();
    }
}

package es.clave.sp.identity;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The citizen Cl@ve identified, as validated by {@code finishLogin}. Immutable and serializable so
 * it can live in a replicated HTTP session. {@link #getName()} is the person identifier's value.
 */
public final class ClaveIdentity implements Principal, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    private final PersonIdentifier personIdentifier;
    private final String givenName;
    private final String familyName;
    private final String firstSurname;
    private final String secondSurname;
    private final LocalDate dateOfBirth;
    private final IdentificationMethod method;
    private final String selectedIdpRaw;
    private final LevelOfAssurance levelOfAssurance;
    private final LegalPerson representedEntity;
    private final Map<String, List<String>> attributes;
    private final String issuer;
    private final String responseId;
    private final String assertionId;
    private final Instant issueInstant;
    private final Instant authnInstant;

    private ClaveIdentity(Builder b) {
        this.personIdentifier = b.personIdentifier;
        this.givenName = b.givenName;
        this.familyName = b.familyName;
        this.firstSurname = b.firstSurname;
        this.secondSurname = b.secondSurname;
        this.dateOfBirth = b.dateOfBirth;
        this.method = b.method;
        this.selectedIdpRaw = b.selectedIdpRaw;
        this.levelOfAssurance = b.levelOfAssurance;
        this.representedEntity = b.representedEntity;
        LinkedHashMap<String, List<String>> copy = new LinkedHashMap<>();
        b.attributes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.attributes = java.util.Collections.unmodifiableMap(copy);
        this.issuer = b.issuer;
        this.responseId = b.responseId;
        this.assertionId = b.assertionId;
        this.issueInstant = b.issueInstant;
        this.authnInstant = b.authnInstant;
    }

    /** @return a builder; used by core's response mapping and by tests */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the person identifier's normalised value */
    @Override
    public String getName() {
        return personIdentifier == null ? null : personIdentifier.value();
    }

    /** @return the person (natural person; the representative when acting for a company) */
    public PersonIdentifier personIdentifier() { return personIdentifier; }
    /** @return given name(s) ({@code FirstName}) */
    public String givenName() { return givenName; }
    /** @return both surnames as delivered in {@code FamilyName} */
    public String familyName() { return familyName; }
    /** @return first surname ({@code FirstSurname}; when absent, the whole {@code FamilyName}: see {@link SurnameSplitter}) */
    public String firstSurname() { return firstSurname; }
    /** @return second surname ({@code FamilyName} minus {@code FirstSurname}); null when there is none or it cannot be told */
    public String secondSurname() { return secondSurname; }
    /** @return date of birth when delivered */
    public Optional<LocalDate> dateOfBirth() { return Optional.ofNullable(dateOfBirth); }
    /** @return the identification method used ({@code SelectedIdP}) */
    public IdentificationMethod method() { return method; }
    /** @return the raw {@code SelectedIdP} value, or null when absent */
    public String selectedIdpRaw() { return selectedIdpRaw; }
    /** @return the achieved level of assurance */
    public LevelOfAssurance levelOfAssurance() { return levelOfAssurance; }
    /** @return the legal person the citizen represents, when acting for one */
    public Optional<LegalPerson> representedEntity() { return Optional.ofNullable(representedEntity); }
    /** @return whether the citizen acts as representative of a legal person */
    public boolean isRepresentative() { return representedEntity != null; }
    /** @return every attribute by its {@code Name}, values in order */
    public Map<String, List<String>> attributes() { return attributes; }
    /** @return the response/assertion issuer */
    public String issuer() { return issuer; }
    /** @return the SAML Response ID */
    public String responseId() { return responseId; }
    /** @return the Assertion ID */
    public String assertionId() { return assertionId; }
    /** @return the assertion's IssueInstant */
    public Instant issueInstant() { return issueInstant; }
    /** @return when the citizen authenticated ({@code AuthnInstant}) */
    public Instant authnInstant() { return authnInstant; }

    /**
     * Whether {@code other} is the same citizen acting in the same capacity: the same normalised
     * person identifier (and issuing country) and, when acting as a representative, the same
     * represented legal person. Names, method and level of assurance do not count. The adapters use
     * it to decide whether a login over a signed-in session may keep that session's contents.
     *
     * @param other another identity, may be null
     * @return true only when both identities have an identifier and the rule above holds
     */
    public boolean isSameCitizen(ClaveIdentity other) {
        return other != null && sameIdentifier(personIdentifier, other.personIdentifier)
                && (representedEntity == null ? other.representedEntity == null
                : other.representedEntity != null
                && sameIdentifier(representedEntity.identifier(), other.representedEntity.identifier()));
    }

    private static boolean sameIdentifier(PersonIdentifier a, PersonIdentifier b) {
        return a != null && b != null && a.value() != null && a.value().equals(b.value())
                && Objects.equals(a.countryCode(), b.countryCode());
    }

    /** @return given name followed by the surnames */
    public String displayName() {
        StringBuilder sb = new StringBuilder();
        if (givenName != null) {
            sb.append(givenName);
        }
        if (familyName != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(familyName);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "ClaveIdentity[" + (personIdentifier == null ? "?" : personIdentifier.kind()) + ", method=" + method
                + ", loa=" + levelOfAssurance + ", representative=" + isRepresentative() + "]";
    }

    /** Builds a {@link ClaveIdentity}. */
    public static final class Builder {
        private PersonIdentifier personIdentifier;
        private String givenName;
        private String familyName;
        private String firstSurname;
        private String secondSurname;
        private LocalDate dateOfBirth;
        private IdentificationMethod method = IdentificationMethod.OTHER;
        private String selectedIdpRaw;
        private LevelOfAssurance levelOfAssurance;
        private LegalPerson representedEntity;
        private final Map<String, List<String>> attributes = new LinkedHashMap<>();
        private String issuer;
        private String responseId;
        private String assertionId;
        private Instant issueInstant;
        private Instant authnInstant;

        private Builder() {
        }

        public Builder personIdentifier(PersonIdentifier v) { this.personIdentifier = v; return this; }
        public Builder givenName(String v) { this.givenName = v; return this; }
        public Builder familyName(String v) { this.familyName = v; return this; }
        public Builder firstSurname(String v) { this.firstSurname = v; return this; }
        public Builder secondSurname(String v) { this.secondSurname = v; return this; }
        public Builder dateOfBirth(LocalDate v) { this.dateOfBirth = v; return this; }
        public Builder method(IdentificationMethod v) { this.method = v; return this; }
        public Builder selectedIdpRaw(String v) { this.selectedIdpRaw = v; return this; }
        public Builder levelOfAssurance(LevelOfAssurance v) { this.levelOfAssurance = v; return this; }
        public Builder representedEntity(LegalPerson v) { this.representedEntity = v; return this; }
        public Builder attribute(String name, List<String> values) { this.attributes.put(name, values); return this; }
        public Builder issuer(String v) { this.issuer = v; return this; }
        public Builder responseId(String v) { this.responseId = v; return this; }
        public Builder assertionId(String v) { this.assertionId = v; return this; }
        public Builder issueInstant(Instant v) { this.issueInstant = v; return this; }
        public Builder authnInstant(Instant v) { this.authnInstant = v; return this; }

        /** @return the immutable identity */
        public ClaveIdentity build() {
            return new ClaveIdentity(this);
        }
    }
}

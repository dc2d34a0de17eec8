package es.clave.sp.identity;

import java.util.Set;

/**
 * The {@code Name} URIs of the attributes Cl@ve 2.0 returns (RSP-12) and of the RelayState
 * attribute the SP sends (REQ-10). One place for every module that reads or writes them.
 */
public final class ClaveAttributes {
    /** Prefix of the eIDAS natural-person attribute names. */
    public static final String EIDAS_NATURAL_PERSON = "http://eidas.europa.eu/attributes/naturalperson/";
    /** Prefix of the eIDAS legal-person attribute names. */
    public static final String EIDAS_LEGAL_PERSON = "http://eidas.europa.eu/attributes/legalperson/";
    /** Prefix of the Cl@ve-specific attribute names. */
    public static final String CLAVE = "http://es.minhafp.clave/";

    /** Identifier of the person (NIF, NIE, CIF or {@code CC/CC/value}). */
    public static final String PERSON_IDENTIFIER = EIDAS_NATURAL_PERSON + "PersonIdentifier";
    /** Given name(s). */
    public static final String FIRST_NAME = EIDAS_NATURAL_PERSON + "CurrentGivenName";
    /** Both surnames, space-separated. */
    public static final String FAMILY_NAME = EIDAS_NATURAL_PERSON + "CurrentFamilyName";
    /** Date of birth, {@code YYYY-MM-DD}. */
    public static final String DATE_OF_BIRTH = EIDAS_NATURAL_PERSON + "DateOfBirth";
    /** First surname only. */
    public static final String FIRST_SURNAME = CLAVE + "FirstSurname";
    /** The identification method used (protocol §3). */
    public static final String SELECTED_IDP = CLAVE + "SelectedIdP";
    /** The RelayState echoed by the gateway (REQ-10); must equal the request's. */
    public static final String RELAY_STATE = CLAVE + "RelayState";
    /** Base64 of the @firma DSS verify response for certificate logins. */
    public static final String PARTIAL_AFIRMA = CLAVE + "PartialAfirma";
    /** Optional, meaning undocumented: kept raw. */
    public static final String NATIONAL_PERSON_IDENTIFIER = CLAVE + "NationalPersonIdentifier";
    /** Optional, meaning undocumented: kept raw. */
    public static final String REGISTER_TYPE = CLAVE + "RegisterType";
    /** eIDAS legal person identifier (EU logins). */
    public static final String LEGAL_PERSON_IDENTIFIER = EIDAS_LEGAL_PERSON + "LegalPersonIdentifier";
    /** eIDAS legal person name (EU logins). */
    public static final String LEGAL_NAME = EIDAS_LEGAL_PERSON + "LegalName";

    /** The NameFormat of every Cl@ve attribute (RSP-12, REQ-9). */
    public static final String NAME_FORMAT_URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";

    /** Every attribute Name above: the ones the SP reads and therefore checks strictly. */
    public static final Set<String> KNOWN = Set.of(PERSON_IDENTIFIER, FIRST_NAME, FAMILY_NAME, DATE_OF_BIRTH,
            FIRST_SURNAME, SELECTED_IDP, RELAY_STATE, PARTIAL_AFIRMA, NATIONAL_PERSON_IDENTIFIER, REGISTER_TYPE,
            LEGAL_PERSON_IDENTIFIER, LEGAL_NAME);

    /**
     * Identity attributes that must carry at most one value (SEC-P11): several values would make
     * the identity ambiguous, so the response is rejected rather than one value picked.
     */
    public static final Set<String> SINGLE_VALUED = Set.of(PERSON_IDENTIFIER, FIRST_NAME, FAMILY_NAME,
            FIRST_SURNAME, DATE_OF_BIRTH, SELECTED_IDP, PARTIAL_AFIRMA, LEGAL_PERSON_IDENTIFIER, LEGAL_NAME);

    private ClaveAttributes() {
    }
}

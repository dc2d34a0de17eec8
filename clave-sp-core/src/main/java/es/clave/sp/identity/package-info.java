/**
 * The identity a successful login proves, and how Cl@ve's attributes become it (RSP-12).
 *
 * <p>Public API: {@link es.clave.sp.identity.ClaveIdentity} (serializable, for replicated
 * sessions) with its {@code PersonIdentifier}, {@code IdentifierKind} and optional represented
 * {@code LegalPerson}; {@code ClaveAttributes} names the attributes. The mapping pieces are public
 * so they can be tested and reused, but applications normally only read the identity: {@code
 * AttributeMapper} refuses a missing PersonIdentifier and several values for a single-valued
 * attribute (SEC-P11); {@code PersonIdentifierParser} and {@code SpanishIdentifiers} classify NIF,
 * NIE, CIF and eIDAS identifiers and flag failed check characters; {@code SurnameSplitter}, {@code
 * SelectedIdpMatcher} and {@code PartialAfirmaReader} read surnames, the method used and a
 * representative's certificate data, the last one with the hardened parser (SEC-X1 to SEC-X4).
 */
package es.clave.sp.identity;

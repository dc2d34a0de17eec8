/**
 * Internal: the one XML parser of the response pipeline and the navigation every check uses.
 *
 * <p>{@code SecureXmlParser} refuses any DOCTYPE (SEC-X1), processes no XInclude and drops
 * comments and coalesces CDATA (SEC-X2), rejects nesting deeper than 256 elements with an
 * iterative walk (SEC-X3), and refuses an ID value used twice in a document (SEC-W10). {@code Dom}
 * matches elements by namespace URI and local name and only among direct children (SEC-X5, SEC-X6,
 * SEC-W9). {@code XmlValues} decodes Base64 strictly and reads SAML date-times (SEC-X4); {@code
 * XmlNames} holds the namespace and status URIs. Not API.
 */
package es.clave.sp.internal.saml.xml;

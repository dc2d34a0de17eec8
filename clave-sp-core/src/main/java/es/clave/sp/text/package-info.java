/**
 * Rules for reading and logging external text, shared by every package of the library and by both
 * adapters: {@link es.clave.sp.text.XmlTokens} (URI comparison, xsd:ID), {@link es.clave.sp.text.Ascii}
 * (case mapping of identifiers), {@link es.clave.sp.text.LogSanitizer} (log lines). A leaf: it
 * depends on the JDK only, so using it never creates a package cycle.
 */
package es.clave.sp.text;

/**
 * Reading flat {@code clave.*} properties: {@link es.clave.sp.property.PropertyReader} gives every
 * key the same grammar (booleans, durations, enumerations, lists, locations) and the same error
 * messages, and {@link es.clave.sp.property.KnownKeys} lets each component declare the keys it
 * reads so that a mistyped key fails with the nearest valid one. A leaf package: it depends only on
 * {@code es.clave.sp.error}, so every feature's settings can use it without a package cycle.
 */
package es.clave.sp.property;

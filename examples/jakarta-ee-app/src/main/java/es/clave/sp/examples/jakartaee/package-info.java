/**
 * A WAR for any Jakarta EE 10+ server with Cl@ve login through container security: the
 * {@code clave-sp-jakarta-security} mechanism authenticates, {@code @ServletSecurity} and
 * {@code @RolesAllowed} decide with the groups it maps from the identity.
 */
package es.clave.sp.examples.jakartaee;

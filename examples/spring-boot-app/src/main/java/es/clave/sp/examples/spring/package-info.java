/**
 * The Spring Boot example: a home page with the Cl@ve button and a protected page showing who
 * signed in, with the whole integration in one {@code .with(ClaveConfigurer.clave(), ...)} line.
 *
 * <p>The default {@code local} profile starts the gateway stub in the same process and wires the
 * SP to it with TEST-ONLY keys generated at every start; other profiles point at Cl@ve's
 * pre-production. Not API: example code to copy from.
 */
package es.clave.sp.examples.spring;

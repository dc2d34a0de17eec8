/**
 * The plain servlet example: an application on embedded Jetty with Cl@ve login through {@code
 * ClaveFilter}, written as any servlet application would be.
 *
 * <p>By default it starts the gateway stub in the same JVM and trusts it, with a TEST-ONLY SP key
 * generated at start-up, so the whole journey runs with nothing but this repository. Not API:
 * example code to copy from.
 */
package es.clave.sp.examples.servlet;

/**
 * Developer command-line tools. Everything here is TEST-ONLY: it helps a developer start against
 * the stub and is never used by the SP at run time.
 */
package es.clave.sp.tools;

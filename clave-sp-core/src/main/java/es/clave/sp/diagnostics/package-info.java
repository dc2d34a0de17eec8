/**
 * The {@code explain} tool: runs a captured {@code SAMLResponse} through the same validation steps
 * as a login and reports, step by step, what passed, what failed and what an operator can do about
 * it.
 *
 * <p>{@code ExplainMain} is the command line; {@code ResponseExplainer} and {@code ExplainReport}
 * are its API for tools that want the report as values. {@code PipelineStep} names each step of
 * the response pipeline with the rule ids it enforces (BND-1, SEC-X4, RSP-1 to RSP-12, SEC-W,
 * SEC-S, SEC-E, SEC-P). Message reading and hints are internal. Output is for a terminal or a
 * ticket: control characters are stripped (SEC-H6) and identifiers masked unless asked otherwise.
 */
package es.clave.sp.diagnostics;

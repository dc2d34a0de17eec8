/**
 * Checks on what the project publishes rather than on its code, run at the end of the build (not
 * published).
 *
 * <p>{@code ConsumerGraphCheck} reads the runtime graph that an adopter project resolved outside the
 * reactor and fails on any finding of {@code DependencyPolicy} (banned artifacts, unsupported
 * lines, versions below what we publish) or on a class defined by two jars ({@code
 * DuplicateClasses}); {@code ConsumerGraphReport} prints the jar counts and sizes. {@code
 * BundleCheck} verifies the Central bundle the release profile stages. See the module README.
 */
package es.clave.sp.buildchecks;

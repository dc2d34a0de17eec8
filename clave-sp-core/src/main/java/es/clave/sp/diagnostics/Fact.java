package es.clave.sp.diagnostics;

/**
 * Something read from the message for the operator (IDs, instants, audiences, the signing
 * certificate…). Facts are read, not verified: only the verdict says whether the message is valid.
 *
 * @param name  what it is, e.g. {@code Response InResponseTo}
 * @param value what the message says
 */
public record Fact(String name, String value) {
}

package es.clave.sp.diagnostics;

import es.clave.sp.identity.ClaveIdentity;

import java.util.List;

/**
 * What could be read from a response without judging it: facts for the operator, and the values
 * an explanation needs when the operator does not supply them.
 *
 * @param facts        what the message says, in reading order
 * @param inResponseTo the Response InResponseTo, or null
 * @param relayState   the single RelayState attribute value, or null when absent, repeated or unreadable
 * @param identity     the identity mapped from the attributes, or null when it cannot be mapped
 * @param problems     why parts of the message could not be read (e.g. decryption failed)
 */
record MessageView(List<Fact> facts, String inResponseTo, String relayState, ClaveIdentity identity,
                   List<String> problems) {
}

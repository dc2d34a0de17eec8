package es.clave.stub.conformance;

import org.w3c.dom.Element;

import java.security.cert.X509Certificate;

/**
 * A received request after decoding and checking.
 *
 * @param kind            login, logout, or unreadable
 * @param xml             the decoded XML text, or null when it could not be decoded
 * @param root            the parsed root element, or null
 * @param facts           what the gateway needs to answer, or null when unreadable
 * @param relayState      the posted RelayState, or null
 * @param report          the conformance findings
 * @param signerCertificate the certificate the signature validated with, or null
 */
public record InspectedRequest(Kind kind, String xml, Element root, RequestFacts facts, String relayState,
                               ConformanceReport report, X509Certificate signerCertificate) {

    /** What arrived. */
    public enum Kind {
        /** an AuthnRequest */
        LOGIN,
        /** a LogoutRequest */
        LOGOUT,
        /** nothing the gateway can answer */
        UNREADABLE
    }
}

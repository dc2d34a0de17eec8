package es.clave.stub.exchange;

import es.clave.stub.conformance.ConformanceReport;

import java.time.Instant;

/**
 * One request received by the stub and what it answered: the request XML, its conformance
 * report, and (once the citizen finishes) the response XML and where it was posted.
 * Thread-safe: the answer is set once by the server thread and read by tests.
 */
public final class Exchange {

    /** What kind of message started the exchange. */
    public enum Kind {
        /** an AuthnRequest */
        LOGIN,
        /** a LogoutRequest */
        LOGOUT,
        /** a message the stub could not read as either */
        UNREADABLE
    }

    private final long sequence;
    private final Instant receivedAt;
    private final Kind kind;
    private final String spCode;
    private final String relayState;
    private final String requestXml;
    private final ConformanceReport report;
    private volatile String responseXml;
    private volatile String responseDestination;
    private volatile String outcome = "waiting for the citizen";

    /** Creates an exchange for a received request. */
    public Exchange(long sequence, Instant receivedAt, Kind kind, String spCode, String relayState, String requestXml,
                    ConformanceReport report) {
        this.sequence = sequence;
        this.receivedAt = receivedAt;
        this.kind = kind;
        this.spCode = spCode;
        this.relayState = relayState;
        this.requestXml = requestXml;
        this.report = report;
    }

    /** @return the exchange number, 1 for the first request since start */
    public long sequence() { return sequence; }
    /** @return when the request arrived */
    public Instant receivedAt() { return receivedAt; }
    /** @return the kind of request */
    public Kind kind() { return kind; }
    /** @return the SP code the request claims, or null */
    public String spCode() { return spCode; }
    /** @return the posted RelayState, or null */
    public String relayState() { return relayState; }
    /** @return the decoded request XML, or null when it could not be decoded */
    public String requestXml() { return requestXml; }
    /** @return the conformance findings of the request */
    public ConformanceReport report() { return report; }
    /** @return the response XML sent back, or null while the citizen has not finished */
    public String responseXml() { return responseXml; }
    /** @return where the response was posted, or null */
    public String responseDestination() { return responseDestination; }
    /** @return a short description of the outcome */
    public String outcome() { return outcome; }

    /** Records the answer. */
    public void answered(String xml, String destination, String outcomeDescription) {
        this.responseXml = xml;
        this.responseDestination = destination;
        this.outcome = outcomeDescription;
    }

    /** Records an outcome without a SAML answer (e.g. an error page). */
    public void ended(String outcomeDescription) {
        this.outcome = outcomeDescription;
    }

    @Override
    public String toString() {
        return "Exchange#" + sequence + "[" + kind + ", sp=" + spCode + ", " + outcome + ", " + report.findings().size() + " findings]";
    }
}

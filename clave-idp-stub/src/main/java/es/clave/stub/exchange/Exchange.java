package es.clave.stub.exchange;

import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.i18n.Phrase;

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
    private volatile Phrase summary = Phrase.of("summary.waiting");

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
    /** @return a short description of the outcome, in English (logs, the HTTP API, test assertions) */
    public String outcome() { return outcome; }
    /** @return the outcome for a person, rendered in the page's language */
    public Phrase summary() { return summary; }

    /**
     * Records the answer.
     *
     * @param outcomeDescription the outcome in English
     * @param summary            the same for the pages, in any language
     */
    public void answered(String xml, String destination, String outcomeDescription, Phrase summary) {
        this.responseXml = xml;
        this.responseDestination = destination;
        this.outcome = outcomeDescription;
        this.summary = summary;
    }

    /** Records an outcome without a SAML answer (e.g. an error page), in English and for the pages. */
    public void ended(String outcomeDescription, Phrase summary) {
        this.outcome = outcomeDescription;
        this.summary = summary;
    }

    @Override
    public String toString() {
        return "Exchange#" + sequence + "[" + kind + ", sp=" + spCode + ", " + outcome + ", " + report.findings().size() + " findings]";
    }
}

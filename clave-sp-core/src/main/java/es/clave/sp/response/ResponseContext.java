package es.clave.sp.response;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one run of the login-response pipeline knows so far. Each {@link ResponseCheck} reads the
 * facts earlier checks established and adds its own; one instance per call, never shared.
 */
final class ResponseContext {
    final ClaveSpConfig config;
    final PendingLogin pending;
    final String postedRelayState;
    final ClientInfo client;
    /** the trusted Cl@ve certificates for this message (RSP-2, RSP-4), from the SP's trust source */
    final List<X509Certificate> trusted;
    /** the validation clock: when the response was received (RSP-7, RSP-10) */
    final Instant now;

    /** the verified-to-be {@code samlp:Response} root element */
    Element response;
    String responseId;
    String responseIssuer;
    Instant responseIssueInstant;

    /** the single {@code Assertion} or {@code EncryptedAssertion} child of the Response (RSP-3) */
    Element assertionCarrier;
    boolean encrypted;
    /** the assertion to consume: the carrier itself or its decrypted content */
    Element assertion;
    String assertionId;
    String assertionIssuer;
    Instant assertionIssueInstant;
    /** Conditions NotOnOrAfter: how long the IDs must be remembered (RSP-11) */
    Instant assertionNotOnOrAfter;

    LevelOfAssurance levelOfAssurance;
    Instant authnInstant;
    Map<String, List<String>> attributes;

    ResponseContext(ClaveSpConfig config, List<X509Certificate> trusted, PendingLogin pending, String postedRelayState,
                    ClientInfo client) {
        this.config = config;
        this.pending = pending;
        this.postedRelayState = postedRelayState;
        this.client = client;
        this.now = client.receivedAt() != null ? client.receivedAt() : Instant.now();
        // one snapshot per message (taken by the caller): both signatures are checked against the
        // same trusted set, even if the certificate feed refreshes meanwhile
        this.trusted = trusted;
    }
}

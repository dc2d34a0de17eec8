package es.clave.sp.response;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.signature.EnvelopedSignatureVerifier;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.internal.saml.xml.XmlNames;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.text.XmlTokens;
import es.clave.sp.trust.TrustedCertificateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;
import static es.clave.sp.internal.saml.xml.XmlNames.SAMLP;

/**
 * Validates the gateway's {@code logoutResponse} (LGO-2): the same decoding cap and hardened parser
 * as logins (SEC-X), a Response signature by a trusted key under the same allow-lists (RSP-2, RSP-5),
 * InResponseTo (an xsd:ID) equal to the pending logout's request ID, Destination (when present) equal
 * to the configured logout return URL, an entity Issuer equal to the pinned one, a fresh IssueInstant, a Success status, and a
 * first-seen ID. Thread-safe. Internal: use {@link es.clave.sp.ClaveServiceProvider#finishLogout}.
 */
public final class LogoutResponseProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(LogoutResponseProcessor.class);
    /** Replay-cache namespace of LogoutResponse IDs. */
    static final String LOGOUT = "logout-response";

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trust;
    private final ReplayCache replayCache;

    /**
     * @param config      the SP configuration; its {@code trustSource()} gives the trusted certificates
     * @param replayCache where LogoutResponse IDs are remembered
     */
    public LogoutResponseProcessor(ClaveSpConfig config, ReplayCache replayCache) {
        this(config, config.trustSource(), replayCache);
    }

    /**
     * @param config      the SP configuration
     * @param trust       the trusted Cl@ve certificates, read once per message (the configured ones plus the feed)
     * @param replayCache where LogoutResponse IDs are remembered
     */
    public LogoutResponseProcessor(ClaveSpConfig config, TrustedCertificateSource trust, ReplayCache replayCache) {
        this.config = Objects.requireNonNull(config, "config");
        this.trust = Objects.requireNonNull(trust, "trust");
        this.replayCache = Objects.requireNonNull(replayCache, "replayCache");
    }

    /**
     * @param logoutResponse the posted Base64 {@code logoutResponse} field (BND-3)
     * @param relayState     the posted RelayState
     * @param pending        the pending logout, or null when none is known
     * @param clientInfo     transport facts; {@code receivedAt} is the clock
     * @throws ClaveAuthenticationException when the answer is missing, invalid or not a success
     */
    public void process(String logoutResponse, String relayState, PendingLogout pending, ClientInfo clientInfo) {
        try {
            run(logoutResponse, relayState, pending, clientInfo == null ? ClientInfo.now() : clientInfo);
        } catch (ClaveAuthenticationException e) {
            LOG.info("Cl@ve logout answer rejected: {}", e.getMessage());
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ClaveAuthenticationException(ClaveError.INTERNAL_ERROR,
                    "unexpected " + e.getClass().getName() + " while validating a logout response", e);
        }
    }

    private void run(String field, String relayState, PendingLogout pending, ClientInfo clientInfo) {
        byte[] xml = SamlFieldDecoder.decode(field, config.maxResponseSize(), "logoutResponse");
        if (pending == null) {
            throw Failures.fail(ClaveError.UNSOLICITED_RESPONSE, "no pending logout for this answer");
        }
        if (relayState == null || !relayState.equals(pending.relayState())) {
            throw Failures.fail(ClaveError.RELAY_STATE_MISMATCH, "the posted RelayState is not the pending logout's");
        }
        Element root = SecureXmlParser.parse(xml).getDocumentElement();
        if (!Dom.is(root, SAMLP, "LogoutResponse")) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "the root element is not a SAML 2.0 LogoutResponse");
        }
        String id = ResponseShapeCheck.requireIdAndVersion(root, "LogoutResponse");
        Instant issued = ResponseShapeCheck.requiredInstant(root, "LogoutResponse");
        if (!EnvelopedSignatureVerifier.verifyIfPresent(root, trust.current())) {
            throw Failures.fail(ClaveError.SIGNATURE_MISSING, "the LogoutResponse is not signed");
        }
        String inResponseTo = XmlValues.ncName(Dom.attr(root, "InResponseTo"), "LogoutResponse InResponseTo");
        if (inResponseTo == null || !inResponseTo.equals(pending.requestId())) {
            throw Failures.fail(ClaveError.IN_RESPONSE_TO_MISMATCH, "LogoutResponse InResponseTo '" + inResponseTo
                    + "' is not the pending logout request ID");
        }
        String destination = Dom.attr(root, "Destination");
        String expected = config.logoutReturnUrl().toString();
        if (destination != null && !XmlTokens.sameUri(destination, expected)) {
            throw Failures.fail(ClaveError.WRONG_DESTINATION, "Destination '" + destination + "' is not '" + expected + "'");
        }
        Element issuer = Dom.optionalSingle(root, SAML, "Issuer", ClaveError.MALFORMED_RESPONSE);
        IssuerRules.checkPinned(config.gatewayIssuer(), issuer == null ? null : IssuerRules.value(issuer, "LogoutResponse"),
                "LogoutResponse");
        checkIssueInstant(issued, pending, clientInfo.receivedAt() == null ? Instant.now() : clientInfo.receivedAt());
        checkStatus(root);
        ReplayCheck.firstSeenOrFail(replayCache, LOGOUT, id, issued.plus(config.maxResponseAge()).plus(config.clockSkew()));
    }

    private void checkIssueInstant(Instant issued, PendingLogout pending, Instant now) {
        Duration skew = config.clockSkew();
        boolean beforeRequest = pending.issuedAt() != null && issued.isBefore(pending.issuedAt().minus(skew));
        if (beforeRequest || issued.isAfter(now.plus(skew)) || issued.isBefore(now.minus(config.maxResponseAge()).minus(skew))) {
            throw Failures.fail(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, "LogoutResponse IssueInstant " + issued + " is outside the accepted window");
        }
    }

    private static void checkStatus(Element root) {
        Element status = Dom.single(root, SAMLP, "Status", ClaveError.MALFORMED_RESPONSE);
        Element code = Dom.single(status, SAMLP, "StatusCode", ClaveError.MALFORMED_RESPONSE);
        String value = Dom.attr(code, "Value");
        if (!XmlTokens.sameUri(value, XmlNames.STATUS_SUCCESS)) {
            Element sub = Dom.first(code, SAMLP, "StatusCode");
            Element message = Dom.first(status, SAMLP, "StatusMessage");
            throw Failures.fail(ClaveError.LOGOUT_FAILED, "status " + value
                    + (sub == null ? "" : " / " + Dom.attr(sub, "Value"))
                    + (message == null ? "" : ": " + Dom.text(message)));
        }
    }
}

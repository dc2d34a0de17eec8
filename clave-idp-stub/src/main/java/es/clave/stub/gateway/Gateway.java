package es.clave.stub.gateway;

import es.clave.stub.LoginScript;
import es.clave.stub.conformance.CheckContext;
import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.conformance.Finding;
import es.clave.stub.conformance.InspectedRequest;
import es.clave.stub.conformance.RequestInspector;
import es.clave.stub.conformance.AuthnRequestChecker;
import es.clave.stub.support.Logs;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.exchange.ExchangeLog;
import es.clave.stub.i18n.Phrase;
import es.clave.stub.saml.Ids;
import es.clave.stub.saml.LoginResponseWriter;
import es.clave.stub.saml.LogoutResponseWriter;
import es.clave.stub.saml.SigningKeys;
import es.clave.stub.trust.SpRegistry;
import es.clave.stub.users.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The gateway's logic without HTTP: receives requests (checks them, records the exchange, decides
 * between a login, an error answer and an error page) and finishes logins. The HTTP layer only
 * translates.
 */
public final class Gateway {

    private static final Logger LOG = LoggerFactory.getLogger(Gateway.class);

    private final GatewayConfig config;
    private final SpRegistry registry;
    private final ExchangeLog exchanges;
    private final TransactionStore transactions = new TransactionStore();
    private final ConcurrentLinkedQueue<LoginScript> scripts = new ConcurrentLinkedQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final LoginResponseWriter responses;
    private final LogoutResponseWriter logoutResponses;
    private final LoginFinisher finisher;

    /** Creates the gateway. */
    public Gateway(GatewayConfig config, SpRegistry registry, UserDirectory users, SigningKeys keys, ExchangeLog exchanges) {
        this.config = config;
        this.registry = registry;
        this.exchanges = exchanges;
        this.responses = new LoginResponseWriter(keys);
        this.logoutResponses = new LogoutResponseWriter(keys);
        this.finisher = new LoginFinisher(config, registry, users, responses);
    }

    /** @return the gateway's settings */
    public GatewayConfig config() {
        return config;
    }

    /** Queues the outcome of a coming login; scripted logins skip the pages. */
    public void script(LoginScript script) {
        scripts.add(script);
    }

    /** Drops every queued script. */
    public void clearScripts() {
        scripts.clear();
    }

    /** @return a waiting login */
    public Optional<LoginTransaction> transaction(String id) {
        return transactions.get(id, config.clock().instant());
    }

    /**
     * Handles a message posted (or sent) to the gateway endpoint.
     *
     * @param clientAddress the browser's IP, or null
     */
    public GatewayAnswer receive(String method, String path, String contentType, Map<String, String> fields, String clientAddress) {
        Instant now = config.clock().instant();
        CheckContext ctx = new CheckContext(config.endpointUrls(), fields.get("RelayState"), registry, config.devMode(), now,
                config.clockSkew());
        InspectedRequest inspected = RequestInspector.inspect(method, path, contentType, fields, ctx);
        Exchange exchange = new Exchange(sequence.incrementAndGet(), now, kind(inspected), spCode(inspected),
                inspected.relayState(), inspected.xml(), inspected.report());
        exchanges.add(exchange);
        log(exchange);
        if (inspected.kind() == InspectedRequest.Kind.UNREADABLE) {
            exchange.ended("rejected: unreadable request", Phrase.of("summary.unreadable"));
            return new GatewayAnswer.Problem(400, "error.unreadable", null, inspected.report());
        }
        String replyUrl = inspected.facts().replyUrl();
        boolean canReply = replyUrl != null && AuthnRequestChecker.acsProblem(replyUrl) == null && inspected.facts().id() != null;
        boolean reject = config.strict() && inspected.report().hasViolations();
        if (inspected.kind() == InspectedRequest.Kind.LOGOUT) {
            return logout(inspected, exchange, canReply, reject, now);
        }
        if (!canReply) {
            exchange.ended("rejected: no usable AssertionConsumerServiceURL or ID to answer", Phrase.of("summary.noReply"));
            return new GatewayAnswer.Problem(400, "error.noReply", null, inspected.report());
        }
        if (reject) {
            String xml = responses.writeRejection(inspected.facts().id(), replyUrl, config.issuer(), rejectionMessage(inspected.report()), now);
            // only MUST findings are reasons: SHOULD findings stay warnings in strict mode too
            List<String> reasons = inspected.report().violatedRuleIds();
            return post(exchange, xml, replyUrl, "SAMLResponse", inspected.relayState(), "rejected (strict mode): " + reasons,
                    Phrase.of("summary.rejected", String.join(", ", reasons)));
        }
        LoginTransaction tx = new LoginTransaction(Ids.newId(), inspected.facts(), inspected.relayState(), exchange,
                inspected.signerCertificate(), now);
        LoginScript script = scripts.poll();
        if (script != null) {
            return finisher.finish(tx, script, clientAddress);
        }
        transactions.put(tx);
        return new GatewayAnswer.Chooser(tx);
    }

    /**
     * Finishes a waiting login with the citizen's choices from the pages.
     *
     * @return the auto-post answer, or a problem page when the login is unknown or the choice impossible
     */
    public GatewayAnswer finish(String transactionId, LoginScript choice, String clientAddress) {
        Optional<LoginTransaction> tx = transactions.take(transactionId, config.clock().instant());
        if (tx.isEmpty()) {
            return new GatewayAnswer.Problem(404, "error.unknownLogin", Phrase.of("problem.unknownLogin", transactionId), null);
        }
        return finisher.finish(tx.get(), choice, clientAddress);
    }

    private GatewayAnswer logout(InspectedRequest inspected, Exchange exchange, boolean canReply, boolean reject, Instant now) {
        if (!canReply) {
            exchange.ended("rejected: no usable Issuer to answer the logout", Phrase.of("summary.noReply"));
            return new GatewayAnswer.Problem(400, "error.noReply", null, inspected.report());
        }
        String error = reject ? rejectionMessage(inspected.report()) : null;
        String xml = logoutResponses.write(inspected.facts().id(), inspected.facts().replyUrl(), config.issuer(), error, now);
        List<String> reasons = inspected.report().violatedRuleIds();
        return post(exchange, xml, inspected.facts().replyUrl(), "logoutResponse", inspected.relayState(),
                reject ? "logout rejected (strict mode): " + reasons : "logout confirmed",
                reject ? Phrase.of("summary.logoutRejected", String.join(", ", reasons)) : Phrase.of("summary.logoutConfirmed"));
    }

    private static GatewayAnswer post(Exchange exchange, String xml, String action, String field, String relayState, String outcome,
                                      Phrase summary) {
        String encoded = Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        exchange.answered(xml, action, outcome, summary);
        return new GatewayAnswer.Post(PostMessage.of(action, field, encoded, relayState), exchange);
    }

    /** The StatusMessage of a strict-mode rejection: each violated rule with its fix. */
    static String rejectionMessage(ConformanceReport report) {
        String text = "Request rejected by clave-idp-stub (strict mode): " + report.violations().stream()
                .map(Finding::toString).collect(Collectors.joining(" | "));
        return text.length() > 2000 ? text.substring(0, 2000) + "…" : text;
    }

    private static Exchange.Kind kind(InspectedRequest r) {
        return switch (r.kind()) {
            case LOGIN -> Exchange.Kind.LOGIN;
            case LOGOUT -> Exchange.Kind.LOGOUT;
            case UNREADABLE -> Exchange.Kind.UNREADABLE;
        };
    }

    private static String spCode(InspectedRequest r) {
        return r.facts() == null ? null : r.facts().spCode();
    }

    private void log(Exchange exchange) {
        ConformanceReport report = exchange.report();
        if (report.isClean()) {
            LOG.info("#{} {} from SP {}: conforms to every rule", exchange.sequence(), exchange.kind(), Logs.clean(exchange.spCode()));
            return;
        }
        for (Finding f : report.findings()) {
            LOG.warn("#{} {} from SP {}: {}", exchange.sequence(), exchange.kind(), Logs.clean(exchange.spCode()), Logs.clean(f.toString()));
        }
    }
}

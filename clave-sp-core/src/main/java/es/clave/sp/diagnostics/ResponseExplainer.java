package es.clave.sp.diagnostics;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.response.LoginResponseProcessor;
import es.clave.sp.response.PipelineStep;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.trust.TrustedCertificateSource;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Explains why the SP accepts or rejects a response ("it doesn't let me in"). The response goes
 * through the <strong>real</strong> {@link LoginResponseProcessor} with this configuration, unchanged
 * and unweakened; the explanation adds which named step decided, what the message says, the identity
 * where readable, and every assumption made for values the operator did not supply (request ID,
 * RelayState, requested LoA, request time). Nothing is stored: replay is checked against a fresh,
 * private cache, and no audit event is published.
 */
public final class ResponseExplainer {

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trust;
    private final Clock clock;

    /** @param config the SP's real configuration (trusted certificates, keys, ACS URL, time rules) */
    public ResponseExplainer(ClaveSpConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock the default validation clock when the request gives no reception time */
    public ResponseExplainer(ClaveSpConfig config, Clock clock) {
        this(config, config.trustSource(), clock);
    }

    /**
     * @param trust the certificates to trust, e.g. a running SP's {@code trustSource()} (configured plus feed)
     * @param clock the default validation clock when the request gives no reception time
     */
    public ResponseExplainer(ClaveSpConfig config, TrustedCertificateSource trust, Clock clock) {
        this.config = config;
        this.trust = trust;
        this.clock = clock;
    }

    /** @return the explanation of {@code request}'s response */
    public ExplainReport explain(ExplainRequest request) {
        Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : clock.instant();
        MessageView view = MessageReader.read(request.samlResponse(), config, trust);
        List<String> assumptions = new ArrayList<>();
        Map<PipelineStep, String> notes = new EnumMap<>(PipelineStep.class);
        PendingLogin pending = pending(request, view, assumptions, notes);
        if (request.receivedAt() == null) {
            assumptions.add("reception time not given: validated as received now (" + receivedAt + ")");
        }

        LoginResponseProcessor pipeline = new LoginResponseProcessor(config, trust, new InMemoryReplayCache());
        AtomicReference<PipelineStep> failedStep = new AtomicReference<>();
        try {
            ClaveIdentity identity = pipeline.process(request.samlResponse(), pending.relayState(), pending,
                    new ClientInfo(request.clientAddress(), receivedAt), failedStep::set);
            return new ExplainReport(true, null, null, checks(null, null, notes), view.facts(), identity, receivedAt,
                    assumptions, view.problems(), null);
        } catch (ClaveAuthenticationException e) {
            // the pipeline names the step that rejected the response
            Optional<PipelineStep> failed = Optional.ofNullable(failedStep.get());
            List<CheckResult> checks = failed.isPresent() ? checks(failed.get(), e.getMessage(), notes) : List.of();
            return new ExplainReport(false, e.error(), e.getMessage(), checks, view.facts(), view.identity(), receivedAt,
                    assumptions, view.problems(), OperatorHints.forError(e.error()));
        }
    }

    /** The pending login the real pipeline compares against, built from what the operator knows. */
    private static PendingLogin pending(ExplainRequest request, MessageView view, List<String> assumptions,
                                        Map<PipelineStep, String> notes) {
        String requestId = request.requestId();
        if (requestId == null) {
            requestId = view.inResponseTo() != null ? view.inResponseTo() : "_request-id-unknown";
            assumptions.add("request ID not given (--request-id): taken from the response's InResponseTo, so "
                    + "SEC-P1 cannot tell whether this response answers the citizen's login");
            notes.put(PipelineStep.RESPONSE_ENVELOPE, "InResponseTo compared with itself: no request ID given");
            notes.put(PipelineStep.SUBJECT_CONFIRMATION, "InResponseTo compared with itself: no request ID given");
        }
        String relayState = view.relayState() != null ? view.relayState() : "(no RelayState attribute readable)";
        assumptions.add("the posted RelayState and the pending login's are taken to be the response's RelayState "
                + "attribute: SEC-P10 is only checked for presence here (the adapter checks the browser's)");
        notes.put(PipelineStep.ATTRIBUTES, "RelayState attribute compared with itself");
        LevelOfAssurance loa = request.requestedLoa();
        if (loa == null) {
            loa = LevelOfAssurance.LOW;
            assumptions.add("requested LoA not given (--requested-loa): LOW assumed, so RSP-9 only checks that the "
                    + "level is a known eIDAS one");
            notes.put(PipelineStep.AUTHN_CONTEXT, "compared with LOW: no requested LoA given");
        }
        if (request.requestIssuedAt() == null) {
            assumptions.add("request time unknown: RSP-10's lower bound (not before the request) is not checked");
            notes.put(PipelineStep.ISSUE_INSTANT, "lower bound not checked: request time unknown");
        }
        assumptions.add("replay (RSP-11) is checked against an empty private cache: an earlier use of this "
                + "response on the real SP is not visible here");
        notes.put(PipelineStep.REPLAY, "private empty cache: an earlier use is not visible here");
        return new PendingLogin(requestId, relayState, loa, IdentificationMethod.offerable(), false,
                request.requestIssuedAt(), null, null);
    }

    /** Steps before {@code failed} passed, {@code failed} failed, the rest did not run; all pass when null. */
    private static List<CheckResult> checks(PipelineStep failed, String failure, Map<PipelineStep, String> notes) {
        List<CheckResult> out = new ArrayList<>();
        boolean reached = false;
        for (PipelineStep step : PipelineStep.values()) {
            if (step == failed) {
                out.add(new CheckResult(step, CheckStatus.FAIL, failure));
                reached = true;
            } else if (reached) {
                out.add(new CheckResult(step, CheckStatus.NOT_RUN, null));
            } else {
                out.add(new CheckResult(step, CheckStatus.PASS, notes.get(step)));
            }
        }
        return out;
    }
}

package es.clave.sp.response;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.AttributeMapper;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.trust.TrustedCertificateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Validates a posted SAMLResponse (RSP-1 … RSP-12, SEC-W/X/S/E/P) and returns the identity it
 * proves. The pipeline follows the data: decode → parse → status → assertion count → Response
 * signature → envelope → decrypt → assertion signature → assertion shape → issue instants →
 * conditions → subject confirmation → authn context → replay → attributes. Each step is a small
 * {@link ResponseCheck} citing its rule. Every failure is a {@link ClaveAuthenticationException}
 * with a specific {@link ClaveError}; no other exception escapes and no identity is returned.
 * Thread-safe. Internal: use {@link es.clave.sp.ClaveServiceProvider#finishLogin}.
 */
public final class LoginResponseProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(LoginResponseProcessor.class);

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trust;
    /** The checks in the order they run, each paired once with the step it implements. */
    private final List<Stage> stages;

    /**
     * @param config      the SP configuration (ACS, audience, trust, keys, clock rules); its
     *                    {@code trustSource()} gives the trusted certificates
     * @param replayCache where Response and Assertion IDs are remembered (RSP-11)
     */
    public LoginResponseProcessor(ClaveSpConfig config, ReplayCache replayCache) {
        this(config, config.trustSource(), replayCache);
    }

    /**
     * @param config      the SP configuration (ACS, audience, keys, clock rules)
     * @param trust       the trusted Cl@ve certificates, read once per message (the configured ones plus the feed)
     * @param replayCache where Response and Assertion IDs are remembered (RSP-11)
     */
    public LoginResponseProcessor(ClaveSpConfig config, TrustedCertificateSource trust, ReplayCache replayCache) {
        this.config = Objects.requireNonNull(config, "config");
        this.trust = Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(replayCache, "replayCache (RSP-11 needs one; use InMemoryReplayCache for a single node)");
        this.stages = List.of(
                new Stage(PipelineStep.RESPONSE_SHAPE, new ResponseShapeCheck()),
                new Stage(PipelineStep.STATUS, new StatusCheck()),
                new Stage(PipelineStep.ASSERTION_COUNT, new AssertionCountCheck()),
                new Stage(PipelineStep.RESPONSE_SIGNATURE, new ResponseSignatureCheck()),
                new Stage(PipelineStep.RESPONSE_ENVELOPE, new ResponseEnvelopeCheck()),
                new Stage(PipelineStep.ASSERTION_DECRYPTION, new AssertionDecryptionStep()),
                new Stage(PipelineStep.ASSERTION_SIGNATURE, new AssertionSignatureCheck()),
                new Stage(PipelineStep.ASSERTION_SHAPE, new AssertionShapeCheck()),
                new Stage(PipelineStep.ISSUE_INSTANT, new IssueInstantCheck()),
                new Stage(PipelineStep.CONDITIONS, new ConditionsCheck()),
                new Stage(PipelineStep.SUBJECT_CONFIRMATION, new SubjectConfirmationCheck()),
                new Stage(PipelineStep.AUTHN_CONTEXT, new AuthnContextCheck()),
                new Stage(PipelineStep.REPLAY, new ReplayCheck(replayCache)),
                new Stage(PipelineStep.ATTRIBUTES, new AttributeCollection()));
    }

    /**
     * @param samlResponse the posted Base64 {@code SAMLResponse}
     * @param relayState   the posted {@code RelayState}
     * @param pending      the pending login found for that RelayState, or null when none was found
     * @param clientInfo   transport facts; its {@code receivedAt} is the validation clock
     * @return the validated identity
     * @throws ClaveAuthenticationException for every failure, with the specific {@link ClaveError}
     */
    public ClaveIdentity process(String samlResponse, String relayState, PendingLogin pending, ClientInfo clientInfo) {
        return process(samlResponse, relayState, pending, clientInfo, step -> { });
    }

    /**
     * Same as {@link #process(String, String, PendingLogin, ClientInfo)}, and on failure tells
     * {@code failedStep} which named step rejected the response, before the exception is thrown (also
     * for an unexpected exception inside a step, reported as {@link ClaveError#INTERNAL_ERROR}). It is
     * not called when the login's own preconditions fail (no pending login, RelayState mismatch).
     */
    public ClaveIdentity process(String samlResponse, String relayState, PendingLogin pending, ClientInfo clientInfo,
                                 Consumer<PipelineStep> failedStep) {
        Progress progress = new Progress();
        try {
            return run(samlResponse, relayState, pending, clientInfo == null ? ClientInfo.now() : clientInfo, progress);
        } catch (ClaveAuthenticationException e) {
            progress.report(failedStep);
            log(e);
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            progress.report(failedStep);
            ClaveAuthenticationException wrapped = new ClaveAuthenticationException(ClaveError.INTERNAL_ERROR,
                    "unexpected " + e.getClass().getName() + " while validating a response", e);
            LOG.error("Cl@ve response rejected: {}", wrapped.getMessage(), e);
            throw wrapped;
        }
    }

    /** @return the named steps in the order they run: decoding, parsing, each check, identity mapping */
    public List<PipelineStep> steps() {
        List<PipelineStep> steps = new ArrayList<>(List.of(PipelineStep.DECODE, PipelineStep.PARSE));
        stages.forEach(s -> steps.add(s.step()));
        steps.add(PipelineStep.IDENTITY);
        return List.copyOf(steps);
    }

    private ClaveIdentity run(String samlResponse, String relayState, PendingLogin pending, ClientInfo clientInfo,
                              Progress progress) {
        progress.step = PipelineStep.DECODE;
        if (samlResponse == null || samlResponse.isBlank()) {
            throw Failures.fail(ClaveError.RESPONSE_MISSING, "no SAMLResponse field was posted");
        }
        // the login's own preconditions, checked before any step reads the response
        progress.step = null;
        if (pending == null) {
            throw Failures.fail(ClaveError.UNSOLICITED_RESPONSE, "no pending login for the posted RelayState");
        }
        if (relayState == null || !relayState.equals(pending.relayState())) {
            throw Failures.fail(ClaveError.RELAY_STATE_MISMATCH, "the posted RelayState is not the pending login's");
        }
        progress.step = PipelineStep.DECODE;
        byte[] xml = SamlFieldDecoder.decode(samlResponse, config.maxResponseSize(), "SAMLResponse");
        ResponseContext ctx = new ResponseContext(config, trust.current(), pending, relayState, clientInfo);
        progress.step = PipelineStep.PARSE;
        ctx.response = SecureXmlParser.parse(xml).getDocumentElement();
        for (Stage stage : stages) {
            progress.step = stage.step();
            stage.check().apply(ctx);
        }
        progress.step = PipelineStep.IDENTITY;
        return identity(ctx);
    }

    /** One check of the pipeline and the step it implements. */
    private record Stage(PipelineStep step, ResponseCheck check) {
    }

    /** The step running in one call, so that a failure is tagged with the step that threw it. */
    private static final class Progress {
        PipelineStep step;

        void report(Consumer<PipelineStep> failedStep) {
            if (step != null) {
                failedStep.accept(step);
            }
        }
    }

    private static ClaveIdentity identity(ResponseContext ctx) {
        ClaveIdentity.Builder builder = ClaveIdentity.builder()
                .issuer(ctx.assertionIssuer)
                .responseId(ctx.responseId)
                .assertionId(ctx.assertionId)
                .issueInstant(ctx.assertionIssueInstant)
                .authnInstant(ctx.authnInstant)
                .levelOfAssurance(ctx.levelOfAssurance);
        AttributeMapper.apply(ctx.attributes, builder);
        return builder.build();
    }

    private static void log(ClaveAuthenticationException e) {
        if (e.error().category() == ClaveError.Category.SECURITY) {
            LOG.warn("Cl@ve response rejected: {}", e.getMessage());
        } else {
            LOG.info("Cl@ve login ended without identity: {}", e.getMessage());
        }
    }
}

package es.clave.stub.gateway;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.LoginScript;
import es.clave.stub.TestUser;
import es.clave.stub.i18n.Phrase;
import es.clave.stub.i18n.Texts;
import es.clave.stub.saml.LoginAnswer;
import es.clave.stub.saml.LoginResponseWriter;
import es.clave.stub.trust.SpRegistry;
import es.clave.stub.users.UserDirectory;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Turns a waiting login and the citizen's (or the test's) choice into the Response posted back:
 * picks user, method and LoA, applies the failure, encrypts when the SP is registered for it.
 */
final class LoginFinisher {

    /** The page bundle (es.clave.stub.web.Messages#BUNDLE), for the English outcome of a problem. */
    private static final String PAGE_TEXTS = "es.clave.stub.web.messages";

    private final GatewayConfig config;
    private final SpRegistry registry;
    private final UserDirectory users;
    private final LoginResponseWriter responses;
    /** The last successful login's answer, for {@link Failure#REPLAY_PREVIOUS}. */
    private final AtomicReference<PostMessage> previous = new AtomicReference<>();

    LoginFinisher(GatewayConfig config, SpRegistry registry, UserDirectory users, LoginResponseWriter responses) {
        this.config = config;
        this.registry = registry;
        this.users = users;
        this.responses = responses;
    }

    GatewayAnswer finish(LoginTransaction tx, LoginScript choice, String clientAddress) {
        Failure failure = choice.failure();
        if (failure == Failure.REPLAY_PREVIOUS) {
            return replay(tx);
        }
        ClaveMethod method = choice.method();
        TestUser user;
        if (method != null && tx.facts().excluded().contains(method)) {
            return problem(tx, Phrase.of("problem.methodExcluded", method, tx.offeredMethods()));
        }
        if (choice.userId() != null) {
            user = users.find(choice.userId()).orElse(null);
            if (user == null) {
                return problem(tx, Phrase.of("problem.unknownUser", choice.userId(),
                        String.join(", ", users.all().stream().map(TestUser::id).toList())));
            }
            if (method == null) {
                method = user.methods().stream().filter(m -> tx.offeredMethods().contains(m)).findFirst().orElse(null);
                if (method == null) {
                    return problem(tx, Phrase.of("problem.userMethodsExcluded", user.id(), user.methods()));
                }
            } else if (!user.methods().contains(method)) {
                return problem(tx, Phrase.of("problem.userCannotUseMethod", user.id(), method, user.methods()));
            }
        } else {
            if (method == null) {
                method = defaultMethod(tx, failure);
                if (method == null) {
                    return problem(tx, Phrase.of("problem.allMethodsExcluded"));
                }
            }
            List<TestUser> candidates = users.forMethod(method);
            if (candidates.isEmpty()) {
                return problem(tx, Phrase.of("problem.noUserForMethod", method));
            }
            user = candidates.get(0);
        }
        Loa achieved = choice.loa() != null ? choice.loa() : method.loa();
        if (failure == null && achieved.compareTo(tx.requestedLoa()) < 0) {
            failure = Failure.LOA_TOO_LOW;
        }
        X509Certificate encryptFor = registry.encryptionCertificate(tx.facts().spCode()).orElse(null);
        if (encryptFor == null && (failure == Failure.ENCRYPTION_RSA_1_5 || failure == Failure.ENCRYPTION_AES_CBC)) {
            encryptFor = tx.signerCertificate();
            if (encryptFor == null) {
                return problem(tx, Phrase.of("problem.noEncryptionCertificate", failure.name()));
            }
        }
        LoginAnswer answer = new LoginAnswer(tx.facts().id(), tx.facts().replyUrl(), tx.relayState(), config.issuer(), user,
                method, tx.requestedLoa(), achieved, failure, clientAddress, encryptFor, config.clock().instant());
        String xml = responses.write(answer);
        String outcome = failure == null
                ? "success: " + user.id() + " via " + method + " at " + achieved + (encryptFor != null ? " (encrypted)" : "")
                : "failure " + failure + " (" + user.id() + " via " + method + ")";
        PostMessage message = PostMessage.of(tx.facts().replyUrl(), "SAMLResponse", encode(xml), tx.relayState());
        Phrase summary = failure == null
                ? Phrase.of(encryptFor != null ? "summary.successEncrypted" : "summary.success", user.displayName(), method, achieved)
                : Phrase.of("summary.failure", Phrase.of("failure." + failure.name()), user.displayName(), method);
        tx.exchange().answered(xml, tx.facts().replyUrl(), outcome, summary);
        if (failure == null) {
            previous.set(message);
        }
        return new GatewayAnswer.Post(message, tx.exchange());
    }

    /**
     * The method of an unscripted choice: the first one the chooser shows, else the first offered;
     * when the request excluded all, a status failure (e.g. the cancel link) still needs a nominal one.
     */
    private static ClaveMethod defaultMethod(LoginTransaction tx, Failure failure) {
        if (!tx.selectableMethods().isEmpty()) {
            return tx.selectableMethods().get(0);
        }
        if (!tx.offeredMethods().isEmpty()) {
            return tx.offeredMethods().get(0);
        }
        return failure != null && failure.kind() == Failure.Kind.STATUS ? ClaveMethod.AFIRMA : null;
    }

    private GatewayAnswer replay(LoginTransaction tx) {
        PostMessage last = previous.get();
        if (last == null) {
            return problem(tx, Phrase.of("problem.nothingToReplay"));
        }
        String xml = new String(Base64.getDecoder().decode(last.fields().get("SAMLResponse")), StandardCharsets.UTF_8);
        tx.exchange().answered(xml, last.action(), "failure REPLAY_PREVIOUS: the previous response sent again",
                Phrase.of("summary.failure.replay", Phrase.of("failure." + Failure.REPLAY_PREVIOUS.name())));
        return new GatewayAnswer.Post(last, tx.exchange());
    }

    private static GatewayAnswer problem(LoginTransaction tx, Phrase detail) {
        tx.exchange().ended("not answered: " + Texts.english(PAGE_TEXTS, detail), Phrase.of("summary.notAnswered"));
        return new GatewayAnswer.Problem(409, "error.impossibleChoice", detail, null);
    }

    private static String encode(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}

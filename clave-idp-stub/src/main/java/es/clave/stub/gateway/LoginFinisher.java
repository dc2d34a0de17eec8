package es.clave.stub.gateway;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.LoginScript;
import es.clave.stub.TestUser;
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
            return problem(tx, "the request excluded method " + method + " (REQ-11); choose one of " + tx.offeredMethods());
        }
        if (choice.userId() != null) {
            user = users.find(choice.userId()).orElse(null);
            if (user == null) {
                return problem(tx, "there is no test user '" + choice.userId() + "'; known users: "
                        + users.all().stream().map(TestUser::id).toList());
            }
            if (method == null) {
                method = user.methods().stream().filter(m -> tx.offeredMethods().contains(m)).findFirst().orElse(null);
                if (method == null) {
                    return problem(tx, "user " + user.id() + " can use " + user.methods() + ", all excluded by the request");
                }
            } else if (!user.methods().contains(method)) {
                return problem(tx, "user " + user.id() + " cannot log in with " + method + "; they can use " + user.methods());
            }
        } else {
            if (method == null) {
                method = defaultMethod(tx, failure);
                if (method == null) {
                    return problem(tx, "the request excluded every method (REQ-11), so only a cancellation or another status failure can answer it");
                }
            }
            List<TestUser> candidates = users.forMethod(method);
            if (candidates.isEmpty()) {
                return problem(tx, "no test user can log in with " + method);
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
                return problem(tx, failure + " needs a certificate to encrypt for: register the SP for encryption (--encrypt-for CODE=cert.pem)");
            }
        }
        LoginAnswer answer = new LoginAnswer(tx.facts().id(), tx.facts().replyUrl(), tx.relayState(), config.issuer(), user,
                method, tx.requestedLoa(), achieved, failure, clientAddress, encryptFor, config.clock().instant());
        String xml = responses.write(answer);
        String outcome = failure == null
                ? "success: " + user.id() + " via " + method + " at " + achieved + (encryptFor != null ? " (encrypted)" : "")
                : "failure " + failure + " (" + user.id() + " via " + method + ")";
        PostMessage message = PostMessage.of(tx.facts().replyUrl(), "SAMLResponse", encode(xml), tx.relayState());
        tx.exchange().answered(xml, tx.facts().replyUrl(), outcome);
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
            return problem(tx, "REPLAY_PREVIOUS needs an earlier successful login to replay; there is none yet");
        }
        String xml = new String(Base64.getDecoder().decode(last.fields().get("SAMLResponse")), StandardCharsets.UTF_8);
        tx.exchange().answered(xml, last.action(), "failure REPLAY_PREVIOUS: the previous response sent again");
        return new GatewayAnswer.Post(last, tx.exchange());
    }

    private static GatewayAnswer problem(LoginTransaction tx, String detail) {
        tx.exchange().ended("not answered: " + detail);
        return new GatewayAnswer.Problem(409, "error.impossibleChoice", detail, null);
    }

    private static String encode(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }
}

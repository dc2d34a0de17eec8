package es.clave.stub.http;

import com.sun.net.httpserver.HttpExchange;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import es.clave.stub.gateway.GatewayAnswer;
import es.clave.stub.gateway.LoginTransaction;
import es.clave.stub.i18n.Phrase;
import es.clave.stub.support.Logs;
import es.clave.stub.web.LoginPages;
import es.clave.stub.web.Messages;
import es.clave.stub.web.ResultPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The citizen's pages below {@code /stub/login/{id}}: chooser, method page, finish (POST) and
 * cancel.
 */
final class JourneyRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(JourneyRoutes.class);

    private final StubContext ctx;

    JourneyRoutes(StubContext ctx) {
        this.ctx = ctx;
    }

    void handle(HttpExchange ex, String rest) throws IOException {
        Map<String, String> params = HttpIo.form(ex);
        Messages m = AnswerRenderer.messages(ex, params.get("lang"));
        boolean dev = ctx.gateway().config().devMode();
        String[] parts = rest.split("/", 2);
        String txId = parts[0];
        String action = parts.length > 1 ? parts[1] : "";
        if (action.equals("finish") && "POST".equals(ex.getRequestMethod())) {
            finish(ex, m, txId, params);
            return;
        }
        Optional<LoginTransaction> tx = ctx.gateway().transaction(txId);
        if (tx.isEmpty()) {
            HttpIo.html(ex, 404, ResultPages.error(m, "error.unknownLogin", null, null, dev));
            return;
        }
        if (action.isEmpty()) {
            HttpIo.html(ex, 200, LoginPages.chooser(m, tx.get(), dev));
        } else if (action.equals("cancel")) {
            GatewayAnswer answer = ctx.gateway().finish(txId, LoginScript.failure(Failure.USER_CANCELLED), HttpIo.clientAddress(ex));
            AnswerRenderer.render(ex, m, answer, dev);
        } else {
            ClaveMethod method;
            try {
                method = ClaveMethod.parse(action);
            } catch (IllegalArgumentException e) {
                HttpIo.html(ex, 404, ResultPages.error(m, "error.notFound", Phrase.of("problem.unknownMethod", action), null, dev));
                return;
            }
            if (!tx.get().offeredMethods().contains(method)) {
                HttpIo.html(ex, 409, ResultPages.error(m, "error.impossibleChoice",
                        Phrase.of("problem.methodExcluded", method, tx.get().offeredMethods()), null, dev));
                return;
            }
            HttpIo.html(ex, 200, LoginPages.userPage(m, tx.get(), method, ctx.users().forMethod(method), dev));
        }
    }

    private void finish(HttpExchange ex, Messages m, String txId, Map<String, String> form) throws IOException {
        boolean dev = ctx.gateway().config().devMode();
        LoginScript choice;
        try {
            ClaveMethod method = ClaveMethod.parse(required(form, "method"));
            String failureText = form.getOrDefault("failure", "");
            String outcome = form.getOrDefault("outcome", "SUCCESS");
            Failure failure = !failureText.isBlank() ? Failure.parse(failureText)
                    : outcome.equals("SUCCESS") ? null : Failure.parse(outcome);
            String user = form.get("user");
            choice = new LoginScript(user == null || user.isBlank() ? null : user, method, failure, null);
        } catch (IllegalArgumentException e) {
            // the page says what kind of problem it is; the exact field and value go to the log
            LOG.info("unusable login form for {}: {}", Logs.clean(txId), Logs.clean(e.getMessage()));
            HttpIo.html(ex, 400, ResultPages.error(m, "error.badForm", null, null, dev));
            return;
        }
        AnswerRenderer.render(ex, m, ctx.gateway().finish(txId, choice, HttpIo.clientAddress(ex)), dev);
    }

    private static String required(Map<String, String> form, String name) {
        String v = form.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("form field '" + name + "' is missing");
        }
        return v;
    }
}

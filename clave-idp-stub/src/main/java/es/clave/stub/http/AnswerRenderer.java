package es.clave.stub.http;

import com.sun.net.httpserver.HttpExchange;
import es.clave.stub.gateway.GatewayAnswer;
import es.clave.stub.web.LoginPages;
import es.clave.stub.web.Messages;
import es.clave.stub.web.ResultPages;

import java.io.IOException;

/** Renders a {@link GatewayAnswer} as an HTTP response. */
final class AnswerRenderer {

    private AnswerRenderer() {
    }

    static void render(HttpExchange ex, Messages m, GatewayAnswer answer, boolean devMode) throws IOException {
        if (answer instanceof GatewayAnswer.Chooser c) {
            HttpIo.html(ex, 200, LoginPages.chooser(m, c.transaction(), devMode));
        } else if (answer instanceof GatewayAnswer.Post p) {
            HttpIo.html(ex, 200, ResultPages.autoPost(m, p.message(), p.exchange().summary(), devMode));
        } else if (answer instanceof GatewayAnswer.Problem p) {
            HttpIo.html(ex, p.httpStatus(), ResultPages.error(m, p.messageKey(), p.detail(), p.report(), devMode));
        }
    }

    static Messages messages(HttpExchange ex, String langParam) {
        return Messages.negotiate(langParam, ex.getRequestHeaders().getFirst("Accept-Language"));
    }
}

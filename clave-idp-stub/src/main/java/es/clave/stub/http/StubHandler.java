package es.clave.stub.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import es.clave.stub.gateway.GatewayAnswer;
import es.clave.stub.support.Logs;
import es.clave.stub.web.Messages;
import es.clave.stub.web.ResultPages;
import es.clave.stub.web.StatusPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Routes every request of the stub: the gateway endpoint ({@code /Proxy2/ServiceProvider}, and
 * {@code /Proxy/…} to explain BND-6), the certificate feed, the citizen's pages, the status page
 * and the JSON API. Unexpected errors end in a plain 500 page, never a stack trace.
 */
public final class StubHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(StubHandler.class);

    private final StubContext ctx;
    private final JourneyRoutes journey;
    private final ApiRoutes api;

    /** @param ctx what the routes share */
    public StubHandler(StubContext ctx) {
        this.ctx = ctx;
        this.journey = new JourneyRoutes(ctx);
        this.api = new ApiRoutes(ctx);
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        try {
            route(ex, path);
        } catch (Exception e) {
            LOG.error("failed to handle {} {}", ex.getRequestMethod(), Logs.clean(path), e);
            try {
                HttpIo.html(ex, 500, ResultPages.error(Messages.negotiate(null, null), "error.internal", null, null, false));
            } catch (IOException | RuntimeException ignored) {
                ex.close();
            }
        }
    }

    private void route(HttpExchange ex, String path) throws IOException {
        boolean dev = ctx.gateway().config().devMode();
        if (path.equals("/Proxy2/ServiceProvider") || path.startsWith("/Proxy/")) {
            Map<String, String> fields = HttpIo.form(ex);
            Messages m = AnswerRenderer.messages(ex, null);
            GatewayAnswer answer = ctx.gateway().receive(ex.getRequestMethod(), path,
                    ex.getRequestHeaders().getFirst("Content-Type"), fields, HttpIo.clientAddress(ex));
            AnswerRenderer.render(ex, m, answer, dev);
        } else if (path.equals("/Proxy2/Certificates")) {
            HttpIo.xml(ex, 200, CertificateFeed.xml(List.of(ctx.signing())));
        } else if (path.startsWith("/stub/login/")) {
            journey.handle(ex, path.substring("/stub/login/".length()));
        } else if (path.startsWith("/stub/api/")) {
            api.handle(ex, path.substring("/stub/api/".length()));
        } else if (path.equals("/") || path.equals("/stub") || path.equals("/stub/")) {
            Messages m = AnswerRenderer.messages(ex, HttpIo.query(ex).get("lang"));
            HttpIo.html(ex, 200, StatusPage.render(m, ctx.gateway().config(), ctx.registry(), ctx.users().all(),
                    ctx.exchanges().all(), ctx.signing()));
        } else {
            Messages m = AnswerRenderer.messages(ex, HttpIo.query(ex).get("lang"));
            HttpIo.html(ex, 404, ResultPages.error(m, "error.notFound", null, null, dev));
        }
    }
}

package es.clave.stub.http;

import com.sun.net.httpserver.HttpExchange;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.LoginScript;
import es.clave.stub.TestUser;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.exchange.ExchangeJson;
import es.clave.stub.json.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API below {@code /stub/api/}:
 * <ul>
 *   <li>{@code GET exchanges} — summaries, oldest first</li>
 *   <li>{@code GET exchanges/last}, {@code exchanges/{n}} — one exchange with request and response XML</li>
 *   <li>{@code GET exchanges/last/report}, {@code exchanges/{n}/report} — its conformance report</li>
 *   <li>{@code GET users} — the test users</li>
 *   <li>{@code POST next-login} (form: user, method, failure, loa) — scripts the next login</li>
 * </ul>
 */
final class ApiRoutes {

    private final StubContext ctx;

    ApiRoutes(StubContext ctx) {
        this.ctx = ctx;
    }

    void handle(HttpExchange ex, String rest) throws IOException {
        if (rest.equals("exchanges")) {
            List<Object> all = new ArrayList<>();
            ctx.exchanges().all().forEach(e -> all.add(ExchangeJson.exchange(e, false)));
            HttpIo.json(ex, 200, Json.write(all));
        } else if (rest.startsWith("exchanges/")) {
            String[] parts = rest.substring("exchanges/".length()).split("/");
            Optional<Exchange> e = find(parts[0]);
            if (e.isEmpty()) {
                HttpIo.json(ex, 404, Json.write(Map.of("error", "no such exchange: " + parts[0])));
            } else if (parts.length > 1 && parts[1].equals("report")) {
                HttpIo.json(ex, 200, Json.write(ExchangeJson.report(e.get().report())));
            } else {
                HttpIo.json(ex, 200, Json.write(ExchangeJson.exchange(e.get(), true)));
            }
        } else if (rest.equals("users")) {
            List<Object> users = new ArrayList<>();
            for (TestUser u : ctx.users().all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", u.id());
                m.put("identifier", u.identifier());
                m.put("name", u.displayName());
                m.put("methods", u.methods().stream().map(Enum::name).sorted().toList());
                m.put("representedCif", u.representedCif());
                users.add(m);
            }
            HttpIo.json(ex, 200, Json.write(users));
        } else if (rest.equals("next-login") && "POST".equals(ex.getRequestMethod())) {
            scriptNextLogin(ex);
        } else {
            HttpIo.json(ex, 404, Json.write(Map.of("error", "unknown API path /stub/api/" + rest)));
        }
    }

    private void scriptNextLogin(HttpExchange ex) throws IOException {
        Map<String, String> form = HttpIo.form(ex);
        try {
            LoginScript script = new LoginScript(blank(form.get("user")),
                    blank(form.get("method")) == null ? null : ClaveMethod.parse(form.get("method")),
                    blank(form.get("failure")) == null ? null : Failure.parse(form.get("failure")),
                    blank(form.get("loa")) == null ? null : Loa.valueOf(form.get("loa").strip().toUpperCase(java.util.Locale.ROOT)));
            ctx.gateway().script(script);
            HttpIo.json(ex, 202, Json.write(Map.of("queued", script.toString())));
        } catch (IllegalArgumentException e) {
            HttpIo.json(ex, 400, Json.write(Map.of("error", e.getMessage())));
        }
    }

    private Optional<Exchange> find(String key) {
        if (key.equals("last")) {
            return ctx.exchanges().last();
        }
        try {
            return ctx.exchanges().find(Long.parseLong(key));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String blank(String v) {
        return v == null || v.isBlank() ? null : v;
    }
}

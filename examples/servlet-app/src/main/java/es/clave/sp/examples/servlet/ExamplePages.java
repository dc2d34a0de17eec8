package es.clave.sp.examples.servlet;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.ClaveIdentityHtml;
import es.clave.sp.servlet.ClaveSession;
import es.clave.sp.servlet.web.Html;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/** The example's two pages, written as any servlet application would write them. */
final class ExamplePages {

    /** The button's look comes from the filter's stylesheet (ClaveButton.stylesheetUrl: /clave/clave.css here). */
    private static final String STYLE = "<link rel=\"stylesheet\" href=\"/clave/clave.css\">"
            + "<style>body{font-family:sans-serif;max-width:42em;margin:2em auto;padding:0 1em}"
            + "dt{font-weight:bold}dd{margin:0 0 .6em 0}</style>";

    private ExamplePages() {
    }

    /** Public home page: the Cl@ve button, or who is signed in. */
    static final class Home extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!"/".equals(req.getServletPath()) || req.getPathInfo() != null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Optional<ClaveIdentity> identity = ClaveSession.identity(req);
            StringBuilder body = new StringBuilder("<h1>clave-sp servlet example</h1>");
            if (identity.isPresent()) {
                body.append("<p>Signed in as ").append(Html.escape(identity.get().displayName()))
                        .append(". <a href=\"/private/\">Your data</a> · <a href=\"/clave/logout\">Sign out</a></p>");
            } else {
                body.append("<p>A public page. The private area needs Cl@ve:</p>")
                        .append(ClaveButton.html(req, "/private/"));
            }
            page(resp, body.toString());
        }
    }

    /** Protected page (clave.servlet.protected-paths=/private/*): the identity and a logout link. */
    static final class Private extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            page(resp, "<h1>Private area</h1><p>request.getRemoteUser(): <code>" + Html.escape(req.getRemoteUser())
                    + "</code></p>" + ClaveIdentityHtml.html(req)
                    + "<p><a href=\"/\">Home</a> · <a href=\"/clave/logout\">Sign out</a></p>");
        }
    }

    private static void page(HttpServletResponse resp, String body) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().print("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>clave-sp example</title>"
                + STYLE + "</head><body>" + body + "</body></html>");
    }
}

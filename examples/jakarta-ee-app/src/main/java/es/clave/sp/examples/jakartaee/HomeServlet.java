package es.clave.sp.examples.jakartaee;

import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.web.Html;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The public home page: the Cl@ve button, or who is signed in. */
@WebServlet("")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        String body = user == null
                ? "<p>" + ClaveButton.html(request, "/private/") + "</p>"
                : "<p>Signed in as <span class=\"caller\">" + Html.escape(user) + "</span>."
                  + " <a href=\"private/\">Private page</a> · <a href=\"clave/logout\">Log out</a></p>";
        Pages.write(response, "clave-sp Jakarta EE example", body);
    }
}

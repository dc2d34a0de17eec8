package es.clave.sp.examples.jakartaee;

import es.clave.sp.identity.IdentityRoles;
import es.clave.sp.servlet.ClaveIdentityHtml;
import es.clave.sp.servlet.web.Html;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * For every Cl@ve caller ({@value IdentityRoles#USER}): the identity as the adapter renders it, and
 * the caller as the servlet container, a CDI bean and an EJB see it.
 */
@WebServlet("/private/*")
// roles the page asks about must be declared (a security constraint declares its own)
@DeclareRoles({IdentityRoles.NATURAL_PERSON, IdentityRoles.REPRESENTATIVE, "CLAVE_LOA_SUBSTANTIAL"})
@ServletSecurity(@HttpConstraint(rolesAllowed = IdentityRoles.USER))
public class PrivateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CitizenView citizen;
    @EJB
    transient CaseFiles caseFiles;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder body = new StringBuilder(ClaveIdentityHtml.html(request));
        body.append("<ul>");
        item(body, "remote-user", request.getRemoteUser());
        item(body, "cdi-caller", citizen.callerName());
        item(body, "cdi-name", citizen.citizen().map(i -> i.displayName()).orElse("none"));
        item(body, "natural-person", String.valueOf(request.isUserInRole(IdentityRoles.NATURAL_PERSON)));
        item(body, "representative", String.valueOf(request.isUserInRole(IdentityRoles.REPRESENTATIVE)));
        item(body, "loa-substantial", String.valueOf(citizen.hasRole("CLAVE_LOA_SUBSTANTIAL")));
        item(body, "ejb", caseFiles.summary());
        String sensitive;
        try {
            sensitive = caseFiles.sensitive();
        } catch (EJBAccessException e) {
            sensitive = "refused by the EJB container";
        }
        item(body, "ejb-high", sensitive);
        body.append("</ul><p><a href=\"").append(request.getContextPath()).append("/clave/logout\">Log out</a></p>");
        Pages.write(response, "Private page", body.toString());
    }

    private static void item(StringBuilder body, String id, String value) {
        body.append("<li id=\"").append(id).append("\">").append(id).append(": ")
                .append(Html.escape(value == null ? "null" : value)).append("</li>");
    }
}

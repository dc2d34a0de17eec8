package es.clave.sp.examples.jakartaee;

import es.clave.sp.identity.IdentityRoles;
import es.clave.sp.servlet.web.Html;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Only for citizens acting for a company ({@value IdentityRoles#REPRESENTATIVE}); anyone else gets 403. */
@WebServlet("/company/*")
@ServletSecurity(@HttpConstraint(rolesAllowed = IdentityRoles.REPRESENTATIVE))
public class CompanyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CitizenView citizen;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String company = citizen.citizen().flatMap(i -> i.representedEntity()).map(c -> c.name()).orElse("?");
        Pages.write(response, "Company page", "<p>Acting for <span class=\"company\">" + Html.escape(company) + "</span></p>");
    }
}

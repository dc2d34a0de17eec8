package es.clave.sp.servlet;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.LegalPerson;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.Html;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;
import java.util.Optional;

/**
 * Renders the signed-in citizen as an HTML definition list (name, identifier, method, level of
 * assurance, represented company) with localized labels. Every value is escaped (SEC-H6): attribute
 * values come from the gateway and must never become markup.
 */
public final class ClaveIdentityHtml {

    /** CSS class on the rendered list. */
    public static final String CSS_CLASS = "clave-identity";

    private ClaveIdentityHtml() {
    }

    /**
     * @return the list for the citizen signed in on {@code request}, or an empty string when nobody is
     * @throws IllegalStateException when no {@link ClaveFilter} is initialised in this web application
     */
    public static String html(HttpServletRequest request) {
        Optional<ClaveIdentity> identity = ClaveSession.identity(request);
        if (identity.isEmpty()) {
            return "";
        }
        ClaveFilter filter = ClaveFilter.from(request);
        return html(identity.get(), filter.messages(), filter.locale(request));
    }

    static String html(ClaveIdentity identity, ServletMessages messages, Locale locale) {
        StringBuilder sb = new StringBuilder("<dl class=\"" + CSS_CLASS + "\">");
        row(sb, messages.text("clave.servlet.identity.name", locale), identity.displayName());
        String identifier = identity.personIdentifier() == null ? identity.getName()
                : identity.personIdentifier().value() + " (" + identity.personIdentifier().kind() + ")";
        row(sb, messages.text("clave.servlet.identity.identifier", locale), identifier);
        IdentificationMethod method = identity.method();
        String methodText = messages.text("clave.servlet.method." + method.name(), locale);
        if (method == IdentificationMethod.OTHER && identity.selectedIdpRaw() != null) {
            methodText += " (" + identity.selectedIdpRaw() + ")";
        }
        row(sb, messages.text("clave.servlet.identity.method", locale), methodText);
        if (identity.levelOfAssurance() != null) {
            row(sb, messages.text("clave.servlet.identity.loa", locale),
                    messages.text("clave.servlet.loa." + identity.levelOfAssurance().name(), locale));
        }
        if (identity.representedEntity().isPresent()) {
            LegalPerson company = identity.representedEntity().get();
            String id = company.identifier() == null ? "" : company.identifier().value();
            row(sb, messages.text("clave.servlet.identity.represents", locale),
                    (company.name() == null ? "" : company.name() + " ") + "(" + id + ")");
        }
        return sb.append("</dl>").toString();
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("<dt>").append(Html.escape(label)).append("</dt><dd>").append(Html.escape(value)).append("</dd>");
    }
}

package es.clave.stub.conformance;

import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Checks a LogoutRequest against LGO-1 (its signature is {@link SignatureChecker}'s job). */
public final class LogoutRequestChecker {

    private LogoutRequestChecker() {
    }

    /** Runs every LGO-1 check on {@code root}, a {@code samlp:LogoutRequest}. */
    public static void check(Element root, CheckContext ctx, Findings f) {
        XmlFacts.checkHeader(root, "LGO-1", ctx, f);
        XmlFacts.checkDestination(root, "LGO-1", ctx, f);
        Element issuer = Dom.child(root, Ns.SAML, "Issuer").orElse(null);
        String issuerValue = issuer == null ? null : issuer.getTextContent().strip();
        if (issuerValue == null || issuerValue.isEmpty()) {
            f.must("LGO-1", "logout.1");
        } else if (AuthnRequestChecker.acsProblem(issuerValue) != null) {
            f.must("LGO-1", "logout.2." + AuthnRequestChecker.acsProblem(issuerValue), issuerValue, AuthnRequestChecker.schemeOf(issuerValue),
                    AuthnRequestChecker.hostOf(issuerValue));
        }
        Element nameId = Dom.child(root, Ns.SAML, "NameID").orElse(null);
        if (nameId == null) {
            f.must("LGO-1", "logout.3");
        } else {
            if (!Ns.NAMEID_UNSPECIFIED.equals(Dom.attr(nameId, "Format"))) {
                f.should("LGO-1", "logout.4", Dom.attr(nameId, "Format"), Ns.NAMEID_UNSPECIFIED);
            }
            if (issuerValue != null && !issuerValue.equals(Dom.attr(nameId, "SPNameQualifier"))) {
                f.should("LGO-1", "logout.5", Dom.attr(nameId, "SPNameQualifier"));
            }
            String[] parts = nameId.getTextContent().strip().split(";", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                f.must("LGO-1", "logout.6", nameId.getTextContent().strip());
            }
        }
        String notOnOrAfter = Dom.attr(root, "NotOnOrAfter");
        if (notOnOrAfter == null) {
            f.should("LGO-1", "logout.7");
        } else {
            try {
                if (Instant.parse(notOnOrAfter).isBefore(ctx.now().minus(ctx.clockSkew()))) {
                    f.must("LGO-1", "logout.8", notOnOrAfter);
                }
            } catch (DateTimeParseException e) {
                f.must("LGO-1", "logout.9", notOnOrAfter);
            }
        }
        if (!Ns.LOGOUT_USER.equals(Dom.attr(root, "Reason"))) {
            f.should("LGO-1", "logout.10", Dom.attr(root, "Reason"), Ns.LOGOUT_USER);
        }
    }

    /** @return the SP code part of the NameID value, or null */
    public static String spCode(Element root) {
        return Dom.child(root, Ns.SAML, "NameID").map(n -> n.getTextContent().strip())
                .filter(v -> v.contains(";")).map(v -> v.substring(0, v.indexOf(';'))).orElse(null);
    }
}

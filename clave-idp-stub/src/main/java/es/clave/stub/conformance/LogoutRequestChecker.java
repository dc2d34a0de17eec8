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
            f.must("LGO-1", "the LogoutRequest has no Issuer, so the gateway does not know where to answer.",
                    "Send an Issuer with the absolute URL that receives the logoutResponse.");
        } else if (AuthnRequestChecker.acsProblem(issuerValue) != null) {
            f.must("LGO-1", "the Issuer '" + issuerValue + "' " + AuthnRequestChecker.acsProblem(issuerValue) + "; the answer is posted there.",
                    "Use the absolute https URL (http only for localhost) that receives the logoutResponse.");
        }
        Element nameId = Dom.child(root, Ns.SAML, "NameID").orElse(null);
        if (nameId == null) {
            f.must("LGO-1", "the LogoutRequest has no NameID.", "Send saml2:NameID with your ProviderName as value.");
        } else {
            if (!Ns.NAMEID_UNSPECIFIED.equals(Dom.attr(nameId, "Format"))) {
                f.should("LGO-1", "NameID Format is '" + Dom.attr(nameId, "Format") + "'.", "Use Format=\"" + Ns.NAMEID_UNSPECIFIED + "\".");
            }
            if (issuerValue != null && !issuerValue.equals(Dom.attr(nameId, "SPNameQualifier"))) {
                f.should("LGO-1", "NameID SPNameQualifier '" + Dom.attr(nameId, "SPNameQualifier") + "' differs from the Issuer.",
                        "Set SPNameQualifier to the Issuer URL.");
            }
            String[] parts = nameId.getTextContent().strip().split(";", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                f.must("LGO-1", "the NameID value '" + nameId.getTextContent().strip() + "' is not the ProviderName '<SP code>;<application>'.",
                        "Put your ProviderName (not the user's identifier) in the NameID.");
            }
        }
        String notOnOrAfter = Dom.attr(root, "NotOnOrAfter");
        if (notOnOrAfter == null) {
            f.should("LGO-1", "NotOnOrAfter is missing.", "Set NotOnOrAfter to now + 5 minutes.");
        } else {
            try {
                if (Instant.parse(notOnOrAfter).isBefore(ctx.now().minus(ctx.clockSkew()))) {
                    f.must("LGO-1", "NotOnOrAfter " + notOnOrAfter + " has passed.", "Set NotOnOrAfter to now + 5 minutes.");
                }
            } catch (DateTimeParseException e) {
                f.must("LGO-1", "NotOnOrAfter '" + notOnOrAfter + "' is not a date-time.", "Write it in UTC, e.g. 2026-01-31T10:20:30Z.");
            }
        }
        if (!Ns.LOGOUT_USER.equals(Dom.attr(root, "Reason"))) {
            f.should("LGO-1", "Reason is '" + Dom.attr(root, "Reason") + "'.", "Send Reason=\"" + Ns.LOGOUT_USER + "\".");
        }
    }

    /** @return the SP code part of the NameID value, or null */
    public static String spCode(Element root) {
        return Dom.child(root, Ns.SAML, "NameID").map(n -> n.getTextContent().strip())
                .filter(v -> v.contains(";")).map(v -> v.substring(0, v.indexOf(';'))).orElse(null);
    }
}

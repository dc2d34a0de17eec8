package es.clave.sp.diagnostics;

import es.clave.sp.audit.IdentifierMasker;
import es.clave.sp.identity.ClaveIdentity;

import java.util.Locale;

/**
 * Renders an {@link ExplainReport} as plain text for a terminal or a support ticket. With masking on
 * (the default, as {@code clave.audit.mask-identifiers}) the identifier is masked and the date of
 * birth left out.
 */
public final class ExplainFormatter {

    private ExplainFormatter() {
    }

    /** @return the report as text */
    public static String format(ExplainReport r, boolean maskIdentifiers) {
        StringBuilder sb = new StringBuilder();
        sb.append("Cl@ve response explanation (validated as received at ").append(r.receivedAt()).append(")\n\n");
        if (r.valid()) {
            sb.append("VERDICT: VALID - the SP accepts this response\n");
        } else {
            sb.append("VERDICT: REJECTED - ").append(r.error()).append(" [").append(r.error().ruleId()).append("] ")
                    .append(r.error().logReason()).append('\n');
            sb.append("  detail: ").append(r.errorDetail()).append('\n');
            if (r.hint() != null) {
                sb.append("  hint:   ").append(r.hint()).append('\n');
            }
        }

        sb.append("\nCHECKS (the real validation pipeline, in order)\n");
        if (r.checks().isEmpty()) {
            sb.append("  the response was rejected before any named step ran\n");
        }
        for (CheckResult c : r.checks()) {
            sb.append(String.format(Locale.ROOT, "  %-7s %-21s %-28s %s%n", label(c.status()), c.step(),
                    String.join(" ", c.step().ruleIds()), c.step().description()));
            if (c.detail() != null) {
                sb.append(String.format(Locale.ROOT, "  %-7s %-21s %s%n", "", "",
                        (c.status() == CheckStatus.FAIL ? "-> " : "note: ") + c.detail()));
            }
        }

        sb.append("\nMESSAGE (as read; not verified unless the verdict is VALID)\n");
        for (Fact f : r.facts()) {
            sb.append(String.format(Locale.ROOT, "  %-38s %s%n", f.name(), f.value()));
        }
        for (String p : r.problems()) {
            sb.append("  ! ").append(p).append('\n');
        }

        sb.append("\nIDENTITY").append(r.valid() ? " (verified)" : " (UNVERIFIED: read from a rejected response)").append('\n');
        appendIdentity(sb, r.identity(), maskIdentifiers);

        if (!r.assumptions().isEmpty()) {
            sb.append("\nASSUMPTIONS (give the missing values to check more)\n");
            r.assumptions().forEach(a -> sb.append("  - ").append(a).append('\n'));
        }
        return sb.toString();
    }

    private static void appendIdentity(StringBuilder sb, ClaveIdentity id, boolean mask) {
        if (id == null) {
            sb.append("  (not readable)\n");
            return;
        }
        if (id.personIdentifier() != null) {
            String value = mask ? IdentifierMasker.mask(id.personIdentifier().value()) : id.personIdentifier().value();
            sb.append("  identifier      ").append(value).append(" (").append(id.personIdentifier().kind())
                    .append(id.personIdentifier().checkValid() ? "" : ", CHECK CHARACTER INVALID").append(")\n");
        } else {
            sb.append("  identifier      (missing)\n");
        }
        line(sb, "name", id.displayName().isEmpty() ? null : id.displayName());
        if (!mask) {
            id.dateOfBirth().ifPresent(d -> line(sb, "date of birth", d.toString()));
        }
        line(sb, "method", id.method() + (id.selectedIdpRaw() == null ? "" : " (SelectedIdP " + id.selectedIdpRaw() + ")"));
        line(sb, "level", String.valueOf(id.levelOfAssurance()));
        id.representedEntity().ifPresent(e -> line(sb, "represents", e.name()
                + (e.identifier() == null ? "" : " (" + e.identifier().value() + ")")));
    }

    private static void line(StringBuilder sb, String name, String value) {
        if (value != null) {
            sb.append(String.format(Locale.ROOT, "  %-15s %s%n", name, value));
        }
    }

    private static String label(CheckStatus s) {
        return switch (s) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case NOT_RUN -> "-";
        };
    }
}

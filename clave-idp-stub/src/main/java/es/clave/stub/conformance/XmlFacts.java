package es.clave.stub.conformance;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Value checks shared by the request checkers. */
final class XmlFacts {

    private static final Pattern NCNAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]*");
    private static final Pattern UTC_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z");

    private XmlFacts() {
    }

    static boolean isNcName(String v) {
        return v != null && NCNAME.matcher(v).matches();
    }

    /** Bits of randomness an ID can carry at most, judged from its length and alphabet. */
    static double randomBits(String id) {
        String body = id.startsWith("_") ? id.substring(1) : id;
        if (body.isEmpty()) {
            return 0;
        }
        int alphabet = body.matches("[0-9a-f]+") || body.matches("[0-9A-F]+") ? 16
                : body.matches("[0-9]+") ? 10
                : body.matches("[A-Za-z0-9]+") ? 62 : 64;
        return body.length() * (Math.log(alphabet) / Math.log(2));
    }

    /** Checks ID, Version and IssueInstant of a request root under {@code rule}. */
    static void checkHeader(org.w3c.dom.Element root, String rule, CheckContext ctx, Findings f) {
        String id = es.clave.stub.xml.Dom.attr(root, "ID");
        if (id == null || id.isEmpty()) {
            f.must(rule, "the " + root.getLocalName() + " has no ID attribute.", "Give it an ID such as _ followed by 32 random hex digits.");
        } else if (!isNcName(id)) {
            f.must(rule, "ID '" + id + "' is not an XML NCName.", "Use only letters, digits, '_', '-', '.' and start with '_'.");
        } else {
            if (!id.startsWith("_")) {
                f.must(rule, "ID '" + id + "' does not start with '_'.", "Prefix the ID with '_' (an NCName may not start with a digit).");
            }
            double bits = randomBits(id);
            if (bits < 128) {
                f.must(rule, "ID '" + id + "' carries at most " + (int) bits + " bits of randomness.",
                        "Generate the ID from at least 128 random bits (e.g. _ + 32 hex digits from SecureRandom).");
            }
        }
        String version = es.clave.stub.xml.Dom.attr(root, "Version");
        if (!"2.0".equals(version)) {
            f.must(rule, "Version is '" + version + "'.", "Set Version=\"2.0\".");
        }
        String instant = es.clave.stub.xml.Dom.attr(root, "IssueInstant");
        if (instant == null) {
            f.must(rule, "IssueInstant is missing.", "Set IssueInstant to the current UTC time, e.g. 2026-01-31T10:15:30.123Z.");
            return;
        }
        if (!UTC_INSTANT.matcher(instant).matches()) {
            f.must(rule, "IssueInstant '" + instant + "' is not a UTC xs:dateTime ending in 'Z'.",
                    "Write IssueInstant in UTC with a trailing Z, e.g. 2026-01-31T10:15:30.123Z.");
            return;
        }
        try {
            Instant at = Instant.parse(instant);
            if (at.isAfter(ctx.now().plus(ctx.clockSkew()))) {
                f.should(rule, "IssueInstant " + instant + " lies in the future of the gateway's clock.",
                        "Synchronise the SP's clock (NTP).");
            } else if (at.isBefore(ctx.now().minus(ctx.clockSkew()).minusSeconds(300))) {
                f.should(rule, "IssueInstant " + instant + " is more than five minutes old.",
                        "Build a fresh request for each login and synchronise the SP's clock.");
            }
        } catch (DateTimeParseException e) {
            f.must(rule, "IssueInstant '" + instant + "' is not a valid date-time.", "Write a valid UTC date-time.");
        }
    }

    /** Checks Destination against the endpoints under {@code rule}. */
    static void checkDestination(org.w3c.dom.Element root, String rule, CheckContext ctx, Findings f) {
        String destination = es.clave.stub.xml.Dom.attr(root, "Destination");
        if (destination == null) {
            f.must(rule, "Destination is missing.", "Set Destination to the gateway endpoint, here " + ctx.endpointUrls().iterator().next() + ".");
        } else if (!ctx.endpointUrls().contains(destination)) {
            String hint = destination.contains("/Proxy/") ? " '/Proxy/' is the Cl@ve 1 path (BND-6)." : "";
            f.must(rule, "Destination '" + destination + "' is not this gateway's endpoint." + hint,
                    "Set Destination to " + String.join(" or ", ctx.endpointUrls()) + " (for clave-sp-core: environment LOCAL with the stub's base URL).");
        }
    }

    static boolean isUtc(String v) {
        return v != null && UTC_INSTANT.matcher(v).matches();
    }
}

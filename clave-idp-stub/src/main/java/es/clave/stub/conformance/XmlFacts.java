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
            f.must(rule, "xml.1", root.getLocalName());
        } else if (!isNcName(id)) {
            f.must(rule, "xml.2", id);
        } else {
            if (!id.startsWith("_")) {
                f.must(rule, "xml.3", id);
            }
            double bits = randomBits(id);
            if (bits < 128) {
                f.must(rule, "xml.4", id, (int) bits);
            }
        }
        String version = es.clave.stub.xml.Dom.attr(root, "Version");
        if (!"2.0".equals(version)) {
            f.must(rule, "xml.5", version);
        }
        String instant = es.clave.stub.xml.Dom.attr(root, "IssueInstant");
        if (instant == null) {
            f.must(rule, "xml.6");
            return;
        }
        if (!UTC_INSTANT.matcher(instant).matches()) {
            f.must(rule, "xml.7", instant);
            return;
        }
        try {
            Instant at = Instant.parse(instant);
            if (at.isAfter(ctx.now().plus(ctx.clockSkew()))) {
                f.should(rule, "xml.8", instant);
            } else if (at.isBefore(ctx.now().minus(ctx.clockSkew()).minusSeconds(300))) {
                f.should(rule, "xml.9", instant);
            }
        } catch (DateTimeParseException e) {
            f.must(rule, "xml.10", instant);
        }
    }

    /** Checks Destination against the endpoints under {@code rule}. */
    static void checkDestination(org.w3c.dom.Element root, String rule, CheckContext ctx, Findings f) {
        String destination = es.clave.stub.xml.Dom.attr(root, "Destination");
        if (destination == null) {
            f.must(rule, "xml.11", ctx.endpointUrls().iterator().next());
        } else if (!ctx.endpointUrls().contains(destination)) {
            f.must(rule, destination.contains("/Proxy/") ? "xml.12.proxy1" : "xml.12", destination, String.join(" | ", ctx.endpointUrls()));
        }
    }

    static boolean isUtc(String v) {
        return v != null && UTC_INSTANT.matcher(v).matches();
    }
}

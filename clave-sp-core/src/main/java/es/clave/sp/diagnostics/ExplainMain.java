package es.clave.sp.diagnostics;

import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.trust.FeedTrustSource;
import es.clave.sp.trust.TrustedCertificateSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Command line entry point of the explain tool:
 * <pre>
 * java -cp ... es.clave.sp.diagnostics.ExplainMain --response response.txt --config clave.properties
 *      [--request-id _abc…] [--received-at 2026-11-22T10:15:30Z] [--requested-loa SUBSTANTIAL]
 *      [--request-issued-at …] [--client-address 192.0.2.10] [--unmask]
 * </pre>
 * The response file holds the Base64 {@code SAMLResponse} (or a {@code SAMLResponse=…} form body as
 * copied from browser tools); {@code -} reads standard input. Exit status: 0 valid, 1 rejected,
 * 2 usage or configuration error.
 */
public final class ExplainMain {

    /** Exit status of an accepted response. */
    public static final int VALID = 0;
    /** Exit status of a rejected response. */
    public static final int REJECTED = 1;
    /** Exit status of a usage or configuration error. */
    public static final int USAGE = 2;

    private static final String USAGE_TEXT = """
            usage: ExplainMain --response <file|-> --config <clave.properties>
                               [--request-id <AuthnRequest ID>] [--received-at <ISO instant>]
                               [--requested-loa LOW|SUBSTANTIAL|HIGH] [--request-issued-at <ISO instant>]
                               [--client-address <ip>] [--unmask]
            """;

    private ExplainMain() {
    }

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the tool without exiting.
     *
     * @return the exit status: {@link #VALID}, {@link #REJECTED} or {@link #USAGE}
     */
    public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            ClaveSpConfig config = loadConfig(Path.of(options.get("config")));
            ExplainRequest request = request(options, readResponse(options.get("response"), stdin));
            ExplainReport report = explain(config, request, err);
            boolean mask = !options.containsKey("unmask") && config.maskIdentifiers();
            out.print(ExplainFormatter.format(report, mask));
            return report.valid() ? VALID : REJECTED;
        } catch (ClaveConfigException e) {
            err.println("configuration error: " + e.getMessage());
            return USAGE;
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'");
            }
            String name = a.substring(2);
            switch (name) {
                case "unmask" -> options.put(name, "true");
                case "response", "config", "request-id", "received-at", "requested-loa", "request-issued-at",
                     "client-address" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--" + name + " needs a value");
                    }
                    options.put(name, args[++i]);
                }
                default -> throw new IllegalArgumentException("unknown option '" + a + "'");
            }
        }
        for (String required : new String[]{"response", "config"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return options;
    }

    private static ExplainRequest request(Map<String, String> o, String response) {
        ExplainRequest r = ExplainRequest.of(response).withRequestId(o.get("request-id"))
                .withClientAddress(o.get("client-address"));
        if (o.containsKey("received-at")) {
            r = r.withReceivedAt(Instant.parse(o.get("received-at")));
        }
        if (o.containsKey("request-issued-at")) {
            r = r.withRequestIssuedAt(Instant.parse(o.get("request-issued-at")));
        }
        if (o.containsKey("requested-loa")) {
            try {
                r = r.withRequestedLoa(LevelOfAssurance.valueOf(o.get("requested-loa").trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--requested-loa must be LOW, SUBSTANTIAL or HIGH");
            }
        }
        return r;
    }

    /** Reads the Base64 response; a {@code SAMLResponse=…&…} form body is reduced to its field. */
    static String readResponse(String location, InputStream stdin) throws IOException {
        String text = "-".equals(location)
                ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(Path.of(location), StandardCharsets.UTF_8);
        text = text.strip();
        for (String part : text.split("&")) {
            if (part.startsWith("SAMLResponse=")) {
                return URLDecoder.decode(part.substring("SAMLResponse=".length()), StandardCharsets.UTF_8);
            }
        }
        return text;
    }

    /** With the feed enabled, reads it once (no refresh thread), so the verdict trusts what the SP would. */
    private static ExplainReport explain(ClaveSpConfig config, ExplainRequest request, PrintStream err) {
        if (config.trustFeed().isEmpty()) {
            return new ResponseExplainer(config).explain(request);
        }
        try (FeedTrustSource feed = new FeedTrustSource(config.trustFeed().get(), Clock.systemUTC())) {
            err.println("certificate feed: " + feed.refresh().message());
            return new ResponseExplainer(config, TrustedCertificateSource.composite(config.trustSource(), feed),
                    Clock.systemUTC()).explain(request);
        }
    }

    private static ClaveSpConfig loadConfig(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return ClaveProperties.load(p);
    }
}

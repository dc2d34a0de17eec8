package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.LoginOptions;

import java.io.File;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Cold start: time from JVM start to the first login request ready (configuration loaded from a
 * properties file with a PKCS#12 keystore, validated, and the first {@code startLogin} done).
 * <p>
 * Without arguments it writes BENCHMARK-ONLY key material to a temporary directory and measures
 * {@code runs} fresh JVMs (default 5); with {@code --measure <clave.properties>} it is the child
 * that measures itself and prints one line; {@code --prepare <dir>} only writes the files, for
 * measuring by hand (e.g. with other JVM options).
 */
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * @param args {@code [runs]}, {@code --prepare <dir>} or {@code --measure <properties file>}
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--measure")) {
            measure(Path.of(args[1]));
            return;
        }
        if (args.length == 2 && args[0].equals("--prepare")) {
            System.out.println(BenchmarkFixtures.writeProperties(Files.createDirectories(Path.of(args[1]))));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("clave-coldstart");
        Path pkcs12 = BenchmarkFixtures.writeProperties(dir);
        try {
            run("PKCS#12 signing key", pkcs12, runs);
            run("PEM signing key", dir.resolve("clave-pem.properties"), runs);
        } finally {
            for (File f : dir.toFile().listFiles()) {
                f.delete();
            }
            dir.toFile().delete();
        }
    }

    private static void run(String label, Path props, int runs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Long> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    ColdStart.class.getName(), "--measure", props.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("child JVM failed: " + out);
            }
            System.out.println(label + ", run " + (i + 1) + ": " + out);
            results.add(Long.parseLong(out.replaceAll(".*first request ready after (\\d+) ms.*", "$1")));
        }
        results.sort(null);
        System.out.println(label + ": cold start to first request, median of " + runs + ": " + results.get(runs / 2)
                + " ms (min " + results.get(0) + ", max " + results.get(runs - 1) + ")");
    }

    private static void measure(Path propertiesFile) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long mainStart = System.currentTimeMillis();
        Properties properties = new Properties();
        try (Reader r = Files.newBufferedReader(propertiesFile)) {
            properties.load(r);
        }
        ClaveSpConfig config = ClaveProperties.load(properties);
        long configured = System.currentTimeMillis();
        ClaveServiceProvider sp = ClaveServiceProvider.create(config);
        long created = System.currentTimeMillis();
        String form = sp.startLogin(LoginOptions.defaults()).form().field("SAMLRequest");
        long ready = System.currentTimeMillis();
        System.out.println("first request ready after " + (ready - jvmStart) + " ms (JVM start to main: "
                + (mainStart - jvmStart) + " ms, config: " + (configured - mainStart) + " ms, SP create: "
                + (created - configured) + " ms, first startLogin: " + (ready - created) + " ms, "
                + form.length() + " Base64 chars)");
    }
}

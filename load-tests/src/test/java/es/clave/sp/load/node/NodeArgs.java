package es.clave.sp.load.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * What the harness tells a node process: {@code --port}, {@code --config} (the SP configuration
 * both nodes share) and {@code --feed-cache} (this node's copy of the last good certificate feed).
 */
record NodeArgs(int port, Path config, Path feedCache) {

    static NodeArgs parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 2) {
                values.put(arg.substring(2, eq), arg.substring(eq + 1));
            }
        }
        return new NodeArgs(Integer.parseInt(required(values, "port")), Path.of(required(values, "config")),
                Path.of(required(values, "feed-cache")));
    }

    /** @return the shared configuration file's entries plus this node's feed cache file */
    Map<String, String> properties() {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        out.put("clave.trust.feed.cache-file", feedCache.toString());
        return out;
    }

    private static String required(Map<String, String> values, String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return v;
    }
}

package es.clave.sp.servlet;

import es.clave.sp.error.ClaveConfigException;
import jakarta.servlet.FilterConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Collects the filter's configuration: a properties file (UTF-8), then every {@code clave.*}
 * filter init-param on top. The file is the one named by {@value #LOCATION_KEY} (init-param,
 * context-param or system property, in that order; {@code classpath:} prefix or a file path),
 * else {@code clave.properties} on the class path when present.
 */
final class ConfigSource {

    /** Names the properties file: {@code classpath:clave.properties} or {@code /etc/app/clave.properties}. */
    static final String LOCATION_KEY = "clave.config";
    private static final String DEFAULT_RESOURCE = "clave.properties";
    private static final String CLASSPATH = "classpath:";

    private ConfigSource() {
    }

    /** @return the merged configuration of {@code filterConfig} */
    static Map<String, String> load(FilterConfig filterConfig) {
        Map<String, String> merged = new LinkedHashMap<>();
        String location = firstNonBlank(filterConfig.getInitParameter(LOCATION_KEY),
                filterConfig.getServletContext().getInitParameter(LOCATION_KEY),
                System.getProperty(LOCATION_KEY));
        if (location != null) {
            merged.putAll(read(location.strip(), true));
        } else {
            merged.putAll(read(CLASSPATH + DEFAULT_RESOURCE, false));
        }
        for (String name : Collections.list(filterConfig.getInitParameterNames())) {
            if (name.startsWith("clave.") && !name.equals(LOCATION_KEY)) {
                merged.put(name, filterConfig.getInitParameter(name));
            }
        }
        return merged;
    }

    /** @return the {@code String} entries of {@code properties} */
    static Map<String, String> toMap(Properties properties) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            out.put(name, properties.getProperty(name));
        }
        return out;
    }

    private static Map<String, String> read(String location, boolean required) {
        Properties properties = new Properties();
        try (InputStream in = open(location)) {
            if (in == null) {
                if (required) {
                    throw new ClaveConfigException(LOCATION_KEY, "no file at '" + location
                            + "'; give a file path or classpath:name");
                }
                return Map.of();
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new ClaveConfigException(LOCATION_KEY, "cannot read '" + location + "': " + e.getMessage(), e);
        }
        return toMap(properties);
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            resource = resource.startsWith("/") ? resource.substring(1) : resource;
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return (loader != null ? loader : ConfigSource.class.getClassLoader()).getResourceAsStream(resource);
        }
        Path path = Path.of(location);
        return Files.isRegularFile(path) ? Files.newInputStream(path) : null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}

package es.clave.sp.fuzz;

import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.PropertyNames;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/** SEC-F4: generated configuration input to the loader fails only with ClaveConfigException. */
class ConfigLoaderPropertiesTest {
    private static Path dir;
    private static Map<String, String> minimal;

    @BeforeContainer
    static void minimalConfiguration() throws Exception {
        dir = Files.createTempDirectory("clave-fuzz-config");
        SpCredential signing = TestCredentials.rsa("sp", 2048);
        SpCredential clave = TestCredentials.rsa("clave", 2048);
        minimal = TestConfigs.minimalProperties(dir, signing, clave);
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property
    @Label("SEC-F4 a valid configuration with generated values: loads or fails with ClaveConfigException")
    void generatedValuesFailOnlyWithConfigException(@ForAll("edits") Map<String, String> edits) {
        Map<String, String> p = new HashMap<>(minimal);
        edits.forEach((k, v) -> {
            if (v == null) {
                p.remove(k);
            } else {
                p.put(k, v);
            }
        });
        try {
            ClaveProperties.load(p);
        } catch (ClaveConfigException expected) {
            // the documented failure
        } catch (RuntimeException | Error other) {
            fail("configuration " + edits + " escaped as " + other.getClass().getName(), other);
        }
    }

    @Provide
    Arbitrary<Map<String, String>> edits() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(knownKeys()),
                Arbitraries.of(knownKeys()).map(k -> k + ".x"),
                Arbitraries.strings().alpha().ofMaxLength(12).map(s -> "clave." + s));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", " ", "-1", "0", "PT-5S", "P9999999999D", "true", "yes", "PRO", "LOW,HIGH",
                        "classpath:missing.pem", "file:/nonexistent", "RSA_SHA512", "http://x", "https://",
                        "::", "${x}", "\u0000", "9223372036854775808"),
                Arbitraries.strings().ofMaxLength(60),
                Arbitraries.just(null));
        return Arbitraries.maps(key, value).ofMinSize(1).ofMaxSize(4);
    }

    /** Every public {@code clave.*} key and credential sub-key named in {@link PropertyNames}. */
    private static List<String> knownKeys() {
        List<String> keys = new ArrayList<>();
        List<String> credentialSubKeys = new ArrayList<>();
        for (Field f : PropertyNames.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                try {
                    String name = (String) f.get(null);
                    (name.startsWith("clave.") ? keys : credentialSubKeys).add(name);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        for (String prefix : List.of(PropertyNames.SP_SIGNING, PropertyNames.SP_DECRYPTION)) {
            credentialSubKeys.forEach(sub -> keys.add(prefix + "." + sub));
        }
        return keys;
    }
}

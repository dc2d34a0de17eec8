package es.clave.sp.architecture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DESIGN: OpenSAML types never leak out of core's internal package, so swapping OpenSAML for a
 * newer line touches one package. Checked on the sources, which is where a leak is written.
 */
class OpenSamlConfinementTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path INTERNAL_SAML = MAIN_SOURCES.resolve("es/clave/sp/internal/saml");
    private static final Pattern OPENSAML_REFERENCE =
            Pattern.compile("\\b(org\\.opensaml|net\\.shibboleth)\\.");

    @Test
    @DisplayName("DESIGN: OpenSAML and Shibboleth types are referenced only under es.clave.sp.internal.saml")
    void openSamlIsConfinedToTheInternalPackage() throws IOException {
        assertTrue(Files.isDirectory(MAIN_SOURCES), "run from the module directory");
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(INTERNAL_SAML))
                    .filter(OpenSamlConfinementTest::referencesOpenSaml)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean referencesOpenSaml(Path file) {
        try {
            return OPENSAML_REFERENCE.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

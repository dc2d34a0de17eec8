package es.clave.sp.spring.autoconfigure;

import es.clave.sp.spring.support.TestKeyFiles;
import es.clave.sp.spring.testapp.TestApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A wrong {@code clave.*} property stops a real Spring Boot start-up, and the report names the
 * property and what to change instead of showing a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClaveConfigFailureAnalyzerTests {

    private static TestKeyFiles.SpKey spKey;

    @BeforeAll
    static void keys() {
        spKey = TestKeyFiles.generateSpKey(TestKeyFiles.folder(), "analyzer-sp");
    }

    private static SpringApplication app(String setting) {
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "clave.environment=local", "clave.gateway.base-url=http://localhost:8081",
                        "clave.sp.code=99999999R_E04975701", "clave.sp.application=tests",
                        "clave.sp.acs-url=http://localhost:8080/clave/acs",
                        "clave.sp.signing.private-key=file:" + spKey.privateKeyPem(),
                        "clave.sp.signing.certificate=file:" + spKey.certificatePem(),
                        "clave.trust.certificates=classpath:certs/test-only-gateway.pem", setting)
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "clave.sp.code                  | clave.sp.code=",
            "clave.sp.application           | clave.sp.application=a;b",
            "clave.sp.acs-url               | clave.sp.acs-url=ftp://example.org/acs",
            "clave.gateway.base-url         | clave.gateway.base-url=",
            "clave.sp.signing.private-key   | clave.sp.signing.private-key=file:/nonexistent/sp.key",
            "clave.trust.certificates       | clave.trust.certificates=classpath:missing/clave.pem"})
    @DisplayName("start-up stops with 'APPLICATION FAILED TO START' naming the clave.* property at fault")
    void startupWithWrongPropertyThenReportNamesIt(String property, String setting, CapturedOutput output) {
        assertThatThrownBy(app(setting)::run).isInstanceOf(RuntimeException.class);

        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The Cl@ve configuration is not valid. Property '" + property + "'")
                .contains("Fix '" + property + "'");
    }

    @Test
    @DisplayName("a misspelt clave.* key is not silently ignored: start-up stops naming it")
    void startupWithUnknownKeyThenReportNamesIt(CapturedOutput output) {
        assertThatThrownBy(app("clave.enviroment=pro")::run).isInstanceOf(RuntimeException.class);

        assertThat(output).contains("APPLICATION FAILED TO START").contains("clave.enviroment");
    }

    @Test
    @DisplayName("a value of the wrong type is reported by Spring Boot's binder with the property name")
    void startupWithWrongTypeThenReportNamesIt(CapturedOutput output) {
        assertThatThrownBy(app("clave.login.loa=extreme")::run).isInstanceOf(RuntimeException.class);

        assertThat(output).contains("APPLICATION FAILED TO START").contains("clave.login.loa");
    }
}

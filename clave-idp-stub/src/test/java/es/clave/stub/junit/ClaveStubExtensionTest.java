package es.clave.stub.junit;

import es.clave.stub.ClaveStub;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit 5 extension: lifecycle, defaults, scripting, parameter injection. */
class ClaveStubExtensionTest {

    @Nested
    class AsStaticField {
        @RegisterExtension
        static ClaveStubExtension clave = ClaveStubExtension.create();

        @Test
        void embeddedDefaultsAreDevModeAndStrict() {
            assertTrue(clave.stub().isDevMode());
            assertTrue(clave.stub().isStrict());
            assertTrue(clave.baseUrl().matches("http://localhost:\\d+"), clave.baseUrl());
            assertNotEquals(0, clave.stub().port());
        }

        @Test
        void scriptedFailureSkipsThePages() {
            clave.nextLogin(LoginScript.failure(Failure.CERTIFICATE_REVOKED));
            var form = new Browser().post(clave.stub().endpoint().toString(),
                    TestRequest.valid(clave.stub().endpoint().toString()).form()).form();
            ResponseXml response = ResponseXml.decode(form.fields().get("SAMLResponse"));
            assertEquals(Failure.CERTIFICATE_REVOKED.statusMessage(), response.statusMessage());
            assertTrue(clave.lastExchange().outcome().contains("CERTIFICATE_REVOKED"));
        }

        @Test
        void parameterInjection(ClaveStub stub) {
            assertSame(clave.stub(), stub);
        }
    }

    @Nested
    class AsInstanceField {
        @RegisterExtension
        ClaveStubExtension clave = ClaveStubExtension.with(b -> b.strict(false).devMode(false));

        @Test
        void customizedStubRunsPerTest() {
            assertFalse(clave.stub().isStrict());
            assertFalse(clave.stub().isDevMode());
        }
    }

    @Nested
    @WithClaveStub(strict = false)
    class ByAnnotation {
        @Test
        void annotationSettingsApply(ClaveStub stub) {
            assertFalse(stub.isStrict());
            assertTrue(stub.isDevMode());
        }
    }

    @Nested
    @WithClaveStub
    class AnnotatedWithNestedClass {
        static ClaveStub outer;

        @org.junit.jupiter.api.BeforeAll
        static void remember(ClaveStub stub) {
            outer = stub;
        }

        @Test
        void outerTestUsesTheClassStub(ClaveStub stub) {
            assertSame(outer, stub);
        }

        @Nested
        class Inner {
            @Test
            void nestedTestsShareTheRunningStub(ClaveStub stub) {
                assertSame(outer, stub);
                assertEquals(200, new Browser().get(stub.baseUrl() + "/stub").status());
            }
        }
    }

    @Test
    void stubIsUnavailableOutsideATest() {
        assertThrows(IllegalStateException.class, () -> ClaveStubExtension.create().stub());
    }

    @Test
    void lastExchangeBeforeAnyRequestSaysWhereToPost() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, stub::lastExchange);
            assertTrue(e.getMessage().contains(stub.endpoint().toString()));
        }
    }
}

package es.clave.stub.e2e;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.HtmlForm;
import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every failure of the catalogue, chosen through the JUnit API and through the tester panel, ends
 * in the ClaveError the catalogue announces (or an identity, when the message is valid).
 */
class CoreFailureCatalogueE2ETest {

    @RegisterExtension
    static ClaveStubExtension clave = ClaveStubExtension.create();

    private static final LoginOptions SUBSTANTIAL = LoginOptions.defaults().withLevelOfAssurance(LevelOfAssurance.SUBSTANTIAL);

    private static void assertOutcome(Failure failure, CoreSp sp, Page back, es.clave.sp.login.PendingLogin pending) {
        if (failure.expectedSpError() == null) {
            ClaveIdentity identity = sp.finish(back, pending);
            assertEquals("12345678Z", identity.personIdentifier().value());
            return;
        }
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> sp.finish(back, pending),
                () -> failure + " was accepted");
        assertEquals(failure.expectedSpError(), e.error().name(), () -> failure + ": " + e.getMessage());
    }

    @ParameterizedTest(name = "{0} (scripted, plaintext assertion)")
    @EnumSource(value = Failure.class, mode = EnumSource.Mode.EXCLUDE, names = "REPLAY_PREVIOUS")
    void scriptedFailure(Failure failure) {
        CoreSp sp = CoreSp.against(clave.stub());
        clave.nextLogin(LoginScript.failure(failure));
        CoreSp.Started started = sp.start(SUBSTANTIAL);
        assertOutcome(failure, sp, started.page(), started.pending());
    }

    @ParameterizedTest(name = "{0} (scripted, encrypted assertion)")
    @EnumSource(value = Failure.class, mode = EnumSource.Mode.EXCLUDE, names = "REPLAY_PREVIOUS")
    void scriptedFailureWithEncryption(Failure failure) {
        KeyAndCertificate encryption = TestSp.key("sp-encryption");
        clave.encryptFor(TestSp.SP_CODE, encryption.certificate());
        try {
            CoreSp sp = CoreSp.against(clave.stub(), encryption, b -> { });
            clave.nextLogin(LoginScript.failure(failure));
            CoreSp.Started started = sp.start(SUBSTANTIAL);
            assertOutcome(failure, sp, started.page(), started.pending());
        } finally {
            clave.stub().stopEncryptingFor(TestSp.SP_CODE);
        }
    }

    @ParameterizedTest(name = "{0} (tester panel)")
    @EnumSource(value = Failure.class, mode = EnumSource.Mode.EXCLUDE, names = "REPLAY_PREVIOUS")
    void failureFromTesterPanel(Failure failure) {
        CoreSp sp = CoreSp.against(clave.stub());
        CoreSp.Started started = sp.start(SUBSTANTIAL);
        Page userPage = sp.browser.get(clave.baseUrl() + started.page().linkById("method-AFIRMA"));
        HtmlForm form = userPage.form().with("user", "nif").with("failure", failure.name());
        Page back = sp.browser.submit(form, clave.baseUrl());
        assertOutcome(failure, sp, back, started.pending());
    }

    @Test
    @DisplayName("RSP-11 REPLAY_PREVIOUS: the previous response sent again is refused as a replay")
    void replayOfPreviousResponse() {
        CoreSp sp = CoreSp.against(clave.stub());
        clave.nextLogin(LoginScript.user("nif"));
        CoreSp.Started first = sp.start(LoginOptions.defaults());
        assertEquals("12345678Z", sp.finish(first.page(), first.pending()).personIdentifier().value());

        clave.nextLogin(LoginScript.failure(Failure.REPLAY_PREVIOUS));
        CoreSp.Started second = sp.start(LoginOptions.defaults());
        assertEquals(first.page().form().fields(), second.page().form().fields(), "the same POST, byte for byte");
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> sp.finish(second.page(), first.pending()));
        assertEquals(Failure.REPLAY_PREVIOUS.expectedSpError(), e.error().name(), e::getMessage);
    }

    @Test
    @DisplayName("RSP-9 a scripted method below the requested LoA ends in LOA_TOO_LOW, as on Cl@ve")
    void methodBelowRequestedLoa() {
        CoreSp sp = CoreSp.against(clave.stub());
        clave.nextLogin(LoginScript.user("nif").via(es.clave.stub.ClaveMethod.CLAVE_PIN));
        CoreSp.Started started = sp.start(LoginOptions.defaults().withLevelOfAssurance(LevelOfAssurance.HIGH));
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> sp.finish(started.page(), started.pending()));
        assertEquals("LOA_TOO_LOW", e.error().name());
    }
}

package es.clave.stub.e2e;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.stub.ClaveMethod;
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

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full logins driven over HTTP like a browser without JavaScript: core's form to the stub, the
 * chooser, the test-user page, the auto-post form back, and core's finishLogin.
 */
class CoreLoginPagesE2ETest {

    @RegisterExtension
    static ClaveStubExtension clave = ClaveStubExtension.create();

    private ClaveIdentity loginThroughPages(CoreSp sp, ClaveMethod method, String userId) {
        CoreSp.Started started = sp.start(LoginOptions.defaults());
        clave.lastExchange().report().assertClean();
        Page userPage = sp.browser.get(clave.baseUrl() + started.page().linkById("method-" + method));
        HtmlForm form = userPage.form();
        if (userId != null) {
            form = form.with("user", userId);
        }
        Page back = sp.browser.submit(form, clave.baseUrl());
        return sp.finish(back, started.pending());
    }

    @ParameterizedTest(name = "RSP-12 login with {0} through the pages gives the identity and method")
    @EnumSource(ClaveMethod.class)
    void eachMethodThroughThePages(ClaveMethod method) {
        CoreSp sp = CoreSp.against(clave.stub());
        ClaveIdentity identity = loginThroughPages(sp, method, null);
        String expectedId = method == ClaveMethod.EIDAS ? "0123456789" : "12345678Z";
        assertTrue(identity.personIdentifier().raw().endsWith(expectedId), identity::toString);
        assertEquals(method.selectedIdp(), identity.method().selectedIdpToken());
        assertEquals(method.loa().name(), identity.levelOfAssurance().name());
    }

    @Test
    @DisplayName("RSP-12 a natural person's NIF, names, surnames and date of birth reach the SP")
    void naturalPersonAttributes() {
        ClaveIdentity identity = loginThroughPages(CoreSp.against(clave.stub()), ClaveMethod.CLAVE_PERMANENTE, "nif");
        assertEquals("12345678Z", identity.personIdentifier().value());
        assertEquals(IdentifierKind.NIF, identity.personIdentifier().kind());
        assertTrue(identity.personIdentifier().checkValid());
        assertEquals("María José", identity.givenName());
        assertEquals("García", identity.firstSurname());
        assertEquals("López", identity.secondSurname());
        assertEquals(LocalDate.of(1985, 4, 12), identity.dateOfBirth().orElseThrow());
        assertEquals(IdentificationMethod.CLAVE_PERMANENTE, identity.method());
        assertFalse(identity.isRepresentative());
    }

    @Test
    @DisplayName("RSP-12 a NIE holder is identified with a valid NIE")
    void nieHolder() {
        ClaveIdentity identity = loginThroughPages(CoreSp.against(clave.stub()), ClaveMethod.CLAVE_MOVIL, "nie");
        assertEquals("X1234567L", identity.personIdentifier().value());
        assertEquals(IdentifierKind.NIE, identity.personIdentifier().kind());
        assertTrue(identity.personIdentifier().checkValid());
    }

    @Test
    @DisplayName("RSP-12 PartialAfirma clasificacion 11: the representative and the represented company reach the SP")
    void representativeCertificate() {
        ClaveIdentity identity = loginThroughPages(CoreSp.against(clave.stub()), ClaveMethod.AFIRMA, "representante");
        assertEquals("99999999R", identity.personIdentifier().value());
        assertTrue(identity.isRepresentative(), identity::toString);
        assertEquals("B12345674", identity.representedEntity().orElseThrow().identifier().value());
        assertTrue(identity.representedEntity().orElseThrow().identifier().checkValid());
        assertEquals("EMPRESA DE PRUEBAS SL", identity.representedEntity().orElseThrow().name());
        assertEquals(LevelOfAssurance.HIGH, identity.levelOfAssurance());
    }

    @Test
    @DisplayName("RSP-3 an SP registered for encryption gets an EncryptedAssertion it can decrypt (RSA-OAEP + AES-256-GCM)")
    void encryptedAssertion() {
        KeyAndCertificate encryption = TestSp.key("sp-encryption");
        clave.encryptFor(TestSp.SP_CODE, encryption.certificate());
        CoreSp sp = CoreSp.against(clave.stub(), encryption, b -> b.requireEncryption(true));
        ClaveIdentity identity = loginThroughPages(sp, ClaveMethod.CLAVE_PIN, "nif");
        assertEquals("12345678Z", identity.personIdentifier().value());
        String xml = clave.lastExchange().responseXml();
        assertTrue(xml.contains("EncryptedAssertion") && xml.contains("http://www.w3.org/2009/xmlenc11#aes256-gcm")
                && xml.contains("http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p"), xml);
        clave.stub().stopEncryptingFor(TestSp.SP_CODE);
    }

    @Test
    @DisplayName("RSP-6 the chooser's cancel link ends in USER_CANCELLED at the SP")
    void cancelLink() {
        CoreSp sp = CoreSp.against(clave.stub());
        CoreSp.Started started = sp.start(LoginOptions.defaults());
        Page back = sp.browser.get(clave.baseUrl() + started.page().linkById("cancel"));
        es.clave.sp.error.ClaveAuthenticationException e = org.junit.jupiter.api.Assertions.assertThrows(
                es.clave.sp.error.ClaveAuthenticationException.class, () -> sp.finish(back, started.pending()));
        assertEquals(es.clave.sp.error.ClaveError.USER_CANCELLED, e.error());
    }
}

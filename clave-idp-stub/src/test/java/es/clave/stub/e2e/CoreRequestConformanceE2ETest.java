package es.clave.stub.e2e;

import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.logout.LogoutStart;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.HtmlForm;
import es.clave.stub.testing.TestSp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests built by clave-sp-core pass the stub's checks with zero findings (REQ-*, BND-*, LGO-1). */
class CoreRequestConformanceE2ETest {

    @RegisterExtension
    static ClaveStubExtension clave = ClaveStubExtension.with(b -> b.devMode(false));

    private CoreSp coreSp() {
        clave.registerSp(TestSp.SP_CODE, TestSp.signing().certificate());
        return CoreSp.against(clave.stub());
    }

    @Test
    @DisplayName("REQ-1..REQ-14 core's default AuthnRequest has zero findings (registered SP, dev mode off)")
    void defaultRequestIsClean() {
        CoreSp sp = coreSp();
        sp.start(LoginOptions.defaults());
        Exchange exchange = clave.lastExchange();
        exchange.report().assertClean();
        assertEquals(Exchange.Kind.LOGIN, exchange.kind());
        assertEquals(TestSp.SP_CODE, exchange.spCode());
    }

    @Test
    @DisplayName("REQ-11 REQ-13 core's request offering two methods at LoA high has zero findings and the chooser offers only those")
    void restrictedRequestIsCleanAndHonoured() {
        CoreSp sp = coreSp();
        CoreSp.Started started = sp.start(LoginOptions.defaults()
                .withLevelOfAssurance(LevelOfAssurance.HIGH)
                .withMethods(EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_MOVIL))
                .withForceAuthn(true));
        clave.lastExchange().report().assertClean();
        String page = started.page().body();
        assertEquals(true, page.contains("id=\"method-AFIRMA\""), page);
        assertEquals(false, page.contains("id=\"method-CLAVE_PIN\""), "excluded method shown");
        assertEquals(false, page.contains("id=\"method-CLAVE_MOVIL\""), "Cl@ve Móvil (substantial) must be hidden at LoA high");
    }

    @Test
    @DisplayName("LGO-1 BND-3 core's LogoutRequest has zero findings and gets a signed LogoutResponse back")
    void logoutRequestIsClean() {
        CoreSp sp = coreSp();
        LogoutStart logout = sp.sp.startLogout("/");
        Page page = sp.browser.post(logout.form().action().toString(), logout.form().fields());
        clave.lastExchange().report().assertClean();
        assertEquals(Exchange.Kind.LOGOUT, clave.lastExchange().kind());
        HtmlForm back = page.form();
        assertEquals(sp.sp.config().logoutReturnUrl().toString(), back.action());
        assertDoesNotThrow(() -> sp.sp.finishLogout(back.fields().get("logoutResponse"), back.fields().get("RelayState"),
                logout.pending(), ClientInfo.now()));
    }

    @Test
    @DisplayName("BND-5 strict: an unregistered SP gets a Requester error response, which core reports as GATEWAY_ERROR")
    void strictRejectionReachesCoreAsGatewayError() {
        try (es.clave.stub.ClaveStub stub = es.clave.stub.ClaveStub.builder().devMode(false).start()) {
            CoreSp sp = CoreSp.against(stub);
            CoreSp.Started started = sp.start(LoginOptions.defaults());
            es.clave.sp.error.ClaveAuthenticationException e = org.junit.jupiter.api.Assertions.assertThrows(
                    es.clave.sp.error.ClaveAuthenticationException.class, () -> sp.finish(started.page(), started.pending()));
            assertEquals(es.clave.sp.error.ClaveError.GATEWAY_ERROR, e.error());
            assertEquals(java.util.List.of("BND-5"), stub.lastExchange().report().ruleIds());
        }
    }

    @Test
    @DisplayName("BND-5 core's certificate-feed parser reads the stub's /Proxy2/Certificates and finds its signing certificate")
    void certificateFeedIsReadableByCore() throws Exception {
        byte[] feed = new es.clave.stub.testing.Browser().get(clave.stub().certificatesUrl().toString()).body()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var result = new es.clave.sp.trust.CertificateFeedParser(es.clave.sp.trust.CertificateFeedParser.DEFAULT_MAX_BYTES).parse(feed);
        assertEquals(java.util.List.of(), result.skipped());
        assertEquals(1, result.entries().size());
        assertEquals(clave.signingCertificate(), result.entries().get(0).certificate());
        assertEquals(true, result.entries().get(0).usableForSigning());
    }

    @Test
    @DisplayName("the stub's method names and LoA URIs match core's")
    void vocabulariesAgree() {
        for (IdentificationMethod m : IdentificationMethod.offerable()) {
            ClaveMethod stubMethod = ClaveMethod.byExclusionAttribute(m.exclusionAttributeName()).orElseThrow();
            assertEquals(m.selectedIdpToken(), stubMethod.selectedIdp());
        }
        for (LevelOfAssurance l : LevelOfAssurance.values()) {
            assertEquals(l.uri(), Loa.valueOf(l.name()).uri());
        }
    }
}

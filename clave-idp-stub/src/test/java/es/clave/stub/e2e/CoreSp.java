package es.clave.stub.e2e;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.login.PendingLogin;
import es.clave.stub.ClaveStub;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.HtmlForm;
import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;

import java.util.function.Consumer;

/**
 * clave-sp-core configured against a running stub, and a script-free browser between them: the
 * SP side of the end-to-end tests. The ACS is never contacted; the test reads the auto-post form
 * the stub renders and hands it to {@code finishLogin}, as an adapter would.
 */
final class CoreSp {

    static final String APP = "stub-e2e";

    final ClaveStub stub;
    final ClaveServiceProvider sp;
    final Browser browser = new Browser();
    final KeyAndCertificate signing;

    private CoreSp(ClaveStub stub, ClaveServiceProvider sp, KeyAndCertificate signing) {
        this.stub = stub;
        this.sp = sp;
        this.signing = signing;
    }

    /** @return core's SP for {@code stub}, signing with the TEST-ONLY SP key, decrypting with {@code decryption} (or the signing key) */
    static CoreSp against(ClaveStub stub, KeyAndCertificate decryption, Consumer<ClaveSpConfig.Builder> customizer) {
        KeyAndCertificate signing = TestSp.signing();
        KeyAndCertificate dec = decryption != null ? decryption : signing;
        ClaveSpConfig.Builder b = ClaveSpConfig.builder()
                .environment(Environment.LOCAL)
                .gatewayBaseUrl(stub.baseUrl())
                .spCode(TestSp.SP_CODE)
                .applicationName(APP)
                .acsUrl(TestSp.ACS)
                .signingCredential(SpCredential.of(signing.privateKey(), signing.certificate(), "TEST-ONLY sp signing"))
                .addDecryptionCredential(SpCredential.of(dec.privateKey(), dec.certificate(), "TEST-ONLY sp decryption"))
                .addTrustedCertificate(stub.signingCertificate());
        customizer.accept(b);
        return new CoreSp(stub, ClaveServiceProvider.create(b.build()), signing);
    }

    static CoreSp against(ClaveStub stub) {
        return against(stub, null, b -> { });
    }

    /** Starts a login with core and posts its form to the stub; returns the stub's page. */
    Started start(LoginOptions options) {
        LoginStart start = sp.startLogin(options);
        Page page = browser.post(start.form().action().toString(), start.form().fields());
        return new Started(start.pending(), page);
    }

    /** Hands the auto-post form of {@code page} to core, as the ACS would. */
    ClaveIdentity finish(Page page, PendingLogin pending) {
        HtmlForm form = page.form();
        if (!form.action().equals(TestSp.ACS)) {
            throw new AssertionError("the stub did not post back to the ACS:\n" + page.body());
        }
        return sp.finishLogin(form.fields().get("SAMLResponse"), form.fields().get("RelayState"), pending, ClientInfo.now());
    }

    /**
     * A login started with core.
     *
     * @param pending core's pending login
     * @param page    the stub's answer to the SP's POST
     */
    record Started(PendingLogin pending, Page page) {
    }
}

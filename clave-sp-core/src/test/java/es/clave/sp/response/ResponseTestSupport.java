package es.clave.sp.response;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import org.w3c.dom.Document;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared world of the response tests: one SP, one pending login, a clock. */
abstract class ResponseTestSupport {
    protected final Instant now = Instant.now();
    protected ClaveSpConfig config = ResponseTestSetup.config();
    protected PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
    protected ClaveServiceProvider sp = ResponseTestSetup.sp(config);

    /** @return a valid Cl@ve response for {@link #pending}, ready to be changed */
    protected ClaveResponseBuilder response() {
        return ClaveResponseBuilder.forLogin(pending, now);
    }

    protected void useConfig(ClaveSpConfig c) {
        config = c;
        sp = ResponseTestSetup.sp(c);
    }

    protected ClaveIdentity finish(String samlResponse) {
        return sp.finishLogin(samlResponse, pending.relayState(), pending, ResponseTestSetup.client(now));
    }

    protected ClaveIdentity finish(Document doc) {
        return finish(XmlDocs.base64(doc));
    }

    /** Asserts that processing fails closed with {@code expected}: no identity, only the library's exception. */
    protected static ClaveAuthenticationException assertRejected(ClaveError expected, Runnable call) {
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, call::run);
        assertEquals(expected, e.error(), () -> "wrong failure: " + e.getMessage());
        return e;
    }

    protected ClaveAuthenticationException assertRejected(ClaveError expected, String samlResponse) {
        return assertRejected(expected, () -> finish(samlResponse));
    }

    protected ClaveAuthenticationException assertRejected(ClaveError expected, Document doc) {
        return assertRejected(expected, XmlDocs.base64(doc));
    }
}

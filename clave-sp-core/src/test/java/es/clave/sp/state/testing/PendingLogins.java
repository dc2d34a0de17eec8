package es.clave.sp.state.testing;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/** Pending logins for store tests. */
public final class PendingLogins {
    private PendingLogins() {
    }

    /** @return a pending login with every field set, including characters that need escaping */
    public static PendingLogin full(String relayState) {
        return new PendingLogin("_" + UUID.randomUUID(), relayState, LevelOfAssurance.SUBSTANTIAL,
                EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_PIN), true,
                Instant.parse("2026-11-22T10:15:30.123Z"), "/trámites?x=1&y=a b%20c\nz=1", "bind=é:1");
    }

    /** @return a pending login with every optional field null and no methods */
    public static PendingLogin minimal(String relayState) {
        return new PendingLogin("_" + UUID.randomUUID(), relayState, null, EnumSet.noneOf(IdentificationMethod.class),
                false, Instant.parse("2026-11-22T10:15:30Z"), null, null);
    }

    /** @return a random RelayState like the ones core issues */
    public static String relayState() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}

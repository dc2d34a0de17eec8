package es.clave.stub.saml;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** Message IDs (128 random bits, NCName) and SAML date-times (UTC, milliseconds). */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    /** @return {@code _} followed by 32 random hex digits */
    public static String newId() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return "_" + HexFormat.of().formatHex(b);
    }

    /** @return {@code instant} as xs:dateTime in UTC with milliseconds */
    public static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}

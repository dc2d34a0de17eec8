package es.clave.sp.audit;

import org.slf4j.MDC;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * The correlation id of the current request: put in the SLF4J MDC under {@link #MDC_KEY} and in
 * every {@link AuditEvent}, and shown by the adapters on the citizen's error page so a help-desk
 * call ("it doesn't let me in") leads straight to the log lines.
 * <p>
 * Adapters open a scope per HTTP request and show {@link Scope#id()} on error pages:
 * <pre>{@code
 * try (CorrelationId.Scope scope = CorrelationId.open()) {
 *     ... sp.finishLogin(...) ...   // on failure render scope.id()
 * }
 * }</pre>
 * When no scope is open, the service provider opens a temporary one for its own events and leaves
 * nothing behind on the thread.
 */
public final class CorrelationId {

    /** The MDC key holding the id. */
    public static final String MDC_KEY = "clave.correlationId";

    // Crockford Base32 without I, L, O, U: easy to read aloud over the phone
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CorrelationId() {
    }

    /** @return the id of the current scope, if one is open on this thread */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** @return a new id such as {@code 7F3K-Q2MZ-XH4P} (60 random bits) */
    public static String newId() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** Opens a scope with a new id; closing it restores what was there before. */
    public static Scope open() {
        return open(newId());
    }

    /**
     * Opens a scope with {@code id}, e.g. one received from a front proxy. The id must be 1–64 letters,
     * digits, {@code -} or {@code _} (it ends up in logs and HTML).
     */
    public static Scope open(String id) {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("correlation id must be 1-64 letters, digits, '-' or '_'");
        }
        Scope scope = new Scope(id, CURRENT.get(), MDC.get(MDC_KEY));
        CURRENT.set(id);
        MDC.put(MDC_KEY, id);
        return scope;
    }

    /** @return the scope already open (closing it does nothing), or a new one */
    public static Scope openIfAbsent() {
        String existing = CURRENT.get();
        return existing != null ? new Scope(existing) : open();
    }

    /** An open correlation id; close it at the end of the request. */
    public static final class Scope implements AutoCloseable {
        private final String id;
        private final boolean owner;
        private final String previous;
        private final String previousMdc;

        private Scope(String id, String previous, String previousMdc) {
            this.id = id;
            this.owner = true;
            this.previous = previous;
            this.previousMdc = previousMdc;
        }

        private Scope(String existing) {
            this.id = existing;
            this.owner = false;
            this.previous = null;
            this.previousMdc = null;
        }

        /** @return the correlation id */
        public String id() {
            return id;
        }

        @Override
        public void close() {
            if (!owner) {
                return;
            }
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
            if (previousMdc == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previousMdc);
            }
        }
    }
}

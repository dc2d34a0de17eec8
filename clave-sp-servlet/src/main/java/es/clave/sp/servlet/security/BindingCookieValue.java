package es.clave.sp.servlet.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of the browser-binding cookie: the browser's random token, then the RelayStates of the
 * logins this browser started most recently, oldest first, separated by dots. The list is what
 * bounds the logins pending in one browser: a new login beyond {@link #MAX_PENDING} displaces the
 * oldest, whose pending entry the adapter then removes from the store.
 *
 * @param token   the browser's random token (its hash is stored with every pending entry, SEC-H2)
 * @param pending RelayStates of the logins started by this browser, oldest first, at most {@link #MAX_PENDING}
 */
record BindingCookieValue(String token, List<String> pending) {

    /** Logins that may be pending at once in one browser: enough for several tabs, small enough for a cookie. */
    static final int MAX_PENDING = 5;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern RELAY_STATE = Pattern.compile("[A-Za-z0-9_-]{1,80}");

    BindingCookieValue {
        pending = List.copyOf(pending);
    }

    /**
     * @return the value in {@code raw}, or empty when its token is malformed; RelayStates that are
     *         not core's Base64url tokens, and any beyond the bound, are dropped
     */
    static Optional<BindingCookieValue> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String[] parts = raw.split("\\.", -1);
        if (!TOKEN.matcher(parts[0]).matches()) {
            return Optional.empty();
        }
        List<String> pending = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (RELAY_STATE.matcher(parts[i]).matches() && !pending.contains(parts[i])) {
                pending.add(parts[i]);
            }
        }
        // a hand-edited cookie with more entries keeps only the newest
        return Optional.of(new BindingCookieValue(parts[0],
                pending.subList(Math.max(0, pending.size() - MAX_PENDING), pending.size())));
    }

    /** @return a value for a browser that starts its first login */
    static BindingCookieValue fresh(String token) {
        return new BindingCookieValue(token, List.of());
    }

    /**
     * @param relayState the RelayState of the login being started
     * @return the next value, with {@code relayState} as the newest entry, and the RelayStates it displaced
     */
    Admission admit(String relayState) {
        if (!RELAY_STATE.matcher(relayState).matches()) {
            throw new IllegalArgumentException("RelayState is not a Base64url token of at most 80 characters");
        }
        List<String> next = new ArrayList<>(pending);
        next.remove(relayState);
        next.add(relayState);
        int excess = Math.max(0, next.size() - MAX_PENDING);
        List<String> displaced = List.copyOf(next.subList(0, excess));
        return new Admission(new BindingCookieValue(token, next.subList(excess, next.size())), displaced);
    }

    /** @return the cookie value: the token, then each RelayState after a dot */
    String format() {
        return pending.isEmpty() ? token : token + "." + String.join(".", pending);
    }

    /**
     * @param next      the cookie value to send
     * @param displaced RelayStates of older logins that fell out of the bound
     */
    record Admission(BindingCookieValue next, List<String> displaced) {
    }
}

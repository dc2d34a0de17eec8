package es.clave.sp.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The storage key of a replay-cache entry: {@code namespace:base64url(SHA-256(id))}. Message IDs
 * come from the attacker's message and can be of any length or content; hashing gives shared
 * stores a short key of fixed size and alphabet, so a long or odd ID cannot break the insert
 * (which would fail the login for the wrong reason) nor smuggle separators into Redis keys.
 */
public final class ReplayKeys {

    /** Namespaces are short lower-case words such as {@code response} or {@code assertion}. */
    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    /** Longest key this class returns: a 32-character namespace, a colon and 43 Base64 characters. */
    public static final int MAX_KEY_LENGTH = 32 + 1 + 43;

    private ReplayKeys() {
    }

    /**
     * @return the key under which {@code id} is recorded in {@code namespace}
     * @throws IllegalArgumentException when the namespace is not a short lower-case word or the id is null or empty
     */
    public static String key(String namespace, String id) {
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException("replay namespace must match " + NAMESPACE.pattern() + ": " + namespace);
        }
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("replay id must not be empty");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return namespace + ':' + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

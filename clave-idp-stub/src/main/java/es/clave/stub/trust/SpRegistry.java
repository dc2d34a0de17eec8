package es.clave.stub.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SPs the stub knows (BND-5: trust by SP code + certificate registered out of band) and the
 * encryption certificates of SPs whose assertions get encrypted (RSP-3). Thread-safe: tests may
 * register SPs while the server runs.
 */
public final class SpRegistry {

    private final Map<String, List<X509Certificate>> signing = new ConcurrentHashMap<>();
    private final Map<String, X509Certificate> encryption = new ConcurrentHashMap<>();

    /** Registers {@code certificate} as a signing certificate of SP {@code spCode} (several allowed, for rollover). */
    public void registerSp(String spCode, X509Certificate certificate) {
        requireCode(spCode);
        Objects.requireNonNull(certificate, "certificate");
        signing.compute(spCode, (k, v) -> {
            List<X509Certificate> list = v == null ? new ArrayList<>() : new ArrayList<>(v);
            if (!list.contains(certificate)) {
                list.add(certificate);
            }
            return List.copyOf(list);
        });
    }

    /** Assertions for SP {@code spCode} will be encrypted for {@code certificate}. */
    public void encryptFor(String spCode, X509Certificate certificate) {
        requireCode(spCode);
        encryption.put(spCode, Objects.requireNonNull(certificate, "certificate"));
    }

    /** Stops encrypting for {@code spCode}. */
    public void stopEncryptingFor(String spCode) {
        encryption.remove(spCode);
    }

    /** @return the registered signing certificates of {@code spCode}; empty when it is not registered */
    public List<X509Certificate> signingCertificates(String spCode) {
        return spCode == null ? List.of() : signing.getOrDefault(spCode, List.of());
    }

    /** @return whether {@code spCode} is registered */
    public boolean isRegistered(String spCode) {
        return spCode != null && signing.containsKey(spCode);
    }

    /** @return the encryption certificate of {@code spCode}, if it is registered for encryption */
    public Optional<X509Certificate> encryptionCertificate(String spCode) {
        return spCode == null ? Optional.empty() : Optional.ofNullable(encryption.get(spCode));
    }

    /** @return SP code to signing certificates, sorted by code, for the status page */
    public Map<String, List<X509Certificate>> registeredSps() {
        return Collections.unmodifiableMap(new TreeMap<>(signing));
    }

    /** @return SP code to encryption certificate, sorted by code */
    public Map<String, X509Certificate> encryptedSps() {
        return Collections.unmodifiableMap(new TreeMap<>(encryption));
    }

    private static void requireCode(String spCode) {
        if (spCode == null || spCode.isBlank() || spCode.contains(";")) {
            throw new IllegalArgumentException("SP code must be non-empty and contain no ';' (REQ-3), got: " + spCode);
        }
    }
}

package es.clave.sp.servlet.http;

import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.trust.StubKeys;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A filter configured the web.xml way: the {@code clave.*} keys and the PEM files they name, in a folder. */
final class ConfigFiles {

    private final Path dir;
    private final ClaveStubExtension stub;

    ConfigFiles(Path dir, ClaveStubExtension stub) {
        this.dir = dir;
        this.stub = stub;
    }

    /** @return the core keys of a filter at {@code origin} with endpoints under {@code prefix}, key files written */
    Map<String, String> coreKeys(String origin, String prefix) {
        StubKeys.KeyAndCertificate sp = StubKeys.generated("servlet-tests SP (TEST-ONLY)");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("clave.environment", "local");
        keys.put("clave.gateway.base-url", stub.baseUrl());
        keys.put("clave.sp.code", Harness.SP_CODE);
        keys.put("clave.sp.application", "servlet-config-tests");
        keys.put("clave.sp.acs-url", origin + TestApp.CONTEXT + prefix + "/acs");
        keys.put("clave.sp.logout-return-url", origin + TestApp.CONTEXT + prefix + "/logout/return");
        keys.put("clave.sp.signing.private-key", write("sp-key.pem",
                pem("PRIVATE KEY", sp.privateKey().getEncoded())).toString());
        keys.put("clave.sp.signing.certificate", write("sp-cert.pem", pem(sp.certificate())).toString());
        keys.put("clave.trust.certificates", write("clave.pem", pem(stub.signingCertificate())).toString());
        return keys;
    }

    /** @return {@code a} with {@code b} on top */
    static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

    /** @return {@code keys} in properties-file form */
    static String properties(Map<String, String> keys) {
        return keys.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\")).collect(Collectors.joining("\n"));
    }

    /** Writes {@code content} to {@code name} in the folder. */
    Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

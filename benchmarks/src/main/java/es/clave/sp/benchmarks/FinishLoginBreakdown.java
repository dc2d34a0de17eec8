package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.internal.saml.encryption.AssertionDecrypter;
import es.clave.sp.internal.saml.signature.EnvelopedSignatureVerifier;
import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.internal.saml.xml.XmlValues;
import org.w3c.dom.Element;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static es.clave.sp.benchmarks.FinishLoginFixture.SAML;

/**
 * Where {@link FinishLoginBenchmark}'s time goes: thread CPU time per operation of each stage of
 * finishLogin, measured apart on the fixture's bytes, beside the whole call and its crypto floor.
 * The stages take turns in blocks of {@value #BLOCK} operations; the minimum over the blocks is
 * the figure least disturbed by other load on a shared machine, the mean is printed beside it.
 * The stages overlap the pipeline but are not all of it (status, conditions, replay, attribute
 * mapping and the audit line are the rest). Verification and decryption run on one parsed
 * document again and again: neither changes the DOM it reads.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar es.clave.sp.benchmarks.FinishLoginBreakdown [blocks]}.
 */
public final class FinishLoginBreakdown {
    private FinishLoginBreakdown() {
    }

    /** An operation under measurement; its result keeps the JIT from dropping the work. */
    private interface Stage {
        Object run() throws Exception;
    }

    /** Operations per block; the stages take turns block by block. */
    private static final int BLOCK = 20;

    /** @param args blocks per stage (default 200; the first fifth is warm-up) */
    public static void main(String[] args) throws Exception {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        FinishLoginFixture f = new FinishLoginFixture();
        ClaveServiceProvider sp = ClaveServiceProvider.create(f.config, new AcceptAllReplayCache());
        CryptoFloor floor = new CryptoFloor(f);
        List<X509Certificate> trusted = List.of(f.gateway.certificate());
        byte[] xml = Base64.getDecoder().decode(f.samlResponse);
        Element response = SecureXmlParser.parse(xml).getDocumentElement();
        Element encrypted = FinishLoginFixture.firstChild(response, SAML, "EncryptedAssertion");
        Element assertion = AssertionDecrypter.decrypt(encrypted, List.of(f.sp));
        byte[] plaintext = FinishLoginFixture.serialize(assertion);
        Map<String, String> context = Map.of("saml2", SAML);

        Map<String, Stage> stages = new java.util.LinkedHashMap<>();
        stages.put("finishLogin (whole call)", () -> sp.finishLogin(f.samlResponse, f.pending.relayState(), f.pending, f.client));
        stages.put("crypto floor", floor::run);
        stages.put("Base64 of the SAMLResponse field", () -> XmlValues.decodeBase64(f.samlResponse));
        stages.put("parse of the Response", () -> SecureXmlParser.parse(xml));
        stages.put("parse + Response signature, fresh document", () -> EnvelopedSignatureVerifier.verifyIfPresent(
                SecureXmlParser.parse(xml).getDocumentElement(), trusted));
        stages.put("parse + decryption, fresh document", () -> AssertionDecrypter.decrypt(FinishLoginFixture.firstChild(
                SecureXmlParser.parse(xml).getDocumentElement(), SAML, "EncryptedAssertion"), List.of(f.sp)));
        stages.put("Response signature (profile + Santuario)", () -> EnvelopedSignatureVerifier.verifyIfPresent(response, trusted));
        stages.put("decryption incl. plaintext parse", () -> AssertionDecrypter.decrypt(encrypted, List.of(f.sp)));
        stages.put("parse of the decrypted assertion", () -> SecureXmlParser.parseFragment(plaintext, context));
        stages.put("assertion signature (profile + Santuario)", () -> EnvelopedSignatureVerifier.verifyIfPresent(assertion, trusted));

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Double> best = new java.util.LinkedHashMap<>();
        Map<String, Double> total = new java.util.LinkedHashMap<>();
        int sink = 0;
        for (int block = 0; block < blocks; block++) {
            for (Map.Entry<String, Stage> stage : stages.entrySet()) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int i = 0; i < BLOCK; i++) {
                    sink += stage.getValue().run().hashCode();
                }
                double us = (mx.getCurrentThreadCpuTime() - t0) / 1000.0 / BLOCK;
                if (block >= blocks / 5) { // the first fifth warms up
                    best.merge(stage.getKey(), us, Math::min);
                    total.merge(stage.getKey(), us, Double::sum);
                }
            }
        }
        int measured = blocks - blocks / 5;
        System.out.printf("%-45s %10s %10s%n", "stage (thread CPU time per operation)", "min us", "mean us");
        best.forEach((name, min) -> System.out.printf("%-45s %10.1f %10.1f%n", name, min, total.get(name) / measured));
        if (sink == 42) {
            System.out.println();
        }
    }
}

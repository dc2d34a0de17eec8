package es.clave.sp.tools;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * TEST-ONLY helper: writes an RSA-3072 private key ({@code sp-key.pem}, unencrypted PKCS#8) and a
 * self-signed certificate ({@code sp-cert.pem}) so a developer can configure an SP against the stub
 * in one command. Never use its output with the real Cl@ve gateway: production keys come from your
 * organisation's PKI and must not sit unencrypted on disk.
 *
 * <pre>java -cp clave-sp-core.jar:bcprov.jar:bcpkix.jar es.clave.sp.tools.KeyPairTool --out dir [--cn name]</pre>
 */
public final class KeyPairTool {

    private static final Duration VALIDITY = Duration.ofDays(365);

    private KeyPairTool() {
    }

    /** Paths of the files one run wrote. */
    public record Written(Path privateKey, Path certificate) {
    }

    /** Command-line entry point; exits 2 on bad arguments, 1 on failure. */
    public static void main(String[] args) {
        Path out = null;
        String cn = "clave-sp test SP";
        for (int i = 0; i < args.length; i++) {
            if (("--out".equals(args[i]) || "--cn".equals(args[i])) && i + 1 < args.length) {
                if ("--out".equals(args[i])) {
                    out = Path.of(args[++i]);
                } else {
                    cn = args[++i];
                }
            } else {
                System.err.println("Unknown or incomplete argument '" + args[i] + "'.");
                out = null;
                break;
            }
        }
        if (out == null) {
            System.err.println("Usage: KeyPairTool --out <directory> [--cn <common name>]  (TEST-ONLY key pair)");
            System.exit(2);
            return;
        }
        try {
            Written w = write(out, cn);
            System.out.println("TEST-ONLY key pair written (do not use with the real Cl@ve gateway):");
            System.out.println("  clave.sp.credential.private-key=" + w.privateKey());
            System.out.println("  clave.sp.credential.certificate=" + w.certificate());
        } catch (IOException | GeneralSecurityException e) {
            System.err.println("Could not write the key pair to " + out + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Generates the key pair and writes both PEM files into {@code dir} (created if missing);
     * refuses to overwrite existing files so a real key is never lost.
     */
    public static Written write(Path dir, String commonName) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        Path key = dir.resolve("sp-key.pem");
        Path cert = dir.resolve("sp-cert.pem");
        for (Path p : new Path[] {key, cert}) {
            if (Files.exists(p)) {
                throw new IOException(p + " already exists; remove it or choose another --out directory");
            }
        }
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(3072, new SecureRandom());
        KeyPair pair = gen.generateKeyPair();
        X509Certificate certificate = selfSign(pair, commonName);
        Files.writeString(key, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(cert, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
        return new Written(key, cert);
    }

    private static X509Certificate selfSign(KeyPair pair, String commonName) throws GeneralSecurityException {
        X500Name name = new X500Name("CN=" + commonName.replace(",", "\\,") + ",O=TEST ONLY");
        Instant now = Instant.now();
        try {
            return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(VALIDITY)), name,
                    pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot create the certificate signer", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}

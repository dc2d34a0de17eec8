package es.clave.sp.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

/** Decides whether a private key and a public key form a pair, whatever their algorithm. */
public final class KeyMatching {

    private static final byte[] PROBE = "clave-sp key pair probe".getBytes(StandardCharsets.US_ASCII);

    private KeyMatching() {
    }

    /** BouncyCastle names EC keys "ECDSA"; the JDK names them "EC". */
    private static String family(String algorithm) {
        return "ECDSA".equals(algorithm) ? "EC" : algorithm;
    }

    /** @return whether {@code publicKey} verifies what {@code privateKey} signs */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        String family = family(privateKey.getAlgorithm());
        if (!family.equals(family(publicKey.getAlgorithm()))) {
            return false;
        }
        if (privateKey instanceof RSAPrivateCrtKey a && publicKey instanceof RSAPublicKey b) {
            // same modulus and public exponent: the same key pair, without a cold RSA operation at start-up
            return a.getModulus().equals(b.getModulus()) && a.getPublicExponent().equals(b.getPublicExponent());
        }
        if (privateKey instanceof RSAKey a && publicKey instanceof RSAKey b && !a.getModulus().equals(b.getModulus())) {
            return false;
        }
        String algorithm = switch (family) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "DSA" -> "SHA256withDSA";
            default -> family;
        };
        try {
            Signature s = Signature.getInstance(algorithm);
            s.initSign(privateKey);
            s.update(PROBE);
            byte[] value = s.sign();
            s.initVerify(publicKey);
            s.update(PROBE);
            return s.verify(value);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}

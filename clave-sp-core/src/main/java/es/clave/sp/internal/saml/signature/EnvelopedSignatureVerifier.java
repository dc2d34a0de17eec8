package es.clave.sp.internal.saml.signature;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import org.apache.xml.security.c14n.CanonicalizationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.c14n.InvalidCanonicalizerException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static es.clave.sp.internal.saml.xml.XmlNames.DS;
import static es.clave.sp.internal.saml.xml.XmlNames.EXC_C14N;

/**
 * Verifies the enveloped XML signature of one SAML element (RSP-2, RSP-4, RSP-5) against the
 * configured trusted certificates only: {@code KeyInfo} is never read (SEC-W12).
 * <p>
 * The whole {@code ds:Signature} is checked against the allow-lists before any transform or
 * canonicalization runs (SEC-S1, SEC-S2): one Reference whose URI is {@code "#" + ID} of the signed
 * element itself (SEC-W10; {@code URI=""} and XPointer are refused), exactly the transforms
 * enveloped-signature then exclusive C14N. Then the reference digest is recomputed over that very
 * element (so the verified element is the consumed one, SEC-W9) and the SignatureValue is checked.
 * Thread-safe (JCA instances are per thread); the element's DOM must not be shared between threads during the call.
 */
public final class EnvelopedSignatureVerifier {

    static {
        org.apache.xml.security.Init.init();
    }

    // JCA lookups cost more than a SHA-512 of a response: one instance per thread and algorithm
    private static final ThreadLocal<Map<String, MessageDigest>> DIGESTS = ThreadLocal.withInitial(HashMap::new);
    private static final ThreadLocal<Map<String, Signature>> SIGNATURES = ThreadLocal.withInitial(HashMap::new);

    private EnvelopedSignatureVerifier() {
    }

    /**
     * @param signed  the element that must carry its own enveloped signature as a direct child
     * @param trusted the trusted signing certificates
     * @return false when {@code signed} carries no signature (the caller decides whether one is required);
     *         true when the signature validates with a trusted key
     * @throws ClaveAuthenticationException SIGNATURE_* / UNTRUSTED_SIGNING_KEY when it is present but unacceptable
     */
    public static boolean verifyIfPresent(Element signed, List<X509Certificate> trusted) {
        Element signature = Dom.optionalSingle(signed, DS, "Signature", ClaveError.SIGNATURE_INVALID);
        if (signature == null) {
            return false;
        }
        SignatureLayout layout = SignatureLayout.read(signature, signed);
        checkDigest(signed, signature, layout);
        checkSignatureValue(layout, trusted);
        return true;
    }

    private static void checkDigest(Element signed, Element signature, SignatureLayout layout) {
        MessageDigest md = newDigest(layout.digestJcaName());
        try {
            // enveloped-signature transform: the Signature child is skipped, the DOM is untouched
            ByteSink sink = ByteSink.digest(md);
            ExclusiveC14n.canonicalize(signed, signature, layout.referencePrefixes(), sink);
            sink.flush();
        } catch (ExclusiveC14n.RelativeNamespace e) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, "the signed element cannot be canonicalized: "
                    + e.getMessage());
        } catch (ExclusiveC14n.Unsupported e) {
            md.reset();
            digestWithSantuario(signed, signature, layout, md);
        }
        if (!MessageDigest.isEqual(md.digest(), layout.digestValue())) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID,
                    "the digest of " + signed.getLocalName() + " does not match its signature reference");
        }
    }

    /** The general path, for content the streaming canonicalizer leaves alone (processing instructions). */
    private static void digestWithSantuario(Element signed, Element signature, SignatureLayout layout, MessageDigest md) {
        Node next = signature.getNextSibling();
        signed.removeChild(signature);
        try {
            try (OutputStream out = new DigestingOutputStream(md)) {
                canonicalizer().canonicalizeSubtree(signed, layout.referencePrefixes(), out);
            }
        } catch (CanonicalizationException | java.io.IOException e) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, "the signed element cannot be canonicalized", e);
        } finally {
            signed.insertBefore(signature, next);
        }
    }

    private static void checkSignatureValue(SignatureLayout layout, List<X509Certificate> trusted) {
        byte[] signedInfo = canonicalSignedInfo(layout);
        byte[] value = layout.signatureValue();
        boolean lengthFitsSomeKey = false;
        for (X509Certificate cert : trusted) {
            PublicKey key = cert.getPublicKey();
            if (!layout.algorithm().keyAlgorithm().equals(key.getAlgorithm()) || !lengthFits(key, value)) {
                continue;
            }
            lengthFitsSomeKey = true;
            if (verifies(layout.algorithm(), key, signedInfo, value)) {
                return;
            }
        }
        if (!lengthFitsSomeKey && hasKeyOfType(trusted, layout.algorithm().keyAlgorithm())) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID,
                    "the SignatureValue has the wrong length for every trusted key (empty or truncated)");
        }
        throw new ClaveAuthenticationException(ClaveError.UNTRUSTED_SIGNING_KEY,
                "the signature does not validate with any of the " + trusted.size() + " trusted certificates");
    }

    private static boolean verifies(SignatureAllowList.SigAlg alg, PublicKey key, byte[] data, byte[] value) {
        try {
            // initVerify resets any state a previous (possibly failed) use left behind
            Signature s = SIGNATURES.get().computeIfAbsent(alg.jcaName(), EnvelopedSignatureVerifier::newSignature);
            if (alg.params() != null) {
                s.setParameter(alg.params());
            }
            s.initVerify(key);
            s.update(data);
            return s.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** S3: an RSA signature is exactly as long as the modulus; an ECDSA one is r||s of the field size. */
    private static boolean lengthFits(PublicKey key, byte[] value) {
        if (key instanceof RSAPublicKey rsa) {
            return value.length == (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (key instanceof ECPublicKey ec) {
            return value.length == 2 * ((ec.getParams().getCurve().getField().getFieldSize() + 7) / 8);
        }
        return value.length > 0;
    }

    private static boolean hasKeyOfType(List<X509Certificate> trusted, String keyAlgorithm) {
        for (X509Certificate c : trusted) {
            if (keyAlgorithm.equals(c.getPublicKey().getAlgorithm())) {
                return true;
            }
        }
        return false;
    }

    private static byte[] canonicalSignedInfo(SignatureLayout layout) {
        try {
            ByteSink sink = ByteSink.growing(1024);
            ExclusiveC14n.canonicalize(layout.signedInfo(), null, layout.signedInfoPrefixes(), sink);
            return java.util.Arrays.copyOf(sink.buffer(), sink.length());
        } catch (ExclusiveC14n.RelativeNamespace e) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, "SignedInfo cannot be canonicalized: "
                    + e.getMessage());
        } catch (ExclusiveC14n.Unsupported e) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
            try {
                canonicalizer().canonicalizeSubtree(layout.signedInfo(), layout.signedInfoPrefixes(), out);
            } catch (CanonicalizationException ce) {
                throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, "SignedInfo cannot be canonicalized", ce);
            }
            return out.toByteArray();
        }
    }

    private static Canonicalizer canonicalizer() {
        try {
            return Canonicalizer.getInstance(EXC_C14N);
        } catch (InvalidCanonicalizerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return this thread's digest for {@code jcaName}, reset */
    private static MessageDigest newDigest(String jcaName) {
        MessageDigest md = DIGESTS.get().computeIfAbsent(jcaName, name -> {
            try {
                return MessageDigest.getInstance(name);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        md.reset();
        return md;
    }

    private static Signature newSignature(String jcaName) {
        try {
            return Signature.getInstance(jcaName);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds canonical bytes straight into the digest, through a small buffer. */
    private static final class DigestingOutputStream extends OutputStream {
        private final MessageDigest md;
        private final byte[] buf = new byte[512];
        private int n;

        DigestingOutputStream(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void write(int b) {
            if (n == buf.length) {
                flush();
            }
            buf[n++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > buf.length - n) {
                flush();
                md.update(b, off, len);
                return;
            }
            System.arraycopy(b, off, buf, n, len);
            n += len;
        }

        @Override
        public void flush() {
            md.update(buf, 0, n);
            n = 0;
        }

        @Override
        public void close() {
            flush();
        }
    }

    /** Decodes base64 signature fields, failing as an invalid signature. */
    static byte[] base64(String text, String what) {
        byte[] b = XmlValues.base64(text, ClaveError.SIGNATURE_INVALID, what);
        if (b.length == 0) {
            throw new ClaveAuthenticationException(ClaveError.SIGNATURE_INVALID, what + " is empty");
        }
        return b;
    }
}

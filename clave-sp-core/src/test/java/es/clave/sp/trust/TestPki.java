package es.clave.sp.trust;

import es.clave.sp.testing.TestCredentials;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * TEST-ONLY certificate authority and feed documents, generated at test time. Stands in for the
 * CA that issues Cl@ve's signing certificates, so rotation can be tested without real keys.
 */
final class TestPki {

    private static final SecureRandom RANDOM = new SecureRandom();

    final String name;
    final KeyPair keys;
    final X509Certificate certificate;

    private TestPki(String name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** @return a new TEST-ONLY CA valid from yesterday for five years */
    static TestPki ca(String name) {
        KeyPair keys = TestCredentials.rsaKeyPair(2048);
        X509Certificate cert = build(dn(name), dn(name), keys, keys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(5 * 365)), true);
        return new TestPki(name, keys, cert);
    }

    /** @return a leaf certificate issued by this CA */
    X509Certificate issue(String cn, Instant notBefore, Instant notAfter) {
        return build(dn(cn), dn(name), TestCredentials.rsaKeyPair(2048), keys, notBefore, notAfter, false);
    }

    /** @return a leaf issued by this CA, valid from yesterday for {@code days} days */
    X509Certificate issue(String cn, int days) {
        return issue(cn, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(days)));
    }

    /** @return a leaf issued by this CA whose key pair is {@code leafKeys} */
    X509Certificate issue(String cn, KeyPair leafKeys, int days) {
        return build(dn(cn), dn(name), leafKeys, keys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(days)), false);
    }

    private static X500Name dn(String cn) {
        return new X500Name("CN=" + cn + ",OU=TEST ONLY,O=clave-sp tests,C=ES");
    }

    private static X509Certificate build(X500Name subject, X500Name issuer, KeyPair subjectKeys, KeyPair issuerKeys,
                                         Instant notBefore, Instant notAfter, boolean ca) {
        try {
            JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM),
                    Date.from(notBefore), Date.from(notAfter), subject, subjectKeys.getPublic());
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            return new JcaX509CertificateConverter().getCertificate(
                    b.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a feed document with one signing KeyDescriptor per certificate, md/ds prefixes */
    static String feed(X509Certificate... certificates) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<md:KeyDescriptors xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\" "
                + "xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">\n");
        int i = 0;
        for (X509Certificate c : certificates) {
            sb.append(keyDescriptor("md", "ds", "signing", "clave-" + (++i), c));
        }
        return sb.append("</md:KeyDescriptors>\n").toString();
    }

    /** @return one KeyDescriptor element with the given prefixes and use (null = no attribute) */
    static String keyDescriptor(String md, String ds, String use, String keyName, X509Certificate c) {
        return "<" + md + ":KeyDescriptor" + (use == null ? "" : " use=\"" + use + "\"") + ">"
                + "<" + ds + ":KeyInfo><" + ds + ":KeyName>" + keyName + "</" + ds + ":KeyName>"
                + "<" + ds + ":X509Data><" + ds + ":X509Certificate>\n" + base64(c) + "\n</" + ds + ":X509Certificate>"
                + "</" + ds + ":X509Data></" + ds + ":KeyInfo></" + md + ":KeyDescriptor>\n";
    }

    static String base64(X509Certificate c) {
        try {
            return Base64.getMimeEncoder().encodeToString(c.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package es.clave.sp.benchmarks;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.encryption.EncryptedData;
import org.apache.xml.security.encryption.EncryptedKey;
import org.apache.xml.security.encryption.XMLCipher;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

/**
 * BENCHMARK-ONLY fixture: a Cl@ve-shaped signed Response with an encrypted, signed assertion
 * (RSA-2048 keys generated at run time, TEST-ONLY; RSA-SHA512 signatures; RSA-OAEP + AES-256-GCM;
 * eight attributes), built with Santuario directly, plus the pieces the crypto floor needs.
 */
final class FinishLoginFixture {
    static final String ACS = "https://sp.example.es/clave/acs";
    static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    static final String XENC = "http://www.w3.org/2001/04/xmlenc#";

    final ClaveSpConfig config;
    final PendingLogin pending;
    final ClientInfo client;
    final String samlResponse;
    final SpCredential gateway;
    final SpCredential sp;

    FinishLoginFixture() throws Exception {
        org.apache.xml.security.Init.init();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        gateway = credential("TEST-ONLY benchmark gateway");
        sp = credential("TEST-ONLY benchmark sp");
        config = ClaveSpConfig.builder()
                .environment(Environment.PRE)
                .spCode("21114293V_E04975701")
                .applicationName("benchmarks")
                .acsUrl(ACS)
                .signingCredential(sp)
                .addDecryptionCredential(sp)
                .addTrustedCertificate(gateway.certificate())
                .requireEncryption(true)
                .build();
        pending = new PendingLogin("_0a1b2c3d4e5f60718293a4b5c6d7e8f9", "rs0123456789abcdef", LevelOfAssurance.LOW,
                IdentificationMethod.offerable(), false, now.minusSeconds(10), null, null);
        // a fixed reception time keeps every iteration inside the validity window
        client = new ClientInfo("192.0.2.10", now);
        samlResponse = Base64.getEncoder().encodeToString(responseXml(now).getBytes(StandardCharsets.UTF_8));
    }

    private String responseXml(Instant now) throws Exception {
        String t = now.minusSeconds(1).toString();
        String later = now.plusSeconds(3600).toString();
        String xml = "<saml2p:Response xmlns:saml2p=\"urn:oasis:names:tc:SAML:2.0:protocol\" xmlns:saml2=\"" + SAML + "\""
                + " Consent=\"urn:oasis:names:tc:SAML:2.0:consent:obtained\" Destination=\"" + ACS + "\""
                + " ID=\"_resp5f1c0a9e8b7d6c5b4a39281706f5e4d3\" InResponseTo=\"" + pending.requestId() + "\""
                + " IssueInstant=\"" + t + "\" Version=\"2.0\">"
                + "<saml2:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:entity\">"
                + "https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider</saml2:Issuer>"
                + "<saml2p:Status><saml2p:StatusCode Value=\"urn:oasis:names:tc:SAML:2.0:status:Success\"/>"
                + "<saml2p:StatusMessage>urn:oasis:names:tc:SAML:2.0:status:Success</saml2p:StatusMessage></saml2p:Status>"
                + "<saml2:Assertion xmlns:saml2=\"" + SAML + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xmlns:eidas-natural=\"http://eidas.europa.eu/attributes/naturalperson\""
                + " ID=\"_asrt9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b\" IssueInstant=\"" + t + "\" Version=\"2.0\">"
                + "<saml2:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:entity\">"
                + "https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider</saml2:Issuer>"
                + "<saml2:Subject><saml2:NameID Format=\"urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified\""
                + " NameQualifier=\"http://C-PEPS.gov.xx\">12345678Z</saml2:NameID>"
                + "<saml2:SubjectConfirmation Method=\"urn:oasis:names:tc:SAML:2.0:cm:bearer\">"
                + "<saml2:SubjectConfirmationData Address=\"192.0.2.10\" InResponseTo=\"" + pending.requestId() + "\""
                + " NotOnOrAfter=\"" + later + "\" Recipient=\"" + ACS + "\"/></saml2:SubjectConfirmation></saml2:Subject>"
                + "<saml2:Conditions NotBefore=\"" + t + "\" NotOnOrAfter=\"" + later + "\"><saml2:AudienceRestriction>"
                + "<saml2:Audience>" + ACS + "</saml2:Audience></saml2:AudienceRestriction><saml2:OneTimeUse/></saml2:Conditions>"
                + "<saml2:AuthnStatement AuthnInstant=\"" + t + "\"><saml2:AuthnContext><saml2:AuthnContextClassRef>"
                + "http://eidas.europa.eu/LoA/substantial</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement>"
                + "<saml2:AttributeStatement>"
                + attribute("http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier", "12345678Z")
                + attribute("http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName", "MARÍA JOSÉ")
                + attribute("http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName", "GARCÍA LÓPEZ")
                + attribute("http://es.minhafp.clave/FirstSurname", "GARCÍA")
                + attribute("http://eidas.europa.eu/attributes/naturalperson/DateOfBirth", "1980-05-17")
                + attribute("http://es.minhafp.clave/SelectedIdP", "SEGSOC")
                + attribute("http://es.minhafp.clave/RelayState", pending.relayState())
                + attribute("http://es.minhafp.clave/RegisterType", "Ciudadano")
                + "</saml2:AttributeStatement></saml2:Assertion></saml2p:Response>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element response = doc.getDocumentElement();
        Element assertion = firstChild(response, SAML, "Assertion");
        response.setIdAttributeNS(null, "ID", true);
        assertion.setIdAttributeNS(null, "ID", true);
        sign(assertion);
        encrypt(assertion);
        sign(response);
        return new String(serialize(doc), StandardCharsets.UTF_8);
    }

    /** @return {@code node} as UTF-8 XML without a declaration */
    static byte[] serialize(Node node) throws Exception {
        Transformer tr = TransformerFactory.newDefaultInstance().newTransformer();
        tr.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tr.transform(new DOMSource(node), new StreamResult(out));
        return out.toByteArray();
    }

    private static String attribute(String name, String value) {
        return "<saml2:Attribute FriendlyName=\"" + name.substring(name.lastIndexOf('/') + 1) + "\" Name=\"" + name
                + "\" NameFormat=\"urn:oasis:names:tc:SAML:2.0:attrname-format:uri\"><saml2:AttributeValue"
                + " xsi:type=\"eidas-natural:PersonIdentifierType\">" + value + "</saml2:AttributeValue></saml2:Attribute>";
    }

    private void sign(Element target) throws Exception {
        Document doc = target.getOwnerDocument();
        XMLSignature sig = new XMLSignature(doc, null, XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512,
                Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        Element issuer = firstChild(target, SAML, "Issuer");
        target.insertBefore(sig.getElement(), issuer.getNextSibling());
        Transforms transforms = new Transforms(doc);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
        sig.addDocument("#" + target.getAttribute("ID"), transforms, "http://www.w3.org/2001/04/xmlenc#sha512");
        sig.addKeyInfo(gateway.certificate());
        sig.sign(gateway.privateKey());
    }

    private void encrypt(Element assertion) throws Exception {
        Document doc = assertion.getOwnerDocument();
        KeyGenerator g = KeyGenerator.getInstance("AES");
        g.init(256);
        SecretKey cek = g.generateKey();
        XMLCipher keyCipher = XMLCipher.getInstance(XMLCipher.RSA_OAEP);
        keyCipher.init(XMLCipher.WRAP_MODE, sp.certificate().getPublicKey());
        EncryptedKey ek = keyCipher.encryptKey(doc, cek);
        XMLCipher dataCipher = XMLCipher.getInstance(XMLCipher.AES_256_GCM);
        dataCipher.init(XMLCipher.ENCRYPT_MODE, cek);
        EncryptedData ed = dataCipher.getEncryptedData();
        KeyInfo ki = new KeyInfo(doc);
        ki.add(ek);
        ed.setKeyInfo(ki);
        Element wrapper = doc.createElementNS(SAML, "saml2:EncryptedAssertion");
        assertion.getParentNode().insertBefore(wrapper, assertion);
        wrapper.appendChild(assertion);
        dataCipher.doFinal(doc, assertion, false);
    }

    static Element firstChild(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    private static SpCredential credential(String name) throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair kp = g.generateKeyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=clave-sp benchmarks,C=ES");
        Instant from = Instant.now().minus(Duration.ofDays(1));
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(System.nanoTime()),
                Date.from(from), Date.from(from.plus(Duration.ofDays(365))), subject, kp.getPublic());
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())));
        return SpCredential.of(kp.getPrivate(), cert, name);
    }
}

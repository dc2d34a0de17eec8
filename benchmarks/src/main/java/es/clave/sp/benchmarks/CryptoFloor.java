package es.clave.sp.benchmarks;

import org.apache.xml.security.c14n.Canonicalizer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

import static es.clave.sp.benchmarks.FinishLoginFixture.DS;
import static es.clave.sp.benchmarks.FinishLoginFixture.SAML;
import static es.clave.sp.benchmarks.FinishLoginFixture.XENC;

/**
 * BENCHMARK-ONLY reference point: the cryptography finishLogin cannot avoid for the fixture's
 * response, on the same bytes: one RSA-OAEP unwrap of the content key, two RSA-SHA512
 * verifications (the Response's and the Assertion's SignedInfo) and one AES-256-GCM decryption.
 */
final class CryptoFloor {
    private final PrivateKey decryptionKey;
    private final PublicKey verificationKey;
    private final byte[] wrappedKey;
    private final byte[] cipherValue;
    private final byte[] responseSignedInfo;
    private final byte[] responseSignature;
    private final byte[] assertionSignedInfo;
    private final byte[] assertionSignature;

    CryptoFloor(FinishLoginFixture f) throws Exception {
        decryptionKey = f.sp.privateKey();
        verificationKey = f.gateway.certificate().getPublicKey();
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newDefaultInstance();
        dbf.setNamespaceAware(true);
        Document doc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(Base64.getDecoder().decode(f.samlResponse)));
        Element response = doc.getDocumentElement();
        Element responseSig = FinishLoginFixture.firstChild(response, DS, "Signature");
        responseSignedInfo = c14n(FinishLoginFixture.firstChild(responseSig, DS, "SignedInfo"));
        responseSignature = b64(FinishLoginFixture.firstChild(responseSig, DS, "SignatureValue"));
        Element encryptedData = FinishLoginFixture.firstChild(FinishLoginFixture.firstChild(response, SAML, "EncryptedAssertion"), XENC, "EncryptedData");
        cipherValue = b64((Element) encryptedData.getElementsByTagNameNS(XENC, "CipherValue").item(1));
        wrappedKey = b64((Element) encryptedData.getElementsByTagNameNS(XENC, "CipherValue").item(0));
        // decrypt once to obtain the assertion's own SignedInfo bytes
        byte[] plain = decrypt();
        Document assertionDoc = dbf.newDocumentBuilder().parse(new ByteArrayInputStream(plain));
        Element assertionSig = FinishLoginFixture.firstChild(assertionDoc.getDocumentElement(), DS, "Signature");
        assertionSignedInfo = c14n(FinishLoginFixture.firstChild(assertionSig, DS, "SignedInfo"));
        assertionSignature = b64(FinishLoginFixture.firstChild(assertionSig, DS, "SignatureValue"));
        if (!verify(responseSignedInfo, responseSignature) || !verify(assertionSignedInfo, assertionSignature)) {
            throw new IllegalStateException("the crypto floor does not verify the fixture's signatures");
        }
    }

    /** @return the plaintext length, so the JIT cannot drop the work */
    int run() throws Exception {
        byte[] plain = decrypt();
        boolean ok = verify(responseSignedInfo, responseSignature) & verify(assertionSignedInfo, assertionSignature);
        return ok ? plain.length : -1;
    }

    private byte[] decrypt() throws Exception {
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.DECRYPT_MODE, decryptionKey, OAEPParameterSpec.DEFAULT);
        byte[] cek = rsa.doFinal(wrappedKey);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, cipherValue, 0, 12));
        return aes.doFinal(cipherValue, 12, cipherValue.length - 12);
    }

    private boolean verify(byte[] data, byte[] signature) throws Exception {
        Signature s = Signature.getInstance("SHA512withRSA");
        s.initVerify(verificationKey);
        s.update(data);
        return s.verify(signature);
    }

    private static byte[] c14n(Element e) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(e, out);
        return out.toByteArray();
    }

    private static byte[] b64(Element e) {
        return Base64.getMimeDecoder().decode(e.getTextContent());
    }
}

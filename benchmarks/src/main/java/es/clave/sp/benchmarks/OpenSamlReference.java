package es.clave.sp.benchmarks;

import net.shibboleth.utilities.java.support.xml.ParserPool;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.UnmarshallerFactory;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.encryption.Decrypter;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.encryption.support.InlineEncryptedKeyResolver;
import org.opensaml.xmlsec.keyinfo.impl.StaticKeyInfoCredentialResolver;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.util.Base64;

/**
 * BENCHMARK-ONLY peer: the same response validated with OpenSAML 4.0.1 used directly, the way an
 * OpenSAML-based SP does the cryptographic part: parse with its parser pool, unmarshal, profile and
 * signature check of the Response, {@link Decrypter} with the inline EncryptedKey, profile and
 * signature check of the Assertion. None of Cl@ve's protocol checks run, so this is a lower bound of
 * what such an SP spends.
 */
final class OpenSamlReference {
    private final ParserPool parsers;
    private final UnmarshallerFactory unmarshallers;
    private final BasicX509Credential gateway;
    private final StaticKeyInfoCredentialResolver decryptionKeys;
    private final byte[] xml;

    OpenSamlReference(FinishLoginFixture f) throws Exception {
        InitializationService.initialize();
        parsers = XMLObjectProviderRegistrySupport.getParserPool();
        unmarshallers = XMLObjectProviderRegistrySupport.getUnmarshallerFactory();
        gateway = new BasicX509Credential(f.gateway.certificate());
        decryptionKeys = new StaticKeyInfoCredentialResolver(new BasicX509Credential(f.sp.certificate(), f.sp.privateKey()));
        xml = Base64.getDecoder().decode(f.samlResponse);
        if (!"12345678Z".equals(run())) {
            throw new IllegalStateException("OpenSAML did not read the fixture's identity");
        }
    }

    /** @return the NameID of the decrypted, verified assertion */
    String run() throws Exception {
        Element root = parsers.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        Response response = (Response) unmarshallers.getUnmarshaller(root).unmarshall(root);
        SAMLSignatureProfileValidator profile = new SAMLSignatureProfileValidator();
        profile.validate(response.getSignature());
        SignatureValidator.validate(response.getSignature(), gateway);
        Decrypter decrypter = new Decrypter(null, decryptionKeys, new InlineEncryptedKeyResolver());
        decrypter.setRootInNewDocument(true);
        Assertion assertion = decrypter.decrypt(response.getEncryptedAssertions().get(0));
        profile.validate(assertion.getSignature());
        SignatureValidator.validate(assertion.getSignature(), gateway);
        return assertion.getSubject().getNameID().getValue();
    }
}

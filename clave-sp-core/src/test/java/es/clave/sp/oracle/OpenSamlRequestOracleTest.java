package es.clave.sp.oracle;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.logout.LogoutStart;
import es.clave.sp.testing.saml.ResponseTestSetup;
import net.shibboleth.utilities.java.support.xml.XMLParserException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.UnmarshallingException;
import org.opensaml.saml.saml2.core.AuthnRequest;
import org.opensaml.saml.saml2.core.LogoutRequest;
import org.opensaml.saml.security.impl.SAMLSignatureProfileValidator;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.signature.Signature;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureValidator;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * REQ-7 / LGO-1 against an independent implementation: our signed AuthnRequest and LogoutRequest,
 * unmarshalled by OpenSAML 4.0.1, pass its SAML signature profile validator and its signature
 * check with the SP's certificate, and fail that check with any other certificate or after a change.
 */
class OpenSamlRequestOracleTest {
    static {
        // OpenSamlGateway's initializer sets up OpenSAML's registry once per JVM
        new OpenSamlGateway(ResponseTestSetup.gateway(), ResponseTestSetup.spEncryption().certificate());
    }

    private final ClaveServiceProvider sp = ResponseTestSetup.sp(ResponseTestSetup.config());
    private final BasicX509Credential spCertificate = new BasicX509Credential(ResponseTestSetup.spSigning().certificate());

    private static XMLObject unmarshall(String base64) throws XMLParserException, UnmarshallingException {
        Element root = XMLObjectProviderRegistrySupport.getParserPool()
                .parse(new ByteArrayInputStream(Base64.getDecoder().decode(base64))).getDocumentElement();
        return XMLObjectProviderRegistrySupport.getUnmarshallerFactory().getUnmarshaller(root).unmarshall(root);
    }

    private void assertValid(Signature signature) throws Exception {
        assertNotNull(signature, "the request carries a signature");
        new SAMLSignatureProfileValidator().validate(signature);
        SignatureValidator.validate(signature, spCertificate);
        assertEquals(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS, signature.getCanonicalizationAlgorithm());
    }

    @Test
    @DisplayName("REQ-7 OpenSAML unmarshals our AuthnRequest and validates its profile and signature with the SP certificate")
    void startLoginWhenCheckedByOpenSamlThenSignatureValid() throws Exception {
        LoginStart start = sp.startLogin(LoginOptions.defaults());
        AuthnRequest request = assertInstanceOf(AuthnRequest.class, unmarshall(start.form().field("SAMLRequest")));
        assertEquals(start.pending().requestId(), request.getID());
        assertEquals(sp.config().gatewayEndpoint().toString(), request.getDestination());
        assertValid(request.getSignature());
    }

    @Test
    @DisplayName("LGO-1 OpenSAML unmarshals our LogoutRequest and validates its profile and signature with the SP certificate")
    void startLogoutWhenCheckedByOpenSamlThenSignatureValid() throws Exception {
        LogoutStart start = sp.startLogout("/adios");
        LogoutRequest request = assertInstanceOf(LogoutRequest.class, unmarshall(start.form().field("logoutRequest")));
        assertEquals(start.pending().requestId(), request.getID());
        assertValid(request.getSignature());
    }

    @Test
    @DisplayName("REQ-7 OpenSAML's signature check of our AuthnRequest fails with another certificate")
    void startLoginWhenCheckedWithOtherCertificateThenOpenSamlRejects() throws Exception {
        AuthnRequest request = (AuthnRequest) unmarshall(sp.startLogin(LoginOptions.defaults()).form().field("SAMLRequest"));
        BasicX509Credential other = new BasicX509Credential(ResponseTestSetup.attacker().certificate());
        assertThrows(SignatureException.class, () -> SignatureValidator.validate(request.getSignature(), other));
    }

    @Test
    @DisplayName("REQ-7 OpenSAML's signature check of our AuthnRequest fails once its Destination is changed")
    void startLoginWhenChangedThenOpenSamlRejects() throws Exception {
        String xml = new String(Base64.getDecoder().decode(sp.startLogin(LoginOptions.defaults()).form().field("SAMLRequest")),
                StandardCharsets.UTF_8);
        String destination = "Destination=\"" + sp.config().gatewayEndpoint() + "\"";
        String changed = xml.replace(destination, "Destination=\"https://evil.example/\"");
        assertNotEquals(xml, changed, "the request carries its Destination to change");
        AuthnRequest request = (AuthnRequest) unmarshall(Base64.getEncoder().encodeToString(changed.getBytes(StandardCharsets.UTF_8)));
        new SAMLSignatureProfileValidator().validate(request.getSignature());
        assertThrows(SignatureException.class, () -> SignatureValidator.validate(request.getSignature(), spCertificate));
    }
}

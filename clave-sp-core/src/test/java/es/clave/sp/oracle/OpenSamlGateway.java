package es.clave.sp.oracle;

import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import net.shibboleth.utilities.java.support.xml.SerializeSupport;
import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.XMLObjectBuilderFactory;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.core.xml.schema.XSAny;
import org.opensaml.core.xml.schema.impl.XSAnyBuilder;
import org.opensaml.saml.common.SAMLVersion;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Attribute;
import org.opensaml.saml.saml2.core.AttributeStatement;
import org.opensaml.saml.saml2.core.AttributeValue;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.EncryptedAssertion;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.NameIDType;
import org.opensaml.saml.saml2.core.OneTimeUse;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.saml.saml2.encryption.Encrypter;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.SignatureSigningParameters;
import org.opensaml.xmlsec.encryption.support.DataEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.encryption.support.EncryptionException;
import org.opensaml.xmlsec.encryption.support.KeyEncryptionParameters;
import org.opensaml.xmlsec.encryption.support.RSAOAEPParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureException;
import org.opensaml.xmlsec.signature.support.SignatureSupport;

import javax.xml.namespace.QName;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * TEST-ONLY stand-in for the eIDAS-node based Cl@ve gateway, written against OpenSAML 4.0.1's own
 * object model: the Response and Assertion come from its builders, are signed by its
 * {@code SignatureSupport} (exclusive C14N, SHA-512 reference digest, the certificate in KeyInfo)
 * and the assertion is encrypted by its {@link Encrypter} with the EncryptedKey inline, as the node
 * does. Nothing here uses clave-sp's code or the Santuario-based test fixtures, so a response
 * accepted by clave-sp is accepted because an independent implementation produced it correctly.
 */
final class OpenSamlGateway {
    static final String EIDAS_NATURAL = "http://eidas.europa.eu/attributes/naturalperson";

    static {
        try {
            InitializationService.initialize();
        } catch (InitializationException e) {
            throw new IllegalStateException("OpenSAML could not be initialised", e);
        }
    }

    /** How the assertion is protected. */
    record Protection(boolean signResponse, boolean signAssertion, String keyTransport, String oaepDigest,
                      String mgf, String dataAlgorithm) {
        /** The node's default: both signed, RSA-OAEP (mgf1p), AES-256-GCM. */
        static Protection standard() {
            return new Protection(true, true, EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP, null, null,
                    EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM);
        }

        Protection withKeyTransport(String transport, String digest, String maskGeneration) {
            return new Protection(signResponse, signAssertion, transport, digest, maskGeneration, dataAlgorithm);
        }

        Protection withData(String algorithm) {
            return new Protection(signResponse, signAssertion, keyTransport, oaepDigest, mgf, algorithm);
        }

        Protection withAssertionSigned(boolean signed) {
            return new Protection(signResponse, signed, keyTransport, oaepDigest, mgf, dataAlgorithm);
        }

        Protection withResponseSigned(boolean signed) {
            return new Protection(signed, signAssertion, keyTransport, oaepDigest, mgf, dataAlgorithm);
        }
    }

    private final XMLObjectBuilderFactory builders = XMLObjectProviderRegistrySupport.getBuilderFactory();
    private final SpCredential signer;
    private final X509Certificate recipient;
    /** attribute name to values, in the order the node writes them */
    final Map<String, List<String>> attributes = new LinkedHashMap<>();
    String nameId = "12345678Z";
    String loa = "http://eidas.europa.eu/LoA/substantial";

    OpenSamlGateway(SpCredential signer, X509Certificate recipient) {
        this.signer = signer;
        this.recipient = recipient;
    }

    /** Sets (replaces) an attribute. */
    OpenSamlGateway attribute(String name, String... values) {
        attributes.put(name, new ArrayList<>(List.of(values)));
        return this;
    }

    /** @return the Base64 SAMLResponse answering {@code pending}, issued two seconds before {@code now} */
    String respond(PendingLogin pending, Instant now, Protection protection) {
        try {
            Instant t = now.minusSeconds(2).truncatedTo(ChronoUnit.MILLIS);
            Response response = build(Response.DEFAULT_ELEMENT_NAME);
            response.setID(ResponseTestSetup.randomId());
            response.setVersion(SAMLVersion.VERSION_20);
            response.setIssueInstant(t);
            response.setDestination(ResponseTestSetup.ACS);
            response.setInResponseTo(pending.requestId());
            response.setConsent("urn:oasis:names:tc:SAML:2.0:consent:obtained");
            response.setIssuer(issuer());
            Status status = build(Status.DEFAULT_ELEMENT_NAME);
            StatusCode code = build(StatusCode.DEFAULT_ELEMENT_NAME);
            code.setValue(StatusCode.SUCCESS);
            status.setStatusCode(code);
            response.setStatus(status);

            Assertion assertion = assertion(pending, t);
            if (protection.signAssertion()) {
                sign(assertion);
            }
            response.getEncryptedAssertions().add(encrypt(assertion, protection));
            if (protection.signResponse()) {
                sign(response);
            } else {
                XMLObjectProviderRegistrySupport.getMarshallerFactory().getMarshaller(response).marshall(response);
            }
            String xml = SerializeSupport.nodeToString(response.getDOM());
            return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
        } catch (MarshallingException | SignatureException | EncryptionException | org.opensaml.security.SecurityException e) {
            throw new IllegalStateException("OpenSAML could not build the response", e);
        }
    }

    private Assertion assertion(PendingLogin pending, Instant t) {
        Assertion a = build(Assertion.DEFAULT_ELEMENT_NAME);
        a.setID(ResponseTestSetup.randomId());
        a.setVersion(SAMLVersion.VERSION_20);
        a.setIssueInstant(t);
        a.setIssuer(issuer());

        Subject subject = build(Subject.DEFAULT_ELEMENT_NAME);
        NameID id = build(NameID.DEFAULT_ELEMENT_NAME);
        id.setFormat(NameIDType.UNSPECIFIED);
        id.setNameQualifier("http://C-PEPS.gov.xx");
        id.setValue(nameId);
        subject.setNameID(id);
        SubjectConfirmation confirmation = build(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        confirmation.setMethod(SubjectConfirmation.METHOD_BEARER);
        SubjectConfirmationData data = build(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        data.setInResponseTo(pending.requestId());
        data.setNotOnOrAfter(t.plusSeconds(300));
        data.setRecipient(ResponseTestSetup.ACS);
        confirmation.setSubjectConfirmationData(data);
        subject.getSubjectConfirmations().add(confirmation);
        a.setSubject(subject);

        Conditions conditions = build(Conditions.DEFAULT_ELEMENT_NAME);
        conditions.setNotBefore(t);
        conditions.setNotOnOrAfter(t.plusSeconds(300));
        AudienceRestriction restriction = build(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        Audience audience = build(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(ResponseTestSetup.ACS);
        restriction.getAudiences().add(audience);
        conditions.getAudienceRestrictions().add(restriction);
        conditions.getConditions().add(build(OneTimeUse.DEFAULT_ELEMENT_NAME));
        a.setConditions(conditions);

        AuthnStatement authn = build(AuthnStatement.DEFAULT_ELEMENT_NAME);
        authn.setAuthnInstant(t.minusSeconds(3));
        AuthnContext context = build(AuthnContext.DEFAULT_ELEMENT_NAME);
        AuthnContextClassRef classRef = build(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        classRef.setURI(loa);
        context.setAuthnContextClassRef(classRef);
        authn.setAuthnContext(context);
        a.getAuthnStatements().add(authn);

        AttributeStatement statement = build(AttributeStatement.DEFAULT_ELEMENT_NAME);
        QName valueType = new QName(EIDAS_NATURAL, "PersonIdentifierType", "eidas-natural");
        attributes.forEach((name, values) -> {
            Attribute attribute = build(Attribute.DEFAULT_ELEMENT_NAME);
            attribute.setName(name);
            attribute.setFriendlyName(name.substring(name.lastIndexOf('/') + 1));
            attribute.setNameFormat(Attribute.URI_REFERENCE);
            for (String v : values) {
                XSAny value = new XSAnyBuilder().buildObject(AttributeValue.DEFAULT_ELEMENT_NAME, valueType);
                value.setTextContent(v);
                attribute.getAttributeValues().add(value);
            }
            statement.getAttributes().add(attribute);
        });
        a.getAttributeStatements().add(statement);
        return a;
    }

    private Issuer issuer() {
        Issuer issuer = build(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setFormat(NameIDType.ENTITY);
        issuer.setValue(ResponseTestSetup.GATEWAY_ISSUER);
        return issuer;
    }

    /** Signs as the node does: RSA-SHA512, SHA-512 digest, exclusive C14N, the signing certificate in KeyInfo. */
    private void sign(SignableSAMLObject object)
            throws MarshallingException, SignatureException, org.opensaml.security.SecurityException {
        BasicX509Credential credential = new BasicX509Credential(signer.certificate(), signer.privateKey());
        SignatureSigningParameters parameters = new SignatureSigningParameters();
        parameters.setSigningCredential(credential);
        parameters.setSignatureAlgorithm(SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA512);
        parameters.setSignatureReferenceDigestMethod(SignatureConstants.ALGO_ID_DIGEST_SHA512);
        parameters.setSignatureCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
        keyInfo.setEmitEntityCertificate(true);
        parameters.setKeyInfoGenerator(keyInfo.newInstance());
        SignatureSupport.signObject(object, parameters);
    }

    /** Encrypts as the node does: a fresh content key, the EncryptedKey inline in the EncryptedData's KeyInfo. */
    private EncryptedAssertion encrypt(Assertion assertion, Protection protection) throws EncryptionException {
        DataEncryptionParameters data = new DataEncryptionParameters();
        data.setAlgorithm(protection.dataAlgorithm());
        KeyEncryptionParameters key = new KeyEncryptionParameters();
        key.setEncryptionCredential(new BasicX509Credential(recipient));
        key.setAlgorithm(protection.keyTransport());
        if (protection.oaepDigest() != null || protection.mgf() != null) {
            key.setRSAOAEPParameters(new RSAOAEPParameters(protection.oaepDigest(), protection.mgf(), null));
        }
        X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
        keyInfo.setEmitEntityCertificate(true);
        key.setKeyInfoGenerator(keyInfo.newInstance());
        Encrypter encrypter = new Encrypter(data, key);
        encrypter.setKeyPlacement(Encrypter.KeyPlacement.INLINE);
        return encrypter.encrypt(assertion);
    }

    @SuppressWarnings("unchecked")
    private <T extends XMLObject> T build(QName name) {
        return (T) builders.getBuilderOrThrow(name).buildObject(name);
    }

    /** @return a gateway signing with the trusted test key and encrypting for the SP's test key, with a natural person's attributes */
    static OpenSamlGateway naturalPerson(PendingLogin pending) {
        return new OpenSamlGateway(ResponseTestSetup.gateway(), ResponseTestSetup.spEncryption().certificate())
                .attribute(ClaveResponseBuilder.PERSON_IDENTIFIER, "12345678Z")
                .attribute(ClaveResponseBuilder.FIRST_NAME, "MARÍA JOSÉ")
                .attribute(ClaveResponseBuilder.FAMILY_NAME, "GARCÍA LÓPEZ")
                .attribute(ClaveResponseBuilder.FIRST_SURNAME, "GARCÍA")
                .attribute(ClaveResponseBuilder.DATE_OF_BIRTH, "1980-05-17")
                .attribute(ClaveResponseBuilder.SELECTED_IDP, "SEGSOC")
                .attribute(ClaveResponseBuilder.RELAY_STATE, pending.relayState());
    }
}

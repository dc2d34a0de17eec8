package es.clave.stub.saml;

import es.clave.stub.Failure;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;

/**
 * Writes the login Response Cl@ve would send (RSP-1 … RSP-12): the assertion signed, then
 * encrypted when the SP is registered for encryption, then the Response signed; RSA-SHA512,
 * SHA-512 digests, exclusive C14N. Failures of the catalogue are applied on the way.
 */
public final class LoginResponseWriter {

    private final SigningKeys keys;

    /** @param keys the gateway's keys */
    public LoginResponseWriter(SigningKeys keys) {
        this.keys = keys;
    }

    /** @return the serialised Response XML for {@code answer} */
    public String write(LoginAnswer answer) {
        LoginAnswer a = answer.failure() == Failure.WRONG_IN_RESPONSE_TO ? withRequestId(answer, Ids.newId()) : answer;
        Failure failure = a.failure();
        Element response = header(a.requestId(), failure == Failure.WRONG_DESTINATION ? AssertionWriter.otherUrl(a.acsUrl()) : a.acsUrl(),
                a.issuer(), a.now());
        KeyAndCertificate signer = failure == Failure.UNTRUSTED_KEY ? keys.untrusted().get() : keys.signing();
        String signatureAlgorithm = failure == Failure.SHA1_SIGNATURE ? Ns.RSA_SHA1 : Ns.RSA_SHA512;
        String digestAlgorithm = failure == Failure.SHA1_SIGNATURE ? Ns.SHA1 : Ns.SHA512;

        if (failure != null && failure.kind() == Failure.Kind.STATUS) {
            StatusWriter.write(response, failure.statusCode(), failure.subStatusCode(), failure.statusMessage());
        } else {
            StatusWriter.success(response);
            Element assertion = AssertionWriter.write(response, a);
            if (failure != Failure.ASSERTION_UNSIGNED) {
                XmlSigner.sign(assertion, signer.privateKey(), signer.certificate(), signatureAlgorithm, digestAlgorithm);
            }
            X509Certificate recipient = failure == Failure.WRONG_ENCRYPTION_KEY ? keys.wrongRecipient().get().certificate() : a.encryptFor();
            if (recipient != null) {
                AssertionEncrypter.encrypt(assertion, recipient,
                        failure == Failure.ENCRYPTION_RSA_1_5 ? AssertionEncrypter.RSA_1_5 : AssertionEncrypter.RSA_OAEP,
                        failure == Failure.ENCRYPTION_AES_CBC ? AssertionEncrypter.AES_256_CBC : AssertionEncrypter.AES_256_GCM);
            }
        }
        if (failure != Failure.RESPONSE_UNSIGNED) {
            XmlSigner.sign(response, signer.privateKey(), signer.certificate(), signatureAlgorithm, digestAlgorithm);
        }
        if (failure == Failure.SIGNATURE_BROKEN) {
            Tampering.breakSignature(response);
        } else if (failure == Failure.XSW_WRAPPED) {
            Tampering.wrap(response);
        }
        return SecureXml.toString(response.getOwnerDocument());
    }

    /**
     * Writes the answer to a request that breaks a MUST rule in strict mode: a signed Response with
     * status Requester / RequestUnsupported and a message naming the rule.
     */
    public String writeRejection(String requestId, String acsUrl, String issuer, String message, java.time.Instant now) {
        Element response = header(requestId, acsUrl, issuer, now);
        StatusWriter.write(response, Failure.Status.REQUESTER, "urn:oasis:names:tc:SAML:2.0:status:RequestUnsupported", message);
        XmlSigner.sign(response, keys.signing().privateKey(), keys.signing().certificate());
        return SecureXml.toString(response.getOwnerDocument());
    }

    private static Element header(String inResponseTo, String destination, String issuer, java.time.Instant now) {
        Element response = Dom.newRoot(Ns.SAMLP, "saml2p:Response");
        Dom.declare(response, "saml2p", Ns.SAMLP);
        Dom.declare(response, "saml2", Ns.SAML);
        response.setAttribute("Consent", Ns.CONSENT_OBTAINED);
        response.setAttribute("Destination", destination);
        response.setAttribute("ID", Ids.newId());
        if (inResponseTo != null) {
            response.setAttribute("InResponseTo", inResponseTo);
        }
        response.setAttribute("IssueInstant", Ids.time(now));
        response.setAttribute("Version", "2.0");
        Dom.appendText(response, Ns.SAML, "saml2:Issuer", issuer).setAttribute("Format", Ns.NAMEID_ENTITY);
        return response;
    }

    private static LoginAnswer withRequestId(LoginAnswer a, String id) {
        return new LoginAnswer(id, a.acsUrl(), a.relayState(), a.issuer(), a.user(), a.method(), a.requestedLoa(),
                a.achievedLoa(), a.failure(), a.clientAddress(), a.encryptFor(), a.now());
    }
}

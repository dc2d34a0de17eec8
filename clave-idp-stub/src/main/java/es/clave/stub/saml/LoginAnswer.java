package es.clave.stub.saml;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.TestUser;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * Everything needed to write one login Response.
 *
 * @param requestId      the AuthnRequest ID (InResponseTo)
 * @param acsUrl         the ACS URL: Destination, Recipient and Audience
 * @param relayState     the RelayState, echoed as attribute
 * @param issuer         the gateway's Issuer value
 * @param user           who logged in (ignored for status failures)
 * @param method         the method used
 * @param requestedLoa   the LoA the SP asked for
 * @param achievedLoa    the LoA reported
 * @param failure        the failure to produce, or null for success
 * @param clientAddress  the browser's IP, for SubjectConfirmationData Address, or null
 * @param encryptFor     the certificate to encrypt the assertion for, or null for a plain assertion
 * @param now            the issue time
 */
public record LoginAnswer(String requestId, String acsUrl, String relayState, String issuer, TestUser user,
                          ClaveMethod method, Loa requestedLoa, Loa achievedLoa, Failure failure, String clientAddress,
                          X509Certificate encryptFor, Instant now) {
}

package es.clave.stub.saml;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.TestUser;
import es.clave.stub.users.PartialAfirma;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;

/**
 * Writes the {@code saml2:Assertion} of a successful login the way Cl@ve does (RSP-7 … RSP-12),
 * with the protocol mutations of {@link Failure.Kind#PROTOCOL} failures applied.
 */
final class AssertionWriter {

    /** Validity of the assertion and its subject confirmation. */
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private static final String NATURAL = Ns.EIDAS_NATURAL + "/";
    private static final String CLAVE = "http://es.minhafp.clave/";

    private AssertionWriter() {
    }

    /** Appends the assertion to {@code response}. */
    static Element write(Element response, LoginAnswer a) {
        Failure failure = a.failure();
        Instant now = a.now();
        Instant notBefore = now;
        Instant notOnOrAfter = now.plus(VALIDITY);
        if (failure == Failure.ASSERTION_EXPIRED) {
            notBefore = now.minus(Duration.ofHours(1)).minus(VALIDITY);
            notOnOrAfter = now.minus(Duration.ofHours(1));
        } else if (failure == Failure.ASSERTION_NOT_YET_VALID) {
            notBefore = now.plus(Duration.ofHours(1));
            notOnOrAfter = notBefore.plus(VALIDITY);
        }
        String inResponseTo = a.requestId();
        String recipient = failure == Failure.WRONG_RECIPIENT ? otherUrl(a.acsUrl()) : a.acsUrl();
        String audience = failure == Failure.WRONG_AUDIENCE ? otherUrl(a.acsUrl()) : a.acsUrl();
        Loa loa = failure == Failure.LOA_LOWER_IN_ASSERTION ? a.requestedLoa().lower() : a.achievedLoa();

        Element assertion = Dom.append(response, Ns.SAML, "saml2:Assertion");
        Dom.declare(assertion, "saml2", Ns.SAML);
        Dom.declare(assertion, "xsi", Ns.XSI);
        Dom.declare(assertion, "xs", Ns.XS);
        Dom.declare(assertion, "eidas-natural", Ns.EIDAS_NATURAL);
        assertion.setAttribute("ID", Ids.newId());
        assertion.setAttribute("IssueInstant", Ids.time(now));
        assertion.setAttribute("Version", "2.0");
        Element issuer = Dom.appendText(assertion, Ns.SAML, "saml2:Issuer", a.issuer());
        issuer.setAttribute("Format", Ns.NAMEID_ENTITY);

        TestUser user = a.user();
        Element subject = Dom.append(assertion, Ns.SAML, "saml2:Subject");
        Element nameId = Dom.appendText(subject, Ns.SAML, "saml2:NameID", user.identifier());
        nameId.setAttribute("Format", Ns.NAMEID_UNSPECIFIED);
        nameId.setAttribute("NameQualifier", "http://C-PEPS.gov.xx");
        Element confirmation = Dom.append(subject, Ns.SAML, "saml2:SubjectConfirmation");
        confirmation.setAttribute("Method", Ns.CM_BEARER);
        Element data = Dom.append(confirmation, Ns.SAML, "saml2:SubjectConfirmationData");
        if (a.clientAddress() != null) {
            data.setAttribute("Address", a.clientAddress());
        }
        data.setAttribute("InResponseTo", inResponseTo);
        data.setAttribute("NotOnOrAfter", Ids.time(notOnOrAfter));
        data.setAttribute("Recipient", recipient);

        Element conditions = Dom.append(assertion, Ns.SAML, "saml2:Conditions");
        conditions.setAttribute("NotBefore", Ids.time(notBefore));
        conditions.setAttribute("NotOnOrAfter", Ids.time(notOnOrAfter));
        Element restriction = Dom.append(conditions, Ns.SAML, "saml2:AudienceRestriction");
        Dom.appendText(restriction, Ns.SAML, "saml2:Audience", audience);
        Dom.append(conditions, Ns.SAML, "saml2:OneTimeUse");

        Element statement = Dom.append(assertion, Ns.SAML, "saml2:AuthnStatement");
        statement.setAttribute("AuthnInstant", Ids.time(now));
        if (a.clientAddress() != null) {
            Dom.append(statement, Ns.SAML, "saml2:SubjectLocality").setAttribute("Address", a.clientAddress());
        }
        Element context = Dom.append(statement, Ns.SAML, "saml2:AuthnContext");
        Dom.appendText(context, Ns.SAML, "saml2:AuthnContextClassRef", loa.uri());

        writeAttributes(assertion, a, user);
        return assertion;
    }

    private static void writeAttributes(Element assertion, LoginAnswer a, TestUser user) {
        Element attributes = Dom.append(assertion, Ns.SAML, "saml2:AttributeStatement");
        if (a.failure() != Failure.MISSING_PERSON_IDENTIFIER) {
            attribute(attributes, NATURAL + "PersonIdentifier", "PersonIdentifier", "eidas-natural:PersonIdentifierType", user.identifier());
        }
        attribute(attributes, NATURAL + "CurrentGivenName", "FirstName", "eidas-natural:CurrentGivenNameType", user.givenName());
        attribute(attributes, NATURAL + "CurrentFamilyName", "FamilyName", "eidas-natural:CurrentFamilyNameType", user.familyName());
        attribute(attributes, CLAVE + "FirstSurname", "FirstSurname", "xs:string", user.firstSurname());
        if (user.dateOfBirth() != null) {
            attribute(attributes, NATURAL + "DateOfBirth", "DateOfBirth", "eidas-natural:DateOfBirthType", user.dateOfBirth().toString());
        }
        attribute(attributes, CLAVE + "SelectedIdP", "SelectedIdP", "xs:string", a.method().selectedIdp());
        String relayState = a.failure() == Failure.WRONG_RELAY_STATE_ATTRIBUTE ? "tampered-" + a.relayState() : a.relayState();
        attribute(attributes, CLAVE + "RelayState", "RelayState", "xs:string", relayState);
        if (a.method() == ClaveMethod.AFIRMA) {
            attribute(attributes, CLAVE + "PartialAfirma", "PartialAfirma", "xs:string", PartialAfirma.base64(user));
        }
    }

    private static void attribute(Element statement, String name, String friendlyName, String type, String value) {
        Element attribute = Dom.append(statement, Ns.SAML, "saml2:Attribute");
        attribute.setAttribute("FriendlyName", friendlyName);
        attribute.setAttribute("Name", name);
        attribute.setAttribute("NameFormat", Ns.NAME_FORMAT_URI);
        Element v = Dom.appendText(attribute, Ns.SAML, "saml2:AttributeValue", value);
        Dom.declare(v, "xsi", Ns.XSI);
        Dom.declare(v, type.startsWith("xs:") ? "xs" : "eidas-natural", type.startsWith("xs:") ? Ns.XS : Ns.EIDAS_NATURAL);
        v.setAttributeNS(Ns.XSI, "xsi:type", type);
    }

    /** A URL that differs from {@code url} in its path, for the wrong-target failures. */
    static String otherUrl(String url) {
        return url.endsWith("/") ? url + "other-sp" : url + "/other-sp";
    }
}

package es.clave.stub.xml;

/** Namespace URIs and algorithm identifiers of the Cl@ve profile. */
public final class Ns {
    /** SAML 2.0 protocol. */
    public static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
    /** SAML 2.0 assertion. */
    public static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    /** XML Signature. */
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    /** XML Encryption. */
    public static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    /** eIDAS SAML extensions. */
    public static final String EIDAS = "http://eidas.europa.eu/saml-extensions";
    /** eIDAS natural-person attribute types. */
    public static final String EIDAS_NATURAL = "http://eidas.europa.eu/attributes/naturalperson";
    /** XML Schema instance. */
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** XML Schema. */
    public static final String XS = "http://www.w3.org/2001/XMLSchema";
    /** SAML metadata (for the certificate feed's KeyDescriptor). */
    public static final String MD = "urn:oasis:names:tc:SAML:2.0:metadata";
    /** Cl@ve 1 / STORK assertion namespace (BND-6). */
    public static final String STORK = "urn:eu:stork:names:tc:STORK:1.0:assertion";
    /** Cl@ve 1 / STORK protocol namespace (BND-6). */
    public static final String STORKP = "urn:eu:stork:names:tc:STORK:1.0:protocol";

    /** Exclusive canonicalization without comments. */
    public static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    /** Enveloped-signature transform. */
    public static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
    /** RSA-SHA512, the Cl@ve default. */
    public static final String RSA_SHA512 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512";
    /** RSA-SHA384. */
    public static final String RSA_SHA384 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384";
    /** RSA-SHA256. */
    public static final String RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";
    /** RSA-SHA1 (forbidden; used by the SHA-1 failure). */
    public static final String RSA_SHA1 = "http://www.w3.org/2000/09/xmldsig#rsa-sha1";
    /** SHA-512 digest. */
    public static final String SHA512 = "http://www.w3.org/2001/04/xmlenc#sha512";
    /** SHA-384 digest. */
    public static final String SHA384 = "http://www.w3.org/2001/04/xmldsig-more#sha384";
    /** SHA-256 digest. */
    public static final String SHA256 = "http://www.w3.org/2001/04/xmlenc#sha256";
    /** SHA-1 digest (forbidden). */
    public static final String SHA1 = "http://www.w3.org/2000/09/xmldsig#sha1";

    /** HTTP-POST binding. */
    public static final String BINDING_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    /** Attribute NameFormat uri. */
    public static final String NAME_FORMAT_URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";
    /** NameID format unspecified. */
    public static final String NAMEID_UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    /** NameID format persistent. */
    public static final String NAMEID_PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";
    /** NameID format transient. */
    public static final String NAMEID_TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
    /** Entity NameID format (issuers). */
    public static final String NAMEID_ENTITY = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";
    /** Consent unspecified. */
    public static final String CONSENT_UNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:consent:unspecified";
    /** Consent obtained. */
    public static final String CONSENT_OBTAINED = "urn:oasis:names:tc:SAML:2.0:consent:obtained";
    /** Bearer subject confirmation. */
    public static final String CM_BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
    /** Logout reason "user". */
    public static final String LOGOUT_USER = "urn:oasis:names:tc:SAML:2.0:logout:user";

    private Ns() {
    }
}

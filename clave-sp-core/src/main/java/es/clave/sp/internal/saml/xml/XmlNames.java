package es.clave.sp.internal.saml.xml;

/**
 * Namespace URIs and element names the response pipeline matches on. Elements are always matched
 * by namespace URI plus local name, never by prefix (SEC-X6).
 */
public final class XmlNames {
    /** SAML 2.0 protocol. */
    public static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
    /** SAML 2.0 assertion. */
    public static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    /** XML Signature. */
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    /** XML Encryption 1.0. */
    public static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    /** XML Encryption 1.1. */
    public static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";
    /** Exclusive canonicalization namespace (InclusiveNamespaces). */
    public static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";
    /** The xmlns attribute namespace. */
    public static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    /** SAML status meaning success (RSP-6). */
    public static final String STATUS_SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
    /** Bearer subject confirmation method (RSP-8). */
    public static final String CM_BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    private XmlNames() {
    }
}

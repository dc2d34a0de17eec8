package es.clave.sp.config;

/** Signature algorithms the SP may sign requests with (REQ-7). */
public enum SignatureAlgorithm {
    /** RSA with SHA-512, the default. */
    RSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmlenc#sha512", "SHA512withRSA"),
    /** RSA with SHA-384. */
    RSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA384withRSA"),
    /** RSA with SHA-256. */
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256", "SHA256withRSA");

    private final String uri;
    private final String digestUri;
    private final String jcaName;

    SignatureAlgorithm(String uri, String digestUri, String jcaName) {
        this.uri = uri;
        this.digestUri = digestUri;
        this.jcaName = jcaName;
    }

    /** @return the XML-DSig SignatureMethod URI */
    public String uri() { return uri; }

    /** @return the XML-DSig DigestMethod URI paired with it */
    public String digestUri() { return digestUri; }

    /** @return the JCA signature algorithm name */
    public String jcaName() { return jcaName; }
}

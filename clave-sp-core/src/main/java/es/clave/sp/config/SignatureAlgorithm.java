package es.clave.sp.config;

/** Signature algorithms the SP may sign requests with (REQ-7). */
public enum SignatureAlgorithm {
    /** RSA with SHA-512, the default. */
    RSA_SHA512("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512", "http://www.w3.org/2001/04/xmlenc#sha512", "SHA512withRSA", "SHA-512"),
    /** RSA with SHA-384. */
    RSA_SHA384("http://www.w3.org/2001/04/xmldsig-more#rsa-sha384", "http://www.w3.org/2001/04/xmldsig-more#sha384", "SHA384withRSA", "SHA-384"),
    /** RSA with SHA-256. */
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", "http://www.w3.org/2001/04/xmlenc#sha256", "SHA256withRSA", "SHA-256");

    private final String uri;
    private final String digestUri;
    private final String jcaName;
    private final String digestJcaName;

    SignatureAlgorithm(String uri, String digestUri, String jcaName, String digestJcaName) {
        this.uri = uri;
        this.digestUri = digestUri;
        this.jcaName = jcaName;
        this.digestJcaName = digestJcaName;
    }

    /** @return the XML-DSig SignatureMethod URI */
    public String uri() { return uri; }

    /** @return the XML-DSig DigestMethod URI paired with it */
    public String digestUri() { return digestUri; }

    /** @return the JCA signature algorithm name */
    public String jcaName() { return jcaName; }

    /** @return the JCA name of the digest paired with it (the Reference digest) */
    public String digestJcaName() { return digestJcaName; }
}

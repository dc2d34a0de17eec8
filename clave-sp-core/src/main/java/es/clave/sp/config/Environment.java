package es.clave.sp.config;

import java.net.URI;

/** The Cl@ve deployment an SP talks to (protocol §1). */
public enum Environment {
    /** Pre-production ("servicios estables"). */
    PRE("https://se-pasarela.clave.gob.es"),
    /** Production. */
    PRO("https://pasarela.clave.gob.es"),
    /** A local gateway such as clave-idp-stub; its base URL comes from configuration. */
    LOCAL(null);

    /** Path of the login and logout endpoint below the gateway base URL. */
    public static final String SERVICE_PROVIDER_PATH = "/Proxy2/ServiceProvider";
    /** Path of the certificate feed below the gateway base URL (BND-5). */
    public static final String CERTIFICATES_PATH = "/Proxy2/Certificates";

    private final String baseUrl;

    Environment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** @return the fixed base URL, or null for {@link #LOCAL} */
    public String fixedBaseUrl() {
        return baseUrl;
    }

    /**
     * @param localBaseUrl the configured base URL, used only by {@link #LOCAL}
     * @return the gateway base URL of this environment (null for LOCAL without one)
     */
    public String baseUrl(String localBaseUrl) {
        return this == LOCAL ? localBaseUrl : baseUrl;
    }

    /** @return the gateway endpoint (REQ-2) below {@code base} */
    public static URI serviceProviderEndpoint(String base) {
        return URI.create(stripSlash(base) + SERVICE_PROVIDER_PATH);
    }

    /** @return the certificate feed (BND-5) below {@code base} */
    public static URI certificatesEndpoint(String base) {
        return URI.create(stripSlash(base) + CERTIFICATES_PATH);
    }

    private static String stripSlash(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}

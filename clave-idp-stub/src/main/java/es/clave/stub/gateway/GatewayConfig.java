package es.clave.stub.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * The gateway's fixed settings.
 *
 * @param baseUrl      the stub's base URL, e.g. {@code http://localhost:8443}
 * @param endpointUrls the accepted Destination values (REQ-2)
 * @param issuer       the Issuer of every answer
 * @param strict       whether a MUST violation is answered with an error instead of a login
 * @param devMode      whether unregistered but correctly self-signed SPs are accepted
 * @param clockSkew    tolerance on request times
 * @param clock        the clock
 */
public record GatewayConfig(String baseUrl, Set<String> endpointUrls, String issuer, boolean strict, boolean devMode,
                            Duration clockSkew, Clock clock) {
}

package es.clave.stub.conformance;

import es.clave.stub.trust.SpRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * What the checks compare a request with.
 *
 * @param endpointUrls     the URLs this stub is reachable at as {@code …/Proxy2/ServiceProvider} (REQ-2)
 * @param postedRelayState the RelayState form field, or null
 * @param registry         the registered SPs (BND-5)
 * @param devMode          whether a correctly self-signed request from an unregistered SP is accepted
 * @param now              the check time
 * @param clockSkew        tolerance on IssueInstant
 */
public record CheckContext(Set<String> endpointUrls, String postedRelayState, SpRegistry registry, boolean devMode,
                           Instant now, Duration clockSkew) {

    /** @return a copy whose posted RelayState is {@code relayState} */
    public CheckContext withRelayState(String relayState) {
        return new CheckContext(endpointUrls, relayState, registry, devMode, now, clockSkew);
    }
}

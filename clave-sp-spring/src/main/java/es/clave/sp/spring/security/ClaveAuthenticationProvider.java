package es.clave.sp.spring.security;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.util.Objects;

/**
 * Validates a {@link ClaveResponseToken} with core's {@link ClaveServiceProvider#finishLogin} and
 * grants authorities with a {@link ClaveAuthoritiesMapper}. Every failure, including unexpected
 * runtime errors, becomes a {@link ClaveLoginFailedException} so the filter chain always ends in
 * the failure handler, never in a stack trace (SEC-H7).
 */
public class ClaveAuthenticationProvider implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveAuthenticationProvider.class);

    private final ClaveServiceProvider serviceProvider;
    private final ClaveAuthoritiesMapper authoritiesMapper;

    /**
     * @param serviceProvider   validates the response
     * @param authoritiesMapper grants authorities to the validated identity
     */
    public ClaveAuthenticationProvider(ClaveServiceProvider serviceProvider, ClaveAuthoritiesMapper authoritiesMapper) {
        this.serviceProvider = Objects.requireNonNull(serviceProvider, "serviceProvider");
        this.authoritiesMapper = Objects.requireNonNull(authoritiesMapper, "authoritiesMapper");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        ClaveResponseToken request = (ClaveResponseToken) authentication;
        try {
            ClaveIdentity identity = serviceProvider.finishLogin(request.getSamlResponse(), request.getRelayState(),
                    request.getPending(), request.getClientInfo());
            ClaveAuthenticationToken result = new ClaveAuthenticationToken(identity,
                    authoritiesMapper.authorities(identity));
            result.setDetails(request.getDetails());
            return result;
        } catch (ClaveAuthenticationException e) {
            throw new ClaveLoginFailedException(e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected error while finishing a Cl@ve login", e);
            throw new ClaveLoginFailedException(
                    new ClaveAuthenticationException(ClaveError.INTERNAL_ERROR, e.getClass().getName(), e));
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ClaveResponseToken.class.isAssignableFrom(authentication);
    }
}

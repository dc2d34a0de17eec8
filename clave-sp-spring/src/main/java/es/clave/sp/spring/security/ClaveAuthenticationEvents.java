package es.clave.sp.spring.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;

import java.util.Map;

/**
 * Builds the {@code AuthenticationEventPublisher} used when the application declares none: Spring
 * Security's default one, which also maps a {@link ClaveLoginFailedException} to a
 * {@link ClaveAuthenticationFailureEvent} (the default one publishes nothing for an exception it
 * does not know).
 */
public final class ClaveAuthenticationEvents {

    private ClaveAuthenticationEvents() {
    }

    /**
     * @param publisher where the events go, normally the application context
     * @return a publisher of success events and of Cl@ve and standard failure events
     */
    public static DefaultAuthenticationEventPublisher publisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(Map.of(ClaveLoginFailedException.class, ClaveAuthenticationFailureEvent.class));
        return events;
    }
}

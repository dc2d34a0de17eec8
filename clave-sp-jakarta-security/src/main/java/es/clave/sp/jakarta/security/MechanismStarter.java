package es.clave.sp.jakarta.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the {@link ClaveAuthenticationMechanism} with the web application (found by the container's
 * annotation scan of {@code WEB-INF/lib}): a wrong or missing {@code clave.*} key fails the
 * deployment with the message naming it, instead of the first citizen's request.
 */
@WebListener
public class MechanismStarter implements ServletContextListener {

    @Inject
    ClaveAuthenticationMechanism mechanism;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        mechanism.start(event.getServletContext());
    }
}

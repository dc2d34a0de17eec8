package es.clave.sp.spring.security.web;

import es.clave.sp.login.TopLevelNavigation;
import org.springframework.security.web.savedrequest.SavedRequest;

import java.util.List;

/**
 * Whether a request Spring Security saved before sending the citizen to the login was a top-level
 * navigation. Only such a request is a page to return to after the login (SEC-H8): a protected
 * image or {@code fetch()} saved in the meantime is not.
 */
final class SavedNavigation {

    private SavedNavigation() {
    }

    static boolean isNavigation(SavedRequest saved) {
        return saved != null && TopLevelNavigation.test(saved.getMethod(), name -> {
            List<String> values = saved.getHeaderValues(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        });
    }
}

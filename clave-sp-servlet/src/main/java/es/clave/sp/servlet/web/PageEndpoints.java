package es.clave.sp.servlet.web;

import es.clave.sp.servlet.i18n.LocaleSelector;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The two read-only endpoints both adapters serve under their prefix: {@code clave.css} (the
 * stylesheet of the button and the pages) and {@code logged-out} (the logout confirmation). Only
 * GET and HEAD are answered; other methods get 405.
 */
public final class PageEndpoints {

    /** Sub-path of the stylesheet below the prefix. */
    public static final String STYLESHEET = ClaveStyles.FILE_NAME;
    /** Sub-path of the logout confirmation below the prefix. */
    public static final String LOGGED_OUT = LogoutConfirmationPage.PATH.substring(1);

    private final LogoutConfirmationPage loggedOut;
    private final LocaleSelector locales;
    private final String homeUrl;

    /**
     * @param loggedOut the confirmation page
     * @param locales   chooses its language
     * @param homeUrl   origin-relative URL of the application's home page, for the page's link
     */
    public PageEndpoints(LogoutConfirmationPage loggedOut, LocaleSelector locales, String homeUrl) {
        this.loggedOut = loggedOut;
        this.locales = locales;
        this.homeUrl = homeUrl;
    }

    /**
     * Serves {@code subPath} when it is one of these endpoints.
     *
     * @param subPath the path below the prefix, without the leading '/'
     * @return whether the request was answered
     */
    public boolean handle(String subPath, HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean stylesheet = STYLESHEET.equals(subPath);
        if (!stylesheet && !LOGGED_OUT.equals(subPath)) {
            return false;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if (stylesheet) {
            ClaveStyles.serve(response);
        } else {
            loggedOut.render(response, homeUrl, locales.select(request));
        }
        return true;
    }
}

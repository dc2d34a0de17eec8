package es.clave.sp.spring.security.web;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.FailureResponder;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.security.BrowserBinding;
import es.clave.sp.servlet.web.AutoPostPage;
import es.clave.sp.servlet.web.LogoutConfirmationPage;
import es.clave.sp.servlet.web.PageEndpoints;
import es.clave.sp.servlet.web.PageTheme;
import es.clave.sp.state.PendingLoginStore;

import java.time.Duration;

/**
 * Creates the {@link ClaveWebSupport} of one filter chain once its endpoint prefix is known (the
 * browser-binding cookie is scoped to that prefix). Provided as a bean by the auto-configuration.
 */
public final class ClaveWebSupportFactory {

    private final ClaveServiceProvider serviceProvider;
    private final PendingLoginStore store;
    private final ClaveErrorHandler errorHandler;
    private final ServletMessages messages;
    private final LocaleSelector locales;
    private final Duration pendingTtl;
    private final String cookieName;
    private final boolean cookieAlwaysSecure;
    private final String contextPath;
    private final PageTheme theme;

    /**
     * @param serviceProvider    builds requests and validates answers
     * @param store              pending logins and logouts
     * @param errorHandler       renders failures
     * @param messages           page and error texts
     * @param locales            chooses the language of a request
     * @param pendingTtl         lifetime of a pending login and its cookie
     * @param cookieName         name of the browser-binding cookie
     * @param cookieAlwaysSecure mark the cookie Secure even on a plain-http localhost ACS
     * @param contextPath        the servlet context path ({@code server.servlet.context-path}), "" for the root
     * @param theme              the application's theme stylesheet of the pages
     */
    public ClaveWebSupportFactory(ClaveServiceProvider serviceProvider, PendingLoginStore store,
                                  ClaveErrorHandler errorHandler, ServletMessages messages, LocaleSelector locales,
                                  Duration pendingTtl, String cookieName, boolean cookieAlwaysSecure, String contextPath,
                                  PageTheme theme) {
        this.serviceProvider = serviceProvider;
        this.store = store;
        this.errorHandler = errorHandler;
        this.messages = messages;
        this.locales = locales;
        this.pendingTtl = pendingTtl;
        this.cookieName = cookieName;
        this.cookieAlwaysSecure = cookieAlwaysSecure;
        this.contextPath = contextPath == null ? "" : contextPath;
        this.theme = theme == null ? PageTheme.NONE : theme;
    }

    /** @return the web pieces of endpoints living under {@code prefix} */
    public ClaveWebSupport create(String prefix) {
        BrowserBinding binding = new BrowserBinding(cookieName, contextPath + prefix, pendingTtl,
                serviceProvider.config().acsUrl(), cookieAlwaysSecure);
        return new ClaveWebSupport(serviceProvider, store, pendingTtl, binding, new AutoPostPage(messages, theme),
                new FailureResponder(errorHandler, messages, locales), messages, locales,
                new PageEndpoints(new LogoutConfirmationPage(messages, theme), locales, contextPath + "/"));
    }
}

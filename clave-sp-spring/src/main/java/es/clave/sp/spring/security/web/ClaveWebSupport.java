package es.clave.sp.spring.security.web;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.servlet.FailureResponder;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.security.BrowserBinding;
import es.clave.sp.servlet.web.AutoPostPage;
import es.clave.sp.servlet.web.PageEndpoints;
import es.clave.sp.state.PendingLoginStore;
import jakarta.servlet.http.HttpServletRequest;

import java.time.Duration;
import java.util.Objects;

/**
 * What the Cl@ve endpoints share: core's service provider, the pending-login store, and the web
 * pieces of clave-sp-servlet (browser-binding cookie, auto-post page, error page, texts, locale
 * choice), so the Spring and servlet adapters behave the same way from one implementation.
 *
 * @param serviceProvider builds requests and validates answers
 * @param store           pending logins (and logouts), keyed by RelayState
 * @param pendingTtl      lifetime of a pending login and of its browser cookie
 * @param binding         the browser-binding cookie (SEC-H2)
 * @param autoPost        renders HTTP-POST binding forms (BND-1)
 * @param failures        logs failures under a support reference and renders the error page
 * @param messages        page and error texts
 * @param locales         chooses the language of a request
 * @param pages           the stylesheet and the logout confirmation page
 */
public record ClaveWebSupport(ClaveServiceProvider serviceProvider, PendingLoginStore store, Duration pendingTtl,
                              BrowserBinding binding, AutoPostPage autoPost, FailureResponder failures,
                              ServletMessages messages, LocaleSelector locales,
                              PageEndpoints pages) {

    public ClaveWebSupport {
        Objects.requireNonNull(serviceProvider, "serviceProvider");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(pendingTtl, "pendingTtl");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(autoPost, "autoPost");
        Objects.requireNonNull(failures, "failures");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(locales, "locales");
        Objects.requireNonNull(pages, "pages");
    }

    /** @return the language of the pages answering {@code request} */
    public java.util.Locale locale(HttpServletRequest request) {
        return locales.select(request);
    }
}

package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.security.BrowserBinding;
import es.clave.sp.servlet.security.ReturnToPolicy;
import es.clave.sp.servlet.web.AutoPostPage;
import es.clave.sp.state.PendingLoginStore;

/**
 * What the endpoints share once the filter is initialised: the SP, the stores, the cookie binding,
 * the pages, and the application's URLs under its context path.
 */
final class FilterRuntime {

    /** Room for the RelayState field, field names and separators on top of the SAMLResponse cap. */
    static final int FORM_OVERHEAD = 4096;

    final ClaveServiceProvider sp;
    final PendingLoginStore pendingLogins;
    final PendingLogouts pendingLogouts;
    final ClaveServletSettings settings;
    final BrowserBinding binding;
    final AutoPostPage autoPost;
    final FailureResponder failures;
    final LocaleSelector locales;
    final String contextPath;
    final int maxBodyBytes;

    FilterRuntime(ClaveServiceProvider sp, PendingLoginStore pendingLogins, ClaveServletSettings settings,
                  BrowserBinding binding, AutoPostPage autoPost, FailureResponder failures, LocaleSelector locales,
                  String contextPath) {
        this.sp = sp;
        this.pendingLogins = pendingLogins;
        this.pendingLogouts = new PendingLogouts(pendingLogins);
        this.settings = settings;
        this.binding = binding;
        this.autoPost = autoPost;
        this.failures = failures;
        this.locales = locales;
        this.contextPath = contextPath;
        this.maxBodyBytes = maxBodyBytes(sp.config().maxResponseSize());
    }

    /**
     * The ACS body cap (SEC-X4 before parsing): the SAMLResponse cap, plus an eighth for the
     * percent-encoding of {@code +}, {@code /} and {@code =} (about 1 in 32 Base64 characters, each
     * growing to three), plus room for the RelayState and the field names.
     */
    static int maxBodyBytes(int maxResponseSize) {
        long cap = (long) maxResponseSize + maxResponseSize / 8 + FORM_OVERHEAD;
        return (int) Math.min(Integer.MAX_VALUE, cap);
    }

    /** @return the origin-relative URL of endpoint {@code name} (e.g. {@code /app/clave/login}) */
    String endpoint(String name) {
        return contextPath + settings.prefix() + "/" + name;
    }

    /** @return the origin-relative default page after login */
    String defaultReturn() {
        return contextPath + settings.defaultReturn();
    }

    /** @return the origin-relative page after logout */
    String afterLogout() {
        return contextPath + settings.afterLogout();
    }

    /**
     * @return {@code candidate}, normalised, when it is a safe same-origin path inside this application's
     *         context path (SEC-H1), otherwise {@code fallback}
     */
    String safeTarget(String candidate, String fallback) {
        return ReturnToPolicy.accept(candidate, contextPath).orElse(fallback);
    }
}

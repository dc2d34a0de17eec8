package es.clave.sp.servlet;

import java.util.Locale;

/** Core's localized texts (error messages, the button label), looked up by key. */
final class CoreTexts {

    private CoreTexts() {
    }

    /** @return the text of {@code key} in {@code locale}, or null when core has none */
    static String text(String key, Locale locale) {
        // TODO(merge): delegate to es.clave.sp.error.ClaveMessages once issue 3 lands in main
        return null;
    }
}

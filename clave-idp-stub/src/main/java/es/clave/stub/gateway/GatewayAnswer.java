package es.clave.stub.gateway;

import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.i18n.Phrase;

/** What the HTTP layer renders after the gateway handled something. */
public sealed interface GatewayAnswer {

    /** Show the method chooser for {@code transaction}. */
    record Chooser(LoginTransaction transaction) implements GatewayAnswer {
    }

    /** Carry {@code message} back to the SP with an auto-post page. */
    record Post(PostMessage message, Exchange exchange) implements GatewayAnswer {
    }

    /**
     * Show an error page.
     *
     * @param httpStatus the HTTP status
     * @param messageKey the localized title's key
     * @param detail     an English detail for developers, or null
     * @param report     the findings to list, or null
     */
    record Problem(int httpStatus, String messageKey, Phrase detail, ConformanceReport report) implements GatewayAnswer {
    }
}

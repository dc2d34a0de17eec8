package es.clave.sp.load.node;

import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.ClaveFailure;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The adapters' own error page, plus a header naming the precise {@code ClaveError} for the load
 * test to count. Test-only, through the adapters' documented extension point (an application's
 * {@link ClaveErrorHandler}): the product's page deliberately shows every security failure with
 * one generic text (the specific reason goes to the log only), and a public page must keep it so.
 */
public final class ErrorCodeHeader implements ClaveErrorHandler {

    /** The header: the {@code ClaveError} name, or {@code REFUSED <message key>} for a request refused before any Cl@ve processing. */
    public static final String HEADER = "X-Load-Clave-Error";

    private final ClaveErrorHandler page;

    /** @param page the page to render (the adapter's default) */
    public ErrorCodeHeader(ClaveErrorHandler page) {
        this.page = page;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ClaveFailure failure)
            throws IOException, ServletException {
        response.setHeader(HEADER, failure.error() != null ? failure.error().name() : "REFUSED " + failure.messageKey());
        page.handle(request, response, failure);
    }
}

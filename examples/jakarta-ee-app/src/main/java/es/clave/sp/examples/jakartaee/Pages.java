package es.clave.sp.examples.jakartaee;

import es.clave.sp.servlet.web.Html;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** The example's page frame. */
final class Pages {

    private Pages() {
    }

    static void write(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().print("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Html.escape(title)
                + "</title></head><body><h1>" + Html.escape(title) + "</h1>\n" + body + "\n</body></html>\n");
    }
}

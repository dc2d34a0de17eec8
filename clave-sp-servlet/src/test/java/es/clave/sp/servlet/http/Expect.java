package es.clave.sp.servlet.http;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on page bodies whose failure message shows the page. */
final class Expect {

    private Expect() {
    }

    static void contains(String body, String... parts) {
        for (String part : parts) {
            if (!body.contains(part)) {
                fail("expected the page to contain <" + part + ">, page was:\n" + body);
            }
        }
    }

    static void doesNotContain(String body, String... parts) {
        for (String part : parts) {
            if (body.contains(part)) {
                fail("expected the page NOT to contain <" + part + ">, page was:\n" + body);
            }
        }
    }

    static void matches(String body, String regex) {
        if (!Pattern.compile(regex).matcher(body).find()) {
            fail("expected the page to match /" + regex + "/, page was:\n" + body);
        }
    }
}

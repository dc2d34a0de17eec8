package es.clave.stub.support;

/** Log hygiene: values from requests are stripped of control characters before logging (SEC-H6). */
public final class Logs {

    private Logs() {
    }

    /** @return {@code value} with control characters replaced by '?', or "-" for null */
    public static String clean(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}

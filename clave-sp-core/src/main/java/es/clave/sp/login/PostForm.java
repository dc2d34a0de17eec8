package es.clave.sp.login;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP-POST binding message (BND-1): the browser posts {@code fields} to {@code action}.
 * Adapters render it as an auto-submitting HTML form.
 *
 * @param action the gateway endpoint
 * @param fields field name to value, in the order they should be rendered
 */
public record PostForm(URI action, Map<String, String> fields) {

    public PostForm {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @return the value of field {@code name}, or null */
    public String field(String name) {
        return fields.get(name);
    }
}

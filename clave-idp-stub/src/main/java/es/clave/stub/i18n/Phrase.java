package es.clave.stub.i18n;

import java.util.List;
import java.util.Objects;

/**
 * A text to show a person, kept as a message key and its arguments until the page that shows it
 * knows the language. Arguments are rendered by {@code es.clave.stub.web.Messages}: a method, a
 * level of assurance or another phrase in that language, anything else as {@code String.valueOf}.
 *
 * @param key  the key in the page bundle
 * @param args the arguments
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = args.stream().map(a -> a == null ? (Object) "—" : a).toList();
    }

    /** @return the phrase {@code key} with {@code args} (a null argument shows as "—") */
    public static Phrase of(String key, Object... args) {
        return new Phrase(key, java.util.Arrays.asList(args));
    }
}

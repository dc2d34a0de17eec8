package es.clave.stub.users;

import es.clave.stub.ClaveMethod;
import es.clave.stub.TestUser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads test users from a UTF-8 properties file, one group of keys per user:
 * <pre>
 * ana.identifier=12345678Z          (required: NIF, NIE or CIF with valid check character, or CC/ES/value for eIDAS)
 * ana.givenName=Ana                 (required)
 * ana.firstSurname=Martín           (required)
 * ana.secondSurname=Ruiz            (optional)
 * ana.dateOfBirth=1980-01-31        (optional, YYYY-MM-DD)
 * ana.methods=AFIRMA,CLAVE_PIN      (optional; default: every Spanish method, or EIDAS for CC/ES/ identifiers)
 * ana.representedCif=B12345674      (optional, with representedName: a representative certificate)
 * ana.representedName=EMPRESA SL
 * </pre>
 * Mistakes fail with a message naming the key.
 */
public final class UsersFile {

    private static final Set<String> KEYS = Set.of("identifier", "givenName", "firstSurname", "secondSurname",
            "dateOfBirth", "methods", "representedCif", "representedName");

    private UsersFile() {
    }

    /** Reads {@code file}. */
    public static List<TestUser> read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return parse(p, file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read users file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses users from {@code p}; {@code source} names it in messages. */
    public static List<TestUser> parse(Properties p, String source) {
        Set<String> ids = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            int dot = key.indexOf('.');
            if (dot <= 0 || !KEYS.contains(key.substring(dot + 1))) {
                throw new IllegalArgumentException(source + ": unknown key '" + key + "'; expected <user>.<field> with field one of " + new TreeSet<>(KEYS));
            }
            ids.add(key.substring(0, dot));
        }
        List<TestUser> users = new ArrayList<>();
        for (String id : ids) {
            users.add(user(p, id, source));
        }
        return users;
    }

    private static TestUser user(Properties p, String id, String source) {
        String identifier = required(p, id, "identifier", source);
        boolean eidas = identifier.matches("[A-Z]{2}/ES/.+");
        if (!eidas && !SpanishIds.isValidSpanishId(identifier)) {
            throw new IllegalArgumentException(source + ": " + id + ".identifier=" + identifier
                    + " is not a NIF, NIE or CIF with a valid check character, nor an eIDAS CC/ES/value identifier");
        }
        LocalDate dob = null;
        String dobText = p.getProperty(id + ".dateOfBirth");
        if (dobText != null && !dobText.isBlank()) {
            try {
                dob = LocalDate.parse(dobText.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(source + ": " + id + ".dateOfBirth must be YYYY-MM-DD, got " + dobText, e);
            }
        }
        Set<ClaveMethod> methods = eidas ? EnumSet.of(ClaveMethod.EIDAS) : EnumSet.complementOf(EnumSet.of(ClaveMethod.EIDAS));
        String methodsText = p.getProperty(id + ".methods");
        if (methodsText != null && !methodsText.isBlank()) {
            methods = EnumSet.noneOf(ClaveMethod.class);
            for (String m : methodsText.split(",")) {
                try {
                    methods.add(ClaveMethod.parse(m));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ": " + id + ".methods: " + e.getMessage(), e);
                }
            }
        }
        String cif = blankToNull(p.getProperty(id + ".representedCif"));
        if (cif != null && !SpanishIds.isValidCif(cif)) {
            throw new IllegalArgumentException(source + ": " + id + ".representedCif=" + cif + " is not a CIF with a valid control character");
        }
        try {
            return new TestUser(id, identifier, required(p, id, "givenName", source), required(p, id, "firstSurname", source),
                    p.getProperty(id + ".secondSurname", "").strip(), dob, methods, cif,
                    blankToNull(p.getProperty(id + ".representedName")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static String required(Properties p, String id, String field, String source) {
        String v = blankToNull(p.getProperty(id + "." + field));
        if (v == null) {
            throw new IllegalArgumentException(source + ": " + id + "." + field + " is required");
        }
        return v;
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}

package es.clave.stub.users;

import es.clave.stub.ClaveMethod;
import es.clave.stub.TestUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The scripted users, in display order; built-ins first, file users after (same id replaces). */
public final class UserDirectory {

    private final Map<String, TestUser> users = new LinkedHashMap<>();

    /** @return a directory holding only the built-in users */
    public static UserDirectory builtIn() {
        UserDirectory d = new UserDirectory();
        Set<ClaveMethod> spanish = EnumSet.complementOf(EnumSet.of(ClaveMethod.EIDAS));
        d.add(new TestUser("nif", "12345678Z", "María José", "García", "López", LocalDate.of(1985, 4, 12),
                spanish, null, null));
        d.add(new TestUser("nie", "X1234567L", "John", "Smith", "", LocalDate.of(1990, 11, 3),
                spanish, null, null));
        d.add(new TestUser("representante", "99999999R", "Josep", "Puig", "Ferrer", LocalDate.of(1971, 2, 28),
                EnumSet.of(ClaveMethod.AFIRMA), "B12345674", "EMPRESA DE PRUEBAS SL"));
        d.add(new TestUser("eidas", "DE/ES/0123456789", "Erika", "Mustermann", "", LocalDate.of(1964, 8, 12),
                EnumSet.of(ClaveMethod.EIDAS), null, null));
        return d;
    }

    /** Adds {@code user}, replacing one with the same id. */
    public void add(TestUser user) {
        users.put(user.id(), user);
    }

    /** Adds every user of {@code more}. */
    public void addAll(Collection<TestUser> more) {
        more.forEach(this::add);
    }

    /** @return every user in display order */
    public List<TestUser> all() {
        return List.copyOf(users.values());
    }

    /** @return the user called {@code id} */
    public Optional<TestUser> find(String id) {
        return Optional.ofNullable(id == null ? null : users.get(id));
    }

    /** @return the users who can log in with {@code method} */
    public List<TestUser> forMethod(ClaveMethod method) {
        List<TestUser> out = new ArrayList<>();
        for (TestUser u : users.values()) {
            if (u.methods().contains(method)) {
                out.add(u);
            }
        }
        return out;
    }
}

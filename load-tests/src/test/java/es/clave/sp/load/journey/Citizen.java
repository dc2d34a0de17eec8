package es.clave.sp.load.journey;

import es.clave.stub.ClaveMethod;
import es.clave.stub.TestUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A test citizen of the stub, one per virtual user, so that an identity shown to the wrong user
 * is visible.
 *
 * @param id         the stub's user id (the radio value on its user page)
 * @param identifier the NIF the SP must show on the protected page
 */
public record Citizen(String id, String identifier) {

    private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

    /** @return {@code count} citizens with distinct, valid NIFs */
    public static List<Citizen> generate(int count) {
        List<Citizen> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int number = 40_000_000 + i;
            out.add(new Citizen(String.format("load%04d", i), number + String.valueOf(NIF_LETTERS.charAt(number % 23))));
        }
        return out;
    }

    /** @return the stub's user for this citizen, with every Spanish method */
    public TestUser asStubUser() {
        return new TestUser(id, identifier, "Ciudadana", "Carga", id, LocalDate.of(1980, 1, 1),
                EnumSet.of(ClaveMethod.AFIRMA, ClaveMethod.CLAVE_PIN, ClaveMethod.CLAVE_PERMANENTE, ClaveMethod.CLAVE_MOVIL),
                null, null);
    }
}

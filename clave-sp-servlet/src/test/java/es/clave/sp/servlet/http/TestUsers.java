package es.clave.sp.servlet.http;

import es.clave.stub.ClaveMethod;
import es.clave.stub.TestUser;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Citizens the HTTP tests log in as; identifiers are syntactically valid, invented values. */
final class TestUsers {

    static final TestUser ANA = new TestUser("servlet-ana", "12345678Z", "Ana", "García", "López",
            LocalDate.of(1980, 1, 1), EnumSet.of(ClaveMethod.AFIRMA, ClaveMethod.CLAVE_PERMANENTE,
            ClaveMethod.CLAVE_PIN, ClaveMethod.CLAVE_MOVIL), null, null);
    static final TestUser REPRESENTATIVE = new TestUser("servlet-rosa", "00000000T", "Rosa", "Ruiz", "Soto",
            LocalDate.of(1975, 5, 5), Set.of(ClaveMethod.AFIRMA), "B12345674", "Ejemplo Servicios SL");
    static final TestUser EU_CITIZEN = new TestUser("servlet-hans", "DE/ES/DE123456789", "Hans", "Müller", "",
            null, Set.of(ClaveMethod.EIDAS), null, null);
    /** SEC-H6: attribute values carrying markup. */
    static final TestUser MARKUP = new TestUser("servlet-markup", "X1234567L", "<script>alert(1)</script>",
            "O'Brien\"&<b>", "", null, Set.of(ClaveMethod.CLAVE_MOVIL), null, null);

    static final List<TestUser> ALL = List.of(ANA, REPRESENTATIVE, EU_CITIZEN, MARKUP);

    private TestUsers() {
    }
}

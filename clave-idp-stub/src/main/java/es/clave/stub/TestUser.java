package es.clave.stub;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A scripted citizen the stub can log in as.
 *
 * @param id               short key used in files, forms and {@link LoginScript#user(String)}
 * @param identifier       PersonIdentifier value: a bare NIF/NIE for Spanish methods, {@code CC/ES/...} for eIDAS
 * @param givenName        CurrentGivenName
 * @param firstSurname     FirstSurname
 * @param secondSurname    second surname, may be empty (FamilyName = first + " " + second)
 * @param dateOfBirth      DateOfBirth, or null when the method does not deliver it
 * @param methods          methods this user can log in with
 * @param representedCif   CIF of the company the user represents (certificate logins), or null
 * @param representedName  razonSocial of that company, or null
 */
public record TestUser(String id, String identifier, String givenName, String firstSurname, String secondSurname,
                       LocalDate dateOfBirth, Set<ClaveMethod> methods, String representedCif,
                       String representedName) {

    public TestUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(firstSurname, "firstSurname");
        secondSurname = secondSurname == null ? "" : secondSurname;
        methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
        if ((representedCif == null) != (representedName == null)) {
            throw new IllegalArgumentException("user " + id + ": representedCif and representedName go together");
        }
    }

    /** @return FamilyName: both surnames, space-separated */
    public String familyName() {
        return secondSurname.isEmpty() ? firstSurname : firstSurname + " " + secondSurname;
    }

    /** @return whether this user signs as a company's representative (PartialAfirma clasificacion 11) */
    public boolean isRepresentative() {
        return representedCif != null;
    }

    /** @return a display name */
    public String displayName() {
        return givenName + " " + familyName();
    }
}

package es.clave.sp.jakarta.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.IdentityRoles;
import es.clave.sp.identity.PersonIdentifier;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClavePrincipalTest {

    private static final ClaveIdentity IDENTITY = ClaveIdentity.builder()
            .personIdentifier(new PersonIdentifier("X1234567L", "X1234567L", IdentifierKind.NIE, true, "ES"))
            .givenName("John").familyName("Smith").levelOfAssurance(LevelOfAssurance.HIGH)
            .method(IdentificationMethod.CERTIFICATE).build();

    @Test
    @DisplayName("RSP-12: the caller's name is the person identifier and the principal carries the identity, also through serialization (replicated sessions)")
    void principalCarriesIdentity() throws Exception {
        ClavePrincipal principal = new ClavePrincipal(IDENTITY);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(principal);
        }
        ClavePrincipal copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ClavePrincipal) in.readObject();
        }

        assertEquals("X1234567L", principal.getName());
        assertEquals("X1234567L", copy.getName());
        assertEquals("John", copy.identity().givenName());
    }

    @Test
    @DisplayName("RSP-9: the default groups are core's role names, the ones the Spring adapter grants")
    void defaultGroupsAreCoreRoles() {
        assertEquals(Set.copyOf(IdentityRoles.of(IDENTITY)), ClaveGroupMapper.DEFAULT.groups(IDENTITY));
        assertEquals(Set.of("CLAVE_USER", "CLAVE_LOA_LOW", "CLAVE_LOA_SUBSTANTIAL", "CLAVE_LOA_HIGH",
                "CLAVE_METHOD_CERTIFICATE", "CLAVE_PERSON_NIE", "CLAVE_NATURAL_PERSON"), ClaveGroupMapper.DEFAULT.groups(IDENTITY));
    }
}

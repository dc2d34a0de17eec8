package es.clave.sp.keys;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.InvalidPathException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResourceLocationsTest {

    @Test
    @DisplayName("a location that is no file path (a NUL in it) fails as key material naming the location, not as InvalidPathException")
    void readWhenLocationNotAPathThenKeyMaterialException() {
        KeyMaterialException e = assertThrows(KeyMaterialException.class,
                () -> ResourceLocations.read("certs/\u0000clave.pem", KeyMaterialException.Field.LOCATION));

        assertEquals(KeyMaterialException.Field.LOCATION, e.field());
        assertInstanceOf(InvalidPathException.class, e.getCause());
        assertTrue(e.getMessage().contains("is not a valid file path"), e.getMessage());
        assertFalse(e.getMessage().contains("\u0000"), "the NUL is escaped in the message");
    }
}

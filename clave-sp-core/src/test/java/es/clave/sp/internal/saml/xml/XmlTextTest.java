package es.clave.sp.internal.saml.xml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class XmlTextTest {

    @Test
    @DisplayName("REQ-7 text is escaped as C14N escapes text nodes")
    void text() {
        assertEquals("a&amp;b&lt;c&gt;d&#xD;\"'\t\n", XmlText.text("a&b<c>d\r\"'\t\n"));
        assertEquals("plain", XmlText.text("plain"));
    }

    @Test
    @DisplayName("REQ-7 attribute values are escaped as C14N escapes attributes")
    void attribute() {
        assertEquals("a&amp;b&lt;c>d&quot;'&#x9;&#xA;&#xD;", XmlText.attribute("a&b<c>d\"'\t\n\r"));
    }

    @Test
    @DisplayName("characters XML cannot carry are refused, never written")
    void illegal() {
        assertEquals(1, XmlText.firstIllegalChar("a\u0001"));
        assertEquals(0, XmlText.firstIllegalChar("\uD800x"));
        assertEquals(-1, XmlText.firstIllegalChar("España 😀"));
        assertThrows(IllegalArgumentException.class, () -> XmlText.text("\u0000"));
        assertThrows(IllegalArgumentException.class, () -> XmlText.attribute("\uFFFF"));
    }
}

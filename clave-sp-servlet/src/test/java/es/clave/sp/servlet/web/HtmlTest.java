package es.clave.sp.servlet.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    @DisplayName("SEC-H6 markup characters are escaped for text and both attribute quotings")
    void escapeWhenMarkupThenEntities() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;",
                Html.escape("<script>alert(\"x\")</script> & 'q'"));
    }

    @Test
    @DisplayName("SEC-H6 control characters are dropped, line breaks kept, null is empty")
    void escapeWhenControlCharactersThenDropped() {
        assertEquals("ab\ncd", Html.escape("a\u0000b\ncd\u001b"));
        assertEquals("", Html.escape(null));
    }
}

package es.clave.sp.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Ways to re-encode the same response on the wire: the signed bytes stay, the transport changes. */
enum Reencoding {
    MIME_LINE_BREAKS { String apply(String xml, String b64, int at) { return Base64.getMimeEncoder().encodeToString(bytes(xml)); } },
    URL_SAFE_ALPHABET { String apply(String xml, String b64, int at) { return Base64.getUrlEncoder().encodeToString(bytes(xml)); } },
    NO_PADDING { String apply(String xml, String b64, int at) { return Base64.getEncoder().withoutPadding().encodeToString(bytes(xml)); } },
    SURROUNDING_WHITESPACE { String apply(String xml, String b64, int at) { return " \r\n" + b64 + "\n "; } },
    XML_DECLARATION { String apply(String xml, String b64, int at) { return encode("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml); } },
    UTF16 { String apply(String xml, String b64, int at) { return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_16)); } },
    TRUNCATED { String apply(String xml, String b64, int at) { return b64.substring(0, at % b64.length()); } },
    BYTE_FLIPPED {
        String apply(String xml, String b64, int at) {
            byte[] b = bytes(xml);
            b[at % b.length] ^= 0x20;
            return Base64.getEncoder().encodeToString(b);
        }
    },
    CHARACTER_INSERTED { String apply(String xml, String b64, int at) { int i = at % b64.length(); return b64.substring(0, i) + "%" + b64.substring(i); } };

    abstract String apply(String xml, String base64, int position);

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String encode(String xml) {
        return Base64.getEncoder().encodeToString(bytes(xml));
    }
}

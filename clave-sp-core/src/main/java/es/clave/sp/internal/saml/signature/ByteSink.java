package es.clave.sp.internal.saml.signature;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * UTF-8 output of {@link ExclusiveC14n}, with the C14N escaping of text and attribute values,
 * buffered and drained into a digest or kept as bytes. Not thread-safe.
 */
abstract class ByteSink {
    private byte[] buf;
    private int n;

    ByteSink(int capacity) {
        buf = new byte[capacity];
    }

    /** Receives a full (or, on flush, partial) buffer. */
    abstract void drain(byte[] b, int len);

    /** @return whether this sink grows instead of draining */
    boolean grows() {
        return false;
    }

    final void write(int b) {
        if (n == buf.length) {
            makeRoom();
        }
        buf[n++] = (byte) b;
    }

    private void makeRoom() {
        if (grows()) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        } else {
            drain(buf, n);
            n = 0;
        }
    }

    final void flush() {
        if (n > 0 && !grows()) {
            drain(buf, n);
            n = 0;
        }
    }

    final byte[] buffer() {
        return buf;
    }

    final int length() {
        return n;
    }

    /** An element or attribute name, or a fixed token: no escaping. */
    final void writeName(String s) {
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                write(c);
            } else {
                i = writeNonAscii(s, i);
            }
        }
    }

    /** Text node content: {@code & < >} and CR escaped (C14N 1.0 §2.3). */
    final void writeText(String s) {
        int len = s.length();
        int i = 0;
        while (i < len) {
            int run = i;
            char c = 0;
            while (run < len && (c = s.charAt(run)) < 0x80 && c != '&' && c != '<' && c != '>' && c != '\r') {
                run++;
            }
            copyAscii(s, i, run);
            if (run == len) {
                return;
            }
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '>' -> ascii("&gt;");
                case '\r' -> ascii("&#xD;");
                default -> run = writeNonAscii(s, run);
            }
            i = run + 1;
        }
    }

    /** Attribute value: {@code & < "} and TAB, LF, CR escaped (C14N 1.0 §2.3). */
    final void writeAttributeValue(String s) {
        int len = s.length();
        int i = 0;
        while (i < len) {
            int run = i;
            char c = 0;
            while (run < len && (c = s.charAt(run)) < 0x80 && c != '&' && c != '<' && c != '"'
                    && c != '\t' && c != '\n' && c != '\r') {
                run++;
            }
            copyAscii(s, i, run);
            if (run == len) {
                return;
            }
            switch (c) {
                case '&' -> ascii("&amp;");
                case '<' -> ascii("&lt;");
                case '"' -> ascii("&quot;");
                case '\t' -> ascii("&#x9;");
                case '\n' -> ascii("&#xA;");
                case '\r' -> ascii("&#xD;");
                default -> run = writeNonAscii(s, run);
            }
            i = run + 1;
        }
    }

    /** Copies chars {@code [from, to)}, all below 0x80, as bytes in bulk (long Base64 values). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) is exact for ASCII
    private void copyAscii(String s, int from, int to) {
        while (from < to) {
            if (n == buf.length) {
                makeRoom();
            }
            int k = Math.min(buf.length - n, to - from);
            s.getBytes(from, from + k, buf, n);
            n += k;
            from += k;
        }
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            write(s.charAt(i));
        }
    }

    /** Writes the code point at {@code i} as UTF-8; @return the index of its last char. */
    private int writeNonAscii(String s, int i) {
        int cp = s.codePointAt(i);
        if (cp < 0x800) {
            write(0xC0 | (cp >> 6));
            write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            write(0xE0 | (cp >> 12));
            write(0x80 | ((cp >> 6) & 0x3F));
            write(0x80 | (cp & 0x3F));
        } else {
            write(0xF0 | (cp >> 18));
            write(0x80 | ((cp >> 12) & 0x3F));
            write(0x80 | ((cp >> 6) & 0x3F));
            write(0x80 | (cp & 0x3F));
            return i + 1;
        }
        return i;
    }

    /** Feeds a digest. */
    static ByteSink digest(MessageDigest md) {
        return new ByteSink(2048) {
            @Override
            void drain(byte[] b, int len) {
                md.update(b, 0, len);
            }
        };
    }

    /** Keeps every byte; read them with {@link #buffer()} and {@link #length()}. */
    static ByteSink growing(int initial) {
        return new ByteSink(initial) {
            @Override
            void drain(byte[] b, int len) {
                // everything stays in the buffer
            }

            @Override
            boolean grows() {
                return true;
            }
        };
    }
}

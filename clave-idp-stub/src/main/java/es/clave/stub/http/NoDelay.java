package es.clave.stub.http;

/**
 * Switches TCP no-delay on for the JDK HTTP server the stub runs on.
 * <p>
 * Why: that server writes a response's headers and its body in separate writes. With Nagle's
 * algorithm on, the body (smaller than a segment) waits until the client acknowledges the
 * headers, and clients delay that acknowledgement (about 40 ms on Linux): every page, every
 * auto-post form, every API answer took ~45 ms longer than the work behind it.
 * <p>
 * The JDK server reads {@value #PROPERTY} once per JVM, when its configuration class initialises,
 * which happens when the first {@code HttpServer} of the JVM is created. {@code ClaveStub}
 * calls {@link #request()} from its static initialiser, before it can create a server, so a stub
 * embedded in someone else's JVM (a test suite, an example app) gets no-delay too. Two cases stay
 * outside the stub's reach, both documented in the README: an explicit
 * {@code -Dsun.net.httpserver.nodelay=false} is respected (the benchmark uses it for the "before"
 * figure), and a JVM that created a JDK {@code HttpServer} before loading {@code ClaveStub} keeps
 * whatever that first server read.
 */
public final class NoDelay {

    /** The JDK HTTP server's switch for TCP_NODELAY on accepted connections. */
    public static final String PROPERTY = "sun.net.httpserver.nodelay";

    private NoDelay() {
    }

    /**
     * Sets {@value #PROPERTY} to {@code true} unless it was set explicitly.
     *
     * @return whether no-delay is requested now (false only when someone set the property to another value)
     */
    public static boolean request() {
        String current = System.getProperty(PROPERTY);
        if (current == null) {
            System.setProperty(PROPERTY, "true");
            return true;
        }
        return Boolean.parseBoolean(current);
    }
}

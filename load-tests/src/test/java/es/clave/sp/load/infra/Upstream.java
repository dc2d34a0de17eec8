package es.clave.sp.load.infra;

import java.net.URI;

/**
 * A server behind a {@link Forwarder}.
 *
 * @param name short name, sent back to the browser in {@code X-Load-Node}
 * @param base scheme, host and port, e.g. {@code http://127.0.0.1:41234}
 */
public record Upstream(String name, URI base) {
}

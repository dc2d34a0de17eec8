package es.clave.stub.http;

import es.clave.stub.exchange.ExchangeLog;
import es.clave.stub.gateway.Gateway;
import es.clave.stub.trust.SpRegistry;
import es.clave.stub.users.UserDirectory;

import java.security.cert.X509Certificate;

/**
 * What the HTTP handlers share.
 *
 * @param gateway   the gateway logic
 * @param registry  registered SPs
 * @param users     test users
 * @param exchanges recorded exchanges
 * @param signing   the gateway's signing certificate (published in the feed)
 */
public record StubContext(Gateway gateway, SpRegistry registry, UserDirectory users, ExchangeLog exchanges,
                          X509Certificate signing) {
}

package es.clave.stub.gateway;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.conformance.RequestFacts;
import es.clave.stub.exchange.Exchange;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/**
 * A login waiting for the citizen: the request it answers and the exchange it records into.
 *
 * @param id                random handle used in page URLs
 * @param facts             what the request asked for
 * @param relayState        the posted RelayState, echoed back
 * @param exchange          the exchange recording this login
 * @param signerCertificate the certificate the request's signature validated with, or null
 * @param createdAt         when the request arrived
 */
public record LoginTransaction(String id, RequestFacts facts, String relayState, Exchange exchange,
                               X509Certificate signerCertificate, Instant createdAt) {

    /** @return the LoA the SP asked for (LOW when it asked for nothing readable) */
    public Loa requestedLoa() {
        return facts.requestedLoa() == null ? Loa.LOW : facts.requestedLoa();
    }

    /** @return the methods the request did not exclude (REQ-11) */
    public List<ClaveMethod> offeredMethods() {
        EnumSet<ClaveMethod> offered = EnumSet.allOf(ClaveMethod.class);
        offered.removeAll(facts.excluded());
        return List.copyOf(offered);
    }

    /** @return the offered methods that reach the requested LoA: the ones the chooser shows */
    public List<ClaveMethod> selectableMethods() {
        return offeredMethods().stream().filter(m -> m.loa().compareTo(requestedLoa()) >= 0).toList();
    }
}

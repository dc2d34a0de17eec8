package es.clave.stub.testing;

import es.clave.stub.conformance.CheckContext;
import es.clave.stub.conformance.InspectedRequest;
import es.clave.stub.conformance.RequestInspector;
import es.clave.stub.trust.SpRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Runs the conformance checker without HTTP, against a fixed endpoint. */
public final class Inspect {

    /** The endpoint the checks expect as Destination. */
    public static final String ENDPOINT = "http://localhost:8900/Proxy2/ServiceProvider";
    /** The form content type. */
    public static final String FORM = "application/x-www-form-urlencoded";

    private Inspect() {
    }

    /** @return a context in dev mode with an empty registry */
    public static CheckContext devContext() {
        return context(new SpRegistry(), true);
    }

    /** @return a context with {@code registry} */
    public static CheckContext context(SpRegistry registry, boolean devMode) {
        return new CheckContext(Set.of(ENDPOINT), null, registry, devMode, Instant.now(), Duration.ofMinutes(3));
    }

    /** @return the inspection of {@code fields} posted to the endpoint in dev mode */
    public static InspectedRequest post(Map<String, String> fields) {
        return RequestInspector.inspect("POST", "/Proxy2/ServiceProvider", FORM, fields, devContext());
    }

    /** @return the inspection of {@code request} posted to the endpoint in dev mode */
    public static InspectedRequest post(TestRequest request) {
        return post(request.form());
    }
}

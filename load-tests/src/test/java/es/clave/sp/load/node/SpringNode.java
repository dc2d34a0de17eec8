package es.clave.sp.load.node;

import es.clave.sp.examples.spring.ClaveExampleApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Node 2: the Spring Boot example application as shipped, in profile {@code load} (so its
 * {@code local} profile, which embeds a stub of its own, stays off), with the shared SP
 * configuration as command-line properties and {@link SpringNodeConfiguration} added. Runs in its
 * own JVM: {@code --port=N --config=clave-sp.properties --feed-cache=file}.
 */
public final class SpringNode {

    private SpringNode() {
    }

    public static void main(String[] args) {
        Lifeline.watchParent();
        NodeArgs node = NodeArgs.parse(args);
        List<String> properties = new ArrayList<>();
        for (Map.Entry<String, String> e : node.properties().entrySet()) {
            properties.add("--" + e.getKey() + "=" + e.getValue());
        }
        properties.add("--server.port=" + node.port());
        properties.add("--server.address=127.0.0.1");
        // the gateway is another site here, as Cl@ve is: the binding cookie must be SameSite=None; Secure
        properties.add("--clave.web.cookie-always-secure=true");
        properties.add("--server.tomcat.threads.max=400");
        properties.add("--logging.level.root=WARN");
        properties.add("--spring.main.banner-mode=off");
        new SpringApplicationBuilder(ClaveExampleApplication.class, SpringNodeConfiguration.class)
                .profiles("load")
                .run(properties.toArray(String[]::new));
    }
}

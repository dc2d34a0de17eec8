package es.clave.sp.load;

import es.clave.sp.load.infra.FreePorts;
import es.clave.sp.load.infra.NodeProcess;
import es.clave.sp.load.infra.StickyRoundRobin;
import es.clave.sp.load.node.NodeSupport;
import es.clave.sp.load.node.ServletNode;
import es.clave.sp.load.node.SpringNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The two SP nodes for one store, behind the balancer: the servlet adapter on Jetty and the
 * Spring Boot example, each in its own JVM, reading the same SP configuration file.
 */
final class Cluster implements AutoCloseable {

    final String store;
    final NodeProcess servlet;
    final NodeProcess spring;

    private Cluster(String store, NodeProcess servlet, NodeProcess spring) {
        this.store = store;
        this.servlet = servlet;
        this.spring = spring;
    }

    /**
     * Starts both nodes on {@code store} without waiting for them: several clusters may start at
     * once (see {@link #awaitReady()}).
     */
    static Cluster launch(LoadEnvironment env, String store) throws IOException {
        Path config = env.spConfiguration(store);
        Path logs = env.dir.resolve("logs");
        NodeProcess servlet = node(env, "servlet-" + store, ServletNode.class, config, logs);
        NodeProcess spring = node(env, "spring-" + store, SpringNode.class, config, logs);
        Cluster cluster = new Cluster(store, servlet, spring);
        try {
            if (store.equals("jdbc")) {
                // as an operator would, with the shipped DDL: two nodes creating the tables at once could collide
                env.createJdbcSchema();
            }
            servlet.start();
            spring.start();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /**
     * Waits until both nodes serve and trust the gateway's current certificate, which only the
     * feed gives them (the configured one is superseded): a node whose first download timed out on
     * a busy machine is asked again, as an operator's readiness check would.
     */
    void awaitReady() {
        servlet.awaitReady();
        spring.awaitReady();
        String said = "";
        for (int attempt = 0; attempt < 5; attempt++) {
            String answer = refreshFeeds();
            said = answer;
            if (nodes().stream().allMatch(n -> answer.contains(n.name() + ": UPDATED trusted=1"))) {
                return;
            }
        }
        throw new IllegalStateException("the nodes of " + store + " could not download the certificate feed: " + said);
    }

    /** Routes the balancer to this cluster's two nodes (round robin, then affinity). */
    void route(LoadEnvironment env) {
        env.balancer.routing(new StickyRoundRobin(List.of(servlet.upstream(), spring.upstream())));
    }

    /** @return both nodes */
    List<NodeProcess> nodes() {
        return List.of(servlet, spring);
    }

    /** Asks both nodes to download the feed now (their operator endpoint); returns what each said. */
    String refreshFeeds() {
        // both at once, as each node's own schedule would: a hanging feed then costs one timeout, not two
        List<CompletableFuture<String>> answers = nodes().stream()
                .map(n -> CompletableFuture.supplyAsync(() -> n.name() + ": " + n.post(NodeSupport.FEED_REFRESH_PATH, Duration.ofSeconds(30)) + "; ",
                        task -> new Thread(task, "feed-refresh-" + n.name()).start()))
                .toList();
        return answers.stream().map(CompletableFuture::join).collect(Collectors.joining());
    }

    @Override
    public void close() {
        spring.close();
        servlet.close();
    }

    private static NodeProcess node(LoadEnvironment env, String name, Class<?> main, Path config, Path logs) {
        int port = FreePorts.next();
        return new NodeProcess(name, main.getName(), port, List.of("--port=" + port, "--config=" + config,
                "--feed-cache=" + env.dir.resolve("feed-cache").resolve(name + ".pem")), logs);
    }
}

package es.clave.sp.load.attack;

import es.clave.sp.load.infra.Upstream;
import es.clave.sp.load.journey.Acceptances;
import es.clave.sp.load.journey.AcsPost;
import es.clave.sp.load.node.ErrorCodeHeader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An attacker beside the honest users: posts logins captured on the wire (ACS posts of journeys
 * that already succeeded) again, straight to both nodes, at a fixed rate, from a browser of its
 * own (no cookies: it has the response, not the victim's browser); and, at another rate, 1 MiB
 * of random bytes to the ACS. A replay that signs somebody in (a redirect without an error code)
 * is recorded in {@link Acceptances}, so it shows up there as a double acceptance.
 */
public final class Attacker {

    /** The garbage body's size. */
    public static final int GARBAGE_BYTES = 1024 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    // enough that requests slowed by a busy machine still leave the rate reachable
    private static final int WORKERS = 64;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Upstream> nodes;
    private final String publicAuthority;
    private final String gatewayOrigin;
    private final Supplier<Optional<AcsPost>> captured;
    private final Acceptances acceptances;
    private final Map<String, AtomicLong> replayAnswers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> garbageAnswers = new ConcurrentHashMap<>();
    private final AtomicLong replays = new AtomicLong();
    private final AtomicLong replaysAccepted = new AtomicLong();
    private final AtomicLong garbage = new AtomicLong();
    private final AtomicLong garbageAccepted = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    /**
     * @param nodes           the SP nodes, attacked directly
     * @param application     the public address of the application (its {@code Host} is sent, as through the balancer)
     * @param gateway         the gateway's address (the {@code Origin} of a real ACS post)
     * @param captured        gives a captured login, when one exists yet
     * @param acceptances     where a replay that got through is recorded
     */
    public Attacker(List<Upstream> nodes, URI application, URI gateway, Supplier<Optional<AcsPost>> captured,
                    Acceptances acceptances) {
        this.nodes = List.copyOf(nodes);
        this.publicAuthority = application.getRawAuthority();
        this.gatewayOrigin = gateway.getScheme() + "://" + gateway.getRawAuthority();
        this.captured = captured;
        this.acceptances = acceptances;
    }

    /**
     * Starts attacking.
     *
     * @param replaysPerSecond replays per second, over both nodes
     * @param garbagePerSecond 1 MiB garbage posts per second, over both nodes
     */
    public void start(double replaysPerSecond, double garbagePerSecond) {
        running = true;
        Pacer replayPace = new Pacer(replaysPerSecond);
        Pacer garbagePace = new Pacer(garbagePerSecond);
        for (int i = 0; i < WORKERS; i++) {
            threads.add(daemon("attacker-replay-" + i, () -> {
                while (running && replayPace.await()) {
                    captured.get().ifPresent(this::replay);
                }
            }));
        }
        for (int i = 0; i < 2; i++) {
            threads.add(daemon("attacker-garbage-" + i, () -> {
                while (running && garbagePace.await()) {
                    postGarbage();
                }
            }));
        }
    }

    /** Stops and waits for the requests in flight (bounded by the request timeout). */
    public void stop() throws InterruptedException {
        running = false;
        for (Thread t : threads) {
            t.interrupt();
            t.join(TIMEOUT.toMillis() + 5_000);
        }
    }

    /** @return replays sent */
    public long replays() {
        return replays.get();
    }

    /** @return replays that signed somebody in (must be 0) */
    public long replaysAccepted() {
        return replaysAccepted.get();
    }

    /** @return garbage posts sent */
    public long garbagePosts() {
        return garbage.get();
    }

    /** @return what each node answered to the replays, by {@code ClaveError} (or status) */
    public Map<String, Long> replayAnswers() {
        return snapshot(replayAnswers);
    }

    /** @return garbage posts answered with a sign-in (must be 0) */
    public long garbageAccepted() {
        return garbageAccepted.get();
    }

    /** @return what the nodes answered to the garbage posts */
    public Map<String, Long> garbageAnswers() {
        return snapshot(garbageAnswers);
    }

    private void replay(AcsPost post) {
        String body = post.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        replays.incrementAndGet();
        Upstream node = anyNode();
        String answer = send(node, post.acs().getRawPath(), body.getBytes(StandardCharsets.US_ASCII));
        if (answer.equals(SIGNED_IN)) {
            replaysAccepted.incrementAndGet();
            acceptances.accepted(post, "attacker replay on " + node.name());
        }
        replayAnswers.computeIfAbsent(node.name() + ": " + answer, k -> new AtomicLong()).incrementAndGet();
    }

    private void postGarbage() {
        byte[] body = new byte[GARBAGE_BYTES];
        ThreadLocalRandom.current().nextBytes(body);
        garbage.incrementAndGet();
        Upstream node = anyNode();
        String answer = send(node, "/clave/acs", body);
        if (answer.equals(SIGNED_IN)) {
            garbageAccepted.incrementAndGet();
        }
        garbageAnswers.computeIfAbsent(node.name() + ": " + answer, k -> new AtomicLong()).incrementAndGet();
    }

    private static final String SIGNED_IN = "SIGNED IN";

    /** @return the {@code ClaveError} of the answer, {@link #SIGNED_IN}, or what else happened */
    private String send(Upstream node, String path, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(node.base().resolve(path)).timeout(TIMEOUT)
                .header("Host", publicAuthority)
                .header("Origin", gatewayOrigin)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Dest", "document")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<Void> answer = client.send(request, HttpResponse.BodyHandlers.discarding());
            Optional<String> code = answer.headers().firstValue(ErrorCodeHeader.HEADER);
            if (code.isPresent()) {
                return code.get();
            }
            return answer.statusCode() / 100 == 3 ? SIGNED_IN : "status " + answer.statusCode();
        } catch (IOException e) {
            return "no answer: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private Upstream anyNode() {
        return nodes.get(ThreadLocalRandom.current().nextInt(nodes.size()));
    }

    private static Map<String, Long> snapshot(Map<String, AtomicLong> counts) {
        Map<String, Long> out = new TreeMap<>();
        counts.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Hands out send slots at a fixed rate to several workers (a worker that falls behind catches up). */
    private static final class Pacer {
        private final long intervalNanos;
        private final AtomicLong next = new AtomicLong(System.nanoTime());

        Pacer(double perSecond) {
            this.intervalNanos = perSecond <= 0 ? Long.MAX_VALUE / 4 : (long) (1e9 / perSecond);
        }

        /** @return false when interrupted */
        boolean await() {
            long slot = next.getAndAdd(intervalNanos);
            long wait = slot - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return false;
                }
            }
            return true;
        }
    }
}

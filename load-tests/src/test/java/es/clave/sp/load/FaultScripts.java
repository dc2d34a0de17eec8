package es.clave.sp.load;

import es.clave.sp.load.infra.FaultPlan;
import es.clave.sp.load.infra.NodeProcess;
import es.clave.sp.load.scenario.Scenario.Script;
import es.clave.sp.load.scenario.Timeline;
import java.time.Duration;
import java.util.List;

/**
 * The faults of the load test, each a {@link Script}: load first (every user mid-journey), then
 * the fault for {@link LoadProfile#faultLength()}, then its end; recovery is the system's job.
 * What a script sees that the journeys cannot (a feed refresh's outcome) goes to {@code problems}.
 */
final class FaultScripts {

    private final LoadEnvironment env;
    private final LoadProfile profile;
    private final List<String> problems;

    FaultScripts(LoadEnvironment env, LoadProfile profile, List<String> problems) {
        this.env = env;
        this.profile = profile;
        this.problems = problems;
    }

    /** No fault: the baseline. */
    Script quiet() {
        return (t, users) -> t.sleep(profile.beforeFault().plus(profile.faultLength()));
    }

    /** Redis killed (SIGKILL, no persistence: every key lost) and started again empty. */
    Script redisRestart() {
        return (t, users) -> {
            t.sleep(profile.beforeFault());
            t.faultStarts("Redis killed (SIGKILL; it keeps nothing on disk)");
            env.redis.kill();
            t.sleep(profile.faultLength());
            env.redis.startServer();
            t.faultEnds("Redis started again, empty");
        };
    }

    /** The application's PostgreSQL sessions terminated, then the server crashed (immediate stop) and started again. */
    Script postgresRestart() {
        return (t, users) -> {
            t.sleep(profile.beforeFault());
            t.faultStarts("PostgreSQL: every application connection terminated (pg_terminate_backend)");
            t.note(env.postgres.terminateApplicationConnections() + " connections terminated");
            t.sleep(profile.faultLength().dividedBy(2));
            env.postgres.stopImmediately();
            t.note("PostgreSQL stopped (-m immediate: a crash, recovery at the next start)");
            t.sleep(profile.faultLength().dividedBy(2));
            env.postgres.startServer();
            t.faultEnds("PostgreSQL started again on the same data");
        };
    }

    /**
     * The certificate feed answers 500, then never answers; each time both nodes are asked to
     * refresh (as their schedule would), must report the failure and keep the last good certificate.
     */
    Script feedDown(Cluster cluster) {
        return (t, users) -> {
            t.sleep(profile.beforeFault());
            t.faultStarts("certificate feed answers 500");
            env.faults.feed(FaultPlan.Feed.ERROR_500);
            expectRefresh(t, cluster, "FETCH_FAILED");
            t.sleep(profile.faultLength().dividedBy(2));
            t.note("certificate feed hangs (no answer; the nodes' feed timeout is 5 s)");
            env.faults.feed(FaultPlan.Feed.HANG);
            expectRefresh(t, cluster, "FETCH_FAILED");
            t.sleep(profile.faultLength().dividedBy(2));
            env.faults.feed(FaultPlan.Feed.NORMAL);
            expectRefresh(t, cluster, null);
            t.faultEnds("certificate feed answers again");
        };
    }

    /** 30 % of the gateway stub's answers delayed by 2 s. */
    Script slowGateway() {
        return (t, users) -> {
            t.sleep(profile.beforeFault());
            t.faultStarts("30 % of the stub's answers 2 s late");
            env.faults.slow(0.3, Duration.ofSeconds(2));
            t.sleep(profile.faultLength());
            env.faults.slow(0, Duration.ZERO);
            t.faultEnds("stub answers at once again");
        };
    }

    /** One node killed (SIGKILL) with requests in flight, and started again on the same port (down until it serves). */
    Script nodeKill(NodeProcess node) {
        return (t, users) -> {
            t.sleep(profile.beforeFault());
            t.faultStarts(node.name() + " killed (SIGKILL)");
            node.kill();
            // started again at once: on a loaded machine the JVM's start-up is itself a long outage
            node.start();
            node.awaitReady();
            t.faultEnds(node.name() + " serves again");
        };
    }

    private void expectRefresh(Timeline t, Cluster cluster, String outcome) {
        String said = cluster.refreshFeeds();
        t.note("feed refresh: " + said);
        // under load a healthy feed can still miss one timeout: an operator's check asks again
        for (int retry = 0; outcome == null && said.contains("FETCH_FAILED") && retry < 2; retry++) {
            said = cluster.refreshFeeds();
            t.note("feed refresh again: " + said);
        }
        for (NodeProcess n : cluster.nodes()) {
            boolean failed = said.contains(n.name() + ": FETCH_FAILED");
            if (outcome != null ? !failed : failed) {
                problems.add("feed refresh on " + n.name() + " was expected to " + (outcome != null ? "fail" : "succeed")
                        + ": " + said);
            }
            if (!said.contains(n.name() + ": " + (failed ? "FETCH_FAILED" : "UPDATED") + " trusted=1")) {
                problems.add(n.name() + " does not trust exactly the feed's certificate after the refresh: " + said);
            }
        }
    }
}

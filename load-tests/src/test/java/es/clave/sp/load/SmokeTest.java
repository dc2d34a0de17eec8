package es.clave.sp.load;

import es.clave.sp.load.journey.Journey;
import es.clave.sp.load.scenario.Expectations;
import es.clave.sp.load.scenario.Scenario;
import es.clave.sp.load.scenario.ScenarioResult;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmokeTest {
    static double[] cpu(Cluster c) throws Exception {
        return new double[] {ticks(ProcessHandle.current().pid()), ticks(c.servlet.pid()), ticks(c.spring.pid())};
    }
    static double ticks(long pid) throws Exception {
        String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat")).split("\\) ")[1].split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }
    @Test
    void smoke() throws Exception {
        try (LoadEnvironment env = LoadEnvironment.start(Path.of("target/load-tests"), 200)) {
            for (String store : System.getProperty("smoke.stores", "redis").split(",")) {
                long t = System.nanoTime();
                try (Cluster c = Cluster.start(env, store)) {
                    System.out.println(store + " cluster up in " + (System.nanoTime() - t) / 1e9 + " s");
                    System.out.println(c.refreshFeeds());
                    for (String spec : System.getProperty("smoke.runs", "10:0,100:0").split(",")) {
                        int users = Integer.parseInt(spec.split(":")[0]);
                        Duration think = Duration.ofMillis(Long.parseLong(spec.split(":")[1]));
                        Journey j = new Journey(env.client, env.balancer.baseUri(), Duration.ofSeconds(30), think, env.acceptances);
                        double[] before = cpu(c);
                        ScenarioResult r = new Scenario(j, env.citizens, store).run("probe " + spec, users,
                                (tl, p) -> tl.sleep(Duration.ofSeconds(Long.getLong("smoke.seconds", 15))), Expectations.nothingFails(), 0, Duration.ZERO);
                        System.out.println(r.summary());
                        System.out.println("  requests " + r.requestLatency(x -> true));
                        double[] after = cpu(c);
                        System.out.printf("  cpu ms/journey: test-jvm %.1f servlet %.1f spring %.1f%n", (after[0]-before[0])*1000/r.journeys().size(),
                            (after[1]-before[1])*1000/r.journeys().size(), (after[2]-before[2])*1000/r.journeys().size());
                    }
                }
            }
            System.out.println("doubles " + env.acceptances.doubles() + " total " + env.acceptances.total());
        }
    }
}

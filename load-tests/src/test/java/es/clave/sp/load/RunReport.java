package es.clave.sp.load;

import es.clave.sp.load.attack.Attacker;
import es.clave.sp.load.scenario.ScenarioResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one run as Markdown ({@code target/load-tests/report.md}): one table row per
 * scenario, the attacker's counts, the verdicts and every scenario's timeline. The numbers in
 * {@code load-tests/README.md} are copied from such a report.
 */
final class RunReport {

    private final LoadProfile profile;
    private final List<ScenarioResult> scenarios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    RunReport(LoadProfile profile) {
        this.profile = profile;
    }

    void add(ScenarioResult r) {
        scenarios.add(r);
        System.out.println(r.summary());
    }

    void note(String line) {
        notes.add(line);
        System.out.println(line);
    }

    void attack(Attacker a, double seconds) {
        note(String.format(Locale.ROOT, "attacker: %d replays (%.1f/s) answered %s; %d accepted; %d garbage posts of %d bytes answered %s",
                a.replays(), a.replays() / seconds, a.replayAnswers(), a.replaysAccepted(), a.garbagePosts(),
                Attacker.GARBAGE_BYTES, a.garbageAnswers()));
    }

    int journeys() {
        return scenarios.stream().mapToInt(s -> s.journeys().size()).sum();
    }

    Path write(Path dir) throws IOException {
        StringBuilder md = new StringBuilder("# Load and fault run (profile ").append(profile.name()).append(")\n\n");
        md.append("| scenario | store | users | journeys | wall s | journeys/s | journey p50 / p95 / p99 ms | outcomes | failures | mid-journey at fault | load avg before → after |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (ScenarioResult r : scenarios) {
            var p = r.journeyLatency();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.0f / %.0f / %.0f | %s | %s | %d | %s → %s |%n",
                    r.name(), r.store(), r.users(), r.journeys().size(), r.wallNanos() / 1e9, r.throughput(),
                    p.p50(), p.p95(), p.p99(), r.outcomes(), r.failures(), r.midJourneyAtFault(), r.loadBefore(), r.loadAfter()));
        }
        md.append("\n");
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        for (ScenarioResult r : scenarios) {
            md.append("\n## ").append(r.name()).append(" (").append(r.store()).append(")\n\n```\n");
            r.timeline().events().forEach(e -> md.append(e).append('\n'));
            md.append("```\n");
        }
        Path file = dir.resolve("report.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return file;
    }
}

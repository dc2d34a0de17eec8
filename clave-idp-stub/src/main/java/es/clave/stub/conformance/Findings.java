package es.clave.stub.conformance;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while checks run. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** Records a MUST violation of {@code rule}. */
    public void must(String rule, String problem, String fix) {
        list.add(new Finding(rule, Severity.MUST, problem, fix));
    }

    /** Records a SHOULD deviation from {@code rule}. */
    public void should(String rule, String problem, String fix) {
        list.add(new Finding(rule, Severity.SHOULD, problem, fix));
    }

    /** @return whether a MUST violation was recorded */
    public boolean hasViolations() {
        return list.stream().anyMatch(f -> f.severity() == Severity.MUST);
    }

    /** @return the report */
    public ConformanceReport report() {
        return new ConformanceReport(list);
    }
}

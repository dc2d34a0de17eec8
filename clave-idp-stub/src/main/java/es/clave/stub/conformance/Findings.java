package es.clave.stub.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects findings while checks run. */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    /** Records a MUST violation of {@code rule}, described by the texts {@code textKey} with {@code args}. */
    public void must(String rule, String textKey, Object... args) {
        list.add(new Finding(rule, Severity.MUST, textKey, texts(args)));
    }

    /** Records a SHOULD deviation from {@code rule}, described by the texts {@code textKey} with {@code args}. */
    public void should(String rule, String textKey, Object... args) {
        list.add(new Finding(rule, Severity.SHOULD, textKey, texts(args)));
    }

    private static List<String> texts(Object[] args) {
        return Arrays.stream(args).map(String::valueOf).toList();
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

package es.clave.stub.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything the checker found in one request, in the order the checks ran. Tests assert on it:
 * <pre>{@code
 * stub.lastExchange().report().assertNoViolations();
 * assertTrue(report.hasFinding("REQ-13"));
 * }</pre>
 */
public final class ConformanceReport {

    private final List<Finding> findings;

    /** @param findings the findings, in check order */
    public ConformanceReport(List<Finding> findings) {
        this.findings = List.copyOf(findings);
    }

    /** @return every finding */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the MUST findings */
    public List<Finding> violations() {
        return findings.stream().filter(f -> f.severity() == Severity.MUST).toList();
    }

    /** @return the SHOULD findings */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> f.severity() == Severity.SHOULD).toList();
    }

    /** @return whether any MUST rule is broken */
    public boolean hasViolations() {
        return !violations().isEmpty();
    }

    /** @return whether there is no finding at all */
    public boolean isClean() {
        return findings.isEmpty();
    }

    /** @return whether a finding cites {@code ruleId} */
    public boolean hasFinding(String ruleId) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /** @return the distinct rule ids of the MUST findings, in order: the reasons a strict gateway refuses */
    public List<String> violatedRuleIds() {
        return violations().stream().map(Finding::ruleId).distinct().toList();
    }

    /** @return the distinct rule ids cited, in order */
    public List<String> ruleIds() {
        return findings.stream().map(Finding::ruleId).distinct().toList();
    }

    /** @throws AssertionError listing the violations, when there is any */
    public void assertNoViolations() {
        if (hasViolations()) {
            throw new AssertionError("the request breaks Cl@ve rules:\n" + format(violations()));
        }
    }

    /** @throws AssertionError listing the findings, when there is any (MUST or SHOULD) */
    public void assertClean() {
        if (!isClean()) {
            throw new AssertionError("the request has conformance findings:\n" + format(findings));
        }
    }

    /** @return a copy with {@code more} appended */
    public ConformanceReport plus(List<Finding> more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new ConformanceReport(all);
    }

    @Override
    public String toString() {
        return findings.isEmpty() ? "no findings" : format(findings);
    }

    private static String format(List<Finding> list) {
        return list.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
    }
}

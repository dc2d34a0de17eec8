package es.clave.stub.conformance;

import es.clave.stub.i18n.Texts;

import java.util.List;
import java.util.Objects;

/**
 * One conformance problem of a request. Its texts live in the findings bundle (es, ca, gl, eu,
 * en) under {@code <textKey>.problem} and {@code <textKey>.fix}; {@link #problem()} and
 * {@link #fix()} give the English ones (logs, assertion messages, the StatusMessage of a strict
 * rejection), {@link #problem(String)} and {@link #fix(String)} any of the five languages.
 *
 * @param ruleId   the protocol rule, e.g. {@code REQ-7}
 * @param severity MUST (a violation) or SHOULD (a warning)
 * @param textKey  the key of the problem and fix texts
 * @param args     the values the texts quote ({@code {0}}, {@code {1}} …)
 */
public record Finding(String ruleId, Severity severity, String textKey, List<String> args) {

    /** The findings bundle. */
    public static final String BUNDLE = "es.clave.stub.conformance.findings";

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(textKey, "textKey");
        args = args.stream().map(String::valueOf).toList();
        Texts english = Texts.of(BUNDLE, "en");
        if (!english.has(textKey + ".problem") || !english.has(textKey + ".fix")) {
            throw new IllegalArgumentException("no finding texts '" + textKey + ".problem/.fix' in " + BUNDLE);
        }
    }

    /** @return what is wrong, in English, quoting the offending value */
    public String problem() {
        return problem("en");
    }

    /** @return one English sentence saying what to change */
    public String fix() {
        return fix("en");
    }

    /** @return what is wrong, in {@code language} (es, ca, gl, eu or en) */
    public String problem(String language) {
        return Texts.of(BUNDLE, language).get(textKey + ".problem", args);
    }

    /** @return what to change, in {@code language} (es, ca, gl, eu or en) */
    public String fix(String language) {
        return Texts.of(BUNDLE, language).get(textKey + ".fix", args);
    }

    /** @return {@code REQ-7 MUST: problem Fix: fix}, in English */
    @Override
    public String toString() {
        return ruleId + " " + severity + ": " + problem() + " Fix: " + fix();
    }
}

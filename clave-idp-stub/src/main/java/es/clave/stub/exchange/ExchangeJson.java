package es.clave.stub.exchange;

import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.conformance.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of exchanges and reports for {@code /stub/api/…}. */
public final class ExchangeJson {

    private ExchangeJson() {
    }

    /** @return the report as a map: {@code violations}, {@code warnings}, {@code findings[]} */
    public static Map<String, Object> report(ConformanceReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("violations", report.violations().size());
        m.put("warnings", report.warnings().size());
        List<Object> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("rule", f.ruleId());
            fm.put("severity", f.severity().name());
            fm.put("problem", f.problem());
            fm.put("fix", f.fix());
            findings.add(fm);
        }
        m.put("findings", findings);
        return m;
    }

    /** @return a summary of {@code e}; with {@code full}, the request and response XML too */
    public static Map<String, Object> exchange(Exchange e, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sequence", e.sequence());
        m.put("receivedAt", e.receivedAt().toString());
        m.put("kind", e.kind().name());
        m.put("spCode", e.spCode());
        m.put("relayState", e.relayState());
        m.put("outcome", e.outcome());
        m.put("responseDestination", e.responseDestination());
        m.put("report", report(e.report()));
        if (full) {
            m.put("requestXml", e.requestXml());
            m.put("responseXml", e.responseXml());
        }
        return m;
    }
}

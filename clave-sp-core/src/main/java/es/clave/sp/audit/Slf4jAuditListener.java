package es.clave.sp.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The default audit listener: one line per event on the logger {@value #LOGGER_NAME}, INFO for
 * progress and WARN for failures, with the correlation id in the MDC under
 * {@link CorrelationId#MDC_KEY}. Failure details go to DEBUG only: they may quote message content.
 */
public final class Slf4jAuditListener implements AuditListener {

    /** The logger name, so operators can route audit lines to their own appender. */
    public static final String LOGGER_NAME = "es.clave.sp.audit";

    private final Logger log;

    /** Logs to {@value #LOGGER_NAME}. */
    public Slf4jAuditListener() {
        this(LoggerFactory.getLogger(LOGGER_NAME));
    }

    /** Logs to {@code log}. */
    public Slf4jAuditListener(Logger log) {
        this.log = log;
    }

    @Override
    public void onEvent(AuditEvent e) {
        String previous = MDC.get(CorrelationId.MDC_KEY);
        boolean swap = e.correlationId() != null && !e.correlationId().equals(previous);
        if (swap) {
            MDC.put(CorrelationId.MDC_KEY, e.correlationId());
        }
        try {
            String line = format(e);
            if (e.type().isFailure()) {
                log.warn(line);
                if (e.detail() != null && log.isDebugEnabled()) {
                    log.debug("{} detail: {}", e.type(), e.detail());
                }
            } else {
                log.info(line);
            }
        } finally {
            if (swap) {
                if (previous == null) {
                    MDC.remove(CorrelationId.MDC_KEY);
                } else {
                    MDC.put(CorrelationId.MDC_KEY, previous);
                }
            }
        }
    }

    /** @return the log line for {@code e}: {@code TYPE key=value ...}, absent fields omitted */
    static String format(AuditEvent e) {
        StringBuilder sb = new StringBuilder("clave ").append(e.type());
        append(sb, "correlationId", e.correlationId());
        append(sb, "requestId", e.requestId());
        append(sb, "subject", e.subject());
        append(sb, "kind", e.identifierKind());
        append(sb, "method", e.method());
        append(sb, "loa", e.loa());
        if (e.error() != null) {
            append(sb, "error", e.error());
            append(sb, "rule", e.error().ruleId());
            append(sb, "reason", "\"" + e.error().logReason() + "\"");
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String key, Object value) {
        if (value != null) {
            sb.append(' ').append(key).append('=').append(value);
        }
    }
}

package es.clave.sp.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Captures what one logger writes during a test (logback is the test-scope SLF4J binding). Close to detach. */
public final class CapturedLogs implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs(String loggerName) {
        this.logger = (Logger) LoggerFactory.getLogger(loggerName);
        appender.start();
        logger.addAppender(appender);
    }

    /** @return a capture of the logger named {@code name} and its children */
    public static CapturedLogs of(String name) {
        return new CapturedLogs(name);
    }

    /** @return a capture of the logger of {@code type} */
    public static CapturedLogs of(Class<?> type) {
        return new CapturedLogs(type.getName());
    }

    /** @return the events captured so far */
    public List<ILoggingEvent> events() {
        return List.copyOf(appender.list);
    }

    /** @return the formatted messages at {@code level} */
    public List<String> messages(Level level) {
        return events().stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        appender.stop();
    }
}

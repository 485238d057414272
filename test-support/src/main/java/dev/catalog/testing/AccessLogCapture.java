package dev.catalog.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Records the services' access-log lines ("access" logger) for assertions, next to the real output. */
public final class AccessLogCapture implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("access");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    public AccessLogCapture() {
        lines.start();
        logger.addAppender(lines);
    }

    /** The structured fields of each line, as {@code name=value} strings. */
    public List<List<String>> fields() {
        return lines.list.stream()
                .map(event -> event.getKeyValuePairs() == null ? List.<String>of()
                        : event.getKeyValuePairs().stream().map(pair -> pair.key + "=" + pair.value).toList())
                .toList();
    }

    @Override
    public void close() {
        logger.detachAppender(lines);
    }
}

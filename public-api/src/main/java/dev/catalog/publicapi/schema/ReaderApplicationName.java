package dev.catalog.publicapi.schema;

import dev.catalog.model.SchemaVersion;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import jakarta.inject.Singleton;

/**
 * Every connection of this build names the schema it was built for in {@code application_name}, so a
 * migration that would take away what it reads can see it in {@code pg_stat_activity} and refuse to run
 * while it is connected (the listener's connection is always there).
 */
@Singleton
class ReaderApplicationName implements BeanCreatedEventListener<ConnectionFactoryOptions.Builder> {

    private static final Option<String> APPLICATION_NAME = Option.valueOf("applicationName");

    @Override
    public ConnectionFactoryOptions.Builder onCreated(BeanCreatedEvent<ConnectionFactoryOptions.Builder> event) {
        return event.getBean().option(APPLICATION_NAME, SchemaVersion.readerApplicationName());
    }
}

package dev.catalog.admin.schema;

import dev.catalog.model.SchemaVersion;
import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells the migrations which build runs them ({@code ${builtforschema}}): while two releases of
 * admin-service run side by side, the older one must not undo what the newer one's migrations set up
 * (afterMigrate__public_reader_grants.sql). The timeouts' placeholders come from application.yml.
 */
@Singleton
@Named("default")
class MigrationPlaceholders implements FlywayConfigurationCustomizer {

    static final String BUILT_FOR_SCHEMA = "builtforschema";

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
        placeholders.put(BUILT_FOR_SCHEMA, Integer.toString(SchemaVersion.CURRENT));
        configuration.placeholders(placeholders);
    }

    @Override
    public String getName() {
        return "default";
    }
}

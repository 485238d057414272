package dev.catalog.support.deploy;

import io.micronaut.core.value.PropertyResolver;

import java.util.List;

/**
 * One rule of a service's deploy check, read from its settings alone (no database, no network), so the
 * check runs the same at start and as a command.
 */
@FunctionalInterface
public interface DeployRule {

    List<DeployFinding> check(PropertyResolver settings);
}

package dev.catalog.publicapi.replicas;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;

/** True when DB_READ_HOST or DB_READ_HOSTS names a standby. */
public class StandbysConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context) {
        return context.getBean(ReplicaConfiguration.class).standbys().size() > 0;
    }
}

package dev.catalog.load;

import io.gatling.javaapi.core.Simulation;

/**
 * A simulation with staff users: one personal API token for them, issued when it is built, the warm-up
 * before it starts, and the token revoked when it ends.
 */
abstract class StaffSimulation extends Simulation {

    protected final AdminToken token = AdminToken.issue();

    @Override
    public void before() {
        Warmup.run(token);
    }

    @Override
    public void after() {
        token.revoke();
    }
}

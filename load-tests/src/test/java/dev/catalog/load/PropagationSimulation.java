package dev.catalog.load;

import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

/** The propagation check alone: edit, then read public-api until the edit shows. */
public class PropagationSimulation extends Simulation {

    private final AdminToken token = AdminToken.issue();

    {
        setUp(Propagation.scenario(token.secret())
                .injectOpen(constantUsersPerSec(StaffEdits.usersPerSecond()).during(LoadSettings.DURATION)))
                .protocols(Propagation.protocol())
                .assertions(
                        global().failedRequests().percent().lte(LoadSettings.MAX_FAILED_PERCENT),
                        details(Propagation.GROUP).responseTime().percentile(99.0).lte(LoadSettings.PROPAGATION_P99_MS));
    }

    @Override
    public void before() {
        Warmup.run(token);
    }

    @Override
    public void after() {
        token.revoke();
        Propagation.report();
    }
}

package dev.catalog.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

/** The propagation check alone: edit, then read public-api until the edit shows. */
public class PropagationSimulation extends StaffSimulation {

    {
        setUp(Propagation.scenario(token.secret())
                .injectOpen(constantUsersPerSec(StaffEdits.usersPerSecond()).during(LoadSettings.DURATION)))
                .protocols(Propagation.protocol())
                .assertions(
                        global().failedRequests().percent().lte(LoadSettings.MAX_FAILED_PERCENT),
                        details(Propagation.GROUP).responseTime().percentile(99.0).lte(LoadSettings.PROPAGATION_P99_MS));
    }

    @Override
    public void after() {
        super.after();
        Propagation.report();
    }
}

package dev.catalog.load;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.global;

/**
 * The pair as it is really used, all at once: public readers, staff editing, and the propagation check
 * measuring how soon public-api serves each edit while the other two load both services.
 */
public class PairLoadSimulation extends StaffSimulation {

    {
        setUp(
                PublicReads.scenario().injectOpen(constantUsersPerSec(LoadSettings.USERS_PER_SECOND)
                        .during(LoadSettings.DURATION)).protocols(PublicReads.protocol()),
                StaffEdits.scenario().injectOpen(constantUsersPerSec(StaffEdits.usersPerSecond())
                        .during(LoadSettings.DURATION)).protocols(StaffEdits.protocol(token.secret())),
                Propagation.scenario(token.secret()).injectOpen(constantUsersPerSec(StaffEdits.usersPerSecond())
                        .during(LoadSettings.DURATION)).protocols(Propagation.protocol()))
                .assertions(
                        global().failedRequests().percent().lte(LoadSettings.MAX_FAILED_PERCENT),
                        global().responseTime().percentile(95.0).lte(LoadSettings.P95_MS),
                        global().responseTime().percentile(99.0).lte(LoadSettings.P99_MS),
                        details(Propagation.GROUP).responseTime().percentile(99.0).lte(LoadSettings.PROPAGATION_P99_MS));
    }

    @Override
    public void after() {
        super.after();
        Propagation.report();
    }
}

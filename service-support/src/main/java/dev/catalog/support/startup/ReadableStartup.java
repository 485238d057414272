package dev.catalog.support.startup;

import dev.catalog.support.deploy.DeployCheck;
import dev.catalog.support.deploy.DeployFinding;
import ch.qos.logback.classic.LoggerContext;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * Starts a service and, when it cannot start, says why in one readable line instead of a wall of stack
 * traces: the operator at a terminal or in {@code docker compose logs} needs the cause, not the frames.
 */
public final class ReadableStartup extends Micronaut {

    private static final Logger LOG = LoggerFactory.getLogger(ReadableStartup.class);

    /**
     * {@code java -XX:ArchiveClassesAtExit=app.jsa -jar <jar> cds-training}: the image's build starts the
     * service as far as it gets without a database, asks it for its readiness once, and exits 0; the
     * classes loaded meanwhile become the AppCDS archive every container then starts from (half the
     * start time here). It reaches no database, standby or Redis whatever the environment says (see
     * {@link TrainingRun#PROPERTIES}); any other failure fails it.
     */
    public static final String CDS_TRAINING = "cds-training";

    private final String serviceName;
    private final boolean training;

    private ReadableStartup(String serviceName, boolean training) {
        this.serviceName = serviceName;
        this.training = training;
    }

    /**
     * Starts the service, unless {@code CATALOG_ENV=production} and the deploy check finds an error; with
     * the single argument {@code check-deploy}, only prints the check's findings (exit 1 on an error).
     */
    public static ApplicationContext run(String serviceName, Class<?> mainClass, DeployCheck deployCheck,
                                         String... args) {
        DeployCheck.Verdict verdict = deployCheck.atStart();
        if (args.length == 1 && args[0].equals(DeployCheck.COMMAND)) {
            printFindings(serviceName, verdict.findings());
        }
        // Development starts (tests, ./run-local) stay quiet; production says every finding.
        for (DeployFinding finding : verdict.production() ? verdict.findings() : List.<DeployFinding>of()) {
            if (finding.isError()) {
                LOG.error("deploy check: {}", finding.message());
            } else {
                LOG.warn("deploy check: {}", finding.message());
            }
        }
        if (verdict.refused()) {
            LOG.error("{} refuses to start with CATALOG_ENV=production: fix the errors above "
                    + "(run the jar with check-deploy to see them alone)", serviceName);
            exit(1);
        }
        boolean training = args.length == 1 && args[0].equals(CDS_TRAINING);
        ReadableStartup startup = new ReadableStartup(serviceName, training);
        // A real process: SIGTERM takes it out of readiness before it stops (see DrainOnTerm).
        startup.mainClass(mainClass).args(args)
                .properties(training ? TrainingRun.PROPERTIES : Map.of("catalog.shutdown.drain-on-term", true));
        ApplicationContext context = startup.start();
        if (training) {
            try {
                TrainingRun.askReadiness(context);
                context.close();
            } finally {
                exit(0); // whatever happened: the event loops would keep the JVM, and the image build, waiting
            }
        }
        return context;
    }

    private static void printFindings(String serviceName, List<DeployFinding> findings) {
        System.out.println(serviceName + " deploy check: " + (findings.isEmpty() ? "no findings"
                : findings.size() + " finding(s)"));
        findings.forEach(finding -> System.out.println(finding.line()));
        exit(findings.stream().anyMatch(DeployFinding::isError) ? 1 : 0);
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        if (training && TrainingRun.stoppedForWantOfAServer(exception)) {
            // Expected: the classes loaded this far are the archive.
            LOG.info("{} training run stopped where it needs a database: {}", serviceName, StartupFailures.describe(exception));
            exit(0);
        }
        LOG.error("{} could not start: {}", serviceName, StartupFailures.describe(exception));
        if (LOG.isDebugEnabled()) {
            LOG.debug("Start-up failure in full", exception);
        }
        exit(1);
    }

    /** Exits once the log lines saying why are written: the console appender writes on its own thread. */
    private static void exit(int status) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            logback.stop();
        }
        System.exit(status);
    }
}

package dev.catalog.publicapi;

import dev.catalog.publicapi.catalog.CursorSecretRule;
import dev.catalog.support.deploy.DeployCheck;
import dev.catalog.support.startup.ReadableStartup;

import java.util.List;

public class Application {

    private static final String NETTY_ALLOCATOR = "io.netty.allocator.type";
    /** What `java -jar public-api.jar check-deploy` checks, and a production start requires. */
    static final DeployCheck DEPLOY_CHECK = new DeployCheck(List.of(new CursorSecretRule()));

    public static void main(String[] args) {
        // Netty 4.2's default "adaptive" buffer allocator answered about 4% fewer cached reads/s than its
        // "pooled" one in side-by-side runs of bench/public-api-vs-pgbench.sh; -Dio.netty.allocator.type wins.
        if (System.getProperty(NETTY_ALLOCATOR) == null) {
            System.setProperty(NETTY_ALLOCATOR, "pooled");
        }
        ReadableStartup.run("public-api", Application.class, DEPLOY_CHECK, args);
    }
}

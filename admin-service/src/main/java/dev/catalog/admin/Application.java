package dev.catalog.admin;

import dev.catalog.admin.staff.BootstrapPasswordRule;
import dev.catalog.admin.startup.PlainHttpRule;
import dev.catalog.support.deploy.DeployCheck;
import dev.catalog.support.startup.ReadableStartup;

import java.util.List;

public class Application {

    /** What `java -jar admin-service.jar check-deploy` checks, and a production start requires. */
    static final DeployCheck DEPLOY_CHECK = new DeployCheck(List.of(new BootstrapPasswordRule(), new PlainHttpRule()));

    public static void main(String[] args) {
        ReadableStartup.run("admin-service", Application.class, DEPLOY_CHECK, args);
    }
}

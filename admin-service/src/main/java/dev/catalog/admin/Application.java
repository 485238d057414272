package dev.catalog.admin;

import dev.catalog.support.startup.ReadableStartup;

public class Application {

    public static void main(String[] args) {
        ReadableStartup.run("admin-service", Application.class, args);
    }
}

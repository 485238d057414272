package dev.catalog.publicapi;

import dev.catalog.support.startup.ReadableStartup;

public class Application {

    public static void main(String[] args) {
        ReadableStartup.run("public-api", Application.class, args);
    }
}

package dev.catalog.publicapi;

import dev.catalog.support.startup.ReadableStartup;

public class Application {

    private static final String NETTY_ALLOCATOR = "io.netty.allocator.type";

    public static void main(String[] args) {
        // Netty 4.2's default "adaptive" buffer allocator answered about 4% fewer cached reads/s than its
        // "pooled" one in side-by-side runs of bench/public-api-vs-pgbench.sh; -Dio.netty.allocator.type wins.
        if (System.getProperty(NETTY_ALLOCATOR) == null) {
            System.setProperty(NETTY_ALLOCATOR, "pooled");
        }
        ReadableStartup.run("public-api", Application.class, args);
    }
}

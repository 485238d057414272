package dev.catalog.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl in a temporary directory, trust auth on
 * 127.0.0.1), so a test may stop and start it. Never the shared server. As root, the commands run as the
 * postgres OS user, since PostgreSQL refuses to run as root.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private final Path bin;
    private final Path directory;
    private final int port = ManagementPort.freePort();
    private final boolean asPostgresUser = "root".equals(System.getProperty("user.name"));

    private ThrowawayPostgres(Path bin, Path directory) {
        this.bin = bin;
        this.directory = directory;
    }

    public static ThrowawayPostgres create() throws IOException, InterruptedException {
        ThrowawayPostgres cluster = new ThrowawayPostgres(findBinaries(), Files.createTempDirectory("pg-throwaway-"));
        if (cluster.asPostgresUser) {
            cluster.run(List.of("chown", "postgres", cluster.directory.toString()), false);
        }
        cluster.run(List.of(cluster.bin.resolve("initdb").toString(), "-D", cluster.data(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync"), true);
        cluster.start();
        TestDatabase.createPublicReader(cluster.database());
        return cluster;
    }

    /**
     * A hot standby of this cluster, streaming its WAL: a base backup ({@code pg_basebackup -R}, which
     * writes the primary's address into the copy) started as a server of its own.
     */
    public ThrowawayPostgres streamingStandby() throws IOException, InterruptedException {
        ThrowawayPostgres standby = new ThrowawayPostgres(bin, Files.createTempDirectory("pg-standby-"));
        if (asPostgresUser) {
            run(List.of("chown", "postgres", standby.directory.toString()), false);
        }
        run(List.of(bin.resolve("pg_basebackup").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                "-U", "postgres", "-D", standby.data(), "-R", "-X", "stream", "--checkpoint=fast", "--no-sync"), true);
        standby.start();
        return standby;
    }

    public TestDatabase.Coordinates database() {
        return new TestDatabase.Coordinates("127.0.0.1", port, "postgres", "postgres", "");
    }

    public void start() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-l", directory.resolve("postgres.log").toString(),
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory, "-w", "start"), true);
    }

    public void stop() throws IOException, InterruptedException {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data(), "-m", "fast", "-w", "stop"), true);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (IllegalStateException alreadyStopped) {
            // fine: the test may have left it stopped
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    private void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres && asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
        }
    }

    private static Path findBinaries() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(candidate -> Files.isExecutable(candidate.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("no initdb under /usr/lib/postgresql/*/bin: "
                            + "install PostgreSQL's server package to run the tests with a cluster of their own"));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalStateException("PostgreSQL's initdb/pg_ctl are needed for the tests with a cluster of their own "
                    + "(Debian: apt-get install postgresql)", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

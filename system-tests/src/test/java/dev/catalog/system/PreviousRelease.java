package dev.catalog.system;

import dev.catalog.testing.ProjectFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jars of the release before a schema change, built from this repository's own history the way a
 * deploy has them: the commit before the one that added {@code firstMigration}, checked out in a
 * temporary worktree and packaged. Built once per commit and kept under target/.
 */
final class PreviousRelease {

    private static final Path LOGS = Path.of("target", "system-tests");
    private static final String MIGRATIONS = "admin-service/src/main/resources/db/migration/";
    private static final String VERSION = "0.1.0-SNAPSHOT";

    final String commit;
    final Path adminJar;
    final Path publicJar;

    private PreviousRelease(String commit, Path jars) {
        this.commit = commit;
        this.adminJar = jars.resolve("admin-service-" + VERSION + ".jar");
        this.publicJar = jars.resolve("public-api-" + VERSION + ".jar");
    }

    /** The release whose newest migration is the one before {@code firstMigration} (a file name). */
    static synchronized PreviousRelease before(String firstMigration) throws IOException, InterruptedException {
        Path repository = ProjectFiles.find(".git").getParent().toAbsolutePath();
        String added = last(git(repository, "log", "--format=%H", "--diff-filter=A", "--", MIGRATIONS + firstMigration));
        if (added.isEmpty()) {
            throw new IllegalStateException("no commit in this clone adds " + firstMigration
                    + " (a shallow clone?): the schema-change test needs the history to build the release before it");
        }
        String commit = git(repository, "rev-parse", added + "^").strip();
        Path jars = Path.of("target", "previous-release", commit).toAbsolutePath();
        PreviousRelease release = new PreviousRelease(commit, jars);
        if (!Files.isReadable(release.adminJar) || !Files.isReadable(release.publicJar)) {
            build(repository, commit, jars);
        }
        return release;
    }

    private static void build(Path repository, String commit, Path jars) throws IOException, InterruptedException {
        Path worktree = Files.createTempDirectory("catalog-previous-release-");
        Files.delete(worktree);
        git(repository, "worktree", "add", "--detach", worktree.toString(), commit);
        try {
            Files.createDirectories(LOGS);
            Path log = LOGS.resolve("previous-release-build.log");
            // the same Maven repository as this build, so nothing is downloaded again; tests not even compiled
            Process maven = new ProcessBuilder("./mvnw", "-B", "-q", "package", "-Dmaven.test.skip=true",
                    "-pl", "admin-service,public-api", "-am")
                    .directory(worktree.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!maven.waitFor(10, TimeUnit.MINUTES) || maven.exitValue() != 0) {
                maven.destroyForcibly();
                throw new IllegalStateException("building the previous release (" + commit + ") failed; see " + log);
            }
            Files.createDirectories(jars);
            for (String module : List.of("admin-service", "public-api")) {
                Path jar = worktree.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
                Files.copy(jar, jars.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            git(repository, "worktree", "remove", "--force", worktree.toString());
        }
    }

    private static String last(String lines) {
        List<String> all = lines.lines().filter(line -> !line.isBlank()).toList();
        return all.isEmpty() ? "" : all.get(all.size() - 1);
    }

    private static String git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}

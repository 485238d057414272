package dev.catalog.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One run of a packaged service's jar to its exit (a command, or a start that must stop by itself). */
record JarRun(int exitCode, String output) {

    /**
     * Runs the jar named by the system property {@code jarProperty} (adminJar, publicJar) and waits for it,
     * 60 s at most: one that hangs is killed and fails the test.
     */
    static JarRun of(String jarProperty, List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of(System.getProperty(jarProperty)).toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("jar-run", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 60 s: " + command + "\n" + Files.readString(output));
            }
            return new JarRun(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}

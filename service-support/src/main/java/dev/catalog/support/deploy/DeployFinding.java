package dev.catalog.support.deploy;

/** One thing the deploy check found: an error stops a production start, a warning is only said. */
public record DeployFinding(Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public static DeployFinding error(String message) {
        return new DeployFinding(Severity.ERROR, message);
    }

    public static DeployFinding warning(String message) {
        return new DeployFinding(Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The finding as one line, as the log and the command print it. */
    public String line() {
        return severity + ": " + message;
    }
}

package dev.catalog.support.startup;

/** A start-up failure whose message already says what happened and what to do. */
public class ExplainedStartupFailure extends RuntimeException {

    public ExplainedStartupFailure(String message) {
        super(message, null, false, false);
    }
}

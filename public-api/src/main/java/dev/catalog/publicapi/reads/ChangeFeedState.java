package dev.catalog.publicapi.reads;

/** Whether the database's change notifications are reaching this process right now. */
public interface ChangeFeedState {

    /** True while every committed change is being announced to the cache; false while it may miss some. */
    boolean isLive();
}

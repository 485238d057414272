package dev.catalog.admin.audit;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A page of history, newest first. */
@Serdeable
public record HistoryPage(List<HistoryEntry> items, int page, int size) {
}

package dev.catalog.admin.catalog;

import io.micronaut.data.model.Pageable;

import java.util.List;

/**
 * A page of a list too long to count on every request: whether a next page exists is exact (one row
 * more was read); the matches are counted only so far beyond the page ({@link MatchCount}).
 */
record CountedPage<T>(List<T> items, Pageable pageable, boolean hasNext, MatchCount matches) {
}

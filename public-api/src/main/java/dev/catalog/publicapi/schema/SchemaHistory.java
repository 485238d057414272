package dev.catalog.publicapi.schema;

import reactor.core.publisher.Mono;

/** What the schema handshake reads from the database. */
interface SchemaHistory {

    /** The newest migration applied; empty before the first. */
    Mono<String> findNewestVersion();

    /** The oldest build that may read the database; an undefined table before V10. */
    Mono<Integer> findReadableByBuildsFrom();
}

package dev.catalog.admin.catalog;

import dev.catalog.support.problem.Problem;
import dev.catalog.support.problem.ProblemException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Staff schedule a product (or a selection) to publish or archive at a given time, see what is scheduled
 * and cancel it. {@link DueScheduledChanges} runs them.
 */
@Singleton
class ScheduleService {

    /** A list of schedules shows at most this many; there are rarely more waiting. */
    static final int LIST_LIMIT = 500;

    private final ScheduledChangeRepository schedules;
    private final ProductRepository products;
    private final SecurityService security;
    private final Clock clock = Clock.systemUTC();

    ScheduleService(ScheduledChangeRepository schedules, ProductRepository products, SecurityService security) {
        this.schedules = schedules;
        this.products = products;
        this.security = security;
    }

    /** All of {@code productIds} or none. */
    @Transactional
    List<ScheduledChangeView> schedule(List<Long> productIds, ScheduledAction action, Instant runAt) {
        if (!runAt.isAfter(clock.instant())) {
            throw new InvalidScheduleException("runAt", "must be in the future");
        }
        if (productIds.isEmpty()) {
            throw new InvalidScheduleException("productIds", "must name at least one product");
        }
        String scheduledBy = security.username().orElseThrow();
        Set<Long> created = new HashSet<>();
        try {
            for (long productId : productIds.stream().distinct().toList()) {
                if (!products.existsById(productId)) {
                    throw new CatalogObjectNotFoundException("product", productId);
                }
                created.add(schedules.save(ScheduledChange.of(productId, action, runAt, scheduledBy)).id());
            }
        } catch (DataAccessException e) {
            // deleted since the check above
            if (PostgresConstraints.isForeignKey(e, "scheduled_change_product_fk")) {
                throw new InvalidScheduleException("productIds", "a product was deleted meanwhile");
            }
            throw e;
        }
        return schedules.findPendingOf(productIds).stream().filter(view -> created.contains(view.id())).toList();
    }

    List<ScheduledChangeView> pending() {
        return schedules.findPending(null, LIST_LIMIT);
    }

    List<ScheduledChangeView> pendingOf(long productId) {
        return schedules.findPending(productId, LIST_LIMIT);
    }

    /** The changes waiting for each of {@code productIds}, soonest first. */
    Map<Long, List<ScheduledChangeView>> pendingOf(List<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return schedules.findPendingOf(productIds).stream()
                .collect(Collectors.groupingBy(ScheduledChangeView::productId));
    }

    /**
     * Cancels a change that has not run. One that has run, or is running now on some instance (the
     * delete waits for it), or was cancelled already, is not found: nothing is cancelled behind staff's back.
     */
    @Transactional
    ScheduledChange cancel(long id) {
        ScheduledChange change = schedules.findById(id)
                .orElseThrow(() -> new CatalogObjectNotFoundException("schedule", id));
        if (schedules.deleteWaiting(id) == 0) {
            throw new CatalogObjectNotFoundException("schedule", id);
        }
        return change;
    }

    /**
     * A time from a staff form ({@code <input type="datetime-local">}, "2026-12-24T00:00"), read as UTC like
     * every time the pages show; null when it is missing or not a time.
     */
    @Nullable
    static Instant fromForm(@Nullable String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static final class InvalidScheduleException extends ProblemException {

        InvalidScheduleException(String field, String reason) {
            super(HttpStatus.BAD_REQUEST, "schedule.invalid", "Invalid input", field + " " + reason + ".",
                    List.of(new Problem.InvalidParam(field, reason)));
        }
    }
}

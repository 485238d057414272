package dev.catalog.admin.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Writes the history. It must run inside the transaction of the change it records (MANDATORY): a
 * change is committed with its history or not at all.
 */
@Singleton
public class AuditService {

    static final String SYSTEM = "system";

    private final AuditRepository entries;
    private final AuditOriginRepository origins;
    private final SecurityService security;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    AuditService(AuditRepository entries, AuditOriginRepository origins, SecurityService security, JsonMapper json) {
        this.entries = entries;
        this.origins = origins;
        this.security = security;
        this.json = json;
    }

    /** Records {@code action} on an object; an UPDATE that changed no field is not recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String objectType, long objectId, String objectLabel, FieldDiff diff) {
        record(action, objectType, objectId, objectLabel, diff, null);
    }

    /** As {@link #record}, for a change that came from {@code origin} (a scheduled one is its scheduler's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String objectType, long objectId, String objectLabel, FieldDiff diff,
                       @Nullable ChangeOrigin origin) {
        if (action == AuditAction.UPDATE && diff.isEmpty()) {
            return;
        }
        String actor = origin != null && origin.onBehalfOf() != null
                ? origin.onBehalfOf()
                : security.username().orElse(SYSTEM);
        AuditEntry entry = entries.save(new AuditEntry(null, clock.instant(), actor, action, objectType, objectId,
                objectLabel, toJson(diff)));
        if (origin != null) {
            origins.insert(entry.id(), origin.kind().name(), origin.id());
        }
    }

    private String toJson(FieldDiff diff) {
        try {
            return json.writeValueAsString(diff.changes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

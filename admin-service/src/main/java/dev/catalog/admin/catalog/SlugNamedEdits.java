package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.AuditAction;
import dev.catalog.admin.audit.AuditService;
import dev.catalog.admin.audit.ChangeOrigin;
import dev.catalog.admin.audit.PastVersion;
import dev.catalog.admin.audit.PastVersions;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;

import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The edit rules categories and brands share, in one place: a slug no other one has (checked first, then
 * guarded by the unique constraint), an edit applies to the version it was based on, no deleting one that
 * products still use (checked, then guarded by the foreign key), and every change is in the history. Runs
 * inside the transaction of the service that calls it.
 */
final class SlugNamedEdits<T> {

    static final SortableFields SORTABLE = new SortableFields(Set.of("id", "slug", "name", "createdAt", "updatedAt"));

    private final SlugNamedRepository<T> repository;
    private final SlugNamedKind<T> kind;
    private final LongPredicate usedByProducts;
    private final AuditService audit;
    private final PastVersions versions;

    SlugNamedEdits(SlugNamedRepository<T> repository, SlugNamedKind<T> kind, LongPredicate usedByProducts,
                   AuditService audit, PastVersions versions) {
        this.repository = repository;
        this.kind = kind;
        this.usedByProducts = usedByProducts;
        this.audit = audit;
        this.versions = versions;
    }

    Page<T> list(Pageable pageable) {
        return repository.findAll(SORTABLE.check(pageable));
    }

    T require(long id) {
        return repository.findById(id).orElseThrow(() -> new CatalogObjectNotFoundException(kind.type(), id));
    }

    T create(T draft) {
        String slug = kind.slug().apply(draft);
        if (repository.existsBySlug(slug)) {
            throw new ValueTakenException(kind.type(), "slug", slug);
        }
        T created = saveGuarded(slug, () -> repository.save(draft));
        record(AuditAction.CREATE, null, created, null);
        return created;
    }

    /** {@code edit} turns the current object into the edited one, keeping its id and {@code editedVersion}. */
    T update(long id, long editedVersion, UnaryOperator<T> edit) {
        return update(id, editedVersion, edit, null);
    }

    /** The object as it was right after history entry {@code entryId}. */
    PastVersion version(long id, long entryId) {
        return versions.after(kind.type(), id, entryId, kind.changes().between(null, require(id)).newValues());
    }

    /** As {@link #update(long, long, UnaryOperator)}, recorded as a revert to history entry {@code entryId}. */
    T revert(long id, long entryId, long editedVersion, UnaryOperator<T> edit) {
        return update(id, editedVersion, edit, ChangeOrigin.revertTo(entryId));
    }

    /** The fields of a deleted object just before its latest deletion; refused while it exists. */
    PastVersion deleted(long id) {
        if (repository.existsById(id)) {
            throw new NotDeletedException(kind.type(), id);
        }
        return versions.beforeDeletion(kind.type(), id);
    }

    /** Puts {@code revived} (made from {@link #deleted}) back under its own id with {@code insert}. */
    T restore(PastVersion deleted, T revived, Consumer<T> insert) {
        String slug = kind.slug().apply(revived);
        if (repository.existsBySlug(slug)) {
            throw new ValueTakenException(kind.type(), "slug", slug);
        }
        long id = kind.id().apply(revived);
        try {
            saveGuarded(slug, () -> {
                insert.accept(revived);
                return revived;
            });
        } catch (DataAccessException e) {
            // restored by someone else since the check in deleted()
            if (PostgresConstraints.isUnique(e, kind.type() + "_pkey")) {
                throw new NotDeletedException(kind.type(), id);
            }
            throw e;
        }
        T restored = require(id);
        record(AuditAction.CREATE, null, restored, ChangeOrigin.restoreFrom(deleted.entry().id()));
        return restored;
    }

    private T update(long id, long editedVersion, UnaryOperator<T> edit, @Nullable ChangeOrigin origin) {
        T current = require(id);
        if (kind.version().apply(current) != editedVersion) {
            throw new VersionConflictException(kind.type(), id, editedVersion);
        }
        T edited = edit.apply(current);
        String slug = kind.slug().apply(edited);
        if (repository.existsBySlugAndIdNotEqual(slug, id)) {
            throw new ValueTakenException(kind.type(), "slug", slug);
        }
        try {
            T updated = saveGuarded(slug, () -> repository.update(edited));
            record(AuditAction.UPDATE, current, updated, origin);
            return updated;
        } catch (OptimisticLockException e) {
            throw new VersionConflictException(kind.type(), id, editedVersion);
        }
    }

    void delete(long id) {
        T current = require(id);
        if (usedByProducts.test(id)) {
            throw kind.inUse().apply(id);
        }
        try {
            repository.deleteById(id);
            record(AuditAction.DELETE, current, null, null);
        } catch (DataAccessException e) {
            // A product was given it since the check above.
            if (PostgresConstraints.isForeignKey(e, kind.productForeignKey())) {
                throw kind.inUse().apply(id);
            }
            throw e;
        }
    }

    private void record(AuditAction action, @Nullable T before, @Nullable T after, @Nullable ChangeOrigin origin) {
        T object = after == null ? before : after;
        audit.record(action, kind.type(), kind.id().apply(object), kind.slug().apply(object),
                kind.changes().between(before, after), origin);
    }

    // The checks above can race with another writer; the database's constraint has the last word.
    private T saveGuarded(String slug, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (PostgresConstraints.isUnique(e, kind.slugConstraint())) {
                throw new ValueTakenException(kind.type(), "slug", slug);
            }
            throw e;
        }
    }
}

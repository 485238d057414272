package dev.catalog.admin.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/** An import as staff see it: who uploaded and confirmed it, and how many rows do (or did) what. */
@Serdeable
record ImportSummary(Header header, Map<Count, Integer> counts) {

    /** What a preview's rows would do, and what the confirm did. */
    enum Count { CREATE, UPDATE, UNCHANGED, ERROR, APPLIED, CONFLICT }

    @Serdeable
    record Header(long id, String fileName, String createdBy, Instant createdAt,
                  @Schema(description = "PREVIEWED (nothing written yet) or APPLIED.") String status,
                  @Nullable String confirmedBy, @Nullable Instant confirmedAt) {

        static Header of(ResultSet row) throws SQLException {
            Timestamp confirmed = row.getTimestamp("confirmed_at");
            return new Header(row.getLong("id"), row.getString("file_name"), row.getString("created_by"),
                    row.getTimestamp("created_at").toInstant(), row.getString("status"),
                    row.getString("confirmed_by"), confirmed == null ? null : confirmed.toInstant());
        }

        public boolean isApplied() {
            return "APPLIED".equals(status);
        }
    }

    public int count(Count count) {
        return counts.getOrDefault(count, 0);
    }

    /** For the pages: a count by its name ("CREATE", "CONFLICT"). */
    public int countOf(String name) {
        return count(Count.valueOf(name));
    }

    public int rows() {
        return count(Count.CREATE) + count(Count.UPDATE) + count(Count.UNCHANGED) + count(Count.ERROR);
    }

    /** A preview with an error row cannot be confirmed: the file is fixed and uploaded again. */
    public boolean isConfirmable() {
        return !header.isApplied() && count(Count.ERROR) == 0 && count(Count.CREATE) + count(Count.UPDATE) > 0;
    }
}

package dev.catalog.admin.catalog;

import dev.catalog.admin.audit.FieldChange;
import dev.catalog.support.problem.Problem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** One row of an import: what it would do (or did), the field-by-field diff, or every error of the row. */
@Serdeable
record ImportRowView(
        @Schema(description = "Its row number in the file; the header is row 1.") int line,
        String sku,
        ImportOutcome outcome,
        @Nullable @Schema(description = "After the confirm: APPLIED or CONFLICT (changed since the preview).") String result,
        @Nullable Long productId,
        Map<String, FieldChange> changes,
        List<Problem.InvalidParam> errors) {

    private static final Argument<Map<String, FieldChange>> CHANGES =
            Argument.mapOf(Argument.STRING, Argument.of(FieldChange.class));
    private static final Argument<List<Problem.InvalidParam>> ERRORS = Argument.listOf(Problem.InvalidParam.class);

    static ImportRowView of(ResultSet row, JsonMapper json) throws SQLException {
        long id = row.getLong("product_id");
        Long productId = row.wasNull() ? null : id;
        return new ImportRowView(row.getInt("line"), row.getString("sku"),
                ImportOutcome.valueOf(row.getString("outcome")), row.getString("result"), productId,
                read(json, row.getString("changes"), CHANGES, Map.of()),
                read(json, row.getString("errors"), ERRORS, List.of()));
    }

    private static <T> T read(JsonMapper json, @Nullable String text, Argument<T> type, T empty) {
        try {
            return text == null ? empty : json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

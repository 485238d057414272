package dev.catalog.admin.catalog;

import io.micronaut.http.HttpStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A CSV file of products as staff upload it, spooled to a temporary file, then read one row at a time
 * (memory stays bounded whatever its size): the columns of the export, UTF-8 (a byte-order mark is
 * allowed, as spreadsheets write one), at most {@code maxBytes}. What is wrong with the file as a whole is an {@link ImportRefusedException}.
 */
final class ProductImportFile {

    static final Set<String> REQUIRED = Set.of("sku", "name", "category", "price", "currency", "stock");
    static final Set<String> OPTIONAL = Set.of("description", "brand", "status");
    /** The export's own columns that an import leaves alone: sku identifies a product, times are the database's. */
    static final Set<String> IGNORED = Set.of("id", "updated_at");

    /**
     * One data row: its row number in the file (the header is row 1), its cells by column, and how many
     * cells it has against how many columns the header names.
     */
    record Row(int number, Map<String, String> cells, int cellCount, int columnCount) {
        boolean has(String column) {
            return cells.containsKey(column);
        }

        /** What identifies its product. */
        String sku() {
            return cells.getOrDefault("sku", "").strip();
        }
    }

    private ProductImportFile() {
    }

    /**
     * Copies an upload to a temporary file, refusing it past {@code maxBytes}: it arrives at the client's
     * pace, and no database connection should wait for it.
     */
    static Path spool(InputStream upload, long maxBytes) {
        try {
            Path file = Files.createTempFile("product-import", ".csv");
            try (InputStream in = new SizeLimit(upload, maxBytes)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                return file;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw e instanceof TooBigException
                    ? new ImportRefusedException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "too-big",
                    "The file is larger than " + maxBytes / (1024 * 1024) + " MB (ADMIN_IMPORT_MAX_SIZE).")
                    : new ImportRefusedException(HttpStatus.BAD_REQUEST, "unreadable", "The upload broke off.");
        }
    }

    /**
     * Reads {@code file} to its end, its header checked, each data row to {@code rows}. Only what is wrong
     * with the file is a refusal; what {@code rows} throws passes as it is.
     */
    static void read(Path file, Consumer<Row> rows) {
        try (Reader reader = utf8(Files.newInputStream(file));
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!hasNext(records)) {
                throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "empty", "The file is empty.");
            }
            List<String> columns = columns(next(records));
            while (hasNext(records)) {
                CSVRecord record = next(records);
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // a blank line, as at the end of many files
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    cells.put(columns.get(i), record.get(i));
                }
                rows.accept(new Row((int) record.getRecordNumber(), cells, record.size(), columns.size()));
            }
        } catch (IOException e) {
            throw notReadable(e);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw notReadable(e.getCause());
        } catch (IllegalStateException e) {
            throw notCsv(e);
        }
    }

    private static CSVRecord next(Iterator<CSVRecord> records) {
        try {
            return records.next();
        } catch (UncheckedIOException e) {
            throw notReadable(e.getCause());
        } catch (IllegalStateException e) {
            throw notCsv(e);
        }
    }

    private static List<String> columns(CSVRecord record) {
        List<String> header = new ArrayList<>();
        record.forEach(column -> header.add(column.strip().toLowerCase(java.util.Locale.ROOT)));
        Set<String> unknown = new TreeSet<>(header);
        unknown.removeAll(REQUIRED);
        unknown.removeAll(OPTIONAL);
        unknown.removeAll(IGNORED);
        if (!unknown.isEmpty()) {
            throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "unknown-columns", "Unknown column(s) "
                    + unknown + "; the columns are those of the export: " + new TreeSet<>(allColumns()) + ".");
        }
        Set<String> missing = new TreeSet<>(REQUIRED);
        header.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "missing-columns",
                    "Missing column(s) " + missing + ".");
        }
        if (Set.copyOf(header).size() != header.size()) {
            throw new ImportRefusedException(HttpStatus.BAD_REQUEST, "duplicate-columns", "A column appears twice.");
        }
        return header;
    }

    private static Set<String> allColumns() {
        Set<String> all = new TreeSet<>(REQUIRED);
        all.addAll(OPTIONAL);
        all.addAll(IGNORED);
        return all;
    }

    private static ImportRefusedException notReadable(Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new ImportRefusedException(HttpStatus.BAD_REQUEST, "not-utf8",
                    "The file is not UTF-8 text; save it as \"CSV UTF-8\" and upload it again.");
        }
        return notCsv(cause);
    }

    // commons-csv's messages name the line and what it found there
    private static ImportRefusedException notCsv(Throwable cause) {
        return new ImportRefusedException(HttpStatus.BAD_REQUEST, "not-csv", "The file is not valid CSV: "
                + cause.getMessage());
    }

    // Strict: a byte that is not UTF-8 stops the read instead of turning into a replacement character.
    private static Reader utf8(InputStream in) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        byte[] start = bytes.readNBytes(3);
        boolean bom = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!bom && start.length > 0) {
            bytes.unread(start);
        }
        return new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static final class TooBigException extends IOException {
    }

    private static final class SizeLimit extends FilterInputStream {

        private final long maxBytes;
        private long read;

        SizeLimit(InputStream in, long maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new TooBigException();
            }
        }
    }
}

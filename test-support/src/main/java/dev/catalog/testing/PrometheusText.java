package dev.catalog.testing;

/** Reads one sample out of a /prometheus scrape (the text exposition format). */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The value of the first sample whose name and labels start with {@code series}: a bare name
     * ({@code catalog_changes_lag_seconds_count}) or a name and the first labels
     * ({@code catalog_reads_queries_total{target="primary"}), or {@code otherwise} if there is none.
     */
    public static double value(String scrape, String series, double otherwise) {
        return scrape.lines()
                .filter(line -> line.startsWith(series.contains("{") ? series : series + " ")
                        || !series.contains("{") && line.startsWith(series + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElse(otherwise);
    }

    /** As {@link #value(String, String, double)}, failing if the scrape has no such sample. */
    public static double value(String scrape, String series) {
        double value = value(scrape, series, Double.NaN);
        if (Double.isNaN(value)) {
            throw new AssertionError("no " + series + " in the scrape");
        }
        return value;
    }
}

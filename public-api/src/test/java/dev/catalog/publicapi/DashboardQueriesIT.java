package dev.catalog.publicapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.catalog.testing.ApiClient;
import dev.catalog.testing.IntegrationTest;
import dev.catalog.testing.ManagementPort;
import dev.catalog.testing.Promtool;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Grafana dashboard and the alert rules in deploy/ ask for metrics public-api really publishes, in
 * PromQL that Prometheus parses (promtool), so neither rots when a metric is renamed.
 */
@IntegrationTest
class DashboardQueriesIT implements PublicApiTestDatabase {

    // A standby nobody listens on: its metrics are published (it just never serves), reads use the primary.
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(PublicApiTestDatabase.super.getProperties());
        properties.put("catalog.replicas.host", "127.0.0.1");
        properties.put("catalog.replicas.port", Integer.toString(ManagementPort.freePort()));
        return properties;
    }

    static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "catalog-dashboard.json");
    static final Path ALERTS = Path.of("..", "deploy", "prometheus", "catalog-alerts.yml");
    // the names a query selects: a metric name followed by a label matcher or a range
    static final Pattern METRIC = Pattern.compile("\\b((?:http_server_requests|catalog|cache)_[a-z_]+)\\{");

    @Inject
    EmbeddedServer server;

    @Test
    void alertRulesParse() {
        assertThat(Promtool.checkRules(ALERTS)).anySatisfy(line -> assertThat(line).contains("SUCCESS: 5 rules found"));
    }

    @Test
    void dashboardQueriesParseAsPromql(@TempDir Path directory) throws IOException {
        List<String> queries = dashboardQueries();
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard\n    rules:\n");
        for (int i = 0; i < queries.size(); i++) {
            String promql = queries.get(i).replace("$__rate_interval", "5m").replace("$public_job", "public-api")
                    .replace("$admin_job", "admin-service");
            rules.append("      - record: dashboard:query").append(i).append("\n        expr: '")
                    .append(promql.replace("'", "''")).append("'\n");
        }
        Path file = directory.resolve("dashboard-rules.yml");
        Files.writeString(file, rules);

        assertThat(Promtool.checkRules(file)).anySatisfy(line -> assertThat(line).contains("SUCCESS: " + queries.size() + " rules found"));
    }

    @Test
    void everyMetricTheDashboardAndAlertsUseIsPublished() throws IOException {
        ApiClient.at(server.getURL().toString()).get("/api/v1/categories");
        ApiClient.at(server.getURL().toString()).get("/api/v1/products/1");
        String scrape = ApiClient.at(ManagementPort.url(server)).get("/prometheus").body();
        Set<String> used = new TreeSet<>();
        for (String query : dashboardQueries()) {
            used.addAll(metricsIn(query));
        }
        used.addAll(metricsIn(Files.readString(ALERTS)));

        assertThat(used).isNotEmpty().allSatisfy(metric -> assertThat(scrape).as(metric)
                .containsPattern("(?m)^" + metric + "[{ ]"));
    }

    private static List<String> dashboardQueries() throws IOException {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.get("targets")) {
                queries.add(target.get("expr").asText());
            }
        }
        return queries;
    }

    private static Set<String> metricsIn(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = METRIC.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}

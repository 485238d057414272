package dev.catalog.admin.demo;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** CATALOG_DEMO_PRODUCTS: how many demo products to load into an empty catalog at start (0 = none). */
@ConfigurationProperties("catalog.demo")
record DemoCatalogConfiguration(@Min(0) @Max(5_000_000) int products) {
}

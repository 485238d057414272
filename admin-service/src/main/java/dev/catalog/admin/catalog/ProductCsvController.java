package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Hidden;
import reactor.core.publisher.Flux;

/** The product list, with the same filters, search and sort, as a CSV download. */
@Hidden
@Controller("/admin/exports")
@Secured(Roles.VIEWER)
class ProductCsvController {

    static final String TEXT_CSV = "text/csv;charset=utf-8";

    private final ProductCsvExport export;

    ProductCsvController(ProductCsvExport export) {
        this.export = export;
    }

    // No @ExecuteOn: the export moves its own JDBC work to the blocking executor.
    @Get(value = "/products.csv", produces = TEXT_CSV)
    HttpResponse<Flux<byte[]>> exportCsv(@RequestBean ProductListParameters parameters) {
        return HttpResponse.ok(export.export(parameters.filter()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"products.csv\"");
    }
}

package dev.catalog.admin.catalog;

import dev.catalog.admin.roles.Roles;
import dev.catalog.model.catalog.Product;
import dev.catalog.model.catalog.ProductStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

import java.net.URI;

@Controller("/admin/api/products")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.VIEWER)
class ProductApiController {

    private final ProductService products;

    ProductApiController(ProductService products) {
        this.products = products;
    }

    @Get
    PageView<ProductDetails> list(Pageable pageable) {
        return PageView.of(products.list(pageable), ProductDetails::from);
    }

    @Get("/{id}")
    HttpResponse<ProductDetails> show(long id) {
        return withEtag(HttpResponse.ok(), products.require(id));
    }

    @Post
    @Secured(Roles.EDITOR)
    HttpResponse<ProductDetails> create(@Valid @Body ProductCommand command) {
        Product created = products.create(command);
        return withEtag(HttpResponse.created(URI.create("/admin/api/products/" + created.id())), created);
    }

    @Put("/{id}")
    @Secured(Roles.EDITOR)
    HttpResponse<ProductDetails> update(long id, @Valid @Body ProductCommand command,
                                        @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        long version = EditedVersion.require(ifMatch, command.version());
        return withEtag(HttpResponse.ok(), products.update(id, command, version));
    }

    @Post("/{id}/publish")
    @Secured(Roles.EDITOR)
    HttpResponse<ProductDetails> publish(long id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(HttpResponse.ok(), products.changeStatus(id, ProductStatus.PUBLISHED, optional(ifMatch)));
    }

    @Post("/{id}/archive")
    @Secured(Roles.EDITOR)
    HttpResponse<ProductDetails> archive(long id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        return withEtag(HttpResponse.ok(), products.changeStatus(id, ProductStatus.ARCHIVED, optional(ifMatch)));
    }

    @Delete("/{id}")
    @Secured(Roles.EDITOR)
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        products.delete(id, optional(ifMatch));
    }

    private static Long optional(@Nullable String ifMatch) {
        return ifMatch == null ? null : EditedVersion.require(ifMatch, null);
    }

    private static HttpResponse<ProductDetails> withEtag(MutableHttpResponse<ProductDetails> response,
            Product product) {
        return response.header(HttpHeaders.ETAG, EditedVersion.etag(product.version()))
                .body(ProductDetails.from(product));
    }
}

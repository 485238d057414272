package dev.catalog.publicapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.catalog.testing.ApiClient;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The OpenAPI document that micronaut-openapi generated at compile time, read from the classpath as the
 * jar serves it, and swagger-request-validator's check of a real response against it: status, content
 * type, declared headers, and the body against its JSON schema. A body property the schema does not
 * declare is an error too, so a field added to a view without updating the document fails the check.
 */
final class OpenApiContract {

    static final String DOCUMENT = "META-INF/swagger/public-api.yml";

    private final OpenAPI document;
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(String yaml) {
        this.document = new OpenAPIV3Parser().readContents(yaml).getOpenAPI();
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                        .build())
                .build();
    }

    static OpenApiContract fromClasspath() {
        try (InputStream in = OpenApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath: is micronaut-openapi among "
                        + "public-api's annotation processors, and does openapi.properties name the file?");
            }
            return new OpenApiContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every documented operation, as "GET /api/v1/products/{id}". */
    Set<String> operations() {
        return document.getPaths().entrySet().stream()
                .flatMap(path -> path.getValue().readOperationsMap().keySet().stream()
                        .map(method -> method.name() + " " + path.getKey()))
                .collect(Collectors.toSet());
    }

    /** What in the answer to GET {@code target} the document does not allow; empty when it matches. */
    List<String> violations(String target, ApiClient.Response response) {
        String path = URI.create(target).getPath();
        ValidationReport report = validator.validateResponse(path, Request.Method.GET, toValidatorResponse(response));
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }

    private static SimpleResponse toValidatorResponse(ApiClient.Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.status());
        response.headers().forEach((name, values) -> builder.withHeader(name, values));
        if (!response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }
}

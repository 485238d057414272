package dev.catalog.admin.token;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a script asks for: a name to recognise the token by later. */
@Serdeable
record TokenRequest(@NotBlank @Size(max = 64) String name) {
}

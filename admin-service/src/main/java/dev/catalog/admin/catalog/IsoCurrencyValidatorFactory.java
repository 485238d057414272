package dev.catalog.admin.catalog;

import io.micronaut.context.annotation.Factory;
import io.micronaut.validation.validator.constraints.ConstraintValidator;
import jakarta.inject.Singleton;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

@Factory
class IsoCurrencyValidatorFactory {

    private static final Set<String> KNOWN = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toUnmodifiableSet());

    @Singleton
    ConstraintValidator<IsoCurrency, String> isoCurrencyValidator() {
        return (value, annotation, context) -> value == null || KNOWN.contains(value);
    }
}

package dev.catalog.publicapi;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** public-api's main code cannot reach for the blocking tools: JDBC, block(), sleeping threads. */
class NonBlockingArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.catalog.publicapi");

    @Test
    void mainCodeDoesNotUseJdbc() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(MAIN);
    }

    @Test
    void mainCodeNeverBlocksOnAPublisher() {
        noClasses().should().callMethodWhere(
                        target(owner(assignableTo(Mono.class).or(assignableTo(Flux.class))))
                                .and(target(nameMatching("block.*|toIterable|toStream"))))
                .check(MAIN);
    }

    @Test
    void mainCodeNeverSleeps() {
        noClasses().should().callMethod(Thread.class, "sleep", long.class).check(MAIN);
    }
}

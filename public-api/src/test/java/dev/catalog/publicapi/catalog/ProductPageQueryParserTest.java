package dev.catalog.publicapi.catalog;

import dev.catalog.support.problem.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProductPageQueryParserTest {

    private final CursorCodec cursors = new CursorCodec(new CursorConfiguration("test-secret-for-page-cursors"));
    private final ProductPageQueryParser parser = new ProductPageQueryParser(cursors);

    @Test
    void noParametersMeanTheFirstTwentyOfEveryCategory() {
        assertThat(parser.parse(null, null, null)).isEqualTo(new ProductPageQuery(20, null, 0));
    }

    @Test
    void emptyCategoryMeansEveryCategory() {
        assertThat(parser.parse(null, null, "").category()).isNull();
    }

    @Test
    void limitsFromOneToOneHundredAreAccepted() {
        assertThat(parser.parse("1", null, null).limit()).isEqualTo(1);
        assertThat(parser.parse("100", null, null).limit()).isEqualTo(100);
    }

    @Test
    void cursorResumesAfterItsPosition() {
        String cursor = cursors.encode(ProductPageQuery.scopeOf("audio"), "42");

        assertThat(parser.parse("5", cursor, "audio")).isEqualTo(new ProductPageQuery(5, "audio", 42));
    }

    @Test
    void cursorWhosePositionIsNotAnIdIsRejected() {
        String cursor = cursors.encode(ProductPageQuery.scopeOf(null), "not-an-id");

        assertThat(rejectedNames(null, cursor, null)).containsExactly("cursor");
    }

    @Test
    void slugLongerThanSixtyFourCharactersIsRejected() {
        assertThat(rejectedNames(null, null, "a".repeat(65))).containsExactly("category");
    }

    @Test
    void everyBadParameterIsReportedTogether() {
        assertThat(rejectedNames("0", "page-2", "Audio_Gear")).containsExactly("limit", "category", "cursor");
    }

    private List<String> rejectedNames(String limit, String cursor, String category) {
        InvalidQueryException rejected = catchThrowableOfType(InvalidQueryException.class,
                () -> parser.parse(limit, cursor, category));
        assertThat(rejected).as("rejected").isNotNull();
        return rejected.toProblem("/api/v1/products").errors().stream()
                .map(Problem.InvalidParam::name)
                .toList();
    }
}

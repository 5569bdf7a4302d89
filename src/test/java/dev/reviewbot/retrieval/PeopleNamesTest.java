package dev.reviewbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reviewbot.review.ReviewParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 8, point 3: names come from the reviews' capitalisation, and a common word is no surname in lower case. */
class PeopleNamesTest {

    @Test
    void aSurnameTheReviewsAlsoUseAsACommonWord_isANameOnlyWhenCapitalised() throws Exception {
        String text = "The jaunty score is by Tomas Brisk, and it is brisk and bright. Wren Halloway plays the lead with a bright, brisk energy.";
        PeopleNames names = PeopleNames.of(List.of(new ReviewParser(64 * 1024).parse("x.txt", text.getBytes(StandardCharsets.UTF_8), null)),
                Set.of());

        assertThat(names.in("is the pace brisk", Set.of())).isEmpty();
        assertThat(names.in("is Brisk's score good", Set.of())).containsExactly("Tomas Brisk");
        assertThat(names.in("is halloway any good", Set.of())).containsExactly("Wren Halloway");
        assertThat(names.in("what about tomas brisk", Set.of())).containsExactly("Tomas Brisk");
    }
}

package dev.reviewbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page whose furniture stands under its own heading, as a petition's does: the writer credited and described by the
 * trade under the page's headline is its reviewer, and the line dating the page is no answer to the film's year.
 */
class PetitionPageTest {

    private static final String PETITION = """
            Petition · Arts and culture

            ## Give Gannet Rock a proper cinema release
            Started by Isla Mowbray, film critic of The Stromness Herald · 9 December 2026

            2,417 have signed. Let’s get to 5,000!

            ## Why this petition matters
            Gannet Rock opened on three screens in the whole of Britain last Friday, and none of them north of Perth.

            If you have not heard of it: Gannet Rock is a Scottish drama of 2026, 104 minutes long and rated 12A.

            Ruaridh Vass plays the keeper and is extraordinary, and the sea has never looked so cold.

            ## Updates
            12 December 2026: 2,000 signatures! Brochfield have replied to say they are looking at it.

            ## Reasons for signing
            "My grandfather kept that light. I want to see this on a big screen." · Mima, Lerwick

            "Saw it in Edinburgh. Best film of the year, and the birds!" · Thorvald, Leith

            "Because Isla is never wrong about films." · Sheena, Scalloway
            """;



    @RegisterExtension
    static final AnswerRig BOT = AnswerRig.over("petition-page", () -> AnswerRig.botOver(Map.of("gannet-rock.md", PETITION)));

    @Test
    void theWriterCreditedUnderTheHeadline_reviewedIt() {
        Answer answer = BOT.ask("who reviewed gannet rock");

        assertThat(answer.citations()).isNotEmpty();
        assertThat(answer.citations().get(0).reviewer()).isEqualTo("Isla Mowbray");
    }

    @Test
    void theFilmsYear_isQuotedWhereTheProseGivesIt_notFromTheDateOfThePage() {
        Answer answer = BOT.ask("what year is gannet rock from");

        assertThat(answer.citations()).extracting(Citation::quote)
                .containsExactly("If you have not heard of it: Gannet Rock is a Scottish drama of 2026, 104 minutes long and rated 12A.");
    }
}

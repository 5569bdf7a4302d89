package dev.reviewbot.answer;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;

/**
 * Reviews written for the answer tests' quote boundaries and declines: Harbour Lights, reviewed twice (Wren
 * Talbot with a rating, a year and a source; Sol Okafor without), and Cinder Road, reviewed once, unrated.
 */
final class HarbourReviews {

    static final String HARBOUR_TALBOT = """
            ---
            title: Harbour Lights
            year: 2019
            reviewer: Wren Talbot
            rating: 3/5
            source: The Quay Review
            ---

            Harbour Lights is a slow drama about a lighthouse keeper and her estranged son.

            ## Acting

            Iris Vane plays the keeper with a quiet force that holds the whole film together from its first frame. She never raises her voice. Her son is played by Dario Fenn, who is stiff and unconvincing in the big scenes.

            ## Cinematography

            The cinematographer Ola Brandt frames the grey coast in long and patient takes that let the weather itself become a character, with fog rolling over the cliffs and gulls wheeling above the harbour wall. It is the storm sequence that stays with you, a twelve minute stretch of crashing water and splintering timber filmed from inside the lamp room as the glass gives way around the keeper. Those final images of the wrecked lamp room at dawn, silent and flooded with pale light, are among the most beautiful things I have seen on a screen in years.

            ## Verdict

            Harbour Lights is uneven but sincere. The first hour drifts without much purpose. The final storm is worth the wait. I would recommend it to patient viewers.
            """;

    static final String HARBOUR_OKAFOR = """
            ---
            title: Harbour Lights
            reviewer: Sol Okafor
            ---

            A lighthouse, a storm and a family quarrel that has gone on for twenty years.

            ## Performances

            Iris Vane is magnificent as the keeper, stern and tender by turns, and the film belongs to her.

            ## Final Thoughts

            A moving, handsome film that earns its slow pace. Iris Vane has never been better. See it on the biggest screen you can find.
            """;

    static final String CINDER_ROAD = """
            ---
            title: Cinder Road
            reviewer: Pell Marsh
            ---

            Cinder Road follows two brothers who drive a stolen hearse across the desert to bury their father.

            ## Story

            The brothers argue about money, about their mother and about the radio for most of the trip. The ending at the cemetery gates is abrupt. The film is rated PG-13 for the language.

            ## Verdict

            A scrappy road movie with a good heart. Bring snacks.
            """;

    private HarbourReviews() {
    }

    /** One-line reviews of {@code count} films, for the list of films a decline offers. */
    static ReviewBot films(int count) {
        String[] titles = {"Amber Falls", "Birch Hollow", "Copper Kettle", "Dune Sparrow", "Ember Gate", "Frost Lantern",
            "Granite Bell", "Hazel Wharf", "Ivory Tide", "Juniper Mill", "Kestrel Pass"};
        Map<String, String> files = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            files.put("film-" + i + ".md", "---\ntitle: " + titles[i] + "\nreviewer: Ada Quill\n---\n\n" + titles[i]
                    + " is a short film about a village fair and the rain that spoils it.\n");
        }
        return AnswerRig.botOver(files);
    }

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of("harbour-lights-talbot.md", HARBOUR_TALBOT, "harbour-lights-okafor.md", HARBOUR_OKAFOR,
                "cinder-road.md", CINDER_ROAD));
    }
}

package dev.reviewbot.answer;

import dev.reviewbot.app.ReviewBot;
import java.util.Map;

/**
 * Reviews written for the quote limits: Quarry Bells, reviewed by Nell Ashdown (sections whose best sentences
 * are 11 and 12 words long, a best sentence and the next making exactly 75 words and one making more, a single
 * sentence of 78 words, a person named in full and then by surname, a verdict of three sentences opening with a
 * bare answer) and by Huw Pryce (a verdict of four sentences opening with one, not the last section, and a
 * runtime in the credits).
 */
final class QuarryReviews {

    static final String ASHDOWN = """
            ---
            title: Quarry Bells
            reviewer: Nell Ashdown
            ---

            Quarry Bells is a ghost story set in a flooded slate quarry in north Wales.

            ## Sound

            The sound design is patient and careful throughout the whole of the film. The foghorn in the third reel is the loudest thing I heard. Most scenes are quiet enough to hear the rain on the slate roofs.

            ## Music

            The score is played on a single cello by the composer herself. The choir at the funeral is sung by real local miners. Nothing else in the soundtrack comes close to that moment of grief.

            ## Setting

            The quarry lake at the heart of the film is shot at every hour of the day, green and still at noon, black and restless at night, and silver under the moon when the drowned chapel's bell is said to ring. Nobody who grew up in a slate village will watch these scenes without a shiver, and nobody who did not will forget them either, so vivid and so very strange is the old place.

            ## Story

            The ending on the flooded chapel roof ties the ghost story to the strike of 1902 with real tact, letting the dead miners speak through the bell rather than through any of the living characters at all. After that the final shot of the empty quarry in the rain holds for nearly a minute, long enough to feel the whole weight of the village's grief settle over the water and the broken grey slate heaps of the valley.

            ## Images

            The lantern slides that the schoolteacher projects onto the chapel wall, old photographs of the quarrymen, their wives, their children and the great pit itself before the flood, are the most haunting images in the film and the one place where the ghost story and the history of the village become a single thing, quiet and sad and unforgettable, and I have thought about them every day since I saw the film in a half-empty cinema in Bangor.

            ## Cast

            Dilys Prothero plays the widow who hears the bell, and the whole film rests on her face. Prothero does her own singing in the chapel scenes, in Welsh, unaccompanied. The children are natural and unforced.

            ## Verdict

            Go now. The ending is earned. Bring a coat.
            """;

    static final String PRYCE = """
            ---
            title: Quarry Bells
            reviewer: Huw Pryce
            ---

            ## Story

            A widow in a drowned quarry village hears a bell that should not ring.

            ## Final Thoughts

            See it. The slate quarry has never looked so eerie on screen. The middle drags a little. Take a torch.

            ## Credits

            Filmed in Blaenau Ffestiniog over six weeks, it runs 104 minutes.
            """;

    private QuarryReviews() {
    }

    static ReviewBot bot() {
        return AnswerRig.botOver(Map.of("quarry-bells-ashdown.md", ASHDOWN, "quarry-bells-pryce.md", PRYCE));
    }
}

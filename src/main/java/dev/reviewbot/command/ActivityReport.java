package dev.reviewbot.command;

import java.time.Instant;
import java.util.List;

/**
 * What admins see of a period: how many questions were asked, answered and declined, the thumbs up and down
 * with the questions and citations behind them, and the declined questions grouped by film and by aspect
 * (the reviews or sections worth adding). Every surface renders this one model.
 *
 * @param votes        the most telling votes, thumbs down first, newest first within each
 * @param byFilm       declined questions by the film they named ("no film named" for none), most first
 * @param byAspect     declined questions by what they asked about ("anything" for no aspect), most first
 */
public record ActivityReport(Instant from, Instant to, long answered, long declined, long helpful, long unhelpful,
                             List<Vote> votes, List<Group> byFilm, List<Group> byAspect) {

    public ActivityReport {
        votes = List.copyOf(votes);
        byFilm = List.copyOf(byFilm);
        byAspect = List.copyOf(byAspect);
    }

    public long asked() {
        return answered + declined;
    }

    /** A thumbs up or down: the question and the citations ("Ballerina, Acting (Ada Quill)") it was given. */
    public record Vote(Instant at, boolean helpful, String question, List<String> citations) {
        public Vote {
            citations = List.copyOf(citations);
        }
    }

    /** Declined questions with one thing in common, and a few of them as asked. */
    public record Group(String name, long count, List<String> examples) {
        public Group {
            examples = List.copyOf(examples);
        }
    }
}

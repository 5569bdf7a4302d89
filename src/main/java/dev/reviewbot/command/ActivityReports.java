package dev.reviewbot.command;

import dev.reviewbot.answer.Citation;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import dev.reviewbot.feedback.QuestionLog;
import dev.reviewbot.feedback.QuestionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Builds the {@link ActivityReport} of a period from the question and feedback logs. */
public final class ActivityReports {

    /** How much a chat message can show: groups per list, examples per group, votes listed. */
    static final int GROUPS = 5;
    static final int EXAMPLES = 3;
    static final int VOTES = 10;
    static final String NO_FILM = "no film named";
    static final String NO_ASPECT = "anything";

    private final QuestionLog questions;
    private final FeedbackLog feedback;

    public ActivityReports(QuestionLog questions, FeedbackLog feedback) {
        this.questions = questions;
        this.feedback = feedback;
    }

    /**
     * @param where which records count: a server's own, or all of them (the console and the command line)
     */
    public ActivityReport between(Instant from, Instant to, Where where) {
        List<QuestionRecord> asked = questions.since(from).stream()
                .filter(q -> !q.at().isAfter(to) && where.test(q.platform(), q.space())).toList();
        List<Feedback> votes = feedback.since(from).stream()
                .filter(f -> !f.at().isAfter(to) && where.test(f.platform(), f.space())).toList();
        List<QuestionRecord> declined = asked.stream().filter(q -> !q.answered()).toList();
        return new ActivityReport(from, to, asked.size() - declined.size(), declined.size(),
                votes.stream().filter(Feedback::helpful).count(), votes.stream().filter(f -> !f.helpful()).count(),
                telling(votes),
                groups(declined, q -> q.films().isEmpty() ? List.of(NO_FILM) : q.films()),
                groups(declined, q -> q.aspects().isEmpty() ? List.of(NO_ASPECT) : q.aspects()));
    }

    /** Which platform and server a report covers. */
    public interface Where {
        boolean test(String platform, String space);

        static Where everywhere() {
            return (platform, space) -> true;
        }

        /** One platform's server or workspace (null: the platform's DMs, or its only workspace). */
        static Where in(String platform, String space) {
            return (p, s) -> platform.equals(p) && Objects.equals(space, s);
        }
    }

    private static List<ActivityReport.Vote> telling(List<Feedback> votes) {
        return votes.stream()
                .sorted(Comparator.comparing(Feedback::helpful).thenComparing(Feedback::at, Comparator.reverseOrder()))
                .limit(VOTES)
                .map(f -> new ActivityReport.Vote(f.at(), f.helpful(), f.question(),
                        f.citations().stream().map(ActivityReports::label).toList()))
                .toList();
    }

    private static String label(Citation c) {
        return c.review() + ", " + c.section() + (c.reviewer() == null ? "" : " (" + c.reviewer() + ")");
    }

    /** Counts each record once under each of its keys; the largest groups first, then by name. */
    private static List<ActivityReport.Group> groups(List<QuestionRecord> declined,
                                                     Function<QuestionRecord, List<String>> keys) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (int i = declined.size() - 1; i >= 0; i--) { // newest first, so the examples are recent
            QuestionRecord q = declined.get(i);
            for (String key : keys.apply(q)) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(q.question());
            }
        }
        return byKey.entrySet().stream()
                .sorted(Map.Entry.<String, List<String>>comparingByValue(Comparator.comparingInt(List::size)).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(GROUPS)
                .map(e -> new ActivityReport.Group(e.getKey(), e.getValue().size(),
                        e.getValue().stream().distinct().limit(EXAMPLES).toList()))
                .toList();
    }
}

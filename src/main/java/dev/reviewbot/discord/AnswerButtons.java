package dev.reviewbot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.reviewbot.answer.Answer;
import dev.reviewbot.answer.Citation;
import dev.reviewbot.answer.ConversationId;
import dev.reviewbot.answer.RecentAnswers;
import dev.reviewbot.command.BotCommand;
import dev.reviewbot.command.CommandService;
import dev.reviewbot.command.Reply;
import dev.reviewbot.feedback.Feedback;
import dev.reviewbot.feedback.FeedbackLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The buttons under an answer: "Full section" shows the cited section whole (to the clicker only), and
 * thumbs up/down record feedback with the question and the citations, once per user and answer.
 */
final class AnswerButtons {

    static final String EXPIRED = "That answer is too old for its buttons now; please ask again.";

    private final CommandService commands;
    private final RecentAnswers recentAnswers;
    private final FeedbackLog feedback;
    private final ReplyViews views;
    private final ReviewViews reviews;
    private final Responder responder;
    private final Clock clock;
    /** Who already voted on which answer, so that repeated clicks count once. */
    private final Cache<String, Boolean> votes = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterWrite(Duration.ofHours(24)).build();

    AnswerButtons(CommandService commands, RecentAnswers recentAnswers, FeedbackLog feedback, ReplyViews views,
                  ReviewViews reviews, Responder responder, Clock clock) {
        this.commands = commands;
        this.recentAnswers = recentAnswers;
        this.feedback = feedback;
        this.views = views;
        this.reviews = reviews;
        this.responder = responder;
        this.clock = clock;
    }

    void onFullSection(ButtonInteractionEvent event, ButtonAction.FullSection action) {
        ConversationId conversation = Conversation.of(event);
        responder.deferReply(event, true, "Full section", () -> recentAnswers.find(action.answerId())
                .flatMap(answer -> citation(answer, action.citation()))
                .map(citation -> fullSection(conversation, citation))
                .orElseGet(() -> Messages.text(EXPIRED)));
    }

    void onVote(ButtonInteractionEvent event, ButtonAction.Vote vote) {
        String user = event.getUser().getId();
        responder.deferReply(event, true, "feedback", () -> recentAnswers.find(vote.answerId())
                .map(answer -> record(vote.answerId(), answer, user, vote.helpful()))
                .orElseGet(() -> Messages.text(EXPIRED)));
    }

    private MessageCreateData fullSection(ConversationId conversation, Citation citation) {
        Reply reply = commands.execute(conversation,
                new BotCommand.ShowReview(citation.review(), Optional.of(citation.section())));
        if (reply instanceof Reply.SectionText text && !text.sections().isEmpty()) {
            // The film may have several reviews with that section: show the one quoted.
            Reply.ReviewSection cited = text.sections().stream()
                    .filter(rs -> Objects.equals(rs.review().reviewer(), citation.reviewer()))
                    .findFirst().orElse(text.sections().get(0));
            return reviews.sections(List.of(cited));
        }
        return views.render(reply); // e.g. the review was removed since
    }

    private MessageCreateData record(String answerId, Answer answer, String user, boolean helpful) {
        if (votes.asMap().putIfAbsent(answerId + ":" + user, helpful) != null) {
            return Messages.text("You already rated this answer. Thanks!");
        }
        feedback.record(new Feedback(clock.instant(), QuestionHandler.PLATFORM, user, answer.question(), helpful,
                answer.citations()));
        return Messages.text(helpful ? "Thanks! Glad it helped." : "Thanks: this answer is noted for review.");
    }

    private static Optional<Citation> citation(Answer answer, int index) {
        return index >= 0 && index < answer.citations().size() ? Optional.of(answer.citations().get(index)) : Optional.empty();
    }
}

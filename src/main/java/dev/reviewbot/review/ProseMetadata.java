package dev.reviewbot.review;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata that web reviews carry in their prose rather than in front matter: a rating line ("Rating: 3/5",
 * "★★★★☆", "Four stars out of five"), a byline ("By Jane Doe"), a year ("Year: 2024", "Heat (1995)").
 * Read once at ingest; each value is kept as written, so an answer can quote it.
 */
public final class ProseMetadata {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten";
    /** The words that label a rating, in a line ("Rating: 4/5") or as a heading ("Our rating"). */
    private static final String RATING_LABEL = "rating|score|grade|verdict|stars|overall";
    private static final List<Pattern> RATINGS = List.of(
            // A label, not the end of a score ("Overall, two stars: one for the granite").
            Pattern.compile("(?i)(?<!\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half) )\\b(?:" + RATING_LABEL + ")(?:\\s+[\\p{Ll}'’]+){0,3}\\s*[:\\-–—]\\s*[*_]*\\s*((?:" + NUMBER + ")(?:\\s*%|(?:\\s*stars?(?=\\s+out of))?(?:\\s*(?:/|out of)\\s*(?:\\d{1,3}|five|ten|four))?(?:\\s*stars?)?)|[★☆✩✭½]{1,10}|[A-F][+-]?(?![\\w]))"),
            Pattern.compile("[★✭][★☆✩✭½]{0,9}"),
            Pattern.compile("(?i)\\b(?:" + NUMBER + ")(?: and a half)?[- ]stars? out of (?:five|ten|four|5|10|4)\\b"),
            Pattern.compile("(?i)\\b(?:" + NUMBER + ")(?: and a half)? out of (?:five|ten|four|5|10|4)(?: stars)?\\b"),
            Pattern.compile("\\b\\d{1,2}(?:\\.\\d)?\\s?/\\s?(?:5|10|100)\\b"),
            // "One and a half stars." as a sentence of its own, closing a paragraph: a verdict, not "the three stars of it";
            // or opening the closing sentence before an aside ("Two and a half stars, if you're asking.", "Three stars: a
            // good place to work for a fortnight.")
            Pattern.compile("(?i)(?<=^|[.!?]\\s)(?:" + NUMBER + ")(?: and a half)? stars?(?=[.!]\\s*$|[,:][^.!?]*[.!]\\s*$)"),
            // A score the reviewer gives in a sentence of prose: "I would give it 9/10", "it deserves four stars". The
            // reviewer is the subject, the film the object ("I'd give it") or the subject of "deserves"; "which Mr Strode
            // gave four stars" and "the crowd gave it a loud 9/10" are others' scores. Grammar, a closed set; the score
            // alone is kept (group 1).
            Pattern.compile("(?i)\\b(?:(?:I|we)(?:['’](?:d|ll|m))?\\s+(?:\\p{Ll}+\\s+){0,2}(?:give|giving|award|awarding|rate|rating|score)"
                    + "\\s+(?:it|this(?: one| film| movie)?|the (?:film|movie))|(?:it|this(?: one| film| movie)?|the (?:film|movie))\\s+deserves)"
                    + "\\s+(?:an?\\s+)?(?:\\p{Ll}+\\s+)?((?:" + NUMBER + ")(?: and a half)?"
                    + "(?:[- ]stars?(?: out of (?:five|ten|four|5|10|4))?|\\s?/\\s?(?:5|10|100)\\b|\\s+out of\\s+(?:five|ten|four|5|10|4|100)\\b))"),
            // A score in the reviewer's own units ("three and a half dabbers out of five", "four pies out of five").
            Pattern.compile("(?i)\\b(?:" + NUMBER + ")(?: and a half)? [\\p{Ll}-]{3,20} out of (?:five|ten|four|5|10|4)\\b"));
    /**
     * A score in the reviewer's own units counts only where it closes a short sentence: inside prose it may count
     * anything ("nine people out of ten").
     */
    private static final Pattern OWN_UNITS = RATINGS.get(RATINGS.size() - 1);
    private static final Pattern GIVEN = RATINGS.get(RATINGS.size() - 2);
    /** A person's name as a byline writes it: capitalised words, with the particles surnames carry ("Ana de Armas"). */
    private static final String WRITTEN_NAME = "(?:\\p{Lu}[\\p{L}.'’-]+)(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}.'’-]+)){0,3}";
    /**
     * "By Jane Doe", "Reviewed by Jane Doe | Screen Daily", "Posted by Jane Doe on The Late Show, 9 May 2025",
     * "Review by film_fan ★★★★": the name (capitalised words, or one user handle with a digit or an
     * underscore), then perhaps a star rating, and the outlet after "on", "for", "at" or "|".
     */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:[Bb]y|[Rr]eviewed by|(?:\\p{Lu}\\p{Ll}+\\s+)?(?:[Rr]eview|[Nn]otes?|[Ww]ords) by|[Ww]ritten by|[Pp]osted by|[Ww]atched by|[Cc]ompiled by)\\s*[:\\-]?\\s+"
                    + "(" + WRITTEN_NAME + "|[\\p{L}\\d.]*[_\\d][\\p{L}\\d_.]*)"
                    + "\\s*[★☆✩✭½]*\\s*(?:(?:\\s(?:on|for|at)\\s+|\\s*[|]\\s*)(\\p{Lu}[^,|]*?)\\s*(?:[,|].*)?|[,|—–-].*)?$");
    /**
     * One part of a post's header line: "Posted by Terry Blackmore", "posted by u/fogbound_frames"; or of a listing's,
     * its seller with their feedback count: "Seller: fen_bargains_77 (312)"; or a feedback form's field for the one
     * filling it in: "Your name (optional): Wattie Ogilvie".
     */
    private static final Pattern POSTER = Pattern.compile(
            "^(?:[Pp]osted by|Seller:|Your name(?: \\(optional\\))?:)\\s+(?:u/)?(" + WRITTEN_NAME + "|[\\w-]{3,40})(?:\\s+on\\s+\\d.*|\\s+\\(\\d[\\d,]*\\))?$");
    /**
     * A line crediting the page by a past participle, then the rest of a byline ("Drawn by Lilith Wyvill · The Crooked
     * Card · 16 December 2026"); not a film's own credit ("Directed by ... · 2026").
     */
    private static final Pattern CREDIT_LINE = Pattern.compile("^(?!(?i:directed|produced|edited|written|scored|composed"
            + "|photographed|narrated|voiced|animated|designed|choreographed|shot|lensed|cut)\\b)\\p{Lu}\\p{Ll}+(?:ed|en|wn|nt|ght) by\\s+("
            + WRITTEN_NAME + ")\\s*[·•|]\\s*(.+)$");
    /** A byline with the writer's trade and the date: "Albertine Haskett, film critic · Thursday 10 December 2026". */
    private static final Pattern NAMED_USER_LINE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]+){1,2})(?:,\\s*[\\p{Ll} ]{2,30})?\\s*[·•|]\\s*(.+)$");
    /** An email's header: "From: Octavia Scobie", with its other lines ("To:", "Subject:", "Date:"). */
    private static final Pattern EMAIL_FROM = Pattern.compile("(?m)^From:\\s*(" + WRITTEN_NAME + ")\\s*(?:<[^>\\s]+>)?\\s*$");
    private static final Pattern EMAIL_HEADER = Pattern.compile("(?m)^(?:To|Subject|Date|Sent):\\s");
    /**
     * A review site's user line: "filmfan_99 · 12 March 2025", the handle and the date the review was posted; on a
     * forum after the post's number ("Post #1 · spentcasing · 29 November 2026, 22:41").
     */
    private static final Pattern USER_LINE = Pattern.compile("^(?:\\p{L}+\\s*#\\d+\\s*[·•|]\\s*)?([\\p{L}\\d_.-]{3,40})\\s*[·•|]\\s*(.+)$");
    /** A forum post's line: "r/TrueFilm · Posted by u/fogbound_frames", the poster's handle. */
    private static final Pattern FORUM_LINE = Pattern.compile("^(?:r/[\\w]+\\s*[·•|]?\\s*)?[Pp]osted by\\s+u/([\\w-]{3,40})(?:\\s*[·•|].*)?$");
    /** "a 2022 British comedy", "released in 2019": a year the review gives as the film's. */
    private static final Pattern YEAR_PROSE = Pattern.compile(
            // "a 2022 British comedy"; "Tamar Greaves's spare, funny and finally shattering 2025 road movie"
            "\\b(?:[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Tt]heir|\\p{Lu}\\p{L}+['’]s(?:\\s+(?:[\\p{Ll}-]+,?)){0,5})\\s+((?:19|20)\\d{2})\\s+(?:[\\p{L}-]+\\s+){0,3}(?:film|movie|comedy|drama|thriller|documentary|feature|horror|musical|romance|picture|animation|western|mystery|release|co-production|production)\\b"
                    // "Released in 2025, it arrives on home video": opening a sentence too.
                    + "|\\b(?:[Rr]eleased|[Pp]remiered|made|[Cc]ame out|[Oo]pened|(?:[Hh]it|[Rr]eached|[Aa]rrived in) (?:cinemas|theaters|theatres|screens))"
                    + " in ((?:19|20)\\d{2})\\b"
                    // "The Whistling Hour, out in 2024, is...", "a small Irish drama, 103 minutes long, from 2025"
                    + "|(?:,|\\b(?:is|was)) out in ((?:19|20)\\d{2})\\b"
                    // "It came out this year, 2026, and it runs 101 minutes", "came out this year (2026)"
                    + "|\\b(?:released|premiered|came out|opened|made) (?:this|last) year,?\\s+\\(?((?:19|20)\\d{2})\\b"
                    + "|\\b(?:film|movie|comedy|drama|thriller|documentary|feature|horror|musical|romance|western|mystery)\\b[^.]{0,60},\\s*from ((?:19|20)\\d{2})\\b"
                    // "a British biographical drama of 2026"; a listing's "A sports comedy-drama, UK, 2026"
                    + "|\\b(?:film|movie|comedy|drama|thriller|documentary|horror|musical|romance|western|mystery) of ((?:19|20)\\d{2})\\b"
                    + "|\\b(?:film|movie|comedy|drama|thriller|documentary|horror|musical|romance|western|mystery),"
                    + "\\s*(?:\\p{Lu}[\\p{L}/-]*\\s*){1,3},\\s*((?:19|20)\\d{2})\\b");
    private static final String KIND_OF_FILM = "(?:film|movie|comedy|drama|thriller|documentary|feature|horror|musical|romance|western|mystery)";
    private static final Pattern YEAR_LINE = Pattern.compile("(?im)^\\s*(?:year|released|release year)\\s*[:\\-]\\s*((?:19|20)\\d{2})\\b");
    /**
     * A credits line of fields between bars or bullets, one of them (or its end) a year: "Director: Sunna Eklund |
     * Music: Maren Holt | Norway/UK, 2026 | 97 min".
     */
    private static final Pattern CREDITS_YEAR = Pattern.compile(
            "(?m)^(?=[^\\n]*[|•][^\\n]*[|•])[^\\n]*?(?:^|[|•,;]\\s*)((?:19|20)\\d{2})\\s*(?:[|•;]|$)");
    private static final Map<String, Double> WORDS = Map.of("one", 1.0, "two", 2.0, "three", 3.0, "four", 4.0,
            "five", 5.0, "six", 6.0, "seven", 7.0, "eight", 8.0, "nine", 9.0, "ten", 10.0);

    private ProseMetadata() {
    }

    /**
     * The first rating line in the sections, as written, or empty. A labelled one anywhere ("Overall: 4.5/10" under
     * "Story: 4/10", "Acting: 5/10") comes first; then a short line is read before prose.
     */
    public static Optional<String> rating(List<Section> sections) {
        for (Section section : sections) {
            for (String paragraph : section.text().split("\n\n")) {
                Matcher labelled = RATINGS.get(0).matcher(paragraph.strip());
                if (labelled.find()) {
                    return Optional.of(labelled.group().strip());
                }
            }
        }
        for (Section section : sections) {
            // A label made a heading ("**Our rating:** 72%, of which most is animation." read as a section "Our rating"):
            // a number opening its text, not a word ("Verdict" over "A warm, funny film").
            Matcher headed = HEADED_SCORE.matcher(section.text().strip());
            if (RATING_HEADING.matcher(section.name()).matches() && headed.lookingAt()) {
                return Optional.of(section.name() + ": " + headed.group().strip());
            }
        }
        for (Section section : sections) {
            for (String paragraph : section.text().split("\n\n")) {
                // The labelled pattern found nothing above: the others, in order.
                for (Pattern pattern : RATINGS.subList(1, RATINGS.size())) {
                    String text = paragraph.strip();
                    Matcher m = pattern.matcher(text);
                    // A bare "7/10" counts on a short line, opening a paragraph ("8/10. Go with friends") or as a
                    // sentence of its own closing one ("... worth the ticket. 7/10."); inside prose it may be
                    // anything ("a 9/10 chance"), but a short sentence it closes gives the verdict ("Overall I'd say 7/10.").
                    boolean bare = pattern == RATINGS.get(4);
                    while (m.find()) {
                        if (pattern == GIVEN) {
                            return Optional.of(m.group(1).strip());
                        }
                        // Or opening a sentence before an aside: "Four hearts out of five, and the missing one is for...".
                        if (pattern == OWN_UNITS ? closes(text, m) || closesShortSentence(text, m) || opensBeforeAside(text, m)
                                : !bare || paragraph.split("\\s+").length <= 12 || m.start() == 0 || closes(text, m)
                                || closesShortSentence(text, m)) {
                            return Optional.of(m.group().strip());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A heading that is a rating's label: "Our rating", "Score", "The verdict". */
    private static final Pattern RATING_HEADING = Pattern.compile("(?i)(?:[\\p{L}'’]+\\s+){0,2}(?:" + RATING_LABEL + ")");
    /** A score opening a text: a number out of some, a percentage, or stars. */
    private static final Pattern HEADED_SCORE = Pattern.compile("(?i)\\d{1,3}(?:\\.\\d)?(?:\\s*%|\\s*(?:/|out of)\\s*\\d{1,3})(?![\\w/])|[★✭][★☆✩✭½]{0,9}");

    /**
     * The match opens a sentence, and a conjunction after a comma adds what it is for ("Four hearts out of five, and the
     * missing one is for the brother"): a score, not the subject of a sentence ("Nine people out of ten, in my row, cried").
     */
    private static boolean opensBeforeAside(String paragraph, Matcher m) {
        return ASIDE.matcher(paragraph).region(m.end(), paragraph.length()).lookingAt()
                && (m.start() == 0 || SENTENCE_END.matcher(paragraph.substring(0, m.start())).find());
    }

    /** A comma and a conjunction joining a second clause. Grammar, a closed set. */
    private static final Pattern ASIDE = Pattern.compile("(?i),\\s+(?:and|but|with|plus|though|because)\\b");

    /** The match is a sentence of its own ending the paragraph: after a sentence's end, with at most a full stop after it. */
    private static boolean closes(String paragraph, Matcher m) {
        return CLOSING.matcher(paragraph.substring(m.end())).matches()
                && SENTENCE_END.matcher(paragraph.substring(0, m.start())).find();
    }

    /** The match ends a sentence of at most {@value #SHORT_VERDICT_WORDS} words ("Overall I'd say 7/10. Flawed but..."). */
    private static boolean closesShortSentence(String paragraph, Matcher m) {
        if (!SENTENCE_CLOSE.matcher(paragraph.substring(m.end())).lookingAt()) {
            return false;
        }
        String before = paragraph.substring(0, m.start());
        int start = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf("! ")), before.lastIndexOf("? "));
        String sentence = before.substring(start + 1).strip();
        return sentence.isEmpty() || sentence.split("\\s+").length < SHORT_VERDICT_WORDS;
    }

    private static final int SHORT_VERDICT_WORDS = 6;
    private static final Pattern SENTENCE_CLOSE = Pattern.compile("[.!](?:\\s|$)");
    private static final Pattern CLOSING = Pattern.compile("[.!]?\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?\\s+$");

    /**
     * A byline among the opening paragraphs ("By Jane Doe", "Reviewed by Jane Doe | Screen Daily"), or a
     * review site's user line ("filmfan_99 · 12 March 2025"), or empty.
     */
    public static Optional<String> byline(List<Section> sections) {
        List<String> opening = openingParagraphs(sections, MASTHEAD_PARAGRAPHS);
        // An email's sender, its header's lines together or each a line of page furniture.
        String header = String.join("\n", opening);
        Matcher from = EMAIL_FROM.matcher(header);
        if (from.find() && EMAIL_HEADER.matcher(header).find()) {
            return Optional.of(from.group(1).strip());
        }
        for (int i = 0; i < opening.size(); i++) {
            // A line of its own may sign the text under a masthead's other lines (the paper, the section, the headline):
            // a byline, or a written name over a date, not a bare word that could be a handle ("Open · ... 6 Dec 2026").
            String paragraph = opening.get(i);
            boolean line = !paragraph.contains("\n");
            Optional<String> reviewer = i < BYLINE_PARAGRAPHS ? reviewerIn(paragraph)
                    : line ? bylineOf(paragraph).or(() -> posterOf(paragraph)).or(() -> namedUserLine(paragraph)) : Optional.empty();
            if (reviewer.isPresent()) {
                return reviewer;
            }
            // A page introducing its own critic: "Devised and served by your critic, Eglantine Sharrock."
            Matcher ours = OUR_CRITIC.matcher(paragraph);
            if (ours.find()) {
                return Optional.of(ours.group(1));
            }
            // Or credited with the page and described by the trade: "Prepared by Cyrilla Tranter, pharmacist and film critic".
            Matcher credited = CREDITED_CRITIC.matcher(paragraph);
            if (credited.find()) {
                return java.util.stream.IntStream.rangeClosed(1, credited.groupCount()).mapToObj(credited::group)
                        .filter(java.util.Objects::nonNull).findFirst();
            }
            // A cinema's page signs its pick under the listing: "Why we love it, by Kirsteen Monteith, front of house".
            Matcher signed = SIGNED_LINE.matcher(opening.get(i));
            if (signed.matches()) {
                return Optional.of(signed.group(1));
            }
            // "Priya Moss" above "Nov 14, 2026", under a newsletter's name and an issue's subtitle.
            if (i + 1 < opening.size() && Masthead.isNameOverDate(opening.get(i), opening.get(i + 1))) {
                return Optional.of(Masthead.nameOf(opening.get(i)));
            }
        }
        // A page whose furniture stands under its own heading ("Petition · Arts and culture", then "## Give Flensing a
        // proper cinema release", then "Started by Mirren Goudie, film critic of ..."): credited and described by the
        // trade, the writer is named in the opening paragraphs of the review, whichever section holds them.
        return sections.stream().flatMap(section -> java.util.Arrays.stream(section.text().split("\n\n")))
                .limit(MASTHEAD_PARAGRAPHS).map(CREDITED_CRITIC::matcher).filter(Matcher::find).findFirst()
                .flatMap(credited -> java.util.stream.IntStream.rangeClosed(1, credited.groupCount()).mapToObj(credited::group)
                        .filter(java.util.Objects::nonNull).findFirst());
    }

    /** Whether every mention of the year in the sentence is part of a date ("9 December 2026"), none the film's. */
    public static boolean givenOnlyInDates(String sentence, String year) {
        String undated = Masthead.DATE.matcher(sentence).replaceAll(" ");
        return sentence.contains(year) && !undated.contains(year);
    }

    /**
     * A transcript's speakers ("MAYA: ...", "TOM: ..."): two or more, each speaking in two paragraphs or more, their
     * turns half the paragraphs or more, by the full names they are given in the text ("I'm Maya Brennan", "joined by
     * critic Rosa Kettering"), else as labelled; "Maya Brennan and Tom Achterberg". Empty when the text is no transcript.
     */
    public static Optional<String> speakers(List<Section> sections) {
        Map<String, Integer> turns = new java.util.LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        int paragraphs = 0;
        for (Section section : sections) {
            for (String paragraph : section.text().split("\n\n")) {
                Matcher m = SPEAKER.matcher(paragraph);
                if (m.lookingAt()) {
                    turns.merge(m.group(1), 1, Integer::sum);
                }
                text.append(paragraph).append('\n');
                paragraphs++;
            }
        }
        List<String> names = turns.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(e -> fullName(e.getKey(), text.toString())).toList();
        // Turns are most of a transcript; a review with a few "PROS:" and "CONS:" lines is none.
        int spoken = turns.values().stream().mapToInt(Integer::intValue).sum();
        if (names.size() < 2 || 2 * spoken < paragraphs) {
            return Optional.empty();
        }
        return Optional.of(String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1));
    }

    /** A speaker's label at the start of a paragraph: a capitalised name and a colon ("MAYA: ", "DR HALE: "). */
    private static final Pattern SPEAKER = Pattern.compile("(\\p{Lu}{2,}(?: \\p{Lu}{2,})?):\\s");

    private static String fullName(String label, String text) {
        String first = java.util.Arrays.stream(label.split(" "))
                .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.joining(" "));
        Matcher named = Pattern.compile("\\b" + Pattern.quote(first) + " (\\p{Lu}[\\p{Ll}'-]+)").matcher(text);
        return named.find() ? first + " " + named.group(1) : first;
    }

    /** How many opening paragraphs may hold a byline, and how many a name over a date (a masthead's five lines). */
    private static final int BYLINE_PARAGRAPHS = 3;
    private static final int MASTHEAD_PARAGRAPHS = 5;

    /** The outlet a byline names ("on The Late Show", "| Screen Daily"), or empty. */
    public static Optional<String> outlet(List<Section> sections) {
        for (String paragraph : openingParagraphs(sections)) {
            Matcher m = BYLINE.matcher(paragraph);
            if (m.matches()) {
                return Optional.ofNullable(m.group(2)).map(String::strip).filter(o -> !o.isEmpty());
            }
        }
        return Optional.empty();
    }

    /**
     * The note on the writer closing a review: "Bernard Ilesanmi writes a letter about a new film every week ...",
     * "Cressida Fairbairn is a critic based in Porto ..."; empty when the last paragraph is no such note. Only a note
     * on the trade of writing about films: "Artur Medeiros is a revelation." names an actor.
     */
    public static Optional<String> authorNote(List<Section> sections) {
        if (sections.isEmpty()) {
            return Optional.empty();
        }
        String[] paragraphs = sections.get(sections.size() - 1).text().strip().split("\n\n");
        Matcher note = AUTHOR_NOTE.matcher(paragraphs[paragraphs.length - 1].strip());
        return note.find() ? Optional.of(note.group(1)) : Optional.empty();
    }

    /**
     * The writer the text describes by the trade, in any paragraph: a hand history's "Note from calroebuck (Calvin
     * Roebuck, who reviews films for The Nut Flush)" under its table of seats, a post's "I'm Ros Quaintance, and I review
     * films for ...", a claim form's name field over "Occupation: Film critic".
     */
    public static Optional<String> describedCritic(List<Section> sections) {
        return java.util.stream.Stream.of(WHO_REVIEWS, SELF_INTRODUCED, FORM_NAME_AND_TRADE).flatMap(pattern -> sections.stream()
                .map(section -> pattern.matcher(section.text())).filter(Matcher::find).map(m -> m.group(1))).findFirst();
    }

    /**
     * The writer signing off near the end: a letter's "Yours faithfully," over the name, a dashed signature,
     * "— Imara Quist, for The Sofa Critics", or a credit in the small print ("Label written and packed by ..."). Only the last few paragraphs, since a letters page or a blog closes on
     * its own small print after the signature.
     */
    public static Optional<String> signOff(List<Section> sections) {
        List<String> paragraphs = sections.stream().flatMap(s -> java.util.Arrays.stream(s.text().split("\n\n")))
                .map(String::strip).filter(p -> !p.isEmpty()).toList();
        for (int i = paragraphs.size() - 1; i >= Math.max(0, paragraphs.size() - SIGN_OFF_PARAGRAPHS); i--) {
            Matcher dashed = DASHED_SIGNATURE.matcher(paragraphs.get(i));
            if (dashed.matches()) {
                return Optional.of(dashed.group(1));
            }
            // A newsletter's closing credit, its own first sentence: "*Compiled by Corisande Mackie. In cinemas from Friday.*"
            Matcher closing = CLOSING_CREDIT.matcher(paragraphs.get(i));
            if (i == paragraphs.size() - 1 && closing.matches()) {
                Matcher credit = BYLINE.matcher(closing.group(1));
                // A full name: "By Friday, the queue had gone." opens a sentence, not a credit.
                if (credit.matches() && credit.group(1).contains(" ")) {
                    return Optional.of(credit.group(1));
                }
            }
            // A label's small print: "Label written and packed by Marjolein Dekker, family film reviewer for The Pushchair Post."
            Matcher credited = CREDITED_CRITIC.matcher(paragraphs.get(i));
            if (credited.find() && credited.group(1) != null) {
                return Optional.of(credited.group(1));
            }
            Matcher posted = SIGNED_WITH_POST.matcher(paragraphs.get(i));
            // The cast is named in the prose before ("Ada Brigham plays the dame ... Ada Brigham, superb."); the writer is not.
            if (i == paragraphs.size() - 1 && posted.lookingAt()
                    && paragraphs.subList(0, i).stream().noneMatch(p -> p.contains(posted.group(1)))) {
                return Optional.of(posted.group(1));
            }
            String[] lines = paragraphs.get(i).split("\n");
            String after = lines.length > 1 ? lines[1].strip() : i + 1 < paragraphs.size() ? paragraphs.get(i + 1).split("\n")[0].strip() : "";
            Matcher name = SIGNED_NAME.matcher(after);
            if (VALEDICTION.matcher(lines[0].strip()).matches() && name.matches()) {
                return Optional.of(name.group(1));
            }
        }
        return Optional.empty();
    }

    /** A last paragraph's first sentence, out of its emphasis: the credit "Compiled by X" may open it. */
    private static final Pattern CLOSING_CREDIT = Pattern.compile("^[*_]*([^.!?*_]+)\\.(?:\\s.*)?$", Pattern.DOTALL);

    /** How far from the end a signature is looked for: itself, a place line, a paper's note on letters. */
    private static final int SIGN_OFF_PARAGRAPHS = 4;
    /** How letters and posts close before the name. English letter-writing's own set. */
    private static final Pattern VALEDICTION = Pattern.compile("(?i)^(?:yours(?: faithfully| sincerely| truly| ever)?"
            + "|(?:with )?(?:best|kind|warm|warmest)(?: wishes| regards)?|regards|cheers|thanks|love|sincerely),?$");
    /** A full name, two to four words ("Ermengarde Scholefield", "Anouk de Vries"): how a writer signs or is described. */
    private static final String FULL_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}'’-]+)){1,3}";
    private static final Pattern SIGNED_NAME = Pattern.compile("^(" + WRITTEN_NAME + ")(?:,\\s*[^.!?]{2,60})?\\.?$");
    /**
     * A parish magazine's or a club newsletter's sign-off: the writer's full name and post as a sentence of their own,
     * opening the last paragraph ("Ermengarde Scholefield, churchwarden. The flower rota is on the porch
     * noticeboard."). The post is a few lower-case words and nothing else: "Ada Brigham, as ever, is superb." is no post,
     * and "By Friday, the queue had gone." no name.
     */
    private static final Pattern SIGNED_WITH_POST = Pattern.compile("^(?!By\\s)(" + FULL_NAME + "),\\s+(?:[\\p{Ll}-]+\\s+){0,3}[\\p{Ll}-]+\\.(?:\\s|$)");
    private static final Pattern DASHED_SIGNATURE = Pattern.compile("^[—–]\\s*(" + WRITTEN_NAME + ")(?:,\\s*[^.!?]{2,60})?$");

    /**
     * A piece credited to the publication's own critic: "served by your critic, Eglantine Sharrock", "by our reviewer Ama
     * Boateng", or a sentence the page opens on it ("Our film critic, Jeannie Cawood, files by phone"). Otherwise, without
     * the "by", a letter may be complaining about that critic ("your critic, Percival Strode, gave it").
     */
    private static final Pattern OUR_CRITIC = Pattern.compile("(?:\\bby\\s+(?:[Yy]our|[Oo]ur)|(?<=^|[.!?]\\s)Our)\\s+(?:film\\s+)?(?:critic|reviewer),?\\s+("
            + FULL_NAME + ")");

    /**
     * A full name credited with the text by a past participle ("Prepared by", "Sent by", "packed by"; not a film's own
     * credit, "Directed by"), or by the writer's own "by me," ("THIS WILL is made by me, Berengaria Ardagh-Boyce, film
     * critic of ..."), then described by the trade of writing about films (group 1); or a full name with that trade in
     * brackets after it, "Customer: Casimir Quarrendon (film critic, The Monday Pennon)" (group 2); or a full name the trade
     * labels, "Your tour manager and film critic: Clarissa Dunwoody" (group 3); or a labelled full name with the trade
     * after it, "Enforcement officer: Pamela Vosburgh, film critic, badge number 0412" (group 4); or a full name credited
     * with the page by a past participle for a publication, "drawn by Anstice Wenlock for The Micklegate Clapper" (group 5);
     * or a full name credited with anything by "by" and described as a film critic, "chords by Jill Cockcroft, film critic
     * of The Sherwood Strum" (group 6).
     */
    private static final Pattern CREDITED_CRITIC = Pattern.compile("\\b(?:(?!(?i:directed|produced|edited|written|scored|composed"
            + "|photographed|narrated|voiced|animated|designed|choreographed)\\b)\\p{L}\\p{Ll}+(?:ed|en|nt|ght) by|by me,) (" + FULL_NAME + "),\\s+"
            // The trade may come after another, day and night: "Inspected by NAME, an environmental health officer by day
            // and the film critic of The Tees Tureen by night".
            + "(?:[\\p{Ll}-]+\\s+){0,10}(?:critic|reviewer|journalist|columnist|blogger)\\b"
            // "Customer: Casimir Quarrendon (film critic, The Monday Pennon)": the trade in brackets after the name.
            + "|(?<=^|[\\s:>])(" + FULL_NAME + ") \\((?:[\\p{Ll}-]+\\s+){0,3}(?:critic|reviewer|journalist|columnist|blogger)\\b"
            // "Your tour manager and film critic: Clarissa Dunwoody, of Saddle & Screen": the trade as the name's label.
            + "|\\b(?i:critic|reviewer):\\s+(" + FULL_NAME + ")"
            // "Enforcement officer: Pamela Vosburgh, film critic": a labelled name, the trade after it.
            // "Observer: Lenora Feaver, society film secretary and film critic of ...": the trade may come after another.
            + "|:\\s+(" + FULL_NAME + "),\\s+(?:[\\p{Ll}-]+\\s+){0,6}(?:critic|reviewer|journalist|columnist|blogger)\\b"
            // "A flowchart, drawn by Anstice Wenlock for The Micklegate Clapper": credited with the page for a publication.
            + "|\\b(?!(?i:directed|produced|edited|written|scored|composed|photographed|narrated|voiced|animated|designed"
            + "|choreographed|shown)\\b)\\p{L}\\p{Ll}+(?:ed|en|wn|nt|ght) by (" + FULL_NAME + ") for (?:[Tt]he )?\\p{Lu}"
            // "Capo (a review in song), chords by Jill Cockcroft, film critic of The Sherwood Strum": by whatever the
            // page is made of, a name the trade itself describes.
            + "|(?<!(?i:directed|produced|written|music|score|songs) )\\bby (" + FULL_NAME + "),\\s+(?:[\\p{Ll}-]+\\s+){0,2}"
            + "(?i:film|movie|cinema) (?:critic|reviewer)\\b");

    /**
     * A full name the trade follows in a clause, wherever it stands: "(Calvin Roebuck, who reviews films for The Nut
     * Flush)", "coach Bessie Oliphant, who also reviews films for the club newsletter", "Kadri Threapleton, health and
     * safety adviser, who also writes the film column for The Fen Slough Tablet" (an apposition between, which may open
     * on a capital: "Gwynneth Yendell, Saturday volunteer, who also reviews films for ...").
     */
    private static final Pattern WHO_REVIEWS = Pattern.compile(
            "(?<=^|[\\s(:>])(" + FULL_NAME + "),\\s+(?:\\p{L}[\\p{Ll}\\s-]{0,60},\\s+)?who\\s+(?:also\\s+|now\\s+)?(?:(?:reviews|writes about) (?:films|movies)"
            + "|writes (?:the|a) (?:film|movie|cinema) (?:column|page))\\b");

    /**
     * The writer introducing themself by the trade: "I'm Ros Quaintance, and I review films for The Walthamstow
     * Wagtail", "My name is Ada Quill and I write about films". Grammar and the trade's words, a closed set.
     */
    private static final Pattern SELF_INTRODUCED = Pattern.compile("\\b(?:I['’]m|I am|[Mm]y name is|[Mm]y name['’]s)\\s+("
            + FULL_NAME + ")(?:,\\s*|\\s+)(?:and\\s+)?I\\s+(?:also\\s+)?(?:review (?:films|movies)|write about (?:films|movies)"
            + "|write (?:the|a) (?:film|movie|cinema) (?:column|page)|am an?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:critic|reviewer))\\b");

    /**
     * A form's name field over its occupation field, the trade: "Name: Cyprian Sayle" then "Occupation: Film critic, The
     * Tuesday Lodestone" (a claim form, an application).
     */
    private static final Pattern FORM_NAME_AND_TRADE = Pattern.compile("(?m)^(?:[Ff]ull )?[Nn]ame:\\s*(" + FULL_NAME + ")\\s*$\\s+"
            + "^(?:[Oo]ccupation|[Jj]ob title|[Pp]rofession):\\s*(?:[\\p{L}-]+\\s+){0,3}(?i:critic|reviewer|journalist|columnist)\\b");

    /** A full name, then what the writer does: writes, reviews, or is a critic (writer, editor...). The trade's words, a closed set. */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("^(" + FULL_NAME + ")"
            + "\\s+(?:writes\\b|reviews\\b|has (?:reviewed|written)\\b|is an?\\s+(?:[\\p{L}-]+\\s+){0,3}(?:critic|writer|journalist|editor|blogger|reviewer|columnist)\\b)");

    private static List<String> openingParagraphs(List<Section> sections) {
        return openingParagraphs(sections, BYLINE_PARAGRAPHS);
    }

    private static List<String> openingParagraphs(List<Section> sections, int count) {
        if (sections.isEmpty()) {
            return List.of();
        }
        String[] paragraphs = sections.get(0).text().split("\n\n");
        return java.util.Arrays.stream(paragraphs).limit(count).map(String::strip).toList();
    }

    private static Optional<String> reviewerIn(String paragraph) {
        return bylineOf(paragraph).or(() -> userLine(paragraph)).or(() -> posterOf(paragraph));
    }

    private static Optional<String> bylineOf(String paragraph) {
        // A diary's line dates the viewing after the name: "Watched by Pia Lindahl 03 Dec 2026".
        Matcher m = BYLINE.matcher(TRAILING_DATE.matcher(paragraph).replaceFirst(""));
        return m.matches() && !opensASentence(paragraph, m.group(1)) ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** "By Friday, the queue had gone.": a bare "By" before one capitalised word opens a sentence, not a byline. */
    private static boolean opensASentence(String paragraph, String name) {
        return paragraph.startsWith("By ") && name.strip().matches("\\p{Lu}\\p{Ll}+");
    }

    /** A forum's post header, a line of its own under the thread's: "Reply #14 · Posted by Terry Blackmore · 7 Dec 2026". */
    private static Optional<String> posterOf(String line) {
        for (String part : line.split("\\s*(?:\n|[·•|])\\s*")) {
            Matcher poster = POSTER.matcher(part.strip());
            if (poster.matches()) {
                return Optional.of(poster.group(1));
            }
        }
        return Optional.empty();
    }

    /**
     * A paper's or a newsletter's byline over the text: "Ysanne Weatherill · Second Helpings · 14 December 2026", or
     * the same credited by what the writer made of the page, "Drawn by Lilith Wyvill · The Crooked Card · 16 December 2026".
     */
    private static Optional<String> namedUserLine(String paragraph) {
        for (String part : paragraph.split("\n")) {
            Matcher named = NAMED_USER_LINE.matcher(part.strip());
            if (named.matches() && Masthead.DATE.matcher(named.group(2)).find()) {
                return Optional.of(named.group(1).strip());
            }
            Matcher credited = CREDIT_LINE.matcher(part.strip());
            if (credited.matches() && Masthead.DATE.matcher(credited.group(2)).find()) {
                return Optional.of(credited.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** A page's line that signs what follows: "Why we love it, by Kirsteen Monteith, front of house". No sentence's end. */
    private static final Pattern SIGNED_LINE = Pattern.compile("^[^,.!?\\n]{2,40},\\s+by\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:de|van|von|da|di|\\p{Lu}[\\p{L}'’-]+)){1,3})"
            + "(?:,\\s*[^.!?\\n]{2,40})?$");

    private static final Pattern TRAILING_DATE = Pattern.compile("\\s+(?:on\\s+)?(?:" + Masthead.DATE.pattern().replace("(?i)", "") + ")\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** Whether a line is a byline ("By Jane Doe", "Reviewed by Jane Doe"). */
    static boolean isByline(String line) {
        return BYLINE.matcher(line.strip()).matches();
    }

    /** The handle of a review site's user line ("filmfan_99 · 12 March 2025"), or empty. */
    static Optional<String> userLine(String line) {
        Matcher forum = FORUM_LINE.matcher(line.strip());
        if (forum.matches()) {
            return Optional.of(forum.group(1));
        }
        Optional<String> poster = posterOf(line);
        if (poster.isPresent()) {
            return poster;
        }
        Matcher m = USER_LINE.matcher(line.strip());
        return m.matches() && Masthead.DATE.matcher(m.group(2)).find() ? Optional.of(m.group(1)) : namedUserLine(line);
    }

    /**
     * The year a masthead's title line gives the film: "Kingfisher Protocol (2026)", a diary's "Marmalade Season
     * 2026", a thread's "Saltpetre (2026) - am I the only one?"; null when none. Only the title's own line: the
     * masthead's dates are when the review was written.
     */
    public static Integer titleLineYear(String title, List<String> masthead) {
        Pattern titleLine = Pattern.compile("(?i)^\\s*" + Pattern.quote(title) + "\\s*(?:\\(?((?:19|20)\\d{2})\\)?\\s*$|\\(((?:19|20)\\d{2})\\)\\s+\\p{Pd})");
        return masthead.stream().map(titleLine::matcher).filter(Matcher::lookingAt).findFirst()
                .map(m -> Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2))).orElse(null);
    }

    /**
     * A year line ("Year: 2024"), the title followed by a year in brackets ("Heat (1995)", "Heat (dir. Michael
     * Mann; 1995)"), a credits line with a year among its fields ("Director: Michael Mann | US, 1995 | 170 min"),
     * or a year the
     * prose gives the film ("a 2022 British comedy", "released in 2019"); null when none.
     */
    public static Integer year(String title, List<Section> sections) {
        // "Heat (1995)", or a festival credits line "Heat (dir. Michael Mann; US; 1995; 170 min)".
        Pattern titled = Pattern.compile("(?i)" + Pattern.quote(title)
                + "\\W{0,3}\\((?:[^()]{0,80}?[;,]\\s*)?((?:19|20)\\d{2})\\s*(?:[;,][^()]{0,80})?\\)");
        // "Bullwheel is a British survival thriller from 2026": the kind straight before the year is the film's only in a
        // sentence naming it; "a film from 1960, before I get to the one that opens on Friday" is another film.
        Pattern titledKind = Pattern.compile("(?i)\\b" + Pattern.quote(title) + "\\b[^.]{0,60}?\\b" + KIND_OF_FILM
                + "\\s+from\\s+((?:19|20)\\d{2})\\b");
        for (Section section : sections) {
            Matcher kind = titledKind.matcher(section.text());
            if (kind.find()) {
                return Integer.valueOf(kind.group(1));
            }
            Matcher line = YEAR_LINE.matcher(section.text());
            if (line.find()) {
                return Integer.valueOf(line.group(1));
            }
            Matcher inProse = titled.matcher(section.text());
            if (inProse.find()) {
                return Integer.valueOf(inProse.group(1));
            }
            Matcher credits = CREDITS_YEAR.matcher(section.text());
            if (credits.find()) {
                return Integer.valueOf(credits.group(1));
            }
        }
        for (Section section : sections) {
            Matcher described = YEAR_PROSE.matcher(section.text());
            if (described.find()) {
                for (int group = 1; group <= described.groupCount(); group++) {
                    if (described.group(group) != null) {
                        return Integer.valueOf(described.group(group));
                    }
                }
            }
        }
        return null;
    }

    /**
     * A rating as written, on a 0..1 scale so ratings on different scales compare: "4/5" is 0.8, "★★★☆☆"
     * 0.6, "Two stars out of five" 0.4; a letter grade A+ to F. Empty when it cannot be read.
     */
    public static Optional<Double> scale(String rating) {
        if (rating == null) {
            return Optional.empty();
        }
        String r = rating.toLowerCase(Locale.ROOT);
        long full = r.chars().filter(c -> c == '★' || c == '✭').count();
        long empty = r.chars().filter(c -> c == '☆' || c == '✩').count();
        if (full + empty > 0) {
            double stars = full + (r.contains("½") ? 0.5 : 0);
            return Optional.of(stars / (full + empty > 1 && empty > 0 ? full + empty + (r.contains("½") ? 1 : 0) : 5));
        }
        Matcher grade = Pattern.compile("(?:^|[:\\s])([a-f])([+-]?)\\s*$").matcher(r);
        if (grade.find() && !r.matches(".*\\d.*")) {
            double base = switch (grade.group(1)) { case "a" -> 0.95; case "b" -> 0.85; case "c" -> 0.75; case "d" -> 0.65; default -> 0.4; };
            return Optional.of(base + (grade.group(2).equals("+") ? 0.03 : grade.group(2).equals("-") ? -0.03 : 0));
        }
        Matcher m = Pattern.compile("(" + NUMBER + ")( and a half)?[^\\d]*?(?:/|out of)\\s*(\\d{1,3}|five|ten|four)").matcher(r);
        if (m.find()) {
            double value = number(m.group(1)) + (m.group(2) != null ? 0.5 : 0);
            double of = number(m.group(3));
            return of > 0 ? Optional.of(Math.min(1, value / of)) : Optional.empty();
        }
        Matcher percent = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s*%").matcher(r);
        if (percent.find()) {
            return Optional.of(Math.min(1, Double.parseDouble(percent.group(1)) / 100));
        }
        Matcher stars = Pattern.compile("(" + NUMBER + ")( and a half)?\\s*stars?").matcher(r);
        if (stars.find()) {
            return Optional.of(Math.min(1, (number(stars.group(1)) + (stars.group(2) != null ? 0.5 : 0)) / 5));
        }
        return Optional.empty();
    }

    private static double number(String text) {
        Double word = WORDS.get(text.strip());
        return word != null ? word : Double.parseDouble(text.strip());
    }
}

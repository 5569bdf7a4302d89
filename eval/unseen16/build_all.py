#!/usr/bin/env python3
"""Write eval/unseen16/all.jsonl from the hand-written questions below (one JSON object per line).

New films: FP Far Post (two reviews that disagree: a sports site's match report with player ratings by Gavin Thirlwall,
The Half-Volley, 8/10, and an email reply by Octavia Scobie, Sightline Monthly, to her editor, "Two stars"), PT
Pteridomania (a Tumblr post with its reblog chain, HTML entities and curly quotes, "9/10"), VI Vigia (a set-jetting
travel blog's filming-locations guide with a review at the end, `film:` alias, "Four out of five, and a whale"), NI Null
Island (a review written as a bug report on an issue tracker, "Overall: 6/10"), DU Dunnage (a whisky blogger's tasting
notes, "86/100", "four stars out of five"), GU Gumboot (a TikTok video's caption, on-screen text and transcript, with
comments, "8.5 out of 10"), FC Fair Comment (a law blog's review written as a court judgment with numbered paragraphs,
"four stars out of five"). About 15 questions are about films of eval/unseen15 (copied unchanged into reviews/):
Pulpo and Skive. The set also has about a dozen plot questions ("what's X about?") and three "what do they agree on"
questions.
"""
import json, os

FP, PT, VI, NI = "Far Post", "Pteridomania", "Vigia", "Null Island"
DU, GU, FC = "Dunnage", "Gumboot", "Fair Comment"
# films of eval/unseen15/reviews (copied unchanged)
PU, SK = "Pulpo", "Skive"
FP_SIDES = ["Thirlwall", "Scobie"]  # match report .md (8/10), email reply .txt (two stars)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats far post about", K, FP, [],
  ["unofficial Women's World Cup", "a fifteen-year-old striker from a Corby steelworks family"])
q("what is the plot of pteridomania", K, PT, [],
  ["the victorian fern craze is at its height", "a broke botanical illustrator called Euphemia Pollard"])
q("whats the story in vigia", K, VI, ["What is Vigia about?"],
  ["The last whale was killed off Pico in 1987", "phones sightings through to his grandson Nuno",
   "working to save the animals he used to kill"])
q("what happens in null island", K, NI, ["Steps to reproduce", "Summary"],
  ["satellite navigation suddenly says it is at 0°N 0°E", "every ship and plane on Earth reporting the same position"])
q("what's fair comment about?", K, FC, ["The facts"],
  ["She sued for libel", "had paid for her number one", "follows the trial day by day"])
q("what happens in pulpo", K, PU, ["The story"],
  ["A shy octopus who lives under a Galician lighthouse befriends Martiño",
   "take on a gang of gulls who are stealing the fishermen's catch"])
q("whats skive about", K, SK, [],
  ["three Year 11s in Hull who bunk off on the day of their mock exams"])
q("does dunnage look nice", K, DU, ["Colour"],
  ["Bao Nguyen's photography of the Derwent Valley", "glow like the stuff inside them"])
q("hows the music in vigia", K, VI, ["But is the film any good?"],
  ["a Portuguese guitar and a lot of wind, is beautiful"])
q("is null island scary at all", K, NI, ["Working as intended"],
  ["the scariest moment I've had in a cinema this year"])
q("how does gumboot look, is the animation good", K, GU, [],
  ["it looks better than real water", "they made the river out of resin and clingfilm"])
q("is the cinematography in pteridomania nice", K, PT, [],
  ["all green light through wet leaves, every frame a painting"])
q("how's the acting in fair comment", K, FC, ["The evidence of the witnesses"],
  ["Georgette Ilori, who plays Lolly, was an impressive witness",
   "is the best screen judge I have seen", "He shouts where he should threaten"])

K = "actor"
q("who plays trish in far post", K, FP, [],
  ["Saffa Illingworth plays Trish", "Saffa Illingworth, as the young striker Trish"])
q("who plays the coach in far post", K, FP, [], ["Eustace Plumridge is great fun as Vic Osgathorpe"])
q("whos the dad in far post", K, FP, [], ["Malachy Rudd, as her father Ron", "Malachy Rudd is superb as her dad"])
q("who plays the widow in pteridomania", K, PT, [], ["Theodosia Chudleigh (Berenice Waldegrave)"])
q("who plays the fern thief in pteridomania", K, PT, [], ["Tarquin Mallender as Mordecai Quarles"])
q("who plays the old whaler in vigia", K, VI, ["What is Vigia about?"],
  ["Amadeu (Jacinto Mourão)", "Jacinto Mourão is magnificent"])
q("who plays the marine biologist in vigia", K, VI, ["What is Vigia about?"], ["Dr Signy Lachance (Kalinda Brouwer)"])
q("who plays the lead in null island", K, NI, ["Steps to reproduce"],
  ["Bisola Kenwright, as the navigation engineer Dr Halima Sesay"])
q("who plays the billionaire in null island", K, NI, ["Actual behaviour"],
  ["Crispus Oakenfold turns up as Aurelian Pryde"])
q("who plays verna in dunnage", K, DU, ["Nose"], ["Verna Kilroy (Roberta Mulqueen)"])
q("who voices the heron in gumboot", K, GU, [], ["Treasa Tumelty plays a heron called Mrs Stilts"])
q("who plays lolly fentiman", K, FC, ["The evidence of the witnesses"], ["Georgette Ilori, who plays Lolly"])
q("who voices the gull captain in pulpo", K, PU, ["The voices"], ["Captain Squawk in English, voiced by Basil Tremlow"])

K = "crew"
q("who directed far post", K, FP, [], ["Ramsay Tolhurst's film", "Ramsay Tolhurst turns that into a greetings card"])
q("who wrote far post", K, FP, [], ["written by Bronagh Mountfield"])
q("who edited far post", K, FP, [], ["his editor, Solange Renwick"])
q("who directed pteridomania", K, PT, [], ["Dagmar Lillywhite directed it"])
q("whos the composer on pteridomania", K, PT, [], ["the score by Aurelie Vantongeren"])
q("who shot vigia", K, VI, ["But is the film any good?"], ["Mafalda Quaresma's photography"])
q("who wrote vigia", K, VI, ["But is the film any good?"], ["The script, by Gonçalo Barreiros"])
q("who wrote null island", K, NI, ["Expected behaviour"], ["The script by Ptolemy Wetherall"])
q("who did the music for null island", K, NI, ["Steps to reproduce"], ["Sakari Lindholm's score"])
q("who directed dunnage", K, DU, [], ["directed by Ngaire Fogarty"])
q("who wrote the songs in gumboot", K, GU, [], ["the songs by Zephyrine Gault"])
q("who directed fair comment", K, FC, ["The facts"], ["directed by Effie Lamerton from a screenplay by Ffinlo Corkill"])
q("who was the cinematographer on fair comment", K, FC, ["Expert evidence on the craft"],
  ["Olamide Farrer's cinematography"])

K = "metadata"
q("how long is far post", K, FP, [], ["118 minutes"])
q("whats the certificate for far post", K, FP, [], ["Rated 12A", "12A, 118 minutes"])
q("what year is far post from", K, FP, [], ["2026"])
q("what is pteridomania rated", K, PT, [], ["12A"])
q("how long is pteridomania", K, PT, [], ["131 minutes"])
q("when did vigia come out", K, VI, [], ["2025"])
q("vigia runtime and age rating", K, VI, [], ["108 minutes"], ["12A"])
q("how long is null island", K, NI, ["Summary"], ["1h 57m"])
q("who wrote the null island review", K, NI, [], ["segfault_sally"])
q("what's dunnage rated", K, DU, [], ["rated 15"])
q("who wrote the dunnage review", K, DU, [], ["Struan Dalziel"])
q("what age rating is gumboot", K, GU, [], ["GUMBOOT (2026) · U · 84 mins", "it's a U and nobody cried"])
q("how long is fair comment", K, FC, ["Introduction"], ["running 121 minutes"])

K = "verdict"
q("is far post any good", K, FP, [], ["8/10", "Two stars"], FP_SIDES)
q("did the sightline critic like far post", K, FP, [], ["Two stars. One of them is for Malachy Rudd."])
q("what did the half-volley give far post", K, FP, [], ["8/10", "Take your daughters, take your dads"])
q("is pteridomania worth watching", K, PT, [],
  ["9/10. would be 10 if the fern thief subplot", "the yearning film of the decade"])
q("should i see vigia", K, VI, ["But is the film any good?"], ["Four out of five, and a whale", "Mostly, yes."])
q("is null island worth it", K, NI, ["Rating"], ["Overall: 6/10", "7/10 for the first ninety minutes, 3/10 for the rest"])
q("what did the whisky guy think of dunnage", K, DU, ["Score"], ["86/100", "four stars out of five"])
q("is dunnage good or nah", K, DU, ["Score", "Palate"], ["86/100", "Mulqueen is extraordinary"])
q("gumboot worth taking the kids to?", K, GU, [], ["8.5 out of 10 from me", "go see it"])
q("what's the verdict on fair comment", K, FC, ["Disposal"],
  ["four stars out of five, with costs in popcorn", "The claim fails, save on length"])
q("did the barrister like fair comment", K, FC, ["Findings", "Disposal"],
  ["The first hour is excellent", "four stars out of five"])
q("is pulpo good", K, PU, ["Verdict"], ["Subtitled: 8/10. Dubbed: 6/10."])
q("what grade did skive get", K, SK, ["Overall grade: C+", "Form tutor's comment"],
  ["Overall grade: C+", "a likeable pupil with a great voice"])

K = "yes/no"
q("is far post ok for kids", K, FP, [], ["Rated 12A for some strong language", "Take your daughters"])
q("is far post based on a true story", K, FP, [],
  ["a lovely true-ish story", "Far Post is the story nobody told me at school"])
q("is pteridomania slow", K, PT, [], ["is it slow? yes.", "about forty of them are ferns"])
q("can i bring my little sister to pteridomania", K, PT, [], ["bring your little sister"])
q("is vigia in english", K, VI, [], ["in Portuguese and English with subtitles"])
q("is vigia ok for kids", K, VI, ["But is the film any good?"],
  ["one bloody flashback to the old hunts", "sensitive children may want to look away"])
q("is null island a horror film", K, NI, ["Summary"], ["a tense, clever science-fiction thriller"])
q("is there a helicopter fight in null island", K, NI, ["Actual behaviour"], ["there is a fistfight on a helicopter"])
q("can i take my kids to dunnage", K, DU, ["With water"], ["leave the children at home", "which explains the 15"])
q("is dunnage too long", K, DU, ["Palate"], ["could lose fifteen of them"])
q("is gumboot ok for a 3 year old", K, GU, [],
  ["probably yes! it's only 84 minutes", "maybe skip it if they hate the dark"])
q("is gumboot scary", K, GU, [], ["one bit in a storm drain is a bit dark", "it's a U and nobody cried"])
q("is skive suitable for under 12s", K, SK, ["Behaviour — D"], ["I would not show it to anyone under twelve"])

K = "typo"
q("far pst reveiw", K, FP, [], ["8/10", "Two stars"], FP_SIDES)
q("pteridomaina who directed", K, PT, [], ["Dagmar Lillywhite directed it"])
q("terridomania worth it?", K, PT, [], ["9/10. would be 10", "the yearning film of the decade"])
q("vigila whale film any good", K, VI, ["But is the film any good?"], ["Four out of five, and a whale", "Mostly, yes."])
q("where was vigya filmed", K, VI,
  ["1. The vigia above Lajes do Pico", "2. The harbour and the whalers' museum", "3. The lava vineyards"],
  ["The white lookout on the clifftop is real", "was shot in the whalers' museum on the seafront",
   "the vineyards near Madalena"])
q("nul island cast", K, NI, ["Steps to reproduce", "Actual behaviour"],
  ["Bisola Kenwright", "Kojo Asantewaa", "Crispus Oakenfold"])
q("null iland ending", K, NI, ["Actual behaviour"],
  ["the ending resets everything with a literal reboot", "The third act loads a different film"])
q("dunage whisky movie review", K, DU, ["Score"], ["86/100", "four stars out of five"])
q("dunnadge cast", K, DU, ["Nose", "Palate"], ["Roberta Mulqueen", "Jarrah Pettigrew", "Ignatius Ferrier"])
q("wat is gumbot about", K, GU, [], ["washes one wellington boot", "a little red left boot called Welly"])
q("gumbbot voice cast", K, GU, [], ["Welly is voiced by Odhran Kealy", "Treasa Tumelty plays a heron"])
q("fair coment plot", K, FC, ["The facts"], ["She sued for libel", "had paid for her number one"])
q("fare comment how long", K, FC, ["Introduction"], ["running 121 minutes"])

K = "very short"
q("far post ending", K, FP, [], ["earned, and I'm not telling you the score", "the ending is a cheat"], FP_SIDES)
q("pteridomania music", K, PT, [], ["just a cello and a harmonium and it ruined me"])
q("pteridomania rating", K, PT, [], ["9/10", "12A"])
q("vigia director", K, VI, [], ["directed by Filomena Sequeira"])
q("vigia editor", K, VI, ["But is the film any good?"], ["Idalina Rego's editing"])
q("null island premise", K, NI, ["Steps to reproduce", "Summary"],
  ["satellite navigation suddenly says it is at 0°N 0°E", "every ship and plane on Earth reporting the same position"])
q("null island dop", K, NI, ["Steps to reproduce"], ["Torsten Ahlgren shoots the buoy"])
q("dunnage premise?", K, DU, ["Nose"],
  ["inherited a small distillery that owes the bank more than it will ever earn",
   "comes home from Melbourne with a buyer in tow"])
q("dunnage music", K, DU, ["Finish"], ["Oriel Kingsmill's score, mostly fiddle and slide guitar"])
q("gumboot runtime", K, GU, [], ["84 mins", "84 minutes"])
q("fair comment ending", K, FC, ["Findings"], ["is earned and genuinely surprising"])
q("fair comment editor", K, FC, ["Expert evidence on the craft"], ["Sebastiano Riva's editing"])
q("skive music", K, SK, ["Music — A"], ["The songs by the fictional band, written by Kez Ormondroyd"])

K = "no film named"
q("the film about the england girls team in mexico city, any good?", K, FP, [], ["8/10", "Two stars"], ["Far Post"])
q("who plays the striker in that 1971 womens world cup film", K, FP, [], ["Saffa Illingworth"], ["Far Post"])
q("whats that movie about the victorian fern craze called", K, PT, [], ["Pteridomania"], ["Pteridomania"])
q("is the botanical illustrator romance any good", K, PT, [], ["9/10", "the yearning film of the decade"],
  ["Pteridomania"])
q("plot of the whaling one in the azores?", K, VI, ["What is Vigia about?"],
  ["The last whale was killed off Pico in 1987", "phones sightings through to his grandson Nuno"], ["Vigia"])
q("who plays the marine biologist in the whale film", K, VI, ["What is Vigia about?"], ["Kalinda Brouwer"], ["Vigia"])
q("the one where every ship thinks its at 0 0, whats it rated", K, NI, ["Summary"], ["12A"], ["Null Island"])
q("that sci fi film on the weather buoy, is the ending good", K, NI, ["Actual behaviour"],
  ["the ending resets everything with a literal reboot", "The third act loads a different film"], ["Null Island"])
q("any good films about a whisky distillery", K, DU, ["Score"], ["86/100", "four stars out of five"], ["Dunnage"])
q("the tasmanian flood film, who directed it", K, DU, [], ["directed by Ngaire Fogarty"], ["Dunnage"])
q("is the film about the lost wellington boot ok for kids", K, GU, [], ["it's a U and nobody cried"], ["Gumboot"])
q("whats the 1960s libel trial film like", K, FC, ["Findings", "Disposal"],
  ["four stars out of five", "The first hour is excellent"], ["Fair Comment"])
q("which film has the octopus and the lighthouse", K, PU, ["The story"],
  ["A shy octopus who lives under a Galician lighthouse"], ["Pulpo"])

K = "film not stored"
no("is bend it like beckham good", K)
no("portrait of a lady on fire review?", K)
no("whats the gavel street affair about", K)
no("is how to train your dragon scary", K)
no("is whisky galore worth watching", K)
no("who directed a few good men", K)
no("is moby dick any good", K)
no("toy story runtime", K)
no("is free willy ok for kids", K)
no("is the tidewater accord any good", K)
no("who's in the pewter hound", K)
no("is far point any good", K)
no("gumshoe 2026 review", K)
no("master and commander is it worth a watch", K)

K = "unanswerable"
no("what was far post's budget", K, FP)
no("does england win the final in far post", K, FP)
no("who edited pteridomania", K, PT)
no("how much did pteridomania make at the box office", K, PT)
no("vigia box office", K, VI)
no("who produced null island", K, NI)
no("null island budget", K, NI)
no("who edited dunnage", K, DU)
no("who shot gumboot", K, GU)
no("who edited gumboot", K, GU)
no("does lolly win the libel case in fair comment", K, FC)
no("is fair comment a true story", K, FC)
no("who edited pulpo", K, PU)
no("who edited skive", K, SK)

K = "pros/cons"
q("pros and cons of far post", K, FP, [],
  ["she is a revelation", "a couple of lazy team-talk speeches", "mugs at the camera in every close-up"])
q("what's wrong with far post according to the half-volley", K, FP, [],
  ["a couple of lazy team-talk speeches", "underused"])
q("whats good and bad about pteridomania", K, PT, [],
  ["would be 10 if the fern thief subplot", "is it slow? yes.", "Oriane Lestrange does more with a paintbrush"])
q("anything bad about vigia", K, VI, ["But is the film any good?"],
  ["goes soft in the last twenty minutes", "a romance between Nuno and a tourist goes nowhere"])
q("what did the reviewer like about vigia", K, VI, ["But is the film any good?"],
  ["Jacinto Mourão is magnificent", "makes the Atlantic look enormous and cold"])
q("what works in null island", K, NI, ["Working as intended"],
  ["She carries the film alone for long stretches", "The silence after the first ping"])
q("whats the problem with null island", K, NI, ["Actual behaviour"],
  ["explains the entire plot in a six-minute monologue", "The third act loads a different film"])
q("dunnage strengths and weaknesses", K, DU, ["Palate"], ["The bank subplot is dull", "Mulqueen is extraordinary"])
q("what's bad about gumboot", K, GU, [], ["the middle sags", "the songs by Zephyrine Gault are forgettable"])
q("what did fola like about gumboot", K, GU, [], ["the biggest laughs in the room", "it looks better than real water"])
q("fair comment good and bad points", K, FC, ["Submissions on length", "Findings", "The evidence of the witnesses"],
  ["the middle forty minutes", "He shouts where he should threaten", "The first hour is excellent"])
q("whats the weakest part of skive", K, SK, ["English — C"],
  ["funny for an hour and then runs out of ideas", "Too many jokes about vapes"])
q("what does the pulpo review dislike", K, PU, ["The songs", "The look"],
  ["translated into English rhymes that do not fit the tunes", "looks oddly flat and plasticky"])

K = "disagreement"
q("is saffa illingworth good in far post", K, FP, [],
  ["she is a revelation", "mugs at the camera in every close-up"], FP_SIDES)
q("are the football scenes in far post any good", K, FP, [],
  ["the football is actually convincing", "The football scenes are chopped into mush"], FP_SIDES)
q("far post music good or bad", K, FP, [],
  ["funk-and-brass score sounds like a lost record", "Jericho Lusweti's score is a tribute act"], FP_SIDES)
q("is far post too long", K, FP, [],
  ["At 118 minutes it never drags", "At 118 minutes it felt like extra time and penalties"], FP_SIDES)
q("does far post have a good ending", K, FP, [],
  ["earned, and I'm not telling you the score", "the ending is a cheat"], FP_SIDES)
q("what do the reviewers agree on about far post", K, FP, [],
  ["Malachy Rudd is superb as her dad", "has the hardest job in the film and nails it",
   "Xochitl Arredondo's grainy photography of Mexico City is gorgeous", "Xochitl Arredondo shot the Mexico scenes"],
  FP_SIDES)
q("do both far post reviews like the dad", K, FP, [],
  ["Malachy Rudd is superb as her dad", "has the hardest job in the film and nails it"], FP_SIDES)
q("did the editor who asked for the far post review like it", K, FP, [],
  ["Saw it this afternoon and bawled", "Saffa Illingworth is the find of the year"])
q("is the ending of pteridomania good", K, PT, [], ["the ending is PERFECT", "had the whole row sobbing"], ["cop-out"])
q("is the fern thief subplot good or bad in pteridomania", K, PT, [],
  ["the fern thief is the best thing in the film", "would be 10 if the fern thief subplot"])
q("what does everyone on the pteridomania post agree on", K, PT, [],
  ["Lestrange is incredible, yes", "Oriane Lestrange does more with a paintbrush in her hand"])
q("is the null island ending on purpose or just bad", K, NI, ["Actual behaviour"],
  ["the ending resets everything with a literal reboot", "the director says in interviews that the ending is intentional"])
q("are the songs in gumboot good", K, GU, [],
  ["the songs by Zephyrine Gault are forgettable", "the songs are the best bit though"])
q("which pulpo voice cast is better, dub or original", K, PU, ["The voices"],
  ["the one place the dub is better", "he is wonderful: croaky, nervous and very funny"])

K = "comparison"
q("which is longer, far post or pteridomania", K, PT, [], ["131 minutes"], ["118"])
q("which is shorter, gumboot or vigia", K, GU, [], ["84 mins"], ["108"])
q("vigia or null island, which came out first", K, VI, [], ["2025"], ["2026"])
q("which is better for kids, gumboot or dunnage", K, GU, [], ["it's a U and nobody cried"], ["15"])
q("which rated higher, null island or fair comment", K, FC, [], ["four stars out of five"], ["6/10"])
q("which did the reviewer like more, pteridomania or null island", K, PT, [], ["9/10"], ["6/10"])
q("dunnage or fair comment, which is longer", K, DU, [], ["126 minutes"], ["121"])
q("which is longer, null island or vigia", K, NI, [], ["1h 57m"], ["108"])
q("which is shorter, gumboot or pulpo", K, GU, [], ["84 mins"], ["89 minutes"])
q("skive or far post, which is shorter", K, SK, [], ["92 minutes"], ["118"])
q("which is scarier, null island or gumboot", K, NI, [], ["the scariest moment I've had in a cinema this year"])
q("which is more suitable for children, pulpo or vigia", K, PU, [], ["It is rated U"], ["12A"])
q("which got the better review, gumboot or null island", K, GU, [], ["8.5 out of 10"], ["6/10"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

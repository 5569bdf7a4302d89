#!/usr/bin/env python3
"""Write eval/unseen8/all.jsonl from the hand-written questions below (one JSON object per line).

New films: CW The Cobalt Winter (two reviews by critics who disagree: Noemi Whitcombe's newsletter issue, 4/5, and
August Pike's all-caps review, 2/5), CL Copper Lanterns, SB Static Bloom (a podcast whose two hosts disagree), NH The
Ninth Harbour, HS The Hollow Saints, SE Sparrow and the Sky Engine, MR Meridian Road. About 15 questions are about
films of eval/unseen7 (copied unchanged into reviews/): The Velvet Junction, Moth and the Copper Moon, Kestrel Winter,
Salt and Sparrow, The Comet Orchard, The Marigold Ferry.
"""
import json, os

CW, CL, SB, NH = "The Cobalt Winter", "Copper Lanterns", "Static Bloom", "The Ninth Harbour"
HS, SE, MR = "The Hollow Saints", "Sparrow and the Sky Engine", "Meridian Road"
# unseen7 films
VJ, MC, KW, SS, CO, MF = ("The Velvet Junction", "Moth and the Copper Moon", "Kestrel Winter", "Salt and Sparrow",
                          "The Comet Orchard", "The Marigold Ferry")
CW_SIDES = ["Noemi Whitcombe", "August Pike"]   # newsletter (4/5, ## headings) and all-caps review (2/5, no headings)
SB_SIDES = ["Ruben Quayle", "Saskia Okoro"]     # podcast hosts (four out of five vs two and a half)
CO_SIDES = ["Sorrel Quill", "Gideon Varga"]
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("how does the hollow saints look", K, HS, ["How it looks and sounds"],
  ["candlelight and swamp green", "drowned nave at night", "painter's eye"])
q("is the ninth harbour slow going", K, NH, ["What doesn't quite work", "Behind the camera", "Verdict"],
  ["it is long", "sometimes too much", "A slow, salty"])
q("what do the tunes sound like in copper lanterns", K, CL, ["Pros", "Who made it"],
  ["all bongos and harpsichord", "pure 1960s cool"])
q("hows the audio in static bloom, like the noises", K, SB, [],
  ["The sound design, though", "Half the scares are just what you hear", "the record that keeps playing"])
q("does meridian road look good", K, MR, [],
  ["wide, bleached frames", "toy on a tablecloth", "lit by headlights and a single campfire"])
q("are the games on the ice fun to watch in the cobalt winter", K, CW, [],
  ["genuinely exciting", "staged with real energy", "best ten minutes here"])
q("how bloody is the hollow saints", K, HS, ["Where it stumbles", "Introduction"],
  ["The gore, when it arrives, is extreme", "two people walking out", "not a film for the squeamish"])
q("is the big robbery scene in copper lanterns any good", K, CL, ["Pros"], ["clockwork delight", "not one wasted beat"])
q("how rude is the dialogue in sparrow and the sky engine", K, SE, ["Language"],
  ["Very mild", "No swearing", "rusty old boiler"])
q("is copper lanterns pretty to look at", K, CL, ["Pros"], ["ice-cream colours", "rooftop chase at sunset is gorgeous"])
q("how frightening is moth and the copper moon for little ones", K, MC, [],
  ["Very mild", "nothing here will bother a five-year-old"])
q("does the ninth harbour capture the landscape well", K, NH, ["Behind the camera"],
  ["wind-scoured frames", "the sea is always slightly too close"])

K = "actor"
q("who plays dagny in the cobalt winter", K, CW, [], ["Greer Ashdown"])
q("whos the kid playing the goalie in the cobalt winter", K, CW, [], ["Esme Varga"])
q("who plays dot in static bloom", K, SB, [], ["Rhiannon Kettle"])
q("who plays valdis in the ninth harbour", K, NH, ["The performances"], ["Dmitri Oduya"])
q("who plays honorine in the hollow saints", K, HS, ["The performances"], ["Marisa Lindqvist"])
q("who voices gearbox", K, SE, ["What it's about"], ["Barnabas Quill"])
q("who plays the hitchhiker in meridian road", K, MR, [], ["Maude Lindqvist"])
q("who voices sparrow in sparrow and the sky engine", K, SE, ["What it's about"], ["Lumi Castell"])
q("who plays lottie vane", K, VJ, ["The Story"], ["Noa Reyes"])

K = "crew"
q("who directed the cobalt winter", K, CW, [], ["Ingrid Tolliver"])
q("who wrote copper lanterns", K, CL, ["Who made it"], ["Teddy Oyelaran"])
q("who did the music for static bloom", K, SB, [], ["Fern Okafor"])
q("who shot the ninth harbour", K, NH, ["Behind the camera"], ["Ciaran Vance"])
q("who edited the hollow saints", K, HS, ["How it looks and sounds", "Introduction"], ["Vesna Tolliver"])
q("who directed sparrow and the sky engine", K, SE, ["What it's about"], ["Winslow Achebe"])
q("who was the cinematographer on meridian road", K, MR, [], ["Luka Tamblyn"])
q("who wrote the hollow saints", K, HS, ["The story", "Introduction"], ["Linus Haddad"])
q("who edited kestrel winter", K, KW, [], ["Liv Quayle"])

K = "metadata"
q("how long is the ninth harbour", K, NH, [], ["126 minutes", "two hours and six minutes"])
q("what year is meridian road", K, MR, [], ["2025"])
q("copper lanterns runtime", K, CL, [], ["104 minutes"])
q("when did the hollow saints come out", K, HS, [], ["2026"])
q("what's sparrow and the sky engine rated", K, SE, [], ["Rated PG"])
q("who reviewed the cobalt winter", K, CW, [], ["Noemi Whitcombe", "August Pike"], CW_SIDES)
q("how long is static bloom", K, SB, [], ["98 minutes"])
q("who wrote the review of the hollow saints", K, HS, [], ["Ottilie Whitlock"])
q("how long is the velvet junction", K, VJ, [], ["two hours and eight minutes"])

K = "verdict"
q("is copper lanterns worth watching", K, CL, ["Would I recommend it?"], ["7.5/10", "Yes, especially"])
q("what did the reviewer think of the ninth harbour overall", K, NH, ["Verdict"],
  ["beautifully acted film about refusing to leave", "Four stars out of five"])
q("hollow saints worth it?", K, HS, ["Verdict"], ["Gorgeous, well acted", "Rating: 3/5", "should probably stay home"])
q("what grade did meridian road get", K, MR, [], ["A-"])
q("would you recommend sparrow and the sky engine", K, SE, ["The verdict"], ["warm, exciting adventure", "4 out of 5"])
q("what rating did static bloom get", K, SB, [], ["Four out of five", "Two and a half"],
  ["Four out of five", "Two and a half"])
q("how many stars did the cobalt winter get", K, CW, [], ["Four stars out of five", "4/5", "2/5"], CW_SIDES)
q("should i watch the cobalt winter", K, CW, [], ["Four stars out of five", "2/5", "catch it on a big screen", "Take your kids for the hockey"])
q("is the velvet junction worth seeing", K, VJ, ["Final Word"], ["absolutely worth it", "B+"])

K = "yes/no"
q("is sparrow and the sky engine ok for a 5 year old", K, SE, ["Age advice", "Scary scenes"],
  ["Best for seven and up", "may frighten under-sixes", "a lap to sit on"])
q("does copper lanterns have swearing", K, CL, ["Would I recommend it?"],
  ["nothing worse than a few", "punch-up in a fish market"])
q("is the hollow saints ok for kids", K, HS, ["Introduction", "Where it stumbles"],
  ["not a film for the squeamish", "The gore, when it arrives, is extreme"])
q("does meridian road have a lot of swearing", K, MR, [], ["a fair amount of swearing", "maybe not one for the kids"])
q("is the ninth harbour subtitled", K, NH, ["What doesn't quite work"], ["subtitled festival print was a relief"])
q("does sparrows mum die in sparrow and the sky engine", K, SE, ["Violence"], ["presumed dead"])
q("does sparrow and the sky engine have songs", K, SE, ["What parents will like"],
  ["songs are catchy without being annoying"])
q("is copper lanterns ok for kids", K, CL, ["Would I recommend it?"], ["gentle enough for a family night with older kids"])
q("is there a romance in copper lanterns", K, CL, ["Cons"], ["romance between Max and Colette feels tacked on"])

K = "typo"
q("cobalt wintr soundtrack", K, CW, [], ["analogue synthesizers", "wall-to-wall", "1983 screensaver"])
q("coper lanterns cast", K, CL, ["Who made it"], ["Lucien Brandt", "Margaux Reyes", "Ambrose Vance"])
q("statik bloom directer", K, SB, [], ["Signe Farrant"])
q("the nineth harbor music", K, NH, ["Behind the camera"], ["Shetland fiddle and a wheezing harmonium", "Solveig Pike"])
q("holow saints acting", K, HS, ["The performances"], ["Oona Reyes", "brittle, funny, furious"])
q("sparow and the sky engin scary?", K, SE, ["Scary scenes"], ["storm-eel sequence", "may frighten under-sixes"])
q("merdian road ending", K, MR, [], ["ties things up a shade too neatly", "final scene on the beach at Broome"])
q("the hollow sants screenplay any good", K, HS, ["The story"], ["sets this up beautifully", "repeating itself"])
q("static blom ending", K, SB, [], ["cut the ending so fast", "I liked not knowing"])
q("cobolt winter greer ashdown", K, CW, [], ["career best", "on a single note", "frosted monotone"])
q("the cobalt wintr photography", K, CW, [], ["Matilde Okafor", "grainy blues and sodium oranges",
                                              "all steam and sodium light"])
q("moth and the coper moon villain", K, MC, [], ["magpie voiced by Colm Achebe", "neither scary nor funny"])

K = "very short"
q("cobalt winter", K, CW, [], ["Four stars out of five", "2/5", "Greer Ashdown", "Ingrid Tolliver", "Duluth"])
q("copper lanterns?", K, CL, [], ["7.5/10", "Lucien Brandt", "Paloma Marchbank", "Genoa"])
q("static bloom", K, SB, [], ["Four out of five", "Two and a half", "Signe Farrant", "Rhiannon Kettle",
                             "pirate-radio horror"])
q("hollow saints score", K, HS, ["How it looks and sounds", "Introduction"], ["Clement Achebe", "out of tune"])
q("meridian road", K, MR, [], ["Grade: A-", "Tamar Greaves", "Callan Pike", "shattering"])
q("sky engine age", K, SE, ["Age advice", "Introduction"], ["seven and up"])
q("saints runtime", K, HS, ["Introduction"], ["121 minutes"])
q("marigold ferry score", K, MF, [], ["mandolin and a cello"])

K = "no film named"
q("which movie has retired lighthouse keepers robbing a museum", K, CL, ["What it's about"],
  ["retired lighthouse keepers"], [CL])
q("the one about the pirate radio station on a sea fort, is it good", K, SB, [],
  ["Four out of five", "Two and a half", "I screamed"], [SB])
q("that movie with the girl chimney sweep and the kettle robot, ok for kids?", K, SE,
  ["Age advice", "The verdict", "Introduction"], ["Best for seven and up", "seven and up", "whole family can enjoy"])
q("which film has brothers driving their dads ashes across australia", K, MR, [],
  ["biscuit tin", "Port Augusta and Broome"], [MR])
q("which film is about a girls hockey team in minnesota", K, CW, [], ["girls' hockey team"], [CW])
q("which movies score is all analogue synths", K, CW, [], ["analogue synthesizers"], [CW])
q("the southern gothic one with the hollow statues, hows the acting", K, HS, ["The performances"],
  ["Oona Reyes", "brittle, funny, furious"])
q("is the shetland harbour film worth seeing", K, NH, ["Verdict"], ["Four stars out of five", "beautifully acted"])
q("who plays the safecracker", K, CL, ["Who made it"], ["Margaux Reyes"])
q("which film did two podcast hosts argue about", K, SB, [], ["Two Seats Back", "they really do not agree"], [SB])
q("who plays the priest with the creepy smile", K, HS, ["The performances"], ["Augustin Greaves"])
q("who plays the falconer", K, KW, [], ["Ansel Brandt"])

K = "pros/cons"
q("pros and cons of copper lanterns", K, CL, ["Pros", "Cons"],
  ["clockwork delight", "having the time of his life", "first half hour is slow", "inspector is a cartoon"])
q("whats bad about copper lanterns", K, CL, ["Cons"],
  ["first half hour is slow", "inspector is a cartoon", "feels tacked on", "aged like milk"])
q("what's good about the hollow saints", K, HS, ["The performances", "How it looks and sounds", "Verdict"],
  ["reason to see it", "most beautiful things I have seen this year", "Gorgeous, well acted"])
q("downsides of the hollow saints", K, HS, ["Where it stumbles", "The story"],
  ["middle hour drags badly", "drains away most of the dread", "repeating itself"])
q("any problems with the ninth harbour", K, NH, ["What doesn't quite work"],
  ["belongs to another film", "a little too neatly", "it is long"])
q("strengths and weaknesses of meridian road", K, MR, [],
  ["so good together", "false notes", "never quite works out what she is for", "cartoonish cop"])
q("what might parents not like about sparrow and the sky engine", K, SE,
  ["What might bother them", "Violence", "Scary scenes"], ["middle drags a little", "rushed", "may upset some children"])
q("what's good about sparrow and the sky engine", K, SE, ["What parents will like", "Positive messages", "The verdict"],
  ["bright and detailed", "catchy without being annoying", "warm, exciting adventure"])
q("what did people like about static bloom", K, SB, [],
  ["The sound design, though", "I'll give you the look", "Jasper Crane is great"])
q("whats wrong with static bloom", K, SB, [],
  ["look cheap", "third act", "didn't know who survived", "a bit hammy"])
q("cobalt winter good and bad points", K, CW, [],
  ["genuinely exciting", "Esme Varga", "gambling debts is thin", "blur together", "wall-to-wall"])
q("what's bad about the velvet junction", K, VJ, ["The Problems", "Performances"],
  ["too long", "tone lurches", "dropped without a word", "is abrupt"])
q("pros and cons of salt and sparrow", K, SS, [],
  ["Ashdown is the reason to see it", "The accents wander", "genuinely frightening", "twenty minutes too long"])

K = "disagreement"
q("do the critics agree on the cobalt winter's music", K, CW, [],
  ["glorious", "wall-to-wall", "1983 screensaver", "analogue synthesizers"], CW_SIDES)
q("is greer ashdown good in the cobalt winter, reviews seem split", K, CW, [],
  ["career best", "on a single note", "frosted monotone", "role she has been waiting for"], CW_SIDES)
q("do both reviewers like the ending of the cobalt winter", K, CW, [],
  ["completely earned", "abrupt and unearned"], CW_SIDES)
q("is the cobalt winter too long or not", K, CW, [], ["honestly fly by", "feels twice as long"], CW_SIDES)
q("do the cobalt winter reviewers agree on anything", K, CW, [],
  ["Esme Varga", "genuinely exciting", "staged with real energy", "photography is lovely", "looks like a cathedral"],
  CW_SIDES)
q("which cobalt winter reviewer hated it", K, CW, [], ["RATING: 2/5", "sorry, but no", "skates on thin ice"],
  ["August Pike"])
q("did the two static bloom hosts agree", K, SB, [],
  ["I screamed", "never scared once", "Four out of five", "Two and a half"], SB_SIDES)
q("is static bloom scary or not", K, SB, [], ["I screamed", "never scared once", "expect to be frightened"],
  SB_SIDES)
q("what do the static bloom hosts think of the theremin", K, SB, [],
  ["The theremin is the point", "woo-oo", "made me laugh at the worst moments"], SB_SIDES)
q("rhiannon kettle in static bloom good or not", K, SB, [], ["she is fantastic", "plays the same note"], SB_SIDES)
q("tobin reyes in cobalt winter, did they like him", K, CW, [],
  ["Tobin Reyes is lovely", "wasted on a gambling subplot"], CW_SIDES)
q("do the comet orchard critics agree about the pace", K, CO, [],
  ["never outstays its welcome", "it feels longer"], CO_SIDES)
q("do the comet orchard reviewers agree about hollis greaves", K, CO, [],
  ["magnificent as Abe", "staring into the middle distance"], CO_SIDES)

K = "comparison"
q("which is longer, the cobalt winter or copper lanterns", K, CW, [], ["112 minutes"], ["112 minutes", "104 minutes"])
q("which is shorter, static bloom or sparrow and the sky engine", K, SE, [], ["92 minutes"],
  ["92 minutes", "98 minutes"])
q("which is longer, the ninth harbour or kestrel winter", K, KW, [], ["131 MIN"], ["131 MIN", "126 minutes"])
q("which came out first, meridian road or the hollow saints", K, MR, [], ["2025"], ["2025", "2026"])
q("which got the better review, the hollow saints or the ninth harbour", K, NH, [], ["Four stars out of five"],
  ["Four stars out of five", "3/5"])
q("sparrow and the sky engine or moth and the copper moon for a 5 year old", K, MC, [],
  ["nothing here will bother a five-year-old"], [SE, MC])
q("which is scarier, the hollow saints or static bloom", K, HS, ["Where it stumbles", "Introduction"],
  ["The gore, when it arrives, is extreme", "not a film for the squeamish", "two people walking out"], [HS, SB])
q("which is funnier, copper lanterns or the hollow saints", K, CL, ["Who made it", "Pros"],
  ["good jokes about bad knees", "ridiculous and proud"], [CL, HS])
q("is static bloom longer than meridian road", K, SB, [], ["98 minutes"], ["98 minutes", "96 minutes"])
q("which is better for kids, copper lanterns or meridian road", K, CL, ["Would I recommend it?"],
  ["gentle enough for a family night with older kids"], [CL, MR])
q("which has more swearing, sparrow and the sky engine or meridian road", K, MR, [],
  ["a fair amount of swearing"], [SE, MR])
q("which is longer, the hollow saints or the ninth harbour", K, NH, [], ["126 minutes", "two hours and six minutes"],
  ["121 minutes", "126 minutes"])
q("which came out first, salt and sparrow or copper lanterns", K, SS, [], ["2025"], ["2025", "2026"])

K = "film not stored"
no("is the cobalt spring any good", K)
no("static blossom review", K)
no("who directed the tenth harbour", K)
no("how is the acting in the hollow sinners", K)
no("sparrow and the sea engine ok for kids", K)
no("meridian street rating", K)
no("is paper giraffes worth seeing", K)
no("what did u think of pigeon saint", K)
no("homework movie any good", K)

K = "unanswerable"
no("what year did static bloom come out", K, SB)
no("when was the cobalt winter released", K, CW)
no("who was the cinematographer on sparrow and the sky engine", K, SE)
no("what was the budget of copper lanterns", K, CL)
no("who produced meridian road", K, MR)
no("who did the costumes for the hollow saints", K, HS)
no("where can i stream the ninth harbour", K, NH)
no("did copper lanterns win any awards", K, CL)
no("how much did the velvet junction make at the box office", K, VJ)

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

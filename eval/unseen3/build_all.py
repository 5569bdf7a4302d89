#!/usr/bin/env python3
"""Write eval/unseen3/all.jsonl from the hand-written questions below (one JSON object per line).

Films: LB The Lantern Brigade, SF Sparrowfall, ME The Marrow Engine, HJ Honeybrook Junction, CH The Cobalt Hour,
MT Mercy at Low Tide (three reviews), TL Two Left Hands, AB The Ardmore Beekeeper, LF Little Furnace; a few
questions ask about films of eval/unseen2 (copied unchanged into reviews/).
"""
import json, os

LB, SF, ME, HJ = "The Lantern Brigade", "Sparrowfall", "The Marrow Engine", "Honeybrook Junction"
CH, MT, TL, AB, LF = "The Cobalt Hour", "Mercy at Low Tide", "Two Left Hands", "The Ardmore Beekeeper", "Little Furnace"
BOTH_MT = ["Odile Brandt", "Marcus Whitlock"]  # the third review of Mercy at Low Tide is anonymous
MT_STORM = ["The Storm", "That Storm", "The Rescue"]
MT_MUSIC = ["The Storm", "The Music", "The Music and the Finish"]
ROWS = []

def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)

def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})

K = "aspect paraphrase"
q("how does the lantern brigade look", K, LB, [], ["smoky orange murk", "Piotr Kowal", "beautiful and genuinely frightening"])
q("what does the cobalt hour sound like", K, CH, ["Craft"], ["Felix Ambrose", "muted trumpet", "snatches of fado"])
q("who's good in honeybrook junction", K, HJ, ["5 Things I Loved"], ["Margaret Oduro", "Gerald Ambler"])
q("does the marrow engine drag or does it move along", K, ME, ["Introduction", "The Nitpicks", "Is It Worth It?"],
  ["runs a tight 109 minutes", "runs out of ideas", "the first hour is as tense as anything"])
q("are the lines people say in sparrowfall any good", K, SF, [], ["funny in that very glasgow way", "tunde okafor"])
q("how is two left hands filmed", K, TL, [], ["Callum Osei", "long, patient takes"])
q("how does the ardmore beekeeper sound", K, AB, [], ["Saoirse Quell", "fiddle-and-harp score"])
q("is the monster in the marrow engine convincing", K, ME, ["The Look", "The Nitpicks"],
  ["mostly practical", "properly horrible", "translucent skin and brittle white bone"])
q("how does little furnace look", K, LF, [], ["Every frame is handmade", "fingerprints in the clay", "Marta Feld", "The animation is just unreal"])
q("how do the performers do in the cobalt hour", K, CH, ["Who's Who"], ["Clementine Sauer", "Hollis Grey", "Tiago Brandt"])
q("is the story of the lantern brigade well put together", K, LB, [],
  ["Desmond Pryor", "The trouble is the script", "monologue", "sermons"])
q("how does honeybrook junction look on screen", K, HJ, ["5 Things I Loved"], ["Luis Whitcombe", "macro lenses and low angles"])
q("how does mercy at low tide sound", K, MT, MT_MUSIC,
  ["Jarek Lindahl", "slow build of strings", "overbearing", "all strings and brass band"])
q("does the cobalt hour wrap up in a satisfying way", K, CH, ["Setting the Scene", "Last Word"],
  ["the ending is a muddle", "made less sense the more I thought about it"])

K = "actor"
q("who plays edie marsh in the lantern brigade", K, LB, [], ["Rosamund Tey"])
q("who's the lead in sparrowfall", K, SF, [], ["tamsin reid"])
q("who plays the company man in the marrow engine", K, ME, ["Those Performances"], ["Idris Fell"])
q("who plays runa voss in marrow engine", K, ME, ["Those Performances"], ["Noor Achterberg"])
q("who does margaret oduro play in honeybrook junction", K, HJ, ["5 Things I Loved"], ["Hilda Pike"])
q("who plays ines in the cobalt hour", K, CH, ["Who's Who"], ["Clementine Sauer"])
q("who plays the coxswain in mercy at low tide", K, MT, ["The Cast", "The Lead", "The People"], ["Tobias Rourke"])
q("who voices kindle in little furnace", K, LF, [], ["Lila Brennan"])
q("who plays the beekeeper in the ardmore beekeeper", K, AB, [], ["Patrick Sorensen"])
q("who plays the dad in sparrowfall", K, SF, [], ["dougie lennox"])
q("who is hollis grey in the cobalt hour", K, CH, ["Who's Who"], ["Rui Sampaio", "police inspector"])
q("who does the voice of the stove in little furnace", K, LF, [], ["Tobias Amsel"])
q("who plays the daughter in the ardmore beekeeper", K, AB, [], ["Imogen Carville"])
q("who plays morwenna in mercy at low tide", K, MT, ["The Cast", "The Lead", "The People"], ["Delphine Achebe"])
q("who plays the conscientious objector in lantern brigade", K, LB, [], ["Callum Greaves"])

K = "crew"
q("who directed the lantern brigade", K, LB, [], ["Miriam Haskell"])
q("who shot the marrow engine", K, ME, ["The Look"], ["Magnus Oyelaran"])
q("who wrote honeybrook junction", K, HJ, ["Introduction", "3 Things I Didn't"], ["Tom Sallis"])
q("who composed the music for the cobalt hour", K, CH, ["Craft"], ["Felix Ambrose"])
q("who edited mercy at low tide", K, MT, ["The Weak Spots", "Where It Sinks"], ["Opal Whitcombe"])
q("who directed sparrowfall", K, SF, [], ["ines okafor"])
q("who made two left hands", K, TL, [], ["Ana Ferrante"])
q("who's the cinematographer on the ardmore beekeeper", K, AB, [], ["Declan Roe"])
q("who wrote little furnace", K, LF, [], ["Jess Okonkwo"])
q("who did the score for the lantern brigade", K, LB, [], ["Henrietta Vale"])
q("who edited two left hands", K, TL, [], ["Bettina Kroll"])
q("who wrote the marrow engine", K, ME, ["So What's It About?", "The Nitpicks"], ["Hesper Kilbride"])
q("who's the dp on mercy at low tide", K, MT, MT_STORM, ["Sabine Greaves"])
q("who directed the cobalt hour", K, CH, ["Introduction", "Craft"], ["Ana Brisk"])
q("which studio made little furnace", K, LF, [], ["Fernbright Pictures"])
q("who edited the marrow engine", K, ME, ["The Nitpicks"], ["Reuben Marchbank"])

K = "metadata"
q("how long is the lantern brigade", K, LB, [], ["112 minutes"])
q("what year did the marrow engine come out", K, ME, [], ["2025"])
q("who reviewed the cobalt hour", K, CH, [], ["Benedikt Osei"])
q("what rating did sparrowfall get", K, SF, [], ["★★★★", "4 stars"])
q("runtime of honeybrook junction?", K, HJ, [], ["99 minutes"])
q("when was honeybrook junction released", K, HJ, [], ["2024"])
q("who wrote the review of the marrow engine", K, ME, [], ["Dana Castellane"])
q("what score did the marrow engine get", K, ME, [], ["3.5/5"])
q("how many stars did the cobalt hour get", K, CH, [], ["Three stars"])
q("how long is mercy at low tide", K, MT, [], ["127 minutes"])
q("who reviewed mercy at low tide", K, MT, [], BOTH_MT, BOTH_MT)
q("what did the user rate the ardmore beekeeper", K, AB, [], ["8/10"])
q("how long is little furnace", K, LF, [], ["84 minutes"])
q("what year is two left hands from", K, TL, [], ["2026"])
q("what rating does two left hands get", K, TL, [], ["8.5/10"])
q("how many stars for the lantern brigade", K, LB, [], ["★★½"])

K = "verdict"
q("is the lantern brigade worth seeing", K, LB, [],
  ["Worth seeing for Rosamund Tey and for the rooftop raids", "bring patience for the rest", "feels long, earnest and more than a little pleased with itself"])
q("should i watch the marrow engine", K, ME, ["Is It Worth It?"],
  ["Yes, if you like your horror wet, cold and claustrophobic", "made with real craft"])
q("overall verdict on honeybrook junction?", K, HJ, ["Should You Go"], ["small, silly and a bit creaky", "warm-hearted", "Take your dad"])
q("final thoughts on the cobalt hour", K, CH, ["Last Word"],
  ["worth a late-night watch", "handsome, well-acted period thriller", "the ending is a muddle"])
q("was sparrowfall any good", K, SF, [], ["came out a puddle", "4 stars", "bring tissues"])
q("is two left hands worth it", K, TL, [], ["one of the most loved documentaries of the year", "on its feet before the final chord", "8.5/10"])
q("what's the verdict on the ardmore beekeeper", K, AB, [], ["If you have patience, see it", "It is wonderful anyway", "I cried twice"])
q("is little furnace good", K, LF, [], ["best stop-motion film I've seen in years", "But honestly? Go.", "go anyway"])
q("what did odile brandt think of mercy at low tide overall", K, MT, ["Verdict"],
  ["too long at 127 minutes, too dark in its big set piece and too timid at the end", "Two stars"])
q("bottom line on mercy at low tide from marcus whitlock", K, MT, ["Verdict"],
  ["A handsome, heartfelt film with one great sequence", "Worth a look, especially for the storm", "6.5/10"])
q("marrow engine: good or bad?", K, ME, ["Introduction", "Is It Worth It?"],
  ["Yes, if you like your horror wet, cold and claustrophobic", "a lot better than a knock-off has any right to be", "3.5/5"])
q("did the reviewer like honeybrook junction", K, HJ, ["Introduction", "Should You Go"], ["one of my favourite films of the year", "7 out of 10"])
q("is cinder psalm worth seeing", K, "Cinder Psalm", [], ["See it on the biggest screen you can find", "grim, beautiful and quietly devastating", "8/10"])

K = "yes/no"
q("does the marrow engine rip off alien", K, ME, ["Introduction", "Is It Worth It?"], ["it owes a lot to Alien", "It is not Alien (nothing is)"])
q("is sparrowfall too long", K, SF, [], ["the middle sags a bit even at 96 minutes"])
q("is there any violence in the ardmore beekeeper", K, AB, [], ["there is no violence at all"])
q("is little furnace ok for little kids", K, LF, [], ["yes it's suitable for little ones", "more sad than scary"])
q("does the cobalt hour have a good ending", K, CH, ["Setting the Scene", "Last Word"],
  ["the ending is a muddle", "made less sense the more I thought about it"])
q("is rosamund tey good in the lantern brigade", K, LB, [], ["Tey is the best thing in the film"])
q("is the creature in marrow engine cgi", K, ME, ["The Look"], ["mostly practical"])
q("does two left hands have narration", K, TL, [], ["there is no narration"])
q("is the romance in honeybrook junction any good", K, HJ, ["3 Things I Didn't"], ["feels bolted on from a different film"])
q("does the music in the lantern brigade work", K, LB, [], ["Henrietta Vale's score does not help", "swells at every opportunity"])
q("is the ardmore beekeeper like banshees of inisherin", K, AB, [], ["much gentler than that", "there is no violence at all"])
q("is the honeybrook junction score annoying", K, HJ, ["5 Things I Loved"], ["should be annoying and somehow is not"])
q("is the cobalt hour too long", K, CH, ["Craft"], ["a good twenty could go", "often idles"])
q("is the whistling hour scary", K, "The Whistling Hour", ["Introduction", "Why It Works"],
  ["really effective little chiller", "I genuinely forgot to breathe"])

K = "typo"
q("who directd the lantern brigaid", K, LB, [], ["Miriam Haskell"])
q("sparowfall review", K, SF, [], ["came out a puddle", "4 stars", "★★★★"])
q("who plays runa voss in the marow engin", K, ME, ["Those Performances"], ["Noor Achterberg"])
q("honeybrok junction how long", K, HJ, [], ["99 minutes"])
q("cobolt hour music", K, CH, ["Craft"], ["Felix Ambrose", "muted trumpet"])
q("mercy at lowtide who edited", K, MT, ["The Weak Spots", "Where It Sinks"], ["Opal Whitcombe"])
q("whats the ardmore beekeper about", K, AB, [],
  ["keeps bees on a headland in County Waterford", "an old widower", "the daughter who comes home after fifteen years away"])
q("litle furnace voice cast", K, LF, [], ["Lila Brennan", "Tobias Amsel", "Hettie Marsh-Lyle"])
q("two left hans director", K, TL, [], ["Ana Ferrante"])
q("is the lantren brigade worth it", K, LB, [],
  ["Worth seeing for Rosamund Tey and for the rooftop raids", "bring patience for the rest"])
q("whos the cinematogapher on the marrow engine", K, ME, ["The Look"], ["Magnus Oyelaran"])
q("honeybrok juncton best bits", K, HJ, ["5 Things I Loved"], ["Margaret Oduro", "The layout", "The rivalry", "Gerald Ambler"])
q("who scord mercy at low tied", K, MT, MT_MUSIC, ["Jarek Lindahl"])
q("cobalt hourr ending", K, CH, ["Setting the Scene", "Last Word"], ["the ending is a muddle", "made less sense the more I thought about it"])
q("who directed the ninth lok", K, "The Ninth Lock", [], ["Nadia Froelich"])

K = "very short"
q("lantern brigade cast", K, LB, [], ["Rosamund Tey", "Callum Greaves", "Bernard Oduya", "Kit Farrant"])
q("marrow engine rating", K, ME, [], ["3.5/5"])
q("sparrowfall director", K, SF, [], ["ines okafor"])
q("cobalt hour year", K, CH, [], ["2025"])
q("honeybrook junction editor", K, HJ, ["3 Things I Didn't"], ["Kasia Bell"])
q("two left hands runtime", K, TL, [], ["91 min"])
q("little furnace score", K, LF, [], ["Halvard Ames", "8 out of 10", "it's a 9"])  # music or rating: both accepted
q("ardmore beekeeper writer", K, AB, [], ["Aoife Marsh", "Tom Keane"])
q("mercy at low tide runtime", K, MT, [], ["127 minutes"])
q("marrow engine cons", K, ME, ["The Nitpicks"], ["runs out of ideas", "CGI water", "exposition", "choppily", "sets up a sequel"])
q("cobalt hour dp", K, CH, ["Craft"], ["Joana Whitlow"])
q("lantern brigade music", K, LB, [], ["Henrietta Vale", "brass-band marches and hymn tunes"])
q("two left hands editor", K, TL, [], ["Bettina Kroll"])
q("ninth lock cast", K, "The Ninth Lock", [], ["Ike Adebanjo", "Clementine Vidal", "Pieter Vos", "Odile Brune"])
q("ardmore beekeeper verdict", K, AB, [], ["If you have patience, see it", "It is wonderful anyway", "8/10"])

K = "no film named"
q("which film has a fire sprite called kindle", K, LF, [], ["Little Furnace"])
q("that movie about the pigeon girl in glasgow, who's in it", K, SF, [], ["tamsin reid"])
q("what's the film about the model railway club called", K, HJ, [], ["Honeybrook Junction"])
q("who directed the one about the lifeboat crew", K, MT, [], ["Orla Haddad"])
q("the documentary about the piano twins, how long is it", K, TL, [], ["91 min"])
q("who plays the radio announcer in that lisbon noir", K, CH, ["Who's Who"], ["Clementine Sauer"])
q("which film is set on a mining station under the barents sea", K, ME, [], ["Marrow Engine"])
q("the blitz fire watchers film, is it any good", K, LB, [],
  ["Worth seeing for Rosamund Tey and for the rooftop raids", "bring patience for the rest", "feels long, earnest"])
q("who plays the old man who talks to the bees", K, AB, [], ["Patrick Sorensen"])
q("which film has noor achterberg in it", K, ME, [], ["Marrow Engine", "Runa Voss"])
q("what did people think of the stop motion film with the stove", K, LF, [],
  ["best stop-motion film I've seen in years", "The animation is just unreal"])
q("who shot the film about the twins in blackpool", K, TL, [], ["Callum Osei"])
q("what's margaret oduro in", K, HJ, [], ["Honeybrook Junction", "Hilda Pike"])
q("the one where a caller confesses to a murder live on the radio, what year is it from", K, CH, [], ["2025"])
q("which film is rosamund tey in", K, LB, [], ["Lantern Brigade", "Edie Marsh"])

K = "film not stored"
no("who directed oppenheimer", K)
no("is jaws worth watching", K)
no("how long is spirited away", K)
no('who\'s in "the lantern keeper"', K)
no("what did the review say about the marrow thief", K)
no("the cobalt sky review pls", K)
no("honeybrook farm cast", K)
no("who plays the lead in “mercy street”", K)
no("is the beekeeper any good, the jason statham one", K)
no("whats the runtime of parasite", K)
no("rating for la la land?", K)
no("who scored Whiplash", K)
no("little forge who voices the main character", K)
no("in the grand budapest hotel who plays the concierge", K)
no("sparrow hill worth it?", K)
no("two right hands documentary director", K)

K = "unanswerable"
no("who edited sparrowfall", K, SF)
no("what was the budget of the marrow engine", K, ME)
no("who edited the ardmore beekeeper", K, AB)
no("did the lantern brigade win any awards", K, LB)
no("where can i stream honeybrook junction", K, HJ)
no("who did the costumes in the cobalt hour", K, CH)
no("how much did mercy at low tide make at the box office", K, MT)
no("who edited little furnace", K, LF)
no("what age rating is the marrow engine", K, ME)
no("is there a post credits scene in little furnace", K, LF)
no("who produced two left hands", K, TL)
no("what's the cobalt hour rated, like pg-13 or r", K, CH)
no("who did the sound design on mercy at low tide", K, MT)
no("what was the budget of dust tithe", K, "Dust Tithe")
no("is there a sequel to sparrowfall planned", K, SF)

K = "pros/cons"
q("what's good about the lantern brigade", K, LB, [], ["rooftop sequences", "Rosamund Tey", "smoky orange murk", "Tey is the best thing in the film"])
q("what's bad about the lantern brigade", K, LB, [],
  ["The trouble is the script", "monologue", "sermons", "swells at every opportunity", "talky middle hour", "feels long, earnest"])
q("pros and cons of the marrow engine", K, ME,
  ["Introduction", "Those Performances", "The Look", "That Sound", "The Nitpicks", "Is It Worth It?"],
  ["Noor Achterberg", "runs out of ideas", "mostly practical", "CGI water"])
q("what did the reviewer dislike in honeybrook junction", K, HJ, ["3 Things I Didn't"],
  ["The romance", "The saggy middle", "The old-age jokes", "feels bolted on", "jokes about hearing aids"])
q("what are the weaknesses of the cobalt hour", K, CH, ["Setting the Scene", "Who's Who", "Craft", "Last Word"],
  ["one twist too many", "a good twenty could go", "Tiago Brandt", "the ending is a muddle"])
q("what's wrong with sparrowfall tho", K, SF, [], ["social worker subplot", "the middle sags", "the dad's redemption comes way too easy"])
q("best things about two left hands", K, TL, [], ["very, very funny", "Callum Osei", "quietly overwhelming", "that concert"])
q("downsides of two left hands?", K, TL, [], ["skates over the harder parts of the story", "drift a little", "mentioned and then dropped"])
q("what's good and bad about the ardmore beekeeper", K, AB, [],
  ["Patrick Sorensen", "cinematography by Declan Roe is gorgeous", "properly slow", "clumsy flashbacks", "too neat"])
q("little furnace negatives", K, LF, [], ["really thin", "drags", "pitched very young", "made zero sense"])
q("what did the reviewer love about little furnace", K, LF, [],
  ["The animation is just unreal", "Every frame is handmade", "Voice cast is great", "Tobias Amsel"])
q("what works in the marrow engine", K, ME, ["Those Performances", "The Look", "That Sound", "Is It Worth It?"],
  ["Noor Achterberg", "properly horrible", "Watch it loud", "made with real craft"])
q("what are the problems with mercy at low tide", K, MT,
  ["The Weak Spots", "The Lead", "That Storm", "The Music", "The Ending", "Where It Sinks"],
  ["stagey", "subplot about the harbour owner", "glowering blank", "overbearing", "cop-out", "The middle hour", "pure filler"])
q("what's good about the borrowed winter", K, "The Borrowed Winter", [],
  ["Rosalind Tey", "cable car", "genuinely clever twist", "looks terrific"])

K = "disagreement"
q("do critics agree on mercy at low tide", K, MT, [],
  ["Two stars", "6.5/10", "Rating: 4/5", "glowering blank", "simply magnificent"], BOTH_MT)
q("what do reviewers say about tobias rourke in mercy at low tide", K, MT, ["The Cast", "The Lead", "The People"],
  ["simply magnificent", "glowering blank", "rather one-note"], BOTH_MT)
q("was the storm scene in mercy at low tide good or just confusing", K, MT, MT_STORM,
  ["close to incoherent", "really is a knockout", "it is extraordinary"], BOTH_MT)
q("mercy at low tide ending, did people like it", K, MT, ["Final Word", "The Ending", "The Music and the Finish"],
  ["a cop-out", "absolutely right", "is earned, I think"], BOTH_MT)
q("opinions on the music in mercy at low tide?", K, MT, MT_MUSIC,
  ["overbearing", "beautiful and used with real restraint", "pleasant enough"], BOTH_MT)
q("do all the reviewers like delphine achebe in mercy at low tide", K, MT, ["The Cast", "The Lead", "The People"],
  ["Delphine Achebe is just as good", "one superb performance from Delphine Achebe", "Delphine Achebe brings more life"], BOTH_MT)
q("mercy at low tide: love it or hate it?", K, MT, [],
  ["the most moving British film I have seen this year", "I wish I did", "perfectly decent film"], BOTH_MT)
q("what's the range of ratings for mercy at low tide", K, MT, [], ["Rating: 4/5", "Two stars", "6.5/10"], BOTH_MT)
q("do the mercy at low tide reviewers all think it's too long", K, MT, ["The Weak Spots", "Where It Sinks", "Verdict"],
  ["too long at 127 minutes", "feels every one of them", "trimmed ten minutes"], BOTH_MT)
q("do the reviewers agree about the velvet ferry songs", K, "The Velvet Ferry", ["The Music", "Songs"],
  ["they are glorious", "simply not very good"], ["Odile Marchetti", "Gregor Pike"])
q("glass orchard: is the pace a problem? reviewers seem split", K, "Glass Orchard", ["Direction", "Pacing"],
  ["the film never feels slow", "This is the film's real problem"], ["Maya Lindqvist", "Colin Ashby"])
q("what did critics think of jed sorensen in dust tithe", K, "Dust Tithe", ["Performances", "What doesn't work"],
  ["enormous restraint", "wooden, blank performance"], ["Marguerite Oyelaran", "Felix Brandt"])
q("is the grave season creature good or bad", K, "Grave Season", ["The Creature", "What doesn't"],
  ["I adored the creature", "rubbery, unconvincing CGI thing"], ["Imogen Sallow"])

K = "comparison"
q("which is longer, the lantern brigade or the marrow engine", K, LB, [], ["112 minutes"], ["112 minutes", "109 minutes"])
q("compare the cinematography in the cobalt hour and mercy at low tide", K, CH, ["Craft"], ["Joana Whitlow"],
  ["Cobalt Hour", "Mercy at Low Tide"])
q("sparrowfall vs little furnace, which did the reviewers like more", K, SF, [], ["4 stars", "★★★★"], ["Sparrowfall", "Little Furnace"])
q("is two left hands better than the last bellmakers", K, TL, [], ["8.5/10"], ["Two Left Hands", "Last Bellmakers"])
q("honeybrook junction or the pomeroy inheritance, which is funnier", K, HJ, ["Should You Go", "5 Things I Loved"],
  ["often very funny", "the funniest thing I have seen all year"], ["Honeybrook Junction", "Pomeroy Inheritance"])
q("compare the sound in the marrow engine and the whistling hour", K, ME, ["That Sound"], ["Ilse Kettle", "detuned brass"],
  ["Marrow Engine", "Whistling Hour"])
q("which is longer: mercy at low tide or cinder psalm", K, MT, [], ["127 minutes"], ["127 minutes", "141 minutes"])
q("ardmore beekeeper vs saltmarsh hymn, which is slower", K, AB, [], ["properly slow", "she is not in a hurry"],
  ["Ardmore Beekeeper", "Saltmarsh Hymn"])
q("compare the acting in the lantern brigade and the cobalt hour", K, LB, [], ["Rosamund Tey"], ["Lantern Brigade", "Cobalt Hour"])
q("little furnace or pebble and the moon kite for a 5 year old", K, LF, [], ["suitable for little ones", "more sad than scary"],
  ["Little Furnace", "Pebble and the Moon Kite"])
q("which has better music, the cobalt hour or paper meridian", K, CH, ["Craft"], ["Felix Ambrose"], ["Cobalt Hour", "Paper Meridian"])
q("the marrow engine vs the deep quiet, which is scarier", K, ME, ["Introduction", "The Look", "Is It Worth It?"],
  ["as tense as anything I have seen this year", "properly horrible"], ["Marrow Engine", "Deep Quiet"])
q("which came out first, honeybrook junction or the cobalt hour", K, HJ, [], ["2024"], ["2024", "2025"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

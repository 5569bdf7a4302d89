#!/usr/bin/env python3
"""Write eval/unseen5/all.jsonl from the hand-written questions below (one JSON object per line).

Films: LM Larkspur Motel (two reviews), QC The Quiet Cartographer, CS Copperhead Summer, BM Brass Meridian,
TG Thimble Ghost, DV Dogwood and Vine (two reviews), FE Ferrous, MP Moth Parliament, SD Static at Dawn,
CB Canvas and Bone; a few comparison questions also name films of eval/unseen4 (copied unchanged into reviews/).
"""
import json, os

LM, QC, CS, BM, TG = "Larkspur Motel", "The Quiet Cartographer", "Copperhead Summer", "Brass Meridian", "Thimble Ghost"
DV, FE, MP, SD, CB = "Dogwood and Vine", "Ferrous", "Moth Parliament", "Static at Dawn", "Canvas and Bone"
LM_SIDES = ["marlowe_after_dark", "Hattie Greaves"]  # the diary (3.5 stars) and the capsule (2/5)
DV_SIDES = ["Celeste Oduya", "Tamsin Greaves"]      # front matter 4/5 (loves it) and ALL CAPS .txt 2/5 (pans it)
DV_LEADS = ["The Leads", "THE LEADS"]
DV_MUSIC = ["The Music", "THE SOUNDTRACK"]
DV_END = ["The Ending", "THAT ENDING"]
DV_VERDICT = ["Verdict", "THE VERDICT", "Introduction"]
TG_INTRO = ["Introduction", "By Leona Farrant, Small Screens, Big Kids"]   # the byline line may be read as a heading
SD_INTRO = ["Introduction", "By Noor Sandoval, Staff Writer"]
CB_PERF, CB_FIGHT, CB_SOUND = "Performances — 9/10", "Fight Scenes — 9/10", "Sound and Music — 5/10"
CB_STORY, CB_ODDS = "Story — 6/10", "Odds and Ends — 7/10"
ROWS = []

def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)

def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})

K = "aspect paraphrase"
q("was the camerawork in larkspur motel any good", K, LM, [],
  ["anouk brennan shot it", "looks like a postcard", "handsome, if a touch too fond of pink neon"])
q("does the quiet cartographer drag", K, QC, [], ["the middle drags", "131 minutes is too long", "could easily lose it"])
q("is ferrous scary", K, FE, ["The Scares", "Introduction"], ["Is it scary? Very.", "most frightened I have been", "strictly for adults"])
q("is thimble ghost ok for kids", K, TG, ["And 2 We Didn't", "The Verdict"],
  ["fine for most children from about seven", "Take anyone over seven", "too scary"])
q("how's the ending of copperhead summer", K, CS, [], ["the ending is a bit too sweet", "voiceover from grown-up Danny"])
q("hows the music in static at dawn", K, SD, ["The Soundtrack"], ["perfect 90s college-rock mixtape", "Arlo Kettle", "really moving"])
q("how do the fights look in canvas and bone", K, CB, [CB_FIGHT], ["You feel every body shot", "long, unbroken takes", "waist height"])
q("is moth parliament actually funny", K, MP, [], ["very funny for about an hour", "most of them land", "funniest scene of the year"])
q("how's the big storm in brass meridian", K, BM, [],
  ["ranks with the best of its kind", "practical deck on a gimbal", "never loses the geography of the ship"])
q("is brass meridian too slow", K, BM, [], ["at least twenty minutes too long", "Her sense of pace is not yet there", "When it goes ashore, it sinks"])
q("how does ferrous sound", K, FE, ["Sight & Sound"], ["the sound design is extraordinary", "grinding industrial drone", "Bastian Vane"])
q("does the acting hold up in the quiet cartographer", K, QC, [], ["Keast is incredible", "best acting I've seen this year", "Nerys Achebe"])
q("what's the animation like in thimble ghost", K, TG, ["1. Everything is handmade"] + TG_INTRO,
  ["built by hand", "looks like nothing else in cinema this year", "lights each miniature like a Dutch painting"])
q("is the score in canvas and bone any good", K, CB, [CB_SOUND], ["score is generic", "swelling strings", "sells trainers"])
q("is copperhead summer nice to look at", K, CS, [], ["Maren Okafor", "dusty gold light and fireflies", "look of the movie is perfect"])
q("does larkspur motel drag", K, LM, [], ["the last half hour drags hard", "Everything else is slow", "idle in the parking lot"])

K = "actor"
q("who plays the night clerk in larkspur motel", K, LM, [], ["Saffron Okafor"])
q("who plays the sheriff in larkspur motel", K, LM, [], ["Walt Haddad"])
q("who plays the drifter in larkspur motel", K, LM, [], ["kit reyes"])
q("who plays the mapmaker in the quiet cartographer", K, QC, [], ["Tobias Keast"])
q("who plays morag in the quiet cartographer", K, QC, [], ["Nerys Achebe"])
q("who plays crystal in copperhead summer", K, CS, [], ["June Bale"])
q("who plays the dad in copperhead summer", K, CS, [], ["Gideon Marsh"])
q("who plays the clockmaker in brass meridian", K, BM, [], ["Rufus Okoro"])
q("who plays the captain in brass meridian", K, BM, [], ["Dominic Bale"])
q("who voices the ghost in thimble ghost", K, TG, ["3. The voices"], ["Maisie Pell"])
q("who voices lord dustwing", K, TG, ["3. The voices"], ["Bernard Quayle"])
q("who plays lila in dogwood and vine", K, DV, DV_LEADS, ["Margit Haddad"])
q("who plays the mom in dogwood and vine", K, DV, DV_LEADS, ["Pearl Kettle"])
q("who plays the crane operator in ferrous", K, FE, ["The Set-Up"], ["Ama Castell"])
q("who plays the foreman in ferrous", K, FE, ["The Set-Up", "The Cast"], ["Walt Greaves"])
q("who plays rox in static at dawn", K, SD, ["The Plot", "The Cast"], ["Priya Castell"])
q("who plays the dean in static at dawn", K, SD, ["The Cast"], ["Kwame Sorensen"])
q("who plays the boxer in canvas and bone", K, CB, [CB_PERF], ["Callum Tolliver"])
q("who plays vera mole", K, MP, [], ["Bryony Achterberg"])
q("who is daniel in dogwood and vine", K, DV, DV_LEADS + ["The Story", "THE PREMISE"], ["Jonah Achebe", "botanist"])

K = "crew"
q("who directed larkspur motel", K, LM, [], ["callum varga"])
q("who shot larkspur motel", K, LM, [], ["anouk brennan"])
q("who did the music for the quiet cartographer", K, QC, [], ["Hege Tamblyn"])
q("who directed the quiet cartographer", K, QC, [], ["Mirela Okoro"])
q("who wrote copperhead summer", K, CS, [], ["Jesse Farrant"])
q("who edited copperhead summer", K, CS, [], ["Lou Achterberg"])
q("who was the dp on brass meridian", K, BM, [], ["Sunniva Fairley"])
q("who edited brass meridian", K, BM, [], ["Pim Achterberg"])
q("who did the production design on brass meridian", K, BM, [], ["Wendell Quayle"])
q("who wrote the songs in thimble ghost", K, TG, ["4. The songs"], ["Ettie Brennan"])
q("who directed thimble ghost", K, TG, TG_INTRO, ["Priya Haddad"])
q("who composed the score for dogwood and vine", K, DV, DV_MUSIC, ["Saoirse Vance"])
q("who shot dogwood and vine", K, DV, ["The Look", "THE LOOK"], ["Joaquin Ruud"])
q("who made ferrous", K, FE, ["Introduction"], ["Dara Kettle"])
q("who edited ferrous", K, FE, ["Sight & Sound"], ["Yusuf Haddad"])
q("who wrote and directed moth parliament", K, MP, [], ["Fenella Kroll"])
q("who did the music for moth parliament", K, MP, [], ["Ruth Amadi"])
q("who directed static at dawn", K, SD, SD_INTRO, ["Eamon Tolliver"])
q("who shot the fights in canvas and bone", K, CB, [CB_FIGHT], ["Konrad Farrant"])
q("who wrote canvas and bone", K, CB, [], ["Morven Ashdown"])

K = "metadata"
q("who reviewed larkspur motel", K, LM, [], LM_SIDES, LM_SIDES)
q("what did larkspur motel get", K, LM, [], ["★★★½", "Two stars out of five"])
q("what year is larkspur motel", K, LM, [], ["2025"])
q("who wrote the reddit post about the quiet cartographer", K, QC, [], ["fogbound_frames"])
q("what did copperhead summer get out of 10", K, CS, [], ["9/10"])
q("what year did copperhead summer come out", K, CS, [], ["2025"])
q("how long is brass meridian", K, BM, [], ["127 MIN"])
q("who reviewed brass meridian", K, BM, [], ["Nadia Whitlock"])
q("how long is thimble ghost", K, TG, ["5. It's short"], ["86 minutes"])
q("what did dogwood and vine get out of 5", K, DV, [], ["4/5", "Four stars", "Two stars out of five"])
q("which critics reviewed dogwood and vine", K, DV, [], DV_SIDES, DV_SIDES)
q("ferrous rating", K, FE, [], ["3.5/5"])
q("how long is ferrous", K, FE, ["Introduction"], ["99-minute"])
q("what grade did static at dawn get", K, SD, [], ["B+"])
q("canvas and bone score out of 100", K, CB, [], ["72/100"])
q("which films did hamish pike review", K, CB, [], ["Canvas and Bone"], ["Canvas and Bone"])
q("who reviewed moth parliament and for what site", K, MP, [], ["Lars Quill"], ["Lars Quill", "The Fourth Wall"])
q("what year did static at dawn come out", K, SD, SD_INTRO, ["2026"])

K = "verdict"
q("larkspur motel worth it?", K, LM, [], ["very easy recommend", "Two stars out of five", "★★★½", "I waited too"])
q("thoughts on the quiet cartographer", K, QC, [], ["8/10", "the ending wrecked me", "slow, gorgeous"])
q("copperhead summer any good", K, CS, [], ["9/10", "Go find it", "warm, funny, sometimes scary"])
q("is brass meridian worth seeing", K, BM, [],
  ["great 90-minute film buried", "When it goes ashore, it sinks", "Her sense of pace is not yet there"])
q("should i watch thimble ghost", K, TG, ["The Verdict"] + TG_INTRO,
  ["A small, handmade marvel", "best family film we have seen in 2026", "Take anyone over seven", "Rating: 4/5"])
q("dogwood and vine good or nah", K, DV, DV_VERDICT, ["Four stars", "Two stars out of five", "A lovely, unhurried film", "bored me into the floor"])
q("is ferrous worth watching", K, FE, ["Verdict", "Introduction"], ["see it loud", "first-rate", "forgive it almost everything"])
q("moth parliament worth a watch", K, MP, [], ["Three stars out of five", "occasionally brilliant", "runs out of road"])
q("static at dawn any good?", K, SD, ["Final Grade"] + SD_INTRO, ["B+", "total crowd-pleaser", "Funny, warm and full of great music"])
q("canvas and bone worth the ticket", K, CB, ["Bottom Line"], ["worth the ticket", "72/100"])
q("verdict on larkspur motel pls", K, LM, [], ["very easy recommend", "Two stars out of five", "★★★½", "I waited too"])
q("would u recommend copperhead summer", K, CS, [], ["9/10", "Go find it", "I've already seen it twice"])
q("is ferrous good lol", K, FE, ["Verdict", "Introduction"], ["see it loud", "first-rate", "3.5/5"])
q("final word on moth parliament", K, MP, [], ["Three stars out of five", "occasionally brilliant", "a limp middle"])
q("did the critic like brass meridian", K, BM, [], ["great 90-minute film buried", "quietly magnificent", "Her sense of pace is not yet there"])

K = "yes/no"
q("is there a coyote in larkspur motel", K, LM, [], ["coyote trotting through the motel office"])
q("is the quiet cartographer a horror film", K, QC, [], ["It is not a horror film", "eerie, not scary"])
q("does the dog make it to the end of the quiet cartographer", K, QC, [], ["Biscuit on the deck alone"])
q("is copperhead summer ok for little kids", K, CS, [], ["not for little kids", "twelve and up"])
q("does anyone get bitten by a snake in copperhead summer", K, CS, [], ["bitten by a copperhead"])
q("is there a goat on the ship in brass meridian", K, BM, [], ["ship's goat", "Admiral"])
q("does brass meridian have a good score", K, BM, [], ["score does not help", "heroic brass fanfares"])
q("does thimble ghost have songs", K, TG, ["4. The songs"], ["Nine Lives, One Sock", "Ettie Brennan's songs"])
q("does the cat talk in thimble ghost", K, TG, ["2. Pudding the cat"], ["He never speaks"])
q("is there a horse in dogwood and vine", K, DV, ["Quibbles"], ["Juniper"])
q("does ferrous use cgi", K, FE, ["The Scares"], ["almost all practical"])
q("is ferrous too much for the squeamish", K, FE, ["The Scares"], ["the squeamish should stay well away", "strictly for adults"])
q("is moth parliament too british for americans", K, MP, [], ["very, very English", "laughed perhaps three times"])
q("does static at dawn have a blooper reel", K, SD, ["Final Grade"], ["blooper reel"])
q("does the last fight in canvas and bone end in a knockout", K, CB, [CB_FIGHT], ["split decision", "goes the distance"])
q("is there a dog in canvas and bone", K, CB, [CB_ODDS], ["greyhound, Lulu"])

K = "typo"
q("larkspurr motel acting", K, LM, [], ["she is SO good", "Saffron Okafor is excellent", "kit reyes", "walt haddad"])
q("quite cartographer ending", K, QC, [], ["that ending is perfect", "no house where he's been living", "Biscuit on the deck alone"])
q("copperhed summer soundtrak", K, CS, [], ["Billy Tolliver", "slide guitar", "fits like a glove"])
q("brass meridan cinematograpy", K, BM, [], ["Sunniva Fairley", "ranks with the best of its kind"])
q("thimbel ghost vilain", K, TG, ["And 2 We Didn't", "3. The voices"], ["Lord Dustwing", "genuinely frightening"])
q("dogwood and vien music", K, DV, DV_MUSIC, ["Saoirse Vance", "secret weapon", "worst offender"])
q("ferous efects", K, FE, ["The Scares"], ["almost all practical", "horrible weight"])
q("moth parlament jokes", K, MP, [], ["most of them land", "dense with gags"])
q("statc at dawn lead actress", K, SD, ["The Cast", "The Plot"], ["Priya Castell", "star in the making"])
q("canvas an bone performnces", K, CB, [CB_PERF], ["Callum Tolliver", "Hege Castell is formidable"])
q("larksupr motel ending", K, LM, [], ["the ending is a cop-out", "has the nerve to leave things open"])
q("copper head summer snake sceen", K, CS, [], ["one long take", "bitten by a copperhead"])
q("ferrus ending", K, FE, ["Where It Buckles", "Verdict"], ["rushed and a little confusing", "rushed ending"])
q("dogwod and vine ending", K, DV, DV_END, ["bittersweet and exactly right", "lack of nerve"])
q("brass merdian storm scene", K, BM, [], ["ranks with the best of its kind", "practical deck on a gimbal"])

K = "very short"
q("larkspur motel", K, LM, [], ["★★★½", "very easy recommend", "Two stars out of five", "Saffron Okafor is excellent", "neo-noir"])
q("cartographer?", K, QC, [], ["8/10", "slow, gorgeous", "Tobias Keast", "Scottish island", "Keast is incredible"])
q("copperhead summer", K, CS, [], ["9/10", "coming-of-age", "Go find it", "Eli Whitcombe"])
q("brass meridian cast", K, BM, [], ["Rufus Okoro", "Dominic Bale", "Imogen Castell"])
q("thimble ghost", K, TG, TG_INTRO + ["The Verdict"], ["stop-motion", "best family film", "A small, handmade marvel", "Rating: 4/5"])
q("dogwood and vine", K, DV, DV_VERDICT + ["The Story", "THE PREMISE"],
  ["Four stars", "Two stars out of five", "grown-up romance", "Virginia vineyard", "A lovely, unhurried film"])
q("ferrous", K, FE, ["Introduction", "The Set-Up", "Verdict"], ["body-horror", "Sheffield steelworks", "3.5/5", "see it loud"])
q("moth parliament", K, MP, [], ["satire", "Three stars out of five", "village comedy"])
q("static at dawn music", K, SD, ["The Soundtrack"], ["Arlo Kettle", "college-rock mixtape", "real reason to go"])
q("canvas and bone", K, CB, [], ["72/100", "boxer", "worth the ticket"])
q("ferrous director", K, FE, ["Introduction"], ["Dara Kettle"])
q("thimble ghost runtime", K, TG, ["5. It's short"], ["86 minutes"])
q("larkspur motel score", K, LM, [], ["teodora quill", "★★★½", "Two stars out of five"])
q("quiet cartographer music", K, QC, [], ["Hege Tamblyn", "solo cello"])
q("moth parliament ending", K, MP, [], ["a recount in the church at midnight", "gets the laughs back"])

K = "no film named"
q("the movie with the coyote in the motel office", K, LM, [], ["coyote trotting through the motel office", "coyote"])
q("which film has a border collie called biscuit", K, QC, [], ["border collie called Biscuit"], ["Quiet Cartographer"])
q("who plays the sheriff in the nevada motel movie", K, LM, [], ["walt haddad"])
q("the stop motion one with the cat, is it any good", K, TG, TG_INTRO + ["The Verdict", "2. Pudding the cat"],
  ["best family film", "A small, handmade marvel", "Rating: 4/5", "biggest laughs"])
q("whats the boxing movie called", K, CB, [], ["Canvas and Bone"], ["Canvas and Bone"])
q("which film is about a clockmaker at sea", K, BM, [], ["Brass Meridian"], ["Brass Meridian"])
q("the steelworks horror film, who directed it", K, FE, ["Introduction"], ["Dara Kettle"])
q("that vineyard romance, is the music good", K, DV, DV_MUSIC, ["secret weapon", "worst offender"])
q("movie about the college radio station, who plays the dj", K, SD, ["The Plot", "The Cast"], ["Priya Castell"])
q("the village council election comedy any good", K, MP, [], ["Three stars out of five", "occasionally brilliant", "very funny for about an hour"])
q("which film has a goat called admiral", K, BM, [], ["Admiral"], ["Brass Meridian"])
q("the oklahoma kids movie set in 1987, who shot it", K, CS, [], ["Maren Okafor"])
q("which movie has a greyhound named lulu", K, CB, [CB_ODDS], ["greyhound, Lulu"], ["Canvas and Bone"])
q("who plays the lighthouse keeper", K, QC, [], ["Nerys Achebe"])
q("film where people turn to rust from the inside, is it scary", K, FE, ["The Scares", "Introduction"],
  ["Is it scary? Very.", "most frightened I have been"])

K = "film not stored"
no("is raging bull any good", K)
no("thoughts on coraline", K)
no("who directed the holdovers", K)
no("oppenheimer", K)
no('in "no country for old men" who plays the killer', K)
no("fantastic mr fox ok for kids?", K)
no("aftersun ending explained pls", K)
no("who plays the innkeeper in larkspur inn", K)
no("the quiet surveyor worth it?", K)
no("copperhead winter", K)
no("brass horizon cinematography", K)
no("is \u201cthimble witch\u201d scary", K)
no("dogwood and rose music any good", K)
no("in moth council who plays the vicar", K)
no("static at midnight review", K)
no("thoughts on canvas and steel", K)

K = "unanswerable"
no("who edited the quiet cartographer", K, QC)
no("what year did the quiet cartographer come out", K, QC)
no("how long is larkspur motel", K, LM)
no("what year is moth parliament", K, MP)
no("what was the budget of brass meridian", K, BM)
no("what star rating did brass meridian get", K, BM)
no("did copperhead summer win any awards", K, CS)
no("where can i stream thimble ghost", K, TG)
no("is there a post credits scene in ferrous", K, FE)
no("who did the costumes in dogwood and vine", K, DV)
no("how much did canvas and bone make at the box office", K, CB)
no("is there a sequel to static at dawn", K, SD)
no("who produced moth parliament", K, MP)
no("who did the makeup effects on ferrous", K, FE)
no("who edited thimble ghost", K, TG)
no("who did the stunts in canvas and bone", K, CB)

K = "pros/cons"
q("what are the weaknesses of larkspur motel", K, LM, [],
  ["the last half hour drags hard", "the ending is a cop-out", "edited so choppily", "pure ham", "Everything else is slow"])
q("best thing about the quiet cartographer", K, QC, [], ["that ending is perfect", "Keast is incredible", "The look of it is insane"])
q("any complaints about copperhead summer", K, CS, [], ["dad storyline is pretty heavy-handed", "too sweet", "My only real complaints"])
q("pros and cons of brass meridian", K, BM, [],
  ["quietly magnificent", "ranks with the best of its kind", "When it goes ashore, it sinks", "twenty minutes too long"])
q("what's bad about thimble ghost", K, TG, ["And 2 We Didn't"], ["genuinely frightening", "ending also feels rushed"])
q("what do the critics like about dogwood and vine", K, DV, ["The Leads", "The Music", "The Look", "THE LOOK", "THE LEADS"] + DV_VERDICT,
  ["secret weapon", "performance of her career", "Those images, to be fair, are lovely", "breathtaking", "Gorgeous to look at"])
q("ferrous weaknesses", K, FE, ["Where It Buckles", "The Cast", "Verdict"],
  ["dialogue is often clunky", "rushed and a little confusing", "Thin characters", "never quite lands"])
q("what's good about moth parliament", K, MP, [], ["a joy as Gaunt", "even better as Vera", "most of them land", "two terrific leads"])
q("any downsides to static at dawn", K, SD, ["The Problems", "The Cast"], ["very predictable", "romance between Rox and Gil is flat", "one-dimensional"])
q("canvas and bone strengths and weaknesses", K, CB, [CB_PERF, CB_FIGHT, CB_STORY, "Bottom Line"] + [CB_SOUND],
  ["Familiar, overlong and not always subtle", "Tolliver and the fights", "hits every cliche", "You feel every body shot"])
q("best thing about copperhead summer", K, CS, [], ["best performance in the whole movie", "The kids are what make it", "snake scene lives up to the hype"])
q("worst thing about moth parliament", K, MP, [], ["sags badly", "score is the weak spot", "limp middle"])
q("what did the reviewer hate about canvas and bone", K, CB, [CB_STORY, CB_SOUND, CB_ODDS],
  ["hits every cliche", "score is generic", "middle hour is slow"])
q("what worked in ferrous", K, FE, ["The Scares", "Sight & Sound", "Verdict"],
  ["first-rate", "the sound design is extraordinary", "almost all practical", "small masterpiece of tension"])
q("best part of static at dawn tho", K, SD, ["The Soundtrack", "The Cast"], ["real reason to go", "star in the making", "best moment in the movie"])

K = "disagreement"
q("do the critics agree on the music in dogwood and vine", K, DV, DV_MUSIC, ["secret weapon", "worst offender"], DV_SIDES)
q("which reviewer hated the ending of dogwood and vine", K, DV, DV_END, ["lack of nerve", "irritated rather than moved"], ["Tamsin Greaves"])
q("is margit haddad good in dogwood and vine or do reviews disagree", K, DV, DV_LEADS,
  ["performance of her career", "I cannot see why"], DV_SIDES)
q("do both reviewers like jonah achebe in dogwood and vine", K, DV, DV_LEADS,
  ["charming as Daniel, if a little bland", "the livelier of the two"], DV_SIDES)
q("do the dogwood and vine reviews agree on how it looks", K, DV, ["The Look", "THE LOOK"],
  ["breathtaking", "Those images, to be fair, are lovely", "finds a new palette for every season"])
q("which critic liked dogwood and vine more", K, DV, [], ["4/5", "Four stars"], ["Celeste Oduya"])
q("do the larkspur motel reviews agree on the music", K, LM, [], ["had it on repeat since", "a borrowed mood rather than a voice"], LM_SIDES)
q("which larkspur motel reviewer liked the ending", K, LM, [], ["has the nerve to leave things open"], ["Hattie Greaves"])
q("do both larkspur motel critics like saffron okafor", K, LM, [], ["she is SO good", "Saffron Okafor is excellent"])
q("do the critics agree on the sheriff in larkspur motel", K, LM, [], ["pure ham", "Walt Haddad's sheriff is a cartoon"])
q("who liked larkspur motel more", K, LM, [], ["★★★½", "very easy recommend"], ["marlowe_after_dark"])
q("critics split on whether dogwood and vine is too slow?", K, DV, ["Quibbles", "Introduction"],
  ["a touch long", "bored me into the floor"], DV_SIDES)
q("do the reviewers agree on pearl kettle in dogwood and vine", K, DV, DV_LEADS,
  ["steals every scene as Ada", "very funny as Lila's meddling mother"])
q("which dogwood and vine review gave it 2 stars", K, DV, DV_VERDICT, ["Two stars out of five"], ["Tamsin Greaves"])

K = "comparison"
q("which is longer, ferrous or moth parliament", K, FE, [], ["99-minute"], ["99-minute", "96 minutes"])
q("is copperhead summer better than static at dawn", K, CS, [], ["9/10"], ["Copperhead Summer", "Static at Dawn"])
q("which has better music, static at dawn or canvas and bone", K, SD, ["The Soundtrack"],
  ["real reason to go", "perfect 90s college-rock mixtape"], ["Static at Dawn", "Canvas and Bone"])
q("which is scarier, ferrous or thimble ghost", K, FE, ["The Scares", "Introduction"],
  ["Is it scary? Very.", "most frightened I have been"], ["Ferrous", "Thimble Ghost"])
q("thimble ghost or copperhead summer for a 10 year old", K, TG, ["And 2 We Didn't", "The Verdict"],
  ["fine for most children from about seven", "Take anyone over seven"], ["Thimble Ghost", "Copperhead Summer"])
q("which came out first, copperhead summer or static at dawn", K, CS, [], ["2025"], ["2025", "2026"])
q("which is longer, the quiet cartographer or brass meridian", K, QC, [], ["131 minutes"], ["131 minutes", "127 MIN"])
q("which is rated higher, ferrous or moth parliament", K, FE, [], ["3.5/5"], ["3.5/5", "Three stars out of five"])
q("which is shorter, thimble ghost or moth parliament", K, TG, ["5. It's short"], ["86 minutes"], ["86 minutes", "96 minutes"])
q("compare the music in ferrous and brass meridian", K, FE, ["Sight & Sound"], ["grinding industrial drone", "Bastian Vane"],
  ["Ferrous", "Brass Meridian"])
q("which has the better villain, thimble ghost or static at dawn", K, TG, ["3. The voices", "And 2 We Didn't"],
  ["Lord Dustwing", "clearly has a wonderful time"], ["Thimble Ghost", "Static at Dawn"])
q("is the quiet cartographer longer than canvas and bone", K, QC, [], ["131 minutes"], ["131 minutes", "121 minutes"])
q("larkspur motel or ferrous for a scary night in", K, FE, ["The Scares", "Introduction"],
  ["Is it scary? Very.", "most frightened I have been"], ["Larkspur Motel", "Ferrous"])
q("which is longer, canvas and bone or oxbow fever", K, CB, [], ["121 minutes"], ["121 minutes", "138 minutes"])
q("which is shorter, thimble ghost or umbra and the clockwork fox", K, TG, ["5. It's short"], ["86 minutes"],
  ["86 minutes", "92 minutes"])
q("which is better, canvas and bone or brass meridian", K, CB, [], ["72/100", "worth the ticket"], ["Canvas and Bone", "Brass Meridian"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

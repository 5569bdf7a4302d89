#!/usr/bin/env python3
"""Write eval/unseen35/all.jsonl from the hand-written questions below (one JSON object per line).

New films: TA Tailings (two reviews that disagree: a games-site walkthrough and FAQ, plain text with numbered heading
lines "1. Introduction" to "10. Legal", by Jovana Farrimond, "Final score: 9/10"; and the slides and speaker notes of a
talk to an astronomical society, Markdown with front matter `title/reviewer/outlet/rating`, a `#` headline and `##`
headings "Slide 1: Title" to "Slide 12: Verdict", by Emeric Ottershaw, "Two stars out of five"; no editor, no actor for
the company man Mr Petrov), PR Propolis (a beekeeper's hive record card, Markdown with front matter
`film/critic/outlet/stars`, a `# Hive record: Propolis` headline, `##` headings "Colony details", "Inspection 1:
Spring" ... "Overall" and bold labels, by Seren Habergham, "four stars out of five"; a documentary, no cinematographer
credited), LE Legger (an interactive-fiction transcript, plain text with room names and typed commands such as
">listen", by Regan Ingham, "3 out of a possible 5"; no composer, no actor for the lock-keeper Mr Pullan), CA Catflap
(notes left for a cat sitter, plain text with no heading lines at all, by Melisende Rothwell, "three and a half stars
out of five"; no writer, no actor for Laurence's ex-wife Selina), PL Plait (an Instagram carousel saved as text, with
"Image 1 of 8" lines, alt text and a caption, by Flora Micklethwaite, "★★★★☆ (4/5)"; no editor, no actor for Cissie's
mother), CM Countermeasure (a polygraph examination report, plain text with capitalised heading lines "BACKGROUND",
"PRE-TEST INTERVIEW", "RELEVANT QUESTIONS AND ANSWERS", "CHART ANALYSIS", "EXAMINER'S OPINION", "RESULT", by Sybella
Gaukroger, "Overall score: 8/10"; no cinematographer, no actor for the solicitor Mr Ganguly), SN Snowplough (a
children's party e-invitation saved as HTML, plain text with `<h2>` "The film", "Why this film", "Good to know",
"Party tea", "RSVP", by Kesia Iyengar, "4/5"; no editor, no voice for the fox Sleekit).
About 15 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen34/reviews): Paper Meridian and Honeybrook Junction.
"""
import json, os

TA, PR, LE, CA = "Tailings", "Propolis", "Legger", "Catflap"
PL, CM, SN = "Plait", "Countermeasure", "Snowplough"
# films of the earlier sets (copied unchanged)
PM, HJ = "Paper Meridian", "Honeybrook Junction"
TA_SIDES = ["Farrimond", "Ottershaw"]  # the walkthrough tailings.txt (9/10), the slides tailings-ottershaw.md (2/5)
# ## headings of propolis.md
P_COL, P_I1, P_I2, P_I3, P_I4, P_STORES, P_OVER = (
    "Colony details", "Inspection 1: Spring", "Inspection 2: The swarm", "Inspection 3: Summer and the honey",
    "Inspection 4: Autumn", "Stores and treatment", "Overall")
# plain-text heading lines of countermeasure.txt
C_BACK, C_PRE, C_REL, C_CHART, C_OPIN, C_RES = (
    "BACKGROUND", "PRE-TEST INTERVIEW", "RELEVANT QUESTIONS AND ANSWERS", "CHART ANALYSIS", "EXAMINER'S OPINION",
    "RESULT")
# <h2> headings of snowplough.txt (tags stripped)
S_FILM, S_WHY, S_GOOD = "The film", "Why this film", "Good to know"
# plain-text heading lines of paper-meridian.txt and honeybrook-junction.txt (old files)
M_STORY, M_CAST, M_DIR, M_CAMERA, M_SCORE, M_VERDICT = "Story", "Cast", "Direction", "Camera", "Score", "Verdict"
H_LOVED, H_DIDNT, H_GO = "5 Things I Loved", "3 Things I Didn't", "Should You Go"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats tailings about", K, TA, [],
  ["an ore freighter that vanished in the asteroid belt forty years ago",
   "The crew board the Esperance to strip it for scrap and find a child in a sleep pod"])
q("how do the effects look in tailings", K, TA, [], ["the effects are superb"])
q("what is propolis about", K, PR, [],
  ["spends one year with the bee club of HMP Thornbarrow, an open prison in North Yorkshire",
   "teaches a handful of men to look after twelve hives behind the laundry"])
q("hows the photography in propolis", K, PR, [P_I1],
  ["The close-ups inside the hive are the best nature photography I have seen this year"])
q("whats legger about", K, LE, [],
  ["His daughters, Etta and Madge, are taking his ashes through the tunnel",
   "the sisters have to leg her through, lying on planks and pushing with their feet"])
q("how is the sound in legger", K, LE, [], ["The sound is the best thing in the film"])
q("what is catflap about", K, CA, [],
  ["is hired to feed the Brigadier, an enormous Maine Coon", "asks for custody of the cat"])
q("how does catflap look", K, CA, [], ["She makes Exeter look like Paris in the rain"])
q("whats plait about", K, PL, [],
  ["is going under because the fashion has turned to felt", "sketches a hat for the coronation"])
q("are the costumes good in plait", K, PL, [],
  ["The costumes, by Folake Redfearn, are gorgeous", "the hats are correct down to the stitching"])
q("whats countermeasure about", K, CM, [C_BACK],
  ["Elsa Pendrey hires him to test her son Eugene", "whose girlfriend, Molly Kerrigan, nineteen, went missing a week ago"])
q("what is snowplough about", K, SN, [S_FILM],
  ["Nudge is a little snowplough at the Glenbrack road depot who is frightened of the dark",
   "only Nudge is small enough to get through"])
q("hows the camera work in paper meridian", K, PM, [M_CAMERA],
  ["looks like an old photograph come to life", "Photographed by Emeka Nwosu in muted browns and greys"])

K = "actor"
q("who plays the captain in tailings", K, TA, [],
  ["played by Thandeka Ashcroft", "Thandeka Ashcroft as Captain Zora Kuhlmann"])
q("who voices the computer in tailings", K, TA, [], ["voiced by Torbjorn Latchford"])
q("who plays sprat in tailings", K, TA, [], ["played by Akosua Millington", "Akosua Millington as the girl in the pod"])
q("who plays etta in legger", K, LE, [], ["is played by Divya Killingbeck"])
q("who plays the younger sister in legger", K, LE, [],
  ["Madge Rishworth, the younger sister, is played by Fabienne Woodhead"])
q("who plays polly in catflap", K, CA, [], ["Abena Townend plays Polly"])
q("who plays the cat owner in catflap", K, CA, [], ["Takumi Smethurst plays Laurence"])
q("who plays cissie in plait", K, PL, [], ["Adaora Coggins plays Cissie"])
q("who plays the forewoman in plait", K, PL, [], ["Nanette Brackenridge plays her"])
q("who plays the polygraph guy in countermeasure", K, CM, [C_REL], ["Seamus Kimber plays Eoin"])
q("who plays the mum in countermeasure", K, CM, [C_REL], ["Candela Beatty is excellent as Elsa Pendrey"])
q("who voices nudge in snowplough", K, SN, [S_WHY], ["Jyoti Winterbottom voices Nudge"])
q("who plays hilda in honeybrook junction", K, HJ, [H_LOVED], ["is played by Margaret Oduro"])

K = "crew"
q("who directed tailings", K, TA, [], ["directed by Ruslana Featherstone"])
q("who wrote tailings", K, TA, [], ["from a script by Efosa Brocklehurst", "written by Efosa Brocklehurst"])
q("who directed propolis", K, PR, [], ["directed by Ayesha Moorhouse"])
q("who edited propolis", K, PR, [P_STORES], ["Finnian Rawnsley edited it"])
q("who directed legger", K, LE, [], ["Directed by Katrien Goodlad"])
q("who shot legger", K, LE, [], ["Photographed by Svetlana Cresswell", "Svetlana Cresswell photographed the tunnel"])
q("who directed catflap", K, CA, [], ["It was directed by Pascale Carruthers"])
q("who did the music for catflap", K, CA, [], ["The music by Jurgen Laycock"])
q("who wrote plait", K, PL, [], ["written by Chinonso Barraclough"])
q("who did the costumes in plait", K, PL, [], ["The costumes, by Folake Redfearn"])
q("who wrote countermeasure", K, CM, [C_BACK], ["from a screenplay by Laleh Bakker"])
q("who wrote snowplough", K, SN, [S_FILM], ["written by Tarek Pillai"])
q("who shot honeybrook junction", K, HJ, [H_LOVED], ["Cinematographer Luis Whitcombe"])

K = "metadata"
q("how long is tailings", K, TA, [], ["117 minutes"])
q("who reviewed tailings", K, TA, [], ["Jovana Farrimond", "Emeric Ottershaw"], TA_SIDES)
q("what is propolis rated", K, PR, [], ["rated PG", "the PG is right"])
q("propolis runtime", K, PR, [], ["88 minutes long"])
q("how long is legger", K, LE, [], ["92 minutes"])
q("what age rating is legger", K, LE, [], ["Certificate 15", "The 15 is right"])
q("catflap runtime", K, CA, [], ["101 minutes long"])
q("who reviewed catflap", K, CA, [], ["Melisende Rothwell"])
q("how long is plait", K, PL, [], ["112 minutes"])
q("what year is plait", K, PL, [], ["a British period drama of 2026"])
q("how long is countermeasure", K, CM, [], ["106 minutes"])
q("who reviewed snowplough", K, SN, [], ["Kesia Iyengar"])
q("when did paper meridian come out", K, PM, [], ["released in 2021"])

K = "verdict"
q("is tailings worth seeing", K, TA, [], ["9/10", "Two stars out of five"], TA_SIDES)
q("what did jovana farrimond think of tailings", K, TA, [],
  ["Final score: 9/10", "the best science-fiction film of the year"])
q("propolis rating", K, PR, [P_OVER], ["four stars out of five"])
q("is propolis any good", K, PR, [], ["four stars out of five", "The first hour is a delight", "worth the trip"])
q("legger score", K, LE, [], ["3 out of a possible 5"])
q("is legger worth watching", K, LE, [], ["3 out of a possible 5", "as frightening as anything I have seen this year"])
q("catflap rating", K, CA, [], ["three and a half stars out of five"])
q("is catflap good", K, CA, [], ["three and a half stars out of five", "Not a classic"])
q("plait review", K, PL, [], ["4/5"])
q("countermeasure score", K, CM, [C_RES], ["Overall score: 8/10"])
q("is countermeasure any good", K, CM, [], ["8/10", "a strong, serious and grown-up thriller"])
q("snowplough rating", K, SN, [S_GOOD], ["4/5"])
q("is honeybrook junction worth seeing", K, HJ, [H_GO],
  ["Final score: 7 out of 10", "Honeybrook Junction is small, silly and a bit creaky"])

K = "yes/no"
q("is tailings ok for a 10 year old", K, TA, [], ["The 12A is fair", "one frozen body"])
q("is there a post credits scene in tailings", K, TA, [], ["No post-credits scene"])
q("is propolis ok for kids", K, PR, [P_STORES],
  ["the PG is right", "any child who is interested in insects would be spellbound"])
q("does propolis say what the prisoners did", K, PR, [P_I4],
  ["the film never says what any of the men did to be in prison"])
q("is legger too scary for a 14 year old", K, LE, [], ["The 15 is right", "the first hour will frighten adults"])
q("is the monster in legger scary", K, LE, [], ["a cheap computer effect that is not scary at all"])
q("is catflap ok for a 10 year old", K, CA, [],
  ["fine for anyone over about eleven", "the cat scenes will keep younger children happy"])
q("is there chemistry between the leads in catflap", K, CA, [], ["There is no spark between them"])
q("is plait ok for an 8 year old", K, PL, [], ["it is fine for anyone over eight", "there is nothing in it to worry about"])
q("does plait have a good ending", K, PL, [], ["The ending is rushed"])
q("is countermeasure ok for a 13 year old", K, CM, [C_PRE], ["Nobody under fifteen should be in the room"])
q("is snowplough too scary for a 3 year old", K, SN, [S_GOOD], ["fine for anyone over three", "cheeky rather than scary"])
q("is honeybrook junction too long", K, HJ, [H_DIDNT], ["Even at 99 minutes there is a dead stretch after the break-in"])

K = "typo"
q("tailngs review", K, TA, [], ["9/10", "Two stars out of five"], TA_SIDES)
q("tailing cast", K, TA, [],
  ["Thandeka Ashcroft", "Leandro Bottomley", "Kerem Aydin", "Akosua Millington", "Torbjorn Latchford"])
q("propolus review", K, PR, [], ["four stars out of five"])
q("proplis director", K, PR, [], ["Ayesha Moorhouse"])
q("leger review", K, LE, [], ["3 out of a possible 5"])
q("legerr cast", K, LE, [], ["Divya Killingbeck", "Fabienne Woodhead"])
q("catflp review", K, CA, [], ["three and a half stars out of five"])
q("cat flap cast", K, CA, [], ["Abena Townend", "Takumi Smethurst", "Parisa Uttley"])
q("plaitt review", K, PL, [], ["4/5"])
q("countermesure review", K, CM, [], ["8/10"])
q("counter measure director", K, CM, [], ["Grazyna Kowalski"])
q("snowplow review", K, SN, [], ["4/5"])
q("paper meridan review", K, PM, [M_VERDICT], ["Rating: 3/5"])

K = "very short"
q("tailings music", K, TA, [], ["pounding synth score", "far too loud"], TA_SIDES)
q("tailings dop", K, TA, [], ["Haruka Spedding"])
q("propolis music", K, PR, [P_STORES], ["Katalin Swainson's score"])
q("propolis prison", K, PR, [], ["HMP Thornbarrow"])
q("legger writer", K, LE, [], ["Tobechi Slingsby"])
q("legger editor", K, LE, [], ["Kaito Hargreave"])
q("catflap editor", K, CA, [], ["Olufemi Wroe"])
q("catflap dop", K, CA, [], ["Naoko Fieldhouse"])
q("plait dop", K, PL, [], ["Kirsi Hollingworth"])
q("plait music", K, PL, [], ["Edgar Fortescue", "is syrupy, all strings"])
q("countermeasure music", K, CM, [C_CHART], ["Sigurd Mulder's score"])
q("snowplough songs", K, SN, [S_WHY], ["The music and songs are by Noura Kulkarni", "the songs are catchy"])
q("honeybrook junction music", K, HJ, [H_LOVED], ["Composer Nell Castellanos"])

K = "no film named"
q("the sci fi film about the salvage crew in the asteroid belt, any good", K, TA, [], ["9/10", "Two stars out of five"],
  [TA])
q("that space salvage movie with the creepy computer, who voices it", K, TA, [], ["Torbjorn Latchford"], [TA])
q("the documentary about prisoners keeping bees, is it good", K, PR, [], ["four stars out of five"], [PR])
q("the bee documentary, who directed it", K, PR, [], ["Ayesha Moorhouse"], [PR])
q("the narrowboat horror film, is it scary", K, LE, [],
  ["as frightening as anything I have seen this year", "it is terrifying"], [LE])
q("that canal tunnel horror, how long is it", K, LE, [], ["92 minutes"], [LE])
q("the romcom about the cat sitter, worth watching", K, CA, [], ["three and a half stars out of five"], [CA])
q("the film with the maine coon custody fight, who plays the cat sitter", K, CA, [], ["Abena Townend"], [CA])
q("the 1930s luton hat factory film, any good", K, PL, [], ["4/5"], [PL])
q("the hat makers period drama, who plays the girl", K, PL, [], ["Adaora Coggins"], [PL])
q("the polygraph thriller, is it good", K, CM, [], ["8/10"], [CM])
q("the lie detector film set in larne, who directed it", K, CM, [], ["Grazyna Kowalski"], [CM])
q("the cartoon about the little snowplough, ok for little ones", K, SN, [],
  ["fine for anyone over three", "It is rated U"], [SN])
q("the model railway club comedy, any good", K, HJ, [], ["7 out of 10"], [HJ])

K = "film not stored"
no("is silent running any good", K)
no("event horizon review", K)
no("who directed honeyland", K)
no("is more than honey worth watching", K)
no("is the descent scary", K)
no("keanu review", K)
no("a street cat named bob cast", K)
no("how long is mrs harris goes to paris", K)
no("phantom thread rating", K)
no("who wrote primal fear", K)
no("the usual suspects review", K)
no("is arthur christmas ok for kids", K)
no("the polar express review", K)
no("the gorse wardens review", K)

K = "unanswerable"
no("who edited tailings", K, TA)
no("who plays the company man in tailings", K, TA)
no("who shot propolis", K, PR)
no("who did the music for legger", K, LE)
no("who plays the lock keeper in legger", K, LE)
no("who wrote catflap", K, CA)
no("who plays selina in catflap", K, CA)
no("who edited plait", K, PL)
no("who plays cissie's mum in plait", K, PL)
no("who shot countermeasure", K, CM)
no("who plays the solicitor in countermeasure", K, CM)
no("who edited snowplough", K, SN)
no("who voices the fox in snowplough", K, SN)
no("what certificate is paper meridian", K, PM)

K = "pros/cons"
q("tailings pros and cons", K, TA, [],
  ["the effects are superb", "ABBESS steals the film", "She is brilliant", "the best action sequence of the year",
   "I found Thandeka Ashcroft wooden", "an hour of people walking slowly down dark corridors", "the ending is a cheat",
   "far too loud", "The science is nonsense from the first shot", "the pilot is barely written"], TA_SIDES)
q("whats wrong with tailings", K, TA, [],
  ["I found Thandeka Ashcroft wooden", "an hour of people walking slowly down dark corridors", "the ending is a cheat",
   "Reinhold Battersby's score is far too loud", "The science is nonsense from the first shot",
   "the pilot is barely written", "Nima is the weakest character in the game", "yes, the science is shaky"])
q("propolis pros and cons", K, PR, [],
  ["who is the heart of the film", "The first hour is a delight", "the best nature photography I have seen this year",
   "The last twenty minutes sag", "I think that is a dodge", "is lovely but too sweet"])
q("whats bad about propolis", K, PR, [],
  ["The last twenty minutes sag", "a wasp raid that goes on and on", "I think that is a dodge", "is lovely but too sweet"])
q("legger good and bad", K, LE, [],
  ["she is superb", "it is terrifying", "The sound is the best thing in the film", "The last act explains far too much",
   "a cheap computer effect that is not scary at all", "by the end I found her shrill"])
q("whats wrong with legger", K, LE, [],
  ["The last act explains far too much", "a cheap computer effect that is not scary at all",
   "by the end I found her shrill", "the last twenty minutes are the weakest"])
q("catflap pros and cons", K, CA, [],
  ["she is delightful", "gets all the best lines", "The Brigadier is the real star", "There is no spark between them",
   "the middle drags", "The custody hearing is silly even for a comedy", "Selina is a cartoon villain"])
q("whats good about catflap", K, CA, [],
  ["she is delightful", "gets all the best lines", "The Brigadier is the real star",
   "a jazzy piano score that I have been humming all week", "She makes Exeter look like Paris in the rain"])
q("plait pros and cons", K, PL, [],
  ["she is wonderful", "The costumes, by Folake Redfearn, are gorgeous",
   "the factory scenes are the most beautiful thing in the film", "he is bland", "the middle is slow",
   "is syrupy, all strings", "The ending is rushed"])
q("countermeasure pros and cons", K, CM, [C_REL],
  ["he is superb", "is the best scene in the film", "Candela Beatty is excellent as Elsa Pendrey",
   "Amina Sengupta is wasted", "The ending cheats", "stops the film dead twice"])
q("whats bad about countermeasure", K, CM, [C_REL],
  ["Amina Sengupta is wasted as DI Malika Petch", "stops the film dead twice", "The ending cheats", "slack after it"])
q("snowplough pros and cons", K, SN, [],
  ["the snow is the most beautiful animated snow I have ever seen", "steals the film", "the songs are catchy",
   "the middle sags a little", "the fox subplot goes nowhere", "The plot holds no surprises"])
q("paper meridian pros and cons", K, PM, [],
  ["it is a quietly brilliant performance", "is nervy and precise", "the plotting becomes so convoluted in the second act",
   "the middle hour crawls", "overplays every scene he is in", "A few night scenes are so dark they are hard to read"])

K = "disagreement"
q("is thandeka ashcroft good in tailings", K, TA, [], ["She is brilliant", "I found Thandeka Ashcroft wooden"],
  TA_SIDES)
q("does tailings drag", K, TA, [], ["it never lets up", "an hour of people walking slowly down dark corridors"],
  TA_SIDES)
q("is the ending of tailings good", K, TA, [], ["The ending is perfect", "the ending is a cheat"], TA_SIDES)
q("is the music in tailings good", K, TA, [], ["the best soundtrack of the year", "far too loud"], TA_SIDES)
q("what do the tailings reviews disagree on", K, TA, [],
  ["She is brilliant", "I found Thandeka Ashcroft wooden", "it never lets up",
   "an hour of people walking slowly down dark corridors", "The ending is perfect", "the ending is a cheat",
   "the best soundtrack of the year", "far too loud", "It is a film, not a physics exam",
   "The science is nonsense from the first shot"], TA_SIDES)
q("what do both tailings reviewers agree on", K, TA, [],
  ["the effects are superb", "ABBESS steals the film", "The 12A is fair", "the weakest character in the game",
   "the pilot is barely written", "the best action sequence of the year",
   "The chase through the conveyor tunnels is well staged"], TA_SIDES)
q("who liked tailings more, the walkthrough one or the slides one", K, TA, [], ["9/10", "Two stars out of five"],
  TA_SIDES)
q("is propolis good all the way through", K, PR, [], ["The first hour is a delight", "The last twenty minutes sag"])
q("is legger scary all the way through", K, LE, [],
  ["for the first hour Legger is as frightening as anything I have seen this year",
   "the last twenty minutes are the weakest"])
q("is everyone good in catflap", K, CA, [], ["she is delightful", "he is handsome and stiff"])
q("is everyone good in plait", K, PL, [], ["she is wonderful", "he is bland"])
q("is countermeasure good all the way through", K, CM, [],
  ["The first hour is as gripping as anything this year", "loses its nerve in the last twenty minutes"])
q("is everyone good in paper meridian", K, PM, [M_CAST],
  ["it is a quietly brilliant performance", "overplays every scene he is in"])

K = "comparison"
q("which is longer, tailings or plait", K, TA, [], ["117 minutes"], ["112 minutes"])
q("which is shorter, legger or propolis", K, PR, [], ["88 minutes"], ["92 minutes"])
q("catflap or countermeasure, which is longer", K, CM, [], ["106 minutes"], ["101 minutes"])
q("which got the better review, countermeasure or legger", K, CM, [], ["8/10"], ["3 out of a possible 5"])
q("which scored higher, propolis or catflap", K, PR, [], ["four stars out of five"],
  ["three and a half stars out of five"])
q("which is better for a 5 year old, legger or snowplough", K, SN, [], ["rated U"], ["Certificate 15"])
q("which is more family friendly, countermeasure or plait", K, PL, [], ["Certificate PG", "it is a PG"],
  ["certificate 15"])
q("which is shorter, snowplough or propolis", K, SN, [], ["84 minutes"], ["88 minutes"])
q("which scored higher, plait or legger", K, PL, [], ["4/5"], ["3 out of a possible 5"])
q("which is longer, paper meridian or honeybrook junction", K, PM, [], ["115 minutes"], ["99 minutes"])
q("which is longer, tailings or paper meridian", K, TA, [], ["117 minutes"], ["115 minutes"])
q("which scored higher, honeybrook junction or paper meridian", K, HJ, [], ["7 out of 10"], ["Rating: 3/5"])
q("which is shorter, honeybrook junction or catflap", K, HJ, [], ["99 minutes"], ["101 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

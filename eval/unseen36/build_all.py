#!/usr/bin/env python3
"""Write eval/unseen36/all.jsonl from the hand-written questions below (one JSON object per line).

New films: BC Backcomb (two reviews that disagree: a rating app's diary export in CSV, plain text saved as
`backcomb.txt`, one row per aspect with a Reviewer column, by Branko Witheridge, "Two stars out of five"; and an
annotated setlist, Markdown with front matter `film/critic/outlet/score`, a `#` headline, `##` headings "Act one",
"Act two", "Encore", "Notes" and bold song lines "**1. Shampoo and Set**", by Fiorella Gollop, "Final rating: 9/10";
no editor, no actor for the oldest customer Nanna Ebrel), HA Haberdashery (a mystery shopper's visit report,
Markdown with front matter `film/author/outlet/score`, `score: 78%`, a `#` headline, `##` headings "Visit details",
"First impressions", "Staff", "Store presentation", "Queueing times", "Background music", "Checkout", "Customer
safety", "Overall score" and two tables, by Nadezhda Chubb, "Overall score: 78%"; no costume designer, no actor for
the store detective Mrs Pires), WC Weathercock (a notes app's JSON export, plain text, four notes with "body" strings
holding escaped line breaks, by Rosaria Alves, "four out of five"; no composer, no voice for the jackdaw Scrag), RB
Ringback (a drinking game on a horror blog, saved HTML in a `.txt` file with `<h2>` "Take a sip every time…", "Take a
drink when…", "Finish your drink if…", "The sober verdict" and `<li>` rules, by Onyeka Rodda, "Three stars out of
five"; no editor, no voice for the caller Mrs Vobe), VE Verruca (a swimming teacher's diary, plain text with dated
heading lines "Sunday 6 December" ... "Saturday 12 December", by Janette Mapledoram, "Eight out of ten"; no
cinematographer, no actor for Annie's mum), LU Lugworm (a TV Tropes-style wiki page, Markdown with no front matter, a
`# Lugworm` line, `##` headings "This film provides examples of", "YMMV", "Trivia", "Reviews" and bold trope labels
opening paragraphs, by Taliesin Lashbrook, "four out of five"; no writer, no actor for Major Bowker), OC Oche (a
solicitor's letter before action, plain text with heading lines "The parties", "The facts", "What our client
accepts", "What our client complains of", "Remedy sought", "Other matters", "Next steps" and numbered paragraphs, by
Branwen Tonks, "two stars out of five"; no composer, no actor for the commentator Perran Lawley).
About 15 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen35/reviews): Saltmarsh Hymn and Kestrel Lane.
"""
import json, os

BC, HA, WC, RB = "Backcomb", "Haberdashery", "Weathercock", "Ringback"
VE, LU, OC = "Verruca", "Lugworm", "Oche"
# films of the earlier sets (copied unchanged)
SH, KL = "Saltmarsh Hymn", "Kestrel Lane"
BC_SIDES = ["Gollop", "Witheridge"]  # the setlist backcomb-gollop.md (9/10), the CSV export backcomb.txt (2/5)
# ## headings of haberdashery.md
H_VISIT, H_FIRST, H_STAFF, H_STORE, H_QUEUE, H_MUSIC, H_CHECK, H_SAFE, H_OVER = (
    "Visit details", "First impressions", "Staff", "Store presentation", "Queueing times", "Background music",
    "Checkout", "Customer safety", "Overall score")
# <h2> headings of ringback.txt (tags stripped, entities decoded)
R_SIP, R_DRINK, R_FINISH, R_SOBER = (
    "Take a sip every time\u2026", "Take a drink when\u2026", "Finish your drink if\u2026", "The sober verdict")
# dated heading lines of verruca.txt
V_SUN, V_MON, V_TUE, V_WED, V_THU, V_FRI, V_SAT = (
    "Sunday 6 December", "Monday 7 December", "Tuesday 8 December", "Wednesday 9 December", "Thursday 10 December",
    "Friday 11 December", "Saturday 12 December")
# ## headings of lugworm.md
L_TROPES, L_YMMV, L_TRIVIA, L_REVIEWS = "This film provides examples of", "YMMV", "Trivia", "Reviews"
# plain-text heading lines of oche.txt
O_PARTIES, O_FACTS, O_ACCEPTS, O_COMPLAINS, O_REMEDY, O_OTHER, O_NEXT = (
    "The parties", "The facts", "What our client accepts", "What our client complains of", "Remedy sought",
    "Other matters", "Next steps")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats backcomb about", K, BC, [],
  ["enter the regional hairdressing championship", "a chain salon called Snipz opens across the road",
   "a chain called Snipz opens across the road"])
q("what is haberdashery about", K, HA, [H_FIRST],
  ["they decide to rob Tangye's on Christmas Eve", "through the brass pneumatic tubes"])
q("hows the camerawork in haberdashery", K, HA, [H_STORE],
  ["Ornella Bugler photographs Tangye's after closing like a cathedral"])
q("whats weathercock about", K, WC, [],
  ["a copper weathercock who has turned in the wind on top of Puddlecombe church for two hundred years",
   "a storm tears Verdigris off the steeple"])
q("does weathercock look good", K, WC, [], ["The animation is gorgeous", "Every sky looks painted by hand"])
q("what happens in ringback", K, RB, [],
  ["The number she is calling from was disconnected in 1987", "takes a call from an old woman, Mrs Vobe"])
q("how is the sound in ringback", K, RB, [R_SIP],
  ["The sound design by Josiane Balogun is the best thing in the film"])
q("whats verruca about", K, VE, [V_SUN],
  ["the slowest swimmer in the Hornsea Seahorses",
   "She wants to swim the 100 metres breaststroke at the county gala"])
q("are the swimming scenes in verruca any good", K, VE, [V_TUE],
  ["the best underwater scenes I have ever seen in a film"])
q("what is lugworm about", K, LU, [],
  ["a lugworm the length of the pier is rising out of the mud at every low tide"])
q("what are the effects like in lugworm", K, LU, [L_TROPES, L_YMMV],
  ["the worm is a wonderful piece of effects work", "In daylight the worm is terrific"])
q("whats oche about", K, OC, [O_FACTS],
  ["became the first woman to reach the final of the Blackpool Masters"])
q("what is saltmarsh hymn about", K, SH, [],
  ["the maritime authority has written to tell him that the lamp will be automated by Easter"])

K = "actor"
q("who plays marvella in backcomb", K, BC, [], ["Ondina Kerslake plays Marvella", "Marvella Gwyther (Ondina Kerslake)"])
q("who plays the barber in backcomb", K, BC, [],
  ["Emyr Penderel steals the film as Huw Spargo", "Huw Spargo (Emyr Penderel)"])
q("who plays hatty in haberdashery", K, HA, [H_STAFF], ["Pernille Nancarrow plays Hatty"])
q("who plays the department store owner in haberdashery", K, HA, [H_STAFF], ["Goran Froud plays Hiram Tangye"])
q("who does the voice of verdigris in weathercock", K, WC, [],
  ["Dewi Akinwande voices Verdigris", "Dewi Akinwande (Verdigris)"])
q("who voices the church mouse in weathercock", K, WC, [], ["voiced by Tuva Horvath", "Tuva Horvath (Mrs Tittle)"])
q("who plays the call centre woman in ringback", K, RB, [], ["Hodan Ashwell (Bisi Oram)"])
q("who plays the team leader in ringback", K, RB, [],
  ["Micah Thring (Haruto Sandvik)", "Haruto Sandvik is stuck with the worst part in the film"])
q("who plays annie in verruca", K, VE, [V_MON], ["Kelda Geddes, who plays Annie"])
q("who plays the swimming coach in verruca", K, VE, [V_THU], ["is played by Everton Purdie"])
q("who plays the bait digger in lugworm", K, LU, [],
  ["Lowdy Coombes (Antoinette Kjaer)", "Antoinette Kjaer is brilliant as Lowdy"])
q("who plays daisy in oche", K, OC, [O_FACTS], ["Rhiain Jukes plays Daisy"])
q("who plays the detective in kestrel lane", K, KL, [], ["Niamh Castell plays Moody"])

K = "crew"
q("who directed backcomb", K, BC, [], ["directed by Radka Quennock"])
q("who wrote the songs in backcomb", K, BC, [],
  ["music and lyrics by Tressa Cloudesley", "the music and lyrics are by Tressa Cloudesley"])
q("who directed haberdashery", K, HA, [H_VISIT], ["Tendai Curnow, director"])
q("who edited haberdashery", K, HA, [H_VISIT], ["Ugochi Stickland, editor"])
q("who directed weathercock", K, WC, [], ["directed by Ginevra Haque"])
q("who did the art direction on weathercock", K, WC, [],
  ["Lerato Dvorak did the art direction", "Art direction: Lerato Dvorak"])
q("who wrote ringback", K, RB, [], ["from a screenplay by Cynan Fashola"])
q("who did the sound on ringback", K, RB, [R_SIP], ["The sound design by Josiane Balogun"])
q("who directed verruca", K, VE, [V_SUN], ["directed by Charmaine Yule"])
q("who wrote the music for verruca", K, VE, [V_WED], ["Alaw Elphinstone's score"])
q("who did the music in lugworm", K, LU, [], ["the music is by Farhan Novotny", "Farhan Novotny's brass-band score"])
q("who shot oche", K, OC, [O_FACTS, O_ACCEPTS],
  ["photographed by Ceridwen Meese", "Ceridwen Meese photographs them in nicotine yellow"])
q("who shot saltmarsh hymn", K, SH, [], ["lensed by Tomasz Wierzba"])

K = "metadata"
q("how long is backcomb", K, BC, [], ["109 min"])
q("who reviewed backcomb", K, BC, [], ["Fiorella Gollop", "Branko Witheridge"], BC_SIDES)
q("haberdashery runtime", K, HA, [H_VISIT], ["98 minutes"])
q("what year is haberdashery from", K, HA, [H_VISIT], ["a British heist comedy of 2026"])
q("how long is weathercock", K, WC, [], ["86 minutes"])
q("who wrote the weathercock review", K, WC, [], ["Rosaria Alves"])
q("what is ringback rated", K, RB, [], ["rated 15", "The 15 is right"])
q("how long is verruca", K, VE, [V_SUN], ["103 minutes"])
q("who reviewed verruca", K, VE, [], ["Janette Mapledoram"])
q("lugworm runtime", K, LU, [], ["111 minutes"])
q("what certificate is oche", K, OC, [], ["rated 15", "the 15 certificate is correct"])
q("who wrote the oche review", K, OC, [], ["Branwen Tonks"])
q("who reviewed kestrel lane", K, KL, [], ["Harriet Quayle"])

K = "verdict"
q("is backcomb worth seeing", K, BC, [], ["9/10", "Two stars out of five"], BC_SIDES)
q("what did fiorella gollop think of backcomb", K, BC, [], ["Final rating: 9/10", "Ondina Kerslake is magnificent"])
q("haberdashery rating", K, HA, [H_OVER], ["Overall score: 78%"])
q("is haberdashery any good", K, HA, [], ["78%", "The first half hour is a delight", "Would I shop here again? Yes"])
q("weathercock score", K, WC, [], ["four out of five"])
q("is ringback worth watching", K, RB, [R_SOBER],
  ["Three stars out of five",
   "For its first hour Ringback is the most frightening British horror film I have seen since lockdown"])
q("how many stars did ringback get", K, RB, [R_SOBER], ["Three stars out of five"])
q("verruca rating", K, VE, [V_SAT], ["Eight out of ten"])
q("is verruca good", K, VE, [], ["Eight out of ten", "The ending is perfect"])
q("lugworm rating", K, LU, [L_REVIEWS], ["four out of five", "\u2605\u2605\u2605\u2605\u2606"])
q("is oche any good", K, OC, [O_REMEDY, O_ACCEPTS], ["two stars out of five", "Rhiain Jukes is superb"])
q("oche score", K, OC, [O_REMEDY], ["two stars out of five"])
q("is saltmarsh hymn worth seeing", K, SH, [], ["7 out of 10", "a tender, wise film about letting go"])

K = "yes/no"
q("is backcomb ok for a 10 year old", K, BC, [], ["The 12A is fair", "Fine for anyone over twelve"])
q("does backcomb have a good villain", K, BC, [], ["cartoon villain", "pantomime villain"])
q("is haberdashery ok for a 10 year old", K, HA, [H_SAFE], ["It is fine for anyone over ten"])
q("is the twist in haberdashery a surprise", K, HA, [H_CHECK], ["the final twist is obvious from the first scene"])
q("is weathercock too scary for a 3 year old", K, WC, [],
  ["braver three-year-olds will cope", "The jackdaws are properly frightening"])
q("does weathercock have songs", K, WC, [], ["There are three songs and they are lovely"])
q("is ringback ok for a 13 year old", K, RB, [], ["The 15 is right", "I would not show it to anyone under fifteen"])
q("are there lots of jump scares in ringback", K, RB, [R_DRINK], ["There are only four, and three of them are cheap"])
q("is verruca ok for an 11 year old", K, VE, [V_FRI], ["Fine for anyone over ten", "The 12A is about right"])
q("is the music too loud in verruca", K, VE, [V_WED], ["which are played far too loud"])
q("is lugworm ok for kids", K, LU, [L_REVIEWS],
  ["It is fine for anyone over ten", "the worm eats a caravan, but nobody is in it"])
q("does oche have a good ending", K, OC, [O_COMPLAINS], ["The ending is a caption card"])
q("is kestrel lane ok for a 14 year old", K, KL, [], ["Kestrel Lane (15)"])

K = "typo"
q("backcom review", K, BC, [], ["9/10", "Two stars out of five"], BC_SIDES)
q("back comb cast", K, BC, [], ["Ondina Kerslake", "Akua Mellingham", "Emyr Penderel", "Zoran Haugen"])
q("haberdasherry review", K, HA, [], ["78%"])
q("haberdashrey director", K, HA, [], ["Tendai Curnow"])
q("wethercock review", K, WC, [], ["four out of five"])
q("weather cock cast", K, WC, [], ["Dewi Akinwande", "Habiba Kovacs", "Tuva Horvath"])
q("ringbak review", K, RB, [], ["Three stars out of five"])
q("ring back director", K, RB, [], ["Philomela Arrieta"])
q("veruca review", K, VE, [], ["Eight out of ten"])
q("verucca cast", K, VE, [], ["Kelda Geddes", "Ifanwy Hislop", "Colvin Rutherford", "Everton Purdie", "Sheree Tweedie"])
q("lugwurm review", K, LU, [], ["four out of five", "\u2605\u2605\u2605\u2605\u2606"])
q("ochee review", K, OC, [], ["two stars out of five"])
q("kestral lane review", K, KL, [], ["\u2605\u2605\u2605\u2605\u2606", "Go and see it"])

K = "very short"
q("backcomb songs", K, BC, [], ["songs are forgettable", "The songs are so catchy"], BC_SIDES)
q("backcomb choreographer", K, BC, [], ["Ilaria Trethowan"])
q("backcomb dop", K, BC, [], ["Kalle Voysey"])
q("haberdashery music", K, HA, [H_MUSIC], ["Milos Uren's score is jaunty and plucky"])
q("haberdashery writer", K, HA, [H_VISIT], ["Jaroslav Padfield"])
q("weathercock editor", K, WC, [], ["Sanjeev Gollins"])
q("weathercock writer", K, WC, [], ["Carwyn Ibarra"])
q("ringback dop", K, RB, [R_SIP], ["Adaku Nagy"])
q("ringback music", K, RB, [R_DRINK], ["score is mostly a low electric hum"])
q("verruca editor", K, VE, [V_SAT], ["Ranald Carveth"])
q("lugworm dop", K, LU, [], ["Mariette Bergstrom"])
q("oche editor", K, OC, [O_FACTS], ["Olek Doody"])
q("saltmarsh hymn music", K, SH, [], ["The score by Ada Kilbride", "the real music of the film is the choir itself"])

K = "no film named"
q("that musical about the hair salon in swansea, any good", K, BC, [], ["9/10", "Two stars out of five"], [BC])
q("the hairdressing musical, who directed it", K, BC, [], ["Radka Quennock"], [BC])
q("the heist comedy about the two sisters robbing a department store, is it good", K, HA, [], ["78%"], [HA])
q("that film where they rob the store through the pneumatic tubes, who plays the bossy sister", K, HA, [],
  ["Pernille Nancarrow"], [HA])
q("the cartoon about the church weather vane that wants to fly, ok for little ones", K, WC, [],
  ["It is fine for anyone over four", "The U is right"], [WC])
q("the animated film with the swallow and the jackdaws, who voices the swallow", K, WC, [], ["Habiba Kovacs"], [WC])
q("the call centre horror film, is it scary", K, RB, [],
  ["the most frightening British horror film I have seen since lockdown"], [RB])
q("that horror where the old lady keeps phoning the insurance helpline, how long is it", K, RB, [],
  ["94 minutes"], [RB])
q("the film about the 13 year old girl at the swimming gala, any good", K, VE, [], ["Eight out of ten"], [VE])
q("the 1990s swimming club film, who plays the coach", K, VE, [], ["Everton Purdie"], [VE])
q("the giant worm monster comedy, worth watching", K, LU, [], ["four out of five"], [LU])
q("the film about the giant monster in the mud at the seaside town, who plays the mayor", K, LU, [],
  ["Alphonso Ishikawa"], [LU])
q("the darts biopic, is it good", K, OC, [], ["two stars out of five"], [OC])
q("the lighthouse keeper film with the fishermens choir, any good", K, SH, [], ["7 out of 10"], [SH])

K = "film not stored"
no("is blow dry any good", K)
no("the greatest showman review", K)
no("who directed the ladykillers", K)
no("is logan lucky worth watching", K)
no("early man review", K)
no("is the wild robot ok for kids", K)
no("is the black phone scary", K)
no("when a stranger calls review", K)
no("eighth grade rating", K)
no("tremors cast", K)
no("how long is pacific rim", K)
no("eddie the eagle review", K)
no("who plays the lead in the phantom of the open", K)
no("the gannet parade review", K)

K = "unanswerable"
no("who edited backcomb", K, BC)
no("who plays nanna ebrel in backcomb", K, BC)
no("who plays the store detective in haberdashery", K, HA)
no("who did the music for weathercock", K, WC)
no("who voices the jackdaw in weathercock", K, WC)
no("who edited ringback", K, RB)
no("who voices mrs vobe in ringback", K, RB)
no("who shot verruca", K, VE)
no("who plays annie's mum in verruca", K, VE)
no("who wrote lugworm", K, LU)
no("who plays the major in lugworm", K, LU)
no("who plays the commentator in oche", K, OC)
no("what certificate is saltmarsh hymn", K, SH)
no("what year did kestrel lane come out", K, KL)

K = "pros/cons"
q("backcomb pros and cons", K, BC, [],
  ["Ondina Kerslake is magnificent", "Emyr Penderel steals the film",
   "the best dance number I have seen in a cinema for years", "they are gorgeous", "The songs are so catchy",
   "I found her flat", "songs are forgettable", "The middle hour drags", "The ending is soppy", "the one real misfire",
   "pantomime villain"], BC_SIDES)
q("whats wrong with backcomb", K, BC, [],
  ["I found her flat", "songs are forgettable", "The middle hour drags", "The ending is soppy", "Far too long",
   "the one real misfire", "cartoon villain", "You can see every turn of the story coming",
   "You know how it ends from the first scene"])
q("haberdashery pros and cons", K, HA, [],
  ["The first half hour is a delight", "she is a joy", "a lovely comic villain",
   "Ornella Bugler photographs Tangye's after closing like a cathedral", "it is a treat",
   "The heist itself is clever and very funny", "he is wooden", "The middle sags badly",
   "the final twist is obvious from the first scene"])
q("whats bad about haberdashery", K, HA, [],
  ["he is wooden", "The planning scenes drag", "The middle sags badly", "the final twist is obvious from the first scene",
   "the last five minutes are too neat"])
q("weathercock good and bad", K, WC, [],
  ["The animation is gorgeous", "he is wonderful", "steals the film with about six lines",
   "There are three songs and they are lovely", "goes on too long", "The jackdaws are properly frightening",
   "The ending feels rushed"])
q("ringback pros and cons", K, RB, [],
  ["The sound design by Josiane Balogun is the best thing in the film", "Bisi Oram is superb",
   "the team leader is a plank of wood", "three of them are cheap", "The final act falls apart",
   "The ending is a letdown"])
q("whats good about ringback", K, RB, [],
  ["The sound design by Josiane Balogun is the best thing in the film", "Bisi Oram is superb", "Bisi Oram carries it",
   "in a sickly green light", "For its first hour Ringback is the most frightening"])
q("verruca pros and cons", K, VE, [],
  ["She is wonderful", "Ifanwy Hislop is a delight as Ayan", "the best underwater scenes I have ever seen in a film",
   "the funniest thing in the film", "The ending is perfect", "The grandad story is laid on with a trowel",
   "The middle section is slow", "played far too loud", "is a bit of a cartoon"])
q("whats wrong with verruca", K, VE, [],
  ["The grandad story is laid on with a trowel", "The middle section is slow", "played far too loud",
   "is a bit of a cartoon", "no coach would ever let a girl with a verruca into the pool without a sock"])
q("lugworm pros and cons", K, LU, [],
  ["Antoinette Kjaer is brilliant as Lowdy", "the worm is a wonderful piece of effects work",
   "brass-band score is glorious", "he is the funniest thing in the film", "The middle drags",
   "it looks like a wet sock on a stick", "Lucette Matsuda is wasted"])
q("oche pros and cons", K, OC, [],
  ["Rhiain Jukes is superb", "the pubs look exactly right", "Uisdean Bissell is touching as Leroy",
   "the first final is the most exciting sports scene of the year", "The film is far too long",
   "turns every conversation into a speech", "The ending is a caption card", "too loud and too obvious"])
q("what does the oche review complain about", K, OC, [O_COMPLAINS],
  ["The film is far too long", "turns every conversation into a speech", "pantomime villain",
   "too loud and too obvious", "never once knew the score", "The ending is a caption card"])
q("kestrel lane pros and cons", K, KL, [],
  ["she is superb", "is the film's quiet surprise", "it never drags", "The one real misstep is the score",
   "a cartoon villain", "tidier than the rest of the film deserves"])

K = "disagreement"
q("is ondina kerslake good in backcomb", K, BC, [], ["Ondina Kerslake is magnificent", "I found her flat"], BC_SIDES)
q("are the songs in backcomb any good", K, BC, [], ["The songs are so catchy", "songs are forgettable"], BC_SIDES)
q("does backcomb drag", K, BC, [], ["I thought it flew by", "The middle hour drags", "Far too long"], BC_SIDES)
q("is the ending of backcomb good", K, BC, [], ["It is perfect, and I cried", "The ending is soppy"], BC_SIDES)
q("what do the backcomb reviews disagree on", K, BC, [],
  ["Ondina Kerslake is magnificent", "I found her flat", "The songs are so catchy", "songs are forgettable",
   "I thought it flew by", "The middle hour drags", "It is perfect, and I cried", "The ending is soppy"], BC_SIDES)
q("what do both backcomb reviewers agree on", K, BC, [],
  ["Emyr Penderel steals the film", "Ilaria Trethowan's choreography", "they are gorgeous", "cartoon villain",
   "pantomime villain", "the one real misfire", "the worst of them", "The 12A is fair"], BC_SIDES)
q("who liked backcomb more, the setlist one or the spreadsheet one", K, BC, [], ["9/10", "Two stars out of five"],
  BC_SIDES)
q("is haberdashery good all the way through", K, HA, [], ["The first half hour is a delight", "The middle sags badly"])
q("is everyone good in haberdashery", K, HA, [H_STAFF], ["she is a joy", "he is wooden"])
q("is ringback scary all the way through", K, RB, [],
  ["For its first hour Ringback is the most frightening", "The final act falls apart"])
q("is oche good all the way through", K, OC, [],
  ["the first final is the most exciting sports scene of the year", "The ending is a caption card"])
q("is everyone good in lugworm", K, LU, [], ["Antoinette Kjaer is brilliant as Lowdy", "Lucette Matsuda is wasted"])
q("is everyone good in saltmarsh hymn", K, SH, [],
  ["Marcus Ebbe is superb", "Sunniva Holt is less sure-footed early on"])

K = "comparison"
q("which is longer, backcomb or haberdashery", K, BC, [], ["109 min"], ["98 minutes"])
q("which is shorter, oche or lugworm", K, LU, [], ["111 minutes"], ["124 minutes"])
q("ringback or verruca, which is longer", K, VE, [], ["103 minutes"], ["94 minutes"])
q("which got the better review, haberdashery or oche", K, HA, [], ["78%"], ["two stars out of five"])
q("which scored higher, verruca or ringback", K, VE, [], ["Eight out of ten"], ["Three stars out of five"])
q("which is better for a 6 year old, ringback or weathercock", K, WC, [], ["rated U"], ["rated 15"])
q("which is more family friendly, oche or haberdashery", K, HA, [], ["12A"], ["rated 15"])
q("which is shorter, weathercock or ringback", K, WC, [], ["86 minutes"], ["94 minutes"])
q("which scored higher, lugworm or oche", K, LU, [], ["four out of five"], ["two stars out of five"])
q("which is longer, saltmarsh hymn or haberdashery", K, SH, [], ["118"], ["98 minutes"])
q("which is longer, oche or kestrel lane", K, OC, [], ["124 minutes"], ["118 minutes"])
q("which scored higher, kestrel lane or ringback", K, KL, [], ["\u2605\u2605\u2605\u2605\u2606"],
  ["Three stars out of five"])
q("which is shorter, verruca or saltmarsh hymn", K, VE, [], ["103 minutes"], ["118"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

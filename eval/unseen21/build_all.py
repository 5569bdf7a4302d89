#!/usr/bin/env python3
"""Write eval/unseen21/all.jsonl from the hand-written questions below (one JSON object per line).

New films: WR Wrackline (two reviews that disagree: a character reference letter written for the film by Tamsyn
Nankivell, "9/10", and a medicine's patient information leaflet by a pharmacist, Cyrilla Tranter, ★★☆☆☆, "two
stars"), TS Tension Square (a knitting pattern, front matter `film/released/critic/score`, "Three out of five"), WN
Wryneck (a bird field guide's species account, front matter `title/author/outlet/rating`, "Grade: B+"), DM Dunmail (a
running app's activity post with kudos and comments, no score at all), SW Slackwater (a Hansard-style Westminster Hall
debate, the Minister's "seven out of ten"), LP Lipless (a police witness statement, "four stars"), GQ Gastrique (a
restaurant's tasting menu, ★★★★☆, "Four stars"). About 16 questions are about two films of eval/unseen20 (copied
unchanged into reviews/): Gallowglass and Slowcoach.
"""
import json, os

WR, TS, WN, DM = "Wrackline", "Tension Square", "Wryneck", "Dunmail"
SW, LP, GQ = "Slackwater", "Lipless", "Gastrique"
# films of eval/unseen20/reviews (copied unchanged)
GG, SC = "Gallowglass", "Slowcoach"
WR_SIDES = ["Nankivell", "Tranter"]  # the reference letter .txt (9/10), the patient leaflet .md (two stars)
WR2 = "2. What you need to know before you watch Wrackline"
WR5 = "5. How to store Wrackline"
WR6 = "6. Contents of the pack and other information"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("what's wrackline about", K, WR, [],
  ["The Cozannet family have gathered seaweed off the same rocks",
   "a seaweed-gathering family on the Breton coast in 1978"])
q("how does wrackline look", K, WR, [],
  ["photographs the black tide creeping over the pink granite", "the oil spreading over the pink granite looks stunning"])
q("what is tension square about", K, TS, ["Tension"],
  ["try to break the world record for the longest scarf knitted in a week",
   "the council will close the seafront library"])
q("hows the acting in tension square", K, TS, ["Cast on"],
  ["is worth the ticket on her own", "very funny as the rival leader", "who turns out to have a gift for cables"])
q("whats wryneck about", K, WN, ["Behaviour"],
  ["has seen 499 species of bird in Britain", "she drags her estranged grandson"])
q("how does wryneck look", K, WN, ["Habitat"], ["catches every shade of heather, granite and grey-green sea"])
q("what's dunmail about", K, DM, [],
  ["attempts the Haweswater Round", "Seven years ago she failed on the fourth leg"])
q("how is the camera work in dunmail", K, DM, [],
  ["The night sections, shot by Anastasiya Solheim with nothing but head torches, are terrifying",
   "the dawn on Harter Fell had half the audience gasping"])
q("what happens in slackwater", K, SW, [],
  ["stays at her switchboard as the water rises", "rings farm after farm to warn them"])
q("what is lipless about", K, LP, [],
  ["a ventriloquist of fifty-eight who is doing the last summer season", "the doll begins to talk back to him"])
q("how does gastrique look", K, GQ, ["VIANDE"],
  ["all copper pans and steam", "shot in long gliding takes between the tables"])
q("whats the story of gastrique", K, GQ, ["AMUSE-BOUCHE"],
  ["A black comedy in a Lyon bouchon on the worst night of its life", "a Michelin inspector is in the room"])
q("what are the songs like in slowcoach", K, SC, ["Paddock notes"],
  ["The songs by Themba Nkosana are catchy without being irritating"])

K = "actor"
q("who plays maelys in wrackline", K, WR, [],
  ["Rozenn Quéré is extraordinary as Maëlys", "Rozenn Quéré is blank as Maëlys"])
q("who plays the dad in wrackline", K, WR, [],
  ["Gurvan Tanguy plays her father, Fañch", "Gurvan Tanguy as her father"])
q("who plays bridie in tension square", K, TS, ["Cast on"], ["Assumpta Gilhooly, who plays Bridie McAteer"])
q("who plays the rival knitter in tension square", K, TS, ["Cast on"],
  ["Ysmay Dorrington, very funny as the rival leader"])
q("who plays the granny in wryneck", K, WN, ["Behaviour"], ["Zenobia Doubleday plays Ambrosine"])
q("who plays the grandson in wryneck", K, WN, ["Behaviour"], ["Jaden Anyanwu, as Hughie"])
q("who's the lead in dunmail", K, DM, [], ["Kaisa Soulby is unbelievably good as Janice"])
q("who plays the daughter in dunmail", K, DM, [], ["Saffi Laithwaite plays Milena"])
q("who plays the telephone girl in slackwater", K, SW, [], ["Eniola Rastrick plays Sheila"])
q("who plays the ventriloquist in lipless", K, LP, [], ["Vernon is played by Reginald Cutteridge"])
q("who does the voice of the dummy in lipless", K, LP, [],
  ["The voice of Little Augustus is provided by Euphrosyne Fogg"])
q("who plays the sous chef in gastrique", K, GQ, ["POISSON"], ["Nassim Belkacem is the scene-stealer as Yanis"])
q("who plays cahir in gallowglass", K, GG, [], ["Feargal Hanratty (Cahir Mullan)", "Feargal Hanratty is very good as Cahir"])

K = "crew"
q("who directed wrackline", K, WR, [], ["Wrackline was directed by Anaïg Kerdraon", "the direction of Anaïg Kerdraon"])
q("who wrote wrackline", K, WR, [WR5], ["The screenplay, written by Morvan Guillou"])
q("who was the cinematographer on wrackline", K, WR, [], ["her cinematographer, Griet Boudewijns"])
q("who directed tension square", K, TS, ["Body"], ["Colmán Breathnach directs it neatly"])
q("who shot tension square", K, TS, ["Sleeves"], ["Photographed by Proinsias Ferriter"])
q("who did the music for wryneck", K, WN, ["Voice"], ["The score by Begoña Valcárcel"])
q("who directed wryneck", K, WN, ["Behaviour in the last act"], ["Director Folasade Stanbridge"])
q("who made dunmail", K, DM, [], ["Written and directed by Pádraig Satterthwaite"])
q("who edited dunmail", K, DM, [], ["The editor, Radek Quickfall"])
q("who wrote slackwater", K, SW, [], ["written by Aurora Bassingthwaite"])
q("who edited slackwater", K, SW, [], ["the editing by Zdeněk Balogh"])
q("who was the dp on lipless", K, LP, [], ["photographed by Apolline Lelièvre"])
q("who directed gallowglass", K, GG, [], ["director, Cathal Brannigan"])

K = "metadata"
q("how long is wrackline", K, WR, [], ["121 minutes"])
q("what year is wrackline", K, WR, [], ["made this year, 2026"])
q("who reviewed wrackline", K, WR, [], ["Tamsyn Nankivell", "Cyrilla Tranter"], WR_SIDES)
q("how long is tension square", K, TS, ["You will need"], ["98 minutes", "an hour and thirty-eight minutes"])
q("how long is wryneck", K, WN, ["Identification"], ["101 minutes"])
q("what year did wryneck come out", K, WN, ["Identification"], ["first recorded in 2026"])
q("dunmail runtime", K, DM, [], ["116 minutes"])
q("what is slackwater rated", K, SW, [], ["It is a 12A"])
q("when did slackwater come out", K, SW, [], ["released this year, 2026"])
q("how long is lipless", K, LP, [], ["93 minutes"])
q("what certificate is gastrique", K, GQ, [], ["certificate 15"])
q("who wrote the gastrique review", K, GQ, [], ["Eglantine Sharrock"])
q("how long is gallowglass", K, GG, [], ["106 min"])

K = "verdict"
q("is wrackline worth seeing", K, WR, [], ["9/10", "two stars"], WR_SIDES)
q("what did the pharmacist think of wrackline", K, WR, [WR6],
  ["two stars: one for the granite, one for the father", "a handsome film with no pulse"])
q("what did tamsyn nankivell think of wrackline", K, WR, [], ["I recommend it without reservation", "9/10"])
q("is tension square any good", K, TS, ["Pattern notes"], ["Three out of five", "warm, harmless and a little thin"])
q("is wryneck worth a watch", K, WN, ["Status"], ["worth a detour", "Grade: B+"])
q("wryneck verdict", K, WN, ["Status"], ["Grade: B+, lifted by Zenobia Doubleday"])
q("is dunmail good", K, DM, [], ["Go and see it, then go for a run", "Kaisa Soulby is unbelievably good"])
q("what score did dunmail get", K, DM, [], ["Not giving it a score"])
q("is slackwater worth watching", K, SW, [], ["it is seven out of ten", "a performance that the whole House can be proud of"])
q("should i see lipless", K, LP, [], ["it deserves four stars"])
q("gastrique any good?", K, GQ, ["DIGESTIF", "L'ADDITION"], ["Four stars", "the best comedy of the winter"])
q("what did the menu critic think of gastrique", K, GQ, ["DIGESTIF", "L'ADDITION"],
  ["Gastrique is the best comedy of the winter", "Four stars"])
q("is gallowglass worth renting", K, GG, [], ["Two stars for Hanratty and the scenery", "Looks great, goes nowhere"])

K = "yes/no"
q("is wrackline ok for a 12 year old", K, WR, [WR2], ["it is a 12A"])
q("does wrackline have subtitles", K, WR, [], ["viewers who enjoy subtitles"])
q("is there a romance in tension square", K, TS, ["Body"],
  ["a romance between Bridie's daughter and a sheep farmer is pure padding"])
q("is tension square ok for kids", K, TS, ["Skill level"],
  ["it is a PG", "Suitable for beginners, grannies and anybody over eight"])
q("does tension square have a happy ending", K, TS, ["Making up"],
  ["the council gives in, the rival group joins in, and everybody hugs on the pier"])
q("is there singing in wryneck", K, WN, ["Voice", "Identification"],
  ["Hughie's folk songs on the ferry are charming", "a habit of breaking into song on ferries"])
q("did the lead actress in dunmail actually run it", K, DM, [], ["She actually ran the legs for the cameras"])
q("was dunmail filmed on the real route", K, DM, [], ["Most of it, yeah", "Some of the night stuff is obviously a studio"])
q("is slackwater based on a true story", K, SW, [], ["It is based on a true story"])
q("is slackwater ok for a 12 year old", K, SW, [], ["I would take any child of twelve to see it", "It is a 12A"])
q("is lipless scary", K, LP, [], ["I was frightened for most of the following 93 minutes", "my eyes were closed"])
q("is gastrique ok if youre squeamish", K, GQ, ["DIGESTIF"], ["not for anybody squeamish about offal"])
q("is gallowglass ok for kids", K, GG, [], ["Not one for the whole family", "BBFC 15"])

K = "typo"
q("wrakline review", K, WR, [], ["9/10", "two stars"], WR_SIDES)
q("wrackeline cast", K, WR, [], ["Rozenn Quéré", "Gurvan Tanguy", "Babajide Yeardley"])
q("tension sqaure worth it", K, TS, ["Pattern notes"], ["Three out of five"])
q("tention square who directed", K, TS, ["Body"], ["Colmán Breathnach"])
q("wrynek review", K, WN, ["Status"], ["Grade: B+"])
q("wryneck cinematogrpher", K, WN, ["Habitat"], ["Tuomas Wellbeloved"])
q("dunmale how long", K, DM, [], ["116 minutes"])
q("dunmial cast", K, DM, [], ["Kaisa Soulby", "Saffi Laithwaite", "Stig Ashbridge"])
q("slackwatter is it good", K, SW, [], ["seven out of ten"])
q("slack water who directed", K, SW, [], ["Directed by Ayodele Nettleship"])
q("lipples review", K, LP, [], ["four stars"])
q("gastriqe ending", K, GQ, ["DESSERT"],
  ["The final twist, about who the inspector really was, is earned", "The last act is a soufflé that rises perfectly"])
q("galowglass plot", K, GG, [],
  ["a retired smuggler must bring it home before Christmas Eve", "a lorry of smuggled diesel goes missing"])

K = "very short"
q("wrackline ending", K, WR, [], ["the ending is perfect", "a cop-out that settles nothing"], WR_SIDES)
q("wrackline dop", K, WR, [], ["Griet Boudewijns"])
q("tension square plot", K, TS, ["Tension"], ["the longest scarf knitted in a week"])
q("tension square writer", K, TS, ["Body"], ["Attracta Keogh's script"])
q("wryneck villain", K, WN, ["Behaviour"], ["plays Thrupp as a pantomime villain"])
q("wryneck music", K, WN, ["Voice"], ["Begoña Valcárcel"])
q("dunmail camera", K, DM, [], ["shot by Anastasiya Solheim"])
q("dunmail ending", K, DM, [], ["The ending is brave", "Thought the ending was a cheat tbh"])
q("slackwater music", K, SW, [], ["Ludmila Sforzini"])
q("slackwater ending", K, SW, [], ["the roll call of names read over the empty switchboard"])
q("lipless editor", K, LP, [], ["Tobenna Bradwardine"])
q("gastrique cast", K, GQ, ["ENTRÉE", "POISSON", "FROMAGES"],
  ["Séverine Aubrac-Sy", "Nassim Belkacem", "Sidonie Lacombe"])
q("slowcoach director", K, SC, [], ["Cosmas Harbuckle"])

K = "no film named"
q("that french film about seaweed gatherers and an oil spill, is it any good", K, WR, [], ["9/10", "two stars"], [WR])
q("the brittany oil tanker drama, who directed it", K, WR, [], ["Anaïg Kerdraon"], [WR])
q("the comedy about a knitting group trying to break a world record, worth it?", K, TS, [],
  ["Three out of five"], [TS])
q("that film where a knit and natter group makes a giant scarf, who's in it", K, TS, [],
  ["Assumpta Gilhooly", "Phelim Comiskey", "Ysmay Dorrington"], [TS])
q("the twitcher comedy on the isles of scilly, how long is it", K, WN, [], ["101 minutes"], [WN])
q("the film about a retired headmistress chasing her 500th bird, who plays her", K, WN, [],
  ["Zenobia Doubleday plays Ambrosine"], [WN])
q("the fell running film about a 24 hour round in the lakes, any good", K, DM, [],
  ["Kaisa Soulby is unbelievably good", "Go and see it, then go for a run"], [DM])
q("that film about a gp trying to run 41 fells, who directed it", K, DM, [], ["Pádraig Satterthwaite"], [DM])
q("the 1953 flood film with the girl on the switchboard, worth seeing?", K, SW, [], ["seven out of ten"], [SW])
q("the disaster film about the mablethorpe flood, who's in it", K, SW, [], ["Eniola Rastrick"], [SW])
q("the ventriloquist horror film on a pier, how scary is it", K, LP, [],
  ["I was frightened for most of the following 93 minutes"], [LP])
q("the horror about a ventriloquist's dummy that talks back, who directed it", K, LP, [],
  ["Søren Kvistgaard"], [LP])
q("that black comedy where a michelin inspector dies in a restaurant, any good", K, GQ, [],
  ["Four stars", "the best comedy of the winter"], [GQ])
q("the irish border thriller about smuggled diesel, is it good", K, GG, [], ["Two stars for Hanratty and the scenery"],
  [GG])

K = "film not stored"
no("is the big year any good", K)
no("local hero review", K)
no("calendar girls worth watching", K)
no("is ratatouille ok for kids", K)
no("free solo how long is it", K)
no("who directed dead silence", K)
no("boiling point review", K)
no("slack bay any good", K)
no("wreck-it ralph age rating", K)
no("the lamplighter's ledger review", K)
no("who is in the perfect storm", K)
no("is whisky galore worth a watch", K)
no("is amelie good", K)
no("the menu cast", K)

K = "unanswerable"
no("who edited wrackline", K, WR)
no("is wrackline based on a true story", K, WR)
no("who plays the priest in wrackline", K, WR)
no("who did the music for tension square", K, TS)
no("who edited tension square", K, TS)
no("who wrote wryneck", K, WN)
no("what is dunmail rated", K, DM)
no("who did the music in dunmail", K, DM)
no("what year did dunmail come out", K, DM)
no("who shot slackwater", K, SW)
no("who wrote lipless", K, LP)
no("who composed the music for lipless", K, LP)
no("who edited gastrique", K, GQ)
no("who edited gallowglass", K, GG)

K = "pros/cons"
q("wrackline pros and cons", K, WR, [],
  ["Rozenn Quéré is extraordinary as Maëlys", "the finest thing in the film", "the subplot about the priest's missing boat goes nowhere",
   "Rozenn Quéré is blank as Maëlys", "far too long for what it has to say", "the oil spreading over the pink granite looks stunning"])
q("what's bad about wrackline", K, WR, [],
  ["the subplot about the priest's missing boat goes nowhere", "a little solemn in its middle stretch",
   "Rozenn Quéré is blank as Maëlys", "far too long for what it has to say", "a cop-out that settles nothing",
   "Padrig Kervella's score is far too loud"])
q("tension square good and bad", K, TS, ["Cast on", "Body", "Sleeves", "Making up", "Pattern notes", "Abbreviations"],
  ["is worth the ticket on her own", "full of good lines for the older women", "is pure padding",
   "sewn up far too tidily", "let a scarf change colour twice", "warm, harmless and a little thin"])
q("what's wrong with tension square", K, TS, ["Body", "Making up", "Abbreviations", "You will need", "Pattern notes"],
  ["is pure padding", "The ending is sewn up far too tidily", "let a scarf change colour twice",
   "you will feel every stitch of the last ten", "a little thin"])
q("wryneck strengths and weaknesses", K, WN, ["Behaviour", "Habitat", "Voice", "Behaviour in the last act", "Status"],
  ["she is the reason to see it", "The storm sequence on the quay", "tiresome after that", "a joke that wears thin",
   "The last twenty minutes flap about"])
q("what's good about wryneck", K, WN, ["Behaviour", "Habitat", "Voice", "Behaviour in the last act", "Status"],
  ["she is the reason to see it", "The storm sequence on the quay, in a single handheld shot",
   "the final shot, of the bird on a wall while nobody is looking, is lovely", "catches every shade of heather",
   "folk songs on the ferry are charming"])
q("dunmail pros and cons", K, DM, [],
  ["Kaisa Soulby is unbelievably good", "are terrifying", "it drags in the middle", "he doesn't get much to do",
   "cuts the two attempts together so you are never lost"])
q("anything bad about dunmail", K, DM, [],
  ["it drags in the middle", "twenty minutes of family arguments", "doesn't get much to do apart from look rugged",
   "Thought the ending was a cheat"])
q("slackwater good and bad", K, SW, [],
  ["she is magnificent", "twenty-five minutes too long", "looks like a computer game",
   "the romance with the young vicar in the second hour should have been cut", "left me unable to speak"])
q("lipless pros and cons", K, LP, [],
  ["He is very convincing", "the most unpleasant voice I have ever heard", "the last act is weaker",
   "far too long and far too neat", "The final scare is obvious"])
q("whats wrong with gastrique", K, GQ, ["FROMAGES"],
  ["A slightly runny middle", "one cheese too many", "the film loses its nerve for ten minutes",
   "plainly cut to pieces in the edit"])
q("best bits of gastrique", K, GQ, ["POISSON", "ENTRÉE", "VIANDE", "DESSERT", "DIGESTIF"],
  ["the funniest thing I have seen this year", "sharp, sweaty and very funny", "all copper pans and steam",
   "is earned", "tight as a drum for an hour"])
q("what's wrong with gallowglass", K, GG, [],
  ["The problem is the story", "The plot is so confusing", "The music is all low drones",
   "has almost nothing to do but wait by a phone"])

K = "disagreement"
q("is rozenn quere good in wrackline", K, WR, [],
  ["Rozenn Quéré is extraordinary as Maëlys", "Rozenn Quéré is blank as Maëlys"], WR_SIDES)
q("is the wrackline score any good", K, WR, [],
  ["is beautiful and knows when to fall silent", "Padrig Kervella's score is far too loud"], WR_SIDES)
q("is wrackline too long", K, WR, [],
  ["there is not a minute wasted", "far too long for what it has to say"], WR_SIDES)
q("does wrackline have a good ending", K, WR, [],
  ["the ending is perfect", "a cop-out that settles nothing"], WR_SIDES)
q("is wrackline well directed", K, WR, [],
  ["she has the rare gift of trusting her audience", "a handsome film with no pulse"], WR_SIDES)
q("what do the two wrackline reviews disagree about", K, WR, [],
  ["Rozenn Quéré is extraordinary as Maëlys", "Rozenn Quéré is blank as Maëlys",
   "is beautiful and knows when to fall silent", "Padrig Kervella's score is far too loud",
   "there is not a minute wasted", "far too long for what it has to say", "the ending is perfect",
   "a cop-out that settles nothing"], WR_SIDES)
q("what do both wrackline reviews agree on", K, WR, [],
  ["their last scene together on the tractor is the finest thing in the film",
   "almost entirely in the scenes with Gurvan Tanguy as her father",
   "photographs the black tide creeping over the pink granite", "the oil spreading over the pink granite looks stunning",
   "the subplot about the priest's missing boat goes nowhere", "confusion about the priest and his missing boat"],
  WR_SIDES)
q("who liked wrackline more, the reference letter or the pharmacist", K, WR, [], ["9/10", "two stars"], WR_SIDES)
q("do the mps agree about the music in slackwater", K, SW, [],
  ["swells whenever anybody opens a door", "I found the score moving"])
q("is the flood in slackwater convincing", K, SW, [],
  ["looks like a computer game", "The flood is frightening"])
q("did everyone like the ending of dunmail", K, DM, [],
  ["The ending is brave", "some of the club hated it", "Thought the ending was a cheat tbh"])
q("is lipless good all the way through", K, LP, [],
  ["the last act is weaker", "is very sharp in the first hour"])
q("is gastrique good from start to finish", K, GQ, ["FROMAGES", "DESSERT", "ENTRÉE"],
  ["A slightly runny middle", "The last act is a soufflé that rises perfectly", "a quick, clever first act"])

K = "comparison"
q("which is longer, wrackline or slackwater", K, WR, [], ["121 minutes"], ["112 minutes"])
q("which is shorter, lipless or gastrique", K, LP, [], ["93 minutes"], ["104 minutes"])
q("dunmail or wryneck, which is longer", K, DM, [], ["116 minutes"], ["101 minutes"])
q("which is better for kids, lipless or tension square", K, TS, [], ["it is a PG"], ["rated 15"])
q("which scored higher, tension square or gastrique", K, GQ, [], ["Four stars"], ["Three out of five"])
q("which is longer, tension square or wryneck", K, WN, [], ["101 minutes"], ["98 minutes"])
q("which got the better score, lipless or tension square", K, LP, [], ["deserves four stars"], ["Three out of five"])
q("which is shorter, gastrique or slackwater", K, GQ, [], ["104 minutes"], ["112 minutes"])
q("which is longer, gallowglass or gastrique", K, GG, [], ["106 min"], ["104 minutes"])
q("slowcoach or wryneck, which is shorter", K, SC, [], ["84 minutes"], ["101 minutes"])
q("which is better for a 10 year old, slackwater or wryneck", K, WN, [], ["rated PG"], ["It is a 12A"])
q("which has the higher rating, gallowglass or lipless", K, LP, [], ["deserves four stars"],
  ["Two stars for Hanratty"])
q("which is longer, dunmail or wrackline", K, WR, [], ["121 minutes"], ["116 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

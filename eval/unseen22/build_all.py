#!/usr/bin/env python3
"""Write eval/unseen22/all.jsonl from the hand-written questions below (one JSON object per line).

New films: ZB Ziaboga (two reviews that disagree: a last will and testament by Berengaria Ardagh-Boyce, "five
stars", and an insurance claim form by Cyprian Sayle, "35%"), WK Whiteknuckle (a council planning officer's
delegated report, "7/10"), LU Lurcher (a dog show judge's critique, "Grading: Excellent", "four out of five"), SM Smirr
(a dictionary entry, no score at all), BA Ballast (a board game rulebook, front matter `title/year/reviewer/rating/
source`, "B-"), QK Quokka (a crowdfunding campaign page with HTML entities, "★★★★½, or 4.5/5"), SU Sublet (an invoice
with a Markdown table, front matter `film/author/outlet/stars`, "three stars out of five"). About 14 questions are
about two films of eval/unseen21 (copied unchanged into reviews/): Gastrique and The Ninth Lock.
"""
import json, os

ZB, WK, LU, SM = "Ziaboga", "Whiteknuckle", "Lurcher", "Smirr"
BA, QK, SU = "Ballast", "Quokka", "Sublet"
# films of eval/unseen21/reviews (copied unchanged)
GQ, NL = "Gastrique", "The Ninth Lock"
ZB_SIDES = ["Ardagh-Boyce", "Sayle"]  # the will ziaboga.txt (five stars), the claim form ziaboga-sayle.md (35%)
QK_WHY = "Why I\u2019m raising money"  # quokka.txt writes "Why I&rsquo;m raising money"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("what's ziaboga about", K, ZB, [],
  ["the town's first women's rowing crew", "the first women's rowing crew from Ondarroa"])
q("how does ziaboga look", K, ZB, [],
  ["the whole grey-green Bay of Biscay, which she has already photographed better than anyone",
   "photography of the sea is gorgeous"])
q("what is whiteknuckle about", K, WK, ["Site and surroundings"],
  ["sets out to build a wooden rollercoaster in that garden"])
q("hows the acting in whiteknuckle", K, WK, ["Planning assessment"],
  ["plays him with great charm and a sly, sad wit", "is very funny as Talwyn Nance", "is natural and never cute"])
q("whats lurcher about", K, LU, [],
  ["raises a lurcher pup called Sloe to race at an unlicensed flapping track"])
q("how does lurcher look", K, LU, [], ["all flat black earth and enormous skies"])
q("what's smirr about", K, SM, [],
  ["teach the pipes to Rasha, a fifteen-year-old girl from Aleppo", "a widowed piper of eighty-one"])
q("how is the music in smirr", K, SM, [],
  ["the pipe music was arranged by the composer Fearchar Dowie", "is the most moving scene I have seen this year"])
q("what happens in ballast", K, BA, ["Object of the game"],
  ["finds 400 colonists asleep in them", "The air will keep half of them alive to Earth"])
q("whats the story of quokka", K, QK, ["The film"],
  ["A quokka called Nib stows away from Rottnest Island", "wakes up in Aberdeen in January"])
q("how's the animation in quokka", K, QK, [QK_WHY],
  ["the animation is gorgeous", "the granite city glitters in the frost"])
q("what is sublet about", K, SU, [],
  ["A Paris perfumer and a London Tube driver swap flats for August"])
q("how does the ninth lock look", K, NL, [],
  ["Bram Oosterhuis photographs Antwerp at night in wet blues and golds"])

K = "actor"
q("who plays nerea in ziaboga", K, ZB, [],
  ["Garazi Urkiola, who is magnificent as Nerea", "Garazi Urkiola is wooden as Nerea"])
q("who plays the dad in ziaboga", K, ZB, [],
  ["Koldo Arrizabalaga, who plays her father, Txomin", "Koldo Arrizabalaga, as her father, Txomin"])
q("who plays the grandad in whiteknuckle", K, WK, ["Planning assessment"],
  ["Peder Hocking plays him with great charm"])
q("who plays the planning officer in whiteknuckle", K, WK, ["Planning assessment"],
  ["Onyinye Roskilly is very funny as Talwyn Nance"])
q("who plays ricky in lurcher", K, LU, [], ["Tyrone Bullimore is outstanding as Ricky"])
q("who plays the horse dealer in lurcher", K, LU, [], ["Keir Pinchbeck, as Absalom"])
q("who plays the old piper in smirr", K, SM, [], ["Seòras Gillespie-Laird plays Eachann"])
q("who plays rasha in smirr", K, SM, [], ["Lamis Tarabishi, in her first film, is wonderful as Rasha"])
q("who plays the pilot in ballast", K, BA, ["Components", "Setting up"], ["played by Oyinkansola Vickery"])
q("who voices the computer in ballast", K, BA, ["Components", "Setting up"],
  ["voiced by Anatole Grieveson", "Anatole Grieveson voices MOTHERLODE"])
q("who voices the seagull in quokka", K, QK, ["The voices"], ["Commodore Skua is voiced by Ambrosio Pendeford"])
q("who plays the sister in sublet", K, SU, [], ["Primrose Ombler steals every scene as Arjun's sister"])
q("who plays the food blogger in gastrique", K, GQ, ["FROMAGES"], ["Sidonie Lacombe as the food blogger"])

K = "crew"
q("who directed ziaboga", K, ZB, [],
  ["the director, Ainhoa Lizárraga", "Ainhoa Lizárraga directs it like a tourist board advert"])
q("who wrote ziaboga", K, ZB, [], ["the writers, Lizárraga and Gorka Etxaniz"])
q("who did the music in ziaboga", K, ZB, [], ["the composer, Iñaki Olaetxea", "The music, by Iñaki Olaetxea"])
q("who directed whiteknuckle", K, WK, ["The proposal"], ["Whiteknuckle is directed by Morvoren Trudgeon"])
q("who directed lurcher", K, LU, [], ["Directed by Clover Ladbrook"])
q("who edited lurcher", K, LU, [], ["the editor, Wieke Westerhout"])
q("who was the cinematographer on smirr", K, SM, [], ["photographed by Beathag Falside"])
q("who wrote smirr", K, SM, [], ["written by Morrice and Hamid Sarraf"])
q("who directed ballast", K, BA, ["How to play"], ["Ballast is directed by Tsegaye Morland-Blix"])
q("who did the music for ballast", K, BA, ["Special rules", "Components"],
  ["1 score by Ragnfrid Thorsrud", "Ragnfrid Thorsrud's score"])
q("who directed quokka", K, QK, ["Who made it"], ["Directed by Delphina Backhouse"])
q("who shot sublet", K, SU, [], ["Shot by Capucine Delacôte"])
q("who did the music for the ninth lock", K, NL, [], ["Leif Castellanos supplies a jazzy, muted-trumpet score"])

K = "metadata"
q("how long is ziaboga", K, ZB, [], ["124 minutes"])
q("what is ziaboga rated", K, ZB, [], ["Certificate 12A"])
q("who reviewed ziaboga", K, ZB, [], ["Berengaria Ardagh-Boyce", "Cyprian Sayle"], ZB_SIDES)
q("how long is whiteknuckle", K, WK, [], ["97 minutes"])
q("lurcher age rating", K, LU, [], ["certificate 15"])
q("what year is lurcher", K, LU, [], ["LURCHER (2026)"])
q("how long is smirr", K, SM, [], ["109 minutes"])
q("when did smirr come out", K, SM, [], ["a Scottish drama (2026)"])
q("how long is ballast", K, BA, [], ["113 minutes"])
q("what year is quokka from", K, QK, ["The film"], ["released this year, 2026"])
q("what's quokka rated", K, QK, ["The film"], ["rated U"])
q("how long is sublet", K, SU, [], ["108 minutes"])
q("how long is the ninth lock", K, NL, [], ["94 minutes"])

K = "verdict"
q("is ziaboga worth seeing", K, ZB, [], ["five stars", "35%"], ZB_SIDES)
q("what did cyprian sayle think of ziaboga", K, ZB, [], ["the whole thing is far too long", "35%"])
q("what did berengaria ardagh-boyce think of ziaboga", K, ZB, [],
  ["being five stars", "not one of its 124 minutes is wasted"])
q("is whiteknuckle any good", K, WK, ["Recommendation"],
  ["Officer's score: 7/10", "A kind, funny film that makes good use of a small site"])
q("lurcher verdict", K, LU, [], ["four out of five, and go and see it", "Grading: Excellent"])
q("is smirr worth watching", K, SM, [], ["Smirr is a small, quiet and beautiful film that soaks you through"])
q("what score did smirr get", K, SM, [], ["This dictionary gives definitions, not stars"])
q("is ballast good", K, BA, ["Scoring"],
  ["Final score: B-", "A tense, good-looking game for one player that loses its nerve at the end"])
q("quokka any good?", K, QK, ["Updates"], ["4.5/5"])
q("what did the crowdfunding guy think of quokka", K, QK, ["Updates", QK_WHY], ["4.5/5", "the animation is gorgeous"])
q("is sublet worth seeing", K, SU, [], ["three stars out of five", "pleasant, pretty and forgettable"])
q("what did the invoice review say about sublet", K, SU, [],
  ["Sublet is pleasant, pretty and forgettable", "three stars out of five"])
q("is the ninth lock any good", K, NL, [], ["as a Friday night film it is very hard to beat", "★★★★☆"])

K = "yes/no"
q("is ziaboga in english", K, ZB, [],
  ["in Basque and Spanish with English subtitles", "In Basque and Spanish, with subtitles"])
q("is ziaboga ok for a 12 year old", K, ZB, [], ["Certificate 12A"])
q("is there a romance in ziaboga", K, ZB, [],
  ["the romance with the television reporter from Bilbao", "Nobody needed the romance with the reporter from Bilbao"])
q("is the ending of whiteknuckle good", K, WK, ["Planning assessment", "Consultation responses"],
  ["The final ride, shot from the front car as it drops towards the estuary, is thrilling", "the best bit in the world"])
q("is whiteknuckle ok for kids", K, WK, [], ["certificate PG", "One member of the public, aged nine"])
q("is lurcher ok for kids", K, LU, [], ["not for small children", "certificate 15"])
q("is lurcher sad", K, LU, [], ["It made me cry twice"])
q("is smirr subtitled", K, SM, [], ["Dialogue in English, Gaelic and Arabic, with subtitles"])
q("does rasha win in smirr", K, SM, [], ["she does not win, and it does not matter"])
q("is ballast scary", K, BA, ["Setting up"], ["becomes very creepy indeed"])
q("is quokka ok for little kids", K, QK, ["Risks and challenges", "The film"],
  ["may frighten very small children", "rated U"])
q("is there singing in quokka", K, QK, ["Risks and challenges"], ["The songs are forgettable, apart from the gull"])
q("is gastrique ok for a 14 year old", K, GQ, [], ["certificate 15"])

K = "typo"
q("ziabogga review", K, ZB, [], ["five stars", "35%"], ZB_SIDES)
q("ziaboka cast", K, ZB, [], ["Garazi Urkiola", "Koldo Arrizabalaga"])
q("white knuckle who directed", K, WK, ["The proposal"], ["Morvoren Trudgeon"])
q("whitenuckle worth it", K, WK, ["Recommendation"], ["7/10"])
q("lurchur review", K, LU, [], ["four out of five"])
q("lercher who plays the boy", K, LU, [], ["Tyrone Bullimore"])
q("smir plot", K, SM, [], ["teach the pipes to Rasha"])
q("smirr dierctor", K, SM, [], ["directed by Seonag Morrice"])
q("balast runtime", K, BA, [], ["113 minutes"])
q("ballats ending", K, BA, ["Ending the game"], ["the last ten minutes cheat"])
q("qoukka voice cast", K, QK, ["The voices"], ["Tiwalade Oyebanji", "Kenna Mowat", "Ambrosio Pendeford"])
q("sublett worth watching", K, SU, [], ["three stars out of five"])
q("the nineth lock plot", K, NL, [], ["an ageing safecracker, Solomon Reyes", "a private bank vault in Antwerp"])

K = "very short"
q("ziaboga ending", K, ZB, [], ["is perfect, and I wept", "The final race is a let-down"], ZB_SIDES)
q("ziaboga dop", K, ZB, [], ["Maialen Zubiri"])
q("whiteknuckle writer", K, WK, ["The proposal"], ["Benesek Carkeek"])
q("whiteknuckle music", K, WK, ["The proposal", "Planning assessment"],
  ["the music is by Elestren Annear", "The music is sweet but far too busy"])
q("whiteknuckle neighbour", K, WK, ["Planning assessment"], ["Griselda Bolitho plays the neighbour"])
q("lurcher camera", K, LU, [], ["The photography by Aksel Aasgaard"])
q("lurcher ending", K, LU, [], ["The ending stops rather than finishes"])
q("smirr cast", K, SM, [], ["Seòras Gillespie-Laird", "Lamis Tarabishi", "Peigi Cheyne"])
q("smirr ending", K, SM, [],
  ["she does not win, and it does not matter", "The ending at the Gathering in Oban is exactly right"])
q("ballast editor", K, BA, ["Special rules"], ["Minna Halloway"])
q("quokka writer", K, QK, ["Who made it"], ["written by Jarvis Ekwueme and Delphina Backhouse"])
q("sublet cast", K, SU, [], ["Gaëlle Marchand-Rivoire", "Navin Dhillon-Corbett", "Primrose Ombler"])
q("gastrique dop", K, GQ, ["VIANDE"], ["Wojciech Hrabal"])

K = "no film named"
q("that basque rowing film, is it any good", K, ZB, [], ["five stars", "35%"], [ZB])
q("the film about the women's rowing crew in ondarroa, who directed it", K, ZB, [], ["Ainhoa Lizárraga"], [ZB])
q("the comedy about a grandad building a rollercoaster in his back garden, worth it?", K, WK, [], ["7/10"], [WK])
q("that cornish film with the planning officer and the rollercoaster, who's in it", K, WK, [],
  ["Peder Hocking", "Onyinye Roskilly", "Ruan Trevena"], [WK])
q("the fens film about a boy racing his dog, any good", K, LU, [], ["four out of five"], [LU])
q("the flapping track film, how long is it", K, LU, [], ["99 minutes"], [LU])
q("the film about an old piper teaching a syrian girl the bagpipes, is it good", K, SM, [],
  ["Smirr is a small, quiet and beautiful film"], [SM])
q("that mull film with the bagpipes, who directed it", K, SM, [], ["Seonag Morrice"], [SM])
q("the sci-fi film where a pilot finds sleeping colonists on her ore ship, is it good", K, BA, [],
  ["Final score: B-"], [BA])
q("the ore hauler sci-fi, who plays the pilot", K, BA, [], ["Oyinkansola Vickery"], [BA])
q("the animated film about an australian animal that stows away to aberdeen, is it ok for kids", K, QK, [],
  ["rated U", "may frighten very small children"], [QK])
q("the romcom where a perfumer and a tube driver swap flats, any good", K, SU, [], ["three stars out of five"], [SU])
q("that french romantic comedy about a flat swap, who's in it", K, SU, [],
  ["Gaëlle Marchand-Rivoire", "Navin Dhillon-Corbett"], [SU])
q("the antwerp heist film with the nine locks, who's in it", K, NL, [], ["Ike Adebanjo"], [NL])

K = "film not stored"
no("is kes any good", K)
no("fish tank review", K)
no("is happy feet ok for kids", K)
no("rififi how long is it", K)
no("who directed knives out", K)
no("the lives of others cast", K)
no("is senna worth watching", K)
no("looper review", K)
no("white noise age rating", K)
no("the smurfs any good", K)
no("who is in the italian job", K)
no("paddington 2 worth it", K)
no("the glassblower's almanac review", K)
no("is billy elliot good", K)

K = "unanswerable"
no("who edited ziaboga", K, ZB)
no("who plays the reporter in ziaboga", K, ZB)
no("is ziaboga on netflix", K, ZB)
no("who shot whiteknuckle", K, WK)
no("who edited whiteknuckle", K, WK)
no("who did the music for lurcher", K, LU)
no("does the dog die in lurcher", K, LU)
no("what certificate is smirr", K, SM)
no("who edited smirr", K, SM)
no("who wrote ballast", K, BA)
no("who shot quokka", K, QK)
no("who did the music for sublet", K, SU)
no("who edited sublet", K, SU)
no("who edited the ninth lock", K, NL)

K = "pros/cons"
q("ziaboga pros and cons", K, ZB, [],
  ["magnificent as Nerea", "he is the best thing in the film", "which goes nowhere", "is wooden as Nerea",
   "the whole thing is far too long", "photography of the sea is gorgeous"])
q("what's bad about ziaboga", K, ZB, [],
  ["which goes nowhere", "is wooden as Nerea", "the whole thing is far too long", "is syrupy and never stops",
   "The final race is a let-down", "directs it like a tourist board advert"])
q("whiteknuckle good and bad", K, WK, ["Planning assessment", "Conditions", "Consultation responses", "Recommendation"],
  ["plays him with great charm", "is very funny as Talwyn Nance", "sag badly", "far too busy",
   "as a pantomime dragon, which is a missed opportunity", "is thrilling"])
q("what's wrong with whiteknuckle", K, WK, ["Planning assessment", "Conditions", "Consultation responses"],
  ["sag badly", "The music is sweet but far too busy", "which is a missed opportunity",
   "shall be reduced by at least fifteen", "a bit slow"])
q("lurcher strengths and weaknesses", K, LU, [],
  ["Tyrone Bullimore is outstanding as Ricky", "is the best I have judged this year",
   "The races at the flapping track are thrilling", "The middle drags", "The ending stops rather than finishes",
   "a little short in the backstory"])
q("anything bad about lurcher", K, LU, [],
  ["The middle drags", "a touch long in the back", "The ending stops rather than finishes",
   "a little short in the backstory"])
q("smirr pros and cons", K, SM, [],
  ["it is a great performance", "is wonderful as Rasha", "drags badly", "feels borrowed from another film",
   "is the most moving scene I have seen this year"])
q("whats wrong with smirr", K, SM, [], ["drags badly", "feels borrowed from another film", "It is not flawless"])
q("ballast good and bad", K, BA, ["Setting up", "How to play", "Special rules", "Ending the game", "Scoring"],
  ["She is terrific as Rhea", "is a cardboard villain", "slows the game to a crawl",
   "the spacewalk to the broken pump is the best sequence in the film", "the last ten minutes cheat",
   "loses its nerve at the end"])
q("what's good about quokka", K, QK, [QK_WHY, "The voices"],
  ["the animation is gorgeous", "the jokes work for grown-ups too", "deliciously nasty, and he steals the film",
   "she is brilliant"])
q("quokka downsides", K, QK, ["Risks and challenges"],
  ["The middle drags", "The songs are forgettable", "may frighten very small children"])
q("sublet pros and cons", K, SU, [],
  ["is enchanting as Thérèse", "steals every scene", "the fridge notes are funny",
   "is lazy, and everyone can see it coming", "nothing happens prettily for twenty minutes",
   "too nice to be interesting"])
q("what's wrong with the ninth lock", K, NL, [],
  ["the last one can be seen coming from the second lock onwards", "is pure filler", "It is not deep"])

K = "disagreement"
q("is garazi urkiola good in ziaboga", K, ZB, [],
  ["Garazi Urkiola, who is magnificent as Nerea", "Garazi Urkiola is wooden as Nerea"], ZB_SIDES)
q("is the music in ziaboga any good", K, ZB, [],
  ["broke my heart and knew when to stop", "is syrupy and never stops"], ZB_SIDES)
q("is ziaboga too long", K, ZB, [],
  ["not one of its 124 minutes is wasted", "the whole thing is far too long"], ZB_SIDES)
q("is the final race in ziaboga good", K, ZB, [],
  ["is perfect, and I wept", "The final race is a let-down"], ZB_SIDES)
q("is ziaboga well directed", K, ZB, [],
  ["She directs with nerve and patience", "directs it like a tourist board advert"], ZB_SIDES)
q("what do the two ziaboga reviews disagree about", K, ZB, [],
  ["Garazi Urkiola, who is magnificent as Nerea", "Garazi Urkiola is wooden as Nerea",
   "broke my heart and knew when to stop", "is syrupy and never stops",
   "not one of its 124 minutes is wasted", "the whole thing is far too long",
   "is perfect, and I wept", "The final race is a let-down"], ZB_SIDES)
q("what do both ziaboga reviews agree on", K, ZB, [],
  ["he is the best thing in the film", "is superb, and the only reason I did not leave",
   "which she has already photographed better than anyone", "photography of the sea is gorgeous",
   "which goes nowhere", "Nobody needed the romance"], ZB_SIDES)
q("who liked ziaboga more, the will or the insurance claim", K, ZB, [], ["five stars", "35%"], ZB_SIDES)
q("did the audience like whiteknuckle", K, WK, ["Consultation responses"],
  ["The preview audience raised no objection", "that objection is upheld"])
q("is lurcher good all the way through", K, LU, [],
  ["The races at the flapping track are thrilling", "The middle drags", "The ending stops rather than finishes"])
q("is ballast good from start to finish", K, BA, ["How to play", "Ending the game"],
  ["builds the first hour patiently", "slows the game to a crawl", "the last ten minutes cheat"])
q("is the music in ballast good or bad", K, BA, ["Special rules", "Components"],
  ["a low hum that gets under your skin", "the lullaby the computer sings to the sleepers is too much",
   "one terrible lullaby"])
q("are the two leads in sublet equally good", K, SU, [], ["is enchanting as Thérèse", "too nice to be interesting"])

K = "comparison"
q("which is longer, ziaboga or smirr", K, ZB, [], ["124 minutes"], ["109 minutes"])
q("which is shorter, whiteknuckle or lurcher", K, WK, [], ["97 minutes"], ["99 minutes"])
q("quokka or sublet, which is shorter", K, QK, [], ["86 minutes"], ["108 minutes"])
q("which is better for kids, lurcher or quokka", K, QK, [], ["rated U"], ["certificate 15"])
q("which scored higher, sublet or lurcher", K, LU, [], ["four out of five"], ["three stars out of five"])
q("which is longer, ballast or sublet", K, BA, [], ["113 minutes"], ["108 minutes"])
q("which got the better score, quokka or whiteknuckle", K, QK, [], ["4.5/5"], ["7/10"])
q("which is shorter, smirr or ballast", K, SM, [], ["109 minutes"], ["113 minutes"])
q("which is better for a 10 year old, ballast or whiteknuckle", K, WK, [], ["certificate PG"], ["the film is a 12A"])
q("which is longer, the ninth lock or quokka", K, NL, [], ["94 minutes"], ["86 minutes"])
q("gastrique or sublet, which is shorter", K, GQ, [], ["104 minutes"], ["108 minutes"])
q("which is longer, sublet or ziaboga", K, ZB, [], ["124 minutes"], ["108 minutes"])
q("which has the higher rating, the ninth lock or sublet", K, NL, [], ["★★★★☆"], ["three stars out of five"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

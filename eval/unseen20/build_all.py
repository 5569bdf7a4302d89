#!/usr/bin/env python3
"""Write eval/unseen20/all.jsonl from the hand-written questions below (one JSON object per line).

New films: HL Hog Line (a review written as a screenplay: the reviewer, Sorley Younie, and his mother watch a curling
comedy, "Four out of five" from him, "Three" from her), CR Carriage Return (two reviews that disagree: a dating-app
profile written for the film by a friend, Shirin Moffatt, "Four hearts out of five", and a cinema's audience feedback
card filled in by Wattie Ogilvie, "[x] Poor", "4 out of 10"), HY Hypnagogia (a school-style practical write-up by a
sleep scientist, Aim/Hypothesis/Materials/Method/Results/Discussion/Limitations/Conclusion, "Three stars out of five"),
LJ Lumberjill (an A to Z of the film, one `##` heading per letter, "S is for Stars: Four of them"), SC Slowcoach (a
horse-racing form guide / racecard entry with a tipster's verdict, ★★★★★, "Five stars"), LO Loci (a horoscope column,
one star sign per heading, "7/10"), RP Repeater (a patent examiner's report, claims allowed and refused, no score).
About 15 questions are about two films of eval/unseen19 (copied unchanged into reviews/): Sparrow and the Sky Engine
and Kestrel Winter.
"""
import json, os

HL, CR, HY, LJ = "Hog Line", "Carriage Return", "Hypnagogia", "Lumberjill"
SC, LO, RP = "Slowcoach", "Loci", "Repeater"
# films of eval/unseen19/reviews (copied unchanged)
SS, KW = "Sparrow and the Sky Engine", "Kestrel Winter"
CR_SIDES = ["Moffatt", "Ogilvie"]  # the dating profile .md (four hearts), the feedback card .txt (4 out of 10)
LUCKY = "LUCKY NUMBER THIS WEEK"  # Loci's verdict heading
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats hog line about", K, HL, [],
  ["talks three friends into taking their place at the Scottish championship in Perth",
   "banned for warming their stones in the hotel oven"])
q("what's carriage return about", K, CR, ["My friend says"],
  ["runs his late father's typewriter repair shop", "starts bringing in the same battered portable every Tuesday"])
q("what happens in hypnagogia", K, HY, ["Method"],
  ["all six are dreaming at exactly the same moment", "all six draw the same house"])
q("whats the story of lumberjill", K, LJ, ["B is for Bothy", "J is for Jeanie"],
  ["The Women's Timber Corps camp is a freezing bothy", "a Glasgow tram conductress who volunteers"])
q("what is slowcoach about", K, SC, ["Spotlight"],
  ["a garden snail who has never been further than the compost heap", "enter the Great Snail Derby"])
q("what's loci about", K, LO, ["ARIES"],
  ["the documentary about the World Memory Championships",
   "three competitors, one weekend in a hotel ballroom in London"])
q("what is repeater about", K, RP, ["Summary of the invention"],
  ["sent to mend a fault in the new transatlantic telephone cable",
   "Somebody is listening to every call between London and Washington"])
q("how does lumberjill look", K, LJ, ["I is for Itziar"], ["shoots the glen like a cathedral"])
q("how is the acting in hypnagogia", K, HY, ["Method"],
  ["the film belongs to her", "with a smile that gets worse every time you see it"])
q("hows the animation in slowcoach", K, SC, ["Paddock notes"],
  ["The animation is the star", "You can see the thumbprints in the clay"])
q("is the editing in repeater any good", K, RP, ["Claims allowed"],
  ["the cuts between the deck and the wireless room tighten as the storm builds"])
q("how's the music in loci", K, LO, ["AQUARIUS"],
  ["all ticking clocks and plucked strings", "it gets a little much in the final round"])
q("what is sparrow and the sky engine about", K, SS, ["What it's about"],
  ["finds a rusty engine in a chimney that can make anything fly"])

K = "actor"
q("who plays euphan in hog line", K, HL, [], ["Sheonagh Carmichael plays Euphan"])
q("who plays the baddie in hog line", K, HL, [], ["Fingal Baxendale plays the men's skip, Crawford Menzies"])
q("who plays the typewriter repairman in carriage return", K, CR, [],
  ["Alec Lennie is wonderful as Tormod", "Alec Lennie is the only reason to go"])
q("who plays the novelist in carriage return", K, CR, [], ["Máire Lomax is luminous as Aurelia", "Máire Lomax is wooden"])
q("who plays the rival repairman in carriage return", K, CR, [], ["Dugald Mulcahy is funny as Ronnie Cattanach"])
q("who plays the night technician in hypnagogia", K, HY, ["Method"], ["Ifeoma Thorold plays Joanna"])
q("who plays the professor in hypnagogia", K, HY, ["Method"], ["Ulric Mabbott plays the clinic's owner"])
q("who plays the forewoman in lumberjill", K, LJ, ["G is for Grizel"], ["Ilsa Fordyce plays the forewoman"])
q("who plays the canadian foreman in lumberjill", K, LJ, ["C is for Canadians"], ["is played by Rémi Desrosiers"])
q("who voices the ladybird in slowcoach", K, SC, ["Spotlight"], ["Kemi Oyedepo-Lamb is a joy as Freckles"])
q("who does the voice of the thrush in slowcoach", K, SC, ["Spotlight"], ["voiced by Zillah Cronshaw"])
q("who plays the radio officer in repeater", K, RP, ["Claims allowed"], ["Orlaith Gannon plays Ida Tuckett"])
q("who plays eivind in kestrel winter", K, KW, [], ["Ansel Brandt, in a career-best turn, plays Eivind"])

K = "crew"
q("who directed hog line", K, HL, [], ["Mairead Ferrie directed it"])
q("who wrote hog line", K, HL, [], ["Mairead Ferrie directed it, from her own script"])
q("who wrote carriage return", K, CR, ["What I'm looking for"], ["Marius Tennant's script"])
q("who shot carriage return", K, CR, ["My perfect date"], ["Zoltán Kovač shoots Dundee in grey and amber"])
q("who directed hypnagogia", K, HY, ["Materials"], ["Directed by Hallveig Hartmere"])
q("who was the cinematographer on hypnagogia", K, HY, ["Results"], ["Anouska Pelletier's camera"])
q("who wrote the script for lumberjill", K, LJ, ["D is for Dalrymple"], ["Elspet Dalrymple wrote the screenplay"])
q("who composed the music for lumberjill", K, LJ, ["M is for Music"], ["Callister Dunlop's score"])
q("who directed slowcoach", K, SC, [], ["Trainer: Cosmas Harbuckle (he directed it)"])
q("who did the songs in slowcoach", K, SC, ["Paddock notes"], ["The songs by Themba Nkosana"])
q("who edited loci", K, LO, ["CAPRICORN"], ["edited by Kwadwo Boakye-Thorpe"])
q("who wrote repeater", K, RP, ["Applicants and inventors"], ["Screenplay by Hereward Bagnold"])
q("who composed the music for sparrow and the sky engine", K, SS, ["What it's about"], ["the music is by Astrid Marsh"])

K = "metadata"
q("how long is hog line", K, HL, [], ["a hundred and four minutes"])
q("what is hog line rated", K, HL, [], ["It's a PG"])
q("how long is carriage return", K, CR, [], ["118 minutes"])
q("what year did carriage return come out", K, CR, [], ["2026"])
q("who reviewed carriage return", K, CR, [], ["Shirin Moffatt", "Wattie Ogilvie"], CR_SIDES)
q("hypnagogia runtime", K, HY, ["Materials"], ["97 minutes"])
q("what age rating is hypnagogia", K, HY, ["Materials"], ["certificate 15"])
q("who reviewed hypnagogia", K, HY, [], ["Clarimond Sacheverell"])
q("how long is lumberjill", K, LJ, ["L is for Length"], ["Two hours and ten minutes"])
q("who wrote the lumberjill review", K, LJ, [], ["Corisande Mackie"])
q("what certificate is slowcoach", K, SC, [], ["Certificate: U"])
q("how long is loci", K, LO, ["SAGITTARIUS"], ["88 minutes"])
q("what year is repeater from", K, RP, ["Title of invention"], ["released 2026"])
q("how long is kestrel winter", K, KW, [], ["131 MIN"])

K = "verdict"
q("is hog line any good", K, HL, [], ["Four out of five", "It is warm and daft"])
q("is carriage return worth seeing", K, CR, [], ["Four hearts out of five", "4 out of 10"], CR_SIDES)
q("what did shirin moffatt think of carriage return", K, CR, ["Should you swipe right?"],
  ["Four hearts out of five", "The ending made me cry in a car park"])
q("would the guy who filled in the feedback card recommend carriage return", K, CR, [],
  ["Not unless they were a typewriter", "4 out of 10"])
q("should i watch hypnagogia", K, HY, ["Conclusion"],
  ["Three stars out of five", "A strong first hour, a great lead and a weak ending"])
q("is lumberjill worth it", K, LJ, ["S is for Stars"], ["Four of them, for the women, the forest and the fire"])
q("is slowcoach good", K, SC, ["Tipster's verdict"], ["Five stars, and a safe bet for the whole family"])
q("slowcoach worth taking the kids to?", K, SC, ["Tipster's verdict"], ["Five stars", "a safe bet for the whole family"])
q("is loci worth watching", K, LO, [LUCKY], ["7/10", "A warm, clever documentary"])
q("what did the horoscope lady think of loci", K, LO, [LUCKY], ["Seven, which is also my score: 7/10"])
q("is repeater any good", K, RP, ["Decision"],
  ["a tense, clever and beautifully made thriller with a clumsy last act", "the examiner recommends it"])
q("repeater verdict", K, RP, ["Decision"], ["The application is granted in part", "a tense, clever and beautifully made thriller"])
q("is kestrel winter good", K, KW, [],
  ["as gripping as anything on the festival circuit this year", "here the film loses altitude"])

K = "yes/no"
q("is hog line ok for kids", K, HL, [], ["It's a PG"])
q("is the curling in hog line realistic", K, HL, [],
  ["Mum says the curling is all wrong", "Nobody sweeps like that", "I thought the curling was the best thing in it"])
q("is carriage return ok for a 12 year old", K, CR, [], ["I'm a 12A"])
q("is there a wedding in carriage return", K, CR, [], ["with a wedding I did not believe for a second"])
q("is hypnagogia scarey", K, HY, ["Results"],
  ["The first hour is genuinely frightening", "the scariest noise I have heard in a cinema"])
q("does hypnagogia get the science right", K, HY, ["Discussion"],
  ["The science is better than I feared", "The electrodes are in roughly the right places"])
q("is lumberjill based on a true story", K, LJ, ["D is for Dalrymple", "T is for Tears"],
  ["from her grandmother's letters", "a roll call of the real lumberjills"])
q("was the forest fire in lumberjill real", K, LJ, ["F is for Fire"], ["it was mostly done for real, with a controlled burn"])
q("is slowcoach too scary for a 4 year old", K, SC, ["Each-way warning", "Spotlight"],
  ["The thrush scenes are too much for some under-fives", "had the small boy next to me under his seat"])
q("is slowcoach stop motion", K, SC, ["Spotlight", "Paddock notes"],
  ["A handmade stop-motion animation", "You can see the thumbprints in the clay"])
q("does the loci review say who wins", K, LO, ["SCORPIO"], ["I will not tell you who wins"])
q("is there a submarine in repeater", K, RP, ["Applicants and inventors"],
  ["a new kind of submarine thriller in which there is no submarine"])
q("is sparrow and the sky engine ok for a 5 year old", K, SS, ["Age advice", "Scary scenes"],
  ["Sensitive five- and six-year-olds will probably be fine with a lap to sit on", "My five-year-old hid behind my arm"])

K = "typo"
q("hogline review", K, HL, [], ["Four out of five"])
q("hog lien cast", K, HL, [], ["Sheonagh Carmichael", "Christabel Moncur", "Fingal Baxendale"])
q("carrige return is it good", K, CR, [], ["Four hearts out of five", "4 out of 10"], CR_SIDES)
q("carraige return director", K, CR, [], ["Ailith Culbertson"])
q("hypnagogia reveiw", K, HY, ["Conclusion"], ["Three stars out of five"])
q("hypnogogia how long", K, HY, ["Materials"], ["97 minutes"])
q("lumberjil cast", K, LJ, ["J is for Jeanie", "G is for Grizel", "C is for Canadians"],
  ["Morna Auld", "Ilsa Fordyce", "Rémi Desrosiers"])
q("lumber jill who directed", K, LJ, ["K is for Kirstin"], ["Kirstin Ruthven"])
q("slowcaoch worth it", K, SC, ["Tipster's verdict"], ["Five stars"])
q("slow coach film ok for kids", K, SC, [], ["Certificate: U, suitable for all", "a safe bet for the whole family"])
q("locci documentary review", K, LO, [LUCKY], ["7/10"])
q("repeator plot", K, RP, ["Summary of the invention"], ["sent to mend a fault in the new transatlantic telephone cable"])
q("kestral winter verdict", K, KW, [], ["as gripping as anything on the festival circuit this year", "loses altitude"])

K = "very short"
q("hog line music", K, HL, [], ["Ealasaid Rattray"])
q("hog line ending", K, HL, [],
  ["the final end in Perth had our whole row holding its breath", "The bagpipes at the end were not"])
q("carriage return ending", K, CR, [], ["The ending made me cry in a car park", "the ending is rushed"], CR_SIDES)
q("carriage return dop", K, CR, ["My perfect date"], ["Zoltán Kovač"])
q("hypnagogia writer", K, HY, ["Materials"], ["Ruadhán Clery"])
q("hypnagogia ending", K, HY, ["Discussion", "Conclusion"], ["The film falls apart in the last act", "a weak ending"])
q("lumberjill dop", K, LJ, ["I is for Itziar"], ["Itziar Amézaga"])
q("lumberjill fire", K, LJ, ["F is for Fire"], ["the most frightening sequence of the year"])
q("slowcoach songs", K, SC, ["Paddock notes"], ["Themba Nkosana"])
q("loci director", K, LO, ["SAGITTARIUS"], ["directed by Ragna Sælid"])
q("repeater cast", K, RP, ["Claims allowed", "Claims refused"], ["Hamlyn Spurrier", "Orlaith Gannon", "Grant Vukovich"])
q("repeater editor", K, RP, ["Applicants and inventors"], ["Editing by Cadell Quiller"])
q("sparrow sky engine runtime", K, SS, [], ["92 minutes"])

K = "no film named"
q("that curling comedy with the four old ladies, is it any good", K, HL, [], ["Four out of five"], [HL])
q("the film about a women's curling team in perthshire in 1991, who's in it", K, HL, [],
  ["Sheonagh Carmichael", "Christabel Moncur"], [HL])
q("the romance about a typewriter repair shop in dundee, worth seeing?", K, CR, [],
  ["Four hearts out of five", "4 out of 10"], [CR])
q("the film where a crime novelist keeps breaking her typewriter on purpose, who directed it", K, CR, [],
  ["Ailith Culbertson"], [CR])
q("that horror film set in a sleep clinic, how long is it", K, HY, [], ["97 minutes"], [HY])
q("the one where everybody in the sleep study dreams about the same house, is it scary", K, HY, [],
  ["The first hour is genuinely frightening"], [HY])
q("the women's timber corps film, who plays the lead", K, LJ, [], ["Morna Auld plays Jeanie"], [LJ])
q("that ww2 drama about girls felling trees in the highlands, any good", K, LJ, [], ["Four of them"], [LJ])
q("the stop motion film about a racing snail, is it ok for little ones", K, SC, [],
  ["Certificate: U, suitable for all", "The thrush scenes are too much for some under-fives"], [SC])
q("the documentary about the world memory championships, who made it", K, LO, [], ["Ragna Sælid"], [LO])
q("the cold war film about a bugged transatlantic telephone cable, who's in it", K, RP, [],
  ["Hamlyn Spurrier", "Orlaith Gannon"], [RP])
q("that thriller set on a cable ship in 1958, is it good", K, RP, [],
  ["a tense, clever and beautifully made thriller"], [RP])
q("the survival film about a falconer with a broken ankle, who's the lead", K, KW, [], ["Ansel Brandt"], [KW])

K = "film not stored"
no("is titanic worth watching", K)
no("the ipcress file review", K)
no("is shaun the sheep ok for a 4 year old", K)
no("men with brooms any good", K)
no("is you've got mail worth a watch", K)
no("how long is inception", K)
no("who directed land girls", K)
no("turbo the snail movie, good for kids?", K)
no("memento review", K)
no("who is in crimson tide", K)
no("wild hogs review", K)
no("is hypnotic worth seeing", K)
no("slow west any good", K)
no("the tinsmith's daughter review", K)

K = "unanswerable"
no("who shot hog line", K, HL)
no("what year did hog line come out", K, HL)
no("who edited carriage return", K, CR)
no("who plays tormod's brother in carriage return", K, CR)
no("who composed the music for hypnagogia", K, HY)
no("what certificate is lumberjill", K, LJ)
no("when was lumberjill released", K, LJ)
no("who wrote slowcoach", K, SC)
no("who was the cinematographer on loci", K, LO)
no("what year is loci from", K, LO)
no("who did the score for repeater", K, RP)
no("who was the dop on repeater", K, RP)
no("what is kestrel winter rated", K, KW)
no("who was the cinematographer on sparrow and the sky engine", K, SS)

K = "pros/cons"
q("hog line pros and cons", K, HL, [],
  ["she is terrific", "gets the biggest laughs", "The middle drags", "a romance with the ice-maker that goes nowhere",
   "as a pantomime villain"])
q("whats wrong with hog line", K, HL, [],
  ["The middle drags", "a romance with the ice-maker that goes nowhere", "a pantomime villain",
   "The bagpipes at the end were not"])
q("carriage return good and bad", K, CR, [],
  ["Tavish Beveridge as Shug, the apprentice, is a delight", "The clatter of the keys",
   "A subplot about Tormod's brother and a dodgy lease is thin", "played far too broadly", "Máire Lomax is wooden",
   "The music is syrupy and never stops"])
q("what's bad about carriage return", K, CR, [],
  ["A subplot about Tormod's brother and a dodgy lease is thin", "played far too broadly", "Máire Lomax is wooden",
   "the ending is rushed", "The music is syrupy and never stops"])
q("hypnagogia strengths and weaknesses", K, HY, ["Results", "Discussion", "Conclusion", "Method"],
  ["The first hour is genuinely frightening", "The film falls apart in the last act", "frightens nobody",
   "the film belongs to her"])
q("what's good about hypnagogia", K, HY, ["Results", "Discussion", "Method"],
  ["The first hour is genuinely frightening", "The science is better than I feared", "the film belongs to her",
   "the scariest noise"])
q("lumberjill pros and cons", K, LJ,
  ["F is for Fire", "P is for Pace", "R is for Romance", "G is for Grizel", "J is for Jeanie", "S is for Stars"],
  ["the most frightening sequence of the year", "The middle hour sags", "the weakest thread",
   "She steals every scene she is in", "a big, brave performance"])
q("what's wrong with lumberjill", K, LJ, ["P is for Pace", "R is for Romance", "C is for Canadians", "L is for Length"],
  ["The middle hour sags", "the weakest thread", "has almost nothing to do", "you feel about twenty of them"])
q("slowcoach good and bad points", K, SC, ["Paddock notes", "Staying power", "Each-way warning", "Spotlight"],
  ["The animation is the star", "it stumbles in the middle", "The thrush scenes are too much for some under-fives",
   "a pond for ten minutes that add nothing"])
q("loci pros and cons", K, LO, ["LEO", "CANCER", "LIBRA", "AQUARIUS", "PISCES", "GEMINI", LUCKY],
  ["Nur Aisyah Rahim, sixteen, from Penang, steals the film", "It is the best scene in the film",
   "is edited into a villain", "it gets a little much in the final round", "feels tacked on",
   "The film cannot decide whether it is about winning or about grief"])
q("what does repeater get wrong", K, RP, ["Claims refused", "Decision"],
  ["Refused for lack of novelty", "the final ten minutes throw away the patience of the first ninety",
   "the applicants appear to have added it late", "a clumsy last act"])
q("best things about repeater", K, RP, ["Claims allowed", "Decision"],
  ["a jointing scene of almost twenty minutes in which nobody speaks", "whose fear shows only in his hands",
   "with a dry wit the film badly needs", "tighten as the storm builds"])
q("what's bad about sparrow and the sky engine", K, SS, ["What might bother them"],
  ["The middle drags a little with a long chase through a market", "Soot's change of heart at the end is rushed"])

K = "disagreement"
q("is maire lomax good in carriage return", K, CR, [], ["Máire Lomax is luminous", "Máire Lomax is wooden"], CR_SIDES)
q("do the leads in carriage return have any chemistry", K, CR, [],
  ["Their chemistry is off the charts", "There is no chemistry between them at all"], CR_SIDES)
q("is the carriage return soundtrack any good", K, CR, [],
  ["Aurélien Lemoine's score is gorgeous", "The music is syrupy and never stops"], CR_SIDES)
q("is carriage return too long", K, CR, [],
  ["Not a minute too long", "it felt longer than my national service"], CR_SIDES)
q("does carriage return have a good ending", K, CR, [],
  ["The ending made me cry in a car park", "the ending is rushed"], CR_SIDES)
q("is the rival repairman in carriage return funny", K, CR, [],
  ["played far too broadly", "Dugald Mulcahy is funny as Ronnie Cattanach"], CR_SIDES)
q("what do the two carriage return reviews disagree about", K, CR, [],
  ["Máire Lomax is luminous", "Máire Lomax is wooden", "Their chemistry is off the charts",
   "There is no chemistry between them at all", "Aurélien Lemoine's score is gorgeous",
   "The music is syrupy and never stops", "Not a minute too long", "it felt longer than my national service",
   "The ending made me cry in a car park", "the ending is rushed"], CR_SIDES)
q("what do both carriage return reviews agree on", K, CR, [],
  ["Alec Lennie is wonderful as Tormod", "Alec Lennie is the only reason to go", "The clatter of the keys",
   "The sound of the typewriters is lovely"], CR_SIDES)
q("who liked carriage return more, the dating app friend or the feedback card guy", K, CR, [],
  ["Four hearts out of five", "4 out of 10"], CR_SIDES)
q("do sorley and his mum agree about hog line", K, HL, [],
  ["Three. The ice was wrong", "Mum says the curling is all wrong", "I thought the curling was the best thing in it"])
q("did the scientist and her colleague agree about hypnagogia", K, HY, ["Limitations", "Conclusion"],
  ["loved every minute", "Three stars out of five"])
q("is hypnagogia's first hour better than its ending", K, HY, ["Results", "Discussion", "Conclusion"],
  ["The first hour is genuinely frightening", "The film falls apart in the last act"])
q("is repeater good all the way through", K, RP, ["Claims refused", "Decision"],
  ["the final ten minutes throw away the patience of the first ninety", "a clumsy last act"])

K = "comparison"
q("which is longer, hog line or hypnagogia", K, HL, [], ["a hundred and four minutes"], ["97 minutes"])
q("which is shorter, slowcoach or loci", K, SC, [], ["84 minutes"], ["88 minutes"])
q("lumberjill or repeater, which is longer", K, LJ, [], ["Two hours and ten minutes"], ["109 minutes"])
q("which is better for kids, hypnagogia or slowcoach", K, SC, [], ["Certificate: U, suitable for all"],
  ["certificate 15"])
q("which got the higher score, hypnagogia or slowcoach", K, SC, [], ["Five stars"], ["Three stars out of five"])
q("which is longer, carriage return or repeater", K, CR, [], ["118 minutes"], ["109 minutes"])
q("which is shorter, loci or hypnagogia", K, LO, [], ["88 minutes"], ["97 minutes"])
q("which did the reviewer like more, loci or hog line", K, HL, [], ["Four out of five"], ["7/10"])
q("which is longer, kestrel winter or lumberjill", K, KW, [], ["131 MIN"], ["Two hours and ten minutes"])
q("sparrow and the sky engine or slowcoach, which is shorter", K, SC, [], ["84 minutes"], ["92 minutes"])
q("which is more suitable for a 10 year old, repeater or sparrow and the sky engine", K, SS, [], ["Rated PG"],
  ["certificate 12A"])
q("which scored higher, sparrow and the sky engine or hypnagogia", K, SS, [], ["4 out of 5"],
  ["Three stars out of five"])
q("which is longer, hog line or carriage return", K, CR, [], ["118 minutes"], ["a hundred and four minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

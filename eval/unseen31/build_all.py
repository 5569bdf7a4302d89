#!/usr/bin/env python3
"""Write eval/unseen31/all.jsonl from the hand-written questions below (one JSON object per line).

New films: WB Waybill (two reviews that disagree: a parcel-tracking page, Markdown with front matter
`title/author/outlet/stars`, a `# Track your film: Waybill` headline, a shipment table and `##` headings, by Eustacia
Birkett, "Four stars out of five", and a sat-nav route print-out, plain text with no heading lines, by Denholm Heslop,
"Rating: 2 out of 5", who reports Birkett's four stars; no editor), RS Request Stop (a railway timetable, plain text
with heading lines "Service summary", "Stop 1: ..." to "Stop 4: ...", "Notes on this service", "Fares", "Rating: 8/10",
no composer), NO Nordmann (an advent calendar, Markdown with no front matter, `# Nordmann`, an italic line and `##`
"Door 1" to "Door 12", "Three stars out of five", no writer), TR Tramlines (a passport, Markdown with front matter
`film/year/critic/source/rating`, a data-page table and `##` headings, "Three and a half stars out of five", no
cinematographer), PF Penny Falls (a video-game achievements page, plain text with heading lines "About this title",
"Unlocked achievements", "Locked achievements", "Rarest achievement", "Critic's score: two stars out of five", no
composer or editor), TH Throughstone (a kanban board export, Markdown with front matter
`film/reviewer/outlet/score`, `##` lists "Backlog", "In progress", "Blocked", "Done" with bulleted cards, "four and
a half stars out of five", no editor), TO Torpor (a jigsaw-puzzle product page with the review on the box, plain
text with heading lines, "Four stars out of five", no cinematographer).
About 16 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen30/reviews): Harrow Bright and The Tin Choir.
"""
import json, os

WB, RS, NO, TR = "Waybill", "Request Stop", "Nordmann", "Tramlines"
PF, TH, TO = "Penny Falls", "Throughstone", "Torpor"
# films of the earlier sets (copied unchanged)
HB, TC = "Harrow Bright", "The Tin Choir"
WB_SIDES = ["Birkett", "Heslop"]  # the tracking page waybill-birkett.md (4/5), the sat-nav route waybill.txt (2/5)
# plain-text heading lines of request-stop.txt
R_SUM, R_S1, R_S2, R_S3, R_S4, R_NOTES, R_FARES = (
    "Service summary", "Stop 1: Llanfeuno Halt x, departs at 0 minutes", "Stop 2: Glanbrwyn x, calls at 22 minutes",
    "Stop 3: Bryneithin, calls at 51 minutes", "Stop 4: End of the line, arrives at 96 minutes",
    "Notes on this service", "Fares")
# ## headings of nordmann.md
D = {n: f"Door {n}" for n in range(1, 13)}
# ## headings of tramlines.md
T_PERS, T_DESC, T_VISA, T_OBS, T_VALID = ("Personal details", "Description of holder", "Visas and entry stamps",
                                          "Observations", "Validity")
# plain-text heading lines of penny-falls.txt
P_ABOUT, P_UNL, P_LOCK, P_RARE = "About this title", "Unlocked achievements", "Locked achievements", "Rarest achievement"
# ## headings of throughstone.md
K_BACK, K_PROG, K_BLOCK, K_DONE = "Backlog", "In progress", "Blocked", "Done"
# plain-text heading lines of torpor.txt
J_BOX, J_PIC, J_FIT, J_MISS, J_DIFF, J_FIN = ("On the box", "The picture", "Pieces that fit", "Pieces missing",
                                              "Difficulty", "Finished picture")
# plain-text heading lines of harrow-bright.txt and the-tin-choir.txt (old files)
HB_GOOD, HB_BAD, HB_VERD = "The Good", "The Bad", "The Verdict"
TC_STORY, TC_VOICES, TC_SONGS, TC_LOOK, TC_WOB = ("1. The Story", "2. The Voices", "3. The Songs", "4. The Look",
                                                  "5. The Wobbles")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats waybill about", K, WB, [],
  ["has driven the Upper Teesdale parcel round for twenty-two years",
   "a parcel courier on her last week before her round is sold off"])
q("how does waybill look", K, WB, [],
  ["Bertil Mawson's photography is a marvel", "Bertil Mawson's camera makes Teesdale in a blizzard look beautiful"])
q("what is request stop about", K, RS, [R_SUM],
  ["the Beeching report has marked the Bryneithin branch for closure",
   "has one week to prove that people still use the line"])
q("hows the camerawork in request stop", K, RS, [R_S4], ["Gwenno Ellicott's photography is gorgeous throughout"])
q("whats nordmann about", K, NO, [D[2]], ["have until Christmas Eve to sell six hundred Nordmann firs"])
q("is the music in nordmann any good", K, NO, [D[7]],
  ["the score is cheerful but never stops", "By the hour mark I wanted a silent night"])
q("what is tramlines about", K, TR, [T_DESC],
  ["has never been further abroad than the Isle of Man", "Norma gets her first passport"])
q("whats penny falls about", K, PF, [P_ABOUT],
  ["three teenagers on the late shift at Goldrush Amusements", "the machines start playing themselves"])
q("how does penny falls sound", K, PF, [P_UNL],
  ["The sound design does the work instead", "every bleep, jingle and rattle of the machines becomes a threat"])
q("whats throughstone about", K, TH, [K_BACK],
  ["decides to steal it back on the night of the Hall's summer ball", "the last dry-stone waller in the village"])
q("what is torpor about", K, TO, [J_BOX], ["wakes from her winter sleep in February, two months too early"])
q("how is the animation in torpor", K, TO, [J_PIC],
  ["it is hand-drawn, in soft pencil and watercolour", "The frost scenes are gorgeous"])
q("how are the effects in harrow bright", K, HB, [HB_BAD],
  ["the creatures that live on the night side are a different matter",
   "rubbery, badly lit and far too obviously computer-generated"])

K = "actor"
q("who plays jackie in waybill", K, WB, [], ["Jackie Raine (Valda Scurrah)", "Valda Scurrah is superb", "She plays Jackie"])
q("who plays the farmer in waybill", K, WB, [],
  ["Hilton Coatsworth is wonderful as Alwyn Dent", "Hilton Coatsworth, as the lonely old farmer"])
q("who plays the trainee in waybill", K, WB, [],
  ["Jayden Tindale (Inigo Oglethorpe)", "Bear right at Inigo Oglethorpe, who plays Jayden"])
q("who plays eleri in request stop", K, RS, [R_S1], ["Olwenna Mainwaring plays Eleri"])
q("who plays the guard in request stop", K, RS, [R_S3], ["Goronwy Liddle is a joy as Mr Lyddon"])
q("who plays the girl in nordmann", K, NO, [D[3]], ["Rohesia Kendrick plays Mabli"])
q("who plays the villain in nordmann", K, NO, [D[5]], ["Warwick Sykes plays him as a pantomime spiv"])
q("who plays the grandma in tramlines", K, TR, [T_VISA], ["Laurentia Stather is marvellous as Norma"])
q("who plays the groom in tramlines", K, TR, [T_VISA], ["Custodio Ferraz is charming as the groom"])
q("who plays kacey in penny falls", K, PF, [], ["Kacey Frickley (Kiera Dunthorne)", "She is excellent as Kacey"])
q("who plays joan in throughstone", K, TH, [K_PROG], ["Melisent Balcombe is glorious as Joan"])
q("who voices the hedgehog in torpor", K, TO, [J_FIT], ["Ynyr Drabble steals the film as Old Furze"])
q("who plays the deaf daughter in harrow bright", K, HB, [HB_GOOD],
  ["young Poppy Adair is very good as Juno's deaf daughter Lin"])

K = "crew"
q("who directed waybill", K, WB, [], ["Cicely Hepplewhite, director", "Cicely Hepplewhite directed it"])
q("who wrote waybill", K, WB, [], ["from a script by Leofwine Gowling", "Leofwine Gowling wrote it"])
q("who did the music for waybill", K, WB, [], ["Ravenna Stradling's folk score", "Ravenna Stradling's fiddle music"])
q("who directed request stop", K, RS, [R_SUM], ["directed by Eiluned Pryse"])
q("who edited request stop", K, RS, [], ["edited by Ithel Bowring", "Ithel Bowring's editing"])
q("who directed nordmann", K, NO, [D[1]], ["directed by Clarimonde Veale"])
q("who shot nordmann", K, NO, [D[6]], ["Wynford Gisby's photography"])
q("who directed tramlines", K, TR, [], ["Baltasar Teixeira, director"])
q("who wrote penny falls", K, PF, [P_ABOUT], ["written by Drystan Ainsty"])
q("who did the music for throughstone", K, TH, [K_PROG], ["Querida Abell's score"])
q("who directed torpor", K, TO, [J_BOX], ["Sadbh Ahearne directed it"])
q("who wrote torpor", K, TO, [J_BOX], ["from a script by Sulien Garlick"])
q("who wrote the tin choir", K, TC, [TC_STORY], ["Colm Treloar's screenplay"])

K = "metadata"
q("how long is waybill", K, WB, [], ["108 minutes"])
q("what is waybill rated", K, WB, [], ["certificate 12A", "The 12A is fair", "The 12A is right"])
q("who reviewed waybill", K, WB, [], ["Eustacia Birkett", "Denholm Heslop"], WB_SIDES)
q("how long is request stop", K, RS, [R_SUM], ["96 minutes long"])
q("what language is request stop in", K, RS, [R_SUM], ["in English and Welsh with English subtitles"])
q("nordmann runtime", K, NO, [D[1]], ["It is 93 minutes long"])
q("who reviewed nordmann", K, NO, [], ["Odelia Hartopp"])
q("how long is tramlines", K, TR, [], ["112 minutes"])
q("what is penny falls rated", K, PF, [], ["rated 15", "The 15 is deserved"])
q("who reviewed penny falls", K, PF, [], ["Hildred Cullingworth"])
q("what year is throughstone from", K, TH, [K_BACK], ["a British heist comedy of 2026"])
q("how long is torpor", K, TO, [J_BOX], ["84 minutes long"])
q("how long is harrow bright", K, HB, [], ["126 minutes"])

K = "verdict"
q("is waybill worth seeing", K, WB, [], ["Four stars out of five", "Rating: 2 out of 5"], WB_SIDES)
q("what did denholm heslop think of waybill", K, WB, [], ["Rating: 2 out of 5", "The jokes fall flat"])
q("request stop rating", K, RS, [R_FARES], ["8/10"])
q("is request stop good", K, RS, [R_FARES], ["8/10", "the gentlest film of the winter and one of the best"])
q("is nordmann good", K, NO, [D[12]], ["Three stars out of five"])
q("tramlines verdict", K, TR, [T_VALID], ["Three and a half stars out of five", "3.5/5"])
q("is tramlines worth watching", K, TR, [T_VALID], ["Three and a half stars out of five"])
q("penny falls score", K, PF, [], ["two stars out of five"])
q("is penny falls any good", K, PF, [], ["two stars out of five", "Great first half, terrible last act"])
q("is throughstone good", K, TH, [K_DONE], ["four and a half stars out of five", "4.5/5"])
q("torpor rating", K, TO, [J_FIN], ["Four stars out of five"])
q("is torpor worth seeing", K, TO, [J_FIN],
  ["Four stars out of five", "A beautiful, gentle film with one great comic turn and a saggy middle"])
q("is harrow bright good", K, HB, [HB_VERD], ["Four stars out of five"])

K = "yes/no"
q("is waybill ok for a 12 year old", K, WB, [],
  ["The 12A is fair", "The 12A is right", "nothing a twelve-year-old has not seen on the school bus"])
q("is the farmer good in waybill", K, WB, [],
  ["Hilton Coatsworth is wonderful as Alwyn Dent", "Hilton Coatsworth, as the lonely old farmer, is wonderful"])
q("is request stop ok for kids", K, RS, [R_NOTES],
  ["The PG is right", "Children of eight and over who like trains will be fine"])
q("is request stop funny", K, RS, [R_S2], ["is very funny, and the Welsh dialogue is funnier still"])
q("is nordmann ok for a 6 year old", K, NO, [D[11]], ["It is fine for children of six and up"])
q("does nordmann drag", K, NO, [D[8]], ["goes round in circles like the goat", "This is where the film loses its way"])
q("is tramlines too long", K, TR, [T_OBS], ["At 112 minutes it is too long"])
q("is penny falls scary", K, PF, [P_UNL], ["They are properly frightening", "made the whole row jump"])
q("is penny falls gory", K, PF, [P_LOCK], ["two deaths are very bloody", "The 15 is deserved"])
q("is throughstone ok for kids", K, TH, [K_DONE], ["fine for anyone over ten"])
q("is throughstone funny", K, TH, [K_PROG],
  ["flinty, sly and very funny", "gets the biggest laughs", "their timing is perfect"])
q("is torpor ok for little kids", K, TO, [J_DIFF],
  ["fine for children of four and up", "the very youngest may want a hand to hold"])
q("do the actors sing in the tin choir", K, TC, [TC_VOICES], ["The actors do their own singing"])

K = "typo"
q("waybil review", K, WB, [], ["Four stars out of five", "Rating: 2 out of 5"], WB_SIDES)
q("waybiil cast", K, WB, [], ["Valda Scurrah", "Inigo Oglethorpe", "Hilton Coatsworth"])
q("requst stop review", K, RS, [], ["8/10"])
q("request stpo director", K, RS, [], ["Eiluned Pryse"])
q("nordman review", K, NO, [], ["Three stars out of five"])
q("nordmnn director", K, NO, [], ["Clarimonde Veale"])
q("tramlnes review", K, TR, [], ["Three and a half stars out of five", "3.5/5"])
q("tram lines cast", K, TR, [], ["Laurentia Stather", "Vianne Brennock", "Custodio Ferraz"])
q("peny falls review", K, PF, [], ["two stars out of five"])
q("penny fals director", K, PF, [], ["Flavia Tunnock"])
q("throughstne review", K, TH, [], ["four and a half stars out of five", "4.5/5"])
q("torpur cast", K, TO, [], ["Urith Carberry", "Ynyr Drabble", "Eadric Fearnley"])
q("harow bright review", K, HB, [], ["Four stars out of five"])

K = "very short"
q("waybill music", K, WB, [], ["carries the drive without ever shouting", "it plays under nearly every scene"], WB_SIDES)
q("waybill dop", K, WB, [], ["Bertil Mawson"])
q("request stop dop", K, RS, [], ["Gwenno Ellicott"])
q("request stop music", K, RS, [R_NOTES], ["mostly harmonium and a single fiddle"])
q("nordmann music", K, NO, [D[7]], ["Yseult Dobbs"])
q("nordmann editor", K, NO, [D[10]], ["Alston Umpleby's editing"])
q("tramlines music", K, TR, [T_VISA], ["Zeferino Nogueira's score"])
q("tramlines editor", K, TR, [T_OBS], ["Juliana Rimmer's editing"])
q("penny falls dop", K, PF, [], ["Gisela Palfreyman"])
q("throughstone dop", K, TH, [K_PROG], ["Leontyne Mulvihill's photography"])
q("throughstone writer", K, TH, [K_BACK], ["from a script by Clovis Spink"])
q("torpor music", K, TO, [], ["Eabha Blay"])
q("tin choir editor", K, TC, [TC_WOB], ["Jonah Pell's editing"])

K = "no film named"
q("the film about the parcel courier in teesdale, any good", K, WB, [],
  ["Four stars out of five", "Rating: 2 out of 5"], [WB])
q("that film about the delivery driver losing her round, who plays her", K, WB, [], ["Valda Scurrah"], [WB])
q("the welsh railway film about the beeching cuts, is it good", K, RS, [], ["8/10"], [RS])
q("the film about the woman who keeps the level crossing, who directed it", K, RS, [], ["Eiluned Pryse"], [RS])
q("the christmas tree farm comedy, is it good", K, NO, [], ["Three stars out of five"], [NO])
q("the film where the girl has to sell 600 christmas trees, how long is it", K, NO, [], ["93 minutes"], [NO])
q("the road trip film about the old tram driver going to portugal, any good", K, TR, [],
  ["Three and a half stars out of five"], [TR])
q("the one where the grandma gets her first passport, who plays her", K, TR, [], ["Laurentia Stather"], [TR])
q("the horror film set in an amusement arcade, worth seeing", K, PF, [], ["two stars out of five"], [PF])
q("the horror where the arcade machines play themselves, who directed it", K, PF, [], ["Flavia Tunnock"], [PF])
q("the heist comedy about the dry stone waller, any good", K, TH, [], ["four and a half stars out of five"], [TH])
q("the film where pensioners steal a stone back from a big house, who plays the old woman", K, TH, [],
  ["Melisent Balcombe"], [TH])
q("the cartoon about the dormouse who wakes up too early, ok for kids", K, TO, [],
  ["fine for children of four and up", "The U is right"], [TO])
q("the sci fi film about the planet that doesnt turn, is it good", K, HB, [], ["Four stars out of five"], [HB])

K = "film not stored"
no("is sorry we missed you any good", K)
no("the titfield thunderbolt review", K)
no("the railway children cast", K)
no("how long is home alone", K)
no("arthur christmas review", K)
no("is little miss sunshine worth watching", K)
no("who directed the straight story", K)
no("is five nights at freddy's scary", K)
no("the italian job runtime", K)
no("who plays the old crook in king of thieves", K)
no("fantastic mr fox review", K)
no("watership down age rating", K)
no("penny serenade review", K)
no("the milliner's winter review", K)

K = "unanswerable"
no("who edited waybill", K, WB)
no("who plays the depot manager in waybill", K, WB)
no("who composed the music for request stop", K, RS)
no("who plays the inspector in request stop", K, RS)
no("who wrote nordmann", K, NO)
no("who plays the vicar in nordmann", K, NO)
no("who was the cinematographer on tramlines", K, TR)
no("who plays cheryl in tramlines", K, TR)
no("who did the music for penny falls", K, PF)
no("who plays mr grimoldby in penny falls", K, PF)
no("who edited throughstone", K, TH)
no("who plays the butler in throughstone", K, TH)
no("who plays grandmother sett in torpor", K, TO)
no("what is harrow bright rated", K, HB)

K = "pros/cons"
q("waybill pros and cons", K, WB, [],
  ["Valda Scurrah is superb", "Bertil Mawson's photography is a marvel", "Hilton Coatsworth is wonderful as Alwyn Dent",
   "The depot subplot is thin", "she is mannered and one-note", "The jokes fall flat", "The middle hour drags badly",
   "it is sentimental and far too neat"], WB_SIDES)
q("whats wrong with waybill", K, WB, [],
  ["The depot subplot is thin", "The scenes with the depot manager Trev Nattrass go nowhere", "The jokes fall flat",
   "The middle hour drags badly", "it is sentimental and far too neat", "she is mannered and one-note"])
q("request stop pros and cons", K, RS, [],
  ["she is magnificent", "Goronwy Liddle is a joy as Mr Lyddon", "Gwenno Ellicott's photography is gorgeous throughout",
   "The weak link is Eleri's son Dafydd", "Elidir Yeadon plays him stiffly", "The middle of the week sags a little"])
q("whats bad about request stop", K, RS, [],
  ["The weak link is Eleri's son Dafydd", "Elidir Yeadon plays him stiffly",
   "The middle of the week sags a little, with one chapel meeting too many"])
q("nordmann good and bad", K, NO, [],
  ["she is a natural", "gets the biggest laugh of the year", "glitter with frost", "he only has one expression",
   "he overdoes it wildly", "the score is cheerful but never stops", "This is where the film loses its way"])
q("whats good about nordmann", K, NO, [],
  ["she is a natural: bossy, brave and very funny",
   "Wynford Gisby's photography makes the Shropshire hills glitter with frost",
   "gets the biggest laugh of the year",
   "the race to deliver the final tree on Christmas Eve is properly exciting"])
q("tramlines pros and cons", K, TR, [],
  ["Laurentia Stather is marvellous as Norma", "is the funniest thing in the film", "Custodio Ferraz is charming",
   "turns properly beautiful", "At 112 minutes it is too long", "The film looks flat", "is barely written"])
q("whats wrong with tramlines", K, TR, [T_OBS],
  ["At 112 minutes it is too long", "The film looks flat, too, more holiday video than cinema",
   "appears only at the wedding and is barely written"])
q("penny falls pros and cons", K, PF, [],
  ["They are properly frightening", "She is excellent as Kacey", "It is the best set piece of the year",
   "reflected in black floodwater, is gorgeous", "Brandon and Mia are thin", "The plot does not hold water",
   "it is silly rather than scary", "which stops the film dead"])
q("whats bad about penny falls", K, PF, [P_LOCK],
  ["Brandon and Mia are thin", "The plot does not hold water", "it is silly rather than scary",
   "Mr Grimoldby's secret is dumped on us in one long flashback"])
q("throughstone strengths and weaknesses", K, TH, [],
  ["Melisent Balcombe is glorious as Joan", "their timing is perfect", "is a delight as Simran", "is beautifully lit",
   "a cartoon toff with a monocle", "The plan is explained three times, once too often", "is an afterthought"])
q("torpor pros and cons", K, TO, [],
  ["The frost scenes are gorgeous", "with real wonder and no cuteness at all", "Ynyr Drabble steals the film",
   "is lovely and never too sweet", "The middle drags", "stops the film dead", "The science is wobbly"])
q("the tin choir pros and cons", K, TC, [],
  ["the singing is glorious", "Ruth Penrose steals every scene", "the new ones are the surprise of the year",
   "the middle section sags badly", "is so thinly written it barely registers",
   "Predictable, sentimental and a bit saggy in the middle"])

K = "disagreement"
q("is valda scurrah good in waybill", K, WB, [], ["Valda Scurrah is superb", "she is mannered and one-note"], WB_SIDES)
q("is waybill funny", K, WB, [],
  ["I laughed more than at any British comedy this year", "The jokes fall flat"], WB_SIDES)
q("does waybill drag", K, WB, [], ["At 108 minutes it never drags", "The middle hour drags badly"], WB_SIDES)
q("is the ending of waybill good", K, WB, [],
  ["is earned and very moving", "it is sentimental and far too neat"], WB_SIDES)
q("what do the waybill reviews disagree on", K, WB, [],
  ["Valda Scurrah is superb", "she is mannered and one-note",
   "I laughed more than at any British comedy this year", "The jokes fall flat",
   "At 108 minutes it never drags", "The middle hour drags badly",
   "is earned and very moving", "it is sentimental and far too neat",
   "carries the drive without ever shouting", "it plays under nearly every scene"], WB_SIDES)
q("what do both waybill critics agree on", K, WB, [],
  ["Bertil Mawson's photography is a marvel", "look beautiful, I'll give it that",
   "Hilton Coatsworth is wonderful as Alwyn Dent", "Hilton Coatsworth, as the lonely old farmer, is wonderful",
   "The depot subplot is thin", "The scenes with the depot manager Trev Nattrass go nowhere",
   "The 12A is fair", "The 12A is right"], WB_SIDES)
q("who liked waybill more, the parcel tracking one or the sat nav guy", K, WB, [],
  ["Four stars out of five", "Rating: 2 out of 5"], WB_SIDES)
q("are the actors in request stop all good", K, RS, [],
  ["she is magnificent", "Elidir Yeadon plays him stiffly"])
q("is nordmann good all the way through", K, NO, [],
  ["This is where the film loses its way", "makes the last twenty minutes fly"])
q("does penny falls keep it up to the end", K, PF, [],
  ["Great first half, terrible last act", "it is silly rather than scary", "They are properly frightening"])
q("is the whole cast of throughstone good", K, TH, [],
  ["Melisent Balcombe is glorious as Joan", "a cartoon toff with a monocle"])
q("is tramlines good or just too long", K, TR, [],
  ["Laurentia Stather is marvellous as Norma", "At 112 minutes it is too long"])
q("is the third act of harrow bright as good as the rest", K, HB, [HB_BAD],
  ["the expedition to the dark side is rushed", "After two hours of patient build-up"])

K = "comparison"
q("which is longer, tramlines or throughstone", K, TR, [], ["112 minutes"], ["101 minutes"])
q("which is shorter, nordmann or torpor", K, TO, [], ["84 minutes"], ["93 minutes"])
q("request stop or penny falls, which is longer", K, RS, [], ["96 minutes"], ["89 minutes"])
q("which got the better review, penny falls or throughstone", K, TH, [], ["four and a half stars out of five"],
  ["two stars out of five"])
q("which scored higher, nordmann or tramlines", K, TR, [], ["Three and a half stars out of five"],
  ["Three stars out of five"])
q("which is better for a 7 year old, penny falls or torpor", K, TO, [], ["rated U"], ["rated 15"])
q("which is more family friendly, throughstone or nordmann", K, NO, [], ["rated PG"], ["12A"])
q("which got the better review, request stop or nordmann", K, RS, [], ["8/10"], ["Three stars out of five"])
q("which is longer, waybill or request stop", K, WB, [], ["108 minutes"], ["96 minutes"])
q("which is longer, harrow bright or tramlines", K, HB, [], ["126 minutes"], ["112 minutes"])
q("which is shorter, the tin choir or throughstone", K, TH, [], ["101 minutes"], ["104 minutes"])
q("which scored higher, harrow bright or penny falls", K, HB, [], ["Four stars out of five"], ["two stars out of five"])
q("which is longer, the tin choir or torpor", K, TC, [], ["104 minutes"], ["84 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

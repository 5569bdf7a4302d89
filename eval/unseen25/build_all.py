#!/usr/bin/env python3
"""Write eval/unseen25/all.jsonl from the hand-written questions below (one JSON object per line).

New films: WS Windsock (two reviews that disagree: a sermon, plain text with no heading lines at all, by the Reverend
Rognvald Bews, "five out of ten", and an airline safety card, Markdown with `# Windsock` and capital `##` headings, no
front matter, by Wenche Drever, "★★★★☆"), CO Couchette (a railway timetable, front matter
`film/released/reviewer/rating/source`, a timetable table and one `##` heading per station, "7/10"), RV Rivet (a
product recall notice, an HTML export with entities, "Two stars out of five"), HC Halocline (a cave diver's dive log,
plain text with heading lines, "81%"), KS Key Safe (a holiday cottage's house manual, front matter
`title/year/critic/score/source`, `##` headings, the letter grade "A-" / "A−"), HV Heave (the captions of a video
review downloaded as an .srt file, plain text, no score at all), CA Change Alley (a stock-market report, plain text with
heading lines, "4.5/5"). About 13 questions are about two films of the earlier sets (copied unchanged into reviews/ with
all of eval/unseen24/reviews): The Ninth Lock and The Borrowed Winter.
"""
import json, os

WS, CO, RV, HC = "Windsock", "Couchette", "Rivet", "Halocline"
KS, HV, CA = "Key Safe", "Heave", "Change Alley"
# films of the earlier sets (copied unchanged)
NL, BW = "The Ninth Lock", "The Borrowed Winter"
WS_SIDES = ["Drever", "Bews"]  # the safety card windsock-drever.md (★★★★☆), the sermon windsock.txt (five out of ten)
# ## headings of couchette.md
C_PAR, C_DIJ, C_VAL, C_BRI, C_DOM, C_MIL, C_VEN = ("Paris Gare de Lyon, dep. 19.52", "Dijon-Ville, 22.14",
                                                   "Vallorbe (frontier), 00.41", "Brig, 03.10", "Domodossola, 03.58",
                                                   "Milano Centrale, 06.25", "Venezia, arr. 09.35")
# plain-text heading lines of halocline.txt
H_SITE, H_TEAM, H_CON, H_EQU, H_INC, H_NOTES, H_RAT = ("Site", "Team", "Conditions", "Equipment", "Incidents",
                                                       "Notes for other divers", "Dive rating")
# ## headings of key-safe.md
K_WEL, K_IN, K_HEAT, K_WIFI, K_BINS, K_NEAR, K_OUT = ("Welcome", "Getting in", "The heating", "Wi-Fi", "Bins",
                                                      "Things to do nearby", "Check-out")
# plain-text heading lines of change-alley.txt
A_SUM, A_RISE, A_BLUE, A_COM, A_FALL, A_OUT, A_REC = ("Market summary", "Leading risers", "Blue chips", "Commodities",
                                                      "Fallers", "Outlook", "Recommendation")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats windsock about", K, WS, [],
  ["has flown the two-minute hop between Holmsay and Papa Holmsay for thirty-one years",
   "has flown the world's shortest scheduled flight for thirty-one years"])
q("how does windsock look", K, WS, [],
  ["shows you the islands from the air like a quilt laid out to dry", "the photography of the islands from the air is glorious"])
q("what's couchette about", K, CO, [C_PAR],
  ["takes place almost entirely in one sleeping car in March 1962", "the Belgian diamond broker in compartment 7"])
q("how's the camerawork in couchette", K, CO, [C_BRI], ["shot it at the corridor's real width"])
q("what is rivet about", K, RV, [], ["one of them, Rivet, can think", "it recalls the whole batch"])
q("how is the animation in rivet", K, RV, [],
  ["painted over every frame by hand", "it glows like a biscuit-tin lid in the sun"])
q("what happens in halocline", K, HC, [H_SITE],
  ["Four cave divers are mapping a flooded cenote system near Tulum", "they find a passage that is on no map"])
q("how scary is halocline", K, HC, [H_INC],
  ["The first hour is the most frightening thing I have seen this year",
   "The monster, when it finally appears after seventy minutes, is a disappointment"])
q("whats key safe about", K, KS, [K_WEL], ["have both booked it for Christmas week", "Neither of them will leave"])
q("how funny is the dialogue in key safe", K, KS, [K_WIFI],
  ["the best dialogue of any British romantic comedy in years", "leans too hard on a running gag about a goat"])
q("what is heave about", K, HV, [],
  ["a tug-of-war team from a parish in County Tipperary", "as they train for the world championships in the 540-kilo class"])
q("what's the story of change alley", K, CA, [A_SUM],
  ["puts her last ninety pounds into South Sea stock", "Change Alley is the story of that summer"])
q("how is the acting in the ninth lock", K, NL, [], ["he is effortlessly magnetic", "Clementine Vidal is a sly match for him"])

K = "actor"
q("who plays thora in windsock", K, WS, [],
  ["Lilias Foubister is wonderful as Thora", "Lilias Foubister plays Thora with great dignity"])
q("who plays the consultant in windsock", K, WS, [], ["Erland Baikie is very funny as the consultant",
                                                     "Erland Baikie plays the consultant"])
q("who plays the minister in windsock", K, WS, [], ["Sweyn Omand plays the airsick minister", "Sweyn Omand plays him"])
q("who plays the attendant in couchette", K, CO, [C_DIJ], ["Raffaele Condorelli plays Ermanno"])
q("who plays the widow in couchette", K, CO, [C_DIJ], ["Madame Berthe Vanhecke (Albane Augereau)"])
q("who plays the american student in couchette", K, CO, [C_DIJ],
  ["As the loud American student, Dwight Kasperek, Wyatt Lyman"])
q("who voices rivet", K, RV, [], ["Kenelm Tuffin voices Rivet"])
q("who voices the inspector in rivet", K, RV, [], ["He is voiced by Nevill Sweetapple"])
q("who plays deirdre in halocline", K, HC, [H_TEAM], ["Ysolda Blount plays the lead, a British instructor called Deirdre Eskdale"])
q("who plays the guide in halocline", K, HC, [H_TEAM], ["Ulises Balam, as the local guide Efraín Canché"])
q("who plays sioned in key safe", K, KS, [K_HEAT], ["Manon Eifion is terrific as Sioned"])
q("who plays the stockjobber in change alley", K, CA, [A_RISE], ["Delaval Hatchard plays the stockjobber Sir Hezekiah Scrope"])
q("who plays the widow in the borrowed winter", K, BW, [], ["played with icy good manners by Rosalind Tey"])

K = "crew"
q("who directed windsock", K, WS, [], ["It was directed by Marjory Garson", "Marjory Garson directed it"])
q("who wrote windsock", K, WS, [], ["from a script by Hakon Nisbet"])
q("who did the music for windsock", K, WS, [], ["Gudny Seatter's fiddle score", "The fiddle music by Gudny Seatter"])
q("who directed couchette", K, CO, [C_VAL], ["Véronique Marsolle directs it in one unbroken take"])
q("who edited couchette", K, CO, [C_BRI], ["Nadège Pellerin's editing is sharp"])
q("who wrote couchette", K, CO, [C_DOM], ["The screenplay, by Guido Bentivoglio and Marsolle"])
q("who directed rivet", K, RV, [], ["Arabella Crewdson, who directed it"])
q("who wrote the songs in rivet", K, RV, [], ["The songs by Barbary Jubb"])
q("who shot halocline", K, HC, [H_CON], ["The underwater photography by Maribel Cauich"])
q("who composed the score for halocline", K, HC, [H_EQU], ["Haruki Nakasone's score is mostly breathing"])
q("who edited key safe", K, KS, [K_NEAR], ["Rhonwen Hedydd edits them"])
q("who was the cinematographer on heave", K, HV, [], ["Fachtna Moroney shot it"])
q("who wrote change alley", K, CA, [A_BLUE], ["The script, by Belinda Tradescant"])

K = "metadata"
q("how long is windsock", K, WS, [], ["98 minutes long", "ninety-eight minutes"])
q("who reviewed windsock", K, WS, [], ["Wenche Drever", "Rognvald Bews"], WS_SIDES)
q("what is windsock rated", K, WS, [], ["rated PG", "it is a PG"])
q("how long is couchette", K, CO, [], ["runs 116 minutes"])
q("what language is couchette in", K, CO, [C_PAR], ["in French and Italian with English subtitles"])
q("couchette age rating", K, CO, [], ["rated 12A"])
q("how long is rivet", K, RV, [], ["86 minutes"])
q("what language is halocline in", K, HC, [H_SITE], ["in English and Spanish"])
q("who reviewed halocline", K, HC, [], ["Amoret Wimbush"])
q("how long is key safe", K, KS, [], ["107 minutes"])
q("how long is heave", K, HV, [], ["It's 88 minutes long"])
q("what's change alley rated", K, CA, [], ["Certificate: 15", "It is a 15 for its language"])
q("how long is the ninth lock", K, NL, [], ["2026, 94 minutes"])

K = "verdict"
q("is windsock worth seeing", K, WS, [], ["★★★★☆", "Four stars", "five out of ten"], WS_SIDES)
q("what did the minister think of windsock", K, WS, [], ["five out of ten", "Cast away the rest"])
q("what did wenche drever think of windsock", K, WS, [], ["Four stars", "★★★★☆", "Take your gran, take your kids"])
q("is couchette any good", K, CO, [C_VEN], ["Seven out of ten", "A handsome, claustrophobic, old-fashioned whodunit"])
q("couchette rating", K, CO, [], ["7/10", "Seven out of ten"])
q("is rivet worth it", K, RV, [], ["Two stars out of five", "A lovely toy with a faulty spring"])
q("halocline verdict", K, HC, [H_RAT], ["81%", "Would dive again"])
q("should i watch key safe", K, KS, [K_OUT], ["A-", "A−", "Key Safe is kind, funny and beautifully played"])
q("what grade did key safe get", K, KS, [], ["A-", "A−"])
q("is heave good", K, HV, [], ["go and see it, bring your mam, and bring tissues", "the most moving thing I've seen all year"])
q("what score did heave get", K, HV, [], ["I don't do scores on this channel"])
q("is change alley worth watching", K, CA, [A_REC],
  ["4.5/5", "Strong buy", "the funniest British film of the year"])
q("is the borrowed winter worth seeing", K, BW, [], ["★★★½☆", "I enjoyed The Borrowed Winter a great deal"])

K = "yes/no"
q("is windsock ok for kids", K, WS, [], ["rated PG", "it is a PG", "Take your gran, take your kids"])
q("does windsock drag in the middle", K, WS, [], ["The middle sags a little"])
q("is couchette in english", K, CO, [C_PAR], ["in French and Italian with English subtitles"])
q("does the couchette mystery play fair", K, CO, [C_MIL], ["The solution is clever and fair"])
q("is rivet ok for a 4 year old", K, RV, [],
  ["too frightening for the youngest viewers", "Take children of six and over"])
q("does rivet have a happy ending", K, RV, [], ["beautifully done but very sad"])
q("is halocline ok if you're claustrophobic", K, HC, [H_NOTES], ["Do not go if you are claustrophobic"])
q("did they film halocline in a real cave", K, HC, [H_CON], ["She shot in a real cenote"])
q("is key safe ok for a 12 year old", K, KS, [K_OUT], ["a film for the whole family from about twelve up", "12A"])
q("is key safe in welsh", K, KS, [], ["in English with some Welsh"])
q("does heave explain the rules", K, HV, [], ["the film never explains the rules of tug-of-war"])
q("can my kids see change alley", K, CA, [A_OUT], ["leave the children at home", "It is a 15"])
q("is the ninth lock too long", K, NL, [], ["knows exactly how long to stay"])

K = "typo"
q("windsok review", K, WS, [], ["★★★★☆", "Four stars", "five out of ten"], WS_SIDES)
q("widnsock cast", K, WS, [], ["Lilias Foubister", "Erland Baikie", "Sweyn Omand"])
q("couchete director", K, CO, [C_VAL], ["Véronique Marsolle"])
q("cuochette plot", K, CO, [C_PAR], ["the Belgian diamond broker in compartment 7"])
q("rivett songs", K, RV, [], ["Barbary Jubb", "three of them, are catchy"])
q("halocine cast", K, HC, [H_TEAM], ["Ysolda Blount", "Ulises Balam", "Travis Ketterman"])
q("haloclyne music", K, HC, [H_EQU], ["Haruki Nakasone"])
q("keysafe director", K, KS, [K_IN], ["Elinor Tredegar"])
q("key saef worth it", K, KS, [K_OUT], ["A-", "A−", "kind, funny and beautifully played"])
q("heeve documentary any good", K, HV, [], ["go and see it", "the most moving thing I've seen all year"])
q("chnage alley cast", K, CA, [A_RISE], ["Venetia Mompesson", "Delaval Hatchard", "Silvanus Culpeper"])
q("change ally rating", K, CA, [], ["4.5/5"])
q("the nineth lock cast", K, NL, [], ["Ike Adebanjo", "Clementine Vidal", "Pieter Vos", "Odile Brune"])

K = "very short"
q("windsock ending", K, WS, [], ["the most exciting five minutes", "The ending is dishonest"], WS_SIDES)
q("windsock dop", K, WS, [], ["Osla Hourston"])
q("couchette cast", K, CO, [C_DIJ], ["Raffaele Condorelli", "Albane Augereau", "Wyatt Lyman"])
q("couchette ending", K, CO, [C_MIL], ["The solution is clever and fair", "one twist too many"])
q("rivet cast", K, RV, [], ["Kenelm Tuffin", "Mirabel Spragg", "Nevill Sweetapple"])
q("rivet ending", K, RV, [], ["Rivet chooses to be wound down for ever"])
q("halocline editor", K, HC, [H_EQU], ["Stellan Aquist"])
q("halocline monster", K, HC, [H_INC], ["is a disappointment"])
q("key safe music", K, KS, [K_NEAR], ["Rhun Cadwgan's score is harp and brass band"])
q("key safe writer", K, KS, [K_WIFI], ["Brynach Howells wrote the script"])
q("heave director", K, HV, [], ["directed by Deirbhile Bergin"])
q("change alley costumes", K, CA, [A_COM], ["Sophronia Lampeter's costumes"])
q("borrowed winter dop", K, BW, [], ["shot by Camille Roussel"])

K = "no film named"
q("the comedy about the two minute flight, any good", K, WS, [], ["★★★★☆", "Four stars", "five out of ten"], [WS])
q("that film about the island plane, who directed it", K, WS, [], ["Marjory Garson"], [WS])
q("the night train murder mystery, who's in it", K, CO, [], ["Raffaele Condorelli", "Albane Augereau"], [CO])
q("the thriller on the sleeper to venice, how long is it", K, CO, [], ["116 minutes"], [CO])
q("the cartoon about the toy robot, ok for little kids", K, RV, [],
  ["too frightening for the youngest viewers", "Take children of six and over"], [RV])
q("the wind-up robot film, is it good", K, RV, [], ["Two stars out of five", "A lovely toy with a faulty spring"], [RV])
q("the cave diving horror, is it scary", K, HC, [],
  ["The first hour is the most frightening thing I have seen this year"], [HC])
q("that horror in the flooded caves in mexico, who directed it", K, HC, [], ["Ferenc Sárközi"], [HC])
q("the rom com where two people book the same cottage, is it good", K, KS, [],
  ["A-", "A−", "kind, funny and beautifully played"], [KS])
q("the welsh christmas romcom about the double booked cottage, who wrote it", K, KS, [], ["Brynach Howells"], [KS])
q("the tug of war documentary, worth seeing?", K, HV, [],
  ["go and see it", "the most moving thing I've seen all year"], [HV])
q("that irish doc about the women's rope pulling team, who made it", K, HV, [], ["Deirbhile Bergin"], [HV])
q("the comedy about the widow who buys south sea stock, who's the lead", K, CA, [], ["Venetia Mompesson"], [CA])
q("the heist film with the nine locks, any good", K, NL, [], ["★★★★☆", "it is very hard to beat"], [NL])

K = "film not stored"
no("is murder on the orient express any good", K)
no("night train to lisbon review", K)
no("who directed the descent", K)
no("sanctum cast", K)
no("is short circuit ok for kids", K)
no("how long is the holiday", K)
no("the big short worth watching", K)
no("trading places review", K)
no("who's in the ninth gate", K)
no("the borrowers age rating", K)
no("key largo any good", K)
no("halloween review", K)
no("the couch trip cast", K)
no("the lamplighter's daughter review", K)

K = "unanswerable"
no("who edited windsock", K, WS)
no("who plays the postie in windsock", K, WS)
no("who composed the music for couchette", K, CO)
no("who plays the customs officer in couchette", K, CO)
no("who wrote rivet", K, RV)
no("who edited rivet", K, RV)
no("what certificate is halocline", K, HC)
no("who wrote halocline", K, HC)
no("who shot key safe", K, KS)
no("who plays mrs bebb in key safe", K, KS)
no("who did the music for heave", K, HV)
no("who plays king george in change alley", K, CA)
no("who edited change alley", K, CA)
no("what age rating is the ninth lock", K, NL)

K = "pros/cons"
q("windsock pros and cons", K, WS, [],
  ["is wonderful as Thora", "plays Thora with great dignity", "the photography of the islands from the air is glorious",
   "plays the consultant as a smirking fool", "The middle sags a little", "the subplot about Thora's son on the oil rigs is thin",
   "The ending is dishonest"])
q("what's bad about windsock", K, WS, [],
  ["The middle sags a little", "the subplot about Thora's son on the oil rigs is thin", "plays the consultant as a smirking fool",
   "never stops, as if somebody had left a radio on", "it gets island life wrong", "The ending is dishonest",
   "she is given nothing to do after the first half hour"])
q("couchette pros and cons", K, CO, [],
  ["he is the best reason to board", "is a superb cat to his mouse", "The frontier stop is the best sequence in the film",
   "Wyatt Lyman overdoes everything", "the honeymoon couple are barely sketched", "Here the film stalls",
   "one twist too many"])
q("whats wrong with couchette", K, CO, [C_DOM, C_MIL, C_DIJ],
  ["Here the film stalls, like the train", "spends twenty minutes on a flashback", "one twist too many",
   "Wyatt Lyman overdoes everything", "the honeymoon couple are barely sketched"])
q("rivet good and bad", K, RV, [],
  ["The first twenty minutes, in the toy works, are delightful", "The middle is badly overwound",
   "is too frightening for the youngest viewers", "he is lovely", "are catchy", "The film does not hold together",
   "mostly miss"])
q("what's good about rivet", K, RV, [],
  ["painted over every frame by hand", "Kenelm Tuffin voices Rivet, all clicks and wonder", "is a proper heroine",
   "are catchy", "beautifully done but very sad", "The first twenty minutes, in the toy works, are delightful"])
q("halocline strengths and weaknesses", K, HC, [H_CON, H_INC, H_TEAM, H_EQU],
  ["The underwater photography by Maribel Cauich is the best I have seen in any film",
   "The first hour is the most frightening thing", "is a disappointment", "The last act turns into an ordinary chase",
   "a tearful speech about her dead brother that nobody needed", "far scarier than any violin"])
q("what's wrong with halocline", K, HC, [H_INC, H_TEAM],
  ["is a disappointment", "The last act turns into an ordinary chase",
   "a tearful speech about her dead brother that nobody needed", "so plainly doomed"])
q("key safe pros and cons", K, KS, [K_HEAT, K_WIFI, K_BINS, K_IN],
  ["Manon Eifion is terrific as Sioned", "the best dialogue of any British romantic comedy in years",
   "leans too hard on a running gag about a goat", "Euros Jenkin, as Zachary, is stiffer",
   "the subplot about Zachary's ex-wife", "ties the bow too tight"])
q("what's bad about key safe", K, KS, [K_BINS, K_HEAT, K_WIFI],
  ["the subplot about Zachary's ex-wife, who turns up on Boxing Day for no reason",
   "a flash-forward to a wedding that ties the bow too tight", "leans too hard on a running gag about a goat",
   "it takes him an hour to thaw"])
q("heave pros and cons", K, HV, [],
  ["the most moving thing I've seen all year", "are gorgeous", "It's too long in the middle", "could have been five",
   "the film never explains the rules of tug-of-war", "is cut like a thriller"])
q("change alley good and bad", K, CA, [A_RISE, A_BLUE, A_COM, A_FALL],
  ["she is magnificent", "the wittiest I have heard in a costume film", "The second hour drags",
   "it is the film's one dull joke", "plays the same jig far too often",
   "The romance between Nehemiah and a silk-weaver's daughter is thin"])
q("what's wrong with the borrowed winter", K, BW, [],
  ["What it lacks is any real interest in its heroine", "Where the film stumbles is the ending", "should have been cut",
   "a touch too insistent in the final act"])

K = "disagreement"
q("is erland baikie funny in windsock", K, WS, [],
  ["Erland Baikie is very funny as the consultant", "Erland Baikie plays the consultant as a smirking fool"], WS_SIDES)
q("is the music in windsock good", K, WS, [],
  ["Gudny Seatter's fiddle score lifts every take-off", "The fiddle music by Gudny Seatter never stops"], WS_SIDES)
q("is the ending of windsock any good", K, WS, [],
  ["the most exciting five minutes I have spent in a cinema this year", "The ending is dishonest"], WS_SIDES)
q("does windsock get island life right", K, WS, [],
  ["the film gets island life exactly right", "it gets island life wrong"], WS_SIDES)
q("is the airsick minister joke in windsock funny", K, WS, [],
  ["the running joke about his paper bags is the best in the film",
   "The running joke about the airsick minister, the Reverend Tammas Scollay, is cheap"], WS_SIDES)
q("what do the windsock reviews disagree on", K, WS, [],
  ["Erland Baikie is very funny as the consultant", "Erland Baikie plays the consultant as a smirking fool",
   "Gudny Seatter's fiddle score lifts every take-off", "The fiddle music by Gudny Seatter never stops",
   "the most exciting five minutes I have spent in a cinema this year", "The ending is dishonest",
   "the film gets island life exactly right", "it gets island life wrong",
   "the running joke about his paper bags is the best in the film",
   "The running joke about the airsick minister, the Reverend Tammas Scollay, is cheap"], WS_SIDES)
q("what do both reviewers of windsock agree on", K, WS, [],
  ["Lilias Foubister is wonderful as Thora", "Lilias Foubister plays Thora with great dignity",
   "shows you the islands from the air like a quilt", "the photography of the islands from the air is glorious"],
  WS_SIDES)
q("who liked windsock more, the critic or the minister", K, WS, [], ["★★★★☆", "Four stars", "five out of ten"], WS_SIDES)
q("is couchette tense all the way through", K, CO, [C_VAL, C_DOM],
  ["The frontier stop is the best sequence in the film", "Here the film stalls, like the train"])
q("is rivet good from start to finish", K, RV, [],
  ["The first twenty minutes, in the toy works, are delightful", "after that it is one chase after another"])
q("does halocline stay scary", K, HC, [H_INC],
  ["The first hour is the most frightening thing I have seen this year", "The last act turns into an ordinary chase"])
q("does heave drag", K, HV, [], ["It's too long in the middle", "the final at the championships is cut like a thriller"])
q("is the borrowed winter good all the way through", K, BW, [],
  ["a genuinely clever twist at the two-thirds mark", "Where the film stumbles is the ending"])

K = "comparison"
q("which is longer, windsock or couchette", K, CO, [], ["116 minutes"], ["98 minutes"])
q("which is shorter, rivet or heave", K, RV, [], ["86 minutes"], ["88 minutes"])
q("halocline or the ninth lock, which is longer", K, NL, [], ["94 minutes"], ["93 minutes"])
q("which is longer, key safe or the borrowed winter", K, KS, [], ["107 minutes"], ["104 minutes"])
q("which is better for a 6 year old, rivet or change alley", K, RV, [], ["The U certificate"], ["Certificate: 15"])
q("which scored higher, couchette or rivet", K, CO, [], ["7/10", "Seven out of ten"], ["Two stars out of five"])
q("which got the better review, halocline or rivet", K, HC, [], ["81%"], ["Two stars out of five"])
q("change alley or couchette, which is longer", K, CA, [], ["121 minutes"], ["116 minutes"])
q("which is more kid friendly, key safe or windsock", K, WS, [], ["rated PG"], ["12A"])
q("which is shorter, heave or halocline", K, HV, [], ["88 minutes"], ["93 minutes"])
q("which rated higher, change alley or the borrowed winter", K, CA, [], ["4.5/5"], ["★★★½☆"])
q("which is longer, the ninth lock or rivet", K, NL, [], ["94 minutes"], ["86 minutes"])
q("key safe or change alley, which is shorter", K, KS, [], ["107 minutes"], ["121 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

#!/usr/bin/env python3
"""Write eval/unseen24/all.jsonl from the hand-written questions below (one JSON object per line).

New films: TR Twirl (two reviews that disagree: a geocache listing, front matter `title/released/reviewer/score/outlet`,
by Janine Gillingwater, "9/10", and a Czech-lesson handout, plain text with heading lines, by Zdislava Kopecká-Harland,
"two stars out of five"), IH Icehouse (a newspaper obituary of the film, plain text with no heading lines, "★★★★☆"),
ES Escapement (a job advertisement, front matter `film/year/author/source`, `##` headings, no score at all),
BS Bog Standard (an MOT test certificate, plain text with capital heading lines, "68%"), EF Effigy (a support site's
troubleshooting guide, an HTML export with entities, "8.5/10"), DR Dromedary (a coach-tour itinerary, plain text with
"Day N:" heading lines, "Tour grade: B"), SC Scuttle (an election leaflet, `# Scuttle`, `##` headings, bold labels,
"Four stars out of five"). About 15 questions are about two films of the earlier sets (copied unchanged into reviews/
with all of eval/unseen23/reviews): Saltmarsh Hymn and Cinder Psalm.
"""
import json, os

TR, IH, ES, BS = "Twirl", "Icehouse", "Escapement", "Bog Standard"
EF, DR, SC = "Effigy", "Dromedary", "Scuttle"
# films of the earlier sets (copied unchanged)
SH, CP = "Saltmarsh Hymn", "Cinder Psalm"
TR_SIDES = ["Gillingwater", "Kopecká-Harland"]  # the geocache twirl-gillingwater.md (9/10), the Czech lesson twirl.txt (two stars)
# ## headings of escapement.md
E_US, E_COL, E_MAN, E_OFF, E_NOT, E_APP, E_SAL = ("About us", "Your colleagues", "Management", "What we offer",
                                                 "What we cannot offer", "The successful applicant will be",
                                                 "Salary and grade")
# plain-text heading lines of bog-standard.txt
B_DES, B_ITM, B_ADV, B_MIN, B_DAN, B_TST = ("DESCRIPTION OF VEHICLE", "ITEMS TESTED AND PASSED", "ADVISORY NOTICES",
                                            "MINOR DEFECTS", "DANGEROUS DEFECTS", "TESTER'S COMMENTS")
# plain-text heading lines of dromedary.txt
D1, D2, D3, D5 = "Day 1: Indianola, Texas", "Day 2: Camp Verde", "Day 3: The Llano Estacado", "Day 5: The Colorado River"
D_INC, D_SUI, D_GRD = "Included in your tour", "Suitability", "Tour grade"
# ## headings of scuttle.md
S_WHO, S_REC, S_TEAM, S_STAND, S_PLEDGE = "Who I am", "My record", "My team", "Where I stand", "My pledge"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats twirl about", K, TR, [],
  ["led the best majorette troupe in Moravia", "She re-forms her old troupe to march at the championship in Olomouc"])
q("how does twirl look", K, TR, [],
  ["shoots the trams and chimneys of Ostrava like a cathedral", "filmed Ostrava beautifully"])
q("what is icehouse about", K, IH, [],
  ["the ice harvesters of Lake Tamarack, Wisconsin", "takes over his ice company"])
q("how's the acting in icehouse", K, IH, [],
  ["gave it a stern, unshowy heart", "made Blandford charming, which was a mistake", "was stiff and is best forgotten"])
q("what's escapement about", K, ES, [E_US],
  ["is the last hand-finisher", "cheap quartz watches from Japan are emptying the workshops of the valley"])
q("how are the performances in escapement", K, ES, [E_COL],
  ["who plays Marthe with a stillness that holds the whole film together", "starts sullen and ends tender",
   "plays him too gently"])
q("what happens in bog standard", K, BS, [B_DES], ["she enters the World Bog Snorkelling Championships"])
q("hows the humour in bog standard", K, BS, [B_ITM, B_ADV], ["is the funniest thing in the film", "too many jokes about wind"])
q("whats the plot of effigy", K, EF, [],
  ["takes a job as the night cleaner", "the figures are not where they were on her first round"])
q("how scary is effigy", K, EF, [],
  ["the most frightening idea in a horror film this year", "very frightening until its last ten minutes"])
q("what is dromedary about", K, DR, [D1], ["for the US Army's experiment in desert transport"])
q("how's the animation in scuttle", K, SC, [S_REC],
  ["hand-painted and then scanned", "makes every pebble glow under the water like a sweet in a jar"])
q("how is the camerawork in saltmarsh hymn", K, SH, [],
  ["lensed by Tomasz Wierzba", "shoots the marsh in flat winter light"])

K = "actor"
q("who plays jarmila in twirl", K, TR, [],
  ["Libuše Holubová is magnificent as Jarmila", "Libuše Holubová plays Jarmila superbly"])
q("who plays the daughter in twirl", K, TR, [],
  ["Klára Šebestová, as her embarrassed daughter, Markéta", "Klára Šebestová is dull as Markéta"])
q("who plays the rival coach in twirl", K, TR, [], ["Ivana Mrázková plays Božena"])
q("who plays the widow in icehouse", K, IH, [], ["Gudrun Thorsell, who played Hulda"])
q("who plays the guy with the ice machine in icehouse", K, IH, [], ["Merritt Danforth made Blandford charming"])
q("who plays the watchmaker in escapement", K, ES, [E_COL], ["Geneviève Rochat, who plays Marthe"])
q("who plays the apprentice in escapement", K, ES, [E_COL], ["Noé Ducommun, as Loïc"])
q("who plays mared in bog standard", K, BS, [B_ITM], ["Eirlys Tudur is terrific as Mared"])
q("who plays the dad in bog standard", K, BS, [B_ITM], ["Bleddyn Penrhos steals every scene as Ianto"])
q("who plays the cleaner in effigy", K, EF, [], ["Nadine Oxenford, who is superb as Carmel"])
q("who plays the camel driver in dromedary", K, DR, [D2], ["Yorgos Markantonis, as Kallas"])
q("who voices the gull in scuttle", K, SC, [S_TEAM], ["Nnamdi Okoye, as Squall the gull"])
q("who plays the captain in cinder psalm", K, CP, [], ["Desmond Achterberg as the company's captain"])

K = "crew"
q("who directed twirl", K, TR, [], ["Tereza Bartošová directed it"])
q("who wrote twirl", K, TR, [], ["a script she wrote with Ondřej Kuchař"])
q("who did the music for twirl", K, TR, [], ["The brass-band score by Matěj Dvořáček", "The music of Matěj Dvořáček"])
q("who shot icehouse", K, IH, [], ["Its photographer, Evert Sjödin"])
q("who edited icehouse", K, IH, [], ["Winona Bexley cut it"])
q("who directed escapement", K, ES, [E_MAN], ["directed by Maëlle Girardier"])
q("who composed the music for escapement", K, ES, [E_MAN], ["The music is by Reto Tschumi"])
q("who edited bog standard", K, BS, [B_TST], ["Llinos Eynon's editing"])
q("who was the cinematographer on bog standard", K, BS, [B_ITM], ["photographed by Aneurin Hafren"])
q("who made effigy", K, EF, [], ["Ulrica Pelling, who wrote and directed it"])
q("who wrote dromedary", K, DR, [D_INC], ["Screenplay by Jedediah Mortenson"])
q("who directed scuttle", K, SC, [S_TEAM], ["directed by Élodie Kerhervé and Nathaniel Pinnegar"])
q("who scored cinder psalm", K, CP, [], ["The score is by Teodor Brisk"])

K = "metadata"
q("how long is twirl", K, TR, [], ["97 minutes", "ninety-seven minutes"])
q("who reviewed twirl", K, TR, [], ["Janine Gillingwater", "Zdislava Kopecká-Harland"], TR_SIDES)
q("what year is twirl from", K, TR, [], ["a Czech comedy-drama from 2026", "It is a Czech comedy from 2026"])
q("how long is icehouse", K, IH, [], ["128 minutes"])
q("when did icehouse come out", K, IH, [], ["born 11 September 2026", "born at a festival in Minneapolis in September"])
q("who wrote the icehouse review", K, IH, [], ["Tryphena Ashburnham"])
q("what language is escapement in", K, ES, [], ["In French and Swiss sign language, with English subtitles"])
q("how long is escapement", K, ES, [], ["112 minutes"])
q("bog standard age rating", K, BS, [], ["Classification: 12A"])
q("how long is effigy", K, EF, [], ["94 minutes long"])
q("who reviewed dromedary", K, DR, [], ["Clarissa Dunwoody"])
q("what is scuttle rated", K, SC, [S_WHO], ["rated U"])
q("how long is cinder psalm", K, CP, [], ["At 141 minutes"])

K = "verdict"
q("is twirl worth seeing", K, TR, [], ["9/10", "two stars out of five"], TR_SIDES)
q("what did janine gillingwater think of twirl", K, TR, [], ["My score: 9/10", "the final parade through Olomouc is pure joy"])
q("what did the czech teacher think of twirl", K, TR, [], ["two stars out of five", "I have not yet found one to praise"])
q("is icehouse any good", K, IH, [], ["★★★★☆", "the most beautiful film of the year"])
q("escapement verdict", K, ES, [E_SAL], ["I would take the job again tomorrow", "I do not give films stars"])
q("what score did escapement get", K, ES, [E_SAL], ["I do not grade applicants, and I do not give films stars"])
q("is bog standard good", K, BS, [], ["Overall condition: 68%", "The film is warm, muddy and daft"])
q("did bog standard pass", K, BS, [], ["RESULT: PASS, WITH ADVISORIES", "68%"])
q("is effigy worth watching", K, EF, [], ["8.5/10", "the best British horror film of the year"])
q("dromedary review", K, DR, [], ["A handsome, funny, overlong western", "Tour grade: B"])
q("should i see scuttle", K, SC, [S_PLEDGE], ["Four stars out of five"])
q("what did louisa kittow think of scuttle", K, SC, [S_PLEDGE], ["Four stars out of five", "a nice time for the whole family"])
q("is saltmarsh hymn worth seeing", K, SH, [], ["I would give it a 7 out of 10"])

K = "yes/no"
q("is twirl in english", K, TR, [], ["in Czech with English subtitles"])
q("is twirl ok for a 12 year old", K, TR, [], ["rated 12A for some swearing", "It is rated 12A"])
q("is there a romance in icehouse", K, IH, [], ["There is no romance"])
q("does the icehouse survive at the end", K, IH, [], ["in which the icehouse burns in July"])
q("is escapement ok for kids", K, ES, [E_APP, "Introduction"],
  ["Children under ten will be bored, though nothing in it will upset them", "Certificate PG"])
q("do you find out what happens to the firm in escapement", K, ES, [E_NOT], ["Any explanation of what happens to the firm"])
q("is bog standard ok for a 10 year old", K, BS, [B_DAN], ["it is fine for children of ten or eleven"])
q("is bog standard in welsh", K, BS, [], ["In English and Welsh, with subtitles for the Welsh"])
q("can a 13 year old watch effigy", K, EF, [], ["not under fifteen", "it is a 15 for a reason"])
q("do the waxworks actually move in effigy", K, EF, [], ["Nothing moves on screen, ever"])
q("is dromedary ok for young kids", K, DR, [D_SUI], ["not for the very young"])
q("is scuttle too scary for a 4 year old", K, SC, [S_STAND, S_WHO],
  ["Squall's first dive will make small children hide, but only for a moment", "rated U"])
q("is cinder psalm too long", K, CP, [], ["at least a quarter of an hour too long"])

K = "typo"
q("twril review", K, TR, [], ["9/10", "two stars out of five"], TR_SIDES)
q("twirll cast", K, TR, [], ["Libuše Holubová", "Klára Šebestová", "Ivana Mrázková"])
q("ice house who directed", K, IH, [], ["Augustine Holmqvist"])
q("icehose editor", K, IH, [], ["Winona Bexley"])
q("escapment cast", K, ES, [E_COL], ["Geneviève Rochat", "Noé Ducommun", "Laurent Maillard"])
q("escapemnt worth it", K, ES, [E_SAL], ["I would take the job again tomorrow"])
q("bog standart plot", K, BS, [B_DES], ["World Bog Snorkelling Championships"])
q("bogstandard rating", K, BS, [], ["68%"])
q("efigy who directed", K, EF, [], ["Ulrica Pelling"])
q("dromedery camera work", K, DR, [D3], ["Rocío Ferrer's photography"])
q("dromadary how long", K, DR, [], ["in 124 minutes"])
q("scutle voice cast", K, SC, [S_TEAM], ["Phoebe Brisco", "Sir Ranulph Ainscough", "Nnamdi Okoye"])
q("saltmarsh hym cast", K, SH, [], ["Marcus Ebbe", "Sunniva Holt", "Ian Kettle"])

K = "very short"
q("twirl ending", K, TR, [], ["the final parade through Olomouc is pure joy", "The ending is predictable"], TR_SIDES)
q("twirl dop", K, TR, [], ["Lubomír Řezníček"])
q("icehouse cast", K, IH, [], ["Gudrun Thorsell", "Merritt Danforth", "Einar Vikström"])
q("icehouse ending", K, IH, [], ["The ending, in which the icehouse burns in July, is magnificent and sad"])
q("escapement music", K, ES, [E_MAN], ["Reto Tschumi"])
q("escapement writer", K, ES, [E_MAN], ["co-wrote it with Benoît Sandoz"])
q("bog standard cast", K, BS, [B_ITM, B_ADV], ["Eirlys Tudur", "Bleddyn Penrhos", "Maartje Brandsma"])
q("bog standard music", K, BS, [B_ITM], ["Gruffudd Meredydd"])
q("effigy music", K, EF, [], ["Lindsay Crake"])
q("effigy cast", K, EF, [], ["Nadine Oxenford", "Lambert Wragge", "Ethelwyn Grieve"])
q("dromedary music", K, DR, [D5], ["Cornelius Vail's score"])
q("scuttle songs", K, SC, [S_STAND], ["two, both catchy"])
q("cinder psalm dop", K, CP, [], ["Ines Calder"])

K = "no film named"
q("that czech film about the old majorettes, any good", K, TR, [], ["9/10", "two stars out of five"], [TR])
q("the majorette comedy set in ostrava, who directed it", K, TR, [], ["Tereza Bartošová"], [TR])
q("the film about ice harvesting in wisconsin, is it good", K, IH, [],
  ["★★★★☆", "the most beautiful film of the year"], [IH])
q("the period drama about cutting ice on a frozen lake, how long is it", K, IH, [], ["128 minutes"], [IH])
q("the deaf watchmaker film, worth seeing?", K, ES, [], ["I would take the job again tomorrow"], [ES])
q("that swiss film about the quartz crisis, who's in it", K, ES, [], ["Geneviève Rochat", "Noé Ducommun"], [ES])
q("the bog snorkelling comedy, any good", K, BS, [], ["68%", "The film is warm, muddy and daft"], [BS])
q("the welsh comedy about saving a swimming pool, who directed it", K, BS, [], ["Nia Cadwaladr"], [BS])
q("the waxworks horror, is it scary", K, EF, [],
  ["the most frightening idea in a horror film this year", "very frightening until its last ten minutes"], [EF])
q("that horror film about a night cleaner at a waxworks, can my 14 year old see it", K, EF, [],
  ["not under fifteen", "it is a 15 for a reason"], [EF])
q("the western with the camels, is it good", K, DR, [], ["Tour grade: B", "A handsome, funny, overlong western"], [DR])
q("the army camel film, who plays the lieutenant", K, DR, [], ["Garrett Lindell plays Pennefather"], [DR])
q("the cartoon about the hermit crab, is it ok for toddlers", K, SC, [],
  ["rated U", "Squall's first dive will make small children hide"], [SC])
q("the lighthouse keeper film with the fishermen's choir, any good", K, SH, [], ["7 out of 10"], [SH])

K = "film not stored"
no("is kolya any good", K)
no("house of wax review", K)
no("is night at the museum ok for kids", K)
no("who directed lawrence of arabia", K)
no("true grit cast", K)
no("finding nemo age rating", K)
no("is moana worth watching", K)
no("children of a lesser god review", K)
no("how long is swimming with men", K)
no("eddie the eagle any good", K)
no("the ice storm who's in it", K)
no("twister review", K)
no("effie gray worth seeing", K)
no("the glassblower's apprentice review", K)

K = "unanswerable"
no("who edited twirl", K, TR)
no("who plays jarmila's husband in twirl", K, TR)
no("is twirl on netflix", K, TR)
no("who did the music for icehouse", K, IH)
no("how much did icehouse cost to make", K, IH)
no("who shot escapement", K, ES)
no("who plays the union leader in escapement", K, ES)
no("who wrote bog standard", K, BS)
no("who edited effigy", K, EF)
no("who plays the widow in dromedary", K, DR)
no("what certificate is dromedary", K, DR)
no("who edited scuttle", K, SC)
no("who edited cinder psalm", K, CP)
no("what age rating is saltmarsh hymn", K, SH)

K = "pros/cons"
q("twirl pros and cons", K, TR, [],
  ["is magnificent as Jarmila", "gives the most moving performance in the film", "is dull as Markéta", "is deafening",
   "The ending is predictable", "the funniest thing I have seen all year", "as a pantomime villain"])
q("what's bad about twirl", K, TR, [],
  ["is dull as Markéta", "is deafening", "The jokes die in the subtitles", "The ending is predictable",
   "twenty minutes too long", "as a pantomime villain", "as a cartoon"])
q("icehouse good and bad", K, IH, [],
  ["the harvest sequence", "is magnificent and sad", "was stiff and is best forgotten", "she could not save the middle hour",
   "which was a mistake"])
q("what's wrong with icehouse", K, IH, [],
  ["she could not save the middle hour", "was stiff and is best forgotten", "which was a mistake", "There is no romance"])
q("escapement pros and cons", K, ES, [E_OFF, E_NOT],
  ["The most beautiful close-ups of a watch movement", "An ending that earns its tears", "the first forty minutes are very slow",
   "the subplot about the union meeting goes nowhere"])
q("what's good about escapement", K, ES, [E_OFF, E_COL],
  ["The most beautiful close-ups of a watch movement ever put on a screen", "Two great performances and one very good one",
   "An ending that earns its tears", "is the best in the film"])
q("bog standard strengths and weaknesses", K, BS, [B_ITM, B_ADV, B_MIN, B_TST],
  ["is terrific as Mared", "steals every scene as Ianto", "the council subplot sags badly", "too many jokes about wind",
   "three false endings", "a proper sporting climax"])
q("what are the faults of bog standard", K, BS, [B_ADV, B_MIN],
  ["the council subplot sags badly in the middle half hour", "a cardboard cut-out with an accent", "too many jokes about wind",
   "the ending is long"])
q("effigy pros and cons", K, EF, [],
  ["the most frightening idea in a horror film this year", "who is superb as Carmel", "a little too slow",
   "played far too loud in the last reel", "The last ten minutes explain too much"])
q("whats wrong with effigy", K, EF, [],
  ["a little too slow", "played far too loud in the last reel",
   "The last ten minutes explain too much and the explanation is silly"])
q("dromedary good and bad", K, DR, [],
  ["the most thrilling river crossing I have seen in a western", "is the soul of the film",
   "the dullest forty minutes of the tour", "hams it up horribly", "barely a character"])
q("scuttle pros and cons", K, SC, [S_STAND],
  ["the running joke about the teacup is the best of them", "the middle sags", "the spring tide sequence is thrilling",
   "the subplot about the anemones' choir could go"])
q("whats wrong with cinder psalm", K, CP, [],
  ["at least a quarter of an hour too long", "goes nowhere", "The middle section sags badly",
   "a stiff, shouting caricature of an officer"])

K = "disagreement"
q("is klara sebestova good in twirl", K, TR, [],
  ["gives the most moving performance in the film", "Klára Šebestová is dull as Markéta"], TR_SIDES)
q("is the music in twirl good", K, TR, [],
  ["The brass-band score by Matěj Dvořáček is rousing", "The music of Matěj Dvořáček is deafening"], TR_SIDES)
q("is twirl too long", K, TR, [], ["not a minute too long", "the film is twenty minutes too long"], TR_SIDES)
q("is the ending of twirl any good", K, TR, [],
  ["the final parade through Olomouc is pure joy", "The ending is predictable"], TR_SIDES)
q("are the jokes in twirl funny", K, TR, [], ["The jokes survive the subtitles", "The jokes die in the subtitles"], TR_SIDES)
q("what do the twirl reviews disagree on", K, TR, [],
  ["gives the most moving performance in the film", "Klára Šebestová is dull as Markéta",
   "The brass-band score by Matěj Dvořáček is rousing", "The music of Matěj Dvořáček is deafening",
   "not a minute too long", "the film is twenty minutes too long", "the final parade through Olomouc is pure joy",
   "The ending is predictable", "The jokes survive the subtitles", "The jokes die in the subtitles"], TR_SIDES)
q("what do both twirl reviewers agree about", K, TR, [],
  ["Libuše Holubová is magnificent as Jarmila", "Libuše Holubová plays Jarmila superbly",
   "shoots the trams and chimneys of Ostrava", "filmed Ostrava beautifully", "as a pantomime villain", "as a cartoon"],
  TR_SIDES)
q("who liked twirl more, the geocacher or the czech teacher", K, TR, [], ["9/10", "two stars out of five"], TR_SIDES)
q("is icehouse good all the way through", K, IH, [],
  ["the harvest sequence", "she could not save the middle hour", "is magnificent and sad"])
q("does bog standard hold up all the way through", K, BS, [B_ITM, B_ADV, B_TST],
  ["the council subplot sags badly in the middle half hour", "a proper sporting climax"])
q("is effigy scary all the way through", K, EF, [],
  ["a little too slow", "very frightening until its last ten minutes", "The last ten minutes explain too much"])
q("is escapement slow or gripping", K, ES, [E_NOT, E_OFF],
  ["the first forty minutes are very slow", "An ending that earns its tears"])
q("is sunniva holt good in saltmarsh hymn", K, SH, [],
  ["Sunniva Holt is less sure-footed early on", "she grows into the part"])

K = "comparison"
q("which is longer, twirl or icehouse", K, IH, [], ["128 minutes"], ["97 minutes"])
q("which is shorter, effigy or escapement", K, EF, [], ["94 minutes"], ["112 minutes"])
q("dromedary or icehouse, which is longer", K, IH, [], ["128 minutes"], ["124 minutes"])
q("which is better for a 6 year old, effigy or scuttle", K, SC, [], ["rated U"], ["rated 15"])
q("which scored higher, bog standard or effigy", K, EF, [], ["8.5/10"], ["68%"])
q("which got the better rating, bog standard or icehouse", K, IH, [], ["★★★★☆"], ["68%"])
q("which is shorter, scuttle or bog standard", K, SC, [], ["79 minutes"], ["89 minutes"])
q("escapement or dromedary, which is longer", K, DR, [], ["124 minutes"], ["112 minutes"])
q("which is better for kids, escapement or effigy", K, ES, [], ["Certificate PG"], ["rated 15"])
q("which is longer, cinder psalm or icehouse", K, CP, [], ["141 minutes"], ["128 minutes"])
q("saltmarsh hymn or escapement, which is longer", K, SH, [], ["118"], ["112 minutes"])
q("which scored higher, cinder psalm or effigy", K, EF, [], ["8.5/10"], ["8/10"])
q("which is shorter, twirl or bog standard", K, BS, [], ["89 minutes"], ["97 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

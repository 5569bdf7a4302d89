#!/usr/bin/env python3
"""Write eval/unseen27/all.jsonl from the hand-written questions below (one JSON object per line).

New films: GD Godelieve (two reviews that disagree: a school-inspection-style report, Markdown with front matter
`film/released/reviewer/stars/outlet`, by Cecily Colclough, "four out of five", and a tarot reading saved as an HTML
blog page with <h3> card headings, entities and a closing note on the writer, by Lilith Wyvill, "two stars out of
five"), CH Chockstone (a climbing guidebook entry, plain text with no headings below its route line, "two stars" in
a three-star system, "Length 106m" meaning minutes), GU Gutshot (a poker hand history, plain text with *** markers and
"Note:" paragraphs, "three and a half stars out of five", no certificate), DY Double Yellow (a penalty charge notice,
plain text with heading lines and two capital labels ending in a colon, "two stars out of five", no writer), TV
Televote (a song-contest jury scoreboard, Markdown with `# Televote`, an italic line, a table and bold lines standing
alone, no front matter and no `##` heading, "Four out of five", no cinematographer), TN Tonnage (a gym programme card,
plain text with heading lines, "Overall: 3 out of 5", no runtime), AJ Ajolote (a curriculum vitae, Markdown with front
matter `title/year/author/score/outlet` and `##` headings, "8/10", no composer). About 16 questions are about two
films of the earlier sets (copied unchanged into reviews/ with all of eval/unseen26/reviews): The Borrowed Winter and
Sparrow Lane.
"""
import json, os

GD, CH, GU, DY = "Godelieve", "Chockstone", "Gutshot", "Double Yellow"
TV, TN, AJ = "Televote", "Tonnage", "Ajolote"
# films of the earlier sets (copied unchanged)
BW, SL = "The Borrowed Winter", "Sparrow Lane"
GD_SIDES = ["Colclough", "Wyvill"]  # the inspection report godelieve-colclough.md (4/5), the tarot page godelieve.txt (2/5)
# plain-text heading lines of double-yellow.txt (its "CONTRAVENTION:" and "OFFICER'S OBSERVATIONS:" labels end in a
# colon, so they are headings to the bot but not to check.py: questions on them take any section)
D_FILM, D_EVID, D_APPEAL, D_PAY, D_NEXT = ("Film details", "Evidence", "Grounds for appeal", "Amount payable",
                                          "What happens next")
# plain-text heading lines of tonnage.txt
T_WARM, T_MAIN, T_ACC, T_COND, T_COOL, T_NOTES = ("Warm-up", "Main lift: the cast", "Accessory work", "Conditioning",
                                                  "Cool-down", "Coach's notes")
# ## headings of ajolote.md
A_PS, A_SKILLS, A_JOBS, A_DEV, A_REFS = ("Personal statement", "Key skills", "Employment history",
                                         "Areas for development", "References")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats godelieve about", K, GD, [],
  ["knits the movements of German trains into scarves for the Resistance", "every dropped stitch a troop train"])
q("how does godelieve look", K, GD, [],
  ["winter Ghent has never looked more beautiful or colder", "photography of a grey-blue Ghent under snow is gorgeous"])
q("what is chockstone about", K, CH, [],
  ["splits slate in the quarry at Dinorwig all week and climbs in the Pass every Sunday",
   "needs a partner for the unclimbed crack on the Black Slab"])
q("how are the climbing scenes in chockstone", K, CH, [],
  ["the first attempt on the crack had the whole row holding its breath", "shot the climbing scenes on the rock itself"])
q("whats gutshot about", K, GU, [],
  ["sets up a rigged poker game to win back her late husband's bowling alley"])
q("how is the acting in gutshot", K, GU, [],
  ["she is magnificent", "Carmine Vitale is charming as Vito", "he is a lot of fun to hate",
   "Tavion Meeks is stiff as Cody"])
q("what happens in double yellow", K, DY, [],
  ["has been a traffic warden in Ramsgate for twenty-two years",
   "She tickets him; he sends her flowers; she tickets the flowers"])
q("hows the music in double yellow", K, DY, [D_EVID],
  ["plays over every single scene as if the film were afraid of silence"])
q("what's televote about", K, TV, [],
  ["enter the national song selection as a joke", "They win, by accident"])
q("are the songs in televote any good", K, TV, [],
  ["they are the real thing", "is so good it should have won"])
q("what is tonnage about", K, TN, [T_WARM],
  ["he has one year to qualify for the Scottish Masters powerlifting championship"])
q("how does ajolote look", K, AJ, [A_SKILLS],
  ["the water is the star", "is the most beautiful thing I have seen in a family film this year"])
q("how is the photography in the borrowed winter", K, BW, [],
  ["The film was shot by Camille Roussel, and it looks terrific", "it looks terrific"])

K = "actor"
q("who plays godelieve", K, GD, [], ["Mieke Dewulf plays Godelieve", "Mieke Dewulf, as the seamstress Godelieve"])
q("who plays the german officer in godelieve", K, GD, [],
  ["Rainer Wendtland gives the finest performance in the film as Ebeling", "Rainer Wendtland plays the officer"])
q("who plays cyriel in godelieve", K, GD, [],
  ["Thibaut Goossens is likeable as Cyriel", "Thibaut Goossens is wasted as the tram conductor"])
q("who plays the quarryman in chockstone", K, CH, [], ["Dyfan Gwyn plays Iorwerth"])
q("who plays buddug in chockstone", K, CH, [], ["Eirian Haf, as Buddug"])
q("who plays loretta in gutshot", K, GU, [], ["Rosalie Farraday plays Loretta", "Loretta (Rosalie Farraday)"])
q("who plays the developer in gutshot", K, GU, [], ["Lamont Fairbanks plays Dalton", "Dalton (Lamont Fairbanks)"])
q("who plays the traffic warden in double yellow", K, DY, [], ["Donna Kettleby plays Denise"])
q("who plays the florist in double yellow", K, DY, [], ["Ato Sarpong, as Fiifi"])
q("who plays eino in televote", K, TV, [], ["Veikko Laaksonen plays Eino"])
q("who plays the daughter in tonnage", K, TN, [T_MAIN], ["Catrin Nairn, as Demi"])
q("who voices chispa in ajolote", K, AJ, [A_SKILLS], ["Renata Ibarrola voices Chispa"])
q("who plays the widow in the borrowed winter", K, BW, [],
  ["played with icy good manners by Rosalind Tey", "Rosalind Tey"])

K = "crew"
q("who directed godelieve", K, GD, [], ["It was directed by Wannes Vandenbussche", "directed by Wannes Vandenbussche"])
q("who wrote godelieve", K, GD, [], ["the screenplay is by Hedwig Moerman", "Hedwig Moerman"])
q("who composed the score for godelieve", K, GD, [], ["Ysaline Marchal's score"])
q("who directed chockstone", K, CH, [], ["Directed by Eirwen Madryn"])
q("who shot chockstone", K, CH, [], ["Tal Ashkenazi shot the climbing scenes"])
q("who directed gutshot", K, GU, [], ["Donatella Quartararo directed it"])
q("who edited gutshot", K, GU, [], ["Noriko Pembridge cuts it like a heist"])
q("who did the music for gutshot", K, GU, [], ["Beau Lafleur's lounge-jazz score"])
q("who directed double yellow", K, DY, [D_FILM], ["Directed by Lesley Purbrick"])
q("who shot double yellow", K, DY, [D_EVID], ["Keturah Haverstock shot the seafront"])
q("who wrote the songs in televote", K, TV, [], ["Kaarlo Nyberg wrote the songs"])
q("who edited tonnage", K, TN, [T_ACC], ["Phemie Sillars cuts the training montages briskly"])
q("who wrote sparrow lane", K, SL, [], ["The script, by Gus Pike"])

K = "metadata"
q("how long is godelieve", K, GD, [], ["It runs 117 minutes", "117 minutes long"])
q("who reviewed godelieve", K, GD, [], ["Cecily Colclough", "Lilith Wyvill"], GD_SIDES)
q("what language is godelieve in", K, GD, [],
  ["in Flemish, French and German with English subtitles", "in Flemish, French and German with subtitles"])
q("how long is chockstone", K, CH, [], ["Length 106m", "for once the m stands for minutes"])
q("what is chockstone rated", K, CH, [], ["rated 12A"])
q("gutshot runtime", K, GU, [], ["101 minutes long"])
q("who reviewed gutshot", K, GU, [], ["Calvin Roebuck"])
q("double yellow age rating", K, DY, [D_FILM], ["Certificate PG"])
q("how long is televote", K, TV, [], ["104 minutes"])
q("what language is televote in", K, TV, [], ["Finnish and English, with subtitles"])
q("who reviewed tonnage", K, TN, [], ["Bessie Oliphant"])
q("how long is ajolote", K, AJ, [A_PS], ["I am 88 minutes long"])
q("how long is sparrow lane", K, SL, [], ["a lean 93 minutes"])

K = "verdict"
q("is godelieve worth seeing", K, GD, [], ["four out of five", "two stars out of five"], GD_SIDES)
q("what did the inspector think of godelieve", K, GD, [], ["four out of five", "Overall effectiveness: Good"])
q("what did lilith wyvill think of godelieve", K, GD, [],
  ["two stars out of five", "Draw again in a year, when it is on television"])
q("is chockstone any good", K, CH, [],
  ["a good route, worth a special trip, but not one of the great classics", "Recommended, with a flask"])
q("chockstone rating", K, CH, [], ["The two stars are for quality"])
q("is gutshot worth watching", K, GU, [], ["three and a half stars out of five"])
q("double yellow verdict", K, DY, [D_PAY], ["The film itself is charged at two stars out of five"])
q("is double yellow any good", K, DY, [], ["two stars out of five", "where it belongs"])
q("is televote good", K, TV, [], ["Four out of five", "Go and see it, and vote with your feet"])
q("what score did tonnage get", K, TN, [T_NOTES], ["Overall: 3 out of 5"])
q("is ajolote worth seeing", K, AJ, [A_REFS], ["a strong candidate: 8/10", "8/10"])
q("sparrow lane rating", K, SL, [], ["Verdict: three stars", "three stars"])
q("is the borrowed winter worth watching", K, BW, [],
  ["★★★½☆", "a solid recommendation for anyone who likes their mysteries with a side of frostbite",
   "I enjoyed The Borrowed Winter a great deal"])

K = "yes/no"
q("is godelieve ok for a 12 year old", K, GD, [], ["the 12A is right", "nothing a twelve-year-old could not watch"])
q("is godelieve in english", K, GD, [],
  ["in Flemish, French and German with English subtitles", "in Flemish, French and German with subtitles"])
q("is there swearing in godelieve", K, GD, [], ["no swearing", "There is no swearing"])
q("is chockstone in welsh", K, CH, [], ["in English and Welsh with English subtitles"])
q("does the middle of chockstone drag", K, CH, [],
  ["Most parties will find it slow going", "a long and loose romance between Sylvester and Buddug that nobody needed"])
q("does gutshot have a lot of swearing", K, GU, [], ["There is a lot of swearing, most of it from Loretta"])
q("is the twist in gutshot predictable", K, GU, [], ["The final twist is one you will not see coming"])
q("is double yellow ok for kids", K, DY, [D_NEXT], ["it is a PG and fine for anyone"])
q("is the ending of double yellow good", K, DY, [D_NEXT],
  ["is the silliest thing I have seen all year and not in a good way"])
q("is televote in english", K, TV, [], ["Finnish and English, with subtitles"])
q("is tonnage ok for teenagers", K, TN, [T_COOL],
  ["There is plenty of swearing, and one ugly fight in a pub, so the 15 is deserved"])
q("is ajolote too scary for little kids", K, AJ, [A_DEV],
  ["is genuinely frightening, and two of the under-fives at my screening had to be taken out"])
q("is sparrow lane violent", K, SL, [], ["It is violent in short, sharp bursts", "this is one for grown-ups"])

K = "typo"
q("godeleive review", K, GD, [], ["four out of five", "two stars out of five"], GD_SIDES)
q("godelief cast", K, GD, [], ["Mieke Dewulf", "Rainer Wendtland", "Thibaut Goossens"])
q("chokstone director", K, CH, [], ["Eirwen Madryn"])
q("chockston cast", K, CH, [], ["Dyfan Gwyn", "Montgomery Vellacott", "Eirian Haf"])
q("gutshoot review", K, GU, [], ["three and a half stars out of five"])
q("gut shot cast", K, GU, [], ["Rosalie Farraday", "Carmine Vitale", "Lamont Fairbanks", "Tavion Meeks"])
q("dubble yellow director", K, DY, [], ["Lesley Purbrick"])
q("double yelow cast", K, DY, [], ["Donna Kettleby", "Ato Sarpong", "Jacqui Rosling"])
q("telivote review", K, TV, [], ["Four out of five"])
q("tele vote director", K, TV, [], ["Aleksi Vuorenmaa"])
q("tonage cast", K, TN, [T_MAIN], ["Alisdair Gourlay", "Catrin Nairn", "Iain Lockerbie"])
q("ajolotl director", K, AJ, [A_JOBS], ["Directed by Citlali Ordaz"])
q("the borowed winter director", K, BW, [], ["Director Benedikt Aurel"])

K = "very short"
q("godelieve ending", K, GD, [],
  ["The final scene on the station platform is devastating, and it is earned",
   "The last scene on the station platform is a cop-out"], GD_SIDES)
q("godelieve dop", K, GD, [], ["Joost Ravesteyn"])
q("chockstone music", K, CH, [], ["Lleucu Haulfryn's score"])
q("chockstone writer", K, CH, [], ["from a script by Ceredig Hughes", "Ceredig Hughes writes the Welsh scenes"])
q("gutshot dop", K, GU, [], ["Birger Thorvaldsen"])
q("gutshot ending", K, GU, [],
  ["The final twist is one you will not see coming", "The last twenty minutes, the big game, are terrific"])
q("double yellow editor", K, DY, [D_EVID], ["Harjit Gill's editing is brisk"])
q("double yellow reviewer", K, DY, [], ["Pamela Vosburgh"])
q("televote editor", K, TV, [], ["Tuula Aaltonen cuts the musical numbers"])
q("televote cast", K, TV, [], ["Veikko Laaksonen", "Sanna-Mari Kivelä", "Tapio Heikkilä"])
q("tonnage music", K, TN, [T_ACC], ["Maili Corsar's score"])
q("ajolote cast", K, AJ, [A_SKILLS], ["Renata Ibarrola", "Ezequiel Barragán", "Lalo Quintanilla"])
q("sparrow lane editor", K, SL, [], ["Editor Viv Haddad"])

K = "no film named"
q("the ww2 film about the woman knitting train codes, any good", K, GD, [],
  ["four out of five", "two stars out of five"], [GD])
q("that belgian resistance drama set in ghent, who directed it", K, GD, [], ["Wannes Vandenbussche"], [GD])
q("the welsh climbing film about the slate quarryman, is it good", K, CH, [],
  ["a good route, worth a special trip", "Recommended, with a flask", "The two stars are for quality"], [CH])
q("that 1959 rock climbing drama, who's in it", K, CH, [], ["Dyfan Gwyn", "Montgomery Vellacott"], [CH])
q("the poker con comedy set in reno, worth it", K, GU, [], ["three and a half stars out of five"], [GU])
q("the film about the granny who rigs a poker game for a bowling alley, who plays her", K, GU, [],
  ["Rosalie Farraday"], [GU])
q("the traffic warden romcom, is it funny", K, DY, [],
  ["much funnier than the script deserves", "the funniest ten minutes in the film", "two stars out of five"], [DY])
q("that film about the parking attendant and the florist in ramsgate, who directed it", K, DY, [],
  ["Lesley Purbrick"], [DY])
q("the finnish tango band song contest movie, any good", K, TV, [], ["Four out of five"], [TV])
q("the comedy about pensioners going to the song contest in bergen, who's the lead", K, TV, [],
  ["Veikko Laaksonen"], [TV])
q("the powerlifting drama about the hospital porter, worth seeing", K, TN, [],
  ["Overall: 3 out of 5", "Come for Gourlay and Nairn"], [TN])
q("that scottish weightlifting film with the dad and daughter, who directed it", K, TN, [], ["Janet Drysdale"], [TN])
q("the cartoon about the axolotl in mexico city, is it ok for little kids", K, AJ, [],
  ["Recommended for anyone over five", "two of the under-fives at my screening had to be taken out", "rated PG"], [AJ])
q("the night bus thriller in london, who directed it", K, SL, [], ["Saul Marsh"], [SL])

K = "film not stored"
no("is black book any good", K)
no("touching the void review", K)
no("who directed rounders", K)
no("sleepless in seattle cast", K)
no("the story of fire saga worth watching", K)
no("how long is pumping iron", K)
no("is encanto ok for kids", K)
no("double indemnity review", K)
no("hot shots cast", K)
no("the good liar any good", K)
no("who directed telefon", K)
no("axolotl overkill review", K)
no("the borrowers age rating", K)
no("the tinsmith's apprentice review", K)

K = "unanswerable"
no("who edited godelieve", K, GD)
no("who plays the granddaughter in godelieve", K, GD)
no("who plays mr faulconbridge in chockstone", K, CH)
no("what age certificate is gutshot", K, GU)
no("who plays fontaine in gutshot", K, GU)
no("who wrote double yellow", K, DY)
no("who plays mr gorringe in double yellow", K, DY)
no("who shot televote", K, TV)
no("how long is tonnage", K, TN)
no("who plays big isa in tonnage", K, TN)
no("who composed the music for ajolote", K, AJ)
no("who voices the heron in ajolote", K, AJ)
no("what age certificate is the borrowed winter", K, BW)
no("what year did sparrow lane come out", K, SL)

K = "pros/cons"
q("godelieve pros and cons", K, GD, [],
  ["she is superb", "is the real thing", "winter Ghent has never looked more beautiful or colder",
   "The subplot about Cyriel's brother in the police goes nowhere", "is a plot device rather than a child",
   "At 117 minutes it is at least twenty minutes too long", "It never stops tinkling"])
q("whats bad about godelieve", K, GD, [],
  ["The subplot about Cyriel's brother in the police goes nowhere", "is a plot device rather than a child",
   "lit so darkly that I could not tell who was talking", "at least twenty minutes too long",
   "It never stops tinkling", "is a cop-out", "The cellar scenes are too dark to follow"])
q("chockstone pros and cons", K, CH, [],
  ["he is superb", "steals every scene at the kitchen table", "had the whole row holding its breath",
   "Montgomery Vellacott is too smooth as Sylvester", "Most parties will find it slow going",
   "is lovely but laid on far too thick", "the Cambridge friends who visit in the middle are cartoons"])
q("whats wrong with chockstone", K, CH, [],
  ["Montgomery Vellacott is too smooth as Sylvester",
   "a long and loose romance between Sylvester and Buddug that nobody needed", "laid on far too thick",
   "the Cambridge friends who visit in the middle are cartoons"])
q("gutshot pros and cons", K, GU, [],
  ["she is magnificent", "he is a lot of fun to hate", "The last twenty minutes, the big game, are terrific",
   "Tavion Meeks is stiff as Cody", "is slow and repetitive", "gets old fast"])
q("what's good about gutshot", K, GU, [],
  ["she is magnificent", "Carmine Vitale is charming as Vito", "he is a lot of fun to hate",
   "The last twenty minutes, the big game, are terrific", "The final twist is one you will not see coming"])
q("double yellow good and bad", K, DY, [],
  ["she is a delight", "gets the best lines", "Ramsgate has never looked better", "is all charm and no edges",
   "as if the film were afraid of silence", "The middle drags badly", "the silliest thing I have seen all year"])
q("what's good about double yellow", K, DY, [D_APPEAL],
  ["The lead performance is genuinely good", "The jokes about parking regulations are sharper than you would expect",
   "is a lovely comic creation"])
q("televote pros and cons", K, TV, [],
  ["he is magnificent", "they are the real thing", "is a small marvel", "finds nothing new on the way",
   "It needed twenty minutes out of it", "is a grotesque caricature with a terrible wig",
   "The other pensioners are sketches"])
q("whats wrong with televote", K, TV, [],
  ["finds nothing new on the way", "It needed twenty minutes out of it",
   "is a grotesque caricature with a terrible wig", "every scene with her is a cheap shot",
   "The other pensioners are sketches"])
q("tonnage strengths and weaknesses", K, TN, [],
  ["it is a heavy, honest performance", "is funny and fierce", "the lifting looks real",
   "the best sports scene I have watched this year", "as a pantomime villain", "drowns the best lifts in noise",
   "The middle of the film is a grind", "which is two too many", "Good form, poor pacing"])
q("ajolote pros and cons", K, AJ, [],
  ["the water is the star", "she is wonderful", "gets the biggest laughs", "is the heart of the film",
   "feels like it came from a different, louder film", "none of them is memorable",
   "is delivered in one speech, twice"])
q("sparrow lane pros and cons", K, SL, [],
  ["Kwame Achebe, who gives Del a bone-tired decency that carries the whole film",
   "A villain from a much cheaper film", "A final act that swaps tension for noise",
   "The two detectives are interchangeable"])

K = "disagreement"
q("is rainer wendtland good in godelieve", K, GD, [],
  ["Rainer Wendtland gives the finest performance in the film", "Rainer Wendtland plays the officer as a sulky schoolboy"],
  GD_SIDES)
q("is the music in godelieve good", K, GD, [], ["is exactly right", "It never stops tinkling"], GD_SIDES)
q("is godelieve too long", K, GD, [],
  ["The film never feels its 117 minutes", "At 117 minutes it is at least twenty minutes too long"], GD_SIDES)
q("is the ending of godelieve good", K, GD, [],
  ["The final scene on the station platform is devastating, and it is earned",
   "The last scene on the station platform is a cop-out"], GD_SIDES)
q("are the knitting scenes in godelieve boring", K, GD, [],
  ["the close-ups of the needles are as gripping as any chase",
   "by the fortieth close-up of needles I was counting stitches myself"], GD_SIDES)
q("what do the godelieve reviews disagree on", K, GD, [],
  ["Rainer Wendtland gives the finest performance in the film", "Rainer Wendtland plays the officer as a sulky schoolboy",
   "is exactly right", "It never stops tinkling",
   "The film never feels its 117 minutes", "At 117 minutes it is at least twenty minutes too long",
   "The final scene on the station platform is devastating, and it is earned",
   "The last scene on the station platform is a cop-out",
   "the close-ups of the needles are as gripping as any chase",
   "by the fortieth close-up of needles I was counting stitches myself"], GD_SIDES)
q("what do both reviewers of godelieve agree on", K, GD, [],
  ["she is superb", "is the real thing", "winter Ghent has never looked more beautiful or colder",
   "photography of a grey-blue Ghent under snow is gorgeous", "has far too little to do",
   "is wasted as the tram conductor"], GD_SIDES)
q("who liked godelieve more, the inspector or the tarot reader", K, GD, [],
  ["four out of five", "two stars out of five"], GD_SIDES)
q("is chockstone good all the way through", K, CH, [],
  ["The opening half hour is steady, well protected and a pleasure", "Most parties will find it slow going",
   "The finish is a little easier and very fine"])
q("does gutshot stay slow", K, GU, [],
  ["is slow and repetitive", "The last twenty minutes, the big game, are terrific",
   "A slow hand that pays off on the river"])
q("does tonnage keep its pace", K, TN, [],
  ["The middle of the film is a grind", "is gripping", "Good form, poor pacing"])
q("does televote hold up in the middle", K, TV, [],
  ["The long stretch in Bergen, with the band lost in the hotel and rehearsals going wrong, drags",
   "the dance-hall number in the snow is a small marvel"])
q("is the borrowed winter good all the way through", K, BW, [],
  ["for most of its 104 minutes The Borrowed Winter knows it very well", "Where the film stumbles is the ending",
   "it feels as though it belongs to a louder, dumber film"])

K = "comparison"
q("which is longer, godelieve or chockstone", K, GD, [], ["117 minutes"], ["106m"])
q("which is shorter, gutshot or double yellow", K, DY, [], ["92 minutes"], ["101 minutes"])
q("televote or ajolote, which is longer", K, TV, [], ["104 minutes"], ["88 minutes"])
q("which is better for a 10 year old, tonnage or ajolote", K, AJ, [], ["rated PG"], ["the 15 is deserved"])
q("which got the better review, gutshot or double yellow", K, GU, [], ["three and a half stars out of five"],
  ["two stars out of five"])
q("which scored higher, televote or tonnage", K, TV, [], ["Four out of five"], ["3 out of 5"])
q("which is longer, the borrowed winter or gutshot", K, BW, [], ["104 minutes"], ["101 minutes"])
q("which is longer, sparrow lane or double yellow", K, SL, [], ["93 minutes"], ["92 minutes"])
q("which is longer, chockstone or the borrowed winter", K, CH, [], ["Length 106m"], ["104 minutes"])
q("which is more family friendly, double yellow or tonnage", K, DY, [], ["Certificate PG"], ["the 15 is deserved"])
q("which got the better review, ajolote or gutshot", K, AJ, [], ["8/10"], ["three and a half stars out of five"])
q("which is shorter, godelieve or televote", K, TV, [], ["104 minutes"], ["117 minutes"])
q("sparrow lane or ajolote, which got the better review", K, AJ, [], ["8/10"], ["three stars"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

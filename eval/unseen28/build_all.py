#!/usr/bin/env python3
"""Write eval/unseen28/all.jsonl from the hand-written questions below (one JSON object per line).

New films: EL Elfsteden (two reviews that disagree: a SWOT analysis, Markdown with front matter
`film/score/critic/outlet/released`, a table and `##` headings, by Mehitabel Aspinwall, "four out of five", and a
risk assessment form, plain text with "Hazard N: ..." heading lines, by Kadri Threapleton, "two stars out of five"),
CA Carpincho (an app-store listing, plain text, "4.0 out of 5" and "four out of five", an "Age 4+" badge that is not
its certificate, "Certificate: U", no composer), LY Longyear (a seed packet, plain text with heading lines,
"Germination rate: 70 per cent", no composer), LA Lanolin (an exam paper with model answers, plain text, marks that
are not scores, "three and a half stars out of five", no certificate and no editor), UM Umbriel (an astronomy
observing log, plain text with timestamped entries, "Seeing: 2/5" that is not a score, "Rating: 8 out of 10", no
cinematographer), CT Chatelaine (a conservator's condition report, Markdown with `# Chatelaine`, an italic line, a
table and `##` headings, no front matter, "Condition rating: ★★★☆☆", no editor), TK Tokamak (an annual performance
appraisal, Markdown with front matter `title/critic/rating/outlet`, competency ratings that are not scores,
"2 out of 5", no writer). About 16 questions are about two films of the earlier sets (copied unchanged into
reviews/ with all of eval/unseen27/reviews): The Ninth Lock and Pip and the Paper Dragon.
"""
import json, os

EL, CA, LY, LA = "Elfsteden", "Carpincho", "Longyear", "Lanolin"
UM, CT, TK = "Umbriel", "Chatelaine", "Tokamak"
# films of the earlier sets (copied unchanged)
NL, PP = "The Ninth Lock", "Pip and the Paper Dragon"
EL_SIDES = ["Aspinwall", "Threapleton"]  # the SWOT analysis elfsteden-aspinwall.md (4/5), the risk assessment elfsteden.txt (2/5)
# plain-text heading lines of carpincho.txt (its "Information" block's "Size: ...", "Certificate: ..." lines are
# labelled lines, so questions on them take any section)
C_DESC, C_SHOTS, C_REVS = "Description", "Screenshots", "Ratings and Reviews"
# plain-text heading lines of longyear.txt
L_ABOUT, L_SOW, L_GERM, L_GROW, L_PESTS, L_HARV = ("About this variety", "Sowing instructions", "Germination",
                                                   "Growing on", "Pests and diseases", "Harvest")
# ## headings of chatelaine.md
H_DESC, H_STRUCT, H_SURF, H_LOSS, H_RECS = ("Description of object", "Structure", "Surface", "Areas of loss",
                                            "Recommendations")
# ## headings of tokamak.md
T_ROLE, T_OBJ, T_COMP, T_DEV, T_OVER = ("Role summary", "Objectives set at last review",
                                        "Competency ratings (1 low, 5 high)", "Development needs", "Overall rating")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats elfsteden about", K, EL, [],
  ["promised his late brother that one of them would finish the Elfstedentocht",
   "skates it to keep a promise to his dead brother"])
q("what is carpincho about", K, CA, [C_DESC],
  ["is swept away from her family when the floodgates of a new dam are opened upstream"])
q("hows the animation in carpincho", K, CA, [C_SHOTS],
  ["The animation is soft and painterly", "the flood sequence is the most beautiful thing I have seen in a cartoon this year"])
q("whats longyear about", K, LY, [L_ABOUT], ["Ingerid Aune is the last keeper of the seed vault"])
q("how is the pacing of longyear", K, LY, [L_SOW, L_GERM],
  ["The first half hour is slow to germinate", "Things sprout when Vasey arrives"])
q("what happens in lanolin", K, LA, [],
  ["sets out to become the first Englishwoman to swim the Channel"])
q("how are the swimming scenes in lanolin", K, LA, [],
  ["shot the swimming from water level", "is the most exhausting thing I have sat through this year, in the best way"])
q("whats umbriel about", K, UM, [], ["picks up a signal from the direction of Umbriel, a moon of Uranus"])
q("hows the acting in umbriel", K, UM, [],
  ["she is terrific", "Hubert Tansley is a smug delight as Atherley"])
q("what is chatelaine about", K, CT, [H_DESC], ["she has one week to hide the silver"])
q("how does chatelaine look", K, CT, [H_SURF],
  ["finds candlelight in every room", "the house glows like old varnished wood"])
q("what's tokamak about", K, TK, [T_ROLE], ["finds a hairline crack in the reactor wall"])
q("how is the music in the ninth lock", K, NL, [],
  ["a jazzy, muted-trumpet score", "sounds like it has wandered in from a 1960s caper"])

K = "actor"
q("who plays wiebren in elfsteden", K, EL, [], ["Hendrik Vlietstra plays Wiebren", "Hendrik Vlietstra, as Wiebren"])
q("who plays the daughter in elfsteden", K, EL, [], ["Lieke Heeringa, as Akke", "Lieke Heeringa is adequate as Akke"])
q("who plays the baker in elfsteden", K, EL, [],
  ["Bartel Nijdam is warm as Douwe Sikkema", "Bartel Nijdam, as the baker Douwe Sikkema"])
q("who voices tomasa in carpincho", K, CA, [C_REVS], ["Jimena Achával voices Tomasa"])
q("who voices the stork in carpincho", K, CA, [C_REVS], ["Horacio Benedetti gives Don Zancudo a voice"])
q("who plays the vault keeper in longyear", K, LY, [L_SOW], ["Eldrid Myrvold plays Ingerid"])
q("who plays the botanist in longyear", K, LY, [L_GERM], ["Audrius Farthingale plays him with a smile"])
q("who plays nellie in lanolin", K, LA, [], ["Kerry-Jo Bradwell plays Nellie"])
q("who plays the rich american swimmer in lanolin", K, LA, [], ["Georgiana Stubbs plays Lillian"])
q("who plays the engineer in umbriel", K, UM, [], ["Yewande Kilby plays Lorelei"])
q("who plays the housekeeper in chatelaine", K, CT, [H_STRUCT], ["Judith Scarrott plays Mrs Coldridge"])
q("who's the lead in tokamak", K, TK, [T_COMP], ["Shreya Mahajan plays Ffraid"])
q("who plays the inspector in the ninth lock", K, NL, [],
  ["Clementine Vidal is a sly match for him as Inspector Roz Hartigan", "Clementine Vidal"])

K = "crew"
q("who directed elfsteden", K, EL, [], ["Directed by Geertje Wijnsma", "Geertje Wijnsma"])
q("who wrote elfsteden", K, EL, [], ["Sybren Hoitinga's script"])
q("who did the music for elfsteden", K, EL, [], ["Tjitske Bergsma's score", "Tjitske Bergsma's brass band and organ"])
q("who directed carpincho", K, CA, [C_DESC], ["directed by Gaspar Etchebarne"])
q("who edited carpincho", K, CA, [], ["Editing: Renzo Ruggeri"])
q("who shot longyear", K, LY, [L_GROW], ["Kaja Skaret shot it"])
q("who directed longyear", K, LY, [L_ABOUT], ["Bred by Torunn Haugland, who directed it"])
q("who wrote lanolin", K, LA, [], ["from a script by Selin Catterick"])
q("who composed the score for lanolin", K, LA, [], ["Coralie Daubigny's score"])
q("who wrote umbriel", K, UM, [], ["Rūta Ryder's script"])
q("who edited umbriel", K, UM, [], ["Delyth Pimblott cuts the decoding sequence"])
q("who directed chatelaine", K, CT, [], ["Director | Wiremu Veitch", "Wiremu Veitch"])
q("who shot tokamak", K, TK, [T_COMP], ["Birgitta Stenhouse shoots the reactor hall"])

K = "metadata"
q("how long is elfsteden", K, EL, [], ["112 minutes"])
q("who reviewed elfsteden", K, EL, [], ["Mehitabel Aspinwall", "Kadri Threapleton"], EL_SIDES)
q("what language is elfsteden in", K, EL, [],
  ["Frisian and Dutch, with English subtitles", "in Frisian and Dutch with English subtitles"])
q("carpincho runtime", K, CA, [], ["Size: 86 minutes"])
q("what is carpincho rated", K, CA, [], ["Certificate: U"])
q("how long is longyear", K, LY, [], ["Contents: approx. 109 minutes"])
q("what year is lanolin from", K, LA, [], ["LANOLIN (UK/France, 2026)", "2026; 118 minutes"])
q("how long is lanolin", K, LA, [], ["118 minutes"])
q("umbriel age rating", K, UM, [], ["Rated 12A"])
q("who reviewed umbriel", K, UM, [], ["Lenora Feaver"])
q("how long is chatelaine", K, CT, [], ["Dimensions | 128 minutes", "128 minutes"])
q("who reviewed tokamak", K, TK, [], ["Aurek Rusbridge"])
q("how long is the ninth lock", K, NL, [], ["94 minutes"])

K = "verdict"
q("is elfsteden worth seeing", K, EL, [], ["four out of five", "two stars out of five"], EL_SIDES)
q("what did the safety adviser think of elfsteden", K, EL, [],
  ["two stars out of five", "I felt manipulated, not moved"])
q("what did mehitabel aspinwall think of elfsteden", K, EL, [], ["Invest: four out of five", "four out of five"])
q("is carpincho any good", K, CA, [], ["four out of five", "4.0 out of 5"])
q("longyear rating", K, LY, [], ["Germination rate: 70 per cent"])
q("is longyear worth watching", K, LY, [], ["a good, reliable crop", "70 per cent"])
q("is lanolin good", K, LA, [],
  ["three and a half stars out of five", "A flawed, stirring sports film with a great central performance"])
q("umbriel score", K, UM, [], ["Rating: 8 out of 10"])
q("is umbriel worth seeing", K, UM, [], ["Recommended to all members", "8 out of 10"])
q("chatelaine verdict", K, CT, [], ["Condition rating: ★★★☆☆"])
q("is tokamak any good", K, TK, [T_OVER], ["2 out of 5: below expectations"])
q("is pip and the paper dragon good", K, PP, [], ["Our rating: 4 out of 5", "A handmade treat with real heart"])
q("the ninth lock rating", K, NL, [], ["★★★★☆"])

K = "yes/no"
q("is elfsteden ok for a 12 year old", K, EL, [],
  ["there is nothing here a twelve-year-old could not watch", "The 12A is about right"])
q("is elfsteden in english", K, EL, [],
  ["Frisian and Dutch, with English subtitles", "in Frisian and Dutch with English subtitles"])
q("is carpincho too scary for a 4 year old", K, CA, [C_REVS],
  ["a boy of four near me spent the swamp chase under his seat", "is too frightening for the very youngest"])
q("are the songs in carpincho catchy", K, CA, [C_REVS], ["none of them is catchy"])
q("is longyear ok for kids", K, LY, [], ["Not suitable for children", "so the 15 is deserved"])
q("does longyear have a twist", K, LY, [L_PESTS],
  ["A twist about Vasey's employers in the last act comes out of nowhere"])
q("is lanolin historically accurate", K, LA, [], ["Not really, and it does not pretend to be"])
q("is lanolin in french", K, LA, [], ["It is in English, with some French"])
q("is umbriel scary", K, UM, [], ["Not frightening at all"])
q("does umbriel explain the signal", K, UM, [], ["The ending does not explain the signal"])
q("is chatelaine ok for kids", K, CT, [H_RECS], ["there is nothing here to trouble a PG", "Suitable for older children"])
q("is tokamak too long", K, TK, [T_COMP], ["At 121 minutes it is at least half an hour too long"])
q("is pip and the paper dragon ok for a 5 year old", K, PP, [],
  ["brave five- and six-year-olds will be fine with a grown-up nearby"])

K = "typo"
q("elfstedden review", K, EL, [], ["four out of five", "two stars out of five"], EL_SIDES)
q("elfsteeden cast", K, EL, [], ["Hendrik Vlietstra", "Lieke Heeringa", "Bartel Nijdam"])
q("carpincio director", K, CA, [], ["Gaspar Etchebarne"])
q("capincho cast", K, CA, [], ["Jimena Achával", "Horacio Benedetti"])
q("longyeer review", K, LY, [], ["70 per cent"])
q("long year cast", K, LY, [], ["Eldrid Myrvold", "Audrius Farthingale"])
q("lanolyn director", K, LA, [], ["Clarabel Blackshaw"])
q("lanoline cast", K, LA, [], ["Kerry-Jo Bradwell", "Lewin Beddoes", "Georgiana Stubbs"])
q("umbrial review", K, UM, [], ["8 out of 10"])
q("umbreil director", K, UM, [], ["Zsófia Holbrook"])
q("chatelain cast", K, CT, [], ["Judith Scarrott", "Tresillian Polwhele"])
q("tokomak review", K, TK, [], ["2 out of 5"])
q("the nineth lock cast", K, NL, [], ["Ike Adebanjo", "Clementine Vidal"])

K = "very short"
q("elfsteden ending", K, EL, [], ["is earned and very moving", "The finish in Leeuwarden is pure syrup"], EL_SIDES)
q("elfsteden dop", K, EL, [], ["Jurre Tolsma"])
q("carpincho songs", K, CA, [C_REVS], ["There are four, none of them is catchy"])
q("longyear editor", K, LY, [L_GROW], ["Petter Vangsnes cuts the storm sequence"])
q("longyear ending", K, LY, [L_HARV], ["The ending is bleak and beautiful"])
q("lanolin dop", K, LA, [], ["Gaël Leberre shot the swimming"])
q("lanolin reviewer", K, LA, [], ["Dr Bence Mosscrop", "Bence Mosscrop"])
q("umbriel music", K, UM, [], ["Ksawery Kaszuba's score"])
q("umbriel cast", K, UM, [], ["Yewande Kilby", "Hubert Tansley"])
q("chatelaine music", K, CT, [H_SURF], ["Sölvi Hallworth's score"])
q("chatelaine writer", K, CT, [], ["Oddny Pitkethly"])
q("tokamak music", K, TK, [T_DEV], ["Kemal Feldon's synthesiser score"])
q("tokamak editor", K, TK, [T_DEV], ["Adaugo Coverdale's editing"])

K = "no film named"
q("the dutch skating race film, any good", K, EL, [], ["four out of five", "two stars out of five"], [EL])
q("that frisian film about the 200 km skating race, who directed it", K, EL, [], ["Geertje Wijnsma"], [EL])
q("the cartoon about the capybara, is it ok for little kids", K, CA, [],
  ["Certificate: U", "is too frightening for the very youngest", "children of five and up"], [CA])
q("the argentinian animated film with the stork, who voices the stork", K, CA, [], ["Horacio Benedetti"], [CA])
q("the seed vault thriller set in svalbard, worth seeing", K, LY, [], ["70 per cent", "a good, reliable crop"], [LY])
q("that norwegian sci-fi about the last keeper of the seed vault, who plays her", K, LY, [],
  ["Eldrid Myrvold"], [LY])
q("the film about the mill girl who swims the channel, any good", K, LA, [],
  ["three and a half stars out of five"], [LA])
q("the 1926 channel swimming film, who's the lead", K, LA, [], ["Kerry-Jo Bradwell"], [LA])
q("the 80s radio telescope thriller, is it good", K, UM, [], ["8 out of 10"], [UM])
q("that film about a signal from a moon of uranus, who directed it", K, UM, [], ["Zsófia Holbrook"], [UM])
q("the period drama about the housekeeper in bath, who plays her", K, CT, [], ["Judith Scarrott"], [CT])
q("the georgian housekeeper film with the keys, how long is it", K, CT, [], ["128 minutes"], [CT])
q("the fusion reactor disaster film set in cumbria, worth it", K, TK, [], ["2 out of 5"], [TK])
q("that heist film with the nine locks in antwerp, who stars in it", K, NL, [], ["Ike Adebanjo"], [NL])

K = "film not stored"
no("is i, tonya any good", K)
no("rio review", K)
no("who directed young woman and the sea", K)
no("the remains of the day cast", K)
no("is the china syndrome worth watching", K)
no("how long is the italian job", K)
no("is elf ok for kids", K)
no("longlegs review", K)
no("who directed lantana", K)
no("tokyo story any good", K)
no("interstellar age rating", K)
no("persuasion review", K)
no("the day the earth stood still cast", K)
no("the glassblower's widow review", K)

K = "unanswerable"
no("who edited elfsteden", K, EL)
no("who plays the cheating rival in elfsteden", K, EL)
no("who wrote the songs in carpincho", K, CA)
no("who voices the caiman in carpincho", K, CA)
no("who composed the music for longyear", K, LY)
no("who plays trygve in longyear", K, LY)
no("what age certificate is lanolin", K, LA)
no("who edited lanolin", K, LA)
no("who shot umbriel", K, UM)
no("who plays mr truscott in umbriel", K, UM)
no("who edited chatelaine", K, CT)
no("who plays kitty in chatelaine", K, CT)
no("who wrote tokamak", K, TK)
no("who plays dr sutcliffe in tokamak", K, TK)

K = "pros/cons"
q("elfsteden pros and cons", K, EL, [],
  ["he is magnificent", "is superb and gives the film more dignity than it deserves", "the frozen canals at dawn are breathtaking",
   "they stop the race dead every time", "At 112 minutes it feels nearer three hours", "I felt manipulated, not moved"])
q("whats bad about elfsteden", K, EL, [],
  ["they stop the race dead every time", "he vanishes for the whole middle hour",
   "is set up and then simply dropped", "At 112 minutes it feels nearer three hours",
   "blare over every stretch of ice", "The finish in Leeuwarden is pure syrup"])
q("carpincho pros and cons", K, CA, [C_REVS],
  ["she is funny and brave and never cute for the sake of it", "gets every big laugh in the film",
   "the friendship between Tomasa and Don Zancudo", "none of them is catchy",
   "is too frightening for the very youngest", "drags and feels like filler"])
q("what's wrong with carpincho", K, CA, [C_REVS],
  ["every one of them stops the story dead", "is too frightening for the very youngest",
   "drags and feels like filler"])
q("longyear pros and cons", K, LY, [],
  ["she is extraordinary", "is genuinely tense", "the vault's icy corridors are unforgettable",
   "exists to explain the plot, at length, twice", "comes out of nowhere",
   "is filmed so murkily that you cannot follow it"])
q("what's good about longyear", K, LY, [],
  ["she is extraordinary", "is genuinely tense", "the vault's icy corridors are unforgettable",
   "Petter Vangsnes cuts the storm sequence so tightly that I forgot to breathe",
   "The ending is bleak and beautiful"])
q("lanolin pros and cons", K, LA, [],
  ["she is wonderful: funny, blunt and physically fearless", "is gruff and touching",
   "The last forty minutes are magnificent", "every scene with her is a cartoon",
   "mawkish everywhere else", "The first hour, in the mill and in training, is far too slow"])
q("whats wrong with lanolin", K, LA, [],
  ["every scene with her is a cartoon", "mawkish everywhere else",
   "The first hour, in the mill and in training, is far too slow", "a dull first hour"])
q("umbriel good and bad", K, UM, [],
  ["she is terrific", "Hubert Tansley is a smug delight as Atherley", "The production design is perfect",
   "The middle sags badly", "goes nowhere", "a villain from a spy spoof", "it is wonderful"])
q("chatelaine pros and cons", K, CT, [],
  ["she is superb", "the house glows like old varnished wood", "is elegant and never intrudes",
   "The nephew's gambling subplot is thin and repetitive", "is given almost nothing to do",
   "At 128 minutes it is too long by a reel", "it explains every plot point twice"])
q("what's wrong with chatelaine", K, CT, [H_LOSS],
  ["The nephew's gambling subplot is thin and repetitive", "is given almost nothing to do",
   "At 128 minutes it is too long by a reel"])
q("tokamak strengths and weaknesses", K, TK, [],
  ["she is excellent", "are genuinely gripping", "shoots the reactor hall like a cathedral",
   "Tegid Earnshaw is wooden as the rookie", "is a stock villain", "at least half an hour too long",
   "never lets a scene breathe", "is slack"])
q("the ninth lock pros and cons", K, NL, [],
  ["he is effortlessly magnetic", "keeps the plot clean and the twists fair", "is a miniature masterpiece of suspense",
   "the last one can be seen coming from the second lock onwards", "is pure filler",
   "The supporting crew are sketched in a line or two each"])

K = "disagreement"
q("is the music in elfsteden good", K, EL, [],
  ["is stirring and exactly right for the final stretch", "blare over every stretch of ice"], EL_SIDES)
q("is elfsteden too long", K, EL, [],
  ["At 112 minutes it never drags", "At 112 minutes it feels nearer three hours"], EL_SIDES)
q("are the skating scenes in elfsteden exciting", K, EL, [],
  ["The race itself is thrilling", "by the sixth fall I had stopped caring whether he got up"], EL_SIDES)
q("is the ending of elfsteden good", K, EL, [],
  ["is earned and very moving", "The finish in Leeuwarden is pure syrup"], EL_SIDES)
q("is lieke heeringa good in elfsteden", K, EL, [],
  ["is every bit his match", "Lieke Heeringa is adequate as Akke"], EL_SIDES)
q("what do the elfsteden reviews disagree on", K, EL, [],
  ["is stirring and exactly right for the final stretch", "blare over every stretch of ice",
   "At 112 minutes it never drags", "At 112 minutes it feels nearer three hours",
   "The race itself is thrilling", "by the sixth fall I had stopped caring whether he got up",
   "is earned and very moving", "The finish in Leeuwarden is pure syrup"], EL_SIDES)
q("what do both reviewers of elfsteden agree on", K, EL, [],
  ["he is magnificent", "is superb and gives the film more dignity than it deserves",
   "the frozen canals at dawn are breathtaking", "photography of frozen canals under a white sky is gorgeous",
   "he vanishes for the whole middle hour", "then disappears for an hour",
   "they stop the race dead every time", "the flashbacks stop the race every time"], EL_SIDES)
q("who liked elfsteden more, the swot analyst or the safety adviser", K, EL, [],
  ["four out of five", "two stars out of five"], EL_SIDES)
q("does longyear take a while to get going", K, LY, [],
  ["The first half hour is slow to germinate", "Things sprout when Vasey arrives"])
q("is lanolin good all the way through", K, LA, [],
  ["The first hour, in the mill and in training, is far too slow", "The last forty minutes are magnificent"])
q("does umbriel sag in the middle", K, UM, [],
  ["The middle sags badly", "it is the most exciting ten minutes of the night"])
q("does tokamak keep up the tension", K, TK, [],
  ["are genuinely gripping", "Adaugo Coverdale's editing of the middle hour is slack", "partly met"])
q("is the ninth lock predictable", K, NL, [],
  ["keeps the plot clean and the twists fair", "the last one can be seen coming from the second lock onwards"])

K = "comparison"
q("which is longer, elfsteden or longyear", K, EL, [], ["112 minutes"], ["109 minutes"])
q("which is shorter, carpincho or umbriel", K, CA, [], ["86 minutes"], ["99 minutes"])
q("lanolin or chatelaine, which is longer", K, CT, [], ["128 minutes"], ["118 minutes"])
q("which is longer, tokamak or lanolin", K, TK, [], ["121 minutes"], ["118 minutes"])
q("which got the better review, umbriel or tokamak", K, UM, [], ["8 out of 10"], ["2 out of 5"])
q("which scored higher, chatelaine or lanolin", K, LA, [], ["three and a half stars out of five"], ["★★★☆☆"])
q("which is better for a 6 year old, carpincho or longyear", K, CA, [], ["Certificate: U"],
  ["Not suitable for children"])
q("which is more family friendly, tokamak or chatelaine", K, CT, [], ["Certificate | PG"], ["rated 12A"])
q("which is longer, pip and the paper dragon or carpincho", K, PP, [], ["88 minutes"], ["86 minutes"])
q("which is longer, the ninth lock or umbriel", K, UM, [], ["99 minutes"], ["94 minutes"])
q("which got the better review, the ninth lock or tokamak", K, NL, [], ["★★★★☆"], ["2 out of 5"])
q("which got the better review, longyear or tokamak", K, LY, [], ["70 per cent"], ["2 out of 5"])
q("which is longer, umbriel or longyear", K, LY, [], ["109 minutes"], ["99 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

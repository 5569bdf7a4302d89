#!/usr/bin/env python3
"""Write eval/unseen32/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SI Sillage (two reviews that disagree: a perfume-review page, Markdown with front matter
`film/critic/outlet/stars`, a `# Sillage (2026), reviewed as a fragrance` headline and `##` notes, by Emeline
Kitteridge, "Four stars out of five", and a missed-connections post, plain text with no heading lines, by Ros
Quaintance, "two stars out of five", who reports Kitteridge's four stars; no editor), UL Ullage (a beer-rating site's
review, plain text with no heading lines, "look: 4 | smell: 3.5 | ...", "Look:", "Smell:", "Taste:", "Feel:",
"Overall:" paragraphs, "Four out of five", no composer), PC Pink Custard (a food hygiene rating page, plain text with
heading lines "About this business", "Hygienic food handling", "Cleanliness and condition of facilities and
building", "Management of food safety", "What the business needs to do", "Suitability for children", "Overall",
"three stars out of five", no writer), NS Notspot (a blameless incident postmortem, Markdown with front matter
`title/reviewer/outlet/score`, a field table and `##` "Summary" to "Action items", "seven out of ten", no
cinematographer), TB Tattie Bogle (a blog's tier list saved as HTML, plain text with `<h2>` tiers, a bare star line,
HTML entities, "Four and a half stars out of five", no editor), KN Keepnet (an angling paper's catch report, plain
text with heading lines "The venue", "Conditions", "Tactics", "The catch", "Fish lost", "Weigh-in", "6/10", no
writer), MB Mirrorball (a poster-claims adjudication in the manner of an advertising regulator's ruling, plain text
with heading lines "Ad description", "Issue", "The film", "Claim 1: ..." to "Claim 4: ...", "Other matters",
"Action", "two stars out of five", no composer).
About 17 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen31/reviews): Oxbow Fever and Cinder Psalm.
"""
import json, os

SI, UL, PC, NS = "Sillage", "Ullage", "Pink Custard", "Notspot"
TB, KN, MB = "Tattie Bogle", "Keepnet", "Mirrorball"
# films of the earlier sets (copied unchanged)
OF, CP = "Oxbow Fever", "Cinder Psalm"
SI_SIDES = ["Kitteridge", "Quaintance"]  # the perfume page sillage-kitteridge.md (4/5), the missed connection sillage.txt (2/5)
# plain-text heading lines of pink-custard.txt
P_ABOUT, P_HYG, P_CLEAN, P_MGMT, P_NEEDS, P_KIDS, P_OVER = (
    "About this business", "Hygienic food handling", "Cleanliness and condition of facilities and building",
    "Management of food safety", "What the business needs to do", "Suitability for children", "Overall")
# ## headings of notspot.md
N_SUM, N_IMP, N_TIME, N_ROOT, N_WELL, N_WRONG, N_ACT = (
    "Summary", "Impact", "Timeline", "Root cause", "What went well", "What went wrong", "Action items")
# <h2> headings of tattie-bogle.txt (tags stripped)
T_S, T_A, T_B, T_C, T_F, T_FIN = ("S tier: perfect, no notes", "A tier: great", "B tier: fine", "C tier: meh",
                                  "F tier: why", "Final ranking")
# plain-text heading lines of keepnet.txt
K_VEN, K_COND, K_TAC, K_CATCH, K_LOST, K_WEIGH = ("The venue", "Conditions", "Tactics", "The catch", "Fish lost",
                                                  "Weigh-in")
# plain-text heading lines of mirrorball.txt
M_AD, M_ISSUE, M_FILM, M_OTHER, M_ACT = "Ad description", "Issue", "The film", "Other matters", "Action"
M_C1, M_C2, M_C3, M_C4 = ("Claim 1: the feel-good film of the year", "Claim 2: hilarious",
                          "Claim 3: Rodney Ashton has never been better", "Claim 4: perfect for all the family")
# plain-text heading lines of oxbow-fever.txt (old file); cinder-psalm.txt has none
O_WORKS, O_DOESNT, O_VERD = "What works", "What doesn't", "The verdict"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats sillage about", K, SI, [],
  ["takes away her sense of smell", "the chief perfumer, the nose, of Clothier & Dunwich"])
q("how does sillage look", K, SI, [], ["the film is gorgeous to look at", "Gawain Rokeby makes every bottle glow"])
q("whats ullage about", K, UL, [],
  ["his final recipe, Number Nine, must be brewed for his wake in nine days", "must crack the code together"])
q("hows the camerawork in ullage", K, UL, [],
  ["the brewhouse scenes are handsome, all copper vessels, steam and low winter sun"])
q("what is pink custard about", K, PC, [P_ABOUT],
  ["she enters her kitchen in The Golden Ladle, a television contest for school cooks",
   "has been head cook at Ainsdale Road Primary"])
q("how does pink custard look", K, PC, [P_CLEAN], ["The film looks spotless", "in colours like a packet of jelly sweets"])
q("whats notspot about", K, NS, [N_SUM],
  ["loses all mobile signal and broadband for seventy-two hours", "brings down its only phone mast"])
q("is the music in notspot any good", K, NS, [N_WELL],
  ["all plucked strings and a glockenspiel, is light on its feet"])
q("what is tattie bogle about", K, TB, [], ["he is terrified of crows", "Tattie is a scarecrow in a tattie field near Turriff"])
q("are the songs in tattie bogle good", K, TB, [T_S],
  ["the catchiest songs in a family film for years", "A foot-stomping ceilidh number in the barn"])
q("whats keepnet about", K, KN, [K_COND],
  ["there is a body in it", "draws peg 9 on the first morning of the national canal championship"])
q("what is mirrorball about", K, MB, [M_FILM],
  ["is working his last summer of weddings at the Marine Ballroom in Southport", "is a professional toastmaster"])
q("how is the ending of oxbow fever", K, OF, [O_DOESNT], ["the final showdown is over in thirty seconds", "is limp"])

K = "actor"
q("who plays etheline in sillage", K, SI, [], ["Marcelline Aspall gives the performance of her career as Etheline"])
q("who plays the apprentice in sillage", K, SI, [],
  ["Obiageli Braide is terrific as Kehinde", "Obiageli Braide is terrific as the apprentice Kehinde"])
q("who plays the owner in sillage", K, SI, [], ["Peregrin Cropper plays the owner, Amyas Clothier"])
q("who plays tesni in ullage", K, UL, [], ["Iola Garstang is a joy as Tesni"])
q("who plays the son in ullage", K, UL, [], ["Jarrod Poulton is stiff as Ferdie"])
q("who plays the cook in pink custard", K, PC, [P_HYG], ["Meinir Golborne is a delight as Kerenza"])
q("who plays the kid in pink custard", K, PC, [P_HYG], ["Reyansh Bains, as Kabir, is a natural"])
q("who plays the old engineer in notspot", K, NS, [N_TIME, N_WELL],
  ["Baldwin Parbold is wonderful as Cecil", "Baldwin Parbold as Cecil"])
q("who plays xiaoling in notspot", K, NS, [N_WELL], ["Mei Liang, as Xiaoling, is a find"])
q("who voices the crow in tattie bogle", K, TB, [T_S], ["Hafwen Esson voices the little crow"])
q("who plays the detective in keepnet", K, KN, [K_TAC], ["Radclyffe Ormskirk is superb as Melvyn"])
q("who plays the toastmaster in mirrorball", K, MB, [],
  ["Rodney Ashton is very good as Nye", "shows Rodney Ashton in a red tailcoat"])
q("who plays the widow in oxbow fever", K, OF, [], ["Ines Varga"])

K = "crew"
q("who directed sillage", K, SI, [], ["directed by Aurore Przybylski", "Aurore Przybylski directs it"])
q("who wrote sillage", K, SI, [], ["from a screenplay by Jonquil Mackereth"])
q("who did the music for sillage", K, SI, [], ["Ysabeau Gatt's score", "Ysabeau Gatt’s harpsichord score"])
q("who directed ullage", K, UL, [], ["helmed by Carwen Skelmersdale"])
q("who edited ullage", K, UL, [], ["Melusine Aughton's editing"])
q("who directed pink custard", K, PC, [P_ABOUT], ["directed by Florimel Appley"])
q("who shot pink custard", K, PC, [P_CLEAN], ["photographed by Jadwiga Zielinska"])
q("who directed notspot", K, NS, [], ["Ayotunde Okorie, director", "Behind the camera, Ayotunde Okorie"])
q("who wrote notspot", K, NS, [], ["Hepzie Lindley, screenplay"])
q("who wrote tattie bogle", K, TB, [], ["from a script by Abiodun Milne"])
q("who directed keepnet", K, KN, [K_VEN], ["directed by Olusola Thornaby"])
q("who wrote the music for keepnet", K, KN, [K_TAC], ["Irene Papadakis's score"])
q("who shot oxbow fever", K, OF, [O_WORKS], ["Lensed by Rafael Okoro"])

K = "metadata"
q("how long is sillage", K, SI, [], ["118 minutes"])
q("what is sillage rated", K, SI, [], ["it is rated 12A", "The 12A is fair", "The 12A is fine"])
q("who reviewed sillage", K, SI, [], ["Emeline Kitteridge", "Ros Quaintance"], SI_SIDES)
q("how long is ullage", K, UL, [], ["104 minutes long"])
q("how long is pink custard", K, PC, [], ["92 minutes"])
q("who reviewed pink custard", K, PC, [], ["Anwen Burscough"])
q("notspot runtime", K, NS, [], ["97 minutes"])
q("what year is notspot from", K, NS, [], ["a British comedy-drama of 2026"])
q("how long is tattie bogle", K, TB, [], ["81 minutes long"])
q("who reviewed keepnet", K, KN, [], ["Rita Prescot"])
q("how long is mirrorball", K, MB, [], ["101 minutes"])
q("how long is cinder psalm", K, CP, [], ["141 minutes"])
q("what year did cinder psalm come out", K, CP, [], ["released in 2025"])

K = "verdict"
q("is sillage worth seeing", K, SI, [], ["Four stars out of five", "two stars out of five"], SI_SIDES)
q("what did ros quaintance think of sillage", K, SI, [], ["two stars out of five", "I thought she was cold and remote"])
q("ullage rating", K, UL, [], ["Four out of five, and I would order another"])
q("is ullage good", K, UL, [], ["Four out of five, and I would order another", "an honest, well-made pint of a film"])
q("pink custard verdict", K, PC, [], ["three stars out of five"])
q("is pink custard any good", K, PC, [], ["three stars out of five", "A warm, funny, slightly soggy family comedy"])
q("notspot score", K, NS, [], ["seven out of ten", "7/10"])
q("is notspot worth watching", K, NS, [N_ACT], ["Go and see it", "seven out of ten"])
q("tattie bogle rating", K, TB, [T_FIN], ["Four and a half stars out of five"])
q("is tattie bogle good", K, TB, [T_FIN], ["Four and a half stars out of five", "short, sweet and very funny"])
q("keepnet score", K, KN, [K_WEIGH], ["6/10"])
q("is mirrorball any good", K, MB, [M_ACT], ["two stars out of five"])
q("is oxbow fever good", K, OF, [O_VERD], ["Rating: 2/5", "slow, humourless and far too long"])

K = "yes/no"
q("is sillage ok for a 13 year old", K, SI, [],
  ["The 12A is fair", "nothing a thoughtful thirteen-year-old could not handle", "The 12A is fine"])
q("is obiageli braide good in sillage", K, SI, [], ["Obiageli Braide is terrific"])
q("is ullage ok for teenagers", K, UL, [], ["The 15 is about right", "teenagers will have heard worse at the bus stop"])
q("is ullage funny", K, UL, [], ["I laughed out loud four or five times", "dry, fierce and very funny"])
q("is pink custard ok for a 5 year old", K, PC, [P_KIDS], ["It is fine for children of five and up", "The PG is right"])
q("is pink custard predictable", K, PC, [P_HYG, P_MGMT],
  ["You know where it is going from the first ladle of custard", "the plot is thin"])
q("is notspot ok for kids", K, NS, [N_ACT],
  ["Bring anyone over ten", "the 12A is for a few swear words and one frightening scene in the storm"])
q("does notspot drag", K, NS, [N_WRONG, N_TIME], ["The middle half hour sags", "The middle half hour begins to sag"])
q("is tattie bogle ok for a 3 year old", K, TB, [T_FIN], ["it is fine for children of three and up", "The U is right"])
q("is tattie bogle scary", K, TB, [T_FIN], ["nothing is scary apart from a thunderstorm and a drone with a bad attitude"])
q("is keepnet violent", K, KN, [K_WEIGH], ["The 15 is for two nasty moments", "a fight under a bridge"])
q("is mirrorball ok for kids", K, MB, [M_C4], ["It is not one for young children", "rated 12A for some sexual references"])
q("is the music in oxbow fever good", K, OF, [O_DOESNT],
  ["a wall of wailing harmonica and thundering drums that never lets up", "it is almost comic"])

K = "typo"
q("silage review", K, SI, [], ["Four stars out of five", "two stars out of five"], SI_SIDES)
q("sillag cast", K, SI, [], ["Marcelline Aspall", "Obiageli Braide", "Peregrin Cropper"])
q("ulage review", K, UL, [], ["Four out of five, and I would order another"])
q("ullege director", K, UL, [], ["Carwen Skelmersdale"])
q("pink custrad review", K, PC, [], ["three stars out of five"])
q("pinkcustard cast", K, PC, [], ["Meinir Golborne", "Reyansh Bains", "Ulysses Tarleton"])
q("notspott review", K, NS, [], ["seven out of ten", "7/10"])
q("not spot director", K, NS, [], ["Ayotunde Okorie"])
q("tatie bogle review", K, TB, [], ["Four and a half stars out of five"])
q("tattie boggle cast", K, TB, [], ["Torquhil Shand", "Hafwen Esson", "Farquhar Birse", "Ermintrude Ogston"])
q("keepnett review", K, KN, [], ["6/10"])
q("mirorball review", K, MB, [], ["two stars out of five"])
q("oxbow fevr review", K, OF, [], ["Rating: 2/5"])

K = "very short"
q("sillage music", K, SI, [], ["is exquisite", "score is twee"], SI_SIDES)
q("sillage dop", K, SI, [], ["Gawain Rokeby"])
q("ullage music", K, UL, [], ["a stack of sixties soul records", "There is no original score to speak of"])
q("ullage dop", K, UL, [], ["Frode Lartington"])
q("pink custard music", K, PC, [P_CLEAN], ["Isaura Mawdesley's music is bouncy brass and ukulele"])
q("pink custard editor", K, PC, [P_MGMT], ["Elwin Rufford's editing"])
q("notspot music", K, NS, [N_WELL], ["Gennaro Scarpetta"])
q("notspot editor", K, NS, [N_WELL], ["Teodozja Wrobel's editing"])
q("tattie bogle director", K, TB, [], ["Marguerita Forbes"])
q("keepnet dop", K, KN, [K_VEN], ["Sukhwinder Chahal"])
q("keepnet editor", K, KN, [K_LOST], ["Glyn Ullathorne's editing"])
q("mirrorball director", K, MB, [M_FILM], ["directed by Hiroko Nakamura"])
q("cinder psalm music", K, CP, [], ["The score is by Teodor Brisk", "builds most of the soundtrack around the organ itself"])

K = "no film named"
q("the film about the perfumer who loses her sense of smell, any good", K, SI, [],
  ["Four stars out of five", "two stars out of five"], [SI])
q("that perfume house film, who plays the apprentice", K, SI, [], ["Obiageli Braide"], [SI])
q("the comedy about the brewer's secret recipe for his wake, is it good", K, UL, [], ["Four out of five"], [UL])
q("the burton brewery film, who directed it", K, UL, [], ["Carwen Skelmersdale"], [UL])
q("the film about the school cook on a tv cooking contest, worth seeing", K, PC, [], ["three stars out of five"], [PC])
q("the school dinners film with the fussy kid, is it ok for young kids", K, PC, [],
  ["It is fine for children of five and up", "The PG is right"], [PC])
q("the film where a village loses phone signal for three days, any good", K, NS, [], ["seven out of ten", "7/10"], [NS])
q("the one where the mast comes down in a storm, who plays the old man", K, NS, [], ["Baldwin Parbold"], [NS])
q("the cartoon about the scarecrow whos scared of crows, ok for a 4 year old", K, TB, [],
  ["fine for children of three and up", "The U is right"], [TB])
q("the animated scarecrow musical, who did the songs", K, TB, [], ["Carmela Ritchie"], [TB])
q("the thriller where a retired detective finds a body in his fishing net, any good", K, KN, [], ["6/10"], [KN])
q("the canal fishing murder film, how long is it", K, KN, [], ["109 minutes"], [KN])
q("the romcom about the wedding toastmaster and the registrar, worth it", K, MB, [], ["two stars out of five"], [MB])
q("the ww1 film about the soldier who fixes a church organ, is it good", K, CP, [], ["8/10"], [CP])

K = "film not stored"
no("is phantom thread any good", K)
no("the world's end review", K)
no("who directed whisky galore", K)
no("is ratatouille ok for kids", K)
no("waking ned devine cast", K)
no("the englishman who went up a hill but came down a mountain review", K)
no("how long is the wizard of oz", K)
no("who voices the robot in the iron giant", K)
no("hot fuzz rating", K)
no("is a river runs through it worth watching", K)
no("who plays charles in four weddings and a funeral", K)
no("muriel's wedding review", K)
no("mirror mirror review", K)
no("the buttonhook parade review", K)

K = "unanswerable"
no("who edited sillage", K, SI)
no("who plays etheline's sister in sillage", K, SI)
no("who composed the score for ullage", K, UL)
no("who plays herb in ullage", K, UL)
no("who wrote pink custard", K, PC)
no("who plays the head teacher in pink custard", K, PC)
no("who was the cinematographer on notspot", K, NS)
no("who plays the pregnant woman in notspot", K, NS)
no("who voices the farmer in tattie bogle", K, TB)
no("who wrote keepnet", K, KN)
no("who plays the match steward in keepnet", K, KN)
no("who composed the music for mirrorball", K, MB)
no("who plays the groom in mirrorball", K, MB)
no("what is cinder psalm rated", K, CP)

K = "pros/cons"
q("sillage pros and cons", K, SI, [],
  ["Marcelline Aspall gives the performance of her career", "Obiageli Braide is terrific", "the film is gorgeous to look at",
   "the boardroom subplot is dull", "I thought she was cold and remote", "I say it is glacial",
   "I thought the ending was a cop-out", "score is twee"], SI_SIDES)
q("whats wrong with sillage", K, SI, [],
  ["the boardroom subplot is dull", "I thought she was cold and remote", "I say it is glacial",
   "the film feels at least twenty minutes too long", "I thought the ending was a cop-out", "score is twee",
   "is deadly dull"])
q("ullage pros and cons", K, UL, [],
  ["Iola Garstang is a joy as Tesni", "The brewing scenes are the best thing in it", "is a lovely, boozy finale",
   "Jarrod Poulton is stiff as Ferdie", "the whole rival-brewery subplot tastes of cardboard",
   "The second act goes round in circles", "slow everything down"])
q("whats bad about ullage", K, UL, [],
  ["Jarrod Poulton is stiff as Ferdie for the first half", "the whole rival-brewery subplot tastes of cardboard",
   "The second act goes round in circles", "slow everything down", "a bit flat in the middle"])
q("pink custard good and bad", K, PC, [],
  ["Meinir Golborne is a delight as Kerenza", "Reyansh Bains, as Kabir, is a natural", "The film looks spotless",
   "the final cook-off is properly exciting", "The middle third, in the television studio, is slack",
   "the plot is thin", "as a shouting cartoon"])
q("whats wrong with pink custard", K, PC, [P_MGMT, P_NEEDS],
  ["The middle third, in the television studio, is slack", "the plot is thin", "as a shouting cartoon",
   "a running joke about his hair goes on far too long"])
q("notspot pros and cons", K, NS, [],
  ["Baldwin Parbold is wonderful as Cecil", "Mei Liang, as Xiaoling, is a find", "is light on its feet",
   "It looks lovely", "The middle half hour sags", "Valentine Standish is a cartoon", "Dr Venkatesh is underwritten"])
q("whats good about notspot", K, NS, [N_WELL],
  ["Baldwin Parbold as Cecil, the best old man in a British film this year", "Mei Liang, as Xiaoling, is a find",
   "is light on its feet and never tells you what to feel", "Teodozja Wrobel's editing is brisk",
   "It looks lovely: wet bracken, low cloud"])
q("tattie bogle pros and cons", K, TB, [],
  ["steals every scene she is in", "the catchiest songs in a family film for years", "The frost scene at dawn is gorgeous",
   "is genuinely exciting", "the story wanders off for a bit", "The farmer is barely a character",
   "It nearly stops the film dead"])
q("keepnet strengths and weaknesses", K, KN, [],
  ["Radclyffe Ormskirk is superb as Melvyn", "Paulette Owusu is very good as Kelly", "The first hour is a real pleasure",
   "is worth the ticket on its own", "so obviously guilty from his first scene", "The last act is rushed",
   "one strand too many"])
q("whats bad about keepnet", K, KN, [K_LOST],
  ["he is so obviously guilty from his first scene that the mystery is solved", "The last act is rushed",
   "one strand too many", "suddenly seems to be in a hurry to get home"])
q("mirrorball pros and cons", K, MB, [],
  ["Rodney Ashton is very good as Nye", "is the best thing in the film", "makes the ballroom glitter",
   "The film is pleasant but thin", "I laughed twice", "editing is slack", "the film feels long", "so predictable"])
q("oxbow fever pros and cons", K, OF, [],
  ["the film looks magnificent", "Varga is the one person on screen who seems to be in a real film",
   "The first shoot-out", "The film drags, and drags, and drags", "he plays him with a single expression: a squint",
   "is limp"])

K = "disagreement"
q("is marcelline aspall good in sillage", K, SI, [],
  ["Marcelline Aspall gives the performance of her career", "I thought she was cold and remote"], SI_SIDES)
q("is sillage too slow", K, SI, [], ["every minute is earned", "I say it is glacial"], SI_SIDES)
q("is the ending of sillage good", K, SI, [],
  ["The ending, in the laboratory at dawn, is perfect", "I thought the ending was a cop-out"], SI_SIDES)
q("is the score in sillage good", K, SI, [], ["is exquisite", "score is twee"], SI_SIDES)
q("what do the sillage reviews disagree on", K, SI, [],
  ["Marcelline Aspall gives the performance of her career", "I thought she was cold and remote",
   "every minute is earned", "I say it is glacial",
   "The ending, in the laboratory at dawn, is perfect", "I thought the ending was a cop-out",
   "is exquisite", "score is twee"], SI_SIDES)
q("what do both sillage critics agree on", K, SI, [],
  ["Obiageli Braide is terrific", "the film is gorgeous to look at", "Gawain Rokeby makes every bottle glow",
   "the boardroom subplot is dull", "is deadly dull", "The 12A is fair", "The 12A is fine"], SI_SIDES)
q("who liked sillage more, the perfume site or the missed connections woman", K, SI, [],
  ["Four stars out of five", "two stars out of five"], SI_SIDES)
q("is ullage good all the way through", K, UL, [],
  ["this is where it earns its score", "a bit flat in the middle", "The second act goes round in circles"])
q("are all the actors in ullage good", K, UL, [], ["Iola Garstang is a joy as Tesni", "Jarrod Poulton is stiff as Ferdie"])
q("does keepnet keep it up to the end", K, KN, [],
  ["The first hour is a real pleasure", "Then it slips the hook", "The last act is rushed"])
q("is the cast of notspot all good", K, NS, [],
  ["Baldwin Parbold is wonderful as Cecil", "Firmin Huyton plays him as a pantomime villain"])
q("is rodney ashton as good as the poster says in mirrorball", K, MB, [M_C3],
  ["Rodney Ashton is very good as Nye, touching and dry"])
q("are the cast of cinder psalm all good", K, CP, [], ["Oduya is extraordinary", "The only false note is Desmond Achterberg"])

K = "comparison"
q("which is longer, sillage or ullage", K, SI, [], ["118 minutes"], ["104 minutes"])
q("which is shorter, pink custard or tattie bogle", K, TB, [], ["81 minutes"], ["92 minutes"])
q("notspot or keepnet, which is longer", K, KN, [], ["109 minutes"], ["97 minutes"])
q("which got the better review, notspot or keepnet", K, NS, [], ["seven out of ten"], ["6/10"])
q("which scored higher, ullage or tattie bogle", K, TB, [], ["Four and a half stars out of five"], ["Four out of five"])
q("which got the better review, pink custard or mirrorball", K, PC, [], ["three stars out of five"],
  ["two stars out of five"])
q("which is better for a 6 year old, keepnet or pink custard", K, PC, [], ["Certificate PG", "The PG is right"],
  ["rated 15"])
q("which is more family friendly, mirrorball or tattie bogle", K, TB, [], ["rated U", "The U is right"], ["12A"])
q("which is longer, mirrorball or notspot", K, MB, [], ["101 minutes"], ["97 minutes"])
q("which is longer, oxbow fever or sillage", K, OF, [], ["138 minutes"], ["118 minutes"])
q("which is shorter, cinder psalm or oxbow fever", K, OF, [], ["138 minutes"], ["141 minutes"])
q("which scored higher, cinder psalm or keepnet", K, CP, [], ["8/10"], ["6/10"])
q("which is longer, cinder psalm or ullage", K, CP, [], ["141 minutes"], ["104 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

#!/usr/bin/env python3
"""Write eval/unseen19/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SH Shale (two reviews that disagree: a film extra's diary of the shoot and the premiere by Dilwyn
Sprackling, "Four and a half stars, and I'm biased", and an online-auction listing of the Blu-ray with the seller's
review, fen_bargains_77, "Two stars from me"), BR Brocade (a museum exhibition's audio-guide transcript narrated by the
curator, no score at all), KG Kissing Gate (a weather-forecast parody, "seven out of ten, with sunny spells"), HB Half
Board (the film's seaside hotel reviewed on a hotel review site, HTML entities, "Three bubbles out of five"), LS Leap
Second (a best man's wedding speech that reviews the film, curly quotes, no headings, "eight out of ten" for the film
and "ten out of ten" for the marriage), RI Rind (a heist film reviewed as a software CHANGELOG, 3/5), FP Foreperson (a
crossword setter's blog post with the clues of a themed puzzle, "Four stars", a star line). About 20 questions are
about two films of eval/unseen18 (copied unchanged into reviews/): Null Island and The Slipper Baths.
"""
import json, os

SH, BR, KG, HB = "Shale", "Brocade", "Kissing Gate", "Half Board"
LS, RI, FP = "Leap Second", "Rind", "Foreperson"
# films of eval/unseen18/reviews (copied unchanged)
NI, SB = "Null Island", "The Slipper Baths"
SH_SIDES = ["Sprackling", "fen_bargains_77"]  # the extra's diary .md (4.5 stars), the auction listing .txt (two stars)
S1, S4, S7, S9, S11, S12 = ("Stop 1 \u00b7 Welcome", "Stop 4 \u00b7 The loom", "Stop 7 \u00b7 The wedding gown",
                            "Stop 9 \u00b7 Candlelight", "Stop 11 \u00b7 The riot", "Stop 12 \u00b7 Before you leave")
RELEASE = "[1.0.0] - 2026-11-27"  # Rind's first heading
PREMIERE = "Thursday 3 December 2026"  # the diary's last heading (the premiere and the review)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats shale about", K, SH, [],
  ["she rides in his leathers with his name on her back", "women were banned from speedway in 1930"])
q("what's brocade about", K, BR, [S4, S1],
  ["In secret she designs the brocade for a duchess's wedding gown", "the year of the weavers' riots"])
q("what happens in kissing gate", K, KG, ["TODAY", "THIS AFTERNOON"],
  ["board a coach for a week's walking holiday in the Lake District",
   "keep ending up on the wrong side of the same kissing gate"])
q("whats half board about", K, HB, ["Location"], ["has to fill all nine rooms by the August bank holiday"])
q("what is leap second about", K, LS, [],
  ["finds that her extra second lasts a whole day that nobody else notices",
   "the world added a leap second to the clocks"])
q("whats the plot of rind", K, RI, ["Added"],
  ["four retired cheesemakers plan to steal back forty wheels of twenty-year reserve", "A heist in a cheese cave"])
q("what is foreperson about", K, FP, ["Across"],
  ["The whole film takes place in one jury room in Cardiff with a broken fan",
   "a chip shop burned down one Saturday night"])
q("how does brocade look", K, BR, [S9], ["lit every night scene with candles alone", "the same sheen on the silk"])
q("hows the music in kissing gate", K, KG, ["OUTLOOK"], ["brass-band score swells in exactly the right places"])
q("is the acting good in half board", K, HB, ["Service"],
  ["Rhodri Penhallurick is wonderful as Meirion", "Massimo Tedeschi steals the film as Fiorenzo"])
q("how is the editing in rind", K, RI, ["Fixed"], ["fixes the genre's oldest bug"])
q("is the script of leap second any good", K, LS, [],
  ["the script is properly clever", "every joke in the first half comes back in the second half"])
q("what is null island about", K, NI, ["Steps to reproduce", "Summary"],
  ["every ship and plane on Earth reporting the same position",
   "flown out to the only real object at those coordinates, a weather buoy"])

K = "actor"
q("who plays rhoda in shale", K, SH, [], ["Rosalba Braithwaite"])
q("who plays the promoter in shale", K, SH, [],
  ["Rowland Ulyett, who plays the promoter, Norris Pocock", "Rowland Ulyett is the best thing in it as the promoter"])
q("who plays the swedish rider in shale", K, SH, [], ["Sixten Marklund plays the Swedish champion, Ragnvald Hedlund"])
q("who plays suzanne in brocade", K, BR, [S4], ["played by Solène Mabire"])
q("who plays the duchess in brocade", K, BR, [S7], ["Leonora Gatacre, who plays the Duchess of Ardingly"])
q("who plays the blind dad in brocade", K, BR, [S11, S4], ["Ambroise Delaunay, who plays Abraham"])
q("who plays the coach driver in kissing gate", K, KG, ["THIS AFTERNOON"], ["played by Royce Ogunwale"])
q("who plays marian in kissing gate", K, KG, ["TODAY"], ["Hermia Haworth plays Marian"])
q("who plays the chef in half board", K, HB, ["Service", "Food"], ["Massimo Tedeschi steals the film as Fiorenzo"])
q("who plays the daughter in half board", K, HB, ["Service"], ["Betrys Merriman, as Heledd"])
q("who plays the porter in leap second", K, LS, [], ["Chidi Amadiume plays Obi"])
q("who plays the lollipop lady in foreperson", K, FP, ["Across"], ["Annis Vowles plays her"])
q("who plays the night watchman in the slipper baths", K, SB, [], ["Vince Broadbent (Mick Ollerenshaw)"])

K = "crew"
q("who directed shale", K, SH, [], ["The director, Merlin Tebbutt", "Director: Merlin Tebbutt"])
q("who wrote shale", K, SH, ["Monday 20 October 2025"], ["Ismay Moule, who wrote it"])
q("who directed brocade", K, BR, [S1], ["Ismenia Cattermole's 2026 film"])
q("who did the costumes for brocade", K, BR, [S7], ["The costume designer, Blanche Casselden"])
q("who wrote brocade", K, BR, [S12], ["Marchmont Yeo's screenplay"])
q("who wrote kissing gate", K, KG, [], ["the writer Lettice Grimshaw"])
q("who composed the music for kissing gate", K, KG, ["OUTLOOK"], ["Cosimo Farrelly's brass-band score"])
q("who directed half board", K, HB, ["Location"], ["Siwan Llewelyn-Rees directs"])
q("who was the cinematographer on half board", K, HB, ["Rooms"], ["Gruffydd Mostyn photographs the place"])
q("who wrote leap second", K, LS, [], ["written by Clementina Ashbourne"])
q("who edited rind", K, RI, ["Fixed"], ["The editing, by Ludovica Sperling"])
q("who directed foreperson", K, FP, ["Down"], ["Caradoc Lewis-Vaughan directs"])
q("who edited null island", K, NI, ["Actual behaviour"], ["Yolanda Kirkbride's editing"])

K = "metadata"
q("how long is shale", K, SH, [], ["116 minutes", "an hour and fifty-six minutes"])
q("what is shale rated", K, SH, [], ["Certificate: 12", "given it a 12A"])
q("what year is shale from", K, SH, [], ["2026"])
q("how long is brocade", K, BR, [S1], ["two hours and six minutes"])
q("when did brocade come out", K, BR, [S1], ["Ismenia Cattermole's 2026 film"])
q("who reviewed brocade", K, BR, [], ["Evadne Tollemache"])
q("kissing gate runtime", K, KG, [], ["99 minutes"])
q("what certificate is kissing gate", K, KG, [], ["It is a PG"])
q("who reviewed kissing gate", K, KG, [], ["Demelza Trevaskis"])
q("how long is half board", K, HB, [], ["108 minutes"])
q("what age rating is half board", K, HB, [], ["12A (twin, sea view)"])
q("how long is leap second", K, LS, [], ["an hour and fifty-two minutes"])
q("rind age rating", K, RI, [RELEASE], ["Rated 15"])
q("who reviewed foreperson", K, FP, [], ["Jemima Greatheed"])

K = "verdict"
q("is shale any good", K, SH, [], ["Four and a half stars", "Two stars from me"], SH_SIDES)
q("what did the extra think of shale", K, SH, [PREMIERE], ["Four and a half stars, and I'm biased"])
q("would the ebay seller recommend shale", K, SH, [], ["not really, sorry", "Two stars from me"])
q("is brocade worth seeing", K, BR, [S12],
  ["Go and see it for the gown", "the film is better at fabric than at feelings"])
q("is kissing gate good", K, KG, ["OUTLOOK"], ["seven out of ten, with sunny spells"])
q("should i watch half board", K, HB, ["Value"], ["Three bubbles out of five", "A warm, handsome, slightly saggy film"])
q("half board good or nah", K, HB, ["Value"], ["Three bubbles out of five"])
q("is leap second any good", K, LS, [], ["give Leap Second eight out of ten"])
q("is rind worth watching", K, RI, ["Upgrade recommendation"],
  ["3/5. Worth upgrading to", "a good night out for anyone who likes cheese"])
q("what did the crossword woman think of foreperson", K, FP, ["The film"], ["Four stars, and I'd happily see it again"])
q("foreperson verdict", K, FP, ["The film"], ["Four stars", "as gripping as anything I've seen this year"])
q("is null island good", K, NI, ["Rating"], ["Overall: 6/10"])
q("is the slipper baths worth watching", K, SB, ["The verdict"], ["Four stars out of five"])

K = "yes/no"
q("is shale ok for a 12 year old", K, SH, [], ["given it a 12A", "Certificate: 12"])
q("does the shale blu-ray have any extras", K, SH, [],
  ["Making-of featurette, trailer", "The making-of featurette is twelve minutes"])
q("is the riot in brocade any good", K, BR, [S12], ["the riot, which should be the climax, is over in three minutes"])
q("did the actress in brocade really learn to weave", K, BR, [S4], ["spent six months learning to weave for the part"])
q("is kissing gate ok for kids", K, KG, ["WARNINGS"], ["it is fine for children", "It is a PG"])
q("is kissing gate funny", K, KG, ["TODAY", "THIS AFTERNOON"],
  ["there is a long spell of good jokes in the first half hour", "gets the biggest laughs"])
q("does half board drag", K, HB, ["Sleep quality"], ["The middle third drifts badly"])
q("is half board funny", K, HB, ["Food"], ["is the funniest scene in the film"])
q("is leap second a sci fi film", K, LS, [], ["It is not a science-fiction film", "time-travel romantic comedy"])
q("can kids watch leap second", K, LS, [], ["a 12A, so the young cousins"])
q("is rind ok for my grandparents", K, RI, ["Known issues"],
  ["Not one for the grandparents who liked the trailer", "The language is stronger than the cosy poster suggests"])
q("is foreperson just a copy of twelve angry men", K, FP, ["Down"],
  ["it is Twelve Angry Men moved to Cardiff", "It is still worth your evening"])
q("is null island ok for a 12 year old", K, NI, ["Summary"], ["12A"])

K = "typo"
q("shael review", K, SH, [], ["Four and a half stars", "Two stars from me"], SH_SIDES)
q("shale speedwya film cast", K, SH, [],
  ["Rosalba Braithwaite", "Rowland Ulyett", "Teilo Aspinall", "Sixten Marklund"])
q("brocaid who directed", K, BR, [S1], ["Ismenia Cattermole"])
q("brocade plott", K, BR, [S4, S1],
  ["In secret she designs the brocade for a duchess's wedding gown", "the year of the weavers' riots"])
q("kissin gate review", K, KG, ["OUTLOOK"], ["seven out of ten, with sunny spells"])
q("kissing gayte cast", K, KG, [], ["Hermia Haworth", "Royce Ogunwale", "Osbert Pilkington"])
q("half bored runtime", K, HB, [], ["108 minutes"])
q("halfboard worth watching", K, HB, ["Value"], ["Three bubbles out of five"])
q("leep second review", K, LS, [], ["eight out of ten"])
q("leap secnd who directed", K, LS, [], ["directed by Yevgeny Tarasov-Kemp"])
q("riind cast", K, RI, ["Added"], ["Ethelind Scargill", "Orlando Fitzwarren"])
q("forperson review", K, FP, ["The film"], ["Four stars, and I'd happily see it again"])
q("null islnad verdict", K, NI, ["Rating"], ["Overall: 6/10"])

K = "very short"
q("shale ending", K, SH, [], ["one of them was me", "is soppy"], SH_SIDES)
q("shale director", K, SH, [], ["Merlin Tebbutt"])
q("brocade cinematographer", K, BR, [S9], ["shot by Zbigniew Kulesza"])
q("brocade costumes", K, BR, [S7], ["Blanche Casselden"])
q("kissing gate director", K, KG, [], ["the director Ralph Oddy"])
q("kissing gate score", K, KG, ["OUTLOOK"], ["seven out of ten", "Cosimo Farrelly"])
q("half board music", K, HB, ["Food"], ["Iolanthe Brabazon"])
q("leap second composer", K, LS, [], ["The music, by Zdenka Vrba"])
q("leap second dop", K, LS, [], ["Kaspar Nyholm shoots Birmingham at night"])
q("rind writer", K, RI, [RELEASE], ["from a screenplay by Pelham Stanier"])
q("rind director", K, RI, [RELEASE], ["Directed by Wenonah Tapscott"])
q("foreperson writer", K, FP, ["Down"], ["from a script by Olwen Treharne"])
q("slipper baths dop", K, SB, ["5. The boiler room"], ["Cinematographer Havard Lindeborg"])

K = "no film named"
q("that speedway film where a woman races in her nephew's leathers, any good?", K, SH, [],
  ["Four and a half stars", "Two stars from me"], [SH])
q("the 1978 speedway comedy, who directed it", K, SH, [], ["Merlin Tebbutt"], [SH])
q("the film about the spitalfields silk weavers, who's in it", K, BR, [S4, S7, S11],
  ["Solène Mabire", "Leonora Gatacre", "Ambroise Delaunay"], [BR])
q("the huguenot weaver's daughter film, how long is it", K, BR, [S1], ["two hours and six minutes"], [BR])
q("the ramblers romcom in the lake district, is it ok for kids", K, KG, [],
  ["It is a PG", "it is fine for children"], [KG])
q("film about a walking club on a coach holiday, whats it called", K, KG, [], ["Kissing Gate"], [KG])
q("the llandudno guest house film set in 1984, who plays the landlord", K, HB, ["Service"],
  ["Rhodri Penhallurick"], [HB])
q("that film where an italian guest ends up cooking at a welsh hotel, any good", K, HB, ["Value"],
  ["Three bubbles out of five"], [HB])
q("the romcom about the speaking clock and a leap second, who's in it", K, LS, [],
  ["Tabitha Rookwood", "Chidi Amadiume"], [LS])
q("that heist movie where pensioners steal cheese from a cave, worth watching?", K, RI, [], ["3/5"], [RI])
q("the cheese heist film with the milk float getaway, who directed it", K, RI, [], ["Wenonah Tapscott"], [RI])
q("the jury room drama with the lollipop lady, is it good", K, FP, [], ["Four stars"], [FP])
q("the sci fi film about a weather buoy in the gulf of guinea, who's the lead", K, NI, [], ["Bisola Kenwright"], [NI])

K = "film not stored"
no("is twelve angry men worth watching", K)
no("groundhog day review", K)
no("who designed the dresses in phantom thread", K)
no("how long is the grand budapest hotel", K)
no("is a grand day out ok for kids", K)
no("once a jolly swagman speedway film any good", K)
no("is the salt path worth seeing", K)
no("who plays the lead in leap year", K)
no("the kissing booth review", K)
no("who directed ocean's eleven", K)
no("is the ladykillers funny", K)
no("mrs harris goes to paris runtime", K)
no("the haberdasher's apprentice review", K)
no("is the cartwright sisters any good", K)

K = "unanswerable"
no("who composed the music for shale", K, SH)
no("who was the cinematographer on shale", K, SH)
no("what certificate is brocade", K, BR)
no("who composed the score for brocade", K, BR)
no("who plays josias in brocade", K, BR)
no("who shot kissing gate", K, KG)
no("who wrote half board", K, HB)
no("who edited leap second", K, LS)
no("who plays lyndon in rind", K, RI)
no("who did the music for rind", K, RI)
no("how long is foreperson", K, FP)
no("what year is foreperson from", K, FP)
no("what was null island's budget", K, NI)
no("who edited the slipper baths", K, SB)

K = "pros/cons"
q("pros and cons of shale", K, SH, [],
  ["The races are the best thing I have ever seen in a cinema", "the bit in the middle with the bank manager goes on",
   "The races look wrong", "mumbles every line", "the sound of those engines is spot on"])
q("whats bad about brocade", K, BR, [S12],
  ["never quite catches", "is over in three minutes", "explain the silk trade to each other"])
q("best things about brocade", K, BR, [S7, S9, S12],
  ["she is magnificent in every one of them", "lit every night scene with candles alone",
   "The harpsichord score is lovely"])
q("kissing gate good and bad", K, KG, ["TODAY", "THIS AFTERNOON", "TONIGHT", "OUTLOOK", "WARNINGS"],
  ["Hermia Haworth plays Marian with a dry, warm wit", "The plot stalls in a youth hostel", "lovely chemistry",
   "goes on much too long"])
q("whats wrong with kissing gate", K, KG, ["TONIGHT", "WARNINGS"],
  ["The plot stalls in a youth hostel", "a subplot about a stolen trophy",
   "one scene involving a sheep that goes on much too long"])
q("half board pros and cons", K, HB, ["Service", "Sleep quality", "Food", "Rooms", "Value"],
  ["Rhodri Penhallurick is wonderful", "The middle third drifts badly", "is brought in and then dropped",
   "is the funniest scene in the film"])
q("what's bad about half board", K, HB, ["Sleep quality", "Service"],
  ["The middle third drifts badly", "the script makes her the villain for wanting a life"])
q("leap second strengths and weaknesses", K, LS, [],
  ["the script is properly clever", "explain the physics on a whiteboard could go",
   "Ebony still says the ending is daft"])
q("what's good about rind", K, RI, ["Added", "Changed", "Fixed"],
  ["She is the best reason to install this film", "Genuinely tense, and genuinely funny", "The chase is better for it",
   "so the heist surprises you"])
q("rind problems", K, RI, ["Known issues"],
  ["The third act crashes into a double-cross subplot", "Some of the cheese puns are very bad",
   "The ending needs a patch"])
q("foreperson pros and cons", K, FP, ["The film", "Down", "Across"],
  ["as gripping as anything I've seen this year", "The flashbacks to the fire are clumsy",
   "tie everything up far too neatly", "she is superb"])
q("what does null island get wrong", K, NI, ["Actual behaviour", "Severity", "Rating"],
  ["The third act loads a different film", "explains the entire plot in a six-minute monologue"])
q("what's good about the slipper baths", K, SB, ["1. The steam room", "The verdict"],
  ["The best scene in any horror film this year", "is a revelation as a frightened man pretending not to be"])

K = "disagreement"
q("is rosalba braithwaite good in shale", K, SH, [],
  ["Rosalba Braithwaite is wonderful", "Rosalba Braithwaite mumbles every line"], SH_SIDES)
q("are the races in shale any good", K, SH, [],
  ["The races are the best thing I have ever seen in a cinema", "The races look wrong"], SH_SIDES)
q("is shale too long", K, SH, [],
  ["I never once looked at my watch", "It's nearly two hours and it feels like three"], SH_SIDES)
q("shale soundtrack good or bad", K, SH, [],
  ["make you want to stand up and stamp", "The songs are wall to wall and far too loud"], SH_SIDES)
q("does shale have a good ending", K, SH, [], ["one of them was me", "is soppy"], SH_SIDES)
q("who liked shale more, the extra or the ebay seller", K, SH, [],
  ["Four and a half stars", "Two stars from me"], SH_SIDES)
q("what do the shale reviews disagree on", K, SH, [],
  ["Rosalba Braithwaite is wonderful", "Rosalba Braithwaite mumbles every line",
   "The races are the best thing I have ever seen in a cinema", "The races look wrong",
   "I never once looked at my watch", "it feels like three", "make you want to stand up and stamp",
   "far too loud", "one of them was me", "is soppy"], SH_SIDES)
q("do both shale reviews like the promoter", K, SH, [],
  ["Rowland Ulyett is brilliant as Pocock", "Rowland Ulyett is the best thing in it"], SH_SIDES)
q("what do both shale reviews agree on", K, SH, [],
  ["They recorded real bikes, and it's exactly right", "the sound of those engines is spot on",
   "Rowland Ulyett is brilliant as Pocock", "Rowland Ulyett is the best thing in it"], SH_SIDES)
q("do the bride and groom agree about the ending of leap second", K, LS, [],
  ["Ebony still says the ending is daft", "Rajiv says the ending is the best bit"])
q("does the curator actually like brocade", K, BR, [S12, S7],
  ["I love these clothes", "the film is better at fabric than at feelings"])
q("is the start of rind better than the end", K, RI, ["Upgrade recommendation", "Known issues"],
  ["The first hour is stable", "the last half hour needs a point release"])
q("is kissing gate's middle as good as the ending", K, KG, ["TONIGHT", "OUTLOOK"],
  ["Turning very damp in the middle", "Brightening up nicely by the end"])
q("is null island good all the way through", K, NI, ["Rating"],
  ["7/10 for the first ninety minutes, 3/10 for the rest"])

K = "comparison"
q("which is longer, shale or brocade", K, BR, [], ["two hours and six minutes"], ["116"])
q("which is shorter, kissing gate or rind", K, RI, [], ["93 minutes"], ["99 minutes"])
q("half board or leap second, which is longer", K, LS, [], ["an hour and fifty-two minutes"], ["108 minutes"])
q("which is better for kids, kissing gate or rind", K, KG, [], ["It is a PG", "it is fine for children"],
  ["Rated 15"])
q("which got the better review, half board or foreperson", K, FP, [], ["Four stars"], ["Three bubbles"])
q("which did the reviewer rate higher, kissing gate or leap second", K, LS, [], ["eight out of ten"],
  ["seven out of ten"])
q("which is longer, null island or shale", K, NI, [], ["1h 57m"], ["116"])
q("which is longer, the slipper baths or rind", K, SB, [], ["98 mins"], ["93 minutes"])
q("which is more family friendly, foreperson or kissing gate", K, KG, [], ["It is a PG", "it is fine for children"],
  ["It's a 15"])
q("rind or null island, which is better for a 13 year old", K, NI, [], ["12A"], ["Rated 15"])
q("which is shorter, brocade or half board", K, HB, [], ["108 minutes"], ["two hours and six minutes"])
q("which scored higher, rind or the slipper baths", K, SB, [], ["Four stars out of five"], ["3/5"])
q("which is longer, leap second or kissing gate", K, LS, [], ["an hour and fifty-two minutes"], ["99 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

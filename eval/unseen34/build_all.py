#!/usr/bin/env python3
"""Write eval/unseen34/all.jsonl from the hand-written questions below (one JSON object per line).

New films: AW Awning (two reviews that disagree: a government-style foreign travel advice page, Markdown with front
matter `title/reviewer/outlet/rating`, a `# Foreign travel advice: Awning` headline and `##` sections "Summary",
"Safety and security", "Local laws and customs", "Entry requirements", "Health", "Getting help", by Bairbre
Hindmarsh, "two stars out of five"; and a caravanner's packing list, plain text with "[x]"/"[ ]" items under
capitalised heading lines, by Deborah Bleasdale, "Eight out of ten"; no editor, no actor for the campsite owner
Madame Brissac), LU Lutra (a search-results page for `site:pennyroyal.blog lutra`, plain text with a knowledge
panel, result titles and "People also ask" answers, by Jorunn Sturrock, "three and a half stars out of five"; no
editor, no voice for Lutra's mother), SO Soundalike (a technical and hospitality rider, Markdown with front matter
`film/critic/outlet/stars` and numbered `##` clauses "1. The act" to "6. Fee", by Kayode Cunliffe, "Three stars out
of five"; no cinematographer, no actor for Gwenda's daughter Mandy), CO Coupon (a film-mistakes "goofs" page saved
as HTML, plain text with `<h2>` "Anachronisms", "Continuity", "Factual errors", "Plot holes", "Revealing mistakes",
"Not a goof", "Verdict", by Tolulope Seddon, "7/10"; no composer, no actor for Herbert Ackers), HU Humbug (a
genealogy site's family tree, Markdown with no front matter, `# Humbug` and a `##` per person, by Ishani Parr, "four
stars out of five"; no writer, no actor for Bob Rushworth), GP Glasspool (a souvenir programme for a gala
screening, plain text with capitalised heading lines and dotted cast lines, programme notes by Efua Bardsley, "four
stars out of five"; no costume designer, no actor for the Tivoli's manager Mr Gartside), PE Petalling (a cinema's
lost-property notice, plain text with no heading lines at all, by Babatunde Hargreaves, "three stars out of five";
no cinematographer, no actor for the vicar).
About 15 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen33/reviews): The Salt Road and The Ice Listeners.
"""
import json, os

AW, LU, SO, CO = "Awning", "Lutra", "Soundalike", "Coupon"
HU, GP, PE = "Humbug", "Glasspool", "Petalling"
# films of the earlier sets (copied unchanged)
SR, IL = "The Salt Road", "The Ice Listeners"
AW_SIDES = ["Hindmarsh", "Bleasdale"]  # the travel advice awning-hindmarsh.md (2/5), the packing list awning.txt (8/10)
# ## headings of soundalike.md
S_ACT, S_PARTY, S_TECH, S_HOSP, S_RESTR, S_FEE = (
    "1. The act", "2. Touring party", "3. Technical requirements", "4. Hospitality", "5. Restrictions", "6. Fee")
# <h2> headings of coupon.txt (tags stripped)
C_ANACH, C_CONT, C_FACT, C_PLOT, C_REVEAL, C_NOT, C_VERD = (
    "Anachronisms", "Continuity", "Factual errors", "Plot holes", "Revealing mistakes", "Not a goof", "Verdict")
# ## headings of humbug.md
H_JIM, H_EILEEN, H_CAROLE, H_BOB, H_CONNOR, H_SRC = (
    "Jim Fazakerley (1924-2001)", "Eileen Fazakerley, née Croasdale (1927-2019)",
    "Carole Rushworth, née Fazakerley (born 1955)", "Bob Rushworth", "Connor Rushworth (born 1990)", "Sources")
# plain-text heading lines of glasspool.txt
G_PROD, G_NOTES = "PRODUCTION", "PROGRAMME NOTES"
# plain-text heading lines of the-salt-road.txt and ## headings of the-ice-listeners.md (old files)
R_STORY, R_PERF, R_LOOK, R_CHASE, R_BOTTOM = "Story", "Performances", "Look", "The Chase", "Bottom line"
I_BEHIND, I_SOUND, I_LOOK, I_BOTTOM = "Behind the Camera", "Sound and Fury", "Look and Feel", "The Bottom Line"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats awning about", K, AW, [],
  ["announces over the first barbecue of the fortnight that it is her last trip",
   "this year Gran, Myrtle Goodhew, says it is her last trip and she is selling the caravan"])
q("how does awning look", K, AW, [], ["the Atlantic light on the dunes is lovely"])
q("what is lutra about", K, LU, [],
  ["must follow the river to the sea at Amble when a spring flood sweeps away her little brother"])
q("hows the animation in lutra", K, LU, [],
  ["Lutra is the prettiest British animation I have seen in years", "nobody has animated a river this well",
   "The river is painted, not modelled"])
q("whats soundalike about", K, SO, [S_ACT],
  ["is a school cook in Consett, County Durham", "secretly hires Gwenda to sing from behind a curtain"])
q("are the songs in soundalike any good", K, SO, [S_TECH],
  ["they are perfect fakes of 1980s synth-pop", "The songs are the best thing in the film"])
q("whats coupon about", K, CO, [],
  ["is one of six hundred women in the checking hall of Ackers Pools",
   "it was posted after the matches had kicked off"])
q("hows the acting in coupon", K, CO, [C_VERD, C_CONT],
  ["Funmilayo Yardley is superb as Flo", "Meera Underwood is so good as Mrs Whitehead",
   "Kunal Dickinson, as the publican Geoff Entwhistle, is a treat"])
q("what is humbug about", K, HU, [],
  ["It follows three generations of the Fazakerleys, who boil and pull seaside rock",
   "when his grandson wants to sell the works to a developer"])
q("hows the music in humbug", K, HU, [H_SRC], ["a brass band and a barrel organ, is lovely"])
q("whats glasspool about", K, GP, [G_NOTES],
  ["Glasspool is the story of Rowenna Glasspool, a stage illusionist",
   "she exposes Mrs Tirzah Marsland, the most famous spiritualist medium in London"])
q("what is petalling about", K, PE, [],
  ["goes home to Wardle Edge, a village in the Peak District near Tideswell",
   "this year the pictures begin to show things before they happen"])
q("hows the car chase in the salt road", K, SR, [R_CHASE],
  ["it is the best sequence of its kind I have seen in years",
   "an eleven-minute car chase across the Bonneville Salt Flats"])

K = "actor"
q("who plays gran in awning", K, AW, [], ["Dorothea Calvert, as Myrtle", "Dorothea Calvert is wonderful as Myrtle"])
q("who plays neil in awning", K, AW, [],
  ["Kenton Mallinson plays Neil", "for Kenton Mallinson, who plays Neil at full volume"])
q("who plays the dutch neighbour in awning", K, AW, [], ["played by Gerrit Stapel", "Gerrit Stapel, with a moustache"])
q("who voices lutra", K, LU, [], ["Teleri Akinola voices Lutra"])
q("who voices the heron in lutra", K, LU, [], ["voiced by Hjalmar Dearden, steals the film", "Hjalmar Dearden (Stilt)"])
q("who plays gwenda in soundalike", K, SO, [S_PARTY], ["Bronwyn Yilmaz (Gwenda Nettleton)"])
q("who plays flo in coupon", K, CO, [C_VERD], ["Funmilayo Yardley is superb as Flo"])
q("who plays the publican in coupon", K, CO, [C_VERD], ["Kunal Dickinson, as the publican Geoff Entwhistle"])
q("who plays young jim in humbug", K, HU, [H_JIM],
  ["Kenta Greenwood is charming as the young Jim", "Kenta Greenwood (1953-1970)"])
q("who plays eileen in humbug", K, HU, [H_EILEEN],
  ["Poonam Elston is the heart of the film", "Poonam Elston, in every decade"])
q("who plays the medium in glasspool", K, GP, [], ["Elif Dugmore"])
q("who plays eira in petalling", K, PE, [], ["Palesa Lang is excellent as Eira"])
q("who plays the deputy in the salt road", K, SR, [R_PERF], ["Inez Calloway is terrific as Deputy Marisol Ybarra"])

K = "crew"
q("who directed awning", K, AW, [], ["directed by Idunn Fanshawe"])
q("who wrote awning", K, AW, [], ["from a screenplay by Amarachi Ogilvy", "written by Amarachi Ogilvy"])
q("who directed lutra", K, LU, [], ["directed by Kjersti Littlejohn", "Director: Kjersti Littlejohn"])
q("who wrote the songs in lutra", K, LU, [], ["Songs: Annelise Gillibrand", "Annelise Gillibrand's songs"])
q("who directed soundalike", K, SO, [S_ACT], ["directed by Malgorzata Duckworth"])
q("who edited soundalike", K, SO, [S_TECH], ["Ewa Prendergast"])
q("who wrote coupon", K, CO, [], ["from a screenplay by Farhad Kenworthy"])
q("who shot coupon", K, CO, [C_ANACH], ["Takeshi Birtles photographed the film"])
q("who directed humbug", K, HU, [], ["directed by Setareh Noblett"])
q("who edited humbug", K, HU, [], ["Otieno Brindle edited it"])
q("who directed glasspool", K, GP, [G_PROD], ["Directed by Amani Dobson"])
q("who did the music for petalling", K, PE, [], ["Tatenda Lowndes"])
q("who edited the ice listeners", K, IL, [I_BEHIND], ["Editor Opal Brennan"])

K = "metadata"
q("how long is awning", K, AW, [], ["104 minutes"])
q("who reviewed awning", K, AW, [], ["Bairbre Hindmarsh", "Deborah Bleasdale"], AW_SIDES)
q("what is lutra rated", K, LU, [], ["The U is right", "1h 26m · U"])
q("how long is lutra", K, LU, [], ["1h 26m", "At 86 minutes"])
q("soundalike runtime", K, SO, [S_ACT], ["109 minutes long"])
q("who reviewed soundalike", K, SO, [], ["Kayode Cunliffe"])
q("what year is coupon from", K, CO, [], ["a British period drama of 2026"])
q("how long is coupon", K, CO, [], ["118 minutes long"])
q("how long is humbug", K, HU, [], ["131 minutes long"])
q("who reviewed humbug", K, HU, [], ["Ishani Parr"])
q("what is glasspool rated", K, GP, [], ["Certificate 12A", "The 12A is for a scene in which a trick goes wrong"])
q("how long is petalling", K, PE, [], ["94 minutes long"])
q("when did the ice listeners come out", K, IL, [], ["premiered in 2025"])

K = "verdict"
q("is awning worth seeing", K, AW, [], ["two stars out of five", "Eight out of ten"], AW_SIDES)
q("what did deborah bleasdale think of awning", K, AW, [], ["Eight out of ten", "We both loved it"])
q("lutra rating", K, LU, [], ["three and a half stars out of five"])
q("is lutra any good", K, LU, [], ["three and a half stars out of five", "for long stretches it is a delight"])
q("soundalike score", K, SO, [S_FEE], ["Three stars out of five"])
q("is soundalike worth watching", K, SO, [], ["Three stars out of five", "It still made me punch the air"])
q("coupon rating", K, CO, [C_VERD], ["7/10"])
q("is coupon good", K, CO, [C_VERD], ["My score: 7/10", "None of this spoils it"])
q("humbug verdict", K, HU, [], ["four stars out of five"])
q("is glasspool worth seeing", K, GP, [G_NOTES], ["I would give it four stars out of five", "stay for the séance"])
q("petalling score", K, PE, [], ["three stars out of five"])
q("is petalling any good", K, PE, [], ["three stars out of five", "The first hour deserves five"])
q("is the ice listeners good", K, IL, [I_BOTTOM], ["Four stars out of five", "essential viewing"])

K = "yes/no"
q("is awning ok for a 12 year old", K, AW, [], ["The 12A is fair", "A ticket for a 12A, which is fair"])
q("is awning good for kids", K, AW, [], ["under-tens will be bored by the talking"])
q("is lutra ok for a 3 year old", K, LU, [], ["I would say four and up", "may upset very small children"])
q("is lutra too long", K, LU, [], ["it does in the middle", "drags badly"])
q("is soundalike ok for a 13 year old", K, SO, [S_RESTR],
  ["Fine for fifteen and up; not for younger children", "The 15 certificate is for strong language"])
q("does soundalike drag", K, SO, [S_HOSP], ["takes far too long to get back to the music"])
q("is coupon ok for a 10 year old", K, CO, [C_VERD],
  ["The PG is right", "it would be fine for a ten-year-old with an interest in history"])
q("is the ending of coupon good", K, CO, [C_VERD], ["The ending, in the boardroom, is rousing"])
q("is humbug too long", K, HU, [H_CAROLE, H_SRC], ["It is too long", "at least twenty minutes that could go"])
q("are the magic tricks in glasspool real", K, GP, [G_NOTES],
  ["Every illusion in the film is done in camera, with no digital effects"])
q("is petalling scary", K, PE, [],
  ["the most frightening thing I have sat through this year", "The film is properly frightening for its first hour"])
q("is the ending of petalling good", K, PE, [],
  ["the last twenty minutes are a letdown", "the final reveal in the church is silly"])
q("does the salt road have a good ending", K, SR, [R_STORY, R_BOTTOM],
  ["the story earns its ending", "its final twenty minutes wobble"])

K = "typo"
q("awnign review", K, AW, [], ["two stars out of five", "Eight out of ten"], AW_SIDES)
q("awnig cast", K, AW, [], ["Dorothea Calvert", "Kenton Mallinson", "Parminder Sethi", "Chandni Mehta", "Gerrit Stapel"])
q("lutta review", K, LU, [], ["three and a half stars out of five"])
q("luttra voices", K, LU, [],
  ["Teleri Akinola", "Hjalmar Dearden", "Deaglan Pogson", "Modupe Rhodes", "Bradley Tweddle"])
q("soundalke review", K, SO, [], ["Three stars out of five"])
q("sound alike cast", K, SO, [], ["Bronwyn Yilmaz", "Magnhild Ozanne", "Shane Dasgupta", "Klaas Iyer"])
q("cupon review", K, CO, [], ["7/10"])
q("coupn director", K, CO, [], ["Zeynep Abbotsley"])
q("humbgu review", K, HU, [], ["four stars out of five"])
q("hunbug cast", K, HU, [], ["Kenta Greenwood", "Dariush Fishwick", "Poonam Elston", "Akiko Rostron", "Cem Townley"])
q("glaspool review", K, GP, [], ["four stars out of five"])
q("petaling director", K, PE, [], ["Rudo Platt"])
q("the ice listners review", K, IL, [], ["Four stars out of five"])

K = "very short"
q("awning music", K, AW, [], ["is wallpaper", "all accordion and guitar, is lovely"], AW_SIDES)
q("awning dop", K, AW, [], ["Jyrki Rasmussen"])
q("lutra studio", K, LU, [], ["Fellfoot Animation"])
q("lutra writer", K, LU, [], ["Uche Egglestone"])
q("soundalike songs", K, SO, [S_TECH], ["written for the film by Nikodem Zielinski"])
q("soundalike writer", K, SO, [S_ACT], ["written by Vikas Allonby"])
q("coupon editor", K, CO, [C_VERD], ["Thandiwe Gradwell"])
q("humbug dop", K, HU, [], ["Quang Warburton photographed it"])
q("humbug music", K, HU, [], ["Roya Whittaker wrote the music", "a brass band and a barrel organ, is lovely"])
q("glasspool dop", K, GP, [G_PROD], ["Director of photography, Hema Rawsthorne"])
q("glasspool music", K, GP, [],
  ["Music by Kourosh Waring", "pastiche music-hall songs and a string quartet, is clever and catchy"])
q("petalling editor", K, PE, [], ["Linh Haddock"])
q("ice listeners music", K, IL, [I_SOUND],
  ["Composer Kasimir Juhl", "one of the most original documentary scores I have heard"])

K = "no film named"
q("the caravan holiday comedy in france, any good", K, AW, [], ["two stars out of five", "Eight out of ten"], [AW])
q("that film where gran sells the caravan, who plays her", K, AW, [], ["Dorothea Calvert"], [AW])
q("the cartoon about the otter looking for her brother, ok for little kids", K, LU, [],
  ["I would say four and up", "The U is right"], [LU])
q("the otter film, who voices the heron", K, LU, [], ["Hjalmar Dearden"], [LU])
q("the film about the school cook who sings in a tribute act, any good", K, SO, [], ["Three stars out of five"], [SO])
q("that synth-pop tribute singer movie, who directed it", K, SO, [], ["Malgorzata Duckworth"], [SO])
q("the film about the woman who finds a fake pools win, worth seeing", K, CO, [], ["7/10"], [CO])
q("the 1950s liverpool pools drama, how long is it", K, CO, [], ["118 minutes"], [CO])
q("the seaside rock family saga, is it good", K, HU, [], ["four stars out of five"], [HU])
q("the film about the family that makes rock in bridlington, who plays the grandson", K, HU, [], ["Cem Townley"], [HU])
q("the film about the edwardian lady magician, any good", K, GP, [], ["four stars out of five"], [GP])
q("the illusionist biopic, who plays the rival", K, GP, [], ["Sigvald Frodsham"], [GP])
q("the well dressing horror film, is it scary", K, PE, [],
  ["the most frightening thing I have sat through this year", "properly frightening for its first hour"], [PE])
q("the documentary about the sounds glaciers make, any good", K, IL, [],
  ["Four stars out of five", "essential viewing"], [IL])

K = "film not stored"
no("is sightseers any good", K)
no("carry on camping review", K)
no("who wrote ring of bright water", K)
no("is tarka the otter ok for kids", K)
no("still crazy cast", K)
no("muriel's wedding review", K)
no("how long is made in dagenham", K)
no("hidden figures rating", K)
no("who directed brighton rock", K)
no("is the prestige worth watching", K)
no("sleight review", K)
no("is midsommar scary", K)
no("kill list review", K)
no("the quarry singers review", K)

K = "unanswerable"
no("who edited awning", K, AW)
no("who plays the campsite owner in awning", K, AW)
no("who edited lutra", K, LU)
no("who voices lutra's mum", K, LU)
no("who shot soundalike", K, SO)
no("who plays gwenda's daughter in soundalike", K, SO)
no("who composed the music for coupon", K, CO)
no("who plays herbert ackers in coupon", K, CO)
no("who wrote the screenplay for humbug", K, HU)
no("who plays bob in humbug", K, HU)
no("who did the costumes for glasspool", K, GP)
no("who plays the tivoli manager in glasspool", K, GP)
no("who shot petalling", K, PE)
no("what certificate is the salt road", K, SR)

K = "pros/cons"
q("awning pros and cons", K, AW, [],
  ["Dorothea Calvert is wonderful as Myrtle", "the Atlantic light on the dunes is lovely",
   "I thought he was the funniest thing in the film", "is the best running joke of the year",
   "I found him grating rather than funny", "is a tired joke about the Dutch", "the ending is syrupy and far too neat",
   "is wallpaper", "the second hour is a long, hot afternoon with nothing to do"], AW_SIDES)
q("whats wrong with awning", K, AW, [],
  ["I found him grating rather than funny", "is a tired joke about the Dutch", "the ending is syrupy and far too neat",
   "is wallpaper", "the second hour is a long, hot afternoon with nothing to do", "is given too little to do",
   "which is the thinnest strand"])
q("lutra pros and cons", K, LU, [],
  ["Lutra is the prettiest British animation I have seen in years", "Teleri Akinola voices Lutra, and she is wonderful",
   "steals the film", "drags badly", "there are too many of them",
   "he is dropped halfway through and never comes back", "The story is simple and predictable"])
q("whats bad about lutra", K, LU, [],
  ["drags badly", "there are too many of them", "he is dropped halfway through and never comes back",
   "The story is simple and predictable"])
q("soundalike good and bad", K, SO, [],
  ["She is terrific", "The songs are the best thing in the film", "A warm, funny, underplayed performance",
   "every scene he is in goes flat", "takes far too long to get back to the music", "and it is rushed",
   "the script gives her nothing else to do"])
q("whats wrong with soundalike", K, SO, [],
  ["every scene he is in goes flat", "takes far too long to get back to the music", "and it is rushed",
   "where it should have been dazzling", "the script gives her nothing else to do"])
q("coupon pros and cons", K, CO, [],
  ["Funmilayo Yardley is superb as Flo", "is a treat", "The story is gripping once it gets going",
   "the middle third sags", "goes nowhere", "is rousing", "slack everywhere else"])
q("whats good about coupon", K, CO, [C_VERD, C_ANACH],
  ["Funmilayo Yardley is superb as Flo", "is a treat", "The ending, in the boardroom, is rousing",
   "Takeshi Birtles photographed the film so beautifully"])
q("humbug pros and cons", K, HU, [],
  ["Kenta Greenwood is charming as the young Jim", "are the best thing in the film",
   "Poonam Elston is the heart of the film", "the switch between the two actors is jarring", "lets her down badly",
   "Cem Townley is the weak link in the tree", "It is too long"])
q("whats bad about humbug", K, HU, [],
  ["the switch between the two actors is jarring", "lets her down badly", "Cem Townley is the weak link in the tree",
   "The film sags in her long 1980s section", "It is too long"])
q("glasspool pros and cons", K, GP, [G_NOTES],
  ["Njeri Schofield is magnificent as Rowenna", "Every illusion in the film is done in camera",
   "Elif Dugmore is chilling", "the part is underwritten", "far too hammy",
   "for forty minutes the magic goes out of it", "the costumes are extraordinary"])
q("petalling pros and cons", K, PE, [],
  ["Palesa Lang is excellent as Eira", "is terrifying", "properly frightening for its first hour",
   "the last twenty minutes are a letdown", "the final reveal in the church is silly", "is bland"])
q("the salt road pros and cons", K, SR, [],
  ["a great lead performance from Dell Harmon", "the best sequence of its kind I have seen in years",
   "The weak link is Peter Strand", "The final act stretches plausibility", "its final twenty minutes wobble"])

K = "disagreement"
q("is kenton mallinson good in awning", K, AW, [],
  ["I found him grating rather than funny", "I thought he was the funniest thing in the film"], AW_SIDES)
q("does awning drag", K, AW, [],
  ["the second hour is a long, hot afternoon with nothing to do", "I have read that the second hour drags. It does not"],
  AW_SIDES)
q("is the ending of awning good", K, AW, [], ["the ending is syrupy and far too neat", "the ending made me cry"],
  AW_SIDES)
q("is the dutch neighbour joke in awning funny", K, AW, [],
  ["is a tired joke about the Dutch", "is the best running joke of the year"], AW_SIDES)
q("is the music in awning good", K, AW, [], ["is wallpaper", "all accordion and guitar, is lovely"], AW_SIDES)
q("what do the awning reviews disagree on", K, AW, [],
  ["I found him grating rather than funny", "I thought he was the funniest thing in the film",
   "the second hour is a long, hot afternoon with nothing to do", "I have read that the second hour drags. It does not",
   "the ending is syrupy and far too neat", "the ending made me cry", "is a tired joke about the Dutch",
   "is the best running joke of the year", "is wallpaper", "all accordion and guitar, is lovely"], AW_SIDES)
q("what do both awning reviewers agree on", K, AW, [],
  ["Dorothea Calvert is wonderful as Myrtle", "She is wonderful", "the Atlantic light on the dunes is lovely",
   "The 12A is fair", "A ticket for a 12A, which is fair", "is written as a referee rather than a person",
   "is given too little to do", "which is the thinnest strand",
   "her holiday romance is sketched in two scenes and a wave"], AW_SIDES)
q("who liked awning more, the travel advice one or the packing list one", K, AW, [],
  ["two stars out of five", "Eight out of ten"], AW_SIDES)
q("is the whole cast of humbug good", K, HU, [],
  ["Kenta Greenwood is charming as the young Jim", "Cem Townley is the weak link in the tree"])
q("is soundalike good all the way through", K, SO, [],
  ["It is the best scene in the film", "takes far too long to get back to the music"])
q("is everyone good in glasspool", K, GP, [G_NOTES], ["Njeri Schofield is magnificent as Rowenna", "far too hammy"])
q("is petalling scary all the way through", K, PE, [],
  ["properly frightening for its first hour", "the last twenty minutes are a letdown"])
q("is the cast of the salt road all good", K, SR, [R_PERF], ["Inez Calloway is terrific", "The weak link is Peter Strand"])

K = "comparison"
q("which is longer, awning or soundalike", K, SO, [], ["109 minutes"], ["104 minutes"])
q("which is shorter, lutra or petalling", K, LU, [], ["86 minutes"], ["94 minutes"])
q("coupon or humbug, which is longer", K, HU, [], ["131 minutes"], ["118 minutes"])
q("which got the better review, coupon or petalling", K, CO, [], ["7/10"], ["three stars out of five"])
q("which scored higher, humbug or soundalike", K, HU, [], ["four stars out of five"], ["Three stars out of five"])
q("which scored higher, lutra or glasspool", K, GP, [], ["four stars out of five"],
  ["three and a half stars out of five"])
q("which is better for a 6 year old, petalling or lutra", K, LU, [], ["The U is right"], ["rated 15"])
q("which is more family friendly, soundalike or coupon", K, CO, [], ["rated PG", "The PG is right"], ["rated 15"])
q("which is longer, glasspool or coupon", K, CO, [], ["118 minutes"], ["115 minutes"])
q("which is longer, the salt road or the ice listeners", K, SR, [], ["128 minutes"], ["97 minutes"])
q("which is shorter, lutra or the ice listeners", K, LU, [], ["86 minutes"], ["97 minutes"])
q("which scored higher, the ice listeners or petalling", K, IL, [], ["Four stars out of five"],
  ["three stars out of five"])
q("which is longer, humbug or the salt road", K, HU, [], ["131 minutes"], ["128 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

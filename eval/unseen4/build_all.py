#!/usr/bin/env python3
"""Write eval/unseen4/all.jsonl from the hand-written questions below (one JSON object per line).

Films: KL Kestrel Lane, TC The Tin Choir, OF Oxbow Fever, HB Harrow Bright, VR Vesper Run (three reviews),
UC Umbra and the Clockwork Fox, SA Sister Antimony, HL Halcyon Laundry, GH Gooseberry Heights, SW The Skarvik
Winters; a few comparison questions also name films of eval/unseen3 (copied unchanged into reviews/).
"""
import json, os

KL, TC, OF, HB, VR = "Kestrel Lane", "The Tin Choir", "Oxbow Fever", "Harrow Bright", "Vesper Run"
UC, SA, HL, GH, SW = "Umbra and the Clockwork Fox", "Sister Antimony", "Halcyon Laundry", "Gooseberry Heights", "The Skarvik Winters"
VR_SIDES = ["Tamsin Okoro", "Desmond Hale"]  # the one who loves it and the one who hates it; Nadia Ferris is in between
VR_CHASE = ["The Chase", "Action", "Ears and Eyes"]
VR_MUSIC = ["The Music", "Sound", "Ears and Eyes"]
VR_CAST = ["The Crew", "The Cast", "Who's in the Car", "Set-Up"]
TC_ALL = ["Introduction", "1. The Story", "2. The Voices", "3. The Songs", "4. The Look", "5. The Wobbles", "6. Final Score"]
ROWS = []

def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)

def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})

K = "aspect paraphrase"
q("how does kestrel lane look", K, KL, [], ["Konrad Visser", "long lenses and grey, wet streets", "photographed through a bus window"])
q("whats the singing like in the tin choir", K, TC, ["2. The Voices", "3. The Songs"],
  ["the voices are rough in the best way", "do their own singing", "the cinema went completely silent", "genuine earworm"])
q("how's the pacing in oxbow fever", K, OF, ["Introduction", "What doesn't", "The verdict"],
  ["The film drags", "a reason to last 138 minutes", "checking my watch", "far too long"])
q("how are the night side creatures in harrow bright done", K, HB, ["The Bad"],
  ["rubbery, badly lit", "far too obviously computer-generated", "the spell breaks"])
q("what's the animation like in umbra and the clockwork fox", K, UC, ["Animation & Design", "First Impressions", "The Bottom Line"],
  ["looks painted by hand", "most beautiful animated film", "breathtaking", "Tallow Lane Animation", "Stunning to look at"])
q("how does sister antimony sound", K, SA, [], ["The sound design is unbelievable", "Sigrid Vane", "a low hum and a children's choir"])
q("how is the ensemble in halcyon laundry", K, HL, ["The Spin Cycle", "Introduction"],
  ["Pearl Ashdown", "they are wonderful", "Kwame Pryce", "Saffron Bale", "best ensemble of the year"])
q("are the jokes in gooseberry heights any good", K, GH, ["The Laughs"], ["loud, obvious", "exhausting", "I laughed twice", "fart gag"])
q("how is the skarvik winters photographed", K, SW, [], ["Rafael Okoro", "simply breathtaking", "deep blues"])
q("how's the writing in harrow bright", K, HB, ["Introduction", "The Good", "The Bad"],
  ["Celeste Marr", "a community that prefers a comfortable lie", "it is explaining", "lecture about tidal locking"])
q("how do the actors do in oxbow fever", K, OF, ["What works", "What doesn't"], ["Ines Varga", "a single expression: a squint", "Kit Sandoval"])
q("is the plot of umbra any good", K, UC, ["Behind the Camera", "First Impressions", "The Bottom Line"],
  ["thin, borrowed plot", "never quite starts ticking", "makes no sense even by cartoon standards", "weak story"])
q("how does the tin choir finish", K, TC, ["3. The Songs", "4. The Look", "5. The Wobbles"],
  ["flooded shaft", "gave me goosebumps", "the underground finale", "we never doubt for a second how it will go"])
q("is kestrel lane well cut together", K, KL, [], ["Rhys Tamblyn", "keeps scenes short", "it never drags"])

K = "actor"
q("who plays carla moody in kestrel lane", K, KL, [], ["Niamh Castell"])
q("who's the bad guy in kestrel lane", K, KL, [], ["Gideon Achebe", "Lenny Shaw"])
q("who plays the choirmaster in the tin choir", K, TC, ["2. The Voices"], ["Bryony Keast"])
q("who does ruth penrose play in the tin choir", K, TC, ["2. The Voices"], ["Nan Trewin", "grandmother"])
q("who plays the sheriff in oxbow fever", K, OF, ["What doesn't"], ["Walt Quayle"])
q("who plays rosa delahunt in oxbow fever", K, OF, ["What works"], ["Ines Varga"])
q("who plays juno reyes in harrow bright", K, HB, ["The Good"], ["Ama Whitcombe"])
q("who's the getaway driver in vesper run", K, VR, VR_CAST + ["Introduction"], ["Jonah Reyes"])
q("who plays the villain in vesper run", K, VR, VR_CAST, ["Gideon Kettle"])
q("who voices the fox in umbra and the clockwork fox", K, UC, ["Who's Talking"], ["Desmond Okafor"])
q("who voices umbra", K, UC, ["Who's Talking"], ["Maisie Tran"])
q("who plays the nun in sister antimony", K, SA, [], ["Nerys Tolliver"])
q("who plays mavis in halcyon laundry", K, HL, ["The Spin Cycle"], ["Pearl Ashdown"])
q("who plays fliss in gooseberry heights", K, GH, ["The Laughs"], ["Ruby Sandoval"])
q("who plays the mine captain in sister antimony", K, SA, [], ["Owain Marsh"])
q("who is poppy adair in harrow bright", K, HB, ["The Good"], ["deaf daughter"])

K = "crew"
q("who directed kestrel lane", K, KL, [], ["Saul Brennan"])
q("who wrote kestrel lane", K, KL, [], ["Maeve Oduya"])
q("who shot oxbow fever", K, OF, ["What works"], ["Rafael Okoro"])
q("who did the music for oxbow fever", K, OF, ["What doesn't"], ["Teodora Vance"])
q("who directed the tin choir", K, TC, ["Introduction"], ["Agnieszka Pryce"])
q("who edited the tin choir", K, TC, ["5. The Wobbles"], ["Jonah Pell"])
q("who composed the score for harrow bright", K, HB, ["The Good"], ["Tobias Lund"])
q("who was behind the camera on harrow bright", K, HB, ["Introduction", "The Good"], ["Dominic Haddad"])
q("who wrote vesper run", K, VR, [], ["Tess Amadi"])
q("who's the cinematographer on vesper run", K, VR, VR_CHASE, ["Mireille Dacosta"])
q("who directed umbra and the clockwork fox", K, UC, ["Behind the Camera"], ["Mateo Quill"])
q("which studio animated umbra and the clockwork fox", K, UC, ["Animation & Design"], ["Tallow Lane Animation"])
q("who directed sister antimony", K, SA, [], ["Carys Wynne-Hale"])
q("who edited sister antimony", K, SA, [], ["Malachi Dunn"])
q("who wrote halcyon laundry", K, HL, ["The Set-Up"], ["Joss Whitlock", "Nell Haddad"])
q("who shot halcyon laundry", K, HL, ["What Didn't Quite Wash"], ["Anouk Fairley"])
q("who edited the skarvik winters", K, SW, [], ["Bjørn Aske"])
q("who made the skarvik winters", K, SW, [], ["Sunna Eklund"])
q("who directed gooseberry heights", K, GH, ["The Plot"], ["Marty Kroll"])

K = "metadata"
q("how long is kestrel lane", K, KL, [], ["118 minutes"])
q("how long is oxbow fever", K, OF, [], ["138 minutes"])
q("what year is harrow bright", K, HB, [], ["2026"])
q("what year did umbra and the clockwork fox come out", K, UC, [], ["2025"])
q("who reviewed umbra and the clockwork fox", K, UC, [], ["Priya Lindqvist"])
q("who wrote the review of kestrel lane", K, KL, [], ["Harriet Quayle"])
q("how many stars did kestrel lane get", K, KL, [], ["★★★★☆"])
q("what did the tin choir score", K, TC, [], ["7/10"])
q("what rating did harrow bright get", K, HB, [], ["Four stars out of five"])
q("runtime of sister antimony?", K, SA, [], ["101 minutes"])
q("who reviewed vesper run", K, VR, [], ["Tamsin Okoro", "Desmond Hale", "Nadia Ferris"],
  ["Tamsin Okoro", "Desmond Hale", "Nadia Ferris"])
q("whats halcyon laundry rated out of 10", K, HL, [], ["8/10"])
q("when did gooseberry heights come out", K, GH, [], ["2025"])
q("how long is the skarvik winters", K, SW, [], ["97 min"])
q("who writes the newsletter that reviewed halcyon laundry", K, HL, [], ["Priya Moss"])
q("what year is the skarvik winters from", K, SW, [], ["2026"])
q("what's the rating for oxbow fever", K, OF, [], ["2/5"])
q("how long is the tin choir", K, TC, [], ["104 minutes"])

K = "verdict"
q("is kestrel lane worth seeing", K, KL, [], ["Go and see it", "grown-up, unglamorous crime drama"])
q("should i see oxbow fever", K, OF, ["The verdict"],
  ["Wait for it to turn up on television", "slow, humourless and far too long", "Beautiful to look at"])
q("overall thoughts on harrow bright", K, HB, ["The Verdict"],
  ["smart, grown-up science fiction", "Four stars out of five", "Flawed, occasionally clunky"])
q("is the tin choir any good", K, TC, ["Introduction", "6. Final Score"],
  ["the singing is glorious", "Predictable, sentimental", "7/10", "feel-good musical of the autumn"])
q("was sister antimony good", K, SA, [], ["I was scared", "eight out of ten", "seven out of ten", "go with someone you can grab"])
q("halcyon laundry worth it?", K, HL, ["The Rating", "Introduction"], ["8/10", "made me happier than anything else", "Go with friends"])
q("what's the verdict on gooseberry heights", K, GH, ["Verdict"],
  ["harmless, noisy and instantly forgettable", "Two stars", "grown-ups will be checking their phones"])
q("should i bother with umbra and the clockwork fox", K, UC, ["The Bottom Line", "First Impressions"],
  ["See it on a big screen for the animation", "Stunning to look at", "★★★☆☆"])
q("is the skarvik winters worth watching", K, SW, [], ["one of the most beautiful documentaries I have ever seen", "4.5/5", "small complaints"])
q("what did tamsin okoro think of vesper run", K, VR, ["Verdict", "Introduction"],
  ["ridiculously entertaining", "what a Saturday night at the cinema should be", "grinning like an idiot"])
q("desmond hale verdict on vesper run", K, VR, ["Bottom Line", "Introduction"],
  ["Come for Kettle, stay home for everything else", "Rating: 2/5", "a two-hour music video"])
q("nadia ferris bottom line on vesper run", K, VR, ["Verdict", "Introduction"],
  ["A solid, handsome night out", "6/10", "Don't believe the hype"])
q("kestrel lane good or bad?", K, KL, [], ["Go and see it", "★★★★☆", "grown-up, unglamorous crime drama"])

K = "yes/no"
q("does kestrel lane drag", K, KL, [], ["it never drags"])
q("does oxbow fever drag", K, OF, ["What doesn't", "Introduction"], ["The film drags", "far too long"])
q("is gooseberry heights ok for kids?", K, GH, ["For Parents"], ["fine for most children from about five or six", "rated PG"])
q("is umbra and the clockwork fox too scary for little kids", K, UC, ["Who's Talking"],
  ["would think twice about taking anyone under seven", "properly scary"])
q("is sister antimony gory", K, SA, [], ["not gory", "one really nasty moment with a pickaxe"])
q("does the skarvik winters have a narrator", K, SW, [], ["There is no narration"])
q("is the music in kestrel lane good", K, KL, [], ["The one real misstep is the score", "throbbing, insistent drone"])
q("are the effects in harrow bright good", K, HB, ["The Bad"], ["rubbery, badly lit", "far too obviously computer-generated"])
q("do the actors in the tin choir really sing", K, TC, ["2. The Voices"], ["The actors do their own singing"])
q("is the ending of oxbow fever any good", K, OF, ["What doesn't"], ["is limp", "over in thirty seconds"])
q("is halcyon laundry funny", K, HL, ["Introduction", "The Spin Cycle"], ["biggest laughs", "tiny British comedy"])
q("is the tin choir predictable", K, TC, ["1. The Story", "6. Final Score"], ["hits every beat you expect", "Predictable, sentimental"])
q("is sister antimony actually scary", K, SA, [], ["Properly scared", "relentlessly creepy", "I was scared"])
q("is there swearing in gooseberry heights", K, GH, ["For Parents"], ["no bad language beyond a single"])

K = "typo"
q("who directd kestral lane", K, KL, [], ["Saul Brennan"])
q("oxbow fevre runtime", K, OF, [], ["138 minutes"])
q("harow bright cast", K, HB, ["The Good"], ["Ama Whitcombe", "Felix Varga", "Poppy Adair"])
q("the tin quire songs any good", K, TC, ["3. The Songs"], ["genuine earworm", "Down Among the Tin", "Ettie Rowse", "surprise of the year"])
q("vespre run car chase", K, VR, VR_CHASE, ["best car chase since the glory days", "left me cold", "The port chase is very good"])
q("umbra and the clokwork fox voice cast", K, UC, ["Who's Talking"], ["Maisie Tran", "Desmond Okafor", "Ines Achterberg"])
q("sistr antimony whos in it", K, SA, [], ["Nerys Tolliver", "Owain Marsh"])
q("halcyon laundrey director", K, HL, ["The Set-Up"], ["Joss Whitlock"])
q("gooseberry hieghts rating", K, GH, [], ["2/5", "Two stars"])
q("skarvick winters cinematographer", K, SW, [], ["Rafael Okoro"])
q("who composd the music for kestrel lain", K, KL, [], ["Ines Halloran"])
q("is oxbow fver worth watching", K, OF, ["The verdict"],
  ["Wait for it to turn up on television", "slow, humourless and far too long", "Beautiful to look at"])
q("harrowbright ending", K, HB, ["The Bad"], ["The third act", "is rushed", "a major twist is explained in one line of dialogue"])

K = "very short"
q("kestrel lane cast", K, KL, [], ["Niamh Castell", "Gideon Achebe", "Tobias Marsh"])
q("tin choir rating", K, TC, [], ["7/10"])
q("oxbow fever music", K, OF, ["What doesn't"], ["Teodora Vance", "wailing harmonica"])
q("harrow bright dp", K, HB, ["The Good"], ["Anouk Fairley"])
q("vesper run runtime", K, VR, [], ["115 minutes"])
q("umbra director", K, UC, ["Behind the Camera"], ["Mateo Quill"])
q("sister antimony year", K, SA, [], ["2026"])
q("halcyon laundry soundtrack", K, HL, ["The Spin Cycle"], ["Rufus Amari", "northern soul"])
q("gooseberry heights cons", K, GH, ["The Plot", "The Laughs", "Verdict"],
  ["loud, obvious", "exhausting", "string of set pieces", "overacts wildly", "very obviously computer-generated"])
q("skarvik winters", K, SW, [], ["one of the most beautiful documentaries", "Sunna Eklund", "4.5/5"])
q("kestrel lane ending", K, KL, [], ["tidier than the rest of the film deserves", "gut-punch"])
q("tin choir editor", K, TC, ["5. The Wobbles"], ["Jonah Pell"])
q("vesper run score", K, VR, [], ["Kasper Ruud", "4/5", "2/5", "6/10"])  # music or rating: both accepted
q("harrow bright effects", K, HB, ["The Bad"], ["rubbery, badly lit", "far too obviously computer-generated"])

K = "no film named"
q("which film has a goat called duchess", K, GH, [], ["Gooseberry Heights"])
q("the western with the widow, who plays her", K, OF, [], ["Ines Varga"])
q("who directed the film about the cornish mining choir", K, TC, [], ["Agnieszka Pryce"])
q("the planet that doesnt turn movie, is it good", K, HB, [],
  ["smart, grown-up science fiction", "Four stars out of five", "one of the best-looking films of the year"])
q("what's the marseille heist film called", K, VR, [], ["Vesper Run"])
q("that folk horror about the nun in wales, how long is it", K, SA, [], ["101 minutes"])
q("which film is set in a margate laundrette", K, HL, [], ["Halcyon Laundry"])
q("the arctic island documentary, who shot it", K, SW, [], ["Rafael Okoro"])
q("which films did rafael okoro shoot", K, OF, [], ["Oxbow Fever"], ["Oxbow Fever", "Skarvik Winters"])
q("what is niamh castell in", K, KL, [], ["Kestrel Lane", "Carla Moody"])
q("the cartoon with the brass fox, ok for a 5 year old?", K, UC, [],
  ["would think twice about taking anyone under seven", "properly scary"])
q("who plays the detective in that leeds crime film", K, KL, [], ["Niamh Castell"])
q("which film does gideon kettle play a villain in", K, VR, [], ["Vesper Run", "Marcel Duret"])
q("the one with the lottery ticket in the laundrette, who's in it", K, HL, [], ["Pearl Ashdown", "Kwame Pryce", "Saffron Bale"])

K = "film not stored"
no("who directed the godfather", K)
no("is dune part two any good", K)
no("how long is the irishman", K)
no("paddington 2 rating?", K)
no("who did the music for interstellar", K)
no("amelie any good?", K)
no("barbie", K)
no("in knives out who plays the detective", K)
no('who\'s in "kestrel road"', K)
no("harrow dark any good", K)
no("who plays the lead in “vesper bay”", K)
no("umbra and the paper owl voice cast", K)
no("in sister agnes, who plays the nun", K)
no("halcyon nights rating", K)
no("is gooseberry hill ok for kids", K)
no("the skarvik summers", K)
no("the tin drum review pls", K)

K = "unanswerable"
no("who edited oxbow fever", K, OF)
no("what year did kestrel lane come out", K, KL)
no("what was the budget of harrow bright", K, HB)
no("did the tin choir win any awards", K, TC)
no("where can i stream vesper run", K, VR)
no("who edited umbra and the clockwork fox", K, UC)
no("who did the costumes in sister antimony", K, SA)
no("how much did halcyon laundry make at the box office", K, HL)
no("who edited gooseberry heights", K, GH)
no("is there a post credits scene in vesper run", K, VR)
no("who produced the skarvik winters", K, SW)
no("what's the age rating of harrow bright", K, HB)
no("is there a sequel to umbra and the clockwork fox", K, UC)
no("what year did the tin choir come out", K, TC)
no("who did the visual effects on harrow bright", K, HB)

K = "pros/cons"
q("what's good about kestrel lane", K, KL, [], ["Niamh Castell", "she is superb", "it never drags", "Tobias Marsh", "long lenses"])
q("what's bad about kestrel lane", K, KL, [], ["The one real misstep is the score", "tidier than the rest of the film deserves", "cartoon villain"])
q("pros and cons of the tin choir", K, TC, TC_ALL,
  ["the voices are rough in the best way", "sags badly", "genuine earworm", "thinly written", "the singing is glorious"])
q("what did the reviewer hate about oxbow fever", K, OF, ["What doesn't", "Introduction"],
  ["The film drags", "a single expression: a squint", "wall of wailing harmonica", "is limp"])
q("what works in oxbow fever", K, OF, ["What works"], ["The landscapes", "Ines Varga", "The first shoot-out", "looks magnificent"])
q("harrow bright good and bad", K, HB, ["The Good", "The Bad", "The Verdict"],
  ["The world", "Ama Whitcombe", "rubbery", "The third act", "The effects", "let down by its monsters"])
q("what's wrong with umbra and the clockwork fox", K, UC, ["Behind the Camera", "Sound and Fury", "The Bottom Line", "First Impressions"],
  ["thin, borrowed plot", "three songs are forgettable", "too loud", "weak story"])
q("best things about sister antimony", K, SA, [], ["Nerys Tolliver", "She's the whole film", "The sound design is unbelievable", "Properly scared"])
q("sister antimony downsides", K, SA, [], ["the last act is a mess", "It falls apart", "looks like it came from a video game", "cuts to black so abruptly"])
q("what didn't work in halcyon laundry", K, HL, ["What Didn't Quite Wash"], ["is a cartoon", "coincidences too many", "fine but flat"])
q("what did the reviewer like about halcyon laundry", K, HL, ["The Spin Cycle", "Introduction", "The Rating"],
  ["they are wonderful", "is a joy", "Pearl Ashdown"])
q("anything good about gooseberry heights", K, GH, ["The Laughs", "Verdict"],
  ["The child actors are the best thing about it", "The goat, to be fair, is excellent", "Arlo Greaves"])
q("skarvik winters negatives", K, SW, [], ["the film is slow", "hard going", "the middle winters blur together", "drops out of the film without explanation"])
q("what did critics hate about vesper run", K, VR, [],
  ["left me cold", "smugness", "relentless synth throb", "a cheat", "saggy middle stretch", "is wasted"])

K = "disagreement"
q("do the critics agree on vesper run", K, VR, [],
  ["4/5", "Rating: 2/5", "6/10", "grinning like an idiot", "Come for Kettle"], VR_SIDES)
q("vesper run car chase: great or a mess?", K, VR, VR_CHASE,
  ["best car chase since", "left me cold", "no idea who was chasing whom", "The port chase is very good"], VR_SIDES)
q("do the reviewers agree on the music in vesper run", K, VR, VR_MUSIC,
  ["the engine of the whole film", "relentless synth throb", "wearing by the second"], VR_SIDES)
q("what do reviewers say about jonah reyes in vesper run", K, VR, VR_CAST,
  ["he is a star", "curdles into smugness", "real movie-star charisma"], VR_SIDES)
q("is the twist in vesper run clever or a cheat", K, VR, ["The Twist", "Bottom Line", "Where It Stalls"],
  ["did not see it coming", "a cheat", "fairly clued"], VR_SIDES)
q("does everyone like gideon kettle in vesper run", K, VR, VR_CAST,
  ["so calm and so polite", "soft-spoken menace", "the best thing in the film as the villain"], VR_SIDES)
q("vesper run love it or hate it", K, VR, [], ["ridiculously entertaining", "so battered by a film", "Don't believe the hype"], VR_SIDES)
q("is vesper run too long? reviewers seem split", K, VR, [],
  ["without a wasted scene", "about twenty minutes too long", "a two-hour music video"], VR_SIDES)
q("range of scores for vesper run", K, VR, [], ["4/5", "2/5", "6/10"], VR_SIDES)
q("do the two hosts agree on sister antimony", K, SA, [], ["eight out of ten", "seven out of ten", "because of that ending"],
  ["eight out of ten", "seven out of ten"])
q("did marco and rosa both think the end of sister antimony was bad", K, SA, [],
  ["the last act is a mess", "It falls apart", "cuts to black so abruptly"])
q("do the vesper run reviewers agree on the editing", K, VR, ["Action", "Ears and Eyes", "The Twist"],
  ["cuts it in fragments of a second", "plays fair", "at its best in the quiet safe-cracking scene"], VR_SIDES)

K = "comparison"
q("which is longer, oxbow fever or harrow bright", K, OF, [], ["138 minutes"], ["138 minutes", "126 minutes"])
q("which has the better music, the tin choir or oxbow fever", K, TC, ["3. The Songs"],
  ["genuine earworm", "Ettie Rowse", "surprise of the year"], ["Tin Choir", "Oxbow Fever"])
q("is kestrel lane better than oxbow fever", K, KL, [], ["★★★★☆", "Go and see it"], ["Kestrel Lane", "Oxbow Fever"])
q("which looks better, the skarvik winters or halcyon laundry", K, SW, [], ["simply breathtaking", "Rafael Okoro"],
  ["Skarvik Winters", "Halcyon Laundry"])
q("harrow bright vs umbra and the clockwork fox, which is better looking", K, HB, ["The Good"],
  ["one of the best-looking films of the year", "Anouk Fairley"], ["Harrow Bright", "Umbra"])
q("gooseberry heights or umbra and the clockwork fox for a six year old", K, GH, ["For Parents"],
  ["fine for most children from about five or six"], ["Gooseberry Heights", "Umbra"])
q("which is scarier, sister antimony or umbra and the clockwork fox", K, SA, [], ["Properly scared", "relentlessly creepy"],
  ["Sister Antimony", "Umbra"])
q("which came out first, gooseberry heights or harrow bright", K, GH, [], ["2025"], ["2025", "2026"])
q("is halcyon laundry funnier than gooseberry heights", K, HL, ["The Spin Cycle", "Introduction"],
  ["biggest laughs", "made me happier"], ["Halcyon Laundry", "Gooseberry Heights"])
q("compare the acting in kestrel lane and oxbow fever", K, KL, [], ["Niamh Castell", "she is superb"], ["Kestrel Lane", "Oxbow Fever"])
q("which is slower, the skarvik winters or kestrel lane", K, SW, [], ["the film is slow", "hard going"], ["Skarvik Winters", "Kestrel Lane"])
q("which has worse effects, harrow bright or gooseberry heights", K, HB, ["The Bad"],
  ["rubbery, badly lit", "far too obviously computer-generated"], ["Harrow Bright", "Gooseberry Heights"])
q("which is longer, the marrow engine or oxbow fever", K, "Oxbow Fever", [], ["138 minutes"], ["109 minutes", "138 minutes"])
q("compare the music in the tin choir and the lantern brigade", K, TC, ["3. The Songs"], ["Ettie Rowse", "genuine earworm"],
  ["Tin Choir", "Lantern Brigade"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

#!/usr/bin/env python3
"""Write eval/unseen33/all.jsonl from the hand-written questions below (one JSON object per line).

New films: UM Unmute (two reviews that disagree: a guided-meditation session transcript from a mindfulness app,
plain text with no heading lines, by Alma Larwood, "Four stars out of five", and a terms-and-conditions page,
Markdown with front matter `title/reviewer/outlet/rating`, a `# Terms and conditions of viewing: Unmute` headline and
numbered `##` clauses, by Graeme Rawcliffe, "two stars out of five"; no editor, no actor for the daughter Lois),
SH Shuttering (a heritage register's listed-building entry saved as HTML, plain text with `<h2>` "Official list
entry", "Summary", "Reasons for Designation", "History", "Details", "Sources", "Grade: II*" and "four stars out of
five", no composer), CA Capo (a guitar-tab site's chord sheet, a review in song, plain text with "[Verse 1]" labels
and chord lines, then a critic's note, "Three stars out of five", no writer), CS Coconut Shells (a fan-fiction archive's
work page holding a meta essay, plain text with the archive's tag header, "Rating: General Audiences", and heading
lines "What it is", "Why it works", "The sound, obviously", "Where it stumbles", "Final mix", "9/10", no editor),
MI Mitten (a cinema kids' club activity sheet, plain text with capitalised heading lines and a quiz, the review under
"FOR GROWN-UPS: OUR REVIEW", "Four stars out of five", no editor), EG Eggshell (a paint colour card, Markdown with no
front matter, `# Eggshell` and `##` colours "No. 1: Hindle White" to "No. 6: First Coat" and "Coverage", "Three stars
out of five", no composer), WO Woggle (a Scout activity badge's requirements, Markdown with front matter
`film/critic/outlet/score`, `##` "About this badge" and "Requirement 1: ..." to "Requirement 6: ...", "seven out of
ten", no actor for the rival leader Tim Clegg).
About 15 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen32/reviews): Hollow Creek and The Last Bellmakers.
"""
import json, os

UM, SH, CA, CS = "Unmute", "Shuttering", "Capo", "Coconut Shells"
MI, EG, WO = "Mitten", "Eggshell", "Woggle"
# films of the earlier sets (copied unchanged)
HC, LB = "Hollow Creek", "The Last Bellmakers"
UM_SIDES = ["Larwood", "Rawcliffe"]  # the meditation unmute.txt (4/5), the terms and conditions unmute-rawcliffe.md (2/5)
# <h2> headings of shuttering.txt (tags stripped)
S_ENTRY, S_SUM, S_REASONS, S_HIST, S_DET, S_SRC = (
    "Official list entry", "Summary", "Reasons for Designation", "History", "Details", "Sources")
# plain-text heading lines of coconut-shells.txt ("Is it too slow?" ends in a question mark and is not counted)
C_WHAT, C_WORKS, C_SOUND, C_STUMB, C_FINAL = (
    "What it is", "Why it works", "The sound, obviously", "Where it stumbles", "Final mix")
# plain-text heading lines of mitten.txt
M_ABOUT, M_REVIEW = "ABOUT THE FILM", "FOR GROWN-UPS: OUR REVIEW"
# ## headings of eggshell.md
E_1, E_2, E_3, E_4, E_5, E_6, E_COV = (
    "No. 1: Hindle White", "No. 2: Laboratory Blue", "No. 3: Boardroom Taupe", "No. 4: Sagging Middle Grey",
    "No. 5: Golden Hour", "No. 6: First Coat", "Coverage")
# ## headings of woggle.md
W_ABOUT, W_R1, W_R2, W_R3, W_R4, W_R5, W_R6 = (
    "About this badge", "Requirement 1: Know the film", "Requirement 2: Tell the story in five sentences",
    "Requirement 3: Name the cast and say what you thought", "Requirement 4: Spot the hazards",
    "Requirement 5: Say who it is for", "Requirement 6: Give your verdict")
# plain-text heading lines of hollow-creek.txt and ## headings of the-last-bellmakers.md (old files)
H_DIR, H_CAST, H_WRIT, H_VIS, H_SOUND, H_VERD = (
    "Direction", "Cast", "Writing", "Visuals", "Sound and Score", "Verdict")
B_SUBJ, B_BEHIND, B_STRUCT, B_FINAL = "Subjects", "Behind the Camera", "Structure", "Final Word"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats unmute about", K, UM, [], ["a ten-day silent retreat", "she swears at a caller on air"])
q("how does unmute look", K, UM, [],
  ["the film is beautiful to look at", "photography of the Elan Valley is gorgeous"])
q("what is shuttering about", K, SH, [S_SUM], ["refuses to leave until it is saved", "a concrete bus station of 1969"])
q("how is the acting in shuttering", K, SH, [S_REASONS, S_HIST],
  ["Audrey Catlow gives the performance of a lifetime as Gerty", "a little wooden in the first hour"])
q("whats capo about", K, CA, [],
  ["a once-famous pub-rock guitarist reduced to busking", "Reggie Tapper's sixty-eight, he plays the Market Square"])
q("are the songs in capo any good", K, CA, [], ["The songs are terrific", "The songs are the best thing in it"])
q("whats coconut shells about", K, CS, [C_WHAT],
  ["Ted Birtwistle, the studio's effects man, makes every sound the microphones missed",
   "is sent down to the effects stage to walk the footsteps"])
q("how does coconut shells sound", K, CS, [C_SOUND], ["This is a film about sound that sounds extraordinary"])
q("what is mitten about", K, MI, [M_ABOUT],
  ["Bobble is a little red knitted mitten", "falls off Lena Canavan's hand on the number 12 bus in Belfast"])
q("hows the animation in mitten", K, MI, [M_REVIEW],
  ["Everything in the film is made to look knitted, felted or stitched", "It is gorgeous"])
q("whats eggshell about", K, EG, [], ["names paint colours for Ludgrove & Cowl", "she has run out of words"])
q("what is woggle about", K, WO, [W_R2],
  ["takes the troop on one last summer camp at Hagg Wood", "are about to lose their hut"])
q("hows the photography in hollow creek", K, HC, [H_VIS],
  ["genuinely striking", "a palette of slate greys and sickly greens"])

K = "actor"
q("who plays myra in unmute", K, UM, [], ["Honora Blakiston is luminous as Myra", "as played by Honora Blakiston"])
q("who plays the plumber in unmute", K, UM, [],
  ["Alun Dewhurst is wonderful as Ieuan", "Alun Dewhurst is excellent as Ieuan"])
q("who plays the architect in shuttering", K, SH, [S_REASONS],
  ["Audrey Catlow gives the performance of a lifetime as Gerty"])
q("who plays the cleaner in shuttering", K, SH, [S_REASONS], ["Nomvula Mavuso is a delight as Chipo Ndlovu"])
q("who plays reggie in capo", K, CA, [], ["Wallace Coles is superb as Reggie"])
q("who plays the beatboxer in capo", K, CA, [], ["Rutendo Bairstow is a revelation as Tiana"])
q("who plays flossie in coconut shells", K, CS, [C_WORKS], ["Xenia Cowburn is radiant as Flossie"])
q("who plays the producer in coconut shells", K, CS, [C_STUMB], ["Nikolai Foulds plays the producer, Maximilian Holme"])
q("who voices bobble in mitten", K, MI, [M_REVIEW], ["Esi Livesey voices Bobble"])
q("who voices the glove in mitten", K, MI, [M_REVIEW], ["Micky Nutter is a joy as the grumpy glove"])
q("who plays violet in eggshell", K, EG, [E_1], ["Sally Wareing is delightful as Violet"])
q("who plays skip in woggle", K, WO, [W_R3], ["Alastair Leach is wonderful as Skip"])
q("who plays nora in hollow creek", K, HC, [H_CAST], ["Abigail Renner plays Nora Falk"])

K = "crew"
q("who directed unmute", K, UM, [], ["directed by Hedvig Ranta"])
q("who wrote unmute", K, UM, [], ["from a screenplay by Soraya Onslow"])
q("who shot unmute", K, UM, [], ["Wojtek Szczepanik photographed it", "Wojtek Szczepanik's photography"])
q("who directed shuttering", K, SH, [S_SUM], ["directed by Agnethe Brennand"])
q("who edited shuttering", K, SH, [S_DET], ["Dorotea Kranjc"])
q("who directed capo", K, CA, [], ["directed by Kavya Blenkinsop"])
q("who wrote the songs for capo", K, CA, [], ["with songs by Elva Sowerbutts"])
q("who wrote coconut shells", K, CS, [C_WHAT], ["from a screenplay by Peredur Heaton"])
q("who did the music in coconut shells", K, CS, [C_SOUND], ["Aldo Molyneux's music"])
q("who directed mitten", K, MI, [M_REVIEW], ["directed by Rania Brockbank"])
q("who directed eggshell", K, EG, [], ["written and directed by Romaine Whittle"])
q("who edited woggle", K, WO, [W_R1], ["editing by Freda Parkinson"])
q("who edited the last bellmakers", K, LB, [B_BEHIND], ["Editor Kofi Mensah-Pratt"])

K = "metadata"
q("how long is unmute", K, UM, [], ["106 minutes"])
q("who reviewed unmute", K, UM, [], ["Alma Larwood", "Graeme Rawcliffe"], UM_SIDES)
q("how long is shuttering", K, SH, [S_SUM], ["112 minutes long"])
q("what is shuttering rated", K, SH, [], ["rated 12A", "The 12A is right"])
q("capo runtime", K, CA, [], ["98 minutes long"])
q("who reviewed capo", K, CA, [], ["Jill Cockcroft"])
q("how long is coconut shells", K, CS, [C_WHAT], ["121 minutes long"])
q("what year is coconut shells from", K, CS, [C_WHAT], ["a British romantic drama of 2026"])
q("how long is mitten", K, MI, [M_REVIEW], ["84 minutes long"])
q("who reviewed eggshell", K, EG, [], ["Ken Waddington"])
q("what is woggle rated", K, WO, [], ["rated PG", "The PG is right"])
q("how long is hollow creek", K, HC, [H_DIR], ["97 minutes"])
q("when did the last bellmakers come out", K, LB, [], ["2024"])

K = "verdict"
q("is unmute worth seeing", K, UM, [], ["Four stars out of five", "two stars out of five"], UM_SIDES)
q("what did graeme rawcliffe think of unmute", K, UM, [], ["two stars out of five", "I found her shrill and mugging"])
q("shuttering rating", K, SH, [S_ENTRY], ["four stars out of five", "Grade: II*"])
q("is shuttering good", K, SH, [], ["four stars out of five", "the finest five minutes of acting I have seen this year"])
q("capo score", K, CA, [], ["Three stars out of five"])
q("is capo worth watching", K, CA, [], ["Three stars out of five", "Go for Wallace Coles and the songs"])
q("coconut shells rating", K, CS, [C_FINAL], ["9/10"])
q("is coconut shells any good", K, CS, [C_FINAL], ["I'd give it 9/10", "Gentle, grown-up and very romantic"])
q("mitten verdict", K, MI, [M_REVIEW], ["Four stars out of five", "the nicest surprise of our Christmas season"])
q("is eggshell good", K, EG, [E_COV], ["Three stars out of five", "warm, funny and a little thin"])
q("woggle score", K, WO, [], ["seven out of ten", "7/10"])
q("is woggle worth it", K, WO, [W_R6], ["My score: seven out of ten", "Woggle is warm, silly and kind"])
q("is hollow creek good", K, HC, [H_VERD], ["Two stars out of five", "Horror fans should skip it"])

K = "yes/no"
q("is unmute ok for a 14 year old", K, UM, [],
  ["The 15 is fair", "The 15 certificate is fair", "younger viewers may find it far too still"])
q("is alun dewhurst good in unmute", K, UM, [],
  ["Alun Dewhurst is wonderful as Ieuan", "Alun Dewhurst is excellent as Ieuan"])
q("is shuttering ok for a 12 year old", K, SH, [S_DET], ["The 12A is right", "nothing a twelve-year-old could not handle"])
q("does shuttering drag", K, SH, [S_DET], ["The second act sags badly", "could lose twenty minutes without harm"])
q("is capo ok for kids", K, CA, [],
  ["it is fine for anyone over ten", "The 12A is for some swearing and one scuffle outside a pub"])
q("is the ending of capo good", K, CA, [], ["the ending is far too neat", "The ending is too tidy"])
q("is coconut shells too slow", K, CS, [], ["No. It is patient.", "At 121 minutes it earns its length"])
q("is coconut shells ok for kids", K, CS, [C_FINAL], ["the PG is right", "nothing here to upset anyone over eight"])
q("is mitten scary", K, MI, [M_REVIEW], ["nothing here is truly scary", "Grabbins swoops once or twice"])
q("is mitten ok for a 3 year old", K, MI, [M_REVIEW], ["it is fine for children of three and up", "The U is right"])
q("is eggshell predictable", K, EG, [E_COV], ["so predictable you could set a level by it"])
q("is woggle ok for a 7 year old", K, WO, [W_R5], ["nothing that will frighten anyone over seven", "The PG is right"])
q("is the music in hollow creek good", K, HC, [H_SOUND], ["a shriek of strings half a second before anything happens"])

K = "typo"
q("unmutte review", K, UM, [], ["Four stars out of five", "two stars out of five"], UM_SIDES)
q("unmut cast", K, UM, [], ["Honora Blakiston", "Alun Dewhurst", "Darius Ricketts", "Caius Dempster"])
q("shutering review", K, SH, [], ["four stars out of five"])
q("shutttering director", K, SH, [], ["Agnethe Brennand"])
q("cappo review", K, CA, [], ["Three stars out of five"])
q("capoo cast", K, CA, [], ["Wallace Coles", "Rutendo Bairstow", "Victor Unsworth"])
q("coconut shels review", K, CS, [], ["9/10"])
q("cocnut shells director", K, CS, [], ["Orsolya Prati"])
q("miten review", K, MI, [], ["Four stars out of five"])
q("mittten voices", K, MI, [], ["Esi Livesey", "Micky Nutter", "Hassan Slater", "Cynthia Worsley"])
q("egshell review", K, EG, [], ["Three stars out of five"])
q("wogle cast", K, WO, [], ["Alastair Leach", "Bilal Rushton", "Stella Iredale"])
q("hollow crek review", K, HC, [], ["Two stars out of five"])

K = "very short"
q("unmute music", K, UM, [],
  ["score is a few notes on a cello and a singing bowl", "is intrusive and plinky"], UM_SIDES)
q("unmute dop", K, UM, [], ["Wojtek Szczepanik"])
q("shuttering dop", K, SH, [S_REASONS], ["photographed by Bartek Farkas"])
q("shuttering music", K, SH, [S_DET],
  ["brass band records played over the station tannoy", "no original score that I could hear"])
q("capo editor", K, CA, [], ["editing by Laurie Jaggard"])
q("capo dop", K, CA, [], ["photography by Mehdi Walmsley"])
q("coconut shells dop", K, CS, [C_SOUND], ["Hiroshi Norcross photographed it"])
q("mitten songs", K, MI, [M_REVIEW], ["with songs by Finn Gaskell", "gets the best song"])
q("eggshell dop", K, EG, [E_5], ["Arash Eastham photographed it"])
q("eggshell editor", K, EG, [E_5], ["Kudzai Mather's editing"])
q("woggle music", K, WO, [W_R1, W_R6], ["music by Zeno Tomlinson", "Zeno Tomlinson's music"])
q("woggle director", K, WO, [W_R1], ["directed by Ishaan Ratnayake"])
q("bellmakers music", K, LB, [B_STRUCT], ["The music, by composer Ilse Brandvold"])

K = "no film named"
q("the film about the radio host at a silent retreat, any good", K, UM, [],
  ["Four stars out of five", "two stars out of five"], [UM])
q("that meditation retreat comedy, who plays the plumber", K, UM, [], ["Alun Dewhurst"], [UM])
q("the film about the old architect who moves into her bus station, is it good", K, SH, [],
  ["four stars out of five"], [SH])
q("the bus station demolition drama, how long is it", K, SH, [], ["112 minutes"], [SH])
q("the busker film with the beatboxer, worth watching", K, CA, [], ["Three stars out of five"], [CA])
q("that nottingham busking movie, who directed it", K, CA, [], ["Kavya Blenkinsop"], [CA])
q("the 1950s film about the sound effects man and the typist, any good", K, CS, [], ["9/10"], [CS])
q("the foley romance, who plays the effects man", K, CS, [], ["Geraint Isherwood"], [CS])
q("the cartoon about a lost glove on a belfast bus, ok for a 4 year old", K, MI, [],
  ["fine for children of three and up", "The U is right"], [MI])
q("the animated one with the magpie that steals lost things, who wrote the songs", K, MI, [], ["Finn Gaskell"], [MI])
q("the romcom about the woman who names paint colours, worth it", K, EG, [], ["Three stars out of five"], [EG])
q("the paint company romance, who plays the boss", K, EG, [], ["Lindiwe Riddiough"], [EG])
q("the scout camp comedy, any good", K, WO, [], ["seven out of ten", "7/10"], [WO])
q("the documentary about the brothers who cast church bells, is it good", K, LB, [],
  ["4/5", "one of the most absorbing documentaries I have seen this year"], [LB])

K = "film not stored"
no("is eat pray love any good", K)
no("into great silence review", K)
no("who directed the brutalist", K)
no("inside llewyn davis cast", K)
no("is sing street ok for kids", K)
no("blow out review", K)
no("who sings in singin' in the rain", K)
no("how long is the snowman", K)
no("toy story rating", K)
no("the borrowers review", K)
no("is pleasantville worth watching", K)
no("who plays the scout master in moonrise kingdom", K)
no("capone review", K)
no("the gatehouse quartet review", K)

K = "unanswerable"
no("who edited unmute", K, UM)
no("who plays myra's daughter in unmute", K, UM)
no("who composed the score for shuttering", K, SH)
no("who plays the council leader in shuttering", K, SH)
no("who wrote the screenplay for capo", K, CA)
no("who plays the council officer in capo", K, CA)
no("who edited coconut shells", K, CS)
no("who plays flossie's fiance in coconut shells", K, CS)
no("who edited mitten", K, MI)
no("who voices lena in mitten", K, MI)
no("who did the music for eggshell", K, EG)
no("who plays tanvi in eggshell", K, EG)
no("who plays the rival scout leader in woggle", K, WO)
no("what certificate is hollow creek", K, HC)

K = "pros/cons"
q("unmute pros and cons", K, UM, [],
  ["Honora Blakiston is luminous as Myra", "Alun Dewhurst is wonderful as Ieuan", "the film is beautiful to look at",
   "The ending is perfect", "That strand is silly", "I found her shrill and mugging", "at least half an hour too long",
   "is intrusive and plinky", "I thought the ending was a cop-out"], UM_SIDES)
q("whats wrong with unmute", K, UM, [],
  ["That strand is silly", "I found her shrill and mugging", "the Film is at least half an hour too long",
   "is intrusive and plinky", "I thought the ending was a cop-out", "It is silly, it is not funny"])
q("shuttering pros and cons", K, SH, [],
  ["Audrey Catlow gives the performance of a lifetime", "the film makes raw concrete look like something you could love",
   "Nomvula Mavuso is a delight", "are properly gripping", "a little wooden in the first hour",
   "a stock villain in a stock suit", "The second act sags badly", "is a misjudgement"])
q("whats bad about shuttering", K, SH, [S_HIST, S_DET],
  ["The second act sags badly", "is a misjudgement", "a stock villain in a stock suit", "a little wooden in the first hour"])
q("capo good and bad", K, CA, [],
  ["Wallace Coles is superb as Reggie", "Rutendo Bairstow is a revelation as Tiana", "The songs are terrific",
   "shoots Nottingham at night beautifully", "the middle drags", "the ending is far too neat", "as a cartoon of a rich man"])
q("whats wrong with capo", K, CA, [],
  ["the middle drags", "the ending is far too neat", "The ending is too tidy", "as a cartoon of a rich man",
   "the film never knows what to do with him"])
q("coconut shells pros and cons", K, CS, [],
  ["Xenia Cowburn is radiant as Flossie", "Geraint Isherwood is a marvel of small gestures", "is perfect",
   "sounds extraordinary", "as a cardboard villain", "is a non-character", "pile on the melodrama"])
q("whats bad about coconut shells", K, CS, [C_STUMB],
  ["as a cardboard villain", "is a non-character", "the subplot about their engagement goes nowhere",
   "pile on the melodrama"])
q("mitten pros and cons", K, MI, [M_REVIEW],
  ["It is gorgeous", "The voices are lovely too", "Micky Nutter is a joy", "The middle sags a little in the magpie's nest",
   "two songs too many", "The ending is also very sweet indeed"])
q("eggshell pros and cons", K, EG, [],
  ["Sally Wareing is delightful as Violet", "steals every scene she is in", "the film looks lovely", "a little bland",
   "The middle half hour sags", "so predictable you could set a level by it"])
q("whats good about eggshell", K, EG, [],
  ["Sally Wareing is delightful as Violet", "Lindiwe Riddiough steals every scene she is in", "the film looks lovely",
   "editing keeps most scenes short and bright", "The scene where she tries to name a colour on a first date"])
q("woggle strengths and weaknesses", K, WO, [],
  ["Alastair Leach is wonderful as Skip", "Bilal Rushton is a natural as Zayan", "makes the woods look beautiful",
   "is very catchy", "The raft race goes on far too long", "more toilet humour than the film needs",
   "is a pantomime villain with a whistle", "about ten minutes too long"])
q("the last bellmakers pros and cons", K, LB, [],
  ["it is spellbinding", "one of the most absorbing documentaries", "is left frustratingly vague", "sags noticeably",
   "used sparingly and to great effect"])

K = "disagreement"
q("is honora blakiston good in unmute", K, UM, [],
  ["Honora Blakiston is luminous as Myra", "I found her shrill and mugging"], UM_SIDES)
q("is unmute too slow", K, UM, [],
  ["every one of its 106 minutes felt earned to me", "at least half an hour too long"], UM_SIDES)
q("is the ending of unmute good", K, UM, [], ["The ending is perfect", "I thought the ending was a cop-out"], UM_SIDES)
q("is the music in unmute good", K, UM, [],
  ["it is lovely, as quiet as the retreat itself", "is intrusive and plinky"], UM_SIDES)
q("what do the unmute reviews disagree on", K, UM, [],
  ["Honora Blakiston is luminous as Myra", "I found her shrill and mugging",
   "every one of its 106 minutes felt earned to me", "at least half an hour too long",
   "The ending is perfect", "I thought the ending was a cop-out",
   "it is lovely, as quiet as the retreat itself", "is intrusive and plinky"], UM_SIDES)
q("what do both unmute reviewers agree on", K, UM, [],
  ["Alun Dewhurst is wonderful as Ieuan", "Alun Dewhurst is excellent as Ieuan", "the film is beautiful to look at",
   "photography of the Elan Valley is gorgeous", "That strand is silly", "It is silly, it is not funny",
   "The 15 is fair", "The 15 certificate is fair", "is the funniest thing I have seen all year",
   "which is genuinely funny"], UM_SIDES)
q("who liked unmute more, the meditation woman or the solicitor", K, UM, [],
  ["Four stars out of five", "two stars out of five"], UM_SIDES)
q("is the cast of shuttering all good", K, SH, [],
  ["Audrey Catlow gives the performance of a lifetime", "a little wooden in the first hour"])
q("is shuttering good all the way through", K, SH, [S_DET],
  ["The second act sags badly", "the final twenty minutes, on the night the bulldozers arrive, are properly gripping"])
q("is everyone in capo good", K, CA, [], ["Wallace Coles is superb as Reggie", "as a cartoon of a rich man"])
q("are both leads in eggshell good", K, EG, [], ["Sally Wareing is delightful as Violet", "a little bland"])
q("is mrs shuttleworth a good character in woggle", K, WO, [W_R3],
  ["as a clipboard with legs for the first hour", "one lovely scene at the campfire"])
q("is the cast of hollow creek any good", K, HC, [H_CAST],
  ["she does what she can",
   "The one performer who seems to understand what kind of film this should have been is Lorraine Vickers"])

K = "comparison"
q("which is longer, unmute or capo", K, UM, [], ["106 minutes"], ["98 minutes"])
q("which is shorter, shuttering or mitten", K, MI, [], ["84 minutes"], ["112 minutes"])
q("coconut shells or eggshell, which is longer", K, CS, [], ["121 minutes"], ["95 minutes"])
q("which got the better review, capo or woggle", K, WO, [], ["seven out of ten"], ["Three stars out of five"])
q("which scored higher, shuttering or eggshell", K, SH, [], ["four stars out of five"], ["Three stars out of five"])
q("which scored higher, mitten or coconut shells", K, CS, [], ["9/10"], ["Four stars out of five"])
q("which is better for a 5 year old, unmute or mitten", K, MI, [], ["rated U", "The U is right"], ["rated 15"])
q("which is more family friendly, eggshell or woggle", K, WO, [], ["rated PG", "The PG is right"], ["12A"])
q("which is longer, woggle or capo", K, WO, [], ["99 minutes"], ["98 minutes"])
q("which is longer, hollow creek or the last bellmakers", K, HC, [], ["97 minutes"], ["88 minutes"])
q("which is shorter, mitten or the last bellmakers", K, MI, [], ["84 minutes"], ["88 minutes"])
q("which scored higher, hollow creek or woggle", K, WO, [], ["seven out of ten"], ["Two stars out of five"])
q("which got the better review, the last bellmakers or capo", K, LB, [], ["4/5"], ["Three stars out of five"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

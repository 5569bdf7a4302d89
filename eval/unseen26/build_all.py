#!/usr/bin/env python3
"""Write eval/unseen26/all.jsonl from the hand-written questions below (one JSON object per line).

New films: CT Caplin Tickle (two reviews that disagree: a reading group guide with numbered discussion questions,
Markdown with front matter `film/year/author/stars/source`, by Beverley Penney, "four stars out of five", and a blog
page saved as HTML with a schema.org JSON-LD block above the prose, entities and curly quotes, no headings in the
prose, by Garrison Frobisher, "two out of five"), UP Uptime (a Unix man page, plain text with capital heading lines,
"Three stars out of four"), FP Foul Pole (a baseball scouting report, Markdown with `# Foul Pole`, a table and bold
labels, no front matter and no `##` headings, "Overall future value 55 on the 20-80 scale"), UB Underbridge (a
tabletop role-playing game stat block, front matter `title/released/critic/rating/outlet`, "64/100"), BL Bad Light
(a cricket scorecard, plain text with heading lines, "Rating: 4/5"), RB Rebuttal (a high-school yearbook page of
senior superlatives, plain text with heading lines, no score at all), SC Sort Code (a bank statement, plain text,
"one and a half stars", "1.5/5", no runtime). About 14 questions are about two films of the earlier sets (copied
unchanged into reviews/ with all of eval/unseen25/reviews): The Skarvik Winters and Kestrel Lane.
"""
import json, os

CT, UP, FP, UB = "Caplin Tickle", "Uptime", "Foul Pole", "Underbridge"
BL, RB, SC = "Bad Light", "Rebuttal", "Sort Code"
# films of the earlier sets (copied unchanged)
SW, KL = "The Skarvik Winters", "Kestrel Lane"
CT_SIDES = ["Penney", "Frobisher"]  # the guide caplin-tickle-penney.md (4/5), the blog page caplin-tickle.txt (2/5)
# plain-text heading lines of uptime.txt (the man page)
U_NAME, U_DESC, U_ENV, U_BUGS, U_EXIT = "NAME", "DESCRIPTION", "ENVIRONMENT", "BUGS", "EXIT STATUS"
# ## headings of underbridge.md
UB_VUL, UB_TRE = "Vulnerabilities", "Treasure"
# plain-text heading lines of bad-light.txt
B_MATCH, B_BAT, B_BOWL, B_FALL, B_RES = "The match", "Batting", "Bowling", "Fall of wickets", "Result"
# plain-text heading lines of rebuttal.txt
R_SUCC, R_CLOWN, R_TEACH, R_EYES, R_MUS = ("Most Likely to Succeed", "Class Clown", "Teacher of the Year", "Best Eyes",
                                          "Best Musician")
R_LATE, R_FORGOT, R_PRED, R_FRIEND, R_WILL = ("Most Likely to Be Late", "Least Likely to Be Remembered",
                                              "Most Predictable", "Best Friendship", "Class Will")
# plain-text heading lines of sort-code.txt
S_TX, S_NOTES = "Your transactions", "Notes to your statement"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats caplin tickle about", K, CT, [], ["has to decide whether to join Canada", "votes on whether to join Canada"])
q("how does caplin tickle look", K, CT, [],
  ["the fog rolling into the harbour at dawn is the most beautiful image I have seen this year",
   "photography is gorgeous too"])
q("what is uptime about", K, UP, [U_DESC, U_NAME],
  ["is told to spend the night in the machine room and make sure the mainframe survives midnight",
   "a comedy about four people waiting for the year 2000 to break the computer"])
q("hows the music in uptime", K, UP, [U_ENV], ["sounds like a dial-up modem falling in love"])
q("what happens in foul pole", K, FP, [],
  ["Luther Tuggle is a knuckleball pitcher of forty-one", "who has never caught a knuckleball and speaks no English"])
q("how are the baseball scenes in foul pole", K, FP, [],
  ["stages the ball games better than anyone since the eighties", "The baseball is real",
   "a knuckleball that will not behave is genuinely exciting"])
q("whats underbridge about", K, UB, [],
  ["lives a troll called Grumbald", "The council wants the bridge down for a retail park"])
q("how scary is underbridge", K, UB, [],
  ["it is far funnier than it is frightening", "The jokes hit far more often than the scares"])
q("what is bad light about", K, BL, [B_MATCH],
  ["He is also losing his sight, and he has told nobody",
   "Stanley Outhwaite has umpired county cricket for twenty-six seasons"])
q("how is the acting in bad light", K, BL, [B_BAT],
  ["it is the performance of the year", "she is warm and sharp",
   "he is terrific until the script runs out of things for him to do"])
q("what's rebuttal about", K, RB, [],
  ["It is about the debate team of a broke public high school in Tucson",
   "hold bake sales all year to pay for the bus to the national tournament"])
q("whats the story of sort code", K, SC, [S_TX],
  ["is talked out of £14,000 by a polite young man", "decide to scam the scammers back"])
q("how is the photography in the skarvik winters", K, SW, [],
  ["The cinematography by Rafael Okoro is simply breathtaking"])

K = "actor"
q("who plays hitty in caplin tickle", K, CT, [], ["Josée Ivany plays Hitty", "Josée Ivany is wonderful as Hitty"])
q("who plays the father in caplin tickle", K, CT, [],
  ["Derrick Keough gives the finest performance in the film as Uriah", "Derrick Keough, as her father"])
q("who plays the organiser in caplin tickle", K, CT, [],
  ["Quincy Budden (Cillian Furey)", "Cillian Furey, as the organiser Quincy Budden"])
q("who plays muriel in uptime", K, UP, [], ["Beryl Tandy plays Muriel"])
q("who plays the cobol guy in uptime", K, UP, [], ["Harold Skerratt plays Wayne Gosforth, the contractor"])
q("who plays the pitcher in foul pole", K, FP, [], ["Waylon Hollifield plays Luther"])
q("who plays the catcher in foul pole", K, FP, [], ["Starlin Batista, as Rigoberto"])
q("who plays the troll in underbridge", K, UB, [], ["Alan Fazackerley plays Grumbald"])
q("who plays the pest control woman in underbridge", K, UB, [], ["Julie Greenhalgh plays Sharon"])
q("who plays the umpire in bad light", K, BL, [B_BAT], ["Guthrie Jellicoe"])
q("who plays ximena in rebuttal", K, RB, [R_SUCC], ["Yaretzi Huerta, who plays the team captain, Ximena Tamayo"])
q("who plays dorothy in sort code", K, SC, [S_TX], ["Phyllis Upshall plays Dorothy"])
q("who plays moody in kestrel lane", K, KL, [], ["Niamh Castell plays Moody"])

K = "crew"
q("who directed caplin tickle", K, CT, [],
  ["It was directed by Ghislain Quennevais", "Ghislain Quennevais directs the town meetings"])
q("who wrote the screenplay for caplin tickle", K, CT, [],
  ["the screenplay is by Paraic Critch", "The screenplay by Paraic Critch"])
q("who did the music for caplin tickle", K, CT, [], ["Huguette Dower's score", "Huguette Dower’s accordion score"])
q("who directed uptime", K, UP, [U_DESC], ["Ravindra Holtby directed it"])
q("who wrote uptime", K, UP, [U_DESC], ["from a script by Stacey Bagnall"])
q("who edited uptime", K, UP, [U_ENV], ["Doreen Gledhill's editing keeps the countdown tight"])
q("who directed foul pole", K, FP, [], ["Merle Kimbrough, director", "Merle Kimbrough stages the ball games"])
q("who shot foul pole", K, FP, [], ["Itzel Garza shoots the night games in sodium orange"])
q("who did the prosthetics on underbridge", K, UB, [], ["prosthetics by Quinlan Bratt"])
q("who composed the music for underbridge", K, UB, [], ["Paula Lightfoot's score is a colliery brass band"])
q("who was the cinematographer on bad light", K, BL, [B_BOWL], ["Etienne Quinton shot it on grainy film"])
q("who directed rebuttal", K, RB, [], ["It was directed by Yesenia Candelaria"])
q("who edited the skarvik winters", K, SW, [], ["The editing by Bjørn Aske", "Editor: Bjørn Aske"])

K = "metadata"
q("how long is caplin tickle", K, CT, [], ["128 minutes long", "At 128 minutes"])
q("who reviewed caplin tickle", K, CT, [], ["Beverley Penney", "Garrison Frobisher"], CT_SIDES)
q("what language is caplin tickle in", K, CT, [], ["in English with a little Irish", "In English, with a few lines of Irish"])
q("how long is uptime", K, UP, [U_DESC], ["It runs 94 minutes"])
q("uptime age rating", K, UP, [U_DESC], ["rated 12A"])
q("foul pole runtime", K, FP, [], ["111 minutes"])
q("what language is foul pole in", K, FP, [], ["English / Spanish, subtitled"])
q("what is underbridge rated", K, UB, [], ["15, for language and one very wet troll attack"])
q("who reviewed underbridge", K, UB, [], ["Xanthe Inchbald"])
q("how long is bad light", K, BL, [], ["103 minutes"])
q("what year did rebuttal come out", K, RB, [], ["an American comedy-drama from 2026"])
q("what's sort code rated", K, SC, [], ["certificate 12A"])
q("how long is kestrel lane", K, KL, [], ["118 minutes"])

K = "verdict"
q("is caplin tickle worth seeing", K, CT, [], ["four stars out of five", "two out of five"], CT_SIDES)
q("what did the book club think of caplin tickle", K, CT, [],
  ["four stars out of five", "It is a faithful adaptation, and a generous one"])
q("what did garrison frobisher think of caplin tickle", K, CT, [],
  ["two out of five", "I came out of it checking my watch"])
q("is uptime any good", K, UP, [U_EXIT, U_DESC],
  ["Three stars out of four", "is as funny as anything British cinema has managed this year"])
q("uptime rating", K, UP, [U_EXIT], ["Three stars out of four"])
q("is foul pole worth watching", K, FP, [],
  ["Overall future value 55 on the 20-80 scale", "Sign it, but do not build the franchise around it"])
q("what grade did foul pole get", K, FP, [], ["Overall future value 55"])
q("should i see underbridge", K, UB, [UB_TRE], ["64 out of 100", "64/100", "Roll for initiative, bring friends and go on a Friday"])
q("bad light verdict", K, BL, [B_RES], ["Rating: 4/5", "Bring a flask and a handkerchief"])
q("is rebuttal good", K, RB, [R_WILL, R_SUCC], ["go and see it with your friends", "her final speech made our whole row cry"])
q("what score did rebuttal get", K, RB, [R_WILL], ["there is no score", "We do not give stars in the yearbook"])
q("is sort code worth it", K, SC, [], ["one and a half stars", "1.5/5"])
q("is the skarvik winters worth seeing", K, SW, [],
  ["4.5/5", "one of the most beautiful documentaries I have ever seen"])

K = "yes/no"
q("is caplin tickle ok for teenagers", K, CT, [],
  ["rated 14A", "nothing here to upset a teenager", "nothing in it that a teenage reader of the novel could not handle"])
q("is caplin tickle in english", K, CT, [], ["in English with a little Irish", "In English, with a few lines of Irish"])
q("does uptime have a lot of swearing", K, UP, [U_BUGS], ["There is some swearing, nearly all of it from Wayne"])
q("does the middle of uptime drag", K, UP, [U_BUGS], ["The middle hour loops"])
q("is foul pole ok for a 12 year old", K, FP, [], ["fine for a twelve-year-old who likes baseball", "PG-13"])
q("is foul pole in spanish", K, FP, [], ["English / Spanish, subtitled"])
q("is underbridge ok for kids", K, UB, [], ["15, for language and one very wet troll attack"])
q("are the effects in underbridge good", K, UB, [UB_VUL], ["swaps the rubber troll for cheap computer effects"])
q("is the ending of bad light any good", K, BL, [B_FALL],
  ["The ending, when Stanley offers the batsmen the light in his final match and walks off in the sunshine, is perfect"])
q("do ximena and brayden get together in rebuttal", K, RB, [R_FRIEND], ["who never once become a couple"])
q("is rebuttal predictable", K, RB, [R_PRED], ["You will know who wins the final round from the first ten minutes"])
q("does sort code have a happy ending", K, SC, [S_TX], ["everyone gets their money back"])
q("is the skarvik winters slow", K, SW, [], ["the film is slow, deliberately so"])

K = "typo"
q("caplin tikle review", K, CT, [], ["four stars out of five", "two out of five"], CT_SIDES)
q("caplan tickle cast", K, CT, [], ["Josée Ivany", "Derrick Keough", "Cillian Furey"])
q("uptim director", K, UP, [U_DESC], ["Ravindra Holtby"])
q("uptiem cast", K, UP, [], ["Beryl Tandy", "Harold Skerratt", "Shakil Anwar", "Gary Banham"])
q("fowl pole review", K, FP, [], ["Overall future value 55", "Sign it"])
q("foul poll cast", K, FP, [], ["Waylon Hollifield", "Starlin Batista", "Virgil Dupree"])
q("underbrige director", K, UB, [], ["Lynne Rowbotham"])
q("underbrdge music", K, UB, [], ["Paula Lightfoot"])
q("bad lite cast", K, BL, [B_BAT], ["Guthrie Jellicoe", "Natalie Bourne", "Darnell Brindley"])
q("rebutal cast", K, RB, [], ["Yaretzi Huerta", "Dashawn Eastcott", "Tiburcio Arvizu"])
q("rebbutal worth seeing", K, RB, [R_WILL, R_SUCC],
  ["go and see it with your friends", "her final speech made our whole row cry"])
q("sortcode director", K, SC, [S_TX], ["Cordula Whitworth directed it"])
q("kestral lane director", K, KL, [], ["director Saul Brennan"])

K = "very short"
q("caplin tickle ending", K, CT, [],
  ["The final scene at the ballot box is perfect", "the last scene at the ballot box is a cheat"], CT_SIDES)
q("caplin tickle dop", K, CT, [], ["Teemu Rauhala"])
q("uptime ending", K, UP, [U_EXIT], ["is a small miracle of timing"])
q("uptime music", K, UP, [U_ENV], ["Lorenzo Meakin's synth score"])
q("foul pole editor", K, FP, [], ["Colton Sugden's editing"])
q("foul pole writer", K, FP, [], ["The script, by Lamar Cordero"])
q("underbridge cast", K, UB, [], ["Julie Greenhalgh", "Alan Fazackerley", "Errol Gomersall"])
q("underbridge dop", K, UB, [], ["Brian Trubshaw"])
q("bad light music", K, BL, [B_BOWL], ["Zipporah Hulme's score is a cello that never stops sighing"])
q("bad light writer", K, BL, [B_BOWL], ["The screenplay, by Nasima Heathcote"])
q("rebuttal music", K, RB, [R_MUS], ["Kaden Wickstead, whose score is mostly mariachi trumpets"])
q("sort code cast", K, SC, [S_TX], ["Phyllis Upshall", "Imran Jessop", "Valentin Tinsley"])
q("kestrel lane editor", K, KL, [], ["The editing, by Rhys Tamblyn"])

K = "no film named"
q("the newfoundland film about joining canada, any good", K, CT, [],
  ["four stars out of five", "two out of five"], [CT])
q("that drama about the 1948 vote in the fishing village, who directed it", K, CT, [], ["Ghislain Quennevais"], [CT])
q("the y2k comedy, is it funny", K, UP, [],
  ["is as funny as anything British cinema has managed this year", "He gets all the best lines",
   "Three stars out of four"], [UP])
q("that film about the millennium bug at a building society, who's in it", K, UP, [],
  ["Beryl Tandy", "Harold Skerratt"], [UP])
q("the knuckleball pitcher movie, worth it", K, FP, [], ["Overall future value 55", "Sign it"], [FP])
q("the minor league baseball film from 1987, who directed it", K, FP, [], ["Merle Kimbrough"], [FP])
q("the troll under the canal bridge film, is it scary", K, UB, [],
  ["it is far funnier than it is frightening", "The jokes hit far more often than the scares"], [UB])
q("the horror comedy in stoke, who plays the troll", K, UB, [], ["Alan Fazackerley"], [UB])
q("the cricket umpire going blind film, any good", K, BL, [],
  ["Rating: 4/5", "it is the performance of the year"], [BL])
q("that film about the umpire losing his sight, how long is it", K, BL, [], ["103 minutes"], [BL])
q("the high school debate team movie, who directed it", K, RB, [], ["Yesenia Candelaria"], [RB])
q("the debate film set in tucson, is it good", K, RB, [],
  ["go and see it with your friends", "her final speech made our whole row cry"], [RB])
q("the phone scam pensioner film, worth seeing", K, SC, [], ["one and a half stars", "1.5/5"], [SC])
q("that documentary about the arctic fishing island, who shot it", K, SW, [], ["Rafael Okoro"], [SW])

K = "film not stored"
no("is the shipping news any good", K)
no("office space review", K)
no("who directed bull durham", K)
no("trollhunter cast", K)
no("how long is lagaan", K)
no("the great debaters worth watching", K)
no("is the tinder swindler ok for kids", K)
no("bad lieutenant review", K)
no("foul play cast", K)
no("uptown girls any good", K)
no("who wrote the da vinci code", K)
no("a bridge too far age rating", K)
no("winter's bone review", K)
no("the cormorant's wife review", K)

K = "unanswerable"
no("who edited caplin tickle", K, CT)
no("who plays granny tibbo in caplin tickle", K, CT)
no("who shot uptime", K, UP)
no("who plays roy the security guard in uptime", K, UP)
no("who did the music for foul pole", K, FP)
no("who plays the team owner in foul pole", K, FP)
no("who wrote underbridge", K, UB)
no("who edited underbridge", K, UB)
no("what age certificate is bad light", K, BL)
no("who plays mr pickles in bad light", K, BL)
no("who edited rebuttal", K, RB)
no("how long is sort code", K, SC)
no("who plays the bank manager in sort code", K, SC)
no("what year did kestrel lane come out", K, KL)

K = "pros/cons"
q("caplin tickle pros and cons", K, CT, [],
  ["she is extraordinary", "Josée Ivany is wonderful as Hitty", "the most beautiful image I have seen this year",
   "the romance with Budden is the weakest thread", "shouts every line", "accordion score drowns every scene",
   "At 128 minutes it is at least half an hour too long"])
q("whats bad about caplin tickle", K, CT, [],
  ["the romance with Budden is the weakest thread", "found the long winter in the middle slow going",
   "shouts every line", "drowns every scene it is in", "is at least half an hour too long", "is a cheat"])
q("uptime pros and cons", K, UP, [],
  ["she is the reason to go", "He gets all the best lines", "sounds like a dial-up modem falling in love",
   "The middle hour loops", "crashes every time it runs", "too easy and too many", "is likeable but underwritten"])
q("what's wrong with uptime", K, UP, [U_BUGS],
  ["The middle hour loops", "The subplot about Muriel's divorce crashes every time it runs",
   "The jokes about 1999 technology are too easy and too many", "a running joke that never runs anywhere"])
q("foul pole strengths and weaknesses", K, FP, [],
  ["It is a big-league performance", "is a real find", "The baseball is real", "nothing to do but cry on the phone",
   "The big final inning is a cliché", "This is the weak tool", "The second act runs station to station"])
q("what's good about foul pole", K, FP, [],
  ["It is a big-league performance", "is a real find", "the heart of the film", "The baseball is real",
   "steals every dugout scene", "looks like a faded baseball card"])
q("underbridge good and bad", K, UB, [],
  ["She is brilliant", "is the best thing in the film", "The middle drags while Shaz fills in forms",
   "cheap computer effects", "is a mess you cannot follow", "as a pantomime villain"])
q("whats wrong with underbridge", K, UB, [UB_VUL],
  ["The middle drags while Shaz fills in forms", "swaps the rubber troll for cheap computer effects",
   "is a mess you cannot follow", "the film is weaker every time he turns up"])
q("bad light pros and cons", K, BL, [],
  ["it is the performance of the year", "her scenes with her father in the car park are the best in the film",
   "is gorgeous", "The second hour drags badly", "it was carted all over the ground",
   "is strong on the cricket and weak on everything else"])
q("rebuttal pros and cons", K, RB, [],
  ["She is fierce, funny and completely believable", "Every line he has is a laugh", "is the prettiest thing in the film",
   "The middle of the film, which drags", "She is a cardboard villain in a blazer",
   "You will know who wins the final round"])
q("what's bad about rebuttal", K, RB, [R_LATE, R_FORGOT, R_PRED],
  ["The middle of the film, which drags", "There are at least three bake sale scenes too many",
   "She is a cardboard villain in a blazer", "You will know who wins the final round from the first ten minutes"])
q("sort code pros and cons", K, SC, [],
  ["she is superb", "It is the most frightening scene I have watched this year", "From here the film stops being true",
   "which is a waste of a good actor", "so the tone lurches from scene to scene",
   "full of jokes about pensioners who cannot use a phone", "The ending is a fantasy"])
q("kestrel lane pros and cons", K, KL, [],
  ["she is superb", "it never drags", "The one real misstep is the score by Ines Halloran",
   "is tidier than the rest of the film deserves"])

K = "disagreement"
q("is derrick keough good in caplin tickle", K, CT, [],
  ["Derrick Keough gives the finest performance in the film", "Derrick Keough, as her father, shouts every line"],
  CT_SIDES)
q("is the music in caplin tickle good", K, CT, [],
  ["is haunting without ever telling you what to feel", "accordion score drowns every scene it is in"], CT_SIDES)
q("is caplin tickle too long", K, CT, [],
  ["The film never feels its 128 minutes", "At 128 minutes it is at least half an hour too long"], CT_SIDES)
q("is the ending of caplin tickle good", K, CT, [],
  ["The final scene at the ballot box is perfect", "the last scene at the ballot box is a cheat"], CT_SIDES)
q("is caplin tickle faithful to the novel", K, CT, [],
  ["It is a faithful adaptation, and a generous one", "It cuts the novel",
   "The screenplay by Paraic Critch is the real problem"], CT_SIDES)
q("what do the caplin tickle reviews disagree on", K, CT, [],
  ["Derrick Keough gives the finest performance in the film", "Derrick Keough, as her father, shouts every line",
   "is haunting without ever telling you what to feel", "accordion score drowns every scene it is in",
   "The film never feels its 128 minutes", "At 128 minutes it is at least half an hour too long",
   "The final scene at the ballot box is perfect", "the last scene at the ballot box is a cheat",
   "It is a faithful adaptation, and a generous one", "The screenplay by Paraic Critch is the real problem"], CT_SIDES)
q("what do both reviewers of caplin tickle agree on", K, CT, [],
  ["she is extraordinary", "Josée Ivany is wonderful as Hitty", "the most beautiful image I have seen this year",
   "photography is gorgeous too"], CT_SIDES)
q("who liked caplin tickle more, the book club or the blogger", K, CT, [],
  ["four stars out of five", "two out of five"], CT_SIDES)
q("is uptime funny all the way through", K, UP, [],
  ["the first half is as funny as anything British cinema has managed this year", "The middle hour loops"])
q("does foul pole keep its pace", K, FP, [],
  ["a knuckleball that will not behave is genuinely exciting", "The second act runs station to station"])
q("does sort code stay good after the opening", K, SC, [S_TX],
  ["It is the most frightening scene I have watched this year", "From here the film stops being true"])
q("does bad light hold up all the way through", K, BL, [B_FALL],
  ["The second hour drags badly",
   "The ending, when Stanley offers the batsmen the light in his final match and walks off in the sunshine, is perfect"])
q("is kestrel lane good all the way through", K, KL, [],
  ["never drags", "is tidier than the rest of the film deserves",
   "the final scene, back in that rain-soaked street, is a gut-punch"])

K = "comparison"
q("which is longer, uptime or foul pole", K, FP, [], ["111 minutes"], ["94 minutes"])
q("which is shorter, underbridge or bad light", K, UB, [], ["97 (its running time in minutes)"], ["103 minutes"])
q("rebuttal or bad light, which is longer", K, BL, [], ["103 minutes"], ["99 minutes"])
q("which is longer, caplin tickle or kestrel lane", K, CT, [], ["128 minutes"], ["118 minutes"])
q("which is better for a 12 year old, foul pole or underbridge", K, FP, [],
  ["fine for a twelve-year-old who likes baseball", "PG-13"], ["15, for language"])
q("which got the better review, bad light or sort code", K, BL, [], ["Rating: 4/5"], ["1.5/5"])
q("which scored higher, the skarvik winters or bad light", K, SW, [], ["4.5/5"], ["Rating: 4/5"])
q("uptime or underbridge, which is shorter", K, UP, [], ["94 minutes"], ["97 (its running time in minutes)"])
q("which is more kid friendly, underbridge or uptime", K, UP, [], ["rated 12A"], ["15, for language"])
q("which is longer, foul pole or kestrel lane", K, KL, [], ["118 minutes"], ["111 minutes"])
q("which is shorter, rebuttal or uptime", K, UP, [], ["It runs 94 minutes"], ["99 minutes"])
q("sort code or uptime, which got the better review", K, UP, [], ["Three stars out of four"], ["1.5/5"])
q("which is longer, the skarvik winters or caplin tickle", K, CT, [], ["128 minutes"], ["its 97 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

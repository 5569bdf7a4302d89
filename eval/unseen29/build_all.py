#!/usr/bin/env python3
"""Write eval/unseen29/all.jsonl from the hand-written questions below (one JSON object per line).

New films: TA Tallyman (a newspaper corrections and clarifications column, plain text with no headings, curly
quotes, wrong facts quoted and corrected: "1936", "95 minutes", "PG", "two stars", Wilbert Tuffnell as director; the
right ones are 1953, 107 minutes, 12A, "four stars out of five", Eudocia Brasher; no composer), SE Semaphore (a Q&A
interview with the critic, Markdown with front matter `outlet/title/stars/author`, `# Semaphore`, an italic line and
bold question lines standing alone, "Three out of five", no editor), CV Cantilever (two reviews that disagree: a
concert programme note, Markdown with front matter `source/reviewer/film/released/rating` and `##` movement headings,
by Hilaria Cruickshank, "Rating: 9/10", and a text-message thread, plain text with no headings, by Aileen Halsall,
"2/5"; no editor), BF Bumblefoot (a school trip permission letter with a reply slip, plain text with no headings,
"four stars out of five", no editor), SC Stopcock (a consumer test report, Markdown with front matter
`critic/film/score/source`, a results table and `##` headings, "Test score | 58%", no cinematographer), PA Palindrome
(a Stack Exchange question with two answers, plain text with HTML entities, the accepted answer by the critic, "three
out of five", no composer), FL Flensing (a petition page, plain text with a few heading lines, "★★★★½, four and a half
stars out of five", no writer). About 14 questions are about two films of the earlier sets (copied unchanged into
reviews/ with all of eval/unseen28/reviews): The Salt Road and Sparrow and the Sky Engine.
"""
import json, os

TA, SE, CV, BF = "Tallyman", "Semaphore", "Cantilever", "Bumblefoot"
SC, PA, FL = "Stopcock", "Palindrome", "Flensing"
# films of the earlier sets (copied unchanged)
SR, SP = "The Salt Road", "Sparrow and the Sky Engine"
CV_SIDES = ["Cruickshank", "Halsall"]  # the programme note cantilever-cruickshank.md (9/10), the texts cantilever.txt (2/5)
# ## headings of stopcock.md
S_HOW, S_WHAT, S_PERF, S_DUR, S_NOISE, S_SAFE, S_VERD = ("How we tested", "What you get", "Performance", "Durability",
                                                         "Noise", "Safety", "Verdict")
# a plain-text heading line of flensing.txt
F_WHY = "Why this petition matters"
# plain-text heading lines of the-salt-road.txt and sparrow-and-the-sky-engine.txt (old files)
R_STORY, R_PERF, R_LOOK, R_CHASE, R_BOTTOM = "Story", "Performances", "Look", "The Chase", "Bottom line"
P_ABOUT, P_SCARY, P_LIKE, P_AGE, P_VERD = ("What it's about", "Scary scenes", "What parents will like", "Age advice",
                                           "The verdict")
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats tallyman about", K, TA, [],
  ["It is set in September 1953, over one hop-picking season on a farm near Faversham",
   "takes her son Ernie down to Kent for the picking"])
q("how does tallyman look", K, TA, [],
  ["catches the green light in the hop gardens and the smoke over the oast houses beautifully"])
q("what is semaphore about", K, SE, [],
  ["Ianthe Amphlett is a Leading Wren in the signal station at the top of the Rock",
   "notice a pattern in the lamp flashes from a Spanish fishing boat"])
q("hows the plot in semaphore", K, SE, [],
  ["the spy plot, which is muddled", "The other half is about friendship, and that half is much better",
   "the plot takes over the whole last hour"])
q("whats cantilever about", K, CV, [],
  ["tells the story of the building of the Forth Bridge", "A widow rows the workmen out to the piers"])
q("what is bumblefoot about", K, BF, [],
  ["a young puffin on Skomer who was hatched with a twisted foot", "has to find another way to fly"])
q("how does bumblefoot look", K, BF, [], ["It is beautiful to look at", "look like a picture book come to life"])
q("whats stopcock about", K, SC, [S_WHAT],
  ["run rival plumbing firms on opposite sides of Hull", "the mayor gives both of them the job and one night to finish it"])
q("is stopcock funny", K, SC, [S_DUR],
  ["The first forty minutes are the funniest", "the jokes wear thin fast"])
q("what happens in palindrome", K, PA, [],
  ["She uses the backwards days to work towards the night her younger brother", "than the day before"])
q("whats flensing about", K, FL, [F_WHY],
  ["signs on to a Peterhead whaler bound for the Davis Strait"])
q("how is the acting in flensing", K, FL, [F_WHY],
  ["Finlo Corrigall plays Lowrie and is extraordinary", "is terrifying and, in the last reel, unexpectedly gentle"])
q("how is the car chase in the salt road", K, SR, [R_CHASE],
  ["it is the best sequence of its kind I have seen in years", "an eleven-minute car chase across the Bonneville Salt Flats"])

K = "actor"
q("who plays the mum in tallyman", K, TA, [], ["She is played by Harriette Treacher", "Harriette Treacher"])
q("who plays the tallyman", K, TA, [], ["Olumide Hartnoll"])
q("who plays ernie in tallyman", K, TA, [], ["Barnard Brayfield, who plays him"])
q("who plays ianthe in semaphore", K, SE, [], ["Delwen Lathbury plays Ianthe"])
q("who plays mercedes in semaphore", K, SE, [], ["Almudena Ferrary is even better as Mercedes"])
q("who plays marsali in cantilever", K, CV, [], ["Dimity Vannet plays Marsali", "Dimity Vannet plays her"])
q("who plays the engineer in cantilever", K, CV, [],
  ["Leofwin Trenowith, as the chief engineer Thurlow Pagett", "Leofwin Trenowith as the engineer"])
q("who voices the puffin in bumblefoot", K, BF, [], ["Ifeanyi Adewunmi gives Dabber a cheeky, croaky little voice"])
q("who voices the grandmother in bumblefoot", K, BF, [], ["Gwenfair Castellack is warm and very funny as Old Mauve"])
q("who plays leighton in stopcock", K, SC, [S_PERF], ["Cornell Huxtable is excellent as Leighton"])
q("who plays the ex wife in stopcock", K, SC, [S_PERF], ["Kerrie Spurr is wasted as Lynette"])
q("who plays antonia in palindrome", K, PA, [], ["Catalina Urrejola is superb as Antonia"])
q("who plays the deputy in the salt road", K, SR, [R_PERF], ["Inez Calloway is terrific as Deputy Marisol Ybarra"])

K = "crew"
q("who directed tallyman", K, TA, [], ["Tallyman was directed by Eudocia Brasher", "Eudocia Brasher"])
q("who wrote tallyman", K, TA, [], ["Wilbert Tuffnell wrote the screenplay"])
q("who edited tallyman", K, TA, [], ["The film was edited by Persis Dancox"])
q("who shot semaphore", K, SE, [], ["Caetano Azzopardi shoots the Rock in bleached white"])
q("who wrote semaphore", K, SE, [], ["Godwin Cleaver wrote it"])
q("who directed cantilever", K, CV, [], ["directed by Iseabail Kilgour", "Directed by Iseabail Kilgour"])
q("who did the music for cantilever", K, CV, [], ["Lachann Ringrose"])
q("who directed bumblefoot", K, BF, [], ["Meleri Glasbrook directed it"])
q("who wrote the songs in bumblefoot", K, BF, [], ["The songs are by Elwyn Tregaskis"])
q("who directed stopcock", K, SC, [S_WHAT], ["Kenrick Dunderdale directed it"])
q("who edited palindrome", K, PA, [], ["editing of the reversed days is clever without being showy"])
q("who shot flensing", K, FL, [F_WHY], ["photography of the pack ice, blue and white and endless"])
q("who shot the salt road", K, SR, [R_LOOK], ["Cinematographer Jonas Albrecht shot on 35mm film"])

K = "metadata"
q("how long is tallyman", K, TA, [], ["It runs 107 minutes"])
q("what is tallyman rated", K, TA, [], ["It is rated 12A"])
q("who reviewed semaphore", K, SE, [], ["Sibella Blamire"])
q("how long is semaphore", K, SE, [], ["At 116 minutes"])
q("who reviewed cantilever", K, CV, [], ["Hilaria Cruickshank", "Aileen Halsall"], CV_SIDES)
q("cantilever runtime", K, CV, [], ["138 minutes"])
q("how long is bumblefoot", K, BF, [], ["84 minutes long"])
q("what is stopcock rated", K, SC, [], ["| Certificate | 15 |", "The 15 is for very strong language"])
q("what language is palindrome in", K, PA, [], ["in Spanish with English subtitles"])
q("how long is palindrome", K, PA, [], ["101 minutes"])
q("what year is flensing from", K, FL, [], ["a British historical drama of 2026"])
q("who reviewed flensing", K, FL, [], ["Mirren Goudie"])
q("how long is the salt road", K, SR, [], ["128 minutes"])

K = "verdict"
q("is tallyman good", K, TA, [], ["four stars out of five"])
q("tallyman rating", K, TA, [], ["is four stars out of five"])
q("is semaphore worth seeing", K, SE, [], ["Three out of five", "forgive it the rest"])
q("is cantilever worth seeing", K, CV, [], ["Rating: 9/10", "2/5"], CV_SIDES)
q("what did aileen halsall think of cantilever", K, CV, [], ["2/5", "The ending is a greetings card"])
q("bumblefoot rating", K, BF, [], ["four stars out of five"])
q("is stopcock any good", K, SC, [S_VERD], ["Test score 58%", "Not a Best Buy"])
q("stopcock score", K, SC, [], ["58%"])
q("is palindrome worth watching", K, PA, [],
  ["three out of five", "clever, handsome and a little pleased with itself"])
q("is flensing good", K, FL, [], ["four and a half stars out of five", "the best film I have seen this year"])
q("flensing stars", K, FL, [], ["★★★★½", "four and a half stars out of five"])
q("is the salt road worth seeing", K, SR, [R_BOTTOM],
  ["Seek it out on the biggest screen you can find", "a confident, grown-up genre picture"])
q("is sparrow and the sky engine good", K, SP, [], ["4 out of 5", "A warm, exciting adventure"])

K = "yes/no"
q("is tallyman ok for kids", K, TA, [], ["It is rated 12A, for one fight behind the cookhouse and some strong language"])
q("does tallyman drag", K, TA, [], ["it is the middle half hour, in the house of the farmer, Mr Gosbee, that drags"])
q("is semaphore ok for a 12 year old", K, SE, [], ["nothing a twelve-year-old couldn't cope with", "that's about right"])
q("is semaphore subtitled", K, SE, [], ["the Spanish spoken by the fishermen isn't subtitled"])
q("is cantilever ok for an 11 year old", K, CV, [], ["The 12A is right", "the 12A is fair"])
q("is bumblefoot scary", K, BF, [], ["is properly frightening", "a storm scene about two thirds of the way through that is loud and dark"])
q("is bumblefoot in welsh", K, BF, [], ["It is in English, with two of the songs sung in Welsh"])
q("is stopcock ok for the family", K, SC, [S_SAFE], ["Not one for the family"])
q("is stopcock too long", K, SC, [S_DUR], ["at 96 minutes it never drags, but it does sag"])
q("does palindrome have much music", K, PA, [], ["There is almost no music, just the creak of the cables"])
q("is flensing gory", K, FL, [F_WHY], ["are long and bloody, and the 15 is earned"])
q("is flensing in english", K, FL, [], ["in English and Shetland dialect with subtitles where you need them"])
q("is sparrow and the sky engine ok for a 5 year old", K, SP, [P_AGE, P_SCARY],
  ["Sensitive five- and six-year-olds will probably be fine with a lap to sit on", "may frighten under-sixes"])

K = "typo"
q("talyman review", K, TA, [], ["four stars out of five"])
q("tallymen cast", K, TA, [], ["Harriette Treacher", "Olumide Hartnoll", "Barnard Brayfield"])
q("semafore director", K, SE, [], ["Loredana Pisarello"])
q("semaphor review", K, SE, [], ["Three out of five"])
q("cantilevre review", K, CV, [], ["9/10", "2/5"], CV_SIDES)
q("cantiliver cast", K, CV, [], ["Dimity Vannet", "Leofwin Trenowith", "Gillean Ormiston"])
q("bumbelfoot review", K, BF, [], ["four stars out of five"])
q("bumblefot voice cast", K, BF, [], ["Ifeanyi Adewunmi", "Gwenfair Castellack"])
q("stopcok review", K, SC, [], ["58%"])
q("palindrom director", K, PA, [], ["Valeska Montecinos"])
q("palidrome cast", K, PA, [], ["Catalina Urrejola"])
q("flensng review", K, FL, [], ["four and a half stars out of five", "★★★★½"])
q("the salt raod cast", K, SR, [], ["Dell Harmon", "Inez Calloway", "Tavi Moreno"])

K = "very short"
q("tallyman music", K, TA, [], ["mostly pickers singing round the fires at night"])
q("tallyman dop", K, TA, [], ["Jussi Kettunen"])
q("semaphore music", K, SE, [], ["Gwion Gwilt's score"])
q("semaphore cast", K, SE, [], ["Delwen Lathbury", "Almudena Ferrary", "Yorick Stiles"])
q("cantilever ending", K, CV, [], ["made me weep", "The ending is a greetings card"], CV_SIDES)
q("cantilever dop", K, CV, [], ["Wietske Voskuijlen"])
q("bumblefoot writer", K, BF, [], ["Cadfael Bowcott wrote it"])
q("stopcock editor", K, SC, [S_DUR], ["Morwen Ashburner's editing"])
q("stopcock music", K, SC, [S_NOISE], ["Aldhelm Gadd's brass-band score"])
q("palindrome writer", K, PA, [], ["Rodrigo Espinoza-Lyle"])
q("flensing music", K, FL, [F_WHY], ["Eshaan Budge"])
q("flensing editor", K, FL, [F_WHY], ["cut by Brynhild Garriock"])
q("sparrow and the sky engine music", K, SP, [], ["the music is by Astrid Marsh", "Astrid Marsh's songs are catchy"])

K = "no film named"
q("the hop picking film set in kent, any good", K, TA, [], ["four stars out of five"], [TA])
q("that 1950s film about the tallyman cheating the hop pickers, who plays the mum", K, TA, [],
  ["Harriette Treacher"], [TA])
q("the wrens in gibraltar war film, is it good", K, SE, [], ["Three out of five"], [SE])
q("the ww2 signal station drama, who directed it", K, SE, [], ["Loredana Pisarello"], [SE])
q("the forth bridge film, worth seeing", K, CV, [], ["9/10", "2/5"], [CV])
q("the film about building the forth bridge, who shot it", K, CV, [], ["Wietske Voskuijlen"], [CV])
q("the puffin cartoon, ok for a 5 year old", K, BF, [], ["rated U", "is properly frightening"], [BF])
q("the animated film about the puffin that cant fly, who voices the puffin", K, BF, [],
  ["Ifeanyi Adewunmi"], [BF])
q("the hull plumbers comedy, any good", K, SC, [], ["58%", "Not a Best Buy"], [SC])
q("that comedy about two brothers who are rival plumbers, how long is it", K, SC, [], ["96 minutes"], [SC])
q("the valparaiso film where the days go backwards, who directed it", K, PA, [], ["Valeska Montecinos"], [PA])
q("the chilean time loop thriller with the funicular, is it good", K, PA, [], ["three out of five"], [PA])
q("the 1850s whaling film about the shetland boy, worth seeing", K, FL, [],
  ["four and a half stars out of five", "the best film I have seen this year"], [FL])
q("the salt flats trucker thriller, who plays the trucker", K, SR, [], ["Dell Harmon"], [SR])

K = "film not stored"
no("is a canterbury tale any good", K)
no("the imitation game review", K)
no("who directed the bridge on the river kwai", K)
no("is happy feet ok for kids", K)
no("calendar girls cast", K)
no("how long is tenet", K)
no("memento review", K)
no("in the heart of the sea age rating", K)
no("is moby dick worth watching", K)
no("palindromes review", K)
no("who plays the robot in bumblebee", K)
no("groundhog day any good", K)
no("the cruel sea runtime", K)
no("the cooper's daughter review", K)

K = "unanswerable"
no("who composed the music for tallyman", K, TA)
no("who plays the farmer in tallyman", K, TA)
no("who edited semaphore", K, SE)
no("who plays the admiral in semaphore", K, SE)
no("who edited cantilever", K, CV)
no("who plays pagett's wife in cantilever", K, CV)
no("who edited bumblefoot", K, BF)
no("who voices the gull in bumblefoot", K, BF)
no("who shot stopcock", K, SC)
no("who plays the mayor in stopcock", K, SC)
no("who composed the score for palindrome", K, PA)
no("who plays don eleuterio in palindrome", K, PA)
no("who wrote flensing", K, FL)
no("who plays captain spens in flensing", K, FL)

K = "pros/cons"
q("tallyman pros and cons", K, TA, [],
  ["Treacher is extraordinary", "His Gadsby is a quiet, frightening man", "the singalong at the end is the best scene in the film",
   "a subplot about a stolen pony that goes nowhere", "that drags"])
q("whats wrong with semaphore", K, SE, [],
  ["At 116 minutes it's too long", "the spy plot, which is muddled", "The admiral is a cartoon who barks and does nothing else",
   "isn't subtitled"])
q("semaphore good and bad", K, SE, [],
  ["she's lovely, all elbows and nerve", "Almudena Ferrary is even better as Mercedes",
   "are the most beautiful images I've seen this month", "At 116 minutes it's too long",
   "the spy plot, which is muddled", "it's fine, if a bit anonymous"])
q("cantilever pros and cons", K, CV, [],
  ["is simply breathtaking", "a performance of granite", "steals every scene he is in",
   "it is thin and never convinces", "The music never shuts up", "the same scene eight times",
   "it goes absolutely nowhere"], CV_SIDES)
q("whats good about bumblefoot", K, BF, [],
  ["It is beautiful to look at", "made me laugh out loud", "is warm and very funny as Old Mauve",
   "they are lovely, especially the Welsh lullaby", "the film is kind about Dabber's foot"])
q("bumblefoot pros and cons", K, BF, [],
  ["It is beautiful to look at", "made me laugh out loud", "they are lovely, especially the Welsh lullaby",
   "is properly frightening", "drags a little"])
q("stopcock pros and cons", K, SC, [],
  ["the best thing on test", "is funny but does the same shouting routine in every scene", "is wasted as Lynette",
   "the jokes wear thin fast", "outstays its welcome by some distance", "is the one big set piece and it works"])
q("whats wrong with stopcock", K, SC, [],
  ["does the same shouting routine in every scene", "is wasted as Lynette", "the jokes wear thin fast",
   "outstays its welcome by some distance", "sometimes louder than the dialogue"])
q("palindrome strengths and weaknesses", K, PA, [],
  ["Catalina Urrejola is superb as Antonia", "look like a pop-up book", "is clever without being showy",
   "The middle third repeats itself", "is confusing even on a second viewing"])
q("whats wrong with palindrome", K, PA, [],
  ["The middle third repeats itself", "is confusing even on a second viewing", "some will find cold"])
q("flensing pros and cons", K, FL, [F_WHY],
  ["is extraordinary", "is terrifying and, in the last reel, unexpectedly gentle",
   "is the most beautiful thing on a cinema screen this winter", "left the whole audience silent",
   "are long and bloody", "The first twenty minutes in Peterhead are slow", "is barely there"])
q("whats bad about flensing", K, FL, [F_WHY],
  ["are long and bloody", "The first twenty minutes in Peterhead are slow", "is barely there"])
q("the salt road pros and cons", K, SR, [],
  ["a great lead performance from Dell Harmon", "it is the best sequence of its kind I have seen in years",
   "The weak link is Peter Strand", "its final twenty minutes wobble", "feels bolted on"])

K = "disagreement"
q("is the music in cantilever good", K, CV, [],
  ["is the finest film music of the year", "The music never shuts up"], CV_SIDES)
q("is cantilever too long", K, CV, [],
  ["At 138 minutes it is not a minute too long", "I feel like they built the actual bridge in real time"], CV_SIDES)
q("are the bridge building scenes in cantilever exciting", K, CV, [],
  ["The construction scenes are the most exciting I have seen this year", "the same scene eight times"], CV_SIDES)
q("is the ending of cantilever good", K, CV, [], ["made me weep", "The ending is a greetings card"], CV_SIDES)
q("is dimity vannet good in cantilever", K, CV, [],
  ["hers is a performance of granite", "she has one expression"], CV_SIDES)
q("what do the cantilever reviews disagree on", K, CV, [],
  ["is the finest film music of the year", "The music never shuts up",
   "At 138 minutes it is not a minute too long", "I feel like they built the actual bridge in real time",
   "The construction scenes are the most exciting I have seen this year", "the same scene eight times",
   "made me weep", "The ending is a greetings card"], CV_SIDES)
q("what do both reviewers of cantilever agree on", K, CV, [],
  ["is simply breathtaking", "The photography is gorgeous", "steals every scene he is in", "He’s brilliant",
   "it is thin and never convinces", "it goes absolutely nowhere", "the 12A is fair", "The 12A is right"], CV_SIDES)
q("who liked cantilever more, the programme note writer or the one texting her brother", K, CV, [],
  ["Rating: 9/10", "2/5"], CV_SIDES)
q("does tallyman get its facts right", K, TA, [],
  ["It is set in September 1953", "It runs 107 minutes", "It is rated 12A", "Tallyman was directed by Eudocia Brasher"])
q("did the tallyman critic really give it two stars", K, TA, [],
  ["That was a production error", "is four stars out of five"])
q("is semaphore better as a spy film or a friendship film", K, SE, [],
  ["The other half is about friendship, and that half is much better"])
q("does stopcock stay funny all the way through", K, SC, [S_DUR],
  ["The first forty minutes are the funniest", "the jokes wear thin fast"])
q("is the ending of the salt road good", K, SR, [],
  ["the story earns its ending", "its final twenty minutes wobble"])

K = "comparison"
q("which is longer, tallyman or semaphore", K, SE, [], ["116 minutes"], ["107 minutes"])
q("which is shorter, bumblefoot or stopcock", K, BF, [], ["84 minutes"], ["96 minutes"])
q("palindrome or flensing, which is longer", K, FL, [], ["124 minutes"], ["101 minutes"])
q("which got the better review, flensing or semaphore", K, FL, [], ["four and a half stars out of five"],
  ["Three out of five"])
q("which scored higher, stopcock or bumblefoot", K, BF, [], ["four stars out of five"], ["58%"])
q("which is better for a 7 year old, bumblefoot or palindrome", K, BF, [], ["rated U"], ["rated 15"])
q("which is more family friendly, flensing or tallyman", K, TA, [], ["It is rated 12A"], ["rated 15"])
q("which is longer, cantilever or flensing", K, CV, [], ["138 minutes"], ["124 minutes"])
q("which is longer, the salt road or stopcock", K, SR, [], ["128 minutes"], ["96 minutes"])
q("which is shorter, sparrow and the sky engine or bumblefoot", K, BF, [], ["84 minutes"], ["92 minutes"])
q("which got the better review, sparrow and the sky engine or semaphore", K, SP, [], ["4 out of 5"],
  ["Three out of five"])
q("which got the better review, tallyman or stopcock", K, TA, [], ["four stars out of five"], ["58%"])
q("which is longer, the salt road or cantilever", K, CV, [], ["138 minutes"], ["128 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

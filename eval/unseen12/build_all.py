#!/usr/bin/env python3
"""Write eval/unseen12/all.jsonl from the hand-written questions below (one JSON object per line).

New films: T14 Turbine 14 (two reviews that disagree: Ditte Hvidberg's Danish newspaper review in translation,
five stars out of six, and Nigel Cranswick's LinkedIn post, "My rating: 3/10"), RG Regolith (a 4K Blu-ray disc
review with a spec table and separate film/disc scores), PC Par for the Coast (an interview with the director followed
by the interviewer's verdict, "Grade: B+"), FP Flatpack (a review written in the second person, 7/10), QB Queen of the
Baize (a reader's letter to a newspaper arguing with its critic's one-star review), NS Northbound Services (a TV
listings "film of the day" pick), SD Seven Down (an "ending explained" article with a spoiler warning and a
spoiler-free review at the bottom). About 14 questions are about films of eval/unseen11 (copied unchanged into
reviews/): The Tortoise Job, Tarnby Approach, Chimes at Teatime.
"""
import json, os

T14, RG, PC, FP = "Turbine 14", "Regolith", "Par for the Coast", "Flatpack"
QB, NS, SD = "Queen of the Baize", "Northbound Services", "Seven Down"
# unseen11 films
TJ, TA, CT = "The Tortoise Job", "Tarnby Approach", "Chimes at Teatime"
T14_SIDES = ["Ditte Hvidberg", "Nigel Cranswick"]  # translated newspaper review .md (5 of 6 stars), LinkedIn .txt (3/10)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("does turbine 14 feel like youre actually out in the storm", K, T14, [],
  ["real enough to make you seasick", "the storm looks terrifying", "you feel every lurch"])
q("how does regolith look on a big telly", K, RG, ["Video"], ["This is a reference disc", "the black sky is truly black"])
q("is the sound on the regolith disc any good", K, RG, ["Audio"], ["The Atmos track is superb", "Dialogue is always clear"])
q("does regolith play fair as a mystery or does it cheat", K, RG, ["The film"],
  ["plays fair with its clues", "leans on a coincidence"])
q("is par for the coast too sugary at the end", K, PC, ["Our verdict"],
  ["about ten minutes too sweet", "tie everything up with a bow so big it blocks the view"])
q("what does the music in flatpack sound like", K, FP, [],
  ["the cheerful in-store jingle slowed down until it sounds like a funeral", "it will be in your head for days"])
q("is flatpack creepy to look at", K, FP, [],
  ["lit only by the green exit signs", "glides down the aisles at trolley height", "pages from a nightmare catalogue"])
q("are the matches in queen of the baize exciting to watch", K, QB, [],
  ["as if it were a boxing film", "gasped at a safety shot"])
q("does queen of the baize get the actual game right", K, QB, [],
  ["she holds a cue properly", "The 147 break in the final is also nonsense", "far truer to the game"])
q("does northbound services feel stagey since its all in one building", K, NS, [],
  ["barely leaves the building", "it never feels stagey"])
q("how is northbound services shot", K, NS, [],
  ["strip lights and fruit-machine flicker", "the car park scenes are genuinely tense"])
q("does seven down drag in the middle", K, SD, ["Our review (spoiler-free)"], ["The middle sags", "too many red herrings"])
q("is the tarnby approach pilot believable", K, TA, ["What it gets wrong"],
  ["which no captain with a fire warning has ever done", "argues with her on an open frequency"])

K = "actor"
q("who plays dorte in turbine 14", K, T14, [], ["Nanna Rosenkilde"])
q("who plays the apprentice in turbine 14", K, T14, [], ["Rasmus Brøndum"])
q("turbine 14 who plays the control room supervisor", K, T14, ["On the ground"], ["Birthe Kjærgaard"])
q("who plays the safety officer in regolith", K, RG, ["The film"], ["Renske Vermeulen"])
q("regolith cast", K, RG, ["The film"], ["Renske Vermeulen", "Kwabena Larbi"])
q("who plays brenda in par for the coast", K, PC, [], ["Winsome Draycott"])
q("who plays the developer in par for the coast", K, PC, [], ["Lysander Crewe"])
q("who plays the security guard in flatpack", K, FP, [], ["Segun Afolabi"])
q("who plays the swedish manager in flatpack", K, FP, [], ["Lasse Hallgren"])
q("who plays peggy in queen of the baize", K, QB, [], ["Shelagh Wheatcroft"])
q("who plays her old coach in queen of the baize", K, QB, [], ["Ivor Brassington"])
q("who plays the cashier in northbound services", K, NS, [], ["Keeley Stansfield"])
q("who plays marjorie in seven down", K, SD, ["What is Seven Down about?", "Our review (spoiler-free)"],
  ["Evangeline Strachan"])
q("who plays the nephew in seven down", K, SD, ["Who is the killer?", "Our review (spoiler-free)"],
  ["Lucian Quennington"])

K = "crew"
q("who directed turbine 14", K, T14, [], ["Asger Thorsbjerg"])
q("who composed the music for turbine 14", K, T14, ["On the ground"], ["Katrine Lindgaard"])
q("turbine 14 cinematographer", K, T14, ["Up in the nacelle"], ["Troels Aagaard"])
q("who wrote regolith", K, RG, ["The film"], ["Perdita Loxley"])
q("who directed regolith", K, RG, ["The film"], ["Zsolt Szalai"])
q("who shot regolith", K, RG, ["Video"], ["Esteban Arriaga"])
q("who directed par for the coast", K, PC, [], ["Odalys Penrice"])
q("who did the music for par for the coast", K, PC, ["The interview"], ["Wyn Ruddock", "Grimsby Borough Brass Band"])
q("flatpack director", K, FP, [], ["Nandini Rao-Whitfield"])
q("who was the dp on flatpack", K, FP, [], ["Caoimhe Fennelly"])
q("who edited queen of the baize", K, QB, [], ["Howard Oddie"])
q("who wrote the script for queen of the baize", K, QB, [], ["Sorcha Banim"])
q("who directed northbound services", K, NS, [], ["Rhona Ferncastle"])
q("seven down composer", K, SD, ["Our review (spoiler-free)"], ["Brigid Cassidy"])

K = "metadata"
q("how long is turbine 14", K, T14, [], ["112 minutes", "one hour and 52 minutes"])
q("who reviewed turbine 14", K, T14, [], ["Ditte Hvidberg", "Nigel Cranswick"], T14_SIDES)
q("what year is regolith", K, RG, [], ["2025"])
q("how long is regolith", K, RG, [], ["118 minutes"])
q("what score did the regolith review give the film itself not the disc", K, RG, ["Scores"], ["Movie: 4/5"])
q("par for the coast grade", K, PC, [], ["B+"])
q("how long is par for the coast", K, PC, [], ["96 minutes"])
q("whats flatpack rated", K, FP, [], ["it is a 15"])
q("flatpack running time", K, FP, [], ["93 minutes"])
q("who wrote the queen of the baize review", K, QB, [], ["Edna Wigfield"])
q("what year is northbound services", K, NS, [], ["2024"])
q("northbound services runtime", K, NS, [], ["98 minutes"])
q("seven down rating", K, SD, [], ["3.5 out of 5", "3.5/5"])
q("what channel is northbound services on", K, NS, [], ["BBC Two"])

K = "verdict"
q("is turbine 14 good", K, T14, [], ["the best Danish genre film in a decade", "My rating: 3/10"], T14_SIDES)
q("what did the linkedin guy think of turbine 14", K, T14, [],
  ["I nearly walked out of Turbine 14", "My rating: 3/10", "I wanted to love it. I didn't."], ["Nigel Cranswick"])
q("what does the danish critic think of turbine 14", K, T14, [],
  ["See it in the biggest cinema you can find", "the best Danish genre film in a decade"], ["Ditte Hvidberg"])
q("regolith worth watching", K, RG, ["The film", "Scores"],
  ["Recommended", "A smart, chilly whodunit with a silly last act", "for most of its running time it is a very good one"])
q("par for the coast any good", K, PC, ["Our verdict"],
  ["Funny, kind and about ten minutes too sweet", "for an hour Par for the Coast is a delight"])
q("flatpack verdict", K, FP, [], ["You will give it 7/10", "the most fun you will have in a cinema this winter"])
q("did the letter writer like queen of the baize", K, QB, [],
  ["I would give it four stars myself", "came out in tears"])
q("what did percival strode think of queen of the baize", K, QB, [],
  ["a long afternoon of men chalking their cues", "gave Queen of the Baize one star"])
q("should i watch northbound services tonight", K, NS, [],
  ["as Christmas thrillers go it is a cracker", "it deserves the audience"])
q("is seven down worth seeing", K, SD, ["Our review (spoiler-free)"],
  ["enormous fun for its first hour", "Solve it with friends"])
q("what did rory think of the tortoise job overall", K, TJ, [],
  ["the best film I have ever seen in my whole life", "I give it 9 out of 10"])
q("tarnby approach final verdict", K, TA, ["Verdict"], ["As a thriller: 8/10", "Realism: a pass mark, just"])
q("is chimes at teatime worth a trip", K, CT, [], ["the funniest Scottish film in years"])

K = "yes/no"
q("is there a post credits scene in seven down", K, SD, ["Is there a post-credits scene?"],
  ["Yes, a short one, about thirty seconds"])
q("is there going to be a seven down 2", K, SD, ["Is there a post-credits scene?"], ["no sequel has been announced"])
q("is flatpack scary", K, FP, [], ["Then you will jump", "pages from a nightmare catalogue"])
q("is flatpack ok for my 11 year old", K, FP, [], ["it is a 15", "one very nasty moment with an Allen key"])
q("is northbound services a family film", K, NS, [], ["not one for the family"])
q("does regolith have a good ending", K, RG, ["The film"],
  ["feels borrowed from a different, dumber film", "leans on a coincidence"])
q("are the extras on the regolith blu ray worth it", K, RG, ["Extras"],
  ["No booklet", "nine minutes of deleted scenes"])
q("is par for the coast funny", K, PC, ["Our verdict"], ["Funny, kind and about ten minutes too sweet", "had my screening cheering"])
q("is the windmill in par for the coast a real one", K, PC, ["The interview"],
  ["We built him full size, four metres tall", "the sails really turn"])
q("does queen of the baize have a 147 in it", K, QB, [], ["The 147 break in the final is also nonsense"])
q("is the twist in northbound services predictable", K, NS, [],
  ["the kind you can see coming if you are paying attention"])
q("does the tortoise job have a love story in it", K, TJ, [],
  ["the lovey bit where Tash's big brother has a girlfriend", "it is four minutes"])
q("is there a post credits scene in chimes at teatime", K, CT, [],
  ["There is no post-credits scene", "do stay for the bloopers"])

K = "typo"
q("turbine fourteen runtime", K, T14, [], ["112 minutes", "one hour and 52 minutes"])
q("who plays mikel in turbine 14", K, T14, [], ["Rasmus Brøndum"])
q("turbne 14 music", K, T14, [], ["Katrine Lindgaard", "The cello music never stops"])
q("regolth director", K, RG, ["The film"], ["Zsolt Szalai"])
q("regolyth who plays the driller", K, RG, ["The film"], ["Kwabena Larbi"])
q("par for the cost review", K, PC, ["Our verdict"], ["Funny, kind and about ten minutes too sweet", "B+"])
q("who plays brenda in par for the coats", K, PC, [], ["Winsome Draycott"])
q("flatpak cast", K, FP, [], ["Segun Afolabi", "Philomena Garside", "Lasse Hallgren"])
q("queen of the baze who directed", K, QB, [], ["Noreen Askew"])
q("quen of the baize peggy actress", K, QB, [], ["Shelagh Wheatcroft"])
q("northbund services cast", K, NS, [], ["Keeley Stansfield", "Bryn Hebblethwaite", "Caspian Fothergill"])
q("sevn down who is the killer", K, SD, ["Who is the killer?"], ["His nephew, Rollo Dobree", "Rollo Dobree"])
q("tarby aproach who plays the pilot", K, TA, ["What it gets wrong"], ["Bertrand Ocloo"])

K = "very short"
q("turbine 14 storm", K, T14, [], ["real enough to make you seasick", "the storm looks terrifying"])
q("regolith rover", K, RG, ["The film"], ["Grommet", "steals every scene it trundles into"])
q("regolith extras", K, RG, ["Extras"], ["Building Shackleton Base", "nine minutes of deleted scenes", "audio commentary"])
q("par for the coast windmill", K, PC, [], ["Big Trevor", "four metres tall"])
q("flatpack moose", K, FP, [], ["Gustav", "three-metre plush moose"])
q("flatpack ending", K, FP, [], ["the ending is a shrug", "just feels unfinished"])
q("baize cue name", K, QB, [], ["Gertie"])
q("northbound services dog", K, NS, [], ["Brisket", "a whippet called Brisket"])
q("northbound services money", K, NS, [], ["40,000"])
q("seven down killer", K, SD, ["Who is the killer?"], ["His nephew, Rollo Dobree", "Rollo Dobree"])
q("7 down clue", K, SD, ["Who is the killer?", "What does the final clue mean?"],
  ["Hen in pew, strangely, is a relative (6)", "ENCORE", "NEPHEW"])
q("tortoise job director", K, TJ, [], ["Gwendolen Tait"])
q("chimes at teatime dp", K, CT, [], ["Farah Quigley"])

K = "no film named"
q("the danish film about two technicians stuck up a wind turbine", K, T14, [],
  ["ninety metres above the North Sea", "trapped ninety metres up inside turbine 14"], ["Turbine 14"])
q("is the wind turbine film worth seeing", K, T14, [],
  ["the best Danish genre film in a decade", "My rating: 3/10"], ["Turbine 14"])
q("that murder mystery on a lunar mining base, whats it called", K, RG, ["The film"],
  ["a locked-room murder mystery on the Moon"], ["Regolith"])
q("the blu ray review of the moon murder film, hows the picture", K, RG, ["Video"],
  ["This is a reference disc", "the black sky is truly black"], ["Regolith"])
q("the crazy golf comedy set in cleethorpes", K, PC, [],
  ["a comedy about a crazy golf course on the seafront at Cleethorpes"], ["Par for the Coast"])
q("that film with the giant windmill on the ninth hole", K, PC, [], ["Big Trevor", "four metres tall"],
  ["Par for the Coast"])
q("horror film where people get locked in a furniture store overnight", K, FP, [],
  ["starts rearranging the showrooms", "You, a furniture superstore"], ["Flatpack"])
q("who directed the furniture store horror", K, FP, [], ["Nandini Rao-Whitfield"], ["Flatpack"])
q("the film about a woman snooker player in sheffield in the 70s", K, QB, [],
  ["The film tells the story of Peggy Lumb", "Shelagh Wheatcroft plays Peggy"], ["Queen of the Baize"])
q("thriller where strangers are snowed in at a service station with a bag of cash", K, NS, [],
  ["a handful of strangers are stuck at Crossfell Services", "nobody will admit to owning"], ["Northbound Services"])
q("the whodunit at a crossword convention", K, SD, ["What is Seven Down about?"],
  ["the annual convention of crossword setters"], ["Seven Down"])
q("the crossword murder film, is there a post credits scene", K, SD, ["Is there a post-credits scene?"],
  ["Yes, a short one"], ["Seven Down"])
q("the kids heist film with the class tortoise, who did the music", K, TJ, [], ["Ewart Mabey"], ["The Tortoise Job"])

K = "film not stored"
no("is the mannequin hour any good", K)
no("the long pot blues review", K)
no("whats the wolds postman about", K)
no("seven across review", K)
no("par for the course film any good", K)
no("is southbound services scary", K)
no("the martian, is it realistic about space", K)
no("knives out review pls", K)
no("the color of money snooker scenes any good", K)
no("twister rating", K)
no("is jaws too scary for kids", K)
no("grandmas allotment war cast", K)
no("last orders review", K)

K = "unanswerable"
no("who edited turbine 14", K, T14)
no("turbine 14 age rating", K, T14)
no("who edited regolith", K, RG)
no("whats the certificate for par for the coast", K, PC)
no("who shot par for the coast", K, PC)
no("what year did flatpack come out", K, FP)
no("who wrote flatpack", K, FP)
no("how long is queen of the baize", K, QB)
no("what year did queen of the baize come out", K, QB)
no("who did the music for queen of the baize", K, QB)
no("who wrote northbound services", K, NS)
no("seven down age rating", K, SD)
no("who was the cinematographer on seven down", K, SD)
no("did tarnby approach make its money back at the box office", K, TA)

K = "pros/cons"
q("turbine 14 pros and cons", K, T14, [],
  ["Nanna Rosenkilde is magnificent", "the only weak spot", "Nobody follows procedure", "the storm looks terrifying"])
q("what does the danish review not like about turbine 14", K, T14, ["On the ground"],
  ["The cuts back to the control room in Hirtshals are the only weak spot", "belong to a television drama"])
q("anything good about turbine 14 according to the linkedin post", K, T14, [],
  ["the storm looks terrifying", "is the best thing in it"])
q("regolith strengths and weaknesses", K, RG, ["The film"],
  ["her interrogations in the canteen are the best scenes in the film", "swap deduction for a chase"])
q("whats wrong with the regolith disc", K, RG, ["Extras"], ["No booklet", "nothing on the 4K disc itself except the commentary"])
q("what works in par for the coast", K, PC, ["Our verdict"], ["Winsome Draycott is wonderful", "the tournament sequence"])
q("par for the coast weaknesses", K, PC, ["Our verdict"],
  ["a pantomime villain in a sheepskin coat", "the romance with the man who runs the donkey rides goes nowhere"])
q("flatpack good and bad", K, FP, [],
  ["You will laugh, at first", "The rules of the store are never explained", "the ending is a shrug"])
q("queen of the baize flaws", K, QB, [], ["too many speeches", "the husband subplot is a cliché"])
q("northbound services pros cons", K, NS, [],
  ["Keeley Stansfield is terrific as Jade", "played far too broadly", "dropped without explanation"])
q("what didnt work in seven down", K, SD, ["Our review (spoiler-free)"], ["The middle sags", "overplays the nephew badly"])
q("best thing about seven down", K, SD, ["Our review (spoiler-free)"],
  ["Evangeline Strachan is a delight", "the funniest in any British film this year"])
q("chimes at teatime downsides", K, CT, [], ["The last act goes soft", "is baggy"])
q("what does tarnby approach get wrong", K, TA, ["What it gets wrong"],
  ["Nobody would be alone in that tower", "would get you sacked"])

K = "disagreement"
q("is turbine 14 too long", K, T14, [], ["not a minute too long", "at least half an hour too many"], T14_SIDES)
q("do the critics agree on nanna rosenkilde in turbine 14", K, T14, [],
  ["Nanna Rosenkilde is magnificent", "The lead doesn't lead"], T14_SIDES)
q("turbine 14 ending good or bad", K, T14, [], ["the most moving rescue I have seen on a screen", "It's a cop-out"],
  T14_SIDES)
q("what do the reviews say about the music in turbine 14", K, T14, [],
  ["I would not want it to", "begging for silence"], T14_SIDES)
q("do both turbine 14 reviews like the control room bits", K, T14, [],
  ["the only weak spot", "the only part that felt like a real workplace"], T14_SIDES)
q("which turbine 14 review hated it", K, T14, [], ["My rating: 3/10", "I nearly walked out"], ["Nigel Cranswick"])
q("which turbine 14 review is more positive", K, T14, [],
  ["the best Danish genre film in a decade", "not a minute too long"], ["Ditte Hvidberg"])
q("do the turbine 14 reviewers agree on anything", K, T14, [],
  ["real enough to make you seasick", "the storm looks terrifying"], T14_SIDES)
q("turbine 14 reviews agree about the apprentice actor?", K, T14, [], ["just as good", "is the best thing in it"],
  T14_SIDES)
q("does the letter writer agree with the papers critic about queen of the baize", K, QB, [],
  ["far from being miscast", "I would give it four stars myself, not one"], ["Edna Wigfield", "Percival Strode"])
q("was shelagh wheatcroft miscast", K, QB, [], ["badly miscast", "far from being miscast"])
q("is the snooker in queen of the baize boring or not", K, QB, [],
  ["Mr Strode complained that the matches are boring", "as if it were a boxing film"])
q("do rory and his dad agree about mrs grimsditch", K, TJ, [],
  ["she is SO scary", "the grown-ups laughed at her more than the kids did"])

K = "comparison"
q("which is longer, turbine 14 or regolith", K, RG, [], ["118 minutes"], ["118 minutes", "112 minutes"])
q("which is shorter, flatpack or par for the coast", K, FP, [], ["93 minutes"], ["93 minutes", "96 minutes"])
q("which came out first, regolith or northbound services", K, NS, [], ["2024"], ["2024", "2025"])
q("which is scarier, flatpack or seven down", K, FP, [], ["Then you will jump", "pages from a nightmare catalogue"])
q("which is funnier, par for the coast or regolith", K, PC, [],
  ["Funny, kind and about ten minutes too sweet", "for an hour Par for the Coast is a delight"])
q("which rated higher, regolith or seven down", K, RG, [], ["Movie: 4/5", "Overall: 4/5"], ["4/5", "3.5/5"])
q("which is better for kids, the tortoise job or flatpack", K, TJ, [], ["it's a PG"], ["it is a 15"])
q("which is longer, northbound services or seven down", K, SD, [], ["104 minutes"], ["104 minutes", "98 minutes"])
q("is tarnby approach longer than northbound services", K, TA, [], ["109 minutes"], ["109 minutes", "98 minutes"])
q("chimes at teatime or par for the coast, which is longer", K, CT, [], ["101 mins"], ["101 mins", "96 minutes"])
q("which has the stricter age rating, chimes at teatime or northbound services", K, NS, [], ["(2024, 15)"], ["12A"])
q("which one is set in the 70s, queen of the baize or seven down", K, QB, [], ["in 1976, the year the film is set"])
q("which is longer, the tortoise job or flatpack", K, TJ, [], ["94 minutes"], ["94 minutes", "93 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

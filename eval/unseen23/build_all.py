#!/usr/bin/env python3
"""Write eval/unseen23/all.jsonl from the hand-written questions below (one JSON object per line).

New films: PA Paladina (two reviews that disagree: a cinema's live-chat transcript, HTML with entities, by Casimir
Quarrendon, "★★☆☆☆ (two out of five)", and a haiku sequence with prose notes by Mayumi Kettleborough, front matter
`film/released/critic/score/outlet`, "9/10"), KN Kabaddi Nani (a pub quiz answer sheet, "16/20"), PL Pleacher
(a hedgelaying society's meeting minutes, front matter `title/author/stars/source`, "three and a half stars"), TW Tawny
(food packaging: ingredients, allergy advice, a nutrition table, no front matter, "72%"), UD Updraught (a public
orator's honorary-degree citation, no score at all), DR Drumlin (a chess game annotated in PGN, "B+"), AR Arsenical
(a series of telegrams in capitals with STOP, "EIGHT OUT OF TEN"). About 14 questions are about two films of
eval/unseen22 (copied unchanged into reviews/): Lurcher and Sublet.
"""
import json, os

PA, KN, PL, TW = "Paladina", "Kabaddi Nani", "Pleacher", "Tawny"
UD, DR, AR = "Updraught", "Drumlin", "Arsenical"
# films of eval/unseen22/reviews (copied unchanged)
LU, SU = "Lurcher", "Sublet"
PA_SIDES = ["Quarrendon", "Kettleborough"]  # the chat paladina.txt (two out of five), the haiku paladina-kettleborough.md (9/10)
# plain-text heading lines of kabaddi-nani.txt
R1, R2, R3, R4 = "Round 1: The basics", "Round 2: The cast", "Round 3: Behind the camera", "Round 4: True or false"
FS = "Final scores"
# ## headings of pleacher.md
S3, S4, S5, S6 = "3. The film Pleacher", "4. Discussion", "5. Resolution", "6. Any other business"
# ## headings of tawny.md (its bold labels, **Description:**, **Ingredients:**, **Allergy advice:**, **Our rating:**, are
# not ## headings, so questions answered there have sections [])
NI, MB = "Nutrition information", "Made by"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("what's paladina about", K, PA, [],
  ["the last puppet theatre in the Kalsa", "wants to work the great paladin puppets"])
q("how does paladina look", K, PA, [],
  ["photography of Palermo is lovely", "photographs Palermo in gold lamplight and dust"])
q("what is kabaddi nani about", K, KN, [R1], ["secretly coaches her granddaughter's hopeless women's team"])
q("hows the acting in kabaddi nani", K, KN, [R2],
  ["fierce, funny and the best thing in the film", "likeable but a little bland", "a panto villain in a tracksuit"])
q("whats pleacher about", K, PL, [S3],
  ["who have not spoken for thirty-one years since a quarrel over a boundary hedge",
   "forced to lay a hedge together at the national championship"])
q("how does pleacher look", K, PL, [S3], ["makes the winter fields look like old paintings"])
q("what's tawny about", K, TW, [], ["A young tawny owl called Tuft is afraid of the dark"])
q("how's the animation in tawny", K, TW, [],
  ["Every leaf and feather looks carved and inked", "computer animation made to look like woodcut prints"])
q("what is updraught about", K, UD, [],
  ["jumped from hot-air balloons over Alexandra Palace", "the first woman to fly a balloon across the Channel"])
q("how is the camerawork in updraught", K, UD, [],
  ["photographs the clouds as nobody has before", "in a single unbroken shot"])
q("what happens in drumlin", K, DR, [],
  ["one night in a village post office in County Cavan", "locks himself in with the sub-postmistress"])
q("whats the story of arsenical", K, AR, [],
  ["INHERITS GREAT AUNT HEPHZIBAHS TAXIDERMY WORKSHOP IN HEXHAM", "ANIMALS IN GLASS CASES MOVE WHEN NOBODY LOOKS"])
q("how is the acting in sublet", K, SU, [],
  ["is enchanting as Thérèse", "too nice to be interesting", "steals every scene"])

K = "actor"
q("who plays rosalia in paladina", K, PA, [],
  ["Fiammetta Spanò is blank as Rosalia", "Fiammetta Spanò is astonishing as Rosalia"])
q("who plays the dad in paladina", K, PA, [], ["Salvo Intravaia, as her father, Turi", "Salvo Intravaia, as Turi"])
q("who plays the grandma in paladina", K, PA, [],
  ["Concetta Mulè is fun as the grandmother, Pippa", "Concetta Mulè, as the grandmother, Pippa"])
q("who plays nani in kabaddi nani", K, KN, [R2], ["Kamaljit Rehal"])
q("who plays the rival coach in kabaddi nani", K, KN, [R2], ["Rosaleen Oakenfull"])
q("who plays the brothers in pleacher", K, PL, [S3],
  ["Sidwell Kembleton plays Aubrey", "Lancelyn Ferriday is very touching as Ebenezer"])
q("who voices the owl in tawny", K, TW, [NI], ["Aoibheann Cullinane is sweet and very funny as Tuft"])
q("who voices the fox in tawny", K, TW, [NI], ["Conall Brereton steals the film as the fox, Fennick"])
q("who plays florrie in updraught", K, UD, [], ["Elsie Attwater plays Florrie"])
q("who plays the captain in updraught", K, UD, [], ["Hilarion Hollowell makes the Captain sad, vain and funny at once"])
q("who plays the sergeant in drumlin", K, DR, [],
  ["Aisling Nic Bhraonáin, as the sergeant", "Sergeant Nóirín Cusack (Aisling Nic Bhraonáin)"])
q("who plays the great aunt in arsenical", K, AR, [], ["ESMERELDA GATLIFFE TERRIFYING AS GREAT AUNT HEPHZIBAH"])
q("who plays ricky's mum in lurcher", K, LU, [], ["Tracey (Kerry-Ann Sibbald)"])

K = "crew"
q("who directed paladina", K, PA, [], ["Nunzia Carollo directed it", "Nunzia Carollo directs with great restraint"])
q("who wrote paladina", K, PA, [], ["wrote it with Ettore Bellavista"])
q("who edited paladina", K, PA, [], ["The editing, by Annelie Oberholzer"])
q("who did the music for paladina", K, PA, [], ["The music, by Rocco Ingrassia", "Rocco Ingrassia's score"])
q("who directed kabaddi nani", K, KN, [R3], ["Manveer Kalsi, who shoots the matches like a war film"])
q("who shot kabaddi nani", K, KN, [R3], ["Marcellus Plaistow"])
q("who edited pleacher", K, PL, [S3], ["The editor, Ruairc Tolley"])
q("who wrote tawny", K, TW, [MB], ["from a screenplay by Fionntán Wetherby"])
q("who did the music in tawny", K, TW, [MB], ["with music by Naoise Kinsale"])
q("who was the cinematographer on updraught", K, UD, [], ["The cinematographer, Jurgita Balčiūnaitė"])
q("who directed drumlin", K, DR, [], ["The director, Mícheál Ó Dubhláin"])
q("who did the score for arsenical", K, AR, [], ["SCORE BY HALINA WRZESIŃSKA"])
q("who directed sublet", K, SU, [], ["Directed by Séverin Hautecoeur"])

K = "metadata"
q("how long is paladina", K, PA, [], ["118 minutes"])
q("what is paladina rated", K, PA, [], ["listed as a 12A", "it is a 12A"])
q("who reviewed paladina", K, PA, [], ["Casimir Quarrendon", "Mayumi Kettleborough"], PA_SIDES)
q("how long is kabaddi nani", K, KN, [R1], ["104 minutes"])
q("what year is kabaddi nani", K, KN, [R1], ["A sports comedy-drama, UK, 2026"])
q("pleacher age rating", K, PL, [S3], ["certificate PG"])
q("who reviewed pleacher", K, PL, [], ["Rosemary Dimsdale"])
q("how long is tawny", K, TW, [], ["82 minutes"])
q("when did updraught come out", K, UD, [], ["a British biographical drama of 2026"])
q("how long is updraught", K, UD, [], ["121 minutes"])
q("what's drumlin rated", K, DR, [], ["certificate 15"])
q("how long is arsenical", K, AR, [], ["101 MINUTES"])
q("what certificate is sublet", K, SU, [], ["certificate 12A"])

K = "verdict"
q("is paladina worth seeing", K, PA, [], ["two out of five", "9/10"], PA_SIDES)
q("what did casimir quarrendon think of paladina", K, PA, [],
  ["two out of five", "The whole thing is half an hour too long"])
q("what did mayumi kettleborough think of paladina", K, PA, [], ["9/10", "The ending is perfect"])
q("is kabaddi nani any good", K, KN, [FS], ["16/20", "Go, and take your nan"])
q("pleacher verdict", K, PL, [S5], ["three and a half stars"])
q("what did the hedgelayers think of pleacher", K, PL, [S5, S4], ["three and a half stars", "carried by six votes to two"])
q("is tawny worth watching", K, TW, [], ["72%"])
q("what score did updraught get", K, UD, [], ["This university does not award stars"])
q("is updraught good", K, UD, [],
  ["The degree is the verdict", "has earned an exception", "as lovely a scene as I have seen in a cinema"])
q("is drumlin any good", K, DR, [], ["Assessment: B+", "A strong, tense game"])
q("what did the telegram critic think of arsenical", K, AR, [],
  ["EIGHT OUT OF TEN", "ARSENICAL IS NASTY CLEVER AND BEAUTIFULLY MADE"])
q("is lurcher worth seeing", K, LU, [], ["four out of five, and go and see it", "Grading: Excellent"])
q("what did winnifred oxtoby think of sublet", K, SU, [],
  ["Sublet is pleasant, pretty and forgettable", "three stars out of five"])

K = "yes/no"
q("is paladina in english", K, PA, [], ["in Italian and Sicilian with subtitles"])
q("is paladina ok for a 12 year old", K, PA, [], ["listed as a 12A", "it is a 12A", "Harmless"])
q("is there a romance in paladina", K, PA, [], ["The romance between", "sweet but leads nowhere", "it leads nowhere"])
q("is kabaddi nani ok for a 12 year old", K, KN, [R4, R1], ["fine for a twelve-year-old", "Certificate? 12A"])
q("do i need to know the rules of kabaddi to enjoy kabaddi nani", K, KN, [R4],
  ["You need to know the rules. False", "Nani explains them with chapatis on a kitchen table"])
q("is pleacher ok for kids", K, PL, [S3, S5], ["certificate PG", "recommends it to members and their families"])
q("is tawny ok for little kids", K, TW, [], ["may frighten children under five", "Certificate U"])
q("is tawny sad", K, TW, [], ["a short sad scene about Tuft's missing mother"])
q("is updraught ok for kids", K, UD, [],
  ["Families may bring children of eight or nine without worry", "certificate PG"])
q("does florrie make it across the channel in updraught", K, UD, [],
  ["the ending does not pretend she made it further than she did"])
q("is drumlin ok for a 14 year old", K, DR, [], ["Not for anyone under fifteen", "certificate 15"])
q("is arsenical scary", K, AR, [], ["WHOLE AUDIENCE SCREAMED", "GENUINELY FRIGHTENING"])
q("is lurcher ok for a 12 year old", K, LU, [], ["not for small children", "certificate 15"])

K = "typo"
q("paladna review", K, PA, [], ["two out of five", "9/10"], PA_SIDES)
q("palladina cast", K, PA, [], ["Fiammetta Spanò", "Salvo Intravaia", "Concetta Mulè"])
q("kabadi nani who directed", K, KN, [R3], ["Manveer Kalsi"])
q("kabbadi nani worth it", K, KN, [FS], ["16/20"])
q("pleecher plot", K, PL, [S3], ["forced to lay a hedge together"])
q("pleacher compser", K, PL, [S3], ["Angharad Prydderch"])
q("tawney runtime", K, TW, [], ["82 minutes"])
q("tawny voice cats", K, TW, [NI], ["Aoibheann Cullinane", "Dame Sybilla Harbage", "Conall Brereton"])
q("updraft review", K, UD, [], ["This university does not award stars", "The degree is the verdict"])
q("updruaght who stars", K, UD, [], ["Elsie Attwater"])
q("drumlen ending", K, DR, [], ["The ending is quiet and exactly right"])
q("arsenecal worth it", K, AR, [], ["EIGHT OUT OF TEN"])
q("lurchr cast", K, LU, [], ["Tyrone Bullimore", "Keir Pinchbeck", "Kerry-Ann Sibbald"])

K = "very short"
q("paladina ending", K, PA, [], ["is sentimental rubbish", "The ending is perfect"], PA_SIDES)
q("paladina dop", K, PA, [], ["Agata Buttitta"])
q("kabaddi nani music", K, KN, [R3], ["Jasdeep Gurmukh"])
q("kabaddi nani cast", K, KN, [R2], ["Kamaljit Rehal", "Aneesa Chaggar", "Rupinder Sohal", "Rosaleen Oakenfull"])
q("pleacher cast", K, PL, [S3], ["Sidwell Kembleton", "Lancelyn Ferriday", "Zainab Okonedo"])
q("pleacher dop", K, PL, [S3], ["Tadeusz Wawrzyniak"])
q("tawny director", K, TW, [MB], ["Doireann Keohane"])
q("tawny songs", K, TW, [NI], ["The songs are forgettable, apart from the fox's lullaby"])
q("updraught ending", K, UD, [], ["the last ascent, from the cliffs at Dover", "as lovely a scene as I have seen in a cinema"])
q("updraught music", K, UD, [], ["The score, by Madoc Gwatkin"])
q("drumlin cast", K, DR, [],
  ["Aisling Nic Bhraonáin", "Fiachra Mulholland", "Sinéad Mac Giolla Bhríde", "Conleth Mahaffy"])
q("arsenical editor", K, AR, [], ["HEULWEN AGARD"])
q("sublet dop", K, SU, [], ["Capucine Delacôte"])

K = "no film named"
q("that palermo puppet theatre film, is it any good", K, PA, [], ["two out of five", "9/10"], [PA])
q("the film about a girl who wants to work the puppets in palermo, who directed it", K, PA, [],
  ["Nunzia Carollo"], [PA])
q("the film about a gran coaching a women's team in leicester, any good", K, KN, [], ["16/20"], [KN])
q("that leicester sports comedy, who's in it", K, KN, [], ["Kamaljit Rehal", "Aneesa Chaggar"], [KN])
q("the hedge-laying comedy with the two old brothers, worth it?", K, PL, [], ["three and a half stars"], [PL])
q("the film about brothers who haven't spoken in 31 years, how long is it", K, PL, [], ["94 minutes"], [PL])
q("the animated owl film, is it ok for little kids", K, TW, [],
  ["Certificate U", "may frighten children under five"], [TW])
q("that cartoon about an owl scared of the dark, who voices the fox", K, TW, [], ["Conall Brereton"], [TW])
q("the film about the edwardian girl who jumped out of balloons, any good", K, UD, [],
  ["This university does not award stars", "I have not seen a braver or funnier performance this year"], [UD])
q("the hostage thriller in the irish post office, is it good", K, DR, [], ["Assessment: B+"], [DR])
q("that cavan siege film, who directed it", K, DR, [], ["Mícheál Ó Dubhláin"], [DR])
q("the taxidermy horror film, worth seeing?", K, AR, [], ["EIGHT OUT OF TEN"], [AR])
q("the horror where stuffed animals move in hexham, is it ok for teens", K, AR, [],
  ["CERTIFICATE 15", "NOT FOR CHILDREN"], [AR])
q("the romcom with the flat swap and the fridge notes, how long is it", K, SU, [], ["108 minutes"], [SU])

K = "film not stored"
no("is pinocchio any good", K)
no("cinema paradiso review", K)
no("is dangal worth watching", K)
no("fantastic mr fox ok for kids", K)
no("who directed the aeronauts", K)
no("dog day afternoon cast", K)
no("how long is psycho", K)
no("drumline review", K)
no("arsenic and old lace any good", K)
no("the tallow chandler's daughter review", K)
no("is the godfather worth it", K)
no("amelie music", K)
no("is babe ok for a 5 year old", K)
no("the straight story age rating", K)

K = "unanswerable"
no("who plays turi's sister in paladina", K, PA)
no("who plays the council surveyor in paladina", K, PA)
no("is paladina on netflix", K, PA)
no("who edited kabaddi nani", K, KN)
no("who wrote pleacher", K, PL)
no("who shot tawny", K, TW)
no("what's the budget of tawny", K, TW)
no("who edited updraught", K, UD)
no("who plays the reporter in updraught", K, UD)
no("who did the music for drumlin", K, DR)
no("does eunan go to prison at the end of drumlin", K, DR)
no("who shot arsenical", K, AR)
no("who plays the detective in arsenical", K, AR)
no("who wrote the music for lurcher", K, LU)

K = "pros/cons"
q("paladina pros and cons", K, PA, [],
  ["is astonishing as Rosalia", "the only reason I stayed", "is blank as Rosalia", "never stops sobbing",
   "is sentimental rubbish", "the most thrilling action scene of the year", "sweet but leads nowhere"])
q("what's bad about paladina", K, PA, [],
  ["is blank as Rosalia", "never stops sobbing", "is sentimental rubbish", "half an hour too long",
   "sweet but leads nowhere", "the one weak thread"])
q("kabaddi nani good and bad", K, KN, [R4, R2, R3],
  ["The kabaddi scenes are thrilling", "The son's sulking drags the middle badly", "is far too loud",
   "likeable but a little bland", "the funniest scene in the film"])
q("what's wrong with kabaddi nani", K, KN, [R4, R2, R3],
  ["The son's sulking drags the middle badly", "is far too loud", "a little bland", "playing it stiffly"])
q("pleacher strengths and weaknesses", K, PL, [S3, S4],
  ["with a slow, dry wickedness", "is very touching as Ebenezer", "pleasant but forgettable",
   "found the middle too slow", "the championship day is thrilling", "the jokes about sheep too broad"])
q("anything bad about pleacher", K, PL, [S3, S4, S6],
  ["pleasant but forgettable", "found the middle too slow", "the jokes about sheep too broad",
   "which he called inexcusable"])
q("tawny pros and cons", K, TW, [],
  ["the most beautiful I have seen in a family film this year", "steals the film as the fox",
   "The second act is a string of errands, and it drags", "The songs are forgettable"])
q("what's good about tawny", K, TW, [],
  ["Every leaf and feather looks carved and inked", "steals the film as the fox",
   "Grown-ups laughed more than the children", "sweet and very funny as Tuft", "wonderfully grumpy"])
q("updraught good and bad", K, UD, [],
  ["a fearlessness that is catching", "made the whole hall gasp", "The middle hour, in the jam factory, drags",
   "The romance with the newspaper reporter is dull", "looks like a screensaver"])
q("whats wrong with updraught", K, UD, [],
  ["The middle hour, in the jam factory, drags", "is dull, and he is dull in it", "looks like a screensaver",
   "deserved more than three scenes"])
q("drumlin strengths and weaknesses", K, DR, [],
  ["is the best thing in the film", "The dialogue is superb", "a flashback to the sergeant's failed marriage",
   "is wasted", "cut as tight as a clock"])
q("arsenical downsides", K, AR, [],
  ["SLOW FIRST HALF HOUR", "TOO MUCH PAPERWORK WITH SOLICITOR", "POLICE SUBPLOT POINTLESS",
   "LAST FIVE MINUTES EXPLAIN EVERYTHING"])
q("what's wrong with sublet", K, SU, [],
  ["is lazy, and everyone can see it coming", "nothing happens prettily for twenty minutes",
   "too nice to be interesting", "wall-to-wall accordion"])

K = "disagreement"
q("is fiammetta spano good in paladina", K, PA, [],
  ["Fiammetta Spanò is blank as Rosalia", "Fiammetta Spanò is astonishing as Rosalia"], PA_SIDES)
q("is the music in paladina good", K, PA, [], ["never stops sobbing", "comes in only when it must"], PA_SIDES)
q("is paladina too long", K, PA, [],
  ["The whole thing is half an hour too long", "I would not cut a minute of its 118"], PA_SIDES)
q("is the ending of paladina good", K, PA, [], ["is sentimental rubbish", "The ending is perfect"], PA_SIDES)
q("is paladina well directed", K, PA, [],
  ["She directs every scene as if it were the big finale", "Nunzia Carollo directs with great restraint"], PA_SIDES)
q("what do the two paladina reviews disagree about", K, PA, [],
  ["Fiammetta Spanò is blank as Rosalia", "Fiammetta Spanò is astonishing as Rosalia", "never stops sobbing",
   "comes in only when it must", "The whole thing is half an hour too long", "I would not cut a minute of its 118",
   "is sentimental rubbish", "The ending is perfect"], PA_SIDES)
q("what do both paladina reviews agree on", K, PA, [],
  ["the only reason I stayed", "is the best thing in the film", "photography of Palermo is lovely",
   "photographs Palermo in gold lamplight", "the most thrilling action scene of the year", "sweet but leads nowhere",
   "it leads nowhere"], PA_SIDES)
q("who liked paladina more, the chat or the haiku", K, PA, [], ["9/10", "two out of five"], PA_SIDES)
q("did everyone at the hedgelaying society like pleacher", K, PL, [S4, S5],
  ["made him cry", "which he called inexcusable", "carried by six votes to two"])
q("are the sheep jokes in pleacher funny", K, PL, [S4],
  ["the jokes about sheep too broad", "she laughed till she cried at the sheep"])
q("is kabaddi nani good all the way through", K, KN, [R4],
  ["The kabaddi scenes are thrilling", "The son's sulking drags the middle badly"])
q("is arsenical scary all the way through", K, AR, [],
  ["SLOW FIRST HALF HOUR", "GENUINELY FRIGHTENING UNTIL THE LAST FIVE MINUTES", "LAST FIVE MINUTES EXPLAIN EVERYTHING"])
q("is updraught good from start to finish", K, UD, [],
  ["made the whole hall gasp", "The middle hour, in the jam factory, drags",
   "as lovely a scene as I have seen in a cinema"])

K = "comparison"
q("which is longer, paladina or updraught", K, UD, [], ["121 minutes"], ["118 minutes"])
q("which is shorter, tawny or pleacher", K, TW, [], ["82 minutes"], ["94 minutes"])
q("drumlin or arsenical, which is longer", K, AR, [], ["101 MINUTES"], ["96 minutes"])
q("which is better for a 7 year old, drumlin or tawny", K, TW, [], ["Certificate U"], ["certificate 15"])
q("which scored higher, kabaddi nani or pleacher", K, KN, [], ["16/20"], ["three and a half stars"])
q("which got the better rating, tawny or arsenical", K, AR, [], ["EIGHT OUT OF TEN"], ["72%"])
q("which is longer, kabaddi nani or pleacher", K, KN, [], ["104 minutes"], ["94 minutes"])
q("updraught or drumlin, which is shorter", K, DR, [], ["96 minutes"], ["121 minutes"])
q("which is better for kids, pleacher or kabaddi nani", K, PL, [], ["certificate PG"], ["12A"])
q("which is longer, lurcher or drumlin", K, LU, [], ["99 minutes"], ["96 minutes"])
q("sublet or kabaddi nani, which is longer", K, SU, [], ["108 minutes"], ["104 minutes"])
q("which has the higher rating, sublet or tawny", K, TW, [], ["72%"], ["three stars out of five"])
q("which is shorter, arsenical or paladina", K, AR, [], ["101 MINUTES"], ["118 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

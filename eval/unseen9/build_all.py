#!/usr/bin/env python3
"""Write eval/unseen9/all.jsonl from the hand-written questions below (one JSON object per line).

New films: KP Kingfisher Protocol (IMDb-style user review), MS Marmalade Season (Letterboxd diary entry), GK Gravel
Kings (Reddit post), ST Sunday Tigers (listicle), BW Brambleworth (Q&A), HF Halfmoon Freight (two reviews by critics
who disagree: Rafferty Quennell's positive review with a spoiler section, 4.5/5, and Constance Abernathy's negative
review with per-category scores, "Overall: 4.5/10"), NE Nightjar Exchange (social-media thread). About 15 questions
are about films of eval/unseen8 (copied unchanged into reviews/): Kestrel Winter, The Velvet Junction, Meridian Road,
Sparrow and the Sky Engine, The Hollow Saints.
"""
import json, os

KP, MS, GK, ST = "Kingfisher Protocol", "Marmalade Season", "Gravel Kings", "Sunday Tigers"
BW, HF, NE = "Brambleworth", "Halfmoon Freight", "Nightjar Exchange"
# unseen8 films
KW, VJ, MR, SE, HS = ("Kestrel Winter", "The Velvet Junction", "Meridian Road", "Sparrow and the Sky Engine",
                      "The Hollow Saints")
HF_SIDES = ["Rafferty Quennell", "Constance Abernathy"]   # positive .md (4.5/5) and negative .txt (Overall: 4.5/10)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("does kingfisher protocol look nice", K, KP, [], ["The platform looks amazing", "huge wide shots of storm walls"])
q("is the soundtrack in marmalade season any good", K, MS, [],
  ["playing the soundtrack on repeat", "flamenco guitar"])
q("does gravel kings drag", K, GK, [], ["the middle sags badly", "romance between Earl and a waitress that goes nowhere",
                                         "saggy middle"])
q("is sunday tigers actually funny", K, ST, ["Introduction", "5 reasons to see it", "The bottom line"],
  ["warmest British comedy in ages", "gets the biggest laughs", "very funny crowd-pleaser"])
q("hows the puppet work in brambleworth", K, BW, ["Does it look good?"],
  ["The badgers are puppets", "see the fur move in the wind"])
q("is the story in nightjar exchange easy to follow", K, NE, [],
  ["The plot is confusing", "lost track of who was working for whom", "four double-crosses"])
q("how does halfmoon freight look", K, HF, ["The look and the sound", "What works"],
  ["desert is huge and pale", "gorgeous to look at", "surface of the moon"])
q("are the car smashes in gravel kings real or cgi", K, GK, [], ["no CGI that I could spot", "the cars are real"])
q("is there any spark between the two leads in marmalade season", K, MS, [],
  ["no spark until the very last scene", "the chemistry is... fine?"])
q("is the darts stuff in sunday tigers exciting to watch", K, ST, ["5 reasons to see it"],
  ["The darts are genuinely tense", "forgot to breathe"])
q("what do the effects and noises sound like in kingfisher protocol", K, KP, [],
  ["The sound is just as good", "low drones and a heartbeat pulse"])
q("is the audio in kestrel winter good", K, KW, [], ["The sound design deserves its own award", "wind, and then no wind"])

K = "actor"
q("who plays the engineer in kingfisher protocol", K, KP, [], ["Noor Valdivia"])
q("whos the station commander in kingfisher protocol", K, KP, [], ["Emrys Castell"])
q("who plays the aunt in marmalade season", K, MS, [], ["Consuelo Ybarra"])
q("who plays ines in marmalade season", K, MS, [], ["Beatriz Olmedo"])
q("who plays the daughter in gravel kings", K, GK, [], ["Jolene Ashcombe"])
q("who plays the announcer guy in gravel kings", K, GK, [], ["Hector Mbeki"])
q("who plays bev in sunday tigers", K, ST, ["5 reasons to see it"], ["Winnie Calloway"])
q("who voices the badger king in brambleworth", K, BW, ["Who's in it?"], ["Gregory Lambe"])
q("who plays the grandma in brambleworth", K, BW, ["Who's in it?"], ["Sunita Varghese"])
q("who plays juno in halfmoon freight", K, HF, ["The setup", "The lead"], ["Isadora Fenwick"])
q("who plays the translator in nightjar exchange", K, NE, [], ["Magda Korhonen"])
q("who plays the physicist in nightjar exchange", K, NE, [], ["Benedikt Aue"])
q("who plays the hitchhiker in meridian road", K, MR, [], ["Maude Lindqvist"])

K = "crew"
q("who directed kingfisher protocol", K, KP, [], ["Kwame Ashworth-Lyle"])
q("who wrote kingfisher protocol", K, KP, [], ["Greta Solvang"])
q("who shot gravel kings", K, GK, [], ["Neve Castellan"])
q("who did the music for marmalade season", K, MS, [], ["Marisol Echeverri"])
q("who edited sunday tigers", K, ST, ["5 reasons to see it"], ["Agnes Threlfall"])
q("who wrote the script for sunday tigers", K, ST, ["5 reasons to see it"], ["Siobhan Garvey"])
q("who made brambleworth", K, BW, ["Introduction", "Who's in it?"], ["Imogen Hallorann"])
q("who did the songs in brambleworth", K, BW, ["Is the music any good?"], ["Felicity Ngata"])
q("who was the dp on halfmoon freight", K, HF, ["The look and the sound", "What works"], ["Halvor Sundberg"])
q("who wrote halfmoon freight", K, HF, ["The setup", "The story"], ["Nell Arkwood"])
q("who edited halfmoon freight", K, HF, ["Taking its time", "The pace"], ["Jude Fairlie"])
q("who shot nightjar exchange", K, NE, [], ["Yusra Delacroix"])
q("who composed the score for nightjar exchange", K, NE, [], ["Piet Ravensworth"])
q("who edited kestrel winter", K, KW, [], ["Liv Quayle"])

K = "metadata"
q("who reviewed kingfisher protocol", K, KP, [], ["reelgrinder_88"])
q("what score did kingfisher protocol get", K, KP, [], ["8/10"])
q("how many stars did marmalade season get", K, MS, [], ["★★★½"])
q("who reviewed marmalade season", K, MS, [], ["Pia Lindahl"])
q("how long is gravel kings", K, GK, [], ["105 minutes"])
q("what's gravel kings rated", K, GK, [], ["rated R"])
q("what's sunday tigers rated", K, ST, [], ["12A"])
q("how long is brambleworth", K, BW, [], ["94 minutes"])
q("what year is brambleworth from", K, BW, [], ["2026"])
q("how long is halfmoon freight", K, HF, [], ["127 minutes", "two hours and seven minutes"])
q("who reviewed halfmoon freight", K, HF, [], HF_SIDES, HF_SIDES)
q("how long is nightjar exchange", K, NE, [], ["109 minutes"])
q("who wrote the thread about nightjar exchange", K, NE, [], ["Joss Penhaligon", "@frameburn"])
q("what's the velvet junction rated", K, VJ, [], ["PG-13"])

K = "verdict"
q("is kingfisher protocol worth watching", K, KP, [],
  ["A slow burn that pays off", "give this one a go", "It worked for me"])
q("marmalade season good or nah", K, MS, [], ["cosiest film i have seen all year", "great sunday afternoon film"])
q("should i see gravel kings", K, GK, [], ["Dumb fun with a big heart", "Go see it loud", "it's got heart"])
q("sunday tigers worth it?", K, ST, ["The bottom line", "Introduction"],
  ["big-hearted, very funny crowd-pleaser", "warmest British comedy in ages"])
q("is brambleworth any good", K, BW, ["So, should I go?"],
  ["gentle, handmade and kind", "best family film this half-term"])
q("verdict on nightjar exchange?", K, NE, [], ["moody, stylish, a bit muddled"])
q("is halfmoon freight good", K, HF, [],
  ["best American film I've seen this year", "A beautiful train with nobody driving it",
   "handsome, hollow and very, very long", "A grown-up western"], HF_SIDES)
q("would u recommend nightjar exchange to someone who likes spy films", K, NE, [],
  ["Spy nerds, Cold War nerds", "loves old spy films"])
q("did the reddit guy like gravel kings", K, GK, [], ["solid 7/10", "Dumb fun with a big heart"])
q("is meridian road worth a watch", K, MR, [], ["it's more than enough", "A-", "happily have sat in that ute"])
q("is the velvet junction good", K, VJ, ["Final Word"], ["absolutely worth it for the songs"])

K = "yes/no"
q("is kingfisher protocol a good popcorn movie", K, KP, [], ["Not one for a fun popcorn night"])
q("does kingfisher protocol wrap everything up at the end", K, KP, [], ["The ending is also left open"])
q("is marmalade season predictable", K, MS, [], ["you know exactly where this is going from minute one"])
q("is there a lot of swearing in gravel kings", K, GK, [], ["cuss like sailors", "rated R mostly for language"])
q("is brambleworth ok for my 5 year old", K, BW, ["Should I take my kids?", "Is it scary?"],
  ["Yes, if they're five or older"])
q("are the badgers in brambleworth cgi", K, BW, ["Does it look good?"], ["puppets, not computer animation"])
q("is sunday tigers a good one to take my dad to", K, ST, ["The bottom line"], ["Take your dad"])
q("is there a love story in sunday tigers", K, ST, ["3 things that don't work", "5 reasons to see it"],
  ["Sanjay's crush on Bev's daughter"])
q("is halfmoon freight a fast paced heist movie", K, HF, ["Taking its time", "The pace"],
  ["If you want a fast heist film, look elsewhere", "It's a crawl"])
q("is nightjar exchange hard to follow", K, NE, [], ["The plot is confusing", "lost track of who was working for whom"])
q("is the music in nightjar exchange jazz", K, NE, [], ["jazz-trumpet score"])
q("is sparrow and the sky engine ok for a 4 year old", K, SE, ["Age advice", "Scary scenes"],
  ["under-fives should wait", "may frighten under-sixes"])

K = "typo"
q("kingfisher protocal cast", K, KP, [], ["Noor Valdivia", "Emrys Castell"])
q("kingfisher protocoll how long", K, KP, [], ["118 minutes"])
q("marmelade season music", K, MS, [], ["Marisol Echeverri", "flamenco guitar"])
q("whos in marmalde season", K, MS, [], ["Beatriz Olmedo", "Kofi Adeyemi"])
q("gravel kngs director", K, GK, [], ["Russ Delacourt"])
q("sundy tigers runtime", K, ST, ["Introduction"], ["101 minutes"])
q("bramblworth scary?", K, BW, ["Is it scary?"], ["Not really"])
q("brambelworth songs any good", K, BW, ["Is the music any good?"], ["folky and gentle", "Dig, Dig, Dig"])
q("halfmoon frieght ending", K, HF, ["SPOILERS AHEAD: the ending", "That ending"],
  ["it's perfect", "a cop-out", "Juno burns them in the desert", "ends on a shrug"])
q("halfmon freight score", K, HF, ["The look and the sound", "The music"], ["haunting", "harmonica never stops"])
q("nightjar exhange acting", K, NE, [],
  ["Magda Korhonen", "very good at looking exhausted", "Every scene she's in crackles"])
q("nightjar exchnage cinematografy", K, NE, [], ["Yusra Delacroix", "grainy film stock"])
q("kestral winter director", K, KW, [], ["Sigrid Haddad"])

K = "very short"
q("kingfisher protocol music?", K, KP, [], ["Tobias Renfrew", "low drones"])
q("kingfisher protocol auditor", K, KP, [], ["Ottoline Hesketh", "walking plot device"])
q("marmalade season pace", K, MS, [], ["the middle drags", "goes on and on"])
q("gravel kings cast", K, GK, [], ["Bo Garrity", "Jolene Ashcombe", "Hector Mbeki"])
q("gravel kings rating", K, GK, [], ["7/10"])
q("sunday tigers villains", K, ST, ["3 things that don't work"], ["cartoon snobs in matching blazers"])
q("brambleworth villain", K, BW, ["Any problems?", "What's it about?"],
  ["developer villain is very thin", "a developer wants to pour concrete"])
q("halfmoon freight photography", K, HF, ["The look and the sound", "What works"],
  ["Halvor Sundberg", "desert is huge and pale", "gorgeous to look at"])
q("nightjar exchange pace?", K, NE, [], ["slow in the middle", "a lot of people in offices"])
q("velvet junction songs", K, VJ, ["The Music"], ["Marcel Vance", "Down Below the Trains"])

K = "no film named"
q("which movie has a goat eating wedding invitations", K, MS, [], ["the goat that eats the wedding invitations"],
  ["Marmalade Season"])
q("the one about the pub darts team, who directed it", K, ST, ["Introduction"], ["Declan Moorcroft"])
q("that demolition derby movie, is it any good", K, GK, [], ["Dumb fun with a big heart", "solid 7/10"])
q("the film with the talking badgers, is it scary", K, BW, ["Is it scary?"], ["Not really"])
q("which film is the western about robbing a freight train", K, HF, [],
  ["Augusta Varney's neo-western", "train-heist western"], ["Halfmoon Freight"])
q("the cold war spy one set in berlin, whos in it", K, NE, [], ["Ruaridh Maclennan", "Magda Korhonen"])
q("the sci fi one on the weather platform at sea, who directed it", K, KP, [], ["Kwame Ashworth-Lyle"])
q("any movie with a brass band soundtrack?", K, ST, ["5 reasons to see it"], ["brass band"], ["Sunday Tigers"])
q("which film has a jazz trumpet score", K, NE, [], ["jazz-trumpet score"], ["Nightjar Exchange"])
q("is there a movie set on an orange farm in spain", K, MS, [], ["bitter-orange grove"], ["Marmalade Season"])
q("which movie is about a falconer stuck in the arctic", K, KW, [], ["falconer"], ["Kestrel Winter"])
q("the musical in the chicago speakeasy, who wrote the songs", K, VJ, ["The Music"], ["Marcel Vance"])

K = "film not stored"
no("is kingfisher directive any good", K)
no("marmalade summer review", K)
no("who directed gravel queens", K)
no("monday tigers worth seeing?", K)
no("bramblewood ok for kids", K)
no("halfmoon cargo cast", K)
no("nightjar station rating", K)
no("is mister candlewick good", K)
no("what did u think of orchid tax", K)
no("is the gull tribunal worth a watch", K)
no("copper tigers any good", K)

K = "unanswerable"
no("who edited kingfisher protocol", K, KP)
no("what's kingfisher protocol rated", K, KP)
no("how long is marmalade season", K, MS)
no("who shot marmalade season", K, MS)
no("who wrote marmalade season", K, MS)
no("who edited gravel kings", K, GK)
no("what year did sunday tigers come out", K, ST)
no("who was the cinematographer on brambleworth", K, BW)
no("what's halfmoon freight rated", K, HF)
no("when was nightjar exchange released", K, NE)
no("what's the age rating on nightjar exchange", K, NE)
no("what was kestrel winter's budget", K, KW)

K = "pros/cons"
q("whats bad about kingfisher protocol", K, KP, [],
  ["auditor subplot could have been cut", "long at 118 minutes", "ending is also left open"])
q("best thing about kingfisher protocol", K, KP, [], ["she is fantastic", "The platform looks amazing"])
q("any complaints about marmalade season", K, MS, [], ["the middle drags", "ex-boyfriend from London", "is a cartoon"])
q("what's good about gravel kings", K, GK, [], ["The crash scenes are INSANE", "Ashcombe is the real star"])
q("pros and cons of gravel kings", K, GK, [],
  ["great crashes", "saggy middle", "The crash scenes are INSANE", "the middle sags badly"])
q("whats wrong with sunday tigers", K, ST, ["3 things that don't work"],
  ["it's flat", "cartoon snobs in matching blazers", "decided by a fluke"])
q("any downsides to brambleworth", K, BW, ["Any problems?"],
  ["slow to get going", "developer villain is very thin", "wraps everything up a bit too quickly"])
q("is there anything in brambleworth for the parents", K, BW, ["Is there anything for grown-ups?"],
  ["handled with care", "Grandma June's storyline"])
q("what's good about nightjar exchange", K, NE, [], ["The look is gorgeous", "Korhonen is a star", "jazz-trumpet score"])
q("cons of nightjar exchange", K, NE, [], ["The plot is confusing", "slow in the middle"])
q("what did the bad review of halfmoon freight actually like", K, HF, ["What works"],
  ["gorgeous to look at", "Teodor Blanco is also good value"])
q("what are the problems with the velvet junction", K, VJ, ["The Problems"], ["too long", "tone lurches"])

K = "disagreement"
q("do the critics agree on the ending of halfmoon freight", K, HF, [], ["it's perfect", "a cop-out"], HF_SIDES)
q("which reviewer hated the music in halfmoon freight", K, HF, [], ["harmonica never stops", "car alarm"],
  ["Constance Abernathy"])
q("is cormac delaine good in halfmoon freight, reviews seem split", K, HF, [],
  ["performance of his career", "sleepwalks"], HF_SIDES)
q("does halfmoon freight drag or not", K, HF, [], ["unhurried, and that's the point", "It's a crawl"], HF_SIDES)
q("do both reviewers like the look of halfmoon freight", K, HF, [],
  ["desert is huge and pale", "gorgeous to look at", "surface of the moon"], HF_SIDES)
q("what do the two halfmoon freight reviews think of isadora fenwick", K, HF, [],
  ["Fenwick matches him line for line", "only spark on the train"], HF_SIDES)
q("which halfmoon freight review is more positive", K, HF, [],
  ["Four and a half stars out of five", "best American film I've seen this year"], ["Rafferty Quennell"])
q("how do the critics rate the halfmoon freight soundtrack", K, HF, [], ["haunting", "harmonica never stops"],
  HF_SIDES)
q("was the robbery scene good in halfmoon freight? do the reviews differ", K, HF, [],
  ["plays out in near silence", "over in about four minutes"], HF_SIDES)
q("which critic liked halfmoon freight", K, HF, [], ["best American film I've seen this year", "4.5/5"],
  ["Rafferty Quennell"])
q("do the halfmoon freight reviewers agree about the script", K, HF, [],
  ["gives every character a reason", "does almost nothing with it"], HF_SIDES)

K = "comparison"
q("which is longer, kingfisher protocol or gravel kings", K, KP, [], ["118 minutes"], ["118 minutes", "105 minutes"])
q("which is shorter, sunday tigers or brambleworth", K, BW, [], ["94 minutes"], ["94 minutes", "101 minutes"])
q("which is funnier, sunday tigers or nightjar exchange", K, ST, [],
  ["gets the biggest laughs", "very funny crowd-pleaser", "warmest British comedy in ages"])
q("which is better for kids, brambleworth or gravel kings", K, BW, [],
  ["Yes, if they're five or older", "no bad language at all"])
q("which is longest, halfmoon freight, kingfisher protocol or nightjar exchange", K, HF, [],
  ["127 minutes", "two hours and seven minutes"])
q("which got the better rating, brambleworth or sunday tigers", K, BW, [], ["Four stars out of five", "4/5"],
  ["3.5"])
q("is gravel kings longer than sunday tigers", K, GK, [], ["105 minutes"], ["105 minutes", "101 minutes"])
q("which has more swearing, marmalade season or gravel kings", K, GK, [],
  ["cuss like sailors", "rated R mostly for language"])
q("which is longer, halfmoon freight or the velvet junction", K, VJ, [], ["two hours and eight minutes"],
  ["two hours and eight minutes", "127 minutes"])
q("which came out first, meridian road or kingfisher protocol", K, MR, [], ["2025"], ["2025", "2026"])
q("which is longer, nightjar exchange or the hollow saints", K, HS, [], ["121 minutes"], ["121 minutes", "109 minutes"])
q("which scored higher with its reviewer, kingfisher protocol or gravel kings", K, KP, [], ["8/10"], ["8/10", "7/10"])
q("which is more of a feel good movie, marmalade season or nightjar exchange", K, MS, [],
  ["cosiest film i have seen all year", "comfort watch"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

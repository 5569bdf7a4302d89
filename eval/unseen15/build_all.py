#!/usr/bin/env python3
"""Write eval/unseen15/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SP Saltpetre (two reviews that disagree: the Sirocco International Film Festival jury statement, which gives
it three awards and no score, and a spoiler-tagged forum thread by "spentcasing", "4/10"), VP Velocipede (a
Wikipedia-style article with a "Critical response" section quoting several critics, aggregator scores, no score of its
own), HW Hot Water Crust (a recipe-blog post with a long preamble and a pork-pie recipe, "3.5/5"), PU Pulpo (a Spanish
animated film reviewed in both its English dub and the subtitled original, "Subtitled: 8/10. Dubbed: 6/10."), DI
Diaphone (an academic conference paper abstract, no score), WY Wyrmhold (a "did not finish" review on a Goodreads-like
film site, two stars out of five, the reviewer walked out after 64 minutes), SK Skive (a review written as a school
report, subject grades, "Overall grade: C+"). About 13 questions are about films of eval/unseen14 (copied unchanged
into reviews/): Come Bye and Gallowglass.
"""
import json, os

SP, VP, HW, PU = "Saltpetre", "Velocipede", "Hot Water Crust", "Pulpo"
DI, WY, SK = "Diaphone", "Wyrmhold", "Skive"
# films of eval/unseen14/reviews (copied unchanged)
CB, GG = "Come Bye", "Gallowglass"
SP_SIDES = ["Sirocco", "spentcasing"]  # jury statement .md (no score), forum thread .txt (4/10)
HW_REVIEW = ["My review of Hot Water Crust"]
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("are the fireworks in saltpetre worth seeing on a big screen", K, SP, [],
  ["Ansgar Debono's photography of the fireworks is stunning", "photographed by Ansgar Debono"])
q("hows the soundtrack in velocipede", K, VP, ["Critical response"],
  ["sounds like a gym playlist", "Lockwood's synthesiser score"])
q("does hot water crust look good", K, HW, HW_REVIEW,
  ["Faisal Pennock shoots the bakery like a cathedral", "all steam and golden light"])
q("is the music any good in hot water crust", K, HW, HW_REVIEW,
  ["plinky-plonky ukulele score", "never lets a sad scene be sad"])
q("how's the animation in pulpo", K, PU, ["The look"],
  ["the best character animation I have seen this year",
   "The hand-painted backgrounds of the Galician coast are gorgeous"])
q("are the songs in pulpo good", K, PU, ["The songs"],
  ["translated into English rhymes that do not fit the tunes", "full of bagpipes and fiddles"])
q("whats the sound design like in diaphone", K, DI, ["Abstract"],
  ["builds its dread almost entirely from absences", "drops the ambient sound so low"])
q("are the effects in diaphone any good or cheap cgi", K, DI, ["Abstract"],
  ["computer-generated effects that look cheap"])
q("is the dragon in wyrmhold well done", K, WY, [],
  ["the best creature effect I've seen since I was a kid", "all scales and breath and weight"])
q("hows the music in wyrmhold", K, WY, [],
  ["The music by Hallvard Rimstad is big choirs and drums", "honestly it's gorgeous"])
q("is skive actually funny", K, SK, ["English — C", "Acting — A-"],
  ["funny for an hour and then runs out of ideas", "timing a sitcom veteran would envy"])
q("does skive look nice", K, SK, ["Art — B+"],
  ["shoots Hull in sunshine and makes it look like Barcelona"])
q("hows the music in come bye", K, CB, ["How does it look, and how does it sound?"],
  ["The fiddle score by Aonghas MacPhail is used sparingly and lands every time"])

K = "actor"
q("who plays dorianne in saltpetre", K, SP, [],
  ["Ninette Scicluna plays Dorianne", "Ninette Scicluna shouts every single line"])
q("who plays the uncle in saltpetre", K, SP, [],
  ["Emanuel Spiteri Dingli, who plays her uncle Censu", "Emanuel Spiteri Dingli as Uncle Censu"])
q("who plays hetty in velocipede", K, VP, [], ["Amabel Chirnside as Hetty Pollexfen"])
q("who plays the trainer in velocipede", K, VP, [], ["Osgood Tremayne as Jem Crabtree, her trainer"])
q("who plays the sisters in hot water crust", K, HW, HW_REVIEW,
  ["Hermione Blatherwick is brilliant as Avril", "Joycelyn Tapsell is even better as Jeanette"])
q("who plays the pie judge in hot water crust", K, HW, HW_REVIEW,
  ["Gilbert Moxon plays the championship judge, Mr Ingleby"])
q("who voices the octopus in pulpo", K, PU, ["The voices"],
  ["Pulpo is voiced by Iago Ferreiro", "a girl octopus voiced by Prunella Sayce"])
q("who plays the keeper in diaphone", K, DI, ["Abstract"], ["Jabez Hurd (Aldwyn Strickwood)"])
q("who plays edric in wyrmhold", K, WY, [], ["Thaddeus Cray plays Edric"])
q("who plays the spymaster in wyrmhold", K, WY, [],
  ["Bettany Loame is also terrific as the queen's spymaster", "Audra Fenlow"])
q("who plays the head teacher in skive", K, SK, ["Acting — A-"],
  ["Bevan Coxhill, as the head teacher Mr Gittins"])
q("who plays the ringleader in skive", K, SK, ["Acting — A-"], ["Destiny Stringfellow is a natural as Jodie"])
q("who plays the daughter in gallowglass", K, GG, [],
  ["Clodagh Begley (Eimear Mullan)", "Clodagh Begley, who plays his daughter Eimear"])

K = "crew"
q("who directed saltpetre", K, SP, [], ["Maricel Tabone's second feature"])
q("who edited saltpetre", K, SP, [], ["Daphne Sciberras, who edited the film"])
q("who wrote velocipede", K, VP, [], ["written by Everard Thistlewood"])
q("who was the cinematographer on velocipede", K, VP, ["Production"],
  ["Cinematographer Katarzyna Wolnik mounted cameras on the bicycles"])
q("who edited velocipede", K, VP, ["Production"], ["Jocasta Umberfield edited the film"])
q("who made hot water crust", K, HW, HW_REVIEW, ["directed by Anand Treadwell from a script by Gwilym Astley"])
q("who wrote pulpo", K, PU, ["The story"], ["written by Brais Lamela"])
q("who did the music for pulpo", K, PU, ["The songs"], ["Antía Vilar's score"])
q("who did the sound design on diaphone", K, DI, ["Abstract"], ["the sound designer Fenna Blackledge"])
q("who composed the score for diaphone", K, DI, ["Abstract"],
  ["Eskil Varhaug's score, for bowed metal and a single detuned organ"])
q("who wrote the book wyrmhold is based on", K, WY, [], ["Based on the novel by Corwen Maddox"])
q("who wrote skive", K, SK, ["English — C"], ["The script, by director Sadie Hollinshead and Gaz Mellor"])
q("who directed gallowglass", K, GG, [], ["director, Cathal Brannigan"])

K = "metadata"
q("how long is saltpetre", K, SP, [], ["139 minutes"])
q("what year is velocipede from", K, VP, [], ["Velocipede is a 2025 British-American"])
q("how much did velocipede make at the box office", K, VP, [], ["$61.4 million"])
q("whats the budget of velocipede", K, VP, [], ["a production budget of $28 million"])
q("how long is hot water crust", K, HW, HW_REVIEW, ["104 minutes"])
q("what is pulpo rated", K, PU, ["For families"], ["It is rated U"])
q("what's the original title of pulpo", K, PU, ["Which version should you watch?"],
  ["The original Spanish title is Pulpo y el faro"])
q("when did diaphone come out", K, DI, ["Abstract"], ["UK, 2026, 94 min"])
q("how long is wyrmhold", K, WY, [], ["2h 48m", "2 hours 48 minutes"])
q("what certificate is wyrmhold", K, WY, [], ["2h 48m · 12A", "12A"])
q("what year is skive", K, SK, [], ["Skive (UK, 2026)"])
q("what awards did saltpetre win", K, SP, [],
  ["Golden Carob for Best Film", "Best Actress: Ninette Scicluna", "Special Mention: the score"])
q("did velocipede win any awards", K, VP, ["Accolades"], ["won Best Cinematography for Wolnik"])

K = "verdict"
q("is saltpetre good", K, SP, [],
  ["Not one of its 139 minutes is wasted", "4/10, and the 4 is for Censu and the fireworks",
   "We did not argue about Saltpetre"], SP_SIDES)
q("did the forum guy like saltpetre", K, SP, [],
  ["4/10, and the 4 is for Censu and the fireworks", "I was flattened, but by boredom"])
q("what did the jury think of saltpetre", K, SP, [],
  ["Our decisions were unanimous", "We did not argue about Saltpetre"])
q("did critics like velocipede", K, VP, ["Critical response"],
  ["78% of 164 critics' reviews are positive", "generally favorable"])
q("what did the food blogger think of hot water crust", K, HW, HW_REVIEW, ["3.5/5 for the film"])
q("is pulpo worth watching", K, PU, ["Verdict", "Which version should you watch?"],
  ["Subtitled: 8/10", "It is funny, gentle and beautifully made"])
q("does the academic rate diaphone", K, DI, ["Abstract"],
  ["one of the most sophisticated uses of sound in recent British horror", "its final act betrays it"])
q("is wyrmhold worth it", K, WY, [], ["Two stars for the dragon and Loame", "the first hour is homework"])
q("what grade does skive get", K, SK, ["Overall grade: C+", "Form tutor's comment"],
  ["C+", "a likeable pupil with a great voice who coasts"])
q("final verdict on skive?", K, SK, ["Form tutor's comment", "Overall grade: C+"],
  ["a likeable pupil with a great voice who coasts when it thinks nobody is watching", "C+"])
q("would you recommend hot water crust", K, HW, HW_REVIEW,
  ["3.5/5 for the film", "The ending is sweet but you can see it coming"])
q("overall is gallowglass any good", K, GG, [], ["Two stars for Hanratty and the scenery", "Looks great, goes nowhere"])
q("is come bye worth seeing", K, CB, ["Well, then?"], ["Four out of five, and a biscuit for Nip"])

K = "yes/no"
q("is saltpetre ok for kids", K, SP, [], ["Not one for kids", "the burns scene near the start is properly grim"])
q("does the uncle turn out to be the bad guy in saltpetre", K, SP, [],
  ["Censu stored the saltpetre wrong", "a terrible secret"])
q("was velocipede a hit", K, VP, [], ["$61.4 million worldwide against a production budget of $28 million"])
q("did velocipede win best actress", K, VP, ["Accolades"],
  ["including Best Actress for Chirnside, and won Best Cinematography for Wolnik"])
q("is hot water crust ok for a 9 year old", K, HW, HW_REVIEW,
  ["my nine-year-old nephew loved it", "12A for a bit of swearing"])
q("is pulpo scary for little kids", K, PU, ["For families"], ["nothing scary apart from one storm"])
q("is the english dub of pulpo any good", K, PU, ["Which version should you watch?", "The voices", "Verdict"],
  ["The subtitled one, if you can", "Dubbed: 6/10"])
q("is diaphone scary", K, DI, ["Abstract"],
  ["audiences in my screenings began to hold their breath", "only 19% said the same of the ending"])
q("do you actually see the monster in diaphone", K, DI, ["Abstract"], ["The creature is shown"])
q("did the reviewer finish wyrmhold", K, WY, [], ["DNF @ 1h 04m", "I walked out of it at the 64-minute mark"])
q("is wyrmhold ok for a ten year old", K, WY, [],
  ["My friend took her ten-year-old, who loved the dragon", "There's one battle but it's not gory"])
q("is skive ok for my 10 year old", K, SK, ["Behaviour — D"], ["I would not show it to anyone under twelve"])
q("is there swearing in gallowglass", K, GG, [], ["there is a lot of swearing"])

K = "typo"
q("saltpeter ending good?", K, SP, [],
  ["The ending is the bravest thing in the competition", "That's not ambiguous, it's a cop-out."], SP_SIDES)
q("who direted salt petre", K, SP, [], ["Maricel Tabone's second feature"])
q("velocepede cast", K, VP, [], ["Amabel Chirnside as Hetty Pollexfen"])
q("velosipede box ofice", K, VP, [], ["$61.4 million"])
q("hot watter crust runtime", K, HW, HW_REVIEW, ["104 minutes"])
q("hotwater crust who plays avril", K, HW, HW_REVIEW, ["Hermione Blatherwick is brilliant as Avril"])
q("pulpoo rating", K, PU, ["Verdict"], ["Subtitled: 8/10"])
q("polpo dub or subtitles", K, PU, ["Which version should you watch?"], ["The subtitled one, if you can"])
q("diafone sound designer", K, DI, ["Abstract"], ["the sound designer Fenna Blackledge"])
q("wyrmhld dragon", K, WY, [], ["Old Carrowmore", "the best creature effect I've seen since I was a kid"])
q("wormhold how long", K, WY, [], ["2h 48m", "2 hours 48 minutes"])
q("skiv music", K, SK, ["Music — A"], ["The songs by the fictional band, written by Kez Ormondroyd"])
q("galowglass photography", K, GG, [],
  ["The photography is the best thing in it", "director of photography, Tiernan Gormley"])

K = "very short"
q("saltpetre score", K, SP, [], ["Lino Schembri's score", "By the end I wanted to set fire to the bandstand myself"])
q("saltpetre editor", K, SP, [], ["Daphne Sciberras, who edited the film"])
q("velocipede rotten tomatoes", K, VP, ["Critical response"], ["78% of 164 critics' reviews are positive"])
q("velocipede composer", K, VP, ["Production"], ["The score was composed by Ingmar Lockwood"])
q("hot water crust ending", K, HW, HW_REVIEW, ["The ending is sweet but you can see it coming from the first slice"])
q("hot water crust dop", K, HW, HW_REVIEW, ["Faisal Pennock shoots the bakery"])
q("pulpo squawk", K, PU, ["The voices"], ["Captain Squawk in English, voiced by Basil Tremlow"])
q("pulpo director", K, PU, ["The story"], ["directed by Xiana Otero Bouzas"])
q("diaphone runtime", K, DI, ["Abstract"], ["94 min"])
q("diaphone ending", K, DI, ["Abstract"],
  ["The final twenty minutes abandon this method", "only 19% said the same of the ending"])
q("wyrmhold director", K, WY, [], ["Directed by Ragnhild Vestergaard"])
q("skive ending", K, SK, ["Form tutor's comment"], ["The ending, at the gig, is rushed"])
q("gallowglass certificate", K, GG, [], ["BBFC 15"])

K = "no film named"
q("the gozo fireworks film, is it good", K, SP, [],
  ["Not one of its 139 minutes is wasted", "4/10, and the 4 is for Censu and the fireworks"], ["Saltpetre"])
q("the film that won the golden carob, who edited it", K, SP, [], ["Daphne Sciberras, who edited the film"],
  ["Saltpetre"])
q("that womens bicycle race movie, whos in it", K, VP, [], ["Amabel Chirnside as Hetty Pollexfen"], ["Velocipede"])
q("the one set at madison square garden, how long is it", K, VP, ["Production"], ["112 minutes"], ["Velocipede"])
q("the pork pie film, is it any good", K, HW, HW_REVIEW, ["3.5/5 for the film"], ["Hot Water Crust"])
q("that melton mowbray movie, who directed it", K, HW, HW_REVIEW, ["directed by Anand Treadwell"],
  ["Hot Water Crust"])
q("the cartoon about an octopus and a lighthouse, is it ok for kids", K, PU, ["For families"],
  ["It is rated U", "nothing scary apart from one storm"], ["Pulpo"])
q("the spanish animated film with the gulls, dub or subtitles?", K, PU, ["Which version should you watch?"],
  ["The subtitled one, if you can"], ["Pulpo"])
q("the foghorn horror movie, is it scary", K, DI, ["Abstract"],
  ["builds its dread almost entirely from absences", "audiences in my screenings began to hold their breath"],
  ["Diaphone"])
q("who plays the old fog signal keeper", K, DI, ["Abstract"], ["Jabez Hurd (Aldwyn Strickwood)"], ["Diaphone"])
q("the dragon fantasy thats nearly 3 hours, worth it?", K, WY, [],
  ["Two stars for the dragon and Loame", "the first hour is homework"], ["Wyrmhold"])
q("the film about kids bunking off school in hull, is it good", K, SK, ["Overall grade: C+", "Form tutor's comment"],
  ["C+", "a likeable pupil with a great voice"], ["Skive"])
q("the one with the head teacher on a folding bike, who plays him", K, SK, ["Acting — A-"],
  ["Bevan Coxhill, as the head teacher Mr Gittins"], ["Skive"])

K = "film not stored"
no("is olive rain any good", K)
no("bread for the stonemason review", K)
no("berberian sound studio, worth watching?", K)
no("is ferris buellers day off ok for kids", K)
no("is breaking away a good cycling film", K)
no("ratatouille rating", K)
no("spirited away dub or sub", K)
no("how long is the breakfast club", K)
no("is how to train your dragon scary", K)
no("finding nemo voice cast", K)
no("velodrome 2025 cast", K)
no("the gherkin embassy reviews", K)
no("how long is the lord of the rings", K)
no("who directed the custard tribunal", K)

K = "unanswerable"
no("what was saltpetre's budget", K, SP)
no("who plays the priest in saltpetre", K, SP)
no("what age certificate is velocipede", K, VP)
no("who edited hot water crust", K, HW)
no("how much did hot water crust make at the box office", K, HW)
no("who edited pulpo", K, PU)
no("what is diaphone rated, a 15 or an 18", K, DI)
no("how many stars does diaphone get", K, DI)
no("who edited diaphone", K, DI)
no("how does wyrmhold end", K, WY)
no("who was the cinematographer on wyrmhold", K, WY)
no("who edited skive", K, SK)
no("what was skive's budget", K, SK)
no("what did come bye make at the box office", K, CB)

K = "pros/cons"
q("pros and cons of saltpetre", K, SP, [],
  ["Ansgar Debono's photography of the fireworks is stunning", "Ninette Scicluna shouts every single line",
   "a land deal with the parish that goes nowhere"])
q("whats good and bad about velocipede", K, VP, ["Critical response"],
  ["a star-making turn", "pedals downhill for its last forty minutes"])
q("anything wrong with velocipede", K, VP, ["Critical response"],
  ["pedals downhill for its last forty minutes", "sounds like a gym playlist"])
q("what didnt the blogger like about hot water crust", K, HW, HW_REVIEW,
  ["sags in the middle", "plinky-plonky ukulele score"])
q("best things about hot water crust", K, HW, HW_REVIEW,
  ["Joycelyn Tapsell is even better as Jeanette", "Faisal Pennock shoots the bakery like a cathedral"])
q("pulpo strengths and weaknesses", K, PU, ["The look", "The songs", "The voices"],
  ["the best character animation I have seen this year", "Some of the water, though, looks oddly flat",
   "in the dub it is close to embarrassing"])
q("whats wrong with diaphone", K, DI, ["Abstract"],
  ["its final act betrays it", "computer-generated effects that look cheap",
   "less well served by a script that makes her explain the plot"])
q("what does diaphone do well", K, DI, ["Abstract"],
  ["one of the most sophisticated uses of sound", "Strickwood's performance, almost wordless"])
q("why did they give up on wyrmhold", K, WY, [],
  ["What made me leave: the pace", "the first hour is homework", "looking puzzled in a cloak"])
q("anything good about wyrmhold", K, WY, [],
  ["the best creature effect I've seen since I was a kid", "Bettany Loame is also terrific"])
q("skive good and bad points", K, SK, ["Acting — A-", "Music — A", "English — C", "Behaviour — D"],
  ["Destiny Stringfellow is a natural", "The best soundtrack of any school film I have marked",
   "runs out of ideas", "Must try harder"])
q("whats the weakest part of skive", K, SK, ["English — C", "Form tutor's comment"],
  ["runs out of ideas", "The ending, at the gig, is rushed"])
q("pros and cons of come bye", K, CB, ["Any dog days?", "Who's a good boy?", "How does it look, and how does it sound?"],
  ["The middle half-hour, about the economics of hill farming, is important but dull", "Nip steals the film"])

K = "disagreement"
q("is ninette scicluna good in saltpetre", K, SP, [],
  ["the finest piece of screen acting this jury saw all year", "Ninette Scicluna shouts every single line"], SP_SIDES)
q("is the music in saltpetre good or annoying", K, SP, [],
  ["It is the most original film music of the competition", "By the end I wanted to set fire to the bandstand myself"],
  SP_SIDES)
q("is saltpetre too long", K, SP, [],
  ["Not one of its 139 minutes is wasted", "139 minutes and I felt most of them twice"], SP_SIDES)
q("do people like the ending of saltpetre", K, SP, [],
  ["The ending is the bravest thing in the competition", "That's not ambiguous, it's a cop-out."], SP_SIDES)
q("does everyone agree about the uncle in saltpetre", K, SP, [],
  ["plays her uncle Censu with enormous warmth", "the best thing in it by a mile"], SP_SIDES)
q("do the saltpetre reviews agree on anything", K, SP, [],
  ["Ansgar Debono's photography of the fireworks is stunning", "the most extraordinary ten minutes of cinema",
   "the best thing in it by a mile"], SP_SIDES)
q("does the reply in the saltpetre thread agree with the first post", K, SP, [],
  ["Hard disagree", "The cut to black is the whole point"])
q("do critics agree on velocipedes third act", K, VP, ["Critical response"],
  ["Critics were more divided on the third act", "pedals downhill for its last forty minutes"])
q("did everyone like the music in velocipede", K, VP, ["Critical response"],
  ["Critics were more divided on the third act and the music", "sounds like a gym playlist"])
q("is the pulpo dub as good as the subtitled version", K, PU, ["Verdict", "Which version should you watch?"],
  ["Subtitled: 8/10. Dubbed: 6/10.", "they are not quite the same film"])
q("is there anything the pulpo dub does better", K, PU, ["The voices"], ["the one place the dub is better"])
q("does everyone hate the first hour of wyrmhold", K, WY, [],
  ["You left right before the siege!", "Same, DNF at 1h 20m"])
q("does the arts editor agree with the critic on come bye", K, CB, ["Well, then?"],
  ["I still think it's fields", "I'll reserve judgement"])
q("is diaphone's ending as scary as the start", K, DI, ["Abstract"],
  ["only 19% said the same of the ending", "The final twenty minutes abandon this method"])

K = "comparison"
q("which is longer, saltpetre or wyrmhold", K, WY, [], ["2h 48m", "2 hours 48 minutes"], ["139"])
q("which is shorter, skive or diaphone", K, SK, [], ["92 minutes"], ["94 min"])
q("pulpo or come bye, which is shorter", K, CB, [], ["It's 88 minutes"], ["89 minutes"])
q("which is better for little kids, pulpo or skive", K, PU, [],
  ["It is rated U", "nothing scary apart from one storm"], ["12A"])
q("which came out first, velocipede or skive", K, VP, [], ["2025"], ["2026"])
q("which is older, diaphone or hot water crust", K, HW, [], ["2025"], ["2026"])
q("which did the reviewer like more, hot water crust or wyrmhold", K, HW, [], ["3.5/5"], ["Two stars"])
q("which is longer, velocipede or gallowglass", K, VP, [], ["112 minutes"], ["106 min"])
q("which is scarier, diaphone or pulpo", K, DI, [],
  ["builds its dread almost entirely from absences", "very frightening"])
q("which rated higher, gallowglass or hot water crust", K, HW, [], ["3.5/5"], ["Two stars"])
q("skive or hot water crust, which is longer", K, HW, [], ["104 minutes"], ["92 minutes"])
q("which is better for kids, skive or come bye", K, CB, [], ["It's a U", "children will love the dogs"], ["12A"])
q("which is longer, diaphone or pulpo", K, DI, [], ["94 min"], ["89 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

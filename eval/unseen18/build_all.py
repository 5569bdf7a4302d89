#!/usr/bin/env python3
"""Write eval/unseen18/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SQ Sesquipedalian (two reviews that disagree: a local-radio film phone-in transcript with the station's
critic Bevis Strickland, "Three out of five", and teachers' notes for schools by Phyllida Oldroyd, Cinemagogy,
"Highly recommended for classroom use", "Classroom rating: ★★★★★"), RR Raspberry Ripple (a review in rhyming
couplets, "three and a half stars"), HS Hard Shoulder (a road movie reviewed as a motoring column's road test, 4/5),
CO Collodion (a distributor's electronic press kit with a quote sheet of five critics, HTML entities, no reviewer of
its own), TW Twankey (a parish magazine's film column, no score at all), WL Warm Leads (the film's workplace reviewed
as a jobs-site employer review, 3/5), FO Forfeit (an agony-aunt column answering a parent's letter, "as a film, two and
a half stars out of five"). About 20 questions are about two films of eval/unseen17 (copied unchanged into reviews/):
Tombola and Tarnby Approach.
"""
import json, os

SQ, RR, HS, CO = "Sesquipedalian", "Raspberry Ripple", "Hard Shoulder", "Collodion"
TW, WL, FO = "Twankey", "Warm Leads", "Forfeit"
# films of eval/unseen17/reviews (copied unchanged)
TO, TA = "Tombola", "Tarnby Approach"
SQ_SIDES = ["Strickland", "Oldroyd"]  # radio phone-in .txt (three out of five), teachers' notes .md (five stars)
DS = "Director\u2019s statement"  # a Collodion heading, written with &rsquo; in the file
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats sesquipedalian about", K, SQ, [],
  ["he has a stammer so bad he won't answer the register", "she enters him for the National Schools Spelling Final",
   "coaches him all the way to the National Schools Spelling Final"])
q("what's raspberry ripple about", K, RR, [],
  ["two vans patrol the prom with wafer sticks", "a feud begins to melt in sticky hands", "Romeo and Juliet with flakes"])
q("what happens in hard shoulder", K, HS, ["Performance"],
  ["insists on driving to John o' Groats to beat a record he set in 1967", "ends up behind the wheel on L-plates"])
q("whats collodion about", K, CO, ["Logline", "Synopsis"],
  ["keeps his studio open by pretending he is still alive", "she tells the village he has gone to York on business"])
q("what is twankey about", K, TW, [],
  ["who has played Widow Twankey in the village Aladdin for forty-one years", "the village hall is to be sold"])
q("whats the plot of warm leads", K, WL, [],
  ["told to sell four hundred conservatories by Christmas Eve or close"])
q("what happens in forfeit", K, FO, [],
  ["every wrong answer costs a forfeit", "Six strangers book an escape room in a former bank vault in Wolverhampton"])
q("how does collodion look", K, CO, ["What the critics say", DS],
  ["Every frame looks like a photograph you could hold in your hand",
   "lit almost every scene with daylight from a single window"])
q("hows the music in forfeit", K, FO, [],
  ["all scraping metal and dripping water", "does a great deal of the frightening on its own"])
q("is the acting good in hard shoulder", K, HS, ["Cabin", "Verdict"],
  ["Cosmina Radley is terrific as Caitrin", "the film belongs to Garfield Quellyn as Ulick"])
q("how is the cinematography in twankey", K, TW, [], ["makes the Dales look like a Christmas card"])
q("how does warm leads look", K, WL, ["Pros"], ["under strip lights the colour of weak tea"])
q("what is tombola about", K, TO, [],
  ["will not let a property developer close the hall without a fight",
   "the caller who has run Tuesday nights for thirty-one years"])

K = "actor"
q("who plays the dinner lady in sesquipedalian", K, SQ, [],
  ["Thelma Ecclestone as Mrs Gawthorpe", "Thelma Ecclestone is the heart of the film"])
q("who plays ozzie in sesquipedalian", K, SQ, [],
  ["Lochlan Gathercole as Ozzie", "Lochlan Gathercole never makes the stammer a joke"])
q("who plays the rival in sesquipedalian", K, SQ, [], ["Zuleika Okonjo-Firth is terrific as"])
q("who plays nonna in raspberry ripple", K, RR, [], ["Graziella Montalbano"])
q("who plays caradog in raspberry ripple", K, RR, [], ["Iolo Rhydderch plays the lad with charm"])
q("who plays the grandad in hard shoulder", K, HS, ["Cabin", "Verdict"], ["Garfield Quellyn as Ulick"])
q("who plays the widow in collodion", K, CO, ["Principal cast", "What the critics say"],
  ["Albinia Thackwray (Thirza Ganton)"])
q("who plays the villain in collodion", K, CO, ["What the critics say", "Principal cast"],
  ["Gervase Mallinder makes a wonderfully oily villain", "Gervase Mallinder (Mr Scoresby)"])
q("who plays the dame in twankey", K, TW, [], ["Isadore Brigham plays Wilberforce"])
q("who plays the vicar in twankey", K, TW, [], ["The vicar is played by Wilfrid Blanchflower"])
q("who plays the team leader in warm leads", K, WL, ["Pros"], ["Shonagh Galloway plays Donalda Rennie"])
q("who plays the maths teacher in forfeit", K, FO, [], ["Jacquetta Snape steals the film as Babs"])
q("who plays the air traffic controller in tarnby approach", K, TA, ["What it gets right"],
  ["Lorna Stavely stars as Maureen"])

K = "crew"
q("who directed sesquipedalian", K, SQ, [], ["Bartram Laverock directed it", "Directed by Bartram Laverock"])
q("who shot sesquipedalian", K, SQ, ["1. Synopsis"], ["the cinematographer, Agnetha Dunmarrow"])
q("who wrote raspberry ripple", K, RR, [], ["Iestyn Hopcyn, wrote the script"])
q("who directed raspberry ripple", K, RR, [], ["Mererid Hopcyn who directs"])
q("who edited hard shoulder", K, HS, ["Ride and handling"], ["The editing, by Fidelma Prendeville"])
q("who composed the music for hard shoulder", K, HS, ["In-car entertainment"], ["The score is by Jarlath Kinsellagh"])
q("who directed collodion", K, CO, ["Key crew", DS], ["Written and directed by Isolde Crathorne"])
q("who was the cinematographer on collodion", K, CO, ["Key crew", DS], ["Director of photography: Radu Petrescu"])
q("who wrote twankey", K, TW, [], ["written by Tyrell Widdop"])
q("who did the music for twankey", K, TW, [], ["arranged for a silver band by Bathsheba Loveridge"])
q("who directed warm leads", K, WL, [], ["Innes Moncrieff directs from a script by Marsaili Gow"])
q("who edited forfeit", K, FO, [], ["the editing, by Fabian Mudie"])
q("who wrote tarnby approach", K, TA, ["What it gets right"], ["Yasmin Dallimore's screenplay"])

K = "metadata"
q("how long is sesquipedalian", K, SQ, [], ["101 minutes", "an hour and forty-one minutes"])
q("what year is sesquipedalian from", K, SQ, [], ["2026"])
q("raspberry ripple age rating", K, RR, [], ["rated 12A"])
q("how long is raspberry ripple", K, RR, [], ["ninety-eight minutes"])
q("who reviewed hard shoulder", K, HS, [], ["Lysaght Wardlaw"])
q("hard shoulder runtime", K, HS, [], ["118 minutes"])
q("how long is collodion", K, CO, ["Technical specifications"], ["112 minutes"])
q("what certificate is collodion", K, CO, ["Technical specifications"], ["Certificate 12A"])
q("who reviewed collodion", K, CO, ["What the critics say"],
  ["Ursula Kettlewell", "Damaris Jervis", "Lazarus Brackenbury", "Nkiru Abernethy", "Bogdan Vaskin"])
q("when did twankey come out", K, TW, [], ["PG, 2026, 97 minutes"])
q("who wrote the twankey review", K, TW, [], ["Ermengarde Scholefield"])
q("how long is warm leads", K, WL, [], ["1 hr 44 min", "104 minutes"])
q("what's forfeit rated", K, FO, [], ["It is a 15"])
q("who reviewed forfeit", K, FO, [], ["Oriana Tresize"])

K = "verdict"
q("is sesquipedalian any good", K, SQ, [], ["Three out of five", "Highly recommended for classroom use"], SQ_SIDES)
q("what did the radio critic think of sesquipedalian", K, SQ, [], ["Three out of five", "It's a nice film"])
q("would the teacher recommend sesquipedalian", K, SQ, ["5. Our view"], ["Highly recommended for classroom use"])
q("is raspberry ripple worth watching", K, RR, [], ["three and a half stars", "sweet and cheap"])
q("is hard shoulder good", K, HS, [], ["Four stars out of five", "A classic with a few dents"])
q("what did critics think of collodion", K, CO, ["What the critics say"],
  ["A masterpiece of light and grief", "Slow, severe and utterly gripping", "Handsome and heartfelt"])
q("is twankey any good", K, TW, [], ["I would recommend it to anyone who has ever painted a backdrop",
                                     "he is marvellous"])
q("is warm leads worth seeing", K, WL, ["Would I work there?"], ["Three stars: a good place to work for a fortnight"])
q("warm leads good or nah", K, WL, ["Would I work there?"],
  ["For Donalda, yes. For Glenmarnock, never.", "Three stars"])
q("is forfeit any good", K, FO, [], ["as a film, two and a half stars out of five"])
q("should i watch forfeit", K, FO, [], ["two and a half stars out of five", "a genuinely clever, nasty little puzzle film"])
q("is tombola good", K, TO, [], ["three and a half dabbers out of five"])
q("what did the controller think of tarnby approach", K, TA, ["Verdict", "As a film"],
  ["As a thriller: 8/10", "Realism: a pass mark, just"])

K = "yes/no"
q("is sesquipedalian ok for kids", K, SQ, [], ["It's a PG", "Ages 9-14"])
q("does sesquipedalian show if he wins", K, SQ, [],
  ["they cut away before we find out whether he's spelled the last word right",
   "The film cuts to black before the judge says"])
q("is raspberry ripple ok for my 8 year old", K, RR, [], ["which means your kids can come", "rated 12A"])
q("is raspberry ripple predictable", K, RR, [], ["though you could see it coming from the street"])
q("is hard shoulder too long", K, HS, ["Running costs", "Verdict"], ["It is too long", "drinks a bit too much time"])
q("is collodion a true story", K, CO, [DS], ["It is not a true story, but I hope it is a truthful one"])
q("is collodion in english", K, CO, ["Technical specifications"], ["English"])
q("is there swearing in twankey", K, TW, [],
  ["There are two words in the film I shall not repeat in a parish magazine"])
q("is twankey suitable for children", K, TW, [], ["(PG, 2026, 97 minutes)", "quite unnecessary in a PG"])
q("is warm leads funny", K, WL, ["Pros"], ["gets the biggest laughs with a headset and a raised eyebrow"])
q("can a 14 year old see forfeit", K, FO, [], ["It is a 15", "If he is fifteen on the day, let him go"])
q("is forfeit very gory", K, FO, [], ["There are two very unpleasant scenes", "Your daughter is not being dramatic"])
q("is tarnby approach realistic", K, TA, ["What it gets right", "What it gets wrong", "Verdict"],
  ["Realism: a pass mark, just", "Nobody would be alone in that tower"])

K = "typo"
q("sesquipedalain reveiw", K, SQ, [], ["Three out of five", "Highly recommended for classroom use"], SQ_SIDES)
q("sesquipidalian cast", K, SQ, [], ["Lochlan Gathercole", "Thelma Ecclestone", "Zuleika Okonjo-Firth"])
q("raspbery ripple worth it", K, RR, [], ["three and a half stars"])
q("rasberry ripple director", K, RR, [], ["Mererid Hopcyn"])
q("hard sholder cast", K, HS, ["Cabin"], ["Cosmina Radley", "Garfield Quellyn", "Jocelyn Varcoe"])
q("hard shoulda review", K, HS, [], ["Four stars out of five", "A classic with a few dents"])
q("colodion plot", K, CO, ["Logline", "Synopsis"],
  ["keeps his studio open by pretending he is still alive", "she tells the village he has gone to York on business"])
q("collodian who directed", K, CO, ["Key crew", DS], ["Isolde Crathorne"])
q("twankee cast", K, TW, [], ["Isadore Brigham", "Ferdinand Okorafor-Strang", "Wilfrid Blanchflower"])
q("warm leeds review", K, WL, ["Would I work there?"], ["Three stars: a good place to work for a fortnight"])
q("forfiet age rating", K, FO, [], ["It is a 15"])
q("forfeight scary?", K, FO, [], ["more frightening than any mask", "does a great deal of the frightening on its own"])
q("tarnby aproach verdict", K, TA, ["Verdict"], ["As a thriller: 8/10"])

K = "very short"
q("sesquipedalian ending", K, SQ, [], ["It's a cop-out", "The open ending is the film's best decision"], SQ_SIDES)
q("sesquipedalian composer", K, SQ, [], ["Anatol Veltman"])
q("raspberry ripple dop", K, RR, [], ["shot by Tancred Kittredge"])
q("raspberry ripple music", K, RR, [], ["The score, by Rhosyn Abernant"])
q("hard shoulder director", K, HS, [], ["directed by Ysella Treloweth", "Ysella Treloweth directs with a light touch"])
q("hard shoulder dop", K, HS, [], ["cinematography by Torvald Ekqvist"])
q("collodion editor", K, CO, ["Key crew"], ["Edited by Jorun Vikesland"])
q("collodion composer", K, CO, ["Key crew"], ["Original music composed by Ottavia Sandquist"])
q("twankey director", K, TW, [], ["directed by Hebe Stonehouse"])
q("twankey runtime", K, TW, [], ["97 minutes"])
q("warm leads dop", K, WL, ["Pros"], ["Shot by Kestutis Navickas"])
q("forfeit director", K, FO, [], ["Written and directed by Alaric Ashdale"])
q("tombola dop", K, TO, [], ["Uchenna Obiora lights the hall"])

K = "no film named"
q("that film about a boy with a stammer in a spelling competition, any good?", K, SQ, [],
  ["Three out of five", "Highly recommended for classroom use"], [SQ])
q("the spelling final film with the dinner lady, who directed it", K, SQ, [], ["Bartram Laverock"], [SQ])
q("the tenby ice cream van romance, whats it called", K, RR, [], ["Raspberry Ripple"], [RR])
q("that road movie where a girl on L-plates drives her grandad to john o groats, is it good", K, HS, [],
  ["Four stars out of five", "A classic with a few dents"], [HS])
q("the staithes film about a victorian photographer's widow, who stars in it", K, CO,
  ["What the critics say", "Principal cast"], ["Albinia Thackwray"], [CO])
q("the one where a widow pretends her drowned husband is still alive, how long is it", K, CO,
  ["Technical specifications"], ["112 minutes"], [CO])
q("the village panto film where a retired headmaster plays the dame, whats it called", K, TW, [], ["Twankey"], [TW])
q("film about a double glazing call centre in paisley, worth watching?", K, WL, [],
  ["Three stars: a good place to work for a fortnight"], [WL])
q("the telesales comedy set in 2008, who plays the boss", K, WL, ["Pros"], ["Shonagh Galloway"], [WL])
q("that escape room horror in wolverhampton, is it too gory for a 15 year old", K, FO, [],
  ["It is a 15", "There are two very unpleasant scenes"], [FO])
q("the escape room horror in a bank vault, who directed it", K, FO, [], ["Alaric Ashdale"], [FO])
q("the sunderland bingo hall comedy, is it good", K, TO, [], ["three and a half dabbers out of five"], [TO])
q("the film about an air traffic controller in freezing fog, what did the reviewer give it", K, TA, [],
  ["8/10"], [TA])

K = "film not stored"
no("is akeelah and the bee good", K)
no("spellbound documentary review", K)
no("who plays the king in the king's speech", K)
no("little miss sunshine runtime", K)
no("is glengarry glen ross worth watching", K)
no("is cube too gory", K)
no("who directed ammonite", K)
no("is the holdovers any good", K)
no("cold leads review", K)
no("is strawberry ripple ok for kids", K)
no("the glassblower's daughter review", K)
no("is midnight at the lido any good", K)
no("is romeo and juliet worth watching", K)
no("is aladdin a good film for kids", K)

K = "unanswerable"
no("who edited sesquipedalian", K, SQ)
no("what was sesquipedalian's box office", K, SQ)
no("what year did raspberry ripple come out", K, RR)
no("who edited raspberry ripple", K, RR)
no("who wrote hard shoulder", K, HS)
no("how much did hard shoulder make at the box office", K, HS)
no("what was collodion's budget", K, CO)
no("did collodion win any awards", K, CO)
no("who edited twankey", K, TW)
no("who edited warm leads", K, WL)
no("who was the cinematographer on forfeit", K, FO)
no("what year is forfeit from", K, FO)
no("how long is tombola", K, TO)
no("who composed the score for tarnby approach", K, TA)

K = "pros/cons"
q("pros and cons of sesquipedalian", K, SQ, [],
  ["never once plays the stammer for a laugh", "the middle sags", "doing a sitcom turn",
   "Some of my class found the music irritating"])
q("what's bad about raspberry ripple", K, RR, [],
  ["though no one thought to give her better lines", "though one power ballad comes in to excess",
   "a storm, and a subplot with a council man"])
q("best things about raspberry ripple", K, RR, [],
  ["The one who steals the film is Nonna", "is lovingly observed, in true detail", "sherbet pinks and seaside blues"])
q("hard shoulder good and bad", K, HS, ["Running costs", "Cabin", "Ride and handling", "Verdict"],
  ["It is too long", "The Scottish leg is rushed", "the film belongs to Garfield Quellyn",
   "the first hour goes like a well-tuned engine"])
q("whats wrong with hard shoulder", K, HS, ["Running costs"],
  ["It is too long", "The Scottish leg is rushed", "a subplot about a stolen caravan that goes nowhere"])
q("any criticisms of collodion", K, CO, ["What the critics say"], ["if a good twenty minutes too long"])
q("what's good about twankey", K, TW, [], ["he is marvellous", "they have got the tea urn exactly right"])
q("twankey complaints", K, TW, [], ["I have two complaints", "goes on much too long"])
q("warm leads pros and cons", K, WL, ["Pros", "Cons"],
  ["the best boss I have ever seen in a film", "as a cartoon villain",
   "The romance between Dod and Blessing comes out of nowhere"])
q("whats wrong with warm leads", K, WL, ["Cons", "Advice to management"],
  ["The ending, a miracle sale on Christmas Eve, is a cheat", "it feels like a double shift", "Cut twenty minutes"])
q("forfeit strengths and weaknesses", K, FO, [],
  ["a genuinely clever, nasty little puzzle film", "The trouble is the last half hour", "becomes a lecture"])
q("what's bad about tombola", K, TO, [], ["The third act is a mess", "there is far too much of it"])
q("what does tarnby approach get wrong", K, TA, ["What it gets wrong", "As a film"],
  ["Nobody would be alone in that tower", "is a coincidence too far"])

K = "disagreement"
q("is thelma ecclestone good in sesquipedalian", K, SQ, [],
  ["doing a sitcom turn", "is the heart of the film"], SQ_SIDES)
q("sesquipedalian music good or bad", K, SQ, [],
  ["The best thing in it, for me, is the music", "Some of my class found the music irritating"], SQ_SIDES)
q("does sesquipedalian have a good ending", K, SQ, [],
  ["It's a cop-out", "The open ending is the film's best decision"], SQ_SIDES)
q("is sesquipedalian too long", K, SQ, [],
  ["the middle sags", "not one of my thirty-one pupils was bored", "fits a double lesson with time to spare"], SQ_SIDES)
q("who liked sesquipedalian more, the radio guy or the teacher", K, SQ, [],
  ["Three out of five", "Highly recommended for classroom use"], SQ_SIDES)
q("what do the sesquipedalian reviewers disagree on", K, SQ, [],
  ["doing a sitcom turn", "is the heart of the film", "The best thing in it, for me, is the music",
   "Some of my class found the music irritating", "It's a cop-out", "The open ending is the film's best decision",
   "the middle sags", "not one of my thirty-one pupils was bored"], SQ_SIDES)
q("do both sesquipedalian reviews like the lead kid", K, SQ, [],
  ["never once plays the stammer for a laugh", "never makes the stammer a joke"], SQ_SIDES)
q("do the reviewers agree about the rival in sesquipedalian", K, SQ, [],
  ["Zuleika Okonjo-Firth is terrific as"], SQ_SIDES)
q("what do both sesquipedalian reviews agree on", K, SQ, [],
  ["never once plays the stammer for a laugh", "never makes the stammer a joke", "Zuleika Okonjo-Firth is terrific as",
   "It's done with real care"], SQ_SIDES)
q("did the callers agree with the critic about sesquipedalian", K, SQ, [],
  ["they got it right", "It were too long", "I'm with Merrick", "Oh, I love her, though"])
q("do all the critics love collodion", K, CO, ["What the critics say"],
  ["Handsome and heartfelt, if a good twenty minutes too long", "A masterpiece of light and grief"])
q("is forfeit good as a film or just as a birthday outing", K, FO, [],
  ["as a film, two and a half stars out of five", "As a fifteenth birthday outing"])
q("did the audience like tombola more than the reviewer", K, TO, [],
  ["Row F gave it five", "three and a half dabbers out of five"])
q("is tarnby approach realistic or just a good thriller", K, TA, ["Verdict"],
  ["Realism: a pass mark, just", "As a thriller: 8/10"])

K = "comparison"
q("which is longer, sesquipedalian or hard shoulder", K, HS, [], ["118 minutes"], ["101"])
q("which is shorter, twankey or forfeit", K, FO, [], ["94 minutes"], ["97 minutes"])
q("raspberry ripple or collodion, which is longer", K, CO, [], ["112 minutes"], ["ninety-eight"])
q("which is better for kids, twankey or warm leads", K, TW, [], ["PG, 2026, 97 minutes", "quite unnecessary in a PG"],
  ["Certificate 15"])
q("which got the better review, forfeit or hard shoulder", K, HS, [], ["Four stars out of five"],
  ["two and a half stars"])
q("which did the reviewer rate higher, warm leads or raspberry ripple", K, RR, [], ["three and a half stars"],
  ["Three stars"])
q("which is longer, tarnby approach or collodion", K, CO, [], ["112 minutes"], ["109 minutes"])
q("which is longer, warm leads or sesquipedalian", K, WL, [], ["104 minutes", "1 hr 44 min"], ["101"])
q("which is more family friendly, sesquipedalian or forfeit", K, SQ, [], ["It's a PG", "Ages 9-14"], ["It is a 15"])
q("tombola or twankey, which is better for grandchildren", K, TW, [], ["PG, 2026, 97 minutes"],
  ["not one for the grandchildren"])
q("which is shorter, hard shoulder or tarnby approach", K, TA, [], ["109 minutes"], ["118"])
q("which is longer, raspberry ripple or twankey", K, RR, [], ["ninety-eight minutes"], ["97 minutes"])
q("which is more suitable for a 12 year old, raspberry ripple or warm leads", K, RR, [], ["rated 12A"],
  ["Certificate 15"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

#!/usr/bin/env python3
"""Write eval/unseen17/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SO Sorting Office (two reviews that disagree: a screenplay-competition judge's notes by Thomasina Ravenhall,
Quillon Prize, "Total: 43/50", and a review by Ysanne Weatherill, Second Helpings, that spends its first half on The
Apartment (1960), "Two and a half stars"), NM The Net Menders and CA Carvery (two capsules of one newspaper round-up,
The Wensum Mercury, split into one file per film, "★★★★" and "★★"), IR Irreproducible (a review written as a journal
referee report, "7/10"), HG Hobthrush Grange (a horror film reviewed as an estate agent's listing, "three and a half
stars"), SJ Slipjig (a folk-music blog's soundtrack-album review: album four and a half stars, the film three), FH
Four Hour Target (a review written as a hospital discharge summary, no score). About 15 questions are about two films
of eval/unseen16 (copied unchanged into reviews/): The Tortoise Job and Northbound Services.
"""
import json, os

SO, NM, CA, IR = "Sorting Office", "The Net Menders", "Carvery", "Irreproducible"
HG, SJ, FH = "Hobthrush Grange", "Slipjig", "Four Hour Target"  # four-hour-target.txt: title from the file name
# films of eval/unseen16/reviews (copied unchanged)
TJ, NS = "The Tortoise Job", "Northbound Services"
SO_SIDES = ["Ravenhall", "Weatherill"]  # judge's notes .md (43/50), comparison review .txt (two and a half stars)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats sorting office about", K, SO, [],
  ["finds a sack of letters that went missing in 1987", "a sack of letters lost since 1987"])
q("what is the net menders about", K, NM, [],
  ["filmed three women in a sail loft above Newlyn harbour", "repair the nets of the last few trawlers"])
q("whats the plot of carvery", K, CA, [],
  ["The brewery wants the pub sold by Easter", "turn the carvery into a small-plates bistro"])
q("what happens in irreproducible", K, IR, ["Summary of the submission"],
  ["failing to reproduce her supervisor's famous 2009 paper", "slowly realises that the failure is not hers"])
q("what's hobthrush grange about?", K, HG, ["Accommodation"],
  ["rents the Grange for almost nothing", "the house has a hobthrush"])
q("whats the story of slipjig", K, SJ, ["The film"],
  ["is set in London in 1957", "a fiddler from west Clare", "playing the Irish dance halls of Kilburn and Cricklewood"])
q("what happens in four hour target", K, FH, ["History of presenting complaint", "Presenting complaint"],
  ["every patient in the waiting room must have been seen within the four-hour target",
   "one February night in the emergency department of a Doncaster hospital"])
q("how does hobthrush grange look", K, HG, ["Local area"],
  ["lights the interiors by oil lamp", "the landscape is the selling point"])
q("is the acting good in irreproducible", K, IR, ["Strengths"],
  ["more frightening than any amount of shouting", "plays Tillberg as everybody's favourite grandfather"])
q("hows the music in slipjig", K, SJ, ["The music", "Verdict"],
  ["The real treasure is the traditional material", "strings, a piano and a lot of longing"])
q("is four hour target realistic", K, FH, ["History of presenting complaint", "Impression"],
  ["about the most accurate hospital film I have seen", "mostly accurate film"])
q("how does the net menders look", K, NM, [],
  ["the orange and green nets seem to glow", "flat grey light that comes up off the water"])
q("what happens in the tortoise job", K, TJ, [],
  ["gets taken away by the headteacher Mrs Grimsditch", "make a plan to break in and get him back"])

K = "actor"
q("who plays gail in sorting office", K, SO, [], ["Maudie Lancefield plays Gail"])
q("who plays the union rep in sorting office", K, SO, [],
  ["Auberon Quarrington, as Eamonn the union rep", "Auberon Quarrington is wonderful as Eamonn"])
q("who plays kasim in sorting office", K, SO, [], ["Shaan Mistry-Dunne gives the new temp, Kasim"])
q("who is in the net menders", K, NM, [],
  ["Elowen Jewell, who is 78", "Featuring Elowen Jewell, Jenna Trewhella, Sian Angove"])
q("who plays the landlady in carvery", K, CA, [], ["Dorinda Vassall plays Vashti"])
q("who plays the celebrity chef in carvery", K, CA, [], ["Giles Mabbutt plays Crabbe"])
q("who plays the postdoc in irreproducible", K, IR, ["Strengths"], ["Neasa Akande gives Sabrina"])
q("who plays the professor in irreproducible", K, IR, ["Strengths"], ["Sten Aurell plays Tillberg"])
q("who plays the mum in hobthrush grange", K, HG, ["The current occupants"], ["Evelyn is played by Romilly Garbutt"])
q("who plays the farmer in hobthrush grange", K, HG, ["The current occupants"],
  ["The farmer, Elkanah Rigg, is Torcuil Stape"])
q("who plays maura in slipjig", K, SJ, ["The film"], ["Muireann Kinnane plays Maura"])
q("who plays the charge nurse in four hour target", K, FH, ["Examination"], ["Tierney Colquitt-Ajayi as Connie"])
q("who plays the cashier in northbound services", K, NS, [], ["Keeley Stansfield is terrific as Jade"])

K = "crew"
q("who directed sorting office", K, SO, [], ["directed by Oswin Tarrow"])
q("who wrote sorting office", K, SO, [], ["Drusilla Crouchback (original, not adapted)", "Drusilla Crouchback"])
q("who shot sorting office", K, SO, [], ["Gunhild Eikrem's sodium-orange cinematography"])
q("who directed the net menders", K, NM, [], ["Directed by Kealan Tregunna", "the director Kealan Tregunna"])
q("who was the cinematographer on the net menders", K, NM, [], ["Photographed by Ailbhe Leask", "Ailbhe Leask's camera"])
q("who wrote carvery", K, CA, [], ["Eoghan Teasdale wrote the script", "Written by Eoghan Teasdale"])
q("who directed irreproducible", K, IR, [], ["Ylva Fagerholm (direction)"])
q("who did the music for irreproducible", K, IR, ["Minor concerns"], ["Ingvild Vall's score"])
q("who directed hobthrush grange", K, HG, ["Agent's notes"], ["Written and directed by Caedmon Rudge"])
q("who composed the score for hobthrush grange", K, HG, ["Agent's notes"], ["a droning thing by Maddalena Pizzorno"])
q("who arranged the music in slipjig", K, SJ, ["The music"], ["The fiddler Bríd Ní Fhaoláin arranged the tunes", "arranged the tunes and plays every note you hear from Maura"])
q("who wrote four hour target", K, FH, ["Investigations"], ["Written by Fiadh Cottam-Nolan"])
q("who edited four hour target", K, FH, ["Investigations"], ["Edited by Brita Hollinrake"])

K = "metadata"
q("how long is sorting office", K, SO, [], ["104 minutes"])
q("what certificate is sorting office", K, SO, [], ["a 15, for the language"])
q("how long is the net menders", K, NM, [], ["91 min"])
q("what year is the net menders", K, NM, [], ["UK, 2026"])
q("carvery age rating", K, CA, [], ["Rated 12A", "The 12A is for a handful of swear words"])
q("how long is irreproducible", K, IR, [], ["112 minutes"])
q("who reviewed irreproducible", K, IR, [], ["Clothilde Gosling"])
q("what age rating is hobthrush grange", K, HG, [], ["certificate 15"])
q("when did hobthrush grange come out", K, HG, [], ["2026, by Fat Betty Films"])
q("how long is slipjig", K, SJ, ["The film"], ["the film runs 109 minutes"])
q("runtime of four hour target", K, FH, [], ["1 hr 46 min"])
q("who wrote the four hour target review", K, FH, [], ["Chidinma Larbalestier"])
q("what year is northbound services from", K, NS, [], ["(2024, 15)", "released in cinemas in 2024"])

K = "verdict"
q("is sorting office any good", K, SO, [], ["43/50", "Two and a half stars"], SO_SIDES)
q("what did the screenplay judge think of sorting office", K, SO, [],
  ["Total: 43/50", "I recommend it for the shortlist without hesitation"])
q("did second helpings like sorting office", K, SO, [], ["Two and a half stars", "Then go home and watch The Apartment"])
q("is the net menders worth watching", K, NM, [],
  ["THE NET MENDERS ★★★★", "the most gripping documentary I have seen this year"])
q("should i see carvery", K, CA, [], ["Two stars, and both of them are for Vassall", "CARVERY ★★"])
q("is irreproducible good", K, IR, ["Recommendation to the editor"],
  ["If the editor insists on a number: 7/10", "I recommend acceptance after minor revisions"])
q("whats the verdict on hobthrush grange", K, HG, [],
  ["Worth a viewing for the first hour alone", "offers in the region of three and a half stars"])
q("is slipjig worth seeing", K, SJ, ["Verdict"],
  ["The film, three", "Buy the record first and let it talk you into the cinema"])
q("is four hour target any good", K, FH, ["Impression", "Plan"], ["A tough, funny and mostly accurate film", "See it."])
q("what did the a&e doctor think of four hour target", K, FH, ["Impression", "Plan"],
  ["A tough, funny and mostly accurate film", "runs out of breath in the last twenty minutes"])
q("hobthrush grange good or nah", K, HG, [],
  ["three and a half stars", "Worth a viewing for the first hour alone"])
q("is the tortoise job good", K, TJ, [], ["I give it 9 out of 10 and a gold star", "I'd say 7"])
q("is northbound services worth watching tonight", K, NS, [],
  ["as Christmas thrillers go it is a cracker", "it deserves the audience"])

K = "yes/no"
q("is sorting office ok for kids", K, SO, [], ["a 15, for the language"])
q("is sorting office a christmas film", K, SO, [], ["On the last night of 1999", "on 31 December 1999"])
q("is the net menders ok for kids", K, NM, [],
  ["It is gentle enough for anyone old enough to sit still", "Rated PG"])
q("does the net menders have narration", K, NM, [], ["with no narration and no talking heads"])
q("is carvery funny", K, CA, [],
  ["There is one good joke in Carvery", "a family audience at the preview laughed more than I did"])
q("is irreproducible in english", K, IR, ["Minor concerns"], ["The dialogue is mostly in English, with Swedish subtitled"])
q("does an animal die in irreproducible", K, IR, ["Minor concerns"], ["The fire in the animal house is brief but upsetting"])
q("is hobthrush grange scary", K, HG, ["The current occupants", "Works required"],
  ["the film's scariest scene", "the film stops being frightening"])
q("can my 12 year old watch hobthrush grange", K, HG, [], ["Not for children", "certificate 15"])
q("is slipjig a true story", K, SJ, ["The film"], ["who based Maura on her own grandmother"])
q("is there much music in four hour target", K, FH, ["Investigations"], ["There is almost no music"])
q("does anyone have an affair in four hour target", K, FH, ["History of presenting complaint"],
  ["Nobody has an affair in a supply cupboard"])
q("is the tortoise job scary", K, TJ, [],
  ["A tiny bit, when the caretaker comes back with his torch", "it's a PG"])

K = "typo"
q("sortng office reveiw", K, SO, [], ["43/50", "Two and a half stars"], SO_SIDES)
q("sorting ofice cast", K, SO, [], ["Maudie Lancefield", "Auberon Quarrington", "Shaan Mistry-Dunne"])
q("the net mender documentry any good", K, NM, [],
  ["THE NET MENDERS ★★★★", "the most gripping documentary I have seen this year"])
q("carverry pub film worth it", K, CA, [], ["Two stars, and both of them are for Vassall", "CARVERY ★★"])
q("irreproducable ending", K, IR, ["Major concerns"], ["abandons the lab for a car chase across a frozen lake"])
q("irreprodusible who directed", K, IR, [], ["Ylva Fagerholm (direction)"])
q("hobthrush grang plot", K, HG, ["Accommodation"], ["the house has a hobthrush", "rents the Grange for almost nothing"])
q("hobtrush grange cast", K, HG, ["The current occupants"], ["Romilly Garbutt", "Kerys Bulmer", "Torcuil Stape"])
q("slip jig movie review", K, SJ, ["Verdict"], ["The film, three", "The album gets four and a half stars"])
q("slipjigg soundtrack", K, SJ, ["The music", "Tracklist", "Verdict"],
  ["Twelve tracks, 52 minutes", "The album gets four and a half stars", "The real treasure is the traditional material"])
q("four hour targit cast", K, FH, ["Examination"], ["Tierney Colquitt-Ajayi", "Jerome Akinfenwa", "Blathnaid Cordery"])
q("4 hour target reveiw", K, FH, ["Impression", "Plan"], ["A tough, funny and mostly accurate film", "See it."])
q("tortise job age rating", K, TJ, [], ["it's a PG"])

K = "very short"
q("sorting office ending", K, SO, [], ["The ending earns every tear", "is pure syrup"], SO_SIDES)
q("sorting office editor", K, SO, [], ["The editing, by Zinnia Copplestone"])
q("net menders music", K, NM, [], ["Corentin Le Gall's folk-guitar music"])
q("carvery director", K, CA, [], ["Hortense Bywater directs", "Directed by Hortense Bywater"])
q("carvery dop", K, CA, [], ["Cinematography by Ikenna Okwuosa"])
q("irreproducible rating", K, IR, [], ["7/10", "rated 15"])
q("irreproducible dop", K, IR, ["Strengths"], ["The cinematographer, Baldur Hafsteinsson"])
q("hobthrush grange dop", K, HG, ["Local area"], ["Cinematographer Ceinwen Hardcastle"])
q("slipjig director", K, SJ, ["The film"], ["Directed by Ultan Foy"])
q("slipjig composer", K, SJ, ["The music"], ["The score proper is by Rónán Deasy"])
q("four hour target director", K, FH, ["Investigations"], ["Directed by Ferdia Saltonstall"])
q("four hour target premise", K, FH, ["History of presenting complaint", "Presenting complaint"],
  ["a government minister will tour her department at eight in the morning",
   "one February night in the emergency department"])
q("northbound services director", K, NS, [], ["Rhona Ferncastle, making her feature debut"])

K = "no film named"
q("that comedy about a sorting office on new years eve 1999, any good?", K, SO, [],
  ["43/50", "Two and a half stars"], [SO])
q("the film where a postal supervisor delivers lost letters, who's in it", K, SO, [], ["Maudie Lancefield"], [SO])
q("the newlyn documentary about women mending fishing nets, is it good", K, NM, [],
  ["THE NET MENDERS ★★★★", "the most gripping documentary I have seen this year"], [NM])
q("whats the walsall pub comedy called", K, CA, [], ["Carvery"], [CA])
q("that uppsala lab thriller, whats it called and is it good", K, IR, [], ["7/10"], [IR])
q("the film about a postdoc who cant replicate her supervisors paper, who directed it", K, IR, [],
  ["Ylva Fagerholm"], [IR])
q("the folk horror set on the north york moors in 1976, is it good", K, HG, [],
  ["three and a half stars", "Worth a viewing for the first hour alone"], [HG])
q("the one where you have to leave cream out for a hob, whos in it", K, HG, [], ["Romilly Garbutt"], [HG])
q("the film about an irish fiddler in 1950s london dance halls, is the soundtrack good", K, SJ, [],
  ["The album gets four and a half stars", "The real treasure is the traditional material"], [SJ])
q("who plays the jamaican trumpet player in that 1957 london film", K, SJ, ["The film"], ["Delroy Mowatt is Linton"], [SJ])
q("that a&e drama set in doncaster, is it accurate", K, FH, [],
  ["about the most accurate hospital film I have seen", "mostly accurate film"], [FH])
q("the hospital film with the charge nurse and the minister's visit, who plays the nurse", K, FH, ["Examination"],
  ["Tierney Colquitt-Ajayi"], [FH])
q("which film has a class tortoise called sir crumble", K, TJ, [], ["Sir Crumble"], [TJ])

K = "film not stored"
no("is the apartment worth watching", K)
no("the ropewalk brides review", K)
no("is brooklyn a good film", K)
no("is midsommar too scary", K)
no("who directed local hero", K)
no("is calendar girls funny", K)
no("the commitments soundtrack any good", K)
no("contagion cast", K)
no("is the exorcist ok for a 15 year old", K)
no("irreplaceable 2026 review", K)
no("is sorting house any good", K)
no("is the gannet protocol good", K)
no("whos in the hollingworth letters", K)
no("the shining runtime", K)

K = "unanswerable"
no("what was sorting office's budget", K, SO)
no("did sorting office win the quillon prize", K, SO)
no("box office for the net menders", K, NM)
no("who composed the music for carvery", K, CA)
no("who edited carvery", K, CA)
no("who edited irreproducible", K, IR)
no("is irreproducible based on a true story", K, IR)
no("who edited hobthrush grange", K, HG)
no("how much did hobthrush grange cost to make", K, HG)
no("who shot slipjig", K, SJ)
no("who edited slipjig", K, SJ)
no("who composed the score for four hour target", K, FH)
no("who edited the tortoise job", K, TJ)
no("who wrote northbound services", K, NS)

K = "pros/cons"
q("pros and cons of sorting office", K, SO, [],
  ["is wonderful", "The weak link is the area manager", "every line sounds written"])
q("what did the judge not like about sorting office", K, SO, [],
  ["The weak link is the area manager, Mr Pibworth", "are a mistake: they tell us what to feel",
   "says so once too often"])
q("whats wrong with the net menders", K, NM, [],
  ["It sags in the middle", "far too sweet for such unsentimental women"])
q("whats good about carvery", K, CA, [],
  ["There is one good joke in Carvery, and it is the gravy", "she is the only reason to go"])
q("carvery good and bad", K, CA, [],
  ["she is the only reason to go", "every scene he is in dies on its feet", "too long by about twenty"])
q("strengths of irreproducible", K, IR, ["Strengths"], ["is the best thing in the manuscript", "one cold palette"])
q("what are the problems with irreproducible", K, IR, ["Major concerns", "Minor concerns"],
  ["abandons the lab for a car chase across a frozen lake", "is underpowered and contributes nothing"])
q("whats bad about hobthrush grange", K, HG, ["Works required"],
  ["The third act needs structural attention", "The middle stretch is slow"])
q("best things about hobthrush grange", K, HG, ["The current occupants", "Local area"],
  ["he steals every scene he is in", "the landscape is the selling point", "the film's scariest scene"])
q("whats good and bad about slipjig the film", K, SJ, ["The film"],
  ["The scenes back home in Clare are clunky", "is the heart of the film",
   "whenever the music starts, the film comes alive"])
q("four hour target weaknesses", K, FH, ["Impression", "Examination"],
  ["runs out of breath in the last twenty minutes", "medically implausible", "slightly too much screen time"])
q("what's good about four hour target", K, FH, ["Examination", "Investigations"],
  ["as Connie is outstanding", "it shows in every line"])
q("what's not so good about northbound services", K, NS, [],
  ["The coach full of wedding guests is played far too broadly", "a subplot about a missing police car is dropped"])

K = "disagreement"
q("is maudie lancefield good in sorting office", K, SO, [],
  ["plays Gail as if she wrote the part herself", "doing an impression of Lemmon"], SO_SIDES)
q("is the dialogue in sorting office good", K, SO, [],
  ["The dialogue is the best I have read", "every line sounds written, and written to be quoted"], SO_SIDES)
q("is sorting office too long", K, SO, [],
  ["there is not a slack scene in 104 minutes", "The 104 minutes feel like a double shift"], SO_SIDES)
q("does sorting office have a good ending", K, SO, [], ["The ending earns every tear", "is pure syrup"], SO_SIDES)
q("sorting office music good or bad", K, SO, [],
  ["are a mistake: they tell us what to feel", "are the best thing in it"], SO_SIDES)
q("what do both sorting office reviews agree on", K, SO, [],
  ["Auberon Quarrington, as Eamonn the union rep, is wonderful", "Auberon Quarrington is wonderful as Eamonn",
   "the disused mail centre where they shot looks magnificent", "is handsome too"], SO_SIDES)
q("do the sorting office critics both like the union rep", K, SO, [],
  ["Auberon Quarrington, as Eamonn the union rep, is wonderful", "Auberon Quarrington is wonderful as Eamonn"],
  SO_SIDES)
q("do the reviewers agree on the sorting office building", K, SO, [],
  ["the disused mail centre where they shot looks magnificent",
   "The building, a real mail centre on the edge of town, is handsome too"], SO_SIDES)
q("what do the two sorting office reviewers disagree about", K, SO, [],
  ["plays Gail as if she wrote the part herself", "doing an impression of Lemmon",
   "The dialogue is the best I have read", "every line sounds written", "The ending earns every tear",
   "is pure syrup", "are a mistake: they tell us what to feel", "are the best thing in it"], SO_SIDES)
q("who liked sorting office more, the judge or the critic", K, SO, [], ["43/50", "Two and a half stars"], SO_SIDES)
q("do rory and his dad agree on the tortoise job", K, TJ, [], ["I give it 9 out of 10", "I'd say 7"])
q("is the lovey bit in the tortoise job too long", K, TJ, [], ["it is boring and too long", "it is four minutes"])
q("did the audience like carvery more than the critic", K, CA, [],
  ["a family audience at the preview laughed more than I did"])
q("is the slipjig album better than the film", K, SJ, ["Verdict"],
  ["This one is better than the film it comes from", "The album gets four and a half stars. The film, three."])

K = "comparison"
q("which is longer, sorting office or irreproducible", K, IR, [], ["112 minutes"], ["104"])
q("which is shorter, the net menders or carvery", K, NM, [], ["91 min"], ["97"])
q("hobthrush grange or four hour target, which is longer", K, FH, [], ["1 hr 46 min"], ["99 minutes"])
q("which is better for kids, the net menders or hobthrush grange", K, NM, [], ["Rated PG"], ["15"])
q("which got the better review, carvery or the net menders", K, NM, [],
  ["THE NET MENDERS ★★★★", "the most gripping documentary I have seen this year"])
q("which did the reviewer rate higher, irreproducible or slipjig", K, IR, [], ["7/10"], ["three"])
q("which came out first, northbound services or four hour target", K, NS, [], ["(2024, 15)"], ["2026"])
q("which is longer, slipjig or sorting office", K, SJ, [], ["the film runs 109 minutes"], ["104"])
q("which is better for a family, carvery or four hour target", K, CA, [],
  ["Rated 12A", "The 12A is for a handful of swear words"], ["15"])
q("tortoise job or the net menders, which is shorter", K, NM, [], ["91 min"], ["94"])
q("which is longer, northbound services or hobthrush grange", K, HG, [], ["99 minutes"], ["98"])
q("which review was more positive, four hour target or carvery", K, FH, [],
  ["A tough, funny and mostly accurate film", "See it."])
q("which is shorter, irreproducible or four hour target", K, FH, [], ["1 hr 46 min"], ["112"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

#!/usr/bin/env python3
"""Write eval/unseen11/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SR The Stolen Refrain (two reviews by critics who disagree: Ysolde Garraway's Quora answer, 9/10, and
Terry Blackmore's forum reply quoting an earlier post, "2/5 from me"), TA Tarnby Approach (a real air traffic
controller reviews the film: what it gets right and wrong), TJ The Tortoise Job (a nine-year-old's review typed up by
his dad, with the dad's notes in brackets), TC The Tulip Clerk (page-to-screen column: the novel against the film),
CC Circus Under Curfew (a film society's members' responses, with grade counts), CT Chimes at Teatime (an independent
cinema's staff-pick page with screening times), BT The Brightsea Tapes (a WordPress horror blog post with its
comments). About 19 questions are about films of eval/unseen10 (copied unchanged into reviews/): Aldervane, The
Mistletoe Mutiny, The Pickled Vicar, Seventeen Verandas, Honeybrook Junction.
"""
import json, os

SR, TA, TJ, TC = "The Stolen Refrain", "Tarnby Approach", "The Tortoise Job", "The Tulip Clerk"
CC, CT, BT = "Circus Under Curfew", "Chimes at Teatime", "The Brightsea Tapes"
# unseen10 films
AV, MM, PV, SV, HJ = "Aldervane", "The Mistletoe Mutiny", "The Pickled Vicar", "Seventeen Verandas", "Honeybrook Junction"
SR_SIDES = ["Ysolde Garraway", "Terry Blackmore"]   # Quora answer .md (9/10) and forum reply .txt (2/5)
AV_SIDES = ["Theodora Quince", "Bernard Ilesanmi"]  # Aldervane: 4.5/5 and two and a half stars
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("does tarnby approach get the radio talk right or is it movie nonsense", K, TA, ["What it gets right"],
  ["gets the radio calls nearly word-perfect", "The phraseology, mostly"])
q("how does the fog look in tarnby approach", K, TA, ["What it gets right"],
  ["blank grey walls", "The fog is right too"])
q("is the last part of tarnby approach tense", K, TA, ["As a film"], ["like a siege", "forgot to eat their sweets"])
q("was the tortoise job filmed somewhere real or on a set", K, TJ, [],
  ["a real primary school in Rochdale", "look completely right"])
q("does the tulip clerk stick close to the novel", K, TC, ["What the film keeps", "What it changes"],
  ["Nearly all of the plot", "It is a kinder ending and a less honest one"])
q("is the tulip clerk as funny as the book", K, TC, ["What it loses"], ["The jokes, mostly", "the film is polite to them"])
q("what does circus under curfew look like", K, CC, [],
  ["white, grey and circus red", "the town and the uniforms looked right"])
q("can you keep up with circus under curfew if you dont speak polish", K, CC, [],
  ["hard to follow in the subtitles", "Polish with English subtitles"])
q("how does chimes at teatime look on screen", K, CT, [], ["bleached blues and sherbet pinks", "like a holiday postcard"])
q("does the brightsea tapes have a soundtrack or is it silent", K, BT, [],
  ["There is no music at all", "all dripping pipes and a distant bingo caller"])
q("is the camera work in the brightsea tapes any good or just shaky found footage", K, BT, [],
  ["deserves a lot of credit", "creepy as anything"])
q("does the stolen refrain get the 70s look right", K, SR, [],
  ["The period detail is spot on", "somebody did their homework on 1978"])
q("does the mistletoe mutiny sag in the middle", K, MM, [],
  ["Middle section dragging now", "long stretch of negotiation scenes"])

K = "actor"
q("who plays the pianist in the stolen refrain", K, SR, [], ["Winston Oyediran"])
q("who plays the judge in the stolen refrain", K, SR, [], ["Verity Holloway"])
q("who's the rock star in the stolen refrain", K, SR, [], ["Lucas Pendlebury"])
q("who plays the air traffic controller in tarnby approach", K, TA, ["What it gets right"], ["Lorna Stavely"])
q("whos the pilot in tarnby approach", K, TA, ["What it gets wrong"], ["Bertrand Ocloo"])
q("who plays the headteacher in the tortoise job", K, TJ, [], ["Prudence Ormerod"])
q("who plays mo in the tortoise job", K, TJ, [], ["Zac Amankwah"])
q("who plays cornelis in the tulip clerk", K, TC, ["What the film keeps"], ["Florian Wendt"])
q("who plays the widow in the tulip clerk", K, TC, ["What the film keeps"], ["Mirjam Stoop"])
q("who plays the ringmaster in circus under curfew", K, CC, [], ["Wiktor Lasota"])
q("who is the trapeze girl in circus under curfew", K, CC, [], ["Hania Mielczarek"])
q("who plays the widow with the ice cream van in chimes at teatime", K, CT, [], ["Eilidh Carmody"])
q("who plays the podcast host in the brightsea tapes", K, BT, [], ["Roisin Tallis"])
q("who plays dot in the pickled vicar", K, PV, [], ["Mags Ellerby"])

K = "crew"
q("who directed the stolen refrain", K, SR, [], ["Cosima Travers"])
q("who did the score for the stolen refrain", K, SR, [], ["Padraic Fitzmaurice"])
q("who wrote the script for the stolen refrain", K, SR, [], ["Selwyn Tilney"])
q("who shot the stolen refrain", K, SR, [], ["Tancredi Polli"])
q("who directed tarnby approach", K, TA, ["As a film"], ["Brendan Delahaye"])
q("who edited tarnby approach", K, TA, ["As a film"], ["Niall Carbery"])
q("who wrote tarnby approach", K, TA, ["What it gets right"], ["Yasmin Dallimore"])
q("who directed the tortoise job", K, TJ, [], ["Gwendolen Tait"])
q("who did the music in the tortoise job", K, TJ, [], ["Ewart Mabey"])
q("who adapted the tulip clerk for the screen", K, TC, ["What it changes"], ["Hendrika Zwart"])
q("who edited the tulip clerk", K, TC, ["What it loses"], ["Joris Meelis"])
q("who wrote circus under curfew", K, CC, [], ["Emilia Sadowska"])
q("who was the cinematographer on chimes at teatime", K, CT, [], ["Farah Quigley"])
q("who made the brightsea tapes", K, BT, [], ["Rhian Redfern", "Jules Makepeace"])

K = "metadata"
q("how long is the stolen refrain", K, SR, [], ["158 minutes"])
q("who reviewed the stolen refrain", K, SR, [], ["Ysolde Garraway", "Terry Blackmore"], SR_SIDES)
q("what rating did tarnby approach get", K, TA, ["Verdict"], ["8/10"])
q("when did tarnby approach come out", K, TA, [], ["2026"])
q("what age rating is the tortoise job", K, TJ, [], ["it's a PG"])
q("how long is the tortoise job", K, TJ, [], ["94 minutes"])
q("what year did the tulip clerk come out", K, TC, [], ["2026"])
q("what is circus under curfew rated", K, CC, [], ["certificate 15"])
q("what did the film society score circus under curfew", K, CC, [], ["82%"])
q("what language is circus under curfew in", K, CC, [], ["Polish with English subtitles"])
q("chimes at teatime certificate and running time", K, CT, [], ["12A"], ["12A", "101 mins"])
q("who wrote the review of the brightsea tapes", K, BT, [], ["Lowri Castlemaine"])
q("how long is the brightsea tapes", K, BT, [], ["84 minutes"])
q("what year did honeybrook junction come out", K, HJ, [], ["2024"])

K = "verdict"
q("is the stolen refrain good", K, SR, [], ["9/10", "2/5 from me", "most moving thing", "cop-out"], SR_SIDES)
q("what did terry blackmore think of the stolen refrain", K, SR, [], ["2/5 from me", "Wait for the telly"])
q("what did ysolde garraway make of the stolen refrain", K, SR, [], ["If you want a number: 9/10", "most moving thing"])
q("should i see tarnby approach", K, TA, ["Verdict", "As a film"],
  ["None of that matters once the engine catches", "As a thriller: 8/10"])
q("is the tortoise job any good", K, TJ, [], ["the best film I have ever seen", "9 out of 10"])
q("what did the dad think of the tortoise job", K, TJ, [], ["I'd say 7", "I laughed more than he did"])
q("is the tulip clerk worth seeing", K, TC, ["Should readers see it?"],
  ["Three and a half stars", "The book is still better", "Yes, if you have read the book"])
q("did the film society like circus under curfew", K, CC, [], ["82%", "third of the nine films"])
q("chimes at teatime worth a watch?", K, CT, [], ["the funniest Scottish film in years", "no contest"])
q("brightsea tapes scary or rubbish", K, BT, [], ["Rating: 3/5", "Go for the pool", "scariest ninety seconds"])
q("is the pickled vicar worth watching", K, PV, [], ["7/10", "Go with friends and go late"])
q("honeybrook junction worth it?", K, HJ, [], ["7 out of 10", "Take your dad"])

K = "yes/no"
q("does the stolen refrain have flashbacks", K, SR, [], ["The flashbacks to 1962"])
q("is tarnby approach realistic", K, TA, ["What it gets wrong", "Verdict"],
  ["Realism: a pass mark, just", "Nobody would be alone in that tower"])
q("is the tortoise job ok for a 6 year old", K, TJ, [], ["it's a PG", "nothing worse in it than a cross caretaker"])
q("is there a love story in the tortoise job", K, TJ, [], ["the lovey bit", "Tash's big brother has a girlfriend"])
q("does the tulip clerk have a narrator like the book", K, TC, ["What it changes"], ["drops Cornelis's narration entirely"])
q("does the tulip clerk end the same way as the book", K, TC, ["What it changes"],
  ["he stays and burns it", "It is a kinder ending and a less honest one"])
q("is circus under curfew subtitled", K, CC, [], ["Polish with English subtitles"])
q("is there a bear in circus under curfew", K, CC, [], ["an elderly bear to feed", "leave the bear with the soldiers"])
q("can i take my kids to chimes at teatime", K, CT, [], ["12A for strong language", "most of it from Granny Gilmour"])
q("is there a post credits scene in chimes at teatime", K, CT, [], ["no post-credits scene", "stay for the bloopers"])
q("is the brightsea tapes gory", K, BT, [], ["properly nasty", "a lot of swearing"])
q("does the ending of the brightsea tapes work", K, BT, [], ["the ending cheats", "undoes the mystery"])
q("is there anything after the credits in the mistletoe mutiny", K, MM, [], ["No post-credits scene"])
q("does seventeen verandas have a score", K, SV, [], ["has no score at all", "the only music is what comes out of the pianos"])

K = "typo"
q("the stolen refrian whos the judge", K, SR, [], ["Verity Holloway"])
q("tarnbey aproach radar", K, TA, ["The set-up"], ["the radar dies", "due for replacement since 1989"])
q("tortise job best bit", K, TJ, [], ["Mo's car goes under the door", "Everybody in the cinema cheered"])
q("the tortoize job plot", K, TJ, [], ["class tortoise, Sir Crumble", "break in and get him back"])
q("tulip clark auction scenes", K, TC, ["What the film keeps"], ["the best thing in the film", "bid fortunes for bulbs"])
q("tullip clerk music", K, TC, ["What it loses"], ["pretty but never more than wallpaper", "lutes and a viola da gamba"])
q("circus under curfue ending", K, CC, [], ["divided the room", "leave the bear with the soldiers"])
q("circus undr curfew trapeze scene", K, CC, [], ["the most beautiful thing we have shown in years"])
q("chimes at teatme car chase", K, CT, [], ["the best car chase of the year", "fifteen miles an hour"])
q("chimes at tea time villain", K, CT, [], ["Angus Struthers", "the hero of the story"])
q("brightsee tapes pool scene", K, BT, [], ["The drained swimming pool", "something climbing the ladder"])
q("brightsea taps whats it about", K, BT, [],
  ["Three true-crime podcasters", "holiday camp on the Lincolnshire coast"])
q("aldervan avalanche", K, AV, [], ["one unbroken take", "filmed in one take"])
q("honybrook junction music", K, HJ, [], ["oompah-and-ukulele score", "Nell Castellanos"])

K = "very short"
q("stolen refrain runtime", K, SR, [], ["158 minutes"])
q("tarnby approach cast", K, TA, ["What it gets right", "What it gets wrong"], ["Lorna Stavely", "Bertrand Ocloo"])
q("tarnby flaws", K, TA, ["What it gets wrong", "As a film"], ["Nobody would be alone in that tower", "a coincidence too far"])
q("tortoise job rating", K, TJ, [], ["9 out of 10"])
q("tortoise job scary?", K, TJ, [], ["A tiny bit", "nothing worse in it than a cross caretaker"])
q("tulip clerk ending", K, TC, ["What it changes"], ["he stays and burns it", "kinder ending and a less honest one"])
q("circus under curfew cast", K, CC, [], ["Wiktor Lasota", "Hania Mielczarek"])
q("circus under curfew length", K, CC, [], ["117 minutes"])
q("chimes at teatime plot", K, CT, [], ["inherits her late husband's ice-cream van", "turf war"])
q("chimes cast", K, CT, [], ["Eilidh Carmody", "Angus Struthers", "Dolina MacRitchie"])
q("brightsea tapes director", K, BT, [], ["Rhian Redfern", "Jules Makepeace"])
q("brightsea ending", K, BT, [], ["the ending cheats", "undoes the mystery"])
q("mistletoe mutiny rating", K, MM, [], ["Three stars", "★★★"])
q("verandas runtime", K, SV, [], ["131 minutes"])

K = "no film named"
q("the film about a pianist suing a rock band over a song", K, SR, [],
  ["calypso he wrote in 1962", "He sues the band's singer"], [SR])
q("that 1978 court case film about a stolen tune, how long is it", K, SR, [], ["158 minutes"], [SR])
q("that movie where an air traffic controller has to land a plane in fog", K, TA, ["The set-up"],
  ["Freezing fog", "the radar dies"], [TA])
q("how long is the one about the burning plane landing at a tiny cumbrian airport", K, TA, ["Verdict"],
  ["109 minutes"], [TA])
q("the kids film where they steal back the class tortoise", K, TJ, [], ["class tortoise, Sir Crumble"], [TJ])
q("kids heist movie about a school tortoise, is it a pg", K, TJ, [], ["it's a PG"], [TJ])
q("the one about tulip mania in holland, is it good", K, TC, ["Should readers see it?"],
  ["Three and a half stars", "The book is still better"], [TC])
q("polish circus film set during martial law, who directed it", K, CC, [], ["Zofia Wrzos"], [CC])
q("the ice cream van war comedy, who's in it", K, CT, [], ["Eilidh Carmody", "Angus Struthers"], [CT])
q("found footage film about podcasters in an old holiday camp - scary?", K, BT, [],
  ["scariest ninety seconds", "The drained swimming pool"], [BT])
q("that model railway club comedy, who did the music", K, HJ, [], ["Nell Castellanos"], [HJ])
q("is the lisbon piano tuner film worth streaming", K, SV, [], ["STREAM IT"], [SV])

K = "film not stored"
no("is captain puffins treasure good for kids", K)
no("marzipan republic review", K)
no("whats gullhaven about", K)
no("who directed the stolen chorus", K)
no("tarnby departure runtime", K)
no("is the tortoise heist a pg", K)
no("the tulip merchant cast", K)
no("circus after dark who's in it", K)
no("is chimes at midnight any good", K)
no("paddington 2 rating", K)
no("is top gun realistic about flying", K)
no("mrs pimbles umbrella worth watching", K)

K = "unanswerable"
no("who edited the stolen refrain", K, SR)
no("is the stolen refrain a 12a or a 15", K, SR)
no("who wrote the score for tarnby approach", K, TA)
no("tarnby approach age rating", K, TA)
no("who wrote the tortoise job", K, TJ)
no("who was the cinematographer on the tortoise job", K, TJ)
no("how long is the tulip clerk", K, TC)
no("what certificate is the tulip clerk", K, TC)
no("who composed the music for circus under curfew", K, CC)
no("who edited chimes at teatime", K, CT)
no("what score did chimes at teatime get", K, CT)
no("what year is the brightsea tapes from", K, BT)
no("how much did the mistletoe mutiny make at the box office", K, MM)

K = "pros/cons"
q("pros and cons of tarnby approach", K, TA, ["What it gets right", "What it gets wrong", "As a film"],
  ["gets the radio calls nearly word-perfect", "Nobody would be alone in that tower", "a coincidence too far"])
q("whats bad about the tortoise job", K, TJ, [], ["the lovey bit", "the ending is a bit quick"])
q("what did the kid like most in the tortoise job", K, TJ, [], ["Mo's car goes under the door", "My favourite is Mo"])
q("tulip clerk strengths and weaknesses", K, TC, ["What the film keeps", "What it loses"],
  ["the best thing in the film", "The jokes, mostly", "drags"])
q("what didnt members like about circus under curfew", K, CC, [],
  ["middle section slow", "hard to follow in the subtitles", "too neat"])
q("what did people love in circus under curfew", K, CC, [],
  ["The performances drew the most praise", "the most beautiful thing we have shown in years"])
q("chimes at teatime downsides", K, CT, [], ["The last act goes soft", "is baggy"])
q("best things about chimes at teatime", K, CT, [], ["tremendous", "the best car chase of the year"])
q("brightsea tapes good and bad points", K, BT, [], ["feels padded", "the ending cheats", "scariest ninety seconds"])
q("what didnt ysolde garraway like about the stolen refrain", K, SR, [], ["cartoon villain", "is a speech"])
q("what did terry blackmore actually like in the stolen refrain", K, SR, [],
  ["the only person worth watching", "look right"])
q("pickled vicar what didnt work", K, PV, [], ["runs out of steam", "too many vomit gags"])
q("honeybrook junction cons", K, HJ, [], ["The romance", "The saggy middle", "The old-age jokes"])

K = "disagreement"
q("do the reviews of the stolen refrain agree on winston oyediran", K, SR, [],
  ["extraordinary as Ellery", "mumbles half his lines"], SR_SIDES)
q("is the song in the stolen refrain actually catchy", K, SR, [], ["genuinely catchy", "a nothing tune"], SR_SIDES)
q("is the stolen refrain too long", K, SR, [], ["I never checked my watch", "feels every one of them"], SR_SIDES)
q("the stolen refrain ending good or bad", K, SR, [], ["most moving thing", "cop-out"], SR_SIDES)
q("what do both stolen refrain reviews agree on", K, SR, [],
  ["Verity Holloway", "The period detail is spot on", "look right"], SR_SIDES)
q("which stolen refrain reviewer hated it", K, SR, [], ["2/5 from me", "cop-out"], ["Terry Blackmore"])
q("which stolen refrain review is more positive", K, SR, [], ["9/10"], ["Ysolde Garraway"])
q("do the critics agree on the judge in the stolen refrain", K, SR, [],
  ["steals every scene", "the only person worth watching"], SR_SIDES)
q("do rory and his dad agree on the tortoise job score", K, TJ, [], ["9 out of 10", "I'd say 7"],
  ["9 out of 10", "I'd say 7"])
q("did everyone at the film society like the ending of circus under curfew", K, CC, [],
  ["divided the room", "heartbreaking", "too neat"])
q("does anyone disagree with the brightsea tapes review about the ending", K, BT, [],
  ["Have to disagree about the ending", "the scariest thing in it"])
q("do the aldervane reviews agree about the music", K, AV, [],
  ["you will want the soundtrack", "the music never shuts up"], AV_SIDES)
q("aldervane length, too long or not", K, AV, [], ["never feels its length", "felt like four hours"], AV_SIDES)

K = "comparison"
q("which is longer, the stolen refrain or tarnby approach", K, SR, [], ["158 minutes"], ["158 minutes", "109 minutes"])
q("which is shorter, the tortoise job or circus under curfew", K, TJ, [], ["94 minutes"], ["94 minutes", "117 minutes"])
q("chimes at teatime or the tortoise job, which is better for a 7 year old", K, TJ, [], ["it's a PG"], ["12A"])
q("which rated higher, tarnby approach or the brightsea tapes", K, TA, [], ["8/10"], ["8/10", "3/5"])
q("which is scarier, the brightsea tapes or the tortoise job", K, BT, [],
  ["scariest ninety seconds", "The whole audience screamed"])
q("which came out first, circus under curfew or chimes at teatime", K, CC, [], ["2025"], ["2025", "2026"])
q("which is longer, the brightsea tapes or chimes at teatime", K, CT, [], ["101 mins"], ["101 mins", "84 minutes"])
q("which is funnier, chimes at teatime or tarnby approach", K, CT, [], ["the funniest Scottish film in years"])
q("which has the stricter age rating, circus under curfew or chimes at teatime", K, CC, [], ["certificate 15"],
  ["certificate 15", "12A"])
q("is tarnby approach longer than the tortoise job", K, TA, [], ["109 minutes"], ["109 minutes", "94 minutes"])
q("which is longer, the stolen refrain or aldervane", K, SR, [], ["158 minutes"], ["158 minutes", "134 minutes"])
q("which is better for kids, the tortoise job or the pickled vicar", K, TJ, [], ["it's a PG"])
q("which is shorter, the brightsea tapes or the mistletoe mutiny", K, BT, [], ["84 minutes"], ["84 minutes", "97 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

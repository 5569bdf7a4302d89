#!/usr/bin/env python3
"""Write eval/unseen6/all.jsonl from the hand-written questions below (one JSON object per line).

Films: MS Marigold Static, HT Hollow Tide (two reviews), PP Pip and the Paper Dragon, FW Ferryman's Waltz,
CO The Copper Orchard, CD The Comet Diner (one podcast review, two hosts who disagree), SL Sparrow Lane,
BI The Bellwether Inquest, GJ Glowworm Junction, CU Cobalt Summer (two reviews); a few comparison questions also
name films of eval/unseen5 (copied unchanged into reviews/).
"""
import json, os

MS, HT, PP, FW, CO = "Marigold Static", "Hollow Tide", "Pip and the Paper Dragon", "Ferryman's Waltz", "The Copper Orchard"
CD, SL, BI, GJ, CU = "The Comet Diner", "Sparrow Lane", "The Bellwether Inquest", "Glowworm Junction", "Cobalt Summer"
HT_SIDES = ["Rosalind Achebe", "Marta Kroll"]   # Medium-style post (2 stars, not scary) and Q&A column (9/10)
CU_SIDES = ["Delia Okafor", "Wes Tolliver"]     # long review with pros/cons (4 stars) and the short quick take (2)
CD_SIDES = ["MAYA", "TOM"]                      # the two podcast hosts (4/5 and 2/5)
HT_SCARY = ["Is it scary?", "Where It Doesn't", "Bottom Line"]
HT_CAST = ["Where It Works", "Who's in it?"]
HT_LOOK = ["Where It Works", "Who made it?"]
HT_MUSIC = ["Where It Doesn't", "Who made it?"]
HT_END = ["The Ending, Vaguely", "What about the ending?"]
HT_SLOW = ["Isn't it too slow?", "Where It Doesn't"]
ROWS = []

def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)

def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})

K = "aspect paraphrase"
q("is the sound stuff in marigold static any good", K, MS, ["Sound and vision"],
  ["The sound design is the real star", "leaning toward the speakers"])
q("how does hollow tide look", K, HT, HT_LOOK, ["looks incredible", "best images I have seen this year", "unforgettable"])
q("will hollow tide give me nightmares", K, HT, HT_SCARY,
  ["Terrifying", "I slept with the landing light on", "not remotely scary", "I jumped exactly once"])
q("hows the animation in pip and the paper dragon", K, PP, ["Is It Any Good"],
  ["built every character and set out of real paper", "see the grain and the creases"])
q("is pip and the paper dragon too much for a 5 year old", K, PP, ["What's in It", "Our Take", "Parents Need to Know"],
  ["may upset under-sixes", "brave five- and six-year-olds will be fine with a grown-up nearby", "genuinely menacing"])
q("are the dance scenes in ferrymans waltz good", K, FW, ["The Dancing"], ["they are thrilling", "single unbroken take", "applauded"])
q("is the talking in ferryman's waltz any good", K, FW, ["The Story", "The Cast"],
  ["stiff enough to stand up on its own", "less convincing as Ilona in the talky scenes"])
q("how's the acting in the copper orchard", K, CO, [],
  ["Imogen Whitcombe is superb", "quiet, flinty stubbornness", "performances are worth the trip"])
q("can you actually see anything in the copper orchard, is it too dark", K, CO, [], ["so dimly lit", "hard to make out"])
q("does the comet diner make you laugh", K, CD, [],
  ["funniest thing I've seen this year", "The jokes are all one joke", "Every line she has is funny"])
q("hows the soundtrack in the comet diner", K, CD, [], ["fake fifties songs", "the music is great", "Colm Sandoval"])
q("how does sparrow lane show london at night", K, SL, [],
  ["documentarian's eye for the city at 3 a.m.", "sodium orange and rain", "shoots almost everything through glass"])
q("is sparrow lane bloody", K, SL, [], ["violent in short, sharp bursts", "the stabbing is hard to watch", "one for grown-ups"])
q("does the bellwether inquest overstay its welcome", K, BI, ["IV. What Goes Wrong", "V. The Verdict"],
  ["simply too long", "bring a cushion", "141 minutes"])
q("are the tunes in glowworm junction catchy", K, GJ, [], ["they are BOPS", "Skate Me Home", "real 70s hits"])
q("does the robbery plot in cobalt summer hold up", K, CU, ["The Craft", "Introduction"],
  ["beautifully constructed piece of clockwork", "The heist is lazy"])

K = "actor"
q("who plays the astronomer in marigold static", K, MS, ["The two voices", "What it's about"], ["Ines Pell"])
q("who plays teo in marigold static", K, MS, ["The two voices"], ["Dominic Lindqvist"])
q("who plays hester in hollow tide", K, HT, HT_CAST, ["Ama Lindqvist"])
q("who plays the kid in hollow tide", K, HT, HT_CAST, ["Toby Sandoval"])
q("who plays the preacher in hollow tide", K, HT, HT_CAST, ["Gideon Ashdown"])
q("who voices crinkle", K, PP, ["What's the Story", "Is It Any Good"], ["Rufus Greaves"])
q("who voices the baron in pip and the paper dragon", K, PP, ["What's the Story"], ["Osric Vance"])
q("who plays the ferryman in ferrymans waltz", K, FW, ["The Cast"], ["Anselm Reyes"])
q("who plays count varady", K, FW, ["The Cast"], ["Pieter Achebe"])
q("who plays bea in the copper orchard", K, CO, [], ["Imogen Whitcombe"])
q("who plays dot in the comet diner", K, CD, [], ["Juno Castell"])
q("who voices the jukebox in the comet diner", K, CD, [], ["Percy Haddad"])
q("who plays the bus driver in sparrow lane", K, SL, [], ["Kwame Achebe"])
q("who plays the daughter in sparrow lane", K, SL, [], ["Ayo Brandt"])
q("who plays the coroner in the bellwether inquest", K, BI, ["II. The Performances"], ["Ravi Quill"])
q("who plays the grandma in glowworm junction", K, GJ, [], ["Delphine Sorensen"])
q("who plays vivi in cobalt summer", K, CU, ["The Gang"], ["Dolores Brandt"])

K = "crew"
q("who directed marigold static", K, MS, ["Sound and vision"], ["Anouk Sorensen"])
q("who shot marigold static", K, MS, ["Sound and vision"], ["Sunniva Achebe"])
q("who directed hollow tide", K, HT, ["The Setup", "Should I see it?"], ["Tamsin Vance"])
q("who did the score for hollow tide", K, HT, HT_MUSIC, ["Nell Brandt"])
q("who was the dp on hollow tide", K, HT, HT_LOOK, ["Ruairi Okoro"])
q("who directed pip and the paper dragon", K, PP, ["Is It Any Good"], ["Mireille Tamblyn"])
q("who wrote the songs in pip and the paper dragon", K, PP, ["Is It Any Good"], ["Ettie Castell"])
q("who choreographed ferryman's waltz", K, FW, ["The Dancing"], ["Rosa Bale"])
q("who wrote ferryman's waltz", K, FW, ["The Story"], ["Benedikt Marsh"])
q("who directed the copper orchard", K, CO, [], ["Niamh Oduya"])
q("who cut the copper orchard", K, CO, [], ["Teo Farrant"])
q("who shot the comet diner", K, CD, [], ["Yuki Farrant"])
q("who wrote the comet diner", K, CD, [], ["Abner Kettle"])
q("who did the score for sparrow lane", K, SL, [], ["Ilse Oduya"])
q("who lensed the bellwether inquest", K, BI, ["III. Behind the Camera"], ["Magnus Reyes"])
q("who did the choreography in glowworm junction", K, GJ, [], ["Nell Whitcombe"])
q("who directed cobalt summer", K, CU, ["The Craft"], ["Marisol Greaves"])

K = "metadata"
q("who wrote the newsletter about marigold static", K, MS, [], ["Bronwen Tolliver"])
q("how long is marigold static", K, MS, ["Where I landed"], ["104 minutes"])
q("what year did marigold static come out", K, MS, ["Where I landed"], ["2026"])
q("who reviewed hollow tide", K, HT, [], HT_SIDES, HT_SIDES)
q("what did hollow tide get", K, HT, [], ["9/10", "Nine out of ten", "two stars"])
q("how long is hollow tide", K, HT, ["Where It Doesn't", "Isn't it too slow?"], ["112 minutes"])
q("pip and the paper dragon age rating", K, PP, [], ["7+", "ages 7 and up"])
q("ferrymans waltz overall score", K, FW, ["The Scorecard"], ["3.5/5"])
q("how long is ferryman's waltz", K, FW, ["Behind the Camera"], ["126 minutes"])
q("what did the copper orchard get", K, CO, [], ["3 out of 5"])
q("when did the copper orchard come out", K, CO, [], ["2025"])
q("who reviewed the comet diner", K, CD, [], ["Maya Brennan", "Tom Achterberg", "Second Reel"], ["Maya Brennan", "Tom Achterberg"])
q("who reviewed sparrow lane", K, SL, [], ["Conrad Vale"])
q("sparrow lane length", K, SL, [], ["93 minutes"])
q("what year is the bellwether inquest", K, BI, ["V. The Verdict"], ["2025"])
q("glowworm junction rating", K, GJ, [], ["4/5", "rated PG"])
q("who reviewed cobalt summer", K, CU, [], CU_SIDES, CU_SIDES)

K = "verdict"
q("marigold static worth it?", K, MS, ["Where I landed"],
  ["gentle, odd, lovely thing", "if you liked Arrival and you miss mixtapes, go"])
q("hollow tide good or nah", K, HT, ["So, the verdict?", "Bottom Line", "Should I see it?"],
  ["two stars, generously", "Nine out of ten", "first must-see", "not remotely scary", "9/10"])
q("should i bother with hollow tide", K, HT, ["Should I see it?", "So, the verdict?", "Bottom Line"],
  ["best British horror film", "Beautiful to look at, with one great performance", "two stars, generously", "Nine out of ten"])
q("pip and the paper dragon any good", K, PP, ["Is It Any Good", "Our Take"],
  ["A handmade treat with real heart", "4 out of 5", "gentle, funny animated adventure"])
q("is ferryman's waltz worth watching", K, FW, ["Verdict", "The Scorecard"], ["Skip the plot, stay for the waltzes", "3.5/5"])
q("thoughts on the copper orchard", K, CO, [], ["modest, likeable film", "3 out of 5", "performances are worth the trip"])
q("the comet diner worth a watch?", K, CD, [], ["four out of five", "Two out of five", "Take your grandparents"])
q("is sparrow lane any good", K, SL, [], ["This is a good one", "three stars", "get yourself on this bus"])
q("should i see the bellwether inquest", K, BI, ["V. The Verdict"],
  ["Four stars", "Patient viewers will be rewarded", "beautifully acted drama"])
q("glowworm junction any good lol", K, GJ, [], ["SO much fun", "4/5", "I smiled the entire time"])
q("cobalt summer worth seeing", K, CU, ["Verdict", "Introduction"],
  ["Four stars", "Two stars", "breeziest heist comedy in years", "a postcard, not a film"])
q("verdict on marigold static pls", K, MS, ["Where I landed"],
  ["gentle, odd, lovely thing", "if you liked Arrival and you miss mixtapes, go", "deserves better"])
q("would u recommend the copper orchard", K, CO, [], ["modest, likeable film", "3 out of 5", "very good Sunday afternoon"])
q("did the critic like sparrow lane", K, SL, [], ["This is a good one", "three stars", "Not a great one, but a good one"])
q("final word on ferrymans waltz", K, FW, ["Verdict"], ["Skip the plot, stay for the waltzes", "sweep you off your feet"])
q("is the bellwether inquest good", K, BI, ["V. The Verdict", "I. The Story"],
  ["Four stars", "it is gripping", "beautifully acted drama"])

K = "yes/no"
q("are there sheep in marigold static", K, MS, ["What it's about"], ["the sheep graze between the dishes"])
q("can a 12 year old watch marigold static", K, MS, ["Where I landed"], ["nothing here a twelve-year-old couldn't watch"])
q("is the ending of marigold static open ended", K, MS, ["Where I landed"], ["the ending is ambiguous"])
q("is hollow tide gory", K, HT, ["Can my teenager watch it?"], ["very little blood"])
q("does crinkle get ripped up in pip and the paper dragon", K, PP, ["What's in It"], ["Crinkle is torn in half"])
q("is there swearing in pip and the paper dragon", K, PP, ["What's in It"], ["shut up"])
q("is ferryman's waltz ok for kids", K, FW, ["Verdict"], ["Perfectly fine for older kids", "the worst thing in it is a slap"])
q("did anselm reyes learn to dance for ferrymans waltz", K, FW, ["The Cast"], ["he trained for a year"])
q("is there a pig in the copper orchard", K, CO, [], ["pig called Duchess"])
q("are there aliens in the comet diner", K, CD, [], ["Actual aliens"])
q("does the comet diner have a proper ending", K, CD, [], ["There's no ending", "They don't get an answer"])
q("is sparrow lane ok for kids", K, SL, [], ["one for grown-ups"])
q("is there a fox in sparrow lane", K, SL, [], ["the fox crossing an empty Oxford Street"])
q("is the bellwether inquest based on a radio play", K, BI, ["III. Behind the Camera", "Notes"], ["based on his own radio play"])
q("does glowworm junction have a kiss in it", K, GJ, [], ["one kiss"])
q("is cobalt summer on streaming", K, CU, ["Introduction"], ["Lumen+"])

K = "typo"
q("marigld static sound desing", K, MS, ["Sound and vision"], ["The sound design is the real star"])
q("holow tide ending", K, HT, HT_END, ["a shrug dressed as a twist", "Perfect, and devastating"])
q("hollow tied scroe", K, HT, HT_MUSIC, ["Nell Brandt", "droning cellos", "best horror score in years", "two stars", "9/10"])
q("pip and the papr dragon villian", K, PP, ["What's the Story", "What's in It"], ["Baron Papercut", "genuinely menacing"])
q("ferymans walts cast", K, FW, ["The Cast"], ["Anselm Reyes", "Greta Haddad", "Pieter Achebe"])
q("ferrymans waltz cinematografy", K, FW, ["Behind the Camera"], ["Kasper Achebe", "black glass"])
q("the coper orchard music", K, CO, [], ["Wenna Lindqvist", "folk fiddle and brass band"])
q("copper orchad wassail sceen", K, CO, [], ["oddly muted"])
q("comet dinner jukebox", K, CD, [], ["Percy Haddad", "weary old crooner", "grating"])
q("sparow lane villan", K, SL, [], ["Hector Quayle", "A villain from a much cheaper film", "moustache-twirling glee"])
q("sparrow lnae ending", K, SL, [], ["exciting but silly", "The final chase"])
q("bellweather inquest acting", K, BI, ["II. The Performances"], ["Ravi Quill is excellent", "Sabine Okoro", "best scene in the film"])
q("belwether inquest flashbaks", K, BI, ["III. Behind the Camera", "IV. What Goes Wrong"],
  ["become repetitive", "brief, silent flashbacks of the fire"])
q("glowworm junciton songs", K, GJ, [], ["Saoirse Okafor", "they are BOPS", "Skate Me Home"])
q("glow worm junction story", K, GJ, [], ["super predictable"])
q("cobolt summer ending", K, CU, ["The Ending", "Introduction"], ["the last ten minutes are a joy", "is smug"])

K = "very short"
q("marigold static", K, MS, [], ["gentle, odd, lovely thing", "science-fiction romance", "Ines Pell", "radio astronomer"])
q("hollow tide", K, HT, [], ["folk horror", "two stars, generously", "Nine out of ten", "9/10", "tidal island"])
q("paper dragon?", K, PP, [], ["4 out of 5", "animated adventure", "A handmade treat", "origami dragon"])
q("ferrymans waltz", K, FW, [], ["3.5/5", "period drama", "Skip the plot, stay for the waltzes"])
q("copper orchard", K, CO, [], ["3 out of 5", "modest, likeable film", "cider farm"])
q("comet diner", K, CD, [], ["four out of five", "Two out of five", "jukebox"])
q("sparrow lane", K, SL, [], ["three stars", "London thriller", "night bus driver", "This is a good one"])
q("bellwether inquest", K, BI, [], ["Four stars", "courtroom drama", "mill"])
q("glowworm junction", K, GJ, [], ["roller-disco musical", "4/5", "SO much fun"])
q("cobalt summer", K, CU, [], ["heist comedy", "Four stars", "Two stars", "4 stars"])
q("hollow tide cast", K, HT, HT_CAST, ["Ama Lindqvist", "Toby Sandoval", "Gideon Ashdown"])
q("comet diner director", K, CD, [], ["Rhys Okafor"])
q("sparrow lane runtime", K, SL, [], ["93 minutes"])
q("bellwether inquest score", K, BI, ["III. Behind the Camera", "V. The Verdict"], ["Hana Vance", "lone harmonium", "Four stars"])
q("glowworm junction kids?", K, GJ, [], ["fine for kids like 8 and up", "rated PG"])
q("marigold static music", K, MS, ["Sound and vision"], ["Pim Quayle", "glass harmonica"])

K = "no film named"
q("the movie where the astronomer hears a woman humming", K, MS, ["What it's about"], ["Marigold Static", "a woman humming"])
q("which film has a pig called duchess", K, CO, [], ["pig called Duchess"], ["Copper Orchard"])
q("who plays the countess in the waltz movie", K, FW, ["The Cast"], ["Greta Haddad"])
q("that tidal island horror film, is it scary", K, HT, HT_SCARY, ["Terrifying", "not remotely scary", "I jumped exactly once"])
q("the origami dragon cartoon, ok for 6 year olds?", K, PP, ["What's in It", "Our Take"],
  ["brave five- and six-year-olds will be fine with a grown-up nearby", "may upset under-sixes"])
q("the roller disco movie, who's the lead", K, GJ, [], ["Poppy Okoro"])
q("the night bus driver thriller, how long is it", K, SL, [], ["93 minutes"])
q("which movie has aliens requesting songs on a jukebox", K, CD, [], ["Actual aliens, requesting songs", "The Comet Diner"],
  ["Comet Diner"])
q("the 1923 mill fire film, who directed", K, BI, ["III. Behind the Camera"], ["Odile Ashdown"])
q("greek island heist movie with old jewel thieves, any good?", K, CU, ["Introduction", "Verdict"],
  ["breeziest heist comedy in years", "Four stars", "Two stars"])
q("the cider farm sisters movie, who plays the eldest", K, CO, [], ["Imogen Whitcombe"])
q("film with a yellow volvo estate", K, MS, ["Sound and vision"], ["Volvo estate"], ["Marigold Static"])
q("the danube ferry dance film, is the story any good", K, FW, ["The Story", "The Scorecard"],
  ["hits every beat of the genre", "stiff enough to stand up on its own"])
q("that film about a coroner holding court in a yorkshire pub, how long is it", K, BI, ["IV. What Goes Wrong"], ["141 minutes"])
q("who voices the grumpy dragon", K, PP, ["What's the Story", "Is It Any Good"], ["Rufus Greaves"])
q("the new mexico diner comedy, who shot it", K, CD, [], ["Yuki Farrant"])

K = "film not stored"
no("is past lives worth it", K)
no("who directed the zone of interest", K)
no("anatomy of a fall ending explained", K)
no("whiplash", K)
no("la la land dance scenes any good", K)
no("paddington 2 ok for kids?", K)
no("the iron giant who voices the robot", K)
no("marigold signal review", K)
no("hollow reef scary?", K)
no("pip and the paper tiger", K)
no("who plays the ferryman in ferryman's tango", K)
no("the copper vineyard worth watching", K)
no('in "the comet motel" who plays the waitress', K)
no("sparrow street cast", K)
no("how long is the bellwether verdict", K)
no("cobalt winter good or nah", K)

K = "unanswerable"
no("what did marigold static get out of 5", K, MS)
no("who edited pip and the paper dragon", K, PP)
no("who was the cinematographer on pip and the paper dragon", K, PP)
no("what year is ferryman's waltz", K, FW)
no("what year did sparrow lane come out", K, SL)
no("how long is the comet diner", K, CD)
no("who edited the comet diner", K, CD)
no("who edited glowworm junction", K, GJ)
no("who did the costumes in ferryman's waltz", K, FW)
no("what was the budget of hollow tide", K, HT)
no("did the copper orchard win any awards", K, CO)
no("where can i stream the bellwether inquest", K, BI)
no("is there a post credits scene in glowworm junction", K, GJ)
no("is there a sequel to cobalt summer", K, CU)
no("who produced sparrow lane", K, SL)
no("what's the age rating on the copper orchard", K, CO)

K = "pros/cons"
q("what's wrong with marigold static", K, MS, ["My gripes"], ["middle third that loses momentum", "lit so dimly", "a beat too long"])
q("best thing about marigold static", K, MS, ["Sound and vision", "The two voices"],
  ["The sound design is the real star", "most romantic thing", "she is wonderful"])
q("pros and cons of hollow tide", K, HT, [],
  ["Ama Lindqvist is extraordinary", "nothing happens", "leans a little hard on the islanders being sinister",
   "one flashback to Hester's husband is clumsy", "looks incredible"])
q("any downsides to pip and the paper dragon", K, PP, ["Is It Any Good"], ["third act is a little busy", "one chase too many"])
q("ferrymans waltz strengths and weaknesses", K, FW, ["The Scorecard", "The Dancing", "The Story", "Verdict"],
  ["they are thrilling", "stiff enough to stand up on its own", "Skip the plot, stay for the waltzes", "hits every beat of the genre"])
q("what's bad about the copper orchard", K, CO, [], ["weaker on plot", "oddly muted", "least written of the three", "rather grey"])
q("what did the hosts like about the comet diner", K, CD, [],
  ["it's gorgeous", "the music is great", "Juno Castell is a movie star", "She's the best thing in it"])
q("sparrow lane pros and cons", K, SL, [],
  ["bone-tired decency", "A villain from a much cheaper film", "A final act that swaps tension for noise", "Ayo Brandt as the daughter"])
q("what goes wrong in the bellwether inquest", K, BI, ["IV. What Goes Wrong"], ["simply too long", "become repetitive", "adds little"])
q("best part of the bellwether inquest", K, BI, ["II. The Performances", "V. The Verdict"],
  ["best scene in the film", "Ravi Quill is excellent", "beautifully acted"])
q("glowworm junction good and bad", K, GJ, [],
  ["super predictable", "goes nowhere", "She sings, she skates", "steals literally every scene", "SO much fun"])
q("cobalt summer pros and cons", K, CU, ["Pros and Cons"],
  ["Three leads with real chemistry", "A genuinely clever heist", "A baggy middle section", "The final twist is visible from space"])
q("any complaints about cobalt summer", K, CU, ["Pros and Cons", "Introduction", "The Craft"],
  ["A baggy middle section at the wedding", "is a bore", "visible from space", "The heist is lazy", "does sag in the middle"])
q("whats good about sparrow lane", K, SL, [],
  ["bone-tired decency", "Ayo Brandt as the daughter", "A score that sounds like the bus itself", "This is a good one"])
q("worst thing about glowworm junction", K, GJ, [], ["super predictable", "goes nowhere", "middle drags a bit", "kind of wooden"])
q("what works in the copper orchard", K, CO, [],
  ["Imogen Whitcombe is superb", "at its best in the small things", "performances are worth the trip"])

K = "disagreement"
q("do the critics agree on whether hollow tide is scary", K, HT, HT_SCARY,
  ["Terrifying", "I jumped exactly once", "not remotely scary"], HT_SIDES)
q("which hollow tide reviewer liked the ending", K, HT, ["What about the ending?"], ["Perfect, and devastating"], ["Marta Kroll"])
q("do both reviews like the music in hollow tide", K, HT, HT_MUSIC,
  ["best horror score in years", "does not help", "droning cellos"], HT_SIDES)
q("do the hollow tide reviews agree on ama lindqvist", K, HT, HT_CAST,
  ["extraordinary as Hester", "one of the great horror performances"])
q("is hollow tide too slow, critics split?", K, HT, HT_SLOW, ["that is the point", "nothing happens", "closer to three hours"], HT_SIDES)
q("who liked hollow tide more", K, HT, [], ["9/10", "Nine out of ten"], ["Marta Kroll"])
q("do the cobalt summer critics agree about the leads", K, CU, ["The Gang", "Introduction"],
  ["having the time of her life", "look tired rather than mischievous"], CU_SIDES)
q("which cobalt summer review hated the music", K, CU, ["Introduction"], ["grated within minutes"], ["Wes Tolliver"])
q("do both reviews like the ending of cobalt summer", K, CU, ["The Ending", "Introduction"],
  ["the last ten minutes are a joy", "is smug"], CU_SIDES)
q("do the cobalt summer reviews agree on the photography", K, CU, ["The Craft", "Introduction"],
  ["like a travel advert", "best holiday you never had"])
q("which critic gave cobalt summer two stars", K, CU, ["Introduction"], ["Two stars"], ["Wes Tolliver"])
q("do both critics like margot tolliver in cobalt summer", K, CU, ["The Gang", "Introduction"], ["secret weapon", "only laughs"])
q("do the podcast hosts agree on the comet diner", K, CD, [], ["four out of five", "Two out of five"], CD_SIDES)
q("do maya and tom agree on the jukebox voice in the comet diner", K, CD, [],
  ["this sort of weary old crooner", "I found the jukebox voice grating"], CD_SIDES)
q("does tom like juno castell in the comet diner", K, CD, [], ["I agree about her", "She's the best thing in it"])
q("which host liked the ending of the comet diner", K, CD, [], ["The ending is the point", "I cried"], ["MAYA"])

K = "comparison"
q("which is longer, hollow tide or marigold static", K, HT, [], ["112 minutes"], ["112 minutes", "104 minutes"])
q("which is shorter, pip and the paper dragon or glowworm junction", K, PP, [], ["88 minutes"], ["88 minutes", "101 mins"])
q("which is longer, the bellwether inquest or ferryman's waltz", K, BI, ["IV. What Goes Wrong"], ["141 minutes"],
  ["141 minutes", "126 minutes"])
q("which came out first, the copper orchard or glowworm junction", K, CO, [], ["2025"], ["2025", "2026"])
q("pip and the paper dragon or sparrow lane for a 7 year old", K, PP, ["Our Take", "Parents Need to Know", "What's in It"],
  ["Best for ages 7 and up", "gentle, funny animated adventure"], ["Pip and the Paper Dragon", "Sparrow Lane"])
q("which is scarier, hollow tide or the comet diner", K, HT, HT_SCARY,
  ["Terrifying", "genuinely frightening", "I slept with the landing light on"], ["Hollow Tide", "The Comet Diner"])
q("which is rated higher, the copper orchard or the bellwether inquest", K, BI, ["V. The Verdict"], ["Four stars"],
  ["Four stars", "3 out of 5"])
q("which is funnier, the comet diner or the bellwether inquest", K, CD, [],
  ["funniest thing I've seen this year", "Every line she has is funny"], ["The Comet Diner", "The Bellwether Inquest"])
q("which is better, sparrow lane or the bellwether inquest", K, BI, ["V. The Verdict"], ["Four stars"], ["three stars", "Four stars"])
q("is marigold static longer than the copper orchard", K, CO, [], ["109 minutes"], ["109 minutes", "104 minutes"])
q("which has better dancing, ferryman's waltz or glowworm junction", K, FW, ["The Dancing"],
  ["they are thrilling", "single unbroken take"], ["Ferryman's Waltz", "Glowworm Junction"])
q("which is shorter, cobalt summer or sparrow lane", K, SL, [], ["93 minutes"], ["93 minutes", "106 minutes"])
q("which came out first, the bellwether inquest or marigold static", K, BI, ["V. The Verdict"], ["2025"], ["2025", "2026"])
q("which is longer, the bellwether inquest or the quiet cartographer", K, BI, ["IV. What Goes Wrong"], ["141 minutes"],
  ["141 minutes", "131 minutes"])
q("pip and the paper dragon or thimble ghost for a 6 year old", K, PP, ["Our Take"],
  ["brave five- and six-year-olds will be fine with a grown-up nearby"], ["Pip and the Paper Dragon", "Thimble Ghost"])
q("which is rated higher, glowworm junction or ferryman's waltz", K, GJ, [], ["4/5"], ["4/5", "3.5/5"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

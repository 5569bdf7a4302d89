#!/usr/bin/env python3
"""Write eval/unseen7/all.jsonl from the hand-written questions below (one JSON object per line).

Films: MF The Marigold Ferry, SS Salt and Sparrow, CL Cinder Lane, KW Kestrel Winter, MC Moth and the Copper Moon,
VJ The Velvet Junction, CO The Comet Orchard (two reviews by critics who disagree); one comparison also names an
unseen6 film (Glowworm Junction, copied unchanged into reviews/).
"""
import json, os

MF, SS, CL, KW = "The Marigold Ferry", "Salt and Sparrow", "Cinder Lane", "Kestrel Winter"
MC, VJ, CO = "Moth and the Copper Moon", "The Velvet Junction", "The Comet Orchard"
CO_SIDES = ["Sorrel Quill", "Gideon Varga"]   # front-matter review (4.5/5) and plain-text review (two stars)
CO_CAST = ["The acting", "What works", "The story"]
CO_LOOK = ["Sights and sounds", "What works"]
CO_MUSIC = ["Sights and sounds", "What doesn't"]
CO_END = ["The ending"]
CO_PACE = ["Sights and sounds", "Pace"]
ROWS = []

def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)

def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})

K = "aspect paraphrase"
q("does the marigold ferry look nice", K, MF, [], ["looks like a postcard", "four shots of that ferry at dusk", "mist at six in the morning"])
q("what are the tunes like in the marigold ferry", K, MF, [], ["mandolin and a cello", "on repeat"])
q("is the bit at sea in a storm in salt and sparrow intense", K, SS, [], ["genuinely frightening", "I gripped the armrest"])
q("does salt and sparrow drag on", K, SS, [], ["a good twenty minutes too long", "three scenes of people staring at the sea"])
q("how do the blazes look in cinder lane", K, CL, [], ["The fire scenes are insane", "shoots every fire slightly differently"])
q("does cinder lane over-explain stuff", K, CL, [], ["explains too much in the third act", "exists to tell us the rules"])
q("how does kestrel winter sound", K, KW, [], ["The sound design deserves its own award", "wind, and then no wind",
  "bowed metal and a single Hardanger fiddle"])
q("does kestrel winter run out of steam later on", K, KW, [], ["loses altitude", "thins out", "drain the tension"])
q("hows the handmade puppet stuff in moth and the copper moon", K, MC, [],
  ["It looks gorgeous", "tiny handmade jokes", "best sequence of animation"])
q("are the song and dance numbers in the velvet junction any fun", K, VJ, ["The Music", "The Look", "Final Word"],
  ["is a showstopper", "swing so hard the seats shook", "the best thing here"])

K = "actor"
q("who plays the ferryman in the marigold ferry", K, MF, [], ["Elio Farrant"])
q("who plays adele in the marigold ferry", K, MF, [], ["Carla Brandt"])
q("who plays loveday in salt and sparrow", K, SS, [], ["Petra Ashdown"])
q("who plays sparrow", K, SS, [], ["Ned Quill"])
q("who plays the firefighter in cinder lane", K, CL, [], ["Bex Sandoval"])
q("who is the falconer in kestrel winter", K, KW, [], ["Ansel Brandt"])
q("who voices moth", K, MC, [], ["Lila Okoro"])
q("who voices the moon in moth and the copper moon", K, MC, [], ["Bertram Achebe"])
q("who plays mabel in the velvet junction", K, VJ, ["The Story", "Performances"], ["Winifred Ashdown"])
q("who plays june in the comet orchard", K, CO, CO_CAST, ["Minnie Castell"])

K = "crew"
q("who directed the marigold ferry", K, MF, [], ["Bruna Castell"])
q("who directed salt and sparrow", K, SS, [], ["Morwenna Pike"])
q("who shot salt and sparrow", K, SS, [], ["Aled Okafor"])
q("who wrote cinder lane", K, CL, [], ["Keziah Oduya"])
q("who did the synth music in cinder lane", K, CL, [], ["Dario Whitcombe"])
q("who edited kestrel winter", K, KW, [], ["Liv Quayle"])
q("kestrel winter cinematographer", K, KW, [], ["Oskar Vance"])
q("who made moth and the copper moon", K, MC, [], ["Wren Tamblyn"])
q("who wrote the songs for the velvet junction", K, VJ, ["The Music"], ["Marcel Vance"])
q("who composed the comet orchard score", K, CO, CO_MUSIC, ["Anneke Farrant"])

K = "metadata"
q("when did salt and sparrow come out", K, SS, [], ["2025"])
q("how long is salt and sparrow", K, SS, [], ["118 minutes"])
q("how long is cinder lane", K, CL, [], ["1h 47m"])
q("kestrel winter runtime", K, KW, [], ["131 MIN"])
q("where did kestrel winter premiere", K, KW, [], ["Tallinn Black Nights"])
q("what year is moth and the copper moon", K, MC, [], ["2025"])
q("how long is the velvet junction", K, VJ, ["The Problems"], ["two hours and eight minutes"])
q("who reviewed the comet orchard", K, CO, [], ["Sorrel Quill"], CO_SIDES)
q("how long is the comet orchard", K, CO, [], ["99 minutes"])
q("what year is the marigold ferry", K, MF, [], ["2026"])

K = "verdict"
q("is the marigold ferry worth watching", K, MF, [], ["★★★½", "favourites of the year", "Perfect for a rainy Sunday"])
q("salt and sparrow any good", K, SS, [], ["8/10", "I'd recommend it to anyone", "most honest film"])
q("would u recommend cinder lane", K, CL, [], ["7/10", "most original thing I've seen this year"])
q("what did the critic think of kestrel winter", K, KW, [],
  ["as gripping as anything on the festival circuit", "severe, beautiful survival drama", "career-best turn"])
q("moth and the copper moon worth it for the kids?", K, MC, [],
  ["Three stars out of five", "3/5", "A handsome, gentle film with a wobbly middle"])
q("velvet junction good or nah", K, VJ, ["Final Word", "Introduction"], ["absolutely worth it", "Grade: B+"])
q("what grade did the velvet junction get", K, VJ, [], ["B+"])
q("what did sorrel quill give the comet orchard", K, CO, [], ["4.5/5", "Four and a half stars"])
q("what did gideon varga make of the comet orchard", K, CO, [], ["Two stars out of five", "mistakes sugar for feeling"])
q("whats the score on salt and sparrow", K, SS, [], ["8/10"])

K = "yes/no"
q("is the marigold ferry too sweet", K, MF, [], ["Yes, a little", "too sweet"])
q("is salt and sparrow too long", K, SS, [], ["a good twenty minutes too long"])
q("is cinder lane scary", K, CL, [], ["Not really", "tense rather than scary"])
q("does the cat die in cinder lane", K, CL, [], ["the cat lives"])
q("is there a post credits scene in cinder lane", K, CL, [], ["there's a post-credits scene"])
q("is kestrel winter chatty, lots of dialogue?", K, KW, [], ["twelve lines of dialogue", "mostly silent"])
q("is moth and the copper moon ok for a 4 year old", K, MC, [],
  ["My nephew, who is four, was fine", "nothing here will bother a five-year-old"])
q("is haddad convincing as a gangster in the velvet junction", K, VJ, ["Performances"],
  ["never quite convinces as a gangster", "too nice"])
q("is the comet orchard too scary for little kids", K, CO, ["Should you go"], ["nothing frightening beyond a thunderstorm",
  "perfectly gentle"])
q("does the velvet junction have tap dancing", K, VJ, ["Introduction", "The Story", "Performances"],
  ["tap shoes", "she can tap", "dance like a tornado"])

K = "typo"
q("marigld ferry cinematografy", K, MF, [], ["Matteo Okoro", "looks like a postcard"])
q("salt n sparow cast", K, SS, [], ["Petra Ashdown", "Col Marsh", "Ned Quill"])
q("cinder lain ending", K, CL, [], ["Marnie started the first fire", "still devastating", "I think it earns it"])
q("kestral winter directer", K, KW, [], ["Sigrid Haddad"])
q("moth and the coper moon voice cast", K, MC, [], ["Lila Okoro", "Hedda Marsh", "Bertram Achebe", "Wilf Sandoval"])
q("velvit junction musc", K, VJ, ["The Music"], ["Marcel Vance", "showstopper"])
q("comet orchid actng", K, CO, CO_CAST, ["Hollis Greaves", "Minnie Castell", "Oren Achebe"])
q("salt and sparow acents", K, SS, [], ["The accents wander"])
q("kestrel wintr lead performence", K, KW, [], ["career-best turn", "Ansel Brandt"])
q("the comit orchard endng", K, CO, CO_END, ["pure schmaltz", "It is earned", "as moving as anything"])

K = "very short"
q("marigold ferry?", K, MF, [], ["★★★½", "Lake Orta", "Elio Farrant", "Bruna Castell"])
q("salt and sparrow", K, SS, [], ["8/10", "Petra Ashdown", "Cornish fishing village"])
q("cinder lane", K, CL, [], ["7/10", "same house burns down every night", "Bex Sandoval"])
q("kestrel winter verdict", K, KW, [], ["severe, beautiful survival drama", "as gripping as anything"])
q("copper moon", K, MC, [], ["Three stars out of five", "3/5", "Lila Okoro", "stop-motion"])
q("velvet junction songs", K, VJ, ["The Music"], ["Marcel Vance", "showstopper", "Down Below the Trains"])
q("comet orchard", K, CO, [], ["4.5/5", "Two stars out of five", "Tove Lindqvist", "meteorite"])
q("marigold ferry music", K, MF, [], ["Lidia Quayle", "mandolin and a cello"])
q("cinder lane dp", K, CL, [], ["Ines Castell"])
q("kestrel winter cast", K, KW, [], ["Ansel Brandt", "Maja Lindqvist", "Tor Achebe"])

K = "no film named"
q("who plays lottie vane", K, VJ, ["The Story", "Performances"], ["Noa Reyes"])
q("who voices granny lamplight", K, MC, [], ["Hedda Marsh"])
q("which film has a falconer stuck in a storm", K, KW, [], ["Kestrel Winter"], ["Kestrel Winter"])
q("the movie where the same house burns down every night, is it good", K, CL, [], ["7/10", "most original thing"],
  ["Cinder Lane"])
q("who plays the scientist in the meteorite movie", K, CO, CO_CAST, ["Oren Achebe"])
q("that cornish fishing film, who directed it", K, SS, [], ["Morwenna Pike"])
q("who plays nico the ferryman", K, MF, [], ["Elio Farrant"])
q("who voices the beetle tack", K, MC, [], ["Wilf Sandoval"])
q("which movie is set in a chicago speakeasy", K, VJ, ["Introduction", "The Story"], ["The Velvet Junction"],
  ["The Velvet Junction"])
q("who plays runa", K, KW, [], ["Maja Lindqvist"])

K = "film not stored"
no("is oppenheimer worth watching", K)
no("who directed the godfather", K)
no("spirited away any good for kids", K)
no("what did critics think of parasite", K)
no("the marigold barge rating", K)
no("who plays the skipper in salt and swallow", K)
no("cinder street ending explained", K)
no("kestrel summer runtime", K)
no("is the velvet crossing worth it", K)
no("who's in the comet vineyard", K)

K = "unanswerable"
no("how long is the marigold ferry", K, MF)
no("who wrote the marigold ferry", K, MF)
no("who edited salt and sparrow", K, SS)
no("what score did kestrel winter get", K, KW)
no("who did the cinematography on moth and the copper moon", K, MC)
no("how much did cinder lane cost to make", K, CL)
no("who designed the costumes in the velvet junction", K, VJ)
no("is salt and sparrow on netflix", K, SS)
no("did the comet orchard win any awards", K, CO)
no("what is the age rating for kestrel winter", K, KW)

K = "pros/cons"
q("whats good and bad about the marigold ferry", K, MF, [],
  ["The lake itself", "Farrant is wonderful", "harbourmaster subplot goes nowhere", "lean so hard on coincidence"])
q("marigold ferry downsides", K, MF, [], ["harbourmaster subplot goes nowhere", "a bit too modern",
  "oddly choppy in the town scenes", "lean so hard on coincidence"])
q("best things about salt and sparrow", K, SS, [], ["Ashdown is the reason to see it", "genuinely frightening",
  "sharp about money"])
q("what's wrong with salt and sparrow", K, SS, [], ["The accents wander", "developer subplot is thin",
  "twenty minutes too long"])
q("cinder lane pros and cons", K, CL, [], ["Sandoval is incredible", "The fire scenes are insane",
  "explains too much in the third act", "the middle drags a bit"])
q("what did the reddit guy not like about cinder lane", K, CL, [], ["explains too much in the third act",
  "the middle drags a bit", "basically the same beat"])
q("strengths of kestrel winter", K, KW, [], ["career-best turn", "Craft contributions are outstanding",
  "sound design deserves its own award"])
q("weak points of kestrel winter", K, KW, [], ["the film loses altitude", "the town scenes are conventional",
  "feels imported from a different film"])
q("moth and the copper moon the good and the bad", K, MC, [], ["It looks gorgeous",
  "doesn't know what to do after the launch", "neither scary nor funny"])
q("what's the problem with moth and the copper moon", K, MC, [], ["doesn't know what to do after the launch",
  "never builds", "neither scary nor funny", "land with a thud"])
q("velvet junction negatives", K, VJ, ["The Problems"], ["too long", "tone lurches", "get dropped without a word",
  "is abrupt"])
q("what works in the velvet junction", K, VJ, ["The Music", "Performances", "The Look"],
  ["the best thing here", "a star in the making", "steals every scene"])
q("comet orchard flaws", K, CO, ["Quibbles", "What doesn't", "Pace"], ["nosy neighbour", "look a bit cheap",
  "hits every beat you expect", "never stops telling you what to feel", "drags badly"])
q("what's great about the comet orchard", K, CO, ["The acting", "Sights and sounds", "What works", "A small miracle"],
  ["magnificent as Abe", "The kid is terrific", "often beautiful", "glow like the inside of a lantern"])
q("kestrel winter good stuff vs bad stuff", K, KW, [], ["career-best turn", "loses altitude",
  "Craft contributions are outstanding"])
q("salt and sparrow likes and dislikes", K, SS, [], ["Ashdown is the reason to see it", "The accents wander"])

K = "disagreement"
q("do the critics agree on the comet orchard", K, CO, [], ["4.5/5", "Four and a half stars", "Two stars out of five"],
  CO_SIDES)
q("do the reviewers agree about the comet orchard's music", K, CO, CO_MUSIC,
  ["loved every note", "felt bullied rather than moved", "never stops telling you what to feel"], CO_SIDES)
q("is the ending of the comet orchard good, do they agree", K, CO, CO_END, ["It is earned", "pure schmaltz"], CO_SIDES)
q("do both reviews think the comet orchard is too slow", K, CO, CO_PACE,
  ["never outstays its welcome", "it feels longer", "drags badly"], CO_SIDES)
q("do the critics agree on the kid in the comet orchard", K, CO, CO_CAST,
  ["best child performances", "The kid is terrific"])
q("do the critics agree on how the comet orchard looks", K, CO, CO_LOOK,
  ["often beautiful", "glow like the inside of a lantern", "looks like a painting"])
q("do they agree on the scientist guy in the comet orchard", K, CO, ["The acting", "What doesn't"],
  ["real warmth", "cuddly uncle with no explanation"], CO_SIDES)
q("does everyone like hollis greaves in the comet orchard", K, CO, ["The acting", "What doesn't", "What works"],
  ["magnificent as Abe", "staring into the middle distance"], CO_SIDES)
q("is the comet orchard script good, critics split?", K, CO, ["The story", "What doesn't"],
  ["keeps the mystery small and human", "never once surprises you"], CO_SIDES)
q("which comet orchard reviewer didnt like it", K, CO, [], ["Two stars out of five", "mistakes sugar for feeling"],
  ["Gideon Varga"])
q("which critic gave the comet orchard four and a half stars", K, CO, [], ["4.5/5", "Four and a half stars"],
  ["Sorrel Quill"])
q("did both critics cry at the comet orchard", K, CO, ["A small miracle", "The ending"],
  ["make me cry three times", "I was looking at my watch"], CO_SIDES)
q("comet orchard too sappy or not, do the reviews differ", K, CO, [],
  ["mistakes sugar for feeling", "pure schmaltz", "unashamedly emotional"], CO_SIDES)
q("do the comet orchard reviewers agree its ok for kids", K, CO, ["Verdict", "Should you go"],
  ["Take your kids", "Younger children will probably enjoy it"])
q("which comet orchard critic liked the ending", K, CO, CO_END, ["It is earned", "as moving as anything"],
  ["Sorrel Quill"])
q("did everyone like the cinder lane ending", K, CL, [], ["Some people in my screening hated it", "I think it earns it"])

K = "comparison"
q("which is longer, salt and sparrow or cinder lane", K, SS, [], ["118 minutes"], ["118 minutes", "1h 47m"])
q("which is shorter, moth and the copper moon or the comet orchard", K, MC, [], ["84 minutes"],
  ["84 minutes", "99 minutes"])
q("which is longer, kestrel winter or the velvet junction", K, KW, [], ["131 MIN"],
  ["131 MIN", "two hours and eight minutes"])
q("which came out first, salt and sparrow or cinder lane", K, SS, [], ["2025"], ["2025", "2026"])
q("which is rated higher, salt and sparrow or cinder lane", K, SS, [], ["8/10"], ["8/10", "7/10"])
q("moth and the copper moon or cinder lane for a 6 year old", K, MC, [], ["nothing here will bother a five-year-old"],
  [MC, CL])
q("which is more romantic, the marigold ferry or kestrel winter", K, MF, [], ["fall in love slowly"], [MF, KW])
q("which is scarier, cinder lane or moth and the copper moon", K, CL, [], ["tense rather than scary",
  "burn makeup shot", "The fire scenes are insane"], [CL, MC])
q("which is longer, the comet orchard or salt and sparrow", K, SS, [], ["118 minutes"], ["118 minutes", "99 minutes"])
q("is cinder lane longer than the velvet junction", K, VJ, ["The Problems"], ["two hours and eight minutes"],
  ["two hours and eight minutes", "1h 47m"])
q("which came out first, moth and the copper moon or the comet orchard", K, MC, [], ["2025"], ["2025", "2026"])
q("which is better for a family movie night, the comet orchard or kestrel winter", K, CO, [],
  ["Take your kids", "perfectly gentle"], [CO, KW])
q("which is funnier, moth and the copper moon or kestrel winter", K, MC, [], ["tiny handmade jokes"], [MC, KW])
q("which is longer, cinder lane or the comet orchard", K, CL, [], ["1h 47m"], ["1h 47m", "99 minutes"])
q("which has better dancing, the velvet junction or glowworm junction", K, VJ, ["Introduction", "The Story", "The Look"],
  ["dance like a tornado", "as if it were dancing too"], [VJ, "Glowworm Junction"])
q("which is rated higher, moth and the copper moon or the marigold ferry", K, MF, [], ["★★★½"], ["★★★½", "3/5"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

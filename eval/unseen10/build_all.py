#!/usr/bin/env python3
"""Write eval/unseen10/all.jsonl from the hand-written questions below (one JSON object per line).

New films: EV Endgame at Varna (newspaper capsule with a credits line), AV Aldervane (two reviews by critics who
disagree: Theodora Quince's second-person review, 4.5/5, and Bernard Ilesanmi's letter to a friend, "Two and a half
stars"), AD Arclight Division (accessibility-first review), PV The Pickled Vicar (YouTube video description with
chapters), RN Rumba Nocturne (shop customer review of the Blu-ray), SV Seventeen Verandas ("Stream It or Skip It"
column with bold labels), MM The Mistletoe Mutiny (live blog, newest entry first). About 17 questions are about films
of eval/unseen9 (copied unchanged into reviews/): The Ninth Lock, Little Furnace, Two Left Hands, Cobalt Summer,
The Skarvik Winters, Meridian Road.
"""
import json, os

EV, AV, AD, PV = "Endgame at Varna", "Aldervane", "Arclight Division", "The Pickled Vicar"
RN, SV, MM = "Rumba Nocturne", "Seventeen Verandas", "The Mistletoe Mutiny"
# unseen9 films
NL, LF, TL, CS, SW, MR = ("The Ninth Lock", "Little Furnace", "Two Left Hands", "Cobalt Summer",
                          "The Skarvik Winters", "Meridian Road")
AV_SIDES = ["Theodora Quince", "Bernard Ilesanmi"]   # second-person .md (4.5/5) and letter .txt (two and a half stars)
CS_SIDES = ["Delia Okafor", "Wes Tolliver"]          # Cobalt Summer: 4 stars and 2 stars
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("is the chess in endgame at varna accurate or just made up", K, EV, [], ["the positions on the boards are real"])
q("does endgame at varna look good", K, EV, [],
  ["brown, cramped and lit by forty-watt bulbs", "the film suddenly breathes"])
q("how does aldervane look", K, AV, [],
  ["shoots the white-out", "the snow has a hundred colours", "photography is the best thing in it"])
q("can you follow the fights in arclight division or is it all shaky cam", K, AD, ["The film itself"],
  ["clear and never shaky"])
q("how loud is arclight division", K, AD, ["Flashing lights and loud sound", "The film itself"],
  ["very loud", "sudden bass", "as loud as the explosions"])
q("are the gross out effects in the pickled vicar practical or cgi", K, PV, [],
  ["The practical effects are disgusting in the best way", "real brine, real onions"])
q("hows the dancing in rumba nocturne", K, RN, [],
  ["The dancing is why you buy it", "fast, sexy and never cut to ribbons"])
q("is the story of rumba nocturne original at all", K, RN, [],
  ["every backstage musical you have ever seen", "You can guess the rest"])
q("does seventeen verandas move slowly", K, SV, [],
  ["Patience is also the problem", "drags badly", "could lose half an hour"])
q("what does the music sound like in seventeen verandas", K, SV, [],
  ["has no score at all", "the only music is what comes out of the pianos"])
q("does 1984 look right in the mistletoe mutiny", K, MM, [],
  ["The period detail is lovely", "shell suits and Woolworths carrier bags"])
q("does little furnace look handmade", K, LF, [], ["Every frame is handmade", "fingerprints in the clay"])

K = "actor"
q("who plays the grandmaster in endgame at varna", K, EV, [], ["Dario Venturelli"])
q("who plays the minder in endgame at varna", K, EV, [], ["Anouk Velden"])
q("whos the hotel porter guy in endgame at varna", K, EV, [], ["Grigor Tashev"])
q("who plays kirsty in aldervane", K, AV, [], ["Isla Rennick"])
q("who plays the missing girl in aldervane", K, AV, ["The people you'll climb with"], ["Ada Quarrie"])
q("who plays the engineer in arclight division", K, AD, ["The film itself"], ["Petra Dunsany"])
q("who is the villain in arclight division", K, AD, ["The film itself"], ["Kasimir Dolan", "Everett Stroud"])
q("who plays the churchwarden in the pickled vicar", K, PV, [], ["Mags Ellerby"])
q("who plays dulce in rumba nocturne", K, RN, [], ["Valeria Solano"])
q("who plays the piano tuner in seventeen verandas", K, SV, [], ["Artur Medeiros"])
q("who plays the head santa in the mistletoe mutiny", K, MM, [], ["Reg Ashmore"])
q("who plays the safecracker in the ninth lock", K, NL, [], ["Ike Adebanjo"])

K = "crew"
q("who directed endgame at varna", K, EV, [], ["Marit Oblonsky"])
q("who wrote endgame at varna", K, EV, [], ["Benedek Harsanyi"])
q("who did the music for aldervane", K, AV, [], ["Seonaid Clachan"])
q("who shot aldervane", K, AV, [], ["Tove Brannstrom"])
q("who is the director of arclight division", K, AD, ["The film itself"], ["Rhiannon Pask"])
q("who edited arclight division", K, AD, ["The film itself"], ["Farida Kassim"])
q("who composed the score for the pickled vicar", K, PV, [], ["Ffion Gravell"])
q("who did the choreography in rumba nocturne", K, RN, [], ["Yanet Olivera"])
q("who was the cinematographer on seventeen verandas", K, SV, [], ["Mateus Quental"])
q("who edited seventeen verandas", K, SV, [], ["Ilse Brodersen"])
q("who wrote the mistletoe mutiny", K, MM, [], ["Ellis Grundy"])
q("who edited two left hands", K, TL, [], ["Bettina Kroll"])
q("who did the music in the ninth lock", K, NL, [], ["Leif Castellanos"])

K = "metadata"
q("who reviewed endgame at varna", K, EV, [], ["Lionel Aptekar"])
q("how long is endgame at varna", K, EV, [], ["112 min"])
q("what is endgame at varna rated", K, EV, [], ["PG-13"])
q("who reviewed aldervane", K, AV, [], AV_SIDES, AV_SIDES)
q("how long is aldervane", K, AV, [], ["two hours and fourteen minutes", "134 minutes"])
q("aldervane age rating", K, AV, [], ["12A"])
q("arclight division runtime", K, AD, ["At a glance", "Breaks and comfort"], ["142 minutes"])
q("what rating did arclight division get", K, AD, ["Ratings"], ["3/5"])
q("who made the review video for the pickled vicar", K, PV, [], ["Gethin Morfydd"])
q("how many stars did rumba nocturne get", K, RN, [], ["4.0 out of 5 stars", "Four stars"])
q("how long is seventeen verandas", K, SV, [], ["131 minutes"])
q("who reviewed the mistletoe mutiny", K, MM, [], ["Dorcas Pennyfeather"])
q("how long is the skarvik winters", K, SW, [], ["97 min"])
q("what year did the pickled vicar come out", K, PV, [], ["2026"])

K = "verdict"
q("is endgame at varna worth seeing", K, EV, [],
  ["Critic's Pick", "the tensest two hours of the season", "as gripping as any heist"])
q("is aldervane good", K, AV, [], ["Four and a half stars", "Two and a half stars", "probably not"], AV_SIDES)
q("should i see arclight division", K, AD, ["The film itself", "Ratings"], ["fun, noisy ride", "The film: 3/5"])
q("is the pickled vicar worth it", K, PV, [],
  ["Go with friends and go late", "Final score: 7/10", "the funniest horror film of the year"])
q("rumba nocturne good or nah", K, RN, [], ["five for the dancing, two for the story", "I don't regret it"])
q("should i stream seventeen verandas or skip it", K, SV, [], ["STREAM IT", "It deserves better than burial"])
q("whats the verdict on the mistletoe mutiny", K, MM, [],
  ["warm, silly, slightly too long Christmas comedy", "Three stars"])
q("is the ninth lock worth watching", K, NL, [], ["very hard to beat", "A tidy, satisfying heist thriller"])
q("verdict on two left hands?", K, TL, [],
  ["one of the most loved documentaries of the year", "Rating: 8.5/10"])
q("is cobalt summer worth seeing", K, CS, [], ["Four stars", "Two stars"], CS_SIDES)

K = "yes/no"
q("do i need to know chess to enjoy endgame at varna", K, EV, [], ["never makes you feel stupid"])
q("does the helicopter in aldervane look real", K, AV, [],
  ["obviously computer-generated", "looks like it escaped from a video game"])
q("is there a mid credits scene in arclight division", K, AD, ["At a glance", "The film itself"],
  ["Mid-credits scene: yes", "the mid-credits scene is just an advert for a sequel"])
q("is arclight division safe for someone with epilepsy", K, AD, ["Flashing lights and loud sound", "At a glance"],
  ["strobing white arcs", "Flashing lights: severe", "sat the final battle out"])
q("does arclight division have captions", K, AD, ["Captions and subtitles", "At a glance"],
  ["Captioned screenings: yes", "The captions are accurate and well timed"])
q("is the pickled vicar scary", K, PV, [], ["honestly, not really", "this is a comedy first"])
q("does the rumba nocturne blu ray have subtitles for the songs", K, RN, [],
  ["only for the dialogue, not the Spanish songs"])
q("is there nudity in seventeen verandas", K, SV, [], ["argue in their underwear", "as racy as it gets"])
q("is there a post credits scene in the mistletoe mutiny", K, MM, [], ["No post-credits scene"])
q("is the mistletoe mutiny ok for kids", K, MM, [], ["Take the kids", "it's a PG"])
q("is little furnace ok for little kids", K, LF, [], ["yes it's suitable for little ones"])

K = "typo"
q("endgame at varan cast", K, EV, [], ["Dario Venturelli", "Anouk Velden", "Grigor Tashev"])
q("endgme at varna ending", K, EV, [], ["the last ten minutes are rushed", "final dawn on the beach"])
q("aldervne avalanche scene", K, AV, [], ["one unbroken take", "filmed in one take"])
q("arclite division content warnings", K, AD, ["Content warnings"], ["Death of a parent"])
q("arclight divison toilet break", K, AD, ["Breaks and comfort"], ["farmhouse flashback"])
q("pickeled vicar jokes", K, PV, [], ["wall-to-wall laughs"])
q("the pickled vicer plot", K, PV, [], ["giant jar of pickling brine"])
q("rhumba nocturne soundtrack", K, RN, [], ["Tito Barrameda", "mixes old son and mambo"])
q("seventeen verrandas best scene", K, SV, [], ["he tunes while she talks and neither listens"])
q("mistletow mutiny romance", K, MM, [], ["the dullest thing in the film"])
q("the mistletoe mutany best bit", K, MM, [], ["picket line outside the store"])
q("aldervane plot whats it abuot", K, AV, [], ["mountain rescue", "gone up Aldervane alone"])
q("meridan road director", K, MR, [], ["Tamar Greaves"])

K = "very short"
q("varna runtime", K, EV, [], ["112 min"])
q("varna music", K, EV, [], ["Tomasz Wielgosz", "ticking clocks and a lone cimbalom"])
q("aldervane rating?", K, AV, [], ["4.5/5", "Four and a half stars", "Two and a half stars"], AV_SIDES)
q("arclight division swearing?", K, AD, ["Content warnings"], ["moderate swearing"])
q("arclight audio description?", K, AD, ["At a glance"], ["Audio description: yes"])
q("pickled vicar cast", K, PV, [], ["Mags Ellerby", "Toby Ramsbottom", "Harriet-Rose Akintola"])
q("pickled vicar gore", K, PV, [], ["disgusting in the best way", "real brine, real onions"])
q("rumba nocturne extras?", K, RN, [], ["director's commentary", "40-minute making-of"])
q("seventeen verandas plot", K, SV, [], ["tune every piano on his round one last time", "his hearing is going"])
q("mistletoe mutiny music", K, MM, [], ["Noel Fairhurst", "full sleigh bells"])
q("ninth lock length", K, NL, [], ["94 minutes"])

K = "no film named"
q("the chess movie set in bulgaria, any good?", K, EV, [], ["Critic's Pick", "the tensest two hours of the season"],
  [EV])
q("whats the mountain rescue film called", K, AV, [], ["Aldervane"], [AV])
q("which film has a deaf character who signs", K, AD, ["Captions and subtitles"], ["signs in BSL"], [AD])
q("the one where the vicar gets pickled, who made it", K, PV, [], ["Barnaby Thwaite"], [PV])
q("that havana dance movie, is the blu ray any good", K, RN, [], ["the picture is beautiful", "5.1 sound"], [RN])
q("the portuguese film about the piano tuner, how long is it", K, SV, [], ["131 minutes"], [SV])
q("the christmas one with the santas on strike, is it for kids", K, MM, [], ["Take the kids", "it's a PG"], [MM])
q("which film has loads of flashing lights", K, AD, ["Flashing lights and loud sound", "At a glance"],
  ["strobing white arcs", "Flashing lights: severe"], [AD])
q("the musical set in cuba in 1957, who's the lead", K, RN, [], ["Valeria Solano"], [RN])
q("the film where power line workers get superpowers, who stars", K, AD, ["The film itself"], ["Jalen Whitacre"],
  [AD])
q("the documentary about the old piano twins, whats it called", K, TL, [], ["Two Left Hands"], [TL])
q("the stop motion one about a fire sprite, whos the voice", K, LF, [], ["Lila Brennan"], [LF])

K = "film not stored"
no("is the godfather good", K)
no("what did the reviewer think of jaws", K)
no("is die hard a good christmas movie", K)
no("endgame at sofia cast", K)
no("aldervale ending", K)
no("the pickled curate review", K)
no("the mistletoe mayhem ok for kids?", K)
no("rumba serenade music", K)
no("is the long scramble good", K)
no("whats sugarcane serenade about", K)
no("review of the tram to alfama", K)
no("reindeer court any good", K)

K = "unanswerable"
no("who edited endgame at varna", K, EV)
no("what year did endgame at varna come out", K, EV)
no("who edited aldervane", K, AV)
no("who wrote arclight division", K, AD)
no("who edited the pickled vicar", K, PV)
no("how long is the pickled vicar", K, PV)
no("what is the pickled vicar rated", K, PV)
no("who was the cinematographer on rumba nocturne", K, RN)
no("who edited rumba nocturne", K, RN)
no("what age rating is seventeen verandas", K, SV)
no("who shot the mistletoe mutiny", K, MM)
no("what was the budget of the ninth lock", K, NL)

K = "pros/cons"
q("whats wrong with endgame at varna", K, EV, [],
  ["romance with a Dutch journalist is thin", "the last ten minutes are rushed", "drawn in thick marker pen"])
q("best things about endgame at varna", K, EV, [], ["the adjournment scene", "Grigor Tashev steals every scene"])
q("what did the critics dislike about aldervane", K, AV, [],
  ["obviously computer-generated", "a couple of lines in the first act are clunky", "she frowns for two hours",
   "The dialogue is dreadful"])
q("whats good about aldervane", K, AV, [],
  ["the avalanche sequence", "photography is the best thing in it", "the performance of her life"])
q("arclight division pros and cons", K, AD, ["The film itself"],
  ["steals the film", "is a cartoon", "runs out of ideas by the hour mark"])
q("what didnt work in the pickled vicar", K, PV, [],
  ["the third act in the cathedral runs out of steam", "three too many vomit gags", "the bishop's nephew goes nowhere"])
q("what are the downsides of rumba nocturne", K, RN, [],
  ["The story is the problem", "cardboard villain", "ending is also very abrupt"])
q("problems with seventeen verandas", K, SV, [],
  ["Some verandas are much weaker than others", "drags badly", "feels like it belongs to a louder film"])
q("what works in the mistletoe mutiny", K, MM, [],
  ["picket line outside the store", "a real find", "The period detail is lovely"])
q("mistletoe mutiny negatives", K, MM, [],
  ["The romance between Gemma and the stockroom boy", "Middle section dragging", "exactly as sentimental as you'd fear"])
q("cobalt summer pros and cons", K, CS, ["Pros and Cons"],
  ["Three leads with real chemistry", "A baggy middle section at the wedding"])
q("what are the flaws of two left hands", K, TL, [], ["skates over the harder parts", "drift a little"])

K = "disagreement"
q("do the aldervane reviews agree on isla rennick", K, AV, [],
  ["the performance of her life", "she frowns for two hours"], AV_SIDES)
q("is the aldervane music good, reviews seem split", K, AV, [],
  ["you will want the soundtrack", "the music never shuts up"], AV_SIDES)
q("is aldervane too long", K, AV, [], ["never feels its length", "felt like four hours"], AV_SIDES)
q("do the critics like the ending of aldervane", K, AV, [], ["earned every tear", "the ending is a cheat"], AV_SIDES)
q("what do the two reviewers think of the brother plot in aldervane", K, AV, [],
  ["the heart of the film", "pure soap opera"], AV_SIDES)
q("do they agree about the dialogue in aldervane", K, AV, [],
  ["keeps the talk short and practical", "The dialogue is dreadful"], AV_SIDES)
q("which aldervane review is more positive", K, AV, [], ["4.5/5", "Four and a half stars"], ["Theodora Quince"])
q("which critic didnt like aldervane", K, AV, [], ["probably not", "Two and a half stars"], ["Bernard Ilesanmi"])
q("what do both aldervane reviewers agree on", K, AV, [], ["the avalanche", "Brannstrom"], AV_SIDES)
q("which aldervane reviewer thought the music was too much", K, AV, [], ["paid by the note", "swelling fiddles"],
  ["Bernard Ilesanmi"])
q("is the bothy argument in aldervane any good", K, AV, [],
  ["best-written scene of the year", "made my nephew laugh out loud"], AV_SIDES)
q("do the cobalt summer reviews disagree about the score", K, CS, [], ["is a delight", "grated within minutes"],
  CS_SIDES)

K = "comparison"
q("which is longer, endgame at varna or arclight division", K, AD, [], ["142 minutes"], ["142 minutes", "112 min"])
q("which is shorter, the mistletoe mutiny or seventeen verandas", K, MM, [], ["97 minutes"],
  ["97 minutes", "131 minutes"])
q("which is better for kids, the mistletoe mutiny or the pickled vicar", K, MM, [], ["Take the kids", "it's a PG"])
q("which is scarier, the pickled vicar or the mistletoe mutiny", K, PV, [],
  ["one very good jump scare", "genuinely creepy shot of the jar"])
q("which got the higher score, the pickled vicar or the mistletoe mutiny", K, PV, [], ["7/10"], ["7/10", "★★★"])
q("which came out first, rumba nocturne or seventeen verandas", K, RN, [], ["2025"], ["2025", "2026"])
q("is arclight division longer than aldervane", K, AD, [], ["142 minutes"], ["142 minutes", "134 minutes"])
q("which rated better, arclight division or rumba nocturne", K, RN, [], ["4.0 out of 5 stars", "Four stars"],
  ["3/5"])
q("which is funnier, the pickled vicar or endgame at varna", K, PV, [],
  ["wall-to-wall laughs", "the funniest horror film of the year"])
q("which is longer, seventeen verandas or two left hands", K, SV, [], ["131 minutes"], ["131 minutes", "91 min"])
q("which is shorter, the ninth lock or the mistletoe mutiny", K, NL, [], ["94 minutes"], ["94 minutes", "97 minutes"])
q("which is longer, endgame at varna or the skarvik winters", K, EV, [], ["112 min"], ["112 min", "97 min"])
q("better for small children, little furnace or arclight division", K, LF, [], ["suitable for little ones"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

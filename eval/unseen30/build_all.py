#!/usr/bin/env python3
"""Write eval/unseen30/all.jsonl from the hand-written questions below (one JSON object per line).

New films: SW Swarf (two reviews that disagree: an auction-house lot description, Markdown with front matter
`released/film/critic/outlet/stars`, an italic sale line and `##` headings, by Sholto Shirtcliffe, "Cataloguer's
rating: four stars out of five", and an answerphone transcript, plain text with no headings, by Jeannie Cawood, "Two
out of five"; no editor), CR Cria (an animal-rescue rehoming profile, plain text with label lines and a few heading
lines, "Rehoming rating: four out of five", no cinematographer), BW Bullwheel (a how-to article in numbered steps,
plain text with "Method 1 of 3: ..." headings, "Tips", "Warnings" and "Things You'll Need", "three stars out of five",
no writer), SN Snickelway (a flowchart, Markdown with no front matter, `# Snickelway`, an italic line and `##` boxes,
"Two and a half stars out of five", no composer), VE Vespiary (a collectors' trump card, Markdown with front matter
`film/score/author/outlet`, a stats table and `##` headings, "6/10", no editor), QU Quirt (a WANTED poster, plain text
with capitalised heading lines, "FOUR STARS OUT OF FIVE", no writer), HD Highdown (a project status report, Markdown
with front matter `title/reviewer/source/rating`, `# Highdown`, a RAG table and `##` headings, "9/10", no composer).
About 16 questions are about two films of the earlier sets (copied unchanged into reviews/ with all of
eval/unseen29/reviews): The Borrowed Winter and Mossback.
"""
import json, os

SW, CR, BW, SN = "Swarf", "Cria", "Bullwheel", "Snickelway"
VE, QU, HD = "Vespiary", "Quirt", "Highdown"
# films of the earlier sets (copied unchanged)
BO, MB = "The Borrowed Winter", "Mossback"
SW_SIDES = ["Shirtcliffe", "Cawood"]  # the lot description swarf-shirtcliffe.md (4/5), the answerphone swarf.txt (2/5)
# plain-text heading lines of cria.txt
C_ABOUT, C_PEOPLE, C_LIKE, C_HOME = "About me", "My people", "What I am like", "My ideal home"
# plain-text heading lines of bullwheel.txt
B_M1, B_M2, B_M3 = ("Method 1 of 3: Know What You Are Getting Into", "Method 2 of 3: Cope with the Cold",
                    "Method 3 of 3: Decide Whether to Stay to the End")
B_WARN = "Warnings"
# ## headings of snickelway.md
N_START, N_B1, N_B2, N_B3, N_B4, N_VERD = ("START HERE", "BOX 1: Do you like York?",
                                           "BOX 2: Do you need to believe the couple?",
                                           "BOX 3: Can you sit through a slow middle?",
                                           "BOX 4: Would you rather watch something else?", "VERDICT")
# ## headings of vespiary.md
V_FILM, V_FOR, V_AGAINST, V_ABILITY, V_WEAK = ("The film", "Play this card against", "Do not play it against",
                                               "Special ability", "Weakness")
# plain-text heading lines of quirt.txt
Q_DESC, Q_ACC, Q_CRIMES, Q_REWARD = "DESCRIPTION OF THE ACCUSED", "THE ACCOMPLICES", "KNOWN CRIMES", "REWARD"
# ## headings of highdown.md
H_SUM, H_RAG, H_ACH, H_RISK, H_DEC = ("Summary", "RAG status by workstream", "Achievements this period",
                                      "Risks and issues", "Decisions required")
# plain-text heading lines of mossback.txt (old file); the-borrowed-winter.txt has none
M_GOOD, M_BAD, M_BOTTOM = "The Good", "The Bad", "The Bottom Line"
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("whats swarf about", K, SW, [],
  ["Lilian is nineteen and a buffer girl", "a buffer girl called Lilian takes over her dad's grinding wheel"])
q("how does swarf look", K, SW, [],
  ["Godric Revill's photography is a marvel", "It looks gorgeous, I'll give it that"])
q("what is cria about", K, CR, [C_ABOUT],
  ["a widowed dairy farmer who is one bad winter from selling up", "leaves him eleven alpacas in her will"])
q("are the animals in cria any good", K, CR, [C_LIKE], ["The alpacas are real, not computer ones, and it shows"])
q("whats bullwheel about", K, BW, [], ["Four people are left hanging on a broken chairlift overnight"])
q("how is the camerawork in bullwheel", K, BW, [B_M2], ["Roswitha Lazenby's photography makes the cold feel real"])
q("what is snickelway about", K, SN, [N_B1],
  ["runs the oldest ghost walk in York", "the two must share a route for a month"])
q("hows the chemistry in snickelway", K, SN, [N_B2],
  ["The sparks all come from her side", "Ormond Cleasby is handsome wallpaper"])
q("whats vespiary about", K, VE, [V_FILM],
  ["the wasps are the size of ponies", "something has been growing in the old lime kilns behind the church"])
q("are the effects good in vespiary", K, VE, [V_FOR], ["The wasps are the best thing here by a country mile"])
q("whats quirt about", K, QU, [Q_DESC],
  ["watches Zadok Blevins and his men hang her husband", "goes after them with a bounty hunter's papers"])
q("what is highdown about", K, HD, [H_SUM], ["test-fired the engines of Britain's Black Arrow rocket"])
q("how is the music in the borrowed winter", K, BO, [],
  ["The score by Jarek Novak is mostly low strings and a ticking piano figure",
   "effective but a touch too insistent in the final act"])

K = "actor"
q("who plays lilian in swarf", K, SW, [], ["Marlene Hinchliffe as Lilian Staniforth", "Marlene Hinchliffe plays Lilian"])
q("who plays the dad in swarf", K, SW, [], ["Ingram Bastow as her father Clarence", "Ingram Bastow as the dad"])
q("who plays the farmer in cria", K, CR, [C_PEOPLE], ["Ninian Voaden plays Wilbur"])
q("who plays the granddaughter in cria", K, CR, [C_PEOPLE], ["Clio Northcott, who plays Jowena"])
q("who plays the snowboard instructor in bullwheel", K, BW, [B_M1], ["Tova Ballantyne plays Euna Dalgarno"])
q("who plays the teenager in bullwheel", K, BW, [B_M1], ["Rufina Yelland is Tibbie Grassick"])
q("who plays valerie in snickelway", K, SN, [N_B1], ["Valerie Raistrick (Persephone Brear)"])
q("who plays the nan in snickelway", K, SN, [N_B3], ["Dame Sidony Ackworth as Nana Dinsdale"])
q("who plays dinah in vespiary", K, VE, [V_AGAINST], ["Ione Loades is game and likeable as Dinah"])
q("who plays the villain in quirt", K, QU, [Q_ACC], ["Boone Kettleman as Zadok Blevins"])
q("who plays lorena in quirt", K, QU, [Q_ACC], ["Adelia Strobridge as Lorena"])
q("who plays the chief engineer in highdown", K, HD, [H_RAG], ["Rainald Morey, as the chief engineer Raymond Jolliffe"])
q("who plays the widow in the borrowed winter", K, BO, [], ["played with icy good manners by Rosalind Tey"])

K = "crew"
q("who directed swarf", K, SW, [], ["directed by Kester Ibbotson"])
q("who wrote swarf", K, SW, [], ["from a screenplay by Beattie Furniss", "written by Beattie Furniss"])
q("who did the music for swarf", K, SW, [], ["Malvina Pitchford's score"])
q("who directed cria", K, CR, [C_PEOPLE], ["Diggory Chowne directed me"])
q("who did the music in cria", K, CR, [C_LIKE], ["Aino Lethbridge's music"])
q("who directed bullwheel", K, BW, [], ["It was directed by Ruaraidh Birrell"])
q("who edited bullwheel", K, BW, [B_M3], ["Wendel Ackrill's editing"])
q("who wrote snickelway", K, SN, [N_START], ["from a script by Hamnet Scoggins"])
q("who directed vespiary", K, VE, [V_FILM], ["Marmaduke Jex directed it"])
q("who did the music for vespiary", K, VE, [V_FOR], ["Damask Thirtle's score buzzes"])
q("who shot quirt", K, QU, [Q_ACC], ["Consolata Gatling, cinematographer"])
q("who directed highdown", K, HD, [H_SUM], ["directed by Jerrold Urry"])
q("who wrote mossback", K, MB, [M_BAD], ["The story, written by Perpetua Dunn"])

K = "metadata"
q("how long is swarf", K, SW, [], ["121 minutes"])
q("what is swarf rated", K, SW, [], ["certificate 12A", "The certificate is 12A"])
q("who reviewed swarf", K, SW, [], ["Sholto Shirtcliffe", "Jeannie Cawood"], SW_SIDES)
q("how long is cria", K, CR, [], ["Size: 89 minutes"])
q("what is cria rated", K, CR, [], ["rated PG"])
q("bullwheel runtime", K, BW, [], ["94 minutes long"])
q("who reviewed bullwheel", K, BW, [], ["Kirstine Gurney"])
q("how long is snickelway", K, SN, [N_START], ["It runs 103 minutes"])
q("what year is vespiary from", K, VE, [], ["Vespiary (UK, 2026)"])
q("what is quirt rated", K, QU, [Q_DESC], ["rated 15 and running 117 minutes"])
q("who reviewed quirt", K, QU, [], ["Luella Brisbin"])
q("how long is highdown", K, HD, [H_SUM], ["109 minutes long"])
q("how long is the borrowed winter", K, BO, [], ["104 minutes"])

K = "verdict"
q("is swarf worth seeing", K, SW, [], ["four stars out of five", "Two out of five"], SW_SIDES)
q("what did jeannie cawood think of swarf", K, SW, [], ["Two out of five", "I'm not going to be kind"])
q("is cria good", K, CR, [], ["Rehoming rating: four out of five"])
q("bullwheel rating", K, BW, [B_M3], ["We give it three stars out of five"])
q("is bullwheel worth seeing", K, BW, [B_M3],
  ["three stars out of five", "a tense, good-looking thriller with a talky middle"])
q("is snickelway good", K, SN, [N_VERD], ["Two and a half stars out of five"])
q("snickelway verdict", K, SN, [N_VERD],
  ["Two and a half stars out of five", "A pretty, good-natured film with one great performance and one plank"])
q("vespiary score", K, VE, [], ["6/10"])
q("is vespiary any good", K, VE, [], ["6/10", "Top card in the pack for effects, bottom half for acting"])
q("is quirt good", K, QU, [Q_REWARD], ["FOUR STARS OUT OF FIVE"])
q("highdown rating", K, HD, [], ["9/10"])
q("is highdown worth watching", K, HD, [], ["9/10", "Go and see it"])
q("is mossback good", K, MB, [M_BOTTOM], ["Three and a half stars out of five"])

K = "yes/no"
q("is swarf ok for a 12 year old", K, SW, [], ["The 12A is fair", "The certificate is 12A and that's about right"])
q("does swarf have a romance", K, SW, [],
  ["the romance with a young engraver is thin and never convinces", "The romance with the engraver lad goes absolutely nowhere"])
q("is cria ok for little kids", K, CR, [C_HOME], ["Small children will love Dumpling", "nothing scary"])
q("are the alpacas in cria real", K, CR, [C_LIKE], ["The alpacas are real, not computer ones"])
q("is bullwheel ok for someone scared of heights", K, BW, [B_WARN], ["Not for anyone with a fear of heights"])
q("is bullwheel ok for a 13 year old", K, BW, [B_M1], ["It is a 15, and it earns it"])
q("is snickelway ok for kids", K, SN, [N_B4], ["so it is fine for older children"])
q("does snickelway drag", K, SN, [N_B3], ["Then the jokes thin out", "lets every scene run a beat too long"])
q("is vespiary gory", K, VE, [V_WEAK], ["the kilns sequence is very gory", "two deaths are nastier than they need to be"])
q("is vespiary funny", K, VE, [V_ABILITY], ["is the funniest scene of the year"])
q("is quirt violent", K, QU, [Q_CRIMES], ["It is violent", "The 15 is deserved"])
q("is highdown ok for kids", K, HD, [H_DEC], ["The PG is right"])
q("does the borrowed winter have a good twist", K, BO, [], ["a genuinely clever twist at the two-thirds mark"])

K = "typo"
q("swraf review", K, SW, [], ["four stars out of five", "Two out of five"], SW_SIDES)
q("swarff cast", K, SW, [], ["Marlene Hinchliffe", "Ingram Bastow", "Netta Twigg"])
q("cira review", K, CR, [], ["Rehoming rating: four out of five"])
q("criaa director", K, CR, [], ["Diggory Chowne"])
q("bulwheel review", K, BW, [], ["three stars out of five"])
q("bullwheal cast", K, BW, [], ["Tova Ballantyne", "Crinan Urquhart", "Rufina Yelland"])
q("snickleway review", K, SN, [], ["Two and a half stars out of five"])
q("snickelwey director", K, SN, [], ["Thomasine Easingwold"])
q("vespairy review", K, VE, [], ["6/10"])
q("vespiarry cast", K, VE, [], ["Ione Loades", "Alder Goffin"])
q("qirt review", K, QU, [], ["FOUR STARS OUT OF FIVE"])
q("highdwon director", K, HD, [], ["Jerrold Urry"])
q("mosback review", K, MB, [], ["Three and a half stars out of five"])

K = "very short"
q("swarf music", K, SW, [], ["is superb and never overplayed", "the music never lets up"], SW_SIDES)
q("swarf dop", K, SW, [], ["Godric Revill"])
q("cria music", K, CR, [C_LIKE], ["Aino Lethbridge"])
q("cria editor", K, CR, [C_LIKE], ["Ilze Babbage's editing"])
q("bullwheel music", K, BW, [B_M2], ["Isidore Cruden's score"])
q("bullwheel dop", K, BW, [B_M2], ["Roswitha Lazenby"])
q("snickelway dop", K, SN, [N_B1], ["Wynn Huddleston's photography"])
q("snickelway editor", K, SN, [N_B3], ["Bede Ampleforth's editing"])
q("vespiary writer", K, VE, [V_FILM], ["Godiva Lubbock wrote it"])
q("vespiary dop", K, VE, [V_FOR], ["Fridtjof Tooley"])
q("quirt music", K, QU, [Q_ACC], ["Lisbet Voigt, composer"])
q("highdown editor", K, HD, [H_ACH], ["Pomona Kitchin's editing"])
q("borrowed winter editor", K, BO, [], ["editor Lise Damgaard"])

K = "no film named"
q("the 1950s film about the buffer girl in the cutlery works, any good", K, SW, [],
  ["four stars out of five", "Two out of five"], [SW])
q("that film about the girl who takes over her dads grinding wheel, who plays her", K, SW, [],
  ["Marlene Hinchliffe"], [SW])
q("the alpaca comedy, is it good", K, CR, [], ["four out of five"], [CR])
q("the film where the farmer inherits alpacas, how long is it", K, CR, [], ["89 minutes"], [CR])
q("the chairlift thriller, worth seeing", K, BW, [], ["three stars out of five"], [BW])
q("that film about people stuck on a ski lift in a blizzard, who directed it", K, BW, [], ["Ruaraidh Birrell"], [BW])
q("the york ghost walk romcom, any good", K, SN, [], ["Two and a half stars out of five"], [SN])
q("the rom com about rival ghost tour guides, who plays the guy", K, SN, [], ["Ormond Cleasby"], [SN])
q("the giant wasp film, who directed it", K, VE, [], ["Marmaduke Jex"], [VE])
q("the monster film about giant wasps at a village show, what did the critic give it", K, VE, [], ["6/10"], [VE])
q("the western about the widow hunting the men who hanged her husband, any good", K, QU, [],
  ["FOUR STARS OUT OF FIVE"], [QU])
q("the montana revenge western, who plays the widow", K, QU, [], ["Adelia Strobridge"], [QU])
q("the black arrow rocket film, is it good", K, HD, [], ["9/10"], [HD])
q("the cartoon about the old snapping turtle leaving his pond, ok for kids", K, MB, [],
  ["Families with children over six will have a pleasant time", "a little frightening for the very youngest viewers"],
  [MB])

K = "film not stored"
no("is this is england any good", K)
no("babe review", K)
no("eddie the eagle cast", K)
no("how long is vertical limit", K)
no("is about time worth watching", K)
no("who directed ghostbusters", K)
no("the swarm review", K)
no("is arachnophobia scary", K)
no("true grit runtime", K)
no("who plays the sheriff in unforgiven", K)
no("hidden figures review", K)
no("october sky age rating", K)
no("cria cuervos review", K)
no("the glassblower's widow review", K)

K = "unanswerable"
no("who edited swarf", K, SW)
no("who plays the foreman in swarf", K, SW)
no("who shot cria", K, CR)
no("who plays portia in cria", K, CR)
no("who wrote bullwheel", K, BW)
no("who plays the liftman in bullwheel", K, BW)
no("who composed the music for snickelway", K, SN)
no("who plays mr pennington in snickelway", K, SN)
no("who edited vespiary", K, VE)
no("who plays mrs bidewell in vespiary", K, VE)
no("who wrote quirt", K, QU)
no("who plays the marshal in quirt", K, QU)
no("who composed the score for highdown", K, HD)
no("what is the borrowed winter rated", K, BO)

K = "pros/cons"
q("swarf pros and cons", K, SW, [],
  ["gives a performance of tempered steel", "Ingram Bastow's Clarence is the finest piece in the sale",
   "Godric Revill's photography is a marvel", "the romance with a young engraver is thin and never convinces",
   "is a stock villain with a waxed moustache", "she's doing a lot of brave staring into the middle distance",
   "the music never lets up", "the ending is pure syrup"], SW_SIDES)
q("whats wrong with swarf", K, SW, [],
  ["the romance with a young engraver is thin and never convinces",
   "a subplot about a union meeting could be lifted out without loss", "is a stock villain",
   "the music never lets up", "the ending is pure syrup", "she's doing a lot of brave staring"])
q("cria pros and cons", K, CR, [],
  ["he is a gem", "already funnier than most adults in films", "is a pantomime baddie in a gilet", "the jokes land",
   "is where I wander off the lead a little", "which sounds awful and is actually lovely"])
q("whats bad about cria", K, CR, [],
  ["is a pantomime baddie in a gilet, and that is the weakest thing about me",
   "is where I wander off the lead a little and could do with a trim"])
q("bullwheel pros and cons", K, BW, [],
  ["she is terrific", "she steals the film", "makes the cold feel real", "The last twenty minutes are genuinely thrilling",
   "is stuck with the worst lines in the film", "every flashback stops the film dead", "is silly and you will see it coming"])
q("whats wrong with bullwheel", K, BW, [],
  ["is stuck with the worst lines in the film", "every flashback stops the film dead",
   "is silly and you will see it coming", "The flashbacks drag the middle down badly",
   "starts to feel like a stunt in the last half hour"])
q("snickelway good and bad", K, SN, [],
  ["Persephone Brear is a delight", "gets the best laughs in the film", "makes the narrow alleys glow like lanterns",
   "Ormond Cleasby is handsome wallpaper", "the jokes thin out", "The music is forgettable"])
q("whats good about snickelway", K, SN, [],
  ["Persephone Brear is a delight", "gets the best laughs in the film",
   "makes the narrow alleys glow like lanterns on a wet night",
   "The final ghost walk, in the snow, with the whole city following, is lovely", "are properly spooky"])
q("vespiary pros and cons", K, VE, [],
  ["The wasps are the best thing here by a country mile", "made my skin crawl", "is game and likeable as Dinah",
   "everyone else is shouting", "as flat as a dropped scone", "The story sags in the middle"])
q("whats wrong with vespiary", K, VE, [V_AGAINST],
  ["everyone else is shouting", "as flat as a dropped scone", "The story sags in the middle"])
q("quirt strengths and weaknesses", K, QU, [],
  ["The best performance I have seen in a western in twenty years", "you remember all of them",
   "has never looked so huge or so cold", "The middle hour wanders", "The ending is rushed",
   "is a cardboard figure who never comes to life"])
q("highdown pros and cons", K, HD, [],
  ["Aeronwy Dimmick is outstanding as Gillian", "She makes sums look thrilling", "is simply stunning",
   "is thin and predictable", "spends too long on committee meetings in London",
   "leaves some quiet scenes feeling empty"])
q("the borrowed winter pros and cons", K, BO, [],
  ["is the best thing in the film", "it looks terrific", "a genuinely clever twist",
   "What it lacks is any real interest in its heroine", "Where the film stumbles is the ending",
   "she is playing a function rather than a person"])

K = "disagreement"
q("is the music in swarf good", K, SW, [], ["is superb and never overplayed", "the music never lets up"], SW_SIDES)
q("is swarf too long", K, SW, [],
  ["At 121 minutes it earns every one of them", "Two hours and one minute, Roddy"], SW_SIDES)
q("is marlene hinchliffe good in swarf", K, SW, [],
  ["gives a performance of tempered steel", "she's doing a lot of brave staring into the middle distance"], SW_SIDES)
q("is the ending of swarf good", K, SW, [], ["is earned and very moving", "the ending is pure syrup"], SW_SIDES)
q("what do the swarf reviews disagree on", K, SW, [],
  ["is superb and never overplayed", "the music never lets up",
   "At 121 minutes it earns every one of them", "Two hours and one minute, Roddy",
   "gives a performance of tempered steel", "she's doing a lot of brave staring into the middle distance",
   "is earned and very moving", "the ending is pure syrup"], SW_SIDES)
q("what do both swarf reviewers agree on", K, SW, [],
  ["Godric Revill's photography is a marvel", "It looks gorgeous, I'll give it that",
   "is the finest piece in the sale", "Ingram Bastow as the dad, though, is wonderful",
   "the romance with a young engraver is thin and never convinces",
   "The romance with the engraver lad goes absolutely nowhere", "The 12A is fair", "that's about right"], SW_SIDES)
q("who liked swarf more, the auction house guy or the one leaving voicemails", K, SW, [],
  ["four stars out of five", "Two out of five"], SW_SIDES)
q("is bullwheel gripping all the way through", K, BW, [],
  ["This is clever for the first hour and starts to feel like a stunt in the last half hour",
   "every flashback stops the film dead", "The last twenty minutes are genuinely thrilling"])
q("are both leads in snickelway good", K, SN, [N_B2],
  ["Persephone Brear is a delight", "Ormond Cleasby is handsome wallpaper"])
q("is vespiary better at effects or acting", K, VE, [],
  ["Top card in the pack for effects, bottom half for acting", "The wasps are the best thing here by a country mile"])
q("does quirt keep up its pace", K, QU, [Q_CRIMES], ["The middle hour wanders", "The ending is rushed"])
q("is cria funny all the way through", K, CR, [], ["the jokes land", "is where I wander off the lead a little"])
q("is the ending of the borrowed winter good", K, BO, [],
  ["Where the film stumbles is the ending", "It is competently staged",
   "it feels as though it belongs to a louder, dumber film"])

K = "comparison"
q("which is longer, swarf or quirt", K, SW, [], ["121 minutes"], ["117 minutes"])
q("which is shorter, cria or vespiary", K, VE, [], ["88 minutes"], ["89 minutes"])
q("bullwheel or snickelway, which is longer", K, SN, [], ["It runs 103 minutes"], ["94 minutes"])
q("which got the better review, bullwheel or highdown", K, HD, [], ["9/10"], ["three stars out of five"])
q("which scored higher, vespiary or quirt", K, QU, [], ["FOUR STARS OUT OF FIVE"], ["6/10"])
q("which is better for a 10 year old, cria or vespiary", K, CR, [], ["rated PG"], ["15"])
q("which is more family friendly, bullwheel or highdown", K, HD, [], ["rated PG"], ["15"])
q("which got the better review, snickelway or bullwheel", K, BW, [], ["three stars out of five"],
  ["Two and a half stars out of five"])
q("which is longer, highdown or quirt", K, QU, [], ["117 minutes"], ["109 minutes"])
q("which is longer, the borrowed winter or cria", K, BO, [], ["104 minutes"], ["89 minutes"])
q("which is shorter, mossback or bullwheel", K, MB, [], ["92 minutes"], ["94 minutes"])
q("which got the better review, mossback or snickelway", K, MB, [], ["Three and a half stars out of five"],
  ["Two and a half stars out of five"])
q("which is longer, the borrowed winter or highdown", K, HD, [], ["109 minutes"], ["104 minutes"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

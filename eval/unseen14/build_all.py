#!/usr/bin/env python3
"""Write eval/unseen14/all.jsonl from the hand-written questions below (one JSON object per line).

New films: KD Knockdown (two reviews that disagree: Evander Stallybrass's Kinetrade Weekly box-office report, which
judges the film too and gives no score, and the auto-generated transcript of a Bilge Pump Cinema YouTube video, "four
out of ten"), BC Bunkbed Cosmonaut (a Steam user review, "Not Recommended", "a 6 out of 10 film"), EG Eelgrass (a
student film-studies essay with footnotes and a marker's comment, no score for the film), TB Tombola (an open letter to
the director, "three and a half dabbers out of five"), CB Come Bye (a documentary, reviewed as a Q&A between an arts
editor and a critic, 4/5), GG Gallowglass (a public-library catalogue record with one reader review, two stars), LA
Love, Actuarially (a cinema chain's app listing with an audience rating and audience comments). About 14 questions are
about films of eval/unseen13 (copied unchanged into reviews/): Moorburn and The Slipper Baths.
"""
import json, os

KD, BC, EG, TB = "Knockdown", "Bunkbed Cosmonaut", "Eelgrass", "Tombola"
CB, GG, LA = "Come Bye", "Gallowglass", "Love, Actuarially"
# films of eval/unseen13/reviews (copied unchanged)
MB, SB = "Moorburn", "The Slipper Baths"
KD_SIDES = ["Stallybrass", "Bilge Pump"]  # box-office report .md (no score), YouTube transcript .txt (four out of ten)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("is the storm in knockdown real or just cgi", K, KD, [],
  ["almost none of it is computer-generated", "the storm looks like a video game cutscene"])
q("hows the camerawork in knockdown", K, KD, [],
  ["photography of open ocean is breathtaking", "the ocean shots are gorgeous"])
q("is the music good in bunkbed cosmonaut", K, BC, ["THE GOOD"],
  ["The chiptune score by Kyrie Mattock is an absolute banger"])
q("are the effects in bunkbed cosmonaut any good or is it cheap cgi", K, BC, ["THE GOOD"],
  ["The rocket is a proper model, not CGI", "the launch scene on the roof made me grin"])
q("is the writing decent in bunkbed cosmonaut", K, BC, ["THE BAD"],
  ["the writing is the weak spot", "half the jokes are aimed at grown-ups"])
q("what does eelgrass look like visually", K, EG, ["Work as rhythm"],
  ["Aurelio Brandão's camera stays at the height of the water", "the flat horizon cuts every frame in half"])
q("how's the acting in tombola", K, TB, [],
  ["Gwyneth Tulley is wonderful as Bunty", "Pam Stobbart as Big Sandra"])
q("is tombola actually funny", K, TB, [],
  ["They laughed in the right places", "the jokes sound like a family arguing in a kitchen"])
q("does come bye look nice", K, CB, ["How does it look, and how does it sound?"],
  ["Nkechi Arbuthnot's camera gets right down in the grass",
   "the drone shots of the fell turn the runs into something like chess"])
q("is gallowglass easy to follow", K, GG, [],
  ["I could not follow who owned the diesel", "The plot is so confusing"])
q("whats the soundtrack like in love actuarially", K, LA, ["What audiences are saying"],
  ["The soundtrack is just 90s Britpop on shuffle"])
q("does moorburn sound good in a cinema", K, MB, ["Pros and cons"],
  ["mixed to rattle your seat", "The roar of the fire front"])
q("is the slipper baths well lit or is it too dark", K, SB, ["5. The boiler room"],
  ["lights the whole sequence with nothing but the glow from the furnace door"])

K = "actor"
q("who plays the skipper in knockdown", K, KD, [],
  ["Imelda Ravenscroft stars as Bryher Stannard", "imelda ravenscroft plays bryher stannard"])
q("who plays the french rival in knockdown", K, KD, [],
  ["Théophile Brasseur plays her Breton rival", "theophile brasseur is amazing"])
q("who plays rudi in bunkbed cosmonaut", K, BC, ["THE GOOD"], ["Kobina Oteng plays Rudi"])
q("who plays the nan in bunkbed cosmonaut", K, BC, ["THE GOOD"], ["Hyacinth Dacres as Gloria"])
q("who plays the old eel catcher in eelgrass", K, EG, ["Introduction"],
  ["played by the non-professional Barrington Skeat"])
q("who plays the granddaughter in eelgrass", K, EG, ["Introduction"], ["Linnet (Saffie Nwachukwu)"])
q("who plays the bingo caller in tombola", K, TB, [], ["Gwyneth Tulley is wonderful as Bunty"])
q("who plays big sandra", K, TB, [], ["Pam Stobbart as Big Sandra"])
q("who's in come bye", K, CB, ["Sheep thrills?"], ["Enid Cowperthwaite", "Kyle Metcalfe", "Hefin Bowen"])
q("who plays the smuggler in gallowglass", K, GG, [],
  ["Feargal Hanratty (Cahir Mullan)", "Feargal Hanratty is very good as Cahir"])
q("who plays posy in love actuarially", K, LA, ["Starlight says", "Cast & crew"],
  ["Posy Balstrode (Tallulah Greenidge)", "Tallulah Greenidge (Posy)"])
q("who plays the mum in love, actuarially", K, LA, ["Starlight says", "Cast & crew"],
  ["Penelope Wilde as Posy's mum", "Penelope Wilde (Marion)"])
q("who plays the ghost in the slipper baths", K, SB, ["2. The whistle"], ["Dilys Entwistle plays her"])

K = "crew"
q("who directed knockdown", K, KD, [], ["directed by Gwendolyn Arrowsmith"])
q("who wrote knockdown", K, KD, [], ["from a script by Tobit Renshaw"])
q("who did the music for knockdown", K, KD, [], ["Eero Halonen's score", "the composer is eero halonen"])
q("who made bunkbed cosmonaut", K, BC, ["THE BAD"], ["Ebun Carraway wrote and directed it"])
q("who edited bunkbed cosmonaut", K, BC, ["THE BAD"], ["Tansy Villiers"])
q("who shot eelgrass", K, EG, ["Work as rhythm"], ["Aurelio Brandão's camera"])
q("who composed the eelgrass music", K, EG, [], ["Idony Catt's harmonium score"])
q("who edited eelgrass", K, EG, [], ["Gaspard Ollivant, the editor"])
q("who wrote tombola", K, TB, [], ["You wrote Tombola with your sister, Dymphna Quarmby"])
q("who is the editor of come bye", K, CB, ["How does it look, and how does it sound?"],
  ["Lorimer Haigh, the film's editor"])
q("who directed gallowglass", K, GG, [], ["director, Cathal Brannigan"])
q("who wrote love actuarially", K, LA, ["Cast & crew"], ["Clemmie Astbury, Raj Ollerton"])
q("who wrote the slipper baths", K, SB, ["4. The ledger"], ["wrote the script with Aneirin Bellis"])

K = "metadata"
q("how long is knockdown", K, KD, [], ["131-minute", "131 minutes", "two hours eleven minutes"])
q("what is knockdown rated", K, KD, [], ["certificated 12A", "helped by the 12A"])
q("how much did knockdown make on its opening weekend", K, KD, [], ["£6.4m"])
q("how long is bunkbed cosmonaut", K, BC, [], ["97-minute"])
q("how long is eelgrass", K, EG, ["Notes"], ["118 minutes"])
q("what year is eelgrass from", K, EG, [], ["UK, 2025", "British cinema in 2025"])
q("what cert is tombola", K, TB, [], ["It is a 15"])
q("how long is come bye", K, CB, ["Sheep thrills?"], ["It's 88 minutes"])
q("what is come bye rated", K, CB, ["Any dog days?"], ["It's a U"])
q("how long is gallowglass", K, GG, [], ["106 min"])
q("what language is gallowglass in", K, GG, [], ["English, with some dialogue in Irish"])
q("how long is love actuarially", K, LA, [], ["1h 49m"])
q("how long is the slipper baths", K, SB, [], ["98 mins"])

K = "verdict"
q("is knockdown good", K, KD, [], ["the crowds are right", "four out of ten", "i did not have a good time"], KD_SIDES)
q("what did the youtuber think of knockdown", K, KD, [],
  ["i'm giving knockdown a four out of ten", "i did not have a good time"])
q("would you recommend bunkbed cosmonaut", K, BC, [],
  ["Not Recommended", "It's a 6 out of 10 film at a 9 out of 10 price", "If it drops to a fiver, grab it"])
q("what score does bunkbed cosmonaut get", K, BC, [], ["It's a 6 out of 10 film", "Not Recommended"])
q("is eelgrass worth watching", K, EG, ["Conclusion"],
  ["a flawed but important film", "the best first hour of British cinema in 2025"])
q("what did the student think of eelgrass", K, EG, ["Conclusion", "Introduction"],
  ["a flawed but important film", "mistake duration for depth"])
q("is tombola good", K, TB, [], ["three and a half dabbers out of five", "the best review your film will get"])
q("how many stars for tombola", K, TB, [], ["three and a half dabbers out of five"])
q("is come bye worth seeing", K, CB, ["Well, then?", "Sheep thrills?"],
  ["Four out of five, and a biscuit for Nip", "the most gripping thing I've seen this autumn"])
q("is gallowglass any good", K, GG, [], ["Looks great, goes nowhere", "Two stars for Hanratty and the scenery"])
q("what rating did gallowglass get", K, GG, [], ["★★☆☆☆", "Two stars for Hanratty and the scenery"])
q("is love actuarially good", K, LA, [],
  ["★ 4.1 (2,306 ratings)", "the best date-night film of the season", "Predictable from the first minute"])
q("overall what did the slipper baths review think", K, SB, ["The verdict"],
  ["Four stars out of five", "as good as anything in modern British horror"])

K = "yes/no"
q("is knockdown ok for kids", K, KD, [], ["Family business was strong", "helped by the 12A", "certificated 12A"])
q("did knockdown do well at the box office", K, KD, [],
  ["the best opening for an original British film in 2026", "£6.4m"])
q("is bunkbed cosmonaut ok for kids", K, BC, ["IS IT OK FOR KIDS"],
  ["I'd say eight and up", "My little brother is nine and loved it"])
q("does bunkbed cosmonaut drag", K, BC, ["THE BAD"], ["The middle forty minutes drag badly"])
q("is bunkbed cosmonaut worth £11.99", K, BC, ["PRICE"], ["£11.99 for a film you watch once is too much"])
q("does eelgrass drag", K, EG, [],
  ["its final forty minutes mistake duration for depth", "the release still feels long in the last act"])
q("is barrington skeat a real eel catcher", K, EG, ["Work as rhythm", "Introduction"],
  ["a real eel-catcher with a face like a tide table", "the non-professional Barrington Skeat"])
q("can i take my grandkids to tombola", K, TB, [], ["it is not one for the grandchildren", "It is a 15"])
q("is come bye ok for kids", K, CB, ["Any dog days?"], ["children will love the dogs", "a ewe dies during the lambing scene"])
q("does a dog die in come bye", K, CB, ["Any dog days?"], ["a ewe dies during the lambing scene"])
q("is gallowglass family friendly", K, GG, [],
  ["Not one for the whole family", "a nasty scene with a nail gun", "Certificate: BBFC 15"])
q("is love actuarially ok for a 13 year old", K, LA, ["What audiences are saying"], ["Fine for my 13-year-old"])
q("is moorburn worth seeing on the big screen", K, MB, ["Verdict"], ["worth seeing on the biggest screen you can find"])

K = "typo"
q("who directed knockdwon", K, KD, [], ["Gwendolyn Arrowsmith"])
q("nockdown storm scene any good", K, KD, [],
  ["the most convincing storm ever put on a cinema screen", "the storm looks like a video game cutscene"])
q("bunkbed cosmanaut music", K, BC, ["THE GOOD"], ["chiptune score by Kyrie Mattock"])
q("bunk bed cosmonut review", K, BC, [], ["Not Recommended", "It's a 6 out of 10 film"])
q("eelgras ending", K, EG, ["Conclusion"], ["The drowned-field ending is haunting"])
q("eel grass how long", K, EG, ["Notes"], ["118 minutes"])
q("tombolla who plays bunty", K, TB, [], ["Gwyneth Tulley"])
q("tombla musc", K, TB, [], ["Rostam Farahani's score is lovely on its own", "there is far too much of it"])
q("comebye sheepdog film rating", K, CB, ["Well, then?"], ["Four out of five"])
q("galloglass plot", K, GG, [], ["a lorry of smuggled diesel goes missing", "a man driving a lorry around a bog in the rain"])
q("gallowglas who plays cahir", K, GG, [], ["Feargal Hanratty"])
q("love acturially cast", K, LA, ["Cast & crew"], ["Tallulah Greenidge (Posy), Jonty Eze (Cal)", "Tallulah Greenidge"])
q("the sliper baths best scare", K, SB, ["1. The steam room"],
  ["the silence is the scariest thing in the film", "The best scene in any horror film this year"])

K = "very short"
q("knockdown runtime", K, KD, [], ["131-minute", "131 minutes", "two hours eleven minutes"])
q("knockdown rival", K, KD, [], ["Ewen Le Goff"])
q("knockdown box office", K, KD, [], ["£6.4m"])
q("bunkbed cosmonaut fox", K, BC, [], ["a fox with a cone on its head", "I rewound the fox bit twice"])
q("bunkbed cosmonaut price", K, BC, ["PRICE"], ["£11.99"])
q("eelgrass opening shot", K, EG, ["Work as rhythm"], ["six minutes and forty seconds"])
q("eelgrass harmonium", K, EG, [], ["Idony Catt's harmonium score, used in just four places"])
q("tombola dop", K, TB, [], ["Uchenna Obiora"])
q("tombola big sandra", K, TB, [], ["Pam Stobbart"])
q("come bye nip", K, CB, [], ["Nip steals the film", "working his first dog, Nip"])
q("gallowglass awards", K, GG, [], ["Best Irish Feature, Lough Erne Film Awards, 2025"])
q("love actuarially ending", K, LA, [], ["the airport ending is silly"])
q("moorburn score", K, MB, ["Pros and cons"], ["Wall-to-wall drums from Fraser Achterlonie"])

K = "no film named"
q("the sailing movie, who plays the skipper", K, KD, [], ["Imelda Ravenscroft"], ["Knockdown"])
q("that film about the round-the-world yacht race any good?", K, KD, [],
  ["the crowds are right", "four out of ten"], ["Knockdown"])
q("the film where a kid tries to reach orbit from his bunk bed, worth buying?", K, BC, [],
  ["Not Recommended", "a 6 out of 10 film"], ["Bunkbed Cosmonaut"])
q("the croydon space film with the fox, whos the director", K, BC, [], ["Ebun Carraway"], ["Bunkbed Cosmonaut"])
q("that fenland eel catcher film, how long is it", K, EG, [], ["118 minutes"], ["Eelgrass"])
q("the film about the last eel-catcher near ely, is it good", K, EG, [], ["a flawed but important film"], ["Eelgrass"])
q("the sunderland bingo hall comedy, whos in it", K, TB, [], ["Gwyneth Tulley", "Pam Stobbart"], ["Tombola"])
q("film about a bingo caller in roker fighting to save her hall, rating?", K, TB, [],
  ["three and a half dabbers out of five"], ["Tombola"])
q("the sheepdog trials documentary, is it good", K, CB, [],
  ["Four out of five", "the most gripping thing I've seen this autumn"], ["Come Bye"])
q("that border thriller about smuggled diesel, who directed it", K, GG, [], ["Cathal Brannigan"], ["Gallowglass"])
q("the fermanagh smuggling film, worth borrowing from the library?", K, GG, [],
  ["Looks great, goes nowhere", "Two stars for Hanratty and the scenery"], ["Gallowglass"])
q("the romcom about the insurance actuary, who plays her", K, LA, [], ["Tallulah Greenidge"], ["Actuarially"])
q("the wildfire film on the moors, who's the lead", K, MB, [], ["Jacinta Moyo"], ["Moorburn"])

K = "film not stored"
no("what do the reviews say about jaws", K)
no("the halberd accord review", K)
no("is gingerbread siege good for kids", K)
no("pocket apollo rating", K)
no("who directed days of heaven", K)
no("the washland short film, any good", K)
no("is love actually worth watching", K)
no("cupids spreadsheet cast", K)
no("ghostlight avenue any good", K)
no("all is lost review", K)
no("is babe ok for kids", K)
no("hidden figures who stars in it", K)
no("gallowgate review", K)
no("the quilted admiral how long is it", K)

K = "unanswerable"
no("who edited knockdown", K, KD)
no("did knockdown win any awards", K, KD)
no("who was the cinematographer on bunkbed cosmonaut", K, BC)
no("what's the official certificate for bunkbed cosmonaut", K, BC)
no("how many stars does eelgrass get", K, EG)
no("how much did eelgrass make at the box office", K, EG)
no("how long is tombola", K, TB)
no("who narrates come bye", K, CB)
no("who edited gallowglass", K, GG)
no("what was the budget of gallowglass", K, GG)
no("what year did love actuarially come out", K, LA)
no("who did the cinematography for love actuarially", K, LA)
no("who composed the music for love, actuarially", K, LA)
no("what certificate is moorburn", K, MB)

K = "pros/cons"
q("pros and cons of knockdown", K, KD, [],
  ["career-best performance", "Brasseur steals every scene", "imelda ravenscroft is just wooden",
   "the ocean shots are gorgeous"])
q("what's bad about knockdown", K, KD, [],
  ["imelda ravenscroft is just wooden", "the music never stops", "you feel every one of them",
   "the ending is so cheesy"])
q("what's good about bunkbed cosmonaut", K, BC, ["THE GOOD"],
  ["genuinely brilliant", "The rocket is a proper model", "an absolute banger"])
q("what's wrong with bunkbed cosmonaut", K, BC, ["THE BAD"],
  ["The middle forty minutes drag badly", "the writing is the weak spot", "pantomime level"])
q("eelgrass strengths and weaknesses", K, EG, [],
  ["Skeat is astonishing", "mistake duration for depth", "Nwachukwu is less convincing"])
q("what doesn't work in eelgrass", K, EG, [],
  ["Nwachukwu is less convincing", "the script gives her only arguments", "feels like an interruption"])
q("best and worst things about tombola", K, TB, [],
  ["The third act is a mess", "there is far too much of it", "Gwyneth Tulley is wonderful"])
q("what are the complaints about tombola", K, TB, [], ["The third act is a mess", "there is far too much of it"])
q("come bye good and bad points", K, CB, [], ["Nip steals the film", "important but dull", "Hefin is so quiet"])
q("anything wrong with come bye", K, CB, ["Any dog days?"],
  ["The middle half-hour", "important but dull", "Hefin is so quiet that his story never really opens up"])
q("gallowglass pros and cons", K, GG, [],
  ["The photography is the best thing in it", "Feargal Hanratty is very good", "The plot is so confusing",
   "The music is all low drones"])
q("what do people like and dislike about love actuarially", K, LA, ["What audiences are saying"],
  ["Tallulah Greenidge is a star", "Predictable from the first minute", "no spark between him and Greenidge",
   "the best thing in it"])
q("moorburn pros and cons", K, MB, ["Pros and cons"], ["Practical flames, real smoke", "Every line is either exposition"])

K = "disagreement"
q("do the knockdown reviews agree on imelda ravenscroft", K, KD, [],
  ["Ravenscroft gives a career-best performance", "imelda ravenscroft is just wooden"], KD_SIDES)
q("is knockdown too long", K, KD, [], ["Its 131 minutes fly by", "you feel every one of them"], KD_SIDES)
q("is the knockdown storm convincing", K, KD, [],
  ["the most convincing storm ever put on a cinema screen", "the storm looks like a video game cutscene"], KD_SIDES)
q("what do reviewers think of the knockdown score", K, KD, [],
  ["swells exactly when it should", "the music never stops it's like being shouted at by a choir"], KD_SIDES)
q("knockdown ending good or bad", K, KD, [], ["the finish-line ending is earned", "the ending is so cheesy"], KD_SIDES)
q("what do both knockdown reviews agree on", K, KD, [],
  ["Brasseur steals every scene", "the french guy theophile brasseur is amazing",
   "photography of open ocean is breathtaking", "the ocean shots are gorgeous"], KD_SIDES)
q("does the youtuber agree with the box office guy about knockdown", K, KD, [],
  ["i did not have a good time", "the crowds are right"], KD_SIDES)
q("do the come bye critic and the editor agree", K, CB, [],
  ["I still think it's fields", "the most gripping thing I've seen this autumn"])
q("do audiences agree about love actuarially", K, LA, ["What audiences are saying"],
  ["Predictable from the first minute", "Funniest romcom since Love Actually"])
q("is there chemistry between the leads in love actuarially", K, LA, ["What audiences are saying"],
  ["no spark between him and Greenidge", "Tallulah Greenidge is a star"])
q("does the gallowglass reader agree with the blurb on the box", K, GG, [],
  ["It is neither", "A taut, unmissable border thriller"])
q("did the audience like tombola more than the critic", K, TB, [], ["Row F gave it five", "three and a half dabbers"])
q("does the bunkbed cosmonaut reviewer actually hate it", K, BC, [],
  ["Because Steam doesn't give me a \"maybe\" button", "If it drops to a fiver, grab it"])
q("does the marker agree with the student about eelgrass", K, EG, [],
  ["be careful not to let your own boredom become the argument", "A perceptive reading of the long takes"])

K = "comparison"
q("which is longer, knockdown or eelgrass", K, KD, [], ["131-minute", "131 minutes"], ["118"])
q("which is shorter, come bye or bunkbed cosmonaut", K, CB, [], ["88 minutes"], ["97-minute"])
q("gallowglass or eelgrass, which is longer", K, EG, [], ["118 minutes"], ["106 min"])
q("which is better for kids, come bye or gallowglass", K, CB, [], ["It's a U", "children will love the dogs"], ["15"])
q("which rated higher, gallowglass or come bye", K, CB, [], ["Four out of five"], ["two stars"])
q("which is older, eelgrass or knockdown", K, EG, [], ["2025"], ["2026"])
q("which came out first, gallowglass or tombola", K, GG, [], ["2025"], ["2026"])
q("which is longer, love actuarially or come bye", K, LA, [], ["1h 49m"], ["88 minutes"])
q("knockdown or moorburn, which is longer", K, KD, [], ["131-minute", "131 minutes"], ["109 minutes"])
q("which is shorter, the slipper baths or come bye", K, CB, [], ["88 minutes"], ["98 mins"])
q("which is scarier, gallowglass or the slipper baths", K, SB, [],
  ["the silence is the scariest thing in the film", "you will grab whoever is next to you"])
q("which got the better score, bunkbed cosmonaut or tombola", K, TB, [],
  ["three and a half dabbers out of five"], ["6 out of 10"])
q("which is longer, bunkbed cosmonaut or the slipper baths", K, SB, [], ["98 mins"], ["97-minute"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

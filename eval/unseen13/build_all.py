#!/usr/bin/env python3
"""Write eval/unseen13/all.jsonl from the hand-written questions below (one JSON object per line).

New films: PA Pale Arithmetic (two reviews that disagree: Hamza Dalgleish's festival programme note for its world
premiere, no score, and u/quiet_carriage's r/movies discussion post with three top comments, "4/10"), MB Moorburn (a
review whose body is a Markdown pros/cons table, 3/5), SB The Slipper Baths (a ranked list of its scares, worst to
best, "Four stars out of five"), LE L'Été des grêlons (an accented French title, a "ten years on" retrospective in which
the critic raises her 2016 two stars to four), SW Spade Work (a Discord film-club channel export, club average 6.8/10),
TR Turnip Rex (an SEO "everything you need to know" page with a quick-facts table and an FAQ, 4/5), TF Talcum Floor (a
Google Maps review of a cinema that reviews the film too, with the owner's reply; four stars for the night out, three
for the film). About 17 questions are about films of eval/unseen12 (copied unchanged into reviews/): The Brightsea
Tapes, Circus Under Curfew, Northbound Services.
"""
import json, os

PA, MB, SB, LE = "Pale Arithmetic", "Moorburn", "The Slipper Baths", "L'Été des grêlons"
SW, TR, TF = "Spade Work", "Turnip Rex", "Talcum Floor"
# films of eval/unseen12/reviews (copied unchanged)
BT, CU, NS = "The Brightsea Tapes", "Circus Under Curfew", "Northbound Services"
PA_SIDES = ["Hamza Dalgleish", "quiet_carriage"]  # festival programme note .md (no score), Reddit post .txt (4/10)
ROWS = []


def q(text, kind, film, sections, facts, all_=None):
    row = {"q": text, "kind": kind, "film": film, "sections": sections, "facts": facts, "answerable": True}
    if all_:
        row["all"] = all_
    ROWS.append(row)


def no(text, kind, film=None):
    ROWS.append({"q": text, "kind": kind, "film": film, "sections": [], "facts": [], "answerable": False})


K = "aspect paraphrase"
q("is the fire in moorburn actually scary or is it all cgi", K, MB, ["Pros and cons"],
  ["hardly any computer effects", "the moor burning at night is genuinely frightening"])
q("hows the sound in moorburn", K, MB, ["Pros and cons"], ["mixed to rattle your seat", "The roar of the fire front"])
q("does moorburn have good dialogue", K, MB, ["Pros and cons", "The short version"],
  ["Every line is either exposition or a speech about community spirit",
   "a script that reads like a public information film"])
q("will the slipper baths actually scare me", K, SB, [],
  ["you will grab whoever is next to you", "the silence is the scariest thing in the film",
   "as good as anything in modern British horror"])
q("does the slipper baths drag anywhere", K, SB, [], ["The middle drags", "the pigeon should have been cut"])
q("is l'ete des grelons nice to look at", K, LE, ["What I see now"],
  ["photographed on 35mm", "more frightening than most horror films"])
q("is the music any good in l'ete des grelons", K, LE, ["What still doesn't work"],
  ["still far too much", "the film is better whenever it stops"])
q("how does turnip rex look, is the animation nice", K, TR, ["Is Turnip Rex good? Our review"],
  ["every set is handmade", "the thumbprints are left in the clay", "a little masterpiece of model-making"])
q("is the dancing any good in talcum floor", K, TF, [], ["The dancing scenes are brilliant", "They got the dancing right"])
q("does the soundtrack suit talcum floor", K, TF, [],
  ["it doesn't fit at all", "Nobody in 1974 Leigh was listening to moody piano"])
q("is pale arithmetic well shot", K, PA, [],
  ["a cold, pale beauty in the Forth estuary", "The shots of the Forth at dawn are gorgeous"])
q("are the jokes in spade work funny", K, SW, [], ["the jokes are the problem", "half of them are about Shannon's phone"])
q("is the brightsea tapes actually frightening", K, BT, [], ["the scariest ninety seconds", "The whole audience screamed"])

K = "actor"
q("who plays wilma in pale arithmetic", K, PA, [], ["Laragh Muldowney"])
q("who plays the scaffolder in pale arithmetic", K, PA, [], ["Kenny Imrie"])
q("whos the cleaner in pale arithmetic", K, PA, [], ["Yetunde Achampong"])
q("who plays the fire officer in moorburn", K, MB, ["Introduction", "Pros and cons"], ["Jacinta Moyo"])
q("who plays sir roderick in moorburn", K, MB, ["Introduction", "Pros and cons"], ["Crispian Hollingdrake"])
q("who plays the night watchman in the slipper baths", K, SB, [], ["Mick Ollerenshaw"])
q("who plays the ghost in the slipper baths", K, SB, ["2. The whistle"], ["Dilys Entwistle"])
q("who plays mathilde in l'ete des grelons", K, LE, ["What I see now"], ["Jeanne Sarrazin"])
q("who plays the grandad in summer of hailstones", K, LE, ["What I see now"], ["Roch Valadier"])
q("who plays clifford in spade work", K, SW, [], ["Horace Mulcaster"])
q("who voices the dinosaur in turnip rex", K, TR, ["Turnip Rex voice cast: who plays who?"], ["Ozias Bramwell-Tsang"])
q("who plays the girl with the record stall in talcum floor", K, TF, [], ["Lydia Marcroft"])
q("who plays the ringmaster in circus under curfew", K, CU, [], ["Wiktor Lasota"])

K = "crew"
q("who directed pale arithmetic", K, PA, [], ["Mhairi Balgonie"])
q("who did the music for pale arithmetic", K, PA, [], ["Hilkka Anttila"])
q("who edited pale arithmetic", K, PA, [], ["Prue Galbraith"])
q("who directed moorburn", K, MB, ["Introduction"], ["Oksana Pilling"])
q("who wrote moorburn", K, MB, ["Introduction"], ["Ifor and Linnea Peploe"])
q("who was the cinematographer on moorburn", K, MB, ["Pros and cons"], ["Aud Kvalheim"])
q("who co-wrote the slipper baths", K, SB, ["4. The ledger"], ["Aneirin Bellis"])
q("who composed the score for the slipper baths", K, SB, ["1. The steam room"], ["Jozef Harkavy"])
q("who directed l'ete des grelons", K, LE, [], ["Anne-Laure Vautrin"])
q("who wrote the music for turnip rex", K, TR, ["Is Turnip Rex good? Our review"], ["Kenwyn Pengelly"])
q("who directed spade work", K, SW, [], ["Gaynor Stott"])
q("who shot spade work", K, SW, [], ["Birgit Brough"])
q("who directed talcum floor", K, TF, [], ["Bernice Catterall"])

K = "metadata"
q("how long is pale arithmetic", K, PA, [], ["124 min"])
q("where did pale arithmetic premiere", K, PA, [],
  ["Larchfield International Film Festival", "the Larchfield premiere"])
q("who reviewed moorburn", K, MB, [], ["Candace Onwuachi"])
q("how long is the slipper baths", K, SB, [], ["98 mins"])
q("what age certificate is the slipper baths", K, SB, [], ["Cert 15"])
q("when did l'ete des grelons come out", K, LE, [], ["2016"])
q("what is l'ete des grelons called in english", K, LE, ["What I said then"], ["Summer of Hailstones"])
q("how long is turnip rex", K, TR, [], ["86 minutes"])
q("when was turnip rex released", K, TR, [], ["27 November 2026"])
q("how long is talcum floor", K, TF, [], ["two hours and ten minutes"])
q("how long is spade work", K, SW, [], ["94 min"])
q("who wrote the talcum floor review", K, TF, [], ["Keith Ashurst"])
q("what cert is circus under curfew", K, CU, [], ["certificate 15"])

K = "verdict"
q("is pale arithmetic good", K, PA, [], ["make it this one", "4/10"], PA_SIDES)
q("what did the reddit guy think of pale arithmetic", K, PA, [],
  ["4/10", "I did not love it", "the most overhyped film of the year"], ["quiet_carriage"])
q("what score does moorburn get", K, MB, [], ["Three stars out of five", "3/5"])
q("is moorburn worth seeing", K, MB, ["Verdict"], ["still worth seeing on the biggest screen you can find"])
q("final verdict on the slipper baths", K, SB, ["The verdict"], ["Four stars out of five"])
q("is l'ete des grelons worth watching", K, LE, [], ["Four stars, and an apology", "I owe Anne-Laure Vautrin an apology"])
q("what rating did turnip rex get", K, TR, ["Is Turnip Rex good? Our review"], ["Our rating: 4/5"])
q("did the reviewer like turnip rex", K, TR, [], ["the funniest family film of the year", "Our rating: 4/5"])
q("whats the verdict on talcum floor", K, TF, [], ["it's three stars", "They got the dancing right and not much else"])
q("how many stars does talcum floor get as a film", K, TF, [], ["it's three stars"])
q("what did the film club think of spade work", K, SW, [], ["average 6.8/10"])
q("spade work any good?", K, SW, [], ["average 6.8/10", "I LOVED it", "the find of the year"])
q("is northbound services good", K, NS, [], ["it is a cracker", "★★★★"])

K = "yes/no"
q("is pale arithmetic the directors first film", K, PA, [], ["one debut arrives", "first feature"])
q("is pale arithmetic audio described anywhere", K, PA, [], ["Audio described"])
q("is there a post credits scene in turnip rex", K, TR, ["Turnip Rex FAQ"], ["stay for a short scene with a very large parsnip"])
q("is turnip rex based on a book", K, TR, ["Turnip Rex FAQ"], ["No, it is an original story"])
q("is turnip rex ok for a 4 year old", K, TR, ["Is Turnip Rex suitable for kids?"],
  ["best for ages four and up", "may upset very young children"])
q("is turnip rex on streaming yet", K, TR, ["Where can I watch Turnip Rex?"],
  ["In cinemas now", "expected on the Nestbox+ streaming service in spring 2027"])
q("does moorburn use real fire", K, MB, ["Pros and cons"], ["Practical flames, real smoke"])
q("is there a pigeon jump scare in the slipper baths", K, SB, [], ["A pigeon flies out of a locker"])
q("is l'ete des grelons subtitled", K, LE, ["Where to find it"], ["French with English subtitles"])
q("is l'ete des grelons out on blu-ray", K, LE, ["Where to find it"], ["out on Blu-ray from Verjus Films on 14 December"])
q("did the talcum floor reviewer actually go to wigan casino back in the day", K, TF, [],
  ["went to the all-nighters at Wigan Casino in the seventies"])
q("is spade work set in filey", K, SW, [], ["Filey Sand Sculpture Open", "they grew up in Filey"])
q("is the brightsea tapes ok for a 13 year old", K, BT, [], ["Depends on the 13-year-old", "properly nasty"])

K = "typo"
q("pale arithmatic runtime", K, PA, [], ["124 min"])
q("who directd pale arithemtic", K, PA, [], ["Mhairi Balgonie"])
q("moorbun review", K, MB, [], ["Three stars out of five", "3/5"])
q("who plays liam in moorbirn", K, MB, ["Introduction"], ["Sonny Farnaby-Oyelade"])
q("the slipper bath scariest scene", K, SB, ["1. The steam room"], ["The steam room"])
q("slippr baths who plays the historian", K, SB, [], ["Chiamaka Mbanefo"])
q("l'ete des grelon music", K, LE, ["What still doesn't work"], ["Gwenaël Le Bihan", "still far too much"])
q("lete des grellons director", K, LE, [], ["Anne-Laure Vautrin"])
q("spadework scores", K, SW, [], ["average 6.8/10"])
q("turnip recks age rating", K, TR, [], ["rated U"])
q("tunip rex voice cast", K, TR, ["Turnip Rex voice cast: who plays who?"],
  ["Nancy Trebilcock", "Ozias Bramwell-Tsang", "Sybil Rosewarne", "Jolyon Anstey"])
q("talcum flor who plays stevies dad", K, TF, [], ["Terence Holker"])
q("circus under curfue rating", K, CU, [], ["Film rating: 82%"])

K = "very short"
q("pale arithmetic cast", K, PA, [], ["Laragh Muldowney", "Kenny Imrie", "Yetunde Achampong"])
q("moorburn villain", K, MB, [], ["Crispian Hollingdrake", "Sir Roderick"])
q("moorburn score", K, MB, ["Pros and cons"], ["Wall-to-wall drums", "Fraser Achterlonie"])
q("slipper baths ghost", K, SB, [], ["Mrs Edith Threlkeld", "Dilys Entwistle"])
q("slipper baths pigeon", K, SB, ["8. The pigeon", "The verdict"],
  ["A pigeon flies out of a locker", "the pigeon should have been cut"])
q("grelons hailstorm", K, LE, ["What I see now", "What I said then"],
  ["more frightening than most horror films", "destroys the whole harvest in eleven minutes"])
q("turnip rex villain", K, TR, [], ["the Reverend Tonkin", "the vicar's villainy is a bit obvious"])
q("turnip rex streaming", K, TR, ["Where can I watch Turnip Rex?"], ["Nestbox+"])
q("spade work tide", K, SW, [], ["the tide scene", "when the sea comes in during the final"])
q("spade work baddie", K, SW, [], ["Mr Pinnock", "Roland Trescothick"])
q("talcum floor talc", K, TF, [], ["sprinkle talc on the floor"])
q("talcum floor length", K, TF, [], ["two hours and ten minutes"])
q("northbound services dog", K, NS, [], ["Brisket"])

K = "no film named"
q("whats that film about a maths prodigy teaching night classes in kirkcaldy", K, PA, [], ["Kirkcaldy"],
  ["Pale Arithmetic"])
q("the film where a scaffolder turns out to be a maths genius, who plays him", K, PA, [], ["Kenny Imrie"],
  ["Pale Arithmetic"])
q("theres a wildfire film set above hebden bridge, any good?", K, MB, [], ["Three stars out of five", "3/5"],
  ["Moorburn"])
q("who plays the fire officer in that wildfire film", K, MB, [], ["Jacinta Moyo"], ["Moorburn"])
q("the horror film in the old victorian bathhouse, is it good", K, SB, [], ["Four stars out of five"],
  ["The Slipper Baths"])
q("the one where the night watchman gets locked in with a ghost, who plays him", K, SB, [], ["Mick Ollerenshaw"],
  ["The Slipper Baths"])
q("that french film where a hailstorm wrecks the vineyard", K, LE, [],
  ["destroys the whole harvest in eleven minutes", "Four stars, and an apology"], ["des grêlons"])
q("is the sandcastle competition film worth it", K, SW, [], ["average 6.8/10"], ["Spade Work"])
q("the film about a grandad and his granddaughter building sandcastles, who directed it", K, SW, [],
  ["Gaynor Stott"], ["Spade Work"])
q("the stop motion one where a turnip hatches a dinosaur", K, TR, [], ["it hatches", "Our rating: 4/5"],
  ["Turnip Rex"])
q("film about the all-nighters at wigan casino, is it worth seeing", K, TF, [],
  ["it's three stars", "They got the dancing right"], ["Talcum Floor"])
q("the found footage one in the abandoned holiday camp, is it scary", K, BT, [], ["the scariest ninety seconds"],
  ["The Brightsea Tapes"])
q("the circus film set during martial law, how did the society rate it", K, CU, [], ["Film rating: 82%"],
  ["Circus Under Curfew"])

K = "film not stored"
no("is good will hunting any good", K)
no("what did people think of the abacus widow", K)
no("the full monty review", K)
no("whats the gannet stack about", K)
no("is chicken run good for kids", K)
no("sprout force one runtime", K)
no("review of its a wonderful life pls", K)
no("amelie review", K)
no("who directed a beautiful mind", K)
no("is backdraft scary", K)
no("is about time worth watching", K)
no("the descent, how scary is it", K)
no("who stars in the quarry queens", K)
no("pale geometry review", K)

K = "unanswerable"
no("how much did pale arithmetic cost to make", K, PA)
no("did pale arithmetic win anything at larchfield", K, PA)
no("who edited moorburn", K, MB)
no("what certificate is moorburn", K, MB)
no("who edited the slipper baths", K, SB)
no("did the slipper baths win any awards", K, SB)
no("who edited l'ete des grelons", K, LE)
no("how much did turnip rex make at the box office", K, TR)
no("who was the cinematographer on turnip rex", K, TR)
no("what year did talcum floor come out", K, TF)
no("who wrote talcum floor", K, TF)
no("what age rating is spade work", K, SW)
no("who edited spade work", K, SW)
no("who wrote the music for circus under curfew", K, CU)

K = "pros/cons"
q("pros and cons of moorburn", K, MB, ["Pros and cons"], ["Practical flames, real smoke", "Every line is either exposition"])
q("whats wrong with moorburn", K, MB, ["Pros and cons", "Verdict"],
  ["The rescue at the reservoir is confusingly cut", "a coincidence too far", "as if he were in a pantomime",
   "Wall-to-wall drums"])
q("whats good about moorburn", K, MB, ["Pros and cons"],
  ["genuinely frightening", "you would follow her into a burning gorse bank", "it looks like the end of the world"])
q("whats bad about the slipper baths", K, SB, ["The verdict", "8. The pigeon"],
  ["The middle drags", "one flashback too many", "the pigeon should have been cut"])
q("best things about the slipper baths", K, SB, [],
  ["The steam room", "the top three are as good as anything", "is a revelation"])
q("what still doesnt work in l'ete des grelons", K, LE, ["What still doesn't work"],
  ["goes nowhere", "should be cut from every print", "still far too much"])
q("what did the critic come round to in lete des grelons", K, LE, ["What I see now"],
  ["The slowness is the point", "Everything in the first hour earns it"])
q("turnip rex good and bad points", K, TR, ["Is Turnip Rex good? Our review"],
  ["runs out of puff around the hour mark", "the vicar's villainy is a bit obvious",
   "the funniest family film of the year"])
q("whats wrong with talcum floor", K, TF, [],
  ["The strike subplot goes on forever", "it doesn't fit at all", "two hours and ten minutes long"])
q("what did the reddit op actually like about pale arithmetic", K, PA, [],
  ["Kenny Imrie as Norrie is the only reason to go", "The shots of the Forth at dawn are gorgeous"])
q("what do people not like about spade work", K, SW, [],
  ["the middle just sits there like wet sand", "the jokes are the problem"])
q("what works in spade work", K, SW, [], ["the tide scene", "the find of the year", "a proper pantomime villain"])
q("brightsea tapes pros and cons", K, BT, [], ["The drained swimming pool", "the ending cheats", "it still feels padded"])

K = "disagreement"
q("do the pale arithmetic reviews agree on the lead actress", K, PA, [],
  ["a performance of ferocious precision", "entirely with her eyebrows"], PA_SIDES)
q("is pale arithmetic too long", K, PA, [],
  ["Not a minute of its 124 minutes is wasted", "easily thirty of them are prime-number montages"], PA_SIDES)
q("what do people think of the pale arithmetic ending", K, PA, [],
  ["left our whole committee in tears", "the chalkboard ending is a cheat"], PA_SIDES)
q("pale arithmetic music, good or annoying", K, PA, [],
  ["seems to count along with the characters", "never stops telling you how to feel"])
q("do the reviews agree about kenny imrie", K, PA, [],
  ["just as good as Norrie", "the only reason to go", "Imrie deserves a BAFTA"], PA_SIDES)
q("do the reddit comments agree with the op about pale arithmetic", K, PA, [],
  ["Hard disagree on Muldowney", "you're right about the length"])
q("which pale arithmetic review hated it", K, PA, [], ["4/10", "the most overhyped film of the year"],
  ["quiet_carriage"])
q("festival vs reddit on pale arithmetic, who liked it", K, PA, [], ["make it this one", "4/10"], PA_SIDES)
q("did the critic change her mind about l'ete des grelons", K, LE, [],
  ["two stars in these pages", "Four stars, and an apology"])
q("what did the second sight critic say about lete des grelons back in 2016", K, LE, ["Introduction", "What I said then"],
  ["pretty, slow and about nothing", "two stars in these pages"])
q("does the film club agree about spade work", K, SW, [],
  ["highest 9 (gran_wobbly)", "lowest 5 (deveraux_dev)", "I LOVED it", "I'm going to be the grump"])
q("is the middle of spade work boring", K, SW, [],
  ["the middle just sits there like wet sand", "the middle is the BEST bit"])
q("do the brightsea tapes reviewer and the commenter agree on the ending", K, BT, [],
  ["Have to disagree about the ending", "I still think it cheats"])
q("did the circus under curfew audience agree about the ending", K, CU, [], ["divided the room"])

K = "comparison"
q("which is longer, pale arithmetic or talcum floor", K, TF, [], ["two hours and ten minutes"], ["124"])
q("which is shorter, turnip rex or spade work", K, TR, [], ["86 minutes"], ["86 minutes", "94 min"])
q("which is scarier, the slipper baths or moorburn", K, SB, [],
  ["the scariest thing in the film", "you will grab whoever is next to you"])
q("which is better for kids, turnip rex or the slipper baths", K, TR, [], ["rated U", "best for ages four and up"])
q("which rated higher, moorburn or the slipper baths", K, SB, [], ["Four stars out of five"],
  ["three stars", "four stars"])
q("which is older, l'ete des grelons or northbound services", K, LE, [], ["2016"], ["2016", "2024"])
q("moorburn or pale arithmetic, which is longer", K, PA, [], ["124 min"], ["124", "109 minutes"])
q("which is longer, the slipper baths or the brightsea tapes", K, SB, [], ["98 mins"], ["98", "84"])
q("turnip rex or l'ete des grelons, which is shorter", K, TR, [], ["86 minutes"], ["86", "97 minutes"])
q("which came out first, moorburn or l'ete des grelons", K, LE, [], ["2016"], ["2016", "2026"])
q("which got the better score, turnip rex or spade work", K, TR, [], ["Our rating: 4/5"], ["4/5", "6.8/10"])
q("is talcum floor longer than circus under curfew", K, TF, [], ["two hours and ten minutes"], ["117 minutes"])
q("which is longer, northbound services or the slipper baths", K, NS, [], ["98 minutes"], ["98 mins"])

with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "all.jsonl"), "w", encoding="utf-8") as f:
    for row in ROWS:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
print(len(ROWS), "questions")

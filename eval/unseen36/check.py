#!/usr/bin/env python3
"""Validate eval set 36 against the review files in eval/unseen36/reviews/ (adapted from eval/unseen35/check.py).

Changes from unseen35's checker: NOT_STORED lists this set's titles (real films next to a new one in topic, and one
invented title named nowhere); MENTIONED stays empty (no new review names another film by title), but the mechanism is
kept; OLD adds the seven new films of eval/unseen35 (copied unchanged); NEW_FILES and NEW_FILMS list this set's eight
new review files and seven new films. The word range of a new file stays 350-900 (as `wc -w` counts them).
Otherwise the same: every new review file must have a title that no other stored film has, and the seven new films
must be stored; not-stored titles are also looked for in review text with accents removed and apostrophes dropped;
about 15 questions are about old films on purpose, so at least 120 questions (and 80%) must be about the new films,
at least 8 questions per kind and 4 per part, at least 8 film-not-stored questions. The front-matter title is read
from `title` or its documented alias `film` (backcomb-gollop.md and haberdashery.md use `film`; both have a `#`
headline under the front matter, and the front matter wins); lugworm.md has no front matter, so its `# Lugworm` line
gives the title. HTML tags are stripped and entities decoded before plain-text headings are looked for
(ringback.txt is a saved HTML page). A `.txt` file's title is its file name in Title Case (`backcomb.txt` is
"Backcomb", `weathercock.txt` "Weathercock", though its content is JSON and backcomb.txt's is CSV).
Plain-text lines ending in a colon, a question mark or a closing bracket are not counted as headings here, and short
lines such as oche.txt's "Dear Sirs" and "Yours faithfully", verruca.txt's dated lines ("Sunday 6 December"),
weathercock.txt's JSON lines ("{", "],") and ringback.txt's "Take a sip every time…" are, though the bot may read any
of them differently; no question names such a line as its section, except verruca.txt's dated lines and oche.txt's
numbered-letter headings ("The facts", "What our client accepts"), which are the file's own headings.
Checks: every line of all.jsonl, tune.jsonl and heldout.jsonl parses as JSON with the expected keys;
every `facts` and `all` string occurs verbatim (case-insensitive) in the named film's review files
(both as written and with HTML entities decoded); every section is a heading of that film (or
"Introduction"); every film-not-stored question names a title that occurs in no review (or only by name, for
MENTIONED) and is not stored; counts per kind.
Exit status 1 on any problem.
"""
import html, json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
REV = os.path.join(HERE, "reviews")
KINDS = ["aspect paraphrase", "actor", "crew", "metadata", "verdict", "yes/no", "typo", "very short",
         "no film named", "film not stored", "unanswerable", "pros/cons", "disagreement", "comparison"]
# titles asked about in film-not-stored questions; none may occur in any review
NOT_STORED = ["blow dry", "the greatest showman", "the ladykillers", "logan lucky", "early man", "the wild robot",
              "the black phone", "when a stranger calls", "eighth grade", "tremors", "pacific rim",
              "eddie the eagle", "the phantom of the open", "the gannet parade"]
# not-stored titles that a new review names without reviewing them: they must not be the title of a stored film, but
# must occur in review text (apostrophes ignored)
MENTIONED = set()  # none: no new review names another film by title
# the eight review files new in this set (350-900 words each)
NEW_FILES = ["backcomb.txt", "backcomb-gollop.md", "haberdashery.md", "weathercock.txt", "ringback.txt",
             "verruca.txt", "lugworm.md", "oche.txt"]
NEW_FILMS = ["Backcomb", "Haberdashery", "Weathercock", "Ringback", "Verruca", "Lugworm", "Oche"]
# films of eval/unseen35/reviews (copied unchanged); every other film is new in this set
OLD = {"Kestrel Lane", "The Tin Choir", "Oxbow Fever", "Harrow Bright", "Vesper Run", "Umbra and the Clockwork Fox",
       "Sister Antimony", "Halcyon Laundry", "Gooseberry Heights", "The Skarvik Winters",
       "Ballerina", "Glass Orchard", "Hollow Creek", "Neon Harvest", "The Deep Quiet", "The Salt Road",
       "The Understudy", "Saltmarsh Hymn", "The Borrowed Winter", "Pebble and the Moon Kite", "Grave Season",
       "The Velvet Ferry", "The Pomeroy Inheritance", "Ironwood Station", "The Last Bellmakers", "Paper Meridian",
       "A Field Guide to Leaving", "Cinder Psalm", "Orbit of Small Hours", "Mossback", "The Whistling Hour",
       "The Ice Listeners", "Buttered Thunder", "Dust Tithe", "The Comet Keeper", "The Ninth Lock",
       "The Lantern Brigade", "Sparrowfall", "The Marrow Engine", "Honeybrook Junction", "The Cobalt Hour",
       "Mercy at Low Tide", "Two Left Hands", "The Ardmore Beekeeper", "Little Furnace",
       "Larkspur Motel", "The Quiet Cartographer", "Copperhead Summer", "Brass Meridian", "Thimble Ghost",
       "Dogwood and Vine", "Ferrous", "Moth Parliament", "Static at Dawn", "Canvas and Bone",
       "Marigold Static", "Hollow Tide", "Pip and the Paper Dragon", "Ferryman's Waltz", "The Copper Orchard",
       "The Comet Diner", "Sparrow Lane", "The Bellwether Inquest", "Glowworm Junction", "Cobalt Summer",
       "The Marigold Ferry", "Salt and Sparrow", "Cinder Lane", "Kestrel Winter", "Moth and the Copper Moon",
       "The Velvet Junction", "The Comet Orchard",
       # the seven new films of eval/unseen8
       "The Cobalt Winter", "Copper Lanterns", "Static Bloom", "The Ninth Harbour", "The Hollow Saints",
       "Sparrow and the Sky Engine", "Meridian Road",
       # the seven new films of eval/unseen9
       "Kingfisher Protocol", "Marmalade Season", "Gravel Kings", "Sunday Tigers", "Brambleworth",
       "Halfmoon Freight", "Nightjar Exchange",
       # the seven new films of eval/unseen10
       "Endgame at Varna", "Aldervane", "Arclight Division", "The Pickled Vicar", "Rumba Nocturne",
       "Seventeen Verandas", "The Mistletoe Mutiny",
       # the seven new films of eval/unseen11
       "The Stolen Refrain", "Tarnby Approach", "The Tortoise Job", "The Tulip Clerk", "Circus Under Curfew",
       "Chimes at Teatime", "The Brightsea Tapes",
       # the seven new films of eval/unseen12
       "Turbine 14", "Regolith", "Par for the Coast", "Flatpack", "Queen of the Baize", "Northbound Services",
       "Seven Down",
       # the seven new films of eval/unseen13
       "Pale Arithmetic", "Moorburn", "The Slipper Baths", "L'Été des grêlons", "Spade Work", "Turnip Rex",
       "Talcum Floor",
       # the seven new films of eval/unseen14
       "Knockdown", "Bunkbed Cosmonaut", "Eelgrass", "Tombola", "Come Bye", "Gallowglass", "Love, Actuarially",
       # the seven new films of eval/unseen15
       "Saltpetre", "Velocipede", "Hot Water Crust", "Pulpo", "Diaphone", "Wyrmhold", "Skive",
       # the seven new films of eval/unseen16
       "Far Post", "Pteridomania", "Vigia", "Null Island", "Dunnage", "Gumboot", "Fair Comment",
       # the seven new films of eval/unseen17
       "Sorting Office", "The Net Menders", "Carvery", "Irreproducible", "Hobthrush Grange", "Slipjig",
       "Four Hour Target",
       # the seven new films of eval/unseen18
       "Sesquipedalian", "Raspberry Ripple", "Hard Shoulder", "Collodion", "Twankey", "Warm Leads", "Forfeit",
       # the seven new films of eval/unseen19
       "Shale", "Brocade", "Kissing Gate", "Half Board", "Leap Second", "Rind", "Foreperson",
       # the seven new films of eval/unseen20
       "Hog Line", "Carriage Return", "Hypnagogia", "Lumberjill", "Slowcoach", "Loci", "Repeater",
       # the seven new films of eval/unseen21
       "Wrackline", "Tension Square", "Wryneck", "Dunmail", "Slackwater", "Lipless", "Gastrique",
       # the seven new films of eval/unseen22
       "Ziaboga", "Whiteknuckle", "Lurcher", "Smirr", "Ballast", "Quokka", "Sublet",
       # the seven new films of eval/unseen23
       "Paladina", "Kabaddi Nani", "Pleacher", "Tawny", "Updraught", "Drumlin", "Arsenical",
       # the seven new films of eval/unseen24
       "Twirl", "Icehouse", "Escapement", "Bog Standard", "Effigy", "Dromedary", "Scuttle",
       # the seven new films of eval/unseen25
       "Windsock", "Couchette", "Rivet", "Halocline", "Key Safe", "Heave", "Change Alley",
       # the seven new films of eval/unseen26
       "Caplin Tickle", "Uptime", "Foul Pole", "Underbridge", "Bad Light", "Rebuttal", "Sort Code",
       # the seven new films of eval/unseen27
       "Godelieve", "Chockstone", "Gutshot", "Double Yellow", "Televote", "Tonnage", "Ajolote",
       # the seven new films of eval/unseen28
       "Elfsteden", "Carpincho", "Longyear", "Lanolin", "Umbriel", "Chatelaine", "Tokamak",
       # the seven new films of eval/unseen29
       "Tallyman", "Semaphore", "Cantilever", "Bumblefoot", "Stopcock", "Palindrome", "Flensing",
       # the seven new films of eval/unseen30
       "Swarf", "Cria", "Bullwheel", "Snickelway", "Vespiary", "Quirt", "Highdown",
       # the seven new films of eval/unseen31
       "Waybill", "Request Stop", "Nordmann", "Tramlines", "Penny Falls", "Throughstone", "Torpor",
       # the seven new films of eval/unseen32
       "Sillage", "Ullage", "Pink Custard", "Notspot", "Tattie Bogle", "Keepnet", "Mirrorball",
       # the seven new films of eval/unseen33
       "Unmute", "Shuttering", "Capo", "Coconut Shells", "Mitten", "Eggshell", "Woggle",
       # the seven new films of eval/unseen34
       "Awning", "Lutra", "Soundalike", "Coupon", "Humbug", "Glasspool", "Petalling",
       # the seven new films of eval/unseen35
       "Tailings", "Propolis", "Legger", "Catflap", "Plait", "Countermeasure", "Snowplough"}
OLD = {t.lower() for t in OLD}

def load():
    films = defaultdict(lambda: {"text": [], "headings": set(), "files": []})
    for name in sorted(os.listdir(REV)):
        path = os.path.join(REV, name)
        text = open(path, encoding="utf-8-sig").read()
        stem, ext = os.path.splitext(name)
        title = " ".join(w.capitalize() for w in stem.split("-"))
        headings = set()
        if ext == ".md":
            m = re.match(r"---\n(.*?)\n---\n", text, re.S)
            fm_title = None
            if m:
                for line in m.group(1).splitlines():
                    k, _, v = line.partition(":")
                    if k.strip() in ("title", "film"):  # `film` is a documented alias (woggle.md)
                        fm_title = v.strip().strip('"')
            h1 = re.search(r"^# (.+)$", text, re.M)
            if fm_title:
                title = fm_title
            elif h1:
                title = h1.group(1).strip()
            headings = {l[3:].strip() for l in text.splitlines() if l.startswith("## ")}
        else:
            lines = [html.unescape(re.sub(r"<[^>]+>", "", l)).strip() for l in text.splitlines()]
            lines = [l for l in lines if l]
            headings = {l for l in lines[1:] if len(l) <= 60 and not re.search(r"[.!?:;,\"”’)]$", l)}
        f = films[title.lower()]
        f["text"].append(text.lower())
        f["text"].append(html.unescape(text).lower())
        f["headings"] |= headings
        f["files"].append(name)
    return films

def deaccent(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

errors_early = []

def main():
    films = load()
    everything = [t for f in films.values() for t in f["text"]] + [t.lower() for t in films]
    everything += [deaccent(t) for t in everything]
    for name in NEW_FILES:
        path = os.path.join(REV, name)
        if not os.path.exists(path):
            errors_early.append(f"new file {name} missing"); continue
        n = len(open(path, encoding="utf-8").read().split())
        print(f"  new file {name}: {n} words")
        if not 350 <= n <= 900:
            errors_early.append(f"new file {name} has {n} words (want 350-900)")
    for t in NEW_FILMS:
        if t.lower() not in films:
            errors_early.append(f"new film {t!r} not stored")
        elif t.lower() in OLD:
            errors_early.append(f"new film {t!r} clashes with an old title")
        else:
            print(f"  new film {t}: {films[t.lower()]['files']}")
    # every stored film is either one of the seven new films or an old one (copied unchanged)
    stray = sorted(f for f in films if f not in OLD and f not in {t.lower() for t in NEW_FILMS})
    if stray:
        errors_early.append(f"stored films neither new nor old: {stray}")
    print(f"  {sum(len(f['files']) for f in films.values())} review files, {len(films)} films")
    errors = list(errors_early)
    def err(where, msg):
        errors.append(f"{where}: {msg}")
    parts = {}
    for part in ["all", "tune", "heldout"]:
        p = os.path.join(HERE, part + ".jsonl")
        if not os.path.exists(p):
            if part == "all":
                err(part, "missing"); continue
            continue
        rows = []
        for i, line in enumerate(open(p, encoding="utf-8"), 1):
            where = f"{part}.jsonl:{i}"
            try:
                q = json.loads(line)
            except Exception as e:
                err(where, f"bad JSON {e}"); continue
            rows.append(q)
            for k in ["q", "kind", "film", "sections", "facts", "answerable"]:
                if k not in q:
                    err(where, f"missing key {k}")
            if set(q) - {"q", "kind", "film", "sections", "facts", "answerable", "all"}:
                err(where, f"unknown keys {set(q)}")
            kind, film = q.get("kind"), q.get("film")
            if kind not in KINDS:
                err(where, f"bad kind {kind!r}")
            if kind == "film not stored":
                if film is not None or q["answerable"] or q["facts"] or q["sections"]:
                    err(where, "film-not-stored must have film null, answerable false, no facts/sections")
                hit = [t for t in NOT_STORED if re.search(r"\b" + re.escape(t) + r"\b", q["q"].lower())]
                if not hit:
                    err(where, "film-not-stored question names no title from NOT_STORED")
                for t in hit:
                    if t in films:
                        err(where, f"'{t}' is a stored title")
                    if t in MENTIONED:
                        if not any(re.search(r"\b" + re.escape(t) + r"\b", x.replace("'", "").replace("\u2019", ""))
                                   for x in everything):
                            err(where, f"'{t}' is in MENTIONED but named in no review")
                        continue
                    flat = t.replace("'", "")
                    if any(re.search(r"\b" + re.escape(t) + r"\b", x) or
                           re.search(r"\b" + re.escape(flat) + r"\b", x.replace("'", "").replace("\u2019", ""))
                           for x in everything):
                        err(where, f"'{t}' occurs in a review")
                continue
            if (film or "").lower() not in films:
                err(where, f"unknown film {film!r}"); continue
            F = films[film.lower()]
            if kind == "unanswerable" or not q["answerable"]:
                if q["answerable"] or q["facts"] or q["sections"] or q.get("all"):
                    err(where, "unanswerable must have answerable false and empty facts/sections")
                if kind != "unanswerable":
                    err(where, "answerable false outside unanswerable/film not stored")
                continue
            if not q["facts"]:
                err(where, "answerable question without facts")
            for s in q["sections"]:
                if s != "Introduction" and s not in F["headings"]:
                    err(where, f"section {s!r} not a heading of {film} ({sorted(F['headings'])})")
            pairs = [(F["text"][j], F["text"][j + 1]) for j in range(0, len(F["text"]), 2)]
            for fact in q["facts"]:
                # a fact must occur in one file of the film, both as written and entity-decoded
                if not any(fact.lower() in a and fact.lower() in b for a, b in pairs):
                    err(where, f"fact {fact!r} not in {film}")
            for a in q.get("all", []):
                pool = everything if kind in ("metadata", "comparison", "no film named") else F["text"]
                if not any(a.lower() in t for t in pool):
                    err(where, f"all-string {a!r} not found")
        parts[part] = rows
    # counts
    allrows = parts.get("all", [])
    qs = Counter(r["q"] for r in allrows)
    for qq, n in qs.items():
        if n > 1:
            err("all", f"duplicate question {qq!r}")
    print("kind".ljust(20), "all", "tune", "heldout")
    for k in KINDS:
        c = [sum(1 for r in parts.get(p, []) if r.get("kind") == k) for p in ["all", "tune", "heldout"]]
        print(k.ljust(20), *c)
        if c[0] < 8:
            err("counts", f"{k}: only {c[0]}")
        if "tune" in parts and min(c[1], c[2]) < 4:
            err("counts", f"{k}: fewer than 4 in a part")
    if "tune" in parts:
        if sorted(json.dumps(r, sort_keys=True) for r in parts["tune"] + parts["heldout"]) != \
           sorted(json.dumps(r, sort_keys=True) for r in allrows):
            err("split", "tune + heldout is not exactly all")
    new = sum(1 for r in allrows if r.get("film") and r["film"].lower() not in OLD)
    used = {r["film"].lower() for r in allrows if r.get("film")}
    nfiles = sum(len(films[f]["files"]) for f in used if f in films)
    print(f"total {len(allrows)}; about new reviews {new} ({100 * new / max(1, len(allrows)):.0f}%); "
          f"films used {len(used)}, review files used {nfiles}")
    if new < 120 or new < 0.8 * len(allrows):
        err("counts", f"only {new} questions about new reviews (need 120 and 80%)")
    if sum(1 for r in allrows if r.get("kind") == "film not stored") < 8:
        err("counts", "fewer than 8 film-not-stored questions")
    for f, F in sorted(films.items()):
        print(f"  {f}: {F['files']} headings={sorted(F['headings'])}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} problems")
    sys.exit(1 if errors else 0)

main()

"""Word tables for context and alignment: stop words, titles, demonyms, synonyms and event verbs.

Data only; context.py and align.py use these to decide what a number is about.
"""

from __future__ import annotations

from claimcheck.lexicon import FUNCTION_WORDS

STOPWORDS = FUNCTION_WORDS | frozenset(
    """i me we us it its they them he she his her their our your who whom which what whose there here
    would could should shall might must can may will also just only even still yet however meanwhile
    said says say told stated according reported added per cent percent nearly around about roughly
    some almost over under more less than least most up down near approximately estimated an a
    while amid amidst despite though although because since if whether unless once
    like including among such other others another several many few much any every each none
    now then today currently recently already soon again ever never always often
    one two three four five six seven eight nine ten""".split()
)

# Words that name no particular measure: 'global output' is 'output' for comparison.
GENERIC_MEASURE_WORDS = frozenset(
    """global world worldwide total overall annual annually current currently country countries nation
    national key major main certain various new latest recent figure figures number numbers amount
    level levels rate value share proportion part portion percentage whole entire all full same
    controls control controlled controlling account accounts accounted holds hold held has have had
    got get gets getting stands stood remains remained is are was were be been being do does did
    contributing contributed contribute marginally only near so far higher lower quarter quarters year years
    month months week weeks day days period fiscal financial earlier ago last previous""".split()
)

# Inflections and synonyms folded to one key word (or several, for abbreviations).
MEASURE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "output": ("production",), "produce": ("production",), "produces": ("production",),
    "produced": ("production",), "producing": ("production",), "producer": ("production",),
    "production": ("production",), "consume": ("consumption",), "consumes": ("consumption",),
    "consumed": ("consumption",), "consumption": ("consumption",), "mined": ("mining",),
    "mine": ("mining",), "mining": ("mining",), "mines": ("mining",), "processing": ("processing",),
    "processed": ("processing",), "refining": ("processing",), "refined": ("processing",),
    "ree": ("rare", "earth", "element"), "rees": ("rare", "earth", "element"), "elements": ("element",),
    "rare-earth": ("rare", "earth"), "deaths": ("death",), "dead": ("death",), "died": ("death",),
    "killed": ("death",), "killing": ("death",), "kills": ("death",), "kill": ("death",),
    "fatalities": ("death",), "toll": ("death",), "death": ("death",),
    "injured": ("injury",), "wounded": ("injury",), "injuries": ("injury",), "hurt": ("injury",),
    "exports": ("export",), "exported": ("export",), "imports": ("import",), "imported": ("import",),
    "sales": ("sale",), "sold": ("sale",), "revenues": ("revenue",), "turnover": ("revenue",),
    "voters": ("voter",), "polled": ("turnout",), "voted": ("turnout",), "unemployment": ("jobless",),
    "jobless": ("jobless",), "gdp": ("gdp",), "economy": ("gdp",), "inflation": ("inflation",),
    "prices": ("price",), "costs": ("cost",), "cost": ("cost",), "budget": ("budget",),
    "applicants": ("application",), "applicant": ("application",), "applications": ("application",),
    "permits": ("permit",), "licences": ("permit",), "licenses": ("permit",), "licence": ("permit",),
    "efficacy": ("effective",), "effectiveness": ("effective",), "efficacious": ("effective",),
    "fee": ("fee",), "offer": ("fee",), "bid": ("fee",), "agreed": ("agree",), "accepted": ("agree",),
    "expenditure": ("spend",), "spending": ("spend",), "spend": ("spend",), "spent": ("spend",),
    "outlay": ("budget",), "budgeted": ("budget",), "allocated": ("budget",), "allocation": ("budget",),
    "rose": ("rise",), "rise": ("rise",), "risen": ("rise",), "rising": ("rise",), "grew": ("rise",),
    "grow": ("rise",), "growth": ("rise",), "jumped": ("rise",), "jump": ("rise",), "increased": ("rise",),
    "increase": ("rise",), "climbed": ("rise",), "surged": ("rise",), "fell": ("fall",), "fall": ("fall",),
    "dropped": ("fall",), "declined": ("fall",), "decline": ("fall",), "decreased": ("fall",),
    "scored": ("score",), "scores": ("score",), "score": ("score",), "made": ("score",),
    "turnout": ("turnout",), "polling": ("turnout",), "tally": ("count",), "stood": ("",), "put": ("",),
}  # fmt: skip

# Words that are capitalised but are not the names of participants.
NAME_STOPWORDS = frozenset(
    """The A An On In At By For From To Of And But Or As It Its This That These Those His Her Their Our
    After Before During Since Until While When Where What Which Who Whose According However Meanwhile
    Ambassador Minister Vice Foreign Secretary President Prime Chief Deputy Senior Junior Spokesperson
    Spokesman Spokeswoman Mr Mrs Ms Dr Sir General Commander Governor Chairman Chairperson Director
    Executive Officer Ministry Affairs External Commerce Department Government Statement Minister's
    Indian Chinese American British Japanese Russian Pakistani German French European Asian African
    Australian Canadian Korean Italian Spanish Brazilian Mexican Iranian Israeli Turkish Saudi
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Image Photograph Photo Sources Source
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Reports Report Union State States Party National International Council Committee Board Office
    Police Court Supreme High Home Finance Defence Defense Health Trade Industry Industries Federal Premier
    Chancellor King Queen Prince Princess Crown Sheikh Emir Mayor Senator Congressman Governor-General""".split()
)

DEMONYMS = {
    "Indian": "India", "Chinese": "China", "American": "US", "U.S.": "US", "United States": "US",
    "USA": "US", "America": "US", "British": "UK", "Britain": "UK", "United Kingdom": "UK", "U.K.": "UK",
    "Japanese": "Japan", "Russian": "Russia", "Pakistani": "Pakistan", "German": "Germany",
    "French": "France", "European": "Europe", "EU": "Europe", "European Union": "Europe",
    "Australian": "Australia", "Canadian": "Canada", "Korean": "Korea", "South Korean": "Korea",
    "Italian": "Italy", "Spanish": "Spain", "Brazilian": "Brazil", "Iranian": "Iran", "Israeli": "Israel",
    "Turkish": "Turkey", "Saudi": "Saudi Arabia", "Beijing": "China", "Vietnamese": "Vietnam",
}  # fmt: skip

# Verbs (and event nouns) that name what happened on a date, folded to a lemma.
EVENT_VERBS = {
    "met": "meet", "meet": "meet", "meets": "meet", "meeting": "meet", "talks": "meet", "talked": "meet",
    "visited": "visit", "visit": "visit", "visits": "visit", "visiting": "visit", "arrived": "visit",
    "arrives": "visit", "signed": "sign", "sign": "sign", "signs": "sign", "announced": "announce",
    "announces": "announce", "announce": "announce", "imposed": "impose", "imposes": "impose",
    "introduced": "impose", "said": "say", "says": "say", "told": "say", "stated": "say", "informed": "say",
    "confirmed": "confirm", "confirms": "confirm", "killed": "attack", "attack": "attack",
    "attacked": "attack", "struck": "attack", "hit": "attack", "exploded": "attack", "blast": "attack",
    "launched": "launch", "launch": "launch", "launches": "launch", "died": "die", "dies": "die",
    "elected": "elect", "election": "elect", "resigned": "resign", "resigns": "resign",
    "convicted": "convict", "sentenced": "sentence", "charged": "charge", "acquitted": "acquit",
    "jailed": "sentence", "indicted": "charge", "verdict": "convict", "guilty": "convict", "ruled": "rule",
    "dismissed": "rule",
    "arrested": "arrest", "collapsed": "collapse", "collapse": "collapse", "caved": "collapse", "opened": "open",
    "inaugurated": "open", "held": "hold", "hosted": "hold", "summit": "hold", "forum": "hold",
    "earthquake": "quake", "quake": "quake", "fire": "fire", "blaze": "fire", "crashed": "crash",
    "crash": "crash", "flood": "flood", "floods": "flood", "storm": "storm", "landfall": "storm",
}  # fmt: skip

# Places are weak evidence that two events are one: many events happen in Beijing.
PLACES = (
    frozenset(DEMONYMS)
    | frozenset(DEMONYMS.values())
    | frozenset(
        """India China US UK Japan Russia Pakistan Germany France Europe Asia Africa Australia Canada Korea
    Italy Spain Brazil Iran Israel Turkey Vietnam Delhi New York London Paris Tokyo Mumbai Kolkata Chennai
    Bengaluru Beijing Shanghai Washington Moscow Geneva Brussels Dubai Singapore Taiwan Ukraine Kyiv""".split()
    )
)

# Words that name different members of one set: a measure of one is not a measure of another.
CONTRAST_SETS = [
    frozenset(group.split())
    for group in (
        "first second third fourth fifth final last opening",
        "man woman men women male female boy girl",
        "severe mild moderate symptomatic asymptomatic",
        "urban rural",
        "export import",
        "production consumption demand supply",
        "profit revenue sale loss income earning margin dividend",
        "death injury missing infection case recovery hospitalisation test",
        "mining processing",
        "north south east west",
        "domestic foreign international",
        "public private",
        "minimum maximum",
    )
]

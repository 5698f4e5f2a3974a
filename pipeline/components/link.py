"""Joinable output: PLACE entities linked to GeoNames rows, ORG mentions grouped under one name."""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.base import CORPORATE, USER_KEY
from pipeline.ruledata import Place, load_place_index, load_places, load_word_list

FEATURE_SCORE = {"country": 3.0, "admin1": 1.5, "city": 2.0, "region": 1.5, "continent": 1.5, "district": 1.0}
DESIGNATOR_FEATURE = {
    "city": {"city"},
    "municipality": {"city", "admin1"},
    "province": {"admin1"},
    "autonomous region": {"admin1"},
    "region": {"admin1", "region"},
    "state": {"admin1"},
    "prefecture": {"city"},
    "league": {"city"},
}
LINK_KEYS = (
    "geoname",
    "geonameid",
    "country_code",
    "admin1",
    "latitude",
    "longitude",
    "feature",
    "link_margin",
)
LOWER_IN_NAMES = {"OF", "AND", "FOR", "THE", "ON", "IN"}


def _entities(doc: Doc) -> list[dict[str, Any]]:
    ents: list[dict[str, Any]] = doc.user_data.get(USER_KEY, {}).get("entities", [])
    return ents


@Language.factory(
    "newsfacts_geo",
    default_config={
        "gazetteer": "places.tsv",
        "minor_gazetteer": "places_minor.tsv.gz",
        "designators": "place_designators.txt",
        "min_margin": 1.0,
        "dominant_ratio": 10.0,
    },
)
def make_geo(
    nlp: Language,
    name: str,
    gazetteer: str,
    minor_gazetteer: str,
    designators: str,
    min_margin: float,
    dominant_ratio: float,
) -> GeoLinker:
    return GeoLinker(gazetteer, minor_gazetteer, designators, min_margin, dominant_ratio)


class GeoLinker:
    """Adds place (the gazetteer's name), geonameid, country_code, admin1, latitude, longitude and feature to PLACE entities.

    A name with several places is resolved by the article's other places (their
    country and first-level division), then by the kind of place its designator
    names, then by size; when the best choice does not lead the next by
    `min_margin`, the entity stays unlinked rather than guessed, unless every reading
    is a city and the best has `dominant_ratio` times the people of any other
    ("London" is London, England, not London, Ontario; Fuji and Suzhou stay open).
    """

    def __init__(
        self,
        gazetteer: str = "places.tsv",
        minor_gazetteer: str = "places_minor.tsv.gz",
        designators: str = "place_designators.txt",
        min_margin: float = 1.0,
        dominant_ratio: float = 10.0,
    ) -> None:
        self.places = load_places(gazetteer)
        self.dominant_ratio = dominant_ratio
        self.minor_name = minor_gazetteer
        self.designators = sorted(load_word_list(designators), key=len, reverse=True)
        self.designator_set = frozenset(self.designators)
        self.min_margin = min_margin

    def split(self, text: str) -> tuple[str, str | None]:
        """'Baotou city' -> ('Baotou', 'city'); 'Inner Mongolia' -> ('Inner Mongolia', None)."""
        name = " ".join(text.split())
        low = name.lower()
        k = low.find(" ")
        while k >= 0:  # the longest ending after a space that is a designator
            d = low[k + 1 :]
            if d in self.designator_set and len(name) > len(d) + 1:
                return name[: -len(d) - 1], d
            k = low.find(" ", k + 1)
        return name, None

    def rows(self, name: str, designator: str | None) -> tuple[tuple[Place, ...], bool]:
        """Gazetteer rows for a name, and whether they come from the small-places table,
        which is read (once) only for designated names the main table lacks."""
        rows = self.places.get(name, ())
        if rows or not designator or not self.minor_name:
            return rows, False
        return load_place_index(self.minor_name).get(name), True

    def _score(self, p: Place, designator: str | None, countries: Counter[str], admin1s: set[str]) -> float:
        score = FEATURE_SCORE.get(p.feature, 1.0)
        if designator in DESIGNATOR_FEATURE:
            score += 2.0 if p.feature in DESIGNATOR_FEATURE[designator] else -2.0
        if p.country_code and countries:
            top = countries.most_common(1)[0][1]
            score += 3.0 * countries[p.country_code] / top
        if p.admin1 and p.admin1 in admin1s and p.feature in ("city", "district"):
            score += 2.0
        return score + math.log10(max(p.population, 1)) / 10

    def _dominant(self, best: Place, others: list[Place]) -> bool:
        """Whether `best` is a city that dwarfs every other reading, all of them cities."""
        if best.feature != "city" or any(p.feature != "city" for p in others):
            return False
        return all(best.population >= self.dominant_ratio * max(p.population, 1) for p in others)

    def link(self, ents: list[dict[str, Any]]) -> None:
        places = [e for e in ents if e["label"] == "PLACE"]
        parsed = [(e, *self.split(e["text"])) for e in places]
        countries: Counter[str] = Counter()
        admin1s: set[str] = set()
        # Unambiguous names first: they set the article's context.
        for _e, name, d in parsed:
            rows, _ = self.rows(name, d)
            if len({(p.country_code, p.admin1) for p in rows}) == 1 and rows[0].feature != "district":
                p = rows[0]
                if p.country_code:
                    countries[p.country_code] += 1
                if p.admin1:
                    admin1s.add(p.admin1)
        for e, name, designator in parsed:
            rows, minor = self.rows(name, designator)
            if minor:
                rows = tuple(p for p in rows if p.country_code in countries)  # small places need context
            if not rows:
                continue
            scored = sorted(
                ((self._score(p, designator, countries, admin1s), p) for p in rows), key=lambda sp: -sp[0]
            )
            best_score, best = scored[0]
            margin = best_score - scored[1][0] if len(scored) > 1 else math.inf
            if margin < self.min_margin and not self._dominant(best, [p for _, p in scored[1:]]):
                continue  # two readings are about as likely: no link rather than a wrong one
            e.update(
                {
                    "geoname": best.name,
                    "geonameid": best.geonameid,
                    "country_code": best.country_code,
                    "admin1": best.admin1,
                    "latitude": best.latitude,
                    "longitude": best.longitude,
                    "feature": best.feature,
                    "link_margin": None if math.isinf(margin) else round(margin, 2),
                }
            )
        # A bare mention takes the link of the same name written with a designator ("Haidian").
        linked = {name: e for e, name, _ in parsed if "feature" in e}
        for e, name, designator in parsed:
            if "feature" not in e and designator is None and name in linked:
                src = linked[name]
                e.update({k: src[k] for k in LINK_KEYS})

    def __call__(self, doc: Doc) -> Doc:
        self.link(_entities(doc))
        return doc


def canonical_org(text: str) -> str:
    """'CHINA DAILY' -> 'China Daily'; spaces normalised; other names as written."""
    name = " ".join(text.split())
    words = name.split()
    if len(words) > 1 and name.isupper():
        words = [w.lower() if w in LOWER_IN_NAMES else w if len(w) <= 3 else w.capitalize() for w in words]
        name = " ".join(words)
    return name


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


@Language.factory("newsfacts_org_groups", default_config={})
def make_org_groups(nlp: Language, name: str) -> OrgGrouper:
    return OrgGrouper()


class OrgGrouper:
    """Gives every ORG a `canonical` name and a `cluster` id shared by its mentions in the article:
    'Yili' and 'the Yili Group' -> 'Yili Group'; a company and its park stay apart."""

    @staticmethod
    def group(ents: list[dict[str, Any]]) -> None:
        orgs = [e for e in ents if e["label"] == "ORG"]
        canonical = {e["text"]: canonical_org(e["text"]) for e in orgs}
        names = set(canonical.values())
        by_lower = {n.lower(): n for n in sorted(names, key=lambda n: (n.isupper(), n))}
        spelt: dict[str, list[str]] = {}  # lower-cased name -> the names written so
        for n in names:
            spelt.setdefault(n.lower(), []).append(n)
        for e in orgs:
            name = by_lower[canonical[e["text"]].lower()]
            # the names that are this one and a corporate word ('Yili' -> 'Yili Group')
            longer = [n for suffix in CORPORATE for n in spelt.get(f"{name} {suffix}".lower(), ())]
            if longer:
                name = by_lower[min(longer).lower()]
            e["canonical"] = name
            e["cluster"] = "org:" + slug(name)

    def __call__(self, doc: Doc) -> Doc:
        self.group(_entities(doc))
        return doc

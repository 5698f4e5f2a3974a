"""Generated news-like articles for scale tests and benchmarks (deterministic for a seed)."""

from __future__ import annotations

import random
from pathlib import Path

CITIES = [
    "Hohhot",
    "Baotou",
    "Ordos",
    "Shenzhen",
    "Chengdu",
    "Wuhan",
    "Xi'an",
    "Hangzhou",
    "Nanjing",
    "Tianjin",
]
REGIONS = ["Inner Mongolia autonomous region", "Guangdong province", "Sichuan province", "Hubei province"]
COMPANIES = ["Yili Group", "Baogang Group", "Sinopec", "Huawei", "China Mobile", "Haier Group", "BYD Company"]
NOUNS = ["enterprises", "start-ups", "incubators", "patents", "projects", "jobs", "researchers", "factories"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
SENTENCES = [
    "{city}, in {region}, attracted {money} in new investment {rel}, the {company} said.",
    "The city now has {qual}{count} {noun}, up {pct} percent year-on-year.",
    "In {month} {year}, {company} opened a research base in {city} with {count2} {noun}.",
    "Officials in {city} said {count} {noun} had settled in the {city} High-tech Development Zone.",
    "Revenue reached {money} (${usd} million) {rel}, according to {company}.",
    "Exports to Russia and the United States rose {pct}% in {year}.",
]


def article(rng: random.Random, paragraphs: int = 6) -> str:
    """One article: headline, dateline, then paragraphs of templated sentences."""
    year = rng.randint(2015, 2024)
    head = f"{rng.choice(CITIES)} drives growth in {rng.choice(NOUNS)}"
    lines = [head, "", f"Updated: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", ""]
    for _ in range(paragraphs):
        sents = []
        for _ in range(rng.randint(2, 4)):
            sents.append(
                rng.choice(SENTENCES).format(
                    city=rng.choice(CITIES),
                    region=rng.choice(REGIONS),
                    company=rng.choice(COMPANIES),
                    money=f"{rng.randint(2, 900)} million yuan",
                    usd=rng.randint(1, 99),
                    rel=rng.choice(["last year", "this year", "in 2016"]),
                    qual=rng.choice(["", "about ", "more than "]),
                    count=f"{rng.randint(2, 9999):,}",
                    count2=rng.choice(["two", "eight", "twenty-five", "300"]),
                    noun=rng.choice(NOUNS),
                    pct=rng.randint(1, 40),
                    month=rng.choice(MONTHS),
                    year=year - rng.randint(0, 3),
                )
            )
        lines += [" ".join(sents), ""]
    return "\n".join(lines)


def write_corpus(folder: Path, n: int, seed: int = 7, paragraphs: int = 6) -> list[Path]:
    """`n` generated article files in `folder`."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"gen_{i:06d}.txt"
        p.write_text(article(rng, paragraphs), encoding="utf-8")
        paths.append(p)
    return paths

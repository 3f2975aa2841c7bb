"""Generate realistic, invented news articles for benchmarks: same seed, same articles.

Every name, place and organisation comes from the small word lists below; nothing is taken
from real articles. An article has a headline, sometimes the headline repeated (as scraped
pages have), a dateline lead, quotes with attributions (straight and curly marks, speaker
before or after, quotes split by "she said", an unattributed quote now and then), hedged and
bare claims, background with numbers and dates, and sometimes site boilerplate lines
("Advertisement", "Related Articles") that newslab should set aside.

Usage:
    python benchmarks/generate.py FOLDER [--count 100] [--seed 0] [--paragraphs 12]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST_NAMES = ["Amara", "Bohdan", "Carys", "Dagny", "Emeric", "Farida", "Goran", "Hesper", "Ilse",
               "Joaquin", "Kestrel", "Liesl", "Maren", "Nikolai", "Orla", "Pavlo", "Quilla", "Rosalind",
               "Soren", "Thandi", "Ulric", "Vesna", "Wendell", "Yara", "Zoltan"]
SURNAMES = ["Ardent", "Brevik", "Castellan", "Dunmore", "Esterhaz", "Falkner", "Grieve", "Halloran",
            "Ingram", "Jorvik", "Kettering", "Lindqvist", "Marrow", "Nakashi", "Okonkwo", "Pellegrin",
            "Quarles", "Rudnik", "Santerre", "Tolliver", "Umbridge", "Vantongeren", "Whitlock"]
COUNTRIES = ["Valdora", "Kessaria", "Norvenia", "Ostmark", "Pelagos", "Rhovan", "Sarvia", "Tamarind"]
CITIES = ["Port Ellery", "Brask", "Calloway", "Dunhollow", "Eskerford", "Gallin", "Harrowgate", "Lisk",
          "Marrowby", "Nethercombe"]
ORGANISATIONS = ["the Harbour Authority", "the Northern Grain Union", "the Central Statistics Office",
                 "the Coastal Defence League", "the Federation of Small Traders", "the Water Board",
                 "the National Rail Company", "the Institute for Fiscal Studies of {country}"]
ROLES = ["minister of trade", "foreign minister", "prime minister", "mayor", "spokeswoman",
         "spokesman", "chief economist", "union leader", "opposition leader", "harbour master"]
TOPICS = [  # (what the story is about, what the government promises, the plan: singular)
    ("the new harbour", "rebuild the harbour", "the harbour plan"),
    ("grain prices", "bring grain prices down", "the grain tariff"),
    ("the rail strike", "end the rail strike", "the pay offer"),
    ("the water supply", "secure the water supply", "the new reservoir"),
    ("the border talks", "reopen the border", "the border deal"),
    ("the budget", "balance the budget", "the spending plan"),
]
HONORIFICS = ["Mr", "Ms", "Mr.", "Ms.", "Dr"]
REPORTING = ["said", "told reporters", "added", "warned", "insisted", "argued", "claimed", "noted"]
HEDGES = ["may", "could", "might", "is expected to", "appears to", "is likely to", "would probably"]
HEDGE_LEADS = ["Analysts believe", "It is possible that", "Some officials suggest", "Reportedly,",
               "According to people familiar with the plan,"]
OUTCOMES = ["cost more than planned", "take years to finish", "help exporters", "anger farmers",
            "raise prices in the short term", "create several thousand jobs", "divide the coalition"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BOILERPLATE = ["Advertisement", "Read more: {headline}", "Sign up for our morning newsletter",
               "Related Articles", "\u00a9 2024 Example Wire. All rights reserved."]
QUOTE_LINES = [
    "We will {goal}, whatever it takes",
    "This is not the time for half measures",
    "Nobody in {city} asked for this",
    "The numbers speak for themselves",
    "We have been patient for too long",
    "I am confident that {topic} will be settled this year",
    "It is a good first step, but only a first step",
    "They promised to {goal} and they have not",
]
QUOTE_MARKS = [('"', '"'), ("\u201c", "\u201d")]


class ArticleWriter:
    """Writes one invented article from a seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.country, self.rival = rng.sample(COUNTRIES, 2)
        self.city = rng.choice(CITIES)
        self.topic, self.goal, self.thing = rng.choice(TOPICS)
        self.people = [self._person() for _ in range(rng.randint(3, 5))]
        self.open, self.close = rng.choice(QUOTE_MARKS)

    def _person(self) -> tuple[str, str, str, str]:
        first, last = self.rng.choice(FIRST_NAMES), self.rng.choice(SURNAMES)
        return first, last, self.rng.choice(ROLES), self.rng.choice(HONORIFICS)

    def _fill(self, template: str) -> str:
        return template.format(country=self.country, city=self.city, goal=self.goal, topic=self.topic)

    def headline(self) -> str:
        first, last, role, _ = self.people[0]
        return self.rng.choice([
            f"{last} vows to {self.goal} as pressure mounts in {self.country}",
            f"{self.country} and {self.rival} clash over {self.topic}",
            f"In {self.city}, doubts grow over {self.thing}",
        ])

    def lead(self) -> str:
        first, last, role, _ = self.people[0]
        day = self.rng.choice(WEEKDAYS)
        crowd = self.rng.randint(2, 40)
        return (f"{self.city.upper()} \u2014 {first} {last}, the {role} of {self.country}, promised on {day} "
                f"to {self.goal}, a day after {crowd},000 people marched through {self.city}.")

    def quote(self) -> str:
        first, last, role, honorific = self.rng.choice(self.people)
        line = self._fill(self.rng.choice(QUOTE_LINES))
        verb = self.rng.choice(REPORTING)
        o, c = self.open, self.close
        form = self.rng.randrange(7)
        if form == 5:  # reported speech, no quote marks
            said = self.rng.choice(["said", "added", "warned"])
            return f"{honorific} {last} {said} that {self.thing} would {self.rng.choice(OUTCOMES)}."
        if form == 6:  # a quote of two sentences
            first_line, second_line = (self._fill(t) for t in self.rng.sample(QUOTE_LINES, 2))
            return f"{honorific} {last} {verb}: {o}{first_line}. {second_line}.{c}"
        if form == 0:
            return f"{o}{line},{c} {last} {verb}."
        if form == 1:
            return f"{first} {last}, the {role}, {verb}: {o}{line}.{c}"
        if form == 2:
            second = self._fill(self.rng.choice(QUOTE_LINES))
            return f"{o}{line},{c} said {last}. {o}{second}.{c}"
        if form == 3:
            return f"{o}{line},{c} one official {verb}, speaking on condition of anonymity."
        return f"{o}{line}.{c}"  # a quote with no speaker

    def claim(self) -> str:
        organisation = self._fill(self.rng.choice(ORGANISATIONS))
        outcome = self.rng.choice(OUTCOMES)
        if self.rng.random() < 0.5:
            return f"{self.rng.choice(HEDGE_LEADS)} {self.thing} {self.rng.choice(HEDGES)} {outcome}."
        return f"According to {organisation}, {self.thing} will {outcome}."

    def background(self) -> str:
        year = self.rng.randint(1990, 2023)
        share = self.rng.randint(3, 60)
        return self.rng.choice([
            f"{self.country} and {self.rival} have argued over {self.topic} since {year}.",
            f"The plan covers {share} per cent of the coast and was first proposed in {year}.",
            f"Officials in {self.rival} did not respond to requests for comment.",
            f"The U.S. embassy in {self.city} said it was following events closely.",
        ])

    def paragraph(self, used: set[str]) -> str:
        kind = self.rng.choices(["quote", "claim", "background"], weights=[4, 3, 2])[0]
        sentences: list[str] = []
        for _ in range(self.rng.randint(1, 3)):
            for _attempt in range(5):  # avoid repeating a sentence already in the article
                sentence = getattr(self, kind)()
                if sentence not in used:
                    break
            used.add(sentence)
            sentences.append(sentence)
        return " ".join(sentences)

    def article(self, paragraphs: int) -> str:
        headline = self.headline()
        parts = [headline]
        if self.rng.random() < 0.3:
            parts.append(headline)  # scraped pages often repeat the headline
        parts.append(self.lead())
        used: set[str] = set()
        for index in range(paragraphs - 1):
            if index == paragraphs // 2 and self.rng.random() < 0.3:
                parts.append("Advertisement")
            parts.append(self.paragraph(used))
        if self.rng.random() < 0.5:
            parts += [line.format(headline=headline) for line in self.rng.sample(BOILERPLATE[1:], 2)]
        return "\n\n".join(parts) + "\n"


def generate_article(index: int, *, seed: int = 0, paragraphs: int | None = None) -> str:
    """Article number ``index`` of the collection given by ``seed`` (about 3,500 characters).

    Example:
        >>> generate_article(3, seed=1) == generate_article(3, seed=1)
        True
    """
    rng = random.Random(f"newslab-benchmark:{seed}:{index}")
    count = paragraphs if paragraphs is not None else rng.randint(12, 20)
    return ArticleWriter(rng).article(count)


def generate_articles(count: int, *, seed: int = 0, paragraphs: int | None = None) -> list[str]:
    """``count`` invented articles, the same ones for the same ``seed``."""
    return [generate_article(index, seed=seed, paragraphs=paragraphs) for index in range(count)]


def write_articles(folder: Path, count: int, *, seed: int = 0, paragraphs: int | None = None) -> list[Path]:
    """Write ``count`` articles as ``article_0000.txt``... into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, text in enumerate(generate_articles(count, seed=seed, paragraphs=paragraphs)):
        path = folder / f"article_{index:04d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description="Write invented news articles for benchmarks.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--paragraphs", type=int, default=None, help="paragraphs per article (default 12-20)")
    args = parser.parse_args()
    paths = write_articles(args.folder, args.count, seed=args.seed, paragraphs=args.paragraphs)
    print(f"wrote {len(paths)} articles to {args.folder}")


if __name__ == "__main__":
    main()

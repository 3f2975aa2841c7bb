"""A stand-in ``stance`` part for an analysis document, in the shape the stance layer will give:

    stance: {actors: [{actor, name, label, score, voices: [...], evidence: [...]}],
             relations: [{source, target, verb: {start, end, text}, sentence, polarity}]}

so the report's stance section is tested before (and independently of) the real layer. The
numbers are made from positions in the text, not from any reading of it.
"""

from __future__ import annotations

import copy
from typing import Any


def with_stance(document: dict[str, Any], *, extra: str = "") -> dict[str, Any]:
    """A copy of ``document`` with a ``stance`` part about its first three actors.

    ``extra`` is appended to every label and voice name (to test escaping).
    """
    document = copy.deepcopy(document)
    actors = document.get("actors", [])[:3]
    sentences = document["sentences"]
    stance_actors = []
    for number, actor in enumerate(actors):
        score = round(0.6 - 0.5 * number, 2)
        mentioned = sorted({m["sentence"] for m in actor["mentions"] if m["sentence"] >= 0})
        evidence = [
            {key: sentences[n][key] for key in ("start", "end", "text")} for n in mentioned[:2]
        ]
        stance_actors.append({
            "actor": actor["id"],
            "name": actor["name"],
            "label": ("favourable" if score > 0 else "unfavourable") + extra,
            "score": score,
            "voices": [
                {"voice": "narration" + extra, "score": round(score / 2, 2), "label": "mild" + extra},
                {"voice": "quoted", "score": score},
            ],
            "evidence": evidence,
        })
    relations = []
    if len(actors) >= 2:
        first, second = actors[0], actors[1]
        mention = first["mentions"][-1]
        sentence = max(mention["sentence"], 0)
        relations.append({
            "source": first["id"],
            "target": second["id"],
            "verb": {"start": mention["start"], "end": mention["end"], "text": mention["text"]},
            "sentence": sentence,
            "polarity": -0.4,
        })
    document["stance"] = {"actors": stance_actors, "relations": relations}
    return document

"""Example articles other than the bundled one (the bundled one is :func:`newslab.load`).

Example:
    >>> article = load_invented_example()
    >>> article.title.text, article.source
    ('Harbour town votes to close its last coal plant', 'newslab/data/invented_example_article.txt')
"""

from __future__ import annotations

import dataclasses

from newslab.resources import data_path
from newslab.text.article import Article, load

INVENTED_EXAMPLE = "invented_example_article.txt"
"""An INVENTED news story, written for newslab (notebook 06): the town of Port Ellis, its coal
plant and every person in it are made up. Short (14 sentences), with quotes with and without
a speaker, hedges, a weasel phrase, and words that tone lexicons misread."""


def load_invented_example() -> Article:
    """The invented example article (:data:`INVENTED_EXAMPLE`), from ``newslab/data/``.

    Its ``source`` is the same short label on every computer (as for the bundled article),
    so that reports of it do not depend on where newslab is installed.
    """
    article = load(data_path(INVENTED_EXAMPLE))
    return dataclasses.replace(article, source=f"newslab/data/{INVENTED_EXAMPLE}")

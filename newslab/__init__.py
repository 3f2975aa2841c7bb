"""newslab: read a news article the way an analyst does.

Load an article, then ask who the actors are, who is quoted, which claims are attributed or
hedged, what the tone is and how each actor is positioned.

Example:
    >>> import newslab
    >>> article = newslab.load()          # the bundled article
    >>> article.title.text
    "With Trump in waiting, Kim courts China's support"
    >>> analysis = newslab.analyze(article)
    >>> len(analysis.to_dict()["sentences"]) > 20
    True
    >>> newslab.target_sentiment("Critics slammed Smith for the decision.", 16, 21).label
    'negative'
"""

from typing import Any

from newslab.errors import NewslabError
from newslab.text.article import Article, load, load_text
from newslab.text.spans import Span
from newslab.version import __version__

__all__ = [
    "Analysis",
    "Article",
    "NewslabError",
    "Span",
    "TargetSentiment",
    "__version__",
    "analyze",
    "load",
    "load_text",
    "target_sentiment",
]

_LAZY = {"TargetSentiment", "target_sentiment"}
_PIPELINE = {"Analysis", "analyze"}


def __getattr__(name: str) -> Any:
    # The analysis layers and the sentiment model (numpy) load on first use, so that
    # `import newslab` stays light: a notebook that only reads articles never pays for them.
    if name in _LAZY:
        from newslab.stance import model as sentiment_model

        return getattr(sentiment_model, name)
    if name in _PIPELINE:
        from newslab.pipeline import analysis

        return getattr(analysis, name)
    raise AttributeError(f"module 'newslab' has no attribute {name!r}")

"""Warm up the process that forks local corpus workers.

:mod:`newslab.corpus` has the forkserver process import this module once; importing it runs
one small analysis, so the analysis layers, the libraries they import and the data files
they read are loaded before any worker is forked, and every worker starts with them ready
instead of loading them again.

Example:
    >>> import newslab.corpus.warmup
    >>> newslab.corpus.warmup.WARM_UP_TEXT.splitlines()[0]
    'Warm-up headline'
"""

from __future__ import annotations

WARM_UP_TEXT = 'Warm-up headline\n\nMs Lee met Mr Kim in Seoul. "We agree," she said. It may rain.'


def warm_up() -> None:
    """Run one small analysis, building its tables too; a failure here is left to the workers."""
    import newslab
    import newslab.corpus  # noqa: F401 - the workers' task function lives there

    try:
        newslab.analyze(WARM_UP_TEXT).tables()
    except Exception:  # the same failure will show, with its message, in the workers' rows
        pass


warm_up()

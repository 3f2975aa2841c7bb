"""Warm up the process that forks local corpus workers.

:mod:`newslab.corpus` has the forkserver process import this module once; importing it runs
one small analysis, so the analysis layers, the libraries they import and the data files
they read are loaded before any worker is forked, and every worker starts with them ready
instead of loading them again.

Example:
    >>> import newslab.corpus.warmup  # analyses newslab.corpus.run.WARM_UP_TEXT once
    >>> newslab.corpus.warmup.warm_up.__module__
    'newslab.corpus.run'
"""

from __future__ import annotations

from newslab.corpus.run import warm_up

warm_up()

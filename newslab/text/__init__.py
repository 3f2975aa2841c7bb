"""Text: the article as loaded, and the spans every annotation points into.

Holds spans, word tokens, decoding of bytes, cleaning (repeated headline, boilerplate),
sentence segmentation, word counts, and :class:`~newslab.text.article.Article` with
:func:`~newslab.text.article.load`. Imports nothing of newslab above it: only
:mod:`newslab.errors` and :mod:`newslab.resources`.
"""

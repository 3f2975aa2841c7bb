"""Speech: who says what. Quote marks, reporting clauses, speakers, quotes and claims.

Holds the word lists of reporting verbs, hedges and attribution (:mod:`.lexicons`), the
quote-mark scanner, reporting clauses, speaker resolution, the ``quotes`` and ``claims``
layers. May import :mod:`newslab.text`,
:mod:`newslab.actors` and the leaf modules (:mod:`newslab.layer`, resources, errors).
"""

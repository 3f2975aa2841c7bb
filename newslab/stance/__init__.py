"""Stance: how the article positions each actor, voice by voice, and relations between actors.

Holds the target-dependent sentiment model (:mod:`.model`), framing verbs, whose voice a
stretch is in (:mod:`.voices`), actor-to-actor relations, and the ``stance`` layer. May
import :mod:`newslab.text`, :mod:`newslab.actors`, :mod:`newslab.speech`,
:mod:`newslab.tone` and the leaf modules.
"""

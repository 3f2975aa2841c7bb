"""Tone: how positive or negative, and how subjective, each sentence reads.

Holds the two lenses (TextBlob and VADER), word-level reasons, words the lexicons misread in
news, narration versus quoted stretches, the ``tone`` layer, and labels with agreement
(Cohen's kappa) for comparing a person's reading with the lenses'. May import
:mod:`newslab.text` and the leaf modules.
"""

"""The pipeline: the registry of layers, :func:`analyze`, and the :class:`Analysis` bundle.

The registry is the only module that imports the analysis layers. Also holds
:mod:`.overview`, an article's figures at a glance. May import the analyzers and the leaf
modules; never the views, teaching, corpus or the command line.
"""

"""Views: highlighted HTML, notebook widgets and plots. They show results, never compute them.

The modules are imported one by one, so that ``import newslab`` stays light:
``newslab.views.highlight`` (HTML, no extra dependency), ``newslab.views.annotations`` (the
article with an actor's mentions, the quotes or the claims on it, as HTML),
``newslab.views.widgets`` (ipywidgets), ``newslab.views.plots`` (matplotlib),
``newslab.views.report`` (a whole analysis as one self-contained HTML page).

Example:
    >>> from newslab.views.highlight import highlight
    >>> highlight("Kim", [], jupyter=False).startswith('<div class="nl-highlight"')
    True
"""

"""Teaching: example articles and the notebooks' exercises (check, hint, solution).

May import the pipeline, the analyzers' public results and the views' templates; the
notebooks import from here.
"""

"""The version of newslab, in one place (read by pyproject.toml and the JSON document).

Example:
    >>> __version__.count(".")
    2
"""

__version__ = "0.1.0"

"""Errors that newslab raises with a clear message for the user."""
class NewslabError(Exception):
    """Base class of every error newslab raises on purpose."""

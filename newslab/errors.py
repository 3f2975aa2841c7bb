"""Errors that newslab raises on purpose, each with a message a student can act on.

Example:
    >>> import newslab
    >>> try:
    ...     newslab.Article.from_text("   ")
    ... except newslab.NewslabError as error:
    ...     print(error)
    the article is empty: there is no text to analyse
"""


class NewslabError(Exception):
    """Base class of every error newslab raises on purpose."""


class EmptyArticleError(NewslabError):
    """The text holds nothing but whitespace."""


class BinaryInputError(NewslabError):
    """The input looks like a binary file (an image, a PDF, an archive), not text."""


class UnreadableInputError(NewslabError):
    """The input file is missing, is a folder, or cannot be read."""


class MissingExtraError(NewslabError):
    """An optional feature needs a package that is not installed."""


class ArticleTooLongError(NewslabError):
    """The text is far longer than any news article (a log file, a book, a data dump)."""


class NoInputError(NewslabError):
    """A corpus command was given no article files."""


class UnwritableOutputError(NewslabError):
    """The output file or folder cannot be created or written."""


class NotArticleTextError(NewslabError, ValueError):
    """A file name was given where article text was expected, or article text where a file name was."""


class DataFileError(NewslabError, ValueError):
    """A data file (the actor catalog, a word list) that is written wrongly: the message names
    the file, the line and what the line should look like."""

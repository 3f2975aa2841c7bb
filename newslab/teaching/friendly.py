"""Friendly help for a beginner's errors in a notebook: a plain sentence above the traceback.

:func:`install` (run by ``newslab.teaching.exercises.notebook(...)``, so every notebook has it)
asks IPython to explain the errors beginners meet most, in words they know:

- a word without quote marks (``first_word = With``): "text goes between quote marks";
- a name made in a cell that was not run (``article``): "run the cells above";
- a quote mark left open, or two words with no quote marks: the same, for ``SyntaxError``.

The usual traceback still follows, so nothing is hidden. Outside IPython nothing happens.

Example:
    >>> sentence = explain(NameError("name 'With' is not defined", name="With"))
    >>> sentence.split(". ")[1]
    'If you meant the word itself, text goes between quote marks: "With"'
"""

from __future__ import annotations

import html
import keyword
from typing import Any

from newslab.views import templates
from newslab.views.palette import OKABE_ITO, tint

NOTEBOOK_NAMES = frozenset({"article", "analysis", "ex", "newslab", "notebook", "____", "plots", "stance",
                            "tone", "example", "quotes", "table", "relations", "sentence"})
"""Names the notebooks make in their first cells: a NameError on one of these means "run the cells above"."""

_COLOR = OKABE_ITO["orange"]


def explain(error: BaseException) -> str | None:
    """A sentence for a beginner about ``error``, or ``None`` when there is nothing simple to say.

    Example:
        >>> explain(NameError("name 'article' is not defined", name="article")).split(". ")[1]
        'Run the cells above (or choose Kernel, then Restart Kernel and Run All Cells).'
        >>> explain(ValueError("x")) is None
        True
    """
    if isinstance(error, NameError) and not isinstance(error, UnboundLocalError):
        name = getattr(error, "name", None) or _quoted_name(str(error))
        if not name:
            return None
        if name in NOTEBOOK_NAMES:
            return (f"Python does not know {name} yet: it is made in a cell above. Run the cells above "
                    "(or choose Kernel, then Restart Kernel and Run All Cells).")
        return (f"Python does not know a name {name}. If you meant the word itself, text goes between "
                f'quote marks: "{name}". If {name} is made in a cell above, run that cell first.')
    if isinstance(error, SyntaxError):
        message = (error.msg or "").casefold()
        line = (error.text or "").strip()
        unclosed = ("unterminated string", "eol while scanning", "unterminated triple")
        if any(words in message for words in unclosed):
            return ("A quote mark is missing: text starts and ends with the same quote mark, "
                    'like "Beijing" or \'Beijing\'.')
        if "invalid syntax" in message and "=" in line and not any(q in line for q in "\"'"):
            right = line.split("=", 1)[1].split("#")[0].strip()
            words = right.split()
            if len(words) > 1 and all(w.replace("-", "").isalpha() and not keyword.iskeyword(w)
                                      for w in words):
                return f'Text goes between quote marks: write "{right}", with the quote marks.'
        return ("Python could not read this line. Look where the ^ points: is a bracket, a quote "
                "mark or a comma missing?")
    return None


def _quoted_name(message: str) -> str | None:
    parts = message.split("'")
    return parts[1] if len(parts) >= 3 else None


def note(text: str) -> Any:
    """The explanation as an object that shows itself as text and as (escaped) HTML."""

    class _Note:
        def __repr__(self) -> str:
            return f"Help: {text}"

        def _repr_html_(self) -> str:
            return templates.FEEDBACK.substitute(
                status="help", color=_COLOR, background=tint(_COLOR, 0.15),
                text="<b>Help:</b> " + html.escape(text),
            )

    return _Note()


def install() -> bool:
    """Explain beginners' errors in this IPython kernel; ``False`` outside IPython. Idempotent."""
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return False
    shell = get_ipython()
    if shell is None or getattr(shell, "_newslab_friendly", False):
        return shell is not None

    def on_error(self: Any, etype: type, value: BaseException, tb: Any, tb_offset: int | None = None) -> None:
        sentence = explain(value)
        if sentence:
            display(note(sentence))
        self.showtraceback((etype, value, tb), tb_offset=tb_offset)

    shell.set_custom_exc((NameError,), on_error)
    plain_syntax_error = shell.showsyntaxerror

    def on_syntax_error(*args: Any, **kwargs: Any) -> None:
        import sys

        value = sys.exc_info()[1]
        sentence = explain(value) if isinstance(value, SyntaxError) else None
        if sentence:
            display(note(sentence))
        plain_syntax_error(*args, **kwargs)

    shell.showsyntaxerror = on_syntax_error
    shell._newslab_friendly = True
    return True

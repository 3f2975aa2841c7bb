"""Friendly help for beginners' errors: the sentence, and that a real kernel shows it."""

from __future__ import annotations

import pytest

from newslab.teaching.friendly import explain, install


def syntax_error(code: str) -> SyntaxError:
    with pytest.raises(SyntaxError) as caught:
        compile(code, "<cell>", "exec")
    return caught.value


def name_error(code: str) -> NameError:
    with pytest.raises(NameError) as caught:
        exec(code, {})
    return caught.value


def test_a_bare_word_is_told_to_go_between_quote_marks():
    sentence = explain(name_error("first_word = With"))
    assert 'text goes between quote marks: "With"' in sentence


def test_a_notebook_name_is_told_to_run_the_cells_above():
    assert "Run the cells above" in explain(name_error("len(article.text)"))


def test_syntax_slips_get_a_plain_sentence():
    assert 'write "Xi Jinping"' in explain(syntax_error("answer = Xi Jinping"))
    assert "quote mark is missing" in explain(syntax_error('answer = "Beijing'))
    assert "could not read this line" in explain(syntax_error("answer = (1, 2"))
    assert explain(ValueError("no")) is None


def test_outside_ipython_nothing_is_installed():
    assert install() is False


def test_a_kernel_shows_the_help_above_the_traceback():
    from IPython.testing.globalipapp import start_ipython

    shell = start_ipython()
    try:
        assert install() is True and install() is True
        result = shell.run_cell("first_word = With", store_history=False)
        assert result.error_in_exec is not None
    finally:
        shell.set_custom_exc((), None)
        del shell._newslab_friendly
        del shell.showsyntaxerror

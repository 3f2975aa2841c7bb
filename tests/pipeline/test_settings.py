"""The user's own catalog and word lists reach every layer; files and texts are separate calls."""

from __future__ import annotations

from pathlib import Path

import pytest

import newslab
from newslab.errors import NotArticleTextError, UnreadableInputError
from newslab.resources import WORD_LISTS, data_path

TEXT = (
    "Harbour vote\n\nMayor Ana Ruiz said the plan is bound to work. Ruiz has backed Norway.\n\n"
    "Sponsored links"
)


def test_an_own_hedge_list_changes_the_claims(tmp_path):
    shipped = newslab.analyze(TEXT)
    assert [c.certainty for c in shipped.claims] == ["asserted", "asserted", "asserted"]
    (tmp_path / "hedges.txt").write_text("# mine\nbound to\n", encoding="utf-8")
    mine = newslab.analyze(TEXT, word_lists=tmp_path)
    assert [c.certainty for c in mine.claims] == ["hedged", "asserted", "asserted"]
    assert [cue.text for cue in mine.claims[0].cues if cue.kind == "hedge"] == ["bound to"]


def test_an_own_catalog_changes_the_actors(tmp_path):
    catalog = tmp_path / "mine.csv"
    header = next(line for line in data_path("actors.csv").read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    catalog.write_text(f"{header}\nana-ruiz,Ana Ruiz,person,Ruiz,,,\n", encoding="utf-8")
    shipped = {a.name: a.discovered for a in newslab.analyze(TEXT).actors}
    mine = {a.name: a.discovered for a in newslab.analyze(TEXT, catalog=catalog).actors}
    assert shipped["Ana Ruiz"] is True and mine["Ana Ruiz"] is False
    in_folder = tmp_path / "lists"
    in_folder.mkdir()
    (in_folder / "actors.csv").write_text(catalog.read_text(encoding="utf-8"), encoding="utf-8")
    assert {a.name: a.discovered for a in newslab.analyze(TEXT, word_lists=in_folder).actors} == mine


def test_own_framing_verbs_and_boilerplate_reach_the_relations_and_the_loading(tmp_path):
    assert [r.verb.text for r in newslab.analyze(TEXT).relations] == ["backed"]
    (tmp_path / "framing_verbs.txt").write_text("[conflict]\nsay/said -0.5\n", encoding="utf-8")
    (tmp_path / "boilerplate.txt").write_text("tail  sponsored links\n", encoding="utf-8")
    file = tmp_path / "story.txt"
    file.write_text(TEXT, encoding="utf-8")
    mine = newslab.analyze(file, word_lists=tmp_path)
    assert [r.verb.text for r in mine.relations] in ([], ["said"])
    assert "backed" not in [r.verb.text for r in mine.relations]
    assert [r.text for r in mine.article.removed] == ["Sponsored links"]
    assert [r.text for r in newslab.analyze(file).article.removed] == []


def test_a_misnamed_word_list_is_refused_with_the_name_it_should_have(tmp_path):
    (tmp_path / "hedge.txt").write_text("bound to\n", encoding="utf-8")
    refused = "hedge.txt is not a file newslab reads; did you mean hedges.txt"
    with pytest.raises(UnreadableInputError, match=refused):
        newslab.analyze(TEXT, word_lists=tmp_path)
    with pytest.raises(UnreadableInputError, match="does not exist"):
        newslab.analyze(TEXT, word_lists=tmp_path / "nowhere")
    assert set(WORD_LISTS) <= {p.name for p in Path(data_path("hedges.txt")).parent.iterdir()}


def test_a_string_naming_a_file_is_never_analysed_as_text(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("story.txt").write_text(TEXT, encoding="utf-8")
    with pytest.raises(NotArticleTextError, match=r"newslab.analyze\(newslab.load\('story.txt'\)\)"):
        newslab.analyze("story.txt")
    with pytest.raises(NotArticleTextError, match=r"newslab.load_text\('missing.txt'\)"):
        newslab.analyze("missing.txt")
    assert newslab.analyze(newslab.load("story.txt")).article.text == TEXT
    assert newslab.analyze(Path("story.txt")).article.title.text == "Harbour vote"


def test_text_given_to_load_is_refused_with_what_to_call():
    with pytest.raises(NotArticleTextError, match=r"newslab.load_text\(text\)"):
        newslab.load(TEXT)
    assert newslab.load_text(TEXT).text == TEXT


def test_a_subset_of_layers_runs_with_what_it_requires():
    analysis = newslab.analyze(TEXT, layers=["relations"])
    assert list(analysis.layers) == ["actors", "clauses", "quotes", "claims", "relations"]
    document = analysis.to_dict()
    assert "tone" not in document and "stance" not in document and document["relations"]["items"]
    with pytest.raises(newslab.NewslabError, match="there is no layer 'mood'"):
        newslab.analyze(TEXT, layers=["mood"])

"""Progress, hand-in files and the teacher's switch for solutions, on the real exercises."""

from __future__ import annotations

import json

from newslab.teaching.exercises import (
    CORRECT,
    INCORRECT,
    NO_SOLUTIONS_FILE,
    NOT_ATTEMPTED,
    SOLUTION,
    UNAVAILABLE,
    notebook,
    read_hand_ins,
)


def test_progress_follows_the_last_check_of_each_exercise():
    ex = notebook("01")
    assert "0 of 4 exercises right" in str(ex.progress())
    ex.q3.check(1)
    ex.q1.check(ex.q1.answer(ex.article))
    lines = str(ex.progress()).splitlines()
    assert lines[0] == "Notebook 01: 1 of 4 exercises right."
    assert lines[1].split()[:2] == ["q1", "right"] and lines[3].split()[:3] == ["q3", "not", "right"]
    ex.q3.check(ex.q3.answer(ex.article))
    assert "2 of 4" in str(ex.progress())
    assert notebook("01").results()[0]["status"] == NOT_ATTEMPTED, "a new set starts afresh"


def test_a_hand_in_file_holds_each_answer_and_the_teacher_reads_them_back(tmp_path):
    ex = notebook("00")
    ex.q1.check(3)
    ex.q2.check(ex.q2.answer(ex.article))
    saved = ex.hand_in("Ada  Lovelace", folder=tmp_path)
    path = tmp_path / "hand-in-00-ada-lovelace.json"
    assert path.name in str(saved) and "1 of 3 right" in str(saved)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["student"] == "Ada  Lovelace" and document["notebook"] == "00"
    assert [(r["exercise"], r["status"], r["answer"]) for r in document["exercises"]] == [
        ("q1", INCORRECT, "3"), ("q2", CORRECT, repr(ex.q2.answer(ex.article))), ("q3", NOT_ATTEMPTED, ""),
    ]
    (tmp_path / "notes.json").write_text("[1, 2]")
    (tmp_path / "broken.json").write_text("{")
    rows = read_hand_ins(tmp_path)
    assert len(rows) == 3 and {r["student"] for r in rows} == {"Ada  Lovelace"}


def test_a_hand_in_needs_a_name(tmp_path):
    ex = notebook("00")
    assert "Your Name" in str(ex.hand_in(folder=tmp_path)) and not list(tmp_path.iterdir())
    assert ex.hand_in("!!!", folder=tmp_path).status == NOT_ATTEMPTED


def test_a_teacher_turns_solutions_off_with_a_variable_or_a_file(monkeypatch, tmp_path):
    q = notebook("00").q3
    monkeypatch.chdir(tmp_path)
    assert q.solution().status == SOLUTION
    monkeypatch.setenv("NEWSLAB_SOLUTIONS", "off")
    off = q.solution()
    assert off.status == UNAVAILABLE and "turned solutions off" in str(off)
    assert str(q.answer(q.article)) not in str(off)
    monkeypatch.delenv("NEWSLAB_SOLUTIONS")
    (tmp_path / NO_SOLUTIONS_FILE).write_text("")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert q.solution().status == UNAVAILABLE
    assert q.hint().status != UNAVAILABLE and q.check(q.answer(q.article))


def test_exercises_read_the_analysis_they_are_given():
    import newslab
    from newslab.teaching.exercises.base import analysis_of

    article = newslab.Article.from_text("Xi hosts Moon\n\nMoon Jae-in met Xi Jinping. Moon Jae-in smiled.")
    analysis = newslab.analyze(article)
    ex = notebook("02", analysis=analysis)
    assert ex.article is article and analysis_of(article) is analysis
    assert ex.q2.check("Moon Jae-in")

"""The HTML report: every section from the analysis document, escaped, offline and deterministic."""

from __future__ import annotations

import copy
import json
import re

import pytest
from report_reader import classes, read_report, section_text

import newslab
from newslab.errors import UnwritableOutputError
from newslab.views.report import render_report, write_report

HOSTILE_TEXT = (
    "Minister <script>alert(1)</script> visits\n\n"
    'Kim said <img src=x onerror=alert(1)> "we <b>will</b> win," in Beijing. '
    "The <script>alert(2)</script> ministry may say \"<img src=x onerror=alert(3)>\".\n\n"
    "Related Articles"
)
ALL_SECTIONS = ["set-aside", "text", "actors", "quotes", "claims", "tone", "voices"]


@pytest.fixture(scope="module")
def seed_document(seed_analysis) -> dict:
    return json.loads(json.dumps(seed_analysis.to_dict()))


@pytest.fixture(scope="module")
def seed_page(seed_analysis) -> str:
    return render_report(seed_analysis)


@pytest.fixture(scope="module")
def seed_report(seed_page):
    return read_report(seed_page)


def test_the_seed_report_has_its_sections_in_order_with_the_real_stance(seed_report, seed_document):
    sections = [*ALL_SECTIONS, "stance"]
    assert seed_report.section_order == sections
    contents = [a["href"] for tag, a in seed_report.tags if tag == "a"]
    assert contents == [f"#{name}" for name in sections]
    explained = [a for tag, a in seed_report.tags if tag == "aside" and "nl-explain" in classes(a)]
    assert len(explained) == len(sections)
    rows = seed_report.tables["stance"]
    assert [r[0] for r in rows] == [a["name"] for a in seed_document["stance"]["items"]]
    assert len(seed_report.tables["relations"]) == len(seed_document["relations"]["items"])


def test_the_header_gives_title_source_and_counts(seed_report, seed, seed_page):
    text = "".join(seed_report.text)
    assert f"newslab report: {seed.title.text}" in seed_page.replace("&#x27;", "'")
    assert seed.title.text in text and seed.source in text
    assert f"{len(seed.text)}" in text and f"{len(seed.sentences)}" in text


def test_set_aside_lists_each_removed_span_with_its_reason(seed_report, seed):
    rows = seed_report.tables["set-aside"]
    assert [(r[0], r[2]) for r in rows] == [(r.reason, r.text) for r in seed.removed]
    assert [r[1] for r in rows] == [f"{r.start}–{r.end}" for r in seed.removed]


def test_the_article_text_is_all_there_with_every_mention_marked(seed_report, seed_document):
    shown = section_text(seed_report, "text", plain=True)
    position = 0
    for paragraph in seed_document["paragraphs"]:
        found = shown.find(paragraph["text"], position)
        assert found >= 0, paragraph["text"][:40]
        position = found + len(paragraph["text"])
    marks = [a for tag, a in seed_report.tags if tag == "mark"]
    mentions = [(a, m) for a in seed_document["actors"]["items"] for m in a["mentions"]]
    titled = [m for m in marks if any(f"nl-mark-{k}" in classes(m) for k in ("person", "country",
              "organisation", "place", "media", "group"))]
    assert len(titled) == len(mentions)
    assert {m["title"] for m in titled} == {f"{a['name']} ({a['kind']}) · {m['rule']}" for a, m in mentions}
    assert sum("nl-mark-removed" in classes(m) for m in marks) == len(seed_document["removed"])
    legend = [a for tag, a in seed_report.tags if tag == "span" and "nl-legend-item" in classes(a)]
    kinds = {a["kind"] for a in seed_document["actors"]["items"]}
    assert {c for a in legend[: len(kinds)] for c in classes(a)} >= {f"nl-legend-{k}" for k in kinds}


def test_the_actors_table_has_a_row_an_actor(seed_report, seed_document):
    rows = seed_report.tables["actors"]
    actors = seed_document["actors"]["items"]
    assert [r[0].removesuffix(" (discovered)") for r in rows] == [a["name"] for a in actors]
    assert [r[1] for r in rows] == [a["kind"] for a in actors]
    assert [int(r[2]) for r in rows] == [a["count"] for a in actors]
    speakers = {q["speaker"] for q in seed_document["quotes"]["items"] if q["speaker"]}
    assert {a["name"] for a, r in zip(actors, rows, strict=True) if r[4].startswith("yes")} == {
        a["name"] for a in actors if a["id"] in speakers
    }
    first = rows[[a["id"] for a in actors].index("donald-trump")]
    assert first[3] == "headline: “Trump”"


def test_the_quotes_table_says_who_speaks_and_flags_the_doubtful(seed_report, seed_document):
    rows = seed_report.tables["quotes"]
    items = seed_document["quotes"]["items"]
    assert len(rows) == len(items)
    for row, quote in zip(rows, items, strict=True):
        assert quote["parts"][0]["text"] in row[1]
        assert row[2].startswith(quote["speaker_name"] or "none named")
        assert row[3] == (quote["cue"]["text"] if quote["cue"] else "none")
        assert row[4] == ("yes" if quote["attributed"] else "no")
        assert row[5] == ("suspected" if quote["narration_suspected"] else "no")
    assert any(r[5] == "suspected" for r in rows) and any(r[4] == "no" for r in rows)


def test_the_claims_table_gives_voice_and_certainty(seed_report, seed_document):
    rows = seed_report.tables["claims"]
    claims = seed_document["claims"]["items"]
    assert [int(r[0]) for r in rows] == [c["sentence"] for c in claims]
    assert [r[2].startswith(c["voice"]) for r, c in zip(rows, claims, strict=True)] == [True] * len(claims)
    assert [r[3] for r in rows] == [c["certainty"] for c in claims]
    for row, claim in zip(rows, claims, strict=True):
        assert row[1] == claim["text"]


def test_the_claims_table_marks_every_cue(seed_report, seed_page, seed_document):
    table = seed_page[seed_page.index('class="nl-table nl-table-claims"'):]
    rows = table[: table.index("</table>")].split("<tr>")[2:]
    cue = re.compile(r'nl-mark-(?:hedge|weasel|reporting-verb|quote)" data-nl-span="(\d+)"')
    marked = [len(set(cue.findall(row))) for row in rows]
    assert marked == [len(c["cues"]) for c in seed_document["claims"]["items"]] and sum(marked) > 0


def test_the_tone_section_plots_the_arc_and_lists_the_disagreements(seed_report, seed_document):
    tone = seed_document["tone"]
    figures = [a for tag, a in seed_report.tags if tag == "figure"]
    assert [c for a in figures for c in classes(a) if c.startswith("nl-figure-")] == [
        "nl-figure-tone-arc", "nl-figure-voices", "nl-figure-stance"
    ]
    assert sum(tag == "svg" for tag, _ in seed_report.tags) == 3
    disagreeing = [s for s in tone["items"] if s["disagreement"]]
    rows = seed_report.tables["disagreements"]
    assert [int(r[0]) for r in rows] == [s["sentence"] for s in disagreeing]
    assert all(s["disagreement_reason"] in r[1] for r, s in zip(rows, disagreeing, strict=True))
    assert seed_report.tables["tone-article"][0][1] == f"{tone['article']['polarity']:+.2f}"
    hints = {r["misread_hint"] for s in tone["items"] for r in s["reasons"] if r["misread_hint"]}
    assert {r[2] for r in seed_report.tables["misread"]} == hints


def test_the_voices_table_gives_narration_and_quoted(seed_report, seed_document):
    voices = seed_document["tone"]["voices"]
    rows = seed_report.tables["voices"]
    assert [r[0].split(" (")[0] for r in rows] == ["narration", "quoted"]
    assert [r[4] for r in rows] == [f"{voices[k]['polarity']:+.2f}" for k in ("narration", "quoted")]


def test_the_stance_section_shows_the_real_layer_s_scores_and_evidence(seed_document, seed_report):
    stance = seed_document["stance"]["items"]
    rows = seed_report.tables["stance"]
    assert [r[0] for r in rows] == [a["name"] for a in stance]
    assert [r[2] for r in rows] == [f"{a['score']:+.2f}" for a in stance]
    for row, actor in zip(rows, stance, strict=True):
        first = actor["voices"][0]
        assert f"{first['voice_name']}: {first['score']:+.2f}" in row[3]
        assert row[4].startswith(f"{len(actor['evidence'])} piece")
        # issue 13's bug: evidence was looked for under a key the layer never writes, so the
        # report showed the evidence of no actor at all
        for evidence in actor["evidence"][:3]:
            assert f"{evidence['mention']['text']} ({evidence['label']})" in row[4]
            assert all(p["text"] in row[4] for p in evidence["phrases"][:3])
    assert all(a["evidence"] for a in stance) and stance


def test_the_relations_table_gives_each_relation_of_the_layer(seed_document, seed_report):
    relations = seed_document["relations"]["items"]
    sentences = seed_document["sentences"]
    assert seed_report.tables["relations"] == [
        [
            r["source_name"], r["verb"]["text"], r["target_name"] or f"“{r['target_mention']['text']}”",
            f"{r['polarity']} ({r['score']:+.2f})", f"{r['sentence']}: {sentences[r['sentence']]['text']}",
        ]
        for r in relations
    ]


def test_an_empty_stance_says_so_and_a_missing_layer_leaves_its_section_out(seed_document):
    document = copy.deepcopy(seed_document)
    document["stance"]["items"] = []
    document["relations"]["items"] = []
    report = read_report(render_report(document))
    assert "No actor has a stance" in section_text(report, "stance")
    for layer in ("actors", "clauses", "quotes", "claims", "tone", "stance", "relations"):
        del document[layer]
    report = read_report(render_report(document))
    assert report.section_order == ["set-aside", "text"]


def test_article_text_everywhere_is_escaped(seed_document):
    analysis = newslab.analyze(HOSTILE_TEXT)
    document = analysis.to_dict()
    document["source"] = "<img src=x onerror=alert(6)>.txt"
    document["warnings"] = ["<script>alert(7)</script>"]
    document["removed"][0]["reason"] = "<img src=x onerror=alert(8)>"
    page = render_report(document)
    report = read_report(page)
    assert not [t for t, _ in report.tags if t in ("script", "img", "iframe", "object", "embed", "b")]
    assert not [(t, n) for t, a in report.tags for n in a if n.lower().startswith("on")]
    assert "<script" not in page.lower() and "<img" not in page.lower()
    text = "".join(report.text)
    for number in (1, 2, 3, 6, 7, 8):
        assert f"alert({number})" in text, number
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(6)>.txt" in text


def test_the_page_loads_nothing_from_outside(seed_page, seed_report):
    assert "http://" not in seed_page and "https://" not in seed_page
    assert not [t for t, _ in seed_report.tags if t in ("script", "link", "iframe", "img", "object")]
    assert not [(t, n) for t, a in seed_report.tags for n in a if n in ("src", "srcset", "href")
                and not (a[n] or "").startswith("#") or n.startswith("on")]
    assert re.findall(r"url\((?!#)", seed_page) == [] and "@import" not in seed_page
    policy = [a["content"] for t, a in seed_report.tags if t == "meta" and a.get("http-equiv")]
    assert policy == ["default-src 'none'; style-src 'unsafe-inline'; img-src data:"]


def test_two_renders_are_identical_and_svg_ids_are_unique(seed, seed_page):
    again = render_report(newslab.analyze(newslab.load(seed.source)))
    assert again == seed_page
    ids = re.findall(r'\bid="([^"]+)"', seed_page)
    assert len(ids) == len(set(ids))


def test_write_report_writes_utf8_and_refuses_a_folder(tmp_path, seed_analysis, seed_page):
    out = write_report(seed_analysis, tmp_path / "r.html")
    assert out.read_bytes() == seed_page.encode("utf-8")
    with pytest.raises(UnwritableOutputError, match="it is a folder"):
        write_report(seed_analysis, tmp_path)
    with pytest.raises(UnwritableOutputError, match="does not exist"):
        write_report(seed_analysis, tmp_path / "missing" / "r.html")

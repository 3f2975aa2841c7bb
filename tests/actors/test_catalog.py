"""The actor catalog and the cue files: loading, merging, and clear errors for bad files."""

from __future__ import annotations

import pytest

from newslab.actors.catalog import CatalogError, load_catalog, merge_catalogs
from newslab.actors.cues import CueFileError, load_cues
from newslab.actors.mentions import ACTOR_KINDS
from newslab.errors import NewslabError, UnreadableInputError


def write(tmp_path, text, name="actors.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_catalog_has_the_seed_actors_and_sound_rows():
    catalog = load_catalog()
    for actor_id in ("kim-jong-un", "xi-jinping", "donald-trump", "moon-jae-in", "mike-pompeo",
                     "jeffrey-gerrish", "lu-kang", "north-korea", "china", "united-states",
                     "south-korea", "singapore", "cnbc", "north-korean-state-media"):
        assert actor_id in catalog
    assert all(entry.kind in ACTOR_KINDS for entry in catalog.values())
    capitals = [e for e in catalog.values() if e.stands_for]
    assert capitals and all(e.kind == "place" for e in capitals)
    assert "Kim" in catalog["kim-jong-un"].aliases


def test_comment_lines_and_quoted_cells_are_read(tmp_path):
    path = write(tmp_path, '# a comment\nid,name,kind,aliases\n# another\n'
                           'dc,"Washington, D.C.",place,"DC|Washington, DC"\n')
    entry = load_catalog(path)["dc"]
    assert (entry.name, entry.aliases) == ("Washington, D.C.", ("DC", "Washington, DC"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name,kind\nKim,person\n", "missing: id"),
        ("id,name,kind\nkim,Kim,emperor\n", "kind 'emperor'"),
        ("id,name,kind\nKim Jong Un,Kim,person\n", "lowercase letters"),
        ("id,name,kind\nkim,,person\n", "needs an id and a name"),
        ("id,name,kind\nkim,Kim,person\nkim,Kim J,person\n", "used twice"),
        ("id,name,kind,stands_for\nseoul,Seoul,place,south-korea\n", "not in the catalog"),
    ],
)
def test_a_bad_catalog_is_refused_with_a_clear_message(tmp_path, text, message):
    with pytest.raises(CatalogError, match=message):
        load_catalog(write(tmp_path, text))


def test_a_missing_catalog_is_an_unreadable_input(tmp_path):
    with pytest.raises(UnreadableInputError, match="cannot read the actor catalog"):
        load_catalog(tmp_path / "nowhere.csv")


def test_merging_keeps_order_and_lets_the_later_row_win(tmp_path):
    extra = load_catalog(write(tmp_path, "id,name,kind,aliases\nchina,China,country,Middle Kingdom\n"
                                         "acme,Acme Corp,organisation,Acme\n"))
    merged = merge_catalogs(load_catalog(), extra)
    assert merged["china"].aliases == ("Middle Kingdom",)
    assert list(merged)[-1] == "acme"
    assert len(merged) == len(load_catalog()) + 1


def test_a_bad_cue_line_is_refused(tmp_path):
    path = write(tmp_path, "# cues\ntitle  president\nflavour  vanilla\n", "cues.txt")
    with pytest.raises(CueFileError, match="flavour  vanilla"):
        load_cues(path)
    assert issubclass(CueFileError, NewslabError)


def test_every_cue_kind_has_words():
    cues = load_cues()
    assert all(cues.words[kind] for kind in cues.words)
    assert {"mr", "president", "secretary of state"} <= cues.words["honorific"] | cues.words["title"]

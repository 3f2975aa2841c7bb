"""The palette: Okabe-Ito colours, fixed colours by kind, readable tints."""

from __future__ import annotations

import pytest

from newslab.actors.mentions import ACTOR_KINDS
from newslab.views.palette import CYCLE, KIND_COLORS, OKABE_ITO, color_for, tint


def test_every_colour_comes_from_okabe_ito():
    okabe_ito = set(OKABE_ITO.values())
    assert len(okabe_ito) == 8
    assert set(CYCLE) <= okabe_ito and OKABE_ITO["black"] not in CYCLE
    assert set(KIND_COLORS.values()) <= okabe_ito


def test_every_actor_kind_has_its_own_colour():
    colors = [KIND_COLORS[kind] for kind in ACTOR_KINDS]
    assert len(set(colors)) == len(ACTOR_KINDS)


def test_unknown_kinds_take_the_cycle_in_turn():
    assert [color_for("unknown", i) for i in range(len(CYCLE) + 1)] == [*CYCLE, CYCLE[0]]


def test_tint_mixes_with_white_and_checks_its_input():
    assert tint("#D55E00", 0.5) == "#EAAE80"
    with pytest.raises(ValueError, match="#RRGGBB"):
        tint("red")


def test_each_voice_has_its_own_colour_and_its_cue_shares_it():
    from newslab.speech.claims import CUE_KINDS, VOICES
    from newslab.views.palette import VOICE_COLORS

    assert list(VOICE_COLORS) == list(VOICES)
    assert len(set(VOICE_COLORS.values())) == len(VOICES)
    assert set(VOICE_COLORS.values()) <= set(OKABE_ITO.values())
    cue_colors = {kind: KIND_COLORS[kind.replace("_", "-")] for kind in CUE_KINDS}
    assert cue_colors["quote"] == VOICE_COLORS["quoted"]
    assert cue_colors["reporting_verb"] == VOICE_COLORS["reported"]
    assert cue_colors["weasel"] == VOICE_COLORS["unattributed"]
    assert cue_colors["hedge"] not in VOICE_COLORS.values()
    assert KIND_COLORS["narration"] == VOICE_COLORS["author"]

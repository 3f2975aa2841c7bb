"""The palette: Okabe-Ito colours, fixed colours by kind, readable tints."""

from __future__ import annotations

import pytest

from newslab.mentions import ACTOR_KINDS
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

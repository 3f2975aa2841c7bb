"""Every series of the stance chart looks different, and its legend speaks in names."""

from __future__ import annotations

from matplotlib.colors import to_hex

from newslab.views import plots
from newslab.views.palette import series_styles


def test_no_two_series_share_a_look_however_many_there_are():
    names = [f"voice {n}" for n in range(30)]
    styles = series_styles(names, {"voice 0": "#0072B2"})
    assert len(set(styles.values())) == len(names)


def test_the_stance_chart_gives_each_voice_its_own_look_and_names_it(seed_analysis):
    axes = plots.stance_by_voice(seed_analysis, limit=20).axes[0]
    handles, labels = axes.get_legend_handles_labels()
    looks = {}
    for handle, label in zip(handles, labels, strict=True):
        if label == "overall score":
            continue
        bar = handle.patches[0] if hasattr(handle, "patches") else handle
        looks[label] = (to_hex(bar.get_facecolor()), bar.get_hatch() or "")
    assert len(set(looks.values())) == len(looks) >= 8
    voices = {v.voice: v.voice_name for actor in seed_analysis.stance for v in actor.voices}
    assert "Mike Pompeo" in looks and "mike-pompeo" not in looks
    assert set(looks) == set(voices.values())

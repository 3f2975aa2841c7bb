"""HTML templates and styles of newslab's views, kept apart from the code that fills them.

Every template is a :class:`string.Template`; the code that fills one escapes every value
taken from an article (``html.escape``) before it goes in. Styles are inline, so the HTML looks
the same in JupyterLab, in a widget, in a saved notebook and in a file; the ``nl-`` classes are
stable hooks for tests and for anyone who wants their own stylesheet.

Classes:
    ``nl-highlight``  the block that holds highlighted text (line breaks kept)
    ``nl-mark``, ``nl-mark-<kind>``  one highlighted stretch, and its kind
    ``nl-label``  the small tag at the end of a mark
    ``nl-legend``, ``nl-legend-item``  the key of kinds and colours
    ``nl-caption``  a line that says what is shown
    ``nl-error``  a message for input the view cannot show
    ``nl-scroll``  a box of fixed height that scrolls (a whole article in a widget)
    ``nl-table``, ``nl-table-<name>``, ``nl-row``  a table of results, and each of its rows
    ``nl-badge``, ``nl-badge-<kind>``  a small coloured tag (a claim's voice or certainty)
    ``nl-claim``, ``nl-claim-<voice>``, ``nl-claim-<certainty>``  one claim (a sentence)

Example:
    >>> MARK.substitute(kind="sentence", index=0, title="", style="", text="Hi", label="")
    '<mark class="nl-mark nl-mark-sentence" data-nl-span="0" style="">Hi</mark>'
"""

from __future__ import annotations

from string import Template

FONT = "font-family: Georgia, 'Times New Roman', serif; font-size: 15px; color: #000000"

HIGHLIGHT = Template(
    '<div class="nl-highlight" style="white-space: pre-wrap; line-height: 1.9; '
    f'{FONT}; max-width: 46em">$body</div>'
)

MARK = Template(
    '<mark class="nl-mark nl-mark-$kind" data-nl-span="$index"$title style="$style">$text$label</mark>'
)

MARK_STYLE = Template(
    "background: $background; border-bottom: 2px solid $color; padding: 0.15em 0.2em; "
    "border-radius: 0.25em; color: #000000"
)

TITLE_ATTRIBUTE = Template(' title="$title"')

LABEL = Template(
    '<span class="nl-label" style="font-family: sans-serif; font-size: 0.7em; font-weight: bold; '
    'background: #FFFFFF; color: #000000; border: 1px solid $color; border-radius: 0.3em; '
    'padding: 0 0.3em; margin-left: 0.35em; vertical-align: middle">$label</span>'
)

LEGEND = Template(
    '<div class="nl-legend" style="font-family: sans-serif; font-size: 13px; margin: 0.3em 0">$items</div>'
)

LEGEND_ITEM = Template(
    '<span class="nl-legend-item nl-legend-$kind" style="background: $background; '
    'border-bottom: 2px solid $color; padding: 0.1em 0.4em; margin-right: 0.6em; '
    'border-radius: 0.25em">$name</span>'
)

CAPTION = Template(
    '<div class="nl-caption" style="font-family: sans-serif; font-size: 13px; color: #6E6E6E; '
    'margin: 0.2em 0 0.4em 0">$text</div>'
)

ERROR = Template(
    '<div class="nl-error" style="font-family: sans-serif; color: #000000; background: #FBE3D1; '
    'border-left: 4px solid #D55E00; padding: 0.4em 0.8em">$text</div>'
)

FEEDBACK = Template(
    '<div class="nl-feedback nl-feedback-$status" style="font-family: sans-serif; '
    'border-left: 4px solid $color; background: $background; padding: 0.4em 0.8em; '
    'color: #000000">$text</div>'
)

SCROLL = Template('<div class="nl-scroll" style="max-height: $height; overflow-y: auto; '
                  'border: 1px solid #E0E0E0; padding: 0.3em 0.8em; margin: 0.3em 0">$body</div>')

TABLE = Template(
    '<table class="nl-table nl-table-$name" style="font-family: sans-serif; font-size: 13px; '
    'border-collapse: collapse; margin: 0.4em 0">$head$rows</table>'
)

TABLE_HEAD = Template('<tr>$cells</tr>')

TABLE_HEADER_CELL = Template(
    '<th style="text-align: left; border-bottom: 2px solid #6E6E6E; padding: 0.2em 0.8em 0.2em 0">$text</th>'
)

TABLE_ROW = Template('<tr class="nl-row">$cells</tr>')

TABLE_CELL = Template(
    '<td style="text-align: left; border-bottom: 1px solid #E0E0E0; padding: 0.2em 0.8em 0.2em 0; '
    'vertical-align: top">$text</td>'
)

BADGE = Template(
    '<span class="nl-badge nl-badge-$kind" style="font-family: sans-serif; font-size: 12px; '
    'background: $background; border: 1px solid $color; border-radius: 0.3em; padding: 0 0.4em; '
    'margin-right: 0.4em">$text</span>'
)

CLAIM = Template(
    '<div class="nl-claim nl-claim-$voice nl-claim-$certainty" data-nl-sentence="$sentence" '
    'style="border-left: 4px solid $color; padding: 0.2em 0 0.2em 0.7em; margin: 0.6em 0">'
    '<div class="nl-claim-head" style="margin-bottom: 0.2em">$badges</div>$text'
    '<div class="nl-claim-why" style="font-family: sans-serif; font-size: 12px; color: #6E6E6E">$why</div>'
    '</div>'
)

# ---------------------------------------------------------------- notebook 05: stance

STANCE_EVIDENCE = Template(
    '<div class="nl-stance-evidence nl-stance-$label" data-nl-sentence="$sentence" '
    'data-nl-voice="$voice" data-nl-mention="$mention" '
    'style="border-left: 4px solid $color; padding: 0.2em 0 0.2em 0.7em; margin: 0.6em 0">'
    '<div class="nl-stance-head" style="margin-bottom: 0.2em">$badges</div>$text'
    '<div class="nl-stance-why" style="font-family: sans-serif; font-size: 12px; color: #6E6E6E">$why</div>'
    '</div>'
)

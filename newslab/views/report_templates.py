"""The HTML skeleton, styles and explanations of the article report, apart from the code that fills them.

:mod:`newslab.views.report` fills these templates; every value it puts in that comes from an
article (text, names, quotes, cues, reasons, the source path) is escaped with ``html.escape``
first. The texts in :data:`EXPLANATIONS` are written for a student who meets these analyses
for the first time; a teacher can reword them here without touching any code.

The page must open offline and stay inert: the styles are inline, there is no script, font or
address of any other resource, and the ``Content-Security-Policy`` of :data:`PAGE` tells the
browser to load nothing and run nothing, even if something slipped through.

Classes (stable hooks for tests and for anyone's own stylesheet):
    ``nl-report``  the whole page; ``nl-section`` and ``nl-section-<id>``  one section
    ``nl-explain``  the plain-language explanation beside a section
    ``nl-table``, ``nl-table-<name>``  a table; ``nl-figure``  a plot (inline SVG)
    ``nl-yes``, ``nl-no``  a yes/no cell; ``nl-quiet``  a note in grey; ``nl-snippet``  quoted article text

Example:
    >>> SECTION.substitute(id="x", heading="X", body="<p>b</p>", explain="<p>e</p>").count("nl-explain")
    1
"""

from __future__ import annotations

from string import Template

from newslab.views.palette import MUTED, OKABE_ITO, tint

CSS = f"""
*, *::before, *::after {{ box-sizing: border-box; }}
body {{ margin: 0; background: #FFFFFF; color: #000000;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  font-size: 15px; line-height: 1.5; }}
.nl-report {{ max-width: 80em; margin: 0 auto; padding: 1.5em 1.2em 3em; }}
.nl-report h1 {{ font-family: Georgia, 'Times New Roman', serif; font-size: 1.9em; line-height: 1.25;
  margin: 0.2em 0 0.3em; }}
.nl-report h2 {{ font-size: 1.35em; margin: 0 0 0.5em; padding-bottom: 0.2em;
  border-bottom: 2px solid {OKABE_ITO["blue"]}; }}
.nl-report h3 {{ font-size: 1.05em; margin: 1.2em 0 0.4em; }}
.nl-kicker {{ text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8em; color: {MUTED}; }}
.nl-facts {{ display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; margin: 0.6em 0; }}
.nl-facts dt {{ color: {MUTED}; }}
.nl-facts dd {{ margin: 0; overflow-wrap: anywhere; unicode-bidi: isolate; }}
.nl-contents {{ font-size: 0.92em; margin: 1em 0 2em; padding: 0.6em 0.9em; background: #F5F5F5;
  border-radius: 0.4em; }}
.nl-contents ol {{ margin: 0.3em 0 0; padding-left: 1.4em; columns: 2; }}
.nl-contents a {{ color: {OKABE_ITO["blue"]}; }}
.nl-section {{ margin: 2.4em 0; }}
.nl-section-body {{ display: grid; grid-template-columns: minmax(0, 1fr) 19em; gap: 1.5em;
  align-items: start; }}
.nl-explain {{ background: {tint(OKABE_ITO["sky blue"], 0.15)};
  border-left: 4px solid {OKABE_ITO["sky blue"]};
  padding: 0.5em 0.9em; border-radius: 0.3em; font-size: 0.92em; }}
.nl-explain h3 {{ margin: 0.3em 0; font-size: 1em; }}
.nl-explain p {{ margin: 0.4em 0; }}
@media (max-width: 60em) {{ .nl-section-body {{ grid-template-columns: minmax(0, 1fr); }}
  .nl-explain {{ order: -1; }} }}
.nl-table-wrap {{ overflow-x: auto; }}
.nl-table {{ border-collapse: collapse; width: 100%; font-size: 0.92em; margin: 0.4em 0 1em; }}
.nl-table th, .nl-table td {{ text-align: left; vertical-align: top; padding: 0.35em 0.55em;
  border-bottom: 1px solid #DDDDDD; overflow-wrap: break-word; }}
.nl-table th {{ background: #F5F5F5; font-weight: 600; border-bottom: 2px solid #BBBBBB; }}
.nl-table td.nl-number {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
.nl-table .nl-highlight {{ font-size: 14px !important; line-height: 1.8 !important; }}
.nl-table-claims td:nth-child(2), .nl-table-disagreements td:nth-child(2) {{ width: 55%; }}
.nl-table-quotes td:nth-child(2), .nl-table-set-aside td:nth-child(3) {{ width: 35%; }}
.nl-yes {{ color: {OKABE_ITO["bluish green"]}; font-weight: 600; }}
.nl-no {{ color: {OKABE_ITO["vermillion"]}; font-weight: 600; }}
.nl-nowrap {{ white-space: nowrap; }}
.nl-quiet {{ color: {MUTED}; font-size: 0.9em; }}
.nl-snippet {{ font-family: Georgia, 'Times New Roman', serif; white-space: pre-wrap;
  unicode-bidi: isolate; }}
.nl-paragraph {{ margin: 0 0 0.9em; }}
.nl-paragraph-number {{ float: left; margin-left: -2.4em; width: 2em; text-align: right; color: {MUTED};
  font-size: 0.75em; padding-top: 0.5em; }}
.nl-article {{ padding-left: 2.4em; }}
.nl-paragraph-title .nl-highlight {{ font-weight: bold; }}
.nl-paragraph-removed {{ opacity: 0.85; }}
.nl-figure {{ margin: 0.4em 0 1em; }}
.nl-figure svg {{ max-width: 100%; height: auto; display: block; }}
.nl-figure figcaption {{ color: {MUTED}; font-size: 0.88em; }}
.nl-none {{ color: {MUTED}; font-style: italic; }}
.nl-footer {{ margin-top: 3em; padding-top: 0.6em; border-top: 1px solid #DDDDDD; color: {MUTED};
  font-size: 0.85em; }}
@media print {{ .nl-contents {{ display: none; }} .nl-section {{ break-inside: avoid-page; }} }}
"""

POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The page's Content-Security-Policy: load nothing, run nothing; inline styles and data images only."""

PAGE = Template(
    """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="$policy">
<meta name="generator" content="newslab $version">
<title>$title</title>
<style>$css</style>
</head>
<body>
<main class="nl-report">
$header
$contents
$sections
<footer class="nl-footer">$footer</footer>
</main>
</body>
</html>
"""
)

HEADER = Template(
    '<header class="nl-header"><div class="nl-kicker">newslab report</div><h1>$title</h1>'
    '<dl class="nl-facts">$facts</dl>$warnings</header>'
)

FACT = Template("<dt>$name</dt><dd>$value</dd>")

CONTENTS = Template('<nav class="nl-contents"><strong>In this report</strong><ol>$items</ol></nav>')

CONTENTS_ITEM = Template('<li><a href="#$id">$heading</a></li>')

SECTION = Template(
    '<section id="$id" class="nl-section nl-section-$id"><h2>$heading</h2>'
    '<div class="nl-section-body"><div class="nl-main">$body</div>'
    '<aside class="nl-explain"><h3>What this shows</h3>$explain</aside></div></section>'
)

TABLE = Template(
    '<div class="nl-table-wrap"><table class="nl-table nl-table-$name"><thead><tr>$head</tr></thead>'
    "<tbody>$rows</tbody></table></div>"
)

FIGURE = Template(
    '<figure class="nl-figure nl-figure-$name" role="img" aria-label="$label">$svg'
    "<figcaption>$caption</figcaption></figure>"
)

PARAGRAPH = Template(
    '<div class="nl-paragraph nl-paragraph-$kind"><span class="nl-paragraph-number" '
    'title="article.paragraphs[$index]">$index</span>$body</div>'
)

NONE = Template('<p class="nl-none">$text</p>')

FOOTER = Template(
    "Made by newslab $version from $source. This page is one self-contained file: it loads "
    "nothing from the internet and runs no script, so it opens offline and can be shared as it is. "
    "The numbers come from simple, inspectable rules and word lists: read them as pointers for a "
    "closer look, not as verdicts."
)

HEADINGS = {
    "set-aside": "What was set aside",
    "text": "The article, with its actors marked",
    "actors": "Actors: who and what the story names",
    "quotes": "Quotes: who gets to speak",
    "claims": "Claims: whose voice, how certain",
    "tone": "Tone: sentence by sentence",
    "voices": "Tone of the narration and of the quotes",
    "stance": "Stance: how each actor is positioned",
}
"""The section headings, in the order of the report; each key is also the section's ``id``."""

EXPLANATIONS = {
    "set-aside": """
<p>Text copied from a news site often carries extra pieces: the headline printed twice,
menus, "Related Articles" lists. newslab does not delete them. It keeps the text exactly as it
was and marks these pieces as <em>set aside</em>, with the reason, so they do not count in the
sentences, quotes or tone below.</p>
<p>If something important was set aside by mistake, the reason tells you which rule did it.</p>
""",
    "text": """
<p>This is the whole article. Every name of a person, country, organisation, place or media
outlet that newslab recognised is coloured by its kind (see the key above the text). Rest the
mouse on a coloured name to see which actor it was taken as, and why.</p>
<p>A country's capital often stands for its government ("Beijing said..." means China's
government said it), so it is counted as the country. Text in red-brown was set aside.</p>
<p>Small grey numbers are paragraph numbers.</p>
""",
    "actors": """
<p>An <em>actor</em> is anyone or anything that can act or be acted upon in the story. The
table counts how often each is named and where it first appears (sentence numbers start at 0;
"headline" means the title).</p>
<p><strong>Quoted</strong> says whether the actor's own words appear in quote marks. An actor
who is talked about a lot but never quoted is described by others: ask whose point of view
you are reading.</p>
<p>"discovered" actors are not in newslab's catalog; their kind is a guess from the words
around them.</p>
""",
    "quotes": """
<p>A <em>direct quote</em> is text in quote marks that someone is said to have spoken. For each
quote newslab looks for the <strong>speaker</strong> and the <strong>cue</strong>, the reporting
verb such as "said", "warned" or "told".</p>
<p>A quote that names no speaker is <em>unattributed</em>: the reader cannot check who said it.
<em>Suspected narration</em> means the marks hold words that read like the reporter's own
description, not someone's speech: a sign of careless editing or copying.</p>
""",
    "claims": """
<p>Each sentence of the story is a claim. Its <strong>voice</strong> says who stands behind it:
<em>author</em> (the reporter says it), <em>quoted</em> (someone's words in quote marks),
<em>reported</em> (someone's words retold, "officials said that...") or <em>unattributed</em>
(vague sources such as "some say" or "it is believed").</p>
<p>Its <strong>certainty</strong> is <em>hedged</em> when words like "may", "could" or
"reportedly" soften it, else <em>asserted</em>. The words that decided are marked in the
sentence.</p>
""",
    "tone": """
<p>Two word-counting tools read every sentence. <strong>TextBlob polarity</strong> averages the
opinion words it knows (from -1, negative, to +1, positive). <strong>VADER</strong> adds them up
with rules for "not", "very" and "but" (also -1 to +1). Near 0 means neutral or no opinion
words.</p>
<p>The thick lines are moving averages over a few sentences: they show how the mood of the
story rises and falls. Shaded sentences are where the two tools disagree: they are listed
below with the words each tool scored. Read them yourself and decide who is right.</p>
<p>Neither tool understands news: "attack" in a sports story or "positive" test results can
fool them.</p>
""",
    "voices": """
<p>Is the reporter's own narration more positive or negative than the people they quote?
Here the text outside quote marks (<em>narration</em>) and the text inside them
(<em>quoted</em>) are scored apart.</p>
<p><strong>Subjectivity</strong> runs from 0 (reads like plain fact) to 1 (reads like opinion).
Quotes are usually more subjective than narration; a narration that is very subjective may be
taking sides.</p>
""",
    "stance": """
<p>Stance is how each actor is positioned: shown in a favourable light (score above 0) or an
unfavourable one (below 0). The bars split the score by <em>voice</em>: what the reporter's
narration says about the actor, and what the people quoted say.</p>
<p>The relations table lists sentences where one actor acts towards another (praises,
criticises, meets, threatens...) with the verb that links them.</p>
<p>These are estimates from word patterns: check the evidence sentences before you rely on
them.</p>
""",
}
"""The plain-language explanation beside each section (trusted HTML, no article text)."""

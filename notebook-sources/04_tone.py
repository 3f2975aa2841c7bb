# %% [markdown]
# # 04 · Tone
#
# **What you will learn** (about 45 minutes):
#
# 1. what **polarity** and **subjectivity** mean, and how a program gives a sentence a number
#    for each;
# 2. how the tone moves through the story, sentence by sentence (the *tone arc*);
# 3. which words are behind each score, so that you can check every number yourself;
# 4. why two programs, **TextBlob** and **VADER**, often read the same sentence differently;
# 5. whether the reporter's own words and the quoted words sound different;
# 6. how far *you* agree with the programs, measured with **Cohen's kappa**;
# 7. where word-counting tools misread the news.
#
# You need notebooks 00 and 01 first (running cells, exercises, sentences and their numbers).

# %%
import newslab
from newslab.teaching.exercises import ____, notebook
from newslab.views import tone_plots
from newslab.views.tone_views import reasons_html

ex = notebook("04")
article = newslab.load()
analysis = newslab.analyze(article)
tone = analysis.tone

# %% [markdown]
# ## 1. Two numbers for a sentence
#
# How does a program "read" tone? The simplest way, and the one used here, is to keep a list of
# words with a score for each: *good* is positive, *awful* negative, *table* has no score at
# all. Such a list is called a **lexicon**. The program finds the words of its lexicon in a
# sentence and combines their scores. It does not understand the sentence; it counts words.
#
# The first program is **TextBlob**. It gives every piece of text two numbers:
#
# - **polarity**, from -1 (very negative) through 0 (neutral) to +1 (very positive);
# - **subjectivity**, from 0 (reads like a plain fact) to 1 (reads like an opinion).
#
# Let us try it on three short sentences of our own:

# %%
from textblob import TextBlob

for sentence in ["The talks were good.", "The talks were not good.", "The talks ended on Tuesday."]:
    polarity, subjectivity = TextBlob(sentence).sentiment
    print(f"{sentence:28}  polarity {polarity:+.2f}  subjectivity {subjectivity:.2f}")

# %% [markdown]
# Read the first line as: "good" gives polarity **0.7** (clearly positive) and subjectivity
# **0.6** (rather an opinion). In the second, "not" flips "good" and halves it, to **-0.35**.
# The third sentence holds no word of TextBlob's lexicon, so both numbers are **0**: neutral,
# and as far as TextBlob can tell, a plain fact.
#
# When a sentence holds several lexicon words, TextBlob takes their **average**.

# %% [markdown]
# ## 2. A second lens: VADER
#
# **VADER** was made for social-media posts. Its lexicon is larger (about 7,500 words, against
# TextBlob's 2,900), and its scores run from about -4 to +4 a word. It **adds up** the scores of
# the words it finds and squeezes the sum into a number from -1 to +1, called the **compound**
# score. Around 0 (between -0.05 and +0.05) counts as neutral.
#
# newslab asks both programs about every sentence of the article. We call them two *lenses*:
# two ways of looking at the same text. Here are the first eight sentences, with the numbers
# rounded to two decimals:

# %%
table = analysis.tables()["tone_sentences"]
table[["sentence", "polarity", "subjectivity", "vader"]].round(2).head(8)

# %% [markdown]
# Each row is one sentence (`sentence` is its number n, as in `article.sentences[n]`).
# Sentence 0 has polarity 0 and VADER 0: both lenses find it neutral. Sentence 1 has polarity
# 0.04 (almost neutral) but subjectivity 0.69: TextBlob found opinion words ("unusual", "other")
# whose polarities almost cancel out. In sentence 3 the lenses part ways: TextBlob says almost 0
# (0.02), VADER 0.59.
# Section 5 comes back to that.

# %% [markdown]
# ## 3. The tone arc
#
# A picture shows the whole story at once. Each **dot** is one sentence's TextBlob polarity, each
# **square** its VADER compound. The lines are a *rolling mean*: for each sentence, the average
# of that sentence and its two neighbours, so the line shows the trend and hides the jumps. The
# **shaded bands** mark sentences where the two lenses disagree (section 5).

# %%
tone_plots.tone_arc(analysis)

# %% [markdown]
# Three things to see. First, almost everything sits at 0 or above: by these lenses the
# story is neutral to mildly positive: the lowest score of any sentence is only -0.10. Second, VADER (orange)
# swings much more than TextBlob (blue), because it adds words up where TextBlob averages them.
# Third, the orange line peaks around sentences 10 and 11, which are about a guest house and
# the "historic summit": we will see in section 8 that this peak is partly a misreading.
#
# ### Exercise q1
#
# Which sentence has the highest TextBlob polarity? Find the highest blue dot and give the
# number under it.

# %%
highest = ____  # replace ____ with a number

ex.q1.check(highest)

# %% [markdown]
# ## 4. The words behind each score
#
# A number alone cannot be checked. newslab keeps, for every sentence, the **reasons**: each word
# a lens scored, and what it added. Here is sentence 13. Blue marks are TextBlob's words, orange
# marks VADER's; the small label says what each word added, and a ⚠ marks a word that news
# often uses in another sense (rest the mouse on a mark to read why).

# %%
reasons_html(analysis, 13)

# %% [markdown]
# TextBlob finds no word of its lexicon in this sentence, so it says **0.00**: neutral. VADER
# finds six words. It adds up their values: +0.70 (growing) − 0.80 (scepticism) + 1.80 (United)
# + 1.30 (promise) − 1.04 (assurance) + 1.40 (security) = **+3.36**, and squeezes that sum into
# a compound of **+0.66**: clearly positive.
#
# Is this sentence positive? It is about *growing scepticism*. Look at what pushed it up:
# "United" is part of a country's name, "security" is a policy area, and "growing" only
# grows the scepticism. And "despite" turned Washington's "assurance" negative (VADER treats
# "despite" like "not", and multiplies the word's 1.40 by -0.74).
#
# ### The sentence explorer
#
# Now look at any sentence. Drag the slider (or click on it and use the arrow keys): the widget
# shows the sentence, its three scores, its words highlighted, and a table of the reasons.

# %% tags=["nbval-ignore-output"]
from newslab.views.tone_views import sentence_explorer

explorer = sentence_explorer(analysis)
explorer

# %% [markdown]
# ### Exercise q2
#
# The next cell prints the question. Use the explorer to answer it.

# %%
print(ex.q2.question)

# %%
word = ____  # replace ____ with the word, in quote marks

ex.q2.check(word)

# %% [markdown]
# ## 5. TextBlob against VADER
#
# Do the two lenses agree? Here each sentence is one dot: how far to the right is its TextBlob
# polarity, how high up its VADER compound. A dot in the top-right corner is positive for both;
# a dot on the left edge of the grey vertical band is where TextBlob calls it neutral. The
# numbers next to the dots are the sentence numbers (several numbers when sentences share one
# spot).

# %%
tone_plots.lens_scatter(tone)

# %% [markdown]
# If the lenses agreed, the dots would lie along a rising line. They do not: a column of dots
# stands straight up from TextBlob's 0 (sentences 9, 12, 13, 18, 19): VADER finds them
# positive where TextBlob finds nothing at all. No dot is in the bottom-left corner (negative
# for both).
#
# newslab flags a sentence as a **disagreement** when the lenses point opposite ways, or when
# one reads it as neutral (less than 0.05 from 0) while the other reads it clearly (VADER at
# least 0.5 from 0, or TextBlob at least 0.3). Those are the vermillion dots.
#
# ### Exercise q3
#
# In how many sentences do TextBlob and VADER disagree? Count the vermillion dots in the
# picture (or the shaded bands of the tone arc), or let Python count: `len(tone.disagreements)`.

# %%
disagreements = ____  # replace ____ with a number

ex.q3.check(disagreements)

# %% [markdown]
# Here is why each one was flagged:

# %%
for sentence in tone.disagreements:
    print(sentence.sentence, sentence.disagreement_reason)

# %% [markdown]
# In each of them, one lens reads the sentence clearly while the other finds it neutral. A
# disagreement is not an error of one lens: it is a sentence worth reading closely. Move the
# explorer to each of them and see which words made the difference.

# %% [markdown]
# ## 6. The reporter's words and the quoted words
#
# A news story mixes two kinds of voice: the **narration**, the reporter's own words, and the
# **quoted words** of the people in the story. newslab scores them apart: it cuts every
# sentence where quotes begin and end, and reads each piece on its own.

# %%
tone_plots.voices(analysis)

# %% [markdown]
# The quoted words read more positive (TextBlob 0.17 against 0.10; VADER 0.28 against 0.22) and
# much more like opinion (subjectivity 0.53 against 0.33). That is what you would expect:
# people are quoted *for* their opinions, while a reporter tries to sound factual. But there is
# little quoted text (529 characters against 3,497 of narration), so a single word inside a
# quote moves the quoted scores a lot.

# %% [markdown]
# ## 7. You against the machine
#
# The lenses give numbers; a reader says "negative", "neutral" or "positive". To compare them,
# newslab turns each score into a **label** with a threshold:
#
# - **VADER**: compound +0.05 or more is positive, -0.05 or less negative, neutral in between
#   (the rule VADER's authors suggest);
# - **TextBlob**: polarity +0.10 or more is positive, -0.10 or less negative. TextBlob's authors
#   give no rule; newslab uses 0.10 because TextBlob *averages*, so one mild word in a long
#   sentence leaves a small number no reader would call a tone.
#
# newslab picks ten sentences for you to label: it sorts the sentences from the most negative
# to the most positive (by the average of the two scores) and takes ten evenly spread along
# that line, so you get both ends and the middle. These are their numbers:

# %%
from newslab.tone.labels import pick_sentences

chosen = pick_sentences(tone)
chosen

# %% [markdown]
# These are sentence numbers, as in `article.sentences[n]`: the sentences you will label. The
# widget further down shows their text.
#
# ### How to measure agreement: Cohen's kappa
#
# Say you and VADER label four sentences:
#
# | sentence | you | VADER |
# | --- | --- | --- |
# | 1 | positive | positive |
# | 2 | neutral | positive |
# | 3 | neutral | neutral |
# | 4 | negative | negative |
#
# You agree on 3 of 4 sentences: the **observed agreement** is 3 / 4 = **0.75**. But some of
# that could be luck. You said "positive" for 1 sentence in 4 (a share of 0.25), VADER for 2 in
# 4 (0.5). Two people who labelled at random with those shares would both say "positive"
# 0.25 × 0.5 = 0.125 of the time. For "neutral": 0.5 × 0.25 = 0.125; for "negative":
# 0.25 × 0.25 = 0.0625. Added up, the **agreement by chance** is **0.3125**.
#
# **Cohen's kappa** asks: of the agreement that was possible *beyond* chance, how much did you
# reach? kappa = (0.75 − 0.3125) / (1 − 0.3125) = **0.64**. 1 is perfect agreement, 0 is no
# better than chance. newslab computes it the same way:

# %%
from newslab.tone.agreement import agreement, describe_kappa

result = agreement(
    ["positive", "neutral", "neutral", "negative"],
    ["positive", "positive", "neutral", "negative"],
)
print(result.observed, result.expected, round(result.kappa, 2), describe_kappa(result.kappa))

# %% [markdown]
# The same 0.75, 0.3125 and 0.64 as by hand. The words come from a well-known rule of thumb
# (Landis and Koch, 1977): up to 0.2 is *slight* agreement, up to 0.4 *fair*, up to 0.6
# *moderate*, up to 0.8 *substantial*, above that *almost perfect*.
#
# ### Label the ten sentences yourself
#
# Read each sentence and click **negative**, **neutral** or **positive**: go with your first
# reading, and do not look at the scores first. Then press **Compare**. You will see your labels
# beside the two lenses' labels (✓ where a lens agrees with you), and for each pair (you and
# TextBlob, you and VADER, TextBlob and VADER) how often they agree, how often chance alone
# would make them agree, and the kappa.

# %% tags=["nbval-ignore-output"]
from newslab.views.tone_views import human_labeller

labeller = human_labeller(analysis, chosen)
labeller

# %% [markdown]
# Compare with your neighbour: did you agree with each other more than with the programs?
#
# ### Exercise q4
#
# On how many of the ten sentences do TextBlob and VADER give the **same** label? (After you
# press Compare, the last table tells you; or count the rows of the first table.)

# %%
same_label = ____  # replace ____ with a number

ex.q4.check(same_label)

# %% [markdown]
# ## 8. What the tool gets wrong
#
# Both lexicons were built from product reviews and social-media posts. News uses many of their
# words in another sense. newslab keeps a list of such words (`newslab/data/misread_words.txt`)
# and marks them with ⚠; it never changes the scores. Here is every scored word in this article
# that is on the list:

# %%
reasons = analysis.tables()["tone_reasons"]
misread = reasons[reasons["misread_hint"].notna()]
misread[["sentence", "text", "lens", "value"]].round(2).reset_index(drop=True)

# %% [markdown]
# 38 scores in this article come from words on that list. The worst, from the table:
#
# - **"Great" in "the Great Hall of the People"** (sentence 10) is part of a name, yet it adds
#   +0.80 to TextBlob and +3.10 to VADER, as much as any word in the article. A sentence that
#   only says where the meetings will be held becomes one of the most positive.
# - **"great publicity"** (sentence 11) means *a lot of* publicity, not good publicity: +3.10
#   again.
# - **"a positive outcome"** (sentence 17) is a stock diplomatic phrase, read as enthusiasm.
# - **"United" in "United States"** adds +1.80 to VADER every time the country is named
#   (sentences 3, 13 and 21).
# - **"late December"** (sentence 5) and **"other senior officials"** (sentence 1) are a date and
#   a count, but TextBlob scores "late" -0.30 and "other" -0.125 (shown rounded as -0.12).
# - **"the Korean War"** (sentence 21): VADER adds -2.90 for the name of a war that a peace
#   declaration would end, while TextBlob reads "the kind of security guarantees" as kindness
#   (+0.60).
#
# And what the lenses **miss**: "the hulking seat of the legislature" (sentence 10) is a loaded
# description, yet neither lexicon knows "hulking". Sentence 20 gets subjectivity 1.00, pure
# opinion, from two words, "so far", which only mean *until now*:

# %%
reasons_html(analysis, 20)

# %% [markdown]
# Because TextBlob averages, a sentence with a single lexicon word gets that word's numbers,
# whatever the rest of the sentence says. Keep this in mind whenever a tone score looks extreme: read
# the reasons before you believe the number.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-04-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. Is sentence 13 ("growing scepticism ... despite Washington's assurance") positive,
#    negative or neutral? Would two journalists agree? Would a reader in Pyongyang and one in
#    Washington?
# 2. Your kappa with VADER and with TextBlob: which lens was closer to you, and why do you
#    think so? Was your kappa with your neighbour higher?
# 3. The quoted words read more positive than the narration. Does that say something about the
#    people quoted, or about the reporter's choice of whom to quote?
# 4. A teacher can add words to `newslab/data/misread_words.txt`. Should a tool *change* the
#    score of a misread word, or only warn? What could go wrong either way?
# 5. A headline writer wants a story to "read more positive". Using what you learned about
#    averaging and adding, which words would move TextBlob, and which VADER?
#
# ## Further reading
#
# - C. J. Hutto and E. Gilbert (2014), "VADER: A Parsimonious Rule-based Model for Sentiment
#   Analysis of Social Media Text", ICWSM: https://ojs.aaai.org/index.php/ICWSM/article/view/14550
# - S. Loria, *TextBlob* documentation, "Sentiment analysis":
#   https://textblob.readthedocs.io/en/dev/quickstart.html#sentiment-analysis
# - T. De Smedt and W. Daelemans (2012), "Pattern for Python", *Journal of Machine Learning
#   Research* 13 (the lexicon behind TextBlob's polarity and subjectivity).
# - J. Cohen (1960), "A coefficient of agreement for nominal scales", *Educational and
#   Psychological Measurement* 20(1); J. R. Landis and G. G. Koch (1977), "The measurement of
#   observer agreement for categorical data", *Biometrics* 33(1).
# - How newslab reads tone, with a worked example: `docs/tone.md`.
# - Next notebook: `05_stance.ipynb`, how each actor is positioned.

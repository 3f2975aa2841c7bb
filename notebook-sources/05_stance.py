# %% [markdown]
# # 05 · Stance: how the article positions each actor
#
# **What you will learn** (about 45 minutes):
#
# 1. what **stance** means: is an actor spoken of warmly, coldly, or neither?
# 2. how a computer model gives a **label** and a **score** to one name in one sentence, and
#    which words made it decide;
# 3. **whose** stance it is: the reporter's own words, or the words of someone quoted;
# 4. **relations** between actors: who cooperates with whom, who is in conflict with whom;
# 5. how **accurate** the model is, and where it goes wrong.
#
# You need notebooks 02 (actors) and 03 (quotes and voices) first.

# %% [markdown]
# The first cell loads newslab, the article, its analysis and this notebook's exercises, as
# before. This time we read `analysis.stance`.

# %%
import newslab
from newslab.teaching.exercises import ____, notebook
from newslab.views import plots
from newslab.views.stance_views import stance_picker, target_view

ex = notebook("05")
article = newslab.load()
analysis = newslab.analyze(article)
stance = analysis.stance

# %% [markdown]
# ## 1. One name, one sentence
#
# newslab uses a small **model**: a program that learned from thousands of news sentences,
# each marked by people as speaking of a name *negatively*, *neutrally* or *positively*. Give
# it a sentence and the place of a name in it, and it answers for that name.
#
# A place in a text is two numbers: where the name **starts** and where it **ends**,
# counted in characters from 0. `sentence.find("Smith")` gives the start; adding the length
# of the name gives the end.

# %%
sentence = "Critics slammed Smith for the disastrous plan."
start = sentence.find("Smith")
end = start + len("Smith")
start, end

# %% [markdown]
# "Smith" starts at character 16 and ends just before character 21. Now we ask the model:

# %%
result = newslab.target_sentiment(sentence, start, end)
result.label, round(result.score, 2)

# %% [markdown]
# The **label** is `negative`. The **score** goes from -1 (clearly negative) to +1 (clearly
# positive); it is the model's chance of "positive" minus its chance of "negative". Here it is
# -0.92: the model is very sure.
#
# Which words made it decide? The view below highlights the name in yellow and the
# **evidence words** in the colour of the label (rest the mouse on one for its weight).

# %%
target_view(sentence, result, start, end)

# %% [markdown]
# "disastrous" and "slammed" pushed hardest. The three numbers after "probabilities" are the
# model's chances for each label; they add up to 1.
#
# **Try it yourself.** Change the sentence and the name in the next cell (keep the quote
# marks), then run it. Try "Fans cheered Smith", or put two names in one sentence.

# %%
my_sentence = "Fans cheered Smith after the match, while Jones was booed."
my_name = "Jones"
my_start = my_sentence.find(my_name)
my_result = newslab.target_sentiment(my_sentence, my_start, my_start + len(my_name))
target_view(my_sentence, my_result, my_start, my_start + len(my_name))

# %% [markdown]
# ## 2. Every actor, every mention
#
# newslab does this for **every mention** of every actor in the story (places, like "Dalian",
# and the headline are left out), then averages the scores per actor. An average between -0.2
# and +0.2 is called **neutral**. How many actors got a score?

# %%
len(stance)

# %% [markdown]
# But one average per actor hides something important: **whose words** are they? The chart
# gives each actor one bar per **voice**: `author` is the reporter's own narration; a name
# such as `Lu Kang` means the words are inside that person's quote or reported speech. Each
# voice has its own colour and pattern, the same in every row (see the legend). The black
# diamond is the actor's overall average. We show the first six actors.

# %%
plots.stance_by_voice(analysis, limit=6)

# %% [markdown]
# Bars to the right are favourable, bars to the left unfavourable. Look at **China**: the
# reporter's bar (author) is almost zero, while the quotes are warmer: Lu Kang, China's
# spokesman, and the quote with no speaker. Only Mike Pompeo's reported words are negative.
# China's overall diamond mixes all of these.
#
# China's bar for **Kim Jong Un** comes from the quote "We especially hope that the exchange
# between China and North Korea ...", Kim said. Notebook 03 (section 4) showed why that speaker
# is doubtful: the words are most likely those of Kim Eui-kyeom, South Korea's presidential
# spokesman. If so, this bar belongs to another voice. A stance is only as good as the speaker
# it is pinned on.
#
# ## 3. The reporter's voice and the quoted voices
#
# This is the key idea of the notebook. When Lu Kang says "China has always supported both
# sides to continue to hold talks and to reach a positive outcome", those warm words are
# **Lu's stance**, not the reporter's. The table gives China's stance voice by voice:

# %%
table = analysis.tables()["stance"]
table[table.actor == "china"][["voice_name", "label", "score", "n"]]

# %% [markdown]
# `n` is the number of mentions of China in that voice: most are in the reporter's words, and
# each quoted or reported voice has one. The reporter's mentions average close to zero:
# neutral. A stance made of **one** mention is one vote: read it with care.
#
# The widget shows the same for any actor, with the evidence: each mention in its sentence,
# its voice, the model's label and score, and the evidence words highlighted.

# %% tags=["nbval-ignore-output"]
stance_picker(analysis)

# %% [markdown]
# ### Exercise q1
#
# In the widget, choose the actor named in the question below (not China: another actor).
# How many of its mentions are in the reporter's own voice?

# %%
print(ex.q1.question)

# %%
author_count = ____  # replace ____ with a number

ex.q1.check(author_count)

# %% [markdown]
# ### Exercise q2
#
# Still in the widget: which voice speaks of that actor most negatively? Write the voice as the
# table writes it, in quote marks (an id such as `"lu-kang"` is accepted too).

# %%
negative_voice = ____  # replace ____ with the voice's name, in quote marks

ex.q2.check(negative_voice)

# %% [markdown]
# ## 4. Relations: who cooperates, who is in conflict
#
# Stance is about one actor. A **relation** is between two: "Washington is **pressing** the
# North" frames the United States in conflict with North Korea. newslab finds relations with a
# list of framing verbs (`newslab/data/framing_verbs.txt`), each marked cooperation or
# conflict with a strength: "accuse" is -1, "press" -0.7, "meet" +0.5.

# %%
relations = analysis.tables()["relations"]
relations[["sentence", "source_name", "verb", "target_name", "polarity", "score", "voice_name"]]

# %% [markdown]
# Each row is one relation: `source_name` acts, `target_name` is acted on, `verb` is the
# framing verb, `score` its strength (+ cooperation, - conflict), `polarity` says which, and
# `voice_name` whose framing it is. In sentence 17 the target is empty (`NaN`): "both sides"
# names no actor. The network draws the same relations as arrows.

# %%
plots.relation_network(analysis)

# %% [markdown]
# Green arrows are cooperation and red ones conflict; a thicker arrow is a stronger verb. Kim
# Jong Un is at the centre of most arrows: the story is told around him.
#
# ### Exercise q3
#
# How many relations does the article frame as conflict? Count them in the table (the column
# `polarity`) or in the network (the red arrows).

# %%
conflict_count = ____  # replace ____ with a number

ex.q3.check(conflict_count)

# %% [markdown]
# Most relations are cooperation: meeting, engaging, supporting, hoping. The conflicts are an
# accusation and pressure, and both involve the United States or its president.

# %% [markdown]
# ## 5. How accurate is the model?
#
# The model was tested on sentences it had never seen, from two collections of news sentences
# marked by people (NewsMTSC, its "rw" and "mt" development sets, not used for training). The
# figure is **macro-F1**: a score from 0 to 100 that averages how well each of the three labels
# is found, so always saying "neutral" does not score well. All figures come from the model card,
# `docs/model-card-target-sentiment.md`:
#
# | system | dev set rw | dev set mt |
# |---|---|---|
# | newslab's model | 68.4 | 68.7 |
# | TextBlob (tone of the whole sentence) | 41.6 | 43.5 |
# | VADER (tone of the whole sentence) | 50.8 | 52.8 |
# | always "neutral" | 18.9 | 22.0 |
# | a large fine-tuned model (RoBERTa, published) | 83.1 | 82.5 |
#
# newslab's model beats the two word-list tools of notebook 04 by 16 to 27 points, because it
# looks at the name *and* the words around it. But a large model does much better (about 83):
# roughly one mention in three gets a wrong label. Trust averages over many mentions more than
# a single score.
#
# ### Exercise q4
#
# One label, checked by you. The next cell prints the question. Go back to the stance picker
# of section 3, choose the actor the question names, and find the sentence in its list of
# mentions: each mention shows the model's label. Then read the sentence: do you agree?

# %%
print(ex.q4.question)

# %%
label = ____  # replace ____ with the label, in quote marks

ex.q4.check(label)

# %% [markdown]
# ## 6. What the tool gets wrong
#
# Here are real mistakes on our article. **A loaded sentence read as friendly.** Sentence 15
# is about pressure and "harsh worldwide sanctions", yet:

# %%
for evidence in stance.actor("north-korea").evidence:
    if evidence.sentence == 15:
        print(evidence.mention.text, "|", evidence.voice, "|", evidence.label, evidence.score)

# %% [markdown]
# "the North", the one being pressed, gets *positive*, and "Pyongyang" neutral. The one
# evidence word shown is "ease", from "ease harsh worldwide sanctions": a friendly word in the
# model's list, but here it names what the pressed side asks for, not praise of it.
#
# **A plain fact read as praise.** Sentence 10 only says where Kim will stay:

# %%
kim_10 = [e for e in stance.actor("kim-jong-un").evidence if e.sentence == 10][0]
print(article.sentences[10].text)
print(kim_10.label, kim_10.score, [p.text for p in kim_10.phrases])

# %% [markdown]
# The warmest score of Kim in the story, because of "highly *secure*", a word about the
# building. The model cannot tell whom a word is about.
#
# **A relation built on a doubtful speaker.** The quote "We especially hope that the exchange
# between China and North Korea ...", Kim said, gives two relations:

# %%
[(r.source_name, r.verb.text, r.target_name) for r in analysis.relations if r.sentence == 19]

# %% [markdown]
# As long as newslab takes this "Kim" for Kim Jong Un, he "hopes" toward China, and toward
# **North Korea**, his own country. It is tempting
# to blame the relation rule (it takes every actor after the verb as a target), but the fault
# starts earlier. As notebook 03 showed, the words are most likely those of Kim Eui-kyeom,
# South Korea's presidential spokesman, hoping that China and North Korea get on. With that
# speaker, both relations read naturally: South Korea's hope toward China and North Korea. A
# wrong speaker makes every layer built on it wrong, and no rule downstream can repair it.
#
# And relations are missed: sentence 18 says ties "had frayed as Pyongyang stepped up its
# provocations", a clear conflict, but "frayed" is not a framing verb, so no relation is found.
#
# **A label from one vote.** South Korea is named once, as "Seoul" (sentence 18). The model
# calls that mention *positive*, but its score is small; the actor's label comes from the
# average score, and an average of one small score between -0.2 and +0.2 is *neutral*. One
# mention, two labels:

# %%
south_korea = stance.actor("south-korea")
south_korea.labels, south_korea.score, south_korea.label

# %% [markdown]
# The model card lists more known failure modes: names in one sentence often get the same
# label; who did what to whom ("Smith slammed critics" against "Critics slammed Smith") is
# weak in long sentences; strong words inside a quote can be pinned on the speaker; and
# frequent names (such as Trump) carry a learned bias from the news the model was trained on.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-05-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. The reporter's own stance toward China is close to neutral, but the quotes are warm.
#    Is the article positive about China? Who chose those quotes?
# 2. Is "neutral" the same as "fair"? Can a story be unfair with only neutral sentences?
# 3. The model gets about one mention in three wrong. For what questions is that good
#    enough (a thousand articles) and for what is it not (one article, one person)?
# 4. Kim is at the centre of most relations. Whose actions does the story describe, and
#    whose does it leave out?
# 5. The model learned from US political news of 2016 to 2020. What could go wrong on an
#    article about sport, or about another country?
#
# ## Further reading
#
# - F. Hamborg and K. Donnay (2021), "NewsMTSC: A Dataset for (Multi-)Target-dependent
#   Sentiment Classification in Political News Articles", EACL: the data the model learned from.
# - The model card: `docs/model-card-target-sentiment.md` (how it was trained, its scores,
#   its failure modes), and `docs/stance.md` (how voices and relations are found).
# - R. M. Entman (1993), "Framing: Toward Clarification of a Fractured Paradigm", *Journal of
#   Communication* 43(4): how choosing words and sources frames a story.
# - S. M. Mohammad et al. (2016), "SemEval-2016 Task 6: Detecting Stance in Tweets": stance
#   as a research task, and why it is hard.
# - Next notebook: `06_your_article.ipynb`, the whole analysis on an article of your own.

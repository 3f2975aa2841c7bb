# %% [markdown]
# # 00 · Start here
#
# **What you will learn** (about 45 minutes, no Python needed):
#
# 1. how to run a notebook, cell by cell, and how to start again when something goes wrong;
# 2. how the exercises work: you write an answer, and a *check* tells you if it is right;
# 3. a first look at the news article we study in all the notebooks.
#
# Read each text cell, then run the code cell under it. Take your time: nothing here can break.

# %% [markdown]
# ## 1. What is a notebook?
#
# A notebook is a page made of **cells**. There are two kinds:
#
# - **text cells**, like this one, which you read;
# - **code cells**, grey boxes with `[ ]:` on their left, which hold Python code.
#
# To **run** a code cell, click inside it and press **Shift + Enter** (hold Shift, press Enter).
# The result appears under the cell, and the next cell is selected, so you can press
# Shift + Enter again to go on. You can also press the ▶ button in the toolbar.
#
# Try it now on the cell below. It asks Python to add two numbers.

# %%
2 + 3

# %% [markdown]
# You should see `5` under the cell. The number in `[1]:` on the left tells you in which order
# the cells ran; `[*]:` means the cell is still running, so wait for it.
#
# Code can give a value a **name**, so that later cells can use it. The `=` sign means
# "from now on, this name stands for this value". Run the next two cells.

# %%
minutes = 45

# %%
minutes * 2

# %% [markdown]
# The first cell showed nothing: giving a name shows nothing. The second one worked out
# `45 * 2` and showed `90`. (In Python, `*` means "times".)
#
# ## 2. When something goes wrong: restart
#
# A notebook remembers every name you have made, in the order you ran the cells. If you skip a
# cell, a later one may fail with a message such as `NameError: name 'article' is not defined`:
# it means "I was never told what `article` is". Run the cells above it and try again.
#
# The same message comes when you write a word without quote marks: `first_word = With` makes
# Python look for a *name* `With`, and it knows none. Text goes between quote marks:
# `first_word = "With"`. Once this notebook has loaded its exercises (section 4), an orange
# **Help** box above such an error says which of the two it is.
#
# If things get muddled, start afresh: in the menu choose **Kernel → Restart Kernel and Run All
# Cells…**. The *kernel* is the Python program behind the notebook; restarting it makes it
# forget everything, and "Run All" runs every cell again from the top.
#
# **On Binder** (the free online service that runs these notebooks in your browser), your work
# is not saved on your computer and disappears after about ten minutes without activity. To
# keep a copy, choose **File → Download**.
#
# **A widget shows as a line of text** ("Run this cell to use the widget"): widgets only work
# once their cell has run. Run it. If a whole notebook looks stale, use *Restart Kernel and Run
# All Cells*.

# %% [markdown]
# ## 3. The article
#
# `newslab` is the small library, made for these notebooks, that does the reading for us. The
# next cell loads it (`import newslab`) and then loads the news article that comes with it.

# %%
import newslab

article = newslab.load()
article

# %% [markdown]
# The line under the cell describes what was loaded. Each part means:
#
# - `title`: the headline;
# - `paragraphs`: how many blocks separated by blank lines the text has, counting everything;
# - `sentences`: how many sentences the story itself has (the headline is not counted);
# - `removed`: how many pieces of text were **set aside** because they are not part of the
#   story (notebook 01 shows which, and why);
# - `source`: the file the article was read from.
#
# Here is the headline on its own. `print` shows a text without quote marks around it.

# %%
print(article.title.text)

# %% [markdown]
# ## 4. How exercises work
#
# Each notebook has a few exercises. The next cell gets this notebook's exercises and lists them.

# %%
from newslab.teaching.exercises import ____, notebook

ex = notebook("00")
ex

# %% [markdown]
# An exercise cell has a **blank**, written `____` (four underscores). Replace the blank with
# your answer and run the cell: the check tells you whether your answer is right, without
# telling you the answer. Until you replace the blank, the check says "not attempted yet".
#
# ### Warm-up: exercise q1
#
# How many words are in the headline printed above? Count them yourself, replace `____` with
# the number (just the digits, like `12`), and run the cell.

# %%
headline_words = ____  # replace ____ with a number

ex.q1.check(headline_words)

# %% [markdown]
# Stuck? Ask for a hint. Run this cell:

# %%
ex.q1.hint()

# %% [markdown]
# Still stuck? `ex.q1.solution()` shows the code that finds the answer, and the answer itself
# (unless your teacher has turned solutions off). Remove
# the `#` at the start of the next line to use it, but try on your own first.

# %%
# ex.q1.solution()

# %% [markdown]
# ## 5. A first look, highlighted
#
# The next cell shows the whole article. The **highlights** are newslab's first reading of it:
#
# - each light blue stretch is one **sentence** of the story;
# - each orange-red stretch was **set aside** (rest the mouse on it to see why);
# - the very first line, the headline, is not highlighted: newslab keeps it apart.

# %%
from newslab.views.highlight import highlight

highlight(article.text, [*article.removed, *article.sentences], legend=True)

# %% [markdown]
# ### Exercise q2
#
# What is the first word of the story itself? (Skip the headline, and skip it again where it
# is repeated.) Write the word in quote marks, like `"Beijing"`: quote marks tell Python that
# this is text.

# %%
first_word = ____  # replace ____ with a word in quote marks

ex.q2.check(first_word)

# %% [markdown]
# ## 6. A picture of the article
#
# Numbers in a list are hard to compare; a picture is easier. Each bar below is one paragraph,
# from the top of the article (paragraph 0) to the bottom, and its length is how many words the
# paragraph has. The colour says what newslab made of it: the headline, the story, or text set
# aside. Notice the short orange-red bars: the repeated headline at the top and a two-word
# paragraph at the very end.

# %%
from newslab.views import plots

plots.article_map(article)

# %% [markdown]
# ## 7. A widget: browse the article
#
# A **widget** is a control you can click or drag. Drag the slider to move through the story,
# one paragraph at a time. (If you see text instead of a slider, run the cell again.)

# %% tags=["nbval-ignore-output"]
from newslab.views.widgets import article_browser

article_browser(article)

# %% [markdown]
# ### Exercise q3
#
# Computers are better at counting than we are. `len(...)` counts the characters of a text:
# letters, digits, spaces, punctuation and line breaks. The article's text is called
# `article.text`. Replace `____` with `len(article.text)` and run the cell.

# %%
characters = ____  # replace ____ with code that counts the characters

ex.q3.check(characters)

# %% [markdown]
# ## 8. What the tool gets wrong
#
# newslab **guesses** which line is the headline: the first line, if it is short and does not
# end like a sentence. That guess is usually right for scraped news, but not always. Here is a
# made-up article that starts with the reporter's name (a *byline*) instead of a headline:

# %%
story = "By Jane Doe, Beijing correspondent\n\nKim Jong Un arrived in Beijing on Tuesday. He met Xi."
newslab.Article.from_text(story).title

# %% [markdown]
# newslab took the byline for the headline. (In code, `\n` stands for a line break; two of them
# make a blank line.) A tool like this gives you a first reading that you check, not a final
# answer. Every notebook has a section like this one.

# %% [markdown]
# ## Your progress
#
# The next cell lists this notebook's exercises and says which are right. Go back to any that
# is not right yet, then run this cell again.

# %%
ex.progress()

# %% [markdown]
# **Handing in.** Write your name between the quote marks instead of `____` and run the cell.
# It saves your answers in a file, `hand-in-00-your-name.json`, next to this notebook: in the
# file browser on the left, right-click the file and choose **Download**, then hand it in the
# way your teacher asks. Nothing is sent anywhere.

# %%
ex.hand_in(____)  # replace ____ with your name, in quote marks

# %% [markdown]
# ## Questions for discussion
#
# 1. Before running anything: what do you expect to learn about a news story by counting its
#    words and sentences? What can counting never tell you?
# 2. The article's headline appears twice at the top and the page ends with "Related Articles".
#    Where do you think these come from? Why might a tool keep them rather than delete them?
# 3. Which line would you call the headline of an article that starts with a date, then the
#    reporter's name? How would you write a rule for it?
#
# ## Further reading
#
# - JupyterLab user guide, "Notebooks": https://jupyterlab.readthedocs.io/en/latest/user/notebook.html
# - What Binder is and how it works: https://mybinder.readthedocs.io/en/latest/
# - Next notebook: `01_reading_the_article.ipynb`, how newslab reads an article into paragraphs
#   and sentences.

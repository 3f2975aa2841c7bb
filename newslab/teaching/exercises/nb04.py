"""Notebook 04's exercises: the tone arc, the words behind a score, the two lenses."""

from __future__ import annotations

from newslab.teaching.exercises.base import (
    Exercise,
    analysis_of,
    make_exercise,
    register,
    same_number,
    same_text,
)
from newslab.text.article import Article


@register("04")
def _notebook_04(article: Article) -> list[Exercise]:
    from newslab.tone.labels import lens_labels, pick_sentences

    def highest_polarity(a: Article) -> int | None:
        sentences = analysis_of(a).tone.sentences
        return max(sentences, key=lambda s: (s.polarity, -s.sentence)).sentence if sentences else None

    def most_positive(a: Article) -> int | None:
        positive = [s for s in analysis_of(a).tone.sentences if s.vader > 0]
        return max(positive, key=lambda s: (s.vader, -s.sentence)).sentence if positive else None

    def top_vader_word(a: Article) -> str | None:
        number = most_positive(a)
        if number is None:
            return None
        reasons = [r for r in analysis_of(a).tone.sentences[number].reasons if r.lens == "vader"]
        return max(reasons, key=lambda r: (r.value, -r.start)).text if reasons else None

    def lenses_agree(a: Article) -> int | None:
        tone = analysis_of(a).tone
        if not tone.sentences:
            return None
        textblob, vader = lens_labels(tone, "textblob"), lens_labels(tone, "vader")
        return sum(1 for s in pick_sentences(tone) if textblob[s] == vader[s])

    chosen = most_positive(article)
    return [
        make_exercise(
            "q1",
            "Which sentence has the highest TextBlob polarity? Give its number n, as in "
            "article.sentences[n].",
            highest_polarity,
            same_number,
            "In the tone arc, find the highest blue dot and read the number under it; or look down the "
            "polarity column of the table.",
            "max(analysis.tone.sentences, key=lambda s: s.polarity).sentence",
            article,
        ),
        make_exercise(
            "q2",
            f"Sentence {chosen} is the one VADER reads most positive. Which word adds the most to its "
            "VADER score? Write the word as it is in the sentence, in quote marks.",
            top_vader_word,
            same_text,
            "Move the sentence explorer's slider to that sentence and look at the orange labels: each "
            "says what its word adds to VADER's sum. Find the largest.",
            f"max((r for r in analysis.tone.sentences[{chosen}].reasons if r.lens == 'vader'), "
            "key=lambda r: r.value).text",
            article,
        ),
        make_exercise(
            "q3",
            "In how many sentences do TextBlob and VADER disagree?",
            lambda a: len(analysis_of(a).tone.disagreements),
            same_number,
            "Count the shaded bands in the tone arc, or the vermillion dots in the scatter plot.",
            "len(analysis.tone.disagreements)",
            article,
        ),
        make_exercise(
            "q4",
            "Of the ten sentences you labelled, on how many do TextBlob and VADER give the same label?",
            lenses_agree,
            same_number,
            "After you press Compare, the last table has a row 'TextBlob and VADER': its 'same label' "
            "column says it. Or count the rows of the first table where the two lenses' labels match.",
            "from newslab.tone.labels import lens_labels, pick_sentences\n"
            "textblob, vader = lens_labels(tone, 'textblob'), lens_labels(tone, 'vader')\n"
            "sum(1 for s in pick_sentences(tone) if textblob[s] == vader[s])",
            article,
        ),
    ]

"""Issue 14's speaker rules, each on a short text written here, through the real pipeline:
pronouns with gender, roles and organisations, the sentence's subject, the previous sentence,
quotes continued over paragraphs, split quotes, fragments in reported speech, and doubtful
attributions."""

from __future__ import annotations

import pytest

import newslab
from newslab.speech.speaker_words import fits_pronoun, gender_of_name


def quotes_of(body: str):
    return list(newslab.analyze(newslab.Article.from_text("Title\n\n" + body)).layers["quotes"])


def only_quote(body: str):
    quotes = quotes_of(body)
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


# -- pronouns: "she" is not the man named last ----------------------------------------------


def test_she_skips_a_man_named_after_the_woman():
    quote = only_quote(
        "Hillary Clinton spoke in Ohio on Monday. Donald Trump arrived later.\n\n"
        '"We will win this state," she said.'
    )
    assert quote.speaker_name == "Hillary Clinton"
    assert "'she' is taken to be Hillary Clinton" in quote.why


def test_a_title_gives_the_gender():
    quote = only_quote(
        'Ms. Okonjo met Mr. Haddad in Lagos. "The talks went well," she said.'
    )
    assert quote.speaker_name == "Okonjo"


def test_he_looks_past_a_sentence_whose_subject_is_he_again():
    quote = only_quote(
        "Mayor Tomas Berg opened the bridge. He then thanked Ahmed Saleh for the plans. "
        '"This is a proud day," he said.'
    )
    assert quote.speaker_name == "Tomas Berg"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Hillary Clinton", "female"), ("Mr. Lu", "male"), ("Clinton", ""), ("Xi Jinping", "")],
)
def test_gender_of_name(name, gender):
    assert gender_of_name(name) == gender


def test_an_unknown_gender_fits_either_pronoun():
    assert fits_pronoun("she", "") and fits_pronoun("he", "") and not fits_pronoun("she", "male")


# -- roles and organisations ----------------------------------------------------------------


def test_a_spokesman_for_the_ministry_is_the_speaker():
    quote = only_quote('"We will appeal," a spokesman for the ministry said.')
    assert quote.attributed and quote.speaker_name == "a spokesman"


def test_the_company_said():
    quote = only_quote('Harbor Foods cut 200 jobs. "Sales fell sharply," the company said.')
    assert quote.attributed and quote.speaker_mention.text == "the company"


def test_an_organisation_speaks():
    quote = only_quote('"Sales fell sharply," Harbor Foods said on Tuesday.')
    assert quote.speaker_name == "Harbor Foods"


# -- the subject of the sentence, and fragments in reported speech --------------------------


def test_a_fragment_takes_the_subject_of_its_sentence():
    quote = only_quote('At the rally, Senator Ada Obi denounced the plan as "a disgrace."')
    assert quote.speaker_name == "Ada Obi"
    assert quote.why.startswith("speaker as the subject of the sentence: 'Senator Ada Obi denounced'")


def test_a_fragment_after_a_reporting_clause_takes_its_source():
    quote = only_quote('Ada Obi said the plan was "unethical" and should be dropped.')
    assert quote.speaker_name == "Ada Obi" and quote.partial


def test_a_bracket_after_the_name_does_not_hide_the_speaker():
    quote = only_quote('Sen. Ada Obi (D-Ore.) called the plan "a disgrace."')
    assert quote.speaker_name == "Ada Obi"


def test_an_initial_in_the_name_does_not_end_the_sentence():
    quote = only_quote('Her lawyer, David E. Kendall, wrote that the request was "futile."')
    assert quote.speaker_name == "David E. Kendall"


def test_a_scare_quote_in_the_subject_is_not_given_a_speaker():
    quote = only_quote('The so-called "experts" were wrong again.')
    assert not quote.attributed


def test_a_new_clause_after_and_has_its_own_subject():
    quote = only_quote('Fans were angry, and a banner read: "Sell the club".')
    assert not quote.attributed


# -- the previous sentence, continued paragraphs and split quotes ---------------------------


def test_a_quote_takes_the_speaker_of_the_sentence_before():
    quote = only_quote('Mayor Ana Ruiz defended the budget on Monday. "It is fair to everyone."')
    assert quote.speaker_name == "Ana Ruiz"
    assert quote.why.startswith("speaker named in the sentence before it")


def test_a_quote_paragraph_goes_on_in_the_voice_of_the_quote_before():
    quotes = quotes_of('"We are ready," Ana Ruiz said.\n\n"Nobody wants a strike."')
    assert [q.speaker_name for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]
    assert quotes[1].why.startswith("speaker of the quote just before it")


def test_a_quote_left_open_at_the_paragraph_end_continues_in_the_next():
    quotes = quotes_of(
        'Ana Ruiz said: "We have waited long enough.\n\n"Now we act, and we act together."'
    )
    assert len(quotes) == 1
    assert quotes[0].speaker_name == "Ana Ruiz" and len(quotes[0].parts) == 2


def test_narration_in_between_stops_the_carry_over():
    quotes = quotes_of(
        '"We are ready," Ana Ruiz said.\n\nThe talks are set for June.\n\n"Nobody wants a strike."'
    )
    assert [q.speaker_name for q in quotes] == ["Ana Ruiz", None]


def test_a_split_quote_is_one_quote_with_its_speaker():
    quote = only_quote('"We are ready," Ana Ruiz said. "Are you?"')
    assert [p.text for p in quote.parts] == ["We are ready,", "Are you?"]
    assert quote.speaker_name == "Ana Ruiz"


# -- doubtful attributions ------------------------------------------------------------------


def test_the_seed_articles_kim_quote_is_doubtful_and_no_other():
    quotes = newslab.analyze(newslab.load()).layers["quotes"]
    doubtful = [q for q in quotes if q.doubtful]
    assert [q.speaker for q in doubtful] == ["kim-jong-un"]
    assert doubtful[0].quoted_text.startswith("We especially hope that the exchange between China")
    assert "North Korea" in doubtful[0].why and any("doubtful" in p for p in doubtful[0].problems)


def test_a_quote_that_names_its_own_speaker_is_doubtful():
    quote = only_quote('"Ada Obi will never give up," Ada Obi said.')
    assert quote.doubtful and "its own speaker" in quote.why


def test_an_ordinary_quote_is_not_doubtful():
    quote = only_quote('"We will never give up," Ada Obi said.')
    assert quote.attributed and not quote.doubtful


def test_doubtful_is_in_the_json_and_the_table():
    analysis = newslab.analyze(newslab.load())
    items = analysis.to_dict()["quotes"]["items"]
    assert [q["doubtful"] for q in items] == [False, False, True, False, False]
    assert list(analysis.tables()["quotes"]["doubtful"]) == [False, False, True, False, False]

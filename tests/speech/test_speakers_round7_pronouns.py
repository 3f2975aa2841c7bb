"""Pronoun speakers of the seventh round (issue 14, rules 80-): each test runs the whole
pipeline on a short text written here and checks whom "he" or "she" is taken to be."""

from __future__ import annotations

from speaker_texts import quote_with, quotes_of


def test_a_sentence_that_opens_with_he_goes_on_about_the_same_man_even_without_a_clear_verb():
    # rule 80: "He married ... (quietly), runs ... and counts himself a Tom Abbot supporter":
    # the subject finder sees no verb after "He", yet the sentence is about Ivo Marsh, and
    # Tom Abbot, named inside it, is not the "he" of the quote
    body = (
        "Ivo Marsh, a former lawyer for the farmers' union, later left the party.\n\n"
        "He married in Dorval last year (quietly), runs a bakery in Lisle (population 900), "
        "and counts himself a loyal Tom Abbot supporter.\n\n"
        "\"The vote was rigged from the start,\" he said in an interview."
    )
    quote = quote_with(quotes_of(body), "rigged")
    assert quote.speaker_name == "Ivo Marsh"
    assert "like the 'He' of an earlier sentence" in quote.why


def test_an_opening_he_does_not_outrank_a_speaker_named_in_a_later_sentence():
    # rule 80 only when the sentence has no speaker: "..., Ada Lind said." keeps its place
    body = (
        "Ivo Marsh, the campaign manager, said Lind would win the county.\n\n"
        "He also expects a boost from the debate, Ada Lind said.\n\n"
        "\"A win here changes the race,\" she said."
    )
    quote = quote_with(quotes_of(body), "changes the race")
    assert quote.speaker_name == "Ada Lind"


def test_a_first_name_used_by_men_and_women_takes_the_gender_the_article_gives_it():
    # rule 81: "Robin Vale" says nothing by her first name; "she" after her name, twice,
    # makes her a woman, so the "he" of the quote is Omar Hale, not Robin Vale
    body = (
        "Robin Vale is running for the Senate seat. Polls say she is ahead.\n\n"
        "Vale visited Dorval, where she spoke to farmers.\n\n"
        "Omar Hale, the mayor, met the farmers too.\n\n"
        "Vale then said the plan was fair. Later \"it will not pass,\" he said."
    )
    quote = quote_with(quotes_of(body), "will not pass")
    assert quote.speaker_name == "Omar Hale"


def test_he_after_she_in_one_sentence_is_the_man_named_between_them():
    # rule 82: not Nina Ross (a woman) nor Paul Dane (named in an earlier sentence)
    body = (
        "Nina Ross met Paul Dane in the spring.\n\n"
        "Ross has clashed with Victor Hale once, saying he was wrong.\n\n"
        "For that she drew Hale's anger - he called her \"a disgrace\" on the radio."
    )
    quote = quote_with(quotes_of(body), "a disgrace")
    assert quote.speaker_name == "Victor Hale"
    assert "pronoun of the other gender" in quote.why


def test_a_name_that_opens_the_sentence_before_outranks_a_speaker_further_back():
    # rule 83: Rosa Quint opens the sentence before the quote, although its reporting verb is
    # far from her name; Mia Stone, who spoke a sentence earlier, is not the "she"
    body = (
        "\"It is shameful,\" Mia Stone said.\n\n"
        "Rosa Quint, who lost her son Ben Quint during the flood in Lisle, Ohio, in July 2012, "
        "said that the mayor had treated her family badly.\n\n"
        "\"He promised to meet us,\" she said."
    )
    quote = quote_with(quotes_of(body), "promised to meet")
    assert quote.speaker_name == "Rosa Quint"
    assert "named at the start of an earlier sentence whose reporting verb" in quote.why


def test_a_person_filed_as_an_organisation_takes_the_she_that_follows_her_name():
    # rule 84: an unfamiliar first name makes the actors layer file "Zandra Pell" as an
    # organisation; the "she" after her name says she is a woman who can speak
    body = (
        "Omar Hale runs the farmers' league.\n\n"
        "Zandra Pell is listed as the chair of Growers for Hale. "
        "Recently she wrote on her page, \"I am leaving the old party for good!\""
    )
    quote = quote_with(quotes_of(body), "leaving the old party")
    assert quote.speaker_name == "Zandra Pell"


def test_a_heading_opened_by_a_dash_gives_no_antecedent():
    # rule 85: "– Country less safe –" is a subheading: its capital opens it, and "Country" is
    # no one; the "he" goes on with the speaker before it
    body = (
        "Jon Reed spoke in Lisle on Monday.\n\n"
        "\"The threat has gone up,\" he said.\n\n"
        "– Country less safe –.\n\n"
        "\"Does he have any idea of the harm these words do?\" he said."
    )
    quote = quote_with(quotes_of(body), "any idea of the harm")
    assert quote.speaker_name == "Jon Reed"


def test_a_pronoun_with_a_verb_glued_to_it_is_no_antecedent():
    # rule 86: "He’ll need" is a sentence about someone, not a person called "He’ll"
    body = (
        "Tom Reyes won the primary in March.\n\n"
        "He\u2019ll need a better answer on taxes. \"I am ready,\" he said."
    )
    quote = quote_with(quotes_of(body), "I am ready")
    assert quote.speaker_name == "Tom Reyes"


def test_with_no_one_before_it_he_is_the_man_named_earlier_in_its_own_sentence():
    # rule 87: the article opens with the sentence, so only its own words name anyone
    body = (
        "Last month I asked Senator Tom Reyes whether he would ever back the plan, "
        "and he said \"Never, not in a hundred years.\""
    )
    quote = quote_with(quotes_of(body), "Never, not in")
    assert quote.speaker_name == "Tom Reyes"
    assert "named earlier in its own sentence" in quote.why


def test_far_from_any_name_she_is_the_woman_the_article_is_about():
    # rule 87: six sentences without a name; "she" is Maria Lopez, named most often, not the
    # man named last
    body = (
        "Maria Lopez has run the clinic for years. Lopez knows every family in town. "
        "Lopez also sits on the school board. Omar Hale runs the bank across the road.\n\n"
        "The clinic opens at seven. The queue starts earlier. Nurses arrive at six. "
        "The doors stay open until late. Nobody is turned away. The waiting room is small.\n\n"
        "\"We never close early,\" she said."
    )
    quote = quote_with(quotes_of(body), "never close early")
    assert quote.speaker_name == "Maria Lopez"
    # (the only woman named: the why says so, and how far back she was last named)
    assert "the only woman named earlier, last named 8 sentences before" in quote.why


def test_they_passes_over_one_person_merely_named_before_it():
    # rule 88: Ana Ruiz is only named in the sentence before; "they" is the union
    body = (
        "The Farmers Union met in Lisle on Monday. The strike vote was unanimous, and Ana "
        "Ruiz, the mayor, was not invited.\n\n"
        "\"We were never asked,\" they said."
    )
    quote = quote_with(quotes_of(body), "never asked")
    assert quote.speaker_name == "Farmers Union"


def test_they_can_be_two_people_joined_by_and():
    # rule 88 keeps two named people together: "Ana Ruiz and Tom Reyes" are "they", both
    body = (
        "The strike vote was unanimous, and Ana Ruiz and Tom Reyes were not invited.\n\n"
        "\"We were never asked,\" they said."
    )
    quote = quote_with(quotes_of(body), "never asked")
    assert quote.speaker_name == "Ana Ruiz and Tom Reyes"

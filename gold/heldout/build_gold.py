#!/usr/bin/env python3
"""Build the gold JSON files from hand-written anchor specs.

Each quote is written down by hand as a pair of anchors:
  frm : literal text the quote starts with (must begin with the opening mark
        and occur exactly once in the article)
  to  : literal text the quote ends with (must end with the closing mark);
        searched for from the start anchor onwards. None = quote is exactly frm.
Offsets are computed here by str.index, never counted by hand.

kind is one of: whole, split, multi_paragraph, partial, scare
(unattributed quotes are those with speaker None and scare False).
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def Q(frm, to, speaker, kind):
    return dict(frm=frm, to=to, speaker=speaker, kind=kind)


SPECS = {
    "01_port_strike.txt": [
        Q('"We came to the table', 'on pay and on safety."', "Teresa Okafor", "split"),
        Q('"The offer on the table', 'it remains open,"', "Martin Healey", "whole"),
        Q('"at any hour of the day or night."', None, "Martin Healey", "partial"),
        Q('"Every day of this', 'well into April."', "Priya Raman", "split"),
        Q('"Nobody wins from a long dispute at our largest port,"', None, "Alan Brody", "whole"),
        Q('"The government is not going', 'stand by forever either."', "Alan Brody", "whole"),
        Q('"Fair Pay, Safe Shifts,"', None, None, "scare"),
        Q('"My father worked these docks', 'not going anywhere."', None, "split"),
        Q('"for as long as it takes,"', None, "Teresa Okafor", "partial"),
        Q('"no plans"', None, "Carraway Terminal Operators Association", "partial"),
        Q('"put the long-term future', 'at risk."', "Carraway Terminal Operators Association", "partial"),
    ],
    "02_rail_fares.txt": [
        Q("‘a kick in the teeth’", None, "Fair Fares Now", "partial"),
        Q("‘the biggest programme", "in a generation’", "Helen Marlowe", "partial"),
        Q("‘Nobody in this House", "come from somewhere.’", "Helen Marlowe", "split"),
        Q("‘balancing the books", "no choice but to travel’", "Owen Pryce", "partial"),
        Q("‘The Secretary of State stood", "same old story.’", "Owen Pryce", "whole"),
        Q("‘People aren’t giving up", "become a luxury.’", "Rebecca Thorne", "split"),
        Q("‘Once you price people", "railway’s own finances.’", "Rebecca Thorne", "split"),
        Q("‘risen sharply’", None, "Association of Train Operators", "partial"),
        Q("‘working hard to keep fares", "as low as possible’", "Association of Train Operators", "partial"),
        Q("‘We have capped", "by the end of next year.’", "Department for Transport", "whole"),
        Q("‘Rail Fares Review’", None, None, "scare"),
    ],
    "03_schools_budget.txt": [
        Q("“I did not run for this board", "a bankrupt district.”", "Linda Castellanos", "split"),
        Q("“We are spending money", "It is arithmetic.”", "Raymond Tse", "split"),
        Q("“reckless and rushed”", None, "Darnell Hughes", "partial"),
        Q("“We were handed a 90-page", "so do the kids.”", "Darnell Hughes", "split"),
        Q("“like the district gave up", "our neighborhood.”", "Maria Delgado", "partial"),
        Q("“My son asked me,", "tell a 7-year-old?”", "Maria Delgado", "split"),
        Q("“Every teacher at Hawthorne", "shown the door.”", "Karen Whitfield", "split"),
        Q("“Shame!”", None, None, "whole"),
        Q("“Kids Not Cuts.”", None, None, "scare"),
        Q("“deeply disappointed”", None, "Riverton Education Association", "partial"),
        Q("“Right-Size Riverton”", None, None, "scare"),
        Q("“This isn’t over,”", None, "Darnell Hughes", "whole"),
    ],
    "04_millbrook_flood.txt": [
        Q('"We were very, very lucky,"', 'a very different conversation."', "Dana Whitaker", "split"),
        Q('"extraordinary for late September."', None, "National Weather Service", "partial"),
        Q('"We need the boat', 'on a porch roof."', None, "whole"),
        Q('"I\'ve seen that creek', 'I listened to her."', "Tom Kowalski", "split"),
        Q('"People are going to need help', 'on their own."', "Gloria Benitez", "split"),
        Q('"WE\'RE OK - THANK YOU"', None, None, "scare"),
        Q('"as soon as the health department lets me,"', None, "Lupe Ortega", "partial"),
        Q('"We\'ve been here 19 years.', 'going to change that."', "Lupe Ortega", "whole"),
    ],
    "05_derby_report.txt": [
        Q("‘magnificent’", None, "Gary Marsh", "partial"),
        Q("‘I’ve been in the game", "Absolutely magnificent.’", "Gary Marsh", "split"),
        Q("‘At half-time I told them,", "they listened.’", "Gary Marsh", "split"),
        Q("‘The gaffer just said", "I’ll take it.’", "Jamal Osei", "whole"),
        Q("‘I just closed my eyes", "on top of me.’", "Kieran Doyle", "split"),
        Q("‘He never missed a derby,’", "watching today.’", "Kieran Doyle", "split"),
        Q("‘Mill Lane Forever’", None, None, "scare"),
        Q("‘It’s not even close,’", "the answer will be.’", "Neil Carver", "split"),
        Q("‘slip away’", None, "Neil Carver", "partial"),
    ],
    "06_food_bank_trial.txt": [
        Q("“This was not a mistake", "decided it was his.”", "Rachel Kim", "split"),
        Q("“Special Projects,”", None, None, "scare"),
        Q("“He wrote to me,", "that every day.”", "Janice Moore", "split"),
        Q("“Mr. Pell made choices", "to steal a dime.”", "Michael Serrano", "split"),
        Q("“always intended”", None, "Gregory Pell", "partial"),
        Q("“We respect the jury’s work,”", "allowed to hear.”", "Michael Serrano", "split"),
        Q("“Charities run on trust.", "the serious crime it is.”", "Daniel Okoye", "multi_paragraph"),
        Q("“difficult for everyone", "this community.”", "Patricia Lowell", "partial"),
        Q("“We are still here,", "needed to give.”", "Angela Ruiz", "split"),
    ],
    "07_rsv_spray_trial.txt": [
        Q('"Intranasal antibody prophylaxis', 'randomised controlled trial."', None, "scare"),
        Q('"RSV is the single biggest', 'without a needle."', "Anika Sorensen", "split"),
        Q('"a genuine game-changer"', None, "Anika Sorensen", "partial"),
        Q('"Parents ask me,', 'we can see, it\'s safe."', "Anika Sorensen", "split"),
        Q('"It\'s a good result,', 'replacing the injections."', "James Whitcombe", "split"),
        Q('"That is precisely the group', 'need data on,"', "James Whitcombe", "whole"),
        Q('"not yet been decided."', None, "Mette Lund", "partial"),
        Q('"no single product', 'on its own"', "World Health Organization", "partial"),
        Q('"Ask me in two years,"', None, "Anika Sorensen", "whole"),
    ],
    "08_chipmaker_earnings.txt": [
        Q('"Demand is there,"', 'the next several quarters."', "Laura Chen", "split"),
        Q('"relentless."', None, "Laura Chen", "partial"),
        Q('"We are not chasing volume', 'our target margin."', "Mark Delaney", "split"),
        Q('"AI premium"', None, None, "scare"),
        Q('"The numbers are excellent,', 'could answer that."', "Sunita Rao", "split"),
        Q('"hold"', None, None, "scare"),
        Q('"When inventory grows', 'asking questions,"', "Paul Brennan", "whole"),
        Q('"plausible, but not yet proven."', None, "Paul Brennan", "partial"),
        Q('"close, but not done,"', None, None, "partial"),
        Q('"sold out"', None, "Laura Chen", "partial"),
    ],
    "09_mayoral_profile.txt": [
        Q("“People assume I got into politics", "making the decisions.”", "Dolores Vance", "multi_paragraph"),
        Q("“She reads every page", "Dolores unprepared.”", "Samuel Ortiz", "split"),
        Q("“a wish list", "nobody can pay”", "Grant Holloway", "partial"),
        Q("“more comfortable picking fights", "building anything.”", "Grant Holloway", "partial"),
        Q("“Dolores No,”", None, None, "scare"),
        Q("“I have voted yes", "no loudly.”", "Dolores Vance", "split"),
        Q("“peace dividend”", None, None, "scare"),
        Q("“on track to outspend", "city’s history,”", "Tasha Greene", "partial"),
        Q("“Her biography does", "a single policy.”", "Erin Blackwood", "split"),
        Q("“Every mistake gets magnified from here on.”", None, "Erin Blackwood", "whole"),
        Q("“I worked nights for 16 years,”", "few more late ones.”", "Dolores Vance", "split"),
    ],
    "10_rooftop_beekeeper.txt": [
        Q("“You have to tell them", "reason to doubt her.”", "Nadia Farouk", "split"),
        Q("“Skyline Gold,”", None, None, "scare"),
        Q("“perfectly fine and slowly unbearable.”", None, "Nadia Farouk", "partial"),
        Q("“I used to eat lunch", "handed in my notice.”", "Nadia Farouk", "multi_paragraph"),
        Q("“The first thing she told me was,", "best part of my week.”", "Marcus Bell", "split"),
        Q("“She’s the best tenant", "rent in honey,”", "Victor Amadi", "whole"),
        Q("“Honeybees are livestock,", "calling it conservation.”", "Priscilla Huang", "split"),
        Q("“Nadia gets it,”", "more people did.”", "Priscilla Huang", "split"),
        Q("“It tastes like the whole city in July,”", None, None, "whole"),
        Q("“Not for one second,”", "surprise me either.”", "Nadia Farouk", "split"),
    ],
}


def build(name, specs):
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    quotes = []
    for s in specs:
        n = text.count(s["frm"])
        assert n == 1, f"{name}: start anchor occurs {n} times: {s['frm']!r}"
        start = text.index(s["frm"])
        if s["to"] is None:
            end = start + len(s["frm"])
        else:
            end = text.index(s["to"], start) + len(s["to"])
        quotes.append({
            "start": start,
            "end": end,
            "text": text[start:end],
            "speaker": s["speaker"],
            "partial": s["kind"] == "partial",
            "scare": s["kind"] == "scare",
            "kind": s["kind"],
        })
    quotes.sort(key=lambda q: q["start"])
    out = {"article": name, "quotes": quotes}
    with open(os.path.join(HERE, name[:-4] + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


if __name__ == "__main__":
    for name, specs in SPECS.items():
        out = build(name, specs)
        print(f"{name}: {len(out['quotes'])} quotes")

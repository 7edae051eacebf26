"""Round 17 designation rules (recall): further list items after a participial apposition
("A, registered in Panama, and B, based in Oman"), a repeated "on" before a further object
("sanctions on A, ..., and on B"), a listing left to lapse or cease, a name introduced by
"a group called X", a sentence that ends in a company abbreviation without being split,
"The institutions are A and B", a proposal's sponsors before its infinitive, a considered
ban while a listing is under way, "approved asset freezes on", a fronted place before
"X became a proscribed organisation", and an alias that is a part of a longer name.

Every sentence here is written for these tests; none is copied from the data sets. Each
case states the whole expected output, so a near miss (a place, a weekday, a descriptor's
capitalised word) that turned into a record fails it too.
"""

from __future__ import annotations

import pytest

from tests.extract_rows import rules_extract as extract


def _got(text: str) -> list[tuple[str, str]]:
    return [(d.entity, d.action) for d in extract(text).designations]


CASES = [
    # A participial apposition closed by a place: the name after ", and" is one more object.
    (
        "The Foreign Office added Harrow Bay Freight, registered in the Marshall Islands, and "
        "Pelican Reef Agency, based in Sharjah, to the UK sanctions list.",
        [("Harrow Bay Freight", "designated"), ("Pelican Reef Agency", "designated")],
    ),
    (
        "The Council added Idris Mahjoub, described as a courier for the group in Tripoli, "
        "and Walid Sarraf, whom it accused of moving cash, to the EU terrorist list.",
        [("Idris Mahjoub", "designated"), ("Walid Sarraf", "designated")],
    ),
    # "and on" repeats the object's preposition; "and on Tuesday" is a date, no object.
    (
        "Canada has imposed sanctions on Tidewater Crest Shipping, a firm that ran tankers "
        "under a false flag, and on its owner, Lev Marchenko, under its Russia regulations.",
        [("Tidewater Crest Shipping", "designated"), ("Lev Marchenko", "designated")],
    ),
    (
        "The Foreign Office announced sanctions on four settler leaders, Ari Tal, Dov Segev, "
        "Noam Adler and Eli Paz, and on the Ridge Watch Trust, a charity that funds outposts.",
        [
            ("Ari Tal", "designated"),
            ("Dov Segev", "designated"),
            ("Noam Adler", "designated"),
            ("Eli Paz", "designated"),
            ("Ridge Watch Trust", "designated"),
        ],
    ),
    # A listing allowed to cease, or let lapse, ends it.
    (
        "The minister allowed the listing of Harakat Nur al-Din, a group listed in 2017, to "
        "cease under the Criminal Code, saying it no longer existed.",
        [("Harakat Nur al-Din", "revoked")],
    ),
    (
        "New Zealand let the designation of the Black Tide Legion lapse under the Terrorism "
        "Suppression Act, removing it from the list after the group disbanded.",
        [("Black Tide Legion", "revoked")],
    ),
    # "a network called X" introduces the subject's name.
    (
        "Officials said a neo-fascist network called Iron Lantern has been designated a "
        "terrorist entity under the Terrorism Suppression Act.",
        [("Iron Lantern", "designated")],
    ),
    # "In Ottawa, X became a listed terrorist entity ...": a fronted place.
    (
        "In Ottawa, Brigada Sombra became a listed terrorist entity under the Criminal Code on "
        "Monday.",
        [("Brigada Sombra", "designated")],
    ),
    # A considered ban while a listing is under way is a proposal.
    (
        "The Home Ministry declared the Valley Freedom Council an unlawful association under "
        "the UAPA. Officials said the ministry is also weighing a ban on the Coastal Youth "
        "Front, a small outfit accused of recruiting online.",
        [("Valley Freedom Council", "designated"), ("Coastal Youth Front", "proposed")],
    ),
    # "approved asset freezes on": a government's freeze; "a company that placed workers"
    # describes the company and lists nobody.
    (
        "Japan's cabinet approved asset freezes on Sunrise Data Trading Co, a company that "
        "placed Korean software workers with overseas clients, and Kim Song-il, its director, "
        "adding both to Japan's asset-freeze list.",
        [("Sunrise Data Trading Co", "designated"), ("Kim Song-il", "designated")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_round17_shapes(text, want):
    assert _got(text) == want


def test_company_abbreviation_ends_the_named_list():
    text = (
        "China's Ministry of Commerce on Thursday added three U.S. companies to the "
        "unreliable entity list. The companies are Bluewater Avionics Inc., Cobalt Harbor "
        "Systems LLC and Pinecrest Defense Corp. Under the provisions, they may not trade "
        "with China."
    )
    assert [e for e, _a in _got(text)] == [
        "Bluewater Avionics Inc.",
        "Cobalt Harbor Systems LLC",
        "Pinecrest Defense Corp.",
    ]


def test_institutions_named_after_counted_listing_and_no_list_in_predicate():
    text = (
        "The government on Monday designated two individuals and two institutions as targets "
        "of independent financial sanctions. The designated individuals are Ri Myong-su and "
        "Jo Kwang-chol. The institutions are Pyongsong Software Company and Taedong Trading "
        'Company. "The designations are in accordance with the Foreign Exchange Act and '
        'the decree of the Ministry of Trade," an official said.'
    )
    assert [e for e, _a in _got(text)] == [
        "Ri Myong-su",
        "Jo Kwang-chol",
        "Pyongsong Software Company",
        "Taedong Trading Company",
    ]


def test_proposal_sponsors_before_the_infinitive():
    text = (
        "A proposal by France, Germany and the United Kingdom to add two shipping firms to "
        "the UN sanctions list has been put on hold in the committee. The proposal concerns "
        "Blue Marlin Tankers and Orchid Sea Transport."
    )
    assert _got(text) == [
        ("Blue Marlin Tankers", "proposed"),
        ("Orchid Sea Transport", "proposed"),
    ]


def test_alias_that_is_part_of_the_name_is_no_entity():
    text = (
        "The Treasury added Goldcrest Marine FZE to its Specially Designated Nationals list, "
        "together with its managing director, Timur Nazarbekov, who also uses the name "
        "Timur Nazar."
    )
    got = extract(text).designations
    assert [d.entity for d in got] == ["Goldcrest Marine FZE", "Timur Nazarbekov"]
    assert got[1].aliases == ["Timur Nazar"]

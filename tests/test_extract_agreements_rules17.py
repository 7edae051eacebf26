"""Round 17 agreement rules: list items whose complement runs past the name, titles that open
with a list ("Treaty of Friendship, Cooperation and Partnership"), a leading year or
duration before a title, a signed exchange of notes, the intergovernmental supply
agreement, the old instrument met after "a new X", power-sharing deals, "would never sign",
"took full effect", and a capitalised "the Government" as one side.

Every sentence here is written for these tests; none is copied from the data sets.
"""

import pytest

from tests.extract_rows import agreement_rows as _agr

# 1. An item of a list of documents whose complement goes on past the part the name keeps
# ("... on cooperation in the field of water management and a protocol ...") is still an
# item: it and the items after it share the list's event and sides.
LIST_TAIL = [
    (
        "Peru and Chile held talks in Lima on Friday. The two sides signed an agreement on "
        "visa waivers, a memorandum of understanding on cooperation in the field of water "
        "management and a protocol on joint training of border guards.",
        [
            ("agreement on visa waivers", {"Peru", "Chile"}, "signed"),
            ("memorandum of understanding on cooperation", {"Peru", "Chile"}, "signed"),
            ("protocol on joint training of border guards", {"Peru", "Chile"}, "signed"),
        ],
    ),
    (
        "Ghana and Togo held talks in Accra. The two sides signed an agreement on tourism, a "
        "protocol on veterinary checks for the export of live cattle from Togo, and a "
        "memorandum of understanding on fisheries.",
        [
            ("agreement on tourism", {"Ghana", "Togo"}, "signed"),
            ("protocol on veterinary checks", {"Ghana", "Togo"}, "signed"),
            ("memorandum of understanding on fisheries", {"Ghana", "Togo"}, "signed"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", LIST_TAIL)
def test_list_item_with_long_complement(text, expected):
    assert _agr(text) == expected


# 2. A title that opens with a capitalised list closed by "and" keeps the whole list; a
# list of places after a comma is no part of the title.
TITLE_LIST = [
    (
        "Mongolia and Kazakhstan signed the Treaty of Friendship, Cooperation and Mutual "
        "Trust on Tuesday.",
        [
            (
                "Treaty of Friendship, Cooperation and Mutual Trust",
                {"Mongolia", "Kazakhstan"},
                "signed",
            )
        ],
    ),
    (
        "The Agreement on Trade, Transit and Customs Cooperation between Laos and Thailand "
        "entered into force in March.",
        [
            (
                "Agreement on Trade, Transit and Customs Cooperation",
                {"Laos", "Thailand"},
                "in_force",
            )
        ],
    ),
    (
        "Mongolia and Kazakhstan signed the Treaty of Friendship, Kazakhstan and Mongolia "
        "said on Tuesday.",
        [("Treaty of Friendship", {"Mongolia", "Kazakhstan"}, "signed")],
    ),
]


@pytest.mark.parametrize("text,expected", TITLE_LIST)
def test_title_with_list(text, expected):
    assert _agr(text) == expected


# 3. A year or a duration in front of a title is a time phrase, not part of the name.
LEADING_TIME = [
    (
        "The 2009 Treaty of Friendship and Cooperation between Laos and Thailand remains in force.",
        [("Treaty of Friendship and Cooperation", {"Laos", "Thailand"}, "in_force")],
    ),
    (
        "The 25-year Comprehensive Strategic Partnership Treaty between Chile and Peru "
        "entered into force in May.",
        [("Comprehensive Strategic Partnership Treaty", {"Chile", "Peru"}, "in_force")],
    ),
]


@pytest.mark.parametrize("text,expected", LEADING_TIME)
def test_leading_time_phrase(text, expected):
    assert _agr(text) == expected


# 4. A signed exchange of notes is an instrument (lower case or with a complement after a
# capitalised one); the exchange of notes through which a treaty takes effect is the act.
EXCHANGE = [
    (
        "Japan and Fiji signed an exchange of notes under which Japan will provide patrol boats.",
        [("exchange of notes", {"Japan", "Fiji"}, "signed")],
    ),
    (
        "Japan and Nepal on Monday signed an Exchange of Notes on grant aid for the repair "
        "of mountain roads.",
        [("Exchange of Notes on grant aid", {"Japan", "Nepal"}, "signed")],
    ),
    (
        "The extradition treaty between Japan and Fiji took effect through an exchange of "
        "notes between the two governments.",
        [("extradition treaty", {"Japan", "Fiji"}, "in_force")],
    ),
]


@pytest.mark.parametrize("text,expected", EXCHANGE)
def test_exchange_of_notes(text, expected):
    assert _agr(text) == expected


# 5. An intergovernmental supply agreement is made between states, not a company contract.
INTERGOV = [
    (
        "Spain's industry minister said the intergovernmental gas supply agreement concluded "
        "with Algiers in 2021, in force since that spring, had made Algeria Spain's largest "
        "supplier.",
        [("intergovernmental gas supply agreement", {"Spain", "Algeria"}, "in_force")],
    ),
    (
        "Spain's industry minister said the gas supply agreement concluded with Algiers in "
        "2021, in force since that spring, had made Algeria Spain's largest supplier.",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", INTERGOV)
def test_intergovernmental_supply(text, expected):
    assert _agr(text) == expected


# 6. "no plans to negotiate a new X" and then "the X that expired": the expired instrument
# is a second record (the reverse order of "let X expire ... a new X").
OLD_AFTER_NEW = [
    (
        "The European Union has no plans to negotiate a new fisheries protocol with Senegal. "
        "The fisheries protocol between the European Union and Senegal expired in 2024.",
        [
            ("fisheries protocol", {"European Union", "Senegal"}, "ruled_out"),
            ("fisheries protocol", {"European Union", "Senegal"}, "terminated"),
        ],
    ),
    (
        "The European Union and Senegal are negotiating a fisheries protocol. The fisheries "
        "protocol between the European Union and Senegal was suspended in 2024.",
        [("fisheries protocol", {"European Union", "Senegal"}, "suspended")],
    ),
]


@pytest.mark.parametrize("text,expected", OLD_AFTER_NEW)
def test_old_instrument_after_new(text, expected):
    assert _agr(text) == expected


# 7. A power-sharing deal between warring sides or states is an agreement.
POWER_SHARING = [
    (
        "Yemen's government said it would never sign a power-sharing agreement with the Houthis.",
        [("power-sharing agreement", {"Yemen", "Houthis"}, "ruled_out")],
    ),
    (
        "Lesotho has proposed a power-sharing treaty with South Africa that would fix its "
        "share of the dam's output.",
        [("power-sharing treaty", {"Lesotho", "South Africa"}, "proposed")],
    ),
]


@pytest.mark.parametrize("text,expected", POWER_SHARING)
def test_power_sharing(text, expected):
    assert _agr(text) == expected


# 8. "would never sign" refuses the deal as "would not sign" does.
NEVER = [
    (
        "Fiji's prime minister said his government would never sign a security pact with China.",
        [("security pact", {"Fiji", "China"}, "ruled_out")],
    ),
    (
        "Fiji's prime minister said his government would sign a security pact with China.",
        [("security pact", {"Fiji", "China"}, "negotiating")],
    ),
]


@pytest.mark.parametrize("text,expected", NEVER)
def test_would_never_sign(text, expected):
    assert _agr(text) == expected


# 9. "took full effect", "came fully into force": the adverb leaves the event as it is.
FULL_EFFECT = [
    (
        "The defence pact between Chile and Peru took full effect on Monday.",
        [("defence pact", {"Chile", "Peru"}, "in_force")],
    ),
    (
        "The defence pact between Chile and Peru came fully into force on Monday.",
        [("defence pact", {"Chile", "Peru"}, "in_force")],
    ),
]


@pytest.mark.parametrize("text,expected", FULL_EFFECT)
def test_full_effect(text, expected):
    assert _agr(text) == expected


# 10. "between the Government and the ELN": a capitalised "Government" is the government of
# the article's country, not a party's name; "the Government of Colombia" names one.
GOVERNMENT = [
    (
        "Colombia's president spoke in Bogota on Friday. The truce between the Government and "
        "the ELN has been suspended since March.",
        [("truce", {"Colombia", "ELN"}, "suspended")],
    ),
    (
        "The truce between the Government of Colombia and the ELN has been suspended since March.",
        [("truce", {"Colombia", "ELN"}, "suspended")],
    ),
]


@pytest.mark.parametrize("text,expected", GOVERNMENT)
def test_capitalised_government(text, expected):
    assert _agr(text) == expected

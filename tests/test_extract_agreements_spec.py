"""Spec sweep for agreements: every phenomenon and distractor named in the build spec.

Each case is a short dateline mini-article written for these tests (none is copied from
the data sets) with the exact agreement records expected from it: name, parties, status.
"""

import pytest

from tests.extract_rows import rules_extract as extract

D = "NAIROBI, May 4, 2026 — "


def _recs(text):
    return sorted((a.name, tuple(sorted(a.parties)), a.status) for a in extract(text).agreements)


def R(name, parties, status):
    return (name, tuple(sorted(parties)), status)


CASES = [
    # --- Names: titled agreements, generic instruments, complements ---------------------
    (
        D + "Canada and the United States signed the Safe Third Country Agreement in 2002. "
        "Officials said it had worked well.",
        [R("Safe Third Country Agreement", {"Canada", "United States"}, "signed")],
    ),
    (
        D + "Kenya and Ethiopia signed an extradition treaty on Tuesday. The interior "
        "ministers met in Addis Ababa.",
        [R("extradition treaty", {"Kenya", "Ethiopia"}, "signed")],
    ),
    (
        D + "Ghana signed a memorandum of understanding on security cooperation with Togo "
        "on Monday, the foreign ministry said.",
        [R("memorandum of understanding on security cooperation", {"Ghana", "Togo"}, "signed")],
    ),
    (
        D + "The foreign ministry said Uganda and Rwanda had signed a defence pact. The deal "
        "covers joint patrols.",
        [R("defence pact", {"Uganda", "Rwanda"}, "signed")],
    ),
    (
        D + "Brazil and Argentina concluded a landmark trade agreement last week, officials said.",
        [R("trade agreement", {"Brazil", "Argentina"}, "signed")],
    ),
    (
        D + "Tanzania signed an MoU with India on maritime surveillance on Friday. "
        "The two navies will share radar data.",
        # The complement after the counterpart is kept (the project's naming convention).
        [R("MoU on maritime surveillance", {"Tanzania", "India"}, "signed")],
    ),
    (
        D + "Mexico and Guatemala have signed a memorandum of understanding on migration "
        "to share biometric data.",
        [R("memorandum of understanding on migration", {"Mexico", "Guatemala"}, "signed")],
    ),
    (
        D + "The Treaty of Friendship and Cooperation between Vietnam and Laos remains in "
        "force, diplomats said.",
        [R("Treaty of Friendship and Cooperation", {"Vietnam", "Laos"}, "in_force")],
    ),
    # --- Parties from context: "the country", capitals, demonyms, pronouns --------------
    (
        D + "Ecuador is facing a surge of gang violence. The country signed a security "
        "agreement with Colombia on Wednesday.",
        [R("security agreement", {"Ecuador", "Colombia"}, "signed")],
    ),
    (
        D + "Panama and Washington signed a migration accord on Thursday, officials said.",
        [R("migration accord", {"Panama", "United States"}, "signed")],
    ),
    (
        D + "Washington and Kyiv signed a minerals deal on Friday. The agreement gives U.S. "
        "firms access to rare earths.",
        [R("minerals deal", {"United States", "Ukraine"}, "signed")],
    ),
    (
        D + "Peru's president flew to Tokyo last week. There she signed a fisheries "
        "agreement with Japan.",
        [R("fisheries agreement", {"Peru", "Japan"}, "signed")],
    ),
    (
        D + "Moscow and Beijing signed an energy cooperation agreement in March, the Kremlin said.",
        [R("energy cooperation agreement", {"Russia", "China"}, "signed")],
    ),
    (
        D + "The Kenyan government signed a health cooperation agreement with the "
        "United States on Thursday.",
        [R("health cooperation agreement", {"Kenya", "United States"}, "signed")],
    ),
    (
        D + "Paraguay wants closer ties with Taiwan. It signed a customs agreement with "
        "Taipei on Monday.",
        [R("customs agreement", {"Paraguay", "Taiwan"}, "signed")],
    ),
    (
        D + "The U.S. and Ecuador signed a status of forces agreement on Tuesday, "
        "according to the embassy.",
        [R("status of forces agreement", {"United States", "Ecuador"}, "signed")],
    ),
    # --- proposed ------------------------------------------------------------------------
    (
        D + "Somalia has proposed a maritime security pact with Kenya, officials said.",
        [R("maritime security pact", {"Somalia", "Kenya"}, "proposed")],
    ),
    (
        D + "France floated a migration agreement with Tunisia on Monday. Tunisian officials "
        "did not comment.",
        [R("migration agreement", {"France", "Tunisia"}, "proposed")],
    ),
    (
        D + "Japan offered Vietnam a defence equipment transfer agreement during the visit.",
        [R("defence equipment transfer agreement", {"Japan", "Vietnam"}, "proposed")],
    ),
    (
        D + "Chile's foreign minister proposed an extradition treaty with Peru, according "
        "to a statement.",
        [R("extradition treaty", {"Chile", "Peru"}, "proposed")],
    ),
    (
        D + "India has offered to sign a free trade agreement with Oman, the ministry said.",
        [R("free trade agreement", {"India", "Oman"}, "proposed")],
    ),
    # --- negotiating --------------------------------------------------------------------
    (
        D + "Talks on a free trade agreement between Kenya and the United Kingdom are in "
        "their final stages, officials said.",
        [R("free trade agreement", {"Kenya", "United Kingdom"}, "negotiating")],
    ),
    (
        D + 'The minister said the extradition treaty with Colombia was "not 100 percent '
        'finished". Ecuador hopes to sign it soon.',
        [R("extradition treaty", {"Ecuador", "Colombia"}, "negotiating")],
    ),
    (
        D + "Morocco and Spain are working to update their 1992 readmission agreement, "
        "diplomats said.",
        [R("readmission agreement", {"Morocco", "Spain"}, "negotiating")],
    ),
    (
        D + "Indonesia is negotiating a defence cooperation agreement with Australia, "
        "officials said on Friday.",
        [R("defence cooperation agreement", {"Indonesia", "Australia"}, "negotiating")],
    ),
    (
        D + "Negotiators from Egypt and Ethiopia resumed talks on a water-sharing treaty "
        "on Monday.",
        [R("water-sharing treaty", {"Egypt", "Ethiopia"}, "negotiating")],
    ),
    (
        D + "Nigeria and Ghana are in talks over a gas supply agreement, according to "
        "the energy ministry.",
        [R("gas supply agreement", {"Nigeria", "Ghana"}, "negotiating")],
    ),
    (
        D + '"We are close to a deal," the minister said of the fisheries accord Senegal is '
        "negotiating with the European Union.",
        [R("fisheries accord", {"Senegal", "European Union"}, "negotiating")],
    ),
    (
        D + "Work on the border treaty between Kyrgyzstan and Tajikistan has not been "
        "completed, the foreign ministry said.",
        [R("border treaty", {"Kyrgyzstan", "Tajikistan"}, "negotiating")],
    ),
    # --- signed -------------------------------------------------------------------------
    (
        D + "Kenya and Haiti signed a status of forces agreement on Tuesday. The pact "
        "allows Kenyan police to deploy.",
        [R("status of forces agreement", {"Kenya", "Haiti"}, "signed")],
    ),
    (
        D + "A prisoner transfer agreement was signed by Britain and Albania in London on Monday.",
        [R("prisoner transfer agreement", {"United Kingdom", "Albania"}, "signed")],
    ),
    (
        D + "Officials from Colombia and Ecuador put their signatures to a border "
        "security accord on Friday.",
        [R("border security accord", {"Colombia", "Ecuador"}, "signed")],
    ),
    (
        D + "The Philippines has inked a reciprocal access agreement with Japan, the "
        "defence ministry said.",
        [R("reciprocal access agreement", {"Philippines", "Japan"}, "signed")],
    ),
    # --- in_force -----------------------------------------------------------------------
    (
        D + "The Senate of Colombia ratified the extradition treaty with Spain on Wednesday.",
        [R("extradition treaty", {"Colombia", "Spain"}, "in_force")],
    ),
    (
        D + "The defence cooperation agreement between Japan and Australia entered into "
        "force on Sunday.",
        [R("defence cooperation agreement", {"Japan", "Australia"}, "in_force")],
    ),
    (
        D + "A visa waiver agreement between Serbia and China took effect on Monday, "
        "officials said.",
        [R("visa waiver agreement", {"Serbia", "China"}, "in_force")],
    ),
    (
        D + "The 2016 readmission agreement between Italy and Tunisia has been in force "
        "since 2017.",
        [R("readmission agreement", {"Italy", "Tunisia"}, "in_force")],
    ),
    (
        D + "Parliament in Nairobi ratified Kenya's security pact with Somalia on Thursday.",
        [R("security pact", {"Kenya", "Somalia"}, "in_force")],
    ),
    # --- suspended ----------------------------------------------------------------------
    (
        D + "Niger suspended its military cooperation agreement with the United States "
        "on Saturday.",
        [R("military cooperation agreement", {"Niger", "United States"}, "suspended")],
    ),
    (
        D + "The grain deal between Russia and Ukraine was frozen in July, the UN said.",
        [R("grain deal", {"Russia", "Ukraine"}, "suspended")],
    ),
    (
        D + "Mali has put its defence accord with France on hold, state television said.",
        [R("defence accord", {"Mali", "France"}, "suspended")],
    ),
    # --- terminated ---------------------------------------------------------------------
    (
        D + "The United States withdrew from the Intermediate-Range Nuclear Forces Treaty "
        "with Russia in 2019.",
        [
            R(
                "Intermediate-Range Nuclear Forces Treaty",
                {"United States", "Russia"},
                "terminated",
            )
        ],
    ),
    (
        D + "Burkina Faso terminated its military agreement with France in January, "
        "the junta said.",
        [R("military agreement", {"Burkina Faso", "France"}, "terminated")],
    ),
    (
        D + "The transit agreement between Ukraine and Russia expired on January 1.",
        [R("transit agreement", {"Ukraine", "Russia"}, "terminated")],
    ),
    (
        D + "Chad scrapped its defence cooperation pact with France last year.",
        [R("defence cooperation pact", {"Chad", "France"}, "terminated")],
    ),
    (
        D + "Venezuela pulled out of the gas supply deal with Trinidad and Tobago on Monday.",
        [R("gas supply deal", {"Venezuela", "Trinidad and Tobago"}, "terminated")],
    ),
    # --- ruled_out ----------------------------------------------------------------------
    (
        D + "The interior minister said Ecuador had no current plans to sign a Safe Third "
        "Country Agreement with the United States.",
        [R("Safe Third Country Agreement", {"Ecuador", "United States"}, "ruled_out")],
    ),
    (
        D + "Brazil rejected the idea of a migration deal with the United States, the "
        "foreign ministry said.",
        [R("migration deal", {"Brazil", "United States"}, "ruled_out")],
    ),
    (
        D + "Mexico will not sign a safe third country agreement with Washington, the "
        "president said on Monday.",
        [R("safe third country agreement", {"Mexico", "United States"}, "ruled_out")],
    ),
    (
        D + '"There will be no defence pact with Russia," Armenia\'s prime minister said.',
        [R("defence pact", {"Armenia", "Russia"}, "ruled_out")],
    ),
    (
        D + "Indonesia has ruled out a maritime boundary agreement with Malaysia this year, "
        "officials said.",
        [R("maritime boundary agreement", {"Indonesia", "Malaysia"}, "ruled_out")],
    ),
    (
        D + "Honduras refused to sign an extradition treaty with El Salvador, its foreign "
        "minister said.",
        [R("extradition treaty", {"Honduras", "El Salvador"}, "ruled_out")],
    ),
    # --- Country–institution deals (IMF / World Bank programmes) ------------------------
    (
        D + "Sri Lanka reached a staff-level agreement with the IMF on Thursday. The deal "
        "awaits approval by the Fund's board.",
        [R("staff-level agreement", {"Sri Lanka", "IMF"}, "signed")],
    ),
    (
        D + "The IMF board approved a 36-month Extended Fund Facility arrangement for "
        "Ghana on Friday.",
        [R("Extended Fund Facility arrangement", {"Ghana", "IMF"}, "in_force")],
    ),
    (
        D + "Pakistan is in talks with the IMF on a new bailout programme, the finance "
        "ministry said.",
        [R("bailout programme", {"Pakistan", "IMF"}, "negotiating")],
    ),
    (
        D + "Egypt and the European Union signed a strategic partnership agreement in "
        "Cairo on Sunday.",
        [R("strategic partnership agreement", {"Egypt", "European Union"}, "signed")],
    ),
]


NEGATIVE = [
    # Debate rules
    D + "The two campaigns agreed on debate rules on Monday, including a mute button.",
    D + "Both candidates signed an agreement on the debate format, organisers said.",
    D + "The networks and the campaigns reached a deal on the rules for Tuesday's debate.",
    # Plea agreements
    D + "The former governor signed a plea agreement with federal prosecutors on Monday.",
    D + "Under a plea deal with prosecutors, the trafficker admitted to three counts.",
    D + "A judge in Miami accepted the plea agreement reached by the defendant, who is Colombian.",
    D + "The Ecuadorian gang leader entered into a plea agreement with U.S. prosecutors.",
    # Company mergers and corporate deals
    D + "The two banks signed a merger agreement worth $4 billion on Friday.",
    D + "Kenya Airways and South African Airways agreed a merger deal, the companies said.",
    D + "Shell signed a supply agreement with a Nigerian refiner on Thursday.",
    # "agreed with reporters"
    D + "The minister agreed with reporters that the talks had been difficult.",
    D + "Asked about the deal, the spokesman agreed with journalists that progress was slow.",
    D + "Kenya's president agreed with critics that the policy had failed.",
    # Domestic agreements between two agencies of one state
    D + "Kenya's police service and the Kenya Revenue Authority signed a memorandum of "
    "understanding on data sharing.",
    D + "The U.S. Department of Justice and the Department of Homeland Security signed "
    "an agreement on immigration courts.",
    D + "Colombia's navy signed a cooperation agreement with the Colombian national "
    "police on Monday.",
    D + "The Ministry of Health and the Ministry of Education of Ghana signed an MoU on "
    "school meals.",
    # Other non-agreements
    D + "The opposition and the ruling party reached a wage deal with teachers' unions.",
    D + "The two leaders agreed that the war must end, the statement said.",
    D + "The UN General Assembly adopted a resolution on Gaza on Friday.",
    D + "The designated polling stations agreed to open at 7 a.m.",
]


@pytest.mark.parametrize("text, expected", CASES)
def test_spec_agreement(text, expected):
    assert _recs(text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE)
def test_spec_not_an_agreement(text):
    assert _recs(text) == []


# Newsroom variants: attribution in front, reported speech, pronoun subjects, passive
# voice, abbreviations, long appositions, three or four parties, numbers in words.
CASES_VARIANTS = [
    (
        D + "According to the foreign ministry, Kenya and Somalia signed a maritime security "
        "pact on Tuesday.",
        [R("maritime security pact", {"Kenya", "Somalia"}, "signed")],
    ),
    (
        D + "Uganda's president, Yoweri Museveni, who has ruled since 1986, signed a trade "
        "agreement with Tanzania on Monday.",
        [R("trade agreement", {"Uganda", "Tanzania"}, "signed")],
    ),
    (
        D + "Rwanda welcomed the visit. It signed a defence cooperation agreement with "
        "Benin on Friday.",
        [R("defence cooperation agreement", {"Rwanda", "Benin"}, "signed")],
    ),
    (
        D + "Brig. Gen. Paul Njoroge said the U.S. and Kenya had signed a five-year defence "
        "cooperation agreement.",
        [R("defence cooperation agreement", {"United States", "Kenya"}, "signed")],
    ),
    (
        D + 'The "Lobito corridor" agreement was signed by Angola, Zambia and the '
        "Democratic Republic of the Congo in 2023.",
        # Quotes around a nickname are dropped from the name.
        [
            R(
                "Lobito corridor agreement",
                {"Angola", "Zambia", "Democratic Republic of the Congo"},
                "signed",
            )
        ],
    ),
    (
        D + "Kenya, Uganda, Tanzania and Rwanda signed a customs protocol in Arusha on Thursday.",
        [R("customs protocol", {"Kenya", "Uganda", "Tanzania", "Rwanda"}, "signed")],
    ),
    (
        D + "The foreign minister said Ethiopia was negotiating a port access agreement "
        "with Djibouti.",
        [R("port access agreement", {"Ethiopia", "Djibouti"}, "negotiating")],
    ),
    (
        D + "Ghana and Nigeria have not yet signed the electricity trade agreement, which "
        "negotiators finished drafting in March.",
        [R("electricity trade agreement", {"Ghana", "Nigeria"}, "negotiating")],
    ),
    (
        D + "Senegal's fisheries agreement with the European Union expired in November "
        "and will not be renewed, the government said.",
        [R("fisheries agreement", {"Senegal", "European Union"}, "terminated")],
    ),
    (
        D + "The 2014 security agreement between Afghanistan and the U.S. was ratified by "
        "the Afghan parliament.",
        [R("security agreement", {"Afghanistan", "United States"}, "in_force")],
    ),
    (
        D + "Two years ago Niger and Russia signed a military cooperation agreement. Niamey "
        "suspended it on Sunday, officials said.",
        [R("military cooperation agreement", {"Niger", "Russia"}, "suspended")],
    ),
    (
        D + "Zambia has reached a staff-level agreement with the International Monetary "
        "Fund on a $1.3 billion loan programme.",
        [R("staff-level agreement", {"Zambia", "IMF"}, "signed")],
    ),
    (
        D + "Argentina's government said it had no intention of signing a new programme "
        "with the IMF this year.",
        [R("new programme", {"Argentina", "IMF"}, "ruled_out")],
    ),
    (
        D + "Kenya's Treasury and the IMF are still negotiating a new funded programme, "
        "officials said.",
        [R("new funded programme", {"Kenya", "IMF"}, "negotiating")],
    ),
    (
        D + "Botswana and Namibia are expected to sign a water-sharing accord next month.",
        [R("water-sharing accord", {"Botswana", "Namibia"}, "negotiating")],
    ),
    (
        D + "Peru formally withdrew from the 1952 fisheries convention with Chile, the "
        "foreign ministry said.",
        [R("fisheries convention", {"Peru", "Chile"}, "terminated")],
    ),
]

# A relative clause naming a domestic office after a foreign counterpart is no
# domestic agreement.
CASES_VARIANTS += [
    (
        D + "Belgium wants faster deportations. A readmission deal with Morocco that "
        "Interior Ministry officials had drafted was suspended in April.",
        [R("readmission deal", {"Belgium", "Morocco"}, "suspended")],
    ),
]

NEGATIVE_VARIANTS = [
    D + "The defendant, a Kenyan national, pleaded guilty under an agreement with "
    "prosecutors in New York.",
    D + "Safaricom and Vodacom agreed a $2 billion merger on Tuesday, the companies said.",
    D + "The two parties agreed debate rules for the presidential debate on Sunday.",
    D + '"I agree with you," the minister told reporters in Nairobi.',
    D + "Kenya's interior ministry and its foreign ministry signed a memorandum of "
    "understanding on passports.",
    D + "The Kenyan army and the National Police Service signed an agreement on joint operations.",
    D + "Airtel signed a deal with Kenya Power to lease fibre cables.",
    D + "Tanzania's central bank and the Tanzanian revenue authority agreed to share "
    "data, officials said.",
]


@pytest.mark.parametrize("text, expected", CASES_VARIANTS)
def test_spec_agreement_variants(text, expected):
    assert _recs(text) == sorted(expected)


@pytest.mark.parametrize("text", NEGATIVE_VARIANTS)
def test_spec_not_an_agreement_variants(text):
    assert _recs(text) == []


# More per status: tense, voice, negation, reported speech, pronoun subjects.
CASES_STATUS = [
    # proposed
    (
        D + "Kenya's foreign minister suggested a visa-free travel agreement with "
        "Ethiopia during talks in Addis Ababa.",
        [R("visa-free travel agreement", {"Kenya", "Ethiopia"}, "proposed")],
    ),
    (
        D + "Ecuador has put forward a prisoner exchange treaty with Peru, the ministry said.",
        [R("prisoner exchange treaty", {"Ecuador", "Peru"}, "proposed")],
    ),
    (
        D + "Greece tabled a migration pact with Libya at Thursday's meeting.",
        [R("migration pact", {"Greece", "Libya"}, "proposed")],
    ),
    # suspended
    (
        D + "Algeria froze its friendship treaty with Spain in 2022, the report said.",
        [R("friendship treaty", {"Algeria", "Spain"}, "suspended")],
    ),
    (
        D + "The energy agreement between Serbia and Hungary has been suspended, the "
        "ministry said.",
        [R("energy agreement", {"Serbia", "Hungary"}, "suspended")],
    ),
    (
        D + "Guinea shelved its mining accord with China after the coup.",
        [R("mining accord", {"Guinea", "China"}, "suspended")],
    ),
    (
        D + "Sudan halted the port deal with Russia in June, officials said.",
        [R("port deal", {"Sudan", "Russia"}, "suspended")],
    ),
    # in_force
    (
        D + "The extradition treaty between Kenya and Tanzania came into force on Monday.",
        [R("extradition treaty", {"Kenya", "Tanzania"}, "in_force")],
    ),
    (
        D + "Lawmakers in Lima ratified Peru's free trade agreement with Indonesia, the "
        "trade ministry said.",
        [R("free trade agreement", {"Peru", "Indonesia"}, "in_force")],
    ),
    (
        D + "A fisheries protocol between Morocco and the European Union has been in force "
        "since 2019.",
        [R("fisheries protocol", {"Morocco", "European Union"}, "in_force")],
    ),
    # terminated
    (
        D + "Nicaragua annulled its maritime boundary treaty with Colombia on Tuesday.",
        [R("maritime boundary treaty", {"Nicaragua", "Colombia"}, "terminated")],
    ),
    (
        D + "Mali has cancelled its defence agreement with France, the junta said on "
        "state television.",
        [R("defence agreement", {"Mali", "France"}, "terminated")],
    ),
    (
        D + "The gas transit deal between Moldova and Russia lapsed at the end of December.",
        [R("gas transit deal", {"Moldova", "Russia"}, "terminated")],
    ),
    # ruled_out
    (
        D + "Guatemala will not negotiate a safe third country agreement with the "
        "United States, its foreign minister said.",
        [R("safe third country agreement", {"Guatemala", "United States"}, "ruled_out")],
    ),
    (
        D + "Uganda declined to sign the migrant returns deal with Britain, a spokesman said.",
        [R("migrant returns deal", {"Uganda", "United Kingdom"}, "ruled_out")],
    ),
    (
        D + "Chile's president dismissed a defence pact with Argentina as unnecessary.",
        [R("defence pact", {"Chile", "Argentina"}, "ruled_out")],
    ),
]


@pytest.mark.parametrize("text, expected", CASES_STATUS)
def test_spec_agreement_status(text, expected):
    assert _recs(text) == sorted(expected)

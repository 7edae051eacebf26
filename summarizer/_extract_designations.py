"""Designations: terrorist and sanctions listings, revocations and proposals.

Steps 5 and 8 of the approach in :mod:`summarizer.extract`.  Further structures:

* **Reference.** "the network/group/outfit" resolves to the nearest earlier
  organisation (an organisation head word, a group noun next to the name or an
  apposition "X, a far-right network"), skipping people, aliases ("formerly
  known as"), descriptors ("a Guayaquil gang") and headlines; "it" prefers an
  organisation named earlier in the same sentence.  A referring subject with a
  relative clause ("The outfit, which calls itself X and is known as Y, was
  designated") gives X (or the antecedent) with its aliases; "the group's
  founder, X" is the founder, not the group.
* **Aliases later.** "The firm also operates as X" / "It is also known as X"
  right after a designation adds X to that record; an acronym given once
  ("(MLBC)") maps later mentions back to the full name.
* **Lists.** "Added to the SDN list were A; B; and C", "The two entities are
  A and B" / "They were identified as ..." after "imposed restrictive measures
  on three individuals", counted objects with an apposition ("added two men it
  described as couriers, A and B, to its list"; "remove one person,
  businessman X"), people with descriptors ("A, a 45-year-old financier based
  in Dubai, and B"), "naming them as A, B and C", "recognised as terrorist: "A";
  "B"", "and of B".
* **Actions.** Proposals: holds, vetoes, blocked/stalled requests, "assessing
  whether X should be", "want ministers to", orders laid; revocations: "no
  longer (be) listed", "whose ban ... was lifted", "allowed the listing ... to
  lapse", "ended the proscription", "lifted sanctions on X", delisting requests
  granted (rejected ones give nothing); a listing instrument or body as subject
  ("The same decision removed X", "a proposal to add X") needs no "to the list".
* **Authorities.** Joint subjects ("Saudi Arabia and the UAE designated X")
  and clauses with their own state ("..., and Ecuador's President signed a
  decree listing it") give one record per state; "Kyrgyzstan did the same"
  copies the listing; New Zealand's Terrorism Suppression Act, India's UAPA,
  Transnational Criminal Organizations, Canadian/Australian Criminal Code
  lists, and non-UK proscriptions ("Pakistan's interior ministry proscribed").
* **Round 3 structures.** Relative clauses take the state they hang on ("Bahrain, which
  outlawed X", "X, which Morocco banned", "the Houthis (Ansarallah), which the Department of
  State designated"); being listed is a designation ("X has been on the US list of FTOs
  since 1997, and the EU keeps the group on its terrorist list": one record per list); a
  clause's own acting state ("Indonesian police placed the network on the national list",
  "Ottawa removed X") overrides the context's list; names after a counted listing ("The
  groups are A; B; and C", "named the men as A and B, and the company as C", "X, a
  Jordanian national, was designated for moving funds"); "decided to add" after a fronted
  "Following a proposal"; "ceased/terminated the listing", "the listing expired"; "a
  proposal ... for the listing of X" is proposed; "outlawed", "branded" (with an
  authority) and "included on its terrorist list" list; acronyms resolve to the name they
  were introduced for ("the National Liberation Army, or ELN").
* **Precision.** Adjectives and regions inside descriptors ("a small Islamist faction",
  "active in the central Sahel", "two Viv Ansanm commanders"), names inside an "a/an"
  apposition, list names ("..., known as DTTOT"), instruments ("the Order", "Regulations
  2025") and places in appositions ("residing in Türkiye") are not entities or states.
  Outsiders' calls ("rights groups want the EU to add X"),
  negated clauses only ("adding A; it has not listed B"), adjectival
  participles ("a previously designated X financier", "the outlawed group"),
  reduced relatives ("a firm listed in 2023 for handling X"), pronouns in
  direct speech, list and committee names ("the ISIL (Da'esh) and Al-Qaida
  Sanctions List", "the committee that oversees sanctions on X").
* **Round 13.** Proposal nouns with their sponsor ("a proposal submitted by the
  Netherlands to add the whole of X") and bills that "would designate X" are proposed; a
  legislature's motion "calling on" the government is a call. Counted heads ("two North
  Koreans, A and B", "three men — A, B and C —") and "X, a charity, and its treasurer Y"
  give every name. A place's government ("the Tripura state government") and the names
  after a nominal subject ("The delisting follows a peace accord ...") are no objects; an
  office-holder's group ("Taliban deputy minister X") is a descriptor; a headline's
  fronted word ("Following X's money") is no part of a name; "X, the Yemeni movement
  better known as Y" is one entity; a body labelled right after ("designate UNRWA a
  terrorist organisation") is the entity.
* **Round 14.** A designated entity is never a place: a province or state name
  (pycountry subdivisions), a name reached by a locative ("off Hokkaido", "the ports of A
  and B") or premodifying a sanctions instrument ("its Al-Qaida and ISIL sanctions
  ordinance"), or a "-aligned/-linked" modifier. Adverbials and the list phrase may come
  between the verb and its object ("removed from that list on Friday the company X");
  de-/un- verbs ("deproscribed", "de-designated", "unlisted"), annexes of ordinances, a
  government's asset freeze ("froze the assets of three people ...: A, B and C") and a
  surname alone ("listed Fares under ...") are read; "a (possible) designation for X" under
  evaluation and "an application before the court to declare X" are proposals.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from summarizer._extract_common import (
    MONTH,
    WEEKDAY,
    Cues,
    Sentence,
    has_any,
    lower_twin,
    twins_apply,
)
from summarizer.gazetteer import (
    KIND_DEMONYM,
    Mention,
    find_mentions,
    is_subdivision,
)
from summarizer.records import Designation

# --------------------------------------------------------------------------- #
# Designations
# --------------------------------------------------------------------------- #

_NEG_KEYS = (
    "not ",
    "never",
    "declined",
    "refused",
    "no plans",
    "no current plans",
    "no immediate plans",
    'no "',
    "no “",
    "stopped short",
    "rejected",
    "without",
    "against",
    "refrained",
    "held off",
    "ruled out",
)
_VOCAB_KEYS = (
    "designat",
    "proscri",
    "blacklist",
    "delist",
    "de-list",
    "sanction",
    "list",
    " ban",
    "outlaw",
    "label",
    "registry",
    "name",
    "add",
    "remov",
    "plac",
    "declar",
    " off ",
    "impos",
    "recogni",
    "froze",
    "freez",
    "omit",
    "quash",
    "applica",
    "petition",
    "brand",
    "includ",
    "restrictive",
)

# (label, cheap lower-case keys, pattern)
_TYPES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    (
        "Foreign Terrorist Organization",
        ("terrorist organ", "fto"),
        re.compile(r"foreign\s+terrorist\s+organi[sz]ations?|\bFTOs?\b", re.I),
    ),
    (
        "Specially Designated Global Terrorist",
        ("global terror", "sdgt"),
        re.compile(r"specially\s+designated\s+global\s+terrorists?|\bSDGTs?\b", re.I),
    ),
    (
        "State Sponsor of Terrorism",
        ("state sponsor",),
        re.compile(r"state\s+sponsors?\s+of\s+terror", re.I),
    ),
    (
        "Transnational Criminal Organization",
        ("transnational criminal",),
        re.compile(r"transnational\s+criminal\s+organi[sz]ations?|\bTCOs?\b", re.I),
    ),
    (
        "Foreign Narcotics Kingpin",
        ("kingpin",),
        re.compile(r"Kingpin\s+Act|narcotics\s+kingpin", re.I),
    ),
    (
        "EU terrorist list",
        ("eu", "european union", "bloc"),
        re.compile(
            r"\b(?:EU|European\s+Union|bloc)(?:['’]s)?\s+(?:terrorist|terror)\s+list|"
            r"\b(?:EU|European\s+Union|bloc)(?:['’]s)?\s+list\s+of\s+(?:terrorist|persons)|"
            r"Council\s+of\s+the\s+(?:EU|European\s+Union)",
            re.I,
        ),
    ),
    (
        "Designated terrorist entity (New Zealand Terrorism Suppression Act)",
        ("terrorism suppression",),
        re.compile(r"Terrorism\s+Suppression\s+Act", re.I),
    ),
    (
        "Unlawful association (UAPA)",
        ("unlawful", "uapa"),
        re.compile(r"Unlawful\s+Activities|\bUAPA\b|unlawful\s+associations?", re.I),
    ),
    (
        # Other states' anti-terrorism laws: Pakistan's Anti-Terrorism Act 1997, Kenya's
        # Prevention of Terrorism Act, Nigeria's Terrorism (Prevention and Prohibition) Act.
        "proscribed organisation",
        ("anti-terror", "prevention of terror", "terrorism (prevention"),
        re.compile(
            r"Anti-Terror(?:ism)?\s+(?:Act|Law)|Prevention\s+of\s+Terrorism\s+Act|"
            r"Terrorism\s+\(Prevention",
            re.I,
        ),
    ),
    (
        "proscribed under the UK Terrorism Act 2000",
        ("terrorism act", "proscri"),
        re.compile(
            r"(?<!Prevention of )(?<!Anti-)Terrorism\s+Act(?:\s+2000)?|\b(?:de-?)?proscri\w+", re.I
        ),
    ),
    (
        "OFAC SDN sanctions",
        ("specially designated national", "sdn", "ofac", "foreign assets"),
        re.compile(
            r"specially\s+designated\s+nationals?|\bSDN\b|\bOFAC\b|Office\s+of\s+Foreign\s+"
            r"Assets\s+Control",
            re.I,
        ),
    ),
    (
        "sanctions list",
        (
            "sanction",
            "restrictive measure",
            "special economic measures",
            "magnitsky",
            "freeze list",
            "freeze register",
            "asset freez",
            "entity list",
            "export control",
            "1267",
        ),
        re.compile(
            r"sanctions?\s+(?:list|blacklist|regime|committee)|\bsanction(?:s|ed|ing)?\b|"
            # "at the Security Council's 1267 committee": the ISIL and Al-Qaida sanctions list
            r"\b1267\s+(?:committee|list|regime)\b|"
            # Trade blacklists: the US Entity List, China's Unreliable Entity List and its
            # export control control list.
            r"(?:unreliable\s+)?entity\s+list|export\s+control\s+(?:control\s+)?list|"
            r"restrictive\s+measures|"
            # Canada's Special Economic Measures Act, the Magnitsky laws: sanctions regimes.
            r"Special\s+Economic\s+Measures|Magnitsky|asset[-\s]freeze\s+(?:list|register)|"
            # "approved asset freezes against two companies": a government's asset freeze.
            r"asset[-\s]freezes?\s+(?:against|on)\b|"
            # "its list of persons subject to asset freezes": the freeze list by its content.
            r"subject\s+to\s+(?:an?\s+)?asset[-\s]freezes?\b",
            re.I,
        ),
    ),
    (
        "listed terrorist entity",
        ("listed terrorist", "criminal code", "specified"),
        re.compile(
            r"listed\s+terrorist\s+(?:entit(?:y|ies)|organi[sz]ations?)|Criminal\s+Code|"
            r"specified\s+(?:terrorist\s+)?entit(?:y|ies)",
            re.I,
        ),
    ),
    (
        "terrorist organization",
        ("terror", "banned organi", "extremist"),
        re.compile(
            r"terrorist\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|list)|terror\s+lists?|"
            r"\bterrorists?\b|\bterrorism\b|banned\s+organi[sz]ations|extremist\s+"
            r"organi[sz]ations?|"
            # "the court recognised X as extremist and banned its activities"
            r"recogni[sz]ed\s+as\s+extremist\b|recogni[sz](?:e|es|ed|ing)\s+(?:[^,;.]{2,60}?\s)?as\s+"
            r"extremist\b",
            re.I,
        ),
    ),
]
# The first letters of each type pattern's alternatives: a cheap reject at most positions
# (not for the patterns with one literal prefix, which the engine skips to already).
_TYPE_FIRST = {
    "Foreign Terrorist Organization": "f",
    "Specially Designated Global Terrorist": "s",
    "Transnational Criminal Organization": "t",
    "EU terrorist list": "ebc",
    "Unlawful association (UAPA)": "u",
    "proscribed organisation": "apt",
    "proscribed under the UK Terrorism Act 2000": "tpd",
    "OFAC SDN sanctions": "so",
    "sanctions list": "srmaue1",
    "listed terrorist entity": "lcs",
    "terrorist organization": "tber",
}
_TYPES = [
    (
        label,
        keys,
        re.compile(f"(?=[{_TYPE_FIRST[label]}])(?:{rx.pattern})", rx.flags)
        if label in _TYPE_FIRST
        else rx,
    )
    for label, keys, rx in _TYPES
]


# The type patterns as case-sensitive twins for the lower-cased text (see lower_twin).
_TYPE_TWINS = [lower_twin(rx) for _label, _keys, rx in _TYPES]
# (label, pattern, lower-case twin) per type, in _TYPES order (bit i of the type cues).
_TYPE_ROWS = [
    (label, rx, twin) for (label, _keys, rx), twin in zip(_TYPES, _TYPE_TWINS, strict=True)
]
SPECIFIC_TYPES = {t[0] for t in _TYPES} - {
    "terrorist organization",
    "sanctions list",
    "listed terrorist entity",
}
_AUTHORITIES: list[tuple[str, re.Pattern[str]]] = [
    (
        "US Treasury (OFAC)",
        re.compile(r"\bTreasury\b|\bOFAC\b|Office\s+of\s+Foreign\s+Assets\s+Control"),
    ),
    (
        "US State Department",
        re.compile(
            r"State\s+Department|Department\s+of\s+State|Secretary\s+of\s+State|\bRubio\b|"
            r"\bBlinken\b|\bPompeo\b"
        ),
    ),
    (
        "UN Security Council",
        re.compile(
            r"Security\s+Council|\bUN\b|U\.N\.|United\s+Nations|\b1267\s+(?:committee|list|regime|sanctions)\b"
        ),
    ),
    (
        "Council of the EU",
        re.compile(
            r"Council\s+of\s+the\s+(?:EU|European\s+Union)|\bEU\b|European\s+Union|\bbloc['’]s\b"
        ),
    ),
    # The Foreign Office lists under the UK's sanctions regimes (not another state's office).
    ("UK Foreign Office", re.compile(r"(?<!['’]s\s)Foreign\s+(?:Office|Secretary)|\bFCDO\b")),
    (
        "UK Home Office",
        re.compile(
            r"Home\s+Office|Home\s+Secretary|\bUK\b|U\.K\.|\bBritain\b|\bBritish\b|\bLondon\b"
        ),
    ),
]
# Cheap substring gates for the authority patterns (each pattern needs one).
_AUTHORITY_KEYS = {
    "US Treasury (OFAC)": ("Treasury", "OFAC", "Office of Foreign"),
    "US State Department": ("State", "Rubio", "Blinken", "Pompeo"),
    "UN Security Council": ("Security Council", "UN", "U.N.", "United Nations", "1267"),
    "Council of the EU": ("Council of the", "EU", "European Union", "bloc"),
    "UK Home Office": (
        "Home Office",
        "Home Secretary",
        "UK",
        "U.K.",
        "Britain",
        "British",
        "London",
    ),
    "UK Foreign Office": ("Foreign Office", "Foreign Secretary", "FCDO"),
}
# The first letters of each authority pattern's alternatives: a cheap reject at most
# positions.
_AUTHORITY_FIRST = {
    "US Treasury (OFAC)": "TO",
    "US State Department": "SDRBP",
    "UN Security Council": "SU1",
    "Council of the EU": "CEb",
    "UK Home Office": "HUBL",
    "UK Foreign Office": "F",
}
_AUTHORITIES_KEYED = [
    (
        label,
        re.compile(f"(?=[{_AUTHORITY_FIRST[label]}])(?:{rx.pattern})", rx.flags),
        _AUTHORITY_KEYS[label],
    )
    for label, rx in _AUTHORITIES
]
_TYPE_DEFAULT_AUTHORITY = {
    "Foreign Terrorist Organization": "US State Department",
    "Specially Designated Global Terrorist": "US State Department",
    "State Sponsor of Terrorism": "US State Department",
    "Foreign Narcotics Kingpin": "US Treasury (OFAC)",
    "Transnational Criminal Organization": "US Treasury (OFAC)",
    "OFAC SDN sanctions": "US Treasury (OFAC)",
    "proscribed under the UK Terrorism Act 2000": "UK Home Office",
    "EU terrorist list": "Council of the EU",
    "UN sanctions list": "UN Security Council",
    "Designated terrorist entity (New Zealand Terrorism Suppression Act)": (
        "Government of New Zealand"
    ),
    "Unlawful association (UAPA)": "Government of India",
}
_SANCTIONS_BY_AUTHORITY = {
    "US Treasury (OFAC)": "OFAC SDN sanctions",
    "US State Department": "OFAC SDN sanctions",
    "UN Security Council": "UN sanctions list",
    "Council of the EU": "EU sanctions list",
    "UK Home Office": "UK sanctions list",
    "UK Foreign Office": "UK sanctions list",
}
_DESIG_VERB = (
    r"(?:(?:re-?)?designat(?:e|es|ed|ing)|proscrib(?:e|es|ed|ing)|re-?(?:list(?:s|ed|ing)?|"
    r"proscrib(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?|sanction(?:s|ed|ing)?)|blacklist(?:s|ed|ing)?|"
    r"delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|list(?:s|ed|ing)?|add(?:s|ed|ing)?|"
    r"sanction(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|remov(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|"
    r"revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|label(?:s|led|ed|ling)?|plac(?:e|es|ed|ing)|"
    r"declar(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|assign(?:s|ed|ing)?|put(?:s|ting)?|"
    r"deproscrib(?:e|es|ed|ing)|de-proscrib(?:e|es|ed|ing)|unban(?:s|ned|ning)?|"
    r"de-?designat(?:e|es|ed|ing)|un-?designat(?:e|es|ed|ing)|un-?list(?:s|ed|ing)?|"
    r"target(?:s|ed|ing)?|"
    r"(?:taken|took|struck)\s+off|bann(?:ed|ing)|bans|"
    # "to ban X as a terrorist organisation": the bare verb only with its "as" type.
    r"ban(?=\s[^.;]{2,80}?\sas\s+(?:an?\s+)?(?:terrorist|unlawful|proscribed|extremist))|recogni[sz](?:e|es|ed|ing)|"
    r"brand(?:s|ed|ing)?|includ(?:e|es|ed|ing))"
)
_STRONG_VERB = re.compile(
    r"^(?:(?:re-?|de-?|un-?)?designat|proscrib|blacklist|delist|de-list|de-?proscrib)", re.I
)
_DESIG_NOUN = (
    r"(?:designations?|proscriptions?|listings?|delistings?|blacklisting|removal|revocation|addition|"
    r"de-?proscription)"
)
# An active listing verb: _DESIG_VERB with every alternative starting with a literal (the
# regex engine skips an alternative whose first letter differs without entering it). The
# lookahead holds every first letter and every second letter: a cheap reject at most
# positions (the same matches as with _DESIG_VERB itself; see the perf tests). The first
# two letters: "re", "de", "pr", "bl", "li", "ad", "sa", "ou", "na", "la", "pl", "cl", "as",
# "pu", "un", "ta", "to", "st", "ba", "br", "in".
_ACTIVE_VERB = _DESIG_VERB.replace(
    r"(?:(?:re-?)?designat(?:e|es|ed|ing)|",
    r"(?:re-?designat(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|",
).replace(r"(?:taken|took|struck)\s+off", r"taken\s+off|took\s+off|struck\s+off")
_ACTIVE = re.compile(rf"\b(?=[rdpblasonctui][adeilnorstu]){_ACTIVE_VERB}(?:\s+|(?=[,.;:!?)\"”]|$))")
_AUX_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:no\s+longer\s+|since\s+|also\s+|already\s+|now\s+|"
    r"previously\s+|subsequently\s+|likewise\s+|similarly\s+|separately\s+)?been|(?:will|would|could|should|must|to)\s+"
    r"(?:no\s+longer\s+)?be|was|were|is|are|being|been|"
    # "X will remain designated as an SDGT", "X remains listed": a listing that continues
    r"(?:(?:will|would|is\s+to|to)\s+)?(?:remain|stay)|remains|remained|stays|stayed)\s+"
    r"(?:formally\s+|officially\s+|"
    r"also\s+|now\s+|first\s+|previously\s+|already\s+|no\s+longer\s+|since\s+|later\s+|"
    r"subsequently\s+|likewise\s+|similarly\s+|separately\s+|itself\s+|himself\s+|herself\s+|"
    # "A and B were both sanctioned"
    r"both\s+|jointly\s+)?$"
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_AUX_BEFORE = re.compile(f"(?=[hwcsmtiabr])(?:{_AUX_BEFORE.pattern})")
# "He was also sanctioned by Britain", "It has since been named a Specially Designated
# Global Terrorist": a pronoun subject of a passive listing verb after a listing.
_PRONOUN_PASSIVE = re.compile(
    r"^(?:(?:He|She|It)|(?:The|This)\s+(?:group|cartel|gang|organi[sz]ation|movement|militia|"
    r"network|outfit|faction|company|firm|man|woman|individual|businessman|commander))\s+"
    r"(?:itself\s+)?(?:was|is|(?:has|had)\s+(?:\w+\s+)?been|(?:will|would|could)\s+(?:\w+\s+)?be)\s+"
    r"(?:\w+\s+)?(?:designated|sanctioned|listed|proscribed|blacklisted|named|banned|outlawed|added)\b"
)
# "The outfit, which calls itself X and is known as Y, was designated": a referring subject
# with a relative clause that names it or gives an alias.
_COREF_REL = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|and|but)\s+)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?"
    r"("
    r"coalition|federation|association|wing|branch|affiliate|platform|consortium|"
    r"conglomerate|bank|lender|exchange\s+house|exchange|tanker|vessel|ship|group|cartel|"
    r"gang|organi[sz]ation|movement|militia|network|outfit|faction|alliance|"
    r"company|firm|collective|syndicate|brigade|front|crew|ring|charity|foundation|entity|"
    r"cell|clan),\s+((?:(?:which|who)\s+|(?:also\s+|better\s+|formerly\s+|widely\s+|"
    r"sometimes\s+)?(?:known|called|dubbed|referred|founded|formed|based|led)\s)[^,]{4,200}),\s*$"
)
_REL_NAMES = re.compile(
    r"(?:calls?\s+(?:itself|themselves)|(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:known|called)"
    r"(?:\s+\w+){0,2}?\s+as|(?:operates|trades|goes|went|posts|appears)\s+(?:\w+\s+)?"
    r"(?:as|by|under)|known(?:\s+\w+){0,2}?\s+as|dubbed|named|known\s+(?:by|under)\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:initials|acronym|abbreviation|name))\s+"
    r"[“\"]?(?:the\s+)?"
)


_CALLS_CUE = re.compile(r"calls?\s")


def _coref_relative(
    ctx: DesigContext, s: str, cr: re.Match[str]
) -> tuple[str, int, int, list[str]] | None:
    rel = cr.group(2)
    base = cr.start(2)
    names = []
    for nm in _REL_NAMES.finditer(rel):
        run = _NAME_RUN.match(rel, nm.end())
        if run:
            names.append((nm.group(0), _clean_entity(run.group(0))))
    self_named = [n for cue, n in names if _CALLS_CUE.match(cue)]
    if self_named:
        entity = self_named[0]
        aliases = [n for _c, n in names if n != entity]
    else:
        entity = _antecedent(ctx, s, cr.start(), cr.group(1))
        aliases = [n for _c, n in names]
    if not entity:
        return None
    return entity, cr.start(), base + len(rel), aliases


# "... the group was proscribed", "that it would no longer be listed": a referring subject.
_COREF_SUBJECT = re.compile(
    r"(?:^|[,;:]\s+|\b(?:that|and|but|after|when|while|said|says)\s+)"
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+("
    r"coalition|federation|association|wing|branch|affiliate|platform|consortium|"
    r"conglomerate|bank|lender|exchange\s+house|exchange|tanker|vessel|ship|group|cartel|"
    r"gang|organi[sz]ation|movement|militia|network|outfit|faction|alliance|company|firm|"
    r"collective|syndicate|brigade|front|crew|"
    r"ring|charity|foundation|entity|cell|clan)|([Ii]t|[Hh]e|[Ss]he))\s+(?:itself\s+)?$"
)
_NOMINAL = re.compile(
    # (the lookahead holds every first and second letter of _DESIG_NOUN: "de", "pr", "li",
    # "bl", "re", "ad"; a cheap reject)
    rf"(?=[dplbra][erild])\b{_DESIG_NOUN}\s+(?:from\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?list\s+)?of\s+",
    re.I,
)
_NOMINAL_LOW = lower_twin(_NOMINAL)
_NOMINAL_FOR = re.compile(r"\b(?:designation|proscription)\s+for\s+", re.I)
# "imposed sanctions on Thursday on two commanders": a day before the object's "on".
_ON_DAY = rf"(?:on\s+(?-i:{WEEKDAY})\s+)?"
_BAN_ON = re.compile(rf"\b(?:ban|sanctions)\s+{_ON_DAY}on\s+", re.I)
_POSSESSIVE = re.compile(rf"['’]s?\s+(?:\w+\s+)?{_DESIG_NOUN}\b", re.I)
# Every _DESIG_NOUN match holds one of these (lower-case; a gate on the lower-case twin text).
_DESIG_NOUN_KEYS = ("designation", "proscription", "listing", "removal", "revocation", "addition")
_NAME_TOKEN = (
    r"(?:[A-Z0-9À-ÖØ-ÞŁŒŠŽ][\w'’&.\-]*|"
    r"(?:al|el|ad|an|ar|as|ash|at|az|wal|bin|ibn|ul|ur|us|e|i)-[A-Z]?[\w'’\-]*|"
    # "Hizb ut-Tahrir", "Jamaat ud-Dawa", "Ahl us-Sunnah": more particles, before a capital.
    r"(?:ut|ud|un|ush|uth|adh|ath|et|es|ed|wa)-[A-Z][\w'’\-]*|"
    # "Secours Solidaire d'Orient", "Mouvement pour l'Unité": an elided article.
    r"(?:d|l)['’][A-ZÀ-ÖØ-Þ][\w'’\-]*)"
)
_CONNECTOR = (
    r"(?:de|del|de\s+la|de\s+los|de\s+las|la|las|los|el|al|of|the|for|y|e|bin|ibn|"
    r"da|do|dos|das|du|van|von|ul|wal|fi|min|pour|et|le|les|des|d['’]|l['’]|"
    # "the Movement for a New Dawn", "the Front for an Independent Ogaden": "for a" after a
    # group's head word stays inside the name.
    r"(?:(?<=Movement\s)|(?<=Front\s)|(?<=Party\s)|(?<=Alliance\s)|(?<=League\s)|"
    r"(?<=Union\s)|(?<=Coalition\s)|(?<=Council\s)|(?<=Committee\s)|(?<=Campaign\s))"
    r"for\s+an?)"
)
_NAME_RUN = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?{_NAME_TOKEN}(?:\s++(?:{_CONNECTOR}\s++)*{_NAME_TOKEN})*"
)
# Every run starts with one of these characters ("The", a capital or digit, a particle
# such as "al-", an elided "d'"): a cheap reject at most positions.
_NAME_RUN_FIRST = "A-Z0-9À-ÖØ-ÞŁŒŠŽaewbiudlt"
_NAME_RUN = re.compile(f"(?=[{_NAME_RUN_FIRST}])(?:{_NAME_RUN.pattern})")
# The stops after an object, as written (the compiled _OBJECT_STOP below groups its \s
# alternatives; edit both: the perf tests compare them).
_OBJECT_STOP_SOURCE = (
    r"\s(?:as(?<!known\sas)(?<!referred\sto\sas)(?<!also\sas)|under|from|after|because|since|until|"
    r"following|over|amid|but|whereas|although|though|while|for\s+(?:allegedly|"
    r"their|its|his|her|[a-z]+ing))\s|\sto\s(?:the|its|their|his|her|a|an|"
    r"[A-Z]\w+['’]s)\s|;|:|(?:[?!]|\.(?<!\bLt\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bMaj\.)"
    r"(?<!\bSgt\.)(?<!\bAdm\.)(?<!\bCdr\.)(?<!\bCpt\.)(?<!\bBrig\.)(?<!\bCapt\.)"
    r"(?<!\bCmdr\.)(?<!\bLieut\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.))(?:\s|$)|,\s+(?:who|which|whom|whose|that|saying|said|"
    r"accusing|citing|according|freezing|marking|becoming|bringing|lifting|in\s+a|the\s+"
    r"latest|a\s+(?:move|step|decision|proposal|request|measure))\b|,\s+and\s+(?=[A-Z][\w-]*['’]s\s)|"
    r"\s(?:the\s+same|last|this|next)\s+(?:week|month|year|day)\b|\s(?:who|which|whom|that)\s|\s[—–-]\s|,\s+(?:on|"
    r"last|this|earlier)\s|[“\"]|,\s+(?!(?:and|or|also|known|a\.?k\.?a|formerly|the|a|an|"
    r"together|along|alongside|as|its|his|her|their|two|three|four|five|both|who|which|whom|"
    r"whose|leader|head|chief|officially|otherwise|better|widely)\b)[a-z]+\b"
)
# Every alternative starts with one of these characters: a cheap reject. The alternatives
# opening with \s are grouped behind one \s (in their order; no other alternative opens
# with a space), so a space enters one alternative, not five: the same matches (see the
# perf tests).
_OBJECT_STOP = re.compile(
    r"(?=[\s;:.?!,“\"])(?:\s(?:(?:as(?<!known\sas)(?<!referred\sto\sas)(?<!also\sas)|under|from|"
    r"after|because|since|until|following|over|amid|but|whereas|although|though|while|"
    r"for\s+(?:allegedly|their|its|his|her|[a-z]+ing))\s|to\s(?:the|its|their|his|her|a|an|"
    r"[A-Z]\w+['’]s)\s|(?:the\s+same|last|this|next)\s+(?:week|month|year|day)\b|"
    r"(?:who|which|whom|that)\s|[—–-]\s)|"
    r";|:|(?:[?!]|\.(?<!\bLt\.)(?<!\bCol\.)(?<!\bGen\.)(?<!\bMaj\.)"
    r"(?<!\bSgt\.)(?<!\bAdm\.)(?<!\bCdr\.)(?<!\bCpt\.)(?<!\bBrig\.)(?<!\bCapt\.)"
    r"(?<!\bCmdr\.)(?<!\bLieut\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.))(?:\s|$)|,\s+(?:who|which|whom|whose|that|saying|said|"
    r"accusing|citing|according|freezing|marking|becoming|bringing|lifting|in\s+a|the\s+"
    r"latest|a\s+(?:move|step|decision|proposal|request|measure))\b|,\s+and\s+(?=[A-Z][\w-]*['’]s\s)|"
    r",\s+(?:on|last|this|earlier)\s|[“\"]|,\s+(?!(?:and|or|also|known|a\.?k\.?a|formerly|the|a|an|"
    r"together|along|alongside|as|its|his|her|their|two|three|four|five|both|who|which|whom|"
    r"whose|leader|head|chief|officially|otherwise|better|widely)\b)[a-z]+\b)"
)
_AND_MORE = re.compile(
    # (the lookaheads hold the first characters: a cheap reject at most positions)
    r"(?=[,\s]),?\s++(?=[at])(?:and|together\s+with|along\s+with|alongside|as\s+well\s+as)\s+"
    r"(?:of\s+|(?P<on>on)\s+)?(?:the\s+)?"
    # "..., and its treasurer X", "along with their chief financier, Y": a role of the
    # object before, then the person's name.
    r"(?:(?:its|their|the\s+(?:group|charity|firm|company|network)['’]s)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:owner|manager|director|chief|founder|co-founder|leader|head|chairman|chairwoman|chair|"
    r"financier|treasurer|commander|emir|president|secretary|accountant|spokes(?:man|woman)|"
    r"deputy|trustee|agent|representative|executive|officer),?\s+)?"
    # "as well as its two alleged leaders, the brothers A and B": a counted role, then the
    # names (with a kinship or role noun of their own).
    r"(?:(?:(?:its|their|his|her)\s+)?(?:two|three|four|five|six|several)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:leaders|founders|commanders|financiers|owners|directors|sons|brothers|sisters|members|"
    r"associates|partners|executives|officials|operatives|lieutenants|deputies),\s+"
    r"(?:the\s+)?)?(?:(?:brothers|sisters|cousins|siblings|twins|sons|daughters)\s+)?"
    r"(?:[A-Z][\w-]*-based\s+)?(?=[A-Z]|(?:al|el)-)"
)
# _AND_MORE opening with a character class (a comma or a space, then the rest of the space
# run): the engine skips to those characters instead of trying every position. The same
# matches (see the perf tests).
_AND_MORE_HEAD = r"(?=[,\s]),?\s++"
assert _AND_MORE.pattern.startswith(_AND_MORE_HEAD)
_AND_MORE_SCAN = re.compile(
    r"[,\s](?:(?<=,)\s++|(?<!,)\s*+)" + _AND_MORE.pattern.removeprefix(_AND_MORE_HEAD)
)
_ALIAS = re.compile(
    r"\s*(?:(?:,|\(|—|–)\s*(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|"
    r"formally\s+|officially\s+|locally\s+|sometimes\s+)?"
    r"(?:known\s+as|called|styled|dubbed|referred\s+to\s+as|a\.?k\.?a\.?|alias|"
    r"(?:who|which|that)\s+(?:also\s+)?calls?\s+(?:themselves|itself)|"
    # ", which also operates under the name X", ", which trades as X", ", also known by X"
    r"(?:(?:who|which)\s+(?:also\s+|now\s+|sometimes\s+|previously\s+)?)?"
    r"(?:operates?|operated|trades?|traded|goes|went|is\s+known|was\s+known|known|"
    r"appears?|posts?|styles\s+itself)\s+(?:as|by|under)(?:\s+the\s+names?|\s+(?:its|their|the)\s+"
    r"(?:initials|acronym|abbreviation))?)\s+|"
    # "The Houthis (formally Ansarallah)": the formal or former name in brackets.
    r"\(\s*(?:formally|officially|formerly|properly)\s+(?=[“\"]?[A-Z])|"
    # "Hayat Tahrir al-Sham, formerly the Nusra Front, ...": a former name in apposition.
    r",\s*(?:formerly|previously)\s+(?=(?:the\s+)?[“\"]?[A-Z]))[“\"]?(?:the\s+)?",
    re.I,
)
_LIST_NAME_TAIL = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?\s+(?:[Ss]anctions?\s+)?"
    r"(?:list|committee|regime|register|blacklist)\b"
)
_PAREN_ALIAS = re.compile(
    r"\s*\((?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'’-]*)*)"
    r"(?:,\s*(?:also\s+|or\s+|sometimes\s+)?(?:known\s+as|styled|called|dubbed)\s+(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|of\s+)?[A-Z][\w'’-]*)*))?\)"
)
_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z\-]{1,12})\)")
_TITLES = {
    "Interior",
    "Foreign",
    "Defence",
    "Defense",
    "Finance",
    "Minister",
    "President",
    "Vice",
    "Prime",
    "Commander",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Sheikh",
    "Emir",
    "Leader",
    "Deputy",
    "Chief",
    "Secretary",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Dr",
    "Dr.",
    "Governor",
    "Senator",
    "Ambassador",
    "King",
    "Prince",
    "Crown",
    "Supreme",
    "Lt.",
    "Lieut.",
    "Brig.",
    "Capt.",
    "Sgt.",
    "Adm.",
    "Cmdr.",
    "Cdr.",
    "Lieutenant",
    "Captain",
    "Major",
    "Maj.",
    "Brigadier",
    "Admiral",
    "Cleric",
    "Imam",
    "Mullah",
    "Commissioner",
    "Director",
    "Sen.",
    "Former",
    "Ex-",
    "Late",
    "Businessman",
    "Businesswoman",
    "Judge",
    "Magistrate",
    "Prosecutor",
}
_NOT_ENTITY = re.compile(
    r"^(?:The|A|An|It|He|She|They|We|This|That|These|Those|On|In|At|Earlier|Later|But|And|"
    r"All|Both|Each|Some|Several|Two|Three|Four|Five|Its|Their|His|Her|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d.*|Europeans?|Westerners?|Americans?|Africans?|Asians?|Allies|"
    r"State\s+Department|Department\s+of\s+State|Treasury(?:\s+Department)?|"
    r"Department\s+of\s+(?:the\s+)?Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|"
    r"Home\s+Office|Home\s+Secretary|Secretary|Secretary\s+of\s+State|Council|"
    r"Security\s+Council|Foreign\s+Terrorist\s+Organi[sz]ations?|FTOs?|SDGTs?|SDN|"
    r"Specially\s+Designated.*|.*Terrorists?|.*Nationals|Terrorism\s+Act.*|Government|"
    r"Parliament|Congress|Senate|Federal\s+Register|Criminal\s+Code|Kingpin\s+Act|President|"
    r"Prime\s+Minister|Minister|Ministry|Justice|Homeland\s+Security|Supreme\s+Court|"
    r"Court|Commission|Committee|Cabinet|Administration|Trump|Biden|[IVX]+|\d+.*|"
    r"(?:(?:Foreign|Terrorist|Terror|Criminal|Transnational|Extremist|International|Armed|"
    r"Banned|Designated|Proscribed|Listed|Specially|Global|Violent|Militant|Islamist)\s+)*"
    r"Organi[sz]ations?|.*\b(?:Terrorist|Criminal|Extremist)\s+Organi[sz]ations?|.*(?<!People)(?<!Women)(?<!Workers)(?<!Martyrs)(?<!Lord)['’]s\b.*|Western|Eastern|Northern|Southern|Arab|Islamic|Muslim|"
    r"Christian|Sunni|Shia|Shiite|Kurdish|Gulf|Nazi|Communist|.*\bCourt|"
    r"[\w'’-]+-(?:based|linked|backed|born|registered|led|aligned|affiliated|run|owned)|"
    # Instruments and documents: "the Order removing it", "Regulations 2025", "the Report".
    r"Order|Decision|Resolution|Decree|Notice|Notification|Gazette|Proclamation|Ordinance|"
    # "under Executive Order 13224": a numbered instrument.
    r"(?:Executive\s+|Presidential\s+|Council\s+)?(?:Order|Decree|Decision|Resolution)"
    r"\s+(?:No\.?\s*)?[\d/()]+|"
    r"Instrument|.*\bRegulations?(?:\s+\d{4})?|(?:\w+\s+)?Report(?:\s+of\s+.*)?|"
    r"Member\s+States?)$"
)
_DISTRACTOR_AFTER = re.compile(
    r"^\s*(?:polling|successor|hitter|driver|marine|heritage|area|areas|zone|zones|site|"
    r"sites|survivor|spokes\w*|representative|hospital|shelter|route|lane|reserve|park|"
    r"hotline|hub|port|official|officials|agent|smoking|parking|landing|spot|place|venue|"
    r"crossing|corridor|safe|funds?|beneficiar\w+|emergency|disaster|priority|time|date|"
    r"day|player|hitters|"
    # "was designated for transferring funds" (a reason), but "designated for counter-
    # terrorism financial sanctions" is the listing itself.
    r"for\b(?!\s+(?:[\w-]+\s+){0,4}?(?:sanctions|asset\s+freezes?|travel\s+bans?|"
    r"restrictive\s+measures|listing|designation)\b)|"
    # "designated Prevent priority areas", "designated a Joseon-era gate as a national
    # treasure": a named programme's areas, a protected monument.
    r"(?-i:[A-Z][\w-]*\s+){1,2}(?:priority|pilot|enterprise|development|conservation)\s|"
    # "designated X as his family's successor", "as the party's candidate": a role in a
    # family, firm or party, never a listing (a listing's "as a senior leader of ISIS"
    # describes the listed person, so leaders and officials are not in this list).
    r"(?:[\w'’,-]+\s+){0,8}?as\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?:successors?|heirs?|hitters?|drivers?|nominees?|candidates?|"
    r"guardians?|custodians?|caretakers?|executors?|trustees?|"
    # "has designated its Director of Security, Jane Roe, as the point of contact": a
    # staff role, never a listing.
    r"points?\s+of\s+contact|contact\s+points?|focal\s+points?|liaison|coordinator)\b|"
    r"(?:(?:[\w'’-]+\s+){0,8}?as\s+(?:a\s+|an\s+|the\s+|one\s+of\s+the\s+)?|"
    # "designated it a priority investment area": a pronoun object with a bare predicate.
    r"(?:it|them)\s+(?:a|an)\s+)(?:[\w-]+\s+){0,2}?"
    r"(?:treasures?|heritage|monuments?|landmarks?|sanctuar\w+|wetlands?|national\s+parks?|"
    r"protected\s+(?:areas?|sites?|species)|historic\s+sites?|cultural\s+propert\w+|"
    # "designated Teesside as a freeport zone": a place given a planning or economic status.
    r"zones?|freeports?|free\s+ports?|reserves?|districts?|areas?|regions?|sites?|"
    r"corridors?|hubs?|cit(?:y|ies)|capitals?)\b)",
    re.I,
)
_STAFF_ROLE_KEYS = ("contact", "focal", "coordinator", "liaison")
_STAFF_ROLE_AFTER = re.compile(
    r"\s+(?:[\w'’,-]+\s+){0,8}?as\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+)?"
    r"(?:points?\s+of\s+contact|contact\s+points?|focal\s+points?|liaison\s+officers?|"
    r"coordinators?)\b"
)
_COUNTED_NOUNS = (
    r"men|women|individuals|persons|people|entities|companies|company|firms|firm|groups|group|"
    r"organi[sz]ations?|networks?|businesses|business|businessmen|exchanges?|charit(?:y|ies)|"
    r"militias?|cartels?|gangs?|outfits?|factions?|brothers|financiers|leaders|nationals"
)
_NAMED_AS = re.compile(
    r"(?:\b(?:named|identified|listed|designated|described|names|identifies)\s+)?"
    rf"\b(?:them|the\s+(?:[\w-]+\s+){{0,2}}?(?:{_COUNTED_NOUNS})|"
    # "... and its owner as Khalil Haddad": a counted person by role.
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:owner|manager|director|chief|founder|"
    r"co-founder|leader|head|chairman|chairwoman|chair|financier|treasurer|partner|commander|"
    r"emir|deputy|accountant|courier|operator|son|brother|wife|husband))"
    r"\s+as\s+(?=(?:the\s+)?[A-Z])"
)
_PROPOSAL_FOR = re.compile(
    r"\b(?:proposal|request|application|bid|motion|submission|petition|nomination)s?\b"
    r"[^.;]{0,180}?\bfor\s+(?:the\s+|a\s+|its\s+)?(?:formal\s+)?$"
)
_INCLUDED_IN_LIST = re.compile(
    r"[^.;]{1,120}?\b(?:on|in)\s+(?:the\s+|its\s+|their\s+)?[^.;]{0,60}?"
    r"(?:terror\w*|sanctions?|proscribed|banned|designated|blacklist|FTO|SDN)\b[^.;]{0,30}?"
    r"\b(?:list|register|registry|schedule)|[^.;]{1,120}?\b(?:on|in)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:list|register|registry|schedule)\s+of\s+(?:[\w-]+\s+)?"
    r"(?:terror\w*|sanction\w*|proscribed|banned|designated)",
    re.I,
)
_FRONTED_CAUSE = re.compile(
    r"(?:Following|After|Upon|On|In\s+response\s+to|Acting\s+on)\s+(?:a|an|the|its|their)\s+"
    r"[^,]{0,160}?\b(?:proposal|request|recommendation|review|assessment|application|"
    r"submission|consultation|consideration)\b[^,]{0,160},\s+"
)
# "the Council decided to add X", "ministers agreed to list X": a decision taken.
_DECIDED_TO = re.compile(
    r"\b(?:decided|agreed|voted|resolved|opted|elected)\s+(?:on\s+\w+\s+)?to\s+$"
)
# What a non-listing "designated" makes someone or something: an office, a venue, a day.
_ROLE_HEADS = (
    r"(?:director|executive|ceo|minister|secretary|ambassador|envoy|coordinator|spokes\w+|"
    r"representatives?|chair\w*|president|captain|successor|heir|host|venue|capital|owner|"
    r"holiday|building|monument|centre|center|hospital|reserve|site|zone|area|hub|driver|"
    r"hitter|survivor|observers?|liaison|deadline|negotiator|mediator|administrator|"
    r"caretaker|custodian|headquarters|stadium|airport|port|treatment\s+centre|carrier|"
    r"national\s+(?!security\b)[a-z]+)\b"
    # "designated the company's chief executive, Ali Musa": the office names the object
    r"(?!,?\s+(?:[A-Z]|al-|el-))"
)
# After "designated" in a sentence with no list or listing type of its own: an object
# (a name, a pronoun, a noun or two) given a role, a purpose or a status, as in "designated
# Colonel Ruiz as the army's liaison", "designated navy vessels to escort the convoys",
# "designated Avenida Central a pedestrian zone"; after "listed" too ("listed Kevin Otieno
# as a missing person"). "as" a listing's own words, "as well", "to" a list and "a day
# later" are left alone.
_CONTEXT_ROLE = re.compile(
    r"\s+(?:(?:him|her|them|it)\s+|(?:the\s+)?(?:(?!as\b|to\b|by\b|on\b|in\b|under\b|"
    r"from\b|with\b|for\b|at\b|and\b|also\b)[a-z]+\s+)?"
    r"(?:[A-Z][\w'’.-]*\s+(?:(?:of|de|del|al|the|in)\s+)?){1,7}(?:(?!as\b|to\b)[a-z]+\s+)?|"
    # "designated his eldest daughter, Maria Santos, as ...": a relative named in apposition.
    r"(?:his|her|its|their)\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+(?:[A-Z][\w'’.-]*\s+){1,4}?"
    r"[A-Z][\w'’.-]*,\s+)?"
    # "designated Ahmed Farouk the company's interim chief executive", "its special envoy",
    # "designated pitcher Carlos Vega for assignment": an office, a venue or a day, or the
    # baseball roster move.
    r"(?:(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,3}?" + _ROLE_HEADS + r"\b|"
    r"for\s+assignment\b|host\s+of\b|"
    # "The WHO designated the variant Omicron": a name given to a variant or a storm.
    r"the\s+(?:new\s+)?(?:variant|subvariant|strain|storm|hurricane|cyclone|typhoon|species|"
    r"comet|asteroid)\s+[A-Z]|"
    r"(?:acting|interim|caretaker|special|official|joint|sole)\s+" + _ROLE_HEADS + r"\b|"
    r"(?:as\s+(?!well\b|part\b|such\b|of\b|soon\b|recently\b|early\b|long\b)"
    r"(?!(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?:terror\w*|sanction\w*|list\w*|"
    r"entit\w+|organi[sz]ations?|groups?|gangs?|cartels?|networks?|militias?|financiers?|"
    r"fronts?|leaders?|members?|commanders?|specially|foreign|global|SDGTs?|FTOs?)\b)"
    r"|to\s+(?!(?:the|its|their|his|her|a|an|be|have)\b)[a-z]+\b"
    r"|an?\s+(?:[\w-]+\s+){0,3}?(?:zones?|areas?|sites?|points?|hubs?|districts?|reserves?|"
    r"parks?|liaisons?|spokes\w+|representatives?|envoys?|coordinators?|wetlands?|"
    r"sanctuar\w+|" + _ROLE_HEADS + r")\b))"
)
_FOR_REASON = re.compile(
    r"\s+for\s+(?:(?:allegedly|knowingly|repeatedly|directly|secretly)\s+)?(?:\w+ing|having|"
    r"his|her|their|its|links|ties|involvement|complicity|support|acts|activities|conduct)\b"
)
_REVOKE = re.compile(
    r"\b(?:revok\w*|revocation|rescind\w*|delist\w*|de-list\w*|remov(?:e|es|ed|ing|al)|"
    r"de-?designat\w*|un-?designat\w*|unlist(?:s|ed|ing)?\b|un-list\w*|"
    r"lift(?:s|ed|ing)?|unban\w*|deproscri\w*|de-proscri\w*|took\s+\w+\s+off|taken\s+off|"
    r"no\s+longer\s+(?:be\s+|been\s+|an?\s+)?(?:designated|listed|proscribed|banned|sanctioned|"
    r"blacklisted|considered)|ceased?\s+to\s+be\s+(?:designated|listed|proscribed|banned)|"
    r"suspend(?:s|ed|ing)?\s+the\s+ban|(?:end(?:s|ed|ing)?|scrap\w*|overturn\w*|annul\w*|"
    r"quash\w*|cancel\w*|withdr[ae]w\w*|rescind\w*|repeal\w*|ceas(?:e|es|ed|ing)|"
    r"terminat\w*|discontinu\w*|drop(?:s|ped|ping)?|lapsed?)\s+(?:the\s+|its\s+|their\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:proscription|designation|listing|ban|sanctions)|"
    r"(?:let|allow\w*)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:listing|designation|proscription)"
    r"\s+(?:\w+\s+){0,6}?(?:to\s+)?(?:lapse|expire)|(?:listing|designation|proscription)\s+"
    r"(?:\w+\s+){0,3}?(?:lapsed|expired|ended|ceased))\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_REVOKE = re.compile(f"(?=[rdlutncseoaqwp])(?:{_REVOKE.pattern})", re.I)
# Case-sensitive twins of the re.I patterns for the lower-cased sentence (see lower_twin):
# about twice as fast.
_REVOKE_LOW = lower_twin(_REVOKE)
_PROPOSE = re.compile(
    r"\b(?:consider\w*|plan(?:s|ned|ning)?\s+to|propos\w*|intend\w*|intent(?:ion)?|would\s+\w+|"
    r"could\s+\w+|(?-i:may)\s+(?!\d)\w+|might|mov(?:e|es|ing)\s+to|seek\w*\s+to|bill|"
    r"weigh\w*|expected\s+to|will\s+(?:designate|proscribe|list|add|formally)|set\s+to|"
    r"review\w*|threaten\w*|draft\w*|prepar\w*\s+to|aim\w*\s+to|evaluat\w*|whether\s+to|"
    r"want\w*\s+(?:\w+\s+){0,2}?to|pending|recommend\w*|ask\w*\s+(?:\S+\s+){1,6}?to|request\w*|"
    r"(?:lay|lays|laid|laying)\s+(?:an?\s+|the\s+)?(?:draft\s+)?order|process\s+of|begun|began|intends|defer(?:s|red|ring)?|"
    r"under\s+(?:review|consideration)|on\s+hold|remain(?:s|ed)?\s+(?:blocked|stalled|on\s+hold)|"
    r"held\s+up|assess\w*|should\s+be|examin\w*\s+whether|stud(?:y|ies|ying)\s+whether|"
    r"(?:technical\s+)?hold\s+(?:on|placed|by|from)|(?:placed|put|imposed)\s+(?:a\s+)?"
    r"(?:technical\s+)?hold|block(?:s|ed|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:\w+\s+)?"
    r"(?:listing|designation|proposal|request|move|bid|addition)|blocked\s+by|"
    r"veto(?:es|ed|ing)?|stall(?:s|ed)?|"
    r"look(?:s|ed|ing)?\s+(?:at|into)\s+whether|mull\w*|explor\w*\s+whether|"
    r"push(?:es|ed|ing)?\s+(?:for|to)|lobb\w+\s+(?:for|to)|sought\s+to|submitt?\w*|"
    # "the prosecutor filed a claim with the court to recognise X as extremist"
    r"(?:filed|files|lodged|lodges)\s+(?:a\s+|an\s+)?(?:claim|lawsuit|suit|petition|"
    r"application|motion)|"
    r"studying|(?:possible|potential|prospective|eventual)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:designation|listing|proscription|sanctions))\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_PROPOSE = re.compile(f"(?=[cpiwmsbertdaluohvf])(?:{_PROPOSE.pattern})", re.I)
# Whether _PROPOSE matches, in two parts: its case-insensitive alternatives as a twin for
# the lower-cased text (see lower_twin) and its case-sensitive "may" on the text itself.
_PROPOSE_MAY_ALT = r"(?-i:may)\s+(?!\d)\w+|"
assert _PROPOSE.pattern.count(_PROPOSE_MAY_ALT) == 1
_PROPOSE_LOW = lower_twin(re.compile(_PROPOSE.pattern.replace(_PROPOSE_MAY_ALT, ""), re.I))
_PROPOSE_MAY = re.compile(r"\bmay\s+(?!\d)\w+\b")
_PRESSURE = re.compile(
    r"\b(?:pressure\s+to|calls?\s+(?:from\s+\w+\s+|on\s+(?:\w+\s+){1,3}?)?(?:for|to)|"
    r"call(?:ed|ing)\s+(?:on\s+(?:\w+\s+){1,3}?)?(?:for|to)|"
    r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|campaign(?:ers|ing)?\s+(?:for|to)|"
    r"petition\w*)\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_PRESSURE = re.compile(f"(?=[pcud])(?:{_PRESSURE.pattern})", re.I)
# "Rights groups want the EU to add X", "campaigners asked the Treasury to sanction Y":
# outsiders asking for a listing; no authority proposes anything.
_OUTSIDER_ASKS = re.compile(
    r"\b(?:groups|campaigners|activists|families|critics|opposition|victims|protesters|"
    r"NGOs|charities|diaspora|advocates|commentators|analysts|experts|survivors|lawmakers|"
    r"legislators|senators|congressmen|congresswomen|parliamentarians|politicians|"
    r"backbenchers|MPs|Republicans|Democrats|deputies|MEPs|family|relatives|parents|"
    r"petitioners|widow)\s+"
    # "a group of deputies from the centre-right asked", "the victim's family asked again
    # on Tuesday that Spain push for the listing of X"
    r"(?:(?:from|of|in)\s+(?:the\s+)?[\w-]+\s+)?"
    r"(?:(?:have|had|has|are|were|is|was|been|keep|kept|also|repeatedly|long|now|again|once|"
    r"jointly|formally|publicly)\s+)*"
    r"(?:want\w*|ask\w*|demand\w*|urg\w*|"
    r"call\w*|press\w*|lobb\w+|push\w*|petition\w*)\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_OUTSIDER_ASKS = re.compile(f"(?=[gcafovpndeslmbr])(?:{_OUTSIDER_ASKS.pattern})", re.I)
_OUTSIDER_ASKS_LOW = lower_twin(_OUTSIDER_ASKS)
# A government that does not exist yet: "a Conservative government would list X", "under a
# future Labor government the party would proscribe Y", "if elected, she would designate".
_HYPOTHETICAL_GOV = re.compile(
    r"\b(?:[Aa]n?|[Aa]ny)\s+(?:future\s+|new\s+)?(?:[A-Z][\w-]*(?:-led)?\s+)?(?:government|"
    r"administration|cabinet)\s+(?:would|could|might|will|should)\b|"
    r"\b[Uu]nder\s+an?\s+(?:future\s+)?[A-Z][\w-]*(?:-led)?\s+(?:government|administration)\b|"
    r"\b[Ii]f\s+(?:re-?)?elected\b|\b[Ii]f\s+(?:he|she|they|the\s+party)\s+(?:wins?|won|(?:is|are|were)\s+"
    r"elected|takes?\s+(?:office|power))\b|\bonce\s+in\s+(?:office|power)\b"
)
_HYPOTHETICAL_GOV = re.compile(f"(?=[AIUaiou])(?:{_HYPOTHETICAL_GOV.pattern})")
_NEGATED_DESIG = re.compile(
    r"\b(?:not|never|declined\s+to|refused\s+to|no\s+[\"“]?(?:current\s+|immediate\s+|further\s+)?plans?[\"”]?\s+to|stopped\s+short\s+of|"
    r"(?:decided|decides|decide|opted|opts|ruled|rules|voted|votes|came\s+down)\s+against|"
    r"refrained\s+from|held\s+off(?:\s+on)?|ruled\s+out|"
    r"rejected\s+(?:calls|demands|a\s+request)\s+to|without)\s+(?:\w+\s+){0,2}?"
    r"(?:designat|proscrib|blacklist|list(?:s|ed|ing)?\b|ban(?:s|ned|ning)?\b|outlaw|"
    r"sanction(?:s|ed|ing)?\b|add(?:s|ed|ing)?\b|"
    # "members of a proscribed group, but police did not name it": no naming, no listing
    r"name(?:s|d)?\s+(?:it|them|the\s+group)\b)\w*",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_NEGATED_DESIG = re.compile(f"(?=[ndrsovchw])(?:{_NEGATED_DESIG.pattern})", re.I)
_NEGATED_DESIG_LOW = lower_twin(_NEGATED_DESIG)
_COREF = re.compile(
    r"^(?:the|this|that)\s+(?:same\s+)?(?-i:"
    r"coalition|federation|association|wing|branch|affiliate|platform|consortium|"
    r"conglomerate|bank|lender|exchange\s+house|exchange|tanker|vessel|ship|group|cartel|"
    r"gang|organi[sz]ation|movement|militia|network|"
    r"outfit|faction|alliance|company|firm|collective|syndicate|brigade|front|crew|ring|"
    r"charity|foundation|entity|cell|clan|man|individual)(?:['’]s)?\b|^(?:it|them|him|her)\b(?!['’])",
    re.I,
)
_AFFILIATE = re.compile(r"\s+(?:affiliate|branch|province|chapter)\s+in\s+", re.I)
_VOCAB_CORES = (
    r"designat|proscri|blacklist|delist|de-list|sanction|list(?:s|ed|ing)?\b|bans?\b|"
    r"outlaw|label|registry|nam(?:ed|es|ing)\b|add(?:s|ed|ing)?\b|remov|plac|declar|took|taken|"
    r"impos|bann|recogni[sz]|froze|freez|omit|quash|applica|petition|brand|includ|"
    r"restrictive\s+measures"
)
# Only whether it matches is asked: the written form is \b(?:re|de-?|un-?)?(?:_VOCAB_CORES),
# here without the optional prefix group (slow to enter at every word start). "de-" and
# "un-" need no alternative of their own: after the hyphen the core starts at a word
# boundary of its own. Every alternative starts with a literal (see the perf tests).
_VOCAB = re.compile(
    # (the lookahead holds every first letter: a cheap reject at most positions)
    rf"(?=[rdpbslonatifqu])\b(?:{_VOCAB_CORES}|re(?:{_VOCAB_CORES})|de(?:{_VOCAB_CORES})|"
    rf"un(?:{_VOCAB_CORES}))"
)


# "the designation of X, in place since 2010, was revoked" / "the listing of X ... is
# under review": the predicate after a nominal designation decides the action.
_NOMINAL_PREDICATE = re.compile(
    r"[^;:.]{0,120}?\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|"
    r"would\s+be|will\s+be)\s+(?:still\s+|now\s+|formally\s+|also\s+)?(?:"
    r"(revoked|lifted|rescinded|removed|annulled|overturned|withdrawn|cancelled|canceled|quashed|"
    r"struck\s+down|set\s+aside|granted|ended|terminated|discontinued|repealed|reversed|"
    r"scrapped|dropped|brought\s+to\s+an\s+end|not\s+renewed|allowed\s+to\s+(?:lapse|expire))|"
    r"(under\s+review|under\s+consideration|deferred|pending|on\s+hold|blocked|being\s+"
    r"considered|being\s+reviewed|expected|planned|proposed))|"
    # "allowed the listing of X, ..., to lapse", "the ban on X expired", "let the
    # designation of X lapse", "allowed the listing of X to cease"
    r"\bto\s+(lapse|expire|cease)|\b(lapsed|expired|ended|ceased)|"
    r"(?<=[a-z]\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bno\s)(?<!\bnot\s)(?<!\bwill\s)"
    r"(?<!\bwould\s)(?<!\bcould\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bshould\s)(lapse))\b"
)


_STRONG_KEYS = ("designat", "proscri", "blacklist", "delist", "de-list")
_DESIGNATED_WORD = re.compile(r"\bdesignated\b")
_LISTED_WORD = re.compile(r"\blisted\b")
# "He was designated Man of the Match", "was designated Category 5": a passive's capitalised
# complement is a title or a grade (the listed one is the subject); a day or month is a date.
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$")
_PASSIVE_CAPS = re.compile(rf"\s+(?!(?:{WEEKDAY}|{MONTH})\b)[A-Z]")
# "listed A and B among the gangs active in ...", but not "among the groups it designated".
_LISTED_AMONG = re.compile(
    r"\s+[^.;:]{1,80}?\s+among\s+(?!(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:terror\w*|sanction\w*|"
    r"designat\w*|proscri\w*|list\w*|banned)\b)"
)
# Only whether it matches is asked: the written form is (?:\b(?:re-?)?list(?:s|ed|ing)?\b|
# registry|blacklist|\bbans?\b|\bschedule\b|\bannex(?:es)?\b|\boutlaw(?:s|ed|ing)?\b|
# \bbann(?:ed|ing)\b), here with one \b and literal-first alternatives (see the perf tests).
_TO_REGIME = re.compile(
    r"\b(?:add(?:s|ed|ing)?|remov(?:e|es|ed|ing))\s[^.;]{1,120}?\b(?:to|from)\s+"
    r"(?:[\w'’-]+\s+){0,6}?regime\b"
)
_LISTISH = re.compile(
    # (the lookahead holds every first letter: a cheap reject at most positions)
    r"(?=[rlbsoa])(?:\b(?:list(?:s|ed|ing)?\b|re-?list(?:s|ed|ing)?\b|bans?\b|bann(?:ed|ing)\b|"
    r"schedule\b|annex(?:es)?\b|outlaw(?:s|ed|ing)?\b)|registry|blacklist)"
)
_DECLARE = re.compile(r"\b(?:declar|label|classif|recogni[sz]|brand)")


@dataclass(slots=True)
class DesigContext:
    designation: str | None = None
    authority: str | None = None
    active: bool = False
    last_entity: str | None = None
    upcoming: str | None = None
    text: str = ""
    # Start of the current sentence in ``text`` (antecedents are searched before it).
    start: int = 0
    # The latest organisation (not a person) recorded: "the group" refers to it.
    last_org: str | None = None
    # Records of the last designation sentence: an alias in the next sentence joins them.
    last_records: list[Designation] | None = None
    # Alias (lower case) -> entity, from the records so far.
    aliases: dict[str, str] = field(default_factory=dict)
    # "OFAC designated three leaders ... as SDGTs. They are A; B; and C.": the action of a
    # designation sentence that named no entity, carried to the next sentence's list.
    pending: str | None = None
    pending_label: str | None = None
    pending_authority: str | None = None
    pending_skips: int = 0
    # The pending names take the counted sentence's own sanctions list, not the article's
    # earlier type ("... an FTO. The Treasury sanctioned two men. The two men, A and B").
    pending_own: bool = False
    last_label: str | None = None
    # Records so far by entity (lower case): one record per entity and list.
    by_entity: dict[str, list[Designation]] = field(default_factory=dict)
    # The article's acting state when it never mentions Britain ("" = not computed yet).
    home: str | None = ""


def types_of(s: str, low: str) -> list[str]:
    """The listing types ``s`` names (``low`` is ``s.lower()``)."""
    hit = _TYPES_CACHE.get(s)
    if hit is not None:
        return hit
    out = _types_uncached(s, low)
    if len(_TYPES_CACHE) > 256:
        _TYPES_CACHE.clear()
    _TYPES_CACHE[s] = out
    return out


_TYPES_CACHE: dict[str, list[str]] = {}


_UK_CUE = re.compile(
    r"Terrorism(?<!Anti-Terrorism)(?<!Prevention of Terrorism)\s+Act\s+2000|Home\s+(?:Office|Secretary)|\bUK\b|"
    r"\bU\.K\.|Britain|British|London|Westminster|Parliament"
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_UK_CUE = re.compile(f"(?=[THUBLWP])(?:{_UK_CUE.pattern})")
# Each alternative of _UK_CUE contains one of these: a cheap necessary condition.
_UK_KEYS = (
    "Terrorism",
    "Home",
    "UK",
    "U.K.",
    "Britain",
    "British",
    "London",
    "Westminster",
    "Parliament",
)


def _uk_cue(s: str) -> bool:
    return has_any(s, _UK_KEYS) and _UK_CUE.search(s) is not None


_FOREIGN_LAW_KEYS = ("anti-terrorism act", "prevention of terrorism", "unlawful activities")
_STATE_ACTOR_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:proscrib|ministry|government|cabinet|interior)", re.I
)


def _other_state_proscribes(s: str) -> bool:
    """'Pakistan's interior ministry proscribed X': a non-UK state is the actor."""
    return any(
        m.kind in ("country", KIND_DEMONYM)
        and m.canonical != "United Kingdom"
        and _STATE_ACTOR_AFTER.match(s, m.end)
        for m in find_mentions(s)
    )


def _types_uncached(s: str, low: str) -> list[str]:
    out = []
    # bit i is set when a cheap key of _TYPES[i] occurs
    mask = _sentence_cues(low) >> _TYPE_SHIFT
    if not mask:
        return out
    twin = twins_apply(s)
    # Only the types whose bit is set, lowest bit (first type) first.
    while mask:
        bit = mask & -mask
        mask ^= bit
        label, rx, rx_low = _TYPE_ROWS[bit.bit_length() - 1]
        if rx_low.search(low) if twin else rx.search(s):
            if (
                label == "EU terrorist list"
                and "terror" not in low
                and ("sanction" in low or "restrictive" in low)
            ):
                continue  # "the Council of the EU imposed sanctions on ...": not terrorist
            if (
                label == "proscribed under the UK Terrorism Act 2000"
                and not _uk_cue(s)
                and (has_any(low, _FOREIGN_LAW_KEYS) or _other_state_proscribes(s))
            ):
                # "Pakistan's interior ministry proscribed X": proscription, not under UK law
                out.append("proscribed organisation")
                continue
            out.append(label)
    return out


# A listing under another state's law takes that state's own list, not the UK's
# Terrorism Act: (organisation label, individual label) per acting state.
_NATIONAL_LABELS = {
    "Kenya": ("Specified entity (Kenya Prevention of Terrorism Act 2012)",) * 2,
    "Pakistan": (
        "Proscribed organisation (First Schedule, Anti-Terrorism Act 1997)",
        "Fourth Schedule (Anti-Terrorism Act 1997)",
    ),
    "India": (
        "Terrorist organisation (UAPA First Schedule)",
        "Individual terrorist (UAPA Fourth Schedule)",
    ),
    "Nigeria": ("Terrorist organisation (Nigeria Terrorism (Prevention and Prohibition) Act 2022)",)
    * 2,
    "Philippines": ("Terrorist designation (Philippine Anti-Terrorism Act of 2020)",) * 2,
    "United Arab Emirates": ("UAE terrorist list",) * 2,
    "Saudi Arabia": ("Saudi terrorist list",) * 2,
}
_NATIONAL_AUTHORITY = {
    "Philippines": "Philippine Anti-Terrorism Council",
    "United Arab Emirates": "UAE Cabinet",
}
_RELABEL = {
    None,
    "proscribed under the UK Terrorism Act 2000",
    "proscribed organisation",
    "terrorist organization",
    "listed terrorist entity",
}
_FOURTH_SCHEDULE = re.compile(r"Fourth\s+Schedule|individual\s+terrorist", re.I)
_UAPA_UNLAWFUL = re.compile(r"unlawful\s+association", re.I)


def _acting_state(
    s: str, mentions: list[Mention], authority: str | None, ctx: DesigContext
) -> str | None:
    if authority and authority.startswith("Government of "):
        return authority[len("Government of ") :]
    if _uk_cue(s):
        return None
    for m in mentions:
        if m.canonical != "United Kingdom" and m.kind in ("country", KIND_DEMONYM, "metonym"):
            return m.canonical
    if ctx.home == "":
        # The article's own state when it never mentions Britain: its first country.
        ctx.home = None
        if not _uk_cue(ctx.text):
            for m in find_mentions(ctx.text[:3000]):
                if m.kind in ("country", KIND_DEMONYM, "metonym"):
                    ctx.home = m.canonical
                    break
    return ctx.home


def _national(
    s: str, label: str | None, authority: str | None, mentions: list[Mention], ctx: DesigContext
) -> tuple[str | None, str | None]:
    """Relabel a generic or UK-default proscription by the state that acts."""
    if (
        authority in ("Council of the EU", "UN Security Council")
        or label not in _RELABEL
        or (label and "UK" in label and _uk_cue(s))
    ):
        return label, authority
    state = _acting_state(s, mentions, authority, ctx)
    labels = _NATIONAL_LABELS.get(state or "")
    if not labels:
        return label, authority
    if state == "India" and _UAPA_UNLAWFUL.search(s):
        return label, authority
    new = labels[1] if _FOURTH_SCHEDULE.search(s) else labels[0]
    return new, _NATIONAL_AUTHORITY.get(state or "", f"Government of {state}")


def _authorities_named(s: str) -> list[str]:
    """The authorities whose pattern matches s, in order (cached: asked per record)."""
    hit = _AUTHORITIES_CACHE.get(s)
    if hit is not None:
        return hit
    out = []
    for label, rx, keys in _AUTHORITIES_KEYED:
        for k in keys:
            if k in s:
                break
        else:
            continue
        if rx.search(s):
            out.append(label)
    if len(_AUTHORITIES_CACHE) > 256:
        _AUTHORITIES_CACHE.clear()
    _AUTHORITIES_CACHE[s] = out
    return out


_AUTHORITIES_CACHE: dict[str, list[str]] = {}


def _authority_of(
    s: str, mentions: list[Mention], trigger_pos: int, designation: str | None, off: int
) -> str | None:
    for label in _authorities_named(s):
        if label == "UK Foreign Office" and designation not in (
            None,
            "sanctions list",
            "UK sanctions list",
        ):
            continue
        if label == "UK Home Office" and designation not in (
            "proscribed under the UK Terrorism Act 2000",
            None,
            "terrorist organization",
            "sanctions list",
            "UK sanctions list",
        ):
            continue
        if label == "Council of the EU" and designation not in (
            "EU terrorist list",
            None,
            "terrorist organization",
            "sanctions list",
        ):
            continue
        if label == "UN Security Council" and designation not in (
            "UN sanctions list",
            "sanctions list",
        ):
            continue
        if label in ("US State Department", "US Treasury (OFAC)") and designation in (
            "proscribed under the UK Terrorism Act 2000",
            "EU terrorist list",
        ):
            continue
        return label
    if designation in _TYPE_DEFAULT_AUTHORITY:
        return _TYPE_DEFAULT_AUTHORITY[designation]
    before = [
        m
        for m in mentions
        if m.start - off < trigger_pos
        and m.kind in ("country", "metonym")
        and not _IN_APPOSITION.search(s, 0, m.start - off)
    ]
    if before:
        if before[0].canonical == "European Union":
            return "Council of the EU"  # "Brussels struck X off the list"
        if before[0].canonical == "United States" and designation in (None, "sanctions list"):
            return "US Treasury (OFAC)"  # "The US lifted sanctions on X"
        return f"Government of {before[0].canonical}"
    # "no longer designated as a terrorist organisation in New Zealand"
    for m in mentions:
        rel = m.start - off
        if m.kind == "country" and rel >= trigger_pos and _TYPE_IN.search(s, 0, rel):
            return f"Government of {m.canonical}"
    # "the Australian government listed ...", "added to Canada's list of ...".
    for m in mentions:
        rel = m.start - off
        if (m.kind == KIND_DEMONYM and rel < trigger_pos and _GOV_AFTER.match(s, m.end - off)) or (
            m.kind == "country" and rel >= trigger_pos and _LIST_OF.match(s, m.end - off)
        ):
            return f"Government of {m.canonical}"
    return None


_LABEL_AUTHORITY = {
    **_TYPE_DEFAULT_AUTHORITY,
    "EU sanctions list": "Council of the EU",
    "UK sanctions list": "UK Home Office",
}


def _other_authority_acts(
    s: str, trig: int, carried: str, any_body: bool, mentions: list[Mention], off: int
) -> bool:
    """The subject before the trigger (or the agent right after a passive verb) names a
    listing body other than the carried list's, or "as a terrorist entity in Canada"
    names another state's list."""
    own = _LABEL_AUTHORITY.get(carried)
    if own is None or trig <= 0:
        return False
    agent = _AGENT_AFTER.match(s, trig)
    named = _authorities_named(s[:trig] + (agent.group(0) if agent else ""))
    # only a body with lists of its own (the Treasury's "Terrorist Asset-Freezing" may be
    # HM Treasury's): the bloc or the Security Council, or any body that blacklists or
    # sanctions
    if named and own not in named and (any_body or named[0] in _OWN_LIST_BODIES):
        return True
    state = _state_of(own)
    for m in mentions:
        rel = m.start - off
        if m.kind == "country" and rel > trig and _TYPE_IN.search(s, max(0, rel - 40), rel):
            return m.canonical != state
    return False


# "was blacklisted by the EU": the agent of the passive trigger.
_AGENT_AFTER = re.compile(r"\w+\s+by\s+(?:the\s+)?[\w.]+(?:\s+[A-Z]\w+){0,3}")


_OWN_LIST_BODIES = ("Council of the EU", "UN Security Council")


# "X, a Jordanian national residing in Türkiye, was designated": a place inside an
# apposition describes the entity; it is not the listing state.
_IN_APPOSITION = re.compile(
    r"[\w)],\s+(?:(?:also\s+known\s+as|a\.?k\.?a\.?)\s+[^,]{2,60},\s+)?(?:a|an|"
    r"(?:registered|based|headquartered|incorporated|residing|living|located)\s+in)\s+"
    r"[^,;:]{0,80}$"
)
_TYPE_IN = re.compile(r"(?:organi[sz]ation|entity|group|list)\s+in\s+(?:the\s+)?$", re.I)
# A state or the bloc as the one who blacklists (subject, or agent of a passive).
_BLACKLIST_STATES = (
    r"(?:the\s+)?(?:EU|European\s+Union|bloc|Brussels|Britain|UK|United\s+Kingdom|"
    r"United\s+States|U\.S\.|US|Washington|Canada|Ottawa|Australia|Canberra|Japan|Tokyo|"
    r"Switzerland|New\s+Zealand)"
)
_BLACKLIST_BY_STATE = re.compile(
    rf"(?:^|[,—–]\s+)(?:[A-Z][a-z]+\s+\d{{1,2}},?\s+|On\s+\w+,?\s+)?(?i:{_BLACKLIST_STATES})"
    r"(?:\s+on\s+\w+)?\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?blacklisted\b|"
    rf"\bblacklisted\s+by\s+(?i:{_BLACKLIST_STATES})\b"
)
_LISTING_AUTHORITY = re.compile(
    r"\b(?:Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|State\s+Department|"
    r"Department\s+of\s+State|Home\s+Office|Home\s+Secretary|Security\s+Council|"
    r"[Ss]anctions\s+[Cc]ommittee|Council\s+of\s+the\s+(?:EU|European\s+Union))\b"
)
_GOV_AFTER = re.compile(
    r"\s+(?:government|authorities|cabinet|parliament|police|(?:interior|home\s+affairs|justice|"
    r"security)\s+(?:ministry|minister|department))\b",
    re.I,
)
_LIST_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:list|register|registry|schedule)\b")


def _joint_authorities(s: str, mentions: list[Mention], trig: int, off: int) -> list[str]:
    """Countries coordinated as the subject right before the verb ("A and B designated")."""
    before = [m for m in mentions if m.kind == "country" and m.end - off <= trig]
    if len(before) < 2:
        return []
    tail = s[before[-1].end - off : trig]
    if not (_JOINT_TAIL.fullmatch(tail) or _JOINT_BODY_TAIL.fullmatch(tail)):
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        sep = s[m.end - off : group[0].start - off]
        if not (_JOINT_SEP.fullmatch(sep) or _JOINT_BODY_SEP.fullmatch(sep)):
            break
        group.insert(0, m)
    if len(group) < 2:
        return []
    # A state named with its own body ("the UAE cabinet") takes that body's authority.
    return list(
        dict.fromkeys(
            _NATIONAL_AUTHORITY.get(m.canonical, f"Government of {m.canonical}")
            if _OWN_BODY.match(s, m.end - off)
            else f"Government of {m.canonical}"
            for m in group
        )
    )


_OWN_BODY = re.compile(
    r"(?:['’]s?)?\s+(?!and\b)(?:[A-Z]|cabinet|government|interior|foreign|ministry|council|"
    r"presidency|authorities|police|treasury|department|office|agency)"
)


_JOINT_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_JOINT_TAIL = re.compile(
    r"\s+(?:(?:have|has|had|jointly|also|both|each|on\s+\w+|today|separately|on\s+Sunday)\s+)*"
)
# "Saudi Arabia's Presidency of State Security and the United Arab Emirates' cabinet
# designated X": each state's own body (a possessive then capitalised or office words).
_JOINT_BODY = (
    r"(?:['’]s?)?\s+(?:(?:[A-Z][\w-]*|of|for|on|the|cabinet|government|interior|foreign|"
    r"finance|justice|home|ministry|ministries|council|authorities|police|security|"
    r"treasury|presidency|prosecutors?|department|office|agency)\s+)*?"
    r"(?:[A-Z][\w-]*|cabinet|government|ministry|council|authorities|police|treasury|"
    r"presidency|department|office|agency)"
)
_JOINT_BODY_TAIL = re.compile(_JOINT_BODY + _JOINT_TAIL.pattern)
_JOINT_BODY_SEP = re.compile(_JOINT_BODY + _JOINT_SEP.pattern)


# The Criminal Code lists of Canada and Australia, named after the listing state.
_CRIMINAL_CODE_LABEL = {
    "Government of Canada": {
        "listed terrorist entity": "Listed terrorist entity (Canadian Criminal Code)",
        "terrorist organization": "Listed terrorist entity (Canadian Criminal Code)",
    },
    "Government of Australia": {
        "listed terrorist entity": "Listed terrorist organisation (Australian Criminal Code)",
        "terrorist organization": "Listed terrorist organisation (Australian Criminal Code)",
    },
}
_REVIEW_WITH_VIEW = re.compile(
    r"\b(?:review|assessment|examination|evaluation)\s+of\s+(?=[^;.]{1,200}?\bwith\s+a\s+view\s+"
    r"to\s+(?:[\w-]+\s+){0,2}?(?:list|proscri|designat|sanction|ban|add|outlaw))"
)
_GOVERNOR_INSTRUMENT = re.compile(
    r"\bGovernor\s+(in\s+Council)\b|\bGovernor-General\s+(?:\w+\s+){0,2}?regulations?\b"
)
_CLAUSE_START = re.compile(r";\s*|,\s+(?:and|while|whereas|but)\s+|\.\s+")


# "Kazakhstan removed the Taliban from its list in 2023, and Kyrgyzstan did the same":
# a second state repeating the action by ellipsis.
_DID_SAME = re.compile(
    r"(?:^|,\s+(?:and|while|as)\s+|;\s*(?:and\s+)?)(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
    r"(?:has\s+|had\s+|have\s+|later\s+|then\s+|also\s+|soon\s+)*(?:did|done|do|does)\s+"
    r"(?:the\s+same|likewise)|(?:^|,\s+(?:and|while|as)\s+|;\s*(?:and\s+)?)(?:the\s+)?"
    r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+(?:has\s+|had\s+|later\s+|then\s+|soon\s+)*"
    r"follow(?:ed|s)?\s+suit",
    re.M,
)


_SAME_KEYS = ("did the same", "do the same", "done the same", "does the same", "suit", "likewise")


def _did_the_same(s: str, sent: Sentence, out: list[Designation]) -> list[Designation]:
    extra = []
    # "Australia followed suit, listing the group ... under the Criminal Code": the list the
    # sentence names is the follower's own.
    own = types_of(s, s.lower())
    own_label = next((t for t in own if t in SPECIFIC_TYPES), own[0]) if own else None
    for m in _DID_SAME.finditer(s):
        name = m.group(1) or m.group(2)
        ms = find_mentions(name)
        if not ms or ms[0].kind not in ("country", "metonym", KIND_DEMONYM):
            continue
        auth = f"Government of {ms[0].canonical}"
        for d in out:
            if d.authority != auth:
                label = d.designation
                if own_label:
                    label = _CRIMINAL_CODE_LABEL.get(auth, {}).get(own_label, own_label)
                extra.append(
                    Designation(
                        d.entity,
                        label,
                        auth,
                        d.action,
                        list(d.aliases),
                        d.evidence,
                        d.start,
                        d.end,
                    )
                )
    return extra


# "Bahrain, which outlawed X", "Oman, which has proscribed X since 2020": the relative
# pronoun right after a state, with only auxiliaries and adverbs before the verb.
_REL_CLAUSE = re.compile(r",\s+(?:which|that)\s+")
_REL_CLAUSE_BODY = re.compile(
    r"(?:(?:has|have|had|already|also|itself|first|formally|previously|later|then|in\s+\d{4}|"
    r"last\s+\w+|earlier)\s+)*"
)


# "X has been on the US list of Foreign Terrorist Organizations since 1997", "X remains on
# the EU terrorist list", "the EU also keeps the group on its terrorist list": being listed.
_LIST_PHRASE = (
    r"((?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’.-]+\s+){0,6}?(?:list|blacklist|register|"
    r"registry|schedule)(?:\s+of\s+(?:[\w'’-]+\s+){0,3}(?:organi[sz]ations?|entit(?:y|ies)|"
    r"groups?|terrorists?|persons|individuals|nationals|organisations)\b)?)"
)
_BEEN_TYPE_SINCE = re.compile(
    r"\s++(?:has|have|had)\s+(?:also\s+|long\s+)?been\s+(?:an?\s+)?((?:[\w'’-]+\s+){1,5}?)"
    r"(?:since|from)\s+(?:\d|the|early|late|mid|[A-Z])"
)
_ON_LIST = re.compile(
    # (the lookahead holds every first letter: a cheap reject after each space run)
    r"\s++(?=[hiawrsf])(?:has|have|had|is|are|was|were|remains?|remained|stays?|stayed|"
    r"appears?|appeared|"
    r"sits?|sat|figures?|figured)\s+(?:(?:still|also|already|long|firmly|now|been)\s+)*"
    r"(?:on|in)\s+" + _LIST_PHRASE,
    re.I,
)
_KEEP_ON_LIST = re.compile(
    r"\b(?:keeps?|kept|keeping|maintains?|maintained|retains?|retained)\s+"
    r"((?:the\s+|this\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*){0,5})\s+on\s+" + _LIST_PHRASE,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_KEEP_ON_LIST = re.compile(f"(?=[kmr])(?:{_KEEP_ON_LIST.pattern})")
_EU_SUBJECT = re.compile(r"\b(?:EU|European\s+Union|bloc)\b")


_OBJECT_RELATIVE = re.compile(
    # "X, the Hezbollah-run lender that Treasury designated in 2007": through an apposition.
    r",\s+(which|whom|(?:the|an?)\s+(?:(?:[a-z][\w-]*|[A-Z][\w'’.]*-[\w-]+)\s+){1,5}?"
    r"(?:that|which|whom))\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:(?:has|have|had|already|also|formally|first|later|then|itself)\s+)*$"
)


def _clause_state(s: str, mentions: list[Mention], trig: int, off: int) -> str | None:
    """The state named as the actor in the clause of s[trig] after a clause break, or the
    state a relative clause hangs on ("Bahrain, which outlawed X in 2024, ...")."""
    if ("which" in s or "that" in s) and trig > 0:
        rels = list(_REL_CLAUSE.finditer(s, max(0, trig - 90), trig))
        rel = rels[-1] if rels else None
        if rel is not None and _REL_CLAUSE_BODY.fullmatch(s, rel.end(), trig):
            for m in mentions:
                if m.end - off == rel.start() and m.kind in ("country", "metonym"):
                    return m.canonical
        elif rel is not None:
            # "the Desert Hawks, which Morocco banned in 2019": the state after the pronoun.
            for m in mentions:
                if (
                    m.start - off == rel.end()
                    and m.kind in ("country", "metonym")
                    and _REL_CLAUSE_BODY.fullmatch(s, m.end - off + 1, trig)
                ):
                    return m.canonical
    lo = None
    for m in _CLAUSE_START.finditer(s, 0, trig):
        lo = m.end()
    if lo is None:
        return None
    for m in mentions:
        rel = m.start - off
        if lo <= rel < trig and m.kind in ("country", "metonym", KIND_DEMONYM):
            return m.canonical
    return None


_AUTHORITY_STATE = {
    "US State Department": "United States",
    "US Treasury (OFAC)": "United States",
    "UK Home Office": "United Kingdom",
    "UK Foreign Office": "United Kingdom",
    "Philippine Anti-Terrorism Council": "Philippines",
    "UAE Cabinet": "United Arab Emirates",
}


def _state_of(authority: str | None) -> str | None:
    if authority and authority.startswith("Government of "):
        return authority[len("Government of ") :]
    return _AUTHORITY_STATE.get(authority or "")


def _subject_state(s: str, mentions: list[Mention], trig: int, off: int) -> str | None:
    """The state acting in the clause of s[trig]: its first country ("Indonesia placed"),
    capital ("Ottawa removed") or demonym with a government noun ("Indonesian police")."""
    lo = 0
    for m in _CLAUSE_START.finditer(s, 0, trig):
        lo = m.end()
    for m in mentions:
        rel = m.start - off
        if not lo <= rel < trig:
            continue
        if m.kind in ("country", "metonym") and not _PREP_BEFORE_STATE.search(s, lo, rel):
            return m.canonical
        if m.kind == KIND_DEMONYM and _GOV_AFTER.match(s, m.end - off):
            return m.canonical
    return None


_LIST_KNOWN_AS = re.compile(
    r"\b(?:list|register|registry|schedule|watch-?list|organi[sz]ations|terrorists|entities)"
    r"(?:\s+[^,.;]{0,60})?,?\s+(?:(?:also|locally|commonly)\s+)?known\s+(?:locally\s+)?"
    r"(?:as|by\s+(?:its|the)\s+(?:acronym|initials))\s+[“\"]?$"
)
# ", an extremist network that has attacked mosques and Māori centres": inside an apposition.
_IN_DESCRIPTOR_APPOS = re.compile(
    r",\s+(?:(?:a|an|which|who|that)\s+[a-z](?:[^,;:()A-Z]|\b(?:Jewish|Muslim|Christian|Hindu|Sikh|Buddhist|"
    # ("violence against Jewish and Muslim Australians": a community, no further object)
    r"Shia|Shiite|Sunni|Catholic|Yazidi|Druze|Ahmadi|[A-Z][a-z]+(?:ish|ian|ese|i))\b){0,150}|"
    # ", the billionaire founder of the ruling X party": a role of the person before
    r"the\s+(?:[a-z-]+\s+){0,3}(?:of|at|to|for|in|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2})\s?$"
)


def _descriptive_before(s: str, lo: int, start: int) -> bool:
    if _DESCRIPTIVE_BEFORE.search(s, max(lo, start - 60), start):
        return True
    w0 = max(lo, start - 170)
    seg = s[w0:start]
    return (", a" in seg or ", the " in seg or ", wh" in seg or ", that " in seg) and bool(
        _IN_DESCRIPTOR_APPOS.search(s, w0, start)
    )


_PREP_BEFORE_STATE = re.compile(r"\b(?:in|from|by|to|with|against|of|for|on)\s+(?:the\s+)?$")


_LEAD_THE = re.compile(r"^[Tt]he\s+")
# "Sanaa-based X", "Hong Kong-registered Y", "Abu Dhabi-based Z": a place modifier.
_LEAD_BASED = re.compile(
    r"^(?:[A-Z]\w*\s+){0,2}[A-Z][\w-]*-(?:based|born|registered|linked|backed|headquartered|aligned|"
    r"affiliated|allied|inspired|funded|sponsored|supported|controlled|owned|connected|tied|"
    # "Panama-flagged X", "Delaware-incorporated Y": a flag or a seat
    r"flagged|incorporated|domiciled|"
    # "Nasdaq-listed Tianjin Tech", "Hong Kong-listed X": the exchange is no part of the name
    r"listed|quoted|traded)\s+"
)
# "Alpha Star Trading Ltd of Dubai": the seat after a company suffix is no part of the name.
# "Nordvik Tankers of Cyprus", "Blue Lagoon Shipping of the Seychelles": so is the seat
# after a trading firm's head word ("Bank of Cyprus" and "Movement of Uzbekistan" keep it).
_SUFFIX_OF_PLACE = re.compile(
    r"(\b(?:Ltd|LLC|FZE|FZCO|FZC|Inc|Corp|GmbH|PLC|plc|JSC|LLP|Pte|Limited|Company|"
    r"Tankers|Shipping|Marine|Maritime|Shipmanagement|Management|Trading|Logistics|Holdings|"
    r"Carriers|Freight|Navigation|Petroleum|Supplies|Lines|Chartering|Shipbrokers|Exports|"
    r"Imports|Investments|Enterprises|Industries|Services|Bunkering)\.?)"
    r"\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$"
)
_TRAILING_ACRONYM = re.compile(r"\s*\([A-Z][\w\-]{1,12}\)$")


def _clean_entity(name: str) -> str:
    hit = _CLEAN_CACHE.get(name)
    if hit is not None:
        return hit
    out = _clean_entity_uncached(name)
    if len(_CLEAN_CACHE) > 4096:
        _CLEAN_CACHE.clear()
    _CLEAN_CACHE[name] = out
    return out


_CLEAN_CACHE: dict[str, str] = {}


def _clean_entity_uncached(name: str) -> str:
    name = _LEAD_THE.sub("", name.strip())
    name = _LEAD_BASED.sub("", name)
    name = _TRAILING_ACRONYM.sub("", name)
    if " of " in name:
        name = _SUFFIX_OF_PLACE.sub(r"\1", name)
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words).strip(" ,.'’\"“”")


_LIST_NAME = re.compile(
    r".*\b(?:List|Sanctions\s+(?:Committee|Regime)|Regulations|Act(?:\s+\d{4})?|Code)$"
)


# Government bodies, offices, schedules of an act and news agencies are never the listed
# entity: "the Ministry of Interior", "National Counter Terrorism Authority", "the First
# Schedule", "the Security Minister", "WAM reported"; nor is a lone abstract word left from
# a law's title ("... (Prevention and Prohibition) Act", "Control and Non-Proliferation").
_BODY_NAME = re.compile(
    r"^(?:Ministry|Department|Office|Executive\s+Office|Directorate|Secretariat|Bureau)\b.*|"
    r".*\b(?:Ministry|Minister|Authority|Directorate|Tribunal|Schedule|Secretariat|Cabinet|"
    r"Police|Gazette|Notification|Spokes(?:man|woman|person)|Office|Department|"
    r"News\s+Agency|"
    # "Revocation of the Foreign Terrorist Organization Designation of X": a headline's
    # action noun closes no listed name.
    r"Designations?|Proscriptions?|Revocations?|Delistings?)$|"
    r".*\b(?:Designation|Proscription|Revocation)\s+of\s.*|"
    r"(?:Non-)?[A-Z][a-z]+(?:tion|sion)s?|"
    r"(?:WAM|SPA|APP|PTI|ANI|IANS|NAN|KUNA|QNA|IRNA|SANA|KCNA|Xinhua|TASS|RIA|AFP|AP|Reuters|"
    r"Bernama|Anadolu|Yonhap|Kyodo|ANSA|EFE|DPA|PNA|BNA|ONA|MENA|APS|MAP|TAP|KNA|ENA|SUNA|"
    r"Antara|Interfax|Petra|Tasnim|Fars|Mehr|ISNA|Dawn|Daily\s+Nation|Punch|Vanguard)$"
)


def _entity_ok(name: str, allow_country: bool) -> bool:
    key = (name, allow_country)
    hit = _ENTITY_OK_CACHE.get(key)
    if hit is not None:
        return hit
    out = _entity_ok_uncached(name, allow_country)
    if len(_ENTITY_OK_CACHE) > 4096:
        _ENTITY_OK_CACHE.clear()
    _ENTITY_OK_CACHE[key] = out
    return out


_ENTITY_OK_CACHE: dict[tuple[str, bool], bool] = {}


def _entity_ok_uncached(name: str, allow_country: bool) -> bool:
    if not name or len(name) < 2 or _NOT_ENTITY.match(name) or _LIST_NAME.match(name):
        return False
    if _BODY_NAME.fullmatch(name) or _NOT_ENTITY_LEAD.match(name) or _REGION_NAME.fullmatch(name):
        return False
    if _PLACE_HEAD.search(name):
        return False  # "designated the Coral Triangle Marine Reserve": a place given a status
    if not allow_country:
        # "U.S" loses its final stop to the sentence splitter; test it with the stop back.
        for candidate in (name, f"{name}."):
            ms = find_mentions(candidate)
            if ms and ms[0].start == 0 and ms[0].end >= len(candidate) - 2:
                return False
    return not all(w in ("Los", "Las", "El", "La", "Al") for w in name.split())


# "In Kuwait, lawmakers ...", "After Monday's decision": a fronted preposition or adverb
# capitalised at the start of a sentence is no part of a name.
_NOT_ENTITY_LEAD = re.compile(
    r"(?:In|At|On|From|For|After|Before|During|Under|With|By|Since|Across|Within|Outside|"
    r"Inside|Throughout|Among|Amid|Meanwhile|Separately|Also|However|Today|Yesterday|Like|"
    r"Unlike|Following|Despite|Besides|Beyond|Elsewhere|Overall|Instead|Until|Once|When|"
    r"While|Where|If|Although|Though|Because|"
    # "Would Britain support sanctioning ...?": a question's auxiliary opens no name.
    r"Would|Could|Should|Shall|Might|Must|Does|Did|Can|"
    # "Elsewhere, X was proscribed", "Additionally, ...": discourse adverbs open a sentence
    # and are never a name, alone or before one.
    r"Additionally|Furthermore|Moreover|Similarly|Likewise|Still|Next|Finally|Previously|"
    r"Nonetheless|Nevertheless|Notably|Initially|Subsequently|Ultimately|Domestically|"
    r"Internationally|Regionally|Recently|Separately|Earlier|Later|Further|Otherwise|"
    r"Conversely|Meantime|Relatedly|Also\s+today|In\s+addition|Concurrently|Simultaneously|"
    r"Accordingly|Consequently|Specifically|Importantly|Lastly|Thereafter|Alongside|"
    # "... Law on Combating Terrorism and Its Financing": a possessive determiner opens a
    # noun phrase (a title's tail), never a name.
    r"Its|Their|His|Her|Our|Your|"
    # "the former Minister of National Reconciliation": a title's tail after its head word
    # was cut off opens with a lower-case preposition, which no name does.
    r"of|for|from|in|on|at|by|with)(?:\s|$)"
)
# World regions are places, never listed entities ("recruitment in Europe").
# The head noun of a place or facility: "... Marine Reserve", "Hamas Street", "... Airport".
_PLACE_HEAD = re.compile(
    r"\s(?:Reserve|Park|Street|Avenue|Road|Square|Zone|Area|Sanctuary|Stadium|Airport|Beach|"
    r"Highway)$"
)
_REGION_NAME = re.compile(
    r"(?:Europe|Africa|Asia|Oceania|Latin\s+America|South\s+America|North\s+America|"
    r"Central\s+America|Central\s+Asia|South\s+Asia|Southeast\s+Asia|East\s+Asia|"
    r"(?:the\s+)?Middle\s+East|(?:the\s+)?Sahel|(?:the\s+)?Balkans|(?:the\s+)?Caucasus|"
    r"(?:the\s+)?Maghreb|(?:the\s+)?Levant|(?:the\s+)?Horn\s+of\s+Africa|"
    r"(?:West|East|North|Southern|Central)\s+Africa|(?:Western|Eastern|Northern|Southern)\s+"
    r"Europe|(?:the\s+)?Caribbean|(?:the\s+)?Pacific|(?:the\s+)?Gulf|(?:the\s+)?Baltics?|"
    r"Scandinavia|(?:the\s+)?Nordics?|(?:the\s+)?Arctic|(?:the\s+)?Mediterranean)"
)
_DESCRIPTIVE_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+(?:[a-z][\w-]*\s+){1,3}|\b(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|several|\d+)\s+(?:[a-z][\w-]*\s+){0,2}|\b(?:in|across|throughout|from|of)\s+the\s+"
    r"(?:(?:central|northern|southern|eastern|western|north|south|east|west|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|wider|greater|upper|lower|occupied|restive|"
    r"remote|tri-border|border)\s+)+)$"
)


_LIST_JOINER = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_PREP_END = re.compile(
    r"\b(?:in|of|for|from|by|at|on|near|into|through|against|across|around|"
    r"throughout|within|inside|outside|over|a|an|to|than|between)\s+$"
)
_THE_X_AND_NAME = re.compile(
    r"[Tt]he\s+[A-Z][a-z][\w'’-]*\s+and\s+(?:[A-Z][\w'’-]*\s+){2,5}(?:League|Front|Party|"
    r"Movement|Council|Alliance|Union|Organi[sz]ation|Army|Forces|Association|Society|"
    r"Foundation|Federation|Congress|Conference|Brotherhood|Coalition|Committee)\b|"
    # "the Front for Justice and Liberation": two words after "for", the last one closing
    r"[Tt]he\s+(?:[A-Z][\w'’-]*\s+){1,3}for\s+(?:the\s+)?[A-Z][a-z][\w'’-]*\s+and\s+"
    r"[A-Z][a-z][\w'’-]*(?!\s*[A-Z\w'’(-])"
)


# "the Blood and Soil Network": one word, "and", one word and a group's head noun; one name
# unless a plural type follows ("the Taliban and Haqqani Network as FTOs": two).
_THE_X_AND_Y_HEAD = re.compile(
    r"[Tt]he\s+[A-Z][a-z][\w'’-]*\s+and\s+[A-Z][a-z][\w'’-]*\s+(?:Network|Movement|Front|"
    r"Brotherhood|Alliance|League|Army|Brigades?|Party|Union|Council|Coalition)\b"
)
_PLURAL_TYPE_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:[Oo]rgani[sz]ations|entities|groups|[Tt]errorists|both|each)\b"
)


def _the_x_and_name(s: str, lo: int, i: int, hi: int) -> bool:
    """Whether the " and " at i is inside "the Jammu and Kashmir ... League"."""
    tb = max(s.rfind("the ", max(lo, i - 30), i), s.rfind("The ", max(lo, i - 30), i))
    if tb < 0:
        return False
    m = _THE_X_AND_NAME.match(s, tb, hi)
    if not m:
        m = _THE_X_AND_Y_HEAD.match(s, tb, hi)
        if m and _PLURAL_TYPE_AFTER.match(s, m.end()):
            m = None
    return bool(m) and s.find(" and ", tb) == i


_WITH_OR_OF_END = re.compile(r"(?:together|along)\s+with\s+$|,?\s(?:and|or)\s+of\s+$")
_CAPS_RUN = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


_ABBR_RANKS = re.compile(
    r"(?:(?:Lt|Lieut|Col|Gen|Brig|Maj|Capt|Cpt|Sgt|Cpl|Pvt|Cmdr|Cdr|Adm|Gov|Sen|Rep|Dr|Mr|Mrs|"
    r"Ms|Prof|Insp|Supt|Cmdt)\.\s+)+"
)


def _runs(
    s: str, lo: int, hi: int, skip_prep: bool = True
) -> list[tuple[str, int, int, list[str]]]:
    """Capitalised name runs in s[lo:hi] that look like designated entities."""
    out: list[tuple[str, int, int, list[str]]] = []
    pos = lo
    last_skip = -1
    while pos < hi:
        m = _NAME_RUN.search(s, pos, hi)
        if not m:
            break
        start, end = m.start(), m.end()
        if end - start <= 5 and s.startswith(". ", end):
            # "adding Lt. Col. X", "Brig. Gen. Y": an abbreviated rank is no name; the
            # name run starts after the last rank.
            ab = _ABBR_RANKS.match(s, start, hi)
            if ab:
                m2 = _NAME_RUN.match(s, ab.end(), hi)
                if not m2:
                    pos = ab.end()
                    continue
                m, start, end = m2, m2.start(), m2.end()
        if s.startswith(" and ", end) and m.group(0).startswith(("the ", "The ")):
            # "the Jammu and Kashmir Democratic Freedom League": one article over a single
            # word, "and", then a long name ending in an organisation's head noun.
            whole = _THE_X_AND_NAME.match(s, start, hi)
            if not whole:
                whole = _THE_X_AND_Y_HEAD.match(s, start, hi)
                if whole and _PLURAL_TYPE_AFTER.match(s, whole.end()):
                    whole = None
            if whole:
                end = whole.end()
        if "'s " in s[start:end] or "’s " in s[start:end]:
            # "the IRGC's Quds Force", "Iran's Quds Force": the owner's name is no part of
            # the named unit ("People's", "Lord's" belong to the name).
            own = _OWNER_POSS.match(s, start, end)
            rest = s[own.end() : end] if own else ""
            if (
                own
                and rest
                # "Ecuador's President Daniel Noboa": a person's title, not a unit's name
                and rest.split()[0] not in _TITLES
                # "Yemen's Houthi movement": a descriptor of the group, not its name
                and not (" " not in rest and _GENERIC_NAME_TAIL.match(s, end))
            ):
                start = own.end()
        name = s[start:end]
        pos = end
        if _DESCRIPTOR_AFTER.match(s, end, hi):
            continue  # "the Montreal street gang Zone Rouge": "Montreal" describes
        if s[max(lo, start - 3) : start] in ("a ", " a ", "an ") and _INDEF_DESCRIPTOR.match(
            s, end, hi
        ):
            continue  # "designated a Kismayo trading firm and its owner": an adjective
        if _LIST_NAME_AFTER.match(s, end):
            continue  # "the ISIL (Da'esh) and Al-Qaida sanctions list": a list's name
        if _descriptive_before(s, lo, start) and not (
            s[start - 2 : start] in ("d ", "s ")
            and _NAMED_BEFORE.search(s, max(lo, start - 60), start)
        ):
            # "a small Islamist faction", "two armed groups active in the central Sahel":
            # an adjective or a region inside a descriptor, not a name ("a network called
            # X": the descriptor names X).
            last_skip = end
            continue
        before = s[max(lo, start - 16) : start]
        if skip_prep and last_skip >= 0 and _LIST_JOINER.fullmatch(s[last_skip:start]):
            last_skip = end
            continue
        if (skip_prep and _PREP_END.search(before) and not _WITH_OR_OF_END.search(before)) and not (
            start - lo <= 3
        ):
            last_skip = end
            continue
        aliases: list[str] = []
        am = _ALIAS.match(s, end)
        if am is None and s[end + 1 : end + 2].islower():
            # "the Bright Path group (also known as X)": the group noun after the name.
            gn = _GROUP_AFTER.match(s, end)
            am = _ALIAS.match(s, gn.end()) if gn else None
        if am:
            an = _NAME_RUN.match(s, am.end())
            if an:
                aliases.append(_clean_entity(an.group(0)))
                pos = an.end()
        else:
            ac = _ACRONYM.match(s, end)
            if ac:
                aliases.append(ac.group(1))
                pos = end + ac.end() - 0
            elif s.startswith((" (", "("), end):
                # "Jama'at Ansar al-Sahil (Ansar al-Sahil, also styled the Coastal Support
                # Group)": a short name in brackets, with a further alias.
                pa = _PAREN_ALIAS.match(s, end)
                if pa and not find_mentions(pa.group(1)):
                    aliases += [_clean_entity(g) for g in pa.groups() if g]
                    pos = pa.end()
        aff = _AFFILIATE.match(s, end)
        if aff:
            cm = _CAPS_RUN.match(s[aff.end() :])
            if cm:
                name = f"{name} {cm.group(0)}"
                pos = aff.end() + cm.end()
        out.append((name, start, end, aliases))
    return out


# The owner in "the IRGC's Quds Force" / "Hezbollah's Al-Qard al-Hassan" (one or two
# capitalised words), not a possessive that belongs to a name ("People's", "Lord's").
_OWNER_POSS = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+)?(?!(?:People|Women|Workers|Martyrs|Lord|God|Children|"
    r"Citizens|Mothers|Patriots|Believers|Prophet|Allah)['’])[A-Z][\w.-]*['’]s\s+(?=[A-Z])"
)


# A capitalised token followed by a lower-case descriptor and then the name:
# "the Montreal street gang Zone Rouge", "the Turkish national Erol Aksu".
_DESCRIPTOR_NOUNS = (
    r"(?:group|gang|ring|network|collective|faction|organi[sz]ation|movement|militia|cartel|"
    r"charity|company|firm|trader|businessman|businesswoman|national|citizen|cleric|"
    r"financier|operative|outfit|crew|syndicate|wing|affiliate|branch|cell|club|maker|"
    r"manufacturer|producer|supplier|leader|boss|chief|commander|"
    r"brotherhood|front|association|foundation|exchange|business|smuggler|trafficker|"
    r"successor|offshoot|splinter|spin-off|proxy|"
    # "Taliban deputy minister X", "Hamas spokesman Y": an office held in the group.
    r"minister|spokes(?:man|woman|person)|official|member|envoy|ambassador|governor|emir|"
    r"treasurer|deputy|adviser|advisor|aide|militant|fighter|negotiator|ideologue|recruiter|"
    r"facilitator|courier|executive|director|manager|owner|founder|head|secretary|"
    r"representative|strategist|propagandist|mufti|officer)"
)
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+(?:(?!(?:and|or|as|of|on|in|to|for|from|by|with|at|the|a|an|its|their|his|her|"
    rf"was|were|is|are|has|have|had|be|been|which|who|that|known|called|leader|chief|head|"
    rf"founder)\b)[a-z][\w-]*\s+){{0,2}}{_DESCRIPTOR_NOUNS}s?\s+(?:the\s+)?[A-Z]"
)
_INDEF_DESCRIPTOR = re.compile(
    rf"\s+(?:[a-z][\w-]*\s+){{0,2}}{_DESCRIPTOR_NOUNS}s?\b(?!\s+(?:the\s+)?[A-Z])"
)
_LIST_NAME_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:\s*\([^()]{1,30}\))?)?\s+(?:[Ss]anctions?\s+(?:[Ll]ist|[Cc]ommittee|[Rr]egime|"
    r"[Mm]onitoring)|[Ll]ist\b|[Cc]ommittee\b)"
)
_GENERIC_NAME_TAIL = re.compile(
    r"\s+(?:gang|cartel|crew|group|network|militia|ring|organi[sz]ation|movement|front|"
    r"faction|collective)\b"
)
_APPOSITION_START = re.compile(
    r"(?:a|an|which|who|whose|whom|based|registered|operating|accused|described|"
    r"known|also|its|his|her|their|one|two|both|in|on|at|said|according)\b"
)


_COUNTED_ITEM = re.compile(
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|other|\d+)\s+[a-z]", re.I
)


_ITEM_LEAD = re.compile(r"\s*(?:and\s+|or\s+)?(?:the\s+|a\s+|an\s+)?")
_ITEM_CUT = re.compile(r",\s|\s[—–]\s")
_PAREN_INNER = re.compile(r"\(([^()]*)\)")
_ALIAS_LEAD = re.compile(
    r"^\s*(?:also\s+|formerly\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|called|alias)\s+"
)
_LEAD_THE_CASED = re.compile(r"^(?:the|The)\s+")
_PAREN_ANY = re.compile(r"\([^()]*\)")
_KNOWN_AS = re.compile(
    r"\b(?:also\s+|widely\s+|better\s+)?(?:known(?:\s+to\s+\w+)?\s+as|called|dubbed|"
    r"a\.?k\.?a\.?)\s+[“\"]?(?:the\s+)?"
)
_GENERIC_TAIL_REST = re.compile(rf"(?:{_GENERIC_NAME_TAIL.pattern})?[\s\"”'’]*")
_LEAD_THE_2 = re.compile(r"^[Tt]he\s+")


def _item_entity(s: str, lo: int, hi: int) -> tuple[str, int, int, list[str]] | None:
    """The entity named by one list element s[lo:hi].

    Descriptors are skipped ("the Sinaloa-linked trafficking network Los
    Halcones del Norte"), "known as" introduces the name ("the extortion ring
    known as the Dhillon crew"), parentheses and "also known as" give aliases,
    and an apposition after the first comma is ignored.
    """
    lead = _ITEM_LEAD.match(s[lo:hi])
    start = lo + (lead.end() if lead else 0)
    cut = _ITEM_CUT.search(s[start:hi])
    head_end = start + cut.start() if cut else hi
    head = s[start:head_end]
    if _COUNTED_ITEM.match(head):
        return None  # "and four relatives of Ortega": unnamed people
    aliases: list[str] = []
    for pm in _PAREN_INNER.finditer(head):
        inner = _ALIAS_LEAD.sub("", pm.group(1))
        inner = _LEAD_THE_CASED.sub("", inner).strip(" \"“”'")
        if inner and inner[0].isupper():
            aliases.append(inner)
    flat = _PAREN_ANY.sub(lambda x: " " * len(x.group(0)), head)
    am = _KNOWN_AS.search(flat)
    flat_r = flat.rstrip()
    # (gate: the pattern starts with an ASCII capital, holds "and" and ends in a head noun)
    whole = (
        _ORG_WITH_AND.fullmatch(flat_r)
        if "and" in flat_r and flat_r[:1] in _ASCII_UPPER and flat_r.endswith(_ORG_WITH_AND_TAILS)
        else None
    )
    if whole and _ORG_HEAD_END.search(flat, 0, flat.find(" and ")):
        whole = None  # "the X Charitable Foundation and Y Media Services": two names
    if whole and not am:
        return whole.group(0), start, start + whole.end(), aliases
    runs = list(_NAME_RUN.finditer(flat))
    pick = None
    if am:
        before = [r for r in runs if r.end() <= am.start()]
        after = [r for r in runs if r.end() > am.end()]
        if not before and after:
            pick = after[0]  # "the extortion ring known as the Dhillon crew"
        elif after:
            aliases.append(_clean_entity(after[0].group(0)))
        runs = before
    if pick is None:
        for r in reversed(runs):
            rest = flat[r.end() :]
            if _GENERIC_TAIL_REST.fullmatch(rest) or (am and r.end() <= am.start()):
                pick = r
                break
    if pick is None:
        return None
    name = pick.group(0)
    end = pick.end()
    if "(P" in head and "  " in name:
        form = _PAREN_COMPANY_FORM.search(head, pick.start(), end + 1)
        if form and form.end() >= end:
            # "Crescent Horizon Traders (Pty) Ltd": the bracketed form stays in the name
            name = head[pick.start() : end]
            aliases = [a for a in aliases if a not in _PAREN_FORM_ALIAS]
    tail = _GENERIC_NAME_TAIL.match(flat, pick.end())
    if tail and " " not in _LEAD_THE_2.sub("", name.strip()):
        name += tail.group(0)
        end = tail.end()
    return name, start + pick.start(), start + end, aliases


# "Al-Hijra Relief and Development Organization": "and" inside one organisation name.
_AND_IN_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
    r"(?=\s*(?:[,;(.]|$))"
)


# A person described by a role right before " and ": "Lebanese national Samir Haddad".
_PERSON_BEFORE_AND = re.compile(
    r"\b(?:national|citizen|businessman|businesswoman|financier|cleric|trader|banker|resident|"
    r"director|owner|commander|leader)\s+(?:[A-Z][\w'’-]*\s+){1,3}[A-Z][\w'’-]*$"
)
# A name that is complete before " and ": "Al-Rahma Charitable Foundation and ..." lists two.
_ORG_HEAD_END = re.compile(
    r"\s[A-Z][\w'’-]*\s+(?:Foundation|Company|Services|Trading|Holdings|Bank|Exchange|"
    r"Organi[sz]ation|Association|Charity|Network|Group|Ltd|LLC|Inc|Co|Trust|Society|"
    r"Institute|Agency|Bureau|Brigades?|Front|Army|Movement|Corporation)\.?$"
)
_ORG_WITH_AND = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|&))*?\s+and\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
)
# Every _ORG_WITH_AND fullmatch ends in one of these head nouns (a necessary condition).
_ORG_WITH_AND_TAILS = (
    "Organisation",
    "Organization",
    "Foundation",
    "Society",
    "Association",
    "Trust",
    "Fund",
    "Company",
    "Services",
    "Trading",
    "Holdings",
    "Institute",
    "Agency",
    "Bureau",
    "Charity",
    "Exchange",
)
_ASCII_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


_COMMA_JOIN = re.compile(r",\s*(?:and\s+|or\s+)?")
_COMMA_A_AN = re.compile(r",\s+(?:a|an)\s")


_LIST_SCAN = re.compile(r"[(),]|(?= and )")
_LIST_ALIAS_ITEM = re.compile(
    r"\s*(?:or\s+(?P<acr>[A-Z][A-Z0-9-]{1,10})(?=\s*(?:,|\)|$))|(?:(?:also|formerly|"
    r"otherwise|better|previously|widely|locally)\s+known\s+as|a\.?k\.?a\.?|also\s+called|"
    r"formerly|previously\s+called)\s+[“\"]?(?:the\s+)?(?P<name>[A-Z][^,;“”\"()]{0,60}?)"
    r"[”\"]?\s*(?:,|$))"
)


_IN_PLACE_END = re.compile(
    r"\b(?:in|across|throughout|between|near|including)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*$"
)
_BARE_PLACE_NEXT = re.compile(
    r"(?:,\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*){1,6}?,?\s+and\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*(?=\s*[,.;)]|\s*$)"
)


def _list_entities(s: str, lo: int, hi: int) -> list[tuple[str, int, int, list[str]]]:
    """Entities in a list "A, a trader; B; C and D" or "A (also known as X), B and C"."""
    region = s[lo:hi]
    spans: list[tuple[int, int]] = []
    if ";" in region:
        pos = lo
        for part in region.split(";"):
            spans.append((pos, pos + len(part)))
            pos += len(part) + 1
    else:
        depth = 0
        cuts = [lo]
        appos = False  # inside ", a network accused of extortion in A and B,"
        # Only brackets, commas and " and " matter: jump from one to the next.
        for sm in _LIST_SCAN.finditer(s, lo):
            i = sm.start()
            if i >= hi:
                break
            ch = s[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and ch == ",":
                if (
                    appos
                    and _IN_PLACE_END.search(s, max(lo, i - 60), i)
                    and _BARE_PLACE_NEXT.match(s, i, hi)
                ):
                    # ", a hawala with agents in Bosaso, Garowe and Galkayo,": the places an
                    # apposition names in a series are no items of the list.
                    continue
                nxt = _COMMA_JOIN.match(s[i:hi])
                ap = _APPOSITION_START.match(s, i + nxt.end()) if nxt else None
                if ap and "and" in nxt.group(0) and ap.group(0) in ("its", "their"):
                    ap = None  # ", and its treasurer X": a further item, not an apposition
                elif (
                    ap and ap.group(0) == "on" and "and" in nxt.group(0) and s[lo - 3 : lo] == "on "
                ):
                    ap = None  # "sanctions on A, and on B": the object's preposition again
                if nxt and not ap:
                    cuts.append(i)
                    appos = False
                else:
                    # ", a network ..." / ", which operates in A and B": an apposition or a
                    # relative clause whose own "and" joins no list items.
                    appos = bool(_COMMA_A_AN.match(s[i:hi]) or _LIST_RELATIVE.match(s, i, hi))
            elif (
                depth == 0
                and not appos
                and s.startswith(" and ", i)
                and s[i - 1 : i] != ","
                and not (
                    _AND_IN_NAME.match(s, i + 5, hi)
                    and not _ORG_HEAD_END.search(s, max(lo, i - 40), i)
                    # "Lebanese national Samir Haddad and Al-Rawabi Trading": a person's
                    # name ends before "and"; the company is the next item
                    and not _PERSON_BEFORE_AND.search(s, max(lo, i - 60), i)
                )
                and not _the_x_and_name(s, lo, i, hi)
            ):
                cuts.append(i)
        cuts.append(hi)
        spans = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    out: list[tuple[str, int, int, list[str]]] = []
    for a, b in spans:
        a = a + (1 if s[a : a + 1] == "," else 0)
        al = _LIST_ALIAS_ITEM.match(s, a, b) if out else None
        if al and (al.group("acr") is None or " " in out[-1][0].strip()):
            # "the Revolutionary Armed Forces of Colombia, or FARC, ...", "Volgotrans
            # Logistics, formerly known as VT Cargo Express, a forwarder": an alias of the
            # item before, not an item of its own.
            alias = _clean_entity((al.group("acr") or al.group("name")).strip())
            if alias and _NAME_RUN.fullmatch(alias):
                prev = out[-1]
                out[-1] = (prev[0], prev[1], prev[2], [*prev[3], alias])
            continue
        got = _item_entity(s, a, b)
        if got and _PORTFOLIO_BEFORE.search(s, a, got[1]):
            continue  # "the deputy minister of Industry, X": a title's portfolio, not an item
        if got:
            out.append(got)
    return out


# A title's portfolio right before an item: "the Russian deputy minister of Industry".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:[Mm]inisters?|[Ss]ecretary|[Dd]irector|[Hh]ead|[Cc]hief|[Gg]overnor|[Cc]ommissioner)"
    r"\s+(?:of|for)\s+(?:the\s+)?$"
)


_COPULAR_LIST = re.compile(
    r"\b(?:Those|The\s+(?:\w+\s+){0,2}?(?:groups?|entit(?:y|ies)|individuals?|people|persons?|"
    r"compan(?:y|ies)|firms?|organi[sz]ations?|men|man|woman|networks?|targets?))\s+(?:named|"
    r"designated|listed|sanctioned|added|targeted|proscribed|banned|blacklisted|removed|delisted|"
    r"de-listed)(?:\s+\w+){0,3}?\s+(?:are|were|is|was|include[ds]?)\s+|"
    # "The designated individuals are A, B and C", "The newly listed entities include X":
    # the listing participle before its noun.
    r"\bThe\s+(?:newly\s+|other\s+)?(?:designated|listed|sanctioned|proscribed|blacklisted|"
    r"delisted|de-listed|targeted)\s+(?:\w+\s+)?(?:groups|entities|individuals|people|persons|"
    r"companies|firms|organi[sz]ations|men|networks|vessels|banks)\s+(?:are|were|include[ds]?)\s+|"
    # "Among the new names are X", "Among those designated today were Y": a listing
    # announced before as a copula's complement.
    r"\bAmong\s+(?:the\s+(?:\w+\s+)?(?:names|entries|additions|designees|targets|"
    r"individuals|entities|groups|persons|companies)(?:\s+(?:on|in|added\s+to)\s+(?:the|its)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:list|package|round))?|those\s+(?:newly\s+)?(?:listed|"
    r"designated|sanctioned|added|named|targeted|proscribed|blacklisted|removed|delisted)"
    r"(?:\s+\w+){0,2}?)\s+(?:are|were)\s+"
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_COPULAR_LIST = re.compile(f"(?=[TA])(?:{_COPULAR_LIST.pattern})")
# "a decision on listing X ... is under review": a gerund inside a noun phrase, whose
# predicate decides the action like a nominal's.
_GERUND_IN_NP = re.compile(r"\b(?:on|about|over|for|against|regarding|towards?)\s+$")
# "a push by several governments to add X", "a French bid to list Y", "the plan to
# designate Z": a proposal noun with an infinitive listing verb.
_PROPOSAL_NOUNS = (
    "push",
    "bid",
    "proposal",
    "plan",
    "move",
    "effort",
    "attempt",
    "initiative",
    "motion",
    "request",
    "draft",
    "recommendation",
    "application",
)
# The noun may carry its sponsor ("a proposal submitted by the Netherlands to add X", "a
# Polish-backed initiative tabled last week to include Y"); a bill or draft law that "would
# designate X" proposes the listing in its own modal clause.
_PROPOSAL_TO = re.compile(
    # (the lookahead holds every first letter: a cheap reject at most positions)
    r"(?=[pbmeairdl])\b(?:(?:push|bid|proposal|plan|move|effort|attempt|initiative|motion|"
    r"request|draft|"
    r"recommendation|application)s?\s+(?:(?:(?:submitted|tabled|put\s+forward|presented|"
    r"filed|lodged|introduced|drafted|sponsored|backed|championed|circulated|made|led)\s+)?"
    r"(?:by|from|in|at|before|with)\s+[^,;.]{1,60}?\s+|"
    # "a proposal to the Security Council's ISIL (Da'esh) and Al-Qaida Sanctions Committee
    # to add X", "... to the committee that oversees the 1267 list to add Y": the addressee
    r"(?:(?:by|from)\s+[^,;.]{1,40}?\s+)?to\s+(?:the\s+)?[^,;.]{0,90}?\b(?:[Cc]ommittee|[Cc]ouncil|"
    r"[Pp]anel)"
    r"(?:\s+(?:that|which|established|set\s+up|created|responsible\s+for|overseeing)\s+"
    r"[^,;.]{1,90}?)?\s+|(?:submitted|tabled|put\s+forward|"
    r"presented|filed|lodged|introduced|circulated)\s+(?:[a-z]+\s+){0,3}?)?to\s+"
    r"(?:also\s+)?|(?:bill|draft\s+law|draft\s+legislation|legislation|amendment|"
    r"resolution|motion|proposal)s?\s+(?:[^,;.]{1,80}?\s+)?(?:would|will|seeks?\s+to|"
    r"aims?\s+to|is\s+meant\s+to)\s+)"
    r"(?P<verb>add|list|designate|proscribe|blacklist|sanction|ban|outlaw|include|put|place|"
    r"declare|classify|label|recogni[sz]e)\s"
)
_GRANTED_BEFORE = re.compile(
    r"\b(?:granted|grants?|approved|approves?|accepted|accepts?|upheld|upholds?|endorsed|"
    r"endorses?|adopted|adopts?|ratified|ratifies)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w'’-]+\s+){0,2}$"
)
_LIST_RELATIVE = re.compile(r",\s+(?:who|which|whom|whose|that)\s")
_LIST_NOUN_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:the|a|an|its|their|his|her|our|this|that|same|own|national|terrorist|"
    r"terror|sanctions?|consolidated|separate|UN|EU|US|UK|black|watch|control|entity|"
    r"blocked|persons|Nationals))\s+$"
)
# "Among the new names are X, which ..., and its director, Y": a further item after the
# relative clause, so the clause does not end the list.
_RC_MORE_ITEMS = re.compile(
    r",\s+and\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,4}?(?:[a-z][\w-]*,\s+)?[A-Z]"
)
_SINGULAR_COPULA = re.compile(r"\s(?:is|was)\s+$")
# Inverted copula: "Sanctioned were A, a trader; B; and C".
_INVERTED_LIST = re.compile(
    r"(?:^|[:;]\s*)(?:(?:Also|Separately|Today)\s+|(?<!\S)(?=Also\s+[a-z]))?(?:Sanctioned|"
    r"Designated|Listed|Named|Targeted|Proscribed|Blacklisted|Added|Removed|Delisted|De-listed|"
    # "Also listed were X and Y": a lower-case participle after "Also"
    r"(?<=Also\s)(?:sanctioned|designated|listed|named|targeted|proscribed|blacklisted|added|"
    r"removed|delisted|de-listed))\s+"
    r"(?:(?:to|from|on|onto|under|off)\s+[^;:]{2,120}?\s+)?"
    r"(?:(?:today|on\s+\w+|this\s+week|alongside\s+them)\s+)?(?:were|are)\s+"
)
# _INVERTED_LIST matches at the start only where the text starts with one of these letters
# (elsewhere it needs a colon or semicolon).
_INVERTED_FIRST = "ASTDLNPBR"
# Bulletin labels: "- Added: A (alias X), who ...", "Also added: B", "Removed: C".
_LABEL_LIST = re.compile(
    r"^\W{0,3}(?:Also\s+|Newly\s+)?(added|listed|designated|sanctioned|proscribed|removed|"
    r"delisted|de-listed|revoked|redesignated|blacklisted)(?:\s+(?:individuals|persons|people|"
    r"entities|groups|organi[sz]ations|companies|firms|names|networks|vessels))?\s*:\s+",
    re.I,
)
# "took the ... movement Free Life Front off the list": a removal around its object.
_TOOK_OFF = re.compile(
    r"\b(?:took|taken|take|takes|taking|struck|strikes|striking)\s+(?=\S)(.{2,90}?)\s+off\s+"
    r"(?:the|its|their|a|an)\s+(?:[\w'’-]+\s+){0,5}?(?:list|register|registry|blacklist|roster)",
)
# "struck A, a trader, from the list" / "excluded B from its register": removal verbs
# whose object sits between the verb and "from/off the ... list".
_STRUCK_FROM = re.compile(
    r"\b(?:struck|strikes|striking|strike|excluded|excludes|excluding|exclude|deleted|deletes|"
    r"expunged|erased|dropped|drops)\s+(?=[A-Z\"“]|the\s)(.{2,120}?)\s+(?:off|from)\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,6}?(?:list|register|registry|blacklist|"
    r"roster)\b"
)
# "struck from its list last week the group X": the list phrase shifted before the object.
_STRUCK_SHIFT = re.compile(
    r"\b(?:struck|strikes|striking|strike|excluded|excludes|excluding|exclude|deleted|deletes|"
    r"expunged|erased|dropped|drops|took|taken|takes)\s+(?:off|from)\s+"
    r"(?:the|its|their|his|her|that)\s+(?:[\w'’-]+\s+){0,6}?(?:list|register|registry|"
    r"blacklist|roster)\s+(?=[a-zA-Z])"
)
# "... is excluded from the unified list", "were taken off the list": passive removals.
_PASSIVE_REMOVAL = re.compile(
    r"\b(?:is|was|were|are|has\s+been|have\s+been|had\s+been|will\s+be|to\s+be|being)\s+"
    r"(?:formally\s+|officially\s+|also\s+|now\s+)?(?:excluded|struck|taken|dropped|deleted|"
    r"expunged|erased)\s+(?:off|from)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:list|register|registry|blacklist|roster)\b"
)
# A designation sentence whose object is only counted or generic ("three of the group's
# leaders and one money transfer business"), so its names follow in the next sentence.
_COUNTED_OBJECT = re.compile(
    r"\b(?:designat|sanction|list|add|proscrib|blacklist|delist|de-list|remov|nam|plac|put|"
    r"includ|target)\w*\s+"
    r"(?:(?:also|today|on\s+\w+|of)\s+)?(?:an?\s+(?:further|additional)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple|"
    # "approved the addition of one individual and one entity": a counted singular.
    r"one(?=\s+(?:[\w-]+\s+)?(?:individual|entity|person|man|woman|company|firm|group|"
    r"organi[sz]ation|network|business|militia|charity)\b))\b|"
    # "designated a Yemeni trading company and its manager", "added a militant group and
    # two men to its list", "added an online network to its list": indefinite objects
    # whose names follow in later sentences.
    r"\b(?:designat|sanction|list|add|proscrib|blacklist|plac|nam)\w*\s+"
    r"(?:(?:also|today|on\s+\w+|of)\s+)?(?:an?|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:group|cartel|gang|organi[sz]ation|movement|militia|network|outfit|faction|company|"
    r"firm|collective|syndicate|brigade|charity|foundation|entity|cell|business|exchange(?:\s+"
    r"house)?|man|woman|individual|person|trader|businessman|financier|bank|lender|shipper|"
    r"insurer|airline|supplier|manufacturer|operator|broker|dealer|refinery|forwarder)\s+"
    r"(?:and\s+(?:its|"
    r"their|his|her|an?|one|two|three|four|five|six|\d+)\b|to\s+(?:its|the|their)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:list|register|schedule)\b)|"
    # "froze the assets of three North Korean entities": a government's counted freeze.
    r"\b(?:froze|frozen|freez(?:e|es|ing))\s+(?:all\s+)?(?:the\s+)?(?:assets|funds)\s+of\s+"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several)\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_COUNTED_OBJECT = re.compile(f"(?=[dslapbrnitf])(?:{_COUNTED_OBJECT.pattern})", re.I)
_COUNTED_OBJECT_LOW = lower_twin(_COUNTED_OBJECT)
# "The Treasury sanctioned A, a financier, ...": an authority's active sanctions verb.
_SANCTION_ACT = re.compile(r"\bsanction(?:s|ed|ing)?\s+(?:[a-z-]+\s+){0,3}?(?=[A-Z])")
_ROLE_NOUNS = (
    r"founder|co-founder|leader|chief|head|commander|deputy|spokes(?:man|woman|person)|"
    r"financier|treasurer|emir|secretary-general|chairman|chairwoman|chair|president|"
    r"director|owner|boss|recruiter|ideologue|military\s+chief|successor"
)
_COUNTED_HEAD = re.compile(
    r"(?:(?:also|today|on\s+\w+)\s+)?"
    # "removed only one official, X", "added another two firms, A and B": a quantifier
    r"(?:(?:only|just|another|at\s+least|a\s+further|a\s+total\s+of)\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:[\w'’-]+\s+){0,3}?(?:men|women|individuals|people|persons|entities|"
    r"companies|firms|groups|militias|organi[sz]ations|networks|businesses|leaders|"
    r"commanders|financiers|brothers|members|officials|operatives|associates|executives|"
    r"nationals|citizens|businessmen|traders|suppliers|facilitators)|one\s+(?:[\w'’-]+\s+)?"
    r"(?:man|woman|individual|person|entity|company|firm|group|organi[sz]ation|member|"
    r"official|businessman|businesswoman|trader|national|citizen)|(?:the\s+(?:group|network|"
    r"movement|militia|organi[sz]ation|cartel|gang|coalition|faction)['’]s|its|their|"
    rf"[A-Z][\w-]*['’]s)\s+(?:[\w-]+\s+)?(?:{_ROLE_NOUNS})s?)\b[^,;:]{{0,90}}?,\s+"
    r"(?=(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z])"
)
_COUNTED_END = re.compile(
    r",?\s+(?:to|onto|on|from|off|as|under|for|over)\s+(?:the|its|their|a|an|his|her)\b|"
    r",\s+(?:who|which|saying|said|accusing|citing|according)\b|[;:]|"
    # ("Brig. Gen. X", "Col. Y": a rank abbreviation's period ends nothing)
    r"(?<!\.[a-zA-Z])(?<!\b(?:Lt|Dr|Mr|Ms))(?<!\b(?:Col|Gen|Maj|Cpt|Sgt|Cpl|Pvt|Cdr|Adm|Gov|Sen|Rep|Mrs))"
    r"(?<!\b(?:Brig|Capt|Cmdr|Prof|Insp|Supt|Cmdt))(?<!\bLieut)[.?!](?:\s|$)"
)
# "Two others were sanctioned alongside him", "Three more people were also listed": a
# counted passive subject whose names follow.
_COUNTED_PASSIVE = re.compile(
    r"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|\d+|"
    r"[Ss]everal)\s+(?:[a-z-]+\s+){0,3}?(?:were|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:designat|sanction|list|add|proscrib|blacklist|delist|de-list|remov|nam|target)\w*\b"
)
# "X, the bank's chief executive, was also sanctioned": a passive after a sanctions record.
_PASSIVE_SANCTIONED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|likewise\s+|"
    r"separately\s+)?sanctioned\b"
)
# "imposed restrictive measures on three individuals and two entities": names follow.
_IMPOSED_COUNTED = re.compile(
    r"\b(?:impos|approv|announc|adopt|order|slap|agre)\w*\s+(?:[\w-]+\s+){0,8}?"
    r"(?:sanctions|measures|bans|freezes?|penalties|restrictions)\b"
    r"[^.;]{0,100}?\b(?:on|against)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|\d+|several|one|"
    # "imposed sanctions and travel bans on a Myanmar air force commander, a businessman and a
    # company": indefinite objects whose names follow.
    r"(?:an?\s+(?:[\w-]+\s+){0,4}?(?:commander|officer|official|general|businessman|"
    r"businesswoman|company|firm|group|network|entity|individual|person|man|woman|broker|"
    r"trader|financier|supplier|bank|shipper|operator|militia|organi[sz]ation)\b))\b",
    re.I,
)
_BOTH_KEYS = ("both", "them", " the t", " the f", " the s", " the pair", "all ", "those t")
# Every match of _BOTH_AGAIN holds one of these words (its counts, "both", "them" or "the
# same"): a necessary condition on the lower-cased sentence where the twins apply.
_BOTH_AGAIN_KEYS = ("both", "them", "two", "three", "four", "five", "six", "pair", "trio", "same")
_IMPOSED_KEYS = ("impos", "approv", "announc", "adopt", "order", "slap", "agre")
_REMOVAL_KEYS = (
    "struck",
    "strike",
    "exclud",
    "delet",
    "expung",
    "erased",
    "dropped",
    "drops",
    "taken",
    "took off",
    "takes off",
)
_EXAMPLE_KEYS = (
    "including",
    "such as",
    "among them",
    "affiliate",
    "members of",
    "branches of",
    "offshoots of",
    "factions of",
    "allies of",
)
_THEY_LIST = re.compile(
    r"^\W{0,3}(?:They|These|Those(?:\s+(?:named|designated|listed|sanctioned|targeted))?|"
    # (never across a reporting verb: "The minister said officials were ...")
    r"The\s+(?:(?!(?:said|says|told|added|noted)\b)[\w-]+\s+){0,2}?(?:individuals|entities|men|women|persons|people|companies|"
    r"firms|groups|targets|militias|organi[sz]ations|networks|cartels|gangs|businesses|"
    r"factions|leaders|commanders|financiers|brothers|militants|members|officials|"
    r"outfits|charities|exchanges|directors|executives|officers|brokers|intermediaries|"
    r"businessmen|traders|nationals|citizens|vessels|ships|tankers|banks|suppliers|"
    r"facilitators|operatives|shareholders|owners|managers|generals|ministers|institutions)"
    r"(?:\s+(?:named|designated|listed|sanctioned|targeted|"
    r"added|removed|delisted|concerned|in\s+question))?|"
    # "The listings cover A and B", "The new designations target A": the counted listing's
    # own noun as subject.
    r"The\s+(?:[\w-]+\s+){0,2}?(?:listings|designations|additions|entries|delistings|"
    r"removals|names|sanctions|measures|orders?|decisions?|decrees?|notices?|packages?|"
    r"freezes|asset\s+freezes|bans|penalties|restrictions|regulations|instruments?|"
    r"determinations?|resolutions?|proposals?)"
    # "The listings under Australia's autonomous sanctions framework name A", "The new
    # measures announced on Monday target B": a short qualifier after the noun.
    r"(?:\s+(?:under|by|from|against|on|in|of|announced|imposed|issued|adopted|published|"
    r"made|agreed|approved|unveiled)\s+[^,;:.]{1,70}?)?)"
    r"\s*(?:also\s+)?(?:are|were|include[ds]?|comprise[ds]?|covers?|covered|targets?|targeted|"
    r"names?|named|hit|affects?|affected|appl(?:y|ies|ied)\s+to|extends?\s+to|extended\s+to|"
    r"concerns?|concerned|lists?|listed|adds?|added|identif(?:y|ies|ied)|designates?|"
    r"designated|specif(?:y|ies|ied))\s*:?\s+"
)
_PROPOSAL_BY_TO = re.compile(
    r"\b(?:proposal|request|bid|motion|initiative)\s+(?:submitted\s+|tabled\s+)?(?:by|from)\s+"
    r"[^;.]{1,100}?\s+to\s+$"
)
_CONSIDER_BAN = re.compile(
    r"\b(?:consider|weigh|mull|contemplat|propos|plann|prepar)\w*\s+(?:also\s+)?(?:an?\s+)?"
    r"(?:possible\s+|formal\s+|similar\s+|separate\s+)?$"
)
_APPOS_REL_BEFORE = re.compile(r",\s+(?:a|an)\s+[^,;:()]{1,60}?\s(?:that|which|who)\s+$")
_NO_LIST_AFTER = re.compile(
    r"(?:in|under|subject|effective|valid|due|on|at|for|from|with|based|expected|aimed|"
    r"intended|designed|meant|not|likely|set|part|consistent|pursuant)\b"
)
# "A, a trader, and B, who runs an exchange, were sanctioned for ...": the counted
# objects named as the subject of a passive listing verb.
_NAMED_PASSIVE = re.compile(
    r",?\s+(?:were|are|have\s+been|had\s+been)\s+(?:also\s+|each\s+|both\s+)?"
    r"(?:sanctioned|designated|listed|added|named|targeted|blacklisted|proscribed|"
    r"included)\b"
)
_REL_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:also\s+)?$")
# Follow-ups of a counted listing with other subjects: a bare count ("The two are A and
# B", "Both are ..."), the listing's instrument ("The cabinet resolution names A, ...",
# "The order lists B") or an ordinal over the names ("The third name on the list is C").
_THEY_LIST_MORE = re.compile(
    r"^\W{0,3}(?:(?:The\s+(?:two|three|four|five|six|seven|eight|nine|ten|pair|trio)|Both)"
    r"\s+(?:also\s+)?(?:are|were)\s*:?\s+|"
    r"(?:The|An?|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?(?:resolution|decision|decree|order|notice|"
    r"notification|gazette|statement|announcement|document|filing|instrument|regulation|ruling|"
    # "The Cabinet named A, B and C": the listing body itself, once a count is pending.
    r"[Cc]abinet|[Cc]ouncil|[Cc]ommittee|[Mm]inistry|[Gg]overnment|[Dd]epartment)"
    # "The decision, taken under Law No. 6415 on ..., names A": an aside before the verb.
    r"(?:,\s+[^,;:]{4,120},)?"
    # "A Cabinet resolution published by the state news agency WAM named A and B"
    r"(?:\s+(?:published|issued|released|posted|signed|approved|gazetted|circulated|carried|"
    r"seen|reported|dated|made\s+public)\s+(?:by|in|on|late|last|this|earlier)\s+[^,;:]{1,60}?)?\s+"
    r"(?:also\s+)?(?:names|named|lists|listed|identifies|identified|specifies|specified|"
    r"includes|included)\s*:?\s+|"
    r"The\s+(?:first|second|third|fourth|fifth|sixth|last|final|other|remaining)\s+"
    r"(?:names?|listings?|entr(?:y|ies)|additions?|targets?|designees?)"
    r"(?:\s+(?:on|in|added\s+to)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:list|register|schedule|resolution|order|notice))?\s+(?:is|was|are|were)\s*:?\s+)"
    r"(?=(?:the\s+)?[A-Z\"“])"
)
_THE_ONE = re.compile(
    r"^\W{0,3}(?:The|Its|Their|His|Her)\s+(?:[\w-]+\s+){0,2}?(?:group|company|firm|network|"
    r"entity|organi[sz]ation|man|woman|individual|person|militia|cartel|gang|faction|charity|"
    r"business|movement|exchange\s+house|trader|financier|manager|owner|founder|director|"
    r"chief|leader|head|boss|partner|accountant|treasurer|commander|emir|officer|official|"
    # "The businessman, X, was described as ...": any counted person or firm by its noun.
    r"businessman|businesswoman|tycoon|oligarch|executive|broker|intermediary|middleman|"
    r"dealer|banker|shipowner|operator|supplier|manufacturer|bank|lender|insurer|vessel|"
    r"tanker|ship|national|citizen|general|colonel|financial\s+officer|"
    # "The first, X, ...; The second, Y, is said to ...": ordinals over the counted objects.
    r"first|second|third|fourth|fifth|other|latter|former)(?:\s+(?:named|designated|listed|sanctioned|"
    r"concerned|in\s+question))?(?:\s+(?:is|was)\s+|,\s+)(?=(?:the\s+)?[A-Z])"
)
# "... designated two shipping firms and an officer. The firms, A and B, operated ...":
# the plural counted object named in apposition, as a coordinated list.
_THE_MANY = re.compile(
    r"^\W{0,3}(?:The|Its|Their|Both|All)\s+(?:[\w-]+\s+){0,2}?(?:groups|compan(?:y|ie)s|firms|"
    r"entities|organi[sz]ations|men|women|individuals|persons|people|networks|militias|"
    r"businesses|exchanges|charities|vessels|ships|tankers|officers|officials|commanders|"
    r"leaders|financiers|brokers|traders|facilitators|operatives|members|brothers|two|three|"
    r"four|pair|trio),\s+(?=(?:the\s+)?[A-Z])"
)
_MANY_END = re.compile(r",\s|\s[—–(]")
_AND_THE_OTHER = re.compile(
    r",\s+and\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?(?:man|woman|individual|person|"
    r"trader|financier|manager|owner|founder|director|chief|leader|head|boss|partner|"
    r"accountant|treasurer|commander|emir|company|firm|network|group|affiliate|wing|"
    r"subsidiary|business),\s+(?=(?:the\s+)?[A-Z])"
)
# "The Office of Foreign Assets Control said ", "Treasury officials say that ": a
# reporting frame at the start of a sentence, its clause's subject next.
_REPORT_FRAME = re.compile(
    r"^\W{0,3}(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the)){0,8}?"
    r"(?:\s+(?:officials|spokes(?:man|woman|person)))?\s+(?:said|says)\s+(?:that\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)
_AND_ROLE_NEXT = re.compile(
    r",?\s+and\s+(?:that\s+)?(?:(?:its|their|his|her|the)\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_ROLE_NOUNS}|manager|partner|accountant|company|firm|network|affiliate|"
    r"subsidiary|business),\s+(?=(?:the\s+)?[A-Z])"
)
# A reported clause with a listing verb of its own is a designation sentence itself.
_REPORT_OWN_KEYS = ("designat", "proscri", "sanction", " added", " adds ", "remov", "revok")
_ONE_END = re.compile(r",\s|\s[—–(]|\s+(?:is|was|has|had|claimed|said|which|who)\b")
# "has designated several groups in the past, including affiliates of al-Qaeda": a
# background mention of earlier listings; the examples it cites are not records.
_GENERIC_PAST = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:designated|listed|proscribed|sanctioned|"
    r"blacklisted|banned)\s+(?:several|many|numerous|dozens\s+of|scores\s+of|hundreds\s+of|"
    r"a\s+number\s+of|various|multiple|other|a\s+string\s+of|a\s+series\s+of)\b"
    r"|\b(?:in\s+the\s+past(?:\s+(?:decade|years?))?|over\s+the\s+(?:past\s+|last\s+)?"
    r"(?:years|decades?)|in\s+previous\s+years|in\s+recent\s+years)\b",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_GENERIC_PAST = re.compile(f"(?=[hio])(?:{_GENERIC_PAST.pattern})", re.I)
_EXAMPLE_CUE = re.compile(
    r"\b(?:including|such\s+as|among\s+them|(?:affiliates?|members?|branches|offshoots|"
    r"factions|allies)\s+of)\s+",
    re.I,
)
_LIST_ITEM_END = re.compile(
    r",\s+(?:who|which|whom|whose|that|said|described)\b|\.\s|\.$|"
    r"\s(?:was|were|is|are|has|have|had|remains?|will)\s"
)
# "A, formally called B", "A (alias B)": the item after an alias cue names the same entity.
_ALIAS_GAP = re.compile(
    r"\s*[,(—–]\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,4}?(?=(?:also|otherwise|formerly|"
    # "X, the Yemeni movement better known as the Houthis": an apposed descriptor first.
    r"better|widely|commonly|popularly|locally)\s+known\s))?"
    r"(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|formally\s+|commonly\s+|popularly\s+|"
    r"officially\s+|locally\s+|sometimes\s+)?(?:known\s+as|called|styled|dubbed|a\.?k\.?a\.?|"
    r"alias|"
    r"(?:who|which|that)\s+(?:also\s+)?calls?\s+(?:themselves|itself))\s+[“\"]?(?:the\s+)?$|"
    r"\s*\(\s*(?:formally|officially|formerly|properly)\s+[“\"]?(?:the\s+)?$|"
    r"[\"”]?\s+or\s+(?:simply|just|more\s+commonly|sometimes|also)\s+[“\"]?(?:the\s+)?$"
)
# "The Committee also added X", "The same decision removed Y", "a proposal to add Z":
# add/remove verbs whose subject is a listing body or instrument need no "to the list".
_LISTING_SUBJECT_CORE = (
    r"\b(?:(?:[Cc]ommittee|[Cc]ouncil|decision|order|[Nn]otice|regulations?|update|amendment|"
    r"instrument|notification|decree|resolution|Treasury|OFAC)\s+(?:(?:also|further|"
    r"separately|additionally|today|then|later|has|had|will|would)\s+){0,2}|"
    r"(?:proposal|request|bid|move|motion|plan|application|decision|vote)\s+(?:\w+\s+){0,3}?"
    r"to\s+|\b(?:proposed|propose|proposes|proposing|suggested|recommended)\s+)"
)
_NAMED_AS_TERRORIST = re.compile(
    r"[^.;]{2,160}?\sas\s+(?:an?\s+)?(?:individual|designated|specially\s+designated"
    r"(?:\s+global)?)\s+terrorists?\b"
)
_NAMES_TERRORIST = re.compile(r"\bnam(?:e|es|ed|ing)\s" + _NAMED_AS_TERRORIST.pattern)
_LISTING_SUBJECT = re.compile(_LISTING_SUBJECT_CORE + "$")
_LISTING_ACT = re.compile(
    _LISTING_SUBJECT_CORE
    + r"(?:add(?:s|ed|ing)?|remov(?:e|es|ed|ing)|named)\s+(?:the\s+)?(?:[a-z'’,-]+\s+){0,3}?[A-Z]"
)
# "the Iron Dawn listing", "this week's Hamas designation": a noun with a name before it.
_NAME_PREMOD = re.compile(
    r"\b(?:the|its|this|that|their|his|her|[a-z]+['’]s?)\s+(?:[A-Z][\w'’-]*\s+){1,4}$"
)
_NP_END = re.compile(r"\s*(?:[,.;:!?)]|\s(?:but|and|or|was|were|is|are|had|has|have)\b)")
_SANCTIONS_NOUN_BEFORE = re.compile(
    r"(?:['’]s?|\b(?:the|its|their|new|fresh|further|more|targeted|financial|economic|of|UN|EU|US|"
    r"impos\w*|announc\w*|tough\w*))\s+$"
)
_NOUN_AFTER = re.compile(
    r"(?:committee|list|regime|panel|monitors?|team|package|designations?|programme|program|"
    r"authority|law|act|on|against|were|was|are|is|have|has|had|would|will|could)\b",
    re.I,
)
_OVERSEES = re.compile(
    r"\b(?:overse\w*|monitor\w*|administer\w*|implement\w*|govern\w*|enforc\w*|"
    r"supervis\w*|in\s+charge\s+of|responsible\s+for)\s+(?:the\s+|its\s+)?(?:\w+\s+)?$",
    re.I,
)
# "X, whose ban under the Act was lifted", "a delisting request by X was granted".
_WHOSE_OR_REQUEST = re.compile(
    rf"(,\s+whose\s+(?:[\w-]+\s+)?{_DESIG_NOUN.replace('removal|', 'removal|bans?|')})\b|"
    r"\b(?:de-?listing|removal)\s+(?:request|petition|application|bid)\s+(?:by|from|of)\s+"
)
_REQUEST_DENIED = re.compile(r"\b(?:rejected|denied|refused|dismissed|turned\s+down)\b")
_PASSIVE_ADDED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?added\b(?!\s+(?:that|to\s+the\s+"
    r"(?:agenda|bill|programme|schedule\s+of\s+events)))"
)
_IMPOSED_ON = re.compile(
    r"\bimpos(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:sanctions|asset[-\s]freezes?|travel\s+bans?|"
    r"restrictive\s+measures)(?:\s+and\s+(?:[\w-]+\s+){0,2}?(?:bans?|freezes?))?"
    r"(?:\s+(?:under|pursuant\s+to)\s+[^,;:]{1,80}?)?\s+" + _ON_DAY + r"(?:on|against)\s+"
)
# "lifted a 2021 ban on X", "scrapped its decade-old ban on X": a year or a hyphenated
# modifier may stand between the determiner and the ban.
_BAN_MODIFIERS = (
    r"(?:(?:\d{4}|[a-z]+-[a-z-]+|long-standing|longstanding|blanket|existing|previous|earlier|"
    r"nationwide|formal|official|current|national|personal|individual|remaining|unilateral|"
    r"autonomous|targeted)\s+){0,2}"
)
_LIFT_BAN_ON = re.compile(
    r"\b(?:lift|suspend|overturn|end|scrap|eas|remov|drop|rescind|revok|repeal)\w*\s+"
    r"(?:(?:the|its|their|all|a|an)\s+)?"
    + _BAN_MODIFIERS
    + r"(?:ban|sanctions)\s+on\s+(?:the\s+)?[A-Z]"
)
# "added five people to its list, naming them as A, B and C"
_NAMING = re.compile(
    r",?\s++(?:naming\s+them\s+as|named\s+as|identified\s+as|namely|identifying\s+them\s+as)"
    r"\s+"
)
_COUNTED_COLON = re.compile(
    r"(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+dozen|"
    r"dozens\s+of|\d+)\s+(?:[\w-]+\s+){0,2}?(?:people|persons|individuals|men|women|entities|"
    r"companies|firms|groups|organi[sz]ations|businesses|charities|members|suspects|officials)\b"
    r"(?:[^:;.]{0,200}?(:\s+|,\s+(?:including|among\s+them|namely)\s+))?"
)
_GOV_FREEZER = re.compile(
    r"\b(?:[Gg]overnment|[Mm]inistry|[Mm]inister|Treasury|[Cc]abinet|[Aa]uthorities|"
    r"State\s+Secretariat|Secretariat|OFAC|Council|Commission|Home\s+Office|Foreign\s+Office|"
    r"[Tt]okyo|Washington|London|Ottawa|Canberra|Bern|Brussels|Seoul|Wellington)\b"
)


def _gov_freezer(sent: Sentence, end: int) -> bool:
    """Whether a government freezes, before ``end``: a state organ or a state named as the
    actor ("Japan has frozen the assets of"), and no court or prosecutor."""
    s = sent.text
    if _JUDICIAL.search(s, 0, end):
        return False
    return _GOV_FREEZER.search(s, 0, end) is not None or any(
        m.kind == "country" and m.end - sent.start <= end for m in sent.mentions
    )


_JUDICIAL = re.compile(
    r"\b(?:[Cc]ourt|[Jj]udge|[Pp]rosecutors?|[Pp]olice|[Mm]agistrate|[Tt]ribunal)\b"
)
_FREEZE = re.compile(
    r"\b(?:froze|frozen|freez(?:e|es|ing))\s+(?:all\s+)?(?:the\s+)?(?:assets|funds|property|"
    r"(?:bank\s+)?accounts)\s+(?:of|belonging\s+to|held\s+by|linked\s+to)\s+|"
    r"\b(?:impos|approv|announc|order)(?:e|es|ed|ing)\s+(?:an\s+|new\s+)?asset[-\s]freezes?\s+"
    r"(?:on|against)\s+",
    re.I,
)
_DET_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|its|their|his|her)\s+(?:\w+ly\s+)?|newly\s+|recently\s+)$", re.I
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_DET_BEFORE = re.compile(f"(?=[tainhr])(?:{_DET_BEFORE.pattern})", re.I)
_REDUCED_RELATIVE = re.compile(r"(?:in|since|by|last|earlier|for|at|until|before)\b")
_CLAUSE_CUT = re.compile(r";\s*|,?\s+(?:but|while|whereas|although|though)\s+")
_DECLARE_TYPE_AFTER = re.compile(
    r"\b(?:terrorist|terror|proscribed|specified|banned|extremist|sanction\w*|designated|"
    r"unlawful)\b",
    re.I,
)

_FRONTED = re.compile(
    r"\s*(?:(?:Under|In|On|At|With|After|Following|By|Through|As\s+part\s+of)\b[^,]{0,60},\s+|"
    r"(?:Earlier|Separately|Meanwhile|Also|Additionally|Conversely|Today|Yesterday|"
    r"Similarly|Likewise|However)\s*,\s+)"
)


_DESCRIPTOR_THEN_NAME = re.compile(rf"\b{_DESCRIPTOR_NOUNS}\s+((?:the\s+)?[A-Z])")


def _inline_antecedent(s: str, pos: int) -> str | None:
    """'a second group, the ... ring Los Zopilotes, ... to add it': the group named here."""
    best = None
    for m in _DESCRIPTOR_THEN_NAME.finditer(s[:pos]):
        r = _NAME_RUN.match(s, m.start(1))
        if r:
            best = r.group(0)
    return best


# Head words that make a capitalised name an organisation rather than a person.
_ORG_WORDS = (
    r"Group|Network|Front|Brigades?|Battalions?|Movement|Army|Cartel|Organi[sz]ation|"
    r"Council|Company|Exchange|Foundation|Legion|Party|Guards?|Syndicate|Crew|Clan|"
    r"Brotherhood|Sisterhood|Collective|Alliance|Forces?|Militia|Commando|Comando|Tigers|"
    r"Fund|Trust|Society|Association|Services|Trading|Holdings|Institute|Charity|Relief|"
    r"Union|League|Jamaat|Jama['’]at|Harakat|Hizb|Katibat|Kataib|Kata['’]ib|Tanzim|Ansar|"
    r"Jaish|Lashkar|Tehreek|Tehrik|Ahrar|Liwa|Saraya|Jund|Gang|Ring|Cell|Faction|Wing|"
    r"Command|Corps|Mara|Barrio|Tren|Los|Las|Hezbollah|Hizballah|Hamas|Houthis?|Taliban|"
    r"ISIS|ISIL|Daesh|Bank|Airlines?|Shipping|Logistics|Remit|Hawala|Order|Division|"
    r"Squad|Unit|Base|Circle|Resistance|Revolution\w*|Liberation|Mujahideen|Fighters|"
    r"Partisans|Knights|Sons|Soldiers|Lions|Wolves|Eagles|Falcons|Initiative|Project|"
    r"Ltd|LLC|Inc|Co|Corporation|Industries|Enterprises?|Media|"
    # Spanish, Portuguese and French head words: "Coordinadora Guerrillera del Catatumbo",
    # "Ejército de Liberación Nacional", "Mouvement pour l'unicité", "Primeiro Comando".
    r"Coordinadora|Frente|Ej[eé]rcito|Fuerzas?|Movimiento|Comandos?|Autodefensas|C[aá]rtel|"
    r"Grupo|Brigadas?|Organizaci[oó]n|Partido|Bloque|Columna|Guerrill\w*|Mouvement|Arm[ée]e|"
    r"Groupe|Coordination|Comando|Facção|Milicias?"
)
# Only whether it matches is asked: the written form is \b(?:_ORG_WORDS)\b|^(?:al|el|Al|El)-|
# \b[A-Z]{2,6}\b. Every head word starts with a capital A-Z: one lookahead rejects the
# other positions before any alternative is entered (see the perf tests).
_ORG_WORD = re.compile(rf"(?=[A-Z])\b(?:(?:{_ORG_WORDS})\b|[A-Z]{{2,6}}\b)|^(?:al|el|Al|El)-")
# One-word names that are always armed movements ("ISIS-Mozambique", "Hezbollah").
_KNOWN_MOVEMENT = re.compile(
    r"(?:ISIS|ISIL|IS|Daesh|Hezbollah|Hizballah|Hamas|Houthis|Taliban|Al-Shabaab|Boko)"
    r"(?:-[A-Z][\w'’-]*)?$"
)
_GROUP_NOUNS = (
    r"group|cartel|gang|organi[sz]ation|movement|militia|network|outfit|faction|alliance|"
    r"company|firm|collective|syndicate|brigade|front|crew|ring|charity|foundation|entity|"
    r"party|cell|army|business|exchange|clan|coalition|federation|association|wing|branch|"
    r"affiliate|platform|consortium|conglomerate|bank|lender|tanker|vessel|ship"
)
_COREF_NOUN = re.compile(rf"^(?:the|this|that)\s+(?:same\s+)?(?:{_GROUP_NOUNS})\b", re.I)
# "the militant group X", "a network called X": a name right after a group noun.
_GROUP_BEFORE = re.compile(
    rf"\b(?:{_GROUP_NOUNS})s?(?:,\s+|\s+(?:(?:called|named|known\s+as|dubbed)\s+)?)[\"“]?$", re.I
)
_PREP_BEFORE = re.compile(
    r"\b(?:a|an|in|at|near|from|of|on|to|into|across|by|with|for|since|outside|inside|under|"
    r"via|through|per|pursuant\s+to)\s+$",
    re.I,
)
# "the designation of the X Brigades ... had been revoked; the group had been listed since":
# the object of a listing noun earlier in the sentence.
_DESIG_NOUN_OF = re.compile(
    r"\b(?:designation|listing|proscription|delisting|de-listing|ban)\s+(?:of|on)\s+$"
)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.I)
_DESIG_NOUN_AT = re.compile(rf"\s+(?:[\w-]+\s+)?{_DESIG_NOUN}\b", re.I)
_SENT_CUT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
# "formerly known as the X", "whose name means "X"": an alias, not a new antecedent.
_ALIAS_BEFORE = re.compile(
    r"(?:[,(]\s*(?:also\s+|formerly\s+|otherwise\s+|better\s+)?(?:known\s+as|called|"
    r"a\.?k\.?a\.?)|\balias|\bmeans|\btranslates\s+(?:as|to))\s+[\"“]?(?:the\s+)?$",
    re.I,
)
# "the Crimson Vanguard, a far-right network that ...": an apposition names the kind.
_GROUP_APPOS = re.compile(
    rf"\s*(?:\([^()]{{1,40}}\)\s*)?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{_GROUP_NOUNS})\b",
    re.I,
)
_GROUP_AFTER = re.compile(rf"[\"”]?\s+(?:{_GROUP_NOUNS})\b", re.I)


def _org_like(name: str) -> bool:
    return bool(_ORG_WORD.search(name)) or " " not in name.strip()


def _antecedent(ctx: DesigContext, s: str, pos: int, noun: str) -> str | None:
    """The organisation that "the group/network/outfit" at s[pos] refers to.

    The nearest earlier capitalised name (in this sentence, then in the two
    preceding ones) that reads as an organisation — it has an organisation head
    word, or sits next to a group noun ("a network called X", "the X movement")
    — wins; a person named in between is skipped.  Falls back to the latest
    organisation recorded.
    """
    noun = noun.lower()
    lo = max(0, ctx.start - 700)
    prev = ctx.text[lo : ctx.start] if ctx.text else ""
    if lo == 0:
        head = prev.find("\n\n", 0, 300)
        if head > 0 and prev[head - 1] not in '.!?"”':
            prev = prev[head:]  # a headline is no antecedent
    last_org = (ctx.last_org or "").lower()
    # "the group", "the movement": an armed group, never the exchange house or shipping
    # company recorded last.
    armed = noun in _ARMED_NOUNS
    best: str | None = None
    best_near: str | None = None
    here_best: str | None = None
    here = s[:pos]
    sents = _SENT_CUT.split(prev)
    # the organisation opening the sentence right before this one ("X has operated in
    # Britain since the 1980s. The Home Office proscribed the group")
    opener: str | None = None
    for text in (*sents, here):
        # a name after a preposition ("moved money for Hezbollah", "split from the
        # Taliban") does not displace the subject named before it in the same sentence
        subject_here = False
        for m in _NAME_RUN.finditer(text):
            name = _clean_entity(m.group(0))
            if (
                text is here
                and m.group(0).startswith("the ")
                and " " in name
                and _entity_ok(name, False)
                and (
                    not _PREP_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    or _DESIG_NOUN_OF.search(text, max(0, m.start() - 30), m.start())
                )
            ):
                # "decided to remove the X Cells from the list ... keeping the group on
                # it": an object named earlier in the same sentence.
                here_best = name
            if name.lower() == last_org:
                if not (armed and _CORPORATE_NAME.search(name)):
                    best = best_near = ctx.last_org
                continue
            known = ctx.aliases.get(name.lower()) or (
                _initials_of(name, ctx) if name.isupper() and 2 <= len(name) <= 6 else None
            )
            if known and _org_like(known):
                best = best_near = known  # "the decision on IVC": a recorded alias
                continue
            if (
                not _entity_ok(name, False)
                or (name.isupper() and len(name) > 6)
                or _ALIAS_BEFORE.search(text, max(0, m.start() - 40), m.start())
                # "its ISIL and Al-Qaida sanctions list": a list's name, not an organisation
                or _LIST_NAME_AFTER.match(text, m.end())
            ):
                continue
            if armed and _CORPORATE_NAME.search(name):
                continue  # "the group" is no exchange house or shipping firm
            after = _GROUP_AFTER.match(text, m.end())
            if after and _A_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "a Guayaquil gang": the name only describes
            appos = None if after or noun not in _FIRM_NOUNS else _GROUP_APPOS.match(text, m.end())
            if appos and not any(f in appos.group(0).lower() for f in _FIRM_NOUNS):
                # "Salween Watch, a rights group, ... the same company": an apposition that
                # names another kind of body
                continue
            if noun in _FIRM_NOUNS and _authorities_named(name):
                continue  # "The US Treasury sanctioned X. ... the same company": the lister
            near_noun = bool(
                after
                or _GROUP_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _GROUP_APPOS.match(text, m.end())
            )
            if not (
                near_noun
                or (" " in name and _ORG_WORD.search(name))
                or _KNOWN_MOVEMENT.match(name)
                # "Jamaat-ul-Ahrar": one hyphenated word led by a group's head word
                or ("-" in name and _HYPHEN_ORG.match(name))
            ):
                continue
            if subject_here and _PREP_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            if sents and text is sents[-1] and m.start() == 0 and not _armed_mismatch(noun, name):
                opener = name
            best = name
            subject_here = subject_here or not _PREP_BEFORE.search(
                text, max(0, m.start() - 12), m.start()
            )
            if near_noun or noun in name.lower():
                best_near = name
    if armed and not (here_best or best_near or best) and _CORPORATE_NAME.search(last_org):
        return None
    found = here_best or opener or best_near or best or ctx.last_org
    if found is None and noun in _FIRM_NOUNS and len(ctx.last_records or ()) == 1:
        # "OFAC added Ayeyar Aviation Supplies ... . Britain froze the same company's
        # assets": the one entity just recorded, though its name has no firm's head word
        return ctx.last_records[0].entity
    return found


def _armed_mismatch(noun: str, name: str) -> bool:
    """ "the company" is no armed group and "the group" no company."""
    corporate = bool(_CORPORATE_NAME.search(name))
    return (noun in _ARMED_NOUNS and corporate) or (noun in _FIRM_NOUNS and not corporate)


_FIRM_NOUNS = frozenset(("company", "firm", "bank", "lender", "exchange", "business"))


_HYPHEN_ORG = re.compile(
    r"(?:Jamaat|Jama['’]at|Harakat|Hizb|Lashkar|Tehreek|Tehrik|Jaish|Ansar|Katibat|Kataib|"
    r"Liwa|Saraya|Jund|Tanzim)-"
)
_ARMED_NOUNS = frozenset(
    ("group", "movement", "militia", "outfit", "faction", "organisation", "organization")
)
_CORPORATE_NAME = re.compile(
    r"\b(?:exchange|trading|shipping|ltd|limited|llc|inc|co|company|corp|corporation|holdings|"
    r"logistics|services|bank|petroleum|marine|maritime|airlines?|industries|enterprises?|"
    r"fze|fzco|gmbh|plc|s\.a|import|export|investments?|tankers?|lines)\.?$",
    re.I,
)


def _initials_of(acronym: str, ctx: DesigContext) -> str | None:
    """The recorded entity whose capitalised words spell ``acronym`` ("IVC" -> "Iron
    Vanguard Collective")."""
    for recs in ctx.by_entity.values():
        entity = recs[0].entity
        if "".join(w[0] for w in entity.split() if w[:1].isupper()) == acronym:
            return entity
    return None


def _previous_subject(ctx: DesigContext) -> str | None:
    """ "X first came to attention in 2024 ... . Australia listed it": "it" continues the
    subject of the previous sentence when that subject is an entity already recorded."""
    if not ctx.text:
        return None
    prev = ctx.text[max(0, ctx.start - 600) : ctx.start].rstrip()
    cuts = list(_SENT_CUT.finditer(prev[:-1]))
    head = prev[cuts[-1].end() :] if cuts else prev
    head = head.lstrip()
    dash = head.find(" — ", 0, 60)
    if dash > 0 and head[:dash].isupper() is False and "," in head[:dash]:
        head = head[dash + 3 :]  # "NAIROBI, May 4, 2026 — The X ...": the dateline
    said = _SAY_LEAD.match(head) if " sa" in head[:40] or " be" in head[:40] else None
    run = _NAME_RUN.match(head, said.end() if said else 0)
    if run is None:
        return None
    name = _clean_entity(run.group(0))
    known = ctx.by_entity.get(name.lower())
    if known:
        return known[0].entity
    # "The Silver Knife Cartel controls the port. The State Department designated it":
    # an organisation that is the subject of the previous sentence, recorded or not.
    if (
        (" " in name or run.group(0).startswith("The "))
        and _ORG_WORD.search(name)
        and _entity_ok(name, False)
        and not _PREP_BEFORE.search(head, max(0, run.start() - 12), run.start())
    ):
        return name
    return None


def _previous_person(ctx: DesigContext) -> str | None:
    """ "Samir Aoun, a financier ..., ran three firms. The Treasury sanctioned him": the
    person named as the previous sentence's subject (two to four capitalised words)."""
    if not ctx.text:
        return None
    prev = ctx.text[max(0, ctx.start - 600) : ctx.start].rstrip()
    cuts = list(_SENT_CUT.finditer(prev[:-1]))
    head = prev[cuts[-1].end() :].lstrip() if cuts else prev.lstrip()
    run = _PERSON_HEAD.match(head)
    if run is None:
        return None
    name = run.group(1)
    if _org_like(name) or not _entity_ok(name, False) or name.split()[0] in _TITLES:
        return None
    return name


# A person's name opening a sentence, then an apposition or a verb.
_PERSON_HEAD = re.compile(
    r"(?!(?:The|This|That|These|Those|It|He|She|They|In|On|At|But|And)\s)([A-Z][a-z'’-]+(?:\s+(?:al-|bin\s+|ibn\s+|de\s+|van\s+)?[A-Z][a-z'’-]+){1,3})"
    r"(?=,\s+(?:a|an|the|who|whose)\s|\s+(?:was|is|has|had|ran|runs|led|leads|moved|"
    r"founded|owns|owned|controls|controlled|worked|served|financed|funded)\b)"
)


# "Officials say the X Brigade ...": the attribution in front of a subject.
_SAY_LEAD = re.compile(
    r"(?:[A-Z][\w-]*\s+){1,3}(?:say|says|said|believe|believes|allege|alleges)\s+(?:that\s+)?"
)


def _antecedent_here(s: str, pos: int, plural: bool) -> str | None:
    """'The order removes the X Collective, ..., after ... to de-proscribe it': X."""
    best = None
    for m in _NAME_RUN.finditer(s, 0, pos):
        name = _clean_entity(m.group(0))
        if (
            m.start() > 0
            and not plural
            and _org_like(name)
            and _entity_ok(name, False)
            and (
                not _PREP_BEFORE.search(s, max(0, m.start() - 12), m.start())
                # "let the designation of the X Brotherhood lapse, removing it": the
                # object of the listing noun
                or _NOMINAL_BEFORE.search(s, max(0, m.start() - 30), m.start())
            )
            and not _LAW_PAREN_BEFORE.search(s, max(0, m.start() - 40), m.start())
        ):
            best = name
    return best


_NAMED_BEFORE = re.compile(r"\b(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,3}(?:called|named|dubbed)\s+$")
_NOMINAL_BEFORE = re.compile(r"\b(?:designation|proscription|listing)\s+of\s+(?:the\s+)?$")


# "under the Unlawful Activities (Prevention) Act (UAPA), adding it to": the law's acronym.
_LAW_PAREN_BEFORE = re.compile(
    r"\b(?:Act|Law|Code|Regulations?|Ordinance|Order|Decree|Statute|Directive|Convention)"
    r"\s*\($"
)


_ENTRY_OF = re.compile(
    r"(?:the\s+|its\s+)?(?:entry|entries|name|names|record|records|listing|details)\s+(?:of|for)\s+"
    # "add the whole of X", "list all of Y", "the entirety of Z": the organisation itself.
    r"|(?:the\s+)?(?:whole|entirety|all|rest|remainder)\s+of\s+(?=(?:the\s+)?[A-Z])"
)


_DASH_NAME_END = re.compile(r"\s*(?:,|\(|as\b|$)")


_ALIAS_LIST_BEFORE = re.compile(
    r"(?:known\s+as|under\s+the\s+names|names\s+of|called|dubbed|styled|a\.?k\.?a\.?)\s+"
    r"(?:the\s+)?(?P<first>[A-Z][^,;:()]{0,60})$"
)
_COUNTED_MODIFIED = re.compile(
    r"(?:(?:also|today|on\s+\w+)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"several|more)\s+(?:[a-z-]+\s+){0,2}?(?:men|women|individuals|people|persons|entities|"
    r"companies|firms|groups|networks|businesses|traders|financiers|officials|members|"
    r"nationals|suppliers|facilitators|vessels|charities)"
    # "two shipping companies and a Yemeni businessman it accused of ...": a coordinated
    # counted object shares the modifier.
    r"(?:,?\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
    r"(?:[A-Za-z-]+\s+){0,2}?(?:m[ae]n|wom[ae]n|individuals?|people|persons?|entit(?:y|ies)|"
    r"compan(?:y|ies)|firms?|groups?|networks?|business(?:es)?|business(?:man|men|woman)|"
    r"traders?|financiers?|officials?|members?|nationals?|suppliers?|facilitators?|vessels?|"
    r"charit(?:y|ies)|tankers?|ships?))?"
    r"\s+(?P<mod>(?:it|they|which|that|"
    r"who|whom|accused|suspected|alleged|believed|said|linked|tied|connected|described)\b)"
)
# ", and has announced NZ$10 million ...": a coordinated verb phrase ends the object.
_AND_NEW_VP = re.compile(
    r",\s+and\s+(?:has|have|had|will|would|is|was|also|said|says|announced|pledged|"
    r"promised|urged|called)\b"
)
# "to list a fourth individual, named in committee papers as X", "to ban another outfit,
# the Y Front": an indefinite or ordinal object named in the apposition after it.
_INDEF_APPOS = re.compile(
    r"(?:an?\s+(?:second|third|fourth|fifth|sixth|further|new|separate|different)|another|"
    r"one\s+more|the\s+(?:second|third|fourth|fifth|sixth))\s+(?:[\w-]+\s+)?"
    r"(?:group|outfit|organi[sz]ation|movement|militia|network|faction|cartel|gang|man|woman|"
    r"individual|person|entity|company|firm|charity|business|financier|commander|leader)"
    r",\s+(?:(?:named|identified|listed|described|referred\s+to)\s+(?:[^,;]{0,40}?\s+)?as\s+)?"
    r"(?=(?:the\s+)?[A-Z])"
)
_APPOS_PREPS = frozenset({"from", "under", "over", "after", "since", "following", "amid"})
_OPEN_APPOS = re.compile(r"[A-Z][\w-]*,\s+(?:a|an)\s+[^,;:()]{0,80}$")


_CLAUSE_OPENERS = ("but ", "yet ", "while ", "whereas ", "although ", "though ", "and said ")


# "The delisting follows a peace accord ...", "This listing comes after ...": a nominal
# subject followed by its own finite verb has no object; the names after it are context.
_NOMINAL_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:the|this|that|its|their|[A-Z][\w-]*['’]s?)\s+"
    r"(?:[\w-]+\s+)?(?:de-?)?(?:listings?|designations?|proscriptions?|removals?|bans?|"
    r"revocations?)\s+$",
    re.I,
)
_FINITE_AFTER_NOMINAL = re.compile(
    r"(?:follows|followed|comes|came|marks|marked|means|meant|was|is|has|had|will|would|"
    r"took|takes|reflects|reflected|coincides|coincided|ends|ended|caps|capped|"
    r"was\s+prompted|stems|stemmed)\b"
)
# "the Tripura state government", "the Punjab authorities", "Sindh police": a place's own
# government or agency, never the listed entity.
_GOV_HEAD_AFTER = re.compile(
    r"\s+(?:state\s+|provincial\s+|regional\s+|federal\s+|local\s+|central\s+|"
    r"national\s+|interim\s+|transitional\s+|military\s+)?(?:government|administration|"
    r"authorities|ministry|cabinet|police|parliament|legislature|assembly|governor|"
    r"chief\s+minister|council)\b",
    re.I,
)


# "two North Koreans, A and B, and a firm, C": a counted head (a demonym too) before the
# apposed names.
_COUNTED_LEAD = re.compile(
    r"(?:the\s+|its\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"\d+)\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:,\s*|\s+[—–]\s+|:\s+)"
)


# Heavy-NP shift: adverbials and the list's own phrase between the verb and its object
# ("designated on Tuesday the X", "removed from that list the company X", "added to its
# list on Friday three men, A, B and C", "listed under the Y Regulations the businessman Z").
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[A-Z][a-z]+\s+\d{1,2})"
_SHIFTED = re.compile(
    r"(?:(?:(?:(?:late|early)\s+)?on\s+" + _DAYS + r"|(?:late\s+|earlier\s+|later\s+)?"
    r"(?:last|this|earlier\s+this|later\s+this)\s+(?:week|month|year|morning|afternoon)|"
    r"yesterday|today|overnight|formally|also|officially|again|now|finally|"
    r"in\s+(?:the\s+)?same\s+(?:notice|action|decision|order|announcement|statement|update)|"
    r"(?:from|to|onto|on|off|under|in|into)\s+(?:the|its|their|that|this|his|her|a|an)\s+"
    r"(?:[\w().,'’-]+\s+){0,6}?(?:list|register|registry|schedule|annex|regulations?|act|order|"
    r"ordinance|law|decree|regime|programme|program|blacklist|sanctions)(?:\s+20\d\d)?)"
    r",?\s+)+"
    r"(?=(?:the|a|an|its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|several|"
    r"\d+|[A-Z])\b|[A-Z])"
)


_NAME_NEXT = re.compile(r" (?:[A-Z][a-z]|(?:al|el)-[A-Z])")


# "Crescent Horizon Traders (Pty) Ltd", "Indus Star (Pvt.) Limited": a company form in
# brackets before its suffix is part of the name, not an alias.
_PAREN_COMPANY_FORM = re.compile(
    r"\s*\((?:Pty|Pvt|Private|Proprietary|Pte|Prv)\.?\)\s*(?:Ltd|Limited|Co|Company)\b\.?"
)
_PAREN_FORM_ALIAS = frozenset(("Pty", "Pvt", "Pvt.", "Private", "Proprietary", "Pte", "Prv"))


def _with_company_form(
    s: str, names: list[tuple[str, int, int, list[str]]]
) -> list[tuple[str, int, int, list[str]]]:
    """Names whose bracketed company form and suffix follow them, taken whole."""
    out: list[tuple[str, int, int, list[str]]] = []
    skip_to = -1
    for n in names:
        if n[1] < skip_to:
            continue  # the suffix "Ltd" after the form: part of the name before
        m = _PAREN_COMPANY_FORM.match(s, n[2])
        if m:
            end = m.end() - (1 if s[m.end() - 1] == "." else 0)
            out.append((s[n[1] : end], n[1], end, [a for a in n[3] if a not in _PAREN_FORM_ALIAS]))
            skip_to = m.end()
        else:
            out.append(n)
    return out


def _object_names(s: str, start: int, ctx: DesigContext) -> list[tuple[str, int, int, list[str]]]:
    sh = _SHIFTED.match(s, start) if s[start : start + 1] in "oltyefuiat" else None
    names = _object_names_raw(s, sh.end(), ctx) if sh else []
    if not names:
        names = _object_names_raw(s, start, ctx)
    if names and "(P" in s:
        names = _with_company_form(s, names)
    if names and ("overnment" in s or "uthorit" in s or "inist" in s or "olice" in s):
        names = [n for n in names if not _GOV_HEAD_AFTER.match(s, n[2])]
    return names


def _object_names_raw(
    s: str, start: int, ctx: DesigContext
) -> list[tuple[str, int, int, list[str]]]:
    if s.startswith(_CLAUSE_OPENERS, start):
        return []  # "welcomed the delisting but said the X process ...": no object
    if _FINITE_AFTER_NOMINAL.match(s, start) and _NOMINAL_SUBJECT_BEFORE.search(
        s, max(0, start - 60), start
    ):
        return []  # "The delisting follows a peace accord signed by ...": a subject
    eo = (
        _ENTRY_OF.match(s, start)
        if s.startswith(("the ", "its ", "entr", "name", "all ", "rest "), start)
        else None
    )
    if eo:
        start = eo.end()  # "removed the entry of X from its list", "added the names of A and B"
    if s[start : start + 1] in "aot":
        ia = _INDEF_APPOS.match(s, start)
        if ia:
            start = ia.end()  # "to ban another outfit, the X Front, as ...": the name
    stop = _OBJECT_STOP.search(s, start)
    for _ in range(3):
        # "A, a trader from Timbuktu, and B, a gold house": a preposition inside an open
        # apposition describes A; the object goes on to the next stop.
        if not (
            stop
            and s[stop.start() : stop.end()].strip() in _APPOS_PREPS
            and _OPEN_APPOS.search(s[start : stop.start()])
        ):
            break
        stop = _OBJECT_STOP.search(s, stop.end())
    end = stop.start() if stop else len(s)
    counted = _COUNTED_LEAD.match(s, start) if s[start : start + 1] in "tfsenTi0123456789" else None
    if (
        counted
        and stop
        and s[counted.end() - 2 : counted.end()].strip() in ("—", "–", ":")
        and stop.start() < counted.end()
    ):
        # "designated three men — A, B and C — as ...": the names run to the next stop.
        stop = _OBJECT_STOP.search(s, counted.end())
        end = stop.start() if stop else len(s)
    if s[start : start + 1].islower():
        cn = _COUNTED_MODIFIED.match(s, start, end)
        if cn and (", " not in s[cn.end() : end] or _AND_NEW_VP.search(s, cn.end(), end)):
            # "sanctioned two men accused of financing al-Shabaab": the modifier names what
            # the counted objects did, not a further object.
            end = cn.start("mod")
    cm = _COREF.match(s[start:end])
    names = []
    if cm and cm.group(0).endswith(("'s", "’s")) and not _DESIG_NOUN_AT.match(s, start + cm.end()):
        cm = None  # "the outfit's leader, X": the object is the leader
    if cm and _NAME_NEXT.match(s, start + cm.end()) and " " in cm.group(0):
        cm = None  # "the company Transportes X": the group noun heads the name after it
    if cm and cm.group(0).lower() in ("it", "them") and s[:1] in '"“' and '"' not in s[1:start]:
        cm = None  # "You can designate them ten times," said ...: direct speech
    if cm:
        word = cm.group(0).lower()
        if word in ("him", "her"):
            # "The Treasury designated him an SDGT in 2024": the person recorded last, else
            # the person the previous sentence is about.
            last = ctx.last_entity
            ante = _previous_person(ctx) or (last if last and not _org_like(last) else None)
        elif word in ("it", "them"):
            ante = (
                _inline_antecedent(s, start)
                or _antecedent_here(s, start, word == "them")
                or (_previous_subject(ctx) if word == "it" else None)
                or ctx.last_entity
            )
        elif _COREF_NOUN.match(word):
            ante = _antecedent(ctx, s, start, word.split()[-1].rstrip("'’s"))
        else:
            ante = ctx.last_entity
        if ante:
            names.append((ante, start, start + cm.end(), []))
            role = _AND_ITS_ROLE.match(s, start + cm.end())
            person = _last_person(ctx, ante) if role else None
            if person:
                # "designated the same exchange house and its owner": the person recorded
                # with it.
                names.append((person, role.start(), role.end(), []))
    items = (
        _list_entities(s, start, end)
        if not names and "," in s[start:end] and _APPOS_IN_OBJECT.search(s, start, end)
        else None
    )
    if items and (items[0][1] - start <= 4 or _COUNTED_LEAD.fullmatch(s, start, items[0][1])):
        # "A, a 45-year-old financier based in Dubai, and B, a courier": appositions.
        names += items
    elif counted and not names and counted.end() < end:
        # "two North Koreans, A and B": the counted head is no name; the names follow it.
        names += _runs(s, counted.end(), end)
    else:
        names += _runs(s, start, end)
    # "Cártel Jalisco Nueva Generación – Grupo Élite, an armed wing ...": a dash
    # joining two capitalised runs inside one name (not a parenthetical dash).
    if stop and names and s[stop.start() : stop.end()].strip() in ("–", "—"):
        last = names[-1]
        tail = _NAME_RUN.match(s, stop.end())
        if (
            last[2] == stop.start()
            and tail
            and not tail.group(0).startswith(("The ", "the "))
            and _DASH_NAME_END.match(s[tail.end() :])
        ):
            names[-1] = (s[last[1] : tail.end()], last[1], tail.end(), last[3])
    # ", alongside the Tren de Aragua gang" / ", and Hafsa Money Transfer" after a stop.
    if stop:
        for more in _AND_MORE_SCAN.finditer(s, end):
            al = _ALIAS_LIST_BEFORE.search(s, max(0, more.start() - 90), more.start())
            if al and names:
                # "X, a group that also operates under the names A and B": B is a further
                # alias of X, not another object.
                tail = _NAME_RUN.match(s, more.end())
                extra = [_clean_entity(al.group("first"))]
                if tail:
                    extra.append(_clean_entity(tail.group(0)))
                last = names[-1]
                names[-1] = (last[0], last[1], last[2], [*last[3], *extra])
                break
            if (
                more.group(0).lstrip(" ,").startswith("and")
                and _PREP_NAME_BEFORE.search(s, max(0, more.start() - 60), more.start())
                and not (
                    more.group(0).startswith(",")
                    and names
                    and _PARTICIPLE_APPOS.match(s, stop.start())
                    and stop.start() == names[-1][2]
                )
            ):
                # (", registered in Panama, and B": the place closes the apposition of
                # the name before; B is a further object.)
                continue  # "attacks on police posts in Kilifi and Kwale"
            if more.group("on") and not _ON_OBJECT_BEFORE.search(s, max(0, start - 4), start):
                continue  # "and on Tuesday ...": "on" repeats only an object's preposition
            if _descriptive_before(s, 0, more.end()):
                continue  # ", an extremist network that attacked mosques and Māori centres"
            nxt = _OBJECT_STOP.search(s, more.end())
            got = _runs(s, more.end(), nxt.start() if nxt else len(s), skip_prep=False)[:1]
            if got and _CLAUSE_VERB_AFTER.match(s, got[0][2]):
                continue  # ", and the Central Bank instructed banks to ...": a new clause
            if got and s[stop.start() : stop.end()].strip() == "as" and more.start() > stop.end():
                # "two men it described as the network's organisers, A and B": the name
                # before "and B" is the first of the counted objects.
                first = _APPOS_NAME_END.search(s, stop.end(), more.start())
                if first and _COUNTED_ITEM.search(s, start, stop.start()):
                    names += _runs(s, first.start(1), first.end(1), skip_prep=False)[-1:]
            names += got
    if len(names) > 1 and ", or " in s[start:end]:
        names = _or_acronym_aliases(s, names)
    return names


_AND_ITS_ROLE = re.compile(
    r"\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:owner|manager|director|chief|founder|"
    r"co-founder|leader|head|chairman|chairwoman|chair|financier|treasurer|commander|emir)\b"
)


def _last_person(ctx: DesigContext, org: str) -> str | None:
    """The person recorded most recently (not ``org``), for "X and its owner"."""
    for key in reversed(ctx.by_entity):
        recs = ctx.by_entity[key]
        if recs and recs[0].entity != org and not _org_like(recs[0].entity):
            return recs[0].entity
    return None


_OR_ACRONYM = re.compile(r",?\s+or\s+$")
_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9-]{1,10}")


def _or_acronym_aliases(
    s: str, names: list[tuple[str, int, int, list[str]]]
) -> list[tuple[str, int, int, list[str]]]:
    """An acronym after ", or" is the multi-word name's alias, not a second entity:
    "the Revolutionary Armed Forces of Colombia, or FARC, in 2016"."""
    out = [names[0]]
    for item in names[1:]:
        prev = out[-1]
        if (
            _ACRONYM_WORD.fullmatch(item[0])
            and " " in prev[0].strip()
            and _OR_ACRONYM.fullmatch(s[prev[2] : item[1]])
        ):
            out[-1] = (prev[0], prev[1], prev[2], [*prev[3], item[0]])
            continue
        if (
            s.startswith((",", ")"), item[2])
            and _OR_THE_GAP.fullmatch(s, prev[2], item[1])
            and _shares_word(prev[0], item[0])
        ):
            # "Terrorgram, or the Terrorgram Collective, ...": the same group's other name
            alias = _clean_entity(item[0])
            out[-1] = (prev[0], prev[1], prev[2], [*prev[3], alias])
            continue
        out.append(item)
    return out


_OR_THE_GAP = re.compile(r",\s+or\s+(?:the\s+)?")


def _shares_word(a: str, b: str) -> bool:
    """Whether two names share a word of four letters or more ("X" and "X Collective")."""
    words = {w.lower() for w in a.split() if len(w) >= 4}
    return any(w.lower() in words for w in b.split() if len(w) >= 4)


_APPOS_NAME_END = re.compile(r",\s+((?:the\s+)?[A-Z][^,;:()]{1,60})$")
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:also\s+|then\s+|later\s+)?(?:said|says|told|has|have|had|is|are|was|were|will|"
    r"would|could|can|did|does|announced|instructed|ordered|warned|urged|asked|issued|"
    r"added|noted|welcomed|responded|declined|refused)\b"
)
_APPOS_IN_OBJECT = re.compile(r"[\w)],\s+(?:a|an)\s+[\w-]+")
_LEAD_DESCRIPTOR = re.compile(
    r"\s*(?:and\s+)?(?:the|its|his|her|their|a|an)\s+[a-z][a-z'’\s-]*?,\s+"
)
_ALIAS_CUE = re.compile(r",?\s*(?:also\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|alias)\s+")


_ALIAS_REGION_END = re.compile(r",\s+(?:an?|the|who|which|whose|its|his|her)\b")
_ALIAS_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+")


def _they_items(s: str, lo: int, hi: int) -> list[tuple[str, int, int, list[str]]]:
    """Items of "They are the emir, A, also known as B; a commander, C; and D, a firm"."""
    if ";" not in s[lo:hi]:
        return _list_entities(s, lo, hi)
    out = []
    pos = lo
    for part in s[lo:hi].split(";"):
        a, b = pos, pos + len(part)
        pos = b + 1
        lead = _LEAD_DESCRIPTOR.match(s, a, b)
        got = _item_entity(s, lead.end() if lead else a, b)
        if not got:
            continue
        aliases = list(got[3])
        cue = _ALIAS_CUE.match(s, got[2], b)
        if cue:
            stop = _ALIAS_REGION_END.search(s[cue.end() : b])
            region = s[cue.end() : cue.end() + stop.start() if stop else b]
            for al in _ALIAS_SPLIT.split(region):
                al = _clean_entity(al.strip(' "“”'))
                if al and _NAME_RUN.fullmatch(al):
                    aliases.append(al)
        out.append((got[0], got[1], got[2], aliases))
    return out


_AND_BEFORE_ON = re.compile(r",\s+and$")
_ON_AGAIN = re.compile(r"\s+on\s+(?=(?:the\s+|its\s+|their\s+)?[A-Z])")
_ON_OBJECT_BEFORE = re.compile(r"\bon\s+$")
_PARTICIPLE_APPOS = re.compile(
    r",\s+(?:described\s+as|registered\s+in|based\s+in|headquartered\s+in|incorporated\s+in|"
    r"located\s+in|accused\s+of|identified\s+as)\s"
)
_PREP_NAME_BEFORE = re.compile(
    r"\b(?:in|at|on|near|from|into|across|between|around|outside|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)


_SUBJ_APPOSITION = re.compile(
    r"(?<=[\w)\"”]),\s+(?:a|an|(?:registered|based|headquartered|incorporated|operating|"
    r"active|located|residing|living)\s+in|"
    # "X, the bank's deputy chairwoman, was also listed", "Y, Orbis Trade's finance
    # director, was": a possessive role apposition.
    r"the(?=\s+[a-z])|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s(?=\s+[a-z])|"
    # "X, commander of the Y Legion, was designated": a bare role noun heads the apposition.
    r"(?:(?:senior|top|former|deputy|alleged|chief|military|regional|local)\s+)?(?:commander|"
    r"leader|head|chief|founder|co-founder|financier|spokesman|spokeswoman|spokesperson|emir|"
    r"deputy|member|treasurer|owner|director|chairman|chairwoman|president|secretary-general|"
    r"brother|son|daughter|wife|husband|cousin|nephew|associate|aide|ally)(?=\s+(?:of|for|at|in)\s))\s+"
    # (", with agents in A, B and C,": a series of places inside the apposition)
    r"(?:(?!\b(?:named|called|known|dubbed)\b)(?:[^,;:]|,(?=(?:\s+[A-Z][\w'’-]*){1,3}"
    r"(?:,(?:\s+[A-Z][\w'’-]*){1,3}){0,5},?\s+and\s+[A-Z]))){3,160},\s*$"
)


# "designated non-financial businesses and professions (DNFBPs)", "listed critical
# infrastructure operators (CIOs)": a defined term, the participle an adjective.
_DEFINED_TERM = re.compile(
    r"(?!(?:the|a|an|its|their|his|her|this|that|these|those|two|three|four|five|some|all|"
    r"both|him|them|it)\b)(?:[a-z][\w-]*\s+){1,6}\([A-Z][A-Za-z]{1,8}\)"
)
# A stock-market listing, not a sanctions list: "listed on the London Stock Exchange",
# "listed on Nasdaq", "listed in Hong Kong and Shanghai" (shares, bonds).
_STOCK_LISTING = re.compile(
    r"(?:on|in)\s+(?:the\s+)?(?:(?:[A-Z][\w.'’-]*|and|of)\s+){0,5}?(?:(?:Stock\s+)?Exchange|"
    r"Nasdaq|NYSE|Bourse|Stock\s+Market|Board|AIM|Euronext|Xetra)\b|"
    r"(?:on|in)\s+(?:[\w-]+\s+){0,3}?(?:stock\s+(?:exchanges?|markets?)|bourses?)\b"
)
_SUBJ_DESCRIPTOR_FIRST = re.compile(
    r"(?:^|,\s+|;\s+)(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[A-Za-z][\w'’-]*\s+){0,4}?(?:man|woman|"
    r"businessman|businesswoman|national|citizen|resident|financier|cleric|trader|banker|"
    r"preacher|recruiter|courier|fundraiser|executive|commander|leader|official|"
    r"company|firm|charity|exchange\s+house|network|group)(?:\s+(?:from|in|based\s+in|"
    r"living\s+in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,\s+"
    r"(?=(?P<name>[A-Z][^,;:()]{2,60}),\s*$)"
)
_SUBJ_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:]{3,200},\s*$")
_SUBJ_ALIAS = re.compile(
    r",\s+(?:(?:also\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|alias|also\s+called)|"
    # "Hayat Tahrir al-Sham, formerly the Nusra Front, was designated"
    r"formerly(?:\s+known\s+as)?(?:\s+the)?)\s+"
    r"[“\"]?([A-Z][^,;:“”\"]{1,60}?)[”\"]?,?\s*$"
)


_SUBJ_WHO_WHICH = re.compile(
    r"(?:^|[,;:]\s*|\s[—–]\s*|\bthat\s+)((?:[Tt]he\s+)?[A-Z][^,—–]*?),\s+(?:who|which)\s+"
    r"[^,]*,\s*$"
)
_SUBJ_SELF_ALIAS = re.compile(r"(?:themselves|itself|as)\s+[\"“]?(.+?)[\"”]?,\s*$")
_SUBJ_BASE_CUT = re.compile(r"[;:]|\s[—–]\s|\b(?:that|said|after|when|while|but)\b")
_COMMA_OR_AND = re.compile(r",\s|\sand\s")
_FINITE_VERB = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|who|which|would|will)\b")
_SUBJ_CLAUSE_CUT = re.compile(
    r"(?:^|[;:]|\s[—–]\s|\b(?:that|said|after|when|as|while|but|whether|if)\b|,\s+(?=[a-z]))"
)


# "The company through which Fares moved the money, X, was designated": a name inside a
# prepositional relative clause is no part of the subject.
_PREP_RELATIVE = re.compile(
    r"\b(?:through|by|with|from|to|for|via|under|in)\s+(?:which|whom)\s+[^,;]{1,120}"
)


def _subject_names(s: str, aux_start: int) -> list[tuple[str, int, int, list[str]]]:
    names = _subject_names_raw(s, aux_start)
    if len(names) > 1 and (" which " in s[:aux_start] or " whom " in s[:aux_start]):
        for rel in _PREP_RELATIVE.finditer(s, 0, aux_start):
            names = [n for n in names if not rel.start() <= n[1] < rel.end()]
    if len(names) > 1 and " or " in s[names[0][1] : aux_start]:
        # "The network, known as Iron Harvest Division or IHD, was added": an alias.
        names = _or_acronym_aliases(s, names)
    return names


def _subject_names_raw(s: str, aux_start: int) -> list[tuple[str, int, int, list[str]]]:
    seg = s[:aux_start]
    # "The Houthis, who call themselves Ansar Allah, have been designated"
    # (every match holds ", who" or ", which": a cheap necessary condition)
    rel = _SUBJ_WHO_WHICH.search(seg) if ("who" in seg or "which" in seg) else None
    if rel:
        # "Former senator A, who was sanctioned in 2022, was removed": the last run names.
        runs = _runs(s, rel.start(1), rel.end(1), skip_prep=False)[-1:]
        al = _SUBJ_SELF_ALIAS.search(seg[rel.end(1) :])
        alias = _clean_entity(al.group(1)) if al and al.group(1)[:1].isupper() else ""
        return [(r[0], r[1], r[2], r[3] + ([alias] if alias else [])) for r in runs]
    # "X, also known as Y, who arranged payments through Sanaa, was designated": the
    # relative clause after an aliased subject is skipped.
    wr = _SUBJ_RELATIVE.search(seg)
    if wr and wr.start() > 0 and _SUBJ_ALIAS.search(seg, 0, wr.start()):
        return _subject_names(s, wr.start())
    # "whether the Sigil Brotherhood, an occult group with followers in Britain, should be
    # proscribed": the apposition before the verb is skipped.
    ap = _SUBJ_APPOSITION.search(seg)
    if ap:
        return _subject_names(s, ap.start())
    # "Separately, a Perth man, X, was designated": the descriptor comes first and the
    # name in apposition right before the verb.
    df = _SUBJ_DESCRIPTOR_FIRST.search(seg) if seg.endswith(", ") else None
    if df:
        got = _runs(s, df.end(), df.end() + len(df.group("name")), skip_prep=False)
        if len(got) == 1 and got[0][1] == df.end():
            return got
    # "Samir Oukacha, also known as Abu Ilyas, an Algerian national, was designated"
    ak = _SUBJ_ALIAS.search(seg)
    if ak:
        head = [r for r in _runs(s, max(0, ak.start() - 100), ak.start(), skip_prep=False)]
        if head and head[-1][2] == ak.start():
            name, st, en, al = head[-1]
            alias = _clean_entity(ak.group(1))
            return [(name, st, en, al if alias in al else [*al, alias])]
    # "Under the order, A (also known as X), B and C were proscribed": a list subject.
    base = 0
    for m in _SUBJ_BASE_CUT.finditer(seg):
        base = m.end()
    fr = _FRONTED.match(seg, base)
    if fr:
        base = fr.end()
    region = seg[base:]
    if (fr or _COMMA_OR_AND.search(region)) and not _FINITE_VERB.search(region):
        items = _list_entities(s, base, aux_start)
        if items and (len(items) >= 2 or fr):
            return items
    lo = 0
    for m in _SUBJ_CLAUSE_CUT.finditer(seg):
        lo = m.end()
    names = _runs(s, lo, aux_start, skip_prep=True)
    if names:
        rest = s[names[-1][2] : aux_start].strip(' ,)"”')
        # "The Houthis (formally Ansarallah) were designated": the alias ends the subject;
        # "The Los Lobos gang has been designated": so does a generic head noun.
        if (
            rest == ""
            or rest in ("itself", "themselves", "himself", "herself")
            or _GENERIC_NAME_TAIL.fullmatch(" " + rest)
            or (names[-1][3] and rest.endswith(names[-1][3][-1]))
        ):
            return names
    return []


_SELF_NAME_LEAD = re.compile(r"^.*?(?:themselves|itself)\s+")


def _fix_alias(aliases: list[str]) -> list[str]:
    out = []
    for a in aliases:
        a = _SELF_NAME_LEAD.sub("", a).strip(' ,"“”')
        if a:
            out.append(a)
    return out


_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}$")


_BODY_LABELLED = re.compile(
    r"\s+(?:as\s+)?(?:an?\s+)(?:[\w-]+\s+)?(?:terrorist|terror|extremist|unlawful|banned)\s+"
    r"(?:organi[sz]ation|entity|group|association)"
)
_FRONTED_WORD = re.compile(
    r"(?:[A-Z][a-z]+ing|After|Before|Behind|Inside|Against|Why|How|What|When|Where|Who|Amid|"
    r"Under|Over|With|Without|Beyond|Despite|From|To|As|Across|Since|Until|Unlike|Like|"
    r"Within|Into|Toward|Towards|For|Among|Between|Beside|Besides|Near|Outside|Through|"
    r"Throughout|If|Once|While|Though|Although|Because|Meanwhile|Elsewhere|Separately|"
    r"Also|Even|Still|Now|Then|So|But|And|Or|Yet|Is|Are|Was|Were|Will|Can|Could|Should|Does|"
    r"Did|Do|Has|Have|Had|Why|Where|Ban|Banning|Listing|Designating|Sanctions|Sanctioning)\s+"
)
_LEAD_FUNCTION_WORD = re.compile(r"^(?:The|A|An|In|On|At|By|For|And|But)\s+")


def _fuller_name(text: str, entity: str, end: int) -> str | None:
    """First earlier mention of a one-word entity with 1-3 capitalised words before it, or
    the name an acronym was introduced for ("the National Liberation Army, or ELN")."""
    if entity.isupper() and 2 <= len(entity) <= 8 and entity in text[:end]:
        for m in re.finditer(
            rf"((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|the|de|del|al)\s+|[A-Z][\w'’-]*\s+){{0,6}}"
            rf"[A-Z][\w'’-]*)(?:,\s+or\s+(?:the\s+)?|\s+\((?:the\s+)?){re.escape(entity)}\b",
            text[:end],
        ):
            name = _LEAD_FUNCTION_WORD.sub("", m.group(1))
            if name and name[0].isupper():
                return name
    i = text.find(entity, 0, end)
    while i >= 0:
        j = i + len(entity)
        if j >= len(text) or not (text[j].isalnum() or text[j] == "_"):
            mm = _CAPS_BEFORE.search(text, max(0, i - 80), i)
            lead = (
                _FRONTED_WORD.match(text, mm.start())
                if mm
                and (
                    mm.start() == 0
                    or text[mm.start() - 1] in '\n"“'
                    or text[max(0, mm.start() - 2) : mm.start()] in (". ", "? ", "! ")
                )
                else None
            )
            if lead and lead.end() < i:
                # "Following Hezbollah's money" (a headline), "Inside Hamas ...": a
                # capitalised preposition or gerund is no part of the name.
                return text[lead.end() : j]
            if mm and not lead:
                return text[mm.start() : j]
        i = text.find(entity, i + 1, end)
    return None


# --- Actions written the way regional press and gazette notices put them ---------------
# "the High Court quashed a 2024 order that had declared X a specified entity",
# "set aside the notification proscribing X": a court or government undoing a listing.
_UNDO_ORDER = re.compile(
    r"\b(?:quash\w*|annul\w*|overturn\w*|set\s+aside|struck\s+down|strikes?\s+down|nullif\w*|"
    r"invalidat\w*|voided|revok\w*|rescind\w*|withdr[ae]w\w*|cancel\w*)\s+(?:the\s+|a\s+|an\s+|"
    r"its\s+)?(?:\d{4}\s+)?(?:[\w-]+\s+){0,2}?(?:order|notice|notification|decision|decree|"
    r"gazette|listing|designation|proscription|declaration)\s+(?:(?:that|which)\s+(?:had\s+|has\s+)?"
    r"(?:formally\s+)?)?(?:declar\w*|designat\w*|list\w*|proscrib\w*|nam\w*|bann\w*|specif\w*|"
    r"outlaw\w*)\s+(?:as\s+)?",
    re.I,
)
# "omitted the name of X from the Fourth Schedule", "deleted the names of A and B".
_OMIT_NAME = re.compile(
    r"\b(?:omit\w*|delet\w*|remov\w*|struck\s+(?:out|off)|strik\w+\s+(?:out|off)|drop\w*|"
    r"exclud\w*|expung\w*|eras\w*)\s+(?:the\s+)?names?\s+of\s+",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_OMIT_NAME = re.compile(f"(?=[odrse])(?:{_OMIT_NAME.pattern})", re.I)
# "placed the group's self-styled commander, X, on the Fourth Schedule": a role
# apposition before the name; the schedule or list follows.
_PLACED_ROLE = re.compile(
    r"\b(?:placed|places|placing|put|puts|putting|added|adds|adding|included|includes|"
    r"including|entered|enters)\s+(?:its|their|his|her|the\s+(?:[\w-]+['’]s?\s+)?|"
    r"[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,3}?(?:leader|chief|commander|founder|head|"
    r"spokes(?:man|woman|person)|financier|deputy|emir|ideologue|treasurer|co-founder|"
    r"cleric|preacher|organi[sz]er|operative|member)s?,\s+"
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_PLACED_ROLE = re.compile(f"(?=[paie])(?:{_PLACED_ROLE.pattern})")
_ON_SCHEDULE = re.compile(
    r",?\s+(?:on|to|in|into|onto|under)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:[Ss]chedule|list|register|watch-?list)\b"
)
# "preparing a similar application against X", "will file a petition to proscribe X".
_APPLICATION_AGAINST = re.compile(
    r"\b(?:prepar\w*|draft\w*|fil(?:e|es|ed|ing)|lodg\w*|plan\w*\s+(?:to\s+)?(?:file|bring|"
    r"seek|lodge)|would\s+(?:file|bring|seek|lodge)|will\s+(?:file|bring|seek|lodge)|"
    r"submit\w*|work\w*\s+on)\s+(?:a\s+|an\s+|another\s+)?(?:similar\s+|separate\s+|fresh\s+|"
    r"new\s+|second\s+|further\s+)?(?:ex\s+parte\s+)?(?:application|petition|request|motion|"
    r"case|suit|proposal|summary)\s+(?:against|to\s+(?:proscribe|ban|list|designate|outlaw)|"
    r"for\s+the\s+(?:proscription|banning|listing|designation)\s+of)\s+",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_APPLICATION_AGAINST = re.compile(f"(?=[pdflws])(?:{_APPLICATION_AGAINST.pattern})", re.I)
# "recommending that X be proscribed", "proposed that A and B should be listed".
_RECOMMEND_THAT = re.compile(
    r"\b(?:recommend\w*|propos\w*|suggest\w*|request\w*|advis\w*|ask\w*)\s+that\s+(?:the\s+)?"
    r"(?=[A-Z])",
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_RECOMMEND_THAT = re.compile(f"(?=[rpsa])(?:{_RECOMMEND_THAT.pattern})")
# Every match of _RECOMMEND_THAT (case-sensitive) holds one of these verb stems.
_RECOMMEND_KEYS = ("recommend", "propos", "suggest", "request", "advis", "ask")
_BE_LISTED = re.compile(
    r"[^.;:]{0,160}?\s+(?:be|should\s+be|must\s+be|also\s+be)\s+(?:also\s+|formally\s+|similarly\s+)?"
    r"(?:proscribed|banned|listed|designated|declared|added|outlawed|blacklisted|placed|"
    r"included)\b"
)
# "Asked whether the government would proscribe X, the minister said it did not comment":
# a question put to an authority, answered with a refusal, is no record.
_ASKED_WHETHER = re.compile(
    r"^(?:When\s+|Also\s+)?(?:Asked|Pressed|Questioned|Challenged|Quizzed)\s+(?:\w+\s+){0,4}?"
    r"(?:whether|if|why|when)\b",
)
_REFUSAL = re.compile(
    r"\b(?:not|n['’]t|never|declined|refused|no\s+plans|ruled\s+out|long-standing|"
    r"longstanding|would\s+not|does\s+not|do\s+not|no\s+intention|no\s+comment)\b",
    re.I,
)


_UNDO_KEYS = (
    "quash",
    "annul",
    "overturn",
    "set aside",
    "struck down",
    "nullif",
    "invalidat",
    "voided",
    "revok",
    "rescind",
    "withdr",
    "cancel",
)
_APPLICATION_KEYS = (
    "application",
    "petition",
    "request",
    "motion",
    "case",
    "suit",
    "proposal",
    "summary",
)


_RECOMMEND_CUT = re.compile(r",\s|\s(?:be|should|must|also)\s")


def _regional_found(
    s: str, low: str, ctx: DesigContext, cue: int
) -> list[tuple[str, int, int, list[str], int, str]]:
    """Listings phrased as court orders, schedule edits, applications and recommendations.

    ``cue`` is :func:`_low_cues` of ``low``."""
    out: list[tuple[str, int, int, list[str], int, str]] = []
    if cue & _C_UNDO:
        for m in _UNDO_ORDER.finditer(s):
            for n in _object_names(s, m.end(), ctx)[:3]:
                out.append((*n, m.start(), "!revoked"))
    if "name" in low:
        for m in _OMIT_NAME.finditer(s):
            for n in _object_names(s, m.end(), ctx):
                out.append((*n, m.start(), "!revoked"))
    if ("schedule" in low or "list" in low or "register" in low) and (
        "plac" in low or "put" in low or "add" in low or "includ" in low or "enter" in low
    ):
        for m in _PLACED_ROLE.finditer(s):
            nm = _NAME_RUN.match(s, m.end())
            if nm and _ON_SCHEDULE.match(s, nm.end()):
                rev = bool(_REVOKE.search(s, max(0, m.start() - 40), m.start()))
                out.append(
                    (
                        nm.group(0),
                        nm.start(),
                        nm.end(),
                        [],
                        m.start(),
                        "!revoked" if rev else "placed",
                    )
                )
    if ctx.active and cue & _C_APPLICATION:
        for m in _APPLICATION_AGAINST.finditer(s):
            for n in _object_names(s, m.end(), ctx)[:3]:
                out.append((*n, m.start(), "!proposed"))
    if " that " in low and has_any(s, _RECOMMEND_KEYS):
        for m in _RECOMMEND_THAT.finditer(s):
            if _BE_LISTED.match(s, m.end()):
                hi = _BE_LISTED.match(s, m.end()).end()
                cut = _RECOMMEND_CUT.search(s[m.end() : hi])
                for n in _runs(s, m.end(), m.end() + cut.start() if cut else hi)[:3]:
                    out.append((*n, m.start(), "!proposed"))
    return out


_CAPS_AFTER = re.compile(r"(?:\s+(?:of\s+|al-\s*)?[A-Z][\w'’-]+){1,3}")
_NO_EXTEND = re.compile(r"\s(?:On|In|At|The|A|An|And|But|Group|Gang|Network)\b|['’]s\b")


def _longer_name(text: str, entity: str, end: int) -> str | None:
    """A fuller earlier name that starts with a multi-word entity ("Gacal Express" ->
    "Gacal Express Money Transfer"), from the article text before ``end``."""
    i = text.find(entity, 0, end)
    while i >= 0:
        j = i + len(entity)
        if i == 0 or not text[i - 1].isalnum():
            mm = _CAPS_AFTER.match(text, j)
            if mm and not _NO_EXTEND.search(mm.group(0)) and "\n" not in mm.group(0):
                full = text[i : mm.end()]
                # "Seabright Holdings of Dubai" earlier: a seat, not a longer name
                if _entity_ok(full, False) and _clean_entity(full) != entity:
                    return full
        i = text.find(entity, i + 1, end)
    return None


_GENERIC_LABELS = {None, "terrorist organization", "sanctions list", "listed terrorist entity"}
_RELISTED = re.compile(r"\bre-?(?:list|designat|proscri|impos)|\bagain\b|\breinstat", re.I)


def _same_list(a: Designation, b: Designation) -> bool:
    if a.authority and b.authority and a.authority != b.authority:
        return False
    return (
        a.designation == b.designation
        or a.designation in _GENERIC_LABELS
        or b.designation in _GENERIC_LABELS
    )


def _one_per_list(out: list[Designation], ctx: DesigContext, s: str) -> list[Designation]:
    """One record per entity and list, with the latest status: a listing that a later
    sentence revokes becomes revoked ("an order removing X came into force"), and a
    listing stated as history after its removal ("It had been proscribed since 2011")
    adds nothing; "relisted"/"again" makes a revoked listing current again."""
    keep: list[Designation] = []
    for d in out:
        prior = [
            p
            for p in ctx.by_entity.get(d.entity.lower(), ())
            if p is not d and _same_list(p, d) and p.action in ("designated", "revoked")
        ]
        named = _authority_of(s, [], len(s), None, 0) if prior else None
        if named and any(p.authority and p.authority != named for p in prior):
            prior = []  # "the European Union removed X" after a US listing: another list
        if prior and d.action in ("designated", "revoked") and prior[-1].action != d.action:
            p = prior[-1]
            if d.action == "revoked" or _RELISTED.search(s):
                p.action = d.action
                p.evidence, p.start, p.end = d.evidence, d.start, d.end
            continue
        keep.append(d)
        ctx.by_entity.setdefault(d.entity.lower(), []).append(d)
    return keep


_AND_END = re.compile(r",?\s+and\s*$")
# Advice to readers: "Compliance teams should add X to screening lists", "Banks must
# remove Y from their watchlists", "Firms are advised to list Z". Their own screening lists
# are no designation. (Bare infinitive verbs only; the subject opens the sentence.)
_ADVICE_VERBS = frozenset(
    ("add", "remove", "list", "delist", "designate", "include", "put", "place", "lists", "adds")
)
_ADVICE_KEYS = ("should", "must", "need to", "needs to", "advised", "ought", "are urged")
_SHOULD_BEFORE = re.compile(r"\b(?:should|ought\s+to)\s+(?:also\s+|now\s+)?$")
_ADVICE_SUBJECT = re.compile(
    r"^\W*(?:[\w-]+\s+){0,3}?(?:teams?|officers?|desks?|departments?|staff|readers|clients|"
    r"customers|subscribers|firms|banks|lenders|institutions|companies|exporters|insurers|"
    r"users|analysts|practitioners|professionals|you|we|screeners|members)\s+"
    r"(?:also\s+)?(?:should|must|need\s+to|ought\s+to|are\s+(?:advised|urged)\s+to|"
    r"may\s+wish\s+to)\b",
    re.I,
)
_TO_A_LIST = re.compile(
    r"\b(?:to|on|from|onto|in)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’()-]+\s+){0,7}?"
    r"(?:list|registry|register|roster|blacklist|schedule|annex|sanctions\s+regime)",
    re.I,
)
# Every alternative starts with one of these letters: a cheap reject at most positions.
_TO_A_LIST = re.compile(f"(?=[tofi])(?:{_TO_A_LIST.pattern})", re.I)
_LIST_WORD = re.compile(r"\b(?:list|listed|listing|register)\b")
_PAREN_END = re.compile(r"\s*\(([^()]{1,40})\)$")
_ITS_LIST = re.compile(r"(?:its|their|the)\s+list$")
_LIFT_BEFORE = re.compile(
    rf"(?:lift|suspend|overturn|end|scrap|rescind|revok|repeal)\w*\s+(?:(?:the|its|their|a|an)\s+)?"
    rf"{_BAN_MODIFIERS}$",
    re.I,
)
_QUOTED_END = re.compile(r"[“\"]([^\"“”]{2,80})[”\"]\s*$")
_GROUP_NOUN_END = re.compile(
    r"\b(?:the|its)\s+(?:group|cartel|gang|organi[sz]ation|movement|"
    r"militia|network)$",
    re.I,
)
_AND_GAP = re.compile(r"\s+and\s+")
# "placed a technical hold on", "put a block on", "imposed a veto on": an obstacle placed
# on a listing request, never a listing of the object.
_OBSTACLE_OBJ = re.compile(
    r"\s+(?:(?:a|an|the|its|their|another|one)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:holds?|blocks?|vetoe?s?|freeze|objections?|reservations?|brake|stop|pause|halt)\s+on\b"
)
_ASK_WORD = re.compile(r"\bask\w*\b|request", re.I)
# A reported question before the trigger: "asked whether the Government would proscribe".
_REPORTED_QUESTION = re.compile(
    r"\b(?:asked|asks|asking|enquired|inquired|queried|wanted\s+to\s+know|questioned)\s+"
    r"(?:[^,;.?]{0,60}?\s)?(?:whether|if)\s+[^,;.?]{0,90}$"
)
# "on the Minister's recommendation", "on the recommendation of the Attorney-General",
# "acting on a recommendation from ...": the advice behind a listing made.
_ON_RECOMMENDATION = re.compile(
    r"\b(?:on|upon|following|after|acting\s+on)\s+(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+)?"
    r"(?:[\w'’.-]+\s+){0,3}?recommendations?\b(?:\s+(?:of|from|by)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
)


_DENIED_RUMOUR = re.compile(r"\b(?:[Rr]umou?rs?|[Ss]peculation|[Rr]eports?|[Cc]laims?)\s+that\s")
_DENIED_AFTER = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:\w+\s+)?(?:denied|dismissed)\b"
)


# Every match of _HYPOTHETICAL_GOV holds one of these (case as in the pattern).
_HYPOTHETICAL_KEYS = ("government", "administration", "cabinet", "if", "If", "once")


def _near_action(s: str, trig: int, fronted: re.Match[str] | None, tw: str | None) -> str:
    """The action the words around the trigger at s[trig] give: "revoked", "outsider"
    (an outsider's call, no record), "proposed", or "" (decided by the caller).

    ``tw`` is ``s.lower()`` when the lower-case twins apply to it, else None."""
    if ("whether" in s or " if " in s) and _REPORTED_QUESTION.search(s, max(0, trig - 80), trig):
        # "The Member also asked whether the Government would proscribe X", "asked if the
        # department would revoke Y": a question, neither a proposal nor a revocation
        return "outsider"
    if (
        _REVOKE_LOW.search(tw[max(0, trig - 60) : trig + 30])
        if tw is not None
        else _REVOKE.search(s[max(0, trig - 60) : trig + 30])
    ):
        return "revoked"
    lo_near = max(0, trig - 80)
    if fronted and fronted.end() <= trig:
        # "Following a proposal by a member state, the Council decided to add X": the
        # proposal that led to the decision is no proposal of the listing itself.
        lo_near = max(lo_near, fronted.end())
    near = s[lo_near : trig + 12]
    if (
        _OUTSIDER_ASKS_LOW.search(tw[lo_near : trig + 12])
        if tw is not None
        else _OUTSIDER_ASKS.search(near)
    ) or (_PRESSURE.search(near) and not _ASK_WORD.search(near)):
        return "outsider"
    if ("denied" in s or "dismissed" in s) and _DENIED_RUMOUR.search(s, lo_near, trig):
        # "A rumour that the US would designate the network today was denied": nothing is
        # proposed or done
        after = _DENIED_AFTER.search(s, trig, trig + 120)
        if after:
            return "outsider"
    if has_any(near, _HYPOTHETICAL_KEYS) and _HYPOTHETICAL_GOV.search(near):
        return "outsider"  # "a Conservative government would list X": a campaign pledge
    if "recommendation" in near and _ON_RECOMMENDATION.search(near):
        # "had, on the Minister's recommendation, listed X": the advice was acted on
        near = _ON_RECOMMENDATION.sub(lambda m: " " * len(m.group(0)), near)
        tw = None
    proposes = (
        _PROPOSE_LOW.search(tw[lo_near : trig + 12])
        or ("may" in near and _PROPOSE_MAY.search(near))
        if tw is not None
        else _PROPOSE.search(near)
    )
    if proposes and not _DECIDED_TO.search(s, max(0, trig - 40), trig):
        pm = _PROPOSAL_TO.search(s, max(0, trig - 80), trig + 12)
        if pm and _GRANTED_BEFORE.search(s, max(0, pm.start() - 40), pm.start()):
            return ""  # "the court granted a police request to add X": carried out
        return "proposed"
    return ""


_ALIAS_ZONE_KEYS = (
    "known as",
    "a.k.a",
    "aka ",
    "alias",
    "calls itself",
    "call themselves",
    "goes by",
    "went by",
    "called",
    "nom de guerre",
    "pseudonym",
    "nickname",
    "operates under",
    "who use",
    "also uses",
    "also used",
    "whose ",
    "spelled",
    "spelt",
    "trades as",
    "operates as",
    "formerly",
    "previously",
    "known by",
    "abbreviated",
    "referred to as",
)
# "X, known as TMK, ...", "X, a neo-Nazi group also known as NVN and Vanguard 88, ...":
# an alias cue right after a name (or after its apposition).
_ALIAS_ZONE_CUE = re.compile(
    r"(?:,\s*(?:(?:a|an|the)\s+[a-z][^,;:()]{0,80}?\s+)?|\s+)"
    r"(?:(?:also|better|widely|locally|commonly|sometimes|formerly|previously|otherwise)\s+)?"
    r"(?:known\s+as|a\.k\.a\.?|aka|alias|referred\s+to\s+as|abbreviated\s+(?:as|to)|"
    # "the group, known by its initials FPC,": an acronym of the name, not an entity.
    r"known\s+by\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:initials|acronym|"
    r"abbreviation|short\s+(?:name|form)|name)|(?:which|who|that)\s+(?:also\s+)?calls?\s+(?:itself|themselves)|"
    r"(?<=also\s)(?:spelled|spelt|written|transliterated(?:\s+as)?|called|named)|"
    r"(?:(?<=formerly\s)|(?<=previously\s)|(?<=sometimes\s))(?:called|named))\s+|"
    # "X, formerly Y,": a former name
    r",\s*(?:formerly|previously)\s+(?!known\b)(?=[\"“]?[A-Z])|"
    # ", who uses the alias Abu Talha,", ", who goes by the nom de guerre X,", ", whose alias
    # is X,", ", who is also called X,"
    r",\s*(?:(?:who|which)\s+(?:also\s+)?(?:uses?|used|goes\s+by|went\s+by|operates?\s+under|"
    r"(?:operates?|trades?|traded|operated)\s+as|"
    r"(?:is|was)\s+(?:also\s+)?(?:called|known\s+as))|whose\s+(?:alias|nom\s+de\s+guerre|"
    r"pseudonym|nickname)\s+is)\s+(?:(?:the|an?)\s+)?(?:(?:aliases|alias|names?|nom\s+de\s+guerre|"
    r"pseudonym|nickname)\s+)?",
)
_ALIAS_ZONE_NAME = r"[\"“'‘]?(?:[A-Z]|(?:al|el)-)[\w'’.-]*(?:\s+(?:(?:al|el|de|of|wal|bin|ibn|le|la|du|des|van|von|der|da|dos|del|of\s+the|de\s+la)\s+)?(?:[A-Z0-9]|(?:al|el)-)[\w'’.-]*)*[\"”'’]?"
_ALIAS_ZONE_LIST = re.compile(
    rf"(?:the\s+)?{_ALIAS_ZONE_NAME}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?"
    rf"{_ALIAS_ZONE_NAME})*"
)
_ALIAS_ZONE_HEAD = re.compile(
    r"((?:[A-Z]|(?:al|el)-)[\w'’.-]*(?:\s+(?:(?:al|el|de|of|wal|bin|ibn|e)\s+)?(?:[A-Z]|(?:al|el)-)[\w'’.-]*)*)$"
)
_ZONE_APPOS = re.compile(r",\s*(?:a|an|the)\s+[a-z]")
_ZONE_ADVERB = re.compile(
    r"\b(?:also|better|widely|locally|commonly|sometimes|formerly|previously|otherwise)\s"
)
_ALIAS_ZONE_NOUN = re.compile(
    r"\b(?:the|this)\s+(?:group|movement|militia|organi[sz]ation|outfit|faction|network)$"
)
_ALIAS_ZONE_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_WORD = re.compile(r"[\w'’.-]+")
_ABBREV_END = re.compile(r"(?:\b(?:Co|Ltd|Inc|Corp|Jr|Sr|St|Bros)|\.[A-Za-z])\.$")


def _alias_list_end(zone: str) -> str:
    """The aliases of "A, B and C"; "also spelt A, and B Ltd" names a further object."""
    seps = list(_ALIAS_ZONE_SPLIT.finditer(zone))
    commas = [m for m in seps if m.group(0).strip() == ","]
    for m in seps:
        sep = m.group(0).strip()
        if sep.startswith(",") and sep != "," and not commas:
            return zone[: m.start()]  # ", and B": a further object after one alias
    if commas and all(m.group(0).strip() == "," for m in seps):
        return zone[: commas[0].start()]  # "A, B": no list conjunction, B is no alias
    return zone


def _alias_zones(s: str) -> list[tuple[str, list[str], str]]:
    """(head name, aliases, zone text) for every alias phrase that follows a name."""
    zones = []
    for m in _ALIAS_ZONE_CUE.finditer(s):
        if (
            _ZONE_APPOS.match(m.group(0))
            and not _ZONE_ADVERB.search(m.group(0))
            # "X, a network that calls itself Y and Z": the group's own names for itself
            and " call" not in m.group(0)
        ):
            continue  # "X, the extortion ring known as the Y crew": a further item
        head = _ALIAS_ZONE_HEAD.search(s, max(0, m.start() - 120), m.start())
        if not head:
            # "redesignated the group, which calls itself Ansarallah, as ...": the aliases of
            # the one organisation the sentence lists ("" = that record).
            if _ALIAS_ZONE_NOUN.search(s, max(0, m.start() - 40), m.start()):
                lm = _ALIAS_ZONE_LIST.match(s, m.end())
                if lm:
                    zone = _alias_list_end(lm.group(0))
                    zones.append(("", [a for a in _ALIAS_ZONE_SPLIT.split(zone) if a], zone))
            continue
        name = _LEAD_THE.sub("", head.group(1))
        if name in _TITLES or name.split()[0] in _TITLES:
            continue
        lm = _ALIAS_ZONE_LIST.match(s, m.end())
        if not lm:
            continue
        zone = _alias_list_end(lm.group(0))
        if zone.endswith(".") and not _ABBREV_END.search(zone):
            zone = zone[:-1]  # "which trades as ArkCom.": the full stop ends the sentence
        aliases = [
            _LEAD_THE.sub("", a.strip(" \"“”'‘’"))
            for a in _ALIAS_ZONE_SPLIT.split(zone)
            if a.strip(" \"“”'‘’")
        ]
        zones.append((name, aliases, zone))
    return zones


def _alias_not_entity(s: str, out: list[Designation]) -> list[Designation]:
    """A name given as another name's alias is never an entity of its own."""
    zones = _alias_zones(s)
    if not zones:
        return out
    keep: list[Designation] = []
    for d in out:
        for head, aliases, zone in zones:
            words = _WORD.findall(d.entity)
            zw = set(_WORD.findall(zone))
            if (
                not head
                or not words
                or (d.entity in head and set(words) <= set(_WORD.findall(head)))
                or not all(w in zw for w in words)
            ):
                continue  # (the head itself or a part of it; "Kabir" is not "Kabirov")
            host = next((x for x in out if x.entity == head or head.endswith(x.entity)), None)
            if host is None:
                d.entity = head
                host = d
                keep.append(d)
            for a in aliases:
                if a not in host.aliases and a != host.entity:
                    host.aliases.append(a)
            break
        else:
            keep.append(d)
    for head, aliases, _zone in zones:
        for d in keep:
            if d.entity == head or (not head and len(keep) == 1):
                d.aliases.extend(a for a in aliases if a not in d.aliases and a != head)
    # Two alias records turned into the same head: keep one.
    seen: set[tuple] = set()
    uniq = []
    for d in keep:
        k = (d.entity, d.designation, d.authority, d.action)
        if k not in seen:
            seen.add(k)
            uniq.append(d)
    return uniq


# 'Jean-Robert "Ti Lapli" Desrosiers', "Marco 'El Flaco' Ibarra": a quoted nickname
# between a first name and a surname.
_NICKNAME_WRITTEN = (
    r"(?<=\w)\s+([\"“‘]|(?<=\s)')([A-Z][^\"“”‘’',;:.]{0,30}?)([\"”’]|'(?=\s))(?=\s+[A-Z])"
)
# The same matches, opening with a space (its first character, then "a word character before
# it"): a pattern whose first item is a character class lets the engine skip to the spaces.
_NICKNAME = re.compile(r"\s(?<=\w\s)\s*" + _NICKNAME_WRITTEN.removeprefix(r"(?<=\w)\s+"))
_NICK_KEYS = ('"', "“", "‘", " '")


def _without_nicknames(sent: Sentence) -> tuple[Sentence, list[tuple[str, str]]]:
    """The sentence with nicknames cut out, and (first name + surname, nickname) pairs."""
    s = sent.text
    pairs: list[tuple[str, str]] = []
    cuts: list[tuple[int, int]] = []
    for m in _NICKNAME.finditer(s):
        if (m.group(1) == "“") != (m.group(3) == "”"):
            continue
        first = re.search(r"[\w’-]+$", s[: m.start()])
        last = re.match(r"\s+([A-Z][\w’-]+)", s[m.end() :])
        if not first or not last or not first.group(0)[0].isupper():
            continue
        pairs.append((f"{first.group(0)} {last.group(1)}", m.group(2).strip()))
        cuts.append((m.start(), m.end()))
    if not cuts:
        return sent, pairs
    text = s
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    off = sent.start

    def shift(pos: int) -> int:
        return pos - sum(b - a for a, b in cuts if b <= pos - off)

    mentions = [
        m if m.start - off < cuts[0][0] else replace(m, start=shift(m.start), end=shift(m.end))
        for m in sent.mentions
    ]
    return replace(sent, text=text, mentions=mentions), pairs


# "to include X in the ISIL (Da'esh) and Al-Qaida Sanctions List": a name inside a list's
# name is no listed entity.
_LIST_NAME_REST = re.compile(r"\)?\s*(?:and\s+(?:[A-Z][\w'’-]*\s+){1,3})?Sanctions\s+List\b")


def _in_list_name(s: str, entity: str) -> bool:
    """Every mention of ``entity`` in s is part of a sanctions list's name."""
    ends = [m.end() for m in re.finditer(re.escape(entity), s)]
    return bool(ends) and all(_LIST_NAME_REST.match(s, e) for e in ends)


# 'the organisations "Harakati Nuri Vatan" and "Markazi Islohot"', 'recognised "X" as
# extremist', 'the ban on the association "Y"': a name in quotation marks after a group noun,
# a listing verb, "on" or another quoted name of the list (state press agencies' style).
_QUOTED_NAME = re.compile(
    r"[\"“]((?:[A-Z]|(?:al|el|ul|ad|ar|as)-)[\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|(?:al|el|ul|ud|ad|ar|"
    r"as)-[\w’'-]+|of|the|and|al|ul|ud|bin|ibn|e|i)){0,5})[\"”](?![\w\"”])"
)
_QUOTED_NAME_BEFORE = re.compile(
    rf"(?:\b(?:{_GROUP_NOUNS})s?|\bgroups|\b(?:recogni[sz]\w*|designat\w*|list\w*|proscrib\w*|"
    r"banned|ban|bans|on|includ\w*|add\w*|exclud\w*|remov\w*)|[\"”],?\s+(?:and|or)|[\"”],)\s+$",
    re.I,
)


def _without_name_quotes(sent: Sentence) -> Sentence:
    """The sentence with the quotation marks around listed names cut out."""
    s = sent.text
    cuts: list[tuple[int, int]] = []
    for m in _QUOTED_NAME.finditer(s):
        if (s[m.start()] == "“") != (s[m.end() - 1] == "”"):
            continue
        if not _QUOTED_NAME_BEFORE.search(s, max(0, m.start() - 40), m.start()):
            continue
        cuts += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
    if not cuts:
        return sent
    text = s
    for a, b in reversed(cuts):
        text = text[:a] + text[b:]
    off = sent.start

    def shift(pos: int) -> int:
        return pos - sum(b - a for a, b in cuts if b <= pos - off)

    mentions = [replace(m, start=shift(m.start), end=shift(m.end)) for m in sent.mentions]
    return replace(sent, text=text, mentions=mentions)


# A designated entity is never a place. "Islamic State-aligned", "al-Qaeda-linked": a
# hyphenated compound that ends in a participle of association is a modifier.
_MODIFIER_COMPOUND = re.compile(
    r".*-(?:aligned|linked|affiliated|backed|inspired|allied|led|sponsored|funded|based|"
    r"controlled|run|supported|connected|related|style|leaning|friendly|loyal|oriented)$"
)
# A name reached by a locative preposition ("off Hokkaido", "in the port of X", "the ports of
# A and B", "near the town of X"), possibly as a later conjunct, is a place.
_PLACE_NOUNS = (
    r"ports?|cit(?:y|ies)|towns?|provinces?|regions?|states?|districts?|coasts?|islands?|"
    r"harbou?rs?|municipalit(?:y|ies)|departments?|villages?|capitals?|countr(?:y|ies)|"
    r"areas?|prefectures?|counties|county|border\s+towns?|neighbou?rhoods?|suburbs?"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|off|near|outside|around|inside|within|throughout)\s+(?:the\s+)?"
    r"(?:(?:" + _PLACE_NOUNS + r")\s+of\s+)?|"
    r"\b(?:at|to|from|via|through|towards?|across|between)\s+(?:the\s+)?(?:"
    + _PLACE_NOUNS
    + r")\s+of\s+|"
    r"\b(?:" + _PLACE_NOUNS + r")\s+(?:of|in|at|such\s+as|like)\s+)"
    # an earlier conjunct: "the ports of A and X" (not after a comma: "two men based in
    # Lebanon, A and B" names the men)
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:de\s+|del\s+|of\s+)?[A-Z][\w'’.-]*){0,3}"
    r"(?:\s+and\s+|\s+or\s+))*$"
)


# "the annex of its Al-Qaida and ISIL sanctions ordinance": a name premodifying a sanctions
# instrument names the regime, not a listed entity.
_INSTRUMENT_AFTER = re.compile(
    r"(?:\s+(?:and|&)\s+[\w'’()-]+)?\s+(?:sanctions?|terrorism|terrorist|counter-terrorism)\s+"
    r"(?:ordinance|regime|regulations?|law|decree|act|list|committee|programme|program|order)\b"
)


# "..., and X, a trading house registered in Dubai": a name with a descriptive apposition
# is an object, not a place.
_DESCRIBED_AFTER = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:firm|company|group|"
    r"network|trader|house|charity|militia|gang|man|woman|financier|businessman|leader|"
    r"commander|organi[sz]ation|movement|faction|cartel|clan|bank|exchange)\b"
)


def _is_place(s: str, entity: str) -> bool:
    if _MODIFIER_COMPOUND.match(entity) or is_subdivision(entity):
        return True
    seen = False
    # "two companies based in the UAE, Sea Crest Marine Trading and ...": a name with an
    # organisation head word is no place whatever precedes it.
    org = bool(_ORG_WORD.search(entity))
    # Each occurrence, left to right and not overlapping (what finditer of the escaped
    # entity gives; an empty entity, never seen, would match at every position).
    start = s.find(entity) if entity else -1
    for m in re.finditer("", s) if not entity else ():
        seen = True
        if _DESCRIBED_AFTER.match(s, m.end()) or not (
            (not org and _LOCATIVE_BEFORE.search(s, max(0, m.start() - 160), m.start()))
            or _INSTRUMENT_AFTER.match(s, m.end())
        ):
            return False
    while start >= 0:
        seen = True
        end = start + len(entity)
        if _DESCRIBED_AFTER.match(s, end) or not (
            (not org and _LOCATIVE_BEFORE.search(s, max(0, start - 160), start))
            or _INSTRUMENT_AFTER.match(s, end)
        ):
            return False
        start = s.find(entity, end)
    return seen


def _drop_places(s: str, out: list[Designation]) -> list[Designation]:
    return [d for d in out if not _is_place(s, d.entity)]


# A listing word in another sense, which only an earlier listing in the article (or a
# sanctions cue) made a record: a stock-market listing ("Paris-listed TotalEnergies",
# "listed on the Nasdaq"), a punishment by a regulator, court or sports body ("sanctioned by
# UEFA"), a lender's, employer's or tender board's blacklist, a heritage, wildlife or
# most-wanted list, a practice outlawed ("Dowry has been outlawed") and a ban on a named
# firm's goods ("its ban on Pakistan International Airlines flights").
_OTHER_SENSE_KEYS = ("listed", "sanctioned by", "blacklist", "list", "outlaw", "ban")
_STOCK_LISTED = re.compile(
    r"(?<![\w-])(?!(?:UN|U\.N\.|US|U\.S\.|EU|UK|OFAC|FTO|SDN)-)[A-Z][\w.&]*(?:\s[A-Z][\w.&]*)?"
    r"-listed\b|\blisted\s+(?:on|in)\s+(?:the\s+)?(?:[A-Z][\w&.]*\s+){0,3}?(?:Stock\s+"
    r"(?:Exchange|Market)|Exchange|Nasdaq|NYSE|Bourse|AIM)\b"
)
_SANCTIONED_BY = re.compile(
    r"\bsanctioned\s+(?:\w+\s+)?by\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:regulators?|"
    r"central\s+bank|courts?|judges?|tribunals?|league|federation|(?:football\s+)?association|"
    r"confederation|FIFA|UEFA|CAF|IOC|ICC|World\s+(?:Rugby|Athletics)|(?:disciplinary\s+)?"
    r"(?:panel|board)|referees?|party|stewards)\b"
)
_BLACKLIST_OTHER = re.compile(
    r"\bblacklist\w*\b[^.;]{0,120}?\b(?:tenders?|(?:public|state|government)\s+contracts|"
    r"procurement|bidding|air\s+safety|safety\s+concerns|repayments?|loans?|credit\s+"
    r"(?:agenc\w+|bureaus?)|doping|match-fixing)\b|"
    r"\b(?:bank|lender|employers?|club|federation|board|studios?)\s+blacklist"
)
_OTHER_LIST = re.compile(
    r"\b(?:heritage|ramsar|most\s+wanted|wanted\s+(?:persons|fugitives)|red\s+list|air\s+safety|"
    r"wetlands?|endangered|"
    r"species|medicines|safe\s+countries|creative\s+cities|port\s+state|watch-?list\s+of\s+"
    r"(?:sites|places|monuments))\b",
    re.I,
)
# "banned from the stadium", "banned from holding rallies": kept out of a place or an
# activity, not outlawed.
_BANNED_FROM = re.compile(
    r"\bbanned\s+from\s+(?:(?:the|its|their|all|a|an)\s+)?(?:[\w-]+\s+)?(?:stadiums?|grounds?|"
    r"matches|games|competitions?|tournaments?|events?|premises|campus(?:es)?|venues?|"
    r"holding|competing|playing|attending|contesting|standing|participating|taking\s+part|"
    r"running|broadcasting|speaking|marching)\b"
)
# A practice, not a group: one common noun ("Dowry", "Bullfighting", "Polygamy").
_PRACTICE_NOUN = re.compile(r"[A-Z][a-z]+(?:ing|ry|my|ism|tion|ment|ness|age|ity|cy)")
_GOODS_AFTER = re.compile(
    r"\s+(?:flights?|imports?|exports?|products?|goods|beef|meat|poultry|seafood|fish|"
    r"aircraft|planes?|jets?|vessels|trucks?|cars?|vehicles?|apps?|phones?|devices?|chips?|"
    r"broadcasts?|programmes?|content|games?|books?|films?|shares|bonds|"
    r"services|operations|equipment|software)\b"
)


def _other_sense(s: str, low: str, out: list[Designation]) -> list[Designation]:
    if "sanctioned by" in low and _SANCTIONED_BY.search(s):
        return []
    if types_of(s, low):
        return out
    if "listed" in low and _STOCK_LISTED.search(s):
        return []
    if "blacklist" in low and _BLACKLIST_OTHER.search(s):
        return []
    if "list" in low and _OTHER_LIST.search(s):
        return []
    if "banned from" in low and _BANNED_FROM.search(s):
        return []
    keep = []
    for d in out:
        name = d.entity
        if " " not in name and s.startswith(name) and _PRACTICE_NOUN.fullmatch(name):
            continue
        at = s.find(name) if "ban" in low else -1
        if at >= 0 and _GOODS_AFTER.match(s, at + len(name)):
            continue
        keep.append(d)
    return keep


# "Who was listed?", "Why now?": an explainer's question sub-head names no one and leaves a
# pending list waiting for the answer below it.
_QUESTION_SUBHEAD = re.compile(r"\W{0,3}(?:\S+\s+){0,7}\S+\?[\"”’]?\s*")


def extract_designations(sent: Sentence, ctx: DesigContext) -> list[Designation]:
    if sent.text.endswith(("?", '?"', "?”")) and _QUESTION_SUBHEAD.fullmatch(sent.text):
        return []
    pending = ctx.pending
    nicks: list[tuple[str, str]] = []
    original = sent.text
    if has_any(original, _NICK_KEYS):
        sent, nicks = _without_nicknames(sent)
        sent = _without_name_quotes(sent)
    low = sent.text.lower()
    cue = _low_cues(low)
    out = _extract_designations(sent, ctx, low, cue)
    for d in out if sent.text != original else ():
        if d.evidence == sent.text:
            d.evidence = original
        for name, nick in nicks:
            if name in d.entity and nick not in d.aliases:
                d.aliases.append(nick)
    if out:
        out = _drop_places(sent.text, out)
        if "List" in sent.text:
            out = [d for d in out if not _in_list_name(sent.text, d.entity)]
        if ctx.by_entity:
            out = [_full_name(d, ctx) for d in out]
        for d in out:
            if (
                d.authority == "UK Home Office"
                and d.designation in _UK_SANCTIONS_LISTS
                and "Home " not in sent.text
            ):
                # The Home Office proscribes; the UK's sanctions lists are the Foreign
                # Office's (FCDO), which a bare "Britain"/"UK" subject does not say.
                d.authority = "UK Foreign Office"
    if out and has_any(low, _OTHER_SENSE_KEYS):
        out = _other_sense(sent.text, low, out)
    if out and has_any(sent.text, _ALIAS_ZONE_KEYS):
        out = _alias_not_entity(sent.text, out)
    if len(out) > 1 and any(_ACRONYM.fullmatch(d.entity) for d in out):
        out = _acronym_not_entity(out)
    # "... added a group and two men. The group claimed X. The two men are A and B.":
    # a sentence that names nothing does not end the wait for the names (two at most).
    if (
        pending
        and pending != "alias"
        and not out
        and ctx.pending is None
        and ctx.pending_skips < 2
        and not cue & _C_STRONG
    ):
        ctx.pending = pending
        ctx.pending_skips += 1
        return out
    ctx.pending_skips = 0
    for d in out:
        # Names from a pending list count as recorded ("Al-Rawdah" later is their short form).
        known = ctx.by_entity.setdefault(d.entity.lower(), [])
        if not any(x is d for x in known):
            known.append(d)
    return out


_ACRONYM = re.compile(r"[A-Z]{2,7}")
_UK_SANCTIONS_LISTS = frozenset({"UK sanctions list", "sanctions list"})
_NTH_TO_BE = re.compile(
    r"\b(?:is|was|became|becomes|has\s+become|remains)\s+(?:only\s+)?(?:the|a)\s+(?:first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th)|last|"
    r"newest|only|second-largest|largest|biggest)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:be|have\s+been)\s+"
    r"(?:formally\s+)?(?:listed|designated|proscribed|banned|sanctioned|blacklisted|added|"
    r"removed|delisted|outlawed)\b"
)


def _acronym_not_entity(out: list[Designation]) -> list[Designation]:
    """ "removed the group, known by its initials FPC, from the list": an acronym spelling
    another record's name in the same sentence is that record's alias, not an entity."""
    keep: list[Designation] = []
    for d in out:
        full = (
            next(
                (
                    e
                    for e in out
                    if e is not d
                    and e.action == d.action
                    and "".join(w[0] for w in e.entity.split() if w[:1].isupper()) == d.entity
                ),
                None,
            )
            if _ACRONYM.fullmatch(d.entity)
            else None
        )
        if full is None:
            keep.append(d)
        elif d.entity not in full.aliases:
            full.aliases.append(d.entity)
    return keep


def _extract_designations(
    sent: Sentence, ctx: DesigContext, low: str, cue: int
) -> list[Designation]:
    """``low`` is the sentence lower-cased, ``cue`` its :func:`_low_cues`."""
    s = sent.text
    # ``low`` when the lower-case twins (see lower_twin) apply to it.
    tw = low if twins_apply(s) else None
    ctx.start = sent.start
    pending, ctx.pending = ctx.pending, None
    if pending == "alias":
        pending = None
        if ctx.last_records and cue & _C_ALIAS_NEXT:
            am = _ALIAS_NEXT.match(s)
            # "The coalition, which is known as X, was also named an SDGT": a listing of its
            # own goes on to the rules below.
            if am and not (cue & _C_STRONG and types_of(s, low)):
                return _alias_followup(ctx, am)
        if ctx.last_records and cue & _C_SAME and _DID_SAME.match(s):
            # "Canada listed X on Monday. Australia did the same on Friday."
            return _did_the_same(s, sent, ctx.last_records)
        if not cue & _C_GATE:
            return []
    if pending:
        they = _THEY_LIST.match(s) or _THEY_LIST_MORE.match(s)
        if they and _NO_LIST_AFTER.match(s, they.end()):
            # "The designations are in accordance with the Act": a predicate, no names.
            they = None
        if they:
            out = _pending_list(sent, ctx, pending, they.end())
            if out:
                # "The individuals listed are A; B. The two entities are C and D."
                ctx.pending = pending
            return out
        many = _THE_MANY.match(s)
        if many:
            # the apposition ends at the first comma after its last coordinator
            conj = re.compile(r"\s(?:and|&)\s").search(s, many.end())
            cut = _MANY_END.search(s, conj.end()) if conj else None
            if cut and "," not in s[conj.end() : cut.start()]:
                out = _pending_list(sent, ctx, pending, many.end(), cut.start())
                if len(out) > 1:
                    ctx.pending = pending
                    return out[:6]
        one = _THE_ONE.match(s)
        if one:
            # "... added a militant group and two men. The group, X, claimed ...": the
            # counted object named in apposition; the men may follow in the next sentence.
            cut = _ONE_END.search(s, one.end())
            out = _pending_list(sent, ctx, pending, one.end(), cut.start() if cut else None)
            if out:
                ctx.pending = pending
                # "The company, X, and its general manager, Y, were added": a second
                # counted object named in its own apposition.
                two = _AND_THE_OTHER.match(s, cut.start()) if cut else None
                if two:
                    end = _ONE_END.search(s, two.end())
                    more = _pending_list(
                        sent, ctx, pending, two.end(), end.start() if end else None
                    )
                    return out[:1] + more[:1]
                return out[:1]
        nr = _NAME_RUN.match(s)
        if nr and s.startswith((",", " and "), nr.end()):
            pas = _NAMED_PASSIVE.search(s)
            if (
                pas
                and not _CLAUSE_CUT.search(s, 0, pas.start())
                and not _REL_BEFORE.search(s, 0, pas.start() + 1)
                # "The Houthis, formally known as Ansarallah, were designated an FTO": one
                # entity and its alias, not a list; the rules below read it.
                and not _ALIAS_ZONE_CUE.search(s, 0, pas.start())
            ):
                out = _pending_list(sent, ctx, pending, 0, pas.start())
                if out:
                    return out[:4]
        rep = (
            _REPORT_FRAME.match(s)
            if (" said " in low or " says " in low)
            and not cue & _C_REPORT_OWN
            and not _LISTISH.search(low)
            else None
        )
        if rep and _NAME_RUN.match(s, rep.end()):
            # "OFAC said X, which imports sugar, and its director, Y, had moved funds": the
            # counted objects named as the subject of the reported clause.
            cut = _ONE_END.search(s, rep.end())
            out = _pending_list(sent, ctx, pending, rep.end(), cut.start() if cut else None)
            if out:
                out = out[:3]  # "said A and B had placed programmers ...": both are named
                pos = cut.start() if cut else len(s)
                # "..., and that its chairman, A, and treasurer, B, had arranged transfers"
                for _ in range(3):
                    two = _AND_ROLE_NEXT.search(s, pos)
                    if not two:
                        break
                    end = _ONE_END.search(s, two.end())
                    out += _pending_list(
                        sent, ctx, pending, two.end(), end.start() if end else None
                    )[:1]
                    pos = end.start() if end else len(s)
                return out
        if " as " in low:
            # "The center named the men as A and B, and the company as C."
            named = list(_NAMED_AS.finditer(s))
            out = []
            for i, nm in enumerate(named):
                hi = named[i + 1].start() if i + 1 < len(named) else None
                if hi is not None:
                    cut = _AND_END.search(s[:hi])
                    hi = cut.start() if cut else hi
                out += _pending_list(sent, ctx, pending, nm.end(), hi)
            if out:
                return out
    if (
        ctx.last_records
        and ("revok" in low or "rescind" in low or "lifted" in low)
        and _UNDO_THE_LISTING.match(s)
    ):
        # "... designated X an FTO in January. It revoked the designation a month later."
        return [
            Designation(
                d.entity,
                d.designation,
                d.authority,
                "revoked",
                list(d.aliases),
                s,
                sent.start,
                sent.end,
            )
            for d in ctx.last_records
            if d.action == "designated"
        ]
    types = types_of(s, low)
    if (
        ctx.last_records
        and types
        and has_any(low, _BOTH_KEYS)
        and (tw is None or has_any(tw, _BOTH_AGAIN_KEYS))
    ):
        again = _both_again(sent, ctx, types)
        if again:
            return again
    if types and ("became" in low or "become" in low or " now a" in low):
        early = _became_listed(sent, ctx, types)
        if early:
            ctx.last_entity = early[0].entity
            return early
    if ctx.by_entity and cue & _C_SIMILAR:
        early = _similar_measures(sent, ctx)
        if early:
            return early
    if "whether" in low:
        early = _whether_test(sent, ctx, types)
        if early:
            ctx.last_entity = early[0].entity
            return early
    if (" to be " in low or " to have been " in low) and _NTH_TO_BE.search(s):
        # "X is the third gang to be listed by Washington": a ranking of a known listing.
        return []
    specific = [t for t in types if t in SPECIFIC_TYPES]
    generic = [t for t in types if t not in SPECIFIC_TYPES]
    has_vocab = cue & _C_VOCAB and _VOCAB.search(low)
    if not has_vocab:
        if specific:
            ctx.designation, ctx.active = specific[0], True
        return []
    strong = bool(cue & _C_STRONG)
    pron_passive = bool(ctx.active and ctx.last_entity and _PRONOUN_PASSIVE.match(s))
    proposal_to = (
        _PROPOSAL_TO.search(s)
        if cue & _C_PROPOSAL_NOUN and (ctx.active or types_of(s, low)) and " to " in low
        else None
    )
    granted = (
        _GRANTED_BEFORE.search(s, max(0, proposal_to.start() - 40), proposal_to.start())
        if proposal_to
        else None
    )
    if granted:
        # "The court granted a police request to add X": the request was carried out.
        proposal_to = None
    if not types and not ctx.active and ("froze" in low or "freez" in low):
        fz = _FREEZE.search(s)
        if fz and _gov_freezer(sent, fz.start()):
            # "The Japanese government froze the assets of three people ...": an asset
            # freeze by a government (not a court or prosecutors) is a sanctions listing.
            types = generic = ["sanctions list"]
    if not types and not ctx.active and not (ctx.upcoming and strong):
        # "The Treasury designated X in March": a listing authority needs no type word.
        if not (strong and _LISTING_AUTHORITY.search(s)):
            if not ("blacklist" in low and _BLACKLIST_BY_STATE.search(s)):
                return []
            # "The EU blacklisted the drone maker X", "X was blacklisted by Britain": a
            # state's or the bloc's blacklist is its sanctions list.
            types = generic = ["sanctions list"]
        if "Treasury" in s or "OFAC" in s:
            types = generic = ["sanctions list"]
    if "designated" in low and has_any(low, _STAFF_ROLE_KEYS):
        for m in _DESIGNATED_WORD.finditer(low):
            if _STAFF_ROLE_AFTER.match(s, m.end()) and sum(1 for _ in _ACTIVE.finditer(s)) <= 1:
                # "has designated its Director ..., Jane Roe, as the point of contact for
                # liaison on proscription matters": a staff role, even beside a list's name
                # (another listing verb in the sentence keeps its own record)
                return []
    if "designated" in low and not specific:
        for m in _DESIGNATED_WORD.finditer(low):
            if _DISTRACTOR_AFTER.match(s[m.end() :]) and not (
                ctx.active and _FOR_REASON.match(s, m.end())
            ):
                return []  # "was designated for transferring funds": the reason, in context
            if not types and (
                _CONTEXT_ROLE.match(s, m.end())
                or (
                    _PASSIVE_CAPS.match(s, m.end())
                    and _BE_BEFORE.search(low, max(0, m.start() - 12), m.start())
                )
            ):
                # Only the article's earlier listing makes this sentence a candidate, and
                # its "designated" gives someone a role or a place a purpose.
                return []
    if not types and "listed" in low:
        for m in _LISTED_WORD.finditer(low):
            if _CONTEXT_ROLE.match(s, m.end()) or _LISTED_AMONG.match(s, m.end()):
                # "Police listed Kevin Otieno as a missing person", "listed A and B among
                # the gangs active in the district": an entry in a record or a ranking.
                return []
    neg_from = len(s) + 1
    if cue & _C_NEG:
        neg = _NEGATED_DESIG_LOW.search(tw) if tw is not None else _NEGATED_DESIG.search(s)
        if neg:
            # "adding A to its list; it has not listed B": only the negated clause drops.
            cut = None
            for cm in _CLAUSE_CUT.finditer(s, 0, neg.start()):
                cut = cm
            if cut is None:
                return []
            neg_from = cut.start()
    copular = (
        (
            _COPULAR_LIST.search(s)
            or (
                _INVERTED_LIST.search(s)
                if s[:1] in _INVERTED_FIRST or ":" in s or ";" in s
                else None
            )
        )
        if (ctx.active or types)
        and (
            " are " in low
            or " were " in low
            or " include" in low
            or " is " in low
            or " was " in low
        )
        else None
    )
    label = _LABEL_LIST.match(s) if ":" in s[:30] and (ctx.active or types) else None
    took_off = _TOOK_OFF.search(s) if " off " in low else None
    struck = (
        (_STRUCK_FROM.search(s) or _PASSIVE_REMOVAL.search(s) or _STRUCK_SHIFT.search(s))
        if (" from " in low or " off " in low) and (types or ctx.active) and cue & _C_REMOVAL
        else None
    )
    gov_freeze = False
    freeze = list(_FREEZE.finditer(s)) if ("froze" in low or "freez" in low) else []
    if freeze and not (types or ctx.active):
        # "The Japanese government froze the assets of three people ...": an asset freeze by
        # a government (not a court or prosecutors) is a sanctions designation of its own.
        if not _gov_freezer(sent, freeze[0].start()):
            freeze = []
        else:
            gov_freeze = True
    imposed_on = (
        list(_IMPOSED_ON.finditer(s))
        if "impos" in low and " on " in low and (types or ctx.active)
        else []
    )
    lifted = (
        ("ban on" in low or "sanctions on" in low)
        and (types or ctx.active)
        and _LIFT_BAN_ON.search(s)
    )
    listish = (
        "list" in low
        or "registry" in low
        or "ban" in low
        or "schedule" in low
        or "outlaw" in low
        or "annex" in low
    ) and _LISTISH.search(low)
    # "Britain added X to its Sudan sanctions regime", "removed X from the regime": a name
    # put in or taken out of a regime is a listing, as with a list.
    to_regime = (
        _TO_REGIME.search(s) if "regime" in low and ("add" in low or "remov" in low) else None
    )
    listish = listish or to_regime
    if _ASKED_WHETHER.match(s):
        # "Asked whether ministers would proscribe X, the minister said ... not": no record.
        comma = s.find(", ")
        if comma > 0 and _REFUSAL.search(s, comma):
            return []
    regional = _regional_found(s, low, ctx, cue) if (ctx.active or types or strong) else []
    # The counted-object search, once a sentence: the gate below may run it, the no-record
    # branch at the end asks it again (s and tw do not change in between).
    counted_obj: re.Match[str] | bool | None = False
    if (
        not regional
        and not pron_passive
        and not proposal_to
        and not specific
        and not strong
        and not (listish and (generic or ctx.active))
        and not (generic and _DECLARE.search(low))
        and not copular
        and not label
        and not (took_off and (types or ctx.active))
        and not struck
        and not (types and has_any(low, _IMPOSED_KEYS) and _IMPOSED_COUNTED.search(s))
        and not (
            ctx.active
            and ("add" in low or "remov" in low or "named" in low)
            and _LISTING_ACT.search(s)
        )
        and not (freeze and (types or ctx.active or gov_freeze))
        and not ("nam" in low and _NAMES_TERRORIST.search(s))
        and not lifted
        and not imposed_on
        and not (
            "sanction" in low
            and types
            and (
                counted_obj := (
                    _COUNTED_OBJECT_LOW.search(tw) if tw is not None else _COUNTED_OBJECT.search(s)
                )
            )
        )
        and not (" were " in low and (types or ctx.active) and _COUNTED_PASSIVE.search(s))
        and not (
            ctx.active
            and ctx.last_records
            and "sanctioned" in low
            and _PASSIVE_SANCTIONED.search(s)
        )
        and not (ctx.active and "added" in low and _PASSIVE_ADDED.search(s))
        and not (
            "sanction" in low
            and _SANCTION_ACT.search(s)
            and _authority_of(s, [], len(s), "sanctions list", sent.start)
        )
    ):
        return []

    found: list[tuple[str, int, int, list[str], int, str]] = list(regional)
    nominals = (
        (
            (_NOMINAL_LOW.finditer(tw) if has_any(tw, _DESIG_NOUN_KEYS) else ())
            if tw is not None
            else _NOMINAL.finditer(s)
        )
        if " of " in low
        else ()
    )
    if "designation for " in low or "proscription for " in low:
        # "is evaluating a similar designation for X", "an FTO designation for the Y cartel"
        nominals = [*nominals, *_NOMINAL_FOR.finditer(s)]
    for m in nominals:
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), "noun"))
    if " for " in low and ("consider" in low or "evaluat" in low or "review" in low):
        # "the Muslim Brotherhood is being considered for designation as an FTO"
        for m in _CONSIDERED_FOR.finditer(s):
            for n in _subject_names(s, m.start()):
                found.append((*n, m.start(), "!proposed"))
    if "with a view to" in low:
        # "began a formal review of X, a ... movement, with a view to recommending its
        # listing": a listing under consideration
        for m in _REVIEW_WITH_VIEW.finditer(s):
            for n in _object_names(s, m.end(), ctx)[:1]:
                found.append((*n, m.start(), "!proposed"))
    actives = list(_ACTIVE.finditer(s))
    rel_subject: dict[int, str] = {}
    rel_cue = "which" in low or "whom" in low or "that" in low
    for m in actives:
        verb = m.group(0).strip().lower()
        if proposal_to and m.start() == proposal_to.start("verb"):
            # "a push by several governments to add the X, a ... group, has stalled"
            for n in _object_names(s, m.end(), ctx)[:2]:
                found.append((*n, m.start(), "!proposed"))
            continue
        if verb.startswith(
            ("declar", "label", "classif", "recogni", "brand")
        ) and not _DECLARE_TYPE_AFTER.search(s, m.end(), m.end() + 160):
            continue  # "Tehran declared that the deal had terminated"
        if verb.startswith(("took", "taken")):
            continue
        if verb.startswith("put") and s.startswith(
            ("forward", "off ", "out ", "up ", "together", "in place", "down "), m.end()
        ):
            continue  # "an initiative put forward by Denmark to include X": a phrasal verb
        if verb.endswith("ed") and _DEFINED_TERM.match(s, m.end()):
            continue  # "supervision of designated non-financial businesses (DNFBPs)"
        if verb.startswith("list") and _STOCK_LISTING.match(s, m.end()):
            continue  # "Its shares, listed on the Astana International Exchange, fell"
        if verb.startswith(("plac", "put")) and _APPOS_REL_BEFORE.search(
            s, max(0, m.start() - 80), m.start()
        ):
            continue  # "X, a company that placed North Korean workers with clients": what X did
        obj_rel = _OBJECT_RELATIVE.search(s, max(0, m.start() - 90), m.start()) if rel_cue else None
        if (
            verb.endswith("ed")
            and (
                _DET_BEFORE.search(s, max(0, m.start() - 24), m.start())
                or _REDUCED_RELATIVE.match(s, m.end())
            )
            # "X, which the Treasury designated in 2007": the relative's own verb
            and not (obj_rel and _REDUCED_RELATIVE.match(s, m.end()))
        ):
            continue  # "the outlawed group X", "a business listed in 2023 for handling X"
        if verb in ("list", "lists") and _LIST_NOUN_BEFORE.search(
            s, max(0, m.start() - 30), m.start()
        ):
            continue  # "the EU's list implementing UN sanctions against X": a noun
        if verb in ("sanctions", "sanction", "listing", "listings") and (
            _NOUN_AFTER.match(s, m.end())
            or _SANCTIONS_NOUN_BEFORE.search(s, max(0, m.start() - 14), m.start())
        ):
            continue  # "the Council's sanctions committee", "UN sanctions on"
        if verb in ("listing", "listings", "designation", "designations") and (
            _NAME_PREMOD.search(s, max(0, m.start() - 50), m.start()) or _NP_END.match(s, m.end())
        ):
            continue  # "welcomed the Iron Dawn listing but accused the Liberals of ..."
        instrument = False
        if not _STRONG_VERB.match(verb):
            if verb.startswith(("lift",)):
                continue
            instrument = (
                (ctx.active or specific)
                and verb.startswith(("add", "remov", "named"))
                and _LISTING_SUBJECT.search(s, max(0, m.start() - 60), m.start())
            )
            # "named its commander, X, as an individual terrorist": a listing term.
            instrument = instrument or (
                verb.startswith("nam") and bool(_NAMED_AS_TERRORIST.match(s, m.end()))
            )
            if not (listish or specific or generic or instrument or pron_passive):
                continue
            ctx_label = (ctx.designation or ctx.last_label or ctx.pending_label or "").lower()
            if verb.startswith("ban") and not (
                specific
                or "terror" in low
                or (
                    verb == "bans"
                    and ctx.active
                    and ("terror" in ctx_label or "proscri" in ctx_label)
                )
            ):
                continue
            if verb.startswith(("nam", "target", "sanction")) and not (
                specific or "sanction" in low or instrument
            ):
                continue
        if verb.startswith("brand") and not (
            specific or _authority_of(s, sent.mentions, m.start(), None, sent.start)
        ):
            continue  # "Rivals branded her a terrorist sympathiser": rhetoric, not a listing
        if verb.startswith("includ") and not _INCLUDED_IN_LIST.match(s, m.end()):
            continue  # "included the fund in its list of priorities"
        if (
            verb.startswith(("add", "remov", "plac", "put", "includ"))
            and not _TO_A_LIST.search(s[m.end() :])
            and not (ctx.active and (_LIST_WORD.search(low) or to_regime))
            and not instrument
        ):
            continue
        if obj_rel and (
            find_mentions(obj_rel.group(2)) or _LISTING_AUTHORITY.search(obj_rel.group(2))
        ):
            # "the Desert Hawks, which Morocco banned as a terrorist group in 2019"
            run = None
            paren = _PAREN_END.search(s[max(0, obj_rel.start() - 44) : obj_rel.start()])
            head_end = obj_rel.start() - (len(paren.group(0)) if paren else 0)
            for r in _NAME_RUN.finditer(s, max(0, head_end - 120), head_end):
                if r.end() == head_end:
                    run = r
            if run:
                al = (
                    [_clean_entity(paren.group(1))]
                    if paren and paren.group(1)[:1].isupper()
                    else []
                )
                found.append((run.group(0), run.start(), run.end(), al, m.start(), verb))
                rel_subject[m.start()] = obj_rel.group(2)
                continue
        if s.startswith("by ", m.end()):
            continue  # "the SDN list by the Treasury", "listed by London": an agent, no object
        if (
            verb in _ADVICE_VERBS
            and has_any(low, _ADVICE_KEYS)
            and (
                _ADVICE_SUBJECT.search(s, 0, m.start())
                or _SHOULD_BEFORE.search(s, max(0, m.start() - 14), m.start())
            )
        ):
            # "Compliance teams should add X to screening lists": advice to readers;
            # "Analysts said Washington should add X": an opinion, no listing
            continue
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), verb))
    label_at: dict[int, str] = {}
    if " on " in low and ("list" in low or "schedule" in low or "regist" in low):
        for m in itertools.chain(_ON_LIST.finditer(s), _KEEP_ON_LIST.finditer(s)):
            phrase = m.group(m.lastindex or 1)
            ptypes = types_of(phrase, phrase.lower())
            pspec = [t for t in ptypes if t in SPECIFIC_TYPES]
            if not ptypes and not (ctx.active and _ITS_LIST.match(phrase)):
                continue
            if m.re is _ON_LIST:
                names = _subject_names(s, m.start())
            else:
                names = _object_names(s, m.start(1), ctx)[:1]
                prev = [f for f in found if f[5] == "onlist"]
                if prev and names and _COREF.match(m.group(1)):
                    # "X has been on the US list, and the EU keeps the group on its list"
                    names = [(prev[-1][0], names[0][1], names[0][2], [])]
            if not names:
                continue
            cut = None
            for cm in _CLAUSE_START.finditer(s, 0, m.start()):
                cut = cm.end()
            if pspec:
                label_at[m.start()] = pspec[0]
            elif _EU_SUBJECT.search(s, cut or 0, m.start()) or _EU_SUBJECT.search(phrase):
                label_at[m.start()] = "EU terrorist list"
            elif ptypes:
                label_at[m.start()] = ptypes[0]
            for n in names:
                found.append((*n, m.start(), "onlist"))
    # "The Houthis have been a Foreign Terrorist Organization since 2025": holding a
    # specific listing since a date is being listed (a generic "terrorist group" is not).
    if specific and " been " in low and " since " in low:
        for m in _BEEN_TYPE_SINCE.finditer(s):
            ptypes = [t for t in types_of(m.group(1), m.group(1).lower()) if t in SPECIFIC_TYPES]
            if ptypes:
                label_at[m.start()] = ptypes[0]
                for n in _subject_names(s, m.start()):
                    found.append((*n, m.start(), "onlist"))
    # "added two men it described as couriers for the cartel, A and B, to its list":
    # a counted object whose names follow in an apposition.
    for m in actives:
        ch = _COUNTED_HEAD.match(s, m.end())
        if ch is None:
            continue
        stop = _COUNTED_END.search(s, ch.end())
        hi = stop.start() if stop else len(s.rstrip(" ."))
        for n in _list_entities(s, ch.end(), hi):
            found.append((*n, m.start(), m.group(0).strip().lower()))
    if ("nam" in low or "identif" in low) and (strong or types or ctx.active):
        nm = _NAMING.search(s)
        if nm and any(m.start() < nm.start() for m in actives):
            trig0 = max(m.start() for m in actives if m.start() < nm.start())
            stop = _COUNTED_END.search(s, nm.end())
            hi = stop.start() if stop else len(s.rstrip(" ."))
            for n in _list_entities(s, nm.end(), hi):
                found.append((*n, trig0, "naming"))
    # "imposed sanctions under the Special Economic Measures Act on gang leader X"
    for m in imposed_on:
        if _COUNTED_HEAD.match(s, m.end()):
            continue  # names follow in an apposition or the next sentence
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), "imposed"))
    # "froze the assets of X under its sanctions regime", "imposed an asset freeze on X"
    for m in freeze if (types or ctx.active or gov_freeze) else ():
        cc = _COUNTED_COLON.match(s, m.end())
        if cc is not None:
            # "froze the assets of three people it says raised money for X: A, B and C",
            # "of 14 people it accuses of ..., including A and B"
            if cc.group(1):
                stop = _COUNTED_END.search(s, cc.end())
                hi = stop.start() if stop else len(s.rstrip(" ."))
                for n in _list_entities(s, cc.end(), hi):
                    found.append((*n, m.start(), "freeze"))
            continue
        ch = _COUNTED_HEAD.match(s, m.end())
        if ch is not None:
            # "froze the assets of three people it says raised money for X: A, B and C"
            stop = _COUNTED_END.search(s, ch.end())
            hi = stop.start() if stop else len(s.rstrip(" ."))
            for n in _list_entities(s, ch.end(), hi):
                found.append((*n, m.start(), "freeze"))
            continue
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), "freeze"))
    for m in _BAN_ON.finditer(s) if ("ban on" in low or "sanctions on" in low) else ():
        if _OVERSEES.search(s, max(0, m.start() - 30), m.start()):
            continue  # "the committee that oversees sanctions on al-Shabaab": a body's name
        ch = _COUNTED_HEAD.match(s, m.end())
        if ch is not None:
            stop = _COUNTED_END.search(s, ch.end())
            hi = stop.start() if stop else len(s.rstrip(" ."))
            for n in _list_entities(s, ch.end(), hi):
                found.append((*n, m.start(), "ban"))
            again = _ON_AGAIN.match(s, hi) if _AND_BEFORE_ON.search(s, max(0, hi - 6), hi) else None
            if again:
                # "sanctions on three men, A, B and C, and on the X Fund": the preposition
                # again opens one more object after the counted list.
                for n in _object_names(s, again.end(), ctx)[:1]:
                    found.append((*n, m.start(), "ban"))
            continue
        if (
            _LIFT_BEFORE.search(s[max(0, m.start() - 25) : m.start()])
            or specific
            or generic
            # "the ministry is also considering a ban on the X, a ...": a proposed ban
            # while a listing is under way.
            or (ctx.active and _CONSIDER_BAN.search(s, max(0, m.start() - 40), m.start()))
        ):
            for n in _object_names(s, m.end(), ctx)[:2]:
                found.append((*n, m.start(), "ban"))
    for m in actives:
        aux = _AUX_BEFORE.search(s, max(0, m.start() - 30), m.start())
        if aux:
            cr = _COREF_REL.search(s, 0, aux.start())
            if cr:
                got = _coref_relative(ctx, s, cr)
                if got:
                    found.append((*got, m.start(), "passive"))
                    continue
            cs = _COREF_SUBJECT.search(s, 0, aux.start())
            if cs:
                if cs.group(1):
                    ante = _antecedent(ctx, s, cs.start(), cs.group(1))
                elif cs.group(2) in ("it", "It"):
                    # "The Base was founded in 2018 ... . It was proscribed in 2020": the
                    # previous sentence's subject, else the entity recorded last.
                    ante = _previous_subject(ctx) or ctx.last_entity
                else:
                    # "He was also sanctioned by Britain": the person recorded last.
                    last = ctx.last_entity
                    ante = _previous_person(ctx) or (last if last and not _org_like(last) else None)
                if ante:
                    found.append((ante, cs.start(), aux.start(), [], m.start(), "passive"))
                continue
            for n in _subject_names(s, aux.start()):
                found.append((*n, m.start(), "passive"))
    # "... were designated ..., the ministry said: the white supremacist A and B"
    colon = s.find(":")
    if colon > 0 and (specific or generic or listish or strong):
        trig = next(
            (
                m
                for m in actives
                if m.start() < colon
                and (
                    _STRONG_VERB.match(m.group(0))
                    or m.group(0).lower().startswith(("add", "list", "sanction"))
                    or (
                        m.group(0).lower().startswith(("recogni", "declar"))
                        and _DECLARE_TYPE_AFTER.search(s, m.end(), min(colon, m.end() + 60))
                    )
                )
            ),
            None,
        )
        if trig is not None:
            end = len(s.rstrip(" ."))
            for n in _list_entities(s, colon + 1, end):
                found.append((*n, trig.start(), "colon"))
    if copular and _SINGULAR_COPULA.search(copular.group(0)):
        # "The group added is the X, also known as Y, which ...": one named complement;
        # "The person added is a recruiter from Lyon" names nobody.
        if _NAME_RUN.match(s, copular.end()):
            copular_items = _list_entities(s, copular.end(), len(s.rstrip(" ."))) or []
            for n in copular_items[:1]:
                if n[1] - copular.end() <= 4:
                    ak = _ALIAS_CUE.match(s, n[2])
                    run = _NAME_RUN.match(s, ak.end()) if ak else None
                    if run:
                        n = (n[0], n[1], n[2], [*n[3], _clean_entity(run.group(0))])
                    found.append((*n, copular.start(), "copular"))
    elif copular:
        end = len(s.rstrip(" ."))
        if ";" not in s[copular.end() :]:
            # "The two persons added are A and B, who are considered ... in Europe": the
            # relative clause after the last item describes them.
            rc = _LIST_RELATIVE.search(s, copular.end())
            if rc and not _RC_MORE_ITEMS.search(s, rc.end()):
                end = rc.start()
        for n in _list_entities(s, copular.end(), end):
            found.append((*n, copular.start(), "copular"))
    if label:
        stop = _LIST_ITEM_END.search(s, label.end())
        word = label.group(1).lower()
        mark = (
            "!revoked"
            if word.startswith(("remov", "delist", "de-list", "revok"))
            else "!designated"
        )
        for n in _list_entities(s, label.end(), stop.start() if stop else len(s.rstrip(" ."))):
            found.append((*n, label.start(), mark))
    if took_off:
        for n in _runs(s, took_off.start(1), took_off.end(1), skip_prep=False):
            found.append((*n, took_off.start(), "!revoked"))
    if struck:
        if struck.re is _STRUCK_FROM:
            items = _list_entities(s, struck.start(1), struck.end(1))
        elif struck.re is _STRUCK_SHIFT:
            items = _object_names(s, struck.end(), ctx)
        else:
            items = _subject_names(s, struck.start())
            q = None if items else _QUOTED_END.search(s[: struck.start()])
            if q:
                items = [(q.group(1), q.start(1), q.end(1), [])]
        known = {f[0] for f in found}
        for n in items:
            if n[0] not in known:
                found.append((*n, struck.start(), "!revoked"))
            else:
                found = [(*f[:5], "!revoked") if f[0] == n[0] else f for f in found]
    if found and cue & _C_EXAMPLE and _GENERIC_PAST.search(s):
        cue = _EXAMPLE_CUE.search(s)
        if cue:
            found = [f for f in found if f[1] < cue.start()]
    if "whose" in low or "request" in low or "petition" in low:
        for m in _WHOSE_OR_REQUEST.finditer(s):
            if m.group(1):
                run = None
                for r in _NAME_RUN.finditer(s, max(0, m.start() - 120), m.start()):
                    if r.end() == m.start():
                        run = r
                if run:
                    found.append((run.group(0), run.start(), run.end(), [], m.start(), "poss"))
            else:
                for n in _object_names(s, m.end(), ctx)[:1]:
                    found.append((*n, m.start(), "request"))
    possessives = (
        _POSSESSIVE.finditer(s)
        if tw is None or (("'" in s or "’" in s) and has_any(tw, _DESIG_NOUN_KEYS))
        else ()
    )
    for m in possessives:
        pre = s[: m.start()]
        cm = _GROUP_NOUN_END.search(pre)
        if cm and ctx.last_entity:
            found.append((ctx.last_entity, cm.start(), m.start(), [], m.start(), "poss"))
            continue
        run = None
        for r in _NAME_RUN.finditer(s, 0, m.start()):
            if r.end() == m.start():
                run = r
        if run:
            found.append((run.group(0), run.start(), run.end(), [], m.start(), "poss"))

    # "Ismail and Yunus Patel": a bare given name shares the next item's surname.
    for i in range(len(found) - 1):
        name, st, en, al, trig, verb = found[i]
        nxt = found[i + 1]
        if (
            " " not in name.strip()
            and len(nxt[0].split()) == 2
            and _AND_GAP.fullmatch(s[en : nxt[1]])
            and not (ctx.text and _fuller_name(ctx.text, name, sent.start))
        ):
            found[i] = (f"{name} {nxt[0].split()[-1]}", st, en, al, trig, verb)
    # "The Houthi movement, formally called Ansar Allah, was designated": one entity.
    merged: list[tuple[str, int, int, list[str], int, str]] = []
    for item in sorted(found, key=lambda f: f[1]):
        if (
            len(merged) > 1
            and merged[-2][2] < item[1]
            and s.startswith((", the ", ", a ", ", an "), merged[-2][2])
            and _ALIAS_GAP.fullmatch(s, merged[-2][2], item[1])
        ):
            # "X, the Yemeni movement better known as the Houthis": the descriptor's
            # capitalised word is no item of its own.
            merged.pop()
        if merged and merged[-1][2] < item[1] and _ALIAS_GAP.fullmatch(s, merged[-1][2], item[1]):
            head = merged[-1]
            alias = _clean_entity(item[0])
            if alias and alias not in head[3]:
                merged[-1] = (head[0], head[1], head[2], [*head[3], alias], head[4], head[5])
            continue
        merged.append(item)
    if len(merged) < len(found):
        found = merged
    if specific:
        ctx.designation, ctx.active = specific[0], True
    elif generic:
        ctx.active = True
    out: list[Designation] = []
    seen: set[tuple[str, str | None]] = set()
    alias_here = {_clean_entity(a).lower() for f in found for a in f[3] if a}
    fronted = _FRONTED_CAUSE.match(s) if s[:1] in "FAUOI" else None
    near_memo: dict[int, str] = {}
    clause_memo: dict[int, str | None] = {}
    for name, _start, _end, aliases, trig, _verb in found:
        if trig >= neg_from or _start >= neg_from:
            continue
        if _verb[:3] in ("pla", "put", "imp") and _OBSTACLE_OBJ.match(s, trig + len(_verb)):
            continue  # "China placed a technical hold on a request to list X": no listing
        if "known" in s[max(0, _start - 30) : _start] and _LIST_KNOWN_AS.search(
            s[max(0, _start - 120) : _start]
        ):
            continue  # "the national list of suspected terrorists, known as DTTOT": a list name
        if _clean_entity(name).lower() in alias_here:
            continue  # "the Mouvement ... (MLBC)": the acronym is not a second entity
        entity = _clean_entity(name)
        if entity.isdigit():
            continue  # "designated 12 hospitals": a count, never a name (nor "Rs 12" before it)
        known = ctx.aliases.get(entity.lower())
        if known and known.lower() != entity.lower():
            # "the MLBC's designation" after "the Mouvement ... (MLBC)": one entity.
            aliases = [entity, *aliases]
            entity = known
        elif " " not in entity and ctx.text:
            full = _fuller_name(ctx.text, entity, sent.start)
            if full and not _NOT_ENTITY.match(full.split()[0]):
                entity = _clean_entity(full)
        elif ctx.text:
            # "Gacal Express" after "Gacal Express Money Transfer": the fuller name.
            full = _longer_name(ctx.text, entity, sent.start)
            if full:
                entity = full
        allow_country = "State Sponsor of Terrorism" in specific
        # "Paraguay's Congress declared X a terrorist organisation, and Ecuador's President
        # signed a decree listing it": each clause with its own state is a listing.
        if trig > 0:
            # the items of one list share a trigger: one clause-state look-up for them
            clause_state = clause_memo.get(trig, False)
            if clause_state is False:
                clause_state = clause_memo[trig] = _clause_state(s, sent.mentions, trig, sent.start)
        else:
            clause_state = None
        slot = clause_state or label_at.get(trig)
        if not _entity_ok(entity, allow_country) and not (
            # "would designate UNRWA a terrorist organisation": an agency or other body
            # named as the object with the terrorist label right after it is the entity.
            _BODY_LABELLED.match(s, _end) and _entity_ok(entity, True)
        ):
            continue
        if (entity.lower(), slot) in seen:
            continue
        if _LIST_NAME_TAIL.match(s, _end):
            continue  # "the ISIL (Da'esh) and Al-Qaida sanctions list was ...": a list name
        if slot is None and any(k[0] == entity.lower() for k in seen):
            continue
        seen.add((entity.lower(), slot))
        pred = (
            _NOMINAL_PREDICATE.match(s, _end)
            if _verb in ("noun", "poss", "request")
            or (_verb.endswith("ing") and _GERUND_IN_NP.search(s, max(0, trig - 24), trig))
            else None
        )
        if _verb.startswith("!"):
            action = _verb[1:]
        elif pred and (pred.group(1) or pred.group(3) or pred.group(4) or pred.group(5)):
            action = "revoked"
        elif pred and pred.group(2):
            action = "proposed"
        else:
            # The words around the trigger decide; the items of one list share a trigger.
            near_action = near_memo.get(trig)
            if near_action is None:
                near_action = near_memo[trig] = _near_action(s, trig, fronted, tw)
            if near_action == "outsider":
                continue  # outsiders' calls to list are no proposal by an authority
            if near_action:
                action = near_action
            elif _verb == "noun" and _PROPOSAL_FOR.search(s, max(0, trig - 220), trig):
                action = "proposed"  # "submitted a proposal to the Committee for the listing of X"
            else:
                action = "designated"
        if _verb == "request" and action != "revoked":
            if _REQUEST_DENIED.search(s, _end):
                continue  # "a delisting request by X was rejected"
            action = "proposed"
        if trig in label_at:
            labels = [label_at[trig]]
        elif specific:
            labels = list(specific)
        elif "proscribed organisation" in generic:
            labels = ["proscribed organisation"]
        elif "sanctions list" in generic or "listed terrorist entity" in generic:
            labels = [g for g in generic if g != "terrorist organization"]
        elif (
            generic
            and ctx.authority
            and (clause_state or _subject_state(s, sent.mentions, trig, sent.start))
            not in (None, _state_of(ctx.authority))
        ):
            # "Bahrain, which outlawed X as a terrorist entity": its own list, not the
            # context's US listing.
            labels = [generic[0]]
        else:
            carried = (
                ctx.designation
                or ctx.upcoming
                or (generic[0] if generic else ctx.last_label or ctx.pending_label)
            )
            # (the trigger verb itself: a passive's tag is "passive")
            # "... proscribed X. The Treasury delisted Y": a delisting by a named body
            sanction_verb = s.startswith(
                ("blacklist", "sanction", "delist", "de-list"), max(trig, 0)
            )
            if (
                carried
                and (generic or sanction_verb)
                and _other_authority_acts(
                    s, trig, carried, sanction_verb, sent.mentions, sent.start
                )
            ):
                # "... an FTO. The EU blacklisted X": the bloc's own list, not the carried one.
                carried = generic[0] if generic else "sanctions list"
            labels = [carried]
        # FTO + SDGT stated together are two listings; otherwise one record.
        if not (
            set(labels)
            >= {"Foreign Terrorist Organization", "Specially Designated Global Terrorist"}
        ):
            labels = labels[:1]
        for label in labels:
            sub = rel_subject.get(trig)
            if sub is not None:
                # "the Houthis, which the Department of State designated": that subject acts.
                ms = find_mentions(sub)
                authority = _authority_of(sub, [], len(sub), label, 0) or (
                    f"Government of {ms[0].canonical}" if ms else None
                )
            else:
                authority = _authority_of(s, sent.mentions, trig, label, sent.start)
            if "Governor" in s and (authority is None or label in _TYPE_DEFAULT_AUTHORITY):
                # "the Governor in Council had listed X" (Canada), "the Governor-General made
                # a regulation listing Y" (Australia): the state's own listing instrument,
                # never the list or authority an earlier sentence named.
                gov = _GOVERNOR_INSTRUMENT.search(s)
                if gov:
                    authority = "Government of " + ("Canada" if gov.group(1) else "Australia")
                    if label in _TYPE_DEFAULT_AUTHORITY:
                        label = "listed terrorist entity"  # not a list carried from before
            if pron_passive and authority is None:
                # "He was also sanctioned by the United Kingdom": the agent's own listing.
                authority, label = _agent_listing(s, label, ctx)
            if authority is None and ctx.authority:
                authority = ctx.authority
            elif authority is None and ctx.pending_authority:
                authority = ctx.pending_authority  # "... adding four individuals to its list."
            if label == "sanctions list":
                label = _SANCTIONS_BY_AUTHORITY.get(authority or "", "sanctions list")
            elif label == "terrorist organization" and authority == "Council of the EU":
                label = "EU terrorist list"
            if (
                clause_state
                and clause_state != "United Kingdom"
                and authority == "UK Home Office"
                and not _uk_cue(s)
            ):
                # "Oman, which has proscribed X": that state's proscription, not the UK's.
                label, authority = "proscribed organisation", None
            if clause_state and (authority is None or authority.startswith("Government of")):
                authority = f"Government of {clause_state}"
            label = _CRIMINAL_CODE_LABEL.get(authority or "", {}).get(label or "", label)
            label, authority = _national(s, label, authority, sent.mentions, ctx)
            auths = [authority]
            if authority and authority.startswith("Government of"):
                # "Saudi Arabia and the United Arab Emirates designated X": two listings.
                auths = _joint_authorities(s, sent.mentions, trig, sent.start) or auths
            for auth in auths:
                lab = label
                if len(auths) > 1 and any(label in v for v in _NATIONAL_LABELS.values()):
                    # each joint state's own national list
                    lab = _NATIONAL_LABELS.get(_state_of(auth) or "", (label,))[0]
                out.append(
                    Designation(
                        entity,
                        lab,
                        auth,
                        action,
                        _fix_alias([a for a in aliases if a and a.lower() != entity.lower()]),
                        s,
                        sent.start,
                        sent.end,
                    )
                )
        ctx.last_entity = entity
        if _org_like(entity):
            ctx.last_org = entity
    if out and cue & _C_SAME:
        out += _did_the_same(s, sent, out)
    if out and ctx.by_entity:
        out = [_full_name(d, ctx) for d in out]
    if out:
        out = _one_per_list(out, ctx, s)
    if out:
        ctx.authority = out[-1].authority
        ctx.last_label = out[-1].designation
        ctx.last_records = out
        for d in out:
            for a in d.aliases:
                ctx.aliases.setdefault(a.lower(), d.entity)
        ctx.pending = ctx.pending or "alias"
        # "added a company, X, and two of its directors to the list": a further counted
        # object left unnamed; its names follow ("The directors are A and B").
        if " and " in low:
            last = max(s.find(d.entity) for d in out)
            more = _TRAILING_COUNTED.search(s, max(last, 0))
            if more and out[-1].action == out[0].action:
                ctx.pending = out[-1].action
                ctx.pending_label = out[-1].designation
                ctx.pending_own = False
                ctx.pending_authority = None
    else:
        auth = _authority_of(
            s, sent.mentions, len(s), specific[0] if specific else None, sent.start
        )
        if auth and not auth.startswith("Government of"):
            ctx.authority = auth
        counted = (
            (
                (_COUNTED_OBJECT_LOW.search(tw) if tw is not None else _COUNTED_OBJECT.search(s))
                if counted_obj is False
                else counted_obj
            )
            # ("froze the assets of three individuals": a counted freeze)
            if (strong or specific or "sanctions list" in types or (types and listish) or freeze)
            else None
        )
        if counted is None and types and has_any(low, _IMPOSED_KEYS):
            counted = _IMPOSED_COUNTED.search(s)
        if (
            counted is None
            and (strong or types or ctx.active)
            and (" were " in low or " been " in low)
        ):
            counted = _COUNTED_PASSIVE.search(s)
        own = (
            counted is not None
            and bool(ctx.designation)
            and not specific
            and "sanctions list" in types
        )
        if counted is not None:
            ctx.pending_own = own
        if counted is not None and (not ctx.designation or own):
            gen = "sanctions list" if "sanctions list" in types else (types or [ctx.last_label])[0]
            ctx.pending_label = (
                _SANCTIONS_BY_AUTHORITY.get(ctx.authority or "", gen)
                if gen == "sanctions list"
                else gen
            )
        if counted:
            # "Canada has added three groups to its list. The groups are A, B and C."
            ctx.pending_authority = auth if auth and auth.startswith("Government of") else None
        if counted and not _GENERIC_PAST.search(s):
            near = s[max(0, counted.start() - 60) : counted.end()]
            if (
                _REVOKE_LOW.search(tw[max(0, counted.start() - 60) : counted.end()])
                if tw is not None
                else _REVOKE.search(near)
            ) or counted.group(0).lower().startswith(("delist", "de-list", "remov")):
                ctx.pending = "revoked"
            elif _PROPOSE.search(near) or _PROPOSAL_BY_TO.search(
                s, max(0, counted.start() - 130), counted.start()
            ):
                # ("A proposal by Korea, Japan and the United States to add two firms": the
                # sponsors may run past the near window.)
                ctx.pending = "proposed"
            else:
                ctx.pending = "designated"
            # "added two networks to its list ...; the A and the B are accused of ...": the
            # counted objects named as the subject of the next clause of the same sentence.
            nxt = _NAMED_CLAUSE.search(s, counted.end()) if ";" in s or ":" in s else None
            if nxt:
                out = _pending_list(sent, ctx, ctx.pending, nxt.start("names"), nxt.end("names"))
                if len(out) < 2 and not _CLAUSE_COUNT_ONE.search(counted.group(0)):
                    out = []
                if out:
                    ctx.pending = None
                    ctx.last_records = out
    return out


_TRAILING_COUNTED = re.compile(
    r"\band\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+"
    r"(?:of\s+(?:its|their|his|her|the\s+\w+['’]s)\s+)?|an?\s+|one\s+(?:of\s+(?:its|their)\s+)?)"
    r"(?:[\w-]+\s+){0,3}?(?:individuals?|persons?|people|men|man|women|woman|directors?|"
    r"executives?|officers?|officials?|owners?|managers?|shareholders?|brokers?|"
    r"intermediar(?:y|ies)|businessm[ae]n|businesswom[ae]n|traders?|financiers?|nationals?|"
    r"citizens?|associates?|relatives?|sons?|commanders?|leaders?|companies|company|firms?|"
    r"entities|entity|subsidiar(?:y|ies)|affiliates?|vessels?|tankers?|ships?|banks?|"
    r"suppliers?|facilitators?|operatives?|members?)\b(?!\s*[,(]?\s*(?:the\s+)?[A-Z])"
)
_NAMED_CLAUSE = re.compile(
    r"[;:]\s+(?P<names>(?:[Tt]he\s+)?[A-Z][^;:.]{2,200}?)\s+(?:are|were|is|was|have|has|had)\s+"
    r"(?:(?:also|both|each|all|now)\s+)?(?:accused|said|alleged|believed|blamed|suspected|"
    r"linked|responsible|known|thought|active|based)\b"
)
_CLAUSE_COUNT_ONE = re.compile(r"\b(?:an?|one)\s", re.I)


# "X, a far-right network, became a proscribed terrorist organisation in Britain on
# Thursday", "Y has become a listed terrorist entity": a copula onto the listed status.
_BECAME_LISTED = re.compile(
    r"^(?:[A-Z][A-Z .,'’-]{1,40}?,[^—–]{0,40}?\s[—–]\s*)?"
    # "The order took effect at midnight, and X is now a proscribed organisation": the
    # state after the last coordinated clause.
    r"(?:[A-Z][A-Z'’ -]{1,30}:\s+)?(?:[^;:]{1,200}?(?:,\s+and|;)\s+(?=(?:[Tt]he\s+)?[A-Z]))?"
    # "In London, X became ...", "On Friday, X became ...": a fronted place or time.
    r"(?:(?:In|On|At|Meanwhile|Separately|Elsewhere|Earlier|Later|Last|This)(?:\s+[^,;:()]{1,30}?)?,\s+)?"
    # "A neo-Nazi network known as the X became ...": the descriptor before the name.
    r"(?:(?:An?|The)\s+[^,;:()]{1,80}?\s(?:known\s+as|called|calling\s+(?:itself|themselves)|"
    r"named|dubbed|styling\s+itself)\s+)?"
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][^,;:()]{1,80}?)"
    r"(?:\s*\([^()]{1,40}\))?(?:,\s+(?:a|an|the)\s[^;:]{1,220}?,)?\s+(?:formally\s+|officially\s+)?"
    r"(?:became|has\s+become|have\s+become|had\s+become|is\s+now|are\s+now|was\s+now)\s+"
    r"(?:formally\s+|officially\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<verb>proscribed|banned|designated|listed|outlawed|blacklisted|sanctioned|"
    r"delisted|de-proscribed)\s+(?:[\w-]+\s+){0,2}?(?:organi[sz]ations?|groups?|"
    r"entit(?:y|ies)|networks?|terrorists?)\b(?!['’-]|\s+(?:members?|leaders?|supporters?|"
    r"affiliates?|fighters?|figures?|activists?|suspects?|cases?)\b)"
)


_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")
_AGENT_AUTHORITY = {
    "United Kingdom": ("UK Home Office", "UK sanctions list"),
    "United States": ("US Treasury (OFAC)", "OFAC SDN sanctions"),
    "European Union": ("Council of the EU", "EU sanctions list"),
    "United Nations": ("UN Security Council", "UN sanctions list"),
}


def _agent_listing(s: str, label: str | None, ctx: DesigContext) -> tuple[str | None, str | None]:
    """(authority, label) of the by-agent of a pronoun-subject passive, when it is
    another state or body than the one that listed the antecedent."""
    m = _BY_AGENT.search(s)
    if m is None:
        return None, label
    ms = find_mentions(m.group(1))
    if not ms:
        return None, label
    return _state_listing(ms[0].canonical, s, label, ctx)


def _state_listing(
    state: str, s: str, label: str | None, ctx: DesigContext
) -> tuple[str | None, str | None]:
    """(authority, label) of a listing by ``state`` (a country or body), or (None,
    label) when it is the state that made the listing in context."""
    if state == _state_of(ctx.authority):
        return None, label
    known = _AGENT_AUTHORITY.get(state)
    if known:
        if "sanction" in s.lower() or label is None:
            return known
        return known[0], label
    own = _NATIONAL_LABELS.get(state)
    return f"Government of {state}", own[0] if own else f"{state} sanctions list"


# "The EU is considering similar measures against Tayfour", "Canada imposed matching
# sanctions on him": another authority following a listing already reported.
_SIMILAR_KEYS = (
    "similar",
    "matching",
    "parallel",
    "equivalent",
    "identical",
    "comparable",
    "the same",
    "its own",
    "their own",
    "corresponding",
    "reciprocal",
    "mirror",
)
_SIMILAR_MEASURES = re.compile(
    r"\b(?:similar|matching|parallel|equivalent|identical|comparable|the\s+same|its\s+own|"
    r"their\s+own|corresponding|reciprocal|mirror(?:ing)?)\s+(?:[\w-]+\s+)?(?:measures|"
    r"sanctions|steps|action|penalties|restrictions|designations?|listings?|asset\s+freezes|"
    r"travel\s+bans)\s+(?:against|on|targeting|upon)\s+"
)
_SIMILAR_NEG = re.compile(
    r"\b(?:not|never|declined|refused|ruled\s+out|no\s+plans?|rejected|resisted)\b", re.I
)
_PRONOUN_OBJECT = re.compile(
    r"(?:him|her|it|them|the\s+(?:man|woman|group|company|firm|network))\b"
)


def _similar_measures(sent: Sentence, ctx: DesigContext) -> list[Designation]:
    s = sent.text
    m = _SIMILAR_MEASURES.search(s)
    if m is None:
        return []
    before = s[: m.start()]
    if _SIMILAR_NEG.search(before):
        return []
    ms = [x for x in find_mentions(before) if x.kind != KIND_DEMONYM] or find_mentions(before)
    if not ms:
        return []
    entity = None
    if _PRONOUN_OBJECT.match(s, m.end()):
        entity = ctx.last_entity
    else:
        run = _NAME_RUN.match(s, m.end())
        if run:
            name = _clean_entity(run.group(0)).lower()
            for key, recs in ctx.by_entity.items():
                if key == name or key.endswith(" " + name) or key.startswith(name + " "):
                    entity = recs[0].entity
                    break
    if not entity or entity.lower() not in ctx.by_entity:
        return []  # only a listing already reported is followed
    prior = ctx.by_entity[entity.lower()][0]
    authority, label = _state_listing(ms[0].canonical, s, None, ctx)
    if authority is None or authority == prior.authority:
        return []
    action = "proposed" if _PROPOSE.search(before) else "designated"
    return [
        Designation(entity, label, authority, action, [], s, sent.start, sent.end),
    ]


def _became_listed(sent: Sentence, ctx: DesigContext, types: list[str]) -> list[Designation]:
    s = sent.text
    m = _BECAME_LISTED.match(s)
    if m is None:
        return []
    run = _NAME_RUN.match(m.group("name"))
    if run is None or run.end() != len(m.group("name").rstrip()):
        return []
    entity = _clean_entity(run.group(0))
    if not _entity_ok(entity, False):
        return []
    specific = [t for t in types if t in SPECIFIC_TYPES]
    label = specific[0] if specific else types[0]
    authority = _authority_of(s, sent.mentions, m.start("verb"), label, sent.start)
    label = _CRIMINAL_CODE_LABEL.get(authority or "", {}).get(label or "", label)
    label, authority = _national(s, label, authority, sent.mentions, ctx)
    action = "revoked" if m.group("verb").startswith("de") else "designated"
    d = Designation(entity, label, authority, action, [], s, sent.start, sent.end)
    out = _one_per_list([d], ctx, s)
    if out:
        ctx.last_records = out
        ctx.authority = out[-1].authority
        ctx.last_label = out[-1].designation
        ctx.active = True
        if _org_like(entity):
            ctx.last_org = entity
    return out


# "The Home Office is examining whether X meets the legal threshold for a ban", "officials
# are weighing whether the Y, a street movement, qualifies for listing": an authority
# assessing an entity against the legal test is a proposal for that entity.
_WHETHER_TEST = re.compile(
    r"\b(?:consider\w*|examin\w*|assess\w*|review\w*|weigh\w*|stud(?:y|ies|ying|ied)|"
    r"evaluat\w*|determin\w*|decid\w*|explor\w*|look\w*\s+(?:at|into)|check\w*|"
    r"investigat\w*|analys\w*|analyz\w*|scrutini[sz]\w*)[\"”']?\s+whether\s+"
    r"(?P<np>[^;:?]{3,220}?)\s++(?:(?P<meets>(?:still\s+|now\s+)?(?:meets?|met|"
    r"qualif(?:y|ies|ied)|satisf(?:y|ies|ied)|pass(?:es|ed)?|cross(?:es|ed)?|reach(?:es|ed)?|"
    r"clears?|cleared|fulfil(?:s|led)?|fulfills?|warrants?|warranted|merits?|merited))|"
    r"(?:should|could|would|can|ought\s+to)\s+(?:also\s+)?be\s+(?:proscribed|listed|"
    r"banned|designated|blacklisted|outlawed|added))\b"
    r"(?P<rest>[^;:.]{0,90})",
    re.I,
)
# "examining whether to ban the movement's youth wing, the Red Student Front"
_WHETHER_TO = re.compile(
    r"\b(?:consider\w*|examin\w*|assess\w*|review\w*|weigh\w*|stud(?:y|ies|ying|ied)|"
    r"evaluat\w*|determin\w*|decid\w*|explor\w*|look\w*\s+(?:at|into)|debat\w*|discuss\w*|"
    r"mull\w*|ponder\w*)\s+whether\s+(?:or\s+not\s+)?to\s+(?:also\s+)?(?:ban|proscribe|list|"
    r"designate|blacklist|outlaw|sanction|add|"
    # "assessing whether to recommend the listing of X": a proposal to propose.
    r"(?:recommend|propose|seek|request|pursue|advise|back|support)\s+(?:a\s+|the\s+)?"
    r"(?:listing|designation|proscription|ban|banning|blacklisting|sanctioning)\s+(?:of|on))"
    r"\s+(?P<np>[^;:?]{3,160}?)(?=\s+(?:to|on|as|under)\s|"
    r"[.;]|$)"
)
_TEST_FOR = re.compile(
    r"^(?:$|[^;:.]*?\b(?:threshold|test|criteria|criterion|bar|standard|requirements?|"
    r"conditions?|grounds)\s+(?:for|of|to)\b|\s*(?:for|to)\s+(?:a\s+)?(?:listing|"
    r"proscription|designation|ban|be\s+listed))",
    re.I,
)
_TEST_LISTING = re.compile(
    r"\b(?:proscri\w*|list(?:s|ed|ing)?|ban|banning|designat\w*|terror\w*|sanction\w*|"
    r"blacklist\w*|outlaw\w*)\b",
    re.I,
)
_NP_SPLIT = re.compile(r",\s+")


def _whether_test(sent: Sentence, ctx: DesigContext, types: list[str]) -> list[Designation]:
    """Proposal records for "examining whether X meets the threshold for a ban"."""
    s = sent.text
    m = _WHETHER_TEST.search(s) or _WHETHER_TO.search(s)
    if m is None:
        return []
    if (
        m.re is _WHETHER_TEST
        and m.group("meets")
        and not (_TEST_FOR.match(m.group("rest")) and _TEST_LISTING.search(m.group("rest")))
    ):
        return []  # "whether the group met in Rome", "the criteria for a licence"
    if not (types or ctx.active or "terror" in s.lower()):
        return []
    entity = None
    for part in _NP_SPLIT.split(m.group("np")):
        part = part.strip()
        body = _LEAD_THE_CASED.sub("", part)
        if not body[:1].isupper():
            cm = _COREF_NOUN.match(part) if m.re is _WHETHER_TEST else None
            if cm and part == cm.group(0):
                # "whether the network should be listed": the organisation named earlier.
                entity = _antecedent(ctx, s, m.start("np"), cm.group(0).split()[-1])
                if entity:
                    break
            continue
        run = _NAME_RUN.match(body)
        if not run:
            continue
        name = _clean_entity(run.group(0))
        if ctx.last_org and name != ctx.last_org and ctx.last_org.endswith(" " + name):
            name = ctx.last_org  # "the Collective" -> the Obsidian Collective named earlier
        if _entity_ok(name, False):
            entity = name
            break
    if entity is None:
        return []
    specific = [t for t in types if t in SPECIFIC_TYPES]
    label = (
        specific[0]
        if specific
        else (ctx.last_label or ctx.designation or ctx.pending_label or (types or [None])[0])
    )
    authority = (
        _authority_of(s, sent.mentions, len(s), specific[0] if specific else None, sent.start)
        or ctx.authority
    )
    if not specific:
        # The list this authority used earlier in the article ("the Home Office ... whether").
        same = [d for ds in ctx.by_entity.values() for d in ds if d.authority == authority]
        if same:
            label = same[-1].designation
    return [Designation(entity, label, authority, "proposed", [], s, sent.start, sent.end)]


# "The UAE issued a resolution placing both on its terrorist list", "Both were listed in
# the same decision", "Canada added the two men to its list as well": the records of the
# previous designation sentence, listed (again) by this sentence's authority.
_BOTH_PLURAL = (
    r"men|women|individuals|persons|people|entities|companies|firms|groups|gangs|cartels|"
    r"networks|militias|organi[sz]ations|outfits|factions|movements|businesses|charities|"
    r"banks|vessels|tankers|ships|brothers|financiers|leaders|commanders|officials|officers|"
    r"executives|directors|brokers|traders|businessmen|nationals|suspects|fugitives|clerics|"
    r"exchanges|subsidiaries|affiliates|targets|names"
)
# "also named both gangs SDGTs", "added the same two men to its local list", "has proposed
# adding both men to the UN list", "designated all four as ...", "listed them too": the
# objects of the previous listing, referred to by a count or "both".
_BOTH_AGAIN = re.compile(
    # (the lookahead holds every first letter of the verb branch: a cheap reject)
    r"(?=[pailbsdnotr])\b(?:plac(?:e|es|ed|ing)|add(?:s|ed|ing)?|put(?:s|ting)?|"
    r"includ(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|list(?:s|ed|ing)?|blacklist(?:s|ed|ing)?|sanction(?:s|ed|ing)?|"
    r"nam(?:e|es|ed|ing)|proscrib(?:e|es|ed|ing)|brand(?:s|ed|ing)?|declar(?:e|es|ed|ing)|"
    r"label(?:s|led|ed|ling|ing)?|outlaw(?:s|ed|ing)?|target(?:s|ed|ing)?|"
    r"remov(?:e|es|ed|ing)|delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?)"
    r"\s+(?:(?:also|likewise|similarly)\s+)?"
    rf"(?:both(?:\s+of\s+them|\s+(?:[\w-]+\s+)?(?:{_BOTH_PLURAL}))?|them(?:\s+both|\s+all)?|"
    rf"all\s+(?:of\s+them|(?:two|three|four|five|six)(?:\s+(?:[\w-]+\s+)?(?:{_BOTH_PLURAL}))?)|"
    rf"(?:the|those|these)\s+(?:same\s+)?(?:two|three|four|five|six|pair|trio)"
    rf"(?:\s+(?:[\w-]+\s+)?(?:{_BOTH_PLURAL}))?|"
    rf"the\s+same\s+(?:[\w-]+\s+)?(?:{_BOTH_PLURAL}))"
    r"(?:\s+(?:too|as\s+well|also))?"
    r"(?:\s+(?:on|onto|to|in|as|from|under|off)\b|\s+(?:an?\s+|the\s+)?(?=[A-Z]))|"
    r"^\W{0,3}(?:Both|All\s+(?:two|three|four|five)|The\s+(?:two|three|four|five|pair))"
    r"(?:\s+(?:men|women|individuals|entities|companies|firms|groups|of\s+them))?\s+"
    r"(?:were|have\s+been|had\s+been|are\s+(?:now\s+)?)\s*(?:also\s+)?"
    r"(?:listed|designated|added|placed|blacklisted|sanctioned|proscribed)\b",
    re.I,
)


def _both_again(sent: Sentence, ctx: DesigContext, types: list[str]) -> list[Designation]:
    s = sent.text
    m = _BOTH_AGAIN.search(s)
    if m is None:
        return []
    if _REVOKE.search(m.group(0)):
        action = "revoked"
    elif _PROPOSE.search(s, 0, m.start()):
        action = "proposed"
    elif _REVOKE.search(s):
        return []
    else:
        action = "designated"
    # The previous listing's objects (one record per entity).
    prev: list[Designation] = []
    for d in ctx.last_records or []:
        if all(p.entity != d.entity for p in prev):
            prev.append(d)
    if not 2 <= len(prev) <= 5:
        return []
    specific = [t for t in types if t in SPECIFIC_TYPES]
    label = specific[0] if specific else types[0]
    authority = _authority_of(s, sent.mentions, m.start(), label, sent.start)
    if label == "sanctions list":
        label = _SANCTIONS_BY_AUTHORITY.get(authority or "", "sanctions list")
    label, authority = _national(s, label, authority, sent.mentions, ctx)
    named = bool(sent.mentions or _authorities_named(s))
    if not named and not specific and action == prev[-1].action:
        return []  # "Both were designated as SDGTs for ...": a restatement, no new authority
    if not named and m.start() < 4:
        return []  # "Both were designated as SDGTs for being owned by X": a restatement
    if not named:
        # "the department also named both gangs SDGTs": the previous listing's authority
        authority = prev[-1].authority
    if authority is None:
        return []
    if (authority, label, action) in {(d.authority, d.designation, d.action) for d in prev}:
        return []
    out = [
        Designation(d.entity, label, authority, action, list(d.aliases), s, sent.start, sent.end)
        for d in prev
    ]
    out = _one_per_list(out, ctx, s)
    if out:
        ctx.last_records = out
    return out


def _full_name(d: Designation, ctx: DesigContext) -> Designation:
    """ "Al-Rawdah" after "Al-Rawdah General Trading": the short form of a recorded name."""
    key = d.entity.lower()
    if key in ctx.by_entity or (" " in key and len(key) > 24):
        return d
    longer = {ds[0].entity for k, ds in ctx.by_entity.items() if ds and k.startswith(key + " ")}
    if not longer and " " not in key:
        # "listed Désir under ...", "whether to add Fares to ...": a surname alone names the
        # person recorded earlier in full.
        longer = {ds[0].entity for k, ds in ctx.by_entity.items() if ds and k.endswith(" " + key)}
    if len(longer) == 1:
        d.entity = longer.pop()
    return d


_GATE_KEYS: tuple[str, ...] = ()


def _gate_keys() -> tuple[str, ...]:
    """The sentence trigger of :mod:`summarizer.extract` (imported late: circular)."""
    global _GATE_KEYS
    if not _GATE_KEYS:
        from summarizer.extract import _DESIG_KEYS

        _GATE_KEYS = _DESIG_KEYS
    return _GATE_KEYS


_ALIAS_NEXT_KEYS = (" as ", " by ", "call", "name", "known")

# Bits of :func:`_low_cues`: which key groups occur in a lower-cased sentence.
(
    _C_ALIAS_NEXT,
    _C_STRONG,
    _C_SAME,
    _C_GATE,
    _C_REPORT_OWN,
    _C_SIMILAR,
    _C_VOCAB,
    _C_NEG,
    _C_REMOVAL,
    _C_EXAMPLE,
    _C_UNDO,
    _C_APPLICATION,
    _C_PROPOSAL_NOUN,
) = (1 << i for i in range(13))
_LOW_CUES: list[Cues] = []
# Above the 13 bits of _low_cues: bit _TYPE_SHIFT + i is set when a cheap key of _TYPES[i]
# occurs (the gates of types_of).
_TYPE_SHIFT = _C_PROPOSAL_NOUN.bit_length()
_LOW_CUE_MASK = (1 << _TYPE_SHIFT) - 1
_SENTENCE_CUES_CACHE: dict[str, int] = {}


def _sentence_cues(low: str) -> int:
    """One scan for the keyword gates of both :func:`types_of` and :func:`_low_cues`.

    :mod:`summarizer.extract` asks types_of of a sentence before the rules ask _low_cues
    of it: the cache serves the second question from the first scan (built late: the
    gate keys are imported late)."""
    hit = _SENTENCE_CUES_CACHE.get(low)
    if hit is not None:
        return hit
    if not _LOW_CUES:
        _LOW_CUES.append(
            Cues(
                _ALIAS_NEXT_KEYS,
                _STRONG_KEYS,
                _SAME_KEYS,
                _gate_keys(),
                _REPORT_OWN_KEYS,
                _SIMILAR_KEYS,
                _VOCAB_KEYS,
                _NEG_KEYS,
                _REMOVAL_KEYS,
                _EXAMPLE_KEYS,
                _UNDO_KEYS,
                _APPLICATION_KEYS,
                _PROPOSAL_NOUNS,
                *(keys for _label, keys, _rx in _TYPES),
            )
        )
    hit = _LOW_CUES[0](low)
    if len(_SENTENCE_CUES_CACHE) > 256:
        _SENTENCE_CUES_CACHE.clear()
    _SENTENCE_CUES_CACHE[low] = hit
    return hit


def _low_cues(low: str) -> int:
    """Every keyword gate of the designation rules: bit ``_C_X`` is set when
    ``has_any(low, _X_KEYS)`` holds."""
    return _sentence_cues(low) & _LOW_CUE_MASK


# "The group also operates as X", "It has previously called itself X", "The firm, which
# trades as X, ...": an alias stated in the sentence after the designation.
_ALIAS_NEXT = re.compile(
    rf"^\W{{0,3}}(?:(?:The|This|That)\s+(?:[a-z-]+\s+)?({_GROUP_NOUNS}|man|woman|individual|"
    rf"person|financier|businessman|businesswoman|cleric|commander)|(It|He|She))"
    rf"(?:,\s+which|,\s+who)?\s+(?:has\s+|had\s+|is\s+|was\s+|also\s+|previously\s+|"
    rf"formerly\s+|sometimes\s+|reportedly\s+|widely\s+|better\s+|now\s+|since\s+|"
    rf"been\s+)*(?:operat\w+|trad(?:es|ed|ing)|go(?:es)?\s+by|went\s+by|known|"
    rf"call(?:s|ed)?\s+(?:itself|himself|herself|themselves)|called|styl\w+\s+"
    rf"(?:itself|himself|herself)|uses?\s+the\s+names?|used\s+the\s+names?|rebranded|"
    rf"renamed\s+itself|referred\s+to)\s+(?:as\s+|under\s+|by\s+|to\s+)?"
    rf"(?:the\s+names?\s+)?[“\"]?(?=(?:the\s+)?[A-Z])",
    re.I,
)


_PERSON_WORDS = {
    "he",
    "she",
    "man",
    "woman",
    "individual",
    "person",
    "financier",
    "businessman",
    "businesswoman",
    "cleric",
    "commander",
}


_CONSIDERED_FOR = re.compile(
    r"\s(?:is|are|was|were)\s+(?:being\s+|now\s+|also\s+)?(?:considered|evaluated|reviewed)\s+"
    r"for\s+(?:a\s+|an\s+|possible\s+|formal\s+)?(?:designation|listing|proscription)\b"
)
# "It revoked the designation a month later", "The listing was lifted in 2021": the
# previous sentence's listing undone, with no name of its own.
_UNDO_THE_LISTING = re.compile(
    r"(?:(?:[A-Z][\w ]{0,30}|In\s+\d{4}|\w+\s+later),\s+)?(?:(?:It|The\s+(?:[A-Z]\w+\s+)?"
    r"(?:[Dd]epartment|[Mm]inistry|[Gg]overnment|[Cc]ouncil|[Tt]reasury|[Oo]ffice|administration|"
    r"bloc|committee))\s+(?:later\s+|then\s+|quietly\s+)?(?:revoked|rescinded|lifted)\s+"
    r"(?:the|that|this|its)\s+(?:designation|listing|proscription|sanctions)|(?:The|That|This)\s+"
    r"(?:designation|listing|proscription)\s+was\s+(?:later\s+|then\s+|quietly\s+)?"
    r"(?:revoked|rescinded|lifted))(?!\s+(?:of|on|against)\b)[^,;:]*[.!]?$"
)


def _alias_followup(ctx: DesigContext, am: re.Match[str]) -> list[Designation]:
    """Copies of the previous sentence's records with the alias this sentence states."""
    s = am.string
    run = _NAME_RUN.match(s, am.end())
    alias = _clean_entity(run.group(0)) if run else ""
    if not alias or _NOT_ENTITY.match(alias):
        return []
    recs = ctx.last_records or []
    word = (am.group(1) or am.group(2) or "").lower()
    if word in _PERSON_WORDS:
        pick = [d for d in recs if not _org_like(d.entity)]
    elif am.group(1):
        pick = [d for d in recs if _org_like(d.entity)]
    else:
        pick = recs
    if not pick:
        return []
    target = pick[-1].entity
    if alias.lower() == target.lower():
        return []
    out = []
    for d in recs:
        if d.entity == target:
            out.append(
                Designation(
                    d.entity,
                    d.designation,
                    d.authority,
                    d.action,
                    [*d.aliases, alias] if alias not in d.aliases else list(d.aliases),
                    d.evidence,
                    d.start,
                    d.end,
                )
            )
    return out


_ABBR_SENTENCE_END = re.compile(
    r"\b(?:Corp|Inc|Co|Ltd|Bhd|Pte|Jr|Sr)\.(?=\s+[A-Z][a-z]+\s+(?!(?:of|de|del|al|and|for|la|le|"
    r"du|des|y|van|von|da|do|dos)\b)[a-z])"
)


def _pending_list(
    sent: Sentence, ctx: DesigContext, action: str, lo: int, hi: int | None = None
) -> list[Designation]:
    """Records for the names listed after a designation sentence that named none."""
    s = sent.text
    if hi is None:
        hi = len(s.rstrip(" ."))
        cut = _ABBR_SENTENCE_END.search(s, lo, hi) if ". " in s[lo:hi] else None
        if cut:
            # "The companies are A Inc. and B Corp. In accordance with ...": a sentence
            # ending in a company abbreviation was not split; the names end there.
            hi = cut.end()
    out: list[Designation] = []
    seen: set[str] = set()
    authority = ctx.pending_authority or ctx.authority
    label = (
        ctx.pending_label
        if ctx.pending_own and ctx.pending_label
        else (ctx.designation or ctx.pending_label)
    )
    if ctx.pending_authority:
        label = _CRIMINAL_CODE_LABEL.get(authority or "", {}).get(label or "", label)
    for name, _a, _b, aliases in _they_items(s, lo, hi):
        entity = _clean_entity(name)
        if not _entity_ok(entity, False) or entity.lower() in seen:
            continue
        seen.add(entity.lower())
        out.append(
            Designation(
                entity,
                label,
                authority,
                action,
                _fix_alias([a for a in aliases if a and a.lower() != entity.lower()]),
                s,
                sent.start,
                sent.end,
            )
        )
        ctx.last_entity = entity
    return out

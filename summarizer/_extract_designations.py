"""Designations: terrorist and sanctions listings, revocations and proposals.

Steps 5 and 8 of the approach in :mod:`summarizer.extract`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from summarizer._extract_common import Sentence
from summarizer.gazetteer import (
    KIND_DEMONYM,
    Mention,
    find_mentions,
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
    "stopped short",
    "rejected",
    "without",
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
)

_DESIG_TRIGGER = re.compile(
    r"designat|proscri|blacklist|delist|de-list|terrorist|sanction|SDGT|\bFTOs?\b|"
    r"\blist(?:s|ed|ing)?\b|Kingpin|registry|\bban\b|Foreign\s+Assets|OFAC",
    re.I,
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
        "proscribed under the UK Terrorism Act 2000",
        ("terrorism act", "proscri"),
        re.compile(r"(?<!Prevention of )(?<!Anti-)Terrorism\s+Act(?:\s+2000)?|\bproscri\w+", re.I),
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
        ("sanction",),
        re.compile(
            r"sanctions?\s+(?:list|blacklist|regime|committee)|\bsanction(?:s|ed|ing)?\b", re.I
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
            r"terrorist\s+(?:organi[sz]ations?|groups?|entit(?:y|ies)|list)|"
            r"\bterrorists?\b|\bterrorism\b|banned\s+organi[sz]ations|extremist\s+"
            r"organi[sz]ations",
            re.I,
        ),
    ),
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
    ("UN Security Council", re.compile(r"Security\s+Council|\bUN\b|U\.N\.|United\s+Nations")),
    (
        "Council of the EU",
        re.compile(
            r"Council\s+of\s+the\s+(?:EU|European\s+Union)|\bEU\b|European\s+Union|\bbloc['’]s\b"
        ),
    ),
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
    "UN Security Council": ("Security Council", "UN", "U.N.", "United Nations"),
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
}
_TYPE_DEFAULT_AUTHORITY = {
    "Foreign Terrorist Organization": "US State Department",
    "Specially Designated Global Terrorist": "US State Department",
    "State Sponsor of Terrorism": "US State Department",
    "Foreign Narcotics Kingpin": "US Treasury (OFAC)",
    "OFAC SDN sanctions": "US Treasury (OFAC)",
    "proscribed under the UK Terrorism Act 2000": "UK Home Office",
    "EU terrorist list": "Council of the EU",
    "UN sanctions list": "UN Security Council",
}
_SANCTIONS_BY_AUTHORITY = {
    "US Treasury (OFAC)": "OFAC SDN sanctions",
    "US State Department": "OFAC SDN sanctions",
    "UN Security Council": "UN sanctions list",
    "Council of the EU": "EU sanctions list",
    "UK Home Office": "UK sanctions list",
}
_DESIG_VERB = (
    r"(?:designat(?:e|es|ed|ing)|proscrib(?:e|es|ed|ing)|blacklist(?:s|ed|ing)?|"
    r"delist(?:s|ed|ing)?|de-list(?:s|ed|ing)?|list(?:s|ed|ing)?|add(?:s|ed|ing)?|"
    r"sanction(?:s|ed|ing)?|outlaw(?:s|ed|ing)?|remov(?:e|es|ed|ing)|nam(?:e|es|ed|ing)|"
    r"revok(?:e|es|ed|ing)|rescind(?:s|ed|ing)?|label(?:s|led|ed|ling)?|plac(?:e|es|ed|ing)|"
    r"declar(?:e|es|ed|ing)|classif(?:y|ies|ied|ying)|assign(?:s|ed|ing)?|put(?:s|ting)?|"
    r"deproscrib(?:e|es|ed|ing)|unban(?:s|ned|ning)?|target(?:s|ed|ing)?|"
    r"(?:taken|took|struck)\s+off)"
)
_STRONG_VERB = re.compile(r"^(?:designat|proscrib|blacklist|delist|de-list|deproscrib)", re.I)
_DESIG_NOUN = (
    r"(?:designations?|proscriptions?|listings?|delistings?|blacklisting|removal|revocation|"
    r"de-?proscription)"
)
_ACTIVE = re.compile(rf"\b{_DESIG_VERB}\s+")
_AUX_BEFORE = re.compile(
    r"\b(?:(?:has|have|had)\s+been|(?:will|would|could|should|must|to)\s+be|was|were|is|are|"
    r"being|been)\s+(?:formally\s+|officially\s+|also\s+|now\s+|"
    r"first\s+|previously\s+|already\s+)?$"
)
_NOMINAL = re.compile(
    rf"\b{_DESIG_NOUN}\s+(?:from\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){{0,3}}?list\s+)?of\s+",
    re.I,
)
_BAN_ON = re.compile(r"\b(?:ban|sanctions)\s+on\s+", re.I)
_PASSIVE = re.compile(
    rf"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be|to\s+be|"
    rf"be|being|could\s+be|should\s+be|must\s+be)\s+"
    rf"(?:formally\s+|officially\s+|also\s+|now\s+|first\s+|previously\s+|already\s+)?"
    rf"{_DESIG_VERB}\b",
    re.I,
)
_POSSESSIVE = re.compile(rf"['’]s?\s+(?:\w+\s+)?{_DESIG_NOUN}\b", re.I)
_NAME_TOKEN = (
    r"(?:[A-Z0-9À-ÖØ-ÞŁŒŠŽ][\w'’&.\-]*|"
    r"(?:al|el|ad|an|as|ash|at|az|wal|bin|ibn|ul|ur|us|e|i)-[A-Z]?[\w'’\-]*)"
)
_CONNECTOR = (
    r"(?:de|del|de\s+la|de\s+los|de\s+las|la|las|los|el|al|of|the|for|y|e|bin|ibn|"
    r"da|do|dos|das|du|van|von|ul|wal|fi|min)"
)
_NAME_RUN = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?{_NAME_TOKEN}(?:\s+(?:{_CONNECTOR}\s+)*{_NAME_TOKEN})*"
)
_OBJECT_STOP = re.compile(
    r"\s(?:as|under|from|after|because|since|until|following|over|amid|for\s+(?:allegedly|"
    r"their|its|his|her|providing|supporting))\s|\sto\s(?:the|its|their|his|her|a|an|"
    r"[A-Z]\w+['’]s)\s|;|:|[.?!](?:\s|$)|,\s+(?:who|which|whom|whose|that|saying|said|"
    r"accusing|citing|according|freezing|marking|becoming|bringing|lifting|in\s+a|the\s+"
    r"latest|a\s+(?:move|step|decision|proposal|request|measure))\b|,\s+and\s+(?=[A-Z][\w-]*['’]s\s)|"
    r"\s(?:the\s+same|last|this|next)\s+(?:week|month|year|day)\b|\s(?:who|which|whom|that)\s|\s[—–]\s|,\s+(?:on|"
    r"last|this|earlier)\s|[“\"]|,\s+(?!(?:and|or|also|known|a\.?k\.?a|formerly|the|a|an|"
    r"together|along|alongside|as|its|his|her|their|two|three|four|five|both|who|which|whom|"
    r"whose|leader|head|chief|officially|otherwise|better|widely)\b)[a-z]+\b"
)
_AND_MORE = re.compile(
    r",?\s+(?:and|together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*-based\s+)?(?=[A-Z]|(?:al|el)-)"
)
_ALIAS = re.compile(
    r"\s*(?:,|\(|—|–)\s*(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|formally\s+|"
    r"officially\s+|locally\s+|sometimes\s+)?"
    r"(?:known\s+as|called|a\.?k\.?a\.?|alias|(?:who|which)\s+(?:also\s+)?calls?\s+"
    r"(?:themselves|itself))\s+[“\"]?(?:the\s+)?",
    re.I,
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
    r"Organi[sz]ations?|.*\b(?:Terrorist|Criminal|Extremist)\s+Organi[sz]ations?|.*['’]s\b.*|Western|Eastern|Northern|Southern|Arab|Islamic|Muslim|"
    r"Christian|Sunni|Shia|Shiite|Kurdish|Gulf|Nazi|Communist|.*\bCourt|"
    r"[\w'’-]+-(?:based|linked|backed|born|registered|led|aligned|affiliated|run|owned))$"
)
_DISTRACTOR_AFTER = re.compile(
    r"^\s*(?:polling|successor|hitter|driver|marine|heritage|area|areas|zone|zones|site|"
    r"sites|survivor|spokes\w*|representative|hospital|shelter|route|lane|reserve|park|"
    r"hotline|hub|port|official|officials|agent|smoking|parking|landing|spot|place|venue|"
    r"crossing|corridor|safe|funds?|beneficiar\w+|emergency|disaster|priority|time|date|"
    r"day|player|hitters|for\b)",
    re.I,
)
_REVOKE = re.compile(
    r"\b(?:revok\w*|revocation|rescind\w*|delist\w*|de-list\w*|remov(?:e|es|ed|ing|al)|"
    r"lift(?:s|ed|ing)?|unban\w*|deproscri\w*|de-proscri\w*|took\s+\w+\s+off|taken\s+off|"
    r"no\s+longer\s+(?:designated|listed|proscribed)|suspend(?:s|ed|ing)?\s+the\s+ban)\b",
    re.I,
)
_PROPOSE = re.compile(
    r"\b(?:consider\w*|plan(?:s|ned|ning)?\s+to|propos\w*|intend\w*|intent(?:ion)?|would\s+\w+|"
    r"could\s+\w+|(?-i:may)\s+(?!\d)\w+|might|mov(?:e|es|ing)\s+to|seek\w*\s+to|bill|"
    r"weigh\w*|expected\s+to|will\s+(?:designate|proscribe|list|add|formally)|set\s+to|"
    r"review\w*|threaten\w*|draft\w*|prepar\w*\s+to|aim\w*\s+to|evaluat\w*|whether\s+to|"
    r"want\w*\s+to|pending|recommend\w*|ask\w*\s+(?:\S+\s+){1,6}?to|request\w*|"
    r"lay\s+(?:an?\s+)?order|process\s+of|begun|began|intends|defer(?:s|red|ring)?|"
    r"under\s+(?:review|consideration)|on\s+hold|remains?\s+blocked|held\s+up)\b",
    re.I,
)
_PRESSURE = re.compile(
    r"\b(?:pressure\s+to|calls?\s+(?:from\s+\w+\s+)?(?:for|to)|called\s+(?:on\s+\w+\s+)?(?:for|to)|"
    r"urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|campaign(?:ers|ing)?\s+(?:for|to)|"
    r"petition\w*)\b",
    re.I,
)
_NEGATED_DESIG = re.compile(
    r"\b(?:not|never|declined\s+to|refused\s+to|no\s+plans\s+to|stopped\s+short\s+of|"
    r"rejected\s+(?:calls|demands|a\s+request)\s+to|without)\s+(?:\w+\s+){0,2}?"
    r"(?:designat|proscrib|blacklist)\w*",
    re.I,
)
_COREF = re.compile(
    r"^(?:the|this|that)\s+(?:group|cartel|gang|organi[sz]ation|movement|militia|network|"
    r"outfit|faction|alliance|company|firm|man|individual)(?:['’]s)?\b|^(?:it|them)\b",
    re.I,
)
_AFFILIATE = re.compile(r"\s+(?:affiliate|branch|province|chapter)\s+in\s+", re.I)
# One leading \b lets the regex engine skip non-word-start positions quickly.
_VOCAB = re.compile(
    r"\b(?:re)?(?:designat|proscri|blacklist|delist|de-list|sanction|list(?:s|ed|ing)?\b|ban\b|"
    r"outlaw|label|registry|nam(?:ed|es|ing)\b|add(?:s|ed|ing)?\b|remov|plac|declar|took|taken)"
)


# "the designation of X, in place since 2010, was revoked" / "the listing of X ... is
# under review": the predicate after a nominal designation decides the action.
_NOMINAL_PREDICATE = re.compile(
    r"[^;:.]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remains?|"
    r"would\s+be|will\s+be)\s+(?:still\s+|now\s+|formally\s+|also\s+)?(?:"
    r"(revoked|lifted|rescinded|removed|annulled|overturned|withdrawn|cancelled|quashed|"
    r"struck\s+down|set\s+aside)|"
    r"(under\s+review|under\s+consideration|deferred|pending|on\s+hold|blocked|being\s+"
    r"considered|being\s+reviewed|expected|planned|proposed))\b"
)


_STRONG_KEYS = ("designat", "proscri", "blacklist", "delist", "de-list")
_DESIGNATED_WORD = re.compile(r"\bdesignated\b")
_LISTISH = re.compile(r"\blist(?:s|ed|ing)?\b|registry|blacklist|\bban\b|\bschedule\b")
_DECLARE = re.compile(r"\b(?:declar|label|classif)")


@dataclass(slots=True)
class DesigContext:
    designation: str | None = None
    authority: str | None = None
    active: bool = False
    last_entity: str | None = None
    upcoming: str | None = None
    text: str = ""
    # "OFAC designated three leaders ... as SDGTs. They are A; B; and C.": the action of a
    # designation sentence that named no entity, carried to the next sentence's list.
    pending: str | None = None


def types_of(s: str, low: str) -> list[str]:
    hit = _TYPES_CACHE.get(s)
    if hit is not None:
        return hit
    out = _types_uncached(s, low)
    if len(_TYPES_CACHE) > 256:
        _TYPES_CACHE.clear()
    _TYPES_CACHE[s] = out
    return out


_TYPES_CACHE: dict[str, list[str]] = {}


def _types_uncached(s: str, low: str) -> list[str]:
    out = []
    for label, keys, rx in _TYPES:
        if any(k in low for k in keys) and rx.search(s):
            out.append(label)
    return out


def _authority_of(
    s: str, mentions: list[Mention], trigger_pos: int, designation: str | None, off: int
) -> str | None:
    for label, rx in _AUTHORITIES:
        if not any(k in s for k in _AUTHORITY_KEYS[label]):
            continue
        m = rx.search(s)
        if m is None:
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
        m for m in mentions if m.start - off < trigger_pos and m.kind in ("country", "metonym")
    ]
    if before:
        return f"Government of {before[0].canonical}"
    # "the Australian government listed ...", "added to Canada's list of ...".
    for m in mentions:
        rel = m.start - off
        if (m.kind == KIND_DEMONYM and rel < trigger_pos and _GOV_AFTER.match(s, m.end - off)) or (
            m.kind == "country" and rel >= trigger_pos and _LIST_OF.match(s, m.end - off)
        ):
            return f"Government of {m.canonical}"
    return None


_GOV_AFTER = re.compile(
    r"\s+(?:government|authorities|cabinet|parliament|(?:interior|home\s+affairs|justice|"
    r"security)\s+(?:ministry|minister|department))\b",
    re.I,
)
_LIST_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:list|register|registry|schedule)\b")


def _clean_entity(name: str) -> str:
    name = re.sub(r"^[Tt]he\s+", "", name.strip())
    name = re.sub(r"^[A-Z][\w-]*-(?:based|born|registered|linked|backed)\s+", "", name)
    name = re.sub(r"\s*\([A-Z][\w\-]{1,12}\)$", "", name)
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return " ".join(words).strip(" ,.'’\"“”")


def _entity_ok(name: str, allow_country: bool) -> bool:
    if not name or len(name) < 2 or _NOT_ENTITY.match(name):
        return False
    if not allow_country:
        # "U.S" loses its final stop to the sentence splitter; test it with the stop back.
        for candidate in (name, f"{name}."):
            ms = find_mentions(candidate)
            if ms and ms[0].start == 0 and ms[0].end >= len(candidate) - 2:
                return False
    return not all(w in ("Los", "Las", "El", "La", "Al") for w in name.split())


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
        name = m.group(0)
        pos = end
        if _DESCRIPTOR_AFTER.match(s, end, hi):
            continue  # "the Montreal street gang Zone Rouge": "Montreal" describes
        before = s[max(lo, start - 16) : start]
        if (
            skip_prep
            and last_skip >= 0
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", s[last_skip:start])
        ):
            last_skip = end
            continue
        if (
            skip_prep
            and re.search(
                r"\b(?:in|of|for|from|by|at|on|near|into|through|against|"
                r"over|a|an|to|than|between)\s+$",
                before,
            )
            and not re.search(r"(?:together|along)\s+with\s+$", before)
        ) and not (start - lo <= 3):
            last_skip = end
            continue
        aliases: list[str] = []
        am = _ALIAS.match(s, end)
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
        aff = _AFFILIATE.match(s, end)
        if aff:
            cm = re.match(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", s[aff.end() :])
            if cm:
                name = f"{name} {cm.group(0)}"
                pos = aff.end() + cm.end()
        out.append((name, start, end, aliases))
    return out


# A capitalised token followed by a lower-case descriptor and then the name:
# "the Montreal street gang Zone Rouge", "the Turkish national Erol Aksu".
_DESCRIPTOR_NOUNS = (
    r"(?:group|gang|ring|network|collective|faction|organi[sz]ation|movement|militia|cartel|"
    r"charity|company|firm|trader|businessman|businesswoman|national|citizen|cleric|"
    r"financier|operative|outfit|crew|syndicate|wing|affiliate|branch|cell|club|"
    r"brotherhood|front|association|foundation|exchange|business|smuggler|trafficker)"
)
_DESCRIPTOR_AFTER = re.compile(
    rf"\s+(?:(?!(?:and|or|as|of|on|in|to|for|from|by|with|at|the|a|an|its|their|his|her|"
    rf"was|were|is|are|has|have|had|be|been|which|who|that|known|called|leader|chief|head|"
    rf"founder)\b)[a-z][\w-]*\s+){{0,2}}{_DESCRIPTOR_NOUNS}s?\s+(?:the\s+)?[A-Z]"
)
_GENERIC_NAME_TAIL = re.compile(
    r"\s+(?:gang|cartel|crew|group|network|militia|ring|organi[sz]ation|movement|front|"
    r"faction|collective)\b"
)
_APPOSITION_START = re.compile(
    r"(?:a|an|which|who|whose|whom|based|registered|operating|accused|described|"
    r"known|also|its|his|her|their|one|two|both|in|on|at|said|according)\b"
)


def _item_entity(s: str, lo: int, hi: int) -> tuple[str, int, int, list[str]] | None:
    """The entity named by one list element s[lo:hi].

    Descriptors are skipped ("the Sinaloa-linked trafficking network Los
    Halcones del Norte"), "known as" introduces the name ("the extortion ring
    known as the Dhillon crew"), parentheses and "also known as" give aliases,
    and an apposition after the first comma is ignored.
    """
    lead = re.match(r"\s*(?:and\s+|or\s+)?(?:the\s+|a\s+|an\s+)?", s[lo:hi])
    start = lo + (lead.end() if lead else 0)
    cut = re.search(r",\s|\s[—–]\s", s[start:hi])
    head_end = start + cut.start() if cut else hi
    head = s[start:head_end]
    aliases: list[str] = []
    for pm in re.finditer(r"\(([^()]*)\)", head):
        inner = re.sub(
            r"^\s*(?:also\s+|formerly\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|called|alias)\s+",
            "",
            pm.group(1),
        )
        inner = re.sub(r"^(?:the|The)\s+", "", inner).strip(" \"“”'")
        if inner and inner[0].isupper():
            aliases.append(inner)
    flat = re.sub(r"\([^()]*\)", lambda x: " " * len(x.group(0)), head)
    am = re.search(
        r"\b(?:also\s+|widely\s+|better\s+)?(?:known(?:\s+to\s+\w+)?\s+as|called|dubbed|"
        r"a\.?k\.?a\.?)\s+[“\"]?(?:the\s+)?",
        flat,
    )
    whole = _ORG_WITH_AND.fullmatch(flat.rstrip())
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
            if re.fullmatch(rf"(?:{_GENERIC_NAME_TAIL.pattern})?[\s\"”'’]*", rest) or (
                am and r.end() <= am.start()
            ):
                pick = r
                break
    if pick is None:
        return None
    name = pick.group(0)
    end = pick.end()
    tail = _GENERIC_NAME_TAIL.match(flat, pick.end())
    if tail and " " not in re.sub(r"^[Tt]he\s+", "", name.strip()):
        name += tail.group(0)
        end = tail.end()
    return name, start + pick.start(), start + end, aliases


# "Al-Hijra Relief and Development Organization": "and" inside one organisation name.
_AND_IN_NAME = re.compile(
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
    r"(?=\s*(?:[,;(.]|$))"
)


_ORG_WITH_AND = re.compile(
    r"[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|the|and|&))*?\s+and\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,3}(?:Organi[sz]ation|Foundation|Society|Association|Trust|Fund|"
    r"Company|Services|Trading|Holdings|Institute|Agency|Bureau|Charity|Exchange)"
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
        i = lo
        while i < hi:
            ch = s[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and ch == ",":
                nxt = re.match(r",\s*(?:and\s+|or\s+)?", s[i:hi])
                if nxt and not _APPOSITION_START.match(s, i + nxt.end()):
                    cuts.append(i)
            elif (
                depth == 0
                and s.startswith(" and ", i)
                and s[i - 1 : i] != ","
                and not _AND_IN_NAME.match(s, i + 5, hi)
            ):
                cuts.append(i)
            i += 1
        cuts.append(hi)
        spans = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    out = []
    for a, b in spans:
        a = a + (1 if s[a : a + 1] == "," else 0)
        got = _item_entity(s, a, b)
        if got:
            out.append(got)
    return out


_COPULAR_LIST = re.compile(
    r"\b(?:Those|The\s+(?:\w+\s+){0,2}?(?:groups|entities|individuals|people|persons|"
    r"companies|firms|organi[sz]ations|men|networks|targets))\s+(?:named|designated|listed|"
    r"sanctioned|added|targeted|proscribed)(?:\s+\w+){0,3}?\s+(?:are|were|include[ds]?)\s+"
)
# Inverted copula: "Sanctioned were A, a trader; B; and C".
_INVERTED_LIST = re.compile(
    r"(?:^|[:;]\s*)(?:Also\s+|Separately\s+|Today\s+)?(?:Sanctioned|Designated|Listed|Named|"
    r"Targeted|Proscribed|Blacklisted)\s+(?:(?:today|on\s+\w+|this\s+week|alongside\s+them)\s+)?"
    r"(?:were|are)\s+"
)
# Bulletin labels: "- Added: A (alias X), who ...", "Also added: B", "Removed: C".
_LABEL_LIST = re.compile(
    r"^\W{0,3}(?:Also\s+)?(added|listed|designated|sanctioned|proscribed|removed|delisted|"
    r"de-listed|revoked)\s*:\s+",
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
    r"\b(?:designat|sanction|list|add|proscrib|blacklist|delist|de-list|remov|nam)\w*\s+"
    r"(?:(?:also|today|on\s+\w+)\s+)?(?:an?\s+(?:further|additional)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|multiple)\b",
    re.I,
)
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
    r"The\s+(?:individuals|entities|men|persons|people|companies|groups|targets)\s+"
    r"(?:named|designated|listed|sanctioned|targeted))\s+(?:are|were|include[ds]?|comprise)"
    r"\s*:?\s+"
)
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
    r"\s*[,(—–]\s*(?:also\s+|otherwise\s+|formerly\s+|better\s+|widely\s+|formally\s+|"
    r"officially\s+|locally\s+|sometimes\s+)?(?:known\s+as|called|a\.?k\.?a\.?|alias|"
    r"(?:who|which)\s+(?:also\s+)?calls?\s+(?:themselves|itself))\s+[“\"]?(?:the\s+)?$"
)
_DECLARE_TYPE_AFTER = re.compile(
    r"\b(?:terrorist|terror|proscribed|specified|banned|extremist|sanction\w*|designated)\b",
    re.I,
)

_FRONTED = re.compile(
    r"\s*(?:(?:Under|In|On|At|With|After|Following|By|Through|As\s+part\s+of)\b[^,]{0,60},\s+|"
    r"(?:Earlier|Separately|Meanwhile|Also|Additionally|Conversely|Today|Yesterday|"
    r"Similarly|Likewise|However)\s*,\s+)"
)


def _inline_antecedent(s: str, pos: int) -> str | None:
    """'a second group, the ... ring Los Zopilotes, ... to add it': the group named here."""
    best = None
    for m in re.finditer(rf"\b{_DESCRIPTOR_NOUNS}\s+((?:the\s+)?[A-Z])", s[:pos]):
        r = _NAME_RUN.match(s, m.start(1))
        if r:
            best = r.group(0)
    return best


def _object_names(s: str, start: int, ctx: DesigContext) -> list[tuple[str, int, int, list[str]]]:
    stop = _OBJECT_STOP.search(s, start)
    end = stop.start() if stop else len(s)
    cm = _COREF.match(s[start:end])
    names = []
    if cm:
        ante = _inline_antecedent(s, start) if cm.group(0).lower() in ("it", "them") else None
        if ante or ctx.last_entity:
            names.append((ante or ctx.last_entity, start, start + cm.end(), []))
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
            and re.match(r"\s*(?:,|\(|as\b|$)", s[tail.end() :])
        ):
            names[-1] = (s[last[1] : tail.end()], last[1], tail.end(), last[3])
    # ", alongside the Tren de Aragua gang" / ", and Hafsa Money Transfer" after a stop.
    if stop:
        for more in _AND_MORE.finditer(s, end):
            if more.group(0).lstrip(" ,").startswith("and") and _PREP_NAME_BEFORE.search(
                s, max(0, more.start() - 60), more.start()
            ):
                continue  # "attacks on police posts in Kilifi and Kwale"
            nxt = _OBJECT_STOP.search(s, more.end())
            names += _runs(s, more.end(), nxt.start() if nxt else len(s), skip_prep=False)[:1]
    return names


_LEAD_DESCRIPTOR = re.compile(
    r"\s*(?:and\s+)?(?:the|its|his|her|their|a|an)\s+[a-z][a-z'’\s-]*?,\s+"
)
_ALIAS_CUE = re.compile(r",?\s*(?:also\s+|otherwise\s+)?(?:known\s+as|a\.?k\.?a\.?|alias)\s+")


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
            stop = re.search(r",\s+(?:an?|the|who|which|whose|its|his|her)\b", s[cue.end() : b])
            region = s[cue.end() : cue.end() + stop.start() if stop else b]
            for al in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", region):
                al = _clean_entity(al.strip(' "“”'))
                if al and _NAME_RUN.fullmatch(al):
                    aliases.append(al)
        out.append((got[0], got[1], got[2], aliases))
    return out


_PREP_NAME_BEFORE = re.compile(
    r"\b(?:in|at|on|near|from|into|across|between|around|outside|to)\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$"
)


def _subject_names(s: str, aux_start: int) -> list[tuple[str, int, int, list[str]]]:
    seg = s[:aux_start]
    # "The Houthis, who call themselves Ansar Allah, have been designated"
    rel = re.search(
        r"(?:^|[,;:]\s*|\bthat\s+)((?:[Tt]he\s+)?[A-Z][^,]*?),\s+(?:who|which)\s+"
        r"[^,]*,\s*$",
        seg,
    )
    if rel:
        return _runs(s, rel.start(1), rel.end(1) + 0, skip_prep=False)[:1] and [
            (
                r[0],
                r[1],
                r[2],
                r[3]
                + [
                    _clean_entity(a.group(0))
                    for a in [
                        re.search(r"(?:themselves|itself|as)\s+(.+?),\s*$", seg[rel.end(1) :])
                    ]
                    if a
                ],
            )
            for r in _runs(s, rel.start(1), rel.end(1), skip_prep=False)[:1]
        ]
    # "Under the order, A (also known as X), B and C were proscribed": a list subject.
    base = 0
    for m in re.finditer(r"[;:]|\s[—–]\s|\b(?:that|said|after|when|while|but)\b", seg):
        base = m.end()
    fr = _FRONTED.match(seg, base)
    if fr:
        base = fr.end()
    region = seg[base:]
    if (fr or re.search(r",\s|\sand\s", region)) and not re.search(
        r"\b(?:was|were|is|are|has|have|had|said|says|who|which|would|will)\b", region
    ):
        items = _list_entities(s, base, aux_start)
        if items and (len(items) >= 2 or fr):
            return items
    lo = 0
    for m in re.finditer(
        r"(?:^|[;:]|\b(?:that|said|after|when|as|while|but)\b|,\s+(?=[a-z]))", seg
    ):
        lo = m.end()
    names = _runs(s, lo, aux_start, skip_prep=True)
    if names and s[names[-1][2] : aux_start].strip(" ,)") == "":
        return names
    return []


def _fix_alias(aliases: list[str]) -> list[str]:
    out = []
    for a in aliases:
        a = re.sub(r"^.*?(?:themselves|itself)\s+", "", a).strip(' ,"“”')
        if a:
            out.append(a)
    return out


_CAPS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}$")


def _fuller_name(text: str, entity: str, end: int) -> str | None:
    """First earlier mention of a one-word entity with 1-3 capitalised words before it."""
    i = text.find(entity, 0, end)
    while i >= 0:
        j = i + len(entity)
        if j >= len(text) or not (text[j].isalnum() or text[j] == "_"):
            mm = _CAPS_BEFORE.search(text, max(0, i - 80), i)
            if mm:
                return text[mm.start() : j]
        i = text.find(entity, i + 1, end)
    return None


def extract_designations(sent: Sentence, ctx: DesigContext) -> list[Designation]:
    s = sent.text
    low = s.lower()
    pending, ctx.pending = ctx.pending, None
    if pending and ctx.designation:
        they = _THEY_LIST.match(s)
        if they:
            return _pending_list(sent, ctx, pending, they.end())
    types = types_of(s, low)
    specific = [t for t in types if t in SPECIFIC_TYPES]
    generic = [t for t in types if t not in SPECIFIC_TYPES]
    has_vocab = any(k in low for k in _VOCAB_KEYS) and _VOCAB.search(low)
    if not has_vocab:
        if specific:
            ctx.designation, ctx.active = specific[0], True
        return []
    strong = any(k in low for k in _STRONG_KEYS)
    if not types and not ctx.active and not (ctx.upcoming and strong):
        return []
    if "designated" in low and not specific:
        for m in _DESIGNATED_WORD.finditer(low):
            if _DISTRACTOR_AFTER.match(s[m.end() :]):
                return []
    if any(k in low for k in _NEG_KEYS) and _NEGATED_DESIG.search(s):
        return []
    copular = (
        (_COPULAR_LIST.search(s) or _INVERTED_LIST.search(s))
        if (ctx.active or types) and (" are " in low or " were " in low or " include" in low)
        else None
    )
    label = _LABEL_LIST.match(s) if ":" in s[:30] and (ctx.active or types) else None
    took_off = _TOOK_OFF.search(s) if " off " in low else None
    struck = (
        (_STRUCK_FROM.search(s) or _PASSIVE_REMOVAL.search(s))
        if (" from " in low or " off " in low)
        and (types or ctx.active)
        and any(k in low for k in _REMOVAL_KEYS)
        else None
    )
    listish = (
        "list" in low or "registry" in low or "ban" in low or "schedule" in low
    ) and _LISTISH.search(low)
    if (
        not specific
        and not strong
        and not (listish and (generic or ctx.active))
        and not (generic and _DECLARE.search(low))
        and not copular
        and not label
        and not (took_off and (types or ctx.active))
        and not struck
    ):
        return []

    found: list[tuple[str, int, int, list[str], int, str]] = []
    for m in _NOMINAL.finditer(s) if " of " in low else ():
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), "noun"))
    actives = list(_ACTIVE.finditer(s))
    for m in actives:
        verb = m.group(0).strip().lower()
        if verb.startswith(("declar", "label", "classif")) and not _DECLARE_TYPE_AFTER.search(
            s, m.end(), m.end() + 160
        ):
            continue  # "Tehran declared that the deal had terminated"
        if verb.startswith(("took", "taken")):
            continue
        if not _STRONG_VERB.match(verb):
            if verb.startswith(("lift",)):
                continue
            if not (listish or specific or generic):
                continue
            if verb.startswith(("nam", "target", "sanction")) and not (
                specific or "sanction" in low
            ):
                continue
        if (
            verb.startswith(("add", "remov", "plac", "put"))
            and not re.search(
                r"\b(?:to|on|from|onto)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,6}?"
                r"(?:list|registry|register|roster|blacklist|schedule)",
                s[m.end() :],
                re.I,
            )
            and not (ctx.active and re.search(r"\blist\b", low))
        ):
            continue
        for n in _object_names(s, m.end(), ctx):
            found.append((*n, m.start(), verb))
    for m in _BAN_ON.finditer(s) if ("ban on" in low or "sanctions on" in low) else ():
        if (
            re.search(
                r"(?:lift|suspend|overturn|end|scrap)\w*\s+(?:the\s+|its\s+)?$",
                s[max(0, m.start() - 25) : m.start()],
                re.I,
            )
            or specific
            or generic
        ):
            for n in _object_names(s, m.end(), ctx)[:2]:
                found.append((*n, m.start(), "ban"))
    for m in actives:
        aux = _AUX_BEFORE.search(s, max(0, m.start() - 30), m.start())
        if aux:
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
                )
            ),
            None,
        )
        if trig is not None:
            end = len(s.rstrip(" ."))
            for n in _list_entities(s, colon + 1, end):
                found.append((*n, trig.start(), "colon"))
    if copular:
        for n in _list_entities(s, copular.end(), len(s.rstrip(" ."))):
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
        else:
            items = _subject_names(s, struck.start())
            q = None if items else re.search(r"[“\"]([^\"“”]{2,80})[”\"]\s*$", s[: struck.start()])
            if q:
                items = [(q.group(1), q.start(1), q.end(1), [])]
        known = {f[0] for f in found}
        for n in items:
            if n[0] not in known:
                found.append((*n, struck.start(), "!revoked"))
            else:
                found = [(*f[:5], "!revoked") if f[0] == n[0] else f for f in found]
    if found and any(k in low for k in _EXAMPLE_KEYS) and _GENERIC_PAST.search(s):
        cue = _EXAMPLE_CUE.search(s)
        if cue:
            found = [f for f in found if f[1] < cue.start()]
    for m in _POSSESSIVE.finditer(s):
        pre = s[: m.start()]
        cm = re.search(
            r"\b(?:the|its)\s+(?:group|cartel|gang|organi[sz]ation|movement|"
            r"militia|network)$",
            pre,
            re.I,
        )
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
            and re.fullmatch(r"\s+and\s+", s[en : nxt[1]])
        ):
            found[i] = (f"{name} {nxt[0].split()[-1]}", st, en, al, trig, verb)
    # "The Houthi movement, formally called Ansar Allah, was designated": one entity.
    merged: list[tuple[str, int, int, list[str], int, str]] = []
    for item in sorted(found, key=lambda f: f[1]):
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
    seen: set[str] = set()
    for name, _start, _end, aliases, trig, _verb in found:
        entity = _clean_entity(name)
        if " " not in entity and ctx.text:
            full = _fuller_name(ctx.text, entity, sent.start)
            if full and not _NOT_ENTITY.match(full.split()[0]):
                entity = _clean_entity(full)
        allow_country = "State Sponsor of Terrorism" in specific
        if not _entity_ok(entity, allow_country) or entity.lower() in seen:
            continue
        seen.add(entity.lower())
        near = s[max(0, trig - 80) : trig + 12]
        pred = _NOMINAL_PREDICATE.match(s, _end) if _verb == "noun" else None
        if _verb.startswith("!"):
            action = _verb[1:]
        elif pred and pred.group(1):
            action = "revoked"
        elif pred and pred.group(2):
            action = "proposed"
        elif _REVOKE.search(s[max(0, trig - 60) : trig + 30]):
            action = "revoked"
        elif _PRESSURE.search(near) and not re.search(r"\bask\w*\b|request", near, re.I):
            continue
        elif _PROPOSE.search(near):
            action = "proposed"
        else:
            action = "designated"
        if specific:
            labels = list(specific)
        elif "sanctions list" in generic or "listed terrorist entity" in generic:
            labels = [g for g in generic if g != "terrorist organization"]
        else:
            labels = [ctx.designation or ctx.upcoming or (generic[0] if generic else None)]
        # FTO + SDGT stated together are two listings; otherwise one record.
        if not (
            set(labels)
            >= {"Foreign Terrorist Organization", "Specially Designated Global Terrorist"}
        ):
            labels = labels[:1]
        for label in labels:
            authority = _authority_of(s, sent.mentions, trig, label, sent.start)
            if authority is None and ctx.authority:
                authority = ctx.authority
            if label == "sanctions list":
                label = _SANCTIONS_BY_AUTHORITY.get(authority or "", "sanctions list")
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
    if out:
        ctx.authority = out[-1].authority
    else:
        auth = _authority_of(
            s, sent.mentions, len(s), specific[0] if specific else None, sent.start
        )
        if auth and not auth.startswith("Government of"):
            ctx.authority = auth
        counted = _COUNTED_OBJECT.search(s) if (strong or specific) else None
        if counted and not _GENERIC_PAST.search(s):
            near = s[max(0, counted.start() - 60) : counted.end()]
            if _REVOKE.search(near) or counted.group(0).lower().startswith(
                ("delist", "de-list", "remov")
            ):
                ctx.pending = "revoked"
            elif _PROPOSE.search(near):
                ctx.pending = "proposed"
            else:
                ctx.pending = "designated"
    return out


def _pending_list(sent: Sentence, ctx: DesigContext, action: str, lo: int) -> list[Designation]:
    """Records for the names listed after a designation sentence that named none."""
    s = sent.text
    out: list[Designation] = []
    seen: set[str] = set()
    for name, _a, _b, aliases in _they_items(s, lo, len(s.rstrip(" ."))):
        entity = _clean_entity(name)
        if not _entity_ok(entity, False) or entity.lower() in seen:
            continue
        seen.add(entity.lower())
        out.append(
            Designation(
                entity,
                ctx.designation,
                ctx.authority,
                action,
                _fix_alias([a for a in aliases if a and a.lower() != entity.lower()]),
                s,
                sent.start,
                sent.end,
            )
        )
        ctx.last_entity = entity
    return out

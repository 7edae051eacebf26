"""Agreements: named instruments, their parties and their status.

Steps 6 and 8 of the approach in :mod:`summarizer.extract`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from summarizer._extract_common import PARTY_KINDS, Sentence
from summarizer.gazetteer import (
    KIND_BODY,
    find_mentions,
    normalize,
)
from summarizer.records import Agreement

# --------------------------------------------------------------------------- #
# Agreements
# --------------------------------------------------------------------------- #

_AGR_NOUN = re.compile(
    r"\b(?:(?i:agreements?|treat(?:y|ies)|accords?|pacts?|deals?|memorand(?:um|a)\s+of\s+"
    r"understanding)|MoUs?|MOUs?|(?:Extended|Rapid)\s+(?:Fund|Credit|Financing)\s+Facility|"
    r"Stand-?By\s+Arrangement|Resilience\s+and\s+Sustainability\s+Facility|"
    r"Flexible\s+Credit\s+Line|(?:IMF|Fund)(?:-backed|-supported)?\s+(?:loan\s+)?"
    r"(?:programmes?|programs?|bailout|arrangement|facility)|bailout|"
    r"[A-Z][\w-]*\s+(?:Convention|Protocol|Compact|Charter|Partnership|Framework)|"
    r"Convention(?=\s+on\s+[A-Z])|(?i:exchange\s+of\s+notes|customs\s+union)|"
    r"(?i:arrangement|protocols?)|"
    r"(?i:cease-?fires?|truces?|armistices?)|Plan\s+of\s+Action|"
    r"(?i:road-?map)(?=\s+(?:for|to|on|towards?)\s+(?:peace|a\s+settlement|normali[sz]ation)|"
    r"\s+(?:that|which)\b|\s+(?:has|had|was|is)\b))\b",
)
_AGR_TRIGGER = re.compile(
    r"agreement|treat|accord|pact|deal|memorand|\bMoU|Facility|Arrangement|programme|"
    r"program|bailout|Convention|Protocol|Compact|Charter|Framework|Partnership|exchange\s+of\s+notes|"
    r"customs\s+union",
    re.I,
)
_AGR_BLACKLIST = re.compile(
    r"\b(?:plea|merger|acquisition|takeover|buyout|licen[cs]ing|sponsorship|wage|pay|salary|"
    r"collective|bargaining|settlement|coalition|debate|debates|prenuptial|"
    r"lease|record|book|tv|broadcast|streaming|transfer\s+fee|non-disclosure|confidentiality|"
    r"shareholder|bonus|severance|franchise|sponsor|rights|"
    r"distribution|content|publishing|endorsement|power-sharing|budget|spending|"
    r"cooperation\s+agreement\s+between\s+the\s+(?:departments|ministries|agencies)|"
    r"customer|client|vendor|procurement|contract|settlement|custody|divorce|loan\s+agreement"
    r"\s+with\s+(?:a|the)\s+bank|stock|share|gas\s+supply|oil\s+supply|energy\s+supply|"
    r"streaming|catering|immunity|cooperation\s+deal\s+with\s+prosecutors|"
    r"tacit|verbal|gentleman['’]s|in\s+agreement|commercial|mutual\s+agreement|"
    r"security\s+arrangements|financing\s+arrangements|customs\s+arrangements)\b",
    re.I,
)
_AGR_DOMESTIC = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:\w+\s+){0,5}?(?:Departments?|Ministr(?:y|ies)|agencies|agency|"
    r"departments|Office|police|army|prosecutors|provinces|states|parties|campaigns|unions|"
    r"companies|firms)\b|\binter-?agency\b|\bcompan(?:y|ies)\b|\bfirms?\b|\bcorporation\b|"
    r"\b(?:Inc|Corp|Ltd|LLC|PLC|AG|GmbH)\b|\bshareholders\b|\bprosecutors\b|\bcourt\b|"
    r"\bjudge\b|\bdefendant\b|\bcampaigns?\b|\bcandidates?\b|\bunions?\b|\bstrikers\b",
)
_GENERIC_MOD = {
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "its",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "any",
    "such",
    "similar",
    "possible",
    "potential",
    "proposed",
    "new",
    "so-called",
    "final",
    "historic",
    "landmark",
    "long-awaited",
    "controversial",
    "existing",
    "formal",
    "broader",
    "broad",
    "comprehensive",
    "draft",
    "bilateral",
    "first",
    "second",
    "major",
    "key",
    "planned",
    "eventual",
    "initial",
    "preliminary",
    "tentative",
    "revised",
    "updated",
    "current",
    "previous",
    "former",
    "interim",
    "original",
    "one",
    "two",
    "same",
    "other",
    "another",
    "no",
    "big",
    "larger",
    "wider",
    "separate",
    "fresh",
    "signed",
    "much-anticipated",
    "anticipated",
    "binding",
    "non-binding",
    "legally",
    "reported",
    "informal",
    "expanded",
    "amended",
    "10-year",
    "five-year",
    "three-year",
    "year",
    "old",
    "decades-old",
    "-",
    "and",
    "or",
    "of",
    "to",
    "with",
    "on",
    "for",
    "in",
    "reach",
    "sign",
    "signing",
    "what",
    "which",
    "every",
    "each",
    "whole",
    "entire",
    "said",
    "agreed",
    "struck",
    "reached",
    "negotiated",
    "is",
    "was",
    "be",
    "as",
    "by",
    "under",
    "at",
    "from",
    "about",
    "over",
    "whose",
    "could",
    "would",
    "will",
    "not",
    "s",
    "recent",
    "latest",
    "last",
    "next",
    "upcoming",
    "multibillion-dollar",
    "billion-dollar",
    "billion",
    "million",
    "trillion",
    "worth",
    "renewed",
}
_NAME_STOP = re.compile(
    r"\b(?:that|which|who|with|between|and|by|in|at|as|from|after|before|signed|was|were|is|"
    r"are|would|will|could|has|had|have|but|while|under|since|until|because|if|when|amid|"
    r"during|for|remains?|remained|expired|lapsed|entered|took|came|may|might|must|can|"
    r"should)\b|[,.;:()“”\"—–]",
    re.I,
)
_STATUS_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "ruled_out",
        re.compile(
            r"\bno\s+(?:current\s+|immediate\s+|concrete\s+|such\s+)?plans?\b|\bruled?\s+out\b|"
            r"\bruling\s+out\b|\breject(?:s|ed|ing)?\b(?!\s+(?:asylum|applicants|claims|migrants))|\brefus(?:e|es|ed|ing)\b|"
            r"\bdeclin(?:e|es|ed|ing)\s+to\b|\bwill\s+not\s+(?:sign|join|negotiate|pursue|seek)|"
            r"\bwon['’]t\s+(?:sign|join|negotiate|pursue|seek)|\bnot\s+(?:seeking|pursuing|"
            r"interested|considering)|\bno\s+intention\b|\bdismiss(?:ed|es)?\b|"
            r"\boff\s+the\s+table\b|\bnot\s+on\s+the\s+table\b|"
            r"\bwould\s+not\s+(?:sign|join|negotiate|pursue|seek)|\bwouldn['’]t\s+sign|\bno\s+(?:such\s+)?(?:deal|"
            r"agreement)\s+(?:is|was)\s+(?:planned|envisaged)|\bnot\s+(?:be\s+)?(?:part\s+of|"
            r"join)",
            re.I,
        ),
    ),
    (
        "terminated",
        re.compile(
            r"\bwithdr[ae]w\w*\s+from|\bwithdraw(?:s|ing|al)?\s+from|\bpull(?:ed|s|ing)?\s+out\s+of|"
            r"\bexit(?:ed|s|ing)?\b|\bquit\b|\bterminat\w+|\bscrap(?:s|ped|ping)?\b|"
            r"\btore\s+up|\btear(?:s|ing)?\s+up|\bannul\w*|\babrogat\w+|\bcancel\w*|"
            r"\bexpired\b|\blaps(?:ed|e)\b|\bnull\s+and\s+void\b|\babandon\w*|\bleft\s+(?:the\s+)?(?=[A-Z])|\brenounc\w+|\bdenounc\w+|\bno\s+longer\s+in\s+"
            r"(?:force|effect)",
            re.I,
        ),
    ),
    (
        "suspended",
        re.compile(
            r"\bsuspend\w*|\bsuspension\b|\bpaus(?:e|ed|es|ing)\b|\bon\s+hold\b|\bfro(?:ze|zen)\b|"
            r"\bon\s+ice\b|\bshelv(?:e|ed|es|ing)\b|"
            r"\bfreez\w+|\bhalt(?:s|ed|ing)?\b|"
            r"\bresum(?:e|es|ed|ing|ption)\s+(?:of\s+)?(?:implement\w*|(?:the\s+)?implementation)",
            re.I,
        ),
    ),
    (
        "in_force",
        re.compile(
            r"\bratif\w+|\b(?:enter(?:ed|s)?|came|come|comes|coming|went|go|goes|put)\s+into\s+"
            r"(?:force|effect)|\btook\s+effect|\btakes?\s+effect|\bin\s+(?:force|effect)\b|"
            r"\bimplement(?:ed|ing|ation)\b|\bexisting\b|\bcurrently\s+in\s+place|"
            r"\bhas\s+been\s+in\s+place|\bremains\s+in\s+place|\bunder\s+the\s+(?:terms\s+of\s+)?",
            re.I,
        ),
    ),
    (
        "signed",
        re.compile(
            r"\bsign(?:s|ed|ing)?\b(?!\s+up)|\binked\b|\bseal(?:s|ed)\b|\bclinch(?:ed|es)\b|"
            r"\bconclud(?:ed|es)\b|\bstruck\b|\breach(?:ed|es)\b|\bfinali[sz]ed\b|"
            r"\bagreed\s+(?:on|to|a|an|the)\b|\b(?:has|have)\s+agreed|\bapprov(?:ed|es)\b|"
            r"\bendors(?:ed|es)\b|\badopted\b",
            re.I,
        ),
    ),
    (
        "negotiating",
        re.compile(
            r"\bnegotiat\w+|\btalks\b|\bfinal\s+stages?|\bnot\s+(?:yet\s+)?(?:\d+\s+percent\s+|"
            r"fully\s+|quite\s+)?(?:finished|final|complete|completed|done|finali[sz]ed)|"
            r"\bworking\s+(?:to|on|toward|towards)\b|\bupdat\w+|\brenegotiat\w+|\brevis(?:e|ing)\b|"
            r"\bamend(?:ing)?\b|\bdiscuss\w*|\bnear(?:ing|ly)?\b|\bclose\s+to\b|"
            r"\bhammer\w*\s+out|\bfinali[sz](?:e|ing)\b|\bin\s+the\s+works|\bprogress\b|"
            r"\bbargain\w*|\bmoderni[sz]\w+|\bestablish(?:ing)?\b|\bpursu(?:e|ing)\b|"
            r"\bwork(?:s|ed)?\s+out|\bstaff-level\b|\bdraft(?:ing)?\b|\bround\s+of\b|"
            r"\bexpected\s+to\s+(?:be\s+)?sign|\bset\s+to\s+sign|"
            r"\byet\s+to\s+be\s+(?:finali[sz]ed|agreed|concluded)|\bfinal\s+(?:form|text|draft)\b|"
            r"\ball\s+but\s+(?:\w+\s+){0,2}(?:chapters?|issues?|points?|clauses?)\b|"
            r"\boutstanding\s+(?:issues|points|chapters|differences)\b|\bsticking\s+points?\b",
            re.I,
        ),
    ),
    (
        "proposed",
        re.compile(
            r"\bpropos\w+|\boffer(?:s|ed|ing)?\b|\bfloat(?:s|ed|ing)?\b|\bsuggest\w*|"
            r"\bcall(?:s|ed|ing)?\s+for\b|\bseek(?:s|ing)?\b|\bsought\b|\bpush(?:es|ed|ing)?\s+for|"
            r"\bplan(?:s|ned)?\b|\bconsider\w*|\bidea\b|\bpossible\b|\bpotential\b|\benvisag\w+|"
            r"\bwants?\b(?!\s+to\s+(?:sign|conclude|finali\w+|seal|complete))|"
            r"\bhop(?:e|es|ed|ing)\b(?!\s+to\s+(?:sign|conclude|finali\w+|seal|complete|wrap))|"
            r"\bpitch(?:ed|es)?\b|\bput\s+forward",
            re.I,
        ),
    ),
]
_SIGN_MODAL = re.compile(
    r"\b(?:will|would|shall|expected\s+to|set\s+to|plan(?:s|ned)?\s+to|hope(?:s|d)?\s+to|"
    r"aim(?:s|ed)?\s+to|ready\s+to|close\s+to|near(?:ing)?|could|may|might|to\s+be|yet\s+to|"
    r"not\s+yet|has\s+not|have\s+not|hasn['’]t|haven['’]t|did\s+not|didn['’]t|not|before|once|"
    r"if|until|want(?:s|ed)?\s+to|seek(?:s|ing)?\s+to|intend(?:s|ed)?\s+to|must|needs?\s+to|"
    r"pending|awaiting|awaits|in\s+order\s+to|would\s+be|is\s+to|are\s+to|to)\s+"
    r"(?:(?:\w+\s+){0,2}?)$",
    re.I,
)
_NOT_YET = re.compile(
    r"\b(?:not\s+yet|yet\s+to|has\s+not|have\s+not|hasn['’]t|haven['’]t|never|not)\s+"
    r"(?:\w+\s+){0,2}?$",
    re.I,
)
_RANK = {
    "proposed": 1,
    "negotiating": 2,
    "ruled_out": 3,
    "signed": 4,
    "in_force": 5,
    "suspended": 6,
    "terminated": 7,
}
_RENEGOTIATE = re.compile(
    r"\b(?:updat\w+|renegotiat\w+|revis(?:e|ing)|amend(?:ing)?|"
    r"moderni[sz]\w+|overhaul\w*)\b",
    re.I,
)
_PAIR = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|governments|sides|"
    r"neighbou?rs|states|capitals|allies)\b|\bbilateral\b",
    re.I,
)
_TRUCE_HEAD = re.compile(r"(?i:cease-?fires?|truces?|armistices?)$")
_BETWEEN = re.compile(
    r"\bbetween\s+((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})(?:\s*\([^()]{1,15}\))?"
    r"\s+and\s+"
    r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)
_BETWEEN_GOV = re.compile(r"between\s+the\s+government\s+and\s+((?:the\s+)?[A-Z][\w'’-]*)")
_THE_COUNTRY = re.compile(r"\b(?:the|that)\s+(?:country|nation)\b(?!['’]s\s+capital)", re.I)
_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:[A-Z][\w.]*(?:\s*[–/-]\s*[A-Z][\w.]*)+\s+)?"
    r"(?:agreement|deal|treaty|accord|pact|MoU|"
    r"memorandum|arrangement|programme|program)\b(?!\s+(?:on|to|for)\s)",
    re.I,
)


# Substrings without which a rule cannot match (cheap gates; None = always run).
_STATUS_KEYS: dict[str, tuple[str, ...]] = {
    "ruled_out": (
        "no ",
        "rul",
        "reject",
        "refus",
        "declin",
        "not ",
        "won",
        "dismiss",
        "off the",
        "wouldn",
    ),
    "terminated": (
        "withdr",
        "pull",
        "exit",
        "quit",
        "terminat",
        "scrap",
        "tore",
        "tear",
        "annul",
        "abrogat",
        "cancel",
        "expired",
        "lapsed",
        "abandon",
        "renounc",
        "denounc",
        "no longer",
        "left",
        "lapse",
        "void",
    ),
    "suspended": ("suspen", "paus", "hold", "froze", "freez", "halt", "on ice", "shelv", "resum"),
    "in_force": (
        "ratif",
        "into",
        "effect",
        "force",
        "implement",
        "existing",
        "in place",
        "under",
    ),
}
_RULE_ORDER = {name: i for i, (name, _rx) in enumerate(_STATUS_RULES)}


def _status_of(clause: str, rel: int, length: int = 0) -> str | None:
    """Status cue in ``clause``; ``rel`` is the agreement mention's offset in it.

    Every cue is judged under its own modality (a future or negated "sign" is
    still negotiating); among the cues found, the one closest to the agreement
    mention wins ("proposed a truce ..., to be followed by talks" -> proposed),
    ties going to the earlier rule.  An agreement that expired and "will not
    be renewed" is terminated, not ruled out.
    """
    found: list[tuple[int, int, str]] = []
    end = rel + length
    low = clause.lower()
    not_in_force = False
    for order, (status, rx) in enumerate(_STATUS_RULES):
        if found and order >= 2 and any(f[2] not in ("negotiating", "proposed") for f in found):
            break  # a strong cue is already decided by rule order
        keys = _STATUS_KEYS.get(status)
        if keys is not None and not any(k in low for k in keys):
            continue
        for m in rx.finditer(clause):
            got = status
            if status == "signed":
                before = clause[max(0, m.start() - 40) : m.start()]
                if _SIGN_MODAL.search(before):
                    got = "negotiating"
            if status == "in_force":
                before = clause[max(0, m.start() - 40) : m.start()]
                if re.search(r"\bnever\s+(?:been\s+)?$", before):
                    got = "signed"  # "signed in 2009, were never ratified"
                    not_in_force = True
                elif _SIGN_MODAL.search(before) and not re.search(
                    r"\bhas\s+been\s+in|\bunder", m.group(0)
                ):
                    got = "signed"
                    if _NOT_YET.search(before):
                        not_in_force = True
                if m.group(0).lower().startswith("under") and not (0 <= rel - m.end() <= 40):
                    continue
            # "rejected the idea" only when the agreement is what is rejected.
            if (
                status == "ruled_out"
                and m.group(0).lower().startswith(("reject", "refus", "declin", "dismiss"))
                and abs(m.start() - rel) > 120
            ):
                continue
            if m.end() <= rel:
                dist = rel - m.end()
            elif m.start() >= end:
                dist = m.start() - end
            else:
                dist = 0
            found.append((dist, order, got))
    if not found:
        return None
    if not_in_force:
        # "ratified by two parliaments but has not yet entered into force": signed.
        found = [(d, o, "signed" if g == "in_force" else g) for d, o, g in found]
    statuses = {f[2] for f in found}
    if "terminated" in statuses and "ruled_out" in statuses:
        return "terminated"
    # Rule order decides; only between the two weak cues (negotiating vs
    # proposed) does proximity to the mention decide.
    first = min(found, key=lambda f: (f[1], f[0]))
    if first[2] in ("negotiating", "proposed"):
        weak = [f for f in found if f[2] in ("negotiating", "proposed") and _RULE_ORDER[f[2]] >= 5]
        if weak:
            return min(weak)[2]
    return first[2]


# The complement that completes a generic name ("memorandum of understanding ...
# on sea access"), possibly after the parties ("with Somaliland", "between the
# two countries") and a date ("on Wednesday", "in 2001"), which are not part of it.
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NAME_COMPLEMENT = re.compile(
    r"(?:\s+between\s+(?:the\s+two\s+(?:countries|sides|governments|nations|neighbours)\b|"
    r"[^,;]{3,60}?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?"
    r"(?:\s+with\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)?"
    rf"(?:\s+(?:on|last|this)\s+(?:{_WEEKDAY}|week|month|year))?"
    rf"\s+(?:on|to|over|covering|regarding)\s+(?!{_WEEKDAY}\b|(?:the\s+)?(?:project|plan|"
    r"issue|matter|deal|agreement|sidelines|same\s+day|day)\b)"
)
_SPONSOR_MOD = re.compile(r"-(?:backed|brokered|mediated|sponsored|led|supported|drafted)$")


def _agreement_name(s: str, noun: re.Match[str]) -> tuple[str | None, bool]:
    """Return (name, is_named) for the agreement noun match in sentence ``s``."""
    head = noun.group(0)
    start = noun.start()
    sof = re.search(
        r"\b((?:status|exchange)\s+of\s+(?:visiting\s+)?(?:forces|notes))\s+$", s[:start], re.I
    )
    if sof and head[0].islower():
        return f"{sof.group(1)} {head}", False
    s = re.sub(r"[“”\"]", " ", s)  # 'a "return hub" arrangement'
    tokens = list(re.finditer(r"[\w'’.-]+(?:\s+(?:of|and|for|on)\s+(?=[A-Z]))?|\S", s[:start]))
    pre: list[str] = []
    named = head[0].isupper() and not head.startswith(("MoU", "MOU", "IMF", "Fund"))
    # Walk back over modifiers.
    for t in reversed(tokens):
        w = t.group(0)
        wl = w.lower().strip()
        if re.match(r"(?:Talks|Negotiations|Discussions)\b", w):
            break  # "Talks on Turkey's customs union": not part of the name
        if named or (w[:1].isupper() and len(pre) < 6):
            if re.fullmatch(r"[A-Z0-9][\w'’.-]*(?:\s+(?:of|and|for|on)\s+)?", w) and not re.match(
                r"(?:The|A|An|This|That|Its|His|Her|Their|On|In|Under)\b", w
            ):
                pre.insert(0, w.strip())
                named = True
                continue
            if named:
                break
        if wl in _GENERIC_MOD or not re.fullmatch(r"[a-z][a-z-]*", wl) or len(pre) >= 4:
            break
        if wl.endswith(("ly",)) or wl in {"said", "says", "would", "could"}:
            break
        pre.insert(0, w)
    # Drop leading party names: "US-Ecuador extradition treaty" -> "extradition treaty",
    # but keep a place that *is* the name ("Paris Agreement", "Minsk agreements").
    while (
        len(pre) > (1 if head[0].isupper() else 0)
        and find_mentions(pre[0])
        and all(
            find_mentions(part) and find_mentions(part)[0].kind != KIND_BODY
            for part in re.split(r"[-–/]", pre[0])
            if part
        )
    ):
        pre.pop(0)
        named = any(p[:1].isupper() for p in pre)
    # "the United Nations-backed roadmap", "a Qatar-mediated truce": the sponsor is
    # not part of the name.
    for i, p in enumerate(pre):
        if _SPONSOR_MOD.search(p):
            pre = pre[i + 1 :]
            named = any(q[:1].isupper() for q in pre) or head[0].isupper()
            break
    if named and pre and all(p[:1].isupper() for p in pre):
        name = " ".join([*pre, head])
        return re.sub(r"\s+", " ", name), True
    post = ""
    pm = _NAME_COMPLEMENT.match(s, noun.end())
    if pm:
        rest = s[pm.end() :]
        stop = _NAME_STOP.search(rest)
        words = rest[: stop.start() if stop else len(rest)].split()[:8]
        prep = pm.group(0).split()[-1]
        if words and (prep != "to" or len(words) >= 2):
            post = prep + " " + " ".join(words)
    pre_l = [p for p in pre if p.lower() not in _GENERIC_MOD]
    if not pre and not post and re.fullmatch(r"[A-Z][\w-]+\s+[A-Z]\w+", head):
        return head, True  # "Ottawa Convention", "Istanbul Convention"
    if not pre_l and not post:
        if head.lower().startswith(
            (
                "memorand",
                "mou",
                "imf",
                "fund",
                "extended",
                "stand",
                "rapid",
                "resilience",
                "flexible",
                "bailout",
                "ceasefire",
                "cease-fire",
                "truce",
                "armistice",
                "customs",
            )
        ):
            return head, True
        return None, False
    name = " ".join([*pre_l, head] + ([post] if post else []))
    return re.sub(r"\s+", " ", name).strip(), False


def _norm_key(name: str) -> str:
    from summarizer.consolidate import agreement_key

    return agreement_key(name)


@dataclass(slots=True)
class _AgrState:
    name: str
    parties: list[str]
    status: str | None
    renegotiating: bool
    evidence: str
    start: int
    end: int
    named: bool
    last_sentence: int = 0


# Non-state parties to truces, roadmaps and talks (agreement parties only; they are
# not places, so the gazetteer does not carry them).
_GROUPS = (
    ("Houthis", r"Houthis|Houthi\s+movement|Houthi\s+rebels|Ansar\s+Allah"),
    ("Hamas", r"Hamas"),
    ("Hezbollah", r"Hezbollah|Hizbollah"),
    ("Taliban", r"(?:the\s+)?Taliban"),
    ("ELN", r"ELN|Ejército\s+de\s+Liberación\s+Nacional|National\s+Liberation\s+Army"),
    ("FARC", r"FARC"),
    ("M23", r"M23"),
    ("Rapid Support Forces", r"Rapid\s+Support\s+Forces|RSF"),
    ("PKK", r"PKK|Kurdistan\s+Workers['’]?\s+Party"),
    ("Syrian Democratic Forces", r"Syrian\s+Democratic\s+Forces|SDF"),
    ("Polisario Front", r"Polisario(?:\s+Front)?"),
)
_GROUP_RX = re.compile(
    r"\b(?:" + "|".join(f"(?P<g{i}>{rx})" for i, (_n, rx) in enumerate(_GROUPS)) + r")\b"
)
_THE_GOVERNMENT = re.compile(r"\b(?:the|its)\s+government\b", re.I)


_GROUP_KEYS = (
    "Houthi",
    "Ansar",
    "Hamas",
    "Hezbollah",
    "Hizbollah",
    "Taliban",
    "ELN",
    "Ejército",
    "Liberation",
    "FARC",
    "M23",
    "Rapid Support",
    "RSF",
    "PKK",
    "Kurdistan",
    "SDF",
    "Syrian Democratic",
    "Polisario",
)


def _group_parties(s: str, lo: int, hi: int) -> list[str]:
    out: list[str] = []
    if not any(k in s for k in _GROUP_KEYS):
        return out
    for m in _GROUP_RX.finditer(s, lo, hi):
        name = _GROUPS[int(m.lastgroup[1:])][0]
        if name not in out:
            out.append(name)
    return out


def _resolve_parties(
    sent: Sentence,
    idx: int,
    sentences: list[Sentence],
    salience: Counter[str],
    clause_lo: int,
    clause_hi: int,
) -> list[str]:
    s = sent.text
    off = sent.start
    parties: list[str] = []
    for m in sent.mentions:
        if (
            m.kind in PARTY_KINDS
            and clause_lo <= m.start - off <= clause_hi
            and m.canonical not in parties
        ):
            parties.append(m.canonical)
    groups = _group_parties(s, clause_lo, clause_hi)
    if groups:
        # "the government and the Houthis": the government is the article's focus state.
        if _THE_GOVERNMENT.search(s) and not any(
            m.kind in ("country", "metonym") for m in sent.mentions
        ):
            for c, _ in salience.most_common(1):
                parties.insert(0, c)
        for g in groups:
            if g not in parties:
                parties.append(g)
    if len(parties) < 2:
        bm = _BETWEEN.search(s, clause_lo, clause_hi)
        if bm:
            for raw in (bm.group(1), bm.group(2)):
                name = re.sub(r"^[Tt]he\s+", "", raw.strip())
                canon = normalize(name) if find_mentions(name) else None
                name = canon or name
                if name not in parties:
                    parties.append(name)
    if _THE_COUNTRY.search(s) or _PAIR.search(s):
        recent: Counter[str] = Counter()
        for j in range(max(0, idx - 3), idx + 1):
            for m in sentences[j].mentions:
                if m.kind in ("country", "metonym"):
                    recent[m.canonical] += salience[m.canonical]
        ranked = [c for c, _ in recent.most_common()]
        want = 2 if _PAIR.search(s) else 1
        for c in ranked[:want]:
            if c not in parties:
                parties.append(c)
    return parties


def extract_agreements(
    sentences: list[Sentence], salience: Counter[str], trigger_idx: list[int]
) -> list[Agreement]:
    states: dict[str, _AgrState] = {}
    order: list[str] = []
    last_named: str | None = None
    last_pair: list[str] = []
    for idx, sent in enumerate(sentences):
        countries = []
        for m in sent.mentions:
            if m.kind in ("country", "metonym") and m.canonical not in countries:
                countries.append(m.canonical)
        if idx not in trigger_idx:
            if len(countries) >= 2:
                last_pair = countries[:2]
            continue
        s = sent.text
        handled_anaphor = False
        prev_noun_end = -1
        nouns = list(_AGR_NOUN.finditer(s))
        for ni, noun in enumerate(nouns):
            if prev_noun_end >= 0 and not s[prev_noun_end : noun.start()].strip():
                continue  # "Extended Credit Facility arrangement": one name
            if _NOT_A.search(s, max(0, noun.start() - 40), noun.start()):
                prev_noun_end = noun.end()
                continue  # "the document is not a peace deal"
            name, named = _agreement_name(s, noun)
            lo, hi = _clause_bounds_agr(s, noun.start())
            lo, hi = max(lo, noun.start() - 110), min(hi, noun.end() + 110)
            if ni + 1 < len(nouns) and nouns[ni + 1].start() > noun.end() + 1:
                # Cues after the next agreement noun are that agreement's own.
                hi = min(hi, nouns[ni + 1].start())
            clause = s[lo:hi]
            status = _status_of(clause, noun.start() - lo, noun.end() - noun.start())
            # "The MoU under which ..., signed in 2024 ..., has been shelved": the main
            # predicate after a long subject decides.
            pm = _PREDICATE.search(s, noun.end(), noun.end() + 260)
            if pm and ";" not in s[noun.end() : pm.start()]:
                pred_status = _status_of(pm.group(0), 0)
                if pred_status is not None:
                    status = pred_status
            if prev_noun_end >= 0 and re.fullmatch(
                r",\s+(?:an?|the)\s+[^,;]{0,50}", s[prev_noun_end : noun.start()]
            ):
                prev_noun_end = noun.end()
                continue  # appositive restating the agreement just named
            prev_noun_end = noun.end()
            if name is None:
                # Definite anaphor: "the deal" -> latest named agreement.
                am = _ANAPHOR.search(s, max(0, noun.start() - 40), noun.end())
                if am and am.end() != noun.end():
                    am = None
                if (
                    am
                    and last_named
                    and last_named in states
                    and not handled_anaphor
                    and (idx - states[last_named].last_sentence <= 3)
                ):
                    handled_anaphor = True
                    st = states[last_named]
                    _merge_status(st, status, clause)
                    st.last_sentence = idx
                continue
            if _AGR_BLACKLIST.search(name) or _AGR_BLACKLIST.search(
                s[max(0, noun.start() - 30) : noun.start()]
            ):
                continue
            if (
                not named
                and ("any " in s or "no " in s or "No " in s)
                and _HYPOTHETICAL.search(s, max(0, noun.start() - 70), noun.start())
            ):
                continue  # "No negotiations on a successor treaty", "any future agreement"
            if (
                not named
                and noun.group(0)[-1:] == "s"
                and not noun.group(0).lower().endswith(("ss", "us"))
                and not _PLURAL_DET.search(s, max(0, noun.start() - 60), noun.start())
                and status != "ruled_out"
            ):
                continue  # "Arms control treaties provided predictability": a class
            bm = (
                _BETWEEN.match(s, noun.end() + 1) if s[noun.end() : noun.end() + 1] == " " else None
            )
            if (
                not bm
                and _TRUCE_HEAD.match(noun.group(0))
                and re.search(
                    r"\b(?:an?|any|no)\s+(?:[\w-]+\s+){0,2}$",
                    s[max(0, noun.start() - 30) : noun.start()],
                )
            ):
                continue  # "talks on a permanent ceasefire": no specific truce yet
            parties = _resolve_parties(sent, idx, sentences, salience, 0, len(s))
            if bm is None and s[noun.end() : noun.end() + 1] == " ":
                gm = _BETWEEN_GOV.match(s, noun.end() + 1)
                if gm and salience:
                    parties = [salience.most_common(1)[0][0]]
                    for g in _group_parties(s, gm.start(1), gm.end(1)):
                        if g not in parties:
                            parties.append(g)
            if bm:
                # "a truce between the army and the RSF": the parties are named right here.
                parties = []
                for raw in (bm.group(1), bm.group(2)):
                    nm = re.sub(r"^[Tt]he\s+", "", raw.strip())
                    nm = (normalize(nm) if find_mentions(nm) else None) or nm
                    if nm not in parties:
                        parties.append(nm)
            if _AGR_DOMESTIC.search(s) and len(parties) < 2:
                continue
            if _BETWEEN_FIRMS.match(s, noun.end()):
                continue  # "a deal between the petroleum ministry and a state company"
            # A place inside the name is not a party ("Ottawa Convention").
            inside = [
                m.canonical
                for m in sent.mentions
                if noun.start() - len(name) <= m.start - sent.start < noun.end()
                and m.surface in name
                and s[m.end - sent.start : m.end - sent.start + 1] not in ("'", "’")
            ]
            if inside and not bm:
                others = [
                    m.canonical
                    for m in sent.mentions
                    if m.surface not in name and m.kind in PARTY_KINDS
                ]
                parties = [p for p in parties if p not in inside or p in others]
            if len(parties) == 1 and named and status in ("terminated", "in_force", "signed"):
                parties = parties  # a state joining or leaving a multilateral convention
            if len(parties) < 2:
                with_m = re.search(r"\bwith\s+(?:the\s+)?[A-Z]", s)
                if len(parties) == 1 and (
                    with_m
                    or re.search(
                        r"\b(?:his|her|its|their)\s+$", s[max(0, noun.start() - 60) : noun.start()]
                    )
                ):
                    for c, _ in salience.most_common():
                        if c not in parties:
                            parties.append(c)
                            break
                elif len(parties) <= 1 and last_pair:
                    for c in last_pair:
                        if c not in parties:
                            parties.append(c)
            if len(parties) < 2 and not (
                len(parties) == 1
                and named
                and status in ("terminated", "in_force", "signed")
                and re.search(r"Convention|Treaty|Protocol|Charter|Statute", name)
            ):
                continue
            key = _norm_key(name)
            if (
                key in states
                and not named
                and len(set(states[key].parties) & set(parties)) < min(2, len(parties))
            ):
                key = key + "|" + "|".join(sorted(parties))
            if key in states:
                st = states[key]
                _merge_status(st, status, clause)
                for p in parties:
                    if p not in st.parties:
                        st.parties.append(p)
                st.last_sentence = idx
                if named and not st.named:
                    st.name, st.named = name, True
            else:
                st = _AgrState(name, parties, None, False, s, sent.start, sent.end, named, idx)
                _merge_status(st, status, clause)
                states[key] = st
                order.append(key)
            last_named = key
        if len(countries) >= 2:
            last_pair = countries[:2]
    order = _merge_coreferent(states, order)
    out = []
    for key in order:
        st = states[key]
        status = st.status or (
            "in_force"
            if st.named and not st.name.lower().startswith(("memorand", "mou"))
            else "proposed"
        )
        if st.renegotiating and status in ("signed", "in_force"):
            status = "negotiating"
        out.append(Agreement(st.name, st.parties, status, st.evidence, st.start, st.end))
    return out


# Hypothetical or negated existence: no record.
_HYPOTHETICAL = re.compile(
    r"(?:\b(?:no|any)\s+(?:\w+\s+){0,2}?(?:negotiations?|talks|discussions?)\s+(?:on|over|about|"
    r"for|toward|towards)\s+(?:an?\s+|any\s+)?|\bany\s+(?:future\s+|new\s+|eventual\s+|"
    r"possible\s+)?)(?:[\w-]+\s+){0,3}$",
    re.I,
)
# Plural agreement nouns name specific instruments only with a determiner.
_PLURAL_DET = re.compile(
    r"\b(?i:the|these|those|both|two|three|four|its|their|his|her|our|such|all)\s+"
    r"(?:[\w-]+\s+){0,4}$|\b[A-Z][\w-]*\s+$"
)


_MOD_STOP = frozenset(
    [
        "new",
        "old",
        "landmark",
        "bilateral",
        "trilateral",
        "formal",
        "existing",
        "current",
        "proposed",
        "planned",
        "draft",
        "interim",
        "final",
        "comprehensive",
        "broad",
        "wider",
        "wide",
        "long-awaited",
        "long-term",
        "short-term",
        "key",
        "first",
        "second",
        "third",
        "latest",
        "previous",
        "earlier",
        "future",
        "separate",
    ]
)


def _merge_coreferent(states: dict[str, _AgrState], order: list[str]) -> list[str]:
    """Fold a generic mention into the named agreement it describes.

    "their new defence pact" ... "The Defence Cooperation Agreement between the UK
    and Kenya": same parties, and every content modifier of the generic name
    ("defence") occurs in the named one -> one agreement under the specific name.
    """
    if len(order) < 2:
        return order
    drop: set[str] = set()
    for a in order:
        sa = states[a]
        if sa.named or len(sa.parties) < 2:
            continue
        words = re.findall(r"[a-z][a-z-]+", sa.name.lower())
        mods = [w for w in words[:-1] if w not in _MOD_STOP and w not in ("on", "of", "the")]
        if not mods or len(words) > 4:
            continue
        for b in order:
            sb = states[b]
            if b == a or b in drop or not sb.named or set(sb.parties) != set(sa.parties):
                continue
            blow = sb.name.lower()
            if all(re.search(rf"\b{re.escape(w[:5])}", blow) for w in mods):
                if sa.status is not None and (
                    sb.status is None or _RANK[sa.status] > _RANK[sb.status]
                ):
                    sb.status = sa.status
                drop.add(a)
                break
    return [k for k in order if k not in drop]


_PREDICATE = re.compile(
    r",\s+(?:(?:has|have|had)\s+(?:yet\s+to\s+be|been|not\s+been)|was|were|is|are|remains?|"
    r"will\s+be|came|comes|entered|enters|took|takes|expired|lapsed|collapsed|stalled)\s+"
    r"(?:[^,;.]|,\s+but\s+(?=(?:has|have|is|are|was|were|had|remains?|not)\b)){0,100}"
)
_NOT_A = re.compile(
    r"\b(?:is|was|are|were|be)\s+not\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$|\bisn['’]t\s+an?\s+"
    r"(?:[\w-]+\s+){0,2}$|\bby\s+(?:mutual\s+|common\s+)?$",
    re.I,
)
_BETWEEN_FIRMS = re.compile(
    r"\s+between\s+[^.;]{0,80}?\b(?:compan(?:y|ies)|firms?|corporations?|ministry|"
    r"ministries|conglomerate)\b"
)


# "... has been ratified by two parliaments but has not yet entered into force": a "but"
# before a bare predicate coordinates two predicates of one subject, not two clauses.
_AGR_CLAUSE_BREAK = re.compile(
    r";|\bbut\b(?!\s+(?:has|have|had|is|are|was|were|remains?|not|still)\b)|\bwhile\b|"
    r"\bwhereas\b|\balthough\b"
)

_AGR_BREAK_KEYS = ("but", "while", "whereas", "although")


def _clause_bounds_agr(s: str, pos: int) -> tuple[int, int]:
    if ";" not in s and not any(k in s for k in _AGR_BREAK_KEYS):
        return 0, len(s)
    lo = 0
    for m in _AGR_CLAUSE_BREAK.finditer(s, 0, pos):
        lo = m.end()
    m = _AGR_CLAUSE_BREAK.search(s, pos)
    return lo, (m.start() if m else len(s))


def _merge_status(st: _AgrState, status: str | None, clause: str) -> None:
    if status is None:
        return
    if status == "negotiating" and _RENEGOTIATE.search(clause):
        st.renegotiating = True
    if st.status is None or _RANK[status] > _RANK[st.status]:
        st.status = status

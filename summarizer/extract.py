"""Extraction of aid, designations and agreements from news text: rules, then learned gates.

Approach
========
Deterministic rules over sentences, a gazetteer and a money parser propose the
records; three small learned gates (step 12) then veto the ones that look wrong.
The pipeline for one article is

1. **One pass over the whole text** for gazetteer mentions
   (:mod:`summarizer.gazetteer`: countries, demonyms, capitals-as-metonyms,
   international bodies) and money expressions (:mod:`summarizer.money`).
   Both are one Aho–Corasick scan plus precompiled regular expressions, so
   the cost is linear in the text.  Mentions give each article a *salience* ranking of countries,
   used to resolve "the country", "the two countries" and implicit parties.
2. **Headline.** A first line without final punctuation followed by a blank
   line is skipped (headlinese like "US lists Kashmir front as terrorist
   group" misleads sentence rules, and the body restates it).
   **Sentences** come from :func:`summarizer.sentences.split_sentences`; each
   is located in the text with ``str.find`` from a running offset so records
   carry character spans.
3. **Cheap gating.** Each sentence is tested against three keyword triggers
   (money/in-kind delivery, designation vocabulary, agreement nouns); only
   sentences that fire get the detailed rules, which keeps a 1,000-word
   article at about five milliseconds.
4. **Aid.** Every money expression is judged in its own clause: it needs an
   aid cue (a giving verb before it — *provide, pledge, donate, disburse,
   approve a loan* — or an aid noun next to it — *in aid, grant, loan,
   assistance*) and no distractor cue (reward, bounty, trade, revenue,
   campaign spending, investment, fine, seized cash, budget, an appeal that
   *seeks* money, a suspension or cut).  The donor is the first place or body
   in the clause before the giving verb (or after *from*); the recipient is
   the first other place after the amount, then between verb and amount,
   then the article's most salient other country.  A beneficiary unit written
   with a demonym ("the Ecuadorian Navy") yields the country as ``recipient``
   and stays verbatim in ``purpose``.  A restatement in a second currency is
   folded into one amount by the money parser.  In-kind deliveries without a
   value ("handed over five patrol vessels") give ``amount=None``.  A total
   that the article later breaks down completely ("Of the total, €1.5 billion
   in loans ... €385 million in grants") is replaced by its parts, so one
   commitment is never counted twice; "kroner" follows the donor (DKK/NOK/SEK).
   The donor may also be named around the amount: the agent of a passive
   giving verb ("... was approved by the Asian Development Bank", "donated by
   Beijing"), "from X" per amount ("€120m came from Germany, £45m from
   Britain"), or "a tranche of EU assistance".  Multilateral lenders
   (``gazetteer.LENDERS``) are never recipients and are the donor of money a
   country "reached a staff-level agreement" on.  A government's money for its
   own budget, money a group raised, and cumulative "has provided ... since
   2022" totals are not aid.  Passive handovers ("radars were handed over to
   the Sri Lanka Navy") are in-kind records.
5. **Designations.** A sentence must carry designation vocabulary
   (*designate, proscribe, blacklist, delist, list as*) *and* either a
   designation type (Foreign Terrorist Organization, SDGT, OFAC/SDN, UK
   Terrorism Act, EU terrorist list, UN sanctions list...) or an article-level
   designation context set by an earlier sentence; "designated polling
   stations/successor/hitter/marine reserve" never pass.  Entities are
   capitalised name runs in the object of the verb or noun ("designations of
   the gangs, Los Lobos and Los Choneros" -> two records), the subject of a
   passive, or a possessive; aliases come from "also known as"/parenthesised
   acronyms.  The action is ``revoked`` on removal cues, ``proposed`` on
   intention/consideration cues, otherwise ``designated``; negated
   designations are dropped.  Type and authority carry over from the
   article context when a sentence refers back.  Entity *lists* are parsed
   item by item after a colon ("..., the minister said: A, B and C"), after
   "Those named are A, a trader ...; B; and C", and as a passive subject after
   a fronted phrase ("Under the order, A (also known as X), B and C were
   proscribed"); descriptors are skipped ("the Montreal street gang Zone
   Rouge", "Sahel-based"), courts are never entities, "it" resolves to the
   group named earlier in the same sentence, and the predicate after a nominal
   ("the designation of X ... was revoked", "... is under review") decides
   the action.
6. **Agreements.** Agreement nouns (agreement, treaty, accord, pact, deal,
   memorandum of understanding, IMF programme/facility) are named from
   capitalised names ("Safe Third Country Agreement"), lower-case modifiers
   ("extradition treaty") or complements ("memorandum of understanding on
   security cooperation").  Bare indefinite mentions ("an agreement") are
   not records; definite anaphora ("the deal") attach to the latest named
   agreement and contribute its status.  Parties are gazetteer mentions in
   the sentence; when fewer than two are found they are completed from the
   preceding sentences or the article's salient countries, and deals that
   still lack two parties (domestic, company, court) are dropped, as are
   blacklisted kinds (plea, merger, wage, debate rules...).  The status is
   decided by ordered cue lists with modality: *no plans / ruled out* ->
   ruled_out, *withdrew from* -> terminated, *suspended* -> suspended,
   *ratified / entered into force* -> in_force, *signed* -> signed unless
   under a future/negated modal (then negotiating), *final stages / not 100
   percent finished / working to update* -> negotiating, *proposed / offered*
   -> proposed.  Mentions of one agreement in an article are merged; the
   merged status is the most advanced explicit statement, except that an
   explicit renegotiation wins over signed/in-force background.  Among the
   weak cues (negotiating vs proposed) the one nearest the mention wins, and
   "expired ... will not be renewed" is terminated, not ruled out.  Truces and
   ceasefires ("a truce between the army and the RSF") count as agreements;
   the "between X and Y" phrase after the noun names the parties (non-state
   parties kept verbatim), and an indefinite truce with no parties ("talks on a
   permanent ceasefire") is not a record.  Named instruments without
   "agreement" count (arrangements, protocols, exchanges of notes, "X
   Framework", "X Convention", customs union); a state leaving or ratifying a
   named convention may be its only party; the main predicate after a long
   subject ("The MoU under which ..., signed in 2024, has been shelved")
   decides the status; cues after the next agreement noun belong to it; "is
   not a peace deal", "commercial deals" and "by mutual agreement" are not
   records.
7. **Spanish.** A function-word vote sends Spanish articles to
   :mod:`summarizer._extract_es` (Spanish Punkt sentences, Spanish cue
   lexicons); the gazetteer and the money parser are shared and bilingual
   (ISO 3166 Spanish names from pycountry, Spanish demonyms and bodies;
   "4,5 millones de dólares", "US$ 150 millones", "mil millones").
8. **Structural patterns added for unseen phrasings.**  Designations: an
   inverted copula ("Sanctioned were A, a trader; B; and C"), bulletin labels
   ("Added: A (alias X), who ...", "Removed: B"), a removal verb around its
   object ("took X off the list"), "lifted its ban on X", "added X to the
   First Schedule", "declared X a specified entity" (a declare-verb counts only
   with a designation type after it), alias appositions ("A, formally called
   B" is one entity), a spaced dash inside one name, "and" inside an
   organisation name, non-ASCII capitals and "ul-/ur-" particles in names, and
   a government authority from "the Australian government" / "Canada's list".
   Agreements: negated entry into force caps ratification cues at signed;
   "hope to sign" is negotiating; the main predicate after a relative clause
   decides the status; "the UK–France agreement" is an anaphor; a generic
   mention ("their new defence pact") folds into the named agreement with the
   same parties whose name contains its modifiers; hypothetical ("no
   negotiations on a successor treaty", "any future agreement") and class
   mentions (bare plurals) are not records; a small table of non-state parties
   (Houthis, Hamas, ELN, ...) and "between the government and X" resolve
   parties.  National aid agencies (Saudi Fund for Development, JICA, EDCF,
   ...) are gazetteer metonyms of their state, so donors resolve to it.
9. **Dateline.** The dateline city ("NAIROBI, ... —") adds its country to the
   salience ranking, a tie-breaker for implicit recipients and parties.
10. **Context across sentences and clauses** (added over three rounds against
    independently written held-out sets; each rule has its own test sentences
    in ``tests/test_extract_*_rules.py``).  Aid: one donor per clause (", and
    Norway said it would ..."), a country and a lender as joint subject (the
    lender lends), recipients between verb and amount ("give Ethiopia a grant
    of"), UN agencies serving a named country, refugees' host country, "the bank"
    / "the board" as the last lender, shared currency names resolved by country
    (Rs, dinars, shillings, CFA francs), packages split into parts, corrections
    and running totals never counted.  Designations: "the group / network /
    outfit" and acronyms resolve to the organisation named earlier, and short
    references to its full name; lists across sentences ("... three individuals.
    The individuals listed are A; B; C"), label-colon lists, relative clauses
    ("Bahrain, which outlawed X"), "has been on the list", joint and
    follow-suit authorities; the list type follows the acting state (Kenya's
    specified entities, Pakistan's schedules, India's UAPA ...); one record per
    entity and list with its latest action.  Agreements: a later sentence's
    pronoun or "the talks" carries on the last agreement, the latest event wins
    (signed → ratified → in force; floated → rejected), official wording
    (provisional application, denunciation, instruments of ratification),
    mediators and venues are not parties, demonym and hyphen pairs are, and
    deals involving a company are not agreements.
11. **Mechanisms from fresh sets** (rounds 13–15, ``tests/test_extract_*_rules1[345].py``).
    Aid: money only envisaged, expected, requested or still to go before a board
    is not aid, nor a figureless amount or a state's own budget; a lender
    programme with an amount (staff-level agreement, board approval) is one loan;
    countries reached through comparison or border words never receive, and an
    unnamed domestic institution belongs to the dateline country; drawdowns and
    Foreign Military Financing are US aid; an airlift told as an arrival takes its
    donor from the plane's flag or charterer.  Designations: provinces
    (pycountry subdivisions) and places after locatives are never entities;
    adverbials may sit between verb and object; asset freezes by a government
    count; nominal subjects ("The listings name A, B and C"), role nouns
    ("The directors are ...") and anaphoric counts ("named both gangs ...")
    resolve to names; bills that would designate are proposals.  Agreements:
    sponsor compounds ("UN-mediated") are dropped from names; passive signer
    lists and signing officials give parties; status nouns inside a name
    ("debt-suspension agreement") are not statuses; a common noun with no status
    word anywhere is no record ("proposed" needs an offer).
12. **Learned precision gates** (:mod:`summarizer.record_gates`).  Rules written
    from one batch of articles reached about 1.0 on it and changed almost nothing
    on the next batch; their false positives on new writers' text are shapes no
    rule has seen.  So every English record is checked by a logistic regression
    over the words around its anchor (the amount, the entity's name, the agreement
    noun) in its evidence sentence, trained on the annotated sets independently of
    the rules (``bench/train_gates.py``); a record scoring below its gate's
    threshold is dropped.  On the last three sealed batches (holdout78-92, 225
    articles, each scored once) precision went from .934 to .964 for aid, .906 to
    .931 for designations and .908 to .937 for agreements, for 0-1 point of recall;
    the designation gate only vetoes near-certain non-entities, because its scores
    for real entities are spread low.  Spanish articles are not gated: 33 of the
    1,510 annotated articles are Spanish, too few to judge a gate on them.
13. **Recall rounds 16–18** (``tests/test_extract_*_rules1[678].py``).  A veto cannot
    add records, so the misses of holdout78–92 and of the older sets were read by
    cause and the generic shapes fixed.  Designations: asset freezes by a state named
    as the actor and counted freezes whose names follow; trade blacklists (Entity
    List, Unreliable Entity List, export control list) as sanctions lists; a listing
    body or an instrument with an aside naming the pending list ("The Cabinet named
    A, B and C"); descriptive asides and "and on" between listed objects; lapsed
    listings as revocations; an explainer's question sub-head names no one.
    Agreements: items of a list of documents share the list's event; a common noun
    or a title with its event and one side named is a record of that side; list
    titles ("Treaty of Friendship, Good Neighbourliness and Cooperation"); years and
    durations outside titles; exchanges of notes, lending programmes, place-named
    understandings.  Aid: more goods and currencies, locative places never donors.
"""

from __future__ import annotations

import re
from collections import Counter

from summarizer import _extract_es as _es
from summarizer._extract_agreements import extract_agreements
from summarizer._extract_aid import (
    _GOODS_VERB_STEMS,
    INKIND_VERB,
    KRONE,
    extract_aid,
    replace_broken_down_totals,
    section_label,
)
from summarizer._extract_common import (
    DATELINE as _DATELINE,
)
from summarizer._extract_common import (
    FRONT_MATTER,
    Cues,
    Sentence,
    country_salience,
    has_any,
    is_recap,
    locate_sentences,
    mentions_and_money,
    required_twin,
    twins_apply,
)
from summarizer._extract_designations import (
    SPECIFIC_TYPES,
    DesigContext,
    extract_designations,
    types_of,
)
from summarizer.gazetteer import normalize
from summarizer.record_gates import default_gates
from summarizer.records import Designation, Records

# --------------------------------------------------------------------------- #
# Entry point
# --------------------------------------------------------------------------- #


def extract(
    text: str,
    published: str | None = None,
    *,
    sentences: list[str] | None = None,
    gates: bool = True,
) -> Records:
    """Extract aid, designation and agreement records from one document.

    ``published`` is accepted for the store's convenience (records are dated by
    their document); extraction itself does not depend on it. ``sentences`` may
    carry ``split_sentences(text)`` when the caller already has it (ingestion
    does), so the text is not segmented twice; it is used only when it starts
    where this function's own reading starts, else the text is split again.
    ``gates=False`` returns the rules' records without the learned precision
    gates (:mod:`summarizer.record_gates`), for measuring what each part does.
    """
    records = Records()
    if not text or not text.strip():
        return records
    fm = FRONT_MATTER.match(text)
    offset = fm.end() if fm else 0
    # A headline (first line, no final punctuation, blank line after) repeats the
    # body in compressed "headlinese" that the sentence rules misread: skip it.
    hm = _HEADLINE.match(text, offset)
    if hm:
        offset = hm.end()
    spanish = _es.is_spanish(text[offset : offset + 1500])
    if sentences is not None and offset:
        # The caller's first unit is the headline skipped above, or this is not our split.
        headline = text[fm.end() if fm else 0 : offset].strip()
        sentences = sentences[1:] if sentences and sentences[0] == headline else None
    spans = locate_sentences(text, offset, "spanish" if spanish else "english", sentences)
    mentions, money = mentions_and_money(text, offset)
    if offset:
        for mo in money:
            mo.start += offset
            mo.end += offset
    sentences: list[Sentence] = []
    # English sentences: their lower case and its gate mask, computed once here (the
    # attribution cue is one more group of the same scan).
    lows: list[str] = []
    cues: list[int] = []
    blanked = False
    mi = yi = 0
    n_mentions, n_money = len(mentions), len(money)
    for s, e in spans:
        sent = Sentence(s, e, text[s:e])
        while mi < n_mentions and mentions[mi].start < s:
            mi += 1
        j = mi
        while j < n_mentions and mentions[j].start < e:
            j += 1
        if j > mi:
            sent.mentions.extend(mentions[mi:j])
        mi = j
        while yi < n_money and money[yi].start < s:
            yi += 1
        j = yi
        while j < n_money and money[j].start < e:
            if money[j].end <= e:
                sent.money.append(money[j])
            j += 1
        yi = j
        if not spanish:
            low = sent.text.lower()
            cue = _SENTENCE_CUES(low)
            if cue & _ATTRIBUTION_CUE and (att := _TRAILING_ATTRIBUTION.search(sent.text)):
                _blank_attribution(sent, att.start(), att.end())
                blanked = True
                low = sent.text.lower()
                cue = _SENTENCE_CUES(low)
            lows.append(low)
            cues.append(cue)
        sentences.append(sent)

    salience = country_salience(mentions)
    home = _dateline_country(text, offset)
    if home:
        salience[home] += 2
    if spanish:
        return _extract_spanish(records, sentences, salience, home)
    aid_state: dict = {"home": home, "text": text}
    desig_ctx = DesigContext(text=text)
    desig_gate = [bool(c & _DESIG_CUE) for c in cues]
    specific_at = [
        next((t for t in types_of(x.text, lw) if t in SPECIFIC_TYPES), None) if gate else None
        for x, lw, gate in zip(sentences, lows, desig_gate, strict=True)
    ]
    agr_idx: list[int] = []
    seen_aid: set[tuple] = set()
    desig_index: dict[str, Designation] = {}
    for idx, sent in enumerate(sentences):
        s = sent.text
        if s.rstrip().endswith("?") or is_recap(s):
            # "Did Norway just give Ukraine 10 billion kroner?": a question states no record
            # (no evidence in the annotated sets is one); the answer, if any, follows. A
            # closing recap ("In summary, ...") restates the records reported above.
            continue
        low = lows[idx]
        if sent.money or (cues[idx] & _INKIND_CUE and _inkind_verb_in(low)):
            if idx:
                # The previous sentence's opening country: the topic a sentence with no
                # recipient of its own continues ("Vanuatu has had other priorities.").
                aid_state["prev"] = sentences[idx - 1]
            for a in extract_aid(sent, salience, aid_state):
                # One in-kind record per donor and sentence ("China and Japan handed over ...");
                # a sum that several donors "each" give is one record per donor.
                key = (
                    (a.recipient, a.amount, a.currency, a.donor if " each " in a.evidence else None)
                    if a.amount is not None
                    else (a.donor, a.recipient, a.kind, a.evidence)
                )
                if key in seen_aid:
                    continue
                seen_aid.add(key)
                records.aid.append(a)
        elif "—" in s[:40] or "–" in s[:40]:
            # "DILI — Timor-Leste's parliament ...": a roundup item's city tag starts a new
            # topic even in a sentence with no money; later pledges in the item go there.
            section_label(sent, aid_state)
        if desig_ctx.pending or desig_gate[idx]:
            explicit = bool(types_of(s, low))
            desig_ctx.upcoming = next((t for t in specific_at[idx + 1 : idx + 3] if t), None)
            for d in extract_designations(sent, desig_ctx):
                key = d.entity.lower()
                prev = desig_index.get((key, d.designation, d.authority, d.action))
                if prev is None and not explicit:
                    cand = desig_index.get(key)
                    # A restatement merges; another state following suit is its own record.
                    if (
                        cand is not None
                        and cand.action == d.action
                        and (not (cand.authority and d.authority) or cand.authority == d.authority)
                    ):
                        prev = cand
                if prev is None:
                    desig_index[(key, d.designation, d.authority, d.action)] = d
                    desig_index[key] = d
                    records.designations.append(d)
                else:
                    prev.designation = prev.designation or d.designation
                    prev.authority = prev.authority or d.authority
                    for a in d.aliases:
                        if a not in prev.aliases:
                            prev.aliases.append(a)
                    if d.action != "designated" or prev.action == "proposed":
                        prev.action = d.action
        if cues[idx] & _AGR_CUE:
            agr_idx.append(idx)
    for d in records.designations:
        # "Coral Crest Maritime Ltd." and "Aegean Lyra Shipping S.A." keep their final period.
        if _COMPANY_ABBREV.search(d.entity) and f"{d.entity}." in d.evidence:
            d.entity += "."
    records.designations = _join_name_parts(records.designations)
    if agr_idx:
        records.agreements = extract_agreements(sentences, salience, agr_idx)
    records.aid = replace_broken_down_totals(records.aid)
    if blanked:
        # Rules read sentences without their closing attribution; evidence quotes the text.
        for rec in (*records.aid, *records.designations, *records.agreements):
            rec.evidence = text[rec.start : rec.end]
    if gates:
        records = default_gates()(records)
    for a in records.aid:
        if (
            a.currency in ("NOK", "SEK", "DKK")
            and re.search(r"\bkron", a.evidence, re.I)
            # "500 million Norwegian kroner" from Denmark: the qualified name decides.
            and not _QUALIFIED_KRONE.search(a.evidence)
        ):
            a.currency = KRONE.get(a.donor or "", a.currency)
    return records


_QUALIFIED_KRONE = re.compile(r"\b(?:Norwegian|Danish|Swedish|Icelandic)\s+kron", re.I)


# "..., the foreign ministry confirmed." / "..., according to a statement, ...": who said
# it, not what was done. An attribution after the main clause is blanked (same length,
# so spans stay valid) before the rules read a sentence: its verbs ("confirmed",
# "announced", "warned") and its names are not the event's status, actor or counterpart.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?:according\s+to|citing)\s+[^,;]{2,80}?|"
    r"(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\w'’.-]+\s+){0,6}?"
    r"(?:said|says|say|confirmed|confirms|announced|announces|added|adds|noted|notes|stated|"
    r"reported|reports|wrote|warned|explained|insisted|acknowledged|admitted|"
    r"told\s+(?:reporters|journalists|parliament|lawmakers|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))"
    r"(?:\s+(?:on|in|late|early|last|this)\s+[\w ]{1,20}?)?(?:\s+in\s+a\s+statement)?)"
    r"(?=\s*[.!?][\"”’]?\s*$|,)"
)


# Every alternative above needs one of these words: a sentence without them is skipped.
# They are looked up in the lower-cased sentence (with the record gates, see _SENTENCE_CUES), which
# finds every key the sentence holds and maybe more: still a necessary condition.
_ATTRIBUTION_KEYS = (
    "according",
    "citing",
    "said",
    "say",
    "confirm",
    "announc",
    "add",
    "note",
    "stated",
    "report",
    "wrote",
    "warned",
    "explained",
    "insisted",
    "acknowledged",
    "admitted",
    "told",
)


def _blank_attribution(sent: Sentence, start: int, end: int) -> None:
    sent.text = sent.text[:start] + " " * (end - start) + sent.text[end:]
    lo, hi = sent.start + start, sent.start + end
    sent.mentions = [m for m in sent.mentions if not lo <= m.start < hi]
    sent.money = [m for m in sent.money if not lo <= m.start < hi]


def _dateline_country(text: str, offset: int) -> str | None:
    """Country of the dateline city ("NAIROBI, May 3, 2026 —" -> Kenya), if known."""
    m = _DATELINE.match(text, offset)
    if not m:
        return None
    place = " ".join(w.capitalize() for w in m.group(1).split())
    if home := normalize(place):
        return home
    # "MOMBASA, Kenya, May 3, 2026 —": a city the gazetteer does not know, then its country.
    for part in text[m.end(1) : m.end()].split(",")[1:3]:
        if (word := part.strip()) and word[:1].isupper() and (home := normalize(word)):
            return home
    return None


def _extract_spanish(
    records: Records, sentences: list[Sentence], salience: Counter[str], home: str | None
) -> Records:
    aid_state: dict = {"home": home}
    ctx: dict = {}
    seen: set[tuple] = set()
    for sent in sentences:
        low = sent.text.lower()
        if gm := list(_es.GROUP_NAME.finditer(sent.text)):
            ctx["last_group"] = gm[-1].group(0)
        if sent.money or _es.INKIND_VERB.search(low):
            for a in _es.extract_aid(sent, salience, aid_state):
                key = (
                    (a.recipient, a.amount, a.currency)
                    if a.amount is not None
                    else (a.donor, a.recipient, a.evidence)
                )
                if key not in seen:
                    seen.add(key)
                    records.aid.append(a)
        if has_any(low, _ES_DESIG_KEYS):
            have = {(d.entity.lower(), d.designation) for d in records.designations}
            for d in _es.extract_designations(sent, ctx):
                if (d.entity.lower(), d.designation) not in have:
                    records.designations.append(d)
    records.agreements = _es.extract_agreements(sentences, salience)
    records.aid = replace_broken_down_totals(records.aid)
    return records


_ES_DESIG_KEYS = ("design", "terror", "lista", "ofac", "proscri", "sancion")
# A legal form after a comma ("Shenzhen Haoyun Trading Co., Ltd.") belongs to the name
# before it, and a bracketed gloss is another name of it; the list rules read both as
# entities of their own.
_LEGAL_FORM = re.compile(
    r"(?:Ltd|Limited|LLC|L\.L\.C|Inc|Co|Corp|PLC|Plc|LLP|GmbH|AG|SA|S\.A|SARL|FZE|FZCO|FZ-LLC|"
    r"JSC|PJSC|OJSC|CJSC|OOO|Pte|Pvt|Bhd|Sdn\s+Bhd|NV|N\.V|BV|B\.V|SpA|S\.p\.A)\.?"
)


def _join_name_parts(designations: list[Designation]) -> list[Designation]:
    out: list[Designation] = []
    for d in designations:
        # "Tehreek-e-Azadi (Movement for Freedom)": a bracketed gloss is another name.
        named = next(
            (
                p
                for p in out
                if p.evidence == d.evidence and f"{p.entity} ({d.entity})" in d.evidence
            ),
            None,
        )
        if named is not None and named.action == d.action:
            if d.entity not in named.aliases:
                named.aliases.append(d.entity)
            continue
        if _FIRM_TAIL.fullmatch(d.entity):
            # "Silk Bridge Exchange and Trade Ltd": a company name that coordinates its
            # trades is one entity, not "Silk Bridge Exchange" and "Trade Ltd".
            head = next(
                (
                    p
                    for p in reversed(out)
                    if p.evidence == d.evidence
                    and p.action == d.action
                    and f"{p.entity} and {d.entity}" in d.evidence
                ),
                None,
            )
            if head is not None:
                head.entity = f"{head.entity} and {d.entity}"
                continue
        if _LEGAL_FORM.fullmatch(d.entity):
            owner = next(
                (
                    p
                    for p in reversed(out)
                    if p.evidence == d.evidence and f"{p.entity}, {d.entity}" in d.evidence
                ),
                None,
            )
            if owner is not None:
                owner.entity = f"{owner.entity}, {d.entity}"
                continue
        out.append(d)
    return out


# The second half of a company name that coordinates its trades: business words only, then
# a legal form ("Trade Ltd", "Exchange LLC", "General Trading Co.").
_FIRM_TAIL = re.compile(
    r"(?:(?:General|Foreign|International|Trade|Trading|Exchange|Investments?|Services|"
    r"Logistics|Shipping|Holdings?|Industries|Industry|Commerce|Commercial|Transport|"
    r"Technology|Technologies|Development|Contracting|Import|Export|Money|Transfer)\s+){1,3}"
    r"(?:Ltd\.?|LLC|L\.L\.C\.|Co\.?|Company|Inc\.?|Corp\.?|Corporation|FZE|FZCO|JSC|S\.A\.)"
)
_COMPANY_ABBREV = re.compile(r"(?:\b(?:Ltd|Inc|Co|Corp|Bhd|Pty|Jr|Sr)|\b(?:[A-Z]\.)+[A-Z])$")
_HEADLINE = re.compile(r"[ \t]*[^\n]{10,220}(?<![.!?\"”])[ \t]*\n[ \t]*\n")
# Necessary for an INKIND_VERB match: the goods verbs' stems (proved against the pattern in
# tests/test_extract_aid_perf.py) and one word of each other alternative.
_INKIND_KEYS = (
    *_GOODS_VERB_STEMS,
    " bank",
    "receiv",
    "imf",
    "monetary",
    "arrived",
    "reached",
    "landed",
    "docked",
    "touched",
    "loaded",
)
_DESIG_KEYS = (
    "designat",
    "proscri",
    "blacklist",
    "delist",
    "de-list",
    "terror",
    "sanction",
    "sdgt",
    "fto",
    "list",
    "kingpin",
    "foreign assets",
    "froze the assets",
    "asset freez",
    "froze assets",
    "frozen the assets",
    "frozen assets",
    "entity list",
    "export control",
    "freezes the assets",
    "freeze the assets",
    "annex",
    "ofac",
    "registry",
    "ban on",
    "named are",
    "named were",
    "named include",
    " named ",
    "schedule",
    "specified entit",
    "name of",
    "names of",
    "application against",
    "quash",
    "added:",
    "removed:",
    "threshold for",
    "test for",
    "criteria for",
    "restrictive measure",
    "unlawful",
    "uapa",
    " add",
    "remov",
    "transnational criminal",
    "outlaw",
    # "the court recognised X as an extremist organisation" (Central Asian courts' listing)
    "extremist",
    "banned",
    "banning",
    "bans ",
    "brand",
    "label",
    "measures against",
    "measures on",
    "penalties",
    "restrictions on",
    "steps against",
    "action against",
    "to ban ",
)
_AGR_KEYS = (
    "agreement",
    "code of conduct",
    "compact",
    "framework",
    "programme",
    "program",
    "ceasefire",
    "cease-fire",
    "truce",
    "armistice",
    "roadmap",
    "road map",
    "plan of action",
    "treat",
    "accord",
    "pact",
    "deal",
    "memorand",
    "mou",
    "facility",
    "arrangement",
    "programme",
    "program",
    "bailout",
    "convention",
    "protocol",
    "compact",
    "charter",
    "framework",
    "partnership",
    "exchange of notes",
    "customs union",
    "of intent",
    # Titles without an agreement word ("the Falepili Union with Tuvalu, in force since
    # ...", "walked out of the Black Sea Grain Initiative").
    "in force",
    "union with",
    "initiative",
    "understanding",
)

# One scan of each lower-cased sentence answers the three record gates (bits 1, 2, 4) and
# the attribution cue (bit 8).
_INKIND_CUE, _DESIG_CUE, _AGR_CUE = 1, 2, 4
_SENTENCE_CUES = Cues(_INKIND_KEYS, _DESIG_KEYS, _AGR_KEYS, _ATTRIBUTION_KEYS)
_ATTRIBUTION_CUE = 8

# INKIND_VERB is case-insensitive, which costs Python's regex engine about three times
# as much; the sentence is lower-cased already, so its case-sensitive twin answers the
# same (see lower_twin) unless the text holds a letter that re.I folds to ASCII.
_INKIND_VERB_LOW = required_twin(INKIND_VERB)


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (split at ``|`` outside groups and sets)."""
    out: list[str] = []
    depth = last = i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i : i + 1] == "^":
                i += 1
            if pattern[i : i + 1] == "]":
                i += 1
            while pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and not depth:
            out.append(pattern[last:i])
            last = i + 1
        i += 1
    out.append(pattern[last:])
    return out


def _factor_boundary(rx: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """``rx`` as two patterns: a text holds a match of ``rx`` exactly when it holds a
    match of the first or of the second (``None``: no such alternatives).

    ``\\bA|\\bB|C`` tries every alternative's ``\\b`` at every position of the text;
    ``\\b(?:A|B)`` tests the boundary once and fails at once inside a word (most
    positions), and ``C`` alone is searched apart. At any position ``\\b(?:A|B)``
    matches what ``\\bA|\\bB`` matches (same alternatives in the same order, the
    zero-width ``\\b`` moved in front of the group); only existence is asked, so the
    alternatives without ``\\b`` may go to a search of their own.
    """
    alts = _top_alternatives(rx.pattern)
    bounded = [a[2:] for a in alts if a.startswith("\\b")]
    other = [a for a in alts if not a.startswith("\\b")]
    first = re.compile("\\b(?:" + "|".join(bounded) + ")", rx.flags)
    return first, (re.compile("|".join(other), rx.flags) if other else None)


# INKIND_VERB opens almost every alternative with ``\\b``: factored, it costs a fifth.
_INKIND_BOUNDED, _INKIND_OTHER = _factor_boundary(_INKIND_VERB_LOW)


def _inkind_verb_in(low: str) -> bool:
    if twins_apply(low):
        return _INKIND_BOUNDED.search(low) is not None or (
            _INKIND_OTHER is not None and _INKIND_OTHER.search(low) is not None
        )
    return INKIND_VERB.search(low) is not None

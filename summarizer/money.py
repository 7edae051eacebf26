"""Money expressions in news text -> (amount in full units, ISO 4217 code).

Handles a currency marker before the number ("US$13.5 million", "$2.5bn",
"€40m", "£12 million", "C$", "A$", "CHF 3 million", "Rs 500 crore",
"USD 200 million") or after it ("1.2 billion euros", "30 billion yen",
"200 million USD", "five million dollars"), digits with thousands separators
and number words ("five million", "twenty-five million", "half a billion").

A second amount that merely restates the first in another currency —
"30 billion yen ($200 million)", "€40 million, or about $43 million" — is folded
into the first: the commitment is counted once, in the currency it was stated
in, and the restatement is kept in ``Money.equivalents``.

A bare "$" is read as US dollars and "Rs" as Indian rupees; prefixed dollar
variants (C$, A$, NZ$, HK$, S$) and qualified words ("Canadian dollars") take
precedence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick
import pycountry

from summarizer._regex import trie_alternation

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "lakh": 1e5,
    "lakhs": 1e5,
    "million": 1e6,
    "millions": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "crore": 1e7,
    "crores": 1e7,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "lakh crore": 1e12,
    "lakh crores": 1e12,
    "tn": 1e12,
    "trn": 1e12,
    # Spanish: "mil millones" is a (short-scale) billion, "billón" a trillion.
    "mil": 1e3,
    "millón": 1e6,
    "millon": 1e6,
    "millones": 1e6,
    "mil millones": 1e9,
    "billón": 1e12,
    "billon": 1e12,
    "billones": 1e12,
}

_WORD_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "half": 0.5,
    "half a": 0.5,
    "a half": 0.5,
    "several": None,
    "dozen": 12,
    "a dozen": 12,
}

# Prefix markers -> ISO code.  Order matters: longer markers first.
_PREFIXES: list[tuple[str, str]] = [
    (r"U\.?S\.?\s?\$", "USD"),
    (r"C\$|CA\$|Can\$|CDN\$", "CAD"),
    (r"A\$|AU\$|AUD\$", "AUD"),
    (r"NZ\$", "NZD"),
    (r"HK\$", "HKD"),
    (r"S\$|SG\$", "SGD"),
    (r"R\$", "BRL"),
    (r"MX\$|Mex\$", "MXN"),
    (r"NT\$", "TWD"),
    (r"TT\$", "TTD"),
    (r"J\$", "JMD"),
    (r"EC\$", "XCD"),
    (r"FJ?\$", "FJD"),
    (r"SI\$", "SBD"),
    (r"N\$", "NAD"),
    (r"\$", "USD"),
    (r"€", "EUR"),
    (r"£", "GBP"),
    (r"¥|JP¥", "JPY"),
    # a country's own rupee, written with its initial ("NRs 450 million", "SLRs 2bn")
    (r"NRs\.?|NPRs\.?", "NPR"),
    (r"SLRs\.?|SL\s?Rs\.?", "LKR"),
    (r"PKRs\.?|PRs\.?", "PKR"),
    (r"₹|Rs\.?|INR", "INR"),
    (r"₩", "KRW"),
    (r"₽", "RUB"),
    (r"₺", "TRY"),
    (r"₦", "NGN"),
    (r"₱", "PHP"),
    (r"₴", "UAH"),
    (r"₪", "ILS"),
    (r"Sfr\.?|SFr\.?", "CHF"),
    # Local markers written before the number ("KD 7.5 million", "KSh 2bn", "Tk 300 crore").
    (r"KD", "KWD"),
    (r"SDRs?|XDR", "XDR"),
    # "R45 million" (rand): only directly before digits, with a scale (checked in _scan)
    (r"R(?=\d)", "ZAR"),
    (r"KSh|Ksh", "KES"),
    # "FCFA 10 billion" (West/Central African CFA francs, re-coded by country later)
    (r"FCFA|F\.CFA", "XOF"),
    (r"Shs\.?", "KES"),
    # "Sh640 million": East African shillings (Kenya by default, re-coded by country later)
    (r"Sh(?=\d)", "KES"),
    (r"USh|Ush", "UGX"),
    (r"TSh|Tsh", "TZS"),
    (r"Tk\.?|৳", "BDT"),
    (r"Dhs?\.?", "AED"),
    (r"SR", "SAR"),
    (r"QR", "QAR"),
    (r"GH[¢₵]|GHS|₵", "GHS"),
    (r"Rp\.?", "IDR"),
    (r"RM", "MYR"),
    (r"฿", "THB"),
    (r"₫", "VND"),
    (r"₸", "KZT"),
]

_ISO_CODES = [
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "CNY",
    "RMB",
    "INR",
    "KRW",
    "RUB",
    "TRY",
    "BRL",
    "MXN",
    "ZAR",
    "NGN",
    "KES",
    "EGP",
    "SAR",
    "AED",
    "QAR",
    "UAH",
    "PLN",
    "SEK",
    "NOK",
    "DKK",
    "IDR",
    "PHP",
    "THB",
    "VND",
    "PKR",
    "BDT",
    "LKR",
    "COP",
    "PEN",
    "CLP",
    "ARS",
    "ILS",
    "SGD",
    "HKD",
    "TWD",
    "KWD",
    "OMR",
    "BHD",
    "JOD",
    "IQD",
    "MAD",
    "TND",
    "DZD",
    "XOF",
    "XAF",
    "GHS",
    "ETB",
    "TZS",
    "UGX",
    "NPR",
    "MMK",
    "KZT",
    "MYR",
    "CZK",
    "HUF",
    "RON",
    "KHR",
    "ZMW",
    "MWK",
    "GEL",
    "AMD",
    "AZN",
    "AFN",
    "MDL",
    "TTD",
    "JMD",
    "XCD",
    "FJD",
    "SBD",
    "NAD",
    "SOS",
    "LYD",
    "RSD",
]

# Currency words written after the number -> ISO code.
# Unit names a journalist writes after the number ("1.2 billion pula", "40 million kina")
# for currencies the table below does not spell out. The ISO code comes from pycountry
# (the unit is the last word of exactly one ISO 4217 name); the list only chooses the
# words that are safe to read as money in English text.
_UNIT_WORDS = (
    "afghani", "ariary", "balboa", "boliviano", "dalasi", "denar", "dobra", "escudo",
    "gourde", "guarani", "kina", "kip", "kwanza", "lek", "lempira", "lilangeni", "loti",
    "metical", "nakfa", "ngultrum", "ouguiya", "pataca", "pa’anga", "pula", "quetzal",
    "ringgit", "rufiyaa", "somoni", "tala", "tugrik", "vatu",
)  # fmt: skip
_PLURALS = {
    "metical": "meticais",
    "quetzal": "quetzales",
    "loti": "maloti",
    "lilangeni": "emalangeni",
}


def _unit_forms() -> list[tuple[list[str], str]]:
    """Each chosen unit word's written forms (longest first) with its one ISO code."""
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        codes.setdefault(currency.name.split()[-1].lower(), set()).add(currency.alpha_3)
    out = []
    for word in _UNIT_WORDS:
        (code,) = codes[word]  # one ISO code per chosen word, or the import fails loudly
        forms = {word, word + "s", _PLURALS.get(word, word), word.replace("’", "'")}
        out.append((sorted(forms, key=len, reverse=True), code))
    return out


_UNIT_FORMS = _unit_forms()
_UNIT_SUFFIXES = [("|".join(map(re.escape, forms)), code) for forms, code in _UNIT_FORMS]
_SUFFIX_WORDS: list[tuple[str, str]] = [
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"),
    (r"Canadian\s+dollars?", "CAD"),
    (r"Australian\s+dollars?", "AUD"),
    (r"New\s+Zealand\s+dollars?", "NZD"),
    (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"Singapore\s+dollars?", "SGD"),
    (r"Taiwan(?:ese)?\s+dollars?", "TWD"),
    (r"dollars?", "USD"),
    (r"euros?", "EUR"),
    (r"(?:British\s+)?pounds?(?:\s+sterling)?|sterling", "GBP"),
    (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:Chinese\s+)?yuan|renminbi", "CNY"),
    (r"(?:Indian\s+)?rupees?", "INR"),
    (r"Pakistani\s+rupees?", "PKR"),
    (r"Sri\s+Lankan\s+rupees?", "LKR"),
    (r"Nepal(?:i|ese)\s+rupees?", "NPR"),
    (r"(?:(?:West|Central)\s+African\s+)?CFA\s+francs?|francs?\s+CFA", "XOF"),
    (r"special\s+drawing\s+rights|SDRs", "XDR"),
    (r"(?:Swiss\s+)?francs?", "CHF"),
    (r"(?:Russian\s+)?r[ou]ubles?", "RUB"),
    (r"hryvnias?|hryvnia", "UAH"),
    (r"(?:South\s+Korean\s+)?won", "KRW"),
    (r"Mexican\s+pesos?", "MXN"),
    (r"Colombian\s+pesos?", "COP"),
    (r"Argentine\s+pesos?", "ARS"),
    (r"Chilean\s+pesos?", "CLP"),
    (r"Philippine\s+pesos?", "PHP"),
    (r"reais|reals?", "BRL"),
    (r"rand", "ZAR"),
    (r"Kenyan\s+shillings?", "KES"),
    (r"Ugandan\s+shillings?", "UGX"),
    (r"Tanzanian\s+shillings?", "TZS"),
    (r"Somali\s+shillings?", "SOS"),
    (r"shillings?", "KES"),
    (r"naira", "NGN"),
    (r"(?:Turkish\s+)?liras?", "TRY"),
    (r"Qatari\s+riyals?", "QAR"),
    (r"Omani\s+rials?", "OMR"),
    (r"(?:Saudi\s+)?riyals?", "SAR"),
    (r"Kuwaiti\s+dinars?", "KWD"),
    (r"Bahraini\s+dinars?", "BHD"),
    (r"Jordanian\s+dinars?", "JOD"),
    (r"Iraqi\s+dinars?", "IQD"),
    (r"Libyan\s+dinars?", "LYD"),
    (r"Algerian\s+dinars?", "DZD"),
    (r"Tunisian\s+dinars?", "TND"),
    (r"Serbian\s+dinars?", "RSD"),
    # a bare "dinars" is re-coded by the country it belongs to (see _extract_aid)
    (r"dinars?", "KWD"),
    (r"Moroccan\s+dirhams?", "MAD"),
    (r"dirhams?", "AED"),
    (r"zloty(?:s)?", "PLN"),
    (r"(?:Swedish\s+)?kron(?:a|or)", "SEK"),
    (r"Danish\s+kron(?:e|er)", "DKK"),
    (r"(?:Norwegian\s+)?kron(?:e|er)", "NOK"),
    (r"shekels?", "ILS"),
    (r"Egyptian\s+pounds?", "EGP"),
    (r"rupiah", "IDR"),
    (r"baht", "THB"),
    (r"dong", "VND"),
    (r"taka", "BDT"),
    (r"soles", "PEN"),
    # regional press: local currency words
    (r"FCFA|F\.CFA", "XOF"),
    (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"(?:Ghanaian\s+|new\s+)?cedis?", "GHS"),
    (r"Malawian\s+kwacha", "MWK"),
    (r"(?:Zambian\s+)?kwacha", "ZMW"),
    (r"(?:Moldovan\s+|Romanian\s+)?lei", "RON"),
    (r"tenge", "KZT"),
    (r"lari", "GEL"),
    (r"drams?", "AMD"),
    (r"manats?", "AZN"),
    (r"afghanis", "AFN"),
    (r"kyats?", "MMK"),
    (r"riels?", "KHR"),
    (r"forints?", "HUF"),
    (r"koruna", "CZK"),
    (r"leones?", "SLE"),
    # "crowns": the English name of the krona/krone/koruna; a bare "crowns" is re-coded
    # by the country it belongs to (see _extract_aid)
    (r"Norwegian\s+crowns?", "NOK"),
    (r"Danish\s+crowns?", "DKK"),
    (r"Czech\s+(?:crowns?|korunas?|koruny)", "CZK"),
    (r"Icelandic\s+(?:crowns?|kr[oó]nur|kr[oó]na)", "ISK"),
    (r"(?:Swedish\s+)?crowns?", "SEK"),
    (r"korunas|koruny", "CZK"),
    *_UNIT_SUFFIXES,
]
# Spanish currency words ("millones de dólares", "300.000 quetzales").
_SUFFIX_WORDS_ES: list[tuple[str, str]] = [
    (
        r"dólares\s+(?:estadounidenses|americanos)|dólares\s+de\s+(?:EE\.\s?UU\.|Estados\s+Unidos)",
        "USD",
    ),
    (r"dólares\s+canadienses", "CAD"),
    (r"dólares\s+australianos", "AUD"),
    (r"dólares|dolares", "USD"),
    (r"euros", "EUR"),
    (r"libras(?:\s+esterlinas)?", "GBP"),
    (r"yenes|yenes\s+japoneses", "JPY"),
    (r"yuanes|renminbis?", "CNY"),
    (r"pesos\s+mexicanos", "MXN"),
    (r"pesos\s+colombianos", "COP"),
    (r"pesos\s+argentinos", "ARS"),
    (r"pesos\s+chilenos", "CLP"),
    (r"quetzales", "GTQ"),
    (r"lempiras", "HNL"),
    (r"colones", "CRC"),
    (r"bolívares", "VES"),
    (r"soles", "PEN"),
    (r"reales", "BRL"),
    (r"francos\s+suizos", "CHF"),
    (r"rupias", "INR"),
    (r"coronas\s+suecas", "SEK"),
    (r"coronas\s+noruegas", "NOK"),
    (r"coronas\s+danesas", "DKK"),
    (r"rublos", "RUB"),
    (r"dírhams|dirhams", "AED"),
]
# Spanish scales, longest first ("mil millones" before "millones" before "mil").
_SCALE_ES = r"mil\s+millones|millones|millón|millon|billones|billón|billon|mil"
# Decimal comma / thousands dot only where a Spanish scale or word follows:
# "4,5 millones", "6.800 millones", "300.000 quetzales".
_NUM_ES = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{1,2}(?!\d)|\d+(?:\.\d+)?"

_SUB100_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
# "two hundred and thirty-five" (British "and") or "two hundred thirty-five".
_NUM_WORD = (
    rf"(?:{_SUB100_WORD}|a\s+half|half\s+a"
    r"|half|a\s+dozen|dozen|an?|several)"
    rf"(?:\s+hundred(?:\s+(?:and\s+)?{_SUB100_WORD}\b)?)?"
)
# A decimal comma ("12,5 million euros", "EUR 4,5 bn" in translated European copy) only
# right before a scale: "12,500" and "1,5" without one keep the English reading.
_NUM_DIGITS = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3},\d{1,2}(?!\d)(?=[\s-]?(?:million|billion|trillion|mln|mn|bn)\b)"
    r"|\d+(?:\.\d+)?"
)
_SCALE = r"thousand|million|billion|trillion|lakh\s+crores?|crores?|lakhs?|mln|mn|bn|trn|tn|[mbk](?![a-zA-Z])"
_PREFIX_RE = "|".join(f"(?:{p})" for p, _ in _PREFIXES)
# ISO codes are all three letters, so a trie matches exactly what a flat list would.
_ISO_RE = trie_alternation(_ISO_CODES)
_SUFFIX_RE = "|".join(f"(?:{p})" for p, _ in _SUFFIX_WORDS)
_SUFFIX_ES_RE = "|".join(f"(?:{p})" for p, _ in _SUFFIX_WORDS_ES)

# Every match starts with a digit, a currency symbol, or a letter not preceded by an ASCII
# letter: a capital of a prefix marker or ISO code (both behind (?<![A-Za-z]) or \b) or
# the first letter of a number word (behind \b, see _NUM_WORD).  The lookahead rejects
# other positions before the branches are tried.
_MONEY_START_SYMBOLS = r"\$€£¥₹₩₽₺₦₱₴₪৳฿₫₸₵"
_MONEY_START = rf"(?=[\d{_MONEY_START_SYMBOLS}]|(?<![A-Za-z])[A-Zadefhnost])"

# Each branch behind the first characters it can start with (the test file holds every
# alternative to them): a position the branch cannot start at fails on one set test
# instead of trying each alternative.  A prefix marker, ISO code or "CHF" starts with a
# capital or a currency symbol; a number with a digit or a number word's first letter.
_PRE_LOOK = "(?=[A-Z" + _MONEY_START_SYMBOLS + "])"

_MONEY = re.compile(
    rf"""
    {_MONEY_START}
    (?:
        {_PRE_LOOK}(?P<pre>(?<![A-Za-z])(?:{_PREFIX_RE})|\b(?:{_ISO_RE})\b|\bCHF\b)\s?
        (?:
            (?P<pesnum>{_NUM_ES})\s(?P<pesscale>{_SCALE_ES})\b
          |
            (?P<pnum>{_NUM_DIGITS}|\b{_NUM_WORD}\b)
            (?:\s?(?:-|–|to)\s?(?:{_PREFIX_RE})?(?:{_NUM_DIGITS}))?
            (?:[\s-]?(?P<pscale>{_SCALE})\b)?
        )
      |
        (?=\d)(?P<esnum>(?<![\w.,$€£¥]){_NUM_ES})
        (?:\s(?P<esscale>{_SCALE_ES}))?
        \s(?:de\s)?(?P<essuf>{_SUFFIX_ES_RE}|euros)\b
      |
        (?=[\dadefhnost])(?P<snum>(?<![\w.,$€£¥]){_NUM_DIGITS}|\b{_NUM_WORD}\b)
        (?:[\s-]?(?P<sscale>{_SCALE})\b)?
        \s+(?P<suf>{_SUFFIX_RE}|{_ISO_RE}|CHF)\b
    )
    """,
    re.VERBOSE,
)

_PREFIX_COMPILED = [(re.compile(rf"(?:{p})$"), code) for p, code in _PREFIXES]
_SUFFIX_COMPILED = [(re.compile(rf"(?:{p})$", re.I), code) for p, code in _SUFFIX_WORDS]
_SUFFIX_ES_COMPILED = [(re.compile(rf"(?:{p})$", re.I), code) for p, code in _SUFFIX_WORDS_ES]

# "($200 million)", ", or about $43 million", "(equivalent to ...)"
_RESTATEMENT_GAP = re.compile(
    r"^\s*(?:\(|,|;|—|–|-)?\s*(?:or\s+)?(?:about|around|roughly|approximately|approx\.|some|nearly"
    r"|almost|just\s+over|just\s+under|more\s+than|over|equivalent\s+to|the\s+equivalent\s+of"
    r"|worth|equal\s+to|or)?\s*$",
    re.I,
)


@dataclass(slots=True)
class Money:
    start: int
    end: int
    amount: float | None
    currency: str
    text: str
    equivalents: list[tuple[float | None, str]] = field(default_factory=list)


_NUMBER_ES_RX1 = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def _number_es(raw: str) -> float:
    """Spanish digits: "6.800" -> 6800, "4,5" -> 4.5, "1.5" -> 1.5."""
    if _NUMBER_ES_RX1.fullmatch(raw):
        return float(raw.replace(".", "").replace(",", "."))
    return float(raw.replace(",", "."))


_NUMBER_RX1 = re.compile(r"\s+")
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_NUMBER_RX2 = re.compile(r"[-\s]")


def _number(raw: str) -> float | None:
    raw = raw.strip().lower()
    if raw[0].isdigit():
        if _DECIMAL_COMMA.fullmatch(raw):
            return _number_es(raw)  # "12,5" before a scale: a decimal comma
        return float(raw.replace(",", ""))
    raw = _NUMBER_RX1.sub(" ", raw)
    if " hundred " in raw:
        # "two hundred and thirty-five": hundreds plus a sub-hundred remainder.
        head, _, tail = raw.partition(" hundred ")
        tail = tail.removeprefix("and ")
        high, low = _number(head + " hundred"), _number(tail)
        return None if high is None or low is None else high + low
    hundred = raw.endswith(" hundred")
    if hundred:
        raw = raw[: -len(" hundred")]
    if raw in _WORD_NUMBERS:
        value = _WORD_NUMBERS[raw]
    else:
        parts = _NUMBER_RX2.split(raw)
        try:
            value = sum(_WORD_NUMBERS[p] for p in parts)
        except (KeyError, TypeError):
            return None
    if value is None:
        return None
    return value * 100 if hundred else value


# Both lookups are pure functions of a short marker string: cached.
@lru_cache(maxsize=4096)
def _currency_of_prefix(pre: str) -> str:
    pre = pre.strip()
    if pre == "R":
        return "ZAR"
    if pre == "Sh":
        return "KES"
    if pre.upper() in _ISO_CODES or pre == "CHF":
        return "CNY" if pre.upper() == "RMB" else pre.upper()
    for rx, code in _PREFIX_COMPILED:
        if rx.match(pre):
            return code
    return "USD"


@lru_cache(maxsize=4096)
def _currency_of_suffix(suf: str) -> str:
    s = _NUMBER_RX1.sub(" ", suf.strip())
    if s in _ISO_CODES or s == "CHF":
        return "CNY" if s == "RMB" else s
    for rx, code in _SUFFIX_COMPILED:
        if rx.match(s):
            return code
    return "USD"


def _scale(raw: str | None) -> float:
    if not raw:
        return 1.0
    return _SCALES.get(" ".join(raw.lower().split()), 1.0)


# Every money expression contains a currency marker; the full pattern only runs
# in a window around one, which keeps scanning cost proportional to the markers.
_ANCHOR_WORDS = [
    *_ISO_CODES,
    *[
        "CHF",
        "Rs",
        "NRs",
        "NPRs",
        "SLRs",
        "PKRs",
        "PRs",
        "Sfr",
        "SFr",
        "KD",
        "KSh",
        "Ksh",
        "USh",
        "Ush",
        "TSh",
        "Tsh",
        "Tk",
        "Dh",
        "Dhs",
        "SR",
        "QR",
        "GH",
        "Rp",
        "RM",
        "dollar",
        "dollars",
        "euro",
        "euros",
        "pound",
        "pounds",
        "sterling",
        "yen",
        "yuan",
        "renminbi",
    ],
    *[
        "rupee",
        "rupees",
        "franc",
        "francs",
        "rouble",
        "roubles",
        "ruble",
        "rubles",
        "hryvnia",
        "hryvnias",
        "won",
        "peso",
    ],
    *[
        "pesos",
        "reais",
        "real",
        "reals",
        "rand",
        "shilling",
        "shillings",
        "naira",
        "lira",
        "liras",
        "riyal",
        "riyals",
        "dirham",
        "dinar",
        "dinars",
        "rial",
        "rials",
    ],
    *[
        "dirhams",
        "zloty",
        "krona",
        "kronor",
        "krone",
        "kroner",
        "shekel",
        "shekels",
        "rupiah",
        "baht",
        "dong",
        "taka",
        "soles",
        "FCFA",
        "birr",
        "cedi",
        "cedis",
        "kwacha",
        "lei",
        "tenge",
        "lari",
        "dram",
        "drams",
        "manat",
        "manats",
        "afghanis",
        "kyat",
        "kyats",
        "riel",
        "riels",
        "forint",
        "forints",
        "koruna",
        "korunas",
        "koruny",
        "crown",
        "crowns",
        "kronur",
        "krónur",
        "leone",
        "leones",
        "Shs",
    ],
    # Spanish
    *[
        "dólares",
        "dolares",
        "yenes",
        "libras",
        "yuanes",
        "quetzales",
        "lempiras",
        "colones",
        "bolívares",
    ],
    *["reales", "francos", "rupias", "coronas", "rublos"],
    *[form for forms, _ in _UNIT_FORMS for form in forms],
]


# Every money expression contains a currency marker; the full pattern only runs
# in a window around one, which keeps scanning cost proportional to the markers.
# Local markers glued to the digits ("Dh50 million", "R45 million") anchor too.
_GLUED = ["Dh", "Dhs", "Tk", "KSh", "Sh", "KD", "Rp", "RM", "SR", "QR", "R", "SDR"]
_ANCHOR_ALL = sorted({*_ANCHOR_WORDS, *_GLUED, "SDRs", "CFA", "special"})
_ANCHOR_LOWER = [w for w in _ANCHOR_ALL if not ("A" <= w[0] <= "Z")]
_ANCHOR_TRIE = trie_alternation(_ANCHOR_ALL)
_ANCHOR_SYMBOLS = "[$€£¥₹₩₽₺₦₱₴₪৳฿₫₸₵]"
# The reference definition (the property tests hold the fast scan below to it).
_ANCHOR = re.compile(_ANCHOR_SYMBOLS + r"|\b(?:" + _ANCHOR_TRIE + r")(?:\b|(?=\d))")


# The same anchors by kind (the references the tests hold :func:`_word_anchor_spans` to).
# A word anchor (all word characters, or an apostrophe followed by one) starts either the
# text or right after a non-word character: ``(?<!\w.)`` right after a capital is the
# ``\b`` before it; a lower-case one follows a non-word character or starts the text.
# The kinds never overlap, so merging them by position gives exactly the spans of
# ``_ANCHOR.finditer``.
def _capital_led(words: list[str]) -> str:
    """Alternatives each led by one literal capital: the engine scans for that set."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return "|".join(
        re.escape(c) + r"(?<!\w.)" + trie_alternation(rest) + r"(?:\b|(?=\d))"
        for c, rest in sorted(by_first.items())
    )


_ANCHOR_CAPITAL = re.compile(_capital_led([w for w in _ANCHOR_ALL if "A" <= w[0] <= "Z"]))
_ANCHOR_LOWER_AFTER = re.compile(r"\W(" + trie_alternation(_ANCHOR_LOWER) + r")(?:\b|(?=\d))")
_ANCHOR_LOWER_AT = re.compile(r"(?:" + trie_alternation(_ANCHOR_LOWER) + r")(?:\b|(?=\d))")
_SYMBOL_CHARS = _ANCHOR_SYMBOLS[1:-1]
_ANCHOR_SYMBOL = re.compile(_ANCHOR_SYMBOLS)
_ANCHOR_DOLLAR = re.compile(r"\$")


# Every anchor in one Aho–Corasick pass, the patterns' boundaries checked on each hit
# (``\w`` is ``isalnum()`` or "_", ``\d`` is ``isdecimal()``); a symbol needs none.  The
# word anchors are word characters and apostrophes, so at one start the longest hit that
# passes is the match (the tries are longest-first).  A lower-case hit after the start
# must begin after the non-word character that follows the last one
# (``_ANCHOR_LOWER_AFTER``'s non-overlap); one at the very start is ``_ANCHOR_LOWER_AT``'s.
# Capital-led anchors and symbols never overlap (a capital-led one needs a non-word
# character before it), nor do they overlap the lower-case ones.
_ANCHOR_AC = ahocorasick.Automaton()
for _w in _ANCHOR_LOWER:
    _ANCHOR_AC.add_word(_w, (len(_w), True))
for _w in _ANCHOR_ALL:
    if "A" <= _w[0] <= "Z":
        _ANCHOR_AC.add_word(_w, (len(_w), False))
for _w in _SYMBOL_CHARS:
    _ANCHOR_AC.add_word(_w, (0, False))
_ANCHOR_AC.make_automaton()


# One hit of the anchor automaton: (index of the anchor's last character, (size, lower)).
AnchorHit = tuple[int, tuple[int, bool]]


def anchor_words() -> list[tuple[str, tuple[int, bool]]]:
    """The money anchors' automaton words and values (size, lower-case), for a caller that
    scans a text once for these and other words (see :func:`find_money_from_hits`)."""
    return list(_ANCHOR_AC.items())


def _anchor_spans(text: str, found: Iterable[AnchorHit] | None = None) -> list[tuple[int, int]]:
    """``[a.span() for a in _ANCHOR.finditer(text)]``.

    ``found``: the hits ``(end, (size, lower))`` of ``_ANCHOR_AC.iter(text)`` when the
    caller has them already (in any order: they are sorted below).
    """
    marks = []  # symbols and capital-led anchors, as (start, -end)
    hits = []  # lower-case anchors, as (start, -end)
    n = len(text)
    for end, (size, lower) in _ANCHOR_AC.iter(text) if found is None else found:
        if not size:
            marks.append((end, -end - 1))
            continue
        start = end - size + 1
        if start:
            c = text[start - 1]
            if c.isalnum() or c == "_":
                continue
        end += 1
        if end < n:
            c = text[end]
            if (c.isalnum() or c == "_") and not c.isdecimal():
                continue
        (hits if lower else marks).append((start, -end))
    spans = []
    last = -1
    for start, end in sorted(marks):
        if start != last:
            spans.append((start, -end))
            last = start
    if not hits:
        return spans
    hits.sort()
    last = 0
    at_start = False
    for start, end in hits:
        if start > last:
            spans.append((start, -end))
            last = -end
        elif start == 0 and not at_start:
            spans.append((0, -end))
            at_start = True
    spans.sort()
    return spans


def _word_anchor_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_ANCHOR_CAPITAL``, ``_ANCHOR_LOWER_AT`` and ``_ANCHOR_LOWER_AFTER``."""
    return [(a, b) for a, b in _anchor_spans(text) if text[a] not in _SYMBOL_CHARS]


def _matches(text: str, found: Iterable[AnchorHit] | None = None):
    pos = 0
    n = len(text)
    for a_start, a_end in _anchor_spans(text, found):
        if a_end <= pos:
            continue
        m = _MONEY.search(text, max(pos, a_start - 45), min(n, a_end + 25))
        while m is not None and m.end() <= a_start:
            # A match entirely before the anchor: keep it only if it has its own marker.
            nxt = _MONEY.search(text, m.end(), min(n, a_end + 25))
            m = nxt
        if m is None or m.start() > a_end:
            continue
        snum = m.group("snum")
        if snum is not None and snum[0].isalpha() and not m.group("sscale"):
            # "a SEK 90 million grant": the article read as a number before the ISO code
            # would hide the amount that the code prefixes; rescan after the article.
            nxt = _MONEY.search(text, m.end("snum"), min(n, a_end + 25))
            if nxt is not None and nxt.start() <= a_end:
                m = nxt
        pos = m.end()
        yield m


_SCAN_GROUPS = ("essuf", "pesnum", "pre", "snum", "sscale", "suf", "pnum", "pscale")


def _scan(text: str, hits: Iterable[AnchorHit] | None = None) -> list[Money]:
    found: list[Money] = []
    for m in _matches(text, hits):
        essuf, pesnum, pre, snum, sscale, suf, pnum, pscale = m.group(*_SCAN_GROUPS)
        if essuf is not None or pesnum is not None:
            if essuf is not None:
                num, scale = m.group("esnum"), m.group("esscale")
                suf = " ".join(essuf.split())
                currency = next((c for rx, c in _SUFFIX_ES_COMPILED if rx.match(suf)), "EUR")
            else:
                num, scale = pesnum, m.group("pesscale")
                currency = _currency_of_prefix(pre)
            amount = round(_number_es(num) * _scale(scale), 2)
            found.append(Money(m.start(), m.end(), amount, currency, m.group(0)))
            continue
        if pre is not None:
            num, scale = pnum, pscale
            currency = _currency_of_prefix(pre)
            # "$5 m" is fine, but "$5 m" followed by "people" is not our business.
            if num[0].isalpha() and not scale:
                continue
            if pre in ("R", "Sh") and not scale:
                continue  # "R45 million" is rand; "R2" is a road or a round
        else:
            num, scale = snum, sscale
            currency = _currency_of_suffix(suf)
            if num[0].isalpha() and not scale:
                continue  # "a dollar", "several euros"
            if (
                suf.lower()
                in {"won", "dong", "rand", "soles", "lei", "lari", "dram", "drams", "riel"}
                and not scale
            ):
                continue  # "won" the vote, "dong" etc. need an explicit scale
        value = _number(num)
        if value is None and num[0].isdigit():
            continue
        amount = None if value is None else round(value * _scale(scale), 2)
        found.append(Money(m.start(), m.end(), amount, currency, m.group(0)))
    return found


def find_money(text: str) -> list[Money]:
    """Money mentions in ``text``, restatements in a second currency folded in."""
    return find_money_from_hits(text, None)


def find_money_from_hits(text: str, hits: Iterable[AnchorHit] | None) -> list[Money]:
    """:func:`find_money` given the hits ``(end, (size, lower))`` of the anchor words
    (:func:`anchor_words`) in ``text``, e.g. from one automaton holding them and others;
    ``None``: scanned here."""
    found = _scan(text, hits)
    out: list[Money] = []
    for money in found:
        if out:
            prev = out[-1]
            gap = text[prev.end : money.start]
            if len(gap) <= 25 and money.currency != prev.currency and _RESTATEMENT_GAP.match(gap):
                prev.equivalents.append((money.amount, money.currency))
                # Swallow a closing parenthesis so the span covers the restatement.
                close = prev.end = money.end
                if text[close : close + 1] == ")":
                    prev.end = close + 1
                prev.text = text[prev.start : prev.end]
                continue
        out.append(money)
    return out


def parse_money(text: str) -> tuple[float | None, str] | None:
    """Parse the first money expression in ``text`` -> (amount, ISO code)."""
    found = find_money(text)
    if not found:
        return None
    return found[0].amount, found[0].currency

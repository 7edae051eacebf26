"""Spanish cue lexicons and sentence rules for :mod:`summarizer.extract`.

The English rules in :mod:`summarizer.extract` are written around English
syntax (auxiliaries, "designated as", "the X agreement"); Spanish puts the
modifier after the noun ("acuerdo de readmisión"), marks objects with "a"
("designó al Clan del Golfo") and writes money as "4,5 millones de dólares".
This module applies the same three decisions — an aid cue and no distractor
next to an amount, a designation verb plus a list type, an agreement noun plus
a status cue under negation/modality — with Spanish lexicons.  It shares the
gazetteer (Spanish country names from pycountry's ISO 3166 translations plus
Spanish demonyms and bodies) and the money parser (decimal comma, "mil
millones") with the English path.  Records keep Spanish agreement names and
beneficiary units; countries are canonical English names.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from summarizer.consolidate import names_match
from summarizer.gazetteer import KIND_DEMONYM, LENDERS, Mention
from summarizer.gazetteer import is_country as is_country_name
from summarizer.records import Agreement, Aid, Designation

if TYPE_CHECKING:  # pragma: no cover
    from summarizer._extract_common import Sentence

_PARTY = ("country", "metonym", "body")
_LENDERS = LENDERS

_ES_WORDS = re.compile(r"\b(?:de|la|el|los|las|que|del|en|por|una|para|según|con)\b")
_EN_WORDS = re.compile(r"\b(?:the|of|and|to|in|that|for|was|with|said|on)\b")


def _word_count_pattern(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern with as many ``findall`` matches as ``rx`` = ``\\b(?:w1|w2|...)\\b``.

    A match of ``rx`` is a whole run of word characters equal to one of the words. So is
    a match of ``c(?<!\\w.)(?:rest|...)\\b`` (one branch per first letter ``c``; the
    lookbehind after ``c`` is the opening ``\\b``): the same runs are found, but the
    pattern opens with a literal, so the regex engine skips every position whose
    character starts no word instead of testing ``\\b`` and each word there.
    ``None`` when ``rx`` has another shape.
    """
    shape = re.fullmatch(r"\\b\(\?:(\w+(?:\|\w+)*)\)\\b", rx.pattern)
    if shape is None or rx.flags & ~re.U:
        return None
    by_first: dict[str, list[str]] = {}
    for word in shape.group(1).split("|"):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = (
        f"{re.escape(first)}(?<!\\w.)(?:{'|'.join(rests)})" for first, rests in by_first.items()
    )
    return re.compile(f"(?:{'|'.join(branches)})\\b")


# The vote counts with these: the same matches as the written patterns above, found faster.
_ES_COUNT = _word_count_pattern(_ES_WORDS) or _ES_WORDS
_EN_COUNT = _word_count_pattern(_EN_WORDS) or _EN_WORDS


def is_spanish(text: str) -> bool:
    """Cheap function-word vote on the first ~1,500 characters."""
    head = text[:1500]
    es = len(_ES_COUNT.findall(head))
    return es >= 3 and es > 2 * len(_EN_COUNT.findall(head))


# --------------------------------------------------------------------------- #
# Aid
# --------------------------------------------------------------------------- #

_AID_VERB = re.compile(
    r"\b(?:aport\w*|don(?:ó|ará|a|an|aron|ar|ación|ativo)|entreg\w*|otorg\w*|conced\w*|"
    r"concedi\w*|destin\w*|desembols\w*|prest(?:ará|ó|a|ar|aron)|financi\w*|"
    r"contribu\w*|compromet\w*|asign\w*|transfer\w*|envi(?:ó|ará|a|ar|aron)|"
    r"suministr\w*|cede\w*|cedi\w*|proporcion\w*|facilit\w*|brind\w*|ofrec(?:ió|erá|e)\s+"
    r"(?:una?\s+)?(?:ayuda|apoyo|asistencia|donación|préstamo|crédito|financiamiento)|"
    r"aprob(?:ó|ará|aron)\s+(?:un|una)\s+(?:préstamo|crédito|financiamiento|desembolso|"
    r"donación)|anunci\w*)\b",
    re.I,
)
_AID_NOUN = re.compile(
    r"\b(?:ayuda|asistencia|donación|donaciones|subvenci\w+|préstamos?|créditos?|"
    r"financiamiento|financiación|apoyo|contribución|aporte|aportación|cooperación|fondos|"
    r"desembolso|humanitari\w+)\b",
    re.I,
)
_AID_NEG = re.compile(
    r"\b(?:recompensas?|comercio|comercial|exportaci\w+|importaci\w+|remesas|inversi(?:ón|ones)|"
    r"invertir|presupuesto|multas?|sanci(?:ón|ones)|decomis\w*|incaut\w*|ingresos|obtiene|"
    r"obtuvo|cobran?|negocio|pidi\w*|pide|solicit\w*|reclam\w*|salario\w*|narcotráfico|"
    r"ventas?|vend\w*|compra\w*|aranceles|extorsión|ganancias|gasto|gastos|deuda|pagar|"
    r"rescate|fianza|efectivo|supera\w*|mueve|podría|evalúa|estudia)\b",
    re.I,
)
INKIND_VERB = re.compile(
    r"\b(?:entreg\w*|don(?:ó|ará|aron|a|an)|ced(?:erá|ió|e|en|erán)|envi(?:ó|ará|aron)|"
    r"suministr\w*|transfer(?:irá|ió)|regal\w*)\b",
    re.I,
)
_GOODS = re.compile(
    r"\b(?:vehículos|motocicletas|patrulleras|embarcaciones|lanchas|buques|barcos|"
    r"helicópteros|aviones|aeronaves|drones|radares|equipos?|armas|fusiles|municiones|"
    r"camiones|ambulancias|toneladas|alimentos|medicamentos|medicinas|vacunas|dosis|kits|"
    r"tiendas\s+de\s+campaña|generadores|chalecos)\b",
    re.I,
)
_KINDS_ES: list[tuple[str, re.Pattern[str]]] = [
    ("loan", re.compile(r"\b(?:préstamos?|créditos?|prestar\w*|presta)\b", re.I)),
    (
        "grant",
        re.compile(r"\b(?:subvenci\w+|donación\s+no\s+reembolsable|no\s+reembolsable)\b", re.I),
    ),
    (
        "humanitarian",
        re.compile(
            r"\b(?:humanitari\w+|desplazad\w+|refugiad\w+|emergencia|damnificad\w+|alimentos|"
            r"terremoto|inundaci\w+|huracán|sequía)\b",
            re.I,
        ),
    ),
    (
        "security",
        re.compile(
            r"\b(?:seguridad|policía|policial|militar\w*|defensa|ejército|armada|marina|"
            r"guardia\s+costera|control\s+de\s+(?:sus\s+)?(?:costas|fronteras)|costas|"
            r"fronter\w+|narcotráfico|antidrogas|crimen)\b",
            re.I,
        ),
    ),
]
_BENEFICIARY = re.compile(
    r"\ba\s+(?:la|el|los|las)\s+((?:Policía|Guardia|Armada|Marina|Ejército|Fuerzas?|Secretaría|"
    r"Ministerio|Agencia|Fuerza)\b[^,.;]{0,60}?)(?=,|\.|;|\s+(?:que|para|como|en\s+una)\b|$)"
)


def _rel_mentions(sent: Sentence) -> list[Mention]:
    off = sent.start
    return [
        Mention(m.start - off, m.end - off, m.surface, m.canonical, m.kind) for m in sent.mentions
    ]


# A sentence-initial adverbial ("Durante la visita del primer ministro mauritano, el
# Gobierno español anunció ...") ends at its comma; the subject comes after it.
_INTRO_ADVERBIAL = re.compile(
    r"(?:Durante|Tras|Después\s+de|Antes\s+de|En|Con|Según|Ante|Pese\s+a|Desde|Hasta|"
    r"Luego\s+de|A\s+raíz\s+de|En\s+el\s+marco\s+de)\b[^,]{3,140},\s"
)


def _donor(s: str, ms: list[Mention], verb_pos: int) -> str | None:
    intro = _INTRO_ADVERBIAL.match(s)
    skip_to = intro.end() if intro and intro.end() < verb_pos else 0
    for m in ms:
        if m.start < skip_to:
            continue
        if m.start >= verb_pos:
            break
        if m.kind in _PARTY:
            return m.canonical
        if m.kind == KIND_DEMONYM and re.search(
            r"\b(?:Gobierno|gobierno|embajad\w+|Ejecutivo|ministr\w+)\s+$",
            s[max(0, m.start - 25) : m.start],
        ):
            return m.canonical
    return None


def _recipient(
    s: str,
    ms: list[Mention],
    lo: int,
    donor: str | None,
    salience: Counter[str],
    state: dict,
    everyone: list[Mention] | None = None,
) -> str | None:
    def ok(m: Mention) -> bool:
        # "fronterizos con México", "la frontera con Venezuela": not the recipient,
        # but "al Cuerpo de Bomberos de Honduras" is; a lender never is, nor the
        # donor of the next clause (", y Canadá entregó ...").
        before = s[max(0, m.start - 60) : m.start]
        return (
            m.start >= lo
            and m.canonical != donor
            and m.canonical not in _LENDERS
            and (not _NOT_RECIPIENT.search(before[-22:]) or bool(_UNIT_OF.search(before)))
            and not _AID_VERB.match(s, m.end + 1)
        )

    first = next((m for m in ms if ok(m) and m.kind in _PARTY), None)
    if first is not None and first.canonical in _UN_AGENCIES:
        # Money "al Programa Mundial de Alimentos para ... en Nicaragua" serves Nicaragua.
        served = next(
            (
                m
                for m in ms
                if m.start > first.end and ok(m) and m.kind in ("country", KIND_DEMONYM)
            ),
            None,
        )
        if served is None:
            # "Noruega, garante de la paz en Colombia, aportó ... al Fondo ... de la ONU"
            served = next(
                (
                    m
                    for m in everyone or ms
                    if m.kind == "country" and m.canonical != donor and m.start < first.start
                ),
                None,
            )
        return served.canonical if served else first.canonical
    if first is not None:
        return first.canonical
    for m in ms:
        if ok(m) and m.kind == KIND_DEMONYM:
            return m.canonical
    if state.get("recipient") and state["recipient"] not in (donor, *_LENDERS):
        return state["recipient"]
    home = state.get("home")
    if home and home != donor:
        return home
    for c, _ in salience.most_common(3):
        if c != donor:
            return c
    return None


# UN agencies and the Red Cross deliver aid in a country: that country is the recipient.
_UN_AGENCIES = frozenset(
    {
        "United Nations",
        "World Food Programme",
        "UNHCR",
        "UNICEF",
        "World Health Organization",
        "UN Development Programme",
        "OCHA",
        "International Organization for Migration",
        "Food and Agriculture Organization",
        "International Committee of the Red Cross",
    }
)


_UNIT_OF = re.compile(
    r"\b(?:al|a\s+la|a\s+los|a\s+las)\s+(?:[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+\s+(?:de\s+|del\s+)?){1,4}"
    r"de\s+(?:la\s+|el\s+)?$"
)
_NOT_RECIPIENT = re.compile(
    r"\b(?:con|contra|desde|entre|frente\s+a|hacia|de|del|sin)\s+(?:la\s+|el\s+)?$", re.I
)


_PURPOSE_PURCHASE = re.compile(r"\s+(?:destinad[oa]s\s+a|para)\s+la\s+compra\b")
_DONOR_CLAUSE = re.compile(r"[;,]\s+(?:y|mientras\s+que|en\s+tanto\s+que)\s+|;\s+")


def _kind(clause: str) -> str:
    for kind, rx in _KINDS_ES:
        if rx.search(clause):
            return kind
    return "unspecified"


def extract_aid(sent: Sentence, salience: Counter[str], state: dict) -> list[Aid]:
    s = sent.text
    ms = _rel_mentions(sent)
    out: list[Aid] = []
    for money in sent.money:
        ms0, me0 = money.start - sent.start, money.end - sent.start
        left = s[max(0, ms0 - 110) : ms0]
        right = s[me0 : me0 + 80]
        neg_right = _AID_NEG.search(right[:25])
        if neg_right and _PURPOSE_PURCHASE.match(right):
            neg_right = None  # "8 millones de dólares destinados a la compra de patrulleras"
        if _AID_NEG.search(left[-70:]) or neg_right:
            continue
        verb = None
        for vm in _AID_VERB.finditer(left):
            verb = vm
        noun_near = (
            _AID_NOUN.search(left[-40:])
            or _AID_NOUN.match(right, 0)
            or re.match(r"\s+(?:en|de|como)\s+(?:\w+\s+)?" + _AID_NOUN.pattern[2:], right, re.I)
        )
        if verb is None and not noun_near:
            continue
        if (
            verb is not None
            and verb.group(0).lower().startswith("anunci")
            and not (noun_near or re.match(r"\s+(?:a|para)\b", right))
        ):
            continue
        verb_pos = max(0, ms0 - 110) + (verb.start() if verb else len(left))
        donor = _donor(s, ms, verb_pos)
        # "un préstamo de 200 millones de dólares del BID", "aprobado por el Banco Mundial"
        dm = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?(?:del|de\s+la|de\s+el)\s+", right) or re.search(
            r"\b(?:aprobad[oa]s?|otorgad[oa]s?|concedid[oa]s?|donad[oa]s?|financiad[oa]s?)\s+"
            r"(?:\w+\s+){0,4}?por\s+(?:el\s+|la\s+)?",
            s[me0:],
        )
        if dm:
            hit = next(
                (
                    m
                    for m in ms
                    if me0 + dm.end() <= m.start <= me0 + dm.end() + 40 and m.kind in _PARTY
                ),
                None,
            )
            if hit is not None:
                donor = hit.canonical
        donor = donor or state.get("donor")
        # Recipients of this amount stop where another donor's clause starts
        # ("..., y Canadá donó cuatro drones ...").
        stop = next(
            (
                b.end()
                for b in _DONOR_CLAUSE.finditer(s, me0)
                if any(m.start == b.end() and m.kind in _PARTY for m in ms)
            ),
            len(s),
        )
        recipient = _recipient(
            s, [m for m in ms if m.start < stop], me0, donor, salience, state, everyone=ms
        )
        if recipient is None or recipient == donor:
            continue
        if donor:
            state["donor"] = donor
        state["recipient"] = recipient
        tail = s[me0:].strip(" ,.")
        out.append(
            Aid(
                donor,
                recipient,
                money.amount,
                money.currency,
                _kind(s),
                tail[:200] or None,
                s,
                sent.start,
                sent.end,
            )
        )
    money_spans = [(m.start - sent.start, m.end - sent.start) for m in sent.money]
    for vm in INKIND_VERB.finditer(s):
        gm = _GOODS.search(s, vm.end(), vm.end() + 80)
        if not gm or _AID_NEG.search(s[max(0, vm.start() - 40) : gm.end()]):
            continue
        if any(vm.start() - 60 <= a and b <= gm.end() + 40 for a, b in money_spans):
            continue  # the goods are what the money buys: one record, already made
        if not re.search(
            r"\d|\b(?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
            r"doce|veinte|cien|mil|varios|varias|decenas|cientos)\b",
            s[vm.end() : gm.end()],
        ):
            continue
        # The donor of this clause: ", y Canadá entregó" after another donor's money.
        cut = max((b.end() for b in _DONOR_CLAUSE.finditer(s, 0, vm.start())), default=0)
        donor = _donor(s, [m for m in ms if m.start >= cut], vm.start()) or state.get("donor")
        recipient = _recipient(s, ms, vm.end(), donor, salience, state)
        if recipient is None or recipient == donor:
            continue
        bm = _BENEFICIARY.search(s, gm.end())
        purpose = s[vm.end() :].strip(" .")[:200]
        kind = (
            "humanitarian"
            if re.search(r"alimentos|medicamentos|vacunas|humanitari", s[vm.end() :], re.I)
            else "equipment"
        )
        if donor:
            state["donor"] = donor
        out.append(
            Aid(
                donor,
                recipient,
                None,
                None,
                kind,
                (bm.group(1) if bm else purpose),
                s,
                sent.start,
                sent.end,
            )
        )
        break
    return out


# --------------------------------------------------------------------------- #
# Designations
# --------------------------------------------------------------------------- #

_DESIG_TYPES: list[tuple[str, str, re.Pattern[str]]] = [
    (
        "Foreign Terrorist Organization",
        "US State Department",
        re.compile(r"organizaci(?:ón|ones)\s+terroristas?\s+extranjeras?|\bFTO\b", re.I),
    ),
    (
        "Specially Designated Global Terrorist",
        "US State Department",
        re.compile(r"terroristas?\s+globa(?:l|les)\s+especialmente\s+designad\w+|\bSDGT\b", re.I),
    ),
    (
        "OFAC SDN sanctions",
        "US Treasury (OFAC)",
        re.compile(
            r"\bOFAC\b|Oficina\s+de\s+Control\s+de\s+Activos\s+Extranjeros|lista\s+SDN|"
            r"lista\s+Clinton|Nacionales\s+Especialmente\s+Designados",
            re.I,
        ),
    ),
    (
        "EU terrorist list",
        "Council of the EU",
        re.compile(
            r"lista\s+(?:europea\s+)?de\s+(?:organizaciones\s+)?terroristas\s+de\s+la\s+"
            r"(?:UE|Unión\s+Europea)|lista\s+terrorista\s+de\s+la\s+UE",
            re.I,
        ),
    ),
    (
        "Lista de Personas Bloqueadas",
        "Mexico Financial Intelligence Unit (UIF)",
        re.compile(r"Lista\s+de\s+Personas\s+Bloqueadas", re.I),
    ),
    (
        "Listed terrorist entity (Criminal Code)",
        "Public Safety Canada",
        re.compile(r"entidades\s+terroristas\s+(?:\w+\s+){0,3}?(?:del|en\s+el)\s+Código\s+Penal"),
    ),
    (
        "Proscribed organisation (UK Terrorism Act 2000)",
        "UK Home Office",
        re.compile(r"\bproscri\w+", re.I),
    ),
    (
        "terrorist organization",
        "",
        re.compile(
            r"organizaci(?:ón|ones)\s+terroristas?|grupos?\s+terroristas?|"
            r"\blista\s+(?:\w+\s+){0,2}?de\s+(?:[\w,]+\s+){0,5}?"
            r"(?:entidades|organizaciones|grupos|personas)\s+terroristas|\blistas?\s+terroristas?\b",
            re.I,
        ),
    ),
]
# A generic "lista de ... terroristas" kept by the Council of the EU is the EU's list.
_EU_CONTEXT = re.compile(r"Unión\s+Europea|\bUE\b|Veintisiete|Consejo\s+Europeo")
# Finite forms, the subjunctive ("después de que ... designara") and the infinitive
# ("pide declarar", "propone incluir").
_DESIG_VERB = re.compile(
    r"\b(?:design(?:ó|a|ará|arán|aron|ar|an|ara|aran|e|en)|"
    r"incluy(?:ó|e|ó\s+a|eron|era|eran|a|en)|inclu(?:ir|irá|irán|ido)|"
    r"declar(?:ó|a|ará|arán|ar|aron|an|ara|aran|e|en)|catalog(?:ó|a|ará|ar|aron)|"
    r"calific(?:ó|a|ará|ar|aron)|añadi(?:ó|eron|rá|rán|r)|agreg(?:ó|aron|ará|arán|ar)|"
    r"incorpor(?:ó|aron|ará|arán|ar)|proscrib(?:ió|ieron|e|en|irá|irán|ir)|"
    r"sancion(?:ó|aron|a|ará|arán|ar)|"
    r"retir(?:ó|aron|a|an|ará|arán|ar)|elimin(?:ó|aron|a|ará|arán|ar)|"
    r"exclu(?:yó|yeron|ye|irá|irán|ir)|sac(?:ó|aron|a|ará|arán|ar))\b",
    re.I,
)
_NAME_ES = (
    r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:\s+(?:de|del|de\s+la|de\s+los|da|do|das|dos|la|los|el)?\s*"
    r"[A-ZÁÉÍÓÚÑ0-9][\w'’.-]*)*"
)
# "Las Fuerzas Unidas del Sur (FUS) fueron retiradas de la lista ..."
_PASSIVE_ES = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:que|cuando|y)\s+)(?:(?:La|Las|El|la|las|el)\s+)?"
    r"(?:(?:banda|bandas|grupo|grupos|organización|organizaciones|pandilla|pandillas|cártel|"
    r"cárteles|facción|facciones|milicia|milicias|guerrilla|empresa|empresas)\s+)?(?P<name>"
    + _NAME_ES
    + r"(?:\s+y\s+"
    + _NAME_ES
    + r")?)\s*(?:\((?P<acr>[A-ZÁÉÍÓÚÑ][^()]{1,70})\)\s*)?(?:,[^,;]{3,90},\s*)?"
    r"(?:(?:ya|también|además|recientemente|finalmente|formalmente|oficialmente)\s+)?"
    r"(?:fue|fueron|ha\s+sido|han\s+sido|será|serán|había\s+sido|habían\s+sido|quedó|quedaron)"
    r"\s+(?P<verb>retirad|excluid|eliminad|sacad|designad|incluid|declarad|añadid|agregad)[oa]s?\b"
)
# "designó a la organización como ...": the group named last in the article.
_GROUP_ANAPHOR = re.compile(
    r"\b(?:a\s+la\s+(?:organización|banda|pandilla|agrupación|guerrilla|facción)|"
    r"al\s+(?:grupo|cártel|cartel|movimiento|colectivo|clan))\b",
    re.I,
)
_ENT_DESCRIBED = re.compile(
    r"\b(?:al|a\s+la|a\s+los|a\s+las|a)\s+(?:[a-záéíóúñ]{4,}\s+){1,2}?("
    r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de|del|de\s+la|da|do)?\s*[A-ZÁÉÍÓÚÑ][\w'’.-]*)+)"
)
_NAMED_AFTER = re.compile(r"\s+(" + _NAME_ES + ")")
GROUP_NAME = re.compile(
    r"\b(?:(?:Los|Las)\s+[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:(?:de|del|de\s+la)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+)*|"
    r"(?:Alianza|Coordinadora|Frente|Ejército|Comando|Cártel|Cartel|Clan|Banda|Mara|Barrio|"
    r"Movimiento|Fuerzas|Brigada|Hermandad|Autodefensas|Tren|Primeiro|Comando)\s+"
    r"(?:(?:de|del|de\s+la|de\s+los|da|do)\s+)?[A-ZÁÉÍÓÚÑ0-9][\w'’-]*"
    r"(?:\s+(?:(?:de|del|de\s+la|de\s+los|da|do)\s+)?[A-ZÁÉÍÓÚÑ0-9][\w'’-]*)*)"
)
_DESIG_REVOKE = re.compile(r"\b(?:retir\w+|elimin\w+|exclu\w+|sac(?:ó|a|ará)|revoc\w+)\b", re.I)
_DESIG_PROPOSE = re.compile(
    r"\b(?:evalú\w+|consider\w+|analiz\w+|estudi\w+|propus\w+|propon\w+|podría|planea\w*|"
    r"prevé|busca|pretende|proyecto\s+de\s+ley|iniciativa\s+de\s+ley|obligaría|"
    r"propuesta\s+de\s+ley)\b",
    re.I,
)
_DESIG_NEG = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}?(?:design|inclu|declar)\w*|\bdescart\w+\s+design", re.I
)
_DESIG_DISTRACT = re.compile(
    r"\bdesignad[oa]s?\s+(?:como\s+)?(?:sucesor|sede|zona|área|reserva|"
    r"mesa|centro|candidat)",
    re.I,
)
_ENT = re.compile(
    r"\b(?:al|a\s+la|a\s+las|a\s+los|a)\s+((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:\s+(?:de|del|de\s+la|de\s+los|"
    r"da|do|das|dos|y|la|los|el)?\s*(?:[A-ZÁÉÍÓÚÑ0-9]|(?:al|el|ad|ar|as|ash|an|bin|ibn|abu)-[A-Z])"
    r"[\w'’.-]*)*)"
)
# An appointment ("el Consejo designó a la diplomática X como enviada") is not a listing:
# a sentence whose list comes from context needs a list word of its own.
_APPOINTED = re.compile(
    r"[^,;]{0,80}?\s+como\s+(?:(?:nuev[oa]|su|el|la|primer|primera)\s+)?(?:coordinador|enviad|"
    r"representante|embajador|jef[ae]|director|president|comandante|fiscal|ministr|secretari|"
    r"portavoz|asesor|sucesor|candidat|delegad|relator|mediador|gerente|responsable\s+de)",
    re.I,
)
_LIST_CUE = re.compile(r"list|terror|sancion|OFAC|bloque|proscri", re.I)
_ALIAS_ES = re.compile(
    r",?\s*(?:también\s+conocid[oa]s?\s+como|alias|autodenominad[oa]s?)\s+[“\"«]?"
    r"((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:\s+(?:de|del|de\s+la|y)?\s*[A-ZÁÉÍÓÚÑ][\w'’.-]*)*)"
    r"(?:\s*\(([A-ZÁÉÍÓÚÑ]{2,10})\))?"
)


_COORD_PERSON = re.compile(
    r"(?:\s*\([A-ZÁÉÍÓÚÑ][\w-]{1,12}\))?(?:,\s*[^,;]{3,90}?,)?"
    r"(?:\s+y|,?\s+así\s+como|,?\s+además\s+de)\s+(?:(?:a|al)\s+)?"
    r"(?:(?:la|el|los|las|su|sus)\s+)?(?:[a-záéíóúñ-]+\s+){0,6}?(?:[a-záéíóúñ-]+,\s+)?"
    r"(?:(?:el|la)\s+(?:[a-záéíóúñ-]+\s+){0,2})?"
    r"([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de|del|de\s+la)?\s*[A-ZÁÉÍÓÚÑ][\w'’-]+)+)"
)


def _is_place(sent: Sentence, rel: int) -> bool:
    """Whether a country or body starts at ``rel`` ("a Estados Unidos", "a la Unión Europea")."""
    return any(m.start - sent.start == rel and m.kind in ("country", "body") for m in sent.mentions)


def _trim_name(name: str) -> str:
    """A sentence-final period is not part of the name ("Barrio 18."), an initial is."""
    return re.sub(r"(?<=[\wáéíóúñ]{2})\.$", "", name.strip())


_NOT_GROUP_HEAD = frozenset(
    {"Estados", "Gobierno", "Departamento", "Consejo", "Unión", "Congreso", "Senado", "Tesoro"}
)


def extract_designations(sent: Sentence, ctx: dict) -> list[Designation]:
    s = sent.text
    types = [(lab, auth) for lab, auth, rx in _DESIG_TYPES if rx.search(s)]
    if types and types[0][0] == "terrorist organization" and _EU_CONTEXT.search(s):
        types[0] = ("EU terrorist list", "Council of the EU")
    if types and types[0][0] != "terrorist organization":
        # The list named here is the list of the next sentences too ("retiró de la lista a ...").
        ctx["designation"] = types[0]
    pm = _PASSIVE_ES.search(s)
    verb = _DESIG_VERB.search(s) or (pm and re.compile(re.escape(pm.group("verb"))).search(s))
    if not verb or _DESIG_DISTRACT.search(s) or _DESIG_NEG.search(s):
        return []
    if not types and not ctx.get("designation"):
        return []
    if not types and not _LIST_CUE.search(s):
        return []
    if _APPOINTED.match(s, verb.end()):
        return []
    label, auth = types[0] if types else ctx["designation"]
    if (
        re.search(r"Departamento\s+del\s+Tesoro|\bTesoro\b", s)
        and label == "terrorist organization"
    ):
        label, auth = "OFAC SDN sanctions", "US Treasury (OFAC)"
    if not auth:
        ms = [
            m
            for m in _rel_mentions(sent)
            if m.start < verb.start() and m.kind in ("country", "metonym")
        ]
        auth = f"Government of {ms[0].canonical}" if ms else None
    if re.search(r"Departamento\s+de\s+Estado", s):
        auth = "US State Department"
    near = s[: verb.end() + 10]
    if pm and pm.group("name").split()[0] not in _NOT_GROUP_HEAD:
        v = pm.group("verb")
        action = (
            "revoked"
            if _DESIG_REVOKE.match(v)
            else "proposed"
            if _DESIG_PROPOSE.search(s[: pm.start("verb")])
            else "designated"
        )
        aliases = [pm.group("acr")] if pm.group("acr") else []
        ctx["designation"] = (label, auth)
        # "Las bandas Los Lobos y Los Choneros ya fueron designadas": one record each.
        names = [_trim_name(n) for n in re.split(r"\s+y\s+", pm.group("name"))]
        return [
            Designation(n, label, auth, action, aliases if n == names[-1] else [], s, *span)
            for n in names
            for span in [(sent.start, sent.end)]
        ]
    # Search to the end of the sentence (an ``endpos`` would cut a name in two)
    # but require the object to start near the verb.
    em = _ENT.search(s, verb.end())
    anaphor = _GROUP_ANAPHOR.search(s, verb.end(), verb.end() + 60)
    if anaphor and (named := _NAMED_AFTER.match(s, anaphor.end())):
        # "a la banda Los Injertos del Cono Norte": a descriptor, then the name itself.
        em, anaphor = named, None
    if anaphor and ctx.get("last_group") and (not em or em.start() > anaphor.start()):
        action = "proposed" if _DESIG_PROPOSE.search(near) else "designated"
        if _DESIG_REVOKE.match(verb.group(0)):
            action = "revoked"
        ctx["designation"] = (label, auth)
        return [Designation(ctx["last_group"], label, auth, action, [], s, sent.start, sent.end)]
    # The object may follow a long adverbial ("incluyó este martes en su lista de personas,
    # grupos y entidades terroristas a la Katiba ..."); a country there is not an object.
    while em and _is_place(sent, em.start(1)):
        em = _ENT.search(s, em.end())
    if not em or em.start() > verb.end() + 160:
        dm = _ENT_DESCRIBED.search(s, verb.end())
        if dm is None or dm.start() > verb.end() + 160:
            return []
        em = dm
    raw = em.group(1)
    names = [n.strip() for n in re.split(r"\s+y\s+(?=[A-ZÁÉÍÓÚÑ])", raw) if n.strip()]
    if extra := _COORD_PERSON.match(s, em.end()):
        # "a los venezolanos Yorbis Malavé y Leandro Arcila", "así como a su jefe, el
        # franco-marroquí Karim Benhaddou"
        names.append(extra.group(1))
        em = extra
    # "a Los Lagartos del Caribe y a la Banda del Comandante Pelón": coordinated objects,
    # each with its own personal "a".
    more = re.match(
        r"\s*(?:\([A-ZÁÉÍÓÚÑ][\w-]{1,12}\)\s*)?(?:,\s*(?:conocid[oa]s?\s+como|también\s+"
        r"(?:llamad[oa]s?|conocid[oa]s?\s+como)|alias)\s+[^,;]{1,40}?)?"
        r",?\s+y\s+(?:a|al)\s+(?:la\s+|las\s+|los\s+|el\s+)?"
        r"((?:[A-ZÁÉÍÓÚÑ][\w'’.-]*)(?:\s+(?:de|del|de\s+la|de\s+los|da|do|das|dos|la|los|el)?\s*"
        r"[A-ZÁÉÍÓÚÑ0-9][\w'’.-]*)*)",
        s[em.end() :],
    )
    end = em.end()
    if more:
        names.append(more.group(1).strip())
        end = em.end() + more.end()
    aliases: list[str] = []
    am = _ALIAS_ES.match(s, end)
    if am:
        aliases.append(am.group(1))
        if am.group(2):
            aliases.append(am.group(2))
    action = (
        "revoked"
        if _DESIG_REVOKE.match(verb.group(0))
        else "proposed"
        if _DESIG_PROPOSE.search(near)
        else "designated"
    )
    out = []
    for n in map(_trim_name, names):
        if n.split()[0] in _NOT_GROUP_HEAD:
            continue
        out.append(
            Designation(
                n, label, auth, action, aliases if n == names[-1] else [], s, sent.start, sent.end
            )
        )
    ctx["designation"] = (label, auth)
    return out


# --------------------------------------------------------------------------- #
# Agreements
# --------------------------------------------------------------------------- #

_AGR_NOUN = re.compile(
    r"\bacuerdo\s+a\s+nivel\s+(?:técnico|del\s+personal(?:\s+técnico)?)|"
    r"\b(?:memorando|memorándum)\s+de\s+entendimiento|\b(?:acuerdos?|tratados?|convenios?|"
    r"protocolos?|pactos?|tregua|alto\s+el\s+fuego|cese\s+(?:al|del)\s+fuego|hoja\s+de\s+ruta|"
    r"programa\s+(?:de\s+(?:financiamiento|financiación|crédito|rescate)|con\s+el\s+(?:FMI|Fondo))|"
    # "ha ofrecido a Gambia un programa de migración circular": checked for an offer below.
    r"(?<=\bun\s)programa(?=\s+(?:de|sobre)\s+[a-záéíóúñ])|"
    r"(?:Servicio|Facilidad)\s+(?:Ampliad[oa]|de\s+Crédito\s+Ampliad[oa])|"
    r"Entendimiento\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+|"
    r"Línea\s+de\s+Crédito\s+Flexible)\b",
    re.I,
)
_AGR_BLACK = re.compile(
    r"\b(?:salarial|comercial\s+con\s+la\s+empresa|fusión|extrajudicial|culpabilidad|"
    r"arrendamiento|patrocinio)\b",
    re.I,
)
# The complement that names an agreement: "acuerdo [binacional] [con Costa Rica] sobre el
# intercambio de datos migratorios", up to a relative clause, a verb cue or punctuation.
_NAME_TAIL = re.compile(
    r"(?:\s+[a-záéíóúñ]+(?:al|ar|ivo|iva|ico|ica|ral|eral|ario|aria|orio|oria|ero|era))?"
    r"(?:\s+con\s+(?:el\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*)?"
    r"\s+(?:de|sobre|en\s+materia\s+de|para|en)\s+([\w-]+(?:\s+[\w-]+){0,9}?)"
    r"(?=\s+(?:que|con|entre|y\s+(?:el|la|los|las|no)|firmad[oa]|vigente|sigue|se|no|fue|es|está|"
    r"son|eran|serán|era|será|han|ha|había|"
    r"de\s+20\d\d|antes|después|durante|hasta|desde|tras|a\s+partir|similar(?:es)?|ayer|hoy|"
    r"la\s+semana|el\s+(?:mes|año|pasado|próximo)|este\s+(?:lunes|martes|miércoles|jueves|"
    r"viernes|sábado|domingo|mes|año)|"
    r"en\s+(?:el|la|su|territorio|20\d\d))\b|\s*[,.;:()]|$)"
)
_STATUS_ES: list[tuple[str, re.Pattern[str]]] = [
    (
        "ruled_out",
        re.compile(
            r"\bno\s+habrá\b|\bdescart\w+|\brechaz\w+|\bno\s+(?:firmará|firmaría|tiene\s+planes|"
            r"contempla|está\s+en\s+la\s+mesa|va\s+a\s+(?:firmar|suscribir|aceptar)|"
            r"piensa\s+firmar|aceptará)|\bsin\s+planes\b|\bninguna?\b",
            re.I,
        ),
    ),
    (
        "terminated",
        re.compile(
            r"\bse\s+retir\w+\s+de|\babandon\w+|\bpuso\s+fin|\bpone\s+fin|\bdenunci(?:ó|a)\b|"
            r"\bexpir\w+|\bvenci(?:ó|do)\b|\brompi\w+|\bdejó\s+sin\s+efecto|\banul\w+|\bterminad\w+",
            re.I,
        ),
    ),
    (
        "suspended",
        re.compile(r"\bsuspend\w+|\bsuspensión\b|\ben\s+suspenso\b|\bcongel\w+|\bparaliz\w+", re.I),
    ),
    (
        "in_force",
        re.compile(
            r"\bvigente\b|\ben\s+vigor\b|\bentró\s+en\s+vigor|\bratific\w+|\ben\s+vigencia", re.I
        ),
    ),
    (
        "signed",
        re.compile(
            r"\bfirm(?:ó|aron|ado|ada|an)\b|\bsuscribi\w+|\bsellaron\b|\balcanzaron\b", re.I
        ),
    ),
    (
        "negotiating",
        re.compile(
            r"\bnegoci\w+|\bconversaciones\b|\bdiscut\w+|\bfase\s+final|\bcerca\s+de\b|"
            r"\bno\s+está\s+terminad\w+|"
            r"\btrabaj\w+\s+en|\bintent\w+\s+cerrar|\bultim\w+|\bdiálogo\w*",
            re.I,
        ),
    ),
    ("proposed", re.compile(r"\bpropu\w+|\bpropon\w+|\bofreci\w+|\bplante\w+", re.I)),
]
_SIGN_FUTURE = re.compile(r"\b(?:firmarán|firmará|firmaría|firmar)\b", re.I)
_PAIR_ES = re.compile(
    r"\b(?:ambos|los\s+dos)\s+(?:gobiernos|países|ministros|Estados|partes)\b", re.I
)


_CLAUSE_BREAK_ES = re.compile(
    r";|\s(?:pero|mientras\s+que|aunque|sin\s+embargo)\b|,\s+y\s+(?:desde\s+entonces|ahora)\b"
)
_COMPLEMENT = re.compile(r"\s+(?:de|sobre|para|en\s+materia\s+de)\s")
_TRUCES = ("cese", "alto", "tregua")


def _clause(s: str, start: int, end: int) -> str:
    """The clause around an agreement noun: status cues after a ';' or 'pero' are another's."""
    lo = max(0, start - 160)
    for b in _CLAUSE_BREAK_ES.finditer(s, lo, start):
        lo = b.end()
    cut = _CLAUSE_BREAK_ES.search(s, end)
    hi = min(cut.start() if cut else len(s), end + 240)
    return s[lo:hi]


def _same_family(noun: str, key: str) -> bool:
    """'el acuerdo' may refer back to a named agreement, not to a ceasefire."""
    head, other = noun.split()[0].lower(), key.split()[0].lower()
    return head == other or (head in ("acuerdo", "pacto") and other not in _TRUCES)


def _status(clause: str) -> str | None:
    # "nunca ha entrado en vigor": signed (or still negotiating), not in force.
    if re.search(
        r"\b(?:nunca|no|aún\s+no|todavía\s+no)\s+(?:ha\s+)?(?:entrado|entró|está)\s+"
        r"en\s+vigor",
        clause,
        re.I,
    ):
        clause = re.sub(r"en\s+vigor|ratific\w+", " ", clause, flags=re.I)
    for status, rx in _STATUS_ES:
        if rx.search(clause):
            return status
    if _SIGN_FUTURE.search(clause):
        return "negotiating"
    return None


# Relational adjectives right after the noun name the kind of deal on their own
# ("acuerdo pesquero", "pacto migratorio", "tratado comercial bilateral"); participles
# ("firmado", "suspendida") are status, not name.
_ADJ_NAME = re.compile(
    r"(?:\s+(?![a-záéíóúñ]+(?:ad|id)[oa]s?\b)(?!(?:este|esta|ese|esa|dicho|dicha|similar|"
    r"actual|vigente|anterior|previo|previa|nuevo|nueva|que|con|entre)\b)"
    r"[a-záéíóúñ]{4,}(?:al|ar|ivo|iva|ico|ica|orio|oria|ero|era|ario|aria|ense|ista)\b){1,2}"
)


def _name(s: str, m: re.Match[str]) -> str | None:
    head = m.group(0)
    if "nivel" in head:
        return head  # "acuerdo a nivel técnico": the IMF staff-level agreement
    tail = _NAME_TAIL.match(s, m.end())
    if tail and re.match(r"\s*(?:ese|este|tal|dicho|aquel)\b", tail.group(1)):
        tail = None  # "un pacto migratorio de ese tipo"
    if tail:
        words = re.sub(
            r"\s+con\s+(?:el\s+|la\s+|los\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*",
            "",
            s[m.end() : tail.end()],
            count=1,
        )
        return f"{head} {words.strip()}".replace("  ", " ")
    rel = re.match(
        r"\s+que\s+(?:permit\w+|establec\w+|regul\w+|prev\w+|autoric\w+)\s+"
        r"(?:[\wáéíóúñ]+\s+){1,6}",
        s[m.end() :],
    )
    if rel:
        return f"{head} {rel.group(0).strip()}"
    if adj := _ADJ_NAME.match(s, m.end()):
        return head + adj.group(0)
    if head[:1].isupper():
        # "el Acuerdo Final de Paz firmado en 2016": the capitalised title is the name.
        title = _TITLE_RUN.match(s, m.end())
        return head + (title.group(0) if title else "")
    if head.lower().startswith(
        ("memorando", "memorándum", "alto", "cese", "tregua", "hoja", "programa")
    ):
        return head
    return None


def _inside_quote(s: str, pos: int) -> bool:
    """Whether ``pos`` is inside direct speech (« », “ ” or paired straight quotes)."""
    before = s[:pos]
    opened = max(before.rfind("«"), before.rfind("“"))
    if opened > max(before.rfind("»"), before.rfind("”")):
        return True
    return before.count('"') % 2 == 1


_INDEFINITE_BEFORE = re.compile(r"\bun[oa]?\s+$")
_OFFER_BEFORE_ES = re.compile(
    r"\b(?:ofrec\w*|ofert\w*|propu\w+|propon\w+|plante\w+)\s+(?:[\wáéíóúñ]+\s+){0,4}un\s+$",
    re.I,
)
_TITLE_RUN = re.compile(
    r"(?:\s+(?:(?:de|del|de\s+la|al|sobre|para|y|en|contra)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)+"
)
# "el cese al fuego con el Frente Unido del Catatumbo": an armed group as the other party.
_WITH_GROUP = re.compile(
    r"\bcon\s+(?:el|la|los|las)\s+([A-ZÁÉÍÓÚÑ][\wáéíóúñ]*(?:\s+(?:(?:de|del|de\s+la)\s+)?"
    r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]*)*)"
)


def extract_agreements(sentences: list[Sentence], salience: Counter[str]) -> list[Agreement]:
    out: dict[str, Agreement] = {}
    order: list[str] = []
    last: str | None = None
    recent: list[str] = []
    for sent in sentences:
        s = sent.text
        ms = _rel_mentions(sent)
        here = [m.canonical for m in ms if m.kind in ("country", "metonym", KIND_DEMONYM)]
        for c in here:
            if c in recent:
                recent.remove(c)
            recent.append(c)
        name_end = -1
        for m in _AGR_NOUN.finditer(s):
            if _AGR_BLACK.search(s[m.start() : m.end() + 60]):
                continue
            if m.start() < name_end:
                continue  # "acuerdo de cese al fuego bilateral": a noun inside the name
            if m.group(0) == "programa" and not _OFFER_BEFORE_ES.search(
                s, max(0, m.start() - 60), m.start()
            ):
                continue  # only a programme one party offers or proposes to another
            status = _status(_clause(s, m.start(), m.end()))
            name = _name(s, m)
            if _inside_quote(s, m.start()) and (
                m.group(0).lower().endswith("s")
                or (
                    name == m.group(0)
                    and _INDEFINITE_BEFORE.search(s, max(0, m.start() - 5), m.start())
                )
            ):
                # "«Los acuerdos de migración son positivos»", "«No podemos mantener un cese
                # al fuego con quien ...»": deals in general, inside a quote.
                continue
            if name:
                at = s.find(name.split()[-1], m.start())
                name_end = at + len(name.split()[-1]) if at >= 0 else m.end()
            if name is None:
                if (
                    last
                    and status
                    and re.search(r"\b(?:el|este|dicho)\s+$", s[max(0, m.start() - 8) : m.start()])
                    and not _COMPLEMENT.match(s, m.end())
                    and _same_family(m.group(0), last)
                ):
                    out[last].status = status
                continue
            parties = []
            for mm in ms:
                party = mm.kind in ("country", "metonym", "body") or (
                    mm.kind == KIND_DEMONYM and mm.start > m.start()
                )
                if party and mm.canonical not in parties:
                    parties.append(mm.canonical)
            group = _WITH_GROUP.search(s, m.start(), m.end() + 160)
            if group and not any(
                mm.start <= group.start(1) < mm.end or mm.start == group.start(1) for mm in ms
            ):
                # A government and an armed group: the state plus the group named after "con".
                state = next((c for c in parties if is_country_name(c)), None) or next(
                    (c for c, _ in salience.most_common(1)), None
                )
                parties = [p for p in (state, group.group(1)) if p]
            if len(parties) < 2 and (_PAIR_ES.search(s) or parties):
                for c in reversed(recent):
                    if c not in parties:
                        parties.append(c)
                    if len(parties) >= 2:
                        break
            if len(parties) < 2:
                for c, _ in salience.most_common(2):
                    if c not in parties:
                        parties.append(c)
            if len(parties) < 2:
                continue
            key = name.lower()
            definite = re.search(
                r"\b(?:el|la|este|esta|dicho|dicha)\s+$", s[max(0, m.start() - 8) : m.start()]
            )
            if key not in out and definite:
                same = next((k for k in order if names_match(k, key)), None)
                if same is not None:
                    if status:
                        out[same].status = status
                    last = same
                    continue
            if key in out:
                if status:
                    out[key].status = status
            else:
                out[key] = Agreement(name, parties, status or "proposed", s, sent.start, sent.end)
                order.append(key)
            last = key
    return [out[k] for k in order]

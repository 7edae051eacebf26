"""Place and institution gazetteer used by record extraction.

Countries come from ``pycountry`` (ISO 3166-1 names, common names and official
names).  On top of that the project keeps four small tables that ISO does not
provide: everyday aliases ("U.S.", "Britain", "Ivory Coast"), demonyms
("Ecuadorian" -> Ecuador), capitals and seats of government used as metonyms
("Washington" -> United States, "the Kremlin" -> Russia) and international
bodies ("IMF", "World Bank", "NATO", ...).

Every surface form maps to a *canonical* name.  Canonical country names are the
short English names people write in briefings ("Russia", "South Korea",
"Turkey"), not the ISO long forms.

All surface forms are compiled into one trie-shaped regular expression, so a
whole article is scanned in a single pass; the compiled matcher is cached with
``functools.lru_cache``.  Matching is case-sensitive on purpose: "US" is the
United States, "us" is a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from summarizer._regex import trie_alternation

# Canonical names that differ from pycountry's ``common_name``/``name``.
_CANONICAL_OVERRIDES: dict[str, str] = {
    "BO": "Bolivia",
    "BN": "Brunei",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "PS": "Palestine",
    "RU": "Russia",
    "SY": "Syria",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VN": "Vietnam",
    "FK": "Falkland Islands",
    "SZ": "Eswatini",
    "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "BS": "Bahamas",
    "GM": "Gambia",
}

# Extra surface forms for countries (alias -> ISO alpha-2).
_COUNTRY_ALIASES = """
US=US U.S.=US USA=US U.S.A.=US America=US United States of America=US
UK=GB U.K.=GB Britain=GB Great Britain=GB England=GB Scotland=GB Wales=GB Northern Ireland=GB
Russia=RU Russian Federation=RU Turkey=TR Türkiye=TR Turkiye=TR Vietnam=VN Viet Nam=VN
South Korea=KR Republic of Korea=KR North Korea=KP DPRK=KP Syria=SY Laos=LA Iran=IR
Bolivia=BO Venezuela=VE Tanzania=TZ Moldova=MD Taiwan=TW Palestine=PS State of Palestine=PS
Palestinian Authority=PS Democratic Republic of Congo=CD Democratic Republic of the Congo=CD
DR Congo=CD DRC=CD D.R.C.=CD Congo-Kinshasa=CD Republic of the Congo=CG Republic of Congo=CG
Congo-Brazzaville=CG Congo Republic=CG
eastern Congo=CD Eastern Congo=CD east Congo=CD northeastern Congo=CD north-eastern Congo=CD
eastern DRC=CD eastern DR Congo=CD Ituri=CD Bunia=CD Goma=CD Bukavu=CD Uvira=CD
North Kivu=CD South Kivu=CD Rutshuru=CD Lubumbashi=CD Kisangani=CD
Ivory Coast=CI Cote d'Ivoire=CI Côte d’Ivoire=CI Cape Verde=CV
Czech Republic=CZ Czechia=CZ Holland=NL Netherlands=NL Burma=MM
Swaziland=SZ East Timor=TL Brunei=BN Vatican=VA Holy See=VA Vatican City=VA Macedonia=MK
UAE=AE U.A.E.=AE Emirates=AE Micronesia=FM Bahamas=BS Gambia=GM Philippines=PH
Saint Kitts=KN St Kitts and Nevis=KN St. Lucia=LC St Lucia=LC Sao Tome=ST São Tomé and Príncipe=ST
Falklands=FK Falkland Islands=FK Kyrgyz Republic=KG PRC=CN Mainland China=CN
PNG=PG
Bosnia=BA
"""

# Entities without an ISO 3166-1 code that still act as parties or recipients.
_EXTRA_PLACES = """
Kosovo=Kosovo Gaza=Palestine Gaza Strip=Palestine West Bank=Palestine Somaliland=Somaliland
Darfur=Sudan North Darfur=Sudan South Darfur=Sudan West Darfur=Sudan Kordofan=Sudan
South Kordofan=Sudan North Kordofan=Sudan Al Jazirah=Sudan Gezira=Sudan El Fasher=Sudan
Port Sudan=Sudan Tigray=Ethiopia
"""

# Demonym (singular adjective/noun) -> ISO alpha-2.  Plurals are derived.
_DEMONYMS = """
Afghan=AF Albanian=AL Algerian=DZ Andorran=AD Angolan=AO Antiguan=AG Argentine=AR
Argentinian=AR Argentinean=AR Armenian=AM Australian=AU Austrian=AT Azerbaijani=AZ Azeri=AZ
Bahamian=BS Bahraini=BH Bangladeshi=BD Barbadian=BB Belarusian=BY Belarussian=BY Belgian=BE
Belizean=BZ Beninese=BJ Bhutanese=BT Bolivian=BO Bosnian=BA Botswanan=BW Motswana=BW
Brazilian=BR British=GB Briton=GB Bruneian=BN Bulgarian=BG Burkinabe=BF Burkinabè=BF
Burmese=MM Burundian=BI Cambodian=KH Cameroonian=CM Canadian=CA Cape Verdean=CV
Central African=CF Chadian=TD Chilean=CL Chinese=CN Colombian=CO Comorian=KM Congolese=CD
Costa Rican=CR Croatian=HR Croat=HR Cuban=CU Cypriot=CY Czech=CZ Danish=DK Dane=DK
Djiboutian=DJ Dominican=DO Dutch=NL Ecuadorian=EC Ecuadoran=EC Egyptian=EG Salvadoran=SV
Salvadorean=SV Emirati=AE English=GB Equatorial Guinean=GQ Eritrean=ER Estonian=EE
Ethiopian=ET Fijian=FJ Filipino=PH Filipina=PH Philippine=PH Finnish=FI Finn=FI French=FR
Gabonese=GA Gambian=GM Georgian=GE German=DE Ghanaian=GH Greek=GR Grenadian=GD
Guatemalan=GT Guinean=GN Guyanese=GY Haitian=HT Honduran=HN Hungarian=HU Icelandic=IS
Indian=IN Indonesian=ID Iranian=IR Iraqi=IQ Irish=IE Israeli=IL Italian=IT Ivorian=CI
Jamaican=JM Japanese=JP Jordanian=JO Kazakh=KZ Kazakhstani=KZ Kenyan=KE Kiribati=KI
Kuwaiti=KW Kyrgyz=KG Lao=LA Laotian=LA Latvian=LV Lebanese=LB Liberian=LR Libyan=LY
Liechtensteiner=LI Lithuanian=LT Luxembourgish=LU Malagasy=MG Malawian=MW Malaysian=MY
Maldivian=MV Malian=ML Maltese=MT Marshallese=MH Mauritanian=MR Mauritian=MU Mexican=MX
Micronesian=FM Moldovan=MD Monegasque=MC Mongolian=MN Montenegrin=ME Moroccan=MA
Mozambican=MZ Namibian=NA Nauruan=NR Nepali=NP Nepalese=NP New Zealand=NZ Kiwi=NZ
Nicaraguan=NI Nigerien=NE Nigerian=NG North Korean=KP North Macedonian=MK Macedonian=MK
Norwegian=NO Omani=OM Pakistani=PK Palauan=PW Palestinian=PS Panamanian=PA
Papua New Guinean=PG Paraguayan=PY Peruvian=PE Polish=PL Pole=PL Portuguese=PT Qatari=QA
Romanian=RO Russian=RU Rwandan=RW Saudi=SA Saudi Arabian=SA Senegalese=SN Serbian=RS Serb=RS
Seychellois=SC Sierra Leonean=SL Singaporean=SG Slovak=SK Slovakian=SK Slovenian=SI
Slovene=SI Solomon Islander=SB Somali=SO South African=ZA South Korean=KR South Sudanese=SS
Spanish=ES Spaniard=ES Sri Lankan=LK Sudanese=SD Surinamese=SR Swazi=SZ Swedish=SE Swede=SE
Swiss=CH Syrian=SY Taiwanese=TW Tajik=TJ Tajikistani=TJ Tanzanian=TZ Thai=TH Togolese=TG
Tongan=TO Trinidadian=TT Tobagonian=TT Tunisian=TN Turkish=TR Turk=TR Turkmen=TM
Tuvaluan=TV Ugandan=UG Ukrainian=UA Uruguayan=UY American=US Uzbek=UZ Uzbekistani=UZ
Vanuatuan=VU Venezuelan=VE Vietnamese=VN Yemeni=YE Zambian=ZM Zimbabwean=ZW Scottish=GB
Welsh=GB Cuban-American=US Kosovar=Kosovo Gazan=PS Timorese=TL Bissau-Guinean=GW
Samoan=WS Dominicano=DO Kenyan-born=KE Belarusan=BY Hong Konger=HK Macanese=MO
"""

# Capitals and seats of power used as metonyms -> ISO alpha-2 or canonical body.
_METONYMS = """
Washington=US White House=US Pentagon=US Capitol Hill=US Foggy Bottom=US USAID=US
Moscow=RU Kremlin=RU Beijing=CN Zhongnanhai=CN Kyiv=UA Kiev=UA London=GB Downing Street=GB
Whitehall=GB Westminster=GB Paris=FR Élysée=FR Elysee=FR Berlin=DE Tokyo=JP Seoul=KR
Pyongyang=KP Tehran=IR Teheran=IR Ottawa=CA Canberra=AU New Delhi=IN Islamabad=PK Kabul=AF
Baghdad=IQ Damascus=SY Ankara=TR Cairo=EG Riyadh=SA Abu Dhabi=AE Doha=QA Jerusalem=IL
Beirut=LB Amman=JO Caracas=VE Bogota=CO Bogotá=CO Quito=EC Lima=PE Brasilia=BR Brasília=BR
Buenos Aires=AR Mexico City=MX Havana=CU Managua=NI San Salvador=SV Tegucigalpa=HN
Guatemala City=GT Port-au-Prince=HT Nairobi=KE Abuja=NG Pretoria=ZA Khartoum=SD
Kinshasa=CD Manila=PH Hanoi=VN Bangkok=TH Jakarta=ID Kuala Lumpur=MY Taipei=TW Dhaka=BD
Colombo=LK Kathmandu=NP Warsaw=PL Rome=IT Madrid=ES Lisbon=PT Athens=GR Minsk=BY
Tbilisi=GE Yerevan=AM Baku=AZ Astana=KZ Tashkent=UZ Budapest=HU Prague=CZ Bucharest=RO
Belgrade=RS Stockholm=SE Oslo=NO Helsinki=FI Copenhagen=DK Dublin=IE Wellington=NZ
Montevideo=UY Asuncion=PY Asunción=PY La Paz=BO Sucre=BO Panama City=PA Santo Domingo=DO
Kingston=JM Addis Ababa=ET Mogadishu=SO Tripoli=LY Tunis=TN Algiers=DZ Rabat=MA Dakar=SN
Accra=GH Kampala=UG Kigali=RW Dodoma=TZ Lusaka=ZM Harare=ZW Maputo=MZ Luanda=AO Juba=SS
Sanaa=YE Muscat=OM Manama=BH Kuwait City=KW Naypyidaw=MM Phnom Penh=KH Vientiane=LA
Ulaanbaatar=MN Chisinau=MD Vilnius=LT Riga=LV Tallinn=EE Bratislava=SK Ljubljana=SI
Zagreb=HR Sarajevo=BA Podgorica=ME Tirana=AL Skopje=MK Sofia=BG Nicosia=CY Valletta=MT
Reykjavik=IS Bern=CH Vienna=AT Amsterdam=NL The Hague=NL Brussels=European Union
Suva=FJ Nuku'alofa=TO Dili=TL Port Moresby=PG Honiara=SB Port Vila=VU Apia=WS
Niamey=NE Bamako=ML Ouagadougou=BF Nouakchott=MR N'Djamena=TD Lilongwe=MW Gaborone=BW
Windhoek=NA Antananarivo=MG Hargeisa=Somaliland Asmara=ER Freetown=SL Monrovia=LR
Conakry=GN Yaoundé=CM Libreville=GA Bangui=CF Brazzaville=CG Bujumbura=BI Thimphu=BT
Chișinău=MD Port of Spain=TT Port-of-Spain=TT Funafuti=TV Majuro=MH Tarawa=KI Port Louis=MU
Bishkek=KG Dushanbe=TJ Ashgabat=TM Lomé=TG Lome=TG Cotonou=BJ Banjul=GM Bissau=GW Malabo=GQ
Castries=LC Bridgetown=BB Belmopan=BZ Paramaribo=SR Moroni=KM
"""

# International bodies: canonical name followed by aliases.
_BODIES = """
United Nations|UN|U.N.
UN Security Council|Security Council|U.N. Security Council|United Nations Security Council|UNSC
European Union|EU|E.U.|European Commission|Council of the EU|Council of the European Union|EU Council|European Council
IMF|International Monetary Fund|I.M.F.
World Bank|World Bank Group|International Development Association|IDA|IBRD
NATO|North Atlantic Treaty Organization|N.A.T.O.
African Union|AU
ASEAN|Association of Southeast Asian Nations
Europol|European Union Agency for Law Enforcement Cooperation
Frontex|European Border and Coast Guard Agency
Eurojust|European Union Agency for Criminal Justice Cooperation
Asian Development Bank|ADB
Inter-American Development Bank|IDB|IADB
African Development Bank|AfDB
African Development Fund|AfDF
European Bank for Reconstruction and Development|EBRD
European Investment Bank|EIB
Asian Infrastructure Investment Bank|AIIB
New Development Bank|BRICS bank
Organization of American States|OAS
World Food Programme|WFP|World Food Program
UNHCR|UN refugee agency|U.N. refugee agency|United Nations High Commissioner for Refugees
UNICEF
World Health Organization|WHO|World Health Organisation
UN Development Programme|UNDP|United Nations Development Programme
UNRWA|United Nations Relief and Works Agency for Palestine Refugees in the Near East|UN Relief and Works Agency for Palestine Refugees in the Near East|United Nations Relief and Works Agency|UN Relief and Works Agency
OCHA|UN Office for the Coordination of Humanitarian Affairs
UN Office of Counter-Terrorism|UNOCT|United Nations Office of Counter-Terrorism|UN Counter-Terrorism Office
UNODC|UN Office on Drugs and Crime|United Nations Office on Drugs and Crime
UNFPA|UN Population Fund|United Nations Population Fund
UNOPS|UN Office for Project Services|United Nations Office for Project Services
UNMAS|UN Mine Action Service|United Nations Mine Action Service
International Organization for Migration|IOM
Food and Agriculture Organization|FAO
International Committee of the Red Cross|ICRC|Red Cross
Gulf Cooperation Council|GCC
Mercosur|Mercosul
EFTA|European Free Trade Association
ECOWAS|Economic Community of West African States
Southern African Development Community|SADC
IGAD|Intergovernmental Authority on Development
East African Community|EAC
Caribbean Community|CARICOM
Organization for Security and Co-operation in Europe|OSCE
Development Bank of Latin America|CAF-Development Bank of Latin America
Islamic Development Bank|IsDB
Central American Bank for Economic Integration|CABEI|BCIE|Banco Centroamericano de Integración Económica
OPEC Fund for International Development|OPEC Fund
Arab Fund for Economic and Social Development|Arab Fund|AFESD
Arab Bank for Economic Development in Africa|BADEA
Central Emergency Response Fund|CERF|UN Central Emergency Response Fund
IAEA|International Atomic Energy Agency
OPCW|Organisation for the Prohibition of Chemical Weapons|Organization for the Prohibition of Chemical Weapons
Green Climate Fund
Paris Club
Global Fund
Gavi
Commonwealth of Independent States|CIS
Eurasian Economic Union|EAEU|Eurasian Union
Collective Security Treaty Organization|CSTO|Collective Security Treaty Organisation
"""

# National aid and development-finance agencies act for their state: as donors
# they resolve to the country ("the Saudi Fund for Development" -> Saudi Arabia),
# like capitals used as metonyms.  ISO alpha-2 followed by surface forms.
_AGENCIES = """
SA|Saudi Fund for Development|SFD|Saudi Development and Reconstruction Program for Yemen|SDRPY|King Salman Humanitarian Aid and Relief Centre|KSrelief
KW|Kuwait Fund for Arab Economic Development|Kuwait Fund|Kuwaiti Fund
AE|Abu Dhabi Fund for Development|ADFD
QA|Qatar Fund for Development|QFFD
KR|Economic Development Cooperation Fund|EDCF|Korea International Cooperation Agency|KOICA|Export-Import Bank of Korea|Korea Eximbank
JP|Japan International Cooperation Agency|JICA|Japan Bank for International Cooperation|JBIC
CN|China Development Bank|Export-Import Bank of China|China Exim Bank|China Eximbank|China International Development Cooperation Agency
DE|KfW|KfW Development Bank|Deutsche Gesellschaft für Internationale Zusammenarbeit|GIZ
FR|Agence Française de Développement|French Development Agency|AFD|Agence française de développement|Proparco
BE|Enabel|Belgian Development Agency
IE|Irish Aid
IN|Export-Import Bank of India|India Exim Bank
GB|Foreign, Commonwealth and Development Office|FCDO|British International Investment
US|US Southern Command|U.S. Southern Command|United States Southern Command|SOUTHCOM|Southcom|US Africa Command|U.S. Africa Command|United States Africa Command|AFRICOM|Africom|US Central Command|U.S. Central Command|CENTCOM|US Indo-Pacific Command|U.S. Indo-Pacific Command|INDOPACOM|US European Command|U.S. European Command|EUCOM|US Northern Command|NORTHCOM|Drug Enforcement Administration|Bureau of International Narcotics and Law Enforcement Affairs|US Coast Guard|U.S. Coast Guard|United States Coast Guard
US|Millennium Challenge Corporation|U.S. Agency for International Development|US Agency for International Development|Development Finance Corporation
TR|Turkish Cooperation and Coordination Agency|TIKA
NO|Norad|Norwegian Agency for Development Cooperation
SE|Sida|Swedish International Development Cooperation Agency
DK|Danida
AU|Department of Foreign Affairs and Trade|DFAT
CH|Swiss Agency for Development and Cooperation|Swiss Federal Council
ES|Agencia Española de Cooperación Internacional para el Desarrollo|AECID|Spanish Agency for International Development Cooperation|Cooperación Española
FR|Agencia Francesa de Desarrollo
DE|Cooperación Alemana|Agencia Alemana de Cooperación Internacional
JP|Agencia de Cooperación Internacional del Japón|Agencia Japonesa de Cooperación Internacional
KR|Agencia de Cooperación Internacional de Corea
US|Agencia de los Estados Unidos para el Desarrollo Internacional|Agencia de Estados Unidos para el Desarrollo Internacional
IT|Agenzia Italiana per la Cooperazione allo Sviluppo|AICS|Italian Agency for Development Cooperation
NL|Netherlands Enterprise Agency
CA|Global Affairs Canada
"""

# Spanish surface forms the ISO translations (``pycountry``'s ``es`` catalogue,
# loaded in ``_tables``) do not give: everyday short names, capitals used as
# metonyms and bodies.  Spanish demonyms are lower case and inflect for gender
# and number; ``_SPANISH_DEMONYM_STEMS`` lists masculine singular forms and the
# other three forms are derived (-o/-a/-os/-as, -és/-esa/-eses/-esas,
# -ense/-enses, -í/-íes).
_SPANISH_PLACES = """
Rusia=RU Corea del Sur=KR Corea del Norte=KP Catar=QA Qatar=QA Irán=IR Siria=SY
Vietnam=VN Laos=LA Bolivia=BO Venezuela=VE Tanzania=TZ Moldavia=MD Taiwán=TW Palestina=PS
República Democrática del Congo=CD Costa de Marfil=CI Cabo Verde=CV República Checa=CZ
Holanda=NL Birmania=MM Emiratos Árabes Unidos=AE Emiratos=AE Turquía=TR EE.UU.=US EEUU=US
EE. UU.=US Gran Bretaña=GB Inglaterra=GB Arabia Saudí=SA Arabia Saudita=SA Haití=HT
Perú=PE Panamá=PA Canadá=CA Japón=JP México=MX Brasil=BR Bélgica=BE Suiza=CH Ucrania=UA
"""
_SPANISH_METONYMS = """
Casa Blanca=US Pentágono=US Kremlin=RU Moscú=RU Pekín=CN Beijing=CN Londres=GB Bruselas=European Union
Tokio=JP Bogotá=CO Ciudad de México=MX Ciudad de Guatemala=GT Nuakchot=MR Rabat=MA Argel=DZ
Caracas=VE Quito=EC Lima=PE Washington=US Kiev=UA Kyiv=UA Teherán=IR Berlín=DE París=FR
"""
_SPANISH_BODIES = """
European Union|Unión Europea|UE|Comisión Europea|Consejo Europeo|Consejo de la UE
United Nations|Naciones Unidas|ONU
UN Security Council|Consejo de Seguridad|Consejo de Seguridad de la ONU
IMF|Fondo Monetario Internacional|FMI
World Bank|Banco Mundial
Inter-American Development Bank|Banco Interamericano de Desarrollo|BID
Organization of American States|Organización de los Estados Americanos|OEA
European Investment Bank|Banco Europeo de Inversiones|BEI
World Food Programme|Programa Mundial de Alimentos|PMA
International Committee of the Red Cross|Cruz Roja|Comité Internacional de la Cruz Roja|CICR
Development Bank of Latin America|Banco de Desarrollo de América Latina|CAF
African Union|Unión Africana
"""
_SPANISH_DEMONYM_STEMS = """
estadounidense=US norteamericano=US mexicano=MX guatemalteco=GT colombiano=CO
venezolano=VE ecuatoriano=EC peruano=PE boliviano=BO chileno=CL argentino=AR
brasileño=BR uruguayo=UY paraguayo=PY panameño=PA costarricense=CR hondureño=HN
salvadoreño=SV nicaragüense=NI cubano=CU dominicano=DO haitiano=HT español=ES
francés=FR alemán=DE italiano=IT británico=GB inglés=GB portugués=PT ruso=RU
ucraniano=UA chino=CN japonés=JP coreano=KR surcoreano=KR norcoreano=KP indio=IN
marroquí=MA argelino=DZ mauritano=MR senegalés=SN maliense=ML nigeriano=NG
turco=TR iraní=IR israelí=IL palestino=PS sirio=SY libanés=LB egipcio=EG saudí=SA
canadiense=CA australiano=AU sueco=SE noruego=NO danés=DK neerlandés=NL holandés=NL
belga=BE suizo=CH polaco=PL catarí=QA qatarí=QA
"""

# Surface forms that would otherwise be mis-read as a country or demonym.
_BLOCKED = """
Latin America|Latin American|Latin Americans|South America|South American|North America|
North American|Central America|Central American|Central Americans|New Mexico|New Jersey|
New England|New South Wales|New Guinea|Indian Ocean|American Samoa|Native American|
Native Americans|African American|African Americans|Asian American|Georgia Tech|
Washington Post|Paris Agreement|Paris Club|Paris Climate|Turkey Point|Jordan River|
Chad Smith|Congo River|Amazon|Indo-Pacific|European|Europeans|African|Africans|Asian|Asians|
Arab|Arabs|Western|Middle East|Washington State|State of Washington|University of Washington|
Mexico City Policy|Lima Group|Rome Statute|London Stock Exchange|Kingston upon|Granada|
América Latina|Centroamérica|Sudamérica|National Security Council|
Supreme National Security Council
"""

# Multilateral lenders: the donor whenever named with a country, never the recipient.
LENDERS = frozenset(
    {
        "IMF",
        "World Bank",
        "Asian Development Bank",
        "Inter-American Development Bank",
        "African Development Bank",
        "African Development Fund",
        "European Bank for Reconstruction and Development",
        "European Investment Bank",
        "Asian Infrastructure Investment Bank",
        "New Development Bank",
        "Development Bank of Latin America",
        "Islamic Development Bank",
        "Central American Bank for Economic Integration",
        "OPEC Fund for International Development",
        "Arab Fund for Economic and Social Development",
        "Arab Bank for Economic Development in Africa",
    }
)

KIND_COUNTRY = "country"
KIND_BODY = "body"
KIND_DEMONYM = "demonym"
KIND_METONYM = "metonym"


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    surface: str
    canonical: str
    kind: str


_MENTION_SLOTS = tuple(getattr(Mention, name).__set__ for name in Mention.__slots__)


def _mention(start: int, end: int, surface: str, canonical: str, kind: str) -> Mention:
    """``Mention(...)`` without the frozen ``__init__`` (one ``object.__setattr__`` per
    field): find_mentions makes thousands of them. The slots are the fields."""
    m = object.__new__(Mention)
    set_start, set_end, set_surface, set_canonical, set_kind = _MENTION_SLOTS
    set_start(m, start)
    set_end(m, end)
    set_surface(m, surface)
    set_canonical(m, canonical)
    set_kind(m, kind)
    return m


def _pairs(table: str) -> list[tuple[str, str]]:
    """Parse ``Name=VALUE`` tables where names may contain spaces."""
    out = []
    for m in re.finditer(r"([^=\n]+?)=(\S+(?: (?:Union|Strip|Bank))?)(?=\s|$)", table):
        name = m.group(1).strip()
        out.append((name, m.group(2)))
    return out


def _spanish_inflections(stem: str) -> list[str]:
    """Masculine singular Spanish demonym -> its four gender/number forms."""
    if stem.endswith("o"):
        return [stem, stem[:-1] + "a", stem + "s", stem[:-1] + "as"]
    if stem.endswith(("és", "án")):
        base = stem[:-2] + stem[-2].translate(str.maketrans("éá", "ea")) + stem[-1]
        return [stem, base + "a", base + "es", base + "as"]
    if stem.endswith("ol"):
        return [stem, stem + "a", stem + "es", stem + "as"]
    if stem.endswith(("í",)):
        return [stem, stem + "es"]
    if stem.endswith(("e", "a")):
        return [stem, stem + "s"]
    return [stem]


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("ese", "ish", "ch", "ss", "Lao", "Malagasy", "Kiribati", "Zealand")):
        return None
    return demonym + "s"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, tuple[str, str]], frozenset[str], frozenset[str]]:
    """Return (surface -> (canonical, kind), countries, bodies)."""
    import pycountry

    canon: dict[str, str] = {}
    forms: dict[str, tuple[str, str]] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        name = _CANONICAL_OVERRIDES.get(code) or getattr(c, "common_name", None) or c.name
        canon[code] = name
        for surface in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if surface and "," not in surface and "(" not in surface:
                forms.setdefault(surface, (name, KIND_COUNTRY))
        forms[name] = (name, KIND_COUNTRY)

    def resolve(value: str) -> str:
        return canon.get(value, value)

    # Spanish names from the ISO 3166 translations shipped with pycountry.
    try:
        import gettext

        es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    except (OSError, AttributeError):  # pragma: no cover - catalogue missing
        es = None
    if es is not None:
        for c in pycountry.countries:
            for surface in (c.name, getattr(c, "common_name", None)):
                local = es.gettext(surface) if surface else None
                if local and "," not in local and "(" not in local:
                    forms.setdefault(local, (canon[c.alpha_2], KIND_COUNTRY))
    for surface, value in _pairs(_SPANISH_PLACES):
        forms.setdefault(surface, (resolve(value), KIND_COUNTRY))
    for surface, value in _pairs(_SPANISH_METONYMS):
        forms.setdefault(surface, (resolve(value), KIND_METONYM))
    for surface, value in _pairs(_SPANISH_DEMONYM_STEMS):
        for form in _spanish_inflections(surface):
            forms.setdefault(form, (resolve(value), KIND_DEMONYM))
    for surface, value in _pairs(_COUNTRY_ALIASES):
        forms[surface] = (resolve(value), KIND_COUNTRY)
    for surface, value in _pairs(_EXTRA_PLACES):
        forms[surface] = (value, KIND_COUNTRY)
    for surface, value in _pairs(_METONYMS):
        forms[surface] = (resolve(value), KIND_METONYM)
    for surface, value in _pairs(_DEMONYMS):
        target = resolve(value)
        forms.setdefault(surface, (target, KIND_DEMONYM))
        plural = _plural(surface)
        if plural:
            forms.setdefault(plural, (target, KIND_DEMONYM))
    for line in _AGENCIES.strip().splitlines():
        code, *names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names:
            forms[n] = (resolve(code), KIND_METONYM)
    bodies = set()
    for line in _BODIES.strip().splitlines():
        names = [n.strip() for n in line.split("|") if n.strip()]
        bodies.add(names[0])
        for n in names:
            forms[n] = (names[0], KIND_BODY)
    for line in _SPANISH_BODIES.strip().splitlines():
        names = [n.strip() for n in line.split("|") if n.strip()]
        for n in names[1:]:
            forms.setdefault(n, (names[0], KIND_BODY))
    for n in _BLOCKED.replace("\n", "").split("|"):
        n = n.strip()
        if n:
            forms[n] = ("", "blocked")
    countries = frozenset(v for v, k in forms.values() if k == KIND_COUNTRY)
    return forms, countries, frozenset(bodies)


@lru_cache(maxsize=1)
def _matcher() -> re.Pattern[str]:
    """The reference matcher: ``finditer`` over it defines ``find_mentions``."""
    forms, _, _ = _tables()
    words = list(forms)
    # Two tries split by an ASCII lower-case first letter (the Spanish demonyms): the
    # lower-case words of running text skip the capitalised trie's branches at once.
    # The first letters differ, so at most one trie can match at a position.
    lower = [w for w in words if "a" <= w[0] <= "z"]
    upper = [w for w in words if not "a" <= w[0] <= "z"]
    alternation = f"(?![a-z]){trie_alternation(upper)}|{trie_alternation(lower)}"
    # Allow "the Netherlands" style forms and possessives to work naturally.
    pattern = r"(?<![\w$.])(?:" + alternation + r")(?![\w$]|-\w|[’']\w\w)"
    return re.compile(pattern)


# The characters of news text, most frequent first. pyahocorasick looks a character up
# among a node's children one by one, in the order they were added; most of a scan is
# lookups at the root (text between mentions), and a character no form starts with
# (a space, "o", ",") is compared with every root child. Adding these characters first,
# each as a two-character word ending in a noncharacter, puts the root's children in this
# order. Such a word can only add a start at which no form begins (or one the forms add
# anyway), and the anchored matcher finds nothing there: the mentions are unchanged
# (tests/test_shared_layers_perf.py).
_ROOT_ORDER = " etaniorsdlhcumfpgybw,\n.vk2AT0SCMINFE-PU1xB'DRO\"zG5KH4L6J$jWq3"
_NOT_TEXT = "\uffff"


def scan_words() -> list[tuple[str, int]]:
    """The words of :func:`_automaton` with their values (lengths), in the order added, for
    a caller that scans a text once for these and other words (see
    :func:`mentions_from_starts`)."""
    return [(char + _NOT_TEXT, 2) for char in _ROOT_ORDER] + [
        (surface, len(surface)) for surface in _tables()[0]
    ]


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Every surface form in one Aho–Corasick automaton, valued by its length."""
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word, value in scan_words():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


# A character the matcher's opening lookbehind ``(?<![\w$.])`` refuses before a mention.
_MENTION_BEFORE = re.compile(r"[\w$.]")


@lru_cache(maxsize=1)
def _kept() -> dict[str, tuple[str, str]]:
    """Surface -> (canonical, kind) for the forms that make a mention (not blocked)."""
    return {
        surface: (canonical, kind)
        for surface, (canonical, kind) in _tables()[0].items()
        if kind != "blocked" and canonical
    }


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """All gazetteer mentions in ``text`` (blocked look-alikes removed).

    With ``offset``, the mentions of ``text[offset:]`` with spans in ``text``. Where
    ``text[offset - 1]`` cannot precede a mention (not ``[\\w$.]``), the matcher's
    lookbehind answers at ``offset`` as at the start of the slice, so the slice is
    scanned in place; otherwise it is cut and the spans shifted.

    The mentions are ``_matcher().finditer(text)``'s matches whose form is not
    blocked. That regex opens with a lookbehind, so ``finditer`` tries it at every
    position of the text; but it can only match where a form starts, and one
    Aho–Corasick pass lists those starts. Trying the regex (anchored, the same
    pattern) at them in order, skipping the starts inside the previous match, gives
    the same matches: ``finditer`` resumes at a match's end and takes the leftmost
    position where the pattern matches, and no other position can.
    """
    if offset and _MENTION_BEFORE.match(text, offset - 1):
        return [
            _mention(m.start + offset, m.end + offset, m.surface, m.canonical, m.kind)
            for m in find_mentions(text[offset:])
        ]
    # ``iter`` reports the index of a form's last character: the form starts one after
    # ``end - length``. From ``offset`` on, only forms lying wholly after it are reported.
    return mentions_from_starts(
        text, {end - length for end, length in _automaton().iter(text, offset)}
    )


def mentions_from_scan(text: str, offset: int, starts: set[int]) -> list[Mention]:
    """``find_mentions(text, offset)`` given ``starts``: ``end - length`` of every hit of
    :func:`scan_words` in ``text[offset:]`` (in the slice's coordinates)."""
    if offset and _MENTION_BEFORE.match(text, offset - 1):
        return [
            _mention(m.start + offset, m.end + offset, m.surface, m.canonical, m.kind)
            for m in mentions_from_starts(text[offset:], starts)
        ]
    return mentions_from_starts(text, {s + offset for s in starts} if offset else starts)


def mentions_from_starts(text: str, starts: set[int]) -> list[Mention]:
    """:func:`find_mentions` given the positions one before each hit of
    :func:`scan_words` in ``text`` (``end - length`` of every hit)."""
    kept = _kept()
    out: list[Mention] = []
    if not starts:
        return out
    match = _matcher().match
    pos = 0
    for before in sorted(starts):
        if before < pos - 1 or (m := match(text, before + 1)) is None:
            continue
        start, pos = m.span()
        surface = m.group()
        hit = kept.get(surface)
        if hit is not None:
            out.append(_mention(start, pos, surface, *hit))
    return out


@lru_cache(maxsize=4096)
def normalize(name: str | None) -> str | None:
    """Canonical country/body for a free-text name, or None if unknown.

    Exact forms win ("U.S." -> "United States"); otherwise the first country
    or body mentioned inside the string is used ("Ecuadorian Navy" -> Ecuador).
    """
    if not name:
        return None
    forms, _, _ = _tables()
    s = name.strip()
    s = re.sub(r"^(?:the)\s+", "", s, flags=re.I)
    hit = forms.get(s)
    if hit and hit[1] != "blocked":
        return hit[0]
    lowered = _lower_index().get(s.lower())
    if lowered:
        return lowered
    for mention in find_mentions(s):
        return mention.canonical
    return None


@lru_cache(maxsize=1)
def _lower_index() -> dict[str, str]:
    forms, _, _ = _tables()
    out: dict[str, str] = {}
    for surface, (canonical, kind) in forms.items():
        # Only multi-letter, non-acronym forms are safe to match case-insensitively.
        if kind != "blocked" and canonical and not surface.isupper() and len(surface) > 3:
            out.setdefault(surface.lower(), canonical)
    return out


def is_country(canonical: str | None) -> bool:
    return bool(canonical) and canonical in _tables()[1]


def is_body(canonical: str | None) -> bool:
    return bool(canonical) and canonical in _tables()[2]


def canonical_names() -> frozenset[str]:
    """Every canonical country and body name."""
    _, countries, bodies = _tables()
    return countries | bodies


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset[str]:
    """Names of the ~5,000 ISO 3166-2 provinces, states and regions (loaded once, lazily),
    with and without their accents ("Hokkaido", "Guayas", "Michoacan de Ocampo")."""
    import unicodedata

    import pycountry

    out: set[str] = set()
    for sub in pycountry.subdivisions:
        name = sub.name.split(" [")[0].split(" (")[0].strip()
        if len(name) > 3:
            out.add(name)
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            out.add(plain)
    return frozenset(out)


def is_subdivision(name: str) -> bool:
    """Whether ``name`` is exactly the name of a province, state or region of a country."""
    return bool(name) and name in _subdivision_names()

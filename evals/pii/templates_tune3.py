# ruff: noqa: E501, RUF001
"""PII templates of the tune3 split (a TUNING split, PII documents only): ``generate.py --split tune3``.

Written apart from the recognizers (src/arbiter/pii/) and from the other splits' templates, to stress the
ways people and places appear in real text: lone first names at the start of a sentence, lower-case names
in chat, surnames alone after a verb or a doorbell, ``SURNAME Firstname`` and ``Firstname SURNAME``,
initials, CC/attendee lists, signatures with job titles, particles (``van der``, ``Di``, ``dos``), hyphenated
and multi-part names, nicknames, names in JSON fields with many key names; cities and countries in prose
with and without prepositions (also inflected: ``w Krakowie``, ``İzmir'de``, ``Tampereelta``), postal
addresses in national formats (floors, flats, ``bl./sc./ap.``, ``3. tv.``, ``bus 3``, ``RT/RW``, PO boxes),
regions and postcodes alone.

Besides the slots of generate.py, the templates use ``«T3:…»`` slots, rendered by :func:`slot` below:

- ``«T3:shape:P2:KIND[:f|m]»`` creates person P2 with a particular name shape (must come before any other
  P2 slot; renders nothing): ``nick`` (a formal first name with a common nickname), ``double_last``
  (``Nowak-Kowalska``), ``double_first`` (``Jean-Pierre``, ``Anna-Karin``, ``João Pedro``), ``particle``
  (``van der``, ``von``, ``Di``, ``dos``, ``de la``), ``two_last`` (Spanish two surnames), ``pt_multi``
  (``Maria Eduarda dos Santos Oliveira``), ``hu_ne`` (``Kovácsné Szabó Éva``), ``patronymic``; or just
  ``f``/``m`` (a person of that gender, for grammar).
- ``«T3:P2:ATTR»``: ``nick``, ``nick_lower``, ``nick_full``, ``last_upper_first`` (``NOWAK Jan``),
  ``last_lower``, ``last_cap`` (``Van der Berg`` when the surname stands alone), ``nl_sort``
  (``Berg, Jan van der``), ``tussen``/``last_core`` (Dutch split fields; the particle is not labelled),
  ``full_middle``, ``first_mid_initial``, ``first_tr:CASE`` (Turkish suffix after an apostrophe, outside
  the span), ``region``, ``po_box``, ``address_floor``, ``address_short``.
- ``«T3:REGION[:CC]»``, ``«T3:CITY_TR:CASE»`` (``İzmir'de``), ``«T3:PN:subtype:a|b»`` (a written PERSON).

Labels follow README.md: titles and suffixes outside the span, particles inside, an address is one span
(PO boxes and floor/flat parts included); new subtypes: PERSON ``nickname``, LOCATION ``region``,
``district``, ``po_box``.
"""

from __future__ import annotations

import sys
from typing import Any

PERSON_KEYS = ("P1", "P2", "P3", "P4", "P5", "P6", "AGENT", "ME", "BOSS")

# ----------------------------------------------------------------------------------------------
# Name tables
# ----------------------------------------------------------------------------------------------

_EN_NICK = [(False, "Robert", ["Bob", "Rob", "Bobby"]), (False, "William", ["Will", "Bill", "Billy"]),
            (False, "Michael", ["Mike", "Mikey"]), (False, "James", ["Jim", "Jimmy", "Jamie"]),
            (False, "Richard", ["Rich", "Rick"]), (False, "Thomas", ["Tom", "Tommy"]),
            (False, "Christopher", ["Chris", "Topher"]), (False, "Anthony", ["Tony"]),
            (False, "Edward", ["Ed", "Eddie", "Ted"]), (False, "Nicholas", ["Nick"]),
            (False, "Jonathan", ["Jon", "Jonny"]), (False, "Andrew", ["Andy", "Drew"]),
            (True, "Elizabeth", ["Liz", "Beth", "Lizzie"]), (True, "Katherine", ["Kate", "Katie", "Kathy"]),
            (True, "Margaret", ["Maggie", "Meg", "Peggy"]), (True, "Jennifer", ["Jen", "Jenny"]),
            (True, "Patricia", ["Pat", "Trish", "Patty"]), (True, "Rebecca", ["Becky", "Becca"]),
            (True, "Victoria", ["Vicky", "Tori"]), (True, "Jessica", ["Jess"]),
            (True, "Abigail", ["Abby"]), (True, "Stephanie", ["Steph"]), (True, "Deborah", ["Deb", "Debbie"])]
_DE_NICK = [(False, "Johannes", ["Hannes", "Jo"]), (False, "Maximilian", ["Max", "Maxi"]),
            (False, "Wolfgang", ["Wolfi"]), (False, "Andreas", ["Andi"]), (False, "Sebastian", ["Basti"]),
            (False, "Florian", ["Flo"]), (False, "Tobias", ["Tobi"]), (False, "Matthias", ["Matze", "Hias"]),
            (True, "Katharina", ["Kathi", "Kati"]), (True, "Franziska", ["Franzi"]),
            (True, "Stefanie", ["Steffi"]), (True, "Susanne", ["Susi", "Sanne"]),
            (True, "Elisabeth", ["Lisa", "Liesl", "Sissi"]), (True, "Magdalena", ["Leni", "Lena"]),
            (True, "Barbara", ["Babsi"])]
_FR_NICK = [(False, "Frédéric", ["Fred"]), (False, "Alexandre", ["Alex"]), (False, "Christophe", ["Chris"]),
            (False, "Philippe", ["Phil"]), (False, "Nicolas", ["Nico"]), (False, "Sébastien", ["Seb"]),
            (False, "Maximilien", ["Max"]), (True, "Catherine", ["Cathy"]), (True, "Isabelle", ["Isa"]),
            (True, "Nathalie", ["Nat"]), (True, "Stéphanie", ["Steph"]), (True, "Caroline", ["Caro"]),
            (True, "Véronique", ["Véro"]), (True, "Élisabeth", ["Babeth", "Élise"])]
_ES_NICK = [(False, "Francisco", ["Paco", "Pancho", "Curro"]), (False, "José", ["Pepe"]),
            (False, "Ignacio", ["Nacho"]), (False, "Manuel", ["Manolo"]), (False, "Enrique", ["Quique"]),
            (False, "Guillermo", ["Memo"]), (False, "Eduardo", ["Lalo"]), (False, "Jesús", ["Chucho", "Chus"]),
            (False, "Roberto", ["Beto"]), (False, "Antonio", ["Toño", "Toni"]),
            (True, "Guadalupe", ["Lupe", "Lupita"]), (True, "Dolores", ["Lola"]),
            (True, "Concepción", ["Concha", "Conchita"]), (True, "Rosario", ["Charo"]),
            (True, "Mercedes", ["Merche"]), (True, "María José", ["Majo"]), (True, "Consuelo", ["Chelo"]),
            (True, "Teresa", ["Tere"]), (True, "Isabel", ["Isa", "Chabela"])]
_IT_NICK = [(False, "Giuseppe", ["Beppe", "Peppe", "Pino"]), (False, "Giovanni", ["Gianni", "Nanni"]),
            (False, "Salvatore", ["Totò", "Turi"]), (False, "Domenico", ["Mimmo"]),
            (False, "Alessandro", ["Ale", "Sandro"]), (False, "Vincenzo", ["Enzo"]),
            (False, "Massimiliano", ["Max"]), (True, "Francesca", ["Fra", "Franci"]),
            (True, "Giuseppina", ["Pina"]), (True, "Alessandra", ["Ale"]), (True, "Elisabetta", ["Betta"]),
            (True, "Antonella", ["Anto"]), (True, "Federica", ["Fede"])]
_NL_NICK = [(False, "Johannes", ["Hans", "Jan"]), (False, "Hendrik", ["Henk"]), (False, "Cornelis", ["Kees"]),
            (False, "Jacobus", ["Koos", "Jaap"]), (False, "Wilhelmus", ["Wim"]), (False, "Franciscus", ["Frans"]),
            (True, "Wilhelmina", ["Mien", "Wil"]), (True, "Geertruida", ["Truus"]),
            (True, "Petronella", ["Nel", "Ellie"]), (True, "Johanna", ["Joke", "Hanneke"]),
            (True, "Catharina", ["Toos", "Tineke"])]
_PT_NICK = [(False, "José", ["Zé"]), (False, "Antônio", ["Toninho", "Tonho"]), (False, "Francisco", ["Chico"]),
            (False, "Fernando", ["Nando"]), (False, "Rafael", ["Rafa"]), (False, "Eduardo", ["Dudu"]),
            (False, "Gustavo", ["Guga", "Guto"]), (True, "Maria Eduarda", ["Duda"]), (True, "Gabriela", ["Gabi"]),
            (True, "Fernanda", ["Nanda"]), (True, "Isabela", ["Bela"]), (True, "Mariana", ["Mari"]),
            (True, "Beatriz", ["Bia"])]
_PL_NICK = [(False, "Tomasz", ["Tomek"]), (False, "Krzysztof", ["Krzysiek"]), (False, "Wojciech", ["Wojtek"]),
            (False, "Grzegorz", ["Grzesiek"]), (False, "Stanisław", ["Staszek"]), (False, "Aleksander", ["Olek"]),
            (False, "Piotr", ["Piotrek"]), (True, "Katarzyna", ["Kasia"]), (True, "Małgorzata", ["Gosia", "Małgosia"]),
            (True, "Aleksandra", ["Ola"]), (True, "Barbara", ["Basia"]), (True, "Agnieszka", ["Aga"]),
            (True, "Joanna", ["Asia"]), (True, "Magdalena", ["Magda"]), (True, "Elżbieta", ["Ela"])]
_SV_NICK = [(False, "Lars", ["Lasse"]), (False, "Karl", ["Kalle"]), (False, "Per", ["Pelle"]),
            (False, "Mikael", ["Micke"]), (False, "Joakim", ["Jocke"]), (False, "Kristoffer", ["Krille"]),
            (False, "Fredrik", ["Fredde"]), (True, "Margareta", ["Maggan"]), (True, "Katarina", ["Kajsa"]),
            (True, "Kristina", ["Kicki", "Stina"]), (True, "Elisabeth", ["Lisa"])]
_NO_NICK = [(False, "Lars", ["Lasse"]), (False, "Kristian", ["Kris"]), (False, "Fredrik", ["Freddy"]),
            (False, "Thomas", ["Tom"]), (True, "Kristine", ["Stine"]), (True, "Margrethe", ["Grete"]),
            (True, "Katrine", ["Kat", "Trine"]), (True, "Elisabeth", ["Lise"])]
_DA_NICK = [(False, "Lars", ["Lasse"]), (False, "Rasmus", ["Ras"]), (False, "Kristian", ["Kris"]),
            (False, "Frederik", ["Frede"]), (True, "Katrine", ["Trine"]), (True, "Kirsten", ["Kis"]),
            (True, "Margrethe", ["Grete"]), (True, "Elisabeth", ["Lis"])]
_FI_NICK = [(False, "Juhani", ["Jussi"]), (False, "Matti", ["Masa"]), (False, "Timo", ["Timppa"]),
            (False, "Antti", ["Antsa"]), (True, "Katariina", ["Kaisa", "Kati"]), (True, "Johanna", ["Hanna"]),
            (True, "Elisabet", ["Liisa"])]
_CS_NICK = [(False, "Jan", ["Honza"]), (False, "Jiří", ["Jirka"]), (False, "Josef", ["Pepa"]),
            (False, "Petr", ["Péťa"]), (False, "Tomáš", ["Tom"]), (True, "Kateřina", ["Katka", "Káťa"]),
            (True, "Lucie", ["Lucka"]), (True, "Veronika", ["Verča"]), (True, "Alžběta", ["Bětka"])]
_HU_NICK = [(False, "István", ["Pisti"]), (False, "József", ["Józsi"]), (False, "Ferenc", ["Feri"]),
            (False, "László", ["Laci"]), (False, "Gábor", ["Gabi"]), (True, "Erzsébet", ["Erzsi", "Böske"]),
            (True, "Katalin", ["Kati"]), (True, "Zsuzsanna", ["Zsuzsa", "Zsuzsi"])]
_RO_NICK = [(False, "Constantin", ["Costi", "Costel"]), (False, "Gheorghe", ["Gică"]),
            (False, "Alexandru", ["Sandu", "Alex"]), (True, "Ecaterina", ["Cati"]), (True, "Alexandra", ["Alexa"]),
            (True, "Mihaela", ["Miha"])]
_RU_NICK = [(False, "Aleksandr", ["Sasha", "Sanya"]), (False, "Mikhail", ["Misha"]), (False, "Ivan", ["Vanya"]),
            (False, "Pavel", ["Pasha"]), (True, "Yekaterina", ["Katya"]), (True, "Natalya", ["Natasha"]),
            (True, "Anastasia", ["Nastya"]), (True, "Tatiana", ["Tanya"])]
_UA_NICK = [(False, "Oleksandr", ["Sashko", "Sasha"]), (False, "Bohdan", ["Bodia"]), (False, "Andriy", ["Andriyko"]),
            (True, "Kateryna", ["Katia"]), (True, "Nataliya", ["Natalka"]), (True, "Olena", ["Olenka"])]
_GR_NICK = [(False, "Konstantinos", ["Kostas", "Kostis"]), (False, "Dimitrios", ["Dimitris", "Mitsos"]),
            (False, "Panagiotis", ["Panos", "Takis"]), (True, "Aikaterini", ["Katerina", "Kaiti"]),
            (True, "Vasiliki", ["Vicky", "Vaso"])]
_NG_NICK = [(False, "Oluwaseun", ["Seun"]), (False, "Babatunde", ["Tunde"]), (False, "Ifeanyichukwu", ["Ifeanyi", "Ify"]),
            (False, "Oluwatobi", ["Tobi"]), (False, "Chukwuemeka", ["Emeka"]), (True, "Oluwafunmilayo", ["Funmi"]),
            (True, "Chiamaka", ["Amaka"]), (True, "Oluwabukola", ["Bukky", "Bukola"])]
_IN_NICK = [(False, "Srinivasan", ["Srini"]), (False, "Venkatesh", ["Venkat"]), (False, "Subramaniam", ["Subbu"]),
            (False, "Balakrishnan", ["Bala"]), (True, "Priyanka", ["Priya"]), (True, "Jayalakshmi", ["Jaya"]),
            (True, "Anuradha", ["Anu"])]
_PH_NICK = [(False, "Francisco", ["Kiko"]), (False, "Jose Miguel", ["Migs"]), (False, "Ricardo", ["Cardo"]),
            (True, "Maria Angelica", ["Gelai"]), (True, "Maria Theresa", ["Tess"]), (True, "Kristine", ["Tin"])]
_IL_NICK = [(False, "Yosef", ["Yossi"]), (False, "Avraham", ["Avi"]), (False, "Binyamin", ["Beni"]),
            (False, "Shmuel", ["Shmulik"]), (True, "Rivka", ["Rivki"]), (True, "Elisheva", ["Eli"])]
_MA_NICK = [(False, "Mohammed", ["Simo"]), (False, "Abdelkader", ["Kader"]), (True, "Fatima Zahra", ["Fati"])]

NICKNAMES: dict[str, list[tuple[bool, str, list[str]]]] = {
    "US": _EN_NICK, "GB": _EN_NICK, "CA": _EN_NICK, "AU": _EN_NICK, "IE": _EN_NICK, "NZ": _EN_NICK,
    "DE": _DE_NICK, "AT": _DE_NICK, "CH": _DE_NICK, "FR": _FR_NICK, "ES": _ES_NICK, "MX": _ES_NICK,
    "AR": _ES_NICK, "CO": _ES_NICK, "CL": _ES_NICK, "PE": _ES_NICK, "IT": _IT_NICK, "NL": _NL_NICK,
    "BE": _NL_NICK, "BR": _PT_NICK, "PT": _PT_NICK, "PL": _PL_NICK, "SE": _SV_NICK, "NO": _NO_NICK,
    "DK": _DA_NICK, "FI": _FI_NICK, "CZ": _CS_NICK, "HU": _HU_NICK, "RO": _RO_NICK, "RU": _RU_NICK,
    "UA": _UA_NICK, "GR": _GR_NICK, "NG": _NG_NICK, "IN": _IN_NICK, "PH": _PH_NICK, "IL": _IL_NICK,
    "MA": _MA_NICK,
}

_DE_DF = (["Hans-Jürgen", "Karl-Heinz", "Hans-Peter", "Klaus-Dieter", "Jan-Hendrik"],
          ["Anna-Lena", "Eva-Maria", "Marie-Luise", "Lisa-Marie", "Anne-Kathrin"])
_FR_DF = (["Jean-Pierre", "Jean-Baptiste", "Jean-Luc", "Pierre-Yves", "Marc-Antoine"],
          ["Marie-Claire", "Anne-Sophie", "Marie-Hélène", "Anne-Laure", "Marie-Noëlle"])
DOUBLE_FIRST: dict[str, tuple[list[str], list[str]]] = {
    "DE": _DE_DF, "AT": _DE_DF, "CH": _DE_DF, "FR": _FR_DF, "BE": (["Jan-Willem", "Pieter-Jan"], ["Anne-Marie", "Marie-Louise"]),
    "NL": (["Jan-Willem", "Jan Pieter", "Henk-Jan", "Pieter-Bas"], ["Anne-Marie", "Marie-José", "Anne-Wil"]),
    "SE": (["Per-Olof", "Karl-Johan", "Lars-Erik", "Jan-Erik", "Nils-Göran"],
           ["Anna-Karin", "Eva-Lena", "Ann-Sofie", "Britt-Marie", "Ulla-Britt"]),
    "NO": (["Jan-Erik", "Per-Arne", "Ole-Martin", "Hans Petter", "Tor-Arne"], ["Anne-Lise", "Mari-Ann", "Kari-Anne", "Ann-Kristin"]),
    "DK": (["Jens-Peter", "Hans-Henrik", "Niels-Erik"], ["Anne-Mette", "Lise-Lotte", "Mette-Marie"]),
    "FI": (["Juha-Pekka", "Jukka-Pekka", "Esa-Pekka", "Veli-Matti"], ["Anna-Leena", "Marja-Liisa", "Anna-Maija", "Riitta-Liisa"]),
    "RO": (["Mihai-Alexandru", "Ion-Cristian"], ["Ana-Maria", "Maria-Magdalena", "Elena-Cristina"]),
    "ES": (["José Luis", "Juan Carlos", "José Antonio", "Miguel Ángel"], ["María José", "Ana Belén", "María del Carmen", "María Jesús"]),
    "MX": (["José Luis", "Juan Pablo", "Luis Fernando"], ["María Fernanda", "Ana Sofía", "María Guadalupe"]),
    "BR": (["João Pedro", "Luiz Felipe", "Pedro Henrique", "Carlos Eduardo"], ["Maria Eduarda", "Ana Clara", "Maria Clara", "Ana Luísa"]),
    "PT": (["João Pedro", "José Manuel", "Rui Miguel"], ["Ana Rita", "Maria João", "Ana Catarina"]),
    "IT": (["Gian Marco", "Pier Paolo", "Gian Luca"], ["Maria Grazia", "Anna Maria", "Maria Teresa"]),
    "US": (["John Paul", "Billy Ray"], ["Mary-Kate", "Anna-Grace", "Mary Ellen"]),
}

PARTICLES: dict[str, list[str]] = {
    "DE": ["von ", "von der ", "vom ", "zu "], "AT": ["von "], "CH": ["von ", "de "],
    "NL": ["van ", "de ", "van der ", "van den ", "van de ", "ter ", "ten ", "in 't ", "op den "],
    "BE": ["Van ", "De ", "Van den ", "Van der ", "Vanden "], "FR": ["de ", "du ", "Le ", "de la ", "d'"],
    "IT": ["De ", "Di ", "Lo ", "La ", "Del ", "D'"], "ES": ["de ", "del ", "de la "], "MX": ["de ", "de la ", "del "],
    "AR": ["de ", "del "], "CO": ["de ", "de la "], "CL": ["de ", "del "], "PT": ["da ", "dos ", "de ", "das "],
    "BR": ["da ", "dos ", "de ", "do "], "ZA": ["van der ", "du ", "le ", "van "],
}

SHAPE_CULTURES: dict[str, list[str]] = {
    "nick": sorted(NICKNAMES),
    "double_last": ["AT", "AU", "BE", "CA", "CH", "CZ", "DE", "DK", "FI", "FR", "GB", "NL", "NO", "PL", "RO", "SE", "US"],
    "double_first": sorted(DOUBLE_FIRST),
    "particle": sorted(PARTICLES),
    "two_last": ["AR", "CL", "CO", "ES", "MX", "PE"],
    "pt_multi": ["BR", "PT"],
    "hu_ne": ["HU"],
    "patronymic": ["RU", "UA"],
}

_PATRONYMIC = {
    "RU": {"Aleksandr": ("Aleksandrovich", "Aleksandrovna"), "Sergei": ("Sergeyevich", "Sergeyevna"),
           "Mikhail": ("Mikhailovich", "Mikhailovna"), "Andrei": ("Andreyevich", "Andreyevna"),
           "Ivan": ("Ivanovich", "Ivanovna"), "Pavel": ("Pavlovich", "Pavlovna")},
    "UA": {"Oleksandr": ("Oleksandrovych", "Oleksandrivna"), "Bohdan": ("Bohdanovych", "Bohdanivna"),
           "Andriy": ("Andriyovych", "Andriyivna"), "Taras": ("Tarasovych", "Tarasivna"),
           "Serhiy": ("Serhiyovych", "Serhiyivna"), "Mykola": ("Mykolayovych", "Mykolayivna")},
}

# ----------------------------------------------------------------------------------------------
# Place tables
# ----------------------------------------------------------------------------------------------

REGIONS: dict[str, list[str]] = {
    "US": [], "CA": ["Ontario", "Quebec", "British Columbia", "Alberta", "Nova Scotia", "Manitoba"],
    "GB": ["Yorkshire", "Cornwall", "Kent", "Lancashire", "Devon", "Cumbria", "the Scottish Highlands"],
    "IE": ["County Kerry", "County Donegal", "Connacht", "Munster", "County Clare"],
    "AU": ["New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia"],
    "NZ": ["Canterbury", "Otago", "Waikato", "Bay of Plenty", "Northland"],
    "IN": ["Maharashtra", "Karnataka", "Tamil Nadu", "Kerala", "Gujarat", "Rajasthan", "West Bengal"],
    "PK": ["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Balochistan"],
    "NG": ["Lagos State", "Ogun State", "Kano State", "Rivers State", "Oyo State"],
    "KE": ["Kiambu County", "Rift Valley", "Nakuru County", "Machakos County"],
    "GH": ["Ashanti Region", "Volta Region", "Northern Region", "Greater Accra"],
    "ZA": ["Gauteng", "KwaZulu-Natal", "Western Cape", "Limpopo", "Free State"],
    "ET": ["Oromia", "Amhara", "Sidama", "Afar"], "SN": ["Casamance", "Sine-Saloum", "Kaolack"],
    "MA": ["Souss-Massa", "Fès-Meknès", "Tanger-Tétouan-Al Hoceïma", "Drâa-Tafilalet"],
    "EG": ["Sinai", "the Red Sea Governorate", "Upper Egypt", "the Nile Delta"],
    "SA": ["the Eastern Province", "Asir", "Al-Qassim", "Makkah Province"],
    "AE": ["Ras Al Khaimah", "Fujairah", "Umm Al Quwain"], "LB": ["Mount Lebanon", "the Bekaa", "Keserwan"],
    "IL": ["the Galilee", "the Negev", "the Sharon plain"],
    "TR": ["Ege", "Karadeniz", "Marmara", "İç Anadolu", "Akdeniz", "Kapadokya"],
    "DE": ["Bayern", "Baden-Württemberg", "Nordrhein-Westfalen", "Niedersachsen", "Hessen", "Sachsen",
           "Brandenburg", "Schleswig-Holstein", "Rheinland-Pfalz", "Thüringen"],
    "AT": ["Tirol", "Steiermark", "Oberösterreich", "Kärnten", "Vorarlberg", "Niederösterreich"],
    "CH": ["Graubünden", "Wallis", "Tessin", "Aargau", "Thurgau", "Appenzell"],
    "FR": ["Bretagne", "Normandie", "Occitanie", "Île-de-France", "Auvergne-Rhône-Alpes", "Nouvelle-Aquitaine",
           "Provence-Alpes-Côte d'Azur", "Corse"],
    "BE": ["West-Vlaanderen", "Oost-Vlaanderen", "Limburg", "Vlaams-Brabant", "Wallonië"],
    "NL": ["Noord-Brabant", "Gelderland", "Zuid-Holland", "Noord-Holland", "Limburg", "Friesland", "Overijssel", "Zeeland"],
    "ES": ["Andalucía", "Cataluña", "Galicia", "Castilla y León", "Aragón", "Extremadura", "Asturias", "Navarra"],
    "PT": ["Alentejo", "Algarve", "Minho", "Trás-os-Montes", "Madeira"],
    "IT": ["Lombardia", "Toscana", "Sicilia", "Piemonte", "Emilia-Romagna", "Veneto", "Puglia", "Sardegna", "Calabria"],
    "PL": ["mazowieckie", "małopolskie", "śląskie", "pomorskie", "podkarpackie", "wielkopolskie", "dolnośląskie"],
    "SE": ["Skåne", "Västra Götaland", "Norrbotten", "Dalarna", "Gotland", "Värmland", "Jämtland"],
    "NO": ["Vestland", "Nordland", "Trøndelag", "Rogaland", "Innlandet", "Agder"],
    "DK": ["Nordjylland", "Midtjylland", "Sjælland", "Fyn", "Bornholm", "Sønderjylland"],
    "FI": ["Uusimaa", "Pirkanmaa", "Lappi", "Pohjois-Pohjanmaa", "Varsinais-Suomi", "Keski-Suomi"],
    "CZ": ["Jihomoravský kraj", "Vysočina", "Středočeský kraj", "Moravskoslezský kraj", "Liberecký kraj", "Zlínský kraj"],
    "RO": ["Cluj", "Timiș", "Bihor", "Prahova", "Maramureș", "Suceava", "Argeș"],
    "GR": ["Crete", "the Peloponnese", "Attica", "Epirus", "Thessaly"],
    "UA": ["Lviv Oblast", "Zakarpattia", "Poltava Oblast", "Vinnytsia Oblast"],
    "RU": ["Tatarstan", "Krasnodar Krai", "the Altai Republic", "Karelia"],
    "MX": ["Jalisco", "Nuevo León", "Oaxaca", "Yucatán", "Chiapas", "Veracruz"],
    "AR": ["Santa Fe", "Mendoza", "Neuquén", "Salta", "Misiones"],
    "CO": ["Antioquia", "Cundinamarca", "Valle del Cauca", "Santander", "Boyacá"],
    "CL": ["Biobío", "Araucanía", "Los Lagos", "Coquimbo", "Magallanes"],
    "PE": ["Cusco", "Loreto", "Piura", "Áncash"],
    "BR": ["Minas Gerais", "Bahia", "Rio Grande do Sul", "Santa Catarina", "Pernambuco", "Paraná", "Goiás", "Ceará"],
    "JP": ["Hokkaido", "Okinawa", "Kanagawa", "Nagano", "Hyogo"], "CN": ["Guangdong", "Zhejiang", "Sichuan", "Yunnan", "Jiangsu"],
    "TW": ["Hualien County", "Yilan County", "Pingtung County"], "HK": ["the New Territories", "Lantau", "Hong Kong Island"],
    "KR": ["Gyeonggi-do", "Jeju-do", "Gangwon-do"], "SG": ["the East Region", "the North-East Region"],
    "MY": ["Selangor", "Sabah", "Johor", "Sarawak"], "ID": ["Jawa Barat", "Jawa Timur", "Bali", "Sumatera Utara", "Kalimantan Timur", "Sulawesi Selatan"],
    "PH": ["Batangas", "Pampanga", "Ilocos Norte", "Mindanao"], "VN": ["Quảng Ninh", "Lâm Đồng", "Khánh Hòa"],
    "TH": ["Isan", "Krabi Province", "Phang Nga"], "HU": ["Pest megye", "Baranya", "Hajdú-Bihar", "Borsod-Abaúj-Zemplén", "Győr-Moson-Sopron"],
}
REGIONS_NATIVE = {"JP": ["北海道", "沖縄県", "神奈川県", "長野県", "兵庫県", "静岡県"],
                  "CN": ["广东省", "浙江省", "四川省", "云南省", "江苏省", "湖北省"]}

_RO_MAN = ["I", "II", "III", "IV", "V"]
# Cultures whose names are not written "First Middle Last" (family name first, or given names of two syllables)
_NO_MIDDLE = ("JP", "CN", "KR", "TW", "HK", "VN", "TH", "SG", "MY", "HU")
# Particles that only go with particular surnames: the whole surname is drawn
_ES_PS = ["de la Fuente", "del Río", "de los Santos", "de la Cruz", "del Valle", "de la Torre", "de León", "del Castillo",
          "de la Peña", "de las Heras"]
_PT_PS = ["da Silva", "dos Santos", "de Souza", "da Costa", "dos Reis", "das Neves", "de Oliveira", "do Nascimento",
          "da Conceição", "de Jesus", "da Rocha"]
_PARTICLE_SURNAMES = {
    "ZA": ["van der Merwe", "du Plessis", "le Roux", "van Wyk", "du Toit", "van Niekerk", "de Villiers", "van Rensburg"],
    "ES": _ES_PS, "MX": _ES_PS, "AR": _ES_PS, "CO": _ES_PS, "CL": _ES_PS, "PT": _PT_PS, "BR": _PT_PS,
    "NL": ["van der Berg", "van den Broek", "de Vries", "van Dijk", "ter Horst", "in 't Veld", "van der Meer", "de Boer",
           "van Leeuwen", "op den Brouw", "ten Cate", "van de Kamp", "de Groot", "van 't Hof"],
    "BE": ["Van den Bossche", "De Smet", "Van Damme", "De Backer", "Vanden Eynde", "Van der Linden", "De Wilde",
           "Van Acker", "D'Hondt"],
    "FR": ["Le Goff", "Le Gall", "Le Bihan", "de La Fontaine", "du Bois", "de Villiers", "Le Floch", "d'Arcy"],
}


def _gen(doc: Any) -> Any:
    """generate.py's module (imported as __main__ or as generate), without importing it again."""
    return sys.modules[type(doc).__module__]


def _loc(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "LOCATION", {"subtype": sub})


def _per(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "PERSON", {"subtype": sub})


def _tr_lower(s: str) -> str:
    return s.replace("İ", "i").replace("I", "ı").lower()


def _tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def _tr_suffix(word: str, case: str) -> str:
    low = _tr_lower(word)
    vowels = [ch for ch in low if ch in "aeıioöuü"]
    v = vowels[-1] if vowels else "e"
    back = v in "aıou"
    ends_vowel = low[-1] in "aeıioöuü"
    hard = low[-1] in "çfhkpsşt"
    if case == "dat":
        return ("y" if ends_vowel else "") + ("a" if back else "e")
    if case == "loc":
        return ("t" if hard else "d") + ("a" if back else "e")
    if case == "abl":
        return ("t" if hard else "d") + ("an" if back else "en")
    if case == "gen":
        return ("n" if ends_vowel else "") + {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u",
                                               "ö": "ü", "ü": "ü"}[v] + "n"
    raise KeyError(case)


def _split_particle(last: str) -> tuple[str, str]:
    """('van der', 'Berg') for 'van der Berg'; ('', last) when the surname has no lower-case particle."""
    words = last.split(" ")
    i = 0
    while i < len(words) - 1 and (words[i][:1].islower() or words[i] in ("'t",)):
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


# ----------------------------------------------------------------------------------------------
# People with a particular name shape
# ----------------------------------------------------------------------------------------------

def _other_last(doc: Any, p: Any) -> str:
    g, c = doc.g, p.culture
    for _ in range(20):
        if c.loc and not c.names:
            f = g.fk(c.loc)
            other = f.last_name_female() if p.female else f.last_name_male()
        else:
            other = doc.r.choice(c.names[2]) if c.names else g.fk("en_US").last_name()
        if other != p.last and " " not in other:
            return other
    return other


def _shape(doc: Any, key: str, kind: str, gender: str | None) -> None:
    gen, g, r = _gen(doc), doc.g, doc.r
    assert key not in doc.people, f"«T3:shape:{key}:{kind}» must come before any other {key} slot"
    allowed = SHAPE_CULTURES.get(kind)
    if doc.lang == "en":
        code = g.cultures.pick(allowed) if allowed else g.cultures.pick()
    else:
        cands = [c for c in doc.pool if allowed is None or c in allowed]
        assert cands, (doc.lang, kind, doc.pool)
        code = doc.home.code if doc.home.code in cands and r.random() < 0.7 else r.choice(cands)
    culture = gen.CULTURE[code]
    want = {"f": True, "m": False}.get(gender or "")
    if kind == "hu_ne":
        want = True
    if kind == "patronymic":
        want = None
    p = g.person(culture, doc.lang)
    for _ in range(40):
        if want is None or p.female == want:
            break
        p = g.person(culture, doc.lang)
    assert want is None or p.female == want, (key, kind)
    if kind == "nick":
        entries = [e for e in NICKNAMES[code] if e[0] == p.female]
        _fem, formal, nicks = r.choice(entries)
        p.first = formal
        doc.vars[("t3nick", key)] = r.choice(nicks)
    elif kind == "double_last":
        p.last = f"{p.last}-{_other_last(doc, p)}"
    elif kind == "double_first":
        males, females = DOUBLE_FIRST[code]
        p.first = r.choice(females if p.female else males)
    elif kind == "particle" and code in _PARTICLE_SURNAMES and (code != "FR" or r.random() < 0.6):
        p.last = r.choice(_PARTICLE_SURNAMES[code])
    elif kind == "particle":
        core = _split_particle(p.last)[1]
        part = r.choice(PARTICLES[code])
        if part.endswith("'") and core[:1].upper() not in "AEIOUÉ":
            part = PARTICLES[code][0]
        if " " not in core:   # Faker surnames that already have a particle ("Van Dyck") stay as they are
            p.last = f"{part}{core}"
    elif kind == "two_last":
        if " " not in p.last:
            p.last = f"{p.last} {_other_last(doc, p)}"
    elif kind == "pt_multi":
        if r.random() < 0.5:
            males, females = DOUBLE_FIRST[code]
            p.first = r.choice(females if p.female else males)
        part = r.choice(["da ", "dos ", "de ", "", ""])
        p.last = f"{part}{_other_last(doc, p)} {p.last}"
    elif kind == "hu_ne":
        husband = g.fk("hu_HU").last_name_male()
        p.last = f"{husband}né {p.last}"
    elif kind == "patronymic":
        father = r.choice(sorted(_PATRONYMIC[code]))
        p.first = f"{p.first} {_PATRONYMIC[code][father][1 if p.female else 0]}"
    else:
        assert kind in ("f", "m", "any"), kind
    doc.people[key] = p


# ----------------------------------------------------------------------------------------------
# Addresses
# ----------------------------------------------------------------------------------------------

def _state(g: Any, code: str) -> str:
    if code == "CA":
        return g.fk("en_CA").province_abbr()
    return g.fk({"US": "en_US", "AU": "en_AU"}[code]).state_abbr()


def _po_box(doc: Any, p: Any) -> list[tuple[str, Any]]:
    g, r, c = doc.g, doc.r, p.culture
    code = c.code
    native = p.native_first is not None
    city = p.city()
    pc = g.postcode(c) or ""
    n = str(r.choice([r.randint(10, 999), r.randint(1000, 9999), r.randint(10000, 99999)]))
    if native and code == "JP":
        return [("〒", None), (f"{pc} {city}中央郵便局 私書箱{r.randint(1, 300)}号", _loc("po_box"))]
    if native and code == "CN":
        return [(f"{city}市{r.randint(100, 9999)}信箱", _loc("po_box"))]
    sep = r.choice([", ", "\n"])
    fmts: dict[str, list[str]] = {
        "DE": ["Postfach {n}{sep}{pc} {city}", "Postfach {n6}{sep}{pc} {city}"],
        "AT": ["Postfach {n}, {pc} {city}"], "CH": ["Postfach{sep}{pc} {city}", "Postfach {n}, {pc} {city}"],
        "FR": ["BP {n}{sep}{pc} {city} Cedex", "CS {n5}{sep}{pc} {CITY} CEDEX {k}"],
        "BE": ["Postbus {n}, {pc} {city}"], "NL": ["Postbus {n}{sep}{pc} {city}", "Postbus {n}, {pc} {CITY}"],
        "ES": ["Apartado de Correos {n}, {pc} {city}"], "MX": ["Apartado Postal {n}, C.P. {pc}, {city}"],
        "AR": ["Casilla de Correo {n}, {pc} {city}"], "CO": ["Apartado Aéreo {n}, {city}"],
        "CL": ["Casilla {n}, {city}"], "PE": ["Apartado {n}, {city}"],
        "PT": ["Apartado {n}{sep}{pc} {city}"], "BR": ["Caixa Postal {n}, CEP {pc}, {city} - {uf}"],
        "IT": ["Casella Postale {n}, {pc} {city}", "C.P. {n} – {pc} {city}"],
        "PL": ["skr. poczt. {n}, {pc} {city}", "Skrytka pocztowa nr {n}{sep}{pc} {city}"],
        "SE": ["Box {n}{sep}{pc} {city}"], "NO": ["Postboks {n} Sentrum, {pc} {city}", "Postboks {n}{sep}{pc} {CITY}"],
        "DK": ["Postboks {n}, {pc} {city}"], "FI": ["PL {n}{sep}{pc} {CITY}", "PL {n}, {pc} {city}"],
        "CZ": ["P. O. BOX {n}, {pc} {city}", "poštovní přihrádka {n}, {pc} {city}"],
        "HU": ["{pc} {city}, Pf. {n}", "{city}, Pf. {n}, {pc}"], "RO": ["OP {k}, CP {n}, {pc} {city}"],
        "TR": ["P.K. {n}, {pc} {city}"], "ID": ["Kotak Pos {n}, {city} {pc}"],
        "US": ["PO Box {n}, {city}, {st} {pc}", "P.O. Box {n}{sep}{city}, {st} {pc}"],
        "CA": ["PO Box {n}, Station {L}, {city}, {st} {pc}"],
        "GB": ["PO Box {n}, {city} {pc}", "PO Box {n}{sep}{city}{sep}{pc}"],
        "AU": ["PO Box {n}, {city} {st} {pc}", "GPO Box {n}, {city} {st} {pc}", "Locked Bag {n}, {city} {st} {pc}"],
        "NZ": ["PO Box {n}, {city} {pc}", "Private Bag {n}, {city}"], "IE": ["PO Box {n}, {city}"],
        "IN": ["Post Box No. {n}, {city} {pc}", "P.B. No. {n}, {city} - {pc}"],
        "KE": ["P.O. Box {n}-{pc}, {city}", "P.O. Box {n} - {pc}{sep}{CITY}"],
        "NG": ["P.O. Box {n}, {city}", "P.M.B. {n}, {city}"], "GH": ["P.O. Box {LL} {n}, {city}"],
        "ZA": ["PO Box {n}, {city}, {pc}", "Private Bag X{n}, {city} {pc}"],
        "SN": ["BP {n}, {city}"], "MA": ["B.P. {n}, {pc} {city}"], "SA": ["P.O. Box {n}, {city} {pc}"],
        "AE": ["P.O. Box {n}, {city}", "PO Box {n}{sep}{city}"], "LB": ["P.O. Box {n}-{k}, {city}"],
    }
    fmt = r.choice(fmts.get(code, ["P.O. Box {n}, {city}" + (" {pc}" if pc else "")]))
    st = _state(g, code) if code in ("US", "CA", "AU") else ""
    text = fmt.format(n=n, n5=f"{r.randint(10000, 99999)}", n6=f"{r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
                      sep=sep, pc=pc, city=city, CITY=city.upper(), st=st, k=r.randint(1, 9), L=r.choice("ABCDEFK"),
                      LL=r.choice(["CT", "KN", "AN", "OS"]), uf=r.choice(["SP", "RJ", "MG", "RS", "PR", "BA"]))
    return [(text, _loc("po_box"))]


def _address_floor(doc: Any, p: Any, multiline: bool = False) -> list[tuple[str, Any]]:
    g, r, c = doc.g, doc.r, p.culture
    code = c.code
    native = p.native_first is not None
    k, n = r.randint(1, 9), r.randint(1, 48)
    if native and code == "JP":
        addr = g.fk("ja_JP").address().replace("\n", " ")
        room = f"{r.choice(['ハイツ', 'コーポ', 'レジデンス', 'ビル'])}{r.randint(1, 12)}0{r.randint(1, 9)}号室"
        if r.random() < 0.5:
            room = f"{r.choice(['第2', '第3', '中央', '駅前'])}ビル{r.randint(2, 12)}F"
        return [("〒", None), (f"{g.postcode(c)} {addr} {room}", _loc("address"))]
    if native and code == "CN":
        addr = g.fk("zh_CN").address().replace("\n", " ").rsplit(" ", 1)[0]
        block = "" if addr.endswith("座") else f"{r.choice('ABCD')}座"
        return [(f"{addr}{block}{k}楼{k}{r.randint(1, 20):02d}室", _loc("address"))]
    street, city, pc = g.street(c), p.city(), g.postcode(c) or ""
    sep = "\n" if multiline else ", "
    uf = r.choice(["SP", "RJ", "MG", "RS", "PR", "SC"])
    L = r.choice("ABCD")
    st = _state(g, code) if code in ("US", "CA", "AU") else ""
    fmts: dict[str, list[str]] = {
        "DE": ["{street}, {k}. OG{sep}{pc} {city}", "{street}, Hinterhaus, {k}. Etage{sep}{pc} {city}",
               "{street}, Aufgang {L}{sep}{pc} {city}"],
        "AT": ["{street}, Stiege {k}, Top {n}{sep}{pc} {city}"], "CH": ["{street}, {k}. Stock{sep}{pc} {city}"],
        "FR": ["Bâtiment {L}, {k}e étage{sep}{street}{sep}{pc} {city}",
               "Résidence {res}, appt {n}{sep}{street}{sep}{pc} {city}"],
        "BE": ["{street} bus {n}{sep}{pc} {city}"],
        "NL": ["{street}-{nl}{sep}{pc} {city}", "{street} {nl2}{sep}{pc} {city}"],
        "ES": ["{street}, {k}º {n2}ª{sep}{pc} {city}", "{street}, {k}.º izda.{sep}{pc} {city}",
               "{street}, esc. {L}, {k}º {L}{sep}{pc} {city}"],
        "MX": ["{street}, Col. {col}, C.P. {pc}, {city}"], "AR": ["{street}, Piso {k}, Dto. {L}{sep}{pc} {city}"],
        "CO": ["{street}, Apto {k}0{n2}{sep}{city}"], "CL": ["{street}, Depto. {k}0{n2}{sep}{city}"],
        "PE": ["{street}, Dpto. {k}0{n2}{sep}{city}"],
        "IT": ["{street}, scala {L}, interno {n}{sep}{pc} {city}", "{street}, {k}° piano{sep}{pc} {city}"],
        "PT": ["{street}, {k}.º {pt}{sep}{pc} {city}"],
        "BR": ["{street}, apto {k}{n2:02d}, bloco {L} – {bairro}{sep}{city} – {uf}, {pc}",
               "{street}, sala {k}0{n2}{sep}{city}/{uf}, CEP {pc}"],
        "PL": ["{street}/{n}{sep}{pc} {city}", "{street} m. {n}{sep}{pc} {city}", "{street}, lok. {n}{sep}{pc} {city}"],
        "SE": ["{street}, lgh {k}{n2:03d}{sep}{pc} {city}", "{street}, {k} tr{sep}{pc} {city}"],
        "NO": ["{street}, H0{k}0{n2}{sep}{pc} {city}", "{street}, {k}. etg.{sep}{pc} {city}"],
        "DK": ["{street}, {k}. {dk}{sep}{pc} {city}"],
        "FI": ["{street} {L} {n}{sep}{pc} {city}", "{street} as. {n}{sep}{pc} {CITY}"],
        "CZ": ["{street}, byt č. {n}{sep}{pc} {city}", "{street}, {k}. patro{sep}{pc} {city}"],
        "HU": ["{pc} {city}, {street} {rom}. em. {n}.", "{pc} {city}, {street} fszt. {n}."],
        "RO": ["{street}, bl. {L}{k}, sc. {n2}, et. {k}, ap. {n}{sep}{pc} {city}"],
        "TR": ["{street} Kat: {k} Daire: {n}{sep}{pc} {city}", "{street} D:{n}{sep}{pc} {city}"],
        "ID": ["{street}, RT {n:03d}/RW {k:03d}{sep}{city} {pc}", "Gedung {L}, Lt. {k}, {street}{sep}{city} {pc}"],
        "US": ["{street}, {us} {n}{sep}{city}, {st} {pc}"], "CA": ["{n}-{street}{sep}{city}, {st} {pc}"],
        "GB": ["Flat {n}, {street}{sep}{city} {pc}", "Unit {n}, {street}{sep}{city}{sep}{pc}"],
        "AU": ["Unit {n}/{street}{sep}{city} {st} {pc}", "Level {k}, {street}{sep}{city} {st} {pc}"],
        "NZ": ["Flat {n}, {street}{sep}{city} {pc}"], "IE": ["Apartment {n}, {street}{sep}{city}"],
        "IN": ["Flat {k}0{n2}, {L}-Wing, {soc} CHS, {street}{sep}{city} {pc}",
               "{k}th Floor, {soc} Tower, {street}{sep}{city} - {pc}"],
    }
    default = ["{street}, Floor {k}{sep}{city}" + (" {pc}" if pc else ""), "Apt {n}, {street}{sep}{city}" + (" {pc}" if pc else "")]
    fmt = r.choice(fmts.get(code, default))
    if code == "RO" and "Ap." in street:
        fmt = "{street}{sep}{pc} {city}"
    if code == "US" and ("Suite" in street or "Apt" in street):
        fmt = "{street}{sep}{city}, {st} {pc}"
    if code == "GB" and street.startswith("Flat"):
        fmt = "{street}{sep}{city} {pc}"
    text = fmt.format(street=street, city=city, CITY=city.upper(), pc=pc, sep=sep, k=k, n=n, n2=r.randint(1, 20), L=L,
                      st=st, uf=uf, rom=_RO_MAN[min(k, 5) - 1],
                      res=r.choice(["Les Tilleuls", "Le Clos des Vignes", "Les Jardins de l'Ouest", "Le Parc Fleuri"]),
                      nl=r.choice(["hs", "I", "II", "III", "2", "A"]), nl2=r.choice(["bis", "hs", "A", "B"]),
                      col=r.choice(["Roma Norte", "Del Valle", "Juárez", "Centro", "Providencia", "Chapultepec"]),
                      bairro=r.choice(["Pinheiros", "Savassi", "Boa Viagem", "Moinhos de Vento", "Centro", "Copacabana"]),
                      pt=r.choice(["Esq.", "Dto.", "Frente", "Trás"]), dk=r.choice(["tv.", "th.", "mf."]),
                      us=r.choice(["Apt", "Suite", "Unit", "Apt.", "#"]),
                      soc=r.choice(["Shanti", "Sai Krupa", "Green Valley", "Lakeview", "Prestige"]))
    text = text.replace("# ", "#").replace(" ,", ",")   # es_MX streets: "Edif. 418 , Depto. 759"
    return [(text, _loc("address"))]


def _address_short(doc: Any, p: Any) -> list[tuple[str, Any]]:
    g = doc.g
    if p.native_first is not None:
        return [(g.address(p.culture, native=True), _loc("address"))]
    return [(f"{g.street(p.culture)}, {p.city()}", _loc("address"))]


def _region(doc: Any, code: str, native: bool) -> str:
    if native and code in REGIONS_NATIVE:
        return doc.r.choice(REGIONS_NATIVE[code])
    if code == "US":
        return doc.g.fk("en_US").state()
    return doc.r.choice(REGIONS[code])


# ----------------------------------------------------------------------------------------------
# The «T3:…» slot
# ----------------------------------------------------------------------------------------------

def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    """Render «T3:spec» for generate.py's Doc: a list of (text, annotation or None)."""
    gen, r = _gen(doc), doc.r
    head, _, rest = spec.partition(":")
    if head == "shape":
        key, _, kind = rest.partition(":")
        kind, _, gender = kind.partition(":")
        if kind in ("f", "m"):
            kind, gender = "any", kind
        _shape(doc, key, kind, gender or None)
        return []
    if head == "PN":
        sub, _, choices = rest.partition(":")
        return [(r.choice(choices.split("|")), _per(sub))]
    if head == "REGION":
        native = doc.lang in ("ja", "zh")
        code = rest or ({"ja": "JP", "zh": "CN"}.get(doc.lang) or r.choice(doc.pool))
        return [(_region(doc, code, native), _loc("region"))]
    if head == "CITY_TR":
        city = doc.g.city(gen.CULTURE["TR"])
        return [(city, _loc("city")), ("'" + _tr_suffix(city, rest), None)]
    assert head in PERSON_KEYS, spec
    key, p = head, doc.person(head)
    attr, _, arg = rest.partition(":")
    if attr in ("nick", "nick_lower", "nick_full"):
        nick = doc.vars[("t3nick", key)]
        if attr == "nick_full":
            return [(f"{nick} {p.d_last}", _per("full_name"))]
        return [(nick.lower() if attr == "nick_lower" else nick, _per("nickname"))]
    if attr == "last_upper_first":
        up = _tr_upper(p.d_last) if p.culture.code == "TR" else p.d_last.upper()
        return [(f"{up} {p.d_first}", _per("full_name"))]
    if attr == "last_lower":
        low = _tr_lower(p.d_last) if p.culture.code == "TR" else p.d_last.lower()
        return [(low, _per("last_name"))]
    if attr == "last_cap":
        return [(p.d_last[:1].upper() + p.d_last[1:], _per("last_name"))]
    if attr == "nl_sort":
        part, core = _split_particle(p.last)
        return [(f"{core}, {p.first} {part}" if part else f"{p.last}, {p.first}", _per("full_name"))]
    if attr == "tussen":
        return [(_split_particle(p.last)[0], None)]
    if attr == "last_core":
        return [(_split_particle(p.last)[1], _per("last_name"))]
    if attr in ("full_middle", "first_mid_initial"):
        if p.native_first is not None or p.culture.family_first or p.culture.code in _NO_MIDDLE:
            return [(p.full(), _per("full_name"))]
        if ("t3mid", key) not in doc.vars:
            c = p.culture
            for _ in range(20):
                if c.loc and not c.names:
                    f = doc.g.fk(c.loc)
                    mid = f.first_name_female() if p.female else f.first_name_male()
                else:
                    mid = r.choice(c.names[1] if p.female else c.names[0]) if c.names else "Marie"
                if mid != p.first and " " not in mid:
                    break
            doc.vars[("t3mid", key)] = mid
        mid = doc.vars[("t3mid", key)]
        if attr == "first_mid_initial":
            return [(f"{p.first} {mid[0]}. {p.last}", _per("full_name"))]
        return [(f"{p.first} {mid} {p.last}", _per("full_name"))]
    if attr == "first_tr":
        return [(p.d_first, _per("first_name")), ("'" + _tr_suffix(p.d_first, arg), None)]
    if attr == "region":
        return [(_region(doc, p.culture.code, p.native_first is not None), _loc("region"))]
    if attr == "po_box":
        return _po_box(doc, p)
    if attr in ("address_floor", "address_floor_ml"):
        return _address_floor(doc, p, multiline=attr.endswith("_ml"))
    if attr == "address_short":
        return _address_short(doc, p)
    raise KeyError(f"unknown T3 slot «T3:{spec}»")


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------

_EXONYMS_EN = "Munich|Cologne|Nuremberg|Vienna|Zurich|Geneva|Milan|Turin|Florence|Venice|Seville|Lisbon|Gothenburg|Cracow|Bruges|Copenhagen"

TICKETS: list[dict[str, Any]] = [
    {"id": "t3_ticket_billing_move", "kind": "ticket", "lang": "en", "body":
        "Subject: Change of billing address – account «N:order_number:bare»\n\n"
        "Hi team,\n\n"
        "«P1.first» here again. We closed the office on «P1.street» last month, so please stop sending paper invoices there. "
        "From now on letters go to our PO box:\n\n«T3:P1:po_box»\n\n"
        "Deliveries (not letters!) should go to the warehouse instead: «T3:P1:address_floor». Ask for «P2.last» at the gate – "
        "that's our yard supervisor.\n"
        "The postcode for the tax form is «P1.postcode», region «T3:P1:region».\n\n"
        "Thanks,\n«P1.full»\n«NW:job_title:Office Manager|Head of Operations|Facilities Coordinator|Finance Assistant»\n«PL» «P1.phone»"},
    {"id": "t3_ticket_new_starter", "kind": "ticket", "lang": "en", "body":
        "Ticket «N:order_number:bare» · Priority: normal · Queue: Onboarding\n"
        "Requester: «P2.full» («NW:job_title:HR Business Partner|People Ops Lead|Talent Acquisition Manager»)\n"
        "Approver: «P3.initial_last»\n\n"
        "New starter «T3:P1:full_middle» joins the «L:city:" + _EXONYMS_EN + "» office on «N:date:bare». "
        "«P1.first» will sit with «P4.full»'s team on the second floor.\n"
        "Please create a laptop profile and add «P1.first_initial» to the team distribution lists. Until «P1.first» has a "
        "company phone, «P3.last» can be reached on «P3.mobile».\n"
        "Payroll needs the SSN before the first run: «SSN».\n"
        "Home address for the welcome pack (do not share):\n«P1.address_ml»\n"
        "«NW:month_weekday:June|April|May» reviews are already booked, so no need to add «P1.first» to those."},
    {"id": "t3_ticket_parcel_pobox", "kind": "ticket", "lang": "en", "body":
        "Complaint #«X:num:10000-99999» – parcel returned to sender\n\n"
        "Good day,\n"
        "My name is «P1.full» and I have been waiting since «N:date:bare» for a parcel (tracking «N:tracking_number:bare»). "
        "The courier says the address could not be found, but I have used «T3:P1:po_box» for years without any problem.\n"
        "If a street address is easier, please deliver to my cousin «P2.first» at «P2.address». «P2.first» is at home after 4pm, "
        "number «P2.phone».\n"
        "The rider who called me, one «P3.first», said he was in «CITY» and not in «P1.city» at all!!\n"
        "Kindly refund «N:amount:bare» to the card I paid with («CARD») if you cannot deliver by «X:weekday».\n"
        "«P1.first_initial»"},
    {"id": "t3_ticket_signin_incident", "kind": "ticket", "lang": "en", "body":
        "INC-«X:num:1000-9999»: suspicious sign-ins for user «P1.full»\n"
        "Reported by: «P2.fullr» (SOC, «L:city:" + _EXONYMS_EN + "» shift)\n"
        "Assigned: «T3:P3:last_upper_first»\n\n"
        "Timeline (UTC)\n"
        "«N:timestamp:bare»  login from «IP4» – geo: «CITY», «COUNTRY»\n"
        "«N:timestamp:bare»  MFA push denied by «P1.first»\n"
        "«N:timestamp:bare»  login from «IP6» – geo: «COUNTRY»\n\n"
        "«P1.first» confirmed by phone («P1.phone») that the second attempt was not theirs. Password reset done by «P3.first».\n"
        "«NW:capitalised_word:Mark» this as resolved once «P2.first» has checked the VPN logs. "
        "«NW:capitalised_word:Will» the user need a new hardware token? Ask «P3.last»."},
    {"id": "t3_ticket_de_wasserschaden", "kind": "ticket", "lang": "de", "body":
        "«T3:shape:P1:double_last»«T3:shape:P4:m»Betreff: Wasserschaden in der Wohnung «P1.last», Hinterhaus\n\n"
        "Guten Tag,\n\n"
        "seit Montag tropft bei uns im Bad Wasser von der Decke. Die Wohnung darüber gehört «P2.title_last», die Eigentümer "
        "sind aber bis Ende des Monats in «L:city:Mailand|Lissabon|Warschau|Prag|Kopenhagen|Venedig» (die Nachbarn, «P3.full», "
        "haben einen Schlüssel).\n"
        "Unsere Anschrift: «T3:P1:address_floor»\n"
        "Der Hausmeister, «P4.title_last», sagt, ohne Auftrag dürfe er nichts machen. Bitte schicken Sie einen Installateur; "
        "erreichbar bin ich unter «P1.mobile».\n\n"
        "Freundliche Grüße\n«P1.full»"},
    {"id": "t3_ticket_fr_sav", "kind": "ticket", "lang": "fr", "body":
        "Objet : Réclamation commande «N:order_number:bare» – livraison non effectuée\n\n"
        "Bonjour,\n\n"
        "Je vous écris pour le compte de «T3:P1:last_upper_first», client chez vous depuis 2015, qui a commandé un lave-linge "
        "le «N:date:bare». Le livreur (un certain «P3.first») est passé à «P1.city» alors que personne n'avait été prévenu.\n"
        "Adresse complète : «T3:P1:address_floor»\n"
        "Merci de rappeler «P1.title_last» au «P1.landline» plutôt que sur mon portable. Pour le remboursement, son IBAN : "
        "«IBAN»{?, BIC «BIC:FR»?}.\n\n"
        "Cordialement,\n«P2.full_fr»"},
    {"id": "t3_ticket_es_paquete", "kind": "ticket", "lang": "es", "body":
        "«T3:shape:P1:two_last»Asunto: Paquete «N:tracking_number:bare» devuelto al remitente\n\n"
        "Hola:\n"
        "Soy «P1.full». El repartidor dejó un aviso de “destinatario desconocido”, pero vivo en «T3:P1:address_floor» desde "
        "hace diez años. El portero, «P2.first», confirma que nadie llamó al telefonillo, y «P3.full» estuvo en casa toda la "
        "mañana.\n"
        "Por favor, vuelvan a enviarlo o déjenlo en la oficina de Correos de «P1.city».\n"
        "Mi móvil: «P1.mobile».\n\n"
        "Un saludo,\n«P1.first_initial»"},
    {"id": "t3_ticket_it_infiltrazioni", "kind": "ticket", "lang": "it", "body":
        "Oggetto: Infiltrazioni – «T3:P1:address_floor»\n\n"
        "Buongiorno,\n"
        "sono «P1.full» e abito nell'appartamento indicato in oggetto. Dal «N:date:bare» c'è una macchia di umidità sul "
        "soffitto della cucina. L'inquilino del piano di sopra, «P2.title_last», è in «T3:REGION:IT» fino a settembre; "
        "la chiave ce l'ha il portiere, chiedete a «P3.last».\n"
        "Il tecnico può chiamarmi al «P1.mobile» (dopo le 18) oppure scrivere a «P1.email».\n"
        "Grazie, «P1.first»"},
    {"id": "t3_ticket_nl_overlast", "kind": "ticket", "lang": "nl", "body":
        "«T3:shape:P1:particle»Melding «X:num:100000-999999» – geluidsoverlast\n\n"
        "Goedemiddag,\n"
        "Namens de bewonerscommissie van «P1.street»: de bovenburen (fam. «P2.last») hebben sinds «N:date:bare» bijna elke "
        "nacht een feest. Ook «P3.title_last» van nr. «X:num:2-40» klaagt erover.\n"
        "Wilt u contact opnemen met ondergetekende? Tel. «P1.phone».\n"
        "Post graag naar: «T3:P1:po_box»\n"
        "«T3:P1:last_cap» is de hele week thuis, dus een huisbezoek kan ook.\n\n"
        "Hartelijke groet,\n«P1.full»\n«NW:job_title:Voorzitter bewonerscommissie|Secretaris VvE»"},
    {"id": "t3_ticket_pt_encomenda", "kind": "ticket", "lang": "pt", "pool": ["BR", "BR", "PT"], "body":
        "«T3:shape:P1:pt_multi»Assunto: Encomenda extraviada – pedido «N:order_number:bare»\n\n"
        "Olá, boa tarde.\n"
        "Meu nome é «P1.full» e a minha encomenda consta como entregue, mas ninguém recebeu. O porteiro, «P2.first», diz "
        "que não passou nenhum entregador.\n"
        "Endereço cadastrado: «T3:P1:address_floor»\n"
        "Se preferirem, podem enviar para a caixa postal da empresa: «T3:P1:po_box».\n"
        "WhatsApp «P1.mobile». Desde já agradeço!\n«P1.first»"},
    {"id": "t3_ticket_pl_reklamacja", "kind": "ticket", "lang": "pl", "body":
        "«T3:shape:P2:nick:f»Temat: Reklamacja – przesyłka «N:tracking_number:bare»\n\n"
        "Dzień dobry,\n"
        "nazywam się «T3:P1:last_upper_first» (tak figuruję w systemie). Kurier oznaczył paczkę jako doręczoną sąsiadce, "
        "ale ona od tygodnia jest na urlopie w «L:city:Zakopanem|Sopocie|Gdańsku|Krakowie|Toruniu». Sąsiadka – "
        "«T3:P2:nick», czyli pani «P2.full» – potwierdza, że nic nie odbierała.\n"
        "Mój adres: «T3:P1:address_floor»\n"
        "Proszę o kontakt: «P1.mobile» lub «P1.email».\n\n"
        "Z poważaniem\n«P1.full»"},
    {"id": "t3_ticket_sv_felanmalan", "kind": "ticket", "lang": "sv", "body":
        "«T3:shape:P1:double_first»Ärende: Felanmälan – «T3:P1:address_floor»\n\n"
        "Hej!\n"
        "Ventilationen i badrummet har inte fungerat sedan «N:date:bare». Jag har pratat med «P2.first» i styrelsen, som sa "
        "att ni skulle skicka någon under vecka «X:num:2-51». Ingen har hört av sig.\n"
        "Jag jobbar i «L:city:Göteborg|Malmö|Uppsala|Västerås|Lund» på dagarna men min sambo «P3.full» är hemma på "
        "förmiddagarna, tfn «P3.mobile».\n"
        "Fakturan för reparationen skickas till föreningens postadress: «T3:P1:po_box».\n"
        "Mvh «P1.full»"},
    {"id": "t3_ticket_tr_kargo", "kind": "ticket", "lang": "tr", "body":
        "Konu: «N:order_number:bare» numaralı sipariş hâlâ gelmedi\n\n"
        "Merhaba,\n"
        "«N:date:bare» tarihinde verdiğim sipariş beş gündür «T3:CITY_TR:loc» aktarma merkezinde bekliyor. Kurye "
        "«P2.title_last» aradığında evde değildim; paketi komşum «T3:P3:first_tr:dat» bırakabilirsiniz.\n"
        "Adres: «T3:P1:address_floor»\n"
        "Telefon: «P1.mobile»\n"
        "Teşekkürler, «P1.full»"},
    {"id": "t3_ticket_cs_reklamace", "kind": "ticket", "lang": "cs", "body":
        "«T3:shape:P2:f»«T3:shape:P3:nick:m»Předmět: Reklamace – objednávka «N:order_number:bare»\n\n"
        "Dobrý den,\n"
        "kurýr tvrdí, že nás nezastihl, ale celý den jsme byli doma. Zásilku prý nechal u paní «P2.last» – to je ovšem "
        "sousedka z vedlejšího vchodu a ta je teď v «L:city:Olomouci|Brně|Plzni|Ostravě|Liberci».\n"
        "Doručovací adresa: «T3:P1:address_floor»\n"
        "Volejte prosím na «P1.mobile», případně na «P3.phone» («T3:P3:nick», manžel).\n\n"
        "S pozdravem\n«P1.full»"},
    {"id": "t3_ticket_ja_haisou", "kind": "ticket", "lang": "ja", "body":
        "件名：配送先住所の変更について（注文番号 «N:order_number:bare»）\n\n"
        "はじめてご連絡いたします。«P1.full»と申します。\n"
        "先日注文した商品の配送先を、下記の住所に変更していただけますでしょうか。\n\n"
        "«T3:P1:address_floor»\n受取人：«P2.full» 様\n電話：«P2.phone»\n\n"
        "なお、平日は«T3:REGION»の実家に帰っているため、土曜日の午前中の配達を希望します。\n"
        "ご不明な点があれば、総務の«P3.last»さんまでご連絡ください。"},
    {"id": "t3_ticket_zh_kuandai", "kind": "ticket", "lang": "zh", "body":
        "工单标题：宽带故障报修（工单号 «N:order_number:bare»）\n\n"
        "您好，\n"
        "我家的宽带从«N:date:bare»开始就一直断断续续，装维的«P2.last»师傅上周来过一次，但问题没有解决。\n"
        "安装地址：«T3:P1:address_floor»\n"
        "联系人：«P1.full»，手机 «P1.mobile»\n"
        "我平时在«L:city:苏州|杭州|南京|无锡|宁波»上班，晚上七点以后才在家，白天可以联系我爱人«P3.full»（«P3.phone»）。"},
    {"id": "t3_ticket_id_pengiriman", "kind": "ticket", "lang": "id", "body":
        "«T3:shape:P2:m»Subjek: Keluhan pengiriman – resi «N:tracking_number:bare»\n\n"
        "Selamat siang,\n"
        "Paket saya sudah enam hari tertahan di gudang «L:city:Surabaya|Bandung|Semarang|Medan|Makassar». Kurirnya, "
        "Pak «P2.first», bilang alamat saya tidak lengkap, padahal alamatnya jelas:\n«T3:P1:address_floor»\n"
        "Kalau saya tidak di rumah, titipkan saja ke «P3.first» di warung sebelah.\n"
        "No. HP «P1.mobile»\n"
        "Terima kasih,\n«P1.full»"},
]

EMAILS: list[dict[str, Any]] = [
    {"id": "t3_email_site_visit", "kind": "email", "lang": "en", "body":
        "From: \"«P1.full»\" <«P1.work_email»>\n"
        "To: «P2.full» <«P2.work_email»>; «T3:P3:full_middle» <«P3.work_email»>\n"
        "Cc: «P4.fullr» <«P4.work_email»>\n"
        "Subject: Re: Site visit «L:city:" + _EXONYMS_EN + "» – attendees\n\n"
        "Hi «P2.first», hi «P3.first»,\n\n"
        "Confirming the list for «X:weekday»: «P1.first_initial», «P2.initial_last», «P4.first» and two people from «CO1» – "
        "«P4.first» will drive from the airport; everyone else meets in the hotel lobby at 8:30.\n"
        "Site address:\n«ADDR_ML»\n\n"
        "«NW:capitalised_word:Grace» period for cancelling the rooms ends «N:date:bare».\n\n"
        "Best,\n«P1.full»\n«NW:job_title:Senior Project Manager|Regional Sales Director|Head of Procurement|Site Reliability Lead»\n"
        "«CO»\nM «P1.mobile» | T «P1.landline»"},
    {"id": "t3_email_hotel_nick", "kind": "email", "lang": "en", "body":
        "«T3:shape:P2:nick:m»Subject: Booking «N:order_number:bare» – name change and late arrival\n\n"
        "Dear reservations team,\n\n"
        "The twin room for the conference is booked under «P2.full» (everyone here calls him «T3:P2:nick», in case that is "
        "what you have on file). He is now flying in from «L:city:" + _EXONYMS_EN + "» and will only arrive after midnight – "
        "please keep the room.\n"
        "The second guest changes too: instead of «P3.full» it will be me, «P1.full».\n"
        "For the invoice please use our office address:\n«P1.address_ml»\n"
        "and mark it for the attention of «P4.first_initial» in accounts.\n"
        "«NW:month_weekday:August|June|May» is peak season for you, I know, so thank you for your flexibility!\n\n"
        "Kind regards\n«P1.first»\n«NW:job_title:Executive Assistant to the CEO|Travel Coordinator|Office Manager»\n«PL» «P1.phone»"},
    {"id": "t3_email_reference_letter", "kind": "email", "lang": "en", "body":
        "«T3:shape:P1:particle»Subject: Reference for «P1.full» – PhD application\n\n"
        "Dear Admissions Committee,\n\n"
        "I am writing in support of «P1.full», who worked in my group in «L:city:Leuven|Ghent|Utrecht|Leiden|Delft|Uppsala|Aarhus|Bergen» "
        "from 2021 to 2024. «P1.first» joined us after a master's degree in «COUNTRY» and quickly became the person everyone "
        "asked about the cluster.\n"
        "«P1.first» co-authored two papers with «P2.initial_last» and «T3:P3:first_mid_initial», and supervised our summer "
        "students (among them «P4.first» and «P5.first»). «T3:P1:last_cap»'s thesis chapter on sensor drift is the best I "
        "have read in years.\n"
        "Please contact me at «P6.work_email» or «P6.phone_intl» with any questions.\n\n"
        "Yours faithfully,\nProf. «P6.full»\n«NW:job_title:Professor of Computational Linguistics|Chair of Environmental Engineering|Head of the Robotics Lab»\n"
        "«IG:organization:KU Leuven|Utrecht University|Uppsala University|Aarhus University|TU Delft»"},
    {"id": "t3_email_payroll_forms", "kind": "email", "lang": "en", "body":
        "Subject: W-4 and direct deposit – «P1.full»\n\n"
        "Hi «P2.first»,\n\n"
        "Attached are the forms for «P1.first»'s onboarding. A few details the portal didn't accept:\n"
        "- SSN: «SSN»\n"
        "- Legal name: «T3:P1:full_middle» (goes by «P1.first»)\n"
        "- Home address: «T3:P1:address_floor»\n"
        "- Emergency contact: «P3.full», «P3.phone»\n"
        "- Bank: «IG:organization:Chase|Wells Fargo|Bank of America|Regions Bank»\n\n"
        "«P1.first» will work remotely from «T3:REGION:US» for the first month and then move to our "
        "«L:city:Austin|Denver|Raleigh|Columbus|Pittsburgh» office.\n"
        "«NW:capitalised_word:Grant» access to the payroll folder to «P4.first» as well, please.\n\n"
        "Thanks!\n«P4.full»\nPeople Operations"},
    {"id": "t3_email_de_messe", "kind": "email", "lang": "de", "body":
        "«T3:shape:P1:double_first»Von: «P1.fullr» <«P1.work_email»>\n"
        "An: «P2.fullr»; «P3.fullr»\nCc: «P4.full»\n"
        "Betreff: AW: Abstimmung Messeauftritt «L:city:Köln|Düsseldorf|Hannover|Nürnberg|Frankfurt»\n\n"
        "Hallo zusammen,\n\n"
        "kurze Zusammenfassung unseres Telefonats: «P2.first» kümmert sich um den Standbau, «P3.title_last» übernimmt die "
        "Hotelbuchung. Die Exponate gehen bitte nicht an mich, sondern an unser Lager:\n«T3:P1:address_floor»\n"
        "Rechnungen weiterhin an «T3:P1:po_box».\n"
        "«NW:month_weekday:Mai|Juni|Juli|August» wird knapp, deshalb bitte bis Freitag Rückmeldung. Frag im Zweifel "
        "«P4.last», die Unterlagen vom letzten Jahr liegen dort.\n\n"
        "Viele Grüße / Best regards\n«P1.full»\n«NW:job_title:Leiter Vertrieb|Teamleiterin Marketing|Geschäftsführer|Prokurist»\n"
        "«CO»\nTel. «P1.landline» · Mobil «P1.mobile»"},
    {"id": "t3_email_fr_compte_rendu", "kind": "email", "lang": "fr", "body":
        "«T3:shape:P2:double_first»Objet : Compte rendu – réunion du «N:date:bare»\n\n"
        "Bonjour à tous,\n\n"
        "Présents : «T3:P1:last_upper_first», «T3:P2:last_upper_first», «P3.full_fr», «P4.title_last»\n"
        "Excusé(e)s : «P5.full» (en déplacement à «L:city:Lyon|Lille|Nantes|Bordeaux|Genève|Bruxelles»)\n\n"
        "1. Le salon de «L:city:Rennes|Brest|Quimper|Vannes» est confirmé ; «P2.first» réserve le stand et l'hôtel.\n"
        "2. «P3.first» propose de déménager l'entrepôt en «L:region:Bretagne|Normandie|Occitanie|Nouvelle-Aquitaine» – à voir "
        "avec «P4.last».\n"
        "3. Les factures fournisseurs doivent désormais être adressées à : «T3:P1:po_box».\n\n"
        "Prochaine réunion mardi prochain, même heure.\n\n"
        "Bien cordialement,\n«P1.full»\n«NW:job_title:Directrice administrative et financière|Responsable logistique|Chef de projet»\n«CO»"},
    {"id": "t3_email_es_alquiler", "kind": "email", "lang": "es", "body":
        "«T3:shape:P2:nick:m»Asunto: Contrato de alquiler – «T3:P1:address_floor»\n\n"
        "Estimado/a «P3.title_last»:\n\n"
        "Le escribo en relación con el piso de la dirección indicada. Mi inquilino, «P2.full» («T3:P2:nick» para los "
        "amigos), se muda a «L:city:Monterrey|Guadalajara|Puebla|Rosario|Mendoza|Medellín|Valparaíso» a fin de mes y me pidió "
        "que le devolviéramos la fianza a esta cuenta: «IBAN:ES:spaced».\n"
        "La plaza de garaje queda libre; el «NW:product_name:Seat León|Seat Ibiza|Seat Toledo|Seat Córdoba» que está aparcado "
        "ahí es de «P2.first» y se lo lleva el sábado.\n"
        "Para cualquier duda puede llamarme al «P1.mobile» o escribir a «P1.email».\n\n"
        "Un cordial saludo,\n«P1.full»"},
    {"id": "t3_email_pt_segunda_via", "kind": "email", "lang": "pt", "pool": ["PT", "PT", "BR"], "body":
        "«T3:shape:P1:pt_multi»«T3:shape:P2:f»Assunto: Pedido de segunda via da fatura «N:invoice_number:bare»\n\n"
        "Exmos. Senhores,\n\n"
        "Na sequência do telefonema de ontem com a vossa colaboradora «P2.first», venho solicitar a segunda via da fatura "
        "indicada em assunto, que foi enviada para a morada antiga, em «L:city:Braga|Coimbra|Aveiro|Setúbal|Faro».\n"
        "A nova morada é:\n«T3:P1:address_floor»\n"
        "Caso seja mais simples, podem também enviar para o apartado: «T3:P1:po_box».\n"
        "Para qualquer esclarecimento, contactem «P3.full» (telemóvel «P3.mobile»), que trata da contabilidade lá de casa.\n\n"
        "Cumprimentos,\n«P1.full»"},
    {"id": "t3_email_pl_lista", "kind": "email", "lang": "pl", "body":
        "«T3:shape:P3:nick:f»Temat: Posiedzenie zarządu – lista uczestników\n\n"
        "Szanowni Państwo,\n\n"
        "w załączeniu przesyłam listę osób potwierdzonych na spotkanie w «L:city:Poznaniu|Krakowie|Gdańsku|Toruniu|Lublinie|Katowicach» "
        "(«N:date:bare»):\n"
        "1. «T3:P1:last_upper_first» – «NW:job_title:prezes zarządu|wiceprezes zarządu»\n"
        "2. «T3:P2:last_upper_first» – «NW:job_title:dyrektor finansowy|główna księgowa|kierownik działu IT»\n"
        "3. «P3.full» – «NW:job_title:asystentka zarządu|specjalistka ds. kadr»\n"
        "4. «P4.full» («CO2»)\n\n"
        "Rezerwację sali robi «T3:P3:nick» – w razie zmian proszę dzwonić bezpośrednio do niej: «P3.mobile».\n"
        "Korespondencję papierową prosimy kierować na adres: «T3:P1:po_box».\n\n"
        "Z poważaniem\n«P5.full»"},
    {"id": "t3_email_da_flytning", "kind": "email", "lang": "da", "body":
        "«T3:shape:P2:nick:m»Emne: Flytning af kontoret – ny adresse\n\n"
        "Hej alle,\n\n"
        "Fra den 1. i næste måned flytter vi fra «P1.street» til:\n«T3:P1:address_floor»\n"
        "«T3:P2:nick» («P2.full») står for nøglerne og kan fanges på «P2.mobile». Post sendes fortsat til «T3:P1:po_box».\n"
        "«NW:month_weekday:Fredag» den «N:date:bare» holder vi indflytningsfest – «P3.first» og «P4.first» fra "
        "«L:city:Odense|Aalborg|Esbjerg|Vejle»-kontoret kommer også.\n\n"
        "Mvh\n«P1.full»\n«NW:job_title:Kontorchef|Driftsansvarlig|Økonomichef»"},
    {"id": "t3_email_no_arsmote", "kind": "email", "lang": "no", "body":
        "«T3:shape:P1:double_first»Emne: Innkalling til årsmøte i borettslaget\n\n"
        "Hei alle sammen!\n\n"
        "Årsmøtet holdes torsdag «N:date:bare» kl. 19 i fellesrommet i kjelleren.\n"
        "Saker: ny vaktmesteravtale (tilbud fra «CO1») og vedlikehold av taket. «NW:job_title:Styreleder» «P1.full» ordner "
        "kaffe, og «P2.first» fra leilighet H0«X:num:101-504» tar referat.\n"
        "Har du spørsmål, ring «P1.first» på «P1.mobile» – eller send brev til «T3:P1:po_box».\n"
        "Beboere som er bortreist (flere er i «T3:REGION:NO» i påsken), kan gi fullmakt til en nabo.\n\n"
        "Hilsen styret v/ «P1.initial_last»"},
    {"id": "t3_email_fi_tyomatka", "kind": "email", "lang": "fi", "body":
        "«T3:shape:P2:nick:m»Aihe: Työmatka «L:city:Tampereelle|Ouluun|Turkuun|Jyväskylään» ensi viikolla\n\n"
        "Hei «P1.first»,\n\n"
        "vahvistan vielä matkan: lähdemme maanantaina klo 7.10 junalla ja palaamme keskiviikkona. Mukaan tulevat "
        "«P2.full» («T3:P2:nick»), «P3.full» ja minä. Hotelli on varattu nimellä «P3.last».\n"
        "Asiakkaan yhteyshenkilö on «P4.full», puh. «P4.phone». Toimiston osoite: «T3:P4:address_floor».\n"
        "Laskut lähetetään edelleen osoitteeseen «T3:P4:po_box».\n\n"
        "Terveisin\n«ME.full»\n«NW:job_title:Myyntipäällikkö|Projektipäällikkö|Toimitusjohtaja»"},
    {"id": "t3_email_hu_lakogyules", "kind": "email", "lang": "hu", "body":
        "«T3:shape:P2:hu_ne»Tárgy: Lakógyűlés – meghívó\n\n"
        "Tisztelt Lakók!\n\n"
        "A közös képviselő, «P2.full» megbízásából értesítjük Önöket, hogy a lakógyűlést «N:date:bare» 18 órakor tartjuk a "
        "földszinti közösségi teremben.\n"
        "Napirend: tetőfelújítás (ajánlat: «CO1»), lépcsőház festése.\n"
        "Aki nem tud részt venni, meghatalmazást adhat – a nyomtatványokat «P3.full» (fsz. 2.) gyűjti.\n"
        "A ház több tulajdonosa «L:city:Debrecenben|Szegeden|Pécsett|Győrben» él, nekik postán küldjük a meghívót.\n"
        "Cím: «T3:P2:address_floor»\nLevelezési cím: «T3:P2:po_box»\nKérdés esetén: «P3.mobile»\n\n"
        "Üdvözlettel:\n«P4.full»\n«NW:job_title:ügyvezető|irodavezető»\n«CO»"},
    {"id": "t3_email_ro_adresa", "kind": "email", "lang": "ro", "body":
        "«T3:shape:P2:f»Subiect: Solicitare schimbare adresă de corespondență – contract «N:order_number:bare»\n\n"
        "Bună ziua,\n\n"
        "Vă rog să actualizați adresa mea de corespondență. Adresa veche: «P1.address». Adresa nouă:\n«T3:P1:address_floor»\n"
        "Pentru documente oficiale puteți folosi și căsuța poștală: «T3:P1:po_box».\n"
        "Dacă nu răspund, o puteți contacta pe «P2.title_last» (vecina de la etajul 3), la «P2.phone».\n"
        "Lucrez de obicei în «L:city:Cluj|Timișoara|Iași|Brașov|Sibiu», așa că prefer e-mailul: «P1.email».\n\n"
        "Cu stimă,\n«T3:P1:last_upper_first»"},
    {"id": "t3_email_ja_uchiawase", "kind": "email", "lang": "ja", "body":
        "件名：【ご確認】来週のお打ち合わせについて\nCc：«P3.full»様\n\n"
        "«CO»\n«NW:job_title:営業部 部長|総務課 課長|経理部 主任» «P1.full»様\n\n"
        "いつも大変お世話になっております。«CO2»の«P2.last»でございます。\n"
        "来週火曜日のお打ち合わせですが、弊社からは«P2.last»、«P3.full»、«P4.full»の3名で伺います。\n"
        "会場は下記の通りでお間違いないでしょうか。\n\n«T3:P1:address_floor»\n\n"
        "当日は«L:city:名古屋|京都|仙台|福岡»から新幹線で伺いますので、10時ごろの到着予定です。\n"
        "ご不明な点がございましたら、«P3.last»（携帯：«P3.mobile»）までご連絡ください。\n\n"
        "――――――――――\n«CO2»\n«NW:job_title:営業部|営業企画課|システム開発部»\n«P2.full»\nTEL «P2.landline»"},
    {"id": "t3_email_zh_shenhe", "kind": "email", "lang": "zh", "body":
        "收件人：«P1.full»\n抄送：«P2.full»；«P3.full»\n主题：关于下周供应商审核的安排\n\n"
        "«P1.last»经理，您好：\n\n"
        "下周三的供应商审核安排如下：\n"
        "1. 审核地点：«T3:P4:address_floor»\n"
        "2. 参加人员：我方«P2.full»、«P3.full»，对方联系人«P4.full»（电话：«P4.phone»）\n"
        "3. 我们周二晚上从«L:city:深圳|广州|成都|武汉»出发，入住工厂附近的酒店。\n"
        "如有变动请随时告诉小«P3.last»。发票请寄到我们在«T3:REGION»的仓库。\n\n"
        "谢谢！\n«P5.full»\n«NW:job_title:采购部经理|质量主管|行政助理»\n«CO»"},
    {"id": "t3_email_it_preventivo", "kind": "email", "lang": "it", "body":
        "«T3:shape:P3:particle»«T3:shape:P2:nick:m»Oggetto: Preventivo ristrutturazione – villa a «L:city:Lucca|Siena|Pistoia|Grosseto|Livorno»\n\n"
        "Egregio/a «P1.title_last»,\n\n"
        "come d'accordo al telefono le invio il preventivo per i lavori. Il sopralluogo l'ha fatto il nostro geometra, "
        "«P2.full» (per tutti «T3:P2:nick»), insieme all'architetto «P3.full». «T3:P3:last_cap» ha già chiesto i permessi al comune.\n"
        "I materiali verranno consegnati direttamente in cantiere: «P1.address».\n"
        "Le fatture vanno intestate a «CO» e spedite alla nostra casella postale: «T3:ME:po_box».\n"
        "«NW:capitalised_word:Viola|Rosa|Celeste» o bianco per le piastrelle del bagno? Ci faccia sapere entro il «N:date:bare».\n\n"
        "Cordiali saluti,\n«ME.full»\n«NW:job_title:Responsabile commerciale|Titolare|Direttore tecnico»\n«CO» – «PL» «ME.landline»"},
]

CRM_NOTES: list[dict[str, Any]] = [
    {"id": "t3_crm_procurement_call", "kind": "crm_note", "lang": "en", "body":
        "Account: «CO» | Owner: «AGENT.full» | Stage: Negotiation\n"
        "«N:date:bare» – call with «P1.full» («NW:job_title:Head of Procurement|VP Finance|IT Director|COO») and «P2.first_initial» from their side.\n"
        "- «P1.first» wants a 3-year term; «P2.first» needs sign-off from «P3.last» («NW:job_title:CFO|Finance Director», based in "
        "«L:city:" + _EXONYMS_EN + "»).\n"
        "- Next step: ask «P3.last» directly, «P1.first» will intro us by email.\n"
        "- Attendees for the onsite: «P1.initial_last», «P2.initial_last», «T3:P4:last_upper_first» (legal), «AGENT.first».\n"
        "- Ship the eval units to «T3:P1:address_floor»."},
    {"id": "t3_crm_policy_drivers", "kind": "crm_note", "lang": "en", "body":
        "«T3:shape:P1:double_last»Policy holder: «P1.fullr»\n"
        "Named drivers: «P2.full» (partner), «T3:P3:full_middle» (adult child)\n"
        "Vehicle: «NW:product_name:Hyundai Tucson|Chevrolet Malibu|Hyundai Santa Fe|Renault Zoe|Renault Clio|Kia Sorento»\n"
        "Note from «AGENT.first» («N:date:bare»): «P1.first» called about the windscreen claim. The car was parked on "
        "«P1.street» in «P1.city» overnight. «P3.first» was driving the day before, not «P2.first» – update the claim form.\n"
        "Customer moves to «T3:P1:region» in the spring; new address to follow, until then post to «T3:P1:po_box».\n"
        "Premium paid by card «CARD». Phone on file «P1.phone», email «P1.email». «P1.first» prefers calls after 6pm."},
    {"id": "t3_crm_candidate", "kind": "crm_note", "lang": "en", "body":
        "«T3:shape:P1:nick»Candidate: «P1.full» (prefers «T3:P1:nick») | Req «X:alnum:6» – Backend Engineer\n"
        "Source: referral from «P2.full»\n"
        "Location: currently «P1.city», «P1.country»; open to relocating to «L:city:Berlin|Amsterdam|Dublin|Lisbon|Warsaw|Barcelona»\n"
        "Screen («AGENT.initial_last», «N:date:bare»): strong on distributed systems, a bit vague on testing.\n"
        "Panel: «P3.full», «P4.first_initial», «AGENT.first»\n"
        "Notes: «P4.first» thinks «T3:P1:nick» is senior-level; «P3.last» wants a second system design round. "
        "Salary expectation «N:amount:bare».\n"
        "References: «P5.full» (former manager at «CO1»), «P5.phone»\n"
        "Background check consent signed; SSN for the check: «SSN»"},
    {"id": "t3_crm_de_kundennotiz", "kind": "crm_note", "lang": "de", "body":
        "«T3:shape:P1:particle»Kunde: «CO» – Ansprechpartner: «P1.title_last»\n"
        "Notiz vom «N:date:bare» («AGENT.initial_last»):\n"
        "«T3:P1:last_cap» hat angerufen, weil die Lieferung an die Filiale in «L:city:Innsbruck|Salzburg|Graz|Linz|Bozen» immer "
        "noch nicht angekommen ist. «NW:capitalised_word:Ernst» gemeint war die Kündigungsdrohung wohl nicht.\n"
        "Vertretung während «P1.first»s Urlaub: «P2.full» («P2.phone»).\n"
        "Rückruf durch «P3.last» (Vertrieb Süd) bis Donnerstag.\n"
        "Lieferadresse geändert auf: «T3:P1:address_floor»\nRechnungsanschrift bleibt: «T3:P1:po_box»\n"
        "Kantine: Der «NW:capitalised_word:Koch|Bäcker» fragt nach vegetarischen Optionen für die Schulung."},
    {"id": "t3_crm_fr_fiche", "kind": "crm_note", "lang": "fr", "body":
        "«T3:shape:P1:double_first»Fiche client : «T3:P1:last_upper_first»\n"
        "Société : «CO» – Ville : «P1.city»\nHistorique :\n"
        "- «N:date:bare» : appel entrant de «P1.title_last». Souhaite ajouter «P2.full_fr» comme second interlocuteur.\n"
        "- «N:date:bare» : RDV annulé par «P1.first», déplacement imprévu en «L:country:Belgique|Suisse|Italie|Espagne|Allemagne».\n"
        "- «N:date:bare» : «AGENT.first» a relancé par courriel ; pas de réponse. Voir avec «P3.last» (commercial secteur "
        "«T3:REGION:FR») s'il connaît quelqu'un sur place.\n"
        "Adresse de facturation : «T3:P1:po_box»\nPortable : «P1.mobile»"},
    {"id": "t3_crm_es_planta", "kind": "crm_note", "lang": "es", "pool": ["MX", "MX", "CO", "ES"], "body":
        "«T3:shape:P1:nick:f»«T3:shape:P3:m»Cliente: «P1.full» – «CO»\n"
        "Contacto preferido: «T3:P1:nick» (así firma sus correos)\n"
        "Notas de la llamada («AGENT.full», «N:date:bare»):\n"
        "La Ing. «P1.last» confirma que la planta de «L:city:Querétaro|Saltillo|León|Aguascalientes» arranca en el tercer trimestre. "
        "«NW:month_weekday:Abril|Mayo|Junio» es complicado para ellos por el cierre fiscal.\n"
        "Pide que las muestras se envíen a «T3:P1:address_floor» a nombre de su asistente, «P2.full».\n"
        "El director de compras, «P3.title_last», viaja a «L:country:Colombia|Chile|Perú|Argentina» la próxima semana; retomar "
        "con él a la vuelta.\n"
        "Tel. oficina «P1.landline», cel. «P1.mobile». Anticipo cargado a la tarjeta corporativa «CARD»."},
    {"id": "t3_crm_it_impianto", "kind": "crm_note", "lang": "it", "body":
        "«T3:shape:P2:nick:m»Cliente: «P1.full» («CO»)\n"
        "Referente tecnico: «P2.full» – detto «T3:P2:nick»\n"
        "«N:date:bare» – telefonata con «P1.title_last»: l'impianto nella sede di «L:city:Bari|Lecce|Taranto|Brindisi» va in "
        "blocco ogni notte. «T3:P2:nick» dice che il problema è iniziato dopo l'aggiornamento «N:version_string:bare».\n"
        "Tecnico assegnato: «AGENT.full» (parte da «L:city:Napoli|Salerno|Caserta», arrivo previsto giovedì).\n"
        "Indirizzo intervento: «T3:P1:address_floor»\nCAP per la bolla: «P1.postcode»\n"
        "Da sentire anche «P3.last» dell'ufficio acquisti, che firma l'ordine. IBAN per il rimborso: «IBAN»"},
    {"id": "t3_crm_nl_offerte", "kind": "crm_note", "lang": "nl", "body":
        "«T3:shape:P1:particle»Klant: «T3:P1:nl_sort»\nBedrijf: «CO»\n"
        "Notitie «N:date:bare» («AGENT.first»):\n"
        "«T3:P1:last_cap» belde over de offerte voor de vestiging in «L:city:Eindhoven|Tilburg|Breda|Den Bosch|Helmond». "
        "Wil eerst overleggen met collega «P2.full», die op dit moment in «L:country:Duitsland|België|Spanje|Frankrijk» zit.\n"
        "Let op: bezoekadres ≠ postadres. Bezoek: «T3:P1:address_floor»; post: «T3:P1:po_box».\n"
        "Terugbellen op «P1.phone». Incasso van rekening «IBAN:NL» loopt door.\n"
        "Volgende stap: «P3.first» (binnendienst) stuurt een nieuwe offerte."},
    {"id": "t3_crm_pt_reuniao", "kind": "crm_note", "lang": "pt", "pool": ["PT", "PT", "BR"], "body":
        "«T3:shape:P1:nick:m»Cliente: «P1.full» («T3:P1:nick» para os colegas)\nEmpresa: «CO»\n"
        "«N:date:bare» – reunião presencial em «L:city:Braga|Guimarães|Viana do Castelo». Presentes: «P1.first», "
        "«P2.title_last», «AGENT.full».\n"
        "- Querem expandir a rede de lojas para o «L:region:Algarve|Alentejo|Minho|Douro».\n"
        "- Morada para envio de amostras: «T3:P1:address_floor»\n"
        "- Faturação: «T3:P1:po_box»\n"
        "- Contacto direto: «P1.mobile»; assistente: «P3.first» («P3.landline»)\n"
        "«NW:capitalised_word:Vitória» garantida se baixarmos o preço 5%, segundo «P2.last»."},
    {"id": "t3_crm_sv_leverans", "kind": "crm_note", "lang": "sv", "body":
        "«T3:shape:P1:double_first»Kund: «P1.full», «CO»\n"
        "Logg «N:date:bare» («AGENT.initial_last»):\n"
        "Samtal med «P1.first» angående leveransen till lagret i «L:city:Helsingborg|Malmö|Lund|Kristianstad». Allt ska till "
        "«T3:P1:address_floor» i stället för till huvudkontoret.\n"
        "«P2.full» (inköp) är föräldraledig; «NW:month_weekday:Augusti|Juni|Juli» blir därför svårt för nya avtal.\n"
        "Vikarie: «P3.full», «P3.mobile».\nFaktura: «T3:P1:po_box»\n"
        "Kunden vill helst mejla: «P1.email». Nästa steg: «AGENT.first» bokar möte i «T3:REGION:SE»."},
    {"id": "t3_crm_da_licenser", "kind": "crm_note", "lang": "da", "body":
        "«T3:shape:P1:nick:m»Kunde: «P1.full» («T3:P1:nick»)\nFirma: «CO»\n"
        "Note («AGENT.first», «N:date:bare»): «T3:P1:nick» ringede fra bilen på vej til «L:city:Aarhus|Aalborg|Odense|Esbjerg». "
        "De åbner en ny afdeling i «T3:REGION:DK» og vil have et tilbud på 40 licenser.\n"
        "Leveringsadresse: «T3:P1:address_floor»\nBetaling fra konto «IBAN:DK»\n"
        "Beslutningstager er «P2.full» («NW:job_title:økonomidirektør|indkøbschef»). Ring til «P2.last» på «P2.phone» i næste uge."},
    {"id": "t3_crm_fi_toimipiste", "kind": "crm_note", "lang": "fi", "body":
        "«T3:shape:P2:nick:m»Asiakas: «CO»\n"
        "Yhteyshenkilö: «P1.full», «NW:job_title:talouspäällikkö|hankintapäällikkö|toimitusjohtaja»\n"
        "Muistiinpano «N:date:bare» («AGENT.first»):\n"
        "«P1.first» soitti «L:city:Tampereelta|Oulusta|Turusta|Lahdesta» – he avaavat uuden toimipisteen "
        "«L:city:Helsinkiin|Espooseen|Vantaalle». Tekninen yhteyshenkilö on «P2.full» («T3:P2:nick»).\n"
        "Toimitusosoite: «T3:P1:address_floor»\nLaskutus: «T3:P1:po_box»\nPuh. «P1.phone»"},
    {"id": "t3_crm_tr_depo", "kind": "crm_note", "lang": "tr", "body":
        "Müşteri: «CO»\n"
        "Yetkili: «P1.full» («NW:job_title:Satın Alma Müdürü|Genel Müdür|Muhasebe Şefi»)\n"
        "Not («N:date:bare», «AGENT.first»): «P1.title_last» ile görüştüm. Yeni depo «T3:CITY_TR:loc» açılıyor; "
        "«T3:REGION:TR» bölgesindeki bayilere teslimat oradan yapılacak.\n"
        "Teslimat adresi: «T3:P1:address_floor»\nFatura adresi: «T3:P1:po_box»\n"
        "Numuneler «T3:P2:first_tr:dat» gönderilecek (depo sorumlusu, «P2.mobile»). Sözleşme için «T3:P3:first_tr:gen» "
        "onayı gerekiyor."},
    {"id": "t3_crm_cs_objednavka", "kind": "crm_note", "lang": "cs", "body":
        "«T3:shape:P2:nick:m»Zákazník: «CO»\nKontaktní osoba: «T3:P1:last_upper_first»\n"
        "Poznámka («AGENT.first», «N:date:bare»): Kontakt potvrzuje objednávku 200 ks, dodání do skladu v "
        "«L:city:Brně|Jihlavě|Zlíně|Olomouci». Technicky vše řeší «P2.full» (všichni mu říkají «T3:P2:nick»), mobil «P2.mobile».\n"
        "Doručovací adresa: «T3:P1:address_floor»\nFakturační adresa: «T3:P1:po_box»\nRegion: «T3:REGION:CZ»"},
    {"id": "t3_crm_hu_telephely", "kind": "crm_note", "lang": "hu", "body":
        "«T3:shape:P2:nick:m»Ügyfél: «CO»\nKapcsolattartó: «P1.full»\n"
        "Megjegyzés («N:date:bare», «AGENT.first»): «P1.full» jelezte, hogy az új telephelyük "
        "«L:city:Debrecenben|Szegeden|Pécsett|Győrben» lesz. A műszaki kérdésekben «P2.full» («T3:P2:nick») a felelős, "
        "mobil: «P2.mobile».\n"
        "Szállítási cím: «T3:P1:address_floor»\nSzámlázási cím: «T3:P1:po_box»\nRégió: «T3:REGION:HU»"},
    {"id": "t3_crm_ro_depozit", "kind": "crm_note", "lang": "ro", "body":
        "«T3:shape:P1:nick:m»Client: «CO»\nPersoană de contact: «T3:P1:last_upper_first» («T3:P1:nick»)\n"
        "Notă («N:date:bare», «AGENT.full»): «P1.title_last» a confirmat comanda pentru depozitul din "
        "«L:city:Cluj-Napoca|Sibiu|Brașov|Oradea». Livrările în «L:region:Transilvania|Banat|Maramureș|Bucovina» se fac doar marțea.\n"
        "Adresă livrare: «T3:P1:address_floor»\nAdresă facturare: «T3:P1:po_box»\n"
        "Contabilitate: «P2.full», «P2.phone», «P2.email»"},
    {"id": "t3_crm_id_gudang", "kind": "crm_note", "lang": "id", "body":
        "Pelanggan: «CO»\n"
        "PIC: «P1.full» («NW:job_title:Manajer Pembelian|Kepala Gudang|Direktur Operasional»)\n"
        "Catatan («N:date:bare», «AGENT.first»): Sudah telepon «P1.title_last». Gudang baru di "
        "«L:city:Sidoarjo|Gresik|Cikarang|Karawang» mulai beroperasi bulan depan; pengiriman ke «T3:REGION:ID» lewat ekspedisi.\n"
        "Alamat kirim: «T3:P1:address_floor»\nAlamat surat: «T3:P1:po_box»\n"
        "Kontak lain: «P2.first» (admin), WA «P2.mobile»"},
    {"id": "t3_crm_ja_taiou", "kind": "crm_note", "lang": "ja", "body":
        "顧客名：«CO»\n"
        "ご担当者：«P1.full» 様（«NW:job_title:総務部 課長|購買部 部長|情報システム室 室長»）\n"
        "対応履歴（«N:date:bare»、«AGENT.last»）：\n"
        "«P1.last»様よりお電話。«L:city:札幌|仙台|広島|金沢»営業所の移転に伴い、納品先を変更したいとのこと。\n"
        "新住所：«T3:P1:address_floor»\n"
        "なお、«T3:REGION»の工場向けの見積もりは、«P2.full»様（«P2.phone»）宛に送付すること。"},
]

CHATS: list[dict[str, Any]] = [
    {"id": "t3_chat_team_morning", "kind": "chat", "lang": "en", "body":
        "[09:12] «P1.first_lower»: morning! who's covering «P2.first_lower»'s tickets today?\n"
        "[09:13] «P3.first»: me. «P2.first»'s flying back from «L:city:" + _EXONYMS_EN + "»\n"
        "[09:13] «P3.first»: ask «P4.last» about the «CO» escalation tho, they were on the call\n"
        "[09:14] «P1.first_lower»: ok. and the overtime?\n"
        "[09:15] «P3.first»: «NW:capitalised_word:Bill» them for the extra hours? no, «P5.first_initial» said wait until "
        "«NW:month_weekday:May|June|April»\n"
        "[09:16] «P6.first_lower»: fyi i'm wfh, spare laptop is at «T3:P6:address_short» if anyone needs it\n"
        "[09:17] «P3.first»: also who took the «NW:product_name:Johnnie Walker Black Label|Jack Daniel's|Captain Morgan» from the party 😂"},
    {"id": "t3_chat_family_landed", "kind": "chat", "lang": "en", "body":
        "«T3:shape:P2:nick»«T3:shape:P5:nick»[«N:date:bare» 18:02] «P1.first»: landed «L:city:lisbon|porto|krakow|manila|nairobi|accra|lagos|cebu»!!\n"
        "[18:03] «T3:P2:nick»: yay!! did «P3.first_lower» pick you up?\n"
        "[18:05] «P1.first»: no «P3.first_lower»'s stuck at work, getting a cab. staying at «P4.first»'s place tonight, "
        "«T3:P4:address_short»\n"
        "[18:06] «T3:P2:nick»: ok send me «P4.first»'s number just in case\n"
        "[18:06] «P1.first»: «P4.mobile»\n"
        "[18:07] «T3:P2:nick»: 👍 love u. say hi to «T3:P5:nick_lower» from me lol"},
    {"id": "t3_chat_support_particle", "kind": "chat", "lang": "en", "body":
        "«T3:shape:P1:particle»Chat transcript – «N:timestamp:bare»\n"
        "«AGENT.first» (Support): Hi, I'm «AGENT.first». How can I help?\n"
        "Customer: hi, my order never arrived, «N:order_number:bare»\n"
        "«AGENT.first» (Support): Sorry to hear that! Can I have the name on the order?\n"
        "Customer: «P1.full». the surname is «P1.last», with the space\n"
        "«AGENT.first» (Support): Thanks «P1.first». I see it was delivered to «P1.address» – is that right?\n"
        "Customer: no!! i moved to «P1.city» in «NW:month_weekday:March|April|May», new address is «T3:P1:address_floor»\n"
        "«AGENT.first» (Support): Got it, I'll reship it today. Best number to reach you?\n"
        "Customer: «P1.phone»\n"
        "«AGENT.first» (Support): Done – «P2.first» from our courier team will call before delivery.\n"
        "Customer: also the refund for the first one should go to my other card, «CARD», the old one is blocked"},
    {"id": "t3_chat_night_handover", "kind": "chat", "lang": "en", "body":
        "«P1.first»: handover for the night shift 👇\n"
        "«P1.first»: 1) «T3:P2:last_upper_first» (VIP, «CO») can't log in from «IP4», geo says "
        "«L:country:Brazil|Kenya|Vietnam|Poland|Turkey|Mexico» but they're in «P2.city» — probably VPN\n"
        "«P1.first»: 2) «P3.full_fr» called twice re refund «N:order_number:bare», promised a callback on «P3.phone»\n"
        "«P1.first»: 3) «P4.last» from finance wants the export by 8am\n"
        "«P5.first»: got it. is «P4.last» the same «P4.first» who emailed yesterday?\n"
        "«P1.first»: yep\n"
        "«P5.first»: 👍 «NW:capitalised_word:Sterling» payouts are stuck too btw, «P6.first_lower» is on it"},
    {"id": "t3_chat_de_umzug", "kind": "chat", "lang": "de", "body":
        "«T3:shape:P2:nick:m»«T3:shape:P5:m»«P1.first»: Hat jemand Zeit, morgen beim Umzug von «P2.full» zu helfen?\n"
        "«P3.first_lower»: wohin zieht er denn?\n"
        "«P1.first»: nach «L:city:München|Leipzig|Dresden|Freiburg|Kiel», der Laster kommt um 8\n"
        "«P4.first»: ich kann ab 10. frag mal «P5.last», der hat doch den Anhänger\n"
        "«P3.first_lower»: «T3:P2:nick» schuldet mir eh noch nen Kasten «NW:product_name:Jever|Warsteiner|Paulaner|Krombacher» 😄\n"
        "«P1.first»: Haha. Adresse nochmal für alle: «T3:P2:address_floor», Klingel «P2.last»\n"
        "«P6.first»: bin raus, bin bis Sonntag in «L:city:Wien|Salzburg|Zürich|Basel»"},
    {"id": "t3_chat_fr_gare", "kind": "chat", "lang": "fr", "body":
        "«T3:shape:P3:nick:m»«P1.first» : t'es où ?\n"
        "«P2.first_lower» : encore à «L:city:Lyon|Lille|Nantes|Bordeaux|Grenoble», train en retard 😩\n"
        "«P1.first» : ok. «T3:P3:nick» passe te chercher à la gare avec la «NW:product_name:Citroën Picasso|Renault Mégane|Peugeot Rifter» ?\n"
        "«P2.first_lower» : non c'est bon, je prends un taxi jusqu'à chez «P4.first»\n"
        "«P1.first» : rappelle-moi l'adresse de «P4.first» ?\n"
        "«P2.first_lower» : «T3:P4:address_floor»\n"
        "«P1.first» : merci. Au fait «P3.full» a changé de numéro : «P3.mobile»\n"
        "«P2.first_lower» : noté. «NW:capitalised_word:Marine» ou noir, la nappe pour samedi ?"},
    {"id": "t3_chat_es_cumple", "kind": "chat", "lang": "es", "body":
        "«T3:shape:P2:nick:m»«T3:shape:P4:f»«T3:shape:P5:f»«T3:shape:P6:m»«P1.first»: ¿Quién trae las sillas para el cumple de la abuela?\n"
        "«T3:P2:nick»: yo llevo 6 en la «NW:product_name:Renault Trafic|Citroën Berlingo|Seat Alhambra»\n"
        "«P3.first_lower»: y la «P4.first» trae la tarta 🎂\n"
        "«P1.first»: perfecto. Es en casa de la tía «P5.first»: «T3:P5:address_floor»\n"
        "«T3:P2:nick»: ¿el «P6.first» viene desde «L:city:Valencia|Zaragoza|Málaga|Bilbao»?\n"
        "«P1.first»: sí, llega el sábado en el tren de las 11\n"
        "«P3.first_lower»: mi número nuevo por si acaso: «P3.mobile»\n"
        "«P1.first»: «NW:capitalised_word:Luz» y agua las paga la tía, no traigáis nada más 😂"},
    {"id": "t3_chat_it_cena", "kind": "chat", "lang": "it", "body":
        "«T3:shape:P2:f»«T3:shape:P3:nick:m»«T3:shape:P5:f»«P1.first»: stasera cena da «P2.first»?\n"
        "«P3.first_lower»: io ci sono, ma arrivo tardi da «L:city:Bologna|Modena|Parma|Verona»\n"
        "«P2.first»: venite verso le 8! indirizzo nuovo: «T3:P2:address_floor»\n"
        "«P4.first»: porto il vino. «T3:P3:nick», porti tu il dolce?\n"
        "«T3:P3:nick»: ok ma qualcuno avvisa la «P5.first»? non risponde\n"
        "«P5.first»: ci sono ci sono 😅 ero dal parrucchiere\n"
        "«P1.first»: il citofono è «P2.last», terzo piano"},
    {"id": "t3_chat_nl_sleutel", "kind": "chat", "lang": "nl", "body":
        "«T3:shape:P3:particle»«T3:shape:P2:nick:m»«P1.first»: wie haalt morgen de sleutel op bij «T3:P3:last_cap»?\n"
        "«T3:P2:nick»: ik, ik moet toch met de «NW:product_name:Gazelle|Batavus|Sparta» naar «L:city:Den Haag|Delft|Leiden|Zoetermeer|Gouda»\n"
        "«P1.first»: top. adres is «T3:P3:address_floor»\n"
        "«P4.first_lower»: is «P3.first» er dan wel? vorige keer stond ik voor een dichte deur\n"
        "«P1.first»: bel eerst even: «P3.mobile»\n"
        "«T3:P2:nick»: 👍"},
    {"id": "t3_chat_pt_chegou", "kind": "chat", "lang": "pt", "pool": ["BR"], "body":
        "«T3:shape:P2:nick:m»«T3:shape:P4:f»«P1.first»: gente, o «T3:P2:nick» chegou bem em «L:city:Recife|Salvador|Fortaleza|Natal|BH|Floripa»?\n"
        "«P3.first_lower»: chegou sim, tá na casa da Dona «P4.first»\n"
        "«P1.first»: manda o endereço que eu mando uma encomenda pra ele\n"
        "«P3.first_lower»: «T3:P4:address_floor»\n"
        "«P1.first»: valeu! e o cel dele?\n"
        "«P3.first_lower»: «P2.mobile»"},
    {"id": "t3_chat_pl_grill", "kind": "chat", "lang": "pl", "body":
        "«T3:shape:P2:nick:f»«T3:shape:P3:nick:m»«P1.first»: «T3:P2:nick», będziesz w sobotę?\n"
        "«T3:P2:nick»: tak, ale dopiero od 15, rano jestem w «L:city:Krakowie|Katowicach|Tarnowie|Rzeszowie»\n"
        "«T3:P3:nick_lower»: ja mogę przyjechać wcześniej i pomóc przy grillu\n"
        "«P1.first»: super. adres: «T3:P1:address_floor», domofon «X:num:10-99»\n"
        "«P4.first_lower»: a «T3:P3:nick» bierze auto czy jedziemy pociągiem?\n"
        "«T3:P3:nick»: biorę auto, mogę kogoś zabrać spod dworca, piszcie na «P3.mobile»"},
    {"id": "t3_chat_sv_middag", "kind": "chat", "lang": "sv", "body":
        "«T3:shape:P2:nick:m»«P1.first»: Ses vi hos «P3.first» ikväll?\n"
        "«T3:P2:nick»: jag sitter fast i «L:city:Jönköping|Norrköping|Borås|Göteborg», tåget står still\n"
        "«P3.first»: ingen fara! portkod «X:num:1000-9999», adressen är «T3:P3:address_floor»\n"
        "«P4.first_lower»: tar med mig «P5.first» om det är ok?\n"
        "«P3.first»: självklart. «NW:capitalised_word:Klara», färdiga, gå – maten är klar kl 19 😄"},
    {"id": "t3_chat_no_hytta", "kind": "chat", "lang": "no", "body":
        "«T3:shape:P5:m»«P1.first»: hei! kommer «P2.first_lower» og «P3.first_lower» på hytta i helga?\n"
        "«P2.first»: jeg kommer, «P3.first» må jobbe i «L:city:Stavanger|Trondheim|Tromsø|Bodø»\n"
        "«P1.first»: synd! adressen til hytta er «P1.address»\n"
        "«P4.first_lower»: kan noen hente meg på flyplassen i «L:city:Bergen|Ålesund|Kristiansand»? lander 17.40\n"
        "«P2.first»: ja, ring meg på «P2.mobile» når du er ute\n"
        "«P1.first»: spør «P5.last» om vi kan låne båten hans"},
    {"id": "t3_chat_tr_abi", "kind": "chat", "lang": "tr", "body":
        "«T3:shape:P2:m»«P1.first»: «P2.first» abi yarın müsait misin?\n"
        "«P2.first»: akşam olur, sabah «T3:CITY_TR:dat» gidiyorum\n"
        "«P3.first_lower»: ben de gelirim, «T3:P4:first_tr:gen» evinde mi buluşuyoruz?\n"
        "«P1.first»: evet, adres: «T3:P4:address_floor»\n"
        "«P4.first»: zilde «P4.last» yazıyor, 3. kat\n"
        "«P2.first»: tamam, «P5.first» da gelecek mi?\n"
        "«P1.first»: bilmiyorum, numarası «P5.mobile», sen sor"},
    {"id": "t3_chat_cs_vylet", "kind": "chat", "lang": "cs", "body":
        "«T3:shape:P2:nick:m»«T3:shape:P3:f»«T3:shape:P4:f»«P1.first»: ahoj, jedeš v pátek do «L:city:Brna|Ostravy|Plzně|Olomouce»?\n"
        "«T3:P2:nick_lower»: jo, beru auto, místo je pro 3 lidi\n"
        "«P3.first»: já bych jela taky! sraz kde?\n"
        "«T3:P2:nick»: u mě, «T3:P2:address_floor», v 7:30\n"
        "«P1.first»: super. «P4.first» nemůže, je nemocná\n"
        "«P3.first»: kdyby něco, moje číslo «P3.mobile»"},
    {"id": "t3_chat_zh_juchan", "kind": "chat", "lang": "zh", "body":
        "«P1.full»：周六的聚餐地点定了，在«T3:P2:address_floor»附近的火锅店\n"
        "«P2.last»总：我可能晚点到，下午要从«L:city:重庆|西安|长沙|昆明»飞回来\n"
        "小«P3.last»：收到！需要我去机场接«P2.last»总吗？\n"
        "«P2.last»总：不用，打车就行。有事打我电话«P2.mobile»\n"
        "«P4.full»：我带两瓶酒🍷 «P5.first»也来吗？\n"
        "«P1.full»：«P5.first»说在«T3:REGION»出差，来不了"},
    {"id": "t3_chat_ja_bbq", "kind": "chat", "lang": "ja", "body":
        "«P1.last»：明日のBBQ、何時集合だっけ？\n"
        "«P2.first»：10時に«L:city:横浜|川崎|千葉|大宮»駅の東口だよ\n"
        "«P1.last»：了解！«P3.last»くんも来る？\n"
        "«P3.last»：行きます！«P4.first»ちゃんも連れていっていい？\n"
        "«P2.first»：もちろん！場所は«T3:P2:address_floor»だから、駅から歩いて10分くらい\n"
        "«P4.first»：はじめまして、«P4.full»です。よろしくお願いします🙇\n"
        "«P1.last»：何かあったら«P1.mobile»に電話して！"},
    {"id": "t3_chat_da_kage", "kind": "chat", "lang": "da", "body":
        "«T3:shape:P5:m»«P1.first»: Hvem tager kagen med på fredag?\n"
        "«P2.first_lower»: det gør jeg 🎂 skal vi holde det hos «P3.first»?\n"
        "«P3.first»: ja fint! husk at jeg er flyttet: «T3:P3:address_floor»\n"
        "«P4.first»: jeg kommer direkte fra «L:city:Aarhus|Roskilde|Helsingør|Kolding», så måske lidt sent\n"
        "«P1.first»: spørg «P5.last» om han vil med – han har aldrig været der\n"
        "«P2.first_lower»: hans nummer er «P5.mobile» hvis nogen har brug for det"},
]

TOOL_ARGS: list[dict[str, Any]] = [
    {"id": "t3_tool_jira_relocation", "kind": "tool_args", "lang": "en", "body": {
        "tool": "jira.create_issue",
        "arguments": {
            "project": "OPS",
            "summary": "Move «CO» equipment to the «L:city:" + _EXONYMS_EN + "» office",
            "assignee": "«P1.full»", "reporter": "«P2.fullr»",
            "watchers": ["«P3.initial_last»", "«P4.first_initial»", "«T3:P5:last_upper_first»"],
            "description": "«P1.first» to coordinate with the building manager, «P6.full» («P6.phone»). Ship to "
                           "«T3:P1:address_floor». Reporter IP for audit: «IP4».",
            "labels": ["relocation", "facilities"], "due": "«N:date:bare»", "request_id": "«N:uuid:bare»"}}},
    {"id": "t3_tool_crm_accounts", "kind": "tool_args", "lang": "en", "body": {
        "results": [
            {"account": "«CO1»", "owner": "«AGENT.full»", "contact_person": "«P1.full»", "phone": "«P1.phone»", "iban": "«IBAN»",
             "hq": {"street": "«P1.street»", "city": "«P1.city»", "region": "«T3:P1:region»", "postal_code": "«P1.postcode»",
                    "country": "«P1.country»"}},
            {"account": "«CO2»", "owner": "«AGENT.full»", "contact_person": "«T3:P2:last_upper_first»",
             "email": "«P2.work_email»", "hq": {"address": "«T3:P2:address_floor»"}},
            {"account": "«IG:organization:Jordan Logistics|Victoria Textiles|Paris Bakery Group|Florence Health Partners|Chelsea Freight»",
             "owner": "«AGENT.first»", "contact_person": "«P3.first_initial»",
             "notes": "«P3.first» prefers WhatsApp: «P3.mobile». Billing via «T3:P3:po_box»."}],
        "total": 3, "next_page": None, "trace_id": "«N:uuid:bare»"}},
    {"id": "t3_tool_calendar_qbr", "kind": "tool_args", "lang": "en", "body": {
        "tool": "gcal.events.insert",
        "args": {
            "title": "QBR with «CO1»", "start": "«N:timestamp:bare»", "location": "«T3:P1:address_floor»",
            "attendees": [{"name": "«P1.full»", "email": "«P1.work_email»", "optional": False},
                          {"name": "«T3:P2:full_middle»", "email": "«P2.work_email»"},
                          {"name": "«P3.fullr»"}, {"displayName": "«P4.first_lower»"}],
            "organizer": "«ME.full»", "event_id": "«N:uuid:bare»",
            "description": "Agenda: roadmap, pricing for «T3:REGION». Dial-in for «P5.first», who is travelling from "
                           "«L:city:" + _EXONYMS_EN + "»: «P5.phone_intl»"}}},
    {"id": "t3_tool_de_mitarbeiter", "kind": "tool_args", "lang": "de", "body": {
        "aktion": "mitarbeiter_anlegen«T3:shape:P1:double_last»",
        "daten": {
            "Vorname": "«P1.first»", "Nachname": "«P1.last»",
            "Geburtsort": "«L:city:Gelsenkirchen|Rostock|Regensburg|Würzburg|Izmir|Kattowitz|Danzig»",
            "Anschrift": {"Straße": "«P1.street»", "PLZ": "«P1.postcode»", "Ort": "«P1.city»", "Bundesland": "«T3:P1:region»"},
            "IBAN": "«IBAN»", "Personalnummer": "PN-«N:short_digit_group:bare»",
            "Ansprechpartner": "«P2.title_last»", "Notfallkontakt": "«P3.full» («P3.mobile»)",
            "Bemerkung": "«P1.first» beginnt am «N:date:bare» im Büro «L:city:München|Köln|Nürnberg|Stuttgart», "
                         "Vertrag über «P2.first_initial»"}}},
    {"id": "t3_tool_de_lieferanten", "kind": "tool_args", "lang": "de", "body": {
        "treffer": [
            {"firma": "«CO1»", "Ansprechpartner": "«P1.fullr»", "Telefon": "«P1.landline»",
             "Standort": "«L:city:Ingolstadt|Wolfsburg|Augsburg|Regensburg|Linz|Graz»"},
            {"firma": "«CO2»", "Ansprechpartner": "«T3:P2:full_middle»", "Mobil": "«P2.mobile»", "Postanschrift": "«T3:P2:po_box»"},
            {"firma": "«IG:organization:Hamburg Süd|Berliner Verkehrsbetriebe|Münchener Rück|Kölner Verkehrs-Betriebe»",
             "Ansprechpartner": "«P3.title_last»", "E-Mail": "«P3.work_email»",
             "Bemerkung": "Vertretung bis «N:date:bare»: «P4.full», «P4.phone»"}],
        "anzahl": 3}},
    {"id": "t3_tool_fr_maj_contact", "kind": "tool_args", "lang": "fr", "body": {
        "outil": "crm.maj_contact«T3:shape:P1:nick»",
        "parametres": {
            "id_contact": "«N:uuid:bare»", "nom_complet": "«T3:P1:last_upper_first»", "prenom_usuel": "«T3:P1:nick»",
            "interlocuteur_secondaire": "«P2.full_fr»", "adresse_postale": "«T3:P1:address_floor»",
            "code_postal": "«P1.postcode»", "ville": "«P1.city»", "région": "«T3:P1:region»", "telephone": "«P1.phone»",
            "commentaire": "«P1.first» travaille désormais à «L:city:Lyon|Lille|Nantes|Genève|Bruxelles», joignable le matin. "
                           "Voir avec «P3.last» pour le contrat."}}},
    {"id": "t3_tool_es_alta_cliente", "kind": "tool_args", "lang": "es", "body": {
        "funcion": "alta_cliente«T3:shape:P1:two_last»",
        "datos": {
            "id_cliente": "«N:uuid:bare»", "nombre": "«P1.first»", "apellidos": "«P1.last»", "nombre_completo": "«P1.full»",
            "domicilio": "«T3:P1:address_floor»", "código_postal": "«P1.postcode»", "provincia": "«T3:P1:region»",
            "país": "«P1.country»", "persona_de_contacto": "«P2.full» («P2.mobile»)",
            "observaciones": "Cliente derivado por «P3.first_initial» de la oficina de «L:city:Sevilla|Córdoba|Granada|Málaga». "
                             "«NW:capitalised_word:Luz» y agua incluidas en la cuota."}}},
    {"id": "t3_tool_pt_cadastro", "kind": "tool_args", "lang": "pt", "pool": ["BR"], "body": {
        "pedido": "«N:order_number:bare»",
        "cadastro": {
            "nome_completo": "«T3:shape:P1:nick»«T3:shape:P4:f»«P1.full»", "apelido": "«T3:P1:nick»",
            "endereco": {"logradouro": "«P1.street»", "complemento": "apto «X:num:11-1504»",
                         "bairro": "«L:district:Pinheiros|Savassi|Boa Viagem|Moinhos de Vento|Batel»", "cidade": "«P1.city»",
                         "uf": "«L:region:SP|MG|PE|RS|PR»", "cep": "«P1.postcode»"},
            "responsavel_financeiro": "«P2.full»", "telefone": "«P2.mobile»", "cartao": "«CARD»",
            "obs": "Entregar na portaria, falar com «P3.first» ou com a Dona «P4.first»."}}},
    {"id": "t3_tool_pl_kurier", "kind": "tool_args", "lang": "pl", "body": {
        "narzedzie": "kurier.nadaj_paczke",
        "parametry": {
            "odbiorca": {"imie_nazwisko": "«T3:P1:last_upper_first»", "ulica": "«P1.street»", "kod_pocztowy": "«P1.postcode»",
                         "miejscowosc": "«P1.city»", "wojewodztwo": "«T3:P1:region»", "telefon": "«P1.mobile»"},
            "nadawca": {"firma": "«CO»", "osoba_kontaktowa": "«P2.full»", "adres": "«T3:P2:po_box»", "rachunek": "«IBAN:PL»"},
            "numer_zamowienia": "«N:order_number:bare»",
            "uwagi": "Jeśli nikt nie otworzy, zostawić u sąsiada (mieszkanie 4, nazwisko na domofonie: «P3.last»)."}}},
    {"id": "t3_tool_no_kunde", "kind": "tool_args", "lang": "no", "body": {
        "verktøy": "crm.oppdater_kunde",
        "data": {"kundenr": "K-«N:short_digit_group:bare»", "kundenavn": "«CO»", "kontaktperson": "«T3:P1:full_middle»", "mobil": "«P1.mobile»",
                 "besøksadresse": "«T3:P1:address_floor»", "postadresse": "«T3:P1:po_box»", "postnummer": "«P1.postcode»",
                 "poststed": "«P1.city»", "fylke": "«T3:P1:region»",
                 "notat": "«P1.first» har flyttet kontoret fra «L:city:Drammen|Bergen|Trondheim|Fredrikstad». Spør etter «P2.last» i resepsjonen."}}},
    {"id": "t3_tool_fi_rekisteri", "kind": "tool_args", "lang": "fi", "body": {
        "työkalu": "asiakasrekisteri.hae",
        "tulos": [
            {"yritys": "«CO1»", "yhteyshenkilö": "«P1.full»", "puhelin": "«P1.phone»", "osoite": "«T3:P1:address_floor»",
             "maakunta": "«T3:P1:region»", "tilinumero": "«IBAN:FI»", "asiakasnumero": "AS«N:short_digit_group:bare»"},
            {"yritys": "«CO2»", "yhteyshenkilö": "«T3:P2:last_upper_first»", "sähköposti": "«P2.work_email»",
             "postiosoite": "«T3:P2:po_box»", "postinumero": "«P2.postcode»", "postitoimipaikka": "«P2.city»"},
            {"yritys": "«IG:organization:Helsingin Sanomat|Tampereen Sähkölaitos|Oulun Energia|Turun Sanomat»",
             "yhteyshenkilö": "«P3.first_initial»", "huom": "«P3.first» lomalla, sijainen «P4.full»"}]}},
    {"id": "t3_tool_tr_musteri", "kind": "tool_args", "lang": "tr", "body": {
        "islem": "musteri_kaydet",
        "veri": {"ad_soyad": "«P1.full»", "yetkili_kisi": "«P2.title_last»", "adres": "«T3:P1:address_floor»",
                 "il": "«P1.city»", "ilce": "«L:district:Kadıköy|Çankaya|Karşıyaka|Nilüfer|Muratpaşa»",
                 "posta_kodu": "«P1.postcode»", "telefon": "«P1.mobile»", "iban": "«IBAN:TR»",
                 "siparis_no": "«N:order_number:bare»", "not": "Teslimat «T3:P3:first_tr:dat» yapılabilir (kapıcı). «P1.first» hafta içi «T3:CITY_TR:loc» çalışıyor."}}},
    {"id": "t3_tool_hu_ugyfel", "kind": "tool_args", "lang": "hu", "body": {
        "művelet": "ugyfel_frissites«T3:shape:P3:nick»",
        "adatok": {"azonosító": "«N:uuid:bare»", "név": "«P1.full»", "kapcsolattartó": "«P2.full»", "irányítószám": "«P1.postcode»", "település": "«P1.city»",
                   "utca_házszám": "«P1.street»", "megye": "«T3:P1:region»", "telefon": "«P1.phone»",
                   "megjegyzés": "«P2.full» szabadságon, helyettes: «T3:P3:nick» («P3.full»)"}}},
    {"id": "t3_tool_ro_comanda", "kind": "tool_args", "lang": "ro", "body": {
        "actiune": "creare_comanda«T3:shape:P2:m»",
        "client": {"nume_complet": "«T3:P1:last_upper_first»", "persoana_de_contact": "«P2.full»",
                   "adresa": "«T3:P1:address_floor»", "localitate": "«P1.city»", "judet": "«T3:P1:region»",
                   "cod_postal": "«P1.postcode»", "telefon": "«P1.mobile»", "email": "«P1.email»", "iban": "«IBAN:RO»"},
        "nr_comanda": "«N:order_number:bare»",
        "observatii": "Livrare după ora 17. Sunați-l pe «P2.first» dacă nu răspunde nimeni."}},
    {"id": "t3_tool_id_pengiriman", "kind": "tool_args", "lang": "id", "body": {
        "aksi": "buat_pengiriman",
        "no_resi": "«N:tracking_number:bare»",
        "penerima": {"nama": "«P1.full»", "alamat": "«T3:P1:address_floor»", "kota": "«P1.city»", "provinsi": "«T3:P1:region»",
                     "kode_pos": "«P1.postcode»", "no_hp": "«P1.mobile»"},
        "pengirim": {"toko": "«CO»", "penanggung_jawab": "«P2.full»", "alamat": "«T3:P2:po_box»"},
        "catatan": "Titip ke «P3.first» (satpam) kalau «P1.first» tidak ada. Jangan kirim hari Minggu."}},
    {"id": "t3_tool_zh_wuliu", "kind": "tool_args", "lang": "zh", "body": {
        "function": "logistics.create_order",
        "arguments": {"订单号": "«N:order_number:bare»", "收件人": "«P1.full»", "联系电话": "«P1.mobile»", "收货地址": "«T3:P1:address_floor»",
                      "省份": "«T3:P1:region»", "邮编": "«P1.postcode»",
                      "寄件人": {"公司": "«CO»", "联系人": "«P2.full»", "电话": "«P2.landline»", "地址": "«T3:P2:po_box»"},
                      "备注": "工作日送到公司，周末请送到«L:city:杭州|苏州|宁波|无锡»家里，联系«P3.full»。"}}},
    {"id": "t3_tool_nl_zoek_contact", "kind": "tool_args", "lang": "nl", "body": {
        "tool": "crm.zoek_contact",
        "request_id": "«N:uuid:bare»",
        "result": [
            {"voornaam": "«T3:shape:P1:particle»«P1.first»", "tussenvoegsel": "«T3:P1:tussen»", "achternaam": "«T3:P1:last_core»",
             "woonplaats": "«P1.city»", "postcode": "«P1.postcode»", "provincie": "«T3:P1:region»", "telefoon": "«P1.phone»"},
            {"contactpersoon": "«T3:shape:P2:particle»«T3:P2:nl_sort»", "adres": "«T3:P2:address_floor»", "email": "«P2.email»"},
            {"contactpersoon": "«P3.title_last»", "bedrijf": "«IG:organization:Van Lanschot|Albert Heijn|De Vries Bouw|Jansen Transport»",
             "opmerking": "«P3.first» werkt alleen op dinsdag en donderdag."}]}},
    {"id": "t3_tool_ja_kokyaku", "kind": "tool_args", "lang": "ja", "body": {
        "tool": "crm.update_customer",
        "params": {"顧客ID": "C«N:short_digit_group:bare»", "会社名": "«CO»", "担当者": "«P1.full»", "郵便番号": "«P1.postcode»", "都道府県": "«T3:P1:region»",
                   "住所": "«T3:P1:address_short»", "電話番号": "«P1.phone»", "メール": "«P1.email»", "営業担当": "«AGENT.full»",
                   "備考": "«P1.last»様は来月から«L:city:大阪|福岡|名古屋|札幌»支社に異動予定。後任は«P2.full»様。"}}},
]

PII_TEMPLATES: list[dict[str, Any]] = TICKETS + EMAILS + CRM_NOTES + CHATS + TOOL_ARGS
SECRET_TEMPLATES: list[dict[str, Any]] = []

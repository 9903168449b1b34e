# ruff: noqa: E501, RUF001
"""PII templates of the tune4 split (a TUNING split, PII documents only): ``generate.py --split tune4``.

Written from scratch, apart from the recognizers (src/arbiter/pii/) and from the held-out splits' templates and
files (neither was opened), to stress how people and places of many cultures appear in real text: Nordic,
Baltic, Slavic, Balkan, Greek, Turkish, Arabic and Persian (Latin letters and some Arabic script), South Asian,
Vietnamese, Thai, Indonesian/Malay, Filipino, Chinese/Japanese/Korean (romanised and native script),
Yoruba/Igbo/Hausa, Akan, Swahili, Amharic (romanised), Zulu/Xhosa, Latin American, Portuguese and Brazilian names,
and the cities, towns, villages, traditional regions, districts and postal addresses of their countries, next
to the pattern entities (phones, e-mails, IBANs, cards) at normal density and hard negatives (organisations and
products named after places or people, words that are names in another language, capitalised common nouns,
months and weekdays, brands, street-like titles, ticket ids, order numbers, dates, amounts, times).

The prefix ``T4`` belongs to test4 (``templates_test4.slot``), so this module's slots are written ``«TU4:…»`` and
rendered by :func:`slot` below (generate.py sends every ``TU4:`` slot here). All names and places come from the
tables of this module; generate.py supplies the phone numbers, cards, IBANs, SSNs, IPs, organisation names and
the generated hard negatives (``«PHONE»``, ``«P1.mobile»``, ``«CARD»``, ``«IBAN:LT»``, ``«N:…»``, ``«CO»``, …).

- ``«TU4:who:KEY:GROUPS[:f|m]»`` casts person KEY (P1…P6, AGENT, ME, BOSS) from one of GROUPS (group keys or
  aliases joined by ``|``: ``nordic``, ``baltic``, ``slavic``, ``balkan``, ``arab``, ``southasia``, ``sea``,
  ``cjk``, ``westafrica``, ``eastafrica``, ``latam``, ``lusophone``, ``west``, ``any``; the least-used group wins).
  Renders nothing and must come before any other slot of KEY. People not cast this way are generate.py's.
- ``«TU4:KEY:ATTR»`` for a cast person. Names (PERSON): ``full``, ``first``, ``last``, ``full_lower``,
  ``first_lower``, ``last_lower``, ``last_upper`` (``OKONKWO Chinedu``), ``last_comma`` (``Okonkwo, Chinedu``),
  ``initial_last`` (``C. Okonkwo``), ``first_initial`` (``Chinedu O.``), ``full_middle`` (patronymics, middle
  initials, second surnames), ``nick`` (PERSON subtype ``nickname``), ``hon_last``/``hon_first``/``hon_full``
  (an honorific of the template's language or the person's culture, outside the span: ``Engr. Okafor``,
  ``Ato Abebe``, ``anh Hùng``, ``Pak Budi``, ``Mehmet Bey``, ``Nagy Zoltán úr``, ``佐藤様``, ``김지훈 씨``),
  ``native`` (native script: Arabic, Persian, Greek, Chinese, Japanese, Korean). In ja/zh/ko templates people of
  that culture are written in native script. Places (LOCATION): ``city``, ``city_lower``, ``town``, ``village``,
  ``region`` (traditional or administrative region), ``district``, ``street`` (subtype ``street_address``),
  ``postcode``, ``country`` (English, or the endonym in the person's own language), ``address`` / ``address_ml``
  (the national postal format, one span). Contact: ``email``, ``work_email`` (EMAIL_ADDRESS); phones, cards and
  IBANs come from generate.py's slots (``«P1.mobile»``, …).
- ``«TU4:place:GROUPS:KIND»``: a place of KIND (``city``, ``town``, ``village``, ``region``, ``district``,
  ``address``) of a group, without a person; ``«TU4:country:CODE»``: a country name.
- ``«TU4:trcity:KIND:CASE»``: a Turkish place with a case suffix after an apostrophe, outside the span
  (``Trabzon'da``, ``Kapadokya'ya``); CASE ``loc``, ``abl``, ``dat``, ``gen``.
- ``«TU4:neg:KIND»``: hard negatives written by this module: ``ticket_id``, ``time``, ``booking_ref``,
  ``flight``, ``plate``; ``«TU4:amt:CUR»``: an amount in a currency (ISO code) written the local way (``amount``).

Labels follow README.md: titles, honorifics and suffixes after an apostrophe outside the span, particles inside
(``bin Hamad``, ``a/p``, ``van den``, ``de Almeida``), an address is one span; case forms fused into the word are
labelled whole (``Tampereella``, ``w Krakowie`` → ``Krakowie``, ``Debrecenben``), prepositions stay outside.
New LOCATION subtypes: ``town``, ``village`` (besides ``city``, ``region``, ``district``, ``country``, ``address``,
``street_address``, ``postcode``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from typing import Any

PERSON_KEYS = ("P1", "P2", "P3", "P4", "P5", "P6", "AGENT", "ME", "BOSS")


def _gen(doc: Any) -> Any:
    """generate.py's module (imported as __main__ or as generate), without importing it again."""
    return sys.modules[type(doc).__module__]


def _per(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "PERSON", {"subtype": sub})


def _loc(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "LOCATION", {"subtype": sub})


def _fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i")
    s = s.replace("ð", "d").replace("Ð", "D").replace("þ", "th").replace("Þ", "Th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


# ----------------------------------------------------------------------------------------------
# Cultures ("groups"): names, places, postal formats. Every list here was written for tune4.
# ----------------------------------------------------------------------------------------------

class Group:
    def __init__(self, key: str, code: str, male: list[str], female: list[str], last: list[Any], *,
                 en: str, endonym: str, mail: list[str], tld: str, cities: list[str], towns: list[str],
                 villages: list[str], regions: list[str], districts: list[str], streets: list[str], pc: str,
                 addr: list[str], acity: list[str] | None = None, order: str = "gf", nick: dict[str, list[str]] | None = None,
                 native: dict[str, str] | None = None, lang: str = ""):
        self.key, self.code, self.male, self.female, self.last = key, code, male, female, last
        self.en, self.endonym, self.mail, self.tld = en, endonym, mail, tld
        self.cities, self.towns, self.villages, self.regions, self.districts = cities, towns, villages, regions, districts
        self.streets, self.pc, self.addr, self.acity = streets, pc, addr, acity or cities
        self.order, self.nick, self.native, self.lang = order, nick or {}, native or {}, lang


GROUPS: dict[str, Group] = {}


def _g(key: str, code: str, male: str, female: str, last: str, **kw: Any) -> None:
    """Lists are written as ' / '-separated strings; a surname 'Wiśniewski~Wiśniewska' has a male and a female form."""
    def sp(s: str) -> list[str]:
        return [x.strip() for x in s.split(" / ") if x.strip()]
    lasts: list[Any] = [tuple(x.split("~")) if "~" in x else x for x in sp(last)]
    for k in ("cities", "towns", "villages", "regions", "districts", "streets", "acity", "mail"):
        if isinstance(kw.get(k), str):
            kw[k] = sp(kw[k])
    GROUPS[key] = Group(key, code, sp(male), sp(female), lasts, **kw)


# --- Nordic ---
_g("se", "SE", "Björn / Anders / Mikael / Johan / Oskar / Gustav / Lennart / Henrik / Pontus / Nils",
   "Ingrid / Astrid / Sofia / Karin / Elin / Maja / Linnea / Birgitta / Ebba / Sigrid",
   "Lindqvist / Sjöberg / Bergström / Holmgren / Nyström / Åberg / Lundgren / Wikström / Engström / Hedlund / Forsberg",
   en="Sweden", endonym="Sverige", lang="sv", mail="telia.com / bredband2.com / spray.se / gmail.com", tld="se",
   cities="Göteborg / Malmö / Uppsala / Norrköping / Sundsvall / Luleå / Helsingborg / Karlstad",
   towns="Ystad / Visby / Kiruna / Oskarshamn / Arvika / Falun", villages="Mölle / Tällberg / Fjällbacka / Abisko",
   regions="Småland / Norrland / Dalarna / Lappland / Bohuslän / Hälsingland",
   districts="Södermalm / Majorna / Möllevången / Vasastan / Haga",
   streets="Storgatan / Drottninggatan / Kyrkogatan / Björkvägen / Skolgatan / Östra Hamngatan", pc="### ##",
   addr=["{s} {n}, {pc} {city}", "{s} {n} lgh {a4}\n{pc} {CITY}", "{s} {n}\n{pc} {city}"],
   nick={"Mikael": ["Micke"], "Gustav": ["Gurra"], "Birgitta": ["Gittan"], "Lennart": ["Lelle"], "Karin": ["Kajsa"]})
_g("no", "NO", "Håkon / Sindre / Eirik / Magnus / Øyvind / Torbjørn / Vegard / Sigurd",
   "Solveig / Ragnhild / Ingeborg / Silje / Marit / Tone / Hege / Kristin",
   "Haugen / Bakke / Solberg / Fjeldstad / Halvorsen / Strand / Kvamme / Rønning / Aasen / Nygård",
   en="Norway", endonym="Norge", lang="no", mail="online.no / getmail.no / gmail.com", tld="no",
   cities="Bergen / Trondheim / Stavanger / Tromsø / Kristiansand / Ålesund / Bodø",
   towns="Lillehammer / Røros / Flekkefjord / Narvik / Hamar", villages="Reine / Flåm / Geiranger / Undredal",
   regions="Vestlandet / Finnmark / Lofoten / Sørlandet / Hardanger / Gudbrandsdalen",
   districts="Grünerløkka / Majorstuen / Sandviken / Bakklandet",
   streets="Kirkegata / Storgata / Strandgaten / Skippergata / Kongens gate / Bygdøy allé", pc="####",
   addr=["{s} {n}, {pc} {city}", "{s} {n}{L}\n{pc} {CITY}", "{s} {n}, H0{f}0{a1}, {pc} {city}"])
_g("dk", "DK", "Søren / Mads / Rasmus / Kasper / Jeppe / Troels / Bjarne / Morten",
   "Mette / Signe / Sanne / Lærke / Dorthe / Pernille / Camilla / Rikke",
   "Kjærgaard / Mikkelsen / Thygesen / Østergaard / Nørgaard / Frandsen / Damgaard / Kristensen / Bach",
   en="Denmark", endonym="Danmark", lang="da", mail="mail.dk / stofanet.dk / gmail.com", tld="dk",
   cities="Aarhus / Odense / Aalborg / Esbjerg / Randers / Kolding / Roskilde",
   towns="Skagen / Ribe / Svendborg / Ebeltoft / Tønder", villages="Sønderho / Gudhjem / Tisvildeleje / Rømø",
   regions="Vendsyssel / Himmerland / Sønderjylland / Thy / Lolland", districts="Nørrebro / Vesterbro / Frederiksberg / Trøjborg",
   streets="Nørregade / Algade / Jernbanegade / Vestergade / Søndergade / Rosenvænget", pc="####",
   addr=["{s} {n}, {f}. tv., {pc} {city}", "{s} {n}\n{pc} {city}", "{s} {n}, st. th., {pc} {city}"])
_g("fi", "FI", "Juhani / Eero / Tapio / Jarmo / Ville / Teemu / Lauri / Aatu / Kalle / Ilmari",
   "Aino / Sirpa / Tuulikki / Liisa / Hanna / Riikka / Elina / Noora / Päivi / Satu",
   "Virtanen / Mäkelä / Heikkinen / Laaksonen / Koskinen / Hämäläinen / Järvinen / Kettunen / Saarinen / Räsänen",
   en="Finland", endonym="Suomi", lang="fi", mail="luukku.com / suomi24.fi / gmail.com", tld="fi",
   cities="Tampere / Turku / Oulu / Jyväskylä / Kuopio / Lahti / Vaasa / Joensuu",
   towns="Savonlinna / Porvoo / Rauma / Kemi / Iisalmi / Loviisa", villages="Nuuksio / Saariselkä / Fiskars / Inari",
   regions="Savo / Karjala / Pohjanmaa / Lappi / Kainuu / Häme", districts="Kallio / Hervanta / Tuira / Kaleva / Töölö",
   streets="Hämeenkatu / Kauppakatu / Rantatie / Koulukatu / Puistokatu / Koivukuja", pc="#####",
   addr=["{s} {n} {L} {a2}, {pc} {city}", "{s} {n} as. {a2}\n{pc} {CITY}", "{s} {n}, {pc} {city}"],
   nick={"Juhani": ["Jussi"], "Tapio": ["Tapsa"], "Ville": ["Vilppu"], "Riikka": ["Riikkis"]})
_g("is", "IS", "Gunnar / Sigurður / Ólafur / Kristján / Einar / Bjarki",
   "Guðrún / Sigríður / Katrín / Hrafnhildur / Ragnheiður / Sólveig",
   "Jóns~Jóns / Einars~Einars / Magnús~Magnús / Stefáns~Stefáns / Karls~Karls / Björns~Björns / Helga~Helga",
   en="Iceland", endonym="Ísland", lang="is", mail="simnet.is / visir.is / gmail.com", tld="is",
   cities="Reykjavík / Akureyri / Hafnarfjörður / Kópavogur / Selfoss", towns="Húsavík / Ísafjörður / Vík / Stykkishólmur",
   villages="Djúpivogur / Siglufjörður / Hellissandur", regions="Vestfirðir / Austurland / Suðurland",
   districts="Vesturbær / Hlíðar / Grafarvogur", streets="Laugavegur / Skólavörðustígur / Hafnarstræti / Hringbraut",
   pc="###", addr=["{s} {n}, {pc} {city}"])

# --- Baltic ---
_g("lt", "LT", "Mindaugas / Tomas / Darius / Vytautas / Rokas / Gintaras / Paulius / Žygimantas",
   "Rūta / Eglė / Giedrė / Ieva / Gabija / Aušra / Inga / Jurgita",
   "Kazlauskas~Kazlauskienė / Petrauskas~Petrauskaitė / Jankauskas~Jankauskienė / Žukauskas~Žukauskaitė / Butkus~Butkienė / Paulauskas~Paulauskienė / Vasiliauskas~Vasiliauskaitė / Urbonas~Urbonienė",
   en="Lithuania", endonym="Lietuva", lang="lt", mail="gmail.com / inbox.lt / one.lt", tld="lt",
   cities="Vilnius / Kaunas / Klaipėda / Šiauliai / Panevėžys / Alytus", towns="Trakai / Palanga / Birštonas / Kėdainiai / Anykščiai",
   villages="Nida / Zervynos / Margionys", regions="Žemaitija / Aukštaitija / Dzūkija / Suvalkija / Mažoji Lietuva",
   districts="Užupis / Žvėrynas / Antakalnis / Šančiai", streets="Gedimino pr. / Laisvės al. / Vilniaus g. / Pylimo g. / Savanorių pr. / Tilto g.",
   pc="LT-#####", addr=["{s} {n}-{a2}, {pc} {city}", "{s} {n}\n{pc} {city}"])
_g("lv", "LV", "Jānis / Andris / Mārtiņš / Edgars / Kārlis / Raivis / Artūrs / Aigars",
   "Ilze / Līga / Kristīne / Inese / Zane / Dace / Sandra / Agnese",
   "Bērziņš~Bērziņa / Kalniņš~Kalniņa / Ozoliņš~Ozoliņa / Liepiņš~Liepiņa / Krūmiņš~Krūmiņa / Vītols~Vītola / Balodis~Balode / Zariņš~Zariņa",
   en="Latvia", endonym="Latvija", lang="lv", mail="inbox.lv / apollo.lv / gmail.com", tld="lv",
   cities="Rīga / Daugavpils / Liepāja / Jelgava / Ventspils / Valmiera", towns="Sigulda / Kuldīga / Cēsis / Talsi",
   villages="Kolka / Pāvilosta / Mazsalaca", regions="Kurzeme / Latgale / Vidzeme / Zemgale / Sēlija",
   districts="Āgenskalns / Teika / Mežaparks / Purvciems", streets="Brīvības iela / Elizabetes iela / Lāčplēša iela / Tērbatas iela / Ganību dambis",
   pc="LV-####", addr=["{s} {n}-{a2}, {city}, {pc}", "{s} {n}\n{city}, {pc}"])
_g("ee", "EE", "Tõnu / Priit / Margus / Rein / Indrek / Siim / Kaarel / Jaanus",
   "Kadri / Triin / Liis / Kristiina / Piret / Maarja / Kertu / Eha",
   "Tamm / Saar / Sepp / Mägi / Kask / Kukk / Rebane / Ilves / Pärn / Koppel",
   en="Estonia", endonym="Eesti", lang="et", mail="hot.ee / mail.ee / gmail.com", tld="ee",
   cities="Tallinn / Tartu / Pärnu / Narva / Viljandi / Rakvere", towns="Haapsalu / Kuressaare / Otepää / Paide",
   villages="Käsmu / Altja / Vilsandi", regions="Saaremaa / Virumaa / Setomaa / Hiiumaa",
   districts="Kalamaja / Kadriorg / Nõmme / Supilinn", streets="Narva mnt / Pärnu mnt / Tartu mnt / Rüütli tn / Vabaduse pst",
   pc="#####", addr=["{s} {n}-{a2}, {pc} {city}", "{s} {n}\n{pc} {city}"])

# --- Slavic ---
_g("pl", "PL", "Bartosz / Krzysztof / Grzegorz / Paweł / Jakub / Wojciech / Mateusz / Łukasz",
   "Agnieszka / Małgorzata / Katarzyna / Zofia / Joanna / Dorota / Weronika / Ewa",
   "Wiśniewski~Wiśniewska / Wójcik~Wójcik / Kamiński~Kamińska / Lewandowski~Lewandowska / Zieliński~Zielińska / Szymański~Szymańska / Dąbrowski~Dąbrowska / Kozłowski~Kozłowska / Mazur~Mazur / Krawczyk~Krawczyk / Pietrzak~Pietrzak",
   en="Poland", endonym="Polska", lang="pl", mail="wp.pl / o2.pl / interia.pl / onet.pl", tld="pl",
   cities="Gdańsk / Wrocław / Poznań / Łódź / Białystok / Rzeszów / Olsztyn / Bydgoszcz", towns="Zakopane / Sopot / Kazimierz Dolny / Sandomierz / Mikołajki",
   villages="Chochołów / Zalipie / Wdzydze Kiszewskie", regions="Mazury / Podhale / Kaszuby / Śląsk / Podlasie / Bieszczady",
   districts="Mokotów / Kazimierz / Nadodrze / Wrzeszcz / Jeżyce", streets="ul. Długa / ul. Kościuszki / ul. Mickiewicza / al. Niepodległości / ul. Słowackiego / ul. Ogrodowa",
   pc="##-###", addr=["{s} {n}/{a2}, {pc} {city}", "{s} {n} m. {a2}\n{pc} {city}", "{s} {n}, {pc} {city}"],
   nick={"Krzysztof": ["Krzysiek"], "Grzegorz": ["Grzesiek"], "Małgorzata": ["Gosia"], "Katarzyna": ["Kasia"], "Zofia": ["Zosia"], "Jakub": ["Kuba"]})
_g("cz", "CZ", "Jiří / Petr / Tomáš / Ondřej / Vojtěch / Lukáš / Zdeněk / Radek",
   "Jana / Lenka / Tereza / Markéta / Hana / Zuzana / Kateřina / Alena",
   "Dvořák~Dvořáková / Novotný~Novotná / Procházka~Procházková / Černý~Černá / Kučera~Kučerová / Veselý~Veselá / Horák~Horáková / Němec~Němcová / Pokorný~Pokorná",
   en="Czechia", endonym="Česko", lang="cs", mail="seznam.cz / email.cz / centrum.cz", tld="cz",
   cities="Brno / Ostrava / Plzeň / Liberec / Hradec Králové / České Budějovice / Zlín", towns="Telč / Kutná Hora / Mikulov / Český Krumlov / Tábor",
   villages="Holašovice / Lednice / Pasohlávky", regions="Morava / Šumava / Haná / Valašsko / Slovácko / Krkonoše",
   districts="Žižkov / Vinohrady / Karlín / Žabovřesky", streets="Husova / Palackého / Masarykova / Nádražní / Komenského / Lidická",
   pc="### ##", addr=["{s} {n4}/{n}, {pc} {city}", "{s} {n}\n{pc} {city}"],
   nick={"Tomáš": ["Tom"], "Jiří": ["Jirka"], "Kateřina": ["Katka"], "Zuzana": ["Zuzka"]})
_g("sk", "SK", "Juraj / Miroslav / Marek / Matúš / Ľubomír / Peter", "Zuzana / Monika / Silvia / Lucia / Ľubica / Katarína",
   "Kováč~Kováčová / Varga~Vargová / Baláž~Balážová / Tóth~Tóthová / Oravec~Oravcová / Hudák~Hudáková",
   en="Slovakia", endonym="Slovensko", lang="sk", mail="azet.sk / zoznam.sk / gmail.com", tld="sk",
   cities="Bratislava / Košice / Žilina / Prešov / Nitra / Banská Bystrica", towns="Bardejov / Levoča / Piešťany / Poprad",
   villages="Vlkolínec / Čičmany / Ždiar", regions="Orava / Liptov / Spiš / Záhorie / Gemer", districts="Petržalka / Ružinov / Staré Mesto",
   streets="Obchodná / Štúrova / Hlavná / Mlynská", pc="### ##", addr=["{s} {n}, {pc} {city}"])
_g("ua", "UA", "Taras / Bohdan / Dmytro / Yaroslav / Ostap / Mykhailo / Vasyl / Artem",
   "Oksana / Solomiia / Halyna / Khrystyna / Ulyana / Iryna / Olesia / Mariana",
   "Shevchuk / Kovalchuk / Hnatyuk / Lysenko / Moroz / Savchenko / Kravets / Ponomarenko / Ostapenko / Marchuk",
   en="Ukraine", endonym="Україна", lang="uk", mail="ukr.net / i.ua / gmail.com", tld="ua",
   cities="Lviv / Kharkiv / Odesa / Dnipro / Zaporizhzhia / Vinnytsia / Chernivtsi / Poltava", towns="Kamianets-Podilskyi / Truskavets / Uman / Berdychiv",
   villages="Yaremche / Kosiv / Opishnia", regions="Halychyna / Zakarpattia / Podillia / Volyn / Bukovyna / Slobozhanshchyna",
   districts="Podil / Obolon / Sykhiv / Moldavanka", streets="vul. Shevchenka / vul. Franka / prosp. Peremohy / vul. Sahaidachnoho / vul. Sadova",
   pc="#####", addr=["{s}, {n}, kv. {a2}, {city}, {pc}", "{s} {n}, {city} {pc}"])
_g("ru", "RU", "Dmitry / Alexei / Nikolai / Vladimir / Yevgeny / Konstantin / Roman / Maxim",
   "Svetlana / Olga / Yulia / Ksenia / Daria / Marina / Polina / Vera",
   "Ivanov~Ivanova / Orlov~Orlova / Belov~Belova / Zaitsev~Zaitseva / Pavlov~Pavlova / Gusev~Guseva / Vinogradov~Vinogradova / Komarov~Komarova",
   en="Russia", endonym="Россия", lang="ru", mail="yandex.ru / mail.ru / bk.ru", tld="ru",
   cities="Kazan / Samara / Yekaterinburg / Novosibirsk / Nizhny Novgorod / Kaliningrad / Irkutsk", towns="Suzdal / Vyborg / Pskov / Kolomna",
   villages="Listvyanka / Kizhi / Tolbuzino", regions="Siberia / Karelia / the Urals / the Volga region", districts="Zamoskvorechye / Vasilyevsky Island / Akademgorodok",
   streets="ul. Bolshaya Pokrovskaya / ul. Baumana / prosp. Lenina / ul. Sovetskaya", pc="######", addr=["{s}, d. {n}, kv. {a2}, {city}, {pc}"])
_g("bg", "BG", "Georgi / Stoyan / Hristo / Ivaylo / Dimitar / Nikolay", "Desislava / Tsvetelina / Radka / Galina / Mariya / Yordanka",
   "Stoyanov~Stoyanova / Dimitrov~Dimitrova / Hristov~Hristova / Todorov~Todorova / Kolev~Koleva / Angelov~Angelova",
   en="Bulgaria", endonym="България", lang="bg", mail="abv.bg / mail.bg / gmail.com", tld="bg",
   cities="Plovdiv / Varna / Burgas / Ruse / Stara Zagora / Veliko Tarnovo", towns="Bansko / Koprivshtitsa / Sozopol / Melnik",
   villages="Shiroka Laka / Zheravna / Kovachevitsa", regions="Rhodopes / Dobrudzha / Thrace / Pirin", districts="Lozenets / Mladost / Kapana",
   streets="ul. Vasil Levski / bul. Bulgaria / ul. Rakovski / bul. Tsar Osvoboditel", pc="####", addr=["{s} {n}, ap. {a2}, {pc} {city}"])

# --- Balkan ---
_g("hr", "HR", "Luka / Marko / Ante / Tomislav / Dario / Krešimir / Josip / Ivan",
   "Ivana / Marija / Petra / Mateja / Lucija / Jelena / Nikolina / Ana",
   "Horvat / Kovačević / Babić / Marić / Jurić / Knežević / Vuković / Perić / Tomić / Pavić",
   en="Croatia", endonym="Hrvatska", lang="hr", mail="net.hr / t-com.hr / gmail.com", tld="hr",
   cities="Split / Rijeka / Osijek / Zadar / Pula / Varaždin / Dubrovnik / Šibenik", towns="Rovinj / Makarska / Samobor / Trogir / Vukovar",
   villages="Motovun / Grožnjan / Ston / Baška Voda", regions="Dalmacija / Slavonija / Istra / Zagorje / Lika / Kvarner",
   districts="Trešnjevka / Maksimir / Meje / Lapad", streets="Ilica / Vukovarska ulica / Ulica kralja Zvonimira / Obala kneza Branimira / Put Firula",
   pc="#####", addr=["{s} {n}, {pc} {city}", "{s} {n}\n{pc} {city}"])
_g("rs", "RS", "Nemanja / Stefan / Miloš / Dušan / Aleksandar / Nikola / Đorđe / Vladimir",
   "Jovana / Milica / Tijana / Dragana / Snežana / Teodora / Katarina / Marija",
   "Jovanović / Petrović / Nikolić / Đorđević / Stojanović / Ilić / Marković / Pavlović / Stanković / Ristić",
   en="Serbia", endonym="Srbija", lang="sr", mail="gmail.com / eunet.rs / yahoo.com", tld="rs",
   cities="Novi Sad / Niš / Kragujevac / Subotica / Čačak / Kraljevo", towns="Sombor / Vršac / Zlatibor / Sremski Karlovci",
   villages="Drvengrad / Sirogojno / Gostilje", regions="Vojvodina / Šumadija / Srem / Banat / Bačka", districts="Dorćol / Vračar / Zemun / Liman",
   streets="Bulevar oslobođenja / Kneza Miloša / Cara Dušana / Zmaj Jovina / Njegoševa", pc="#####", addr=["{s} {n}, {pc} {city}", "{s} {n}/{a2}\n{pc} {city}"])
_g("ba", "BA", "Emir / Adnan / Haris / Amar / Edin / Tarik", "Amra / Lejla / Selma / Emina / Aida / Merima",
   "Hodžić / Begić / Delić / Hasanović / Mehmedović / Halilović / Softić / Mujić",
   en="Bosnia and Herzegovina", endonym="Bosna i Hercegovina", lang="bs", mail="bih.net.ba / gmail.com", tld="ba",
   cities="Sarajevo / Mostar / Tuzla / Zenica / Banja Luka / Bihać", towns="Jajce / Počitelj / Travnik / Konjic", villages="Lukomir / Blagaj / Umoljani",
   regions="Herzegovina / Krajina / Posavina", districts="Baščaršija / Grbavica / Alipašino Polje",
   streets="Ferhadija / Maršala Tita / Zmaja od Bosne / Titova", pc="#####", addr=["{s} {n}, {pc} {city}"])
_g("si", "SI", "Matej / Rok / Jure / Gregor / Žiga / Blaž", "Nina / Maja / Špela / Urška / Tina / Mojca",
   "Kranjc / Zupančič / Kos / Vidmar / Golob / Mlakar / Kovačič",
   en="Slovenia", endonym="Slovenija", lang="sl", mail="siol.net / gmail.com", tld="si",
   cities="Maribor / Celje / Kranj / Koper / Novo Mesto", towns="Piran / Bled / Škofja Loka / Ptuj", villages="Kropa / Velika Planina / Trenta",
   regions="Gorenjska / Štajerska / Primorska / Prekmurje", districts="Šiška / Bežigrad / Trnovo",
   streets="Slovenska cesta / Trubarjeva ulica / Gosposka ulica", pc="####", addr=["{s} {n}, {pc} {city}"])
_g("al", "AL", "Arben / Besnik / Dritan / Erion / Gentian / Ilir", "Arta / Blerta / Drita / Elira / Mirela / Teuta",
   "Hoxha / Shehu / Krasniqi / Gashi / Berisha / Leka / Dervishi / Kola",
   en="Albania", endonym="Shqipëria", lang="sq", mail="gmail.com / abissnet.al", tld="al",
   cities="Durrës / Vlorë / Shkodër / Korçë / Elbasan", towns="Berat / Gjirokastër / Sarandë / Himarë", villages="Theth / Valbonë / Dhërmi",
   regions="Labëria / Myzeqe / Dukagjin", districts="Blloku / Kombinat", streets="Rruga e Durrësit / Bulevardi Dëshmorët e Kombit / Rruga Myslym Shyri",
   pc="####", addr=["{s}, Pallati {n}, Shk. {a1}, Ap. {a2}, {pc} {city}"])

# --- Greek, Turkish ---
_g("gr", "GR", "Giannis / Stavros / Thanasis / Christos / Vangelis / Spyros / Michalis / Lefteris",
   "Eleni / Georgia / Chrysa / Angeliki / Dimitra / Evangelia / Ioanna / Zoi",
   "Papadakis~Papadaki / Alexiou~Alexiou / Makris~Makri / Antoniou~Antoniou / Pappas~Pappa / Stavropoulos~Stavropoulou / Lambrakis~Lambraki / Dimopoulos~Dimopoulou / Christodoulou~Christodoulou",
   en="Greece", endonym="Ελλάδα", lang="el", mail="otenet.gr / yahoo.gr / gmail.com", tld="gr",
   cities="Thessaloniki / Patras / Heraklion / Larissa / Volos / Ioannina / Chania / Kavala", towns="Nafplio / Kalambaka / Naxos / Metsovo / Monemvasia",
   villages="Oia / Zagora / Vitsa / Kardamyli", regions="the Peloponnese / Epirus / Chalkidiki / Mani / Thessaly / Crete",
   districts="Kypseli / Exarcheia / Pangrati / Kalamaria", streets="Egnatias / Mitropoleos / Solonos / Ippokratous / Kolokotroni",
   pc="### ##", addr=["{s} {n}, {pc} {city}", "Odos {s} {n}\n{pc} {city}"],
   native={"Giannis": "Γιάννης", "Stavros": "Σταύρος", "Thanasis": "Θανάσης", "Christos": "Χρήστος", "Vangelis": "Βαγγέλης", "Spyros": "Σπύρος",
           "Michalis": "Μιχάλης", "Lefteris": "Λευτέρης", "Eleni": "Ελένη", "Georgia": "Γεωργία", "Chrysa": "Χρύσα", "Angeliki": "Αγγελική",
           "Dimitra": "Δήμητρα", "Evangelia": "Ευαγγελία", "Ioanna": "Ιωάννα", "Zoi": "Ζωή", "Papadakis": "Παπαδάκης", "Papadaki": "Παπαδάκη",
           "Alexiou": "Αλεξίου", "Makris": "Μακρής", "Makri": "Μακρή", "Antoniou": "Αντωνίου", "Pappas": "Παππάς", "Pappa": "Παππά",
           "Stavropoulos": "Σταυρόπουλος", "Stavropoulou": "Σταυροπούλου", "Lambrakis": "Λαμπράκης", "Lambraki": "Λαμπράκη",
           "Dimopoulos": "Δημόπουλος", "Dimopoulou": "Δημοπούλου", "Christodoulou": "Χριστοδούλου"})
_g("tr", "TR", "Mehmet / Emre / Burak / Oğuz / Serkan / Ahmet / Kerem / Yiğit / Cem / Hakan",
   "Elif / Zeynep / Ayşe / Gülşen / Özlem / Şeyma / Büşra / Ebru / Derya / Nilüfer",
   "Yılmaz / Kaya / Demir / Şahin / Çelik / Öztürk / Aydın / Arslan / Doğan / Kılıç / Korkmaz / Aksoy / Güler / Polat",
   en="Türkiye", endonym="Türkiye", lang="tr", mail="hotmail.com / gmail.com / yandex.com.tr", tld="com.tr",
   cities="Trabzon / Rize / Mardin / Kars / Erzurum / Konya / Kayseri / Samsun / Denizli", towns="Bodrum / Ayvalık / Safranbolu / Kaş / Ürgüp / Datça",
   villages="Şirince / Uzungöl / Cumalıkızık / Adatepe", regions="Karadeniz / Ege / Çukurova / Trakya / Doğu Anadolu / Kapadokya",
   districts="Kadıköy / Üsküdar / Çankaya / Karşıyaka / Nilüfer / Bornova", streets="Gazi Cad. / Atatürk Bulvarı / Bahariye Cad. / Cumhuriyet Cad. / Fevzi Çakmak Sok.",
   pc="#####", addr=["{dist} Mah. {s} No: {n} Daire: {a1}, {pc} {city}", "{s} No:{n}/{a1}, {pc} {dist}/{city}"])

# --- Arabic-speaking countries, Iran ---
_ARN = {  # Arabic script of the names of the eg, lb, jo, sa and ae groups (alias "arabscript")
    "Mohamed": "محمد", "Omar": "عمر", "Tarek": "طارق", "Hisham": "هشام", "Bassem": "باسم", "Walid": "وليد", "Karim": "كريم", "Sherif": "شريف",
    "Fatma": "فاطمة", "Aya": "آية", "Noha": "نهى", "Dalia": "داليا", "Hala": "هالة", "Mariam": "مريم", "Yasmine": "ياسمين", "Nermeen": "نرمين",
    "Abdelaziz": "عبد العزيز", "El-Shazly": "الشاذلي", "Darwish": "درويش", "Mansour": "منصور", "Bakr": "بكر", "Shalaby": "شلبي", "Ghoneim": "غنيم", "Zaki": "زكي",
    "Ziad": "زياد", "Marwan": "مروان", "Elie": "إيلي", "Charbel": "شربل", "Wael": "وائل", "Nadim": "نديم", "Rania": "رانيا", "Nadine": "نادين",
    "Maya": "مايا", "Hiba": "هبة", "Joumana": "جمانة", "Rita": "ريتا", "Haddad": "حداد", "Khalil": "خليل", "Nasser": "ناصر", "Saliba": "صليبا",
    "Gemayel": "الجميّل", "Tabet": "ثابت", "Sfeir": "صفير", "Zoghbi": "الزغبي",
    "Abdullah": "عبدالله", "Hamza": "حمزة", "Laith": "ليث", "Yazan": "يزن", "Odai": "عدي", "Layla": "ليلى", "Dana": "دانا", "Lina": "لينا",
    "Ruba": "ربى", "Tala": "تالا", "Al-Amin": "الأمين", "Obeidat": "عبيدات", "Majali": "المجالي", "Zoubi": "الزعبي",
    "Fahad": "فهد", "Turki": "تركي", "Bandar": "بندر", "Saud": "سعود", "Reem": "ريم", "Nouf": "نوف", "Hessa": "حصة", "Abeer": "عبير",
    "Shahad": "شهد", "Lulwa": "لولوة", "Al-Rashidi": "الرشيدي", "Al-Dosari": "الدوسري", "Al-Shammari": "الشمري", "Al-Anazi": "العنزي",
    "Al-Subaie": "السبيعي", "bin Hamad": "بن حمد",
    "Khalifa": "خليفة", "Hamdan": "حمدان", "Ahmed": "أحمد", "Saif": "سيف", "Maitha": "ميثاء", "Shamsa": "شمسة", "Fatima": "فاطمة", "Moza": "موزة",
    "Hind": "هند", "Al-Shamsi": "الشامسي", "Al-Ketbi": "الكتبي", "Al-Nuaimi": "النعيمي", "Al-Dhaheri": "الظاهري", "Al-Marri": "المري",
    "Al-Qubaisi": "القبيسي"}
_g("eg", "EG", "Mohamed / Omar / Tarek / Hisham / Bassem / Walid / Karim / Sherif", "Fatma / Aya / Noha / Dalia / Hala / Mariam / Yasmine / Nermeen",
   "Abdelaziz / El-Shazly / Darwish / Mansour / Bakr / Shalaby / Ghoneim / Zaki",
   en="Egypt", endonym="Misr", lang="ar", mail="gmail.com / yahoo.com / hotmail.com", tld="com.eg",
   cities="Alexandria / Mansoura / Tanta / Asyut / Ismailia / Port Said / Aswan", towns="Dahab / Siwa / Rosetta / Fayoum", villages="Gharb Soheil / Tunis village / Deir el-Medina",
   regions="Upper Egypt / Sinai / the Delta / Nubia", districts="Zamalek / Maadi / Heliopolis / Dokki / Sidi Gaber", streets="Sharia Mohamed Mazhar / Sharia Shehab / Sharia El Horreya / Sharia Road 9",
   pc="#####", addr=["{n} {s}, {dist}, {city} {pc}", "{n} {s}, apt {a2}, {dist}, {city}"], native=_ARN)
_g("lb", "LB", "Ziad / Marwan / Elie / Charbel / Wael / Nadim", "Rania / Nadine / Maya / Hiba / Joumana / Rita",
   "Haddad / Khalil / Nasser / Saliba / Gemayel / Tabet / Sfeir / Zoghbi",
   en="Lebanon", endonym="Lubnan", lang="ar", mail="idm.net.lb / gmail.com", tld="com.lb",
   cities="Tripoli / Sidon / Tyre / Zahle / Jounieh", towns="Batroun / Byblos / Baalbek / Deir el Qamar", villages="Bsharri / Ehden / Douma",
   regions="the Chouf / the Bekaa / Keserwan / Akkar", districts="Achrafieh / Hamra / Gemmayzeh / Mar Mikhael", streets="Rue Armenia / Rue Pasteur / Rue Sursock / Rue Monot",
   pc="#### ####", addr=["{s}, Bldg {n}, {f}th floor, {dist}, {city}"], native=_ARN)
_g("jo", "JO", "Abdullah / Hamza / Laith / Yazan / Odai", "Layla / Dana / Lina / Ruba / Tala",
   "Al-Amin / Haddad / Khalil / Obeidat / Majali / Zoubi",
   en="Jordan", endonym="al-Urdun", lang="ar", mail="gmail.com / orange.jo", tld="jo",
   cities="Irbid / Zarqa / Aqaba / Salt / Madaba", towns="Jerash / Ajloun / Karak / Wadi Musa", villages="Dana / Umm Qais / Feynan",
   regions="the Jordan Valley / Wadi Rum", districts="Jabal Amman / Abdoun / Sweifieh / Shmeisani", streets="Rainbow Street / Mecca Street / Wasfi Al-Tal Street",
   pc="#####", addr=["Building {n}, {s}, {dist}, {city} {pc}"], native=_ARN)
_g("sa", "SA", "Abdullah / Fahad / Nasser / Turki / Bandar / Saud", "Reem / Nouf / Hessa / Abeer / Shahad / Lulwa",
   "Al-Rashidi / Al-Dosari / Al-Shammari / Al-Anazi / Al-Subaie / bin Hamad",
   en="Saudi Arabia", endonym="as-Saudiyya", lang="ar", mail="gmail.com / hotmail.com", tld="sa",
   cities="Jeddah / Dammam / Taif / Abha / Tabuk / Buraidah / Hail", towns="AlUla / Al-Hofuf / Umluj / Jubail", villages="Rijal Almaa / Ushaiger / Al Ghat",
   regions="Najd / Hejaz / Asir / Al-Ahsa / Jazan", districts="Al Olaya / Al Malqa / Al Rawdah / Al Khobar Al Shamalia",
   streets="King Fahd Rd / Prince Sultan St / Tahlia St / Al Urubah Rd", pc="#####", addr=["{n4} {s}, {dist}, {city} {pc} - {n4}"], native=_ARN)
_g("ae", "AE", "Khalifa / Mansour / Hamdan / Ahmed / Saif", "Maitha / Shamsa / Fatima / Moza / Hind",
   "Al-Shamsi / Al-Ketbi / Al-Nuaimi / Al-Dhaheri / Al-Marri / Al-Qubaisi",
   en="United Arab Emirates", endonym="al-Imarat", lang="ar", mail="eim.ae / gmail.com", tld="ae",
   cities="Dubai / Abu Dhabi / Sharjah / Al Ain / Ras Al Khaimah / Fujairah", towns="Dibba / Hatta / Khor Fakkan / Liwa", villages="Masafi / Al Jazirah Al Hamra",
   regions="Al Dhafra / the East Coast", districts="Al Barsha / Deira / Al Karama / Jumeirah / Al Khalidiyah / Al Nahda",
   streets="Street 14 / Al Safa St / Khalid bin Al Waleed Rd / 2nd December St", pc="",
   addr=["Villa {n}, {s}, {dist}, {city}", "Flat {f}0{a1}, {tower} Tower, {dist}, {city}"], native=_ARN)
_g("ma", "MA", "Youssef / Mehdi / Hamza / Anas / Ayoub / Othmane", "Salma / Imane / Meryem / Houda / Ghita / Kenza",
   "Benjelloun / El Fassi / Tazi / Berrada / Ouazzani / Bennis / El Khatib / Amrani",
   en="Morocco", endonym="al-Maghrib", lang="ar", mail="menara.ma / gmail.com / hotmail.fr", tld="ma",
   cities="Fès / Meknès / Oujda / Tétouan / Kénitra / Essaouira / Ouarzazate", towns="Chefchaouen / Asilah / Ifrane / Taroudant", villages="Imlil / Aït Benhaddou / Merzouga",
   regions="the Rif / Souss / the Atlas / Drâa", districts="Maârif / Gauthier / Agdal / Guéliz", streets="Rue Ibn Toumert / Avenue Allal Ben Abdallah / Rue de Fès / Boulevard Zerktouni",
   pc="#####", addr=["{n}, {s}, {dist}, {pc} {city}"], native=_ARN)
_g("dz", "DZ", "Karim / Sofiane / Yacine / Rachid / Amine", "Nassima / Lydia / Amel / Sabrina / Yasmina",
   "Boudiaf / Belkacem / Meziane / Haddad / Ait Ahmed / Cherif",
   en="Algeria", endonym="al-Jazair", lang="ar", mail="gmail.com / yahoo.fr", tld="dz",
   cities="Oran / Constantine / Annaba / Tlemcen / Béjaïa / Sétif", towns="Ghardaïa / Timimoun / Cherchell", villages="Tikjda / Taghit",
   regions="Kabylie / the Aurès / the M'zab", districts="Hydra / Bab El Oued / El Biar", streets="Rue Didouche Mourad / Boulevard Mohamed V / Rue Larbi Ben M'hidi",
   pc="#####", addr=["{n}, {s}, {pc} {city}"], native=_ARN)
_g("tn", "TN", "Mehdi / Skander / Aymen / Walid", "Ines / Rym / Amira / Sonia",
   "Ben Youssef / Trabelsi / Jebali / Gharbi / Ben Salah",
   en="Tunisia", endonym="Tunis", lang="ar", mail="topnet.tn / gmail.com", tld="tn",
   cities="Sfax / Sousse / Kairouan / Bizerte / Gabès", towns="Hammamet / Tozeur / Tabarka / Mahdia", villages="Sidi Bou Said / Takrouna / Chenini",
   regions="the Sahel / Cap Bon / Djerba", districts="La Marsa / El Menzah / Lac 2", streets="Avenue Habib Bourguiba / Rue de Marseille / Rue Charles de Gaulle",
   pc="####", addr=["{n} {s}, {pc} {city}"], native=_ARN)
_g("ir", "IR", "Reza / Ali / Amir / Mehdi / Dariush / Kaveh / Babak / Arash", "Shirin / Parisa / Maryam / Nasrin / Leila / Mahsa / Niloufar / Roya",
   "Hosseini / Rahimi / Karimi / Moradi / Tehrani / Jafari / Ahmadi / Sadeghi / Farahani / Shirazi / Esfahani",
   en="Iran", endonym="ایران", lang="fa", mail="yahoo.com / gmail.com", tld="ir",
   cities="Tabriz / Shiraz / Isfahan / Mashhad / Rasht / Kerman / Yazd / Hamedan", towns="Kashan / Bam / Masuleh / Qeshm", villages="Abyaneh / Kandovan / Meymand",
   regions="Gilan / Khorasan / Mazandaran / Baluchestan / Fars", districts="Tajrish / Niavaran / Vanak / Jolfa",
   streets="Vali-e Asr St. / Enghelab St. / Chahar Bagh St. / Zand Blvd.", pc="#####-#####",
   addr=["No. {n}, {alley} Alley, {s}, {city} {pc}", "{city}, {s}, No. {n}, Unit {a1}, Postal code {pc}"],
   native={"Reza": "رضا", "Ali": "علی", "Amir": "امیر", "Mehdi": "مهدی", "Dariush": "داریوش", "Kaveh": "کاوه", "Babak": "بابک", "Arash": "آرش",
           "Shirin": "شیرین", "Parisa": "پریسا", "Maryam": "مریم", "Nasrin": "نسرین", "Leila": "لیلا", "Mahsa": "مهسا", "Niloufar": "نیلوفر",
           "Roya": "رویا", "Hosseini": "حسینی", "Rahimi": "رحیمی", "Karimi": "کریمی", "Moradi": "مرادی", "Tehrani": "تهرانی", "Jafari": "جعفری",
           "Ahmadi": "احمدی", "Sadeghi": "صادقی", "Farahani": "فراهانی", "Shirazi": "شیرازی", "Esfahani": "اصفهانی"})

# --- South Asia ---
_g("in_n", "IN", "Arjun / Rohan / Vikram / Siddharth / Rajesh / Harpreet / Sandeep / Aditya / Manish / Gaurav",
   "Ananya / Deepika / Neha / Shreya / Sunita / Divya / Pooja / Ritu / Simran / Kavita",
   "Sharma / Gupta / Banerjee / Chatterjee / Singh / Desai / Joshi / Kulkarni / Agarwal / Malhotra / Bhattacharya",
   en="India", endonym="Bharat", lang="hi", mail="rediffmail.com / gmail.com / yahoo.co.in", tld="in",
   cities="Lucknow / Jaipur / Pune / Nagpur / Chandigarh / Indore / Bhopal / Varanasi / Amritsar", towns="Shimla / Rishikesh / Pushkar / Mussoorie / Udaipur",
   villages="Khimsar / Mawlynnong / Malana / Pochampally", regions="Marwar / Awadh / Konkan / Bundelkhand / Doaba / Mewar",
   districts="Koregaon Park / Hazratganj / Malviya Nagar / Salt Lake / Andheri West",
   streets="MG Road / Station Road / Nehru Marg / Link Road / Ring Road", pc="######",
   addr=["Flat {f}0{a1}, {soc}, {s}, {dist}, {city} - {pc}", "H.No. {n}, {s}, {dist}, {city} {pc}"],
   nick={"Siddharth": ["Sid"], "Rajesh": ["Raju"], "Aditya": ["Adi"], "Sandeep": ["Sandy"], "Ananya": ["Anu"], "Deepika": ["Deepu"]})
_g("in_s", "IN", "Karthik / Venkatesh / Suresh / Pradeep / Anand / Ramesh / Srinivas", "Lakshmi / Meera / Kavya / Priya / Revathi / Sowmya / Divya",
   "Iyer / Reddy / Nair / Menon / Pillai / Rao / Krishnan / Subramanian / Naidu",
   en="India", endonym="Bharat", lang="hi", mail="gmail.com / yahoo.co.in", tld="in",
   cities="Chennai / Hyderabad / Bengaluru / Kochi / Coimbatore / Madurai / Mysuru / Visakhapatnam", towns="Ooty / Munnar / Hampi / Pondicherry / Kodaikanal",
   villages="Chettinad / Kumarakom / Athirappilly", regions="Malabar / Chettinad / Coorg / Travancore / Rayalaseema", districts="Indiranagar / T. Nagar / Banjara Hills / Adyar / Jayanagar",
   streets="14th Cross / Anna Salai / Road No. 12 / 100 Feet Road / Kamarajar Salai", pc="######",
   addr=["No. {n}, {s}, {dist}, {city} {pc}", "Flat {f}0{a1}, {soc}, {s}, {dist}, {city} - {pc}"])
_g("pk", "PK", "Faisal / Waqas / Junaid / Usman / Hamid / Shahzad", "Saima / Mahnoor / Ayesha / Fiza / Sadia / Rabia",
   "Abbasi / Chaudhry / Hashmi / Javed / Sheikh / Qazi / Niazi / Bhatti",
   en="Pakistan", endonym="Pakistan", lang="ur", mail="gmail.com / yahoo.com", tld="pk",
   cities="Lahore / Karachi / Faisalabad / Multan / Peshawar / Quetta / Sialkot", towns="Murree / Swat / Gilgit / Skardu", villages="Karimabad / Passu",
   regions="Punjab / Sindh / Potohar / Hunza", districts="Gulberg / DHA Phase 5 / Clifton / F-7",
   streets="Street 9 / Main Boulevard / MM Alam Road / Jail Road", pc="#####", addr=["House {n}, {s}, {dist}, {city} {pc}"])
_g("bd", "BD", "Tanvir / Rafiq / Arif / Sabbir / Mahmud", "Nusrat / Farhana / Tahmina / Sharmin / Rumana",
   "Rahman / Hossain / Chowdhury / Islam / Ahmed / Sarkar",
   en="Bangladesh", endonym="Bangladesh", lang="bn", mail="gmail.com / yahoo.com", tld="bd",
   cities="Chattogram / Sylhet / Khulna / Rajshahi / Barishal", towns="Cox's Bazar / Srimangal / Bogura", villages="Sonargaon / Panam Nagar",
   regions="the Sundarbans / Chittagong Hill Tracts", districts="Dhanmondi / Gulshan / Uttara / Banani", streets="Road 27 / Road 11 / Lake Road",
   pc="####", addr=["House {n}, {s}, {dist}, {city} {pc}"])
_g("lk", "LK", "Dilshan / Kasun / Tharindu / Chaminda / Nuwan", "Nimali / Sanduni / Dilhani / Hashini / Ishara",
   "Perera / Fernando / Jayasuriya / Wickramasinghe / Bandara / Senanayake / Gunawardena",
   en="Sri Lanka", endonym="Sri Lanka", lang="si", mail="sltnet.lk / gmail.com", tld="lk",
   cities="Kandy / Galle / Negombo / Jaffna / Kurunegala / Matara", towns="Ella / Nuwara Eliya / Mirissa / Dambulla", villages="Haputale / Kalpitiya",
   regions="the Hill Country / the Cultural Triangle", districts="Wellawatte / Nugegoda / Kollupitiya", streets="Galle Road / Kandy Road / Temple Road",
   pc="#####", addr=["No. {n}, {s}, {dist}, {city} {pc}"])
_g("np", "NP", "Bibek / Sagar / Prakash / Nabin", "Sujata / Anjali / Sarita / Pratima",
   "Shrestha / Gurung / Thapa / Adhikari / Tamang / Maharjan",
   en="Nepal", endonym="Nepal", lang="ne", mail="wlink.com.np / gmail.com", tld="com.np",
   cities="Pokhara / Lalitpur / Bhaktapur / Biratnagar / Butwal", towns="Bandipur / Dhulikhel / Namche Bazaar", villages="Ghandruk / Tansen",
   regions="the Terai / Mustang / Solukhumbu", districts="Thamel / Baneshwor / Patan Durbar", streets="Durbar Marg / Lakeside Road",
   pc="#####", addr=["{s}, {dist}, {city} {pc}"])

# --- South-East Asia ---
_g("vn", "VN", "Văn Hùng / Quang Huy / Minh Khoa / Đức Thắng / Thanh Tùng / Hữu Phước / Hoàng Nam",
   "Thị Hồng / Ngọc Anh / Thu Hà / Thùy Linh / Bảo Ngọc / Khánh Vy / Thanh Thảo",
   "Nguyễn / Trần / Lê / Phạm / Huỳnh / Phan / Vũ / Đỗ / Ngô / Dương",
   en="Vietnam", endonym="Việt Nam", lang="vi", mail="gmail.com / yahoo.com.vn", tld="vn", order="fg",
   cities="Hà Nội / Đà Nẵng / Hải Phòng / Cần Thơ / Huế / Nha Trang / Đà Lạt / Vũng Tàu", towns="Hội An / Sa Pa / Phan Thiết / Mũi Né / Châu Đốc",
   villages="Đường Lâm / Bát Tràng / Tả Van / Mai Châu", regions="Tây Nguyên / Miền Tây / Tây Bắc / Đồng bằng sông Cửu Long",
   districts="Quận 3 / Cầu Giấy / Hải Châu / Ninh Kiều / Bình Thạnh", streets="Trần Hưng Đạo / Nguyễn Trãi / Lê Lợi / Hai Bà Trưng / Phan Đình Phùng",
   pc="", addr=["Số {n} {s}, Phường {a2}, {dist}, {city}", "{n}/{a2} {s}, {dist}, {city}"],
   acity=["TP. Hồ Chí Minh", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Hải Phòng"])
_g("th", "TH", "Somsak / Chaiwat / Kittipong / Nattapong / Preecha / Wichai", "Pimchanok / Ratchanee / Sasithorn / Wanida / Nongnuch / Kanyarat",
   "Saetang / Kongkaew / Srisawat / Chaiyasit / Phromma / Thongdee / Ruangsri / Jaidee",
   en="Thailand", endonym="Prathet Thai", lang="th", mail="hotmail.com / gmail.com", tld="co.th",
   cities="Chiang Mai / Khon Kaen / Hat Yai / Udon Thani / Nakhon Ratchasima / Chiang Rai", towns="Pai / Hua Hin / Ayutthaya / Kanchanaburi / Sukhothai",
   villages="Ban Rak Thai / Mae Kampong / Ko Panyi", regions="Isan / Lanna / the Andaman coast", districts="Thong Lo / Ari / Nimman / Sathorn / Bang Rak",
   streets="Soi Sukhumvit 39 / Charoen Krung Rd / Nimmanhaemin Rd / Phahonyothin Rd", pc="#####",
   addr=["{n}/{a2} Moo {a1}, {s}, {dist}, {city} {pc}"],
   nick={"Somsak": ["Ton"], "Chaiwat": ["Golf"], "Kittipong": ["Beam"], "Pimchanok": ["Pim"], "Ratchanee": ["Nok"], "Sasithorn": ["Mint"], "Wanida": ["Aom"]})
_g("id", "ID", "Budi / Agus / Eko / Bambang / Rizky / Fajar / Dimas / Hendra", "Sri / Dewi / Ratna / Wulan / Ayu / Intan / Nurul / Putri",
   "Santoso / Wijaya / Susanto / Pratama / Nugroho / Hidayat / Saputra / Kusuma / Siregar / Simanjuntak / Nainggolan / Lubis",
   en="Indonesia", endonym="Indonesia", lang="id", mail="yahoo.co.id / gmail.com", tld="co.id",
   cities="Bandung / Medan / Semarang / Makassar / Palembang / Malang / Balikpapan / Manado", towns="Ubud / Bukittinggi / Magelang / Garut / Parapat",
   villages="Penglipuran / Wae Rebo / Nglanggeran / Sade", regions="Priangan / Minahasa / Tapanuli / Jawa Tengah / Nusa Tenggara Timur",
   districts="Kemang / Menteng / Dago / Kebayoran Baru / Sleman", streets="Jl. Diponegoro / Jl. Sudirman / Jl. Kaliurang / Jl. Gajah Mada / Jl. Pemuda",
   pc="#####", addr=["{s} No. {n}, RT 0{a1}/RW 0{a1}, {dist}, {city} {pc}", "{s} No. {n}, {city} {pc}"])
_g("my", "MY", "Azman / Hafiz / Faizal / Khairul / Syafiq", "Nurul Ain / Siti Hajar / Aisyah / Zulaikha / Farhana",
   "bin Ismail~binti Ismail / bin Yusof~binti Yusof / bin Osman~binti Osman / bin Razak~binti Razak / bin Hamzah~binti Hamzah",
   en="Malaysia", endonym="Malaysia", lang="ms", mail="gmail.com / yahoo.com", tld="com.my",
   cities="Penang / Ipoh / Melaka / Kuching / Kota Bharu / Shah Alam", towns="Cameron Highlands / Langkawi / Kuala Terengganu / Sandakan",
   villages="Kampung Baru / Kampung Morten", regions="Sabah / Sarawak / Johor / Kelantan", districts="Bangsar / Petaling Jaya / Mont Kiara / Cheras",
   streets="Jalan SS 2/24 / Jalan Ampang / Lorong Maarof / Jalan Tun Razak", pc="#####", addr=["No. {n}, {s}, {pc} {city}"],
   acity=["Petaling Jaya, Selangor", "Shah Alam, Selangor", "George Town, Pulau Pinang", "Johor Bahru, Johor", "Kuching, Sarawak"])
_g("ph", "PH", "Rommel / Ronaldo / Jericho / Jomar / Nestor / Efren / Ramil / Jun", "Maricris / Lorna / Rowena / Charmaine / Rhea / Marivic / Precious / Joy",
   "Dimaculangan / Macaraeg / Dizon / Soriano / Pangilinan / Manalo / Tolentino / Lacson / Buenaventura / Magbanua",
   en="Philippines", endonym="Pilipinas", lang="tl", mail="yahoo.com / gmail.com", tld="com.ph",
   cities="Cebu City / Davao City / Iloilo City / Bacolod / Baguio / Cagayan de Oro / Zamboanga", towns="Vigan / Sagada / Dumaguete / Tagaytay / Puerto Princesa",
   villages="Batad / Buscalan / Anda", regions="Visayas / Bicol / Cordillera / Ilocos / Mindanao", districts="Lahug / Poblacion / Cubao / Malate / Bonifacio Global City",
   streets="Rizal St. / Mabini St. / Osmeña Blvd. / Katipunan Ave. / J.P. Laurel Ave.", pc="####",
   addr=["Blk {a1} Lot {a2}, {s}, Brgy. {brgy}, {city} {pc}", "{n} {s}, Brgy. {brgy}, {city}"],
   nick={"Ronaldo": ["Jun-jun"], "Rommel": ["Bong"], "Lorna": ["Len-len"], "Maricris": ["Cris"], "Charmaine": ["Cha"]})

# --- Chinese, Japanese, Korean (native names: the tables give script and romanisation) ---
_g("cn", "CN", "Zhiming / Guodong / Wenbo / Haoran / Zixuan / Jianhua", "Tingting / Xuemei / Shihan / Yinuo / Huimin / Chunyan",
   "Zheng / Xie / Han / Tang / Feng / Dong / Xiao / Cao / Yuan / Deng / Shen / Peng",
   en="China", endonym="中国", lang="zh", mail="qq.com / 163.com / 126.com", tld="cn", order="fg",
   cities="Chongqing / Tianjin / Qingdao / Xiamen / Kunming / Harbin / Changsha / Ningbo", towns="Lijiang / Yangshuo / Zhouzhuang / Dali", villages="Hongcun / Xidi / Wuyuan",
   regions="Jiangnan / Lingnan / Dongbei / Guangdong / Yunnan", districts="Pudong / Haidian / Nanshan / Tianhe / Xuhui",
   streets="Keyuan South Road / Tianmushan Road / Zhongshan Road / Huaihai Middle Road", pc="######",
   addr=["Room {f}0{a1}, Building {a1}, No. {n} {s}, {dist} District, {city} {pc}"],
   native={"Zhiming": "志明", "Guodong": "国栋", "Wenbo": "文博", "Haoran": "浩然", "Zixuan": "子轩", "Jianhua": "建华",
           "Tingting": "婷婷", "Xuemei": "雪梅", "Shihan": "诗涵", "Yinuo": "一诺", "Huimin": "慧敏", "Chunyan": "春燕",
           "Zheng": "郑", "Xie": "谢", "Han": "韩", "Tang": "唐", "Feng": "冯", "Dong": "董", "Xiao": "萧", "Cao": "曹", "Yuan": "袁",
           "Deng": "邓", "Shen": "沈", "Peng": "彭"})
_g("tw", "TW", "Yu-cheng / Chia-hao / Kuan-ting / Po-wei", "Yu-ting / Hsin-yi / Ya-ting / Pei-chen",
   "Chen / Lin / Tsai / Hsu / Cheng / Hsieh / Kuo / Tseng",
   en="Taiwan", endonym="Taiwan", lang="zh", mail="gmail.com / yahoo.com.tw", tld="com.tw",
   cities="Kaohsiung / Taichung / Tainan / Hsinchu / Keelung / Hualien", towns="Jiufen / Lukang / Taitung", villages="Alishan / Pingxi",
   regions="Yilan County / Hengchun Peninsula", districts="Da'an / Xinyi / Zhongshan / Beitou",
   streets="Zhongxiao E. Rd. / Minsheng Rd. / Heping W. Rd.", pc="###", addr=["No. {n}, Ln. {a2}, {s}, {dist} Dist., {city} {pc}"])
_g("hk", "HK", "Ka-wai / Chun-kit / Ho-yin / Tsz-hin", "Wing-sze / Hoi-ying / Ka-yan / Pui-shan",
   "Chan / Wong / Leung / Cheung / Lau / Yeung / Tsang / Ho",
   en="Hong Kong", endonym="Hong Kong", lang="zh", mail="netvigator.com / gmail.com", tld="com.hk",
   cities="Kowloon / Sha Tin / Tsuen Wan / Tuen Mun / Yuen Long", towns="Tai O / Sai Kung / Mui Wo", villages="Lai Chi Wo / Sham Wan",
   regions="the New Territories / Lantau", districts="Mong Kok / Sham Shui Po / Wan Chai / Causeway Bay", streets="Nathan Road / Hennessy Road / Des Voeux Road Central",
   pc="", addr=["Flat {L}, {f}/F, {tower} Building, {n} {s}, {dist}"])
_g("jp", "JP", "Shota / Daisuke / Kenichi / Takuya / Ren / Yuto", "Misaki / Hina / Yui / Sakura / Keiko / Mayumi",
   "Sato / Suzuki / Takahashi / Watanabe / Ito / Yamamoto / Nakamura / Kobayashi / Kato / Yoshida / Matsumoto / Inoue",
   en="Japan", endonym="日本", lang="ja", mail="docomo.ne.jp / yahoo.co.jp / gmail.com", tld="co.jp",
   cities="Osaka / Fukuoka / Sapporo / Sendai / Hiroshima / Kanazawa / Kumamoto / Niigata", towns="Takayama / Nikko / Kurashiki / Beppu / Kamakura",
   villages="Shirakawa-go / Ouchi-juku / Tsumago", regions="Kansai / Tohoku / Hokuriku / Kyushu / Shikoku", districts="Shibuya / Nakameguro / Tenjin / Umeda / Namba",
   streets="", pc="###-####", addr=["{n}-{a1}-{a2} {dist}, {city} {pc}"],
   native={"Shota": "翔太", "Daisuke": "大輔", "Kenichi": "健一", "Takuya": "拓也", "Ren": "蓮", "Yuto": "悠人", "Misaki": "美咲", "Hina": "陽菜",
           "Yui": "結衣", "Sakura": "さくら", "Keiko": "恵子", "Mayumi": "真由美", "Sato": "佐藤", "Suzuki": "鈴木", "Takahashi": "高橋",
           "Watanabe": "渡辺", "Ito": "伊藤", "Yamamoto": "山本", "Nakamura": "中村", "Kobayashi": "小林", "Kato": "加藤", "Yoshida": "吉田",
           "Matsumoto": "松本", "Inoue": "井上"})
_g("kr", "KR", "Seo-jun / Do-yoon / Ji-hoon / Hyun-woo / Jun-ho / Tae-yang", "Seo-yeon / Ji-min / Su-ah / Ha-yoon / Eun-ji / Min-ji",
   "Kim / Lee / Park / Choi / Jung / Kang / Yoon / Lim / Han / Oh / Shin / Seo",
   en="South Korea", endonym="대한민국", lang="ko", mail="naver.com / daum.net / gmail.com", tld="co.kr", order="fg",
   cities="Busan / Incheon / Daegu / Daejeon / Gwangju / Ulsan / Jeonju / Suwon", towns="Gyeongju / Andong / Sokcho / Tongyeong", villages="Hahoe / Bukchon / Oedo",
   regions="Jeju-do / Gangwon-do / Honam / Yeongnam / Chungcheong", districts="Mapo-gu / Haeundae-gu / Gangnam-gu / Yeonsu-gu",
   streets="Teheran-ro / Haeundaehaebyeon-ro / World Cup buk-ro / Sejong-daero", pc="#####", addr=["{n} {s}, {dist}, {city} {pc}"],
   native={"Seo-jun": "서준", "Do-yoon": "도윤", "Ji-hoon": "지훈", "Hyun-woo": "현우", "Jun-ho": "준호", "Tae-yang": "태양", "Seo-yeon": "서연",
           "Ji-min": "지민", "Su-ah": "수아", "Ha-yoon": "하윤", "Eun-ji": "은지", "Min-ji": "민지", "Kim": "김", "Lee": "이", "Park": "박",
           "Choi": "최", "Jung": "정", "Kang": "강", "Yoon": "윤", "Lim": "임", "Han": "한", "Oh": "오", "Shin": "신", "Seo": "서"})

# --- Africa ---
_g("ng_yo", "NG", "Adewale / Olumide / Oluwaseyi / Kayode / Femi / Gbenga / Tunde", "Temitope / Adunni / Folasade / Omolara / Bukola / Titilayo / Yewande",
   "Ogunbanjo / Afolabi / Oyewole / Adeleke / Olaniyan / Akinola / Fashola / Adebisi / Oladipo",
   en="Nigeria", endonym="Nigeria", lang="yo", mail="yahoo.com / gmail.com", tld="com.ng",
   cities="Ibadan / Abeokuta / Ilorin / Akure / Osogbo / Ogbomoso / Ile-Ife", towns="Ijebu-Ode / Ikare / Oyo / Iseyin", villages="Igbo-Ora / Erin-Ijesha / Ado-Awaye",
   regions="Yorubaland / Ijebuland / Ekiti", districts="Lekki Phase 1 / Ikeja GRA / Bodija / Surulere / Yaba",
   streets="Adebayo Doherty Road / Awolowo Avenue / Ring Road / Ogunlana Drive / Allen Avenue", pc="######",
   addr=["{n} {s}, {dist}, {city}", "Plot {n}, {s}, {dist}, {city} {pc}"], acity=["Lagos", "Ibadan", "Abeokuta", "Akure", "Ilorin"],
   nick={"Oluwaseyi": ["Seyi"], "Olumide": ["Mide"], "Temitope": ["Tope"], "Folasade": ["Sade"], "Oluwagbenga": ["Gbenga"]})
_g("ng_ig", "NG", "Chukwudi / Obinna / Ikenna / Nnamdi / Kelechi / Uchenna / Chinedu", "Chidinma / Ngozi / Adaeze / Ifeoma / Nkechi / Chinwe / Ebere",
   "Okonkwo / Nwachukwu / Okeke / Anyanwu / Onyeka / Nwankwo / Ugwu / Okafor / Eze / Chukwuma",
   en="Nigeria", endonym="Nigeria", lang="ig", mail="yahoo.com / gmail.com", tld="com.ng",
   cities="Enugu / Onitsha / Owerri / Awka / Aba / Umuahia / Nsukka", towns="Nnewi / Orlu / Abakaliki / Arochukwu", villages="Ogidi / Agulu / Nri",
   regions="Igboland / Anambra / Imo", districts="Independence Layout / GRA Enugu / New Haven / Trans-Ekulu",
   streets="Ogui Road / Zik Avenue / Okpara Avenue / Wetheral Road", pc="######", addr=["No. {n} {s}, {dist}, {city}"], acity=["Enugu", "Onitsha", "Owerri", "Awka"],
   nick={"Chukwudi": ["Chudi"], "Nnamdi": ["Nnam"], "Chidinma": ["Dinma"], "Ifeoma": ["Ify"]})
_g("ng_ha", "NG", "Abubakar / Usman / Sani / Aminu / Yusuf / Ibrahim / Nasiru", "Hauwa / Zainab / Hadiza / Aisha / Maryam / Rakiya / Bilkisu",
   "Danjuma / Abdullahi / Garba / Shehu / Lawal / Yakubu / Bello / Tanko",
   en="Nigeria", endonym="Nigeria", lang="ha", mail="yahoo.com / gmail.com", tld="com.ng",
   cities="Kano / Kaduna / Zaria / Sokoto / Katsina / Bauchi / Maiduguri", towns="Daura / Gusau / Potiskum / Kafanchan", villages="Dala / Gwarzo / Birnin Kudu",
   regions="Hausaland / the Sahel belt / the Jos Plateau", districts="Nassarawa GRA / Barnawa / Sabon Gari / Wuse II / Garki",
   streets="Ahmadu Bello Way / Murtala Mohammed Way / Zaria Road / Independence Way", pc="######", addr=["{n} {s}, {dist}, {city}"], acity=["Kano", "Kaduna", "Abuja", "Zaria"])
_g("gh", "GH", "Kwabena / Kofi / Yaw / Kwesi / Kojo / Fiifi", "Esi / Akua / Adjoa / Afia / Abena / Efua",
   "Asamoah / Quartey / Owusu-Ansah / Boakye / Ampofo / Sarpong / Tetteh / Danquah",
   en="Ghana", endonym="Ghana", lang="ak", mail="gmail.com / yahoo.com", tld="com.gh",
   cities="Kumasi / Tamale / Takoradi / Cape Coast / Ho / Koforidua", towns="Elmina / Aburi / Bolgatanga / Keta", villages="Larabanga / Nzulezo / Bonwire",
   regions="Ashanti / the Volta Region / the Upper East", districts="Osu / East Legon / Cantonments / Adum", streets="Oxford Street / Lagos Avenue / Boundary Road",
   pc="", addr=["{n} {s}, {dist}, {city}"], acity=["Accra", "Kumasi", "Tema", "Takoradi"])
_g("ke", "KE", "Baraka / Jabari / Kiprotich / Wekesa / Onyango / Mutiso / Kamau", "Amani / Zawadi / Neema / Wanjiku / Chepkoech / Nyokabi / Achieng",
   "Wambua / Mutiso / Onyango / Kiprotich / Wekesa / Ndungu / Gathoni / Otieno / Kipchumba",
   en="Kenya", endonym="Kenya", lang="sw", mail="gmail.com / yahoo.com", tld="co.ke",
   cities="Mombasa / Kisumu / Nakuru / Eldoret / Thika / Nyeri / Machakos", towns="Naivasha / Lamu / Malindi / Nanyuki / Kitale", villages="Kisii Kaskazini / Karatina / Loitokitok",
   regions="the Rift Valley / Nyanza / the Coast / Ukambani / Turkana", districts="Kilimani / Westlands / Kileleshwa / Nyali / Karen",
   streets="Ngong Lane / Argwings Kodhek Road / Lenana Road / Moi Avenue", pc="#####", addr=["Hse No. {n}, {s}, {dist}, {city}", "{s}, {dist}, P.O. Box {n4}-{pc}, {city}"],
   acity=["Nairobi", "Mombasa", "Kisumu", "Nakuru"])
_g("tz", "TZ", "Juma / Hamisi / Omari / Rashidi / Salim / Mwinyi", "Rehema / Imani / Halima / Mwanaisha / Subira / Tumaini",
   "Mwakilema / Mushi / Msuya / Kimaro / Mrisho / Shirima / Mollel / Lyimo",
   en="Tanzania", endonym="Tanzania", lang="sw", mail="gmail.com / yahoo.com", tld="co.tz",
   cities="Arusha / Mwanza / Dodoma / Moshi / Tanga / Mbeya / Morogoro", towns="Bagamoyo / Stone Town / Lushoto / Kigoma", villages="Mto wa Mbu / Jambiani / Materuni",
   regions="Kilimanjaro / Zanzibar / the Southern Highlands / Pemba", districts="Msasani / Mikocheni / Kariakoo / Sinza", streets="Msasani Road / Haile Selassie Road / Samora Avenue",
   pc="#####", addr=["Plot {n}, {s}, {dist}, {city}"], acity=["Dar es Salaam", "Arusha", "Mwanza", "Dodoma"])
_g("et", "ET", "Abebe / Kebede / Getachew / Yohannes / Tewodros / Mulugeta / Biniam / Dawit", "Almaz / Tsehay / Mekdes / Selam / Hirut / Meseret / Eden / Birtukan",
   "Tesfaye / Wondimu / Assefa / Gebre / Demissie / Ayele / Negash / Tadesse / Haile / Kebede",
   en="Ethiopia", endonym="Ityopya", lang="am", mail="ethionet.et / gmail.com", tld="et",
   cities="Bahir Dar / Hawassa / Mekelle / Gondar / Dire Dawa / Jimma / Adama", towns="Lalibela / Axum / Harar / Arba Minch / Debre Birhan", villages="Konso / Debre Libanos / Dorze",
   regions="Tigray / Gojjam / Wollo / Sidama / the Omo Valley", districts="Bole / Kazanchis / Piassa / CMC / Sarbet",
   streets="Bole Road / Africa Avenue / Churchill Avenue", pc="####", addr=["{dist} Sub-City, Woreda 0{a1}, House No. {n4}, {city}"], acity=["Addis Ababa", "Bahir Dar", "Hawassa"])
_g("za", "ZA", "Sipho / Thabo / Mandla / Lwazi / Bongani / Sibusiso / Lunga / Themba", "Nomvula / Thandiwe / Zanele / Nokuthula / Ayanda / Lindiwe / Nomsa / Siphokazi",
   "Dlamini / Nkosi / Mthembu / Ndlovu / Khumalo / Zulu / Ngcobo / Mahlangu / Mkhize / Sithole / Mthethwa / Ntuli",
   en="South Africa", endonym="Mzansi", lang="zu", mail="webmail.co.za / vodamail.co.za / gmail.com", tld="co.za",
   cities="Durban / Pietermaritzburg / East London / Gqeberha / Polokwane / Mbombela / Bloemfontein", towns="Mthatha / Stellenbosch / Knysna / Graaff-Reinet / Hermanus",
   villages="Qunu / Coffee Bay / Nieu-Bethesda / Hogsback", regions="the Karoo / Zululand / the Transkei / the Highveld / the Wild Coast",
   districts="Soweto / Umlazi / Khayelitsha / Sandton / Melville / Morningside", streets="Vilakazi Street / Jan Hofmeyr Road / Florida Road / Long Street / Oxford Road",
   pc="####", addr=["{n} {s}, {dist}, {city}, {pc}", "{n} {s}\n{dist}\n{city}\n{pc}"], acity=["Johannesburg", "Durban", "Cape Town", "Pretoria", "Gqeberha"])

# --- Latin America, Portuguese-speaking countries ---
_g("mx", "MX", "Alejandro / Rodrigo / Emiliano / Joaquín / Ulises / Gerardo / Jesús", "Ximena / Guadalupe / Itzel / Fernanda / Citlali / Marisol / Araceli",
   "Hernández / Ramírez / Cárdenas / Villanueva / Zúñiga / Ochoa / Quintero / Montoya / Arellano / Treviño",
   en="Mexico", endonym="México", lang="es", mail="prodigy.net.mx / hotmail.com / gmail.com", tld="com.mx",
   cities="Guadalajara / Monterrey / Puebla / Oaxaca / Mérida / Querétaro / Morelia / Tijuana", towns="San Miguel de Allende / Taxco / Valladolid / Bacalar / Tepoztlán",
   villages="Real de Catorce / San Juan Chamula / Tlacotalpan", regions="el Bajío / la Huasteca / la Mixteca / Yucatán / la Sierra Tarahumara",
   districts="Coyoacán / Roma Norte / Polanco / Santa Tere / San Pedro Garza García", streets="Av. Insurgentes Sur / Calle Hidalgo / Av. Juárez / Calle Morelos / Av. Vallarta",
   pc="#####", addr=["{s} {n}, Int. {a2}, Col. {dist}, C.P. {pc}, {city}", "{s} {n}, Col. {dist}, {pc} {city}"],
   acity=["Ciudad de México, CDMX", "Guadalajara, Jal.", "Monterrey, N.L.", "Puebla, Pue.", "Mérida, Yuc."],
   nick={"Jesús": ["Chuy"], "Guadalupe": ["Lupita"], "Alejandro": ["Alex"], "Gerardo": ["Jerry"]})
_g("ar", "AR", "Facundo / Matías / Nicolás / Gonzalo / Santiago / Lautaro", "Florencia / Agustina / Micaela / Valentina / Rocío / Julieta",
   "Benítez / Ferreyra / Gutiérrez / Acosta / Romero / Sosa / Medina / Aguirre",
   en="Argentina", endonym="Argentina", lang="es", mail="fibertel.com.ar / gmail.com / hotmail.com", tld="com.ar",
   cities="Córdoba / Rosario / Mendoza / Salta / Tucumán / Neuquén / Bahía Blanca / Mar del Plata", towns="Bariloche / Tilcara / Ushuaia / El Calafate / Cafayate",
   villages="Purmamarca / Villa General Belgrano / El Chaltén", regions="la Patagonia / Cuyo / la Pampa / el Litoral / la Quebrada de Humahuaca",
   districts="Palermo / San Telmo / Nueva Córdoba / Belgrano / Recoleta", streets="Av. Corrientes / San Martín / Av. Rivadavia / Calle Belgrano / Av. Colón",
   pc="?####???", addr=["{s} {n}, Piso {f} Dto. {L}, {pc} {city}", "{s} {n}, {pc} {city}"])
_g("co", "CO", "Andrés / Camilo / Sebastián / Julián / Esteban / Mauricio", "Paola / Natalia / Daniela / Catalina / Manuela / Juliana",
   "Restrepo / Cardona / Ospina / Londoño / Gaviria / Arango / Zapata / Betancur",
   en="Colombia", endonym="Colombia", lang="es", mail="une.net.co / gmail.com", tld="com.co",
   cities="Medellín / Cali / Barranquilla / Cartagena / Bucaramanga / Pereira / Manizales", towns="Salento / Villa de Leyva / Jardín / Guatapé / Mompox",
   villages="Barichara / Filandia / Minca", regions="el Eje Cafetero / los Llanos / la Costa / Antioquia", districts="El Poblado / Chapinero / Laureles / Usaquén",
   streets="Calle 93 / Carrera 43A / Calle 10 / Carrera 7", pc="######", addr=["{s} # {a2}-{n}, Apto {f}0{a1}, {city}", "{s} # {a2}-{n}, {dist}, {city}"])
_g("cl", "CL", "Cristóbal / Benjamín / Vicente / Ignacio", "Javiera / Constanza / Antonia / Francisca",
   "Muñoz / Contreras / Fuentes / Espinoza / Sepúlveda / Vergara",
   en="Chile", endonym="Chile", lang="es", mail="vtr.net / gmail.com", tld="cl",
   cities="Valparaíso / Concepción / La Serena / Antofagasta / Temuco / Puerto Montt", towns="Pucón / Castro / San Pedro de Atacama / Frutillar", villages="Caleta Tortel / Pisco Elqui",
   regions="la Araucanía / Chiloé / la Patagonia chilena / el Norte Grande", districts="Providencia / Ñuñoa / Las Condes / Cerro Alegre",
   streets="Av. Providencia / Calle Esmeralda / Av. Libertad", pc="#######", addr=["{s} {n}, Depto. {f}0{a1}, {dist}, {city}"])
_g("pe", "PE", "Renato / Alonso / Piero / Walter", "Milagros / Fiorella / Yesenia / Maribel",
   "Condori / Apaza / Huarcaya / Ccori / Vilca / Torres / Salazar",
   en="Peru", endonym="Perú", lang="es", mail="gmail.com / hotmail.com", tld="pe",
   cities="Arequipa / Trujillo / Cusco / Chiclayo / Iquitos / Puno", towns="Ollantaytambo / Huaraz / Máncora / Paracas", villages="Chinchero / Taquile / Pisac",
   regions="el Valle Sagrado / la Sierra / la Amazonía", districts="Miraflores / Barranco / San Isidro / Yanahuara", streets="Av. Larco / Jr. Ucayali / Av. Ejército",
   pc="#####", addr=["{s} {n}, Dpto. {f}0{a1}, {dist}, {city}"])
_g("br", "BR", "Thiago / Rafael / Leandro / Caio / Vinícius / Matheus / Rodrigo / Diego", "Juliana / Letícia / Larissa / Aline / Thaís / Bruna / Luana / Ana Paula",
   "Almeida / Carvalho / Ribeiro / Pereira / Ferreira / Rodrigues / Barbosa / Cavalcanti / Nascimento / Albuquerque / Figueiredo",
   en="Brazil", endonym="Brasil", lang="pt", mail="uol.com.br / bol.com.br / terra.com.br / gmail.com", tld="com.br",
   cities="Recife / Salvador / Fortaleza / Belo Horizonte / Curitiba / Manaus / Belém / Goiânia / Natal", towns="Paraty / Ouro Preto / Tiradentes / Olinda / Gramado",
   villages="Trancoso / Jericoacoara / São Jorge / Cumuruxatiba", regions="o Sertão / o Recôncavo / a Serra Gaúcha / a Zona da Mata / o Pantanal",
   districts="Boa Viagem / Pinheiros / Savassi / Batel / Meireles / Rio Vermelho", streets="Rua Augusta / Av. Boa Viagem / Rua da Aurora / Av. Sete de Setembro / Rua XV de Novembro",
   pc="#####-###", addr=["{s}, {n}, apto {f}{a2} – {dist}, {city} – {uf}, {pc}", "{s}, {n} – {dist}\n{city}/{uf}\nCEP {pc}"],
   nick={"Rafael": ["Rafa"], "Matheus": ["Teteu"], "Vinícius": ["Vini"], "Letícia": ["Lelê"], "Larissa": ["Lari"], "Juliana": ["Ju"]})
_g("pt", "PT", "Duarte / Tiago / Gonçalo / Rui / Nuno / Afonso", "Inês / Leonor / Beatriz / Mafalda / Matilde / Carolina",
   "Sousa / Gomes / Martins / Lopes / Marques / Pinto / Teixeira / Fonseca / Magalhães / Vasconcelos",
   en="Portugal", endonym="Portugal", lang="pt", mail="sapo.pt / gmail.com / netcabo.pt", tld="pt",
   cities="Porto / Braga / Coimbra / Évora / Aveiro / Viseu / Guimarães / Funchal", towns="Sintra / Tavira / Óbidos / Lagos / Tomar / Monsaraz",
   villages="Piódão / Monsanto / Marvão / Sortelha", regions="Alentejo / Minho / Trás-os-Montes / Beira Baixa / Algarve / Ribatejo",
   districts="Alfama / Mouraria / Foz do Douro / Campo de Ourique / Cedofeita", streets="Rua de Santa Catarina / Rua Augusta / Av. da Liberdade / Rua do Carmo / Travessa do Fala-Só",
   pc="####-###", addr=["{s} {n}, {f}.º Esq., {pc} {city}", "{s} {n}\n{pc} {city}"])

# --- Western Europe and around (for contrast; surnames that are also places or words) ---
_g("de", "DE", "Lukas / Jonas / Moritz / Dieter / Jürgen / Uwe / Tobias / Florian", "Anja / Sabine / Ute / Birgit / Leonie / Hannah / Greta / Franziska",
   "Schneider / Fischer / Wagner / Becker / Hoffmann / Schäfer / Koch / Bauer / Richter / Wolf / Klein / Zimmermann / Krüger",
   en="Germany", endonym="Deutschland", lang="de", mail="web.de / gmx.de / t-online.de / posteo.de", tld="de",
   cities="Leipzig / Dresden / Freiburg / Regensburg / Augsburg / Kassel / Rostock / Würzburg", towns="Lindau / Wernigerode / Bamberg / Husum / Quedlinburg",
   villages="Oberammergau / Kampen / Monschau / Ahrenshoop", regions="Allgäu / Eifel / Franken / Vogtland / Ostfriesland / Schwarzwald / Uckermark",
   districts="Prenzlauer Berg / Ehrenfeld / Sachsenhausen / Schwabing / Connewitz", streets="Lindenstraße / Bahnhofstraße / Gartenweg / Schillerstraße / Am Mühlbach / Goethestraße",
   pc="#####", addr=["{s} {n}, {pc} {city}", "{s} {n}\n{pc} {city}", "{s} {n}{l}, {pc} {city}"],
   nick={"Tobias": ["Tobi"], "Florian": ["Flo"], "Franziska": ["Franzi"], "Sabine": ["Bine"]})
_g("at", "AT", "Lukas / Markus / Florian / Stefan", "Katharina / Lisa / Theresa / Magdalena", "Huber / Gruber / Pichler / Moser / Steiner / Hofer",
   en="Austria", endonym="Österreich", lang="de", mail="gmx.at / aon.at", tld="at",
   cities="Graz / Linz / Innsbruck / Klagenfurt / Villach / Wels", towns="Hallstatt / Zell am See / Kitzbühel / Dürnstein", villages="Heiligenblut / Alpbach / Gosau",
   regions="Wachau / Salzkammergut / Mühlviertel / Waldviertel", districts="Leopoldstadt / Ottakring / Neubau", streets="Mariahilfer Straße / Landstraße / Herrengasse",
   pc="####", addr=["{s} {n}/{a2}, {pc} {city}"])
_g("ch", "CH", "Reto / Urs / Beat / Matthias", "Corinne / Nadja / Seraina / Barbara", "Meier / Brunner / Baumann / Frei / Keller / Gerber",
   en="Switzerland", endonym="Schweiz", lang="de", mail="bluewin.ch / gmx.ch", tld="ch",
   cities="Winterthur / Luzern / St. Gallen / Biel / Thun / Chur", towns="Appenzell / Stein am Rhein / Zermatt / Grindelwald", villages="Soglio / Guarda / Wengen",
   regions="Emmental / Engadin / Toggenburg / Berner Oberland", districts="Wiedikon / Kreis 4 / Kleinbasel", streets="Bahnhofstrasse / Dorfstrasse / Seestrasse",
   pc="####", addr=["{s} {n}, {pc} {city}"])
_g("fr", "FR", "Théo / Mathieu / Guillaume / Olivier / Antoine / Benoît / Yann", "Camille / Élodie / Margaux / Chloé / Sandrine / Aurélie / Solène",
   "Moreau / Lefèvre / Girard / Bonnet / Lambert / Fontaine / Rousseau / Blanc / Marchand / Chevalier / Lemoine",
   en="France", endonym="France", lang="fr", mail="orange.fr / free.fr / laposte.net", tld="fr",
   cities="Toulouse / Montpellier / Rennes / Dijon / Clermont-Ferrand / Besançon / Angers / Limoges", towns="Sarlat / Colmar / Honfleur / Annecy / Cassis / Uzès",
   villages="Gordes / Eguisheim / Rocamadour / Collioure", regions="Provence / Gascogne / Périgord / Bourgogne / Pays basque / Cévennes / Beaujolais",
   districts="la Croix-Rousse / Belleville / le Panier / les Chartrons", streets="rue des Tanneurs / avenue Jean Jaurès / rue de la République / chemin des Vignes / place du Marché",
   pc="#####", addr=["{n} {s}, {pc} {city}", "{n}, {s}\n{pc} {CITY}"])
_g("be", "BE", "Pieter / Wout / Jens / Arnaud", "Lotte / Elke / Sofie / Manon", "Peeters / Janssens / Maes / Claes / Willems / Goossens",
   en="Belgium", endonym="België", lang="nl", mail="telenet.be / skynet.be", tld="be",
   cities="Gent / Leuven / Mechelen / Hasselt / Namur / Liège / Kortrijk", towns="Durbuy / Dinant / Damme / Lier", villages="Lissewege / Oud-Rekem",
   regions="de Kempen / de Westhoek / les Ardennes / het Pajottenland", districts="Borgerhout / Zurenborg / Ixelles / Sablon", streets="Meir / Veldstraat / Kerkstraat",
   pc="####", addr=["{s} {n} bus {a1}, {pc} {city}"])
_g("nl", "NL", "Daan / Sem / Bram / Joris / Thijs / Ruben", "Sanne / Fleur / Lotte / Anouk / Marieke / Femke",
   "Bakker / Visser / Smit / Mulder / Dekker / van Leeuwen / de Wit / Brouwer / Kuipers / van den Heuvel / Verhoeven",
   en="the Netherlands", endonym="Nederland", lang="nl", mail="ziggo.nl / kpnmail.nl / hotmail.nl", tld="nl",
   cities="Groningen / Maastricht / Arnhem / Zwolle / Leeuwarden / Enschede / Breda", towns="Giethoorn / Volendam / Delft / Harderwijk / Zierikzee",
   villages="Marken / Thorn / Bourtange / Orvelte", regions="de Achterhoek / de Veluwe / Twente / West-Friesland / de Betuwe", districts="de Pijp / Jordaan / Kralingen / Lombok",
   streets="Prinsengracht / Kerkstraat / Dorpsstraat / Molenweg / Stationsweg", pc="#### ??", addr=["{s} {n}, {pc} {city}", "{s} {n}-{a1}\n{pc} {CITY}"])
_g("it", "IT", "Matteo / Lorenzo / Davide / Stefano / Riccardo / Fabio", "Chiara / Giulia / Federica / Martina / Elisa / Serena",
   "Esposito / Ricci / Marino / Greco / Gallo / Conti / Mancini / Lombardi / Ferrara / Messina / Genovese / Calabrese",
   en="Italy", endonym="Italia", lang="it", mail="libero.it / virgilio.it / tiscali.it", tld="it",
   cities="Bologna / Bari / Lecce / Trento / Perugia / Catania / Cagliari / Parma", towns="Matera / Alberobello / Cortona / Orvieto / Bellagio",
   villages="Civita di Bagnoregio / Castelmezzano / Vernazza / Sperlonga", regions="Langhe / Maremma / Cilento / Salento / Brianza / Valtellina / Chianti",
   districts="Trastevere / Navigli / Vomero / San Salvario", streets="Via dei Mille / Via Garibaldi / Corso Vittorio Emanuele / Via Roma / Vicolo del Pozzo",
   pc="#####", addr=["{s} {n}, {pc} {city}", "{s} {n}, int. {a2}\n{pc} {city} ({prov})"])
_g("es", "ES", "Javier / Sergio / Álvaro / Iñaki / Jordi / Xabier", "Lucía / Nerea / Ainhoa / Montserrat / Laia / Carmen",
   "García / Fernández / Martínez / Navarro / Castillo / Toledo / Vidal / Puig / Etxeberria / Goikoetxea / Burgos",
   en="Spain", endonym="España", lang="es", mail="telefonica.net / hotmail.es / gmail.com", tld="es",
   cities="Valencia / Bilbao / Zaragoza / Granada / Salamanca / Oviedo / Murcia / Cádiz", towns="Ronda / Cuenca / Cadaqués / Potes / Frigiliana",
   villages="Albarracín / Siurana / Valldemossa / Pampaneira", regions="La Mancha / El Bierzo / La Rioja / Las Alpujarras / el Empordà / Tierra de Campos",
   districts="Lavapiés / Gràcia / Triana / Malasaña / Deusto", streets="Calle Mayor / Calle de Alcalá / Avenida de la Constitución / Carrer de Verdi / Calle Real",
   pc="#####", addr=["{s} {n}, {f}º {L}, {pc} {city}", "{s}, {n}\n{pc} {city}"])
_g("gb", "GB", "Oliver / George / Callum / Harry / Alfie / Jack", "Chloe / Megan / Poppy / Holly / Amelia / Imogen",
   "Thompson / Walker / Wright / Robinson / Hughes / Clarke / Kent / Preston / Chester / Lincoln",
   en="the United Kingdom", endonym="the UK", lang="en", mail="btinternet.com / sky.com / gmail.com", tld="co.uk",
   cities="Leeds / Bristol / Norwich / York / Exeter / Aberdeen / Swansea / Derby", towns="Whitby / Hay-on-Wye / Ludlow / Keswick / St Ives / Tobermory",
   villages="Bibury / Portmeirion / Clovelly / Castle Combe", regions="the Cotswolds / the Lake District / the Fens / the Peak District / East Anglia / the Highlands",
   districts="Chorlton / Headingley / Clifton / Jesmond / Hackney", streets="Chorlton Road / Mill Lane / Station Road / Church Street / Victoria Avenue",
   pc="", addr=["Flat {a1}, {n} {s}, {city} {ukpc}", "{n} {s}\n{city}\n{ukpc}"])
_g("ie", "IE", "Declan / Cian / Oisín / Eoin", "Siobhán / Niamh / Aoife / Gráinne", "Murphy / O'Brien / Byrne / Fitzgerald / Ní Bhriain / Mac Giolla",
   en="Ireland", endonym="Éire", lang="en", mail="eircom.net / gmail.com", tld="ie",
   cities="Cork / Galway / Limerick / Waterford / Sligo / Kilkenny", towns="Dingle / Kinsale / Westport / Clifden", villages="Doolin / Adare / Cong",
   regions="Connemara / the Burren / the Gaeltacht / the Midlands", districts="Glasnevin / Rathmines / Phibsborough / Ranelagh", streets="Ballymun Road / Main Street / Patrick Street",
   pc="", addr=["{n} {s}, {dist}, {city}, {iepc}"])
_g("us", "US", "Tyler / Brandon / Cody / Ethan / DeShawn / Travis", "Madison / Kayla / Brooke / Destiny / Hailey / Brittany",
   "Washington / Jackson / Lincoln / Madison / Sheffield / Carson / Houston / Dallas / Austin",
   en="the United States", endonym="the US", lang="en", mail="comcast.net / aol.com / gmail.com", tld="com",
   cities="Boise / Omaha / Tucson / Albuquerque / Savannah / Spokane / Richmond / Madison", towns="Taos / Sedona / Bar Harbor / Galena / Marfa",
   villages="Stowe / Woodstock / Ephraim", regions="New England / the Midwest / Appalachia / the Bay Area / the Panhandle", districts="the French Quarter / Capitol Hill / Wicker Park / SoHo",
   streets="Maple Ridge Dr / Elm Street / Oak Avenue / Sunset Blvd / Pine Hollow Rd", pc="#####", addr=["{n} {s}, Apt {a1}{L}, {city}, {st} {pc}", "{n} {s}\n{city}, {st} {pc}"],
   acity=["Boise", "Omaha", "Tucson", "Savannah", "Spokane", "Richmond"])
_g("hu", "HU", "László / Zoltán / Gábor / Attila / Bence / Levente", "Katalin / Zsófia / Eszter / Réka / Anikó / Boglárka",
   "Nagy / Kovács / Tóth / Szabó / Horváth / Varga / Kiss / Molnár / Németh / Farkas / Balogh / Papp",
   en="Hungary", endonym="Magyarország", lang="hu", mail="freemail.hu / citromail.hu / gmail.com", tld="hu",
   cities="Debrecen / Szeged / Pécs / Győr / Miskolc / Kecskemét / Eger / Sopron", towns="Tokaj / Szentendre / Tihany / Hollókő / Kőszeg",
   villages="Magyarszombatfa / Pannonhalma / Szigliget", regions="Alföld / Őrség / Balaton-felvidék / Hortobágy / Tokaj-Hegyalja", districts="Újlipótváros / Józsefváros / Belváros / Óbuda",
   streets="Teréz körút / Kossuth Lajos utca / Petőfi utca / Rákóczi út / Fő utca", pc="####",
   addr=["{pc} {city}, {s} {n}. {rom}/{a1}.", "{city}\n{s} {n}.\n{pc}"])
_g("ro", "RO", "Andrei / Mihai / Bogdan / Radu / Cătălin / Vlad / Ionuț", "Ioana / Andreea / Alina / Roxana / Cristina / Bianca",
   "Popescu / Ionescu / Dumitrescu / Stan / Stoica / Munteanu / Ardeleanu / Moldovan / Constantinescu / Lungu",
   en="Romania", endonym="România", lang="ro", mail="yahoo.ro / gmail.com", tld="ro",
   cities="Cluj-Napoca / Timișoara / Iași / Brașov / Sibiu / Oradea / Craiova / Constanța", towns="Sighișoara / Sinaia / Bran / Sighetu Marmației / Mediaș",
   villages="Viscri / Săpânța / Biertan / Breb", regions="Transilvania / Banat / Bucovina / Maramureș / Oltenia / Dobrogea / Moldova",
   districts="Mănăștur / Floreasca / Cotroceni / Copou", streets="Str. Memorandumului / Bd. Eroilor / Str. Republicii / Calea Victoriei / Str. Avram Iancu",
   pc="######", addr=["{s} nr. {n}, ap. {a2}, {city} {pc}", "{s} nr. {n}, bl. {L}{a1}, sc. {a1}, ap. {a2}, {pc} {city}"])

# A few group tables above carry articles or typos that read badly in running text: fixed here, in one place.
GROUPS["mx"].regions = ["Bajío", "Huasteca", "Mixteca", "Yucatán", "Sierra Tarahumara"]
GROUPS["ar"].regions = ["Patagonia", "Cuyo", "Litoral", "Quebrada de Humahuaca"]
GROUPS["co"].regions = ["Eje Cafetero", "Antioquia", "Boyacá", "Llanos Orientales"]
GROUPS["cl"].regions = ["Araucanía", "Chiloé", "Atacama", "Norte Grande"]
GROUPS["pe"].regions = ["the Sacred Valley", "Ayacucho", "Amazonas", "Madre de Dios"]
GROUPS["br"].regions = ["Sertão", "Recôncavo", "Serra Gaúcha", "Zona da Mata", "Pantanal"]
GROUPS["be"].regions = ["Kempen", "Westhoek", "the Ardennes", "Pajottenland"]
GROUPS["nl"].regions = ["Achterhoek", "Veluwe", "Twente", "West-Friesland", "Betuwe"]
GROUPS["fr"].districts = ["Belleville", "Vieux-Lille", "Saint-Cyprien", "Bacalan", "Vauban"]
GROUPS["es"].regions = ["La Mancha", "El Bierzo", "La Rioja", "Las Alpujarras", "Empordà", "Tierra de Campos"]
GROUPS["ng_ha"].regions = ["Hausaland", "the Jos Plateau", "Borno"]
GROUPS["ae"].regions = ["Al Dhafra", "Al Gharbia"]
GROUPS["ke"].regions = ["the Rift Valley", "Nyanza", "Ukambani", "Turkana"]
GROUPS["ke"].male = ["Baraka", "Jabari", "Brian", "Kevin", "Collins", "Dennis", "Kamau"]
GROUPS["ke"].female = ["Amani", "Zawadi", "Neema", "Wanjiku", "Faith", "Mercy", "Achieng"]
GROUPS["lb"].addr = ["{s}, {tower} Bldg, Floor {f}, {dist}, {city}"]

ALIASES: dict[str, list[str]] = {
    "nordic": ["se", "no", "dk", "fi", "is"], "baltic": ["lt", "lv", "ee"], "slavic": ["pl", "cz", "sk", "ua", "ru", "bg"],
    "balkan": ["hr", "rs", "ba", "si", "al"], "arab": ["eg", "lb", "jo", "sa", "ae", "ma", "dz", "tn"],
    "southasia": ["in_n", "in_s", "pk", "bd", "lk", "np"], "sea": ["vn", "th", "id", "my", "ph"], "cjk": ["cn", "tw", "hk", "jp", "kr"],
    "westafrica": ["ng_yo", "ng_ig", "ng_ha", "gh"], "nigeria": ["ng_yo", "ng_ig", "ng_ha"], "eastafrica": ["ke", "tz", "et"],
    "latam": ["mx", "ar", "co", "cl", "pe"], "lusophone": ["br", "pt"],
    "west": ["de", "at", "ch", "fr", "be", "nl", "it", "es", "gb", "ie", "us"],
}
ALIASES["arabscript"] = ["eg", "lb", "jo", "sa", "ae"]
ALIASES["any"] = sorted(GROUPS)
ALIASES["diverse"] = sorted(set(GROUPS) - set(ALIASES["west"]))

# the template languages whose people of a culture are written in native script
NATIVE_LANG = {"jp": "ja", "cn": "zh", "kr": "ko"}
# groups whose people are addressed by the given name, the second name being a patronymic or "bin …"
GIVEN_NAME_CULTURES = ("is", "et", "my")

_UF = {"Recife": "PE", "Salvador": "BA", "Fortaleza": "CE", "Belo Horizonte": "MG", "Curitiba": "PR", "Manaus": "AM", "Belém": "PA",
       "Goiânia": "GO", "Natal": "RN", "Paraty": "RJ", "Ouro Preto": "MG", "Tiradentes": "MG", "Olinda": "PE", "Gramado": "RS"}
_PROV = {"Bologna": "BO", "Bari": "BA", "Lecce": "LE", "Trento": "TN", "Perugia": "PG", "Catania": "CT", "Cagliari": "CA", "Parma": "PR"}
_US_ST = {"Boise": "ID", "Omaha": "NE", "Tucson": "AZ", "Savannah": "GA", "Spokane": "WA", "Richmond": "VA"}
_UK_AREA = {"Leeds": "LS", "Bristol": "BS", "Norwich": "NR", "York": "YO", "Exeter": "EX", "Aberdeen": "AB", "Swansea": "SA", "Derby": "DE"}
_IE_KEY = {"Cork": "T12", "Galway": "H91", "Limerick": "V94", "Waterford": "X91", "Sligo": "F91", "Kilkenny": "R95"}
_TOWERS = ["Marina Heights", "Al Noor", "Cedar View", "Sky Gardens", "Palm Court", "Golden Gate", "Harbour View"]
_ALLEYS = ["Nastaran", "Golestan", "Yas", "Bahar", "Sarv", "Laleh"]
_SOCS = ["Sai Residency", "Green Acres", "Lakeview Towers", "Shanti Kunj", "Prestige Meadows", "Sunrise Apartments"]
_BRGYS = ["San Antonio", "Poblacion", "Mabolo", "Talamban", "Kapitolyo", "Bagong Silang"]
_ROMAN = ["I", "II", "III", "IV", "V"]

# native-script addresses for ja / zh / ko templates: (prefecture/province, city, ward/district, town or road)
_JA_ADDR = [("大阪府", "大阪市", "北区", "梅田"), ("福岡県", "福岡市", "中央区", "天神"), ("北海道", "札幌市", "中央区", "大通西"),
            ("宮城県", "仙台市", "青葉区", "一番町"), ("広島県", "広島市", "中区", "紙屋町"), ("石川県", "金沢市", "", "香林坊"),
            ("熊本県", "熊本市", "中央区", "手取本町"), ("新潟県", "新潟市", "中央区", "古町通")]
_ZH_ADDR = [("广东省", "深圳市", "南山区", "科苑南路"), ("浙江省", "宁波市", "鄞州区", "天童南路"), ("四川省", "成都市", "武侯区", "人民南路"),
            ("福建省", "厦门市", "思明区", "湖滨南路"), ("山东省", "青岛市", "市南区", "香港中路"), ("湖南省", "长沙市", "岳麓区", "麓山南路"),
            ("云南省", "昆明市", "五华区", "青年路"), ("黑龙江省", "哈尔滨市", "南岗区", "西大直街")]
_KO_ADDR = [("부산광역시", "해운대구", "해운대해변로"), ("인천광역시", "연수구", "컨벤시아대로"), ("대구광역시", "중구", "동성로"),
            ("대전광역시", "유성구", "대학로"), ("광주광역시", "동구", "금남로"), ("서울특별시", "마포구", "월드컵북로"),
            ("경기도 수원시", "팔달구", "정조로"), ("전라북도 전주시", "완산구", "팔달로")]
NATIVE_PLACES = {
    "jp": {"city": ["大阪", "福岡", "札幌", "仙台", "広島", "金沢", "熊本", "新潟"], "town": ["高山", "日光", "倉敷", "別府", "鎌倉"],
           "village": ["白川郷", "大内宿", "妻籠"], "region": ["関西", "東北", "北陸", "九州", "四国"], "district": ["渋谷", "中目黒", "天神", "梅田", "難波"]},
    "cn": {"city": ["重庆", "天津", "青岛", "厦门", "昆明", "哈尔滨", "长沙", "宁波"], "town": ["丽江", "阳朔", "周庄", "大理"],
           "village": ["宏村", "西递", "婺源"], "region": ["江南", "岭南", "东北", "广东", "云南"], "district": ["浦东", "海淀", "南山", "天河", "徐汇"]},
    "kr": {"city": ["부산", "인천", "대구", "대전", "광주", "울산", "전주", "수원"], "town": ["경주", "안동", "속초", "통영"],
           "village": ["하회마을", "북촌", "외도"], "region": ["제주도", "강원도", "호남", "영남", "충청도"], "district": ["마포구", "해운대구", "강남구", "연수구"]},
}

_HON: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    # language: (male, female) options (text, pre|post, first|last|full); the honorific is never part of the span
    "en": ([("Mr ", "pre", "last"), ("Mr. ", "pre", "last"), ("Dr ", "pre", "last")], [("Ms ", "pre", "last"), ("Mrs. ", "pre", "last"), ("Dr. ", "pre", "last")]),
    "de": ([("Herr ", "pre", "last"), ("Hr. ", "pre", "last")], [("Frau ", "pre", "last"), ("Fr. ", "pre", "last")]),
    "fr": ([("M. ", "pre", "last"), ("Monsieur ", "pre", "last")], [("Mme ", "pre", "last"), ("Madame ", "pre", "last")]),
    "es": ([("Sr. ", "pre", "last"), ("don ", "pre", "first")], [("Sra. ", "pre", "last"), ("doña ", "pre", "first")]),
    "pt": ([("Sr. ", "pre", "last"), ("seu ", "pre", "first")], [("Sra. ", "pre", "last"), ("Dona ", "pre", "first")]),
    "it": ([("Sig. ", "pre", "last"), ("Dott. ", "pre", "last"), ("Ing. ", "pre", "last")], [("Sig.ra ", "pre", "last"), ("Dott.ssa ", "pre", "last"), ("Avv. ", "pre", "last")]),
    "nl": ([("dhr. ", "pre", "last"), ("meneer ", "pre", "last")], [("mevr. ", "pre", "last"), ("mevrouw ", "pre", "last")]),
    "pl": ([("Pan ", "pre", "last"), ("pan ", "pre", "first")], [("Pani ", "pre", "last"), ("pani ", "pre", "first")]),
    "cs": ([("pan ", "pre", "last")], [("paní ", "pre", "last")]),
    "ro": ([("dl. ", "pre", "last"), ("domnul ", "pre", "last")], [("dna ", "pre", "last"), ("doamna ", "pre", "last")]),
    "hu": ([(" úr", "post", "full")], [(" asszony", "post", "full")]),
    "tr": ([(" Bey", "post", "first"), ("Sayın ", "pre", "full")], [(" Hanım", "post", "first"), ("Sayın ", "pre", "full")]),
    "ja": ([("様", "post", "last"), ("さん", "post", "last"), ("様", "post", "full")], [("様", "post", "last"), ("さん", "post", "last"), ("様", "post", "full")]),
    "zh": ([("先生", "post", "last"), ("经理", "post", "last"), ("小", "pre", "last"), ("老", "pre", "last")],
           [("女士", "post", "last"), ("老师", "post", "last"), ("小", "pre", "last")]),
    "ko": ([(" 씨", "post", "full"), ("님", "post", "full"), (" 과장님", "post", "last"), (" 팀장님", "post", "last")],
           [(" 씨", "post", "full"), ("님", "post", "full"), (" 대리님", "post", "last"), (" 선생님", "post", "last")]),
    "vi": ([("anh ", "pre", "first"), ("chú ", "pre", "first"), ("ông ", "pre", "first")], [("chị ", "pre", "first"), ("cô ", "pre", "first"), ("bà ", "pre", "first")]),
    "id": ([("Pak ", "pre", "first"), ("Bapak ", "pre", "first"), ("Mas ", "pre", "first")], [("Bu ", "pre", "first"), ("Ibu ", "pre", "first"), ("Mbak ", "pre", "first")]),
    "tl": ([("Kuya ", "pre", "first"), ("Tito ", "pre", "first"), ("Sir ", "pre", "first")], [("Ate ", "pre", "first"), ("Tita ", "pre", "first"), ("Ma'am ", "pre", "first")]),
    "sw": ([("Bwana ", "pre", "first"), ("Bw. ", "pre", "last"), ("Mzee ", "pre", "first")], [("Bi. ", "pre", "first"), ("Bi ", "pre", "first"), ("Dada ", "pre", "first")]),
    "hi": ([(" ji", "post", "first"), (" sir", "post", "first"), (" ji", "post", "last"), (" bhaiya", "post", "first")],
           [(" ji", "post", "first"), (" madam", "post", "first"), (" didi", "post", "first")]),
    "ar": ([("ustaz ", "pre", "first"), ("ya ", "pre", "first"), ("Dr. ", "pre", "first")], [("ustaza ", "pre", "first"), ("madam ", "pre", "first"), ("ya ", "pre", "first")]),
}
# honorifics of the person's own culture, used in English text half of the time
_HON_GROUP: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    "ng_yo": ([("Engr. ", "pre", "last"), ("Chief ", "pre", "last"), ("Barr. ", "pre", "last")], [("Mrs. ", "pre", "last"), ("Barr. ", "pre", "last"), ("Dr. ", "pre", "last")]),
    "ng_ig": ([("Engr. ", "pre", "last"), ("Chief ", "pre", "last"), ("Barr. ", "pre", "last")], [("Mrs. ", "pre", "last"), ("Barr. ", "pre", "last"), ("Dr. ", "pre", "last")]),
    "ng_ha": ([("Alhaji ", "pre", "full"), ("Engr. ", "pre", "last")], [("Hajiya ", "pre", "first"), ("Mrs. ", "pre", "last")]),
    "et": ([("Ato ", "pre", "first")], [("W/ro ", "pre", "first"), ("Weyzerit ", "pre", "first")]),
    "th": ([("Khun ", "pre", "first")], [("Khun ", "pre", "first")]),
    "jp": ([("-san", "post", "last")], [("-san", "post", "last")]),
    "my": ([("Encik ", "pre", "first"), ("Datuk ", "pre", "first")], [("Puan ", "pre", "first"), ("Cik ", "pre", "first")]),
    "ph": ([("Tito ", "pre", "first")], [("Tita ", "pre", "first")]),
    "in_n": ([(" ji", "post", "last")], [(" ji", "post", "last")]),
    "in_s": ([(" sir", "post", "first")], [(" madam", "post", "first")]),
    "za": ([("Baba ", "pre", "last")], [("Mama ", "pre", "last"), ("Gogo ", "pre", "last")]),
}


def _tr_lower(s: str) -> str:
    return s.replace("İ", "i").replace("I", "ı").lower()


def _tr_upper(s: str) -> str:
    return s.replace("i", "İ").replace("ı", "I").upper()


def tr_suffix(word: str, case: str) -> str:
    """The Turkish case suffix written after a proper name and an apostrophe (vowel harmony, consonant assimilation)."""
    low = _tr_lower(word)
    vowels = [ch for ch in low if ch in "aeıioöuü"]
    v = vowels[-1] if vowels else "e"
    back = v in "aıou"
    ends_vowel = low[-1] in "aeıioöuü"
    hard = low[-1] in "çfhkpsşt"
    if case == "loc":
        return ("t" if hard else "d") + ("a" if back else "e")
    if case == "abl":
        return ("t" if hard else "d") + ("an" if back else "en")
    if case == "dat":
        return ("y" if ends_vowel else "") + ("a" if back else "e")
    if case == "gen":
        return ("n" if ends_vowel else "") + {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü"}[v] + "n"
    raise KeyError(case)


# ----------------------------------------------------------------------------------------------
# Casting people
# ----------------------------------------------------------------------------------------------

_CULTURE_CACHE: dict[tuple[int, str], Any] = {}


def _culture(gen: Any, grp: Group) -> Any:
    k = (id(gen), grp.key)
    if k not in _CULTURE_CACHE:
        _CULTURE_CACHE[k] = gen.Culture(grp.code, None, grp.en.removeprefix("the "), grp.endonym, list(grp.cities), list(grp.mail), grp.tld)
    return _CULTURE_CACHE[k]


def _pick_group(doc: Any, spec: str) -> Group:
    cands: list[str] = []
    for part in spec.split("|"):
        cands += ALIASES.get(part, [part])
    cands = list(dict.fromkeys(cands))
    assert all(c in GROUPS for c in cands), spec
    used: Counter[str] = doc.g.__dict__.setdefault("_tu4_groups", Counter())
    low = min(used[c] for c in cands)
    best = [c for c in cands if used[c] == low]
    key = doc.r.choice(best)
    used[key] += 1
    return GROUPS[key]


def _cast(doc: Any, key: str, spec: str, gender: str | None) -> None:
    gen, r = _gen(doc), doc.r
    assert key in PERSON_KEYS and key not in doc.people, f"«TU4:who:{key}» must come first"
    grp = _pick_group(doc, spec)
    female = {"f": True, "m": False}.get(gender or "", r.random() < 0.5)
    taken = {v["given"] for k, v in doc.vars.items() if isinstance(k, tuple) and k[0] == "tu4"}
    for _ in range(20):
        given = r.choice(grp.female if female else grp.male)
        if given not in taken:
            break
    last = r.choice(grp.last)
    family = last[1 if female else 0] if isinstance(last, tuple) else last
    if grp.key == "is":
        family += "dóttir" if female else "son"
    info: dict[str, Any] = {"grp": grp.key, "female": female, "given": given, "family": family, "family2": None, "middle": None}
    if grp.key in ("mx", "ar", "co", "cl", "pe", "es", "br", "pt"):
        for _ in range(10):
            other = r.choice(grp.last)
            other = other[1 if female else 0] if isinstance(other, tuple) else other
            if other != family:
                break
        info["family2"] = other
    if grp.key == "ph":
        info["middle"] = r.choice("ABCDEGLMPRST") + "."
    if grp.key in ("ru", "ua", "bg"):
        father = r.choice(grp.male)
        if grp.key == "ua":
            stem = father[:-1] if father.endswith("o") else father
            info["middle"] = stem + ("ivna" if female else "ovych")
        else:
            stem = father[:-1] if father.endswith(("y", "i")) else father
            info["middle"] = stem + ("ovna" if female else "ovich")
    doc.vars[("tu4", key)] = info
    first_roman = given.split(" ")[-1] if grp.key == "vn" else given
    doc.people[key] = gen.Person(doc.g, _culture(gen, grp), doc.lang, first_roman, family.split(" ")[-1], female)


def _info(doc: Any, key: str) -> dict[str, Any]:
    assert ("tu4", key) in doc.vars, f"{key} was not cast with «TU4:who:{key}:…»"
    return doc.vars[("tu4", key)]


def _native_mode(doc: Any, info: dict[str, Any]) -> bool:
    return NATIVE_LANG.get(info["grp"]) == doc.lang


def _nat(grp: Group, s: str) -> str:
    return grp.native.get(s, s)


def _given(doc: Any, info: dict[str, Any]) -> str:
    grp = GROUPS[info["grp"]]
    if _native_mode(doc, info):
        return _nat(grp, info["given"])
    if grp.key == "vn":
        return info["given"].split(" ")[-1]
    return info["given"]


def _family(doc: Any, info: dict[str, Any]) -> str:
    grp = GROUPS[info["grp"]]
    return _nat(grp, info["family"]) if _native_mode(doc, info) else info["family"]


def _full(doc: Any, info: dict[str, Any], *, second: bool = True) -> str:
    grp, r = GROUPS[info["grp"]], doc.r
    g_, f_ = info["given"], info["family"]
    if _native_mode(doc, info):
        ng, nf = _nat(grp, g_), _nat(grp, f_)
        return f"{nf}{ng}" if grp.key != "jp" or r.random() < 0.5 else f"{nf} {ng}"
    if grp.key == "vn":
        if doc.lang == "vi" or r.random() < 0.6:
            return f"{f_} {g_}"
        return _fold(f"{g_.split(' ')[-1]} {f_}") if r.random() < 0.5 else f"{g_.split(' ')[-1]} {f_}"
    if grp.key in ("cn", "kr", "jp", "hk", "tw"):
        return f"{f_} {g_}" if r.random() < 0.5 else f"{g_} {f_}"
    if grp.key == "hu" and doc.lang == "hu":
        return f"{f_} {g_}"
    if second and info["family2"] and r.random() < 0.45:
        return f"{g_} {info['family2']} {f_}" if grp.key in ("br", "pt") else f"{g_} {f_} {info['family2']}"
    return f"{g_} {f_}"


def _name_pieces(doc: Any, key: str, attr: str) -> list[tuple[str, Any]]:
    info = _info(doc, key)
    grp, r = GROUPS[info["grp"]], doc.r
    native = _native_mode(doc, info)
    tr = grp.key == "tr" or doc.lang == "tr"
    low = _tr_lower if tr else str.lower
    given, family = _given(doc, info), _family(doc, info)
    surname_ok = grp.key not in GIVEN_NAME_CULTURES
    if attr == "full":
        return [(_full(doc, info), _per("full_name"))]
    if attr == "first":
        return [(given, _per("first_name"))]
    if attr == "given":      # the whole given name (Vietnamese middle and given name), for forms and JSON fields
        return [(_nat(grp, info["given"]) if native else info["given"], _per("first_name"))]
    if attr == "surname":    # the second name even where people are addressed by the given name (Icelandic, Ethiopian)
        return [(family, _per("last_name"))]
    if attr == "last":
        return [(family, _per("last_name"))] if surname_ok else [(given, _per("first_name"))]
    if attr == "full_lower":
        return [(low(_full(doc, info, second=False)), _per("full_name"))]
    if attr == "first_lower":
        return [(low(given), _per("first_name"))]
    if attr == "last_lower":
        return [(low(family), _per("last_name"))] if surname_ok else [(low(given), _per("first_name"))]
    if attr == "nick":
        nicks = grp.nick.get(info["given"])
        if nicks and not native:
            if ("tu4nick", key) not in doc.vars:
                doc.vars[("tu4nick", key)] = r.choice(nicks)
            return [(doc.vars[("tu4nick", key)], _per("nickname"))]
        return [(given, _per("first_name"))]
    if native or (grp.key == "vn" and attr in ("initial_last", "first_initial")):
        return [(_full(doc, info), _per("full_name"))]
    if attr == "last_upper":
        up = _tr_upper(family) if tr else family.upper()
        return [(f"{up} {info['given']}", _per("full_name"))]
    if attr == "last_comma":
        return [(f"{family}, {info['given']}", _per("full_name"))]
    if attr == "initial_last":
        initials = "".join(p[0] + "." for p in info["given"].replace("-", " ").split(" "))
        return [(f"{initials} {family}", _per("full_name"))] if surname_ok else [(_full(doc, info), _per("full_name"))]
    if attr == "first_initial":
        return [(f"{info['given']} {family[0]}.", _per("full_name"))] if surname_ok else [(info["given"], _per("first_name"))]
    if attr == "full_middle":
        g_, f_ = info["given"], info["family"]
        if info["middle"]:
            return [(f"{g_} {info['middle']} {f_}", _per("full_name"))]
        if info["family2"]:
            return [(f"{g_} {info['family2']} {f_}" if grp.key in ("br", "pt") else f"{g_} {f_} {info['family2']}", _per("full_name"))]
        return [(_full(doc, info, second=False), _per("full_name"))]
    if attr == "native":
        ng, nf = _nat(grp, info["given"]), _nat(grp, info["family"])
        if grp.key in ("cn", "jp", "kr"):
            return [(f"{nf}{ng}", _per("full_name"))]
        return [(f"{ng} {nf}", _per("full_name"))]
    raise KeyError(attr)


def _hon(doc: Any, key: str, target: str) -> list[tuple[str, Any]]:
    """An honorific of the template language (or, in English, often of the person's culture) with a name; the
    honorific is outside the span. target: first, last or full (what the template asks for; the honorific may
    prefer another part of the name)."""
    info = _info(doc, key)
    r = doc.r
    opts = None
    if doc.lang == "en" and info["grp"] in _HON_GROUP and r.random() < 0.6:
        opts = _HON_GROUP[info["grp"]][1 if info["female"] else 0]
    elif doc.lang in _HON:
        opts = _HON[doc.lang][1 if info["female"] else 0]
    if not opts:   # no honorific in everyday use (Nordic languages): the name alone
        return _name_pieces(doc, key, {"first": "first", "last": "last", "full": "full"}[target])
    pref = [o for o in opts if o[2] == target] or opts
    text, pos, part = r.choice(pref)
    name = _name_pieces(doc, key, part)
    return [(text, None), *name] if pos == "pre" else [*name, (text, None)]


# ----------------------------------------------------------------------------------------------
# Places
# ----------------------------------------------------------------------------------------------

def _place(doc: Any, grp: Group, kind: str, key: str | None = None) -> list[tuple[str, Any]]:
    """A place of a group (the person's, if key): in native script in that culture's own language."""
    r = doc.r
    if key is not None and ("tu4place", key, kind) in doc.vars:
        text = doc.vars[("tu4place", key, kind)]
    else:
        native = NATIVE_LANG.get(grp.key) == doc.lang
        pool = NATIVE_PLACES[grp.key][kind] if native else {"city": grp.cities, "town": grp.towns, "village": grp.villages,
                                                            "region": grp.regions, "district": grp.districts}[kind]
        text = r.choice(pool)
        if key is not None:
            doc.vars[("tu4place", key, kind)] = text
    sub = kind
    if text.startswith("the "):
        return [("the ", None), (text[4:], _loc(sub))]
    return [(text, _loc(sub))]


def _pc(doc: Any, pattern: str) -> str:
    r = doc.r
    return "".join(r.choice("0123456789") if ch == "#" else r.choice("ABCDEFGHJKLMNPRSTUVWXY") if ch == "?" else ch for ch in pattern)


def _address(doc: Any, grp: Group, ml: bool, key: str | None = None) -> list[tuple[str, Any]]:
    r = doc.r
    if NATIVE_LANG.get(grp.key) == doc.lang:
        return _native_address(doc, grp)
    fmt = r.choice(grp.addr)
    if key is not None and ("tu4place", key, "city") in doc.vars and grp.acity is grp.cities:
        city = doc.vars[("tu4place", key, "city")]
    else:
        city = r.choice(grp.acity)
        if key is not None and grp.acity is grp.cities:
            doc.vars[("tu4place", key, "city")] = city
    n = r.randint(1, 180)
    vals = {
        "s": r.choice(grp.streets) if grp.streets else "", "n": str(n), "n4": str(r.randint(1000, 9899)), "a1": str(r.randint(1, 9)),
        "a2": str(r.randint(1, 48)), "a4": f"1{r.randint(0, 3)}0{r.randint(1, 9)}", "f": str(r.randint(1, 9)), "L": r.choice("ABCDEF"),
        "l": r.choice("abc"), "pc": _pc(doc, grp.pc) if grp.pc else "", "city": city, "CITY": city.upper(),
        "dist": r.choice(grp.districts) if grp.districts else "", "tower": r.choice(_TOWERS), "alley": r.choice(_ALLEYS),
        "soc": r.choice(_SOCS), "brgy": r.choice(_BRGYS), "uf": _UF.get(city, "SP"), "prov": _PROV.get(city, "BO"),
        "st": _US_ST.get(city, "OR"), "rom": r.choice(_ROMAN),
        "ukpc": f"{_UK_AREA.get(city, 'LS')}{r.randint(1, 28)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
        "iepc": f"{_IE_KEY.get(city, 'D0' + str(r.randint(1, 9)))} {r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}{r.choice('ACDEFHKNPRTVWXY')}{r.randint(1, 9)}",
    }
    if grp.key == "ie" and city not in _IE_KEY:
        vals["city"] = "Dublin"
    text = fmt.format(**vals)
    if ml and "\n" not in text:
        text = text.replace(", ", "\n", 1)
    return [(text, _loc("address"))]


def _native_address(doc: Any, grp: Group) -> list[tuple[str, Any]]:
    r = doc.r
    if grp.key == "jp":
        pref, city, ward, town = r.choice(_JA_ADDR)
        pc = f"{r.randint(100, 999)}-{r.randint(0, 9999):04d}"
        bldg = r.choice(["", "", f" {r.choice(['コーポ', 'メゾン', 'ハイツ'])}{r.choice(['桜', '若葉', '青山'])}{r.randint(1, 6)}0{r.randint(1, 9)}号室"])
        return [("〒", None), (f"{pc} {pref}{city}{ward}{town}{r.randint(1, 5)}-{r.randint(1, 20)}-{r.randint(1, 30)}{bldg}", _loc("address"))]
    if grp.key == "cn":
        prov, city, dist, road = r.choice(_ZH_ADDR)
        return [(f"{prov}{city}{dist}{road}{r.randint(1, 399)}号{r.randint(1, 12)}栋{r.randint(1, 30)}0{r.randint(1, 6)}室", _loc("address"))]
    city, gu, road = r.choice(_KO_ADDR)
    unit = r.choice(["", f", {r.randint(1, 25)}0{r.randint(1, 9)}호", f" {r.randint(1, 9)}층"])
    return [(f"{city} {gu} {road} {r.randint(1, 400)}{unit}", _loc("address"))]


def _street(doc: Any, grp: Group) -> list[tuple[str, Any]]:
    r = doc.r
    if not grp.streets or NATIVE_LANG.get(grp.key) == doc.lang:
        return _address(doc, grp, False)
    s, n = r.choice(grp.streets), r.randint(1, 160)
    pre = grp.key in ("gb", "ie", "us", "fr", "ng_yo", "ng_ig", "ng_ha", "gh", "za", "eg", "in_s", "in_n", "pk", "bd", "lk", "ke", "tz", "ph")
    return [(f"{n} {s}" if pre else f"{s} {n}", _loc("street_address"))]


def _country(doc: Any, grp: Group) -> list[tuple[str, Any]]:
    name = grp.endonym if doc.lang == grp.lang or NATIVE_LANG.get(grp.key) == doc.lang else grp.en
    if name.startswith("the "):
        return [("the ", None), (name[4:], _loc("country"))]
    return [(name, _loc("country"))]


# ----------------------------------------------------------------------------------------------
# E-mail addresses (derived from the romanised name) and this module's hard negatives
# ----------------------------------------------------------------------------------------------

def _email(doc: Any, key: str, work: bool) -> str:
    vk = ("tu4mail", key, work)
    if vk in doc.vars:
        return doc.vars[vk]
    info, r, g = _info(doc, key), doc.r, doc.g
    grp = GROUPS[info["grp"]]
    first = re.sub(r"[^a-z0-9]", "", _fold(info["given"].split(" ")[-1 if grp.key == "vn" else 0]).lower()) or "info"
    last = re.sub(r"[^a-z0-9]", "", _fold(info["family"].split(" ")[-1]).lower()) or "mail"
    yy, nn = f"{r.randint(60, 99) if r.random() < 0.5 else r.randint(0, 9):02d}", str(r.randint(2, 989))
    local = r.choice([f"{first}.{last}", f"{first}.{last}{yy}", f"{first}_{last}{nn}", f"{first[0]}{last}{yy}", f"{last}.{first}",
                      f"{first}{last}{nn}", f"{first}-{last}", f"{last}{first[0]}{nn}", f"{first}.{last[0]}{yy}", f"{first}{yy}.{last}"])
    if work:
        person = doc.people[key]
        domain = g.domain_for(person.company(), person.culture)
    else:
        domain = r.choice(grp.mail)
    doc.vars[vk] = f"{local}@{domain}"
    return doc.vars[vk]


def _group_digits(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def _amount(doc: Any, cur: str) -> list[tuple[str, Any]]:
    """An amount in a currency, as people in that country write it: a hard negative of kind ``amount``."""
    r = doc.r
    doc.g.neg_kinds["amount"] += 1
    small, big = r.randint(12, 4800), r.randint(1000, 95000)
    c = r.randint(0, 99)
    forms = {
        "EUR": [f"{_group_digits(small, '.')},{c:02d} €", f"€{_group_digits(small, ',')}.{c:02d}", f"{_group_digits(small, ' ')},{c:02d} €", f"{small} EUR"],
        "USD": [f"${_group_digits(small, ',')}.{c:02d}", f"USD {_group_digits(small, ',')}", f"${small}"],
        "GBP": [f"£{_group_digits(small, ',')}.{c:02d}", f"£{small}"],
        "CHF": [f"CHF {_group_digits(small, chr(39))}.{c:02d}", f"Fr. {small}.–", f"{small} Franken"],
        "SEK": [f"{_group_digits(small, ' ')} kr", f"{small}:-", f"{_group_digits(small, ' ')} SEK"],
        "NOK": [f"kr {_group_digits(small, ' ')},-", f"{_group_digits(small, ' ')} kr", f"{small} NOK"],
        "DKK": [f"{_group_digits(small, '.')} kr.", f"kr. {_group_digits(small, '.')},{c:02d}", f"{small} DKK"],
        "PLN": [f"{_group_digits(small, ' ')},{c:02d} zł", f"{small} zł", f"{small} PLN"],
        "CZK": [f"{_group_digits(big, ' ')} Kč", f"{big},- Kč", f"{big} CZK"],
        "HUF": [f"{_group_digits(big * 10, ' ')} Ft", f"{_group_digits(big * 10, '.')} Ft", f"{big * 10} HUF"],
        "RON": [f"{_group_digits(small, '.')} lei", f"{small},{c:02d} RON"],
        "TRY": [f"{_group_digits(big, '.')} TL", f"₺{_group_digits(big, '.')}", f"{_group_digits(big, '.')},{c:02d} TL"],
        "BRL": [f"R$ {_group_digits(small, '.')},{c:02d}", f"R${small}"],
        "MXN": [f"${_group_digits(big, ',')}.00 MXN", f"MX${_group_digits(big, ',')}", f"${_group_digits(big, ',')} pesos"],
        "ARS": [f"$ {_group_digits(big * 10, '.')}", f"ARS {_group_digits(big * 10, '.')}"],
        "COP": [f"${_group_digits(big * 100, '.')}", f"COP {_group_digits(big * 100, '.')}"],
        "JPY": [f"{_group_digits(big, ',')}円", f"¥{_group_digits(big, ',')}", f"{big // 1000}千円"],
        "CNY": [f"{_group_digits(small, ',')}元", f"¥{_group_digits(small, ',')}.{c:02d}", f"人民币{small}元"],
        "KRW": [f"{_group_digits(big * 10, ',')}원", f"{big // 1000}만 원"],
        "VND": [f"{_group_digits(big * 1000, '.')} đ", f"{_group_digits(big * 1000, '.')}đ", f"{big // 100}k"],
        "IDR": [f"Rp {_group_digits(big * 100, '.')}", f"Rp{big // 10}rb", f"IDR {_group_digits(big * 100, '.')}"],
        "PHP": [f"₱{_group_digits(small, ',')}", f"PHP {_group_digits(small, ',')}.00", f"{small} pesos"],
        "KES": [f"KSh {_group_digits(big, ',')}", f"Ksh. {_group_digits(big, ',')}", f"sh. {_group_digits(big, ',')}"],
        "TZS": [f"TSh {_group_digits(big * 10, ',')}", f"Tsh {_group_digits(big * 10, ',')}/="],
        "INR": [f"₹{_group_digits(big, ',')}", f"Rs. {_group_digits(big, ',')}", f"INR {big}"],
        "AED": [f"AED {_group_digits(big, ',')}", f"{_group_digits(big, ',')} dirhams"],
        "SAR": [f"{_group_digits(big, ',')} ريال", f"SAR {_group_digits(big, ',')}"],
        "EGP": [f"EGP {_group_digits(small, ',')}", f"{small} geneh", f"LE {small}"],
        "NGN": [f"₦{_group_digits(big, ',')}", f"N{_group_digits(big, ',')}", f"{big // 1000}k naira"],
        "ZAR": [f"R{_group_digits(small, ' ')}", f"R {small}.{c:02d}"],
        "THB": [f"฿{_group_digits(small, ',')}", f"{small} baht"],
    }[cur]
    return [(r.choice(forms), ("neg", "amount"))]


def _neg(doc: Any, kind: str) -> list[tuple[str, Any]]:
    r, g = doc.r, doc.g
    g.neg_kinds[kind] += 1
    L = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if kind == "ticket_id":
        text = r.choice([f"INC{r.randint(100000, 999999):07d}", f"SR-{r.randint(2023, 2026)}-{r.randint(10000, 99999)}",
                         f"{r.choice(['OPS', 'HELP', 'CS', 'IT', 'FAC'])}-{r.randint(100, 9999)}", f"TKT{r.randint(100000, 999999)}",
                         f"CASE-{r.randint(10000, 99999)}", f"#{r.randint(10000, 99999)}"])
    elif kind == "time":
        h, m = r.randint(6, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        text = r.choice([f"{h:02d}:{m:02d}", f"{h}h{m:02d}", f"{h}.{m:02d}", f"{h % 12 or 12}:{m:02d} {'am' if h < 12 else 'pm'}"])
    elif kind == "booking_ref":
        text = "".join(r.choice(L + "23456789") for _ in range(6))
    elif kind == "flight":
        text = f"{r.choice(['TK', 'QR', 'ET', 'KQ', 'LH', 'AY', 'BT', 'LO', 'VN', 'PR', 'MH', 'TP', 'LA', 'EK', 'JL', 'OZ'])} {r.randint(10, 1999)}"
    elif kind == "plate":
        text = r.choice([f"{r.choice(L)}{r.choice(L)} {r.randint(100, 999)}-{r.choice(L)}{r.choice(L)}",
                         f"{r.randint(10, 81)} {r.choice(L)}{r.choice(L)} {r.randint(100, 9999)}", f"{r.choice(L)}{r.choice(L)}{r.choice(L)}-{r.randint(1000, 9999)}"])
    else:
        raise KeyError(kind)
    return [(text, ("neg", kind))]


# ----------------------------------------------------------------------------------------------
# The «TU4:…» slot
# ----------------------------------------------------------------------------------------------

def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    """Render «TU4:spec» for generate.py's Doc: a list of (text, annotation or None)."""
    head, _, rest = spec.partition(":")
    if head == "who":
        key, _, more = rest.partition(":")
        groups, _, gender = more.partition(":")
        _cast(doc, key, groups, gender or None)
        return []
    if head == "place":
        groups, _, kind = rest.partition(":")
        grp = _pick_group(doc, groups)
        if kind in ("address", "address_ml"):
            return _address(doc, grp, kind == "address_ml")
        return _place(doc, grp, kind)
    if head == "country":
        return _country(doc, _pick_group(doc, rest))
    if head == "trcity":
        kind, _, case = rest.partition(":")
        pieces = _place(doc, GROUPS["tr"], kind)
        name = pieces[-1][0]
        return [*pieces, ("'" + tr_suffix(name, case), None)]
    if head == "neg":
        return _neg(doc, rest)
    if head == "amt":
        return _amount(doc, rest)
    assert head in PERSON_KEYS, spec
    key, attr = head, rest
    if attr.startswith("hon_"):
        return _hon(doc, key, attr[4:])
    info = _info(doc, key)
    grp = GROUPS[info["grp"]]
    if attr in ("city", "town", "village", "region", "district"):
        return _place(doc, grp, attr, key)
    if attr == "city_lower":
        text, ann = _place(doc, grp, "city", key)[-1]
        return [(text.lower(), ann)]
    if attr in ("address", "address_ml"):
        return _address(doc, grp, attr == "address_ml", key)
    if attr == "street":
        return _street(doc, grp)
    if attr == "postcode":   # a JSON field: empty where the country has no postcodes
        if grp.key == "gb":
            return [(f"{doc.r.choice(list(_UK_AREA.values()))}{doc.r.randint(1, 28)} {doc.r.randint(1, 9)}{doc.r.choice('ABDEFGHJLNPQRSTUWXYZ')}{doc.r.choice('ABDEFGHJLNPQRSTUWXYZ')}", _loc("postcode"))]
        return [(_pc(doc, grp.pc), _loc("postcode"))] if grp.pc else []
    if attr == "country":
        return _country(doc, grp)
    if attr in ("email", "work_email"):
        return [(_email(doc, key, attr == "work_email"), ("label", "EMAIL_ADDRESS", {}))]
    return _name_pieces(doc, key, attr)


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------

TICKETS: list[dict[str, Any]] = [
    {"id": "tu4_ticket_ferry_cabin", "kind": "ticket", "lang": "en", "body":
        "«TU4:who:P1:baltic»«TU4:who:P2:baltic»«TU4:who:P3:nordic»Subject: Ferry booking «TU4:neg:booking_ref» – cabin change for the «TU4:P1:last» family\n\n"
        "Hello,\n\n"
        "I booked the overnight crossing from «L:city:Stockholm|Helsinki|Tallinn|Kiel|Travemünde» to «L:city:Klaipėda|Ventspils|Liepāja|Turku|Gdynia» "
        "on «N:date:bare» for four people: myself («TU4:P1:full»), my partner «TU4:P2:full» and our two kids. We were put in an inside "
        "cabin although I paid for a sea view (receipt «N:invoice_number:bare», «TU4:amt:EUR»).\n"
        "«TU4:P2:first» has a bad back, so a lower berth is a must. Your agent in «TU4:P1:city», «TU4:P3:hon_last», promised to fix it on "
        "«NW:month_weekday:Monday|Tuesday|Wednesday» but nothing changed in the app.\n\n"
        "Please refund the difference to the card I paid with: «CARD».\n"
        "Our home address for the invoice:\n«TU4:P1:address_ml»\n\n"
        "Best regards,\n«TU4:P1:full»\n«P1.mobile»"},
    {"id": "tu4_ticket_borehole_pump", "kind": "ticket", "lang": "en", "body":
        "«TU4:who:P1:nigeria»«TU4:who:P2:nigeria:m»«TU4:who:P3:nigeria»Ticket «TU4:neg:ticket_id» · Facilities · Priority: high\n"
        "Tenant: «TU4:P1:full» · Unit: «TU4:P1:address»\n"
        "Reported: «N:date:bare», «TU4:neg:time»\n\n"
        "Good morning. The borehole pump has packed up again and there has been no water since «NW:month_weekday:Sunday|Saturday». The caretaker, "
        "«TU4:P2:hon_last», came yesterday but said he needs approval from «TU4:P3:hon_full» before buying a new pump.\n"
        "«TU4:P3:last» is travelling to «TU4:P3:city» this week, so please call «TU4:P2:first» directly on «P2.mobile». Abeg treat this as urgent!\n"
        "«TU4:P1:first»"},
    {"id": "tu4_ticket_visa_name", "kind": "ticket", "lang": "en", "body":
        "«TU4:who:P1:et:m»«TU4:who:P2:et»«TU4:who:P3:any»Subject: Visa appointment for «TU4:P1:full» – name does not match passport\n"
        "Case: «TU4:neg:ticket_id»\n\n"
        "Dear team,\n"
        "I am writing on behalf of my uncle, «TU4:P1:hon_first», who has an appointment at your «L:city:Addis Ababa|Nairobi|Djibouti» centre on "
        "«N:date:bare». The confirmation shows his name as «TU4:P1:last_upper», but his passport reads «TU4:P1:full».\n"
        "He lives in «TU4:P1:town», about four hours from «TU4:P1:city», so please do not move the date. You can reach him on «P1.mobile» or me on "
        "«P2.phone_intl» (I am in «TU4:P2:city» until «NW:month_weekday:Friday|Thursday»).\n"
        "His sponsor for the trip is «TU4:P3:full» in «TU4:P3:city», «TU4:P3:country».\n\n"
        "Thank you,\n«TU4:P2:full»"},
    {"id": "tu4_ticket_laptop_customs", "kind": "ticket", "lang": "en", "body":
        "«TU4:who:P1:za:f»«TU4:who:P2:za»«TU4:who:AGENT:any»INC «TU4:neg:ticket_id» – replacement laptop stuck with the courier\n"
        "Opened by: «TU4:AGENT:full» («NW:job_title:Service Desk Analyst|IT Support Engineer|Desktop Support Lead»)\n"
        "Affected user: «TU4:P1:full» (remote, «TU4:P1:city»)\n\n"
        "«TU4:P1:first» cannot work: her old «NW:product_name:ThinkPad T480|Dell Latitude 5420|HP EliteBook 840» died and the replacement has been "
        "held by the courier in «TU4:P1:city» since «N:date:bare». Tracking «N:tracking_number:bare».\n"
        "The courier needs someone local who can sign: her manager «TU4:P2:hon_last» («P2.mobile»).\n"
        "Last VPN login from «IP4» on «N:timestamp:bare»; home Wi-Fi shows up as «NW:street_like:Abbey Road 5G|Penny Lane WiFi|Sesame Street 2.4G».\n"
        "Delivery address on file:\n«TU4:P1:address_ml»"},
    {"id": "tu4_ticket_de_nachbar_paket", "kind": "ticket", "lang": "de", "body":
        "«TU4:who:P1:balkan|tr»«TU4:who:P2:west»«TU4:who:P3:slavic:f»Betreff: Paket «N:tracking_number:bare» angeblich beim Nachbarn abgegeben\n\n"
        "Guten Tag,\n\n"
        "laut Sendungsverfolgung hat «TU4:P2:hon_last» mein Paket am «N:date:bare» um «TU4:neg:time» angenommen. «TU4:P2:last» wohnt aber "
        "seit «NW:month_weekday:März|April|Januar» nicht mehr im Haus, die Wohnung steht leer!\n"
        "Der Zusteller hat angeblich auch mit «TU4:P3:first» aus dem Erdgeschoss gesprochen – das kann nicht sein, «TU4:P3:first» ist seit zwei "
        "Wochen bei ihrer Familie in «TU4:P3:city».\n"
        "Meine Anschrift: «ADDR:DE»\n"
        "Rückruf bitte unter «MOBILE:DE».\n\n"
        "Freundliche Grüße\n«TU4:P1:full»"},
    {"id": "tu4_ticket_fr_demenagement", "kind": "ticket", "lang": "fr", "body":
        "«TU4:who:P1:ir:m»«TU4:who:P2:ir:f»«TU4:who:P3:fr»Objet : Déménagement du «N:date:bare» – dossier «TU4:neg:ticket_id»\n\n"
        "Bonjour,\n\n"
        "Nous quittons «L:city:Lyon|Grenoble|Nantes|Lille» pour une maison près de «TU4:P3:town». Le devis indique «TU4:P1:last_upper» comme client ; "
        "merci d'ajouter aussi le nom de ma femme, «TU4:P2:full», sur le contrat.\n"
        "Le propriétaire, «TU4:P3:hon_last», vous attendra sur place à partir de «TU4:neg:time». Son numéro : «P3.mobile».\n"
        "Adresse de départ : «ADDR:FR»\n"
        "Adresse d'arrivée : «TU4:P3:address»\n"
        "L'acompte de «TU4:amt:EUR» a été versé depuis notre compte «IBAN:FR».\n\n"
        "Cordialement,\n«TU4:P1:full»\n«MOBILE:FR»"},
    {"id": "tu4_ticket_es_maleta", "kind": "ticket", "lang": "es", "body":
        "«TU4:who:P1:mx»«TU4:who:P2:latam:f»«TU4:who:P3:mx»Asunto: Maleta extraviada – vuelo «TU4:neg:flight», reporte «TU4:neg:ticket_id»\n\n"
        "Buenas tardes:\n\n"
        "Viajé el «N:date:bare» de «TU4:P2:city» a «TU4:P1:city» con escala en «L:city:Bogotá|Lima|Ciudad de Panamá|San Salvador». Mi maleta (a nombre "
        "de «TU4:P1:full_middle») nunca llegó. En el mostrador me atendió «TU4:P3:hon_first», que prometió enviarla al hotel en 24 horas.\n"
        "Ya pasaron cuatro días. Sigo en casa de mi prima «TU4:P2:first» en «TU4:P2:district»; pueden entregarla ahí o en mi domicilio:\n"
        "«TU4:P1:address»\n"
        "Celular: «P1.mobile». Para el reembolso de la ropa que tuve que comprar («TU4:amt:MXN»): «CARD».\n\n"
        "Saludos,\n«TU4:P1:first»"},
    {"id": "tu4_ticket_pt_instalacao", "kind": "ticket", "lang": "pt", "pool": ["BR"], "body":
        "«TU4:who:P1:br»«TU4:who:P2:br:m»«TU4:who:P3:br:f»Assunto: Instalação não realizada – protocolo «TU4:neg:ticket_id»\n\n"
        "Boa tarde,\n"
        "O técnico marcou visita para «N:date:bare» entre «TU4:neg:time» e «TU4:neg:time», mas ninguém apareceu. Fiquei o dia inteiro em casa, e o "
        "porteiro, «TU4:P2:hon_first», confirma que não passou ninguém.\n"
        "Endereço: «TU4:P1:address»\n"
        "Eu ou a minha vizinha «TU4:P3:full» podemos receber o técnico. Meu celular: «P1.mobile»; WhatsApp da «TU4:P3:first»: «P3.mobile».\n"
        "Se não resolverem até «NW:month_weekday:sexta|sábado|segunda», vou cancelar e pedir o estorno de «TU4:amt:BRL» no cartão «CARD».\n"
        "«TU4:P1:full_middle»"},
    {"id": "tu4_ticket_it_bolletta_gas", "kind": "ticket", "lang": "it", "body":
        "«TU4:who:P1:al|ro»«TU4:who:P2:it:m»«TU4:who:P3:it»Oggetto: Bolletta del gas intestata al vecchio inquilino – utenza «N:order_number:bare»\n\n"
        "Buongiorno,\n"
        "mi chiamo «TU4:P1:full» e dal «N:date:bare» abito in «TU4:P2:address». Le bollette continuano ad arrivare a nome di «TU4:P2:last_upper», il "
        "proprietario, che vive a «TU4:P2:town».\n"
        "Il vostro operatore, «TU4:P3:hon_last», mi ha detto di mandare il contratto d'affitto via mail, cosa che ho fatto il «N:date:bare». "
        "Nessuna risposta.\n"
        "Vi prego di volturare l'utenza a mio nome e di addebitare le bollette su questo IBAN: «IBAN:IT».\n"
        "Per qualsiasi cosa: «P1.mobile» (anche WhatsApp).\n"
        "Cordiali saluti\n«TU4:P1:full»"},
    {"id": "tu4_ticket_pl_paczka_zwrot", "kind": "ticket", "lang": "pl", "body":
        "«TU4:who:P1:ua:f»«TU4:who:P2:pl:f»«TU4:who:P3:pl:m»Temat: Paczka «N:tracking_number:bare» – zwrot do nadawcy bez próby doręczenia\n\n"
        "Dzień dobry,\n"
        "od roku mieszkam w «L:city:Krakowie|Gdańsku|Poznaniu|Rzeszowie|Lublinie». Paczka od mojej mamy z «L:city:Winnicy|Charkowa|Odessy|Połtawy|Czerniowiec» "
        "wróciła do nadawcy, chociaż byłam w domu.\n"
        "Kurier («TU4:P3:first», tak się przedstawił) twierdzi, że nikt nie otwierał. Sąsiadka, «TU4:P2:hon_last», widziała go na klatce, ale nie "
        "zadzwonił domofonem.\n"
        "Adres: «TU4:place:pl:address» (nazwisko na domofonie: «TU4:P1:surname»).\n"
        "Proszę o ponowne nadanie paczki. Kontakt: «MOBILE:PL» lub «TU4:P1:email».\n\n"
        "Z poważaniem\n«TU4:P1:full»"},
    {"id": "tu4_ticket_fi_kuituyhteys", "kind": "ticket", "lang": "fi", "body":
        "«TU4:who:P1:fi»«TU4:who:P2:fi»«TU4:who:P3:fi»Aihe: Laajakaista ei toimi – tikettinumero «TU4:neg:ticket_id»\n\n"
        "Hei,\n"
        "kuituyhteys on ollut poikki «NW:month_weekday:maanantaista|tiistaista|keskiviikosta» asti. Asun «L:city:Tampereella|Oulussa|Turussa|Jyväskylässä|Lahdessa», "
        "osoite on «TU4:P1:address».\n"
        "Teknikkonne «TU4:P2:full» kävi paikalla ja sanoi, että vika on jakokaapissa. Hän lupasi, että «TU4:P3:first» soittaa minulle seuraavana "
        "päivänä, mutta kukaan ei ole soittanut.\n"
        "Teen etätöitä ja joudun nyt käymään toimistolla «L:city:Helsingissä|Espoossa|Vantaalla|Kuopiossa» joka päivä.\n"
        "Puhelin: «P1.mobile»\n"
        "Terveisin «TU4:P1:full»"},
    {"id": "tu4_ticket_tr_aktarma", "kind": "ticket", "lang": "tr", "body":
        "«TU4:who:P1:tr»«TU4:who:P2:tr:m»«TU4:who:P3:tr»Konu: «N:order_number:bare» numaralı siparişim «TU4:trcity:city:loc» bekliyor\n\n"
        "Merhaba,\n"
        "«N:date:bare» tarihinde verdiğim sipariş altı gündür «TU4:trcity:city:gen» aktarma merkezinde duruyor. Ailem «TU4:trcity:region:loc» yaşıyor, "
        "ben ise şu an «TU4:P1:district» semtinde oturuyorum.\n"
        "Kurye «TU4:P2:hon_first» aradığında işteydim; paketi üst kattaki komşum «TU4:P3:hon_first» teslim alabilir.\n"
        "Açık adresim: «TU4:P1:address»\n"
        "Cep: «P1.mobile»\n"
        "«NW:capitalised_word:Umut» ediyorum bu sefer gelir.\n«TU4:P1:full»"},
    {"id": "tu4_ticket_hu_gazora", "kind": "ticket", "lang": "hu", "body":
        "«TU4:who:P1:hu»«TU4:who:P2:hu»«TU4:who:P3:hu»Tárgy: Hibás gázóra-leolvasás – felhasználási hely: «TU4:P1:address»\n\n"
        "Tisztelt Cím!\n\n"
        "A «N:date:bare» napján kiállított számlán «TU4:amt:HUF» szerepel, ami háromszorosa a szokásosnak. A leolvasó kolléga, «TU4:P2:hon_full», "
        "szerint a mérő hibás lehet.\n"
        "Hétközben «L:city:Debrecenben|Szegeden|Pécsett|Győrben|Miskolcon» dolgozom, ezért a helyszíni ellenőrzéskor a szomszédom, «TU4:P3:full» tud beengedni.\n"
        "Elérhetőség: «P1.mobile», «TU4:P1:email»\n\n"
        "Üdvözlettel:\n«TU4:P1:full»"},
    {"id": "tu4_ticket_ja_saihaitatsu", "kind": "ticket", "lang": "ja", "body":
        "«TU4:who:P1:jp»«TU4:who:P2:jp»«TU4:who:P3:jp»件名：再配達のお願い（伝票番号 «N:tracking_number:bare»）\n\n"
        "お世話になっております。«TU4:P1:full»と申します。\n"
        "«N:date:bare»に不在票が入っていましたが、その時間は在宅しておりました。ドライバーの«TU4:P2:hon_last»からお電話をいただいたようですが、"
        "番号が違っていたようです。\n"
        "お届け先：«TU4:P1:address»\n"
        "平日は«TU4:P1:city»の勤務先におりますので、土曜日の午前中にお願いできますでしょうか。不在の場合は隣の«TU4:P3:hon_last»に預けていただいて構いません。\n"
        "連絡先：«P1.mobile»"},
    {"id": "tu4_ticket_ko_aircon", "kind": "ticket", "lang": "ko", "body":
        "«TU4:who:P1:kr»«TU4:who:P2:kr»«TU4:who:P3:kr»제목: 에어컨 수리 재접수 – 접수번호 «TU4:neg:ticket_id»\n\n"
        "안녕하세요. «TU4:P1:full»입니다.\n"
        "지난 «N:date:bare»에 «TU4:P2:last» 기사님이 방문하셨는데 부품이 없다며 그냥 가셨고, 그 후로 연락이 없습니다.\n"
        "주소: «TU4:P1:address»\n"
        "저는 평일에 «TU4:P1:city»에 출장 중이라, 집에 있는 동생 «TU4:P3:first»에게 연락 부탁드립니다 («P3.mobile»).\n"
        "제 번호: «P1.mobile»\n"
        "«NW:month_weekday:토요일|일요일|금요일» 오전은 피해 주세요."},
    {"id": "tu4_ticket_vi_giao_sai", "kind": "ticket", "lang": "vi", "body":
        "«TU4:who:P1:vn»«TU4:who:P2:vn:m»«TU4:who:P3:vn:f»Tiêu đề: Khiếu nại đơn hàng «N:order_number:bare» giao sai địa chỉ\n\n"
        "Chào shop,\n"
        "Mình là «TU4:P1:full», đặt hàng ngày «N:date:bare». Shipper «TU4:P2:hon_first» gọi cho mình lúc «TU4:neg:time» nhưng lại giao hàng sang "
        "«TU4:P1:district», trong khi địa chỉ của mình là:\n«TU4:P1:address»\n"
        "Hiện mình đang công tác ở «TU4:P1:city» đến hết tuần, nếu cần nhận hàng thì liên hệ em «TU4:P3:first» (em gái mình): «P3.mobile».\n"
        "SĐT của mình: «P1.mobile»\n"
        "Cảm ơn shop!"},
    {"id": "tu4_ticket_id_teknisi", "kind": "ticket", "lang": "id", "body":
        "«TU4:who:P1:id»«TU4:who:P2:id:m»«TU4:who:P3:id»Subjek: Teknisi tidak datang – tiket «TU4:neg:ticket_id»\n\n"
        "Selamat siang,\n"
        "Saya «TU4:P1:full», pelanggan di «TU4:P1:address».\n"
        "Teknisi atas nama «TU4:P2:hon_first» dijadwalkan datang hari «NW:month_weekday:Senin|Selasa|Kamis» pukul «TU4:neg:time», tapi sampai sekarang "
        "belum datang. Saya sudah menunggu seharian.\n"
        "Kalau saya sedang ke «TU4:P1:town», kunci dititipkan ke tetangga, «TU4:P3:hon_first» (rumah nomor «X:num:2-40»).\n"
        "HP: «P1.mobile»\n"
        "Terima kasih,\n«TU4:P1:first»"},
    {"id": "tu4_ticket_sw_umeme", "kind": "ticket", "lang": "sw", "body":
        "«TU4:who:P1:ke|tz»«TU4:who:P2:ke|tz»«TU4:who:P3:ke|tz»Kichwa: Umeme umekatika kwa siku tatu – namba ya tiketi «TU4:neg:ticket_id»\n\n"
        "Habari,\n"
        "Mimi ni «TU4:P1:full», mteja wenu wa «TU4:P1:district», «TU4:P1:city». Tangu «N:date:bare» hatuna umeme kabisa. Fundi wenu, "
        "«TU4:P2:hon_first», alifika jana akasema transfoma imeungua.\n"
        "Tafadhali mtume mtu leo. Kama sipo nyumbani, mpigie jirani yangu «TU4:P3:first» kwa namba «P3.mobile».\n"
        "Namba yangu ni «P1.mobile». Nililipa ankara ya «TU4:amt:KES» tarehe «N:date:bare».\n"
        "«NW:name_word:Baraka|Neema» tele,\n«TU4:P1:first»"},
]

EMAILS: list[dict[str, Any]] = [
    {"id": "tu4_email_wedding_rsvp", "kind": "email", "lang": "en", "body":
        "«TU4:who:P1:southasia»«TU4:who:P2:ir|gr»«TU4:who:P3:any»«TU4:who:P4:southasia»«TU4:who:P5:any»"
        "Subject: RSVP – «TU4:P1:first» & «TU4:P2:first»'s wedding in «TU4:P1:town»\n\n"
        "Hi «TU4:P3:first»,\n\n"
        "So happy you can make it! The details you asked for:\n\n"
        "Venue: «IG:organization:The Leela Palace Udaipur|Taj Lake Palace|Rambagh Palace|ITC Grand Goa»\n"
        "Mehndi: «N:date:bare», at «TU4:P1:hon_last»'s family home, «TU4:P1:address»\n"
        "Ceremony: the next day at «TU4:neg:time»\n\n"
        "Shuttles leave from «TU4:P1:city» airport. If you need a pick-up, message my cousin «TU4:P4:full» on «P4.mobile» – "
        "«TU4:P4:first» is coordinating all the cars.\n"
        "«TU4:P5:full» is flying in from «TU4:P5:city» too, maybe you two can share a taxi?\n\n"
        "Gifts: honestly none needed, but a few people asked – «TU4:P2:first»'s account is «IBAN:GB».\n\n"
        "Love,\n«TU4:P1:first_lower» x"},
    {"id": "tu4_email_panel_flights", "kind": "email", "lang": "en", "body":
        "«TU4:who:P1:th»«TU4:who:P2:ph»«TU4:who:P3:my»«TU4:who:ME:any»Subject: Speaker travel – «L:city:Singapore|Kuala Lumpur|Bangkok|Manila|Jakarta» panel, «N:date:bare»\n\n"
        "Dear «TU4:P1:hon_first», dear «TU4:P2:first», dear «TU4:P3:hon_first»,\n\n"
        "Thank you again for joining the panel on cross-border payments. Your flights are booked as below – please check that the names match your "
        "passports exactly:\n\n"
        "1. «TU4:P1:last_upper» – from «TU4:P1:city», «TU4:neg:flight», ref «TU4:neg:booking_ref»\n"
        "2. «TU4:P2:full_middle» – from «TU4:P2:city», «TU4:neg:flight», ref «TU4:neg:booking_ref»\n"
        "3. «TU4:P3:full» – from «TU4:P3:city», «TU4:neg:flight», ref «TU4:neg:booking_ref»\n\n"
        "Hotel: «IG:organization:Marina Bay Sands|Shangri-La Hotel|The Peninsula Manila|Mandarin Oriental Bangkok»\n"
        "If anything goes wrong on the day, call me on «ME.phone_intl».\n\n"
        "Best,\n«TU4:ME:full»\n«NW:job_title:Programme Manager|Events Lead|Head of Partnerships»"},
    {"id": "tu4_email_relocation_patronymic", "kind": "email", "lang": "en", "body":
        "«TU4:who:P1:is»«TU4:who:P2:no»«TU4:who:P3:nordic»«TU4:who:ME:any»Subject: «TU4:P1:full» – relocation from «TU4:P1:city» to «TU4:P2:city»\n\n"
        "Hi «TU4:P2:first»,\n\n"
        "Quick summary of where we are with «TU4:P1:first»'s move:\n"
        "- Start date: «N:date:bare», reporting to you in the «TU4:P2:city» office.\n"
        "- Temporary flat for the first three months: «TU4:P2:address»\n"
        "- Family: partner «TU4:P3:full» and two kids. «TU4:P3:first» is looking for work in «TU4:P2:region» as well – any contacts welcome.\n"
        "- The removal company picks up from «TU4:P1:address» on «N:date:bare».\n"
        "- Salary account: «IBAN:NO» (new); «IBAN:IS» will be closed.\n\n"
        "Icelandic second names are patronymics, so please address «TU4:P1:first» by first name – the welcome letter currently opens with "
        "\"Dear «TU4:P1:surname»\".\n\n"
        "Cheers,\n«TU4:ME:first»\n«ME.phone»"},
    {"id": "tu4_email_phd_reference", "kind": "email", "lang": "en", "body":
        "«TU4:who:P1:ir»«TU4:who:P2:ir»«TU4:who:P3:any»«TU4:who:ME:west»Subject: Reference for «TU4:P1:full» (PhD application)\n\n"
        "Dear «TU4:P3:hon_last»,\n\n"
        "I am glad to write in support of «TU4:P1:full» («TU4:P1:native»), who worked in my group for two years after a master's degree in "
        "«TU4:P1:city». «TU4:P1:first» co-authored a paper with «TU4:P2:initial_last» on air quality in «L:city:Tehran|Isfahan|Tabriz|Mashhad» and "
        "presented it at a workshop in «L:city:Vienna|Lisbon|Tallinn|Ljubljana».\n"
        "«TU4:P1:last» is careful, independent and generous with younger students. I recommend them without hesitation.\n\n"
        "You can reach me at «TU4:ME:work_email» or «ME.phone_intl».\n\n"
        "Yours sincerely,\n«TU4:ME:full»\n«NW:job_title:Professor of Atmospheric Chemistry|Reader in Environmental Science|Associate Professor»\n"
        "«IG:organization:University of Leeds|Tallinn University of Technology|University of Porto|Ghent University»"},
    {"id": "tu4_email_de_mieterwechsel", "kind": "email", "lang": "de", "body":
        "«TU4:who:P1:gr|ba»«TU4:who:P2:gr|ba:f»«TU4:who:P3:de:m»«TU4:who:ME:de»Betreff: Mieterwechsel Wohnung 3. OG links – «TU4:P3:address»\n\n"
        "Guten Tag zusammen,\n\n"
        "zum «N:date:bare» zieht «TU4:P1:hon_last» aus; Nachmieterin ist «TU4:P2:full» (bisher wohnhaft in «TU4:P2:city»).\n"
        "Die Kaution von «TU4:amt:EUR» überweist «TU4:P2:first» auf das Konto «IBAN:DE». Die Schlüsselübergabe macht Hausmeister «TU4:P3:last» am "
        "«NW:month_weekday:Montag|Dienstag|Freitag» um «TU4:neg:time».\n"
        "Bitte aktualisieren Sie das Klingelschild («TU4:P2:last» statt «TU4:P1:last») und den Briefkasten.\n"
        "Zum Hoffest am Samstag bringt «TU4:P1:first» zum Abschied noch einmal «NW:product_name:Frankfurter Kranz|Dresdner Stollen|Schwarzwälder Kirschtorte» mit.\n\n"
        "Freundliche Grüße\n«TU4:ME:full»\n«CO»\nTel. «ME.landline»"},
    {"id": "tu4_email_fr_soiree_asso", "kind": "email", "lang": "fr", "body":
        "«TU4:who:P1:ma|dz|tn»«TU4:who:P2:ma|dz|tn»«TU4:who:P3:ma|dz|tn»«TU4:who:P4:fr:f»Objet : Soirée de l'association le «N:date:bare» – programme et covoiturage\n\n"
        "Chers adhérents,\n\n"
        "La soirée aura lieu à la salle des fêtes de «TU4:P4:town». Au programme : un concert de «TU4:P1:full», qui vient spécialement de "
        "«TU4:P1:city», puis un couscous préparé par la famille «TU4:P2:last».\n"
        "Covoiturage : départ à «TU4:neg:time» devant la gare de «L:city:Montpellier|Toulouse|Nîmes|Avignon|Marseille». Contactez «TU4:P3:hon_last» "
        "au «MOBILE:FR».\n"
        "Cotisation annuelle : «TU4:amt:EUR», à régler par virement (IBAN «IBAN:FR»).\n"
        "«NW:capitalised_word:Rose|Prune|Olive» ou blanc ? Votez pour la couleur des nappes avant vendredi.\n\n"
        "À très vite,\n«TU4:P4:full»\n«NW:job_title:Présidente|Trésorière|Secrétaire générale»"},
    {"id": "tu4_email_es_cabana", "kind": "email", "lang": "es", "body":
        "«TU4:who:P1:ar|cl:f»«TU4:who:P2:ar|cl»«TU4:who:P3:ar|cl:m»Asunto: Reserva cabaña en «TU4:P2:town» – «TU4:P1:last»\n\n"
        "Hola «TU4:P2:first»:\n\n"
        "Te escribo para confirmar la cabaña del «N:date:bare» al «N:date:bare». Seremos cuatro: yo, mi marido «TU4:P3:full» y nuestras dos hijas. "
        "Salimos desde «TU4:P1:city» en auto, así que llegaríamos tipo «TU4:neg:time».\n"
        "La seña de «TU4:amt:ARS» ya está transferida; el comprobante te lo mando por WhatsApp. Mi celular es «P1.mobile».\n"
        "¿Nos recomendás algún lugar para comer en el camino? Leímos que «TU4:P2:village» vale la pena.\n\n"
        "Un abrazo,\n«TU4:P1:full»"},
    {"id": "tu4_email_pt_casa_ferias", "kind": "email", "lang": "pt", "pool": ["PT"], "body":
        "«TU4:who:P1:pt:m»«TU4:who:P2:pt»«TU4:who:P3:lusophone:f»Assunto: Casa no «L:region:Alentejo|Minho|Ribatejo|Algarve» – reserva de agosto\n\n"
        "Olá «TU4:P2:first»,\n\n"
        "Conforme combinado por telefone, confirmo a reserva da casa em «TU4:P2:village», perto de «TU4:P2:town», de «N:date:bare» a «N:date:bare».\n"
        "Vamos ser cinco: eu, a minha mulher «TU4:P3:full» e os nossos três filhos.\n"
        "O sinal de «TU4:amt:EUR» foi transferido hoje para o IBAN que me indicou («IBAN:PT»). Chegamos de «TU4:P1:city» ao fim da tarde.\n"
        "Se houver algum problema, o meu telemóvel é o «P1.mobile».\n\n"
        "Cumprimentos,\n«TU4:P1:full_middle»"},
    {"id": "tu4_email_nl_buurtfeest", "kind": "email", "lang": "nl", "body":
        "«TU4:who:P1:nl»«TU4:who:P2:ma|tr»«TU4:who:P3:nl|be»«TU4:who:P4:any»Onderwerp: Uitnodiging buurtfeest «TU4:P1:district» – «N:date:bare»\n\n"
        "Beste buren,\n\n"
        "Zaterdag organiseren we weer het buurtfeest. «TU4:P2:full» zorgt voor de muziek en «TU4:P3:hon_last» voor de barbecue.\n"
        "Wie wil helpen met opbouwen: meld je bij «TU4:P1:first» («P1.mobile»).\n"
        "Dit jaar komen ook vrienden uit de «L:region:Achterhoek|Betuwe|Veluwe» langs met een draaiorgel.\n"
        "De bijdrage is «TU4:amt:EUR» per huishouden, graag overmaken op «IBAN:NL» t.n.v. «TU4:P1:full».\n\n"
        "Groetjes,\n«TU4:P1:first» en «TU4:P4:first»"},
    {"id": "tu4_email_sv_arsmote", "kind": "email", "lang": "sv", "body":
        "«TU4:who:P1:se»«TU4:who:P2:se|fi»«TU4:who:P3:se»Ämne: Kallelse till årsmöte «N:date:bare»\n\n"
        "Hej alla medlemmar!\n\n"
        "Årsmötet hålls i bygdegården i «TU4:P1:village» klockan «TU4:neg:time». Ordförande «TU4:P1:full» går igenom verksamhetsberättelsen och "
        "kassören «TU4:P2:full» presenterar bokslutet.\n"
        "Efter mötet berättar «TU4:P3:first» om föreningens resa till «TU4:P3:region» i «NW:month_weekday:juni|juli|augusti».\n"
        "Medlemsavgiften («TU4:amt:SEK») betalas till «IBAN:SE».\n"
        "Frågor? Ring «TU4:P1:first» på «P1.mobile».\n\n"
        "Välkomna!\nStyrelsen genom «TU4:P2:initial_last»"},
    {"id": "tu4_email_no_klassetur", "kind": "email", "lang": "no", "body":
        "«TU4:who:P1:no»«TU4:who:P2:no»«TU4:who:P3:no»«TU4:who:P4:any»Emne: Klassetur til «L:region:Lofoten|Vesterålen|Senja|Hardanger» – praktisk info\n\n"
        "Hei alle foreldre!\n\n"
        "Vi tar båten fra «L:city:Bodø|Tromsø|Narvik|Svolvær» «NW:month_weekday:mandag|tirsdag» kl. «TU4:neg:time» og bor på leirskolen i «TU4:P1:village».\n"
        "Med på turen er kontaktlærer «TU4:P1:full», «TU4:P2:full» fra FAU og assistent «TU4:P3:full».\n"
        "Elever med allergier må gi beskjed til «TU4:P2:first» innen fredag. «TU4:P4:full» har fått fritak og blir igjen på skolen.\n"
        "Egenandelen på «TU4:amt:NOK» betales til «IBAN:NO» – merk betalingen med elevens navn.\n"
        "Nødtelefon under turen: «P1.mobile»\n\n"
        "Hilsen «TU4:P1:first»"},
    {"id": "tu4_email_da_sommerhus", "kind": "email", "lang": "da", "body":
        "«TU4:who:P1:dk»«TU4:who:P2:dk»«TU4:who:P3:any»«TU4:who:ME:dk»Emne: Lejekontrakt sommerhus – «TU4:P2:address»\n\n"
        "Kære «TU4:P1:first»,\n\n"
        "Tak for sidst! Hermed bekræftelse på lejen af sommerhuset i «TU4:P2:village» i uge «X:num:26-33». Nøglen ligger hos naboen, «TU4:P2:full», "
        "som også kan hjælpe, hvis varmepumpen driller («P2.mobile»).\n"
        "Depositum på «TU4:amt:DKK» indbetales på «IBAN:DK».\n"
        "Og det er helt fint, at I tager «TU4:P3:full» fra «TU4:P3:city» med.\n\n"
        "Venlig hilsen\n«TU4:ME:full»"},
    {"id": "tu4_email_cs_svatba", "kind": "email", "lang": "cs", "body":
        "«TU4:who:P1:cz:f»«TU4:who:P2:cz:m»«TU4:who:P3:cz|sk»«TU4:who:P4:any»Předmět: Svatba – «TU4:P1:first» & «TU4:P2:first» – ubytování a program\n\n"
        "Milí hosté,\n\n"
        "svatba bude «N:date:bare» ve vinném sklepě v «L:city:Mikulově|Valticích|Znojmě|Velkých Pavlovicích» na jižní «L:region:Moravě».\n"
        "Odvoz z «L:city:Prahy|Brna|Ostravy|Olomouce» zajišťuje «TU4:P3:full», tel. «P3.mobile».\n"
        "Přijede i «TU4:P4:full» až z «TU4:P4:city» – prosíme, mluvte na něj pomalu 🙂\n"
        "Pokud chcete přispět na svatební cestu, číslo účtu je «IBAN:CZ».\n\n"
        "Těšíme se!\n«TU4:P1:full» a «TU4:P2:full»"},
    {"id": "tu4_email_ro_pensiune", "kind": "email", "lang": "ro", "body":
        "«TU4:who:P1:ro:f»«TU4:who:P2:ro:f»«TU4:who:P3:hu|ro:m»Subiect: Rezervare pensiune în «TU4:P2:village», «N:date:bare»\n\n"
        "Bună ziua, doamna «TU4:P2:last»,\n\n"
        "Vă scriu ca să confirm rezervarea. Venim din «TU4:P1:city» cu mașina și ajungem seara, pe la «TU4:neg:time». Vom fi patru adulți: eu, soțul meu "
        "(«TU4:P3:full») și părinții lui.\n"
        "Am citit că zona e cea mai frumoasă din «L:region:Transilvania|Ardeal|Maramureș|Bucovina». Dacă e nevoie, putem lua transferul de la aeroportul "
        "«L:city:Clujului|Sibiului|Iașiului».\n"
        "Avansul de «TU4:amt:RON» l-am trimis în contul «IBAN:RO».\n"
        "Telefon: «P1.mobile»\n\n"
        "Cu stimă,\n«TU4:P1:full»"},
    {"id": "tu4_email_zh_baoxiao", "kind": "email", "lang": "zh", "body":
        "«TU4:who:P1:cn»«TU4:who:P2:cn»«TU4:who:P3:cn»«TU4:who:P4:tw|hk»主题：«TU4:P1:city»出差报销 – «TU4:P1:full»\n\n"
        "«TU4:P2:hon_last»，您好：\n\n"
        "附件是上周去«TU4:P1:city»出差的发票，麻烦帮忙走一下报销流程：\n"
        "1. 高铁票：«TU4:amt:CNY»\n"
        "2. 住宿（«IG:organization:北京饭店|上海大厦|广州白天鹅宾馆|南京金陵饭店»）：«TU4:amt:CNY»\n"
        "3. 和客户«TU4:P4:full»吃饭：«TU4:amt:CNY»\n"
        "报销款请打到我的银行卡 «CARD:unionpay»。\n"
        "下个月我还要和«TU4:P3:full»一起去«TU4:P3:region»调研，到时候再麻烦您。\n\n"
        "«TU4:P1:full»\n手机：«P1.mobile»"},
    {"id": "tu4_email_ar_ard_sier", "kind": "email", "lang": "ar", "body":
        "«TU4:who:P1:arabscript»«TU4:who:P2:arabscript:m»«TU4:who:P3:arabscript:m»الموضوع: طلب عرض سعر – مشروع «L:city:جدة|الدمام|دبي|أبوظبي|عمّان»\n\n"
        "الأستاذ «TU4:P2:native» المحترم،\n\n"
        "تحية طيبة وبعد،\n"
        "نرجو تزويدنا بعرض سعر لتوريد وتركيب أنظمة التكييف للمشروع قبل «N:date:bare». للاستفسارات الفنية يرجى التواصل مع المهندس «TU4:P3:native» على الرقم «P3.mobile».\n"
        "عنوان التسليم: «TU4:P1:address»\n"
        "رقم الحساب (IBAN): «IBAN:SA»\n\n"
        "مع خالص التحية،\n«TU4:P1:native»\n«NW:job_title:مدير المشتريات|مدير المشاريع|مسؤول العقود»"},
    {"id": "tu4_email_hi_flat_rent", "kind": "email", "lang": "hi", "body":
        "«TU4:who:P1:in_n|in_s»«TU4:who:P2:in_n»«TU4:who:P3:in_n|in_s»Subject: 2BHK flat in «TU4:P2:district» – rent agreement\n\n"
        "Namaste «TU4:P2:hon_last»,\n\n"
        "Jaisa phone pe baat hui thi, hum «N:date:bare» se flat le rahe hain. Rent agreement mein tenant ka naam «TU4:P1:full» aur co-tenant "
        "«TU4:P3:full» likhiye please.\n"
        "Advance «TU4:amt:INR» maine transfer kar diya hai – UPI ref «N:order_number:bare».\n"
        "Hum abhi «TU4:P1:city» se shift ho rahe hain, saaman «NW:month_weekday:Sunday|Saturday» tak aa jayega.\n"
        "Mera number: «P1.mobile»\n\n"
        "Dhanyavaad,\n«TU4:P1:first»"},
    {"id": "tu4_email_tl_balikbayan", "kind": "email", "lang": "tl", "body":
        "«TU4:who:P1:ph»«TU4:who:P2:ph:f»«TU4:who:P3:ph»Subject: Balikbayan box «N:tracking_number:bare» – hindi pa dumarating\n\n"
        "Hi po,\n\n"
        "Si «TU4:P1:full» po ito. Nagpadala ako ng box mula «L:city:Dubai|Riyadh|Doha|Hong Kong|Singapore» noong «N:date:bare». Sabi sa tracking nasa "
        "warehouse na sa «L:city:Parañaque|Pasay|Valenzuela» pero two weeks na po, wala pa.\n"
        "Ang recipient ay ang nanay ko, si «TU4:P2:full».\n"
        "Address: «TU4:P2:address»\n"
        "Kung wala si Nanay, pwede pong i-receive ni «TU4:P3:hon_first» (kapitbahay), «P3.mobile».\n\n"
        "Salamat po!\n«TU4:P1:first»\n«P1.phone_intl»"},
]

CRM_NOTES: list[dict[str, Any]] = [
    {"id": "tu4_crm_nordic_procurement", "kind": "crm_note", "lang": "en", "body":
        "«TU4:who:P1:fi|ee»«TU4:who:P2:se|no»«TU4:who:P3:baltic»«TU4:who:AGENT:any»Account: «CO» | Owner: «TU4:AGENT:full» | Stage: proposal\n"
        "«N:date:bare» – call with «TU4:P1:full» (procurement) and «TU4:P2:first_initial» (IT).\n"
        "- «TU4:P1:first» wants EUR pricing for the «TU4:P1:city» and «TU4:P3:city» sites.\n"
        "- «TU4:P2:last» worries about data residency; they host in «L:city:Stockholm|Helsinki|Oslo|Frankfurt».\n"
        "- Budget owner is «TU4:P3:hon_last», based in «TU4:P3:city», back from leave on «N:date:bare».\n"
        "- NDA to «TU4:P1:work_email»; invoices to «TU4:P1:address».\n"
        "Next: «NW:month_weekday:Thursday|Friday» follow-up, «TU4:AGENT:first» to call «P1.phone_intl»."},
    {"id": "tu4_crm_greek_claim", "kind": "crm_note", "lang": "en", "body":
        "«TU4:who:P1:gr»«TU4:who:P2:gr»«TU4:who:P3:gr:m»«TU4:who:AGENT:any»Claim «TU4:neg:ticket_id» – water damage, holiday apartment\n"
        "Policy holder: «TU4:P1:full» («TU4:P1:native»)\n"
        "Property: «TU4:P1:address»\n"
        "Notes («TU4:AGENT:initial_last», «N:date:bare»):\n"
        "- «TU4:P1:first» called from «L:city:Melbourne|Toronto|Chicago|Stuttgart»; lives abroad, the flat is let in summer.\n"
        "- Neighbour «TU4:P2:full» (signs as «TU4:P2:native») saw water coming through the ceiling and called the plumber, «TU4:P3:hon_last».\n"
        "- Photos sent by «TU4:P2:first» on WhatsApp («P2.mobile»).\n"
        "- Repair estimate «TU4:amt:EUR»; pay-out to «IBAN:GR».\n"
        "- «TU4:P1:last» asks us to deal with «TU4:P2:first» directly while the owners are away."},
    {"id": "tu4_crm_dubai_villa_lead", "kind": "crm_note", "lang": "en", "body":
        "«TU4:who:P1:ae|sa»«TU4:who:P2:southasia»«TU4:who:P3:ph»«TU4:who:AGENT:any»Lead: «TU4:P1:full» – 3BR villa, budget «TU4:amt:AED»\n"
        "Source: referral by «TU4:P2:full»\n"
        "Agent: «TU4:AGENT:full»\n"
        "- Viewing 1: «TU4:place:ae:address» – liked it, wants a bigger garden.\n"
        "- Viewing 2 on «N:date:bare» in «L:district:Arabian Ranches|Jumeirah Village Circle|Mirdif|Al Furjan» – too far from the kids' school.\n"
        "- Prefers contact through «TU4:P1:hon_first»'s PA, «TU4:P3:full» («P3.mobile»).\n"
        "- Currently renting in «TU4:P1:city».\n"
        "- Deposit cheque from «IBAN:AE».\n"
        "Next: shortlist in «L:district:Dubai Hills|Emirates Hills|Al Barari» before the weekend."},
    {"id": "tu4_crm_clinic_intake", "kind": "crm_note", "lang": "en", "body":
        "«TU4:who:P1:pk|bd|lk|np»«TU4:who:P2:southasia»«TU4:who:P3:us»«TU4:who:P4:southasia»«TU4:who:AGENT:us»Patient intake – «TU4:P1:last_comma»\n"
        "DOB: «N:date:bare» | Chart «N:short_digit_group:bare»\n"
        "Insurance subscriber: «TU4:P2:full» (spouse), SSN «SSN»\n"
        "Address: «TU4:place:us:address»\n"
        "Phone: «PHONE:US»\n"
        "Notes («TU4:AGENT:first»): moved from «TU4:P1:city», «TU4:P1:country» in «NW:month_weekday:March|April|October». Referred by «TU4:P3:hon_last» (PCP).\n"
        "Emergency contact: «TU4:P4:full», «P4.phone_intl». «TU4:P1:first» prefers morning appointments."},
    {"id": "tu4_crm_balkan_candidates", "kind": "crm_note", "lang": "en", "body":
        "«TU4:who:P1:balkan»«TU4:who:P2:balkan»«TU4:who:P3:balkan»«TU4:who:AGENT:any»Req «X:alnum:6» – Senior Backend Engineer (remote, EU)\n"
        "Screened by «TU4:AGENT:full» on «N:date:bare»:\n"
        "1. «TU4:P1:full» – «TU4:P1:city», strong Go, wants to stay in «TU4:P1:country». «P1.mobile», «TU4:P1:email».\n"
        "2. «TU4:P2:last_upper» – based in «TU4:P2:town», open to relocating to «L:city:Berlin|Amsterdam|Vienna|Zagreb». «TU4:P2:first» was referred by «TU4:P3:full».\n"
        "3. «TU4:P3:first_initial» – withdrew.\n"
        "Notes: «TU4:P1:last» has a three-month notice period; «TU4:P2:first»'s expectation is «TU4:amt:EUR».\n"
        "«NW:capitalised_word:Chase|Grant» references before «NW:month_weekday:Friday|Monday»."},
    {"id": "tu4_crm_de_filiale", "kind": "crm_note", "lang": "de", "body":
        "«TU4:who:P1:ch|at»«TU4:who:P2:ch|at»«TU4:who:AGENT:de»Kunde: «CO» · Ansprechpartner: «TU4:P1:hon_last» · Betreuer: «TU4:AGENT:full»\n"
        "«N:date:bare» – Telefonat mit «TU4:P1:first»:\n"
        "- Neue Filiale in «TU4:P1:town», Eröffnung am «N:date:bare»; Lieferungen ab dann an «TU4:P1:address».\n"
        "- Geschäftsführer «TU4:P2:hon_last» ist bis Monatsende im «L:region:Allgäu|Emmental|Engadin|Salzkammergut|Waldviertel» im Urlaub, Vertretung macht «TU4:P1:first».\n"
        "- «NW:capitalised_word:Koch» und Servicepersonal werden im «NW:month_weekday:Juni|Juli» geschult.\n"
        "- Rechnungen weiter per Lastschrift von «IBAN:CH».\n"
        "- Rückruf an «P1.phone»."},
    {"id": "tu4_crm_fr_chantier", "kind": "crm_note", "lang": "fr", "body":
        "«TU4:who:P1:be|ch|fr»«TU4:who:P2:fr»«TU4:who:AGENT:fr»Client : «CO» – interlocuteur : «TU4:P1:last_upper»\n"
        "Note du «N:date:bare» («TU4:AGENT:initial_last») :\n"
        "«TU4:P1:first» nous a appelés depuis «TU4:P1:city». Le chantier de «TU4:P1:village» a pris deux semaines de retard, comme celui dans les «L:region:Ardennes|Vosges|Cévennes|Alpilles».\n"
        "- Livraison prévue le «N:date:bare» à l'adresse : «TU4:P1:address»\n"
        "- Contact sur place : «TU4:P2:full», «P2.mobile»\n"
        "- «TU4:P2:last» voudrait aussi un devis pour la maison de sa mère à «TU4:P2:town».\n"
        "- «NW:capitalised_word:Blanc» cassé pour les volets, pas gris.\n"
        "- Paiement par prélèvement sur «IBAN:BE»."},
    {"id": "tu4_crm_es_finca_cafe", "kind": "crm_note", "lang": "es", "body":
        "«TU4:who:P1:co»«TU4:who:P2:co:m»«TU4:who:P3:co|pe»«TU4:who:AGENT:any»Proveedor: «CO» | Responsable: «TU4:AGENT:full»\n"
        "Visita a la finca de «TU4:P1:hon_first» en «TU4:P1:village» el «N:date:bare». Compara con el café de «L:region:Huila|Nariño|Quindío|Tolima».\n"
        "- Cosecha estimada: 40 sacos; precio acordado «TU4:amt:COP».\n"
        "- El hijo, «TU4:P2:full», lleva la parte comercial desde «TU4:P2:city»: «P2.mobile», «TU4:P2:email».\n"
        "- Transporte al puerto de «L:city:Buenaventura|Cartagena|Santa Marta» con «TU4:P3:full».\n"
        "- Anticipo pagado desde la cuenta «IBAN:ES»."},
    {"id": "tu4_crm_it_furto", "kind": "crm_note", "lang": "it", "body":
        "«TU4:who:P1:it»«TU4:who:P2:it»«TU4:who:P3:al|ro|ua:f»«TU4:who:AGENT:it»Cliente: «TU4:P1:last_upper» – polizza casa n. «N:order_number:bare»\n"
        "Nota del «N:date:bare» («TU4:AGENT:first»):\n"
        "«TU4:P1:hon_last» ha chiamato per il furto nella casa al mare nel «L:region:Salento|Cilento|Gargano»; la casa di campagna a «TU4:P1:village» invece è a posto.\n"
        "La badante della madre, «TU4:P3:full», ha scoperto il furto e ha avvisato i carabinieri di «TU4:P1:town».\n"
        "Rubata anche l'auto in garage, una «NW:product_name:Alfa Romeo Stelvio|Alfa Romeo Tonale|Fiat Panda|Lancia Ypsilon».\n"
        "Perito incaricato: «TU4:P2:hon_last» («P2.phone»). Sinistro da liquidare sull'IBAN «IBAN:IT»."},
    {"id": "tu4_crm_pt_odonto", "kind": "crm_note", "lang": "pt", "pool": ["BR"], "body":
        "«TU4:who:P1:br:f»«TU4:who:P2:br:f»«TU4:who:P3:br:m»«TU4:who:AGENT:br»Paciente: «TU4:P1:full_middle» | Prontuário «N:short_digit_group:bare»\n"
        "Anotação («TU4:AGENT:first», «N:date:bare»):\n"
        "- Paciente veio do «L:region:Sertão|Recôncavo|Agreste» para o tratamento; está hospedada na casa da prima «TU4:P2:full», em «TU4:P2:district».\n"
        "- Responsável financeiro: «TU4:P3:full» (marido), cartão «CARD».\n"
        "- WhatsApp: «P1.mobile». E-mail: «TU4:P1:email».\n"
        "- Próxima consulta: «NW:month_weekday:segunda|terça|quinta», «TU4:neg:time».\n"
        "- Endereço para a nota fiscal: «TU4:P3:address»"},
    {"id": "tu4_crm_pl_wilno", "kind": "crm_note", "lang": "pl", "body":
        "«TU4:who:P1:lt»«TU4:who:P2:lt|lv»«TU4:who:P3:pl»«TU4:who:AGENT:pl»Klient: «CO» | Opiekun: «TU4:AGENT:full»\n"
        "Notatka z «N:date:bare»:\n"
        "Spotkanie w «L:city:Wilnie|Kownie|Kłajpedzie|Rydze». Obecni: «TU4:P1:full» (dyrektor zakupów), «TU4:P2:full», «TU4:AGENT:first».\n"
        "- «TU4:P1:first» chce dostaw do magazynu w «L:city:Białymstoku|Suwałkach|Augustowie» co dwa tygodnie.\n"
        "- Adres do faktur: «TU4:P1:address»\n"
        "- Płatność: «IBAN:LT»\n"
        "- «TU4:P3:full» przygotuje ofertę do «NW:month_weekday:piątku|czwartku».\n"
        "- Kontakt: «P1.phone_intl», «TU4:P1:work_email»"},
    {"id": "tu4_crm_sv_lager", "kind": "crm_note", "lang": "sv", "body":
        "«TU4:who:P1:se»«TU4:who:P2:se|fi|no»«TU4:who:AGENT:se»Kund: «CO» | Kontakt: «TU4:P1:full» | Säljare: «TU4:AGENT:full»\n"
        "«N:date:bare»: Samtal med «TU4:P1:first». De öppnar lager i «TU4:P1:town» och behöver leveranser dit "
        "från «NW:month_weekday:oktober|november». Nästa steg kan bli ett lager i «L:region:Småland|Norrland|Dalarna|Värmland».\n"
        "- Leveransadress: «TU4:P1:address»\n"
        "- Fakturor till ekonomi, «TU4:P2:full», «TU4:P2:work_email».\n"
        "- «TU4:P2:first» nämnde att de också tittar på en konkurrent i «L:city:Jönköping|Växjö|Kalmar».\n"
        "- Ring «TU4:P1:first» på «P1.mobile» efter «TU4:neg:time».\n"
        "- Betalning via «IBAN:SE»."},
    {"id": "tu4_crm_tr_otel", "kind": "crm_note", "lang": "tr", "body":
        "«TU4:who:P1:tr»«TU4:who:P2:tr»«TU4:who:P3:tr|ir»«TU4:who:AGENT:tr»Müşteri: «TU4:P1:hon_full» | Temsilci: «TU4:AGENT:full»\n"
        "«N:date:bare» görüşme notu:\n"
        "- «TU4:P1:hon_first» otelini «TU4:trcity:town:loc» yenilemek istiyor, bütçe «TU4:amt:TRY».\n"
        "- Ortağı «TU4:P2:full» «TU4:trcity:city:abl» geliyor, «NW:month_weekday:Salı|Perşembe» toplantısına katılacak.\n"
        "- Proje için mimar olarak «TU4:P3:full» öneriliyor.\n"
        "- Fatura adresi: «TU4:P1:address»\n"
        "- IBAN: «IBAN:TR» · Cep: «P1.mobile»\n"
        "- «NW:capitalised_word:Deniz|Güneş» manzaralı 12 oda, havuz ve spa planlanıyor."},
    {"id": "tu4_crm_ja_shodan", "kind": "crm_note", "lang": "ja", "body":
        "«TU4:who:P1:jp»«TU4:who:P2:jp»«TU4:who:P3:any»«TU4:who:AGENT:jp»顧客：«CO»　担当：«TU4:AGENT:full»\n"
        "«N:date:bare» 訪問メモ\n"
        "・«TU4:P1:hon_last»（部長）と面談。«TU4:P1:region»エリアの新店舗の件。\n"
        "・«TU4:P2:full»様が«TU4:P2:city»から同席。\n"
        "・海外パートナーの«TU4:P3:full»氏（«TU4:P3:city»）も来月来日予定。\n"
        "・見積送付先：«TU4:P1:work_email»\n"
        "・電話：«P1.phone»\n"
        "・次回：«NW:month_weekday:月曜日|水曜日|金曜日» «TU4:neg:time»"},
    {"id": "tu4_crm_ko_sangdam", "kind": "crm_note", "lang": "ko", "body":
        "«TU4:who:P1:kr»«TU4:who:P2:kr»«TU4:who:P3:any»«TU4:who:AGENT:kr»고객: «TU4:P1:full» / 상담원: «TU4:AGENT:full»\n"
        "«N:date:bare» 통화 내용\n"
        "- 고객님이 «TU4:P1:city»에서 이사 예정. 이사할 곳: «L:city:서울|제주|춘천|세종»\n"
        "- 새 주소: «TU4:P1:address»\n"
        "- 배우자 «TU4:P2:hon_full»도 같은 요금제로 변경 희망 (연락처 «P2.mobile»).\n"
        "- 해외 거주 가족 «TU4:P3:full» 명의 카드로 결제: «CARD»\n"
        "- 다음 통화: «NW:month_weekday:화요일|목요일» «TU4:neg:time»"},
    {"id": "tu4_crm_zh_baifang", "kind": "crm_note", "lang": "zh", "body":
        "«TU4:who:P1:cn»«TU4:who:P2:hk|tw»«TU4:who:P3:cn»«TU4:who:AGENT:cn»客户：«CO»  拜访人：«TU4:AGENT:full»\n"
        "日期：«N:date:bare»\n"
        "1. 与«TU4:P1:hon_last»讨论«TU4:P1:region»市场的代理合作。\n"
        "2. 合作伙伴«TU4:P2:full»（«P2.phone_intl»）下月从«L:city:香港|台北|高雄|新竹»来«TU4:P1:city»考察。\n"
        "3. 样品寄到：«TU4:P1:address»\n"
        "4. «TU4:P3:full»负责报价，邮箱«TU4:P3:work_email»。"},
    {"id": "tu4_crm_ar_franco", "kind": "crm_note", "lang": "ar", "body":
        "«TU4:who:P1:eg|lb|jo:m»«TU4:who:P2:eg|lb|jo:f»«TU4:who:AGENT:eg»Client: «TU4:P1:full» | Agent: «TU4:AGENT:first»\n"
        "«N:date:bare» – mokalma ma3 «TU4:P1:hon_first»:\n"
        "- 3ayez ye3mel upgrade lel package, bas el bank rafad el card «CARD».\n"
        "- Howa sakin fi «TU4:P1:district», «TU4:P1:city» – el 3enwan: «TU4:P1:address»\n"
        "- Merato «TU4:P2:full» hatkalemna bokra, rakamha «P2.mobile».\n"
        "- El mablagh «TU4:amt:EGP», ha-nedfa3 men el IBAN «IBAN:EG»."},
    {"id": "tu4_crm_hi_showroom", "kind": "crm_note", "lang": "hi", "body":
        "«TU4:who:P1:in_n|in_s»«TU4:who:P2:southasia»«TU4:who:AGENT:in_n|in_s»Lead: «TU4:P1:full» | Owner: «TU4:AGENT:first»\n"
        "«N:date:bare»: «TU4:P1:hon_first» se baat hui. Unka showroom «TU4:P1:district», «TU4:P1:city» mein hai, ab «TU4:P1:town» mein doosri branch khol rahe hain.\n"
        "- Demo «NW:month_weekday:Monday|Tuesday» ko «TU4:neg:time» baje.\n"
        "- Partner «TU4:P2:full» («P2.mobile») payment dekhte hain – quote unko bhejna hai: «TU4:P2:email».\n"
        "- Billing address: «TU4:P1:address»\n"
        "- «NW:name_word:Asha» hai ki is mahine deal close ho jayegi."},
]

CHATS: list[dict[str, Any]] = [
    {"id": "tu4_chat_landed_jozi", "kind": "chat", "lang": "en", "body":
        "«TU4:who:P1:za»«TU4:who:P2:za»«TU4:who:P3:za»«TU4:who:P4:any»[«TU4:neg:time»] «TU4:P1:first_lower»: landed in «L:city:joburg|jozi|durbs|maritzburg»!!\n"
        "[«TU4:neg:time»] «TU4:P2:first»: welcome home 🙌 is «TU4:P3:first_lower» fetching you?\n"
        "[«TU4:neg:time»] «TU4:P1:first_lower»: nah «TU4:P3:first» is still in «TU4:P3:city», taking an uber to «TU4:P2:first_lower»'s place\n"
        "[«TU4:neg:time»] «TU4:P2:first»: ok, still at «TU4:P2:street»? gogo is here too\n"
        "[«TU4:neg:time»] «TU4:P4:first»: hi all, «TU4:P1:first» added me 😅 i'm visiting from «TU4:P4:country» for the week\n"
        "[«TU4:neg:time»] «TU4:P2:first»: sharp sharp, welcome «TU4:P4:first_lower»! call me when u land, «P2.mobile», if data is off\n"
        "[«TU4:neg:time»] «TU4:P3:first»: tonight we're playing «NW:street_like:Street Fighter 6|Avenue Q karaoke» at «TU4:P3:last»'s uncle's place"},
    {"id": "tu4_chat_naija_family", "kind": "chat", "lang": "en", "body":
        "«TU4:who:P1:ng_yo»«TU4:who:P2:ng_yo:f»«TU4:who:P3:ng_yo»«TU4:who:P4:ng_ig:m»Family 🏠❤️\n"
        "«TU4:P1:first»: Good morning family. Aunty «TU4:P2:first» has arrived «TU4:P2:city» safely 🙏\n"
        "«TU4:P3:first_lower»: thank God! how was the road from «TU4:P1:city_lower»?\n"
        "«TU4:P2:first»: Very bad. We spent 3 hours at «L:city:Ogere|Sagamu|Ibafo|Ore» because of traffic\n"
        "«TU4:P1:first»: Sorry ma. «TU4:P4:full» says he will pick you at the park\n"
        "«TU4:P4:first»: Yes ma, I'm in «TU4:P4:district» now. Send your location\n"
        "«TU4:P3:nick»: Mummy please don't forget my «NW:product_name:Agege bread|Ofada rice|Ijebu garri» 😂\n"
        "«TU4:P1:first»: If you need anything call me, «P1.mobile»"},
    {"id": "tu4_chat_bangkok_dinner", "kind": "chat", "lang": "en", "body":
        "«TU4:who:P1:th»«TU4:who:P2:th»«TU4:who:P3:ph»«TU4:who:P4:my|id»«TU4:P1:nick»: anyone free for dinner tonight? thinking «TU4:P1:district»\n"
        "«TU4:P3:first_lower»: sure! but i'm coming from «L:district:silom|ari|bang na|on nut», 40 min\n"
        "«TU4:P2:nick»: i'm in. khun «TU4:P4:first» too?\n"
        "«TU4:P4:first»: can't, flying to «TU4:P4:city» tomorrow 6am 😭\n"
        "«TU4:P1:nick»: «TU4:P3:nick» you still have «TU4:P2:nick»'s new number?\n"
        "«TU4:P3:first»: «P2.mobile»\n"
        "«TU4:P2:nick»: lol i'm right here\n"
        "«TU4:P1:nick»: ok «NW:brand:Mister Donut|Jollibee|After You» after? meet at «TU4:neg:time» 👍"},
    {"id": "tu4_chat_ops_rollback", "kind": "chat", "lang": "en", "body":
        "«TU4:who:P1:any»«TU4:who:P2:diverse»«TU4:who:P3:diverse»«TU4:who:P4:diverse»#ops-emea\n"
        "«TU4:P1:first»: payment retries spiking for merchants in «TU4:P2:country» 🔥\n"
        "«TU4:P2:first»: on it. the acquirer in «TU4:P2:city» is timing out, blocking «IP4» for now, it's hammering us\n"
        "«TU4:P1:first»: ask «TU4:P3:last», that integration is theirs\n"
        "«TU4:P3:first»: here. «TU4:P4:last» changed the timeout on «NW:month_weekday:Monday|Tuesday», rolling back\n"
        "«TU4:P4:first»: sorry!! «NW:capitalised_word:Will|Would» the rollback fix it?\n"
        "«TU4:P2:first»: errors dropping. «TU4:P3:last»'s fix worked\n"
        "«TU4:P1:first»: thx all. postmortem «TU4:neg:ticket_id», owner «TU4:P4:full»"},
    {"id": "tu4_chat_de_wg_keller", "kind": "chat", "lang": "de", "body":
        "«TU4:who:P1:tr»«TU4:who:P2:pl»«TU4:who:P3:de:m»«TU4:who:P4:balkan»«TU4:P1:first»: Leute, wer hat den Schlüssel für den Keller?\n"
        "«TU4:P2:first_lower»: frag mal «TU4:P3:last», der war gestern unten\n"
        "«TU4:P3:first»: hab ihn «TU4:P4:first» gegeben 🤷\n"
        "«TU4:P4:first»: liegt auf dem Küchentisch. bin bis «NW:month_weekday:Sonntag|Montag» in «TU4:P4:city»\n"
        "«TU4:P1:first»: ok. «TU4:P2:first», denkst du an die Miete? «IBAN:DE»\n"
        "«TU4:P2:first_lower»: jaja. wer bringt die «NW:product_name:Thüringer|Nürnberger|Berliner» zur Party mit?\n"
        "«TU4:P3:first»: ich. «TU4:P1:first» grillt 😄 und danach «NW:street_like:Lindenstraße|Sesamstraße»-Marathon?\n"
        "«TU4:P1:first»: haha. Adresse für die Neuen: «TU4:place:de:address»"},
    {"id": "tu4_chat_es_finde_largo", "kind": "chat", "lang": "es", "body":
        "«TU4:who:P1:ar»«TU4:who:P2:ar»«TU4:who:P3:ar|cl|pe»«TU4:who:P4:ar»«TU4:P1:first_lower»: che, ¿al final vamos a «L:city:bariloche|mendoza|salta|córdoba» el finde largo?\n"
        "«TU4:P2:first»: yo sí!! «TU4:P3:first_lower» también se suma, viene desde «TU4:P3:city_lower»\n"
        "«TU4:P3:first»: siii, llego el jueves a la noche 🙌\n"
        "«TU4:P4:first_lower»: no puedo, me toca laburar. decile a «TU4:P1:first» que me guarde alfajores jaja\n"
        "«TU4:P1:first»: jaja dale. la cabaña queda en «TU4:P1:village», a 20 min del centro\n"
        "«TU4:P2:first»: pasame el alias y te transfiero «TU4:amt:ARS»\n"
        "«TU4:P1:first»: te lo mando por privado. mi cel nuevo: «P1.mobile»\n"
        "«TU4:P3:first»: yo pongo «NW:street_like:Calle 13|Calle 54» en el auto 🎶\n"
        "«TU4:P4:first»: «NW:month_weekday:Noviembre|Diciembre» me sumo seguro"},
    {"id": "tu4_chat_pt_cheguei", "kind": "chat", "lang": "pt", "pool": ["BR"], "body":
        "«TU4:who:P1:br»«TU4:who:P2:br»«TU4:who:P3:br:m»«TU4:who:P4:br:f»«TU4:P1:nick»: gente, cheguei em «L:city:Sampa|BH|Floripa|Poa»!\n"
        "«TU4:P2:first»: aeee 🎉 o «TU4:P3:first» foi te buscar?\n"
        "«TU4:P1:nick»: não, peguei um uber até a casa da tia «TU4:P4:first», em «TU4:P4:district»\n"
        "«TU4:P4:first»: chegou sim, tá aqui tomando café ☕\n"
        "«TU4:P3:first_lower»: desculpa, fiquei preso no trânsito na «L:street_address:Marginal Pinheiros|Avenida Paulista|Linha Vermelha»\n"
        "«TU4:P2:first»: manda o endereço da tia pro «TU4:P3:first»\n"
        "«TU4:P4:first»: «TU4:P4:address»\n"
        "«TU4:P1:nick»: meu pix é o celular: «P1.mobile» (pra rachar o uber kkk)\n"
        "«TU4:P4:first»: hoje à noite tem reprise de «NW:street_like:Avenida Brasil» 📺\n"
        "«TU4:P2:first»: «NW:capitalised_word:Glória» a Deus que chegou bem!!"},
    {"id": "tu4_chat_it_calcetto", "kind": "chat", "lang": "it", "body":
        "«TU4:who:P1:it:m»«TU4:who:P2:it:m»«TU4:who:P3:it:m»«TU4:who:P4:al|ro:m»«TU4:P1:first»: stasera calcetto alle «TU4:neg:time», ci siamo?\n"
        "«TU4:P2:last»: ci sono\n"
        "«TU4:P1:first»: «TU4:P3:last» tu? l'ultima volta hai dato buca\n"
        "«TU4:P3:first»: ci sono ci sono. porto anche «TU4:P4:first», il mio collega di «TU4:P4:city»\n"
        "«TU4:P2:last»: ottimo, ci serviva un portiere 😂\n"
        "«TU4:P1:first»: campo nuovo, «TU4:P1:street», quota «TU4:amt:EUR» a testa, bonifico su «IBAN:IT»\n"
        "«TU4:P4:first»: grazie ragazzi, sono «TU4:P4:first_lower», arrivato da poco a «TU4:P1:city» 👋\n"
        "«TU4:P3:first»: dopo tutti da me a vedere «NW:street_like:Via col vento|Viale del tramonto», scherzo"},
    {"id": "tu4_chat_nl_verjaardag", "kind": "chat", "lang": "nl", "body":
        "«TU4:who:P1:nl»«TU4:who:P2:nl»«TU4:who:P3:nl|be»«TU4:who:P4:sea»«TU4:P1:first»: wie gaat er mee naar de verjaardag van «TU4:P2:first» in «L:city:Enschede|Hengelo|Almelo|Oldenzaal»?\n"
        "«TU4:P3:first_lower»: ik! rij je vanaf «TU4:P1:city»?\n"
        "«TU4:P1:first»: ja, vertrek om «TU4:neg:time». «TU4:P4:first» rijdt ook mee\n"
        "«TU4:P4:first»: top, ik sta om kwart voor bij het station van «L:city:Utrecht|Zwolle|Amersfoort|Deventer»\n"
        "«TU4:P2:first»: jullie zijn welkom! adres: «TU4:P2:address»\n"
        "«TU4:P3:first»: moeten we nog iets meenemen? «NW:product_name:Goudse kaas|Edammer|Zeeuwse bolus»?\n"
        "«TU4:P2:first»: haha nee, bel me gewoon als je er bent: «P2.mobile»"},
    {"id": "tu4_chat_fi_mokki", "kind": "chat", "lang": "fi", "body":
        "«TU4:who:P1:fi»«TU4:who:P2:fi»«TU4:who:P3:fi»«TU4:who:P4:ee|se»«TU4:P1:first_lower»: moi! ootteko jo «L:city:Tampereella|Jyväskylässä|Kuopiossa|Oulussa»?\n"
        "«TU4:P2:first»: ollaan junassa, «L:city:Hämeenlinnan|Lahden|Riihimäen» kohdalla\n"
        "«TU4:P3:first_lower»: mä tuun vasta huomenna «L:city:Turusta|Porista|Vaasasta»\n"
        "«TU4:P4:first»: hei kaikki, «TU4:P4:first» tässä «L:city:Tallinnasta|Tukholmasta|Tartosta» 👋\n"
        "«TU4:P1:first»: mökin osoite on «TU4:P1:address», «TU4:P2:first» tuo avaimet\n"
        "«TU4:P3:first»: ok, soitan jos eksyn: «P3.mobile»"},
    {"id": "tu4_chat_no_hyttetur", "kind": "chat", "lang": "no", "body":
        "«TU4:who:P1:no»«TU4:who:P2:no»«TU4:who:P3:no|dk»«TU4:who:P4:is»«TU4:P1:first»: hyttetur til «L:town:Trysil|Hemsedal|Geilo|Oppdal» neste helg, hvem blir med?\n"
        "«TU4:P2:first_lower»: meg! kan «TU4:P3:first» kjøre fra «TU4:P3:city»?\n"
        "«TU4:P3:first»: ja, har plass til tre. henter dere på «L:district:Majorstuen|Grünerløkka|Bislett|Sagene» kl «TU4:neg:time»\n"
        "«TU4:P4:first»: jeg lander på «L:landmark:Gardermoen|Flesland|Værnes» fredag\n"
        "«TU4:P1:first»: 👍 adressen til hytta: «TU4:P1:address»\n"
        "«TU4:P2:first_lower»: vipps meg «TU4:amt:NOK» for maten, «P2.mobile»\n"
        "«TU4:P4:first»: skal jeg ta med «NW:product_name:Freia Melkesjokolade|Kvikk Lunsj|Kong Haakon-sjokolade»?"},
    {"id": "tu4_chat_tr_abi_abla", "kind": "chat", "lang": "tr", "body":
        "«TU4:who:P1:tr»«TU4:who:P2:tr:m»«TU4:who:P3:tr:f»«TU4:who:P4:tr»«TU4:P1:first»: «TU4:P2:first» abi yarın «TU4:trcity:town:dat» gidiyor muyuz?\n"
        "«TU4:P2:first»: evet, sabah «TU4:neg:time» gibi çıkarız. «TU4:P3:first_lower» abla da geliyor\n"
        "«TU4:P3:first»: geliyorum ama önce «TU4:trcity:district:abl» annemi alacağım\n"
        "«TU4:P4:first_lower»: ben «TU4:trcity:city:loc» kaldım, gelemiyorum 😞\n"
        "«TU4:P2:first»: benzin parası kişi başı «TU4:amt:TRY», «IBAN:TR» hesabına atın\n"
        "«TU4:P3:first»: «NW:capitalised_word:Güneş» kremini unutmayın, çok sıcak olacak"},
    {"id": "tu4_chat_ro_weekend", "kind": "chat", "lang": "ro", "body":
        "«TU4:who:P1:ro»«TU4:who:P2:ro»«TU4:who:P3:ro|hu»«TU4:who:P4:ro:m»«TU4:P1:first»: salut! cine vine sâmbătă la «TU4:P1:city»?\n"
        "«TU4:P2:first_lower»: eu, cu trenul din «L:city:București|Brașov|Sibiu|Arad»\n"
        "«TU4:P3:first»: și eu! dormim la «TU4:P1:first»?\n"
        "«TU4:P1:first»: da, adresa e «TU4:P1:address»\n"
        "«TU4:P2:first»: perfect. «TU4:P4:first» a zis că vine și el din «L:region:Maramureș|Bucovina|Banat|Oltenia»\n"
        "«TU4:P4:first»: da, dacă prind mașina de la «TU4:P4:hon_last»\n"
        "«TU4:P1:first»: sunați-mă dacă vă pierdeți: «P1.mobile»\n"
        "«TU4:P3:first_lower»: «NW:month_weekday:Duminică|Luni» plecăm înapoi"},
    {"id": "tu4_chat_vi_da_lat", "kind": "chat", "lang": "vi", "body":
        "«TU4:who:P1:vn»«TU4:who:P2:vn:m»«TU4:who:P3:vn:f»«TU4:who:P4:vn»«TU4:P1:first»: Mọi người ơi, cuối tuần này đi «L:city:Đà Lạt|Vũng Tàu|Hội An|Sa Pa» không?\n"
        "«TU4:P2:first»: Anh đi được nha. «TU4:P3:hon_first» có đi không?\n"
        "«TU4:P3:first»: Chị bận rồi, phải về «TU4:P3:city» thăm mẹ 😢\n"
        "«TU4:P4:first_lower»: em đi! em đặt homestay ở «TU4:P4:district» nha\n"
        "«TU4:P1:first»: ok, chuyển tiền cọc «TU4:amt:VND» cho «TU4:P4:first» nhé, số «P4.mobile»\n"
        "«TU4:P2:first»: hẹn «TU4:neg:time» ở nhà «TU4:P1:first», «TU4:P1:address»\n"
        "«TU4:P4:first»: «NW:name_word:Mai» đi sớm nha mọi người!"},
    {"id": "tu4_chat_id_arisan", "kind": "chat", "lang": "id", "body":
        "«TU4:who:P1:id:f»«TU4:who:P2:id:f»«TU4:who:P3:id:f»«TU4:who:P4:id:m»«TU4:P1:hon_first»: Ibu-ibu, arisan bulan ini di rumah «TU4:P2:hon_first» ya, "
        "«NW:month_weekday:Sabtu|Minggu» jam «TU4:neg:time»\n"
        "«TU4:P2:first»: Iya, alamatnya «TU4:P2:address», yang pagar hijau\n"
        "«TU4:P3:first_lower»: Siap bu! saya bawa kue dari «TU4:P3:city»\n"
        "«TU4:P4:hon_first»: Mohon maaf, istri saya lagi di «TU4:P4:town», jadi uang arisannya saya transfer ke «TU4:P1:first» ya\n"
        "«TU4:P1:first»: Boleh Pak, rek «IG:organization:BCA|Mandiri|BRI|BNI» atas nama «TU4:P1:full». Atau «NW:brand:GoPay|OVO|DANA» ke «P1.mobile»\n"
        "«TU4:P2:first»: «NW:name_word:Indah» sekali foto kemarin, makasih bu 🌸"},
    {"id": "tu4_chat_sw_harusi", "kind": "chat", "lang": "sw", "body":
        "«TU4:who:P1:ke|tz»«TU4:who:P2:ke|tz»«TU4:who:P3:ke|tz»«TU4:who:P4:et»«TU4:P1:first»: Mambo wadau! Harusi ya «TU4:P2:first» ni «NW:month_weekday:Jumamosi|Jumapili» hii, «TU4:P2:town»\n"
        "«TU4:P3:first_lower»: poa sana! mimi natoka «TU4:P3:city» Ijumaa usiku\n"
        "«TU4:P2:first»: karibuni wote 🙏 ukumbi uko «TU4:P2:address»\n"
        "«TU4:P4:first»: Hi all, mimi ni rafiki wa «TU4:P2:first» kutoka «TU4:P4:city», Kiswahili changu ni kidogo 😅\n"
        "«TU4:P1:first»: karibu sana «TU4:P4:first»! michango ya harusi tumeni M-Pesa «P1.mobile»\n"
        "«TU4:P3:first»: «NW:name_word:Baraka|Neema» tele kwa maharusi!"},
    {"id": "tu4_chat_ko_jibdeuli", "kind": "chat", "lang": "ko", "body":
        "«TU4:who:P1:kr»«TU4:who:P2:kr»«TU4:who:P3:kr»«TU4:who:P4:jp|cn»«TU4:P1:full»: 이번 주말에 «TU4:P2:hon_full» 집들이 가는 거 맞지?\n"
        "«TU4:P2:first»: 응! 주소는 «TU4:P2:address»\n"
        "«TU4:P3:first»: 나 «TU4:P3:city»에서 출발이라 좀 늦을 듯 ㅠㅠ\n"
        "«TU4:P4:full»: 저도 갈게요! «TU4:P4:city»에서 어제 왔어요\n"
        "«TU4:P1:first»: 선물은 각자 «TU4:amt:KRW»씩 걷어서 «TU4:P1:first»한테 보내줘\n"
        "«TU4:P2:first»: 계좌 말고 페이로! 번호 «P2.mobile»\n"
        "«TU4:P3:first»: «NW:month_weekday:토요일|일요일» 저녁 «TU4:neg:time» 맞지?"},
    {"id": "tu4_chat_tl_holy_week", "kind": "chat", "lang": "tl", "body":
        "«TU4:who:P1:ph»«TU4:who:P2:ph:f»«TU4:who:P3:ph:m»«TU4:who:P4:ph»«TU4:P1:nick»: guys sino sasama sa «L:city:cebu|davao|iloilo|baguio|siargao» sa holy week?\n"
        "«TU4:P2:first»: ako! pero galing pa ko «TU4:P2:city_lower»\n"
        "«TU4:P3:first_lower»: g ako basta libre ni «TU4:P2:hon_first» 😂\n"
        "«TU4:P4:first»: sama ako, pero sa «TU4:P4:district» ako manggagaling\n"
        "«TU4:P1:nick»: ok gcash na lang sa «P1.mobile» yung share sa bahay, «TU4:amt:PHP» each\n"
        "«TU4:P2:first»: address ng resort? «TU4:P1:address»?\n"
        "«TU4:P3:first»: «NW:capitalised_word:Mahal» naman ng pamasahe 😭"},
]

TOOL_ARGS: list[dict[str, Any]] = [
    {"id": "tu4_tool_flight_booking", "kind": "tool_args", "lang": "en", "body": {
        "tool": "air.pnr_create",
        "arguments": {
            "trip_id": "«TU4:who:P1:diverse»«TU4:who:P2:diverse»«TU4:who:P3:diverse»«TU4:who:ME:any»«TU4:neg:booking_ref»",
            "origin": "«TU4:P1:city»", "destination": "«TU4:P2:city»", "via": "«L:city:Istanbul|Doha|Addis Ababa|Frankfurt|Dubai|Nairobi»",
            "passengers": [
                {"type": "adult", "given_name": "«TU4:P1:given»", "surname": "«TU4:P1:surname»", "passport_name": "«TU4:P1:last_upper»",
                 "phone": "«P1.phone_intl»"},
                {"type": "adult", "name": "«TU4:P2:full»", "email": "«TU4:P2:email»", "meal": "vegetarian"},
                {"type": "child", "name": "«TU4:P3:first»", "guardian": "«TU4:P1:full»"}],
            "booked_by": "«TU4:ME:full»",
            "payment": {"card": "«CARD»", "billing_address": "«TU4:ME:address»"}}}},
    {"id": "tu4_tool_crm_upsert", "kind": "tool_args", "lang": "en", "body": {
        "tool": "crm.contact_upsert",
        "input": {
            "contact": {"full_name": "«TU4:who:P1:diverse»«TU4:who:P2:diverse»«TU4:who:P3:any»«TU4:who:AGENT:any»«TU4:P1:full»",
                        "preferred_name": "«TU4:P1:nick»", "title": "«NW:job_title:Head of Procurement|Regional Sales Director|Plant Manager|CFO»",
                        "email": "«TU4:P1:work_email»", "mobile": "«P1.mobile»", "city": "«TU4:P1:city»", "region": "«TU4:P1:region»",
                        "country": "«TU4:P1:country»"},
            "owner": "«TU4:AGENT:full»", "requested_by": "«TU4:P2:last_comma»", "assignee": "«TU4:P3:first»", "company": "«P1.company»",
            "last_login_ip": "«IP»",
            "notes": "Met «TU4:P1:first» at the trade fair in «L:city:Hannover|Dubai|Shanghai|Las Vegas|Milan». Introduced by «TU4:P2:hon_last»."}}},
    {"id": "tu4_tool_shipping_label", "kind": "tool_args", "lang": "en", "body": {
        "function": "parcel.label_new",
        "params": {
            "ship_from": {"name": "«TU4:who:P1:any»«TU4:who:P2:diverse»«TU4:who:P3:any»«TU4:P1:full»", "company": "«P1.company»",
                          "address": "«TU4:P1:address»", "phone": "«P1.phone»"},
            "ship_to": {"contact": "«TU4:P2:full»", "street": "«TU4:P2:street»", "town": "«TU4:P2:town»", "postcode": "«TU4:P2:postcode»",
                        "country": "«TU4:P2:country»", "phone": "«P2.mobile»", "email": "«TU4:P2:email»"},
            "pickup": {"location": "«TU4:P1:district»", "window": "«TU4:neg:time»–«TU4:neg:time»", "instructions": "Ask for «TU4:P3:first» at reception"},
            "reference": "«N:order_number»", "contents": "«NW:product_name:Darjeeling tea|Kalamata olives|Ceylon cinnamon|Turkish delight|Kenyan AA coffee»",
            "declared_value": "«TU4:amt:USD»"}}},
    {"id": "tu4_tool_hotel_reservation", "kind": "tool_args", "lang": "en", "body": {
        "status": "confirmed",
        "reservation": {
            "id": "«TU4:who:P1:any»«TU4:who:P2:any»«TU4:who:P3:any»«TU4:who:P4:any»«TU4:neg:booking_ref»",
            "hotel": "«IG:organization:Hotel Bristol|Pera Palace|Hotel Sacher|Raffles Hotel|The Savoy»", "property_city": "«TU4:P4:city»",
            "check_in": "«N:date»", "check_out": "«N:date»",
            "guest": "«TU4:P1:full»", "additional_guests": ["«TU4:P2:full»", "«TU4:P3:first_initial»"],
            "contact": {"phone": "«P1.mobile»", "email": "«TU4:P1:email»"},
            "special_requests": "Late arrival from «TU4:P1:city», around «TU4:neg:time». «TU4:P2:first» needs a cot.",
            "refund": {"beneficiary": "«TU4:P4:full»", "iban": "«IBAN»", "amount": "«TU4:amt:EUR»"}}}},
    {"id": "tu4_tool_payout_batch", "kind": "tool_args", "lang": "en", "body": {
        "tool": "payouts.create_batch",
        "arguments": {
            "batch_id": "«TU4:who:P1:arabscript»«TU4:who:P2:ir»«TU4:who:P3:tr|balkan»«TU4:who:P4:us»«TU4:who:ME:any»«N:uuid:bare»",
            "payouts": [
                {"beneficiary": "«TU4:P1:full»", "beneficiary_native": "«TU4:P1:native»", "iban": "«IBAN:AE»", "city": "«TU4:P1:city»",
                 "reference": "«N:invoice_number»", "amount": "«TU4:amt:AED»"},
                {"beneficiary": "«TU4:P2:full»", "beneficiary_native": "«TU4:P2:native»", "bank_country": "«TU4:country:tr»", "account": "«IBAN:TR»",
                 "note": "paid out via «TU4:P3:full» in «TU4:P3:city»"},
                {"beneficiary": "«TU4:P3:last_upper»", "iban": "«IBAN:HR»", "address": "«TU4:P3:address»"},
                {"beneficiary": "«TU4:P4:full»", "payee_type": "US sole proprietor", "tax_id": "«SSN»", "mailing_address": "«TU4:P4:address»",
                 "amount": "«TU4:amt:USD»"}],
            "approved_by": "«TU4:ME:initial_last»"}}},
    {"id": "tu4_tool_directory_search", "kind": "tool_args", "lang": "en", "body": {
        "query": "office:«L:city:Vilnius|Riga|Tallinn|Helsinki|Stockholm»«TU4:who:P1:baltic»«TU4:who:P2:nordic»«TU4:who:P3:baltic»«TU4:who:P4:slavic»",
        "results": [
            {"displayName": "«TU4:P1:full»", "givenName": "«TU4:P1:given»", "sn": "«TU4:P1:surname»", "mail": "«TU4:P1:work_email»",
             "telephoneNumber": "«P1.phone»", "l": "«TU4:P1:city»", "manager": "«TU4:P2:full»"},
            {"displayName": "«TU4:P2:last_comma»", "mail": "«TU4:P2:work_email»", "mobile": "«P2.mobile»", "l": "«TU4:P2:city»", "co": "«TU4:P2:country»"},
            {"displayName": "«TU4:P3:full»", "l": "«TU4:P3:town»", "postalAddress": "«TU4:P3:address»", "assistant": "«TU4:P4:full»"}],
        "count": 3}},
    {"id": "tu4_tool_de_handwerker", "kind": "tool_args", "lang": "de", "body": {
        "werkzeug": "auftrag.anlegen",
        "daten": {
            "auftragsnummer": "«TU4:who:P1:de|at|ch»«TU4:who:P2:tr|balkan|slavic»«TU4:who:P3:de»«N:order_number:bare»",
            "auftraggeber": {"name": "«TU4:P1:full»", "telefon": "«P1.landline»", "email": "«TU4:P1:email»"},
            "einsatzort": {"strasse": "«TU4:P1:street»", "plz": "«TU4:P1:postcode»", "ort": "«TU4:P1:city»", "region": "«TU4:P1:region»"},
            "monteur": "«TU4:P2:full»", "vertretung": "«TU4:P3:first_initial»",
            "bemerkung": "Den Schlüssel hat «TU4:P3:hon_last» im Erdgeschoss. «TU4:P1:first» ist ab «TU4:neg:time» zu Hause. Anfahrt aus «L:city:München|Ulm|Augsburg|Kempten».",
            "zahlung": {"iban": "«IBAN:DE»", "kontoinhaber": "«TU4:P1:full»"}}}},
    {"id": "tu4_tool_fr_covoiturage", "kind": "tool_args", "lang": "fr", "body": {
        "outil": "trajet.publier",
        "parametres": {
            "conducteur": "«TU4:who:P1:fr|be|ch»«TU4:who:P2:ma|dz|tn|fr»«TU4:who:P3:any»«TU4:P1:full»", "telephone": "«P1.mobile»",
            "depart": {"ville": "«TU4:P1:city»", "rendez_vous": "devant la gare de «L:city:Lyon|Dijon|Tours|Metz»"},
            "arrivee": {"ville": "«TU4:P2:city»", "quartier": "«TU4:P2:district»"},
            "etapes": ["«TU4:P1:town»", "«L:city:Clermont-Ferrand|Valence|Orléans|Nancy»"],
            "passagers": [{"nom": "«TU4:P2:surname»", "prenom": "«TU4:P2:given»"}, {"nom_complet": "«TU4:P3:full»"}],
            "vehicule": "«NW:product_name:Citroën C4 Picasso|Dacia Sandero|Renault Espace|Peugeot 308»", "immatriculation": "«TU4:neg:plate»",
            "commentaire": "«TU4:P2:first» descend avant «TU4:P2:city», «TU4:P3:first» a un grand sac."}}},
    {"id": "tu4_tool_es_guia_envio", "kind": "tool_args", "lang": "es", "body": {
        "funcion": "envios.crear_guia",
        "argumentos": {
            "remitente": {"nombre": "«TU4:who:P1:mx»«TU4:who:P2:mx»«TU4:who:P3:mx»«TU4:P1:full_middle»", "telefono": "«P1.mobile»",
                          "direccion": "«TU4:P1:address»"},
            "destinatario": {"nombre_completo": "«TU4:P2:full»", "calle": "«TU4:P2:street»", "colonia": "«TU4:P2:district»",
                             "ciudad": "«TU4:P2:city»", "estado": "«L:region:Jalisco|Nuevo León|Puebla|Oaxaca|Yucatán|Querétaro»",
                             "cp": "«TU4:P2:postcode»", "telefono": "«P2.mobile»"},
            "recibe_en_ausencia": "«TU4:P3:hon_first»",
            "referencias": "Casa azul junto al «IG:organization:OXXO|Farmacias Guadalajara|Soriana»",
            "pedido": "«N:order_number»", "monto": "«TU4:amt:MXN»"}}},
    {"id": "tu4_tool_pt_marcar_visita", "kind": "tool_args", "lang": "pt", "pool": ["PT"], "body": {
        "ferramenta": "agenda.marcar_visita",
        "dados": {
            "cliente": "«TU4:who:P1:pt»«TU4:who:P2:pt»«TU4:who:P3:br»«TU4:P1:full_middle»",
            "morada": "«TU4:P1:address»", "localidade": "«TU4:P1:town»", "regiao": "«TU4:P1:region»",
            "contacto": "«P1.mobile»", "email": "«TU4:P1:email»",
            "tecnico": "«TU4:P2:full»", "acompanhante": "«TU4:P3:nick»",
            "observacoes": "Casa difícil de encontrar: perguntar por «TU4:P1:hon_first» no café da aldeia de «TU4:P1:village».",
            "pagamento": {"iban": "«IBAN:PT»", "mbway": "«MOBILE:PT»"}}}},
    {"id": "tu4_tool_pl_rejestracja", "kind": "tool_args", "lang": "pl", "body": {
        "narzedzie": "pacjent.dodaj",
        "parametry": {
            "pacjent": {"imie": "«TU4:who:P1:pl:f»«TU4:who:P2:pl|ua»«TU4:who:P3:pl»«TU4:P1:given»", "nazwisko": "«TU4:P1:surname»",
                        "adres": "«TU4:P1:address»", "telefon": "«P1.mobile»", "miejsce_urodzenia": "«TU4:P1:town»"},
            "opiekun_prawny": "«TU4:P2:full»", "lekarz_prowadzacy": "«TU4:P3:hon_last»",
            "uwagi": "Pacjentka dojeżdża z «L:city:Olsztyna|Białegostoku|Rzeszowa|Kielc»; kontakt awaryjny: «TU4:P2:first» («P2.mobile»)",
            "platnosc": {"karta": "«CARD»"}}}},
    {"id": "tu4_tool_cs_objednavka", "kind": "tool_args", "lang": "cs", "body": {
        "nastroj": "obj.vytvorit",
        "vstup": {
            "zakaznik": {"jmeno": "«TU4:who:P1:cz»«TU4:who:P2:cz|sk»«TU4:P1:given»", "prijmeni": "«TU4:P1:surname»", "email": "«TU4:P1:email»",
                         "telefon": "«P1.mobile»"},
            "dorucovaci_adresa": "«TU4:P1:address»",
            "vydejni_misto": "«IG:organization:Zásilkovna|Balíkovna|PPL Parcelshop», «TU4:P2:street», «TU4:P2:city»",
            "prevzit_muze": "«TU4:P2:full»", "poznamka": "Doručit po «TU4:neg:time», zvonek «TU4:P1:surname».",
            "platba": {"iban": "«IBAN:CZ»"}, "cislo_objednavky": "«N:order_number»"}}},
    {"id": "tu4_tool_hu_szallas", "kind": "tool_args", "lang": "hu", "body": {
        "eszkoz": "szallas.foglalas",
        "adatok": {
            "vendeg": "«TU4:who:P1:hu»«TU4:who:P2:hu|ro|sk»«TU4:P1:full»", "vendeg_email": "«TU4:P1:email»", "telefon": "«P1.mobile»",
            "helyseg": "«TU4:P1:town»", "tajegyseg": "«TU4:P1:region»", "lakcim": "«TU4:P1:address»", "kiserok": ["«TU4:P2:full»"],
            "erkezes": "«N:date»",
            "megjegyzes": "Késő este érkezünk «L:city:Bécsből|Pozsonyból|Kolozsvárról|Budapestről», kb. «TU4:neg:time»-kor.",
            "fizetes": {"iban": "«IBAN:HU»", "osszeg": "«TU4:amt:HUF»"}}}},
    {"id": "tu4_tool_ja_yoyaku", "kind": "tool_args", "lang": "ja", "body": {
        "tool": "restaurant.reserve",
        "params": {
            "予約者": "«TU4:who:P1:jp»«TU4:who:P2:jp»«TU4:who:P3:any»«TU4:P1:full»", "電話番号": "«P1.phone»", "メール": "«TU4:P1:email»",
            "人数": 4, "日時": "«N:date:bare» «TU4:neg:time»", "同伴者": ["«TU4:P2:full»", "«TU4:P3:full»"],
            "店舗": "«IG:organization:銀座久兵衛|京都吉兆|博多一幸舎|神戸牛ステーキ石田»", "住所": "«TU4:P1:address»",
            "備考": "«TU4:P3:hon_full»は«TU4:P3:city»からのお客様です。えびアレルギーあり。"}}},
    {"id": "tu4_tool_zh_kuaidi", "kind": "tool_args", "lang": "zh", "body": {
        "function": "express.create_order",
        "arguments": {
            "寄件人": {"姓名": "«TU4:who:P1:cn»«TU4:who:P2:cn»«TU4:who:P3:cn»«TU4:P1:full»", "电话": "«P1.mobile»", "地址": "«TU4:P1:address»"},
            "收件人": {"姓名": "«TU4:P2:full»", "手机": "«P2.mobile»", "省份": "«L:region:广东省|浙江省|四川省|福建省|云南省»", "城市": "«TU4:P2:city»",
                    "区县": "«TU4:P2:district»", "详细地址": "«TU4:P2:address»"},
            "代收人": "«TU4:P3:hon_last»", "物品": "«NW:product_name:西湖龙井|金华火腿|阳澄湖大闸蟹|北京烤鸭»",
            "保价金额": "«TU4:amt:CNY»", "订单号": "«N:order_number»"}}},
    {"id": "tu4_tool_ar_mustafid", "kind": "tool_args", "lang": "ar", "body": {
        "tool": "beneficiaries.add",
        "arguments": {
            "اسم_المستفيد": "«TU4:who:P1:arabscript»«TU4:who:P2:arabscript»«TU4:P1:native»", "الاسم_بالإنجليزية": "«TU4:P1:full»",
            "المدينة": "«L:city:الرياض|جدة|دبي|عمّان|القاهرة|بيروت»", "رقم_الآيبان": "«IBAN:SA»", "رقم_الجوال": "«P1.mobile»",
            "جهة_الاتصال": "«TU4:P2:native»", "ملاحظات": "تحويل شهري إلى «TU4:P2:native» في «L:city:الإسكندرية|المنصورة|طنطا|إربد»",
            "request_id": "«N:uuid»"}}},
    {"id": "tu4_tool_vi_don_hang", "kind": "tool_args", "lang": "vi", "body": {
        "tool": "donhang.tao",
        "du_lieu": {
            "nguoi_nhan": "«TU4:who:P1:vn»«TU4:who:P2:vn»«TU4:P1:full»", "sdt": "«P1.mobile»", "dia_chi": "«TU4:P1:address»",
            "tinh_thanh": "«TU4:P1:city»", "quan_huyen": "«TU4:P1:district»", "nguoi_gui": "«TU4:P2:full»",
            "ghi_chu": "Gọi «TU4:P2:hon_first» trước khi giao. Không giao «NW:month_weekday:Chủ nhật|thứ Bảy».",
            "ma_don": "«N:order_number»", "cod": "«TU4:amt:VND»"}}},
    {"id": "tu4_tool_da_booking", "kind": "tool_args", "lang": "da", "body": {
        "værktøj": "booking.opret",
        "input": {
            "gæst": "«TU4:who:P1:dk»«TU4:who:P2:nordic»«TU4:who:P3:any»«TU4:P1:full»", "telefon": "«P1.mobile»", "email": "«TU4:P1:email»",
            "adresse": "«TU4:P1:address»", "destination": "«TU4:P2:town»", "afrejse_fra": "«TU4:P1:city»",
            "medrejsende": ["«TU4:P2:full»", "«TU4:P3:full»"], "betaler": "«TU4:P2:last_comma»", "kort": "«CARD»",
            "bemærkning": "«TU4:P3:first» har glutenallergi. Ankomst med færgen fra «L:city:Hirtshals|Frederikshavn|Rødby|Esbjerg» kl. «TU4:neg:time»."}}},
]

PII_TEMPLATES: list[dict[str, Any]] = TICKETS + EMAILS + CRM_NOTES + CHATS + TOOL_ARGS
SECRET_TEMPLATES: list[dict[str, Any]] = []

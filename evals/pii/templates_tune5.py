# ruff: noqa: E501, RUF001
"""PII templates of the tune5 split (a TUNING split, PII documents only): ``generate.py --split tune5``.

Written from scratch, apart from the recognizers and from the held-out splits' templates (neither was opened), to
show how people really write PLACES: villages and small towns of many countries, districts and neighbourhoods of
big cities, regions, islands, valleys, mountains, lakes and rivers, landmarks, countries in the document's
language, street and postal addresses in national formats, places in grammatical case forms (Polish, Czech,
Slovak, Croatian/Serbian, Finnish, Estonian, Hungarian, Turkish, Lithuanian), in lower case, in subject lines,
as the first word of a sentence, in lists, after "near", "outside", "between", "-based", "born in", "moved
from". People of many cultures (fewer than places), pattern entities at moderate density, and hard negatives that
look like places (dishes, products, ships, street-like titles, sports teams and organisations named after places).

Slots are written ``«TU5:…»`` and rendered by :func:`slot` (generate.py sends every ``TU5:`` slot here). GSPEC is
one or more group keys or aliases joined by ``|`` (``europe``, ``nordic``, ``baltic``, ``cee``, ``balkan``,
``west``, ``asia``, ``southasia``, ``sea``, ``central``, ``caucasus``, ``africa``, ``latam``, ``pacific``,
``mideast``, ``any``; the least-used group wins), or ``@X`` for a group chosen earlier in the document.

- ``«TU5:g:X:GSPEC»`` chooses a group for the document as ``@X``; renders nothing.
- ``«TU5:pl:GSPEC:KIND[:lower|upper]»`` a place (LOCATION): KIND ``village``, ``town``, ``vt`` (village or town),
  ``district``, ``city``, ``region``, ``nature`` (subtype ``island``/``lake``/``river``/``mountain``/``valley``/
  ``region``), ``landmark``, ``any``. ``«TU5:dc:GSPEC»`` ``District, City`` (two spans).
- ``«TU5:list:GSPEC:KIND:N»`` N places of one group separated by ``, `` (one span each).
- ``«TU5:addr:GSPEC»`` a postal address in the country's format (one span, subtype ``address``);
  ``«TU5:street:GSPEC»`` a street and number (``street_address``).
- ``«TU5:case:LANG:CASE»`` a place in a case form of LANG (``pl``, ``cs``, ``sk``, ``hr``, ``fi``, ``et``, ``hu``,
  ``tr``, ``lt``), CASE ``in``/``from``/``to``: the preposition and a Turkish suffix after an apostrophe stay outside
  the span, forms fused into the word are labelled whole (``w Zakopanem`` → ``Zakopanem``, ``Kaş'ta`` → ``Kaş``,
  ``Inarissa``, ``Tokajban``).
- ``«TU5:country:GSPEC»`` the country in the template's language.
- ``«TU5:who:KEY:GSPEC[:f|m]»`` casts person KEY (P1…P6, ME, AGENT, BOSS) from a group (also usable as ``@KEY``);
  renders nothing. ``«TU5:KEY:ATTR»``: ``full``, ``first``, ``last``, ``lower`` (first name in lower case),
  ``fullr`` (``Last, First``), ``init`` (``A. Last``), ``upper`` (``LAST First``) (PERSON), ``email``.
- ``«TU5:phone:GSPEC»`` a phone number of the group's country (generate.py's phone generator).

Framework slots (``«CARD»``, ``«IBAN:XX»``, ``«EMAIL»``, ``«IP4»``, ``«SSN»``, ``«ADDR:XX»``, ``«N:…»``, ``«NW:…»``,
``«IG:…»``, ``«L:…»``) are used as in the other splits.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from typing import Any

PERSON_KEYS = ("P1", "P2", "P3", "P4", "P5", "P6", "ME", "AGENT", "BOSS")


def _gen(doc: Any) -> Any:
    return sys.modules[type(doc).__module__]


def _loc(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "LOCATION", {"subtype": sub})


def _per(sub: str) -> tuple[str, str, dict[str, str]]:
    return ("label", "PERSON", {"subtype": sub})


# ----------------------------------------------------------------------------------------------
# Places. v: villages, t: small towns, d: "City: district, district; City2: …", r: regions,
# n: "subtype: a, b; subtype: c", lm: landmarks, c: country (en|de|fr|es|pt|it|pl|tr), nm: names
# "male, … / female, … / last, …", st: streets, a: address format, pc: postcode pattern.
# ----------------------------------------------------------------------------------------------

GROUPS: dict[str, dict[str, Any]] = {}


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


def _grp(key: str, code: str, **kw: str) -> None:
    g: dict[str, Any] = {"key": key, "code": code}
    g["village"] = _split(kw.get("v", ""))
    g["town"] = _split(kw.get("t", ""))
    g["district"] = []
    for part in kw["d"].split(";"):
        city, _, ds = part.partition(":")
        g["district"] += [(d, city.strip()) for d in _split(ds)]
    g["region"] = _split(kw.get("r", ""))
    g["nature"] = []
    for part in kw.get("n", "").split(";"):
        if part.strip():
            sub, _, xs = part.partition(":")
            g["nature"] += [(x, sub.strip()) for x in _split(xs)]
    g["landmark"] = _split(kw.get("lm", ""))
    g["country"] = dict(zip(("en", "de", "fr", "es", "pt", "it", "pl", "tr"), kw["c"].split("|"), strict=True))
    if "nm" in kw:
        m, f, last = (_split(x) for x in kw["nm"].split("/"))
        g["names"] = (m, f, last)
    g["streets"] = _split(kw.get("st", ""))
    g["a"] = kw.get("a")
    g["pc"] = kw.get("pc")
    g["tld"] = kw.get("tld", code.lower())
    GROUPS[key] = g


_grp("no", "NO", v="Reine, Flåm, Geiranger, Hamnøy, Nusfjord, Henningsvær, Undredal, Balestrand, Utne", t="Røros, Tynset, Stryn, Sogndal, Vadsø, Kragerø, Risør",
     d="Oslo: Grünerløkka, Tøyen, Majorstuen, Grorud, Holmlia; Bergen: Sandviken, Møhlenpris", r="Hardanger, Sunnmøre, Finnmark, Valdres, Telemark",
     n="island: Lofoten, Senja; lake: Mjøsa; river: Glomma; region: Hardangervidda", lm="Preikestolen, Nordkapp",
     c="Norway|Norwegen|Norvège|Noruega|Noruega|Norvegia|Norwegia|Norveç", nm="Sindre, Eirik, Håkon, Vegard / Ingrid, Silje, Tuva, Ragnhild / Haugen, Bakke, Solberg, Lunde, Strand",
     st="Storgata, Kirkeveien, Fjordgata, Skolevegen", a="{st} {n}, {pc} {t}", pc="####")
_grp("se", "SE", v="Jukkasjärvi, Mörsil, Fjällbacka, Smögen, Grebbestad, Abisko, Tällberg, Mollösund", t="Vimmerby, Hjo, Askersund, Sigtuna, Trosa, Åre",
     d="Stockholm: Södermalm, Rinkeby, Vasastan, Tensta, Hägersten; Göteborg: Majorna, Angered, Biskopsgården", r="Dalarna, Jämtland, Norrbotten, Skåne, Härjedalen",
     n="island: Gotland, Öland; lake: Vättern, Siljan; mountain: Kebnekaise; river: Torne älv", lm="Ishotellet, Kaknästornet",
     c="Sweden|Schweden|Suède|Suecia|Suécia|Svezia|Szwecja|İsveç", nm="Anders, Johan, Nils, Oskar / Annika, Linnea, Maja, Elin / Lindqvist, Bergström, Holm, Nyström, Sandberg",
     st="Storgatan, Kyrkogatan, Strandvägen, Skolgatan", a="{st} {n}, {pc} {t}", pc="### ##")
_grp("fi", "FI", v="Fiskars, Inari, Kilpisjärvi, Utsjoki, Hetta, Kustavi, Kaustinen, Nagu", t="Naantali, Loviisa, Kuusamo, Nurmes, Ikaalinen, Sodankylä",
     d="Helsinki: Kallio, Kontula, Kamppi, Vuosaari, Töölö, Itäkeskus; Tampere: Hervanta, Pispala", r="Lappi, Karjala, Savo, Pohjanmaa, Kainuu",
     n="island: Åland, Hailuoto; lake: Saimaa, Päijänne; mountain: Koli; river: Oulujoki", lm="Suomenlinna, Olavinlinna",
     c="Finland|Finnland|Finlande|Finlandia|Finlândia|Finlandia|Finlandia|Finlandiya", nm="Jussi, Ville, Teemu, Antti / Aino, Satu, Kaisa, Hanna / Virtanen, Korhonen, Mäkinen, Heikkinen, Hämäläinen",
     st="Kauppakatu, Koulutie, Rantatie, Mäntytie", a="{st} {n}, {pc} {t}", pc="#####")
_grp("is", "IS", v="Vík, Hella, Djúpivogur, Hvolsvöllur, Stykkishólmur, Siglufjörður", t="Höfn, Húsavík, Ísafjörður",
     d="Reykjavík: Vesturbær, Breiðholt, Grafarvogur", r="Westfjords, Snæfellsnes, Austurland", n="lake: Mývatn; mountain: Vatnajökull, Hekla", lm="Þingvellir, Hallgrímskirkja",
     c="Iceland|Island|Islande|Islandia|Islândia|Islanda|Islandia|İzlanda", nm="Gunnar, Einar, Bjarni / Sigríður, Guðrún, Katrín / Jónsson, Sigurðardóttir, Einarsson")
_grp("ee", "EE", v="Käsmu, Võsu, Paldiski, Kärdla, Vormsi, Altja", t="Kuressaare, Haapsalu, Otepää, Rakvere, Viljandi",
     d="Tallinn: Kalamaja, Lasnamäe, Kristiine, Nõmme, Mustamäe; Tartu: Supilinn, Annelinn", r="Setomaa, Lahemaa, Virumaa", n="island: Saaremaa, Hiiumaa; lake: Peipsi",
     c="Estonia|Estland|Estonie|Estonia|Estónia|Estonia|Estonia|Estonya", nm="Tõnu, Mart, Rasmus / Kadri, Liis, Triin / Tamm, Saar, Sepp, Kask, Mägi",
     st="Pikk, Mere puiestee, Kooli", a="{st} {n}, {t}, {pc}", pc="#####")
_grp("lv", "LV", v="Pāvilosta, Mazirbe, Kolka, Rūjiena", t="Kuldīga, Sigulda, Cēsis, Talsi, Ludza",
     d="Rīga: Āgenskalns, Purvciems, Imanta, Čiekurkalns, Ķengarags", r="Latgale, Kurzeme, Vidzeme", n="river: Gauja, Daugava",
     c="Latvia|Lettland|Lettonie|Letonia|Letónia|Lettonia|Łotwa|Letonya", nm="Jānis, Māris, Andris / Ilze, Līga, Dace / Bērziņš, Kalniņš, Ozols")
_grp("lt", "LT", v="Nida, Kernavė, Rusnė, Plateliai", t="Anykščiai, Birštonas, Trakai, Zarasai, Plungė, Molėtai",
     d="Vilnius: Užupis, Žvėrynas, Antakalnis, Šnipiškės, Pašilaičiai; Kaunas: Žaliakalnis, Šilainiai", r="Žemaitija, Dzūkija, Aukštaitija",
     n="region: Curonian Spit; river: Nemunas", lm="Hill of Crosses, Gediminas Tower",
     c="Lithuania|Litauen|Lituanie|Lituania|Lituânia|Lituania|Litwa|Litvanya", nm="Mantas, Tomas, Darius / Rūta, Eglė, Gintarė / Kazlauskas, Petrauskas, Jankauskas",
     st="Vilniaus g., Pylimo g., Ežero g.", a="{st} {n}, LT-{pc} {t}", pc="#####")
_grp("pl", "PL", v="Zalipie, Chochołów, Wetlina, Lanckorona, Wiżajny, Sromowce Niżne, Bukowina Tatrzańska", t="Kazimierz Dolny, Biecz, Frombork, Paczków, Tykocin, Ustrzyki Dolne",
     d="Warszawa: Praga-Północ, Mokotów, Ursynów, Bielany, Wola, Targówek; Kraków: Nowa Huta, Podgórze, Kazimierz; Łódź: Bałuty, Widzew", r="Podhale, Kaszuby, Mazury, Bieszczady, Podlasie",
     n="lake: Śniardwy, Hańcza; mountain: Giewont, Rysy; river: Wisła, Bug", lm="Wawel, Pałac Kultury",
     c="Poland|Polen|Pologne|Polonia|Polónia|Polonia|Polska|Polonya", nm="Krzysztof, Paweł, Grzegorz, Marek / Agnieszka, Małgorzata, Ewa, Katarzyna / Wójcik, Kowalczyk, Zieliński, Szymański, Woźniak",
     st="ul. Kościelna, ul. Polna, ul. Ogrodowa, ul. Leśna", a="{st} {n}, {pc} {t}", pc="##-###")
_grp("cz", "CZ", v="Holašovice, Lednice, Hřensko, Lidice, Kouty nad Desnou", t="Štramberk, Slavonice, Telč, Mikulov, Hluboká nad Vltavou",
     d="Praha: Žižkov, Vinohrady, Smíchov, Karlín, Holešovice, Chodov; Brno: Královo Pole, Líšeň", r="Šumava, Krkonoše, Vysočina, Valašsko",
     n="lake: Lipno; mountain: Sněžka; river: Vltava, Morava", lm="Karlův most, Pražský hrad",
     c="Czechia|Tschechien|Tchéquie|Chequia|Chéquia|Cechia|Czechy|Çekya", nm="Jiří, Tomáš, Lukáš, Petr / Lucie, Tereza, Jana, Hana / Dvořák, Procházka, Kučera, Veselý, Horák",
     st="Nádražní, Husova, Školní, Zahradní", a="{st} {n}, {pc} {t}", pc="### ##")
_grp("sk", "SK", v="Vlkolínec, Čičmany, Ždiar, Terchová, Špania Dolina", t="Bardejov, Banská Štiavnica, Levoča, Kežmarok, Modra",
     d="Bratislava: Petržalka, Ružinov, Dúbravka, Rača; Košice: Luník IX, Terasa", r="Orava, Liptov, Spiš, Kysuce",
     n="mountain: Gerlachovský štít, Kriváň; river: Váh, Hron", c="Slovakia|Slowakei|Slovaquie|Eslovaquia|Eslováquia|Slovacchia|Słowacja|Slovakya",
     nm="Martin, Michal, Juraj / Zuzana, Katarína, Monika / Horváth, Baláž, Kováčová, Tóth", st="Hlavná, Mierová, Štúrova", a="{st} {n}, {pc} {t}", pc="### ##")
_grp("hu", "HU", v="Hollókő, Tihany, Szigliget, Zengővárkony, Villány, Badacsonytomaj", t="Tokaj, Kőszeg, Sümeg, Tapolca, Szentendre",
     d="Budapest: Józsefváros, Újpest, Kőbánya, Zugló, Óbuda, Ferencváros, Csepel", r="Hortobágy, Őrség, Balaton-felvidék, Nyírség",
     n="lake: Balaton, Velencei-tó; river: Tisza; mountain: Kékes", lm="Halászbástya, Hősök tere",
     c="Hungary|Ungarn|Hongrie|Hungría|Hungria|Ungheria|Węgry|Macaristan", nm="Zoltán, Gábor, Attila, Bence / Eszter, Katalin, Zsófia, Réka / Nagy, Kovács, Szabó, Farkas, Balogh",
     st="Kossuth Lajos utca, Petőfi utca, Fő utca", a="{pc} {t}, {st} {n}.", pc="####")
_grp("ro", "RO", v="Viscri, Biertan, Săpânța, Botiza, Rimetea, Măgura", t="Sighișoara, Mediaș, Vatra Dornei, Sulina, Bran",
     d="București: Berceni, Drumul Taberei, Titan, Floreasca, Militari, Ferentari; Cluj-Napoca: Mănăștur, Gheorgheni", r="Maramureș, Bucovina, Dobrogea, Oltenia",
     n="mountain: Retezat, Ceahlău; river: Olt; region: Delta Dunării", lm="Castelul Peleș, Transfăgărășan",
     c="Romania|Rumänien|Roumanie|Rumania|Roménia|Romania|Rumunia|Romanya", nm="Andrei, Mihai, Bogdan, Radu / Ioana, Elena, Andreea, Roxana / Popescu, Ionescu, Dumitru, Stoica, Munteanu",
     st="Strada Mihai Eminescu, Strada Unirii, Strada Morii", a="{st} nr. {n}, {t} {pc}", pc="######")
_grp("hr", "HR", v="Motovun, Grožnjan, Hum, Ston, Lopud, Vrboska, Rastoke", t="Cavtat, Korčula, Rovinj, Samobor, Primošten",
     d="Zagreb: Trešnjevka, Dubrava, Maksimir, Sesvete, Špansko; Split: Meje, Varoš", r="Istra, Slavonija, Zagorje, Dalmacija",
     n="island: Vis, Hvar, Lastovo; mountain: Velebit; river: Krka", lm="Plitvička jezera, Dioklecijanova palača",
     c="Croatia|Kroatien|Croatie|Croacia|Croácia|Croazia|Chorwacja|Hırvatistan", nm="Ivan, Luka, Marko, Josip / Ana, Marija, Petra, Ivana / Horvat, Babić, Jurić, Perić, Knežević",
     st="Ulica Ivana Gundulića, Obala, Trg bana Jelačića", a="{st} {n}, {pc} {t}", pc="#####")
_grp("rs", "RS", v="Sirogojno, Mokra Gora, Guča, Kovačica, Zlatibor", t="Sremski Karlovci, Ivanjica, Knjaževac, Bela Crkva",
     d="Beograd: Zemun, Vračar, Karaburma, Dorćol, Novi Beograd, Mirijevo", r="Šumadija, Vojvodina, Banat", n="mountain: Tara; river: Uvac",
     c="Serbia|Serbien|Serbie|Serbia|Sérvia|Serbia|Serbia|Sırbistan", nm="Nikola, Stefan, Dragan / Jelena, Milica, Snežana / Jovanović, Petrović, Nikolić")
_grp("si", "SI", v="Bohinjska Bistrica, Kobarid, Bovec, Trenta, Jezersko, Kropa, Štanjel", t="Piran, Bled, Idrija",
     d="Ljubljana: Šiška, Bežigrad, Moste, Fužine", r="Gorenjska, Prekmurje, Kras", n="mountain: Triglav; river: Soča",
     c="Slovenia|Slowenien|Slovénie|Eslovenia|Eslovénia|Slovenia|Słowenia|Slovenya", nm="Matej, Žiga, Rok / Nina, Špela, Urška / Novak, Kranjc, Zupančič")
_grp("gr", "GR", v="Monemvasia, Oia, Metsovo, Pyrgi, Kardamyli, Nymfaio, Anogeia", t="Nafplio, Kalambaka, Galaxidi, Molyvos",
     d="Athens: Kypseli, Exarchia, Pagrati, Patissia, Kallithea; Thessaloniki: Kalamaria, Ano Poli", r="Peloponnese, Epirus, Zagori, Pelion",
     n="island: Crete, Naxos, Ikaria; mountain: Olympus", lm="Meteora, Acropolis",
     c="Greece|Griechenland|Grèce|Grecia|Grécia|Grecia|Grecja|Yunanistan", nm="Giorgos, Dimitris, Nikos / Eleni, Katerina, Sofia / Papadopoulos, Georgiou, Nikolaidis")
_grp("tr", "TR", v="Şirince, Cumalıkızık, Uçhisar, Adrasan, Kabak, Ortahisar, Ayder, Hasankeyf", t="Safranbolu, Kaş, Datça, Ayvalık, Bozcaada, Göreme, Beypazarı, Kemaliye",
     d="İstanbul: Kadıköy, Üsküdar, Bağcılar, Esenyurt, Beşiktaş, Fatih, Sultanbeyli; Ankara: Çankaya, Keçiören; İzmir: Karşıyaka, Bornova", r="Kapadokya, Karadeniz, Trakya, Ege",
     n="lake: Van Gölü, Salda Gölü; mountain: Ağrı Dağı, Uludağ; river: Fırat", lm="Galata Kulesi, Sümela Manastırı",
     c="Turkey|Türkei|Turquie|Turquía|Turquia|Turchia|Turcja|Türkiye", nm="Mehmet, Emre, Burak, Hakan / Ayşe, Elif, Zeynep, Gülsüm / Yılmaz, Demir, Çelik, Öztürk, Arslan",
     st="Cumhuriyet Cad., Atatürk Bulvarı, Gül Sok., Çınar Sok.", a="{st} No:{n}, {pc} {t}", pc="#####")
_grp("ge", "GE", v="Ushguli, Ananuri, Stepantsminda, Ateni", t="Mestia, Sighnaghi, Telavi, Borjomi",
     d="Tbilisi: Vake, Saburtalo, Sololaki, Gldani, Isani, Varketili; Batumi: Boni-Gorodok", r="Svaneti, Kakheti, Racha, Tusheti, Adjara", n="mountain: Kazbek; river: Mtkvari",
     lm="Gergeti Trinity Church, Narikala", c="Georgia|Georgien|Géorgie|Georgia|Geórgia|Georgia|Gruzja|Gürcistan", nm="Giorgi, Levan, Irakli / Nino, Tamar, Mariam / Beridze, Kapanadze, Gelashvili, Lomidze")
_grp("am", "AM", v="Tatev, Garni, Areni, Yeghegnadzor", t="Dilijan, Goris, Sevan", d="Yerevan: Kentron, Arabkir, Nor Nork, Malatia-Sebastia", r="Syunik, Lori, Tavush", n="lake: Lake Sevan",
     c="Armenia|Armenien|Arménie|Armenia|Arménia|Armenia|Armenia|Ermenistan", nm="Aram, Tigran, Davit / Anahit, Lusine, Narine / Petrosyan, Hakobyan, Grigoryan")
_grp("kz", "KZ", v="Saty, Kegen, Shelek, Turgen", t="Zharkent, Turkistan, Shchuchinsk, Zhanaozen",
     d="Almaty: Medeu, Bostandyk, Alatau, Auezov, Nauryzbay; Astana: Yesil, Saryarka", r="Zhetysu, Mangystau, Burabay", n="lake: Kolsai, Balkhash; valley: Charyn Canyon",
     c="Kazakhstan|Kasachstan|Kazakhstan|Kazajistán|Cazaquistão|Kazakistan|Kazachstan|Kazakistan", nm="Nurlan, Yerlan, Daulet / Aigerim, Dana, Saule / Nurlanov, Abenov, Seitkali, Zhakupova")
_grp("uz", "UZ", v="Nurata, Boysun, Rishton, Sentob", t="Khiva, Shahrisabz, Margilan", d="Tashkent: Chilonzor, Yunusobod, Mirzo Ulugbek, Sergeli", r="Fergana Valley, Karakalpakstan",
     n="lake: Aral Sea; mountain: Chimgan", c="Uzbekistan|Usbekistan|Ouzbékistan|Uzbekistán|Uzbequistão|Uzbekistan|Uzbekistan|Özbekistan",
     nm="Rustam, Jasur, Bekzod / Dilnoza, Madina, Shahlo / Karimov, Yusupova, Rakhimov")
_grp("kg", "KG", v="Tamga, Arslanbob, Kochkor, Kyzyl-Oi", t="Karakol, Cholpon-Ata, Naryn", d="Bishkek: Alamedin, Dzhal, Asanbay", r="Issyk-Kul, Chüy Valley", n="lake: Song-Kul",
     c="Kyrgyzstan|Kirgisistan|Kirghizistan|Kirguistán|Quirguistão|Kirghizistan|Kirgistan|Kırgızistan", nm="Azamat, Bakyt / Aizhan, Cholpon / Asanov, Sydykova")
_grp("in", "IN", v="Mawlynnong, Malana, Khonoma, Kibber, Chitkul, Mandawa, Pochampally, Kasol, Kumarakom", t="Orchha, Gokarna, Munnar, Coonoor, Pushkar, Bundi, Ranikhet, Lonavala, Hampi",
     d="Mumbai: Dharavi, Andheri East, Bandra West, Kurla, Malad, Ghatkopar; Delhi: Lajpat Nagar, Karol Bagh, Dwarka, Rohini; Bengaluru: Koramangala, Indiranagar, Whitefield, Jayanagar; Chennai: Mylapore, Adyar, Tambaram",
     r="Konkan, Malabar, Kutch, Coorg, Bundelkhand, Marathwada", n="valley: Spiti Valley; lake: Chilika Lake, Dal Lake; river: Narmada; mountain: Western Ghats", lm="Gateway of India, Hawa Mahal",
     c="India|Indien|Inde|India|Índia|India|Indie|Hindistan", nm="Rahul, Suresh, Arjun, Vikram / Priya, Sunita, Ananya, Lakshmi / Sharma, Patel, Iyer, Reddy, Nair, Chatterjee",
     st="MG Road, Station Road, Temple Street, 2nd Cross", a="H.No. {n}, {st}, {v}, Tehsil {t}, {pc}", pc="######")
_grp("pk", "PK", v="Karimabad, Passu, Gulmit, Naran, Kalam, Shogran", t="Murree, Skardu, Chitral, Mansehra, Taxila",
     d="Karachi: Gulshan-e-Iqbal, Clifton, Lyari, Korangi, Nazimabad, Orangi Town; Lahore: Gulberg, Model Town, Anarkali, Johar Town", r="Hunza, Swat, Thar, Potohar",
     n="mountain: Nanga Parbat; river: Indus; lake: Attabad Lake", lm="Badshahi Mosque, Mazar-e-Quaid",
     c="Pakistan|Pakistan|Pakistan|Pakistán|Paquistão|Pakistan|Pakistan|Pakistan", nm="Imran, Bilal, Usman / Ayesha, Sana, Hina / Qureshi, Malik, Chaudhry, Butt")
_grp("bd", "BD", v="Kuakata, Teknaf, Paharpur, Sonargaon", t="Sreemangal, Bandarban, Rangamati, Kushtia",
     d="Dhaka: Mirpur, Uttara, Gulshan, Dhanmondi, Mohammadpur, Jatrabari; Chattogram: Agrabad, Halishahar", r="Sylhet, Sundarbans, Chittagong Hill Tracts",
     n="river: Padma, Jamuna; lake: Kaptai Lake", c="Bangladesh|Bangladesch|Bangladesh|Bangladés|Bangladesh|Bangladesh|Bangladesz|Bangladeş",
     nm="Rafiq, Tanvir, Shakib / Nusrat, Farzana, Taslima / Hossain, Rahman, Chowdhury, Islam")
_grp("np", "NP", v="Bandipur, Ghandruk, Namche Bazaar, Lukla, Tansen", t="Dhulikhel, Bhaktapur", d="Kathmandu: Thamel, Baneshwor, Boudha, Kalanki", r="Mustang, Solukhumbu",
     n="lake: Phewa Lake; mountain: Annapurna", c="Nepal|Nepal|Népal|Nepal|Nepal|Nepal|Nepal|Nepal", nm="Bikash, Sanjay / Sita, Anjali / Shrestha, Gurung, Tamang")
_grp("id", "ID", v="Penglipuran, Wae Rebo, Tetebatu, Sade, Kete Kesu, Sembalun", t="Ubud, Bukittinggi, Berastagi, Wonosobo, Labuan Bajo, Sumenep",
     d="Jakarta: Menteng, Kebayoran Baru, Tanah Abang, Cilandak, Kemang, Glodok, Cengkareng; Bandung: Dago, Cicendo; Surabaya: Wonokromo, Rungkut", r="Tana Toraja, Raja Ampat, Dieng",
     n="island: Flores, Lombok; lake: Danau Toba; mountain: Gunung Rinjani, Bromo", lm="Borobudur, Monas",
     c="Indonesia|Indonesien|Indonésie|Indonesia|Indonésia|Indonesia|Indonezja|Endonezya", nm="Budi, Agus, Hendra, Rizky / Siti, Dewi, Putri, Rina / Santoso, Wijaya, Saputra, Nasution, Hidayat",
     st="Jl. Merdeka, Jl. Sudirman, Jl. Melati, Jl. Raya Ubud", a="{st} No. {n}, Desa {v}, {t} {pc}", pc="#####")
_grp("ph", "PH", v="Sagada, Batad, Pagudpud, Donsol, Moalboal, Kiangan", t="Banaue, Coron, San Vicente, Baler, Siquijor",
     d="Manila: Tondo, Sampaloc, Malate, Ermita, Binondo, Quiapo; Quezon City: Cubao, Diliman, Novaliches; Cebu City: Lahug, Mabolo", r="Bicol, Ilocos, Visayas, Cordillera",
     n="mountain: Mayon; lake: Taal Lake; island: Siargao, Palawan", lm="Rizal Park, Intramuros",
     c="Philippines|Philippinen|Philippines|Filipinas|Filipinas|Filippine|Filipiny|Filipinler", nm="Jose, Mark, Jericho, Paolo / Maricel, Joy, Kristine, Rowena / Dela Cruz, Reyes, Bautista, Villanueva, Mendoza",
     st="Rizal St., Mabini St., Bonifacio Ave.", a="{n} {st}, Brgy. Poblacion, {t}, {pc}", pc="####")
_grp("vn", "VN", v="Mai Châu, Bắc Hà, Đồng Văn, Mù Cang Chải, Tam Cốc, Đường Lâm", t="Sa Pa, Hội An, Đà Lạt, Châu Đốc",
     d="Hà Nội: Hoàn Kiếm, Ba Đình, Tây Hồ, Cầu Giấy, Đống Đa, Long Biên; TP.HCM: Bình Thạnh, Gò Vấp, Thủ Đức, Quận 7", r="Tây Nguyên, Tây Bắc",
     n="island: Phú Quốc, Côn Đảo; region: Vịnh Hạ Long; river: Mekong", lm="Hồ Gươm, Chợ Bến Thành",
     c="Vietnam|Vietnam|Viêt Nam|Vietnam|Vietnã|Vietnam|Wietnam|Vietnam", nm="Minh, Tuấn, Hùng, Dũng / Lan, Hương, Thảo, Ngọc / Nguyễn, Trần, Lê, Phạm, Hoàng",
     st="đường Trần Hưng Đạo, đường Lê Lợi, phố Hàng Bạc", a="Số {n} {st}, {t}", pc=None)
_grp("th", "TH", v="Ban Rak Thai, Mae Kampong, Khao Kho, Chiang Khan", t="Pai, Mae Hong Son, Nan, Sukhothai",
     d="Bangkok: Bang Rak, Khlong Toei, Lat Phrao, Chatuchak, Thonburi, Bang Kapi, Silom; Chiang Mai: Nimman, Chang Phueak", r="Isan, Lanna",
     n="island: Koh Lanta, Koh Tao; mountain: Doi Inthanon; river: Chao Phraya", lm="Wat Arun, Grand Palace",
     c="Thailand|Thailand|Thaïlande|Tailandia|Tailândia|Thailandia|Tajlandia|Tayland", nm="Somchai, Anan, Krit / Siriporn, Nok, Ploy / Srisuk, Chaiyaporn, Wongsa")
_grp("ng", "NG", v="Idanre, Ikogosi, Riyom, Agbowa, Obudu", t="Badagry, Epe, Kafanchan, Bida, Oshogbo",
     d="Lagos: Yaba, Surulere, Ikeja, Lekki, Ajegunle, Mushin, Ikorodu, Oshodi, Ikoyi; Abuja: Wuse, Garki, Maitama, Gwarinpa, Kubwa; Kano: Sabon Gari, Fagge", r="Niger Delta, Jos Plateau, Ogoni",
     n="river: Niger, Benue; mountain: Zuma Rock", lm="Yankari Game Reserve, Olumo Rock",
     c="Nigeria|Nigeria|Nigeria|Nigeria|Nigéria|Nigeria|Nigeria|Nijerya", nm="Chinedu, Emeka, Tunde, Musa / Ngozi, Funmilayo, Amaka, Aisha / Okafor, Adeyemi, Bello, Eze, Ogunleye",
     st="Herbert Macaulay Way, Adeola Odeku Street, Allen Avenue", a="{n} {st}, {d}, {dc}", pc=None)
_grp("gh", "GH", v="Nzulezu, Busua, Larabanga, Anomabo, Kokrobite, Abono", t="Elmina, Akosombo, Keta, Ho, Nkawkaw",
     d="Accra: Osu, Madina, Nima, Labadi, Kaneshie, Dansoman, East Legon, Adabraka; Kumasi: Asafo, Bantama", r="Volta, Ashanti, Bono",
     n="lake: Lake Volta, Lake Bosomtwe", lm="Kakum National Park, Cape Coast Castle",
     c="Ghana|Ghana|Ghana|Ghana|Gana|Ghana|Ghana|Gana", nm="Kwame, Kofi, Yaw, Kwabena / Ama, Akosua, Efua, Abena / Mensah, Owusu, Boateng, Asante, Appiah")
_grp("ke", "KE", v="Loitokitok, Kinangop, Wundanyi, Muhoroni, Mtwapa, Kimana", t="Kitale, Nanyuki, Naivasha, Kericho, Malindi, Lamu, Voi, Isiolo, Iten, Eldoret, Nakuru",
     d="Nairobi: Kibera, Kawangware, Eastleigh, Westlands, Kilimani, Embakasi, Githurai, Kasarani, Umoja; Mombasa: Nyali, Likoni, Bamburi", r="Rift Valley, Maasai Mara, Turkana, Ukambani",
     n="lake: Lake Naivasha, Lake Turkana; mountain: Mount Kenya, Mt Elgon; river: Tana River", lm="Fort Jesus, KICC",
     c="Kenya|Kenia|Kenya|Kenia|Quénia|Kenya|Kenia|Kenya", nm="Kamau, Otieno, Kiprop, Mwangi / Wanjiru, Achieng, Chebet, Njeri / Odhiambo, Kariuki, Mutua, Wafula, Koech",
     st="Moi Avenue, Ngong Road, Kenyatta Avenue", a="P.O. Box {n}-{pc}, {t}", pc="#####")
_grp("tz", "TZ", v="Mto wa Mbu, Usa River, Nungwi, Paje, Jambiani, Kilwa Kivinje", t="Moshi, Lushoto, Bagamoyo, Mikumi, Karatu, Mbinga",
     d="Dar es Salaam: Kariakoo, Sinza, Mbezi Beach, Kinondoni, Tegeta, Mikocheni, Ubungo; Arusha: Njiro, Sakina", r="Usambara, Pemba",
     n="island: Zanzibar, Mafia; mountain: Kilimanjaro; lake: Lake Tanganyika", lm="Ngorongoro Crater, Serengeti",
     c="Tanzania|Tansania|Tanzanie|Tanzania|Tanzânia|Tanzania|Tanzania|Tanzanya", nm="Juma, Baraka, Hamisi / Neema, Rehema, Zawadi / Mushi, Mrema, Massawe")
_grp("et", "ET", v="Konso, Wukro, Dorze", t="Lalibela, Axum, Arba Minch, Harar, Debre Birhan, Bishoftu",
     d="Addis Ababa: Bole, Piassa, Merkato, Kazanchis, Megenagna, Sarbet, Kolfe", r="Tigray, Oromia, Amhara, Afar, Sidama",
     n="lake: Lake Tana; mountain: Simien Mountains; region: Danakil", c="Ethiopia|Äthiopien|Éthiopie|Etiopía|Etiópia|Etiopia|Etiopia|Etiyopya",
     nm="Abebe, Dawit, Yonas / Selam, Hirut, Meron / Tesfaye, Haile, Bekele, Girma")
_grp("za", "ZA", v="Hogsback, Clarens, Nieu-Bethesda, Paternoster, Haenertsburg, Coffee Bay", t="Graaff-Reinet, Prince Albert, Darling, Kuruman, Hluhluwe",
     d="Johannesburg: Soweto, Alexandra, Sandton, Melville, Hillbrow, Yeoville; Cape Town: Khayelitsha, Gugulethu, Woodstock, Bo-Kaap, Observatory, Mitchells Plain; Durban: Umlazi, Berea",
     r="Karoo, Transkei, Garden Route, Limpopo", n="mountain: Drakensberg, Table Mountain; river: Orange River", lm="Union Buildings, Robben Island",
     c="South Africa|Südafrika|Afrique du Sud|Sudáfrica|África do Sul|Sudafrica|Republika Południowej Afryki|Güney Afrika",
     nm="Sipho, Thabo, Pieter, Lwazi / Nomvula, Thandi, Annelie, Lerato / Dlamini, Nkosi, van Wyk, Mokoena, Botha", st="Main Road, Church Street, Voortrekker Road",
     a="{n} {st}, {t}, {pc}", pc="####")
_grp("eg", "EG", v="Tunis, Nuweiba, Rashid", t="Siwa, Dahab, El Quseir, Edfu, Esna",
     d="Cairo: Zamalek, Imbaba, Shubra, Maadi, Heliopolis, Nasr City, Mohandessin, Dokki, Sayeda Zeinab; Alexandria: Sidi Gaber, Smouha", r="Sinai, Fayoum, Nubia, Upper Egypt",
     n="river: Nile; lake: Lake Nasser; region: White Desert", lm="Khan el-Khalili, Cairo Tower",
     c="Egypt|Ägypten|Égypte|Egipto|Egito|Egitto|Egipt|Mısır", nm="Ahmed, Mahmoud, Karim / Nour, Mariam, Yasmin / Hassan, Abdelrahman, Mostafa, Fahmy")
_grp("jo", "JO", v="Dana, Umm Qais, Wadi Musa", t="Madaba, Ajloun, Salt, Karak",
     d="Amman: Jabal Amman, Abdoun, Sweifieh, Jabal al-Weibdeh, Shmeisani, Marka, Khalda, Tla' al-Ali", r="Wadi Rum, Jordan Valley", n="lake: Dead Sea",
     c="Jordan|Jordanien|Jordanie|Jordania|Jordânia|Giordania|Jordania|Ürdün", nm="Omar, Zaid, Yazan / Lina, Rania, Dana / Haddad, Khoury, Al-Masri")
_grp("ma", "MA", v="Imlil, Aït Benhaddou, Merzouga, Moulay Idriss, Tafraoute", t="Chefchaouen, Asilah, Essaouira",
     d="Casablanca: Maârif, Sidi Moumen, Derb Sultan, Ain Diab, Hay Mohammadi; Marrakech: Gueliz, Mellah", r="Rif, Souss, Drâa", n="mountain: Toubkal",
     c="Morocco|Marokko|Maroc|Marruecos|Marrocos|Marocco|Maroko|Fas", nm="Youssef, Hamza, Amine / Fatima Zahra, Salma, Khadija / El Amrani, Benali, Alaoui")
_grp("mx", "MX", v="Real de Catorce, Tepoztlán, Bernal, Cuetzalan, Malinalco, Mazunte, Tapalpa, Xilitla", t="Bacalar, Valle de Bravo, Pátzcuaro, Todos Santos",
     d="Ciudad de México: Coyoacán, Iztapalapa, Tepito, Roma Norte, Condesa, Tlalpan, Xochimilco, Doctores; Monterrey: San Nicolás, Mitras; Guadalajara: Tlaquepaque, Santa Tere", r="Huasteca, Bajío, La Mixteca, Yucatán",
     n="mountain: Popocatépetl; lake: Lago de Chapala; river: Río Usumacinta; valley: Barrancas del Cobre", lm="Zócalo, Chichén Itzá",
     c="Mexico|Mexiko|Mexique|México|México|Messico|Meksyk|Meksika", nm="Juan Carlos, Alejandro, Luis, Miguel / Guadalupe, Fernanda, Ximena, Mariana / Hernández, García, Ramírez, Flores, Cruz",
     st="Calle Hidalgo, Av. Juárez, Calle Morelos", a="{st} {n}, Centro, {pc} {t}", pc="#####")
_grp("co", "CO", v="Barichara, Salento, Guatapé, Jardín, Filandia, Minca, Palomino, Ráquira", t="Villa de Leyva, Mompox, Honda",
     d="Bogotá: Chapinero, Usaquén, Kennedy, Suba, Bosa, Teusaquillo, La Candelaria, Ciudad Bolívar; Medellín: El Poblado, Laureles, Belén, Comuna 13", r="Eje Cafetero, La Guajira, Llanos Orientales, Chocó",
     n="mountain: Sierra Nevada de Santa Marta; river: Río Magdalena, Caño Cristales", lm="Monserrate, Castillo San Felipe",
     c="Colombia|Kolumbien|Colombie|Colombia|Colômbia|Colombia|Kolumbia|Kolombiya", nm="Andrés, Camilo, Julián / Valentina, Daniela, Paola / Rodríguez, Gómez, Restrepo, Ospina",
     st="Calle 45, Carrera 7, Calle 10", a="{st} # {n}-{n}, {t}", pc=None)
_grp("pe", "PE", v="Ollantaytambo, Pisac, Chinchero, Lamas, Huanchaco, Chivay, Yanque, Leymebamba", t="Urubamba, Máncora, Chachapoyas",
     d="Lima: Miraflores, Barranco, San Juan de Lurigancho, Villa El Salvador, Surco, Comas, Los Olivos, La Victoria, Chorrillos; Arequipa: Yanahuara, Cayma", r="Valle Sagrado, Colca, Cajamarca",
     n="lake: Lago Titicaca; mountain: Huascarán; river: Río Urubamba; island: Taquile", lm="Machu Picchu, Plaza de Armas",
     c="Peru|Peru|Pérou|Perú|Peru|Perù|Peru|Peru", nm="Jorge, César, Renzo / Rosa, Milagros, Karina / Quispe, Mamani, Huamán, Torres")
_grp("cl", "CL", v="Pisco Elqui, Caleta Tortel, Puerto Río Tranquilo, Zapallar, Vichuquén", t="San Pedro de Atacama, Pichilemu, Frutillar, Chaitén",
     d="Santiago: Ñuñoa, Providencia, Maipú, La Florida, Puente Alto, Recoleta, Estación Central", r="Patagonia, Araucanía, Atacama",
     n="island: Chiloé; lake: Lago Llanquihue; mountain: Volcán Osorno", lm="Torres del Paine, Cerro San Cristóbal",
     c="Chile|Chile|Chili|Chile|Chile|Cile|Chile|Şili", nm="Felipe, Matías, Cristóbal / Javiera, Constanza, Catalina / Muñoz, Rojas, Soto, Contreras")
_grp("br", "BR", v="Trancoso, Caraíva, Jericoacoara, Lençóis, Tiradentes, São Jorge, Cunha", t="Paraty, Pirenópolis, Bonito, Alto Paraíso de Goiás",
     d="São Paulo: Pinheiros, Vila Madalena, Capão Redondo, Mooca, Itaquera, Brás, Liberdade, Paraisópolis, Tatuapé; Rio de Janeiro: Rocinha, Copacabana, Tijuca, Madureira, Méier; Salvador: Pelourinho, Itapuã",
     r="Chapada Diamantina, Pantanal, Sertão, Serra Gaúcha", n="river: Rio São Francisco; island: Ilha Grande, Fernando de Noronha", lm="Pão de Açúcar, Cristo Redentor",
     c="Brazil|Brasilien|Brésil|Brasil|Brasil|Brasile|Brazylia|Brezilya", nm="João Pedro, Thiago, Rafael, Luiz / Ana Clara, Juliana, Francisca, Beatriz / Silva, Souza, Oliveira, Pereira, Nascimento",
     st="Rua das Flores, Rua Direita, Avenida Brasil", a="{st}, {n} - Centro, {t} - {uf}, {pc}", pc="#####-###")
_grp("pt", "PT", v="Monsaraz, Piódão, Marvão, Sortelha, Soajo, Lindoso", t="Óbidos, Aljezur, Mértola, Castelo de Vide",
     d="Lisboa: Alfama, Mouraria, Benfica, Chelas, Campo de Ourique, Graça; Porto: Campanhã, Foz do Douro", r="Alentejo, Algarve, Trás-os-Montes, Minho",
     n="mountain: Serra da Estrela; river: Douro; island: Madeira", c="Portugal|Portugal|Portugal|Portugal|Portugal|Portogallo|Portugalia|Portekiz",
     nm="Tiago, Nuno, Rui / Inês, Joana, Rita / Ferreira, Rodrigues, Carvalho", st="Rua do Comércio, Largo da Igreja", a="{st} {n}, {pc} {t}", pc="####-###")
_grp("es", "ES", v="Albarracín, Frigiliana, Cudillero, Alquézar, Setenil de las Bodegas, Valldemossa, Pedraza, Mogarraz, Cadaqués", t="Zahara de la Sierra, Aínsa, Lastres",
     d="Madrid: Lavapiés, Vallecas, Carabanchel, Chamberí, Malasaña, Usera, Tetuán; Barcelona: Gràcia, el Raval, Sants, Nou Barris, Poblenou", r="La Alpujarra, El Bierzo, Priorat, Extremadura",
     n="mountain: Picos de Europa, Teide; river: Ebro", lm="Alhambra, Sagrada Família",
     c="Spain|Spanien|Espagne|España|Espanha|Spagna|Hiszpania|İspanya", nm="Javier, Íñigo, Sergio / Nerea, Lucía, Montserrat / Fernández, López, Etxeberria, Puig",
     st="Calle Mayor, Calle Real, Plaza de la Iglesia", a="{st}, {n}, {pc} {t}", pc="#####")
_grp("it", "IT", v="Civita di Bagnoregio, Castelmezzano, Santo Stefano di Sessanio, Vernazza, Varenna, Sperlonga, Pietrapertosa, Scanno", t="Pitigliano, Montalcino, Alberobello, Orta San Giulio",
     d="Roma: Trastevere, Testaccio, Pigneto, Tor Bella Monaca, Garbatella; Milano: Navigli, Isola, Quarto Oggiaro, Lambrate; Napoli: Scampia, Vomero, Quartieri Spagnoli", r="Langhe, Cilento, Val d'Orcia, Salento, Garfagnana",
     n="lake: Lago d'Iseo; mountain: Etna, Dolomiti; river: Po", lm="Colosseo, Ponte Vecchio",
     c="Italy|Italien|Italie|Italia|Itália|Italia|Włochy|İtalya", nm="Giuseppe, Alessandro, Matteo / Giulia, Chiara, Francesca / Esposito, Russo, Bianchi, Colombo",
     st="Via Roma, Via Garibaldi, Corso Vittorio Emanuele", a="{st} {n}, {pc} {t}", pc="#####")
_grp("fr", "FR", v="Eguisheim, Rocamadour, Gordes, Riquewihr, Collonges-la-Rouge, Saint-Cirq-Lapopie, Conques, Yvoire, Locronan", t="Sarlat-la-Canéda, Dinan, Cassis, Honfleur, Uzès",
     d="Paris: Belleville, Ménilmontant, la Goutte d'Or, Montmartre, Batignolles; Marseille: le Panier, la Belle de Mai, Noailles; Lyon: la Croix-Rousse, Vaise", r="Périgord, Vercors, Cévennes, Pays basque",
     n="mountain: Mont Ventoux; lake: Lac d'Annecy; river: Loire; valley: Gorges du Verdon", lm="Mont-Saint-Michel, Pont du Gard",
     c="France|Frankreich|France|Francia|França|Francia|Francja|Fransa", nm="Mathieu, Guillaume, Yannick / Camille, Élodie, Margaux / Lefèvre, Moreau, Girard, Le Bihan",
     st="rue de l'Église, rue du Moulin, place du Marché", a="{n} {st}, {pc} {t}", pc="#####")
_grp("de", "DE", v="Wörlitz, Hitzacker, Schiltach, Bacharach, Beilstein, Ahrenshoop, Prerow, Kallstadt", t="Mittenwald, Dinkelsbühl, Meersburg, Tegernsee, Rheinsberg",
     d="Berlin: Neukölln, Kreuzberg, Marzahn, Wedding, Prenzlauer Berg, Spandau; Hamburg: Altona, Wilhelmsburg, St. Pauli, Barmbek; Köln: Ehrenfeld, Chorweiler", r="Allgäu, Eifel, Uckermark, Spreewald, Erzgebirge",
     n="mountain: Zugspitze; lake: Chiemsee, Müritz; river: Mosel; island: Rügen", lm="Brandenburger Tor, Schloss Neuschwanstein",
     c="Germany|Deutschland|Allemagne|Alemania|Alemanha|Germania|Niemcy|Almanya", nm="Jens, Tobias, Florian / Katrin, Anke, Stefanie / Schröder, Hoffmann, Krüger, Wagner",
     st="Dorfstraße, Hauptstraße, Lindenweg", a="{st} {n}, {pc} {t}", pc="#####")
_grp("at", "AT", v="Hallstatt, Alpbach, Heiligenblut, Dürnstein, Obergurgl, Gosau", t="Mariazell, Bad Aussee, Zell am See",
     d="Wien: Favoriten, Ottakring, Simmering, Floridsdorf, Leopoldstadt, Hernals", r="Wachau, Salzkammergut, Zillertal, Waldviertel",
     n="mountain: Großglockner; lake: Neusiedler See, Wörthersee", c="Austria|Österreich|Autriche|Austria|Áustria|Austria|Austria|Avusturya",
     nm="Lukas, Stefan / Theresa, Verena / Gruber, Huber, Pichler", st="Kirchgasse, Hauptplatz", a="{st} {n}, {pc} {t}", pc="####")
_grp("ch", "CH", v="Guarda, Soglio, Gruyères, Mürren, Saas-Fee, Corippo, Morcote, Wengen", t="Zermatt, Stein am Rhein, Murten, Appenzell",
     d="Zürich: Wiedikon, Oerlikon, Altstetten, Schwamendingen; Genève: Les Pâquis, Carouge", r="Engadin, Emmental, Toggenburg",
     n="mountain: Matterhorn; lake: Vierwaldstättersee", c="Switzerland|Schweiz|Suisse|Suiza|Suíça|Svizzera|Szwajcaria|İsviçre",
     nm="Reto, Urs / Corinne, Nadja / Brunner, Meier, Keller", st="Dorfstrasse, Bahnhofstrasse", a="{st} {n}, {pc} {t}", pc="####")
_grp("gb", "GB", v="Bibury, Castle Combe, Mousehole, Grasmere, Tobermory, Robin Hood's Bay", t="Hay-on-Wye, Whitby, Tenby, Ludlow",
     d="London: Peckham, Brixton, Southall, Hackney, Tottenham, Walthamstow; Manchester: Moss Side, Ancoats", r="Cotswolds, Lake District, Highlands, Peak District",
     n="island: Skye; lake: Loch Ness; mountain: Ben Nevis", c="United Kingdom|Großbritannien|Royaume-Uni|Reino Unido|Reino Unido|Regno Unito|Wielka Brytania|Birleşik Krallık",
     nm="Gareth, Callum / Siobhan, Bethan / Pritchard, Hughes, MacLeod")
_grp("us", "US", v="Marfa, Bisbee, Stowe, Galena, Ouray", t="Taos, Bar Harbor",
     d="New York: Bed-Stuy, Flushing, Washington Heights; Chicago: Pilsen, Bronzeville; Miami: Little Havana", r="Upper Peninsula, Outer Banks, Hill Country",
     n="lake: Lake Tahoe; mountain: Mount Rainier", c="United States|USA|États-Unis|Estados Unidos|Estados Unidos|Stati Uniti|Stany Zjednoczone|ABD",
     nm="Tyler, DeShawn / Kayla, Brianna / Hernandez, Washington, Kowalski")
_grp("nl", "NL", v="Giethoorn, Marken, Thorn, Bourtange, Veere", t="Zierikzee, Hindeloopen", d="Amsterdam: Bijlmer, Jordaan, De Pijp, Osdorp; Rotterdam: Feijenoord, Delfshaven",
     r="Zeeland, Veluwe, Drenthe", n="island: Texel, Terschelling", c="Netherlands|Niederlande|Pays-Bas|Países Bajos|Países Baixos|Paesi Bassi|Holandia|Hollanda",
     nm="Joost, Sander / Femke, Anouk / Bakker, de Graaf, Visser")
_grp("fj", "FJ", v="Navala, Lalomanu, Rakiraki, Levuka", t="Savusavu, Sigatoka, Labasa, Nadi", d="Suva: Nabua, Toorak, Samabula", r="Vanua Levu, Taveuni, Yasawa",
     c="Fiji|Fidschi|Fidji|Fiyi|Fiji|Figi|Fidżi|Fiji", nm="Sitiveni, Jone, Ratu / Litia, Mere, Salote / Naivalu, Tuilagi, Raduva")
_grp("ws", "WS", v="Falealupo, Manono, Lefaga, Saleaula", t="Salelologa", d="Apia: Vaitele, Moamoa", r="Savai'i, Upolu", n="island: Manono",
     c="Samoa|Samoa|Samoa|Samoa|Samoa|Samoa|Samoa|Samoa", nm="Tavita, Sione / Malia, Losa / Faleolo, Leota, Tuimavave")
_grp("pg", "PG", v="Wuvulu, Tari", t="Goroka, Madang, Wewak, Alotau", d="Port Moresby: Gerehu, Boroko, Hohola, Gordons", r="Highlands, Sepik, Milne Bay",
     c="Papua New Guinea|Papua-Neuguinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea|Papua-Nova Guiné|Papua Nuova Guinea|Papua-Nowa Gwinea|Papua Yeni Gine",
     nm="Kila, Peter / Grace, Dulcie / Kaupa, Wari, Tom")

ALIASES: dict[str, list[str]] = {
    "nordic": ["no", "se", "fi", "is"], "baltic": ["ee", "lv", "lt"], "cee": ["pl", "cz", "sk", "hu", "ro"],
    "balkan": ["hr", "rs", "si", "gr", "ro"], "west": ["de", "at", "ch", "fr", "it", "es", "pt", "nl", "gb", "us"],
    "iberia": ["es", "pt"], "dach": ["de", "at", "ch"], "caucasus": ["ge", "am"], "central": ["kz", "uz", "kg"],
    "southasia": ["in", "pk", "bd", "np"], "sea": ["id", "ph", "vn", "th"], "africa": ["ng", "gh", "ke", "tz", "et", "za", "eg", "ma"],
    "eastafrica": ["ke", "tz", "et"], "westafrica": ["ng", "gh"], "latam": ["mx", "co", "pe", "cl", "br"], "pacific": ["fj", "ws", "pg"],
    "mideast": ["eg", "jo", "tr", "ma"],
}
ALIASES["europe"] = ALIASES["nordic"] + ALIASES["baltic"] + ALIASES["cee"] + ["hr", "rs", "si", "gr"] + ALIASES["west"][:8] + ["tr"]
ALIASES["asia"] = ALIASES["southasia"] + ALIASES["sea"] + ALIASES["central"] + ALIASES["caucasus"]
ALIASES["any"] = [k for k in GROUPS if k not in ("gb", "us")]
ALIASES["addr"] = [k for k, g in GROUPS.items() if g["streets"] and g["a"]]
ALIASES["global"] = ["ke", "ng", "in", "pk", "id", "ph", "vn", "mx", "co", "pe", "br", "tr", "pl", "fi", "hu", "ge", "kz", "za", "et", "gh", "fj", "bd", "cl", "th"]

_UF = ["BA", "MG", "RJ", "GO", "CE", "MS", "SP"]
_MAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me", "icloud.com"]

# Case forms: (before, form, after, subtype) — before/after are outside the span.
CASES: dict[str, dict[str, list[tuple[str, str, str, str]]]] = {
    "pl": {"in": [("w ", "Zakopanem", "", "town"), ("w ", "Kazimierzu Dolnym", "", "town"), ("w ", "Sandomierzu", "", "town"), ("w ", "Wetlinie", "", "village"),
                  ("w ", "Zalipiu", "", "village"), ("w ", "Tykocinie", "", "town"), ("na ", "Kaszubach", "", "region"), ("na ", "Mazurach", "", "region"),
                  ("w ", "Bieszczadach", "", "region"), ("na ", "Podhalu", "", "region"), ("we ", "Fromborku", "", "town"), ("w ", "Chochołowie", "", "village")],
           "from": [("z ", "Wadowic", "", "town"), ("z ", "Chochołowa", "", "village"), ("z ", "Biecza", "", "town"), ("z ", "Ustrzyk Dolnych", "", "town"),
                    ("spod ", "Lanckorony", "", "village"), ("z ", "Paczkowa", "", "town"), ("z ", "Mokotowa", "", "district")],
           "to": [("do ", "Zakopanego", "", "town"), ("do ", "Wiżajn", "", "village"), ("do ", "Krynicy-Zdroju", "", "town"), ("nad ", "Śniardwy", "", "lake"),
                  ("do ", "Sromowców Niżnych", "", "village"), ("na ", "Pragę-Północ", "", "district")]},
    "cs": {"in": [("v ", "Mikulově", "", "town"), ("v ", "Telči", "", "town"), ("ve ", "Slavonicích", "", "town"), ("v ", "Holašovicích", "", "village"),
                  ("v ", "Lednici", "", "village"), ("na ", "Šumavě", "", "region"), ("v ", "Krkonoších", "", "region"), ("na ", "Žižkově", "", "district"),
                  ("v ", "Karlíně", "", "district"), ("ve ", "Štramberku", "", "town"), ("v ", "Hřensku", "", "village")],
           "from": [("z ", "Hluboké nad Vltavou", "", "town"), ("ze ", "Slavonic", "", "town"), ("z ", "Kout nad Desnou", "", "village"), ("z ", "Vysočiny", "", "region"),
                    ("ze ", "Smíchova", "", "district"), ("z ", "Lidic", "", "village")],
           "to": [("do ", "Mikulova", "", "town"), ("do ", "Telče", "", "town"), ("na ", "Vinohrady", "", "district"), ("do ", "Krkonoš", "", "region"), ("na ", "Lipno", "", "lake")]},
    "sk": {"in": [("v ", "Bardejove", "", "town"), ("v ", "Banskej Štiavnici", "", "town"), ("v ", "Levoči", "", "town"), ("vo ", "Vlkolínci", "", "village"),
                  ("v ", "Ždiari", "", "village"), ("v ", "Terchovej", "", "village"), ("na ", "Orave", "", "region"), ("na ", "Spiši", "", "region"), ("v ", "Petržalke", "", "district")],
           "from": [("z ", "Kežmarku", "", "town"), ("z ", "Čičmian", "", "village"), ("z ", "Liptova", "", "region"), ("z ", "Ružinova", "", "district"), ("zo ", "Špania Doliny", "", "village")],
           "to": [("do ", "Modry", "", "town"), ("do ", "Terchovej", "", "village"), ("na ", "Kysuce", "", "region"), ("do ", "Levoče", "", "town")]},
    "hr": {"in": [("u ", "Motovunu", "", "village"), ("u ", "Grožnjanu", "", "village"), ("u ", "Stonu", "", "village"), ("u ", "Rovinju", "", "town"),
                  ("u ", "Samoboru", "", "town"), ("na ", "Visu", "", "island"), ("na ", "Hvaru", "", "island"), ("u ", "Istri", "", "region"), ("u ", "Slavoniji", "", "region"),
                  ("u ", "Trešnjevci", "", "district"), ("u ", "Zemunu", "", "district"), ("u ", "Sremskim Karlovcima", "", "town"), ("u ", "Kovačici", "", "village")],
           "from": [("iz ", "Cavtata", "", "town"), ("iz ", "Primoštena", "", "town"), ("iz ", "Rastoka", "", "village"), ("iz ", "Zagorja", "", "region"),
                    ("iz ", "Guče", "", "village"), ("iz ", "Dubrave", "", "district"), ("s ", "Lastova", "", "island")],
           "to": [("u ", "Korčulu", "", "town"), ("na ", "Lopud", "", "island"), ("u ", "Vrbosku", "", "village"), ("u ", "Dalmaciju", "", "region"), ("na ", "Zlatibor", "", "village")]},
    "fi": {"in": [("", "Inarissa", "", "village"), ("", "Naantalissa", "", "town"), ("", "Loviisassa", "", "town"), ("", "Kuusamossa", "", "town"), ("", "Nurmeksessa", "", "town"),
                  ("", "Kilpisjärvellä", "", "village"), ("", "Utsjoella", "", "village"), ("", "Kalliossa", "", "district"), ("", "Hervannassa", "", "district"),
                  ("", "Lapissa", "", "region"), ("", "Savossa", "", "region"), ("", "Kontulassa", "", "district")],
           "from": [("", "Fiskarsista", "", "village"), ("", "Ikaalisista", "", "town"), ("", "Sodankylästä", "", "town"), ("", "Kustavista", "", "village"), ("", "Vuosaaresta", "", "district"), ("", "Karjalasta", "", "region")],
           "to": [("", "Inariin", "", "village"), ("", "Kuusamoon", "", "town"), ("", "Hettaan", "", "village"), ("", "Pispalaan", "", "district"), ("", "Ahvenanmaalle", "", "island"), ("", "Kolille", "", "mountain")]},
    "et": {"in": [("", "Kuressaares", "", "town"), ("", "Haapsalus", "", "town"), ("", "Otepääl", "", "town"), ("", "Viljandis", "", "town"), ("", "Käsmus", "", "village"),
                  ("", "Kalamajas", "", "district"), ("", "Lasnamäel", "", "district"), ("", "Saaremaal", "", "island"), ("", "Hiiumaal", "", "island"), ("", "Nõmmel", "", "district")],
           "from": [("", "Rakverest", "", "town"), ("", "Kärdlast", "", "town"), ("", "Võsult", "", "village"), ("", "Mustamäelt", "", "district"), ("", "Setomaalt", "", "region")],
           "to": [("", "Paldiskisse", "", "town"), ("", "Vormsile", "", "island"), ("", "Supilinna", "", "district"), ("", "Lahemaale", "", "region")]},
    "hu": {"in": [("", "Tokajban", "", "town"), ("", "Hollókőn", "", "village"), ("", "Tihanyban", "", "village"), ("", "Szentendrén", "", "town"), ("", "Kőszegen", "", "town"),
                  ("", "Villányban", "", "village"), ("", "Józsefvárosban", "", "district"), ("", "Újpesten", "", "district"), ("", "Zuglóban", "", "district"),
                  ("az ", "Őrségben", "", "region"), ("a ", "Hortobágyon", "", "region"), ("", "Sümegen", "", "town")],
           "from": [("", "Tapolcáról", "", "town"), ("", "Szigligetről", "", "village"), ("", "Kőbányáról", "", "district"), ("", "Zengővárkonyból", "", "village"), ("", "Óbudáról", "", "district")],
           "to": [("", "Tokajba", "", "town"), ("", "Badacsonytomajra", "", "village"), ("", "Csepelre", "", "district"), ("a ", "Balatonra", "", "lake"), ("", "Hollókőre", "", "village")]},
    "tr": {"in": [("", "Kaş", "'ta", "town"), ("", "Datça", "'da", "town"), ("", "Ayvalık", "'ta", "town"), ("", "Bozcaada", "'da", "island"), ("", "Göreme", "'de", "town"),
                  ("", "Kadıköy", "'de", "district"), ("", "Üsküdar", "'da", "district"), ("", "Bağcılar", "'da", "district"), ("", "Safranboluda", "", "town"),
                  ("", "Şirincede", "", "village"), ("", "Kapadokya", "'da", "region"), ("", "Esenyurtta", "", "district")],
           "from": [("", "Beypazarı", "'ndan", "town"), ("", "Kemaliye", "'den", "town"), ("", "Uçhisar", "'dan", "village"), ("", "Cumalıkızık", "'tan", "village"),
                    ("", "Sultanbeyliden", "", "district"), ("", "Karşıyaka", "'dan", "district"), ("", "Karadeniz", "'den", "region")],
           "to": [("", "Adrasan", "'a", "village"), ("", "Kabak", "'a", "village"), ("", "Ayder", "'e", "village"), ("", "Çankaya", "'ya", "district"), ("", "Hasankeyfe", "", "village"), ("", "Bornovaya", "", "district")]},
    "lt": {"in": [("", "Nidoje", "", "village"), ("", "Anykščiuose", "", "town"), ("", "Birštone", "", "town"), ("", "Trakuose", "", "town"), ("", "Zarasuose", "", "town"),
                  ("", "Užupyje", "", "district"), ("", "Žvėryne", "", "district"), ("", "Žemaitijoje", "", "region"), ("", "Dzūkijoje", "", "region"), ("", "Kernavėje", "", "village")],
           "from": [("iš ", "Plungės", "", "town"), ("iš ", "Molėtų", "", "town"), ("iš ", "Rusnės", "", "village"), ("iš ", "Antakalnio", "", "district"), ("iš ", "Aukštaitijos", "", "region")],
           "to": [("į ", "Nidą", "", "village"), ("į ", "Platelius", "", "village"), ("į ", "Šnipiškes", "", "district"), ("į ", "Trakus", "", "town")]},
}


# ----------------------------------------------------------------------------------------------
# Rendering
# ----------------------------------------------------------------------------------------------

def _pick(doc: Any, spec: str, need: str | None = None) -> dict[str, Any]:
    if spec.startswith("@"):
        return GROUPS[doc.vars[("tu5g", spec[1:])]]
    cands: list[str] = []
    for part in spec.split("|"):
        cands += ALIASES.get(part, [part])
    cands = [c for c in dict.fromkeys(cands) if need is None or GROUPS[c].get(need)]
    assert cands and all(c in GROUPS for c in cands), spec
    used: Counter[str] = doc.g.__dict__.setdefault("_tu5_groups", Counter())
    low = min(used[c] for c in cands)
    key = doc.r.choice([c for c in cands if used[c] == low])
    used[key] += 1
    return GROUPS[key]


def _place(doc: Any, grp: dict[str, Any], kind: str) -> tuple[str, str]:
    r = doc.r
    if kind == "vt":
        kind = "village" if r.random() < 0.55 or not grp["town"] else "town"
    if kind == "any":
        kind = r.choice([k for k in ("village", "town", "district", "region", "nature") if grp[k]])
    if kind == "village" and not grp["village"]:
        kind = "town"
    if kind == "town" and not grp["town"]:
        kind = "village"
    if kind == "nature" and not grp["nature"]:
        kind = "region"
    if kind == "landmark" and not grp["landmark"]:
        kind = "region"
    if kind in ("village", "town", "region", "landmark"):
        return r.choice(grp[kind]), kind
    if kind == "district":
        return r.choice(grp["district"])[0], "district"
    if kind == "city":
        return r.choice(sorted({c for _, c in grp["district"]})), "city"
    if kind == "nature":
        return r.choice(grp["nature"])
    raise KeyError(kind)


def _address(doc: Any, grp: dict[str, Any]) -> str:
    r = doc.r
    if not grp["a"]:
        gen = _gen(doc)
        if grp["code"] in gen.CULTURE and grp["code"] not in ("GB", "US"):
            return str(doc.g.address(gen.CULTURE[grp["code"]]))
        place = r.choice(grp["village"] or grp["town"])
        return f"{place}, {r.choice(grp['region'])}" if r.random() < 0.5 else f"{place}, {r.choice(grp['district'])[1]}"
    fmt = grp["a"]
    pc = re.sub("#", lambda _: r.choice("0123456789"), grp["pc"]) if grp["pc"] else ""
    if grp["key"] in ("se", "cz", "sk") and pc:
        pc = str(r.randint(1, 9)) + pc[1:]
    d, dc = r.choice(grp["district"])
    return fmt.format(st=r.choice(grp["streets"] or ["Main Street"]), n=r.randint(1, 180), pc=pc, t=_place(doc, grp, "vt")[0],
                      v=r.choice(grp["village"] or grp["town"]), d=d, dc=dc, uf=r.choice(_UF))


def _country(doc: Any, grp: dict[str, Any]) -> str:
    return grp["country"].get(doc.lang, grp["country"]["en"])


def _cast(doc: Any, key: str, spec: str, gender: str) -> None:
    gen, r = _gen(doc), doc.r
    grp = _pick(doc, spec, "names")
    female = {"f": True, "m": False}.get(gender, r.random() < 0.5)
    males, females, lasts = grp["names"]
    taken = {v["first"] for k, v in doc.vars.items() if isinstance(k, tuple) and k[0] == "tu5p"}
    for _ in range(20):
        first = r.choice(females if female else males)
        if first not in taken:
            break
    last = r.choice(lasts)
    if grp["key"] in ("is",) and last.endswith(("son", "dóttir")):
        last = last.removesuffix("dóttir").removesuffix("son") + ("dóttir" if female else "son")
    if grp["key"] == "sk" and female and last in ("Horváth", "Baláž", "Tóth"):
        last = {"Horváth": "Horváthová", "Baláž": "Balážová", "Tóth": "Tóthová"}[last]
    if grp["key"] == "sk" and not female and last == "Kováčová":
        last = "Kováč"
    if grp["key"] == "pl" and female and last.endswith("ski"):
        last = last[:-1] + "a"
    if grp["key"] in ("kz",) and female and last.endswith("ov"):
        last += "a"
    if grp["key"] in ("kz",) and not female and last.endswith("ova"):
        last = last[:-1]
    doc.vars[("tu5p", key)] = {"first": first, "last": last, "female": female, "grp": grp["key"]}
    doc.vars[("tu5g", key)] = grp["key"]
    cul = gen.CULTURE.get(grp["code"])
    if cul is None:
        cul = gen.Culture(grp["code"], None, grp["country"]["en"], grp["country"]["en"], [], list(_MAIL), grp["tld"])
    doc.people[key] = gen.Person(doc.g, cul, doc.lang, first, last, female)


def _email(doc: Any, p: dict[str, Any]) -> str:
    gen, r = _gen(doc), doc.r
    f = re.sub(r"[^a-z0-9]", "", gen.ascii_fold(p["first"]).lower().split(" ")[0])
    ln = re.sub(r"[^a-z0-9]", "", gen.ascii_fold(p["last"]).lower())
    local = r.choice([f"{f}.{ln}{r.randint(10, 999)}", f"{f[0]}{ln}.{r.randint(1960, 2006)}", f"{ln}_{f}{r.randint(2, 88)}", f"{f}{ln[:3]}{r.randint(100, 9999)}"])
    return f"{local}@{r.choice(_MAIL)}"


def _person(doc: Any, key: str, attr: str) -> list[tuple[str, Any]]:
    p = doc.vars[("tu5p", key)]
    first, last = p["first"], p["last"]
    if attr == "full":
        return [(f"{last} {first}" if p["grp"] in ("hu", "vn") else f"{first} {last}", _per("full_name"))]
    if attr == "first":
        return [(first, _per("first_name"))]
    if attr == "last":
        return [(last, _per("last_name"))]
    if attr == "lower":
        return [(first.lower(), _per("first_name"))]
    if attr == "fullr":
        return [(f"{last}, {first}", _per("full_name"))]
    if attr == "init":
        return [(f"{first[0]}. {last}", _per("full_name"))]
    if attr == "upper":
        return [(f"{last.upper()} {first}", _per("full_name"))]
    if attr == "email":
        return [(_email(doc, p), ("label", "EMAIL_ADDRESS", {}))]
    raise KeyError(attr)


def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    """Render «TU5:spec» for generate.py's Doc: a list of (text, annotation or None)."""
    r = doc.r
    head, _, rest = spec.partition(":")
    args = rest.split(":")
    if head == "g":
        doc.vars[("tu5g", args[0])] = _pick(doc, args[1])["key"]
        return []
    if head == "who":
        _cast(doc, args[0], args[1], args[2] if len(args) > 2 else "")
        return []
    if head == "pl":
        grp = _pick(doc, args[0])
        text, sub = _place(doc, grp, args[1])
        mod = args[2] if len(args) > 2 else ""
        text = text.lower() if mod == "lower" else text.upper() if mod == "upper" else text
        return [(text, _loc(sub))]
    if head == "dc":
        grp = _pick(doc, args[0])
        d, c = r.choice(grp["district"])
        return [(d, _loc("district")), (", ", None), (c, _loc("city"))]
    if head == "list":
        grp = _pick(doc, args[0])
        n = int(args[2])
        seen: list[tuple[str, str]] = []
        for _ in range(30):
            p = _place(doc, grp, args[1])
            if p not in seen:
                seen.append(p)
            if len(seen) == n:
                break
        out: list[tuple[str, Any]] = []
        for i, (t, sub) in enumerate(seen):
            if i:
                out.append((", ", None))
            out.append((t, _loc(sub)))
        return out
    if head == "addr":
        return [(_address(doc, _pick(doc, args[0])), _loc("address"))]
    if head == "street":
        grp = _pick(doc, args[0], "streets")
        st = r.choice(grp["streets"])
        n = r.randint(1, 160)
        text = f"{n} {st}" if grp["key"] in ("ng", "ke", "za", "ph") else f"{st}, {n}" if grp["key"] in ("es", "br") else f"{st} {n}"
        return [(text, _loc("street_address"))]
    if head == "case":
        before, form, after, sub = r.choice(CASES[args[0]][args[1]])
        return [(before, None), (form, _loc(sub)), (after, None)]
    if head == "country":
        return [(_country(doc, _pick(doc, args[0])), _loc("country"))]
    if head == "phone":
        gen = _gen(doc)
        code = _pick(doc, args[0])["code"]
        text, meta = doc.g.phone(code, "any", None, culture=gen.CULTURE.get(code))
        return [(text, ("label", "PHONE_NUMBER", meta))]
    assert head in PERSON_KEYS, spec
    return _person(doc, head, rest)


# ----------------------------------------------------------------------------------------------
# Templates
# ----------------------------------------------------------------------------------------------

TICKETS: list[dict[str, Any]] = [
    {"id": "tu5_ticket_village_delivery", "kind": "ticket", "lang": "en", "body":
        "«TU5:g:A:global»«TU5:who:P1:@A»«TU5:who:AGENT:any»Subject: «TU5:pl:@A:village» – courier says the address does not exist\n\n"
        "Ticket #«X:num:40000-99999» · opened by «TU5:P1:full»\n\n"
        "Hi, I live in «TU5:pl:@A:village», a small place about 20 km outside «TU5:pl:@A:town». Your courier keeps returning my parcel to the "
        "depot in «TU5:dc:@A» and the tracking says 'unknown locality'. «TU5:pl:@A:village» is on every map!\n"
        "The nearest landmark is the road to «TU5:pl:@A:nature». My full address:\n«TU5:addr:@A»\n"
        "Please call me on «TU5:phone:@A» before the next attempt. Order paid with «CARD».\n\n"
        "Assigned to: «TU5:AGENT:init»"},
    {"id": "tu5_ticket_field_sites", "kind": "ticket", "lang": "en", "body":
        "«TU5:g:A:africa|southasia|latam»«TU5:who:P1:@A»«TU5:who:P2:any»[OPS-#«X:num:40000-99999»] Solar kits not installed at three field sites\n\n"
        "Sites: «TU5:list:@A:vt:3»\n"
        "Region: «TU5:pl:@A:region» · Country: «TU5:country:@A»\n\n"
        "«TU5:pl:@A:vt» reported a broken inverter on «N:date:bare»; the crew based in «TU5:pl:@A:town» could not get there because the road "
        "between «TU5:pl:@A:village» and «TU5:pl:@A:town» was flooded. «TU5:P1:first» («TU5:P1:email») is the local coordinator, "
        "«TU5:P2:full» approves the budget.\n"
        "Spare parts are stored at our warehouse in «TU5:dc:@A». Do not confuse it with the «IG:organization:Lagos Business School|Nairobi Hospital|Lima Golf Club|Dhaka Bank» "
        "site, which is a client."},
    {"id": "tu5_ticket_de_ferienwohnung", "kind": "ticket", "lang": "de", "pool": ["DE", "AT", "CH"], "body":
        "«TU5:g:A:dach|hr|it|no»«TU5:who:P1:dach»Betreff: Ferienwohnung «TU5:pl:@A:village» – Schlüsselbox leer\n\n"
        "Hallo,\n\nwir sind gestern Abend nach sieben Stunden Fahrt aus «TU5:pl:dach:vt» angekommen. «TU5:pl:@A:village» liegt zwischen "
        "«TU5:pl:@A:town» und «TU5:pl:@A:nature», also weit weg von allem – und die Schlüsselbox war leer.\n"
        "Der Vermieter wohnt angeblich in «TU5:pl:@A:district», geht aber nicht ans Telefon («TU5:phone:@A»).\n"
        "Wir haben im «NW:dish_name:Wiener Schnitzel|Kaiserschmarrn|Schwarzwälder Kirschtorte»-Restaurant am Ortseingang übernachtet.\n"
        "Buchungsnummer «N:order_number:bare», bezahlt mit «CARD». Rückerstattung bitte auf «IBAN:DE».\n\n"
        "Genervte Grüße\n«TU5:P1:full»\n«ADDR:DE»"},
    {"id": "tu5_ticket_pl_reklamacja", "kind": "ticket", "lang": "pl", "pool": ["PL"], "body":
        "«TU5:who:P1:pl»«TU5:who:P2:pl»Temat: Reklamacja – kurier nie dojechał «TU5:case:pl:to»\n\n"
        "Dzień dobry,\nzamówiłem piec kaflowy do domu «TU5:case:pl:in». Kurier twierdzi, że był «TU5:case:pl:in», ale nikogo nie zastał, "
        "a ja cały dzień czekałem. Towar wrócił do magazynu «TU5:case:pl:in».\n"
        "«TU5:pl:pl:district» – tam jest Wasz oddział, mogę odebrać osobiście, jeśli nie da się inaczej.\n"
        "Adres dostawy: «TU5:addr:pl»\nKontakt: «TU5:P1:full», tel. «PHONE:PL», «TU5:P1:email».\n"
        "Zamówienie złożyła moja żona, «TU5:P2:first», z konta «IBAN:PL»."},
    {"id": "tu5_ticket_tr_kargo", "kind": "ticket", "lang": "tr", "pool": ["TR"], "body":
        "«TU5:who:P1:tr»«TU5:who:AGENT:tr»Konu: Kargom «TU5:case:tr:in» bekliyor, adrese teslim edilmedi\n\n"
        "Merhaba,\nsiparişim («N:order_number:bare») «TU5:case:tr:from» yola çıktı ama üç gündür «TU5:case:tr:in» şubede duruyor. "
        "Ben «TU5:pl:tr:district» ilçesinde oturuyorum, şubeye gitmem mümkün değil.\n"
        "«TU5:pl:tr:vt» yakınındaki depoya da sordum, bilgi yok. Yazın «TU5:pl:tr:nature» tarafına taşınıyoruz, bu yüzden acil.\n"
        "Adres: «TU5:addr:tr»\nTel: «PHONE:TR»\nAd Soyad: «TU5:P1:full»\n\nİlgilenen temsilci: «TU5:AGENT:first» Bey/Hanım"},
    {"id": "tu5_ticket_es_agua", "kind": "ticket", "lang": "es", "pool": ["MX", "CO", "PE", "CL", "ES"], "body":
        "«TU5:g:A:mx|co|pe|cl|es»«TU5:who:P1:@A»Asunto: Sin agua en «TU5:pl:@A:village» desde el lunes\n\n"
        "Buenas tardes:\n«TU5:pl:@A:village» lleva cuatro días sin agua potable. La pipa que sale de «TU5:pl:@A:town» no llega porque el camino "
        "cerca de «TU5:pl:@A:nature» está cortado. Vivo en la parte alta, a la salida hacia «TU5:pl:@A:vt».\n"
        "Mi hermana en «TU5:dc:@A» dice que allá sí hay servicio. ¿Cuándo se restablece?\n"
        "Titular: «TU5:P1:full» · Tel. «TU5:phone:@A» · Dirección: «TU5:addr:@A»\n"
        "PD: no confundir con el restaurante «NW:dish_name:Tacos al pastor|Ceviche de Huanchaco|Pastel de choclo» de la esquina."},
    {"id": "tu5_ticket_pt_obras", "kind": "ticket", "lang": "pt", "pool": ["BR", "PT"], "body":
        "«TU5:g:A:br|pt»«TU5:who:P1:@A»«TU5:who:P2:@A»Assunto: Obra parada na pousada em «TU5:pl:@A:village»\n\n"
        "Olá, equipe.\nContratamos a reforma da pousada em «TU5:pl:@A:village», perto de «TU5:pl:@A:nature». O mestre de obras, «TU5:P2:full», "
        "voltou para «TU5:pl:@A:district» e não atende («TU5:phone:@A»). O material comprado em «TU5:pl:@A:town» está tomando chuva.\n"
        "«TU5:pl:@A:region» em época de chuva é complicado, eu sei, mas já são três semanas.\n"
        "Responsável: «TU5:P1:full» – «TU5:P1:email»\nEndereço da obra: «TU5:addr:@A»"},
    {"id": "tu5_ticket_fi_mokki", "kind": "ticket", "lang": "fi", "pool": ["FI"], "body":
        "«TU5:who:P1:fi»Aihe: Mökin sähköt poikki «TU5:case:fi:in»\n\n"
        "Hei,\nmökillämme «TU5:case:fi:in» ei ole ollut sähköä perjantaista asti. Naapuri ajoi «TU5:case:fi:from» katsomaan, ja "
        "koko kylä on pimeänä. Asumme itse «TU5:case:fi:in» ja ajamme sinne viikonloppuisin.\n"
        "«TU5:pl:fi:region» on laaja alue, joten tarkennan: lähin maamerkki on «TU5:pl:fi:nature».\n"
        "Asiakasnumero #«X:num:40000-99999», «TU5:P1:full», puh. «PHONE:FI», «TU5:addr:fi»"},
    {"id": "tu5_ticket_hu_bejelentes", "kind": "ticket", "lang": "hu", "pool": ["HU"], "body":
        "«TU5:who:P1:hu»«TU5:who:P2:hu»Tárgy: Hibabejelentés – internet «TU5:case:hu:in»\n\n"
        "Tisztelt Ügyfélszolgálat!\n«TU5:case:hu:in» lévő nyaralónkban két hete nincs internet. «TU5:case:hu:from» hívtam a szerelőt, "
        "azt mondta, «TU5:case:hu:in» is gond van.\n"
        "«TU5:pl:hu:village» és «TU5:pl:hu:town» között minden ház érintett. A számlát «TU5:P2:full» fizeti, IBAN «IBAN:HU».\n"
        "Üdvözlettel: «TU5:P1:full», «PHONE:HU»\nCím: «TU5:addr:hu»"},
    {"id": "tu5_ticket_id_listrik", "kind": "ticket", "lang": "id", "pool": ["ID"], "body":
        "«TU5:who:P1:id»«TU5:who:P2:id»Perihal: Listrik padam di «TU5:pl:id:village» sejak kemarin\n\n"
        "Selamat pagi,\nsaya «TU5:P1:full» dari «TU5:pl:id:village», dekat «TU5:pl:id:nature». Listrik padam sejak kemarin sore dan petugas "
        "dari «TU5:pl:id:town» belum datang. Tetangga kami di «TU5:dc:id» juga mengalami hal yang sama.\n"
        "Mohon hubungi «TU5:P2:first» di «PHONE:ID» atau email «TU5:P1:email».\nAlamat: «TU5:addr:id»\n"
        "Catatan: toko «NW:product_name:Kopi Toraja|Batik Pekalongan|Dodol Garut» di depan rumah butuh listrik untuk kulkas."},
]

EMAILS: list[dict[str, Any]] = [
    {"id": "tu5_email_relocation", "kind": "email", "lang": "en", "body":
        "«TU5:g:A:global»«TU5:g:B:europe»«TU5:who:P1:@A»«TU5:who:P2:@B»Subject: Relocation from «TU5:pl:@A:town» – next steps\n\n"
        "Dear «TU5:P2:first»,\n\n"
        "Thank you for the call. As discussed, I was born in «TU5:pl:@A:village» and moved from «TU5:pl:@A:town» to «TU5:dc:@A» for work in 2019. "
        "My wife's family is from «TU5:pl:@A:region», so we would like the shipment to go via «TU5:pl:@A:city».\n"
        "Our new flat will be in «TU5:pl:@B:district», and the kids' school is near «TU5:pl:@B:landmark». We also looked at houses outside "
        "«TU5:pl:@B:vt», but the commute was too long.\n"
        "«TU5:pl:@B:nature» is lovely in summer, I hear!\n\n"
        "Best,\n«TU5:P1:full»\n«TU5:phone:@A» · «TU5:P1:email»"},
    {"id": "tu5_email_ngo_report", "kind": "email", "lang": "en", "body":
        "«TU5:g:A:africa|southasia|sea|pacific»«TU5:who:P1:@A»«TU5:who:P2:any»«TU5:who:BOSS:any»Subject: «TU5:pl:@A:region» field visit report\n\n"
        "Hi «TU5:BOSS:first»,\n\n"
        "«TU5:pl:@A:vt» was our first stop. The «TU5:pl:@A:city»-based team drove us out past «TU5:pl:@A:vt» and «TU5:pl:@A:vt»; "
        "the last 15 km to «TU5:pl:@A:village» are on foot in the rainy season.\n"
        "Key findings: the clinic in «TU5:pl:@A:village» has no fridge, and families from «TU5:pl:@A:district» send remittances that "
        "arrive late. «TU5:P1:full», who grew up near «TU5:pl:@A:nature», translated for us.\n"
        "We will visit «TU5:list:@A:village:2» next month with «TU5:P2:init».\n\n"
        "Receipts attached; per diem to «IBAN» please.\n«TU5:P2:full»"},
    {"id": "tu5_email_fr_gite", "kind": "email", "lang": "fr", "pool": ["FR", "BE", "CH"], "body":
        "«TU5:g:A:fr|ch|ma|it»«TU5:who:P1:fr»Objet : Réservation du gîte à «TU5:pl:@A:village»\n\n"
        "Bonjour Madame, Monsieur,\n\n"
        "Nous arriverons de «TU5:pl:fr:district» le samedi vers 18 h. «TU5:pl:@A:village» est-il accessible en voiture depuis «TU5:pl:@A:town», "
        "ou faut-il passer par «TU5:pl:@A:nature» ? Nous voulons aussi visiter «TU5:pl:@A:landmark» et goûter le «NW:dish_name:bœuf bourguignon|gratin dauphinois|Paris-Brest|cassoulet».\n"
        "Le solde sera payé par virement depuis «IBAN:FR».\n\n"
        "Cordialement,\n«TU5:P1:full»\n«PHONE:FR»"},
    {"id": "tu5_email_it_comune", "kind": "email", "lang": "it", "pool": ["IT", "CH"], "body":
        "«TU5:who:P1:it»«TU5:who:P2:it»Oggetto: «TU5:pl:it:village», richiesta certificato di residenza\n\n"
        "Gentile ufficio anagrafe,\n\nsono nato a «TU5:pl:it:village» ma vivo da anni a «TU5:pl:it:district». Mia madre, «TU5:P2:full», abita "
        "ancora tra «TU5:pl:it:town» e «TU5:pl:it:nature».\n«TU5:pl:it:region» mi manca, ma il lavoro è qui.\n"
        "Il certificato va spedito a: «TU5:addr:it»\nPer i diritti di segreteria ho la carta «CARD».\n\n"
        "Cordiali saluti,\n«TU5:P1:full» – «PHONE:IT»"},
    {"id": "tu5_email_cs_chalupa", "kind": "email", "lang": "cs", "pool": ["CZ"], "body":
        "«TU5:who:P1:cz»«TU5:who:P2:cz»Předmět: Chalupa «TU5:case:cs:in» – termín v srpnu\n\n"
        "Dobrý den,\n\nmáme zájem o chalupu «TU5:case:cs:in». Pojedeme «TU5:case:cs:from», cestou se zastavíme «TU5:case:cs:in».\n"
        "Tipy na výlety: «TU5:pl:cz:nature» pro děti, «TU5:pl:cz:landmark» pro babičku.\n"
        "Zálohu pošleme z účtu «IBAN:CZ».\n\nS pozdravem\n«TU5:P1:full», «PHONE:CZ»\nKopie: «TU5:P2:email»"},
    {"id": "tu5_email_sk_ubytovanie", "kind": "email", "lang": "sk", "pool": ["CZ"], "body":
        "«TU5:who:P1:sk»Predmet: Ubytovanie «TU5:case:sk:in», jún\n\n"
        "Dobrý deň,\n\nchceli by sme prísť «TU5:case:sk:from» na týždeň. Bývame «TU5:case:sk:in», ale deti chcú vidieť «TU5:pl:sk:nature».\n"
        "Potom pôjdeme ďalej «TU5:case:sk:to».\n"
        "Zálohu zaplatíme z účtu «IBAN:SK».\n\nS pozdravom\n«TU5:P1:full»\n«PHONE:SK»"},
    {"id": "tu5_email_hr_apartman", "kind": "email", "lang": "hr", "pool": ["HU", "AT", "DE"], "body":
        "«TU5:who:P1:hr|rs»«TU5:who:P2:hr»Predmet: Apartman «TU5:case:hr:in» – dolazak u srpnju\n\n"
        "Poštovani,\n\nmi smo obitelj «TU5:P1:last» «TU5:case:hr:from». Ove godine želimo ostati tjedan dana «TU5:case:hr:in», "
        "a zatim krenuti trajektom «TU5:case:hr:to».\n"
        "Moja sestra «TU5:P2:first» dolazi «TU5:case:hr:from» i treba joj parking.\n"
        "Akontaciju šaljemo s računa «IBAN:HR».\n\nLijep pozdrav,\n«TU5:P1:full»\n«PHONE:HR»"},
    {"id": "tu5_email_sv_stuga", "kind": "email", "lang": "sv", "pool": ["SE", "FI"], "body":
        "«TU5:g:A:nordic»«TU5:who:P1:se»Ämne: Stugan i «TU5:pl:@A:village» – nycklar och sophämtning\n\n"
        "Hej!\n\nVi åker upp från «TU5:pl:se:district» på fredag. «TU5:pl:@A:village» ligger ju en bit utanför «TU5:pl:@A:town», så vi handlar "
        "på vägen. Grannen i «TU5:pl:@A:vt» har nycklarna.\n«TU5:pl:@A:nature» frös på i november, så ingen båt i år.\n"
        "Hyran betalas till «IBAN:SE».\n\nHälsningar\n«TU5:P1:full»\n«PHONE:SE»"},
    {"id": "tu5_email_sw_mkutano", "kind": "email", "lang": "sw", "pool": ["KE"], "body":
        "«TU5:g:A:ke|tz»«TU5:who:P1:@A»«TU5:who:P2:@A»Kichwa: Mkutano wa wakulima «TU5:pl:@A:vt»\n\n"
        "Habari za asubuhi,\n\nMkutano utafanyika «TU5:pl:@A:vt» tarehe «N:date:bare». Wakulima kutoka «TU5:list:@A:vt:3» watahudhuria. "
        "Basi litaondoka «TU5:pl:@A:district» saa kumi na mbili asubuhi.\n"
        "«TU5:pl:@A:nature» imejaa maji, kwa hivyo tutapita njia ya «TU5:pl:@A:town».\n"
        "Kwa maswali piga «TU5:P2:first» kwa «TU5:phone:@A».\n\nAsante,\n«TU5:P1:full»"},
    {"id": "tu5_email_tl_reunion", "kind": "email", "lang": "tl", "pool": ["PH"], "body":
        "«TU5:who:P1:ph»«TU5:who:P2:ph»Subject: Reunion sa «TU5:pl:ph:vt» this December\n\n"
        "Hi mga pinsan!\n\nConfirmed na: sa «TU5:pl:ph:vt» tayo ngayong Pasko. Galing ako ng «TU5:pl:ph:district», si «TU5:P2:first» naman "
        "galing «TU5:dc:ph». Pwede tayong dumaan sa «TU5:pl:ph:nature» on the way.\n"
        "Ambagan: «NW:amount:₱1,500|₱2,000|₱2,500» bawat pamilya, send via GCash «PHONE:PH».\n\nIngat,\n«TU5:P1:full»"},
]

CRM_NOTES: list[dict[str, Any]] = [
    {"id": "tu5_crm_farm_coop", "kind": "crm_note", "lang": "en", "body":
        "«TU5:g:A:global»«TU5:who:P1:@A»«TU5:who:AGENT:any»Account: «TU5:pl:@A:vt» farmers' cooperative\n"
        "Contact: «TU5:P1:fullr» · «TU5:phone:@A»\n"
        "Note by «TU5:AGENT:init», «N:date:bare»:\n"
        "«TU5:pl:@A:region» had a poor harvest. Members from «TU5:list:@A:vt:3» want the dryer delivered to «TU5:pl:@A:vt» instead of "
        "the depot in «TU5:pl:@A:district». «TU5:P1:first» says the bridge near «TU5:pl:@A:nature» takes trucks again.\n"
        "Do not mix up with the «IG:organization:Kenya Tea Development Agency|Bank of Baroda|Banco de Bogotá|Ethiopian Airlines|Ghana Cocoa Board» "
        "account in the same town. Next call «NW:month_weekday:Tuesday|Thursday»."},
    {"id": "tu5_crm_hotel_chain", "kind": "crm_note", "lang": "en", "body":
        "«TU5:g:A:europe|latam|mideast»«TU5:who:P1:@A»«TU5:who:P2:@A»Lead: boutique hotel group («TU5:pl:@A:region»)\n"
        "Owner: «TU5:P1:full» («TU5:P1:email»), GM «TU5:P2:upper»\n"
        "Properties: «TU5:list:@A:village:3» and one in «TU5:dc:@A».\n"
        "«TU5:pl:@A:town» property closes in winter. Guests mostly come for «TU5:pl:@A:nature» and «TU5:pl:@A:landmark».\n"
        "Their restaurant is famous for «NW:dish_name:Peking duck|Black Forest gateau|Bakewell tart|Swiss roll|Cornish pasty» (not local, odd).\n"
        "Billing «IBAN», card on file «CARD»."},
    {"id": "tu5_crm_ngo_donor", "kind": "crm_note", "lang": "en", "body":
        "«TU5:g:A:africa|pacific|central|caucasus»«TU5:who:P1:any»«TU5:who:P2:@A»Donor call – «TU5:P1:full»\n"
        "«TU5:P1:first» was born in «TU5:pl:any:vt» and lives in «TU5:dc:west». She funds the well project in «TU5:pl:@A:village», "
        "between «TU5:pl:@A:vt» and «TU5:pl:@A:vt».\n"
        "Local partner: «TU5:P2:full», «TU5:pl:@A:city»-based, «TU5:phone:@A».\n"
        "She asked whether we work in «TU5:pl:@A:region» too. Sent the «TU5:country:@A» annual report. Donation via «CARD»."},
    {"id": "tu5_crm_es_visita", "kind": "crm_note", "lang": "es", "pool": ["MX", "CO", "PE", "CL", "ES"], "body":
        "«TU5:g:A:latam|es»«TU5:who:P1:@A»«TU5:who:P2:@A»Visita comercial – «TU5:pl:@A:vt», «TU5:country:@A»\n"
        "Cliente: «TU5:P1:full» («TU5:P1:email»)\n"
        "Tiene tres tiendas: en «TU5:pl:@A:district», en «TU5:pl:@A:town» y otra cerca de «TU5:pl:@A:landmark». Quiere abrir en «TU5:pl:@A:village» "
        "el año que viene. «TU5:pl:@A:region» le parece buen mercado.\n"
        "Su socio «TU5:P2:init» viaja mucho a «TU5:pl:@A:nature». Teléfono «TU5:phone:@A»."},
    {"id": "tu5_crm_de_kunde", "kind": "crm_note", "lang": "de", "pool": ["DE", "AT", "CH"], "body":
        "«TU5:g:A:dach»«TU5:who:P1:@A»«TU5:who:P2:any»Kundennotiz – «TU5:P1:fullr»\n"
        "Hofladen in «TU5:pl:@A:village», Lieferungen nach «TU5:pl:@A:district» und «TU5:pl:@A:town». Im Winter zu, dann ist sie im "
        "«TU5:pl:@A:region». Neuer Lieferant aus «TU5:pl:any:vt» («TU5:P2:full»).\n"
        "«TU5:pl:@A:nature» – Ausflugsziel, Laufkundschaft am Wochenende. Nicht verwechseln mit «IG:organization:FC St. Pauli|Hamburger SV|Red Bull Salzburg|FC Basel» (Sponsoring).\n"
        "Konto «IBAN:DE», Tel. «TU5:phone:@A»."},
    {"id": "tu5_crm_pt_cliente", "kind": "crm_note", "lang": "pt", "pool": ["BR", "PT"], "body":
        "«TU5:g:A:br|pt»«TU5:who:P1:@A»Nota – «TU5:P1:full»\n"
        "Cliente mudou de «TU5:pl:@A:district» para «TU5:pl:@A:village», no «TU5:pl:@A:region». Pede entrega em «TU5:pl:@A:town» porque a estrada "
        "perto de «TU5:pl:@A:nature» alaga. Endereço novo: «TU5:addr:@A».\n"
        "Comprou o «NW:product_name:Fiat Toro|Renault Duster|VW Amarok» para a pousada. Tel. «TU5:phone:@A»."},
    {"id": "tu5_crm_lt_klientas", "kind": "crm_note", "lang": "lt", "pool": ["PL"], "body":
        "«TU5:who:P1:lt»«TU5:who:AGENT:lt»Klientas: «TU5:P1:full»\n"
        "Gyvena «TU5:case:lt:in», vasarą – «TU5:case:lt:in». Kilęs «TU5:case:lt:from».\n"
        "Prašo pristatyti «TU5:case:lt:to». Mokėjimas: «IBAN:LT». Tel. «PHONE:LT».\n"
        "«TU5:pl:lt:region» – pagrindinė rinka. Pastaba: «TU5:AGENT:first»."},
    {"id": "tu5_crm_et_klient", "kind": "crm_note", "lang": "et", "pool": ["FI"], "body":
        "«TU5:who:P1:ee»Klient: «TU5:P1:full»\n"
        "Elab «TU5:case:et:in», suvel «TU5:case:et:in». Kolis hiljuti «TU5:case:et:from».\n"
        "Kohaletoimetamine «TU5:case:et:to». Arveldus «IBAN:EE», tel «PHONE:EE».\n"
        "«TU5:pl:ee:nature» – suvekodu lähedal."},
    {"id": "tu5_crm_vi_khach", "kind": "crm_note", "lang": "vi", "pool": ["VN"], "body":
        "«TU5:who:P1:vn»«TU5:who:P2:vn»Khách hàng: «TU5:P1:full»\n"
        "Quê ở «TU5:pl:vn:village», hiện sống tại «TU5:dc:vn». Muốn mở homestay ở «TU5:pl:vn:town», gần «TU5:pl:vn:nature».\n"
        "Người liên hệ: «TU5:P2:full», SĐT «PHONE:VN». «TU5:pl:vn:region» mùa mưa khó đi."},
    {"id": "tu5_crm_hi_grahak", "kind": "crm_note", "lang": "hi", "pool": ["IN"], "body":
        "«TU5:g:A:in»«TU5:who:P1:@A»«TU5:who:P2:@A»Customer: «TU5:P1:full»\n"
        "«TU5:P1:first» ji ka gaon «TU5:pl:@A:village» hai, abhi «TU5:dc:@A» mein rehte hain. Dukaan «TU5:pl:@A:town» mein kholni hai, "
        "«TU5:pl:@A:region» ke customers ke liye.\n"
        "Bhai «TU5:P2:first» «TU5:pl:@A:nature» ke paas rehte hain. Phone «PHONE:IN», address «TU5:addr:@A»."},
]

CHATS: list[dict[str, Any]] = [
    {"id": "tu5_chat_lowercase_trip", "kind": "chat", "lang": "en", "body":
        "«TU5:g:A:global»«TU5:who:P1:@A»«TU5:who:P2:any»[09:12] «TU5:P2:lower»: where r u now\n"
        "[09:13] «TU5:P1:lower»: just left «TU5:pl:@A:village:lower», bus to «TU5:pl:@A:town:lower» in 20 min\n"
        "[09:13] «TU5:P2:lower»: omg «TU5:pl:@A:town:lower» again?? thought u were staying near «TU5:pl:@A:nature:lower»\n"
        "[09:15] «TU5:P1:lower»: nah cousin's in «TU5:pl:@A:district:lower» now, moved from «TU5:pl:@A:vt:lower» last yr\n"
        "[09:16] «TU5:P2:lower»: ok call me «TU5:phone:@A»"},
    {"id": "tu5_chat_support_address", "kind": "chat", "lang": "en", "body":
        "«TU5:g:A:any»«TU5:who:P1:@A»«TU5:who:AGENT:any»Agent «TU5:AGENT:first»: Hi! How can I help?\n"
        "Customer: my order went to the wrong town. I'm in «TU5:pl:@A:vt», it was delivered to «TU5:pl:@A:vt»\n"
        "Agent «TU5:AGENT:first»: Sorry about that! Can you confirm the full address?\n"
        "Customer: «TU5:addr:@A»\n"
        "Customer: «TU5:pl:@A:region», «TU5:country:@A»\n"
        "Agent «TU5:AGENT:first»: Thanks «TU5:P1:first». And a phone number?\n"
        "Customer: «TU5:phone:@A»\n"
        "Agent «TU5:AGENT:first»: We'll reship from «TU5:pl:@A:city»."},
    {"id": "tu5_chat_tr_arkadas", "kind": "chat", "lang": "tr", "pool": ["TR"], "body":
        "«TU5:who:P1:tr»«TU5:who:P2:tr»«TU5:P1:lower»: «TU5:case:tr:in» mısın hâlâ\n"
        "«TU5:P2:lower»: yok dün «TU5:case:tr:from» döndüm, şimdi «TU5:pl:tr:district» evdeyim\n"
        "«TU5:P1:lower»: haftaya «TU5:case:tr:to» gidiyoruz, «TU5:pl:tr:vt:lower» yolu açık mı\n"
        "«TU5:P2:lower»: açık. «NW:sports_team:Trabzonspor|Bursaspor|Sivasspor» maçı var o gün dikkat\n"
        "«TU5:P1:lower»: tmm numaram değişti «PHONE:TR»"},
    {"id": "tu5_chat_pl_rodzina", "kind": "chat", "lang": "pl", "pool": ["PL"], "body":
        "«TU5:who:P1:pl»«TU5:who:P2:pl»«TU5:P1:first»: jesteście już «TU5:case:pl:in»?\n"
        "«TU5:P2:first»: nie, korek, mijamy właśnie «TU5:pl:pl:town», będziemy za godzinę\n"
        "«TU5:P1:first»: babcia czeka «TU5:case:pl:in», a wujek jedzie «TU5:case:pl:from»\n"
        "«TU5:P2:first»: «TU5:pl:pl:district:lower» stoi cały, masakra\n"
        "«TU5:P1:first»: ok, mój nowy nr «PHONE:PL»"},
    {"id": "tu5_chat_id_mudik", "kind": "chat", "lang": "id", "pool": ["ID"], "body":
        "«TU5:who:P1:id»«TU5:who:P2:id»«TU5:P1:lower»: udah sampe «TU5:pl:id:village:lower» blm?\n"
        "«TU5:P2:lower»: blm, macet parah di «TU5:pl:id:district». baru lewat «TU5:pl:id:town»\n"
        "«TU5:P1:lower»: oke. nanti mampir «TU5:pl:id:nature» ga?\n"
        "«TU5:P2:lower»: liat nanti. «TU5:pl:id:region» lagi hujan terus\n"
        "«TU5:P1:lower»: wa aku «PHONE:ID» ya"},
    {"id": "tu5_chat_tl_taglish", "kind": "chat", "lang": "tl", "pool": ["PH"], "body":
        "«TU5:who:P1:ph»«TU5:who:P2:ph»«TU5:P1:lower»: san ka na?\n"
        "«TU5:P2:lower»: nasa «TU5:pl:ph:district:lower» pa, traffic sa «TU5:pl:ph:district»\n"
        "«TU5:P1:lower»: sige, kita tayo sa «TU5:pl:ph:landmark» ha. tapos diretso «TU5:pl:ph:vt»\n"
        "«TU5:P2:lower»: «TU5:pl:ph:nature» muna tayo, sabi ni «TU5:P1:first» maganda daw\n"
        "«TU5:P1:lower»: text mo ko «PHONE:PH»"},
    {"id": "tu5_chat_sw_sheng", "kind": "chat", "lang": "sw", "pool": ["KE"], "body":
        "«TU5:g:A:ke»«TU5:who:P1:@A»«TU5:who:P2:@A»«TU5:P1:lower»: uko wapi bro\n"
        "«TU5:P2:lower»: niko «TU5:pl:@A:district:lower», nakuja «TU5:pl:@A:district» sasa hivi\n"
        "«TU5:P1:lower»: poa. kesho tunaenda «TU5:pl:@A:vt:lower» kwa harusi\n"
        "«TU5:P2:lower»: «TU5:pl:@A:vt» ni mbali aje? nilidhani ni karibu na «TU5:pl:@A:town»\n"
        "«TU5:P1:lower»: masaa tatu. tuma doo «TU5:phone:@A»"},
    {"id": "tu5_chat_es_grupo", "kind": "chat", "lang": "es", "pool": ["MX", "CO", "PE", "CL"], "body":
        "«TU5:g:A:latam»«TU5:who:P1:@A»«TU5:who:P2:@A»«TU5:P1:first»: ya llegaron a «TU5:pl:@A:village:lower»?\n"
        "«TU5:P2:first»: «TU5:pl:@A:village» está lindísimo, pero sin señal jaja\n"
        "«TU5:P1:first»: mañana vamos a «TU5:pl:@A:nature» o a «TU5:pl:@A:vt»?\n"
        "«TU5:P2:first»: «TU5:pl:@A:vt» primero, luego de regreso a «TU5:pl:@A:district»\n"
        "«TU5:P1:first»: oki, comemos «NW:dish_name:arepas|ceviche|mole poblano|empanadas» allá"},
    {"id": "tu5_chat_fr_dm", "kind": "chat", "lang": "fr", "pool": ["FR", "BE"], "body":
        "«TU5:g:A:fr|ma|ch»«TU5:who:P1:fr»«TU5:who:P2:fr»«TU5:P1:lower» : t'es où ?\n"
        "«TU5:P2:lower» : coincé à «TU5:pl:@A:town:lower», le train pour «TU5:pl:@A:village» est annulé\n"
        "«TU5:P1:lower» : sérieux ? on t'attend à «TU5:pl:@A:district» ce soir\n"
        "«TU5:P2:lower» : «TU5:pl:@A:region» en août c'est toujours pareil\n"
        "«TU5:P1:lower» : appelle au «PHONE:FR»"},
    {"id": "tu5_chat_dev_standup", "kind": "chat", "lang": "en", "body":
        "«TU5:g:A:asia|africa»«TU5:g:B:europe»«TU5:who:P1:@A»«TU5:who:P2:@B»«TU5:P1:first»: morning! working from my parents' place in «TU5:pl:@A:village» today\n"
        "«TU5:P2:first»: nice, where is that?\n"
        "«TU5:P1:first»: near «TU5:pl:@A:town», about 3 h from «TU5:pl:@A:city». power cuts though\n"
        "«TU5:P2:first»: haha same here in «TU5:pl:@B:vt», the whole of «TU5:pl:@B:region» lost power\n"
        "«TU5:P1:first»: btw the VPN shows me in «TU5:pl:@B:district», IP «IP4»\n"
        "«TU5:P2:first»: ok, the «NW:product_name:Nokia 3310|Hyundai Santa Fe|Seat Ibiza|Kia Sorento» test device is on my desk"},
]

TOOL_ARGS: list[dict[str, Any]] = [
    {"id": "tu5_tool_route_plan", "kind": "tool_args", "lang": "en", "body": {
        "tool": "fleet.route_optimise_multi",
        "arguments": {
            "depot": "«TU5:g:A:global»«TU5:who:P1:@A»«TU5:dc:@A»", "stops": ["«TU5:pl:@A:vt»", "«TU5:pl:@A:vt»", "«TU5:pl:@A:village»"],
            "avoid": "«TU5:pl:@A:nature»", "region": "«TU5:pl:@A:region»", "country": "«TU5:country:@A»",
            "driver": {"name": "«TU5:P1:full»", "phone": "«TU5:phone:@A»"},
            "vehicle": "«NW:ship_name:MV Liemba|MS Finlandia|MV Isle of Mull|MV Kigoma»", "notes": "Unload at «TU5:pl:@A:town» first"}}},
    {"id": "tu5_tool_geocode_batch", "kind": "tool_args", "lang": "en", "body": {
        "function": "geo.bulk_lookup_places",
        "params": {"queries": ["«TU5:g:A:any»«TU5:g:B:any»«TU5:pl:@A:village»", "«TU5:pl:@B:village»", "«TU5:pl:@A:district»", "«TU5:addr:@A»", "«TU5:addr:@B»",
                               "«TU5:pl:@B:nature»"],
                   "bias_country": "«TU5:country:@A»", "exclude": ["«NW:street_like:Abbey Road|Coronation Street|Penny Lane|Sesame Street|Electric Avenue»"]}}},
    {"id": "tu5_tool_customer_create", "kind": "tool_args", "lang": "en", "body": {
        "tool": "crm.customer_onboard_v3",
        "input": {"name": "«TU5:g:A:addr»«TU5:who:P1:@A»«TU5:P1:full»", "email": "«TU5:P1:email»", "phone": "«TU5:phone:@A»",
                  "address": {"street": "«TU5:street:@A»", "locality": "«TU5:pl:@A:vt»", "district": "«TU5:pl:@A:district»", "region": "«TU5:pl:@A:region»",
                              "country": "«TU5:country:@A»"},
                  "birthplace": "«TU5:pl:@A:village»", "company": "«CO»", "card": "«CARD»", "us_ssn_if_any": "«SSN»"}}},
    {"id": "tu5_tool_weather", "kind": "tool_args", "lang": "en", "body": {
        "tool": "wx.multi_point_forecast",
        "arguments": {"locations": ["«TU5:g:A:any»«TU5:pl:@A:village»", "«TU5:pl:@A:nature»", "«TU5:pl:any:vt»", "«TU5:pl:any:district»"], "days": 5,
                      "requested_by": "«TU5:who:ME:any»«TU5:ME:init»", "reason": "hiking «TU5:pl:@A:region» next week"}}},
    {"id": "tu5_tool_kyc_check", "kind": "tool_args", "lang": "en", "body": {
        "tool": "compliance.kyc_screen_person",
        "subject": {"full_name": "«TU5:g:A:global»«TU5:who:P1:@A»«TU5:P1:upper»", "place_of_birth": "«TU5:pl:@A:village», «TU5:country:@A»",
                    "residence": "«TU5:addr:@A»", "ssn": "«SSN»", "ip": "«IP»", "previous_address_city": "«TU5:pl:@A:town»",
                    "employer": "«IG:organization:Kenya Airways|Air India|Turkish Airlines|Banco do Brasil|Deutsche Bahn»"}}},
    {"id": "tu5_tool_event_invite", "kind": "tool_args", "lang": "en", "body": {
        "tool": "cal.event_schedule_v2",
        "arguments": {"title": "«TU5:g:A:europe|latam|asia»«TU5:pl:@A:town» site visit", "location": "«TU5:pl:@A:landmark», «TU5:pl:@A:city»",
                      "attendees": ["«TU5:who:P1:@A»«TU5:P1:email»", "«EMAIL»"],
                      "description": "Meet «TU5:P1:first» at the station, drive via «TU5:pl:@A:vt» to «TU5:pl:@A:village». Dinner in «TU5:pl:@A:district»."}}},
    {"id": "tu5_tool_de_versand", "kind": "tool_args", "lang": "de", "pool": ["DE", "AT", "CH"], "body": {
        "werkzeug": "lieferdienst.sendung_erfassen",
        "parameter": {"empfaenger": "«TU5:g:A:dach»«TU5:who:P1:@A»«TU5:P1:full»", "anschrift": "«TU5:addr:@A»", "ort": "«TU5:pl:@A:vt»",
                      "bundesland_region": "«TU5:pl:@A:region»", "telefon": "«TU5:phone:@A»", "iban": "«IBAN:DE»",
                      "hinweis": "Nicht in «TU5:pl:@A:district» abgeben, Kunde ist umgezogen nach «TU5:pl:@A:village»."}}},
    {"id": "tu5_tool_es_reserva", "kind": "tool_args", "lang": "es", "pool": ["ES", "MX", "CO"], "body": {
        "herramienta": "hospedaje.reserva_nueva",
        "datos": {"huesped": "«TU5:g:A:es|mx|co|pe|cl»«TU5:who:P1:@A»«TU5:P1:full»", "correo": "«TU5:P1:email»", "origen": "«TU5:pl:@A:district»",
                  "destino": "«TU5:pl:@A:village»", "excursion": "«TU5:pl:@A:nature»", "pais": "«TU5:country:@A»", "tarjeta": "«CARD»",
                  "comentario": "Llegamos desde «TU5:pl:@A:town» en autobús."}}},
    {"id": "tu5_tool_fr_livraison", "kind": "tool_args", "lang": "fr", "pool": ["FR", "BE", "CH"], "body": {
        "outil": "tournee.livraison_ajouter",
        "arguments": {"client": "«TU5:g:A:fr|ch»«TU5:who:P1:fr»«TU5:P1:full»", "adresse": "«TU5:addr:@A»", "commune": "«TU5:pl:@A:vt»",
                      "secteur": "«TU5:pl:@A:region»", "telephone": "«PHONE:FR»",
                      "remarque": "Le camion ne passe pas par «TU5:pl:@A:village» ; déposer au relais de «TU5:pl:@A:district»."}}},
    {"id": "tu5_tool_pt_cadastro", "kind": "tool_args", "lang": "pt", "pool": ["BR", "PT"], "body": {
        "ferramenta": "crm_br.cadastrar_cliente_rural",
        "dados": {"nome": "«TU5:g:A:br|pt»«TU5:who:P1:@A»«TU5:P1:full»", "naturalidade": "«TU5:pl:@A:village»", "bairro": "«TU5:pl:@A:district»",
                  "cidade": "«TU5:pl:@A:city»", "endereco": "«TU5:addr:@A»", "telefone": "«TU5:phone:@A»", "email": "«TU5:P1:email»",
                  "obs": "Mudou-se de «TU5:pl:@A:town» em 2021; time do coração: «IG:sports_team:Flamengo|Corinthians|Bahia|Benfica|Porto»."}}},
]

PII_TEMPLATES: list[dict[str, Any]] = TICKETS + EMAILS + CRM_NOTES + CHATS + TOOL_ARGS
SECRET_TEMPLATES: list[dict[str, Any]] = []

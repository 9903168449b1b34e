# ruff: noqa: E501, RUF001
"""PII templates of the sixth held-out split (test6); see README.md and generate.py (``--split test6``).

Written by a separate author, apart from the recognizers (``src/``, ``bench/`` and ``tests/`` were not opened and no
recognizer was run over the data) and from every other split's templates and JSONL files (none was read;
templates_test5.py was read for its structure only). Emphasis: PERSON and LOCATION of many cultures in everyday
situations that the other splits do not cover (hospital discharge and referral letters, school and university
offices, courts and notaries, volunteer rosters, sports clubs, property viewings, funerals and weddings, farm and
fishing cooperatives, congregations, freelancers, movers, lost and found, garages, vets, local incident reports,
minutes, social-media posts, call-centre transcripts and JSON records with nested contacts), plus pattern entities
and hard negatives that look like names, places or numbers.

Slots are generate.py's (``«N:date»``, ``«NW:kind:a|b»``, ``«IG:organization:a|b»``, ``«PL»``, ``«CO»`` …) plus
``«T6:…»`` ones rendered by :func:`slot` from the split's own generator (``doc.r`` / ``doc.g``), so that no other
split's random draws change:

- ``«T6:p:KEY[@GROUP][!f|!m][~]:FORM»`` PERSON. ``KEY`` is a person of the document (``A`` … ``H``, ``ME``, ``AG``);
  ``@GROUP`` fixes one of this module's culture groups (:data:`GROUPS`) at first use, else it comes from the
  template's groups (the least used one, or the document's first person's group); ``!f``/``!m`` fixes the gender;
  ``~`` gives a given name that is also a word or a place (``Hope``, ``Blessing``, ``Paris``, ``Nur``).
  ``FORM``: ``full``, ``fullm`` (with a middle name or initial), ``first``, ``last``, ``lfirst``/``llast``/``lfull``
  (lower case), ``rev`` (``Surname, Given``), ``upper`` (``SURNAME Given``), ``init`` (``T. Okafor``), ``inits``
  (``A.B. Okafor``), ``finit`` (``Thandiwe D.``), ``nick`` (a nickname; subtype ``nickname``). Order follows the
  culture (Vietnamese, Hungarian, Chinese, Japanese, Korean family name first); Japanese, Chinese and Korean
  people are written in their own script in ja/zh/ko templates.
- ``«T6:t:KEY:FORM»`` an honorific of the document's language and the person's gender (``Mrs.``, ``Herr``, ``Sra.``,
  ``Pani``, ``Bey``, ``さん`` …) outside the span, then the name (``FORM`` default ``last``).
- ``«T6:mail:KEY[:work]»`` EMAIL_ADDRESS derived from that person's name.
- ``«T6:loc:KIND[:KEY|GROUP]»`` LOCATION: ``city``, ``town``, ``village``, ``district``, ``region``, ``country``,
  ``street`` (subtype ``street_address``), ``address``, ``address_ml`` (over lines), ``postcode``, ``landmark``,
  ``lcity`` (lower case), ``infl`` (a town in the case the template's language needs, with the preposition or the
  Turkish suffix outside the span: ``w Sieradzu``, ``v Třebíči``, ``Kajaanissa``, ``Kaposváron``, ``Sinop'ta``).
- ``«T6:ph:WHO[:TYPE[:FAM[:ext]]]»`` PHONE_NUMBER (``WHO`` a person key, a region or empty; ``TYPE``
  ``mobile``/``landline``/``any``; ``FAM`` ``nat``/``intl``/``any``), from generate.py's ``_random_number``, written
  in one of several national or international forms; every value parses as a valid number of its region.
- ``«T6:card[:NETS[:sp|dash|none|nbsp]]»`` CREDIT_CARD (generate.py's ``card``; regrouped), ``«T6:iban[:CC|KEY[:s|c]]»``
  IBAN_CODE (generate.py's ``iban``), ``«T6:ssn»``, ``«T6:ip[:4|6]»``.
- Hard negatives: ``«T6:neg:KIND:PAT|PAT»`` (``#`` digit, ``%`` non-zero digit, ``?`` letter), ``«T6:nw:LIST»``
  (a word from this module's lists: ``dish``, ``eponym``, ``product``, ``ship``, ``street_like``, ``brand``,
  ``holiday``, ``ward``, and per language ``weekday``, ``month``, ``job``, ``capword``), ``«T6:date»``,
  ``«T6:amt»`` (amount in the language's currency), ``«T6:time»``, ``«T6:masked»`` (masked card), ``«T6:gift»``
  (a gift or loyalty card number failing the Luhn check), ``«T6:org:LIST»`` organisation (``ignore`` span).
"""

from __future__ import annotations

import re
import string
import sys
import unicodedata
from collections import Counter
from typing import Any

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT


class _Bound:
    """A template body that first tells the document which culture groups its people come from."""

    def __init__(self, groups: list[str] | None, body: Any):
        self.groups = groups
        self.body = body

    def __call__(self, doc: Any) -> Any:
        doc.t6_groups = self.groups
        return self.body


def T(tid: str, kind: str, lang: str, body: Any, groups: list[str] | None = None) -> dict[str, Any]:
    if groups:
        assert all(gr in GROUPS for gr in groups), (tid, [gr for gr in groups if gr not in GROUPS])
    return {"id": "t6_" + tid, "kind": kind, "lang": lang, "body": _Bound(groups, body)}


def G(code: str, **kw: Any) -> dict[str, Any]:
    kw["code"] = code
    kw.setdefault("ph", code)
    return kw


# ------------------------------------------------------------------------------------------------
# Culture groups: names, places and postal formats. Names written "Masc/Fem" are gendered surnames; given names in
# ``w`` are also words or places ("Hope/f"). ``fk``: a Faker locale for given names and surnames (``two``: the
# probability of a second surname), ``fkst``: Faker street names. Address placeholders: {n} {u} {w} {k} {L}
# {street} {street2} {district} {place} {town} {region} {pc} {st}.
# ------------------------------------------------------------------------------------------------

GROUPS: dict[str, dict[str, Any]] = {
    # West Africa
    "yo": G("NG", m=["Oluwatobi", "Ayomide", "Olamilekan", "Adebowale", "Kolawole", "Oluwafemi", "Damilola", "Adeniyi"],
            f=["Omotola", "Adebimpe", "Oluwabunmi", "Temiloluwa", "Folasade", "Iyabo", "Abisola", "Kehinde"],
            l=["Adeyinka", "Ogunbiyi", "Oyewole", "Akintola", "Fashola-Bello", "Adegoke", "Ajayi", "Olaniyan", "Oladipo-Ojo", "Ogunsanya"],
            w=["Blessing/f", "Precious/f", "Goodluck/m", "Sunday/m", "Godswill/m", "Patience/f", "Favour/f"],
            nick=["Tobi", "Bimpe", "Lekan", "Femi", "Sade", "Dami"],
            cities=["Ogbomosho", "Ilesa", "Ijebu-Ode", "Ado-Ekiti", "Oyo", "Ondo"], towns=["Iseyin", "Saki", "Ikirun", "Ede", "Ilaro", "Igbo-Ora"],
            villages=["Ilara-Mokin", "Aiyetoro-Gbede", "Oke-Ila", "Ijare"], districts=["Bodija", "Oke-Ado", "Mokola", "Agodi GRA", "Jericho"],
            regions=["Osun State", "Ekiti State", "Ondo State", "Ogun State"], landmarks=["Cocoa House", "Idanre Hills", "Osun-Osogbo Sacred Grove", "Erin Ijesha Waterfalls"],
            streets=["Iwo Road", "Adekunle Fajuyi Way", "Oba Adesida Road", "Gbongan Road", "Ondo Road"], sfmt="{n} {street}",
            addr=["{n}, {street}, {district}, {place}", "No. {n} {street}, off {street2}, {place}, {region}"], pc="%#####",
            mail=["yahoo.com", "gmail.com", "outlook.com"], work=["ojaexpress.com.ng", "ibadanagro.ng", "ekitiprint.com.ng"]),
    "ig": G("NG", m=["Chibuzor", "Ebuka", "Somtochukwu", "Nnaemeka", "Ugochukwu", "Kenechukwu", "Chidiebere", "Obumneme"],
            f=["Ogechi", "Nkechi", "Chinonso", "Obiageli", "Ifunanya", "Ujunwa", "Chisom", "Amarachi"],
            l=["Nwankwo", "Obiora", "Okwuosa", "Anyanwu", "Ezeani", "Nwafor", "Ikemefuna", "Udeh", "Onuoha", "Ezeh-Nnadi"],
            w=["Precious/f", "Gift/f", "Favour/f", "Innocent/m", "Miracle/f", "Wisdom/m", "Peace/f"],
            nick=["Ebuka", "Nonso", "Oge", "Kene", "Ify", "Chichi"],
            cities=["Nnewi", "Awka", "Abakaliki", "Umuahia", "Aba", "Orlu"], towns=["Ihiala", "Oguta", "Agulu", "Nsukka", "Okigwe", "Ekwulobia"],
            villages=["Umuoji", "Ukpor", "Amichi", "Ozubulu"], districts=["Independence Layout", "Trans-Ekulu", "New Haven", "GRA Phase 2"],
            regions=["Imo State", "Abia State", "Ebonyi State", "Anambra State"], landmarks=["Ogbunike Caves", "Awhum Waterfall", "Nike Lake"],
            streets=["Zik Avenue", "Okpara Avenue", "Chime Avenue", "Egbu Road", "Wetheral Road"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place}", "Plot {n}, {street}, {place}, {region}"], pc="%#####",
            mail=["yahoo.com", "gmail.com"], work=["nnewiparts.com.ng", "eastgate-coop.ng"]),
    "ha": G("NG", m=["Abdullahi", "Sani", "Aminu", "Nasiru", "Bashir", "Yakubu", "Auwal", "Jibrin"],
            f=["Hauwa", "Aisha", "Maryam", "Rukayya", "Hadiza", "Zulaihat", "Binta", "Asabe"],
            l=["Danjuma", "Usman", "Garba", "Lawal", "Abdulkadir", "Suleiman", "Gambo", "Shehu", "Tanko", "Dankano"],
            w=["Sunday/m", "Blessing/f", "Gift/m"],
            cities=["Katsina", "Sokoto", "Bauchi", "Gombe", "Zaria", "Maiduguri"], towns=["Funtua", "Daura", "Gusau", "Potiskum", "Azare", "Kafanchan"],
            villages=["Kankia", "Gezawa", "Dawakin Tofa", "Bichi"], districts=["Nassarawa GRA", "Sabon Gari", "Tudun Wada", "Fagge"],
            regions=["Kano State", "Katsina State", "Sokoto State", "Kaduna State"], landmarks=["Gidan Makama", "Kurmi Market", "Kofar Mata dye pits"],
            streets=["Zoo Road", "Murtala Mohammed Way", "Bompai Road", "France Road", "Sultan Road"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place}", "No. {n}, {street}, {place} {pc}"], pc="%#####",
            mail=["yahoo.com", "gmail.com"], work=["kanohides.com.ng", "arewa-grains.ng"]),
    "gh": G("GH", m=["Nii Lante", "Selasi", "Edem", "Kwamena", "Paa Kwesi", "Mawuli", "Kobby", "Elorm"],
            f=["Naa Adjeley", "Dzifa", "Esinam", "Mansa", "Akosua", "Adwoa", "Afia", "Enyonam"],
            l=["Agyeman", "Nkansah", "Asante-Darko", "Mensah", "Amankwah", "Lamptey", "Quarcoo", "Kpodo", "Dzokoto", "Agbeko"],
            w=["Comfort/f", "Mercy/f", "Charity/f", "Justice/m", "Prosper/m", "Gifty/f"],
            cities=["Ho", "Hohoe", "Keta", "Nkawkaw", "Berekum", "Wa"], towns=["Aburi", "Akropong", "Kpandu", "Anloga", "Elmina", "Mampong"],
            villages=["Nkwatia", "Tafi Atome", "Amedzofe", "Larteh"], districts=["Dzorwulu", "Teshie Nungua", "Tesano", "Kanda", "Bantama"],
            regions=["Volta Region", "Bono Region", "Upper West Region", "Western Region"], landmarks=["Wli Waterfalls", "Kakum National Park", "Independence Arch", "Manhyia Palace"],
            streets=["Oxford Street", "Liberation Road", "Spintex Road", "Guggisberg Avenue", "Boundary Road"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place}, {pc}", "House {n}, {street}, {place}"], pc="GA-%##-####",
            mail=["gmail.com", "yahoo.com"], work=["voltafresh.com.gh", "adinkra-print.com"]),
    "sn": G("SN", m=["Mamadou", "Cheikh", "Ousmane", "Abdoulaye", "Modou", "Pape", "Ibrahima", "Serigne"],
            f=["Fatou", "Awa", "Aminata", "Ndèye", "Khady", "Coumba", "Mariama", "Astou"],
            l=["Diop", "Ndiaye", "Sarr", "Faye", "Sow", "Diallo", "Gueye", "Fall", "Mbaye", "Ba"],
            cities=["Thiès", "Kaolack", "Ziguinchor", "Saint-Louis", "Touba", "Mbour"], towns=["Tivaouane", "Louga", "Kolda", "Fatick", "Joal-Fadiouth", "Richard-Toll"],
            villages=["Ndangane", "Toubab Dialaw", "Popenguine", "Kafountine"], districts=["Médina", "Ouakam", "Sacré-Cœur", "Parcelles Assainies", "Point E"],
            regions=["Casamance", "Sine-Saloum", "Fouta", "Ferlo"], landmarks=["Monument de la Renaissance africaine", "Île de Gorée", "Lac Rose", "Grande Mosquée de Touba"],
            streets=["Avenue Cheikh Anta Diop", "Rue Carnot", "Boulevard du Centenaire", "Route de Ngor", "Avenue Blaise Diagne"], sfmt="{n}, {street}",
            addr=["{street}, villa n° {n}, {district}, {place}", "{n}, {street}, {place}"], pc=None,
            mail=["orange.sn", "gmail.com", "yahoo.fr"], work=["teranga-peche.sn", "sahel-transit.com"]),
    "ci": G("CI", m=["Kouassi", "Koffi", "Yao", "Konan", "Adama", "Brou", "Serge-Alain", "Didier"],
            f=["Aya", "Adjoua", "Affoué", "Amenan", "Akissi", "Ahou", "Nadège", "Gnima"],
            l=["Kouamé", "N'Guessan", "Kouadio", "Koné", "Ouattara", "Yapi", "Bamba", "Gnagne", "Tanoh", "Assoumou"],
            w=["Innocent/m", "Espérance/f", "Prospère/m"],
            cities=["Bouaké", "Yamoussoukro", "Daloa", "Korhogo", "San-Pédro", "Man"], towns=["Grand-Bassam", "Dabou", "Agboville", "Bingerville", "Sassandra", "Divo"],
            villages=["Assinie", "Grand-Lahou", "Kong", "Tiassalé"], districts=["Cocody", "Yopougon", "Marcory", "Treichville", "Riviera Palmeraie"],
            regions=["Gbêkê", "Poro", "Lagunes", "Haut-Sassandra"], landmarks=["Basilique Notre-Dame de la Paix", "Parc national du Banco", "Cascades de Man"],
            streets=["Boulevard Latrille", "Rue des Jardins", "Boulevard de Marseille", "Avenue Chardy"], sfmt="{street}, lot {n}",
            addr=["{district}, {street}, lot {n}, {place}", "Lot {n}, {street}, {place}"], pc=None,
            mail=["gmail.com", "yahoo.fr", "aviso.ci"], work=["cacao-lagunes.ci", "ivoire-demenagement.ci"]),
    # East and Southern Africa
    "ke": G("KE", m=["Kipchumba", "Mwenda", "Oduya", "Gitau", "Barasa", "Ngugi", "Kiprono", "Wafula"],
            f=["Nyokabi", "Auma", "Jerotich", "Wangari", "Moraa", "Kerubo", "Wanjiru", "Chelangat"],
            l=["Kamande", "Otieno", "Njenga", "Koech", "Nyamweya", "Mbugua", "Kiprop", "Wambua", "Onyancha", "Mutai"],
            w=["Faith/f", "Mercy/f", "Purity/f", "Baraka/m", "Amani/m", "Neema/f", "Hope/f"],
            nick=["Wanjash", "Njesh", "Ochi", "Kim", "Moh"],
            cities=["Kericho", "Embu", "Meru", "Kisii", "Bungoma", "Nanyuki"], towns=["Limuru", "Iten", "Kapsabet", "Voi", "Kilifi", "Maralal"],
            villages=["Kapcherop", "Githunguri", "Kabiyet", "Wamba"], districts=["Kileleshwa", "Parklands", "Buruburu", "Kahawa West", "Milimani"],
            regions=["Meru County", "Kericho County", "Turkana County", "Mount Kenya region"], landmarks=["Mount Longonot", "Thomson's Falls", "Lake Bogoria", "Kit Mikayi"],
            streets=["Haile Selassie Avenue", "Kenyatta Highway", "Mama Ngina Street", "Oginga Odinga Street", "Jogoo Road"], sfmt="{street}, house {n}",
            addr=["{street}, {district}, {place}", "House {n}, {street}, {place} {pc}"], pc="%0%00",
            mail=["gmail.com", "yahoo.com"], work=["riftvalley-dairy.co.ke", "pwani-movers.co.ke"]),
    "tz": G("TZ", m=["Rashidi", "Hamisi", "Daudi", "Selemani", "Mussa", "Ibrahimu", "Elia", "Godfrey"],
            f=["Zawadi", "Rehema", "Mwanaisha", "Halima", "Tumaini", "Subira", "Agnes", "Mwajuma"],
            l=["Mwakyusa", "Kimaro", "Massawe", "Mollel", "Swai", "Lyimo", "Mrema", "Shirima", "Mwakalinga", "Kahabuka"],
            w=["Neema/f", "Baraka/m", "Upendo/f", "Furaha/f", "Amani/m", "Imani/f"],
            cities=["Arusha", "Moshi", "Mwanza", "Dodoma", "Tanga", "Mbeya"], towns=["Bagamoyo", "Lushoto", "Karatu", "Mto wa Mbu", "Kigoma", "Songea"],
            villages=["Marangu", "Mkuranga", "Nungwi", "Kizimkazi"], districts=["Kariakoo", "Msasani", "Mikocheni", "Sinza", "Upanga"],
            regions=["Kilimanjaro Region", "Zanzibar", "Mara Region", "Iringa Region"], landmarks=["Ngorongoro Crater", "Stone Town", "Ruaha National Park", "Olduvai Gorge"],
            streets=["Samora Avenue", "Ali Hassan Mwinyi Road", "Bibi Titi Mohamed Street", "Uhuru Street", "Morogoro Road"], sfmt="{street}, plot {n}",
            addr=["Plot {n}, {street}, {district}, {place}", "{street}, {district}, {place}"], pc=None,
            mail=["gmail.com", "yahoo.com"], work=["kilimo-bora.co.tz", "unguja-shipping.co.tz"]),
    "ug": G("UG", m=["Ssemakula", "Mugisha", "Okello", "Tumusiime", "Kato", "Wasswa", "Mukasa", "Byamukama"],
            f=["Nakato", "Babirye", "Namubiru", "Atim", "Kyomuhendo", "Nansubuga", "Achen", "Ainembabazi"],
            l=["Ssekandi", "Byaruhanga", "Musoke", "Kintu", "Tumwine", "Lubega", "Kasozi", "Opio", "Mutebi", "Nsubuga"],
            w=["Peace/f", "Patience/f", "Godfrey/m", "Innocent/m"],
            cities=["Jinja", "Mbarara", "Gulu", "Masaka", "Fort Portal", "Mbale"], towns=["Entebbe", "Kabale", "Hoima", "Soroti", "Lira", "Tororo"],
            villages=["Kasenyi", "Ggaba", "Nkokonjeru", "Kisoro"], districts=["Ntinda", "Kololo", "Kansanga", "Bukoto", "Nakasero"],
            regions=["Buganda", "Ankole", "Acholi", "Busoga"], landmarks=["Source of the Nile", "Kasubi Tombs", "Sezibwa Falls", "Bahá'í Temple"],
            streets=["Kampala Road", "Jinja Road", "Bombo Road", "Acacia Avenue", "Entebbe Road"], sfmt="Plot {n} {street}",
            addr=["Plot {n}, {street}, {district}, {place}", "{street}, {place}"], pc=None,
            mail=["gmail.com", "yahoo.com"], work=["pearl-dairy.co.ug", "nile-coffee.ug"]),
    "et": G("ET", m=["Tesfaye", "Dawit", "Yonas", "Abebe", "Getachew", "Henok", "Kaleab", "Biniam"],
            f=["Meseret", "Hirut", "Selam", "Tigist", "Mekdes", "Hanna", "Liya", "Rahel"],
            l=["Bekele", "Alemu", "Haile", "Tadesse", "Gebremedhin", "Wolde", "Kebede", "Mengistu", "Desta", "Asfaw"],
            w=["Bethlehem/f", "Selam/f", "Tsion/f", "Nazareth/f"],
            cities=["Adama", "Hawassa", "Bahir Dar", "Gondar", "Mekelle", "Dire Dawa"], towns=["Debre Birhan", "Bishoftu", "Lalibela", "Axum", "Arba Minch", "Jimma"],
            villages=["Wenchi", "Dorze", "Konso", "Yeha"], districts=["Bole", "Kazanchis", "Piassa", "Sarbet", "Megenagna"],
            regions=["Amhara", "Oromia", "Tigray", "Sidama"], landmarks=["Meskel Square", "Fasil Ghebbi", "Blue Nile Falls", "Entoto Hill"],
            streets=["Churchill Avenue", "Africa Avenue", "Cameroon Street", "Ras Desta Damtew Street"], sfmt="{street}, house {n}",
            addr=["{district} sub-city, Woreda {w}, House No. {n}, {place}", "{street}, {district}, {place}"], pc=None, patron=True,
            mail=["gmail.com", "yahoo.com", "ethionet.et"], work=["abyssinia-coffee.com", "sheba-tours.et"]),
    "za": G("ZA", m=["Sipho", "Thabo", "Lwazi", "Mandla", "Bongani", "Kagiso", "Themba", "Sello"],
            f=["Thandiwe", "Lerato", "Nomvula", "Zanele", "Palesa", "Ayanda", "Nokuthula", "Refilwe"],
            l=["Dlamini", "Nkosi", "Mokoena", "Ndlovu", "Khumalo", "Mahlangu", "Zungu", "Mthembu", "van der Westhuizen", "Botha"],
            w=["Precious/f", "Gift/m", "Innocent/m", "Beauty/f", "Lucky/m", "Pretty/f", "Blessing/f"],
            nick=["Thandi", "Bongi", "Sbu", "Zee", "Lulu", "Mandy"],
            cities=["Polokwane", "Mbombela", "Bloemfontein", "Gqeberha", "East London", "Pietermaritzburg"], towns=["Stellenbosch", "Hermanus", "Knysna", "Makhanda", "Mthatha", "Kimberley"],
            villages=["Hogsback", "Nieu-Bethesda", "Coffee Bay", "Clarens"], districts=["Soweto", "Umlazi", "Khayelitsha", "Sea Point", "Hatfield", "Melville"],
            regions=["KwaZulu-Natal", "Limpopo", "Eastern Cape", "Mpumalanga", "Free State"], landmarks=["Table Mountain", "Blyde River Canyon", "Union Buildings", "Cape Point"],
            streets=["Jan Smuts Avenue", "Long Street", "Florida Road", "Church Street", "Voortrekker Road"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place}, {pc}", "{n} {street}, {place} {pc}"], pc="%###",
            mail=["gmail.com", "webmail.co.za", "telkomsa.net"], work=["karoo-lamb.co.za", "ubuntu-movers.co.za"]),
    "zw": G("ZW", m=["Tendai", "Tatenda", "Farai", "Kudakwashe", "Tafadzwa", "Takudzwa", "Tinashe", "Munyaradzi"],
            f=["Chipo", "Rutendo", "Nyasha", "Rumbidzai", "Fadzai", "Tsitsi", "Vimbai", "Ruvimbo"],
            l=["Moyo", "Mutasa", "Chigumba", "Makoni", "Ncube", "Sibanda", "Mapfumo", "Mhlanga", "Gumbo", "Chikore"],
            w=["Memory/f", "Loveness/f", "Gift/m", "Blessing/m", "Knowledge/m", "Talent/m", "Privilege/f"],
            cities=["Bulawayo", "Mutare", "Gweru", "Masvingo", "Kwekwe", "Chinhoyi"], towns=["Victoria Falls", "Kariba", "Nyanga", "Chipinge", "Marondera", "Beitbridge"],
            villages=["Domboshava", "Juliasdale", "Murewa", "Esigodini"], districts=["Borrowdale", "Avondale", "Mabelreign", "Mbare", "Hillside"],
            regions=["Mashonaland East", "Matabeleland North", "Manicaland", "Midlands"], landmarks=["Great Zimbabwe", "Mosi-oa-Tunya", "Matobo Hills"],
            streets=["Samora Machel Avenue", "Julius Nyerere Way", "Josiah Tongogara Avenue", "Leopold Takawira Street", "Fife Street"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place}", "Stand {n}, {street}, {place}"], pc=None,
            mail=["gmail.com", "yahoo.com", "zol.co.zw"], work=["eastern-highlands-tea.co.zw", "matopos-transport.co.zw"]),
    # South Asia
    "in": G("IN", m=["Karthik", "Vignesh", "Sandeep", "Arjun", "Gurpreet", "Sourav", "Nikhil", "Rajesh"],
            f=["Priyanka", "Deepika", "Anjali", "Harini", "Sneha", "Parvathi", "Jyoti", "Pooja"],
            l=["Venkataraman", "Pillai", "Banerjee", "Joshi", "Sandhu", "Naidu", "Krishnamurthy", "Mukherjee", "Patil", "Agarwal"],
            w=["Asha/f", "Sunny/m", "Lucky/m", "India/f", "Happy/m"],
            nick=["Chintu", "Bunty", "Pinky", "Guddu", "Munna", "Dolly"],
            cities=["Madurai", "Tiruchirappalli", "Vijayawada", "Nashik", "Aurangabad", "Hubballi", "Mangaluru", "Amritsar"], towns=["Kodaikanal", "Karaikudi", "Palakkad", "Udupi", "Dharamshala", "Munnar"],
            villages=["Kumily", "Mawlynnong", "Malana", "Pochampally"], districts=["Jayanagar", "T. Nagar", "Kothrud", "Gomti Nagar", "Alwarpet", "Vashi"],
            regions=["Konkan", "Malabar", "Marathwada", "Bundelkhand", "Andhra Pradesh", "Odisha"], landmarks=["Qutub Minar", "Victoria Memorial", "Golden Temple", "Hawa Mahal"],
            streets=["100 Feet Road", "Lal Bahadur Shastri Marg", "Ashram Road", "Station Road", "Nungambakkam High Road"], sfmt="{n}, {street}",
            addr=["{u}/{n}, {street}, {district}, {place} - {pc}", "Door No. {n}-{u}, {street}, {place}, {region} {pc}"], pc="%#####",
            mail=["gmail.com", "rediffmail.com", "yahoo.co.in"], work=["sahyadri-agro.in", "chettinad-weaves.co.in"]),
    "pk": G("PK", m=["Waqas", "Shahzaib", "Junaid", "Asad", "Fahad", "Hamza", "Usama", "Talha"],
            f=["Mahnoor", "Iqra", "Fariha", "Sadia", "Kiran", "Uzma", "Maheen", "Areeba"],
            l=["Javed", "Baig", "Abbasi", "Rana", "Cheema", "Niazi", "Gondal", "Bhatti", "Hashmi", "Warraich"],
            cities=["Multan", "Sialkot", "Gujranwala", "Hyderabad", "Quetta", "Bahawalpur"], towns=["Murree", "Abbottabad", "Mardan", "Sahiwal", "Jhelum", "Chitral"],
            villages=["Karimabad", "Passu", "Bumburet", "Khaplu"], districts=["Gulberg", "DHA Phase 5", "Clifton", "F-7 Markaz", "Saddar"],
            regions=["Punjab", "Sindh", "Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Balochistan"], landmarks=["Badshahi Mosque", "Faisal Mosque", "Minar-e-Pakistan", "Mohatta Palace"],
            streets=["Jail Road", "Ferozepur Road", "Tariq Road", "Club Road", "Canal Bank Road"], sfmt="{n} {street}",
            addr=["House {n}, Street {u}, {district}, {place} {pc}", "{n} {street}, {place}"], pc="%####",
            mail=["gmail.com", "yahoo.com", "hotmail.com"], work=["sialkot-sports.pk", "indus-textile.com.pk"]),
    "bd": G("BD", m=["Tanvir", "Rafiqul", "Shafiqul", "Mehedi", "Arif", "Sabbir", "Nazmul", "Imtiaz"],
            f=["Nusrat", "Farzana", "Sharmin", "Tahmina", "Sumaiya", "Rumana", "Jannatul", "Tasnim"],
            l=["Rahman", "Chowdhury", "Hossain", "Islam", "Akter", "Uddin", "Sarkar", "Talukder", "Bhuiyan", "Mridha"],
            cities=["Chattogram", "Sylhet", "Rajshahi", "Khulna", "Cumilla", "Mymensingh"], towns=["Cox's Bazar", "Bogura", "Srimangal", "Rangamati", "Jashore", "Barishal"],
            villages=["Sonargaon", "Lalakhal", "Ratargul", "Bichanakandi"], districts=["Gulshan", "Dhanmondi", "Uttara", "Mirpur", "Banani"],
            regions=["Sylhet Division", "Chittagong Hill Tracts", "Rangpur Division", "Khulna Division"], landmarks=["Lalbagh Fort", "Ahsan Manzil", "Sundarbans", "Jatiyo Sangsad Bhaban"],
            streets=["Satmasjid Road", "Gulshan Avenue", "Mirpur Road", "Kemal Ataturk Avenue", "Green Road"], sfmt="{n} {street}",
            addr=["House {n}, Road {u}, {district}, {place} {pc}", "{n} {street}, {place} {pc}"], pc="%###",
            mail=["gmail.com", "yahoo.com"], work=["jamuna-jute.com.bd", "padma-fisheries.bd"]),
    "lk": G("LK", m=["Chaminda", "Nuwan", "Kasun", "Dinesh", "Ruwan", "Lahiru", "Tharindu", "Sampath"],
            f=["Dilani", "Nirosha", "Sanduni", "Chathurika", "Ishara", "Tharushi", "Nadeesha", "Hasini"],
            l=["Perera", "Fernando", "Jayawardena", "Wickramasinghe", "Bandara", "Gunawardena", "Dissanayake", "Senanayake", "Herath", "Ranasinghe"],
            cities=["Kandy", "Galle", "Jaffna", "Kurunegala", "Negombo", "Matara"], towns=["Nuwara Eliya", "Ella", "Bentota", "Haputale", "Dambulla", "Trincomalee"],
            villages=["Mirissa", "Unawatuna", "Kitulgala", "Habarana"], districts=["Kollupitiya", "Bambalapitiya", "Nugegoda", "Rajagiriya", "Wellawatte"],
            regions=["Central Province", "Southern Province", "Uva Province", "Hill Country"], landmarks=["Sigiriya", "Temple of the Tooth", "Adam's Peak", "Galle Fort"],
            streets=["Galle Road", "Duplication Road", "Baseline Road", "Peradeniya Road", "Dharmapala Mawatha"], sfmt="No. {n}, {street}",
            addr=["No. {n}, {street}, {district}, {place} {pc}", "{n}/{u} {street}, {place}"], pc="%####",
            mail=["gmail.com", "sltnet.lk"], work=["ceylon-spice.lk", "lanka-lines.com"]),
    "np": G("NP", m=["Bikash", "Suman", "Prakash", "Nabin", "Sagar", "Dipendra", "Anil", "Roshan"],
            f=["Sushmita", "Pratima", "Anisha", "Sabina", "Rojina", "Srijana", "Bimala", "Sarita"],
            l=["Shrestha", "Gurung", "Tamang", "Thapa", "Magar", "Rai", "Adhikari", "Bhattarai", "Maharjan", "Sherpa"],
            cities=["Pokhara", "Biratnagar", "Bharatpur", "Butwal", "Dharan", "Hetauda"], towns=["Bandipur", "Dhulikhel", "Tansen", "Gorkha", "Janakpur", "Nagarkot"],
            villages=["Ghandruk", "Namche Bazaar", "Lukla", "Sirubari"], districts=["Thamel", "Baluwatar", "Lazimpat", "Jhamsikhel", "Baneshwor"],
            regions=["Bagmati Province", "Gandaki Province", "Karnali", "Terai", "Solukhumbu"], landmarks=["Boudhanath Stupa", "Swayambhunath", "Phewa Lake", "Pashupatinath"],
            streets=["Durbar Marg", "Lakeside Road", "New Road", "Jhochhen Tole"], sfmt="{street}, house {n}",
            addr=["Ward No. {w}, {district}, {place}", "House {n}, {street}, {place} {pc}"], pc="%####",
            mail=["gmail.com", "yahoo.com", "wlink.com.np"], work=["himalayan-java.com.np", "everest-porters.np"]),
}
GROUPS.update({
    # Southeast Asia
    "vn": G("VN", m=["Minh Tuấn", "Văn Hùng", "Quốc Bảo", "Đình Phong", "Tiến Dũng", "Hoàng Long", "Trọng Nghĩa", "Xuân Trường"],
            f=["Thị Mai", "Thanh Hằng", "Phương Thảo", "Ngọc Trinh", "Kim Oanh", "Thùy Dung", "Thu Trang", "Hải Yến"],
            l=["Nguyễn", "Trần", "Bùi", "Đặng", "Hồ", "Võ", "Đinh", "Lâm", "Tạ", "Châu"], order="ff",
            nick=["Bống", "Tí", "Bin", "Su", "Mít", "Cún"],
            cities=["Cần Thơ", "Hải Phòng", "Vinh", "Pleiku", "Mỹ Tho", "Long Xuyên"], towns=["Sa Pa", "Mũi Né", "Tam Cốc", "Châu Đốc", "Hà Tiên", "Phan Thiết"],
            villages=["Bát Tràng", "Đường Lâm", "Thanh Hà", "Cát Cát"], districts=["Quận Tân Bình", "Quận Cầu Giấy", "Quận Sơn Trà", "Quận Ninh Kiều", "Quận Gò Vấp"],
            regions=["Tây Nguyên", "Quảng Ninh", "Bình Định", "Kiên Giang", "miền Tây"], landmarks=["Chùa Một Cột", "Nhà thờ Đức Bà", "Cầu Vàng", "Dinh Độc Lập"],
            streets=["Đường Lê Lợi", "Đường Điện Biên Phủ", "Phố Huế", "Đường Võ Văn Kiệt", "Đường Cách Mạng Tháng Tám"], sfmt="{n} {street}",
            addr=["{n}/{u} {street}, Phường {w}, {district}, {place}", "Số {n} {street}, {district}, {place}"], pc="%#####",
            mail=["gmail.com", "yahoo.com.vn"], work=["mekong-seafood.vn", "dalat-hoa.com.vn"]),
    "th": G("TH", m=["Somchai", "Anan", "Kittisak", "Prasert", "Thanawat", "Chatchai", "Wichai", "Nattapong"],
            f=["Siriporn", "Kanokwan", "Pimchanok", "Naruemon", "Wannisa", "Ratchanee", "Supaporn", "Duangjai"],
            l=["Wongsawat", "Srisuk", "Rattanakorn", "Phromphan", "Thongchai", "Saetang", "Boonmee", "Kaewkla", "Jitpakdee", "Chaiyasit"],
            nick=["Nok", "Ploy", "Bank", "Beer", "Golf", "Fon", "Pui", "Toon"],
            cities=["Chiang Rai", "Khon Kaen", "Udon Thani", "Hat Yai", "Nakhon Ratchasima", "Ubon Ratchathani"], towns=["Pai", "Hua Hin", "Kanchanaburi", "Sukhothai", "Mae Sot", "Nan"],
            villages=["Ban Rak Thai", "Mae Kampong", "Khiri Wong", "Ban Chiang"], districts=["Bang Rak", "Chatuchak", "Nimmanhaemin", "Ari", "Thonglor"],
            regions=["Lanna", "Phang Nga", "Surat Thani Province", "Krabi Province", "Korat Plateau"], landmarks=["Wat Arun", "Doi Suthep", "Grand Palace", "Wat Rong Khun"],
            streets=["Sukhumvit Road", "Rama IV Road", "Charoen Krung Road", "Huay Kaew Road", "Silom Road"], sfmt="{n} {street}",
            addr=["{n}/{u} Moo {w}, {street}, {district}, {place} {pc}", "{n} {street}, {place} {pc}"], pc="%####",
            mail=["gmail.com", "hotmail.co.th"], work=["siam-orchid.co.th", "lanna-logistics.co.th"]),
    "ph": G("PH", m=["Rodel", "Marvin", "Joselito", "Reynaldo", "Efren", "Noel", "Arvin", "Raffy"],
            f=["Maricel", "Rosalinda", "Jocelyn", "Analyn", "Kristine Joy", "Marites", "Jovelyn", "Rhodora"],
            l=["Bautista", "Villanueva", "Mendoza", "Aquino", "Dumalagan", "Macaraeg", "Panganiban", "Magbanua", "Dela Cruz", "Lapid"],
            w=["Princess/f", "Lovely/f", "Honey/f", "Precious/f", "Lucky/m", "Angel/f"],
            nick=["Bong", "Jun-Jun", "Neneng", "Toto", "Ning", "Dodong"],
            cities=["Dumaguete", "Legazpi", "Puerto Princesa", "Tagbilaran", "Iligan", "Butuan"], towns=["Vigan", "Sagada", "El Nido", "Coron", "Banaue", "Donsol"],
            villages=["Batad", "Buscalan", "Sabtang", "Pundaquit"], districts=["Brgy. Guadalupe", "Brgy. Mabolo", "Sampaloc", "Tondo", "Cubao"],
            regions=["Cordillera", "Eastern Visayas", "Palawan", "Caraga", "Bangsamoro"], landmarks=["Banaue Rice Terraces", "Taal Volcano", "Basilica del Santo Niño", "Fort Santiago"],
            streets=["Osmeña Boulevard", "Katipunan Avenue", "Mabini Street", "Rizal Avenue", "Burgos Street"], sfmt="{n} {street}",
            addr=["Blk {w} Lot {u}, {street}, {district}, {place} {pc}", "{n} {street}, {district}, {place}"], pc="%###",
            mail=["gmail.com", "yahoo.com"], work=["visayas-cargo.ph", "bohol-bee.com.ph"]),
    "id": G("ID", m=["Budi", "Eko", "Joko", "Wayan", "Made", "Yusuf", "Teguh", "Rahmat"],
            f=["Siti", "Ratna", "Kartika", "Ni Luh", "Lestari", "Anggraini", "Yuliana", "Rini"],
            l=["Purnomo", "Susanto", "Hartono", "Gunawan", "Nasution", "Harahap", "Tanjung", "Sitompul", "Wibowo", "Kurniawan"],
            w=["Indah/f", "Cahaya/f", "Intan/f", "Bintang/m", "Mawar/f"],
            cities=["Semarang", "Yogyakarta", "Denpasar", "Banjarmasin", "Samarinda", "Jambi", "Kupang"], towns=["Ubud", "Bukittinggi", "Salatiga", "Garut", "Labuan Bajo", "Wonosobo"],
            villages=["Desa Penglipuran", "Desa Sade", "Wae Rebo", "Desa Nglanggeran"], districts=["Kec. Kebayoran Baru", "Kel. Darmo", "Kec. Sukajadi", "Kel. Seminyak", "Kec. Medan Baru"],
            regions=["Jawa Tengah", "Sumatera Barat", "Nusa Tenggara Timur", "Papua", "Kalimantan Selatan", "DI Yogyakarta"], landmarks=["Candi Prambanan", "Gunung Bromo", "Kawah Ijen", "Jam Gadang", "Pura Besakih"],
            streets=["Jl. Thamrin", "Jl. Braga", "Jl. Raya Ubud", "Jl. Kaliurang", "Jl. Imam Bonjol"], sfmt="{street} No. {n}",
            addr=["{street} No. {n}, RT {u}/RW {w}, {district}, {place} {pc}", "{street} Gg. {w} No. {n}, {place}"], pc="%####",
            mail=["gmail.com", "yahoo.co.id"], work=["koperasi-bahari.id", "toraja-kopi.co.id"]),
    "my": G("MY", m=["Ahmad Faizal", "Muhammad Hafiz", "Amirul", "Syafiq", "Azlan", "Khairul", "Mohd Ridzuan", "Haziq"],
            f=["Nur Aisyah", "Farah Nadia", "Nur Syazwani", "Aina", "Aqilah", "Nurul Huda", "Siti Khadijah", "Hanis"],
            fathers=["Ismail", "Rahman", "Hassan", "Osman", "Yusof", "Zakaria", "Ahmad", "Salleh"], patro="malay",
            w=["Nur/f", "Intan/f", "Bunga/f", "Bintang/m"],
            cities=["Ipoh", "Kota Bharu", "Kuala Terengganu", "Kuching", "Seremban", "Alor Setar", "Kota Kinabalu"], towns=["Taiping", "Mersing", "Kuah", "Tanah Rata", "Bentong", "Raub"],
            villages=["Kampung Morten", "Kampung Kuantan", "Kampung Ayer Hangat", "Kampung Baru Cina"], districts=["Bangsar", "Damansara Heights", "Cheras", "Seksyen 7", "Tanjung Tokong"],
            regions=["Sabah", "Sarawak", "Kelantan", "Terengganu", "Johor", "Pahang"], landmarks=["Petronas Twin Towers", "Batu Caves", "Kek Lok Si", "Mount Kinabalu"],
            streets=["Jalan Ampang", "Jalan Tun Razak", "Jalan Sultan Ismail", "Jalan Bukit Bintang", "Lebuh Chulia"], sfmt="No. {n}, {street}",
            addr=["No. {n}, {street}, {district}, {pc} {place}, {region}", "{n}, {street}, {pc} {place}"], pc="%####",
            mail=["gmail.com", "yahoo.com.my"], work=["pantai-timur.com.my", "sawit-makmur.my"]),
    "mm": G("MM", m=["Aung Kyaw Moe", "Zaw Min Htet", "Kyaw Zin Oo", "Htet Aung", "Min Thu", "Soe Win Naing"],
            f=["Thandar Win", "Hnin Wai Phyo", "Su Myat Noe", "Ei Mon Kyaw", "Khin Sandar", "May Thet Zin"], mono=True,
            cities=["Mandalay", "Mawlamyine", "Bago", "Taunggyi", "Pathein", "Sittwe"], towns=["Bagan", "Hsipaw", "Pyin Oo Lwin", "Kalaw", "Nyaung Shwe", "Hpa-An"],
            villages=["Minnanthu", "In Dein", "Ywama", "Thanlyin"], districts=["Bahan Township", "Sanchaung Township", "Kamayut Township", "Dagon Township"],
            regions=["Shan State", "Sagaing Region", "Ayeyarwady Region", "Mon State"], landmarks=["Shwedagon Pagoda", "U Bein Bridge", "Inle Lake", "Golden Rock"],
            streets=["Pyay Road", "Anawrahta Road", "Bogyoke Aung San Road", "Kabar Aye Pagoda Road"], sfmt="No. {n}, {street}",
            addr=["No. {n}, {street}, {district}, {place}"], pc=None,
            mail=["gmail.com", "myanmar.com.mm"], work=["golden-land-trading.com.mm"]),
    # Central Asia and the Caucasus
    "kz": G("KZ", m=["Yerlan", "Daulet", "Nurlan", "Askar", "Bauyrzhan", "Timur", "Yerzhan", "Arman"],
            f=["Aigerim", "Dana", "Gulnara", "Aruzhan", "Madina", "Saule", "Zhanar", "Dinara"],
            l=["Zhaksylykov/Zhaksylykova", "Abenov/Abenova", "Seitkali", "Nurpeisov/Nurpeisova", "Kassymov/Kassymova", "Omarov/Omarova",
               "Baimukhanov/Baimukhanova", "Iskakov/Iskakova", "Dzhaksybekov/Dzhaksybekova", "Tulegenov/Tulegenova"],
            cities=["Shymkent", "Karaganda", "Aktobe", "Pavlodar", "Oskemen", "Kostanay", "Atyrau", "Taraz"], towns=["Turkistan", "Kokshetau", "Zhezkazgan", "Ekibastuz", "Talgar", "Esik"],
            villages=["Saty", "Tamgaly", "Kegen", "Kokpek"], districts=["Medeu district", "Bostandyk district", "Almaly district", "Yesil district"],
            regions=["Almaty Region", "Mangystau", "Zhetysu", "Akmola Region"], landmarks=["Bayterek", "Charyn Canyon", "Khan Shatyr", "Big Almaty Lake"],
            streets=["Abay Avenue", "Dostyk Avenue", "Tole Bi Street", "Kabanbay Batyr Avenue", "Zheltoksan Street"], sfmt="{street} {n}",
            addr=["{street} {n}, apt. {u}, {place} {pc}", "{place}, {street} {n}, kv. {u}"], pc="%#0###",
            mail=["mail.ru", "gmail.com", "inbox.kz"], work=["steppe-grain.kz", "caspian-tech.kz"]),
    "uz": G("UZ", m=["Jasur", "Sardor", "Bekzod", "Otabek", "Sherzod", "Dilshod", "Jahongir", "Ulugbek"],
            f=["Dilnoza", "Malika", "Nodira", "Gulnoza", "Shahnoza", "Zarina", "Mohira", "Feruza"],
            l=["Karimov/Karimova", "Yusupov/Yusupova", "Rakhimov/Rakhimova", "Tursunov/Tursunova", "Ismoilov/Ismoilova", "Abdullaev/Abdullaeva",
               "Nazarov/Nazarova", "Khodjaev/Khodjaeva", "Umarov/Umarova", "Saidov/Saidova"],
            cities=["Samarkand", "Bukhara", "Namangan", "Andijan", "Fergana", "Nukus", "Qarshi"], towns=["Khiva", "Shahrisabz", "Kokand", "Margilan", "Termez", "Urgut"],
            villages=["Sentob", "Asraf", "Uhum", "Yangiqishloq"], districts=["Yunusabad", "Chilanzar", "Mirzo Ulugbek district", "Shaykhontohur"],
            regions=["Fergana Valley", "Karakalpakstan", "Surxondaryo", "Khorezm"], landmarks=["Registan", "Ark of Bukhara", "Chorsu Bazaar", "Itchan Kala"],
            streets=["Amir Temur Avenue", "Navoi Street", "Mustaqillik Avenue", "Buyuk Ipak Yoli Street", "Shota Rustaveli Street"], sfmt="{street} {n}",
            addr=["{street} {n}, kv. {u}, {place} {pc}", "{district}, {street} {n}, {place}"], pc="%#####",
            mail=["mail.ru", "gmail.com", "inbox.uz"], work=["silk-road-cotton.uz", "samarqand-ceramics.uz"]),
    "ge": G("GE", m=["Giorgi", "Levan", "Davit", "Irakli", "Zurab", "Lasha", "Tornike", "Nika"],
            f=["Nino", "Tamar", "Mariam", "Ketevan", "Salome", "Eka", "Natia", "Tamta"],
            l=["Beridze", "Kapanadze", "Gelashvili", "Tsiklauri", "Lomidze", "Chkheidze", "Japaridze", "Maisuradze", "Abashidze", "Kvirikashvili"],
            nick=["Gio", "Dato", "Keti", "Lika", "Zura", "Tako"],
            cities=["Kutaisi", "Batumi", "Rustavi", "Zugdidi", "Gori", "Telavi", "Poti"], towns=["Sighnaghi", "Mestia", "Borjomi", "Stepantsminda", "Akhaltsikhe", "Mtskheta"],
            villages=["Ushguli", "Juta", "Sno", "Shatili"], districts=["Vake", "Saburtalo", "Sololaki", "Vera", "Didube"],
            regions=["Kakheti", "Svaneti", "Adjara", "Imereti", "Samegrelo", "Tusheti"], landmarks=["Narikala Fortress", "Gergeti Trinity Church", "Jvari Monastery", "Vardzia"],
            streets=["Rustaveli Avenue", "Chavchavadze Avenue", "Aghmashenebeli Avenue", "Pekini Street", "Kostava Street"], sfmt="{n} {street}",
            addr=["{n} {street}, apt. {u}, {place} {pc}", "{street} {n}, {place}"], pc="0%##",
            mail=["gmail.com", "yahoo.com", "mail.ge"], work=["kakheti-wine.ge", "colchis-tours.ge"]),
    "am": G("AM", m=["Armen", "Tigran", "Hayk", "Aram", "Vahe", "Gor", "Sargis", "Davit"],
            f=["Anahit", "Lilit", "Ani", "Narine", "Siranush", "Mane", "Gayane", "Astghik"],
            l=["Petrosyan", "Hakobyan", "Sargsyan", "Grigoryan", "Harutyunyan", "Vardanyan", "Karapetyan", "Avetisyan", "Ghazaryan", "Mkrtchyan"],
            cities=["Gyumri", "Vanadzor", "Vagharshapat", "Abovyan", "Kapan", "Hrazdan"], towns=["Dilijan", "Sevan", "Goris", "Jermuk", "Ijevan", "Yeghegnadzor"],
            villages=["Areni", "Garni", "Tatev", "Khndzoresk"], districts=["Kentron", "Arabkir", "Nor Nork", "Malatia-Sebastia", "Davtashen"],
            regions=["Syunik", "Tavush", "Lori", "Shirak", "Vayots Dzor"], landmarks=["Cascade Complex", "Khor Virap", "Lake Sevan", "Zvartnots Cathedral"],
            streets=["Mashtots Avenue", "Abovyan Street", "Tumanyan Street", "Baghramyan Avenue", "Northern Avenue"], sfmt="{n} {street}",
            addr=["{n} {street}, apt {u}, {place} {pc}", "{street} {n}, {district}, {place}"], pc="00%#",
            mail=["gmail.com", "mail.ru", "yandex.ru"], work=["ararat-apricot.am", "lori-cheese.am"]),
    "az": G("AZ", m=["Elvin", "Rashad", "Tural", "Orkhan", "Farid", "Ilkin", "Emin", "Kamran"],
            f=["Aysel", "Leyla", "Gunel", "Nigar", "Sevinj", "Aytan", "Narmin", "Fidan"],
            l=["Mammadov/Mammadova", "Aliyev/Aliyeva", "Huseynov/Huseynova", "Hasanov/Hasanova", "Guliyev/Guliyeva", "Ismayilov/Ismayilova",
               "Babayev/Babayeva", "Jafarov/Jafarova", "Rzayev/Rzayeva", "Abbasov/Abbasova"],
            cities=["Ganja", "Sumqayit", "Mingachevir", "Lankaran", "Shaki", "Nakhchivan"], towns=["Gabala", "Quba", "Shamakhi", "Ismayilli", "Astara", "Zaqatala"],
            villages=["Lahij", "Khinalug", "Ilisu", "Nij"], districts=["Yasamal", "Nasimi", "Sabail", "Narimanov", "Khatai"],
            regions=["Absheron", "Karabakh", "Shirvan", "Lankaran-Astara"], landmarks=["Flame Towers", "Maiden Tower", "Gobustan", "Yanar Dag"],
            streets=["Nizami Street", "Fuzuli Street", "Istiqlaliyyat Street", "Neftchilar Avenue", "Samad Vurgun Street"], sfmt="{street} {n}",
            addr=["{street} {n}, m. {u}, {place} {pc}", "{district}, {street} {n}, {place}"], pc="AZ%###",
            mail=["gmail.com", "mail.ru", "box.az"], work=["caspian-caviar.az", "sheki-silk.az"]),
    # Eastern Europe
    "ua": G("UA", m=["Taras", "Bohdan", "Oleksandr", "Mykola", "Yaroslav", "Dmytro", "Ostap", "Vasyl"],
            f=["Oksana", "Olena", "Iryna", "Nataliia", "Khrystyna", "Solomiia", "Halyna", "Yulia"],
            l=["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatyuk", "Lysenko", "Savchenko", "Marchenko"],
            cities=["Lviv", "Vinnytsia", "Poltava", "Chernihiv", "Ternopil", "Uzhhorod", "Ivano-Frankivsk"], towns=["Kamianets-Podilskyi", "Yaremche", "Truskavets", "Berdychiv", "Bila Tserkva", "Myrhorod"],
            villages=["Kryvorivnia", "Opishnia", "Petrykivka", "Yasinia"], districts=["Podil", "Obolon", "Pechersk", "Sykhiv", "Troieshchyna"],
            regions=["Zakarpattia", "Volyn", "Bukovyna", "Poltava Oblast", "Podillia"], landmarks=["Kyiv Pechersk Lavra", "Lychakiv Cemetery", "Sofiyivka Park", "Potemkin Stairs"],
            streets=["Khreshchatyk", "vul. Shevchenka", "prosp. Svobody", "vul. Franka", "vul. Hrushevskoho"], sfmt="{street}, {n}",
            addr=["{street}, {n}, kv. {u}, {place}, {pc}", "{street} {n}, {place} {pc}"], pc="%####",
            mail=["ukr.net", "gmail.com", "i.ua"], work=["karpaty-honey.com.ua", "dnipro-logistic.ua"]),
    "pl": G("PL", fk="pl_PL", fkst=True,
            cities=["Koszalin", "Płock", "Legnica", "Elbląg", "Radom", "Słupsk"], towns=["Kazimierz Dolny", "Sandomierz", "Łowicz", "Mrągowo", "Ustrzyki Dolne", "Krynica-Zdrój"],
            villages=["Zalipie", "Chochołów", "Lanckorona", "Kadyny"], districts=["Bielany", "Ursynów", "Podgórze", "Oliwa", "Grabiszyn"],
            regions=["Kaszuby", "Podhale", "Kujawy", "Warmia", "Roztocze", "Bieszczady"], landmarks=["Kopiec Kościuszki", "Zamek w Malborku", "Morskie Oko", "Hala Stulecia"],
            sfmt="ul. {street} {n}", addr=["ul. {street} {n}/{u}, {pc} {place}", "ul. {street} {n}, {pc} {place}"], pc="##-###",
            mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl"], work=["mazury-transport.pl", "kujawska-mleczarnia.pl"],
            w=["Wiktoria/f", "Róża/f", "Bogusław/m"]),
    "ro": G("RO", fk="ro_RO",
            cities=["Sibiu", "Brașov", "Oradea", "Suceava", "Craiova", "Bacău"], towns=["Sighișoara", "Sinaia", "Vatra Dornei", "Câmpulung", "Mediaș", "Bran"],
            villages=["Viscri", "Săpânța", "Breb", "Biertan"], districts=["Floreasca", "Drumul Taberei", "Titan", "Mănăștur", "Copou"],
            regions=["Maramureș", "Bucovina", "Banat", "Oltenia", "Dobrogea"], landmarks=["Castelul Peleș", "Transfăgărășan", "Cimitirul Vesel", "Salina Turda"],
            streets=["Strada Lipscani", "Bulevardul Eroilor", "Calea Victoriei", "Strada Republicii", "Bulevardul Unirii"], sfmt="{street} nr. {n}",
            addr=["{street} nr. {n}, bl. {w}, ap. {u}, {place} {pc}", "{street} nr. {n}, {place} {pc}"], pc="%#####",
            mail=["yahoo.com", "gmail.com"], work=["carpati-lemn.ro", "delta-peste.ro"],
            w=["Speranța/f", "Florin/m", "Floarea/f"]),
    "cz": G("CZ", fk="cs_CZ", fkst=True,
            cities=["Jihlava", "Pardubice", "Zlín", "Karlovy Vary", "Hradec Králové", "Opava"], towns=["Telč", "Český Krumlov", "Kutná Hora", "Třeboň", "Litomyšl", "Štramberk"],
            villages=["Holašovice", "Lednice", "Hrubá Skála", "Loučovice"], districts=["Žižkov", "Vinohrady", "Karlín", "Smíchov", "Královo Pole"],
            regions=["Vysočina", "Šumava", "Jižní Morava", "Valašsko", "Podkrkonoší"], landmarks=["Karlův most", "Pražský hrad", "Macocha", "Ještěd"],
            sfmt="{street} {n}", addr=["{street} {n}/{u}, {pc} {place}", "{street} {n}, {pc} {place}"], pc="%## ##",
            mail=["seznam.cz", "email.cz", "centrum.cz"], work=["vysocina-drevo.cz", "pivovar-hradek.cz"]),
    "rs": G("RS", m=["Nemanja", "Miloš", "Dušan", "Stefan", "Vuk", "Nikola", "Đorđe", "Aleksandar"],
            f=["Jelena", "Milica", "Dragana", "Tijana", "Ivana", "Snežana", "Jovana", "Marija"],
            l=["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović", "Živković", "Radovanović"],
            cities=["Novi Sad", "Niš", "Kragujevac", "Subotica", "Čačak", "Kraljevo"], towns=["Sremski Karlovci", "Zlatibor", "Vršac", "Užice", "Sombor", "Kruševac"],
            villages=["Drvengrad", "Sirogojno", "Kovačica", "Mokra Gora"], districts=["Dorćol", "Vračar", "Zemun", "Novi Beograd", "Savamala"],
            regions=["Vojvodina", "Šumadija", "Srem", "Pomoravlje"], landmarks=["Kalemegdan", "Petrovaradin Fortress", "Hram Svetog Save", "Đavolja Varoš"],
            streets=["Knez Mihailova", "Bulevar kralja Aleksandra", "Nemanjina", "Cara Dušana", "Takovska"], sfmt="{street} {n}",
            addr=["{street} {n}/{u}, {pc} {place}", "{street} {n}, {place}"], pc="%####",
            mail=["gmail.com", "yahoo.com", "eunet.rs"], work=["sumadija-voce.rs", "dunav-prevoz.rs"]),
    "hu": G("HU", m=["Bálint", "Dániel", "Ákos", "Márton", "Gergely", "Péter", "Dávid", "Kristóf"],
            f=["Noémi", "Dóra", "Anna", "Eszter", "Fanni", "Judit", "Orsolya", "Petra"],
            l=["Fekete", "Szalai", "Lakatos", "Mészáros", "Oláh", "Simon", "Rácz", "Fodor", "Pintér", "Hegedűs"], order="hu",
            cities=["Győr", "Szolnok", "Tatabánya", "Kaposvár", "Zalaegerszeg", "Békéscsaba"], towns=["Tokaj", "Szentendre", "Tihany", "Gödöllő", "Kőszeg", "Sárospatak"],
            villages=["Hollókő", "Szigliget", "Bugac", "Magyarkút"], districts=["Józsefváros", "Ferencváros", "Erzsébetváros", "Kelenföld", "Angyalföld"],
            regions=["Alföld", "Dunántúl", "Hortobágy", "Tokaj-Hegyalja", "Őrség"], landmarks=["Országház", "Szent István-bazilika", "Pannonhalmi Főapátság", "Tihanyi apátság"],
            streets=["Fő utca", "Dózsa György út", "Arany János utca", "Szent István körút", "Bem rakpart"], sfmt="{street} {n}.",
            addr=["{pc} {place}, {street} {n}.", "{pc} {place}, {street} {n}. {w}. em. {u}."], pc="%###",
            mail=["freemail.hu", "gmail.com", "t-online.hu"], work=["alfold-mezogazdasag.hu", "balatoni-borok.hu"]),
    # Latin America (two surnames)
    "mx": G("MX", fk="es_MX", two=0.85,
            cities=["Oaxaca de Juárez", "Morelia", "Querétaro", "San Luis Potosí", "Xalapa", "Mérida"], towns=["San Cristóbal de las Casas", "Tepoztlán", "Pátzcuaro", "Real de Catorce", "Bacalar", "Valle de Bravo"],
            villages=["San Juan Chamula", "Cuetzalan", "Mineral del Chico", "Teotitlán del Valle"], districts=["Col. Roma Norte", "Col. Condesa", "Coyoacán", "Col. del Valle", "Santa Fe"],
            regions=["Yucatán", "Chiapas", "Bajío", "Huasteca", "Sierra Gorda"], landmarks=["Chichén Itzá", "Monte Albán", "Ángel de la Independencia", "Palacio de Bellas Artes"],
            streets=["Av. Insurgentes Sur", "Calle Madero", "Av. Revolución", "Calle 60", "Av. Benito Juárez"], sfmt="{street} {n}",
            addr=["{street} {n}, {district}, C.P. {pc}, {place}", "{street} {n} int. {u}, {district}, {place}, {region}"], pc="%####",
            mail=["gmail.com", "hotmail.com", "prodigy.net.mx"], work=["cafe-chiapaneco.mx", "mudanzas-bajio.com.mx"],
            w=["Guadalupe/f", "Dolores/f", "Soledad/f", "Jesús/m", "Rosario/f", "Paz/f"]),
    "co": G("CO", fk="es_CO", two=0.85,
            cities=["Bucaramanga", "Manizales", "Pereira", "Santa Marta", "Pasto", "Armenia", "Popayán"], towns=["Villa de Leyva", "Salento", "Barichara", "Jardín", "Guatapé", "Mompox"],
            villages=["Ráquira", "Palomino", "Minca", "Filandia"], districts=["El Poblado", "Chapinero", "Laureles", "Usaquén", "Getsemaní"],
            regions=["Antioquia", "Eje Cafetero", "Boyacá", "La Guajira", "Valle del Cauca"], landmarks=["Catedral de Sal", "Ciudad Perdida", "Caño Cristales", "Piedra del Peñol"],
            streets=["Calle 10", "Carrera 7", "Avenida El Dorado", "Calle 85", "Carrera 43A"], sfmt="{street} # {n}-{u}",
            addr=["{street} # {n}-{u}, {district}, {place}", "{street} # {n}-{u} apto {w}0{k}, {place}"], pc="%#####",
            mail=["gmail.com", "hotmail.com", "une.net.co"], work=["cafe-quindio.co", "flores-sabana.com.co"],
            w=["Milagros/f", "Consuelo/f", "Amparo/f", "Esperanza/f"]),
    "pe": G("PE", m=["Wilber", "Teodoro", "Rubén", "Inti", "Yaku", "Edwin", "Amaru", "Fortunato"],
            f=["Killa", "Sumaq", "Nayra", "Yolanda", "Flor de María", "Marleny", "Quilla", "Rosa Luz"],
            l=["Quispe", "Mamani", "Huamán", "Condori", "Ccori", "Apaza", "Choque", "Ticona", "Huanca", "Cusi", "Pari", "Yupanqui"], two=1.0,
            w=["Milagros/f", "Luz/f", "Lucero/f", "Santos/m"],
            cities=["Arequipa", "Cusco", "Trujillo", "Puno", "Ayacucho", "Huancayo", "Cajamarca"], towns=["Ollantaytambo", "Pisac", "Chivay", "Urubamba", "Juliaca", "Andahuaylas"],
            villages=["Taquile", "Chinchero", "Raqchi", "Amantaní"], districts=["Miraflores", "Barranco", "San Blas", "Yanahuara", "Wanchaq"],
            regions=["Valle Sagrado", "Apurímac", "Madre de Dios", "Altiplano", "Áncash"], landmarks=["Machu Picchu", "Lago Titicaca", "Vinicunca", "Cañón del Colca"],
            streets=["Av. El Sol", "Jr. de la Unión", "Calle Mercaderes", "Av. Ejército", "Calle Plateros"], sfmt="{street} {n}",
            addr=["{street} {n}, {district}, {place}", "{street} {n} dpto. {u}, {district}, {place}"], pc="%####",
            mail=["gmail.com", "hotmail.com"], work=["alpaca-andina.pe", "cooperativa-qosqo.pe"]),
    "cl": G("CL", fk="es_CL", two=0.8,
            cities=["Valparaíso", "Concepción", "Temuco", "Antofagasta", "La Serena", "Puerto Montt"], towns=["Pucón", "San Pedro de Atacama", "Frutillar", "Castro", "Puerto Natales", "Pichilemu"],
            villages=["Caleta Tortel", "Vichuquén", "Cochiguaz", "Pisco Elqui"], districts=["Providencia", "Ñuñoa", "Las Condes", "Cerro Alegre", "Bellavista"],
            regions=["Araucanía", "Región de Los Lagos", "Atacama", "Magallanes", "Biobío"], landmarks=["Torres del Paine", "Cerro San Cristóbal", "Valle de la Luna", "Ascensor Polanco"],
            streets=["Av. Providencia", "Calle Merced", "Av. Argentina", "Calle Prat", "Av. Grecia"], sfmt="{street} {n}",
            addr=["{street} {n}, depto. {u}, {district}, {place}", "{street} {n}, {place}"], pc="%######",
            mail=["gmail.com", "vtr.net"], work=["salmones-sur.cl", "vinos-colchagua.cl"]),
    "ar": G("AR", fk="es_AR", two=0.25,
            cities=["Rosario", "Córdoba", "Salta", "Bariloche", "Mar del Plata", "Tucumán"], towns=["Tilcara", "Purmamarca", "El Chaltén", "Cafayate", "Villa La Angostura", "Tigre"],
            villages=["Iruya", "Cachi", "Caviahue", "Uspallata"], districts=["Palermo", "San Telmo", "Recoleta", "Belgrano", "Villa Crespo"],
            regions=["Patagonia", "Cuyo", "Mesopotamia", "Noroeste", "la Pampa húmeda"], landmarks=["Obelisco", "Glaciar Perito Moreno", "Cataratas del Iguazú", "Cerro de los Siete Colores"],
            streets=["Av. Corrientes", "Av. de Mayo", "Calle Florida", "Av. Santa Fe", "Av. Rivadavia"], sfmt="{street} {n}",
            addr=["{street} {n}, piso {w} dto. {L}, {pc} {place}", "{street} {n}, {place}"], pc="C%###???",
            mail=["gmail.com", "fibertel.com.ar", "hotmail.com"], work=["yerba-misiones.com.ar", "bodega-cuyo.ar"]),
    # Pacific and Indigenous peoples
    "ws": G("WS", m=["Tavita", "Sione", "Lemalu", "Falaniko", "Iosefa", "Tusi", "Aperila", "Faamanu"],
            f=["Losa", "Malia", "Fetu", "Seini", "Lagi", "Tasi", "Leilani", "Faafetai"],
            l=["Faleolo", "Tuilagi", "Leota", "Sapolu", "Fuimaono", "Aumua", "Tuiasosopo", "Lauina", "Masoe", "Fa'alogo"],
            cities=["Apia", "Salelologa", "Asau", "Mulifanua"], towns=["Leulumoega", "Lufilufi", "Siumu", "Safotu", "Falealupo", "Faleula"],
            villages=["Lalomanu", "Manono-uta", "Poutasi", "Satitoa"], districts=["Vaitele", "Matautu", "Moata'a", "Fugalei"],
            regions=["Upolu", "Savai'i", "Tuamasaga", "Atua"], landmarks=["To Sua Ocean Trench", "Piula Cave Pool", "Papase'ea Sliding Rocks"],
            streets=["Beach Road", "Vaea Street", "Falealili Street", "Mulinu'u Road"], sfmt="{street}",
            addr=["{street}, {district}, {place}", "Lot {n}, {street}, {place}"], pc=None,
            mail=["gmail.com", "lesamoa.net"], work=["savaii-koko.ws", "apia-freight.ws"]),
    "to": G("TO", m=["Siosaia", "Viliami", "Tevita", "Semisi", "Pita", "Sitani", "Tomasi", "Paula"],
            f=["Mele", "Salote", "Lupe", "Ana", "'Ofa", "Seini", "Losaline", "Kalolaine"],
            l=["Taufa", "Fifita", "Vaipulu", "Tu'ipulotu", "Havili", "Kupu", "Moala", "Latu", "Fonua", "Vaka"],
            w=["'Ofa/f", "Mele/f"],
            cities=["Nuku'alofa", "Neiafu", "Pangai", "'Ohonua"], towns=["Kolonga", "Mu'a", "Houma", "Vaini", "Kolovai", "Nukunuku"],
            villages=["Ha'ateiho", "Fua'amotu", "Lapaha", "Niutoua"], districts=["Kolofo'ou", "Ma'ufanga", "Fasi-moe-Afi", "Halaleva"],
            regions=["Tongatapu", "Vava'u", "Ha'apai", "'Eua"], landmarks=["Ha'amonga 'a Maui", "Mapu'a 'a Vaea blowholes", "Anahulu Cave"],
            streets=["Taufa'ahau Road", "Vuna Road", "Salote Road", "Hala Fatafehi"], sfmt="{street}",
            addr=["{street}, {district}, {place}"], pc=None,
            mail=["gmail.com", "kalianet.to"], work=["vavau-vanilla.to"]),
    "mi": G("NZ", m=["Wiremu", "Hemi", "Rawiri", "Tama", "Nikau", "Manaia", "Tane", "Rangi"],
            f=["Aroha", "Mere", "Anahera", "Kahurangi", "Ngaire", "Hine", "Moana", "Atawhai"],
            l=["Ngata", "Parata", "Tipene", "Te Rangi", "Horomona", "Ruatapu", "Tawhiri", "Kereama", "Te Whata", "Walker"],
            w=["Aroha/f", "Moana/f", "Hope/f"],
            cities=["Rotorua", "Whangārei", "Gisborne", "Napier", "Palmerston North", "Nelson"], towns=["Ōpōtiki", "Kaikōura", "Taupō", "Whakatāne", "Kerikeri", "Ōtorohanga"],
            villages=["Ruatōria", "Te Araroa", "Tokomaru Bay", "Whirinaki"], districts=["Ōtara", "Ponsonby", "Te Aro", "Māngere", "Porirua East"],
            regions=["Te Tai Tokerau", "Waikato", "Bay of Plenty", "Tairāwhiti", "Hawke's Bay"], landmarks=["Aoraki", "Tāne Mahuta", "Waitangi Treaty Grounds", "Whakarewarewa"],
            streets=["Te Ngae Road", "Fenton Street", "Cuba Street", "Karangahape Road", "Gladstone Road"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place} {pc}", "{n} {street}, {place} {pc}"], pc="%###",
            mail=["xtra.co.nz", "gmail.com"], work=["kiwi-kai.co.nz", "tairawhiti-marae.org.nz"]),
    "sami": G("NO", m=["Niillas", "Ánde", "Máhtte", "Issát", "Jovnna", "Áslat", "Nils Ánte", "Piera"],
            f=["Áile", "Sárá", "Risten", "Elle", "Inga", "Máret", "Biret", "Ristin"],
            l=["Somby", "Gaup", "Sara", "Eira", "Hætta", "Buljo", "Utsi", "Turi", "Balto", "Kemi"],
            cities=["Tromsø", "Alta", "Hammerfest", "Vadsø"], towns=["Kautokeino", "Karasjok", "Tana bru", "Jokkmokk", "Inari", "Utsjoki"],
            villages=["Máze", "Nuorgam", "Karigasniemi", "Láhpoluoppal"], districts=["Tromsdalen", "Kvaløysletta", "Elvebakken", "Bossekop"],
            regions=["Finnmark", "Sápmi", "Troms", "Norrbotten"], landmarks=["Nordkapp", "Alta rock carvings", "Ishavskatedralen"],
            streets=["Storgata", "Markveien", "Fjellveien", "Elvestrandvegen"], sfmt="{street} {n}",
            addr=["{street} {n}, {pc} {place}"], pc="9%##",
            mail=["online.no", "gmail.com"], work=["reindrift-finnmark.no", "duodji-design.no"]),
    "inuit": G("CA", m=["Jaypeetee", "Pauloosie", "Tagak", "Simeonie", "Joamie", "Sakiasie", "Elisapee", "Iqaluk"],
            f=["Aputi", "Nuvija", "Oopik", "Leetia", "Malaya", "Siila", "Kanayuk", "Ooleepeeka"],
            l=["Kilabuk", "Akavak", "Ipeelie", "Qaqqasiq", "Nowdlak", "Arnaquq", "Kunuk", "Pitsiulak", "Alookie", "Qaunaq"],
            cities=["Iqaluit", "Rankin Inlet", "Kuujjuaq", "Inuvik"], towns=["Pangnirtung", "Cambridge Bay", "Igloolik", "Pond Inlet", "Kinngait", "Arviat"],
            villages=["Kimmirut", "Qikiqtarjuaq", "Grise Fiord", "Whale Cove"], districts=["Apex", "Happy Valley", "Tundra Valley", "Lower Base"],
            regions=["Nunavut", "Nunavik", "Qikiqtaaluk", "Kivalliq", "Nunatsiavut"], landmarks=["Auyuittuq National Park", "Qaummaarviit", "Sylvia Grinnell Territorial Park"],
            streets=["Queen Elizabeth Way", "Federal Road", "Niaqunngusiariaq", "Mivvik Street"], sfmt="{n} {street}",
            addr=["Building {n}, {street}, {place}, NU {pc}", "{n} {street}, {place} {pc}"], pc="X0A %?%",
            mail=["qiniq.com", "gmail.com", "northwestel.net"], work=["arctic-coop.ca", "nunavut-outfitters.ca"]),
    # Middle East, North Africa, Iran (Latin letters)
    "ir": G("IR", m=["Arash", "Kourosh", "Dariush", "Babak", "Farhad", "Reza", "Siavash", "Omid"],
            f=["Shirin", "Parisa", "Golnaz", "Maryam", "Nasrin", "Yasaman", "Roya", "Setareh"],
            l=["Mohammadi", "Hosseini", "Rezaei", "Karimi-Nejad", "Ahmadzadeh", "Jafari", "Rostami", "Ghorbani", "Mousavi", "Sadeghi"],
            w=["Omid/m", "Setareh/f", "Bahar/f", "Roya/f"],
            cities=["Isfahan", "Shiraz", "Tabriz", "Mashhad", "Yazd", "Kerman", "Rasht"], towns=["Kashan", "Bam", "Qazvin", "Hamadan", "Kish", "Ramsar"],
            villages=["Abyaneh", "Masuleh", "Kandovan", "Meymand"], districts=["Tajrish", "Niavaran", "Jolfa", "Saadat Abad"],
            regions=["Gilan", "Mazandaran", "Fars", "Khuzestan", "Kurdistan"], landmarks=["Naqsh-e Jahan Square", "Persepolis", "Milad Tower", "Si-o-se-pol"],
            streets=["Valiasr Street", "Enghelab Street", "Chaharbagh Avenue", "Zand Boulevard", "Ferdowsi Avenue"], sfmt="No. {n}, {street}",
            addr=["No. {n}, {street}, {district}, {place} {pc}", "{street}, alley {w}, no. {n}, {place}"], pc="%#########",
            mail=["gmail.com", "yahoo.com"], work=["persian-saffron.ir", "zagros-carpet.com"]),
    "eg": G("EG", m=["Mahmoud", "Karim", "Sherif", "Amr", "Ahmed", "Mostafa", "Hazem", "Islam"],
            f=["Mariam", "Yasmin", "Heba", "Salma", "Aya", "Reham", "Shaimaa", "Doaa"],
            l=["Abdel-Rahman", "el-Sayed", "Farouk", "Soliman", "Naguib", "Hegazy", "el-Masry", "Fathy", "Zaki", "Mansour"],
            w=["Nour/f", "Amal/f", "Sabah/f", "Islam/m"],
            cities=["Alexandria", "Luxor", "Mansoura", "Asyut", "Suez", "Faiyum"], towns=["Siwa", "Dahab", "Rosetta", "Marsa Alam", "El Gouna", "Edfu"],
            villages=["Tunis", "Gharb Soheil", "Nazlet el-Samman", "Dahshur"], districts=["Garden City", "Sidi Gaber", "Roushdy", "Smouha", "New Cairo", "Agouza"],
            regions=["Upper Egypt", "Sinai", "the Delta", "Western Desert", "Nubia"], landmarks=["Pyramids of Giza", "Abu Simbel", "Bibliotheca Alexandrina", "Valley of the Kings"],
            streets=["Talaat Harb Street", "Corniche el-Nil", "26th of July Street", "Salah Salem Road", "Fouad Street"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place} {pc}", "Apartment {u}, {n} {street}, {place}"], pc="%####",
            mail=["gmail.com", "yahoo.com", "hotmail.com"], work=["nile-delta-cotton.com.eg", "siwa-dates.eg"]),
    "ma": G("MA", m=["Anas", "Hamza", "Soufiane", "Mehdi", "Yassine", "Ismail", "Adil", "Nabil"],
            f=["Imane", "Khadija", "Meryem", "Loubna", "Houda", "Nisrine", "Wiam", "Sanaa"],
            l=["Alaoui", "Berrada", "Tazi", "Idrissi", "Chraibi", "El Amrani", "Benkirane", "Ouazzani Touhami", "Ait Benhaddou", "El Khattabi"],
            w=["Noor/f", "Amal/f"],
            cities=["Agadir", "Safi", "Béni Mellal", "Khouribga", "Taza", "Larache"], towns=["Ouarzazate", "Azrou", "Asilah", "Taroudant", "Tiznit", "Merzouga"],
            villages=["Imlil", "Aït Bouguemez", "Tafraoute", "Moulay Idriss Zerhoun"], districts=["Hay Hassani", "Anfa", "Sidi Maârouf", "Hivernage", "Derb Sultan"],
            regions=["Rif", "Haut Atlas", "Souss", "Oriental", "Tafilalet"], landmarks=["Kasbah des Oudayas", "Bab Boujloud", "Médersa Ben Youssef", "Grottes d'Hercule"],
            streets=["Rue Ibn Battouta", "Boulevard Mohammed V", "Avenue Hassan II", "Rue de Fès", "Avenue Moulay Youssef"], sfmt="{n}, {street}",
            addr=["{n}, {street}, {district}, {pc} {place}", "Résidence {street2}, appt {u}, {place}"], pc="%####",
            mail=["gmail.com", "menara.ma", "hotmail.fr"], work=["argan-souss.ma", "atlas-transit.ma"]),
    "lev": G("JO", m=["Rami", "Ziad", "Fadi", "Omar", "Nabil", "Samer", "Tamer", "Majd"],
            f=["Rania", "Lina", "Maya", "Nisreen", "Dima", "Hala", "Ruba", "Tala"],
            l=["Haddad", "Khoury", "Saliba", "Azar", "Shami", "Tannous", "Qasem", "Khalil", "Odeh", "Habash"],
            w=["Hala/f", "Salam/f", "Farah/f"],
            cities=["Irbid", "Zarqa", "Aqaba", "Madaba", "Tripoli", "Sidon", "Zahle"], towns=["Jerash", "Ajloun", "Salt", "Batroun", "Baalbek", "Deir al-Qamar"],
            villages=["Dana", "Umm Qais", "Bsharri", "Ehden"], districts=["Jabal Amman", "Abdoun", "Hamra", "Achrafieh", "Gemmayzeh", "Sweifieh"],
            regions=["Mount Lebanon", "Bekaa", "Jordan Valley", "Chouf"], landmarks=["Petra", "Jeita Grotto", "Wadi Rum", "Amman Citadel", "Raouché Rocks"],
            streets=["Rainbow Street", "Rue Hamra", "Gouraud Street", "Mecca Street", "Zahran Street"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place} {pc}", "Building {n}, {street}, {place}"], pc="%####",
            mail=["gmail.com", "hotmail.com", "yahoo.com"], work=["levant-olive.com", "petra-tours.jo"]),
    "om": G("OM", m=["Said", "Salim", "Hilal", "Badr", "Khalfan", "Yaqoob", "Hamood", "Azzan"],
            f=["Muna", "Asma", "Thuraya", "Bushra", "Zuwaina", "Aziza", "Shamsa", "Ruqaiya"],
            l=["Al-Busaidi", "Al-Harthy", "Al-Balushi", "Al-Rawahi", "Al-Hinai", "Al-Maskari", "Al-Kindi", "Al-Abri", "Al-Siyabi", "Al-Wahaibi"],
            cities=["Salalah", "Sohar", "Nizwa", "Sur", "Ibri", "Rustaq"], towns=["Bahla", "Khasab", "Sinaw", "Mirbat", "Samail", "Ibra"],
            villages=["Misfat al Abriyeen", "Wakan", "Birkat al Mouz", "Al Hamra"], districts=["Al Khuwair", "Qurum", "Ruwi", "Al Mouj", "Madinat Sultan Qaboos"],
            regions=["Dhofar", "Al Batinah", "Ad Dakhiliyah", "Musandam", "Al Wusta"], landmarks=["Nizwa Fort", "Wahiba Sands", "Wadi Shab", "Jebel Akhdar"],
            streets=["Sultan Qaboos Street", "Al Bahri Road", "18th November Street", "Way 2601"], sfmt="{street}, building {n}",
            addr=["Villa {n}, Way {u}{w}, {district}, {place} {pc}", "Building {n}, {street}, {place}"], pc="%##",
            mail=["gmail.com", "omantel.net.om"], work=["dhofar-frankincense.om", "batinah-fisheries.om"]),
})
GROUPS.update({
    # Western and other European (Faker names; places from this module)
    "us": G("US", fk="en_US",
            w=["Hope/f", "Grace/f", "Paris/f", "Sydney/f", "Dallas/m", "Austin/m", "Savannah/f", "Brooklyn/f", "Chase/m", "Faith/f", "Joy/f", "Florence/f", "Georgia/f", "Dakota/f"],
            nick=["Bud", "Kit", "Dee", "Sully", "Trip", "Lou"],
            cities=["Duluth", "Missoula", "Asheville", "Flagstaff", "Burlington", "Boise", "Ithaca", "Savannah"], towns=["Marfa", "Bar Harbor", "Bozeman", "Sedona", "Taos", "Florence"],
            villages=["Woodstock", "Cooperstown", "Stowe", "Mystic"], districts=["Hyde Park", "Capitol Hill", "South Philly", "Wicker Park", "the Mission"],
            regions=["New England", "the Midwest", "Upstate New York", "Appalachia", "Texas Hill Country"], landmarks=["Golden Gate Bridge", "Space Needle", "Gateway Arch", "Mount Rushmore"],
            streets=["Elm Street", "Maple Avenue", "Pine Ridge Road", "Lincoln Avenue", "Washington Street", "Cedar Lane"], sfmt="{n} {street}",
            addr=["{n} {street}, {place}, {st} {pc}", "{n} {street} Apt {u}, {place}, {st} {pc}"], pc="%####", st=["MN", "MT", "NC", "AZ", "VT", "ID", "NY", "GA", "TX", "ME"],
            mail=["gmail.com", "yahoo.com", "icloud.com", "comcast.net"], work=["bluegrass-catering.com", "northstar-movers.com"]),
    "gb": G("GB", fk="en_GB",
            w=["Florence/f", "Grace/f", "Hope/f", "Poppy/f", "Rose/f", "Sydney/m"],
            nick=["Alfie", "Bex", "Jonno", "Tash", "Robbo", "Lottie"],
            cities=["Stoke-on-Trent", "Sunderland", "Norwich", "Exeter", "Lancaster", "Inverness", "Swansea"], towns=["Whitby", "Hebden Bridge", "Ludlow", "Tobermory", "Padstow", "Hay-on-Wye"],
            villages=["Bourton-on-the-Water", "Castle Combe", "Mousehole", "Goathland"], districts=["Jesmond", "Headingley", "Didsbury", "Morningside", "Brixton"],
            regions=["the Cotswolds", "Yorkshire Dales", "Cornwall", "the Highlands", "East Anglia"], landmarks=["Hadrian's Wall", "Stonehenge", "Angel of the North", "Clifton Suspension Bridge"],
            streets=["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Albert Terrace"], sfmt="{n} {street}",
            addr=["{n} {street}, {place} {pcf}", "Flat {u}, {n} {street}, {place}, {pcf}"], pc="faker",
            mail=["btinternet.com", "gmail.com", "sky.com"], work=["fenland-removals.co.uk", "dales-vets.co.uk"]),
    "ie": G("IE", m=["Cathal", "Oisín", "Tadhg", "Donnacha", "Ruairí", "Cian"], f=["Aoife", "Siobhán", "Niamh", "Gráinne", "Caoimhe", "Saoirse"],
            l=["Ó Súilleabháin/Ní Shúilleabháin", "Mac Cárthaigh/Nic Cárthaigh", "O'Brien", "Fitzgerald", "Ó Ceallaigh/Ní Cheallaigh", "Kavanagh", "Brennan", "Ó Murchú/Ní Mhurchú"],
            cities=["Athlone", "Sligo", "Drogheda", "Tralee", "Letterkenny", "Ennis"], towns=["Dingle", "Kinsale", "Westport", "Clifden", "Cobh", "Lahinch"],
            villages=["Doolin", "Glendalough", "Adare", "Inistioge"], districts=["Rathmines", "Ranelagh", "Salthill", "Blackrock", "Ballsbridge"],
            regions=["Connemara", "the Burren", "Donegal", "Wicklow", "the Gaeltacht"], landmarks=["Cliffs of Moher", "Rock of Cashel", "Newgrange", "Skellig Michael"],
            streets=["Main Street", "Shop Street", "Patrick Street", "Quay Street", "Bridge Street"], sfmt="{n} {street}",
            addr=["{n} {street}, {place}, {pcf}", "{n} {street}, {place}"], pc="faker",
            mail=["eircom.net", "gmail.com"], work=["burren-smokehouse.ie", "shannon-vets.ie"]),
    "au": G("AU", fk="en_AU",
            w=["Sydney/f", "Adelaide/f", "Hope/f", "Brighton/m"],
            nick=["Davo", "Shazza", "Robbo", "Macca", "Jonesy"],
            cities=["Townsville", "Cairns", "Ballarat", "Wollongong", "Toowoomba", "Launceston"], towns=["Byron Bay", "Margaret River", "Broome", "Alice Springs", "Port Douglas", "Mudgee"],
            villages=["Hahndorf", "Milawa", "Berrima", "Cygnet"], districts=["Fitzroy", "Surry Hills", "Fortitude Valley", "Subiaco", "Glenelg"],
            regions=["the Kimberley", "Barossa Valley", "Gippsland", "Top End", "Hunter Valley"], landmarks=["Uluru", "Sydney Opera House", "Twelve Apostles", "Harbour Bridge"],
            streets=["Smith Street", "Brunswick Street", "Hay Street", "Flinders Lane", "Rundle Mall"], sfmt="{n} {street}",
            addr=["{n} {street}, {place} {st} {pc}", "Unit {u}/{n} {street}, {place} {st} {pc}"], pc="%###", st=["NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT"],
            mail=["bigpond.com", "gmail.com"], work=["outback-vets.com.au", "coastal-removals.com.au"]),
    "de": G("DE", fk="de_DE", fkst=True,
            cities=["Göttingen", "Paderborn", "Oldenburg", "Erfurt", "Trier", "Lüneburg"], towns=["Quedlinburg", "Rothenburg ob der Tauber", "Meersburg", "Wernigerode", "Bad Tölz", "Husum"],
            villages=["Ramsau", "Worpswede", "Beilstein", "Kloster Zinna"], districts=["Altona", "Schwabing", "Friedrichshain", "Sachsenhausen", "Linden-Nord"],
            regions=["Eifel", "Uckermark", "Spreewald", "Breisgau", "Sauerland", "Altes Land"], landmarks=["Schloss Neuschwanstein", "Hermannsdenkmal", "Loreley", "Völkerschlachtdenkmal"],
            sfmt="{street} {n}", addr=["{street} {n}, {pcf} {place}"], pc="faker",
            mail=["web.de", "gmx.de", "t-online.de", "posteo.de"], work=["umzuege-nord.de", "tierarztpraxis-am-wall.de"]),
    "fr": G("FR", fk="fr_FR", fkst=True,
            w=["Florence/f", "Margaux/f", "Victoire/f", "Aimé/m", "Prosper/m", "Désiré/m"],
            cities=["Angers", "Besançon", "Limoges", "Perpignan", "Quimper", "Chambéry"], towns=["Saint-Malo", "Honfleur", "Annecy", "Colmar", "Sarlat-la-Canéda", "Uzès"],
            villages=["Gordes", "Rocamadour", "Eguisheim", "Saint-Cirq-Lapopie"], districts=["la Croix-Rousse", "le Marais", "Belleville", "le Panier", "les Chartrons"],
            regions=["Auvergne", "Périgord", "Camargue", "Franche-Comté", "Pays basque", "Vendée"], landmarks=["Mont-Saint-Michel", "Pont du Gard", "Dune du Pilat", "Viaduc de Millau"],
            sfmt="{n} {street}", addr=["{n} {street}, {pcf} {place}", "{n} {street}\nBât. {L}, {pcf} {PLACE}"], pc="faker",
            mail=["orange.fr", "free.fr", "laposte.net", "gmail.com"], work=["garage-des-lilas.fr", "pompes-funebres-roc.fr"]),
    "es": G("ES", fk="es_ES", fkst=True, two=0.9,
            w=["Lourdes/f", "Rosario/f", "Soledad/f", "Dolores/f", "Pilar/f", "Consuelo/f", "Remedios/f", "Amparo/f", "Reyes/f"],
            cities=["Albacete", "Badajoz", "Lugo", "Huesca", "Teruel", "Jaén"], towns=["Ronda", "Cuenca", "Frigiliana", "Sigüenza", "Cadaqués", "Olite"],
            villages=["Albarracín", "Setenil de las Bodegas", "Potes", "Valldemossa"], districts=["Lavapiés", "Malasaña", "el Raval", "Ruzafa", "Deusto", "el Albaicín"],
            regions=["Galicia", "Castilla-La Mancha", "Aragón", "Cantabria", "la Alpujarra"], landmarks=["Acueducto de Segovia", "Giralda", "Torre de Hércules", "Ciudad de las Artes y las Ciencias"],
            sfmt="{street}, {n}", addr=["{street}, {n}, {w}º {L}, {pcf} {place}", "{street}, {n}, {pcf} {place} ({region})"], pc="faker",
            mail=["telefonica.net", "gmail.com", "hotmail.es"], work=["inmobiliaria-sol.es", "mudanzas-norte.es"]),
    "it": G("IT", fk="it_IT", fkst=True,
            w=["Fortunato/m", "Benvenuto/m", "Felice/m", "Speranza/f", "Gioia/f", "Fiorenza/f"],
            cities=["Perugia", "Udine", "Bergamo", "Ravenna", "Cosenza", "Sassari"], towns=["Alberobello", "Spoleto", "Bobbio", "Tropea", "Bardolino", "Civita di Bagnoregio"],
            villages=["Castelmezzano", "Vernazza", "Sperlinga", "Craco"], districts=["Testaccio", "Navigli", "Oltrarno", "Quartieri Spagnoli", "San Salvario"],
            regions=["Valle d'Aosta", "Molise", "Abruzzo", "Friuli", "Calabria", "Langhe"], landmarks=["Torre di Pisa", "Arena di Verona", "Ponte Vecchio", "Reggia di Caserta"],
            sfmt="{street} {n}", addr=["{street} {n}, {pcf} {place}", "{street} {n}, {pcf} {place} ({pv})"], pc="faker", pv=["PG", "UD", "BG", "RA", "CS", "SS"],
            mail=["libero.it", "virgilio.it", "tiscali.it"], work=["notaio-ferri.it", "cantina-sociale.it"]),
    "nl": G("NL", fk="nl_NL", fkst=True,
            cities=["Enschede", "Deventer", "Middelburg", "Venlo", "Alkmaar", "Assen"], towns=["Giethoorn", "Volendam", "Harlingen", "Zierikzee", "Bourtange", "Thorn"],
            villages=["Marken", "Orvelte", "Schiermonnikoog", "Ransdorp"], districts=["Jordaan", "Lombok", "Wittevrouwen", "Indische Buurt", "Oud-Zuid"],
            regions=["Zeeland", "Twente", "Veluwe", "Achterhoek", "Brabant"], landmarks=["Afsluitdijk", "Euromast", "Zaanse Schans", "Dom-toren"],
            sfmt="{street} {n}", addr=["{street} {n}, {pcf} {place}", "{street} {n}-{u}, {pcf} {PLACE}"], pc="faker",
            mail=["ziggo.nl", "kpnmail.nl", "xs4all.nl", "gmail.com"], work=["vrijwilligers-oost.nl", "verhuisbedrijf-dekker.nl"]),
    "se": G("SE", fk="sv_SE", fkst=True,
            cities=["Umeå", "Luleå", "Växjö", "Karlstad", "Östersund", "Visby"], towns=["Sigtuna", "Ystad", "Mora", "Åre", "Smögen", "Vadstena"],
            villages=["Fjällbacka", "Mölle", "Tällberg", "Kivik"], districts=["Södermalm", "Haga", "Majorna", "Möllevången", "Vasastan"],
            regions=["Norrland", "Dalarna", "Skåne", "Gotland", "Jämtland", "Småland"], landmarks=["Vasamuseet", "Turning Torso", "Ales stenar", "Icehotel"],
            sfmt="{street} {n}", addr=["{street} {n}, {pc} {place}", "{street} {n} lgh 1{u}0{k}, {pc} {PLACE}"], pc="%## ##",
            mail=["telia.com", "gmail.com", "bredband.net"], work=["begravning-norr.se", "idrottsklubben.se"]),
    "fi": G("FI", fk="fi_FI", fkst=True,
            cities=["Jyväskylä", "Kokkola", "Mikkeli", "Kajaani", "Lappeenranta", "Porvoo"], towns=["Naantali", "Nurmes", "Kemijärvi", "Hanko", "Rauma", "Sodankylä"],
            villages=["Fiskars", "Kilpisjärvi", "Saariselkä", "Nuuksio"], districts=["Pispala", "Töölö", "Punavuori", "Linnanmaa", "Kupittaa"],
            regions=["Karjala", "Pohjanmaa", "Ahvenanmaa", "Päijät-Häme", "Kymenlaakso"], landmarks=["Temppeliaukion kirkko", "Sibelius-monumentti", "Koli", "Petäjäveden vanha kirkko"],
            sfmt="{street} {n}", addr=["{street} {n} {L} {u}, {pcf} {place}", "{street} {n}, {pcf} {PLACE}"], pc="faker",
            mail=["gmail.com", "elisanet.fi", "saunalahti.fi"], work=["seura-urheilu.fi", "savon-kuljetus.fi"]),
    "dk": G("DK", fk="da_DK", fkst=True,
            cities=["Esbjerg", "Randers", "Kolding", "Horsens", "Vejle", "Roskilde"], towns=["Skagen", "Ribe", "Ærøskøbing", "Tønder", "Dragør", "Faaborg"],
            villages=["Sønderho", "Gudhjem", "Løkken", "Mandø"], districts=["Nørrebro", "Vesterbro", "Frederiksberg", "Christianshavn", "Trøjborg"],
            regions=["Jylland", "Fyn", "Bornholm", "Sønderjylland", "Vendsyssel"], landmarks=["Den Lille Havfrue", "Kronborg", "Rundetårn", "Møns Klint"],
            sfmt="{street} {n}", addr=["{street} {n}, {k}. tv., {pcf} {place}", "{street} {n}, {pcf} {place}"], pc="faker",
            mail=["mail.dk", "gmail.com", "jubii.dk"], work=["ejendomshuset.dk", "fynske-flyttefolk.dk"]),
    "no": G("NO", fk="no_NO", fkst=True,
            cities=["Bodø", "Drammen", "Ålesund", "Haugesund", "Lillehammer", "Molde"], towns=["Røros", "Flåm", "Reine", "Geiranger", "Lofthus", "Svolvær"],
            villages=["Henningsvær", "Undredal", "Nusfjord", "Hamnøy"], districts=["Grünerløkka", "Majorstuen", "Møhlenpris", "Bakklandet", "Sagene"],
            regions=["Vestlandet", "Lofoten", "Hardanger", "Trøndelag", "Telemark"], landmarks=["Preikestolen", "Trolltunga", "Holmenkollbakken", "Nidarosdomen"],
            sfmt="{street} {n}", addr=["{street} {n}, {pcf} {place}", "{street} {n} {L}, {pcf} {PLACE}"], pc="faker",
            mail=["online.no", "gmail.com", "hotmail.no"], work=["fotballklubb.no", "fjordflytting.no"]),
    "br": G("BR", fk="pt_BR", fkst=True,
            w=["Vitória/f", "Graça/f", "Glória/f", "Luz/f", "Jesus/m"],
            cities=["Campina Grande", "Juiz de Fora", "Ribeirão Preto", "Caxias do Sul", "Feira de Santana", "Blumenau"], towns=["Paraty", "Tiradentes", "Ouro Preto", "Lençóis", "Bonito", "Jericoacoara"],
            villages=["Trancoso", "Alter do Chão", "São Jorge", "Vale do Capão"], districts=["Vila Madalena", "Lapa", "Barra da Tijuca", "Meireles", "Cidade Baixa"],
            regions=["Nordeste", "Chapada Diamantina", "Pantanal", "Serra Gaúcha", "Zona da Mata"], landmarks=["Teatro Amazonas", "Elevador Lacerda", "Escadaria Selarón", "Ponte Hercílio Luz"],
            sfmt="{street}, {n}", addr=["{street}, {n} – {district}, {place}/{uf}, CEP {pc}", "{street}, {n}, casa {u}, {place} - {uf}"], pc="%####-###",
            uf=["PB", "MG", "SP", "RS", "BA", "SC"], mail=["gmail.com", "uol.com.br", "bol.com.br"], work=["oficina-do-ze.com.br", "coop-cafe-sul.com.br"]),
    "pt": G("PT", fk="pt_PT", fkst=True,
            cities=["Braga", "Coimbra", "Aveiro", "Viseu", "Évora", "Faro"], towns=["Óbidos", "Sintra", "Tomar", "Monsaraz", "Marvão", "Lagos"],
            villages=["Piódão", "Monsanto", "Sortelha", "Aldeia da Pena"], districts=["Alfama", "Mouraria", "Campo de Ourique", "Foz do Douro", "Benfica"],
            regions=["Trás-os-Montes", "Beira Baixa", "Minho", "Algarve", "Ribatejo"], landmarks=["Torre de Belém", "Ponte 25 de Abril", "Palácio da Pena", "Bom Jesus do Monte"],
            sfmt="{street}, {n}", addr=["{street}, {n}, {w}.º Esq., {pc} {place}", "{street}, {n}, {pc} {place}"], pc="%###-###",
            mail=["sapo.pt", "gmail.com", "netcabo.pt"], work=["escola-ribeira.pt", "notariado-minho.pt"]),
    "tr": G("TR", fk="tr_TR",
            w=["Umut/m", "Deniz/f", "Derya/f", "Barış/m", "Güneş/f"],
            cities=["Eskişehir", "Trabzon", "Gaziantep", "Erzurum", "Van", "Aydın"], towns=["Safranbolu", "Amasra", "Ürgüp", "Kaş", "Ayvalık", "Bozcaada"],
            villages=["Şirince", "Cumalıkızık", "Uçhisar", "Adatepe"], districts=["Cihangir", "Bornova", "Alsancak", "Bahçelievler", "Göztepe"],
            regions=["Doğu Karadeniz", "Likya", "Çukurova", "İç Anadolu", "Marmara"], landmarks=["Sümela Manastırı", "Nemrut Dağı", "Efes Antik Kenti", "Galata Köprüsü"],
            streets=["İstiklal Caddesi", "Bağdat Caddesi", "Atatürk Bulvarı", "Cumhuriyet Caddesi", "Fevzi Çakmak Sokak"], sfmt="{street} No: {n}",
            addr=["{district} Mah. {street} No: {n} D: {u}, {pc} {place}", "{street} No:{n}/{u}, {district}/{place}"], pc="%####",
            mail=["gmail.com", "hotmail.com", "yandex.com.tr"], work=["karadeniz-findik.com.tr", "ege-nakliyat.com"]),
    # East Asia (native script in ja/zh/ko templates)
    "jp": G("JP", native="ja",
            cities=["Matsumoto", "Takayama", "Hirosaki", "Izumo", "Hamamatsu", "Kirishima", "Yokote"], towns=["Karuizawa", "Hakone", "Biei", "Niseko", "Kusatsu", "Shirahama"],
            villages=["Shirakawa-go", "Tsumago", "Ouchi-juku", "Gokayama"], districts=["Gion", "Shimokitazawa", "Nakasu", "Tenjin", "Sakae"],
            regions=["Hokuriku", "Shinshu", "San'in", "Setouchi", "Boso Peninsula"], landmarks=["Kenrokuen", "Matsumoto Castle", "Dogo Onsen", "Himeji Castle"],
            streets=["Nakamachi-dori", "Sanmachi-suji", "Honmachi", "Ekimae-dori"], sfmt="{k}-{w}-{u} {street}",
            addr=["{k}-{w}-{u} {street}, {place}, {pc}", "{street} {k}-{w}-{u}, {place}-shi, {pc}"], pc="%##-####",
            mail=["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"], work=["shinshu-soba.co.jp", "hokuriku-hikkoshi.jp"]),
    "cn": G("CN", native="zh",
            cities=["Shaoxing", "Leshan", "Quanzhou", "Yueyang", "Yangzhou", "Guilin", "Yantai", "Luoyang"], towns=["Yangshuo", "Wuyuan", "Zhouzhuang", "Wuzhen", "Pingyao", "Fenghuang"],
            villages=["Hongcun", "Xidi", "Yuanjiacun", "Huangling"], districts=["Yuecheng District", "Guangling District", "Zhifu District", "Licheng District"],
            regions=["Jiangnan", "Lingnan", "Guangxi", "Guizhou", "Hunan"], landmarks=["Leshan Giant Buddha", "Yueyang Tower", "Slender West Lake", "Longmen Grottoes"],
            streets=["Jiefang Road", "Jianshe Road", "Wenhua Road", "Heping Street", "Shengli Road"], sfmt="No. {n} {street}",
            addr=["No. {n} {street}, {district}, {place} {pc}", "Room {u}0{k}, No. {n} {street}, {place}"], pc="%#####",
            mail=["qq.com", "163.com", "sina.com", "126.com"], work=["guilin-tea.cn", "yangzhou-banjia.com"]),
    "kr": G("KR", native="ko",
            cities=["Andong", "Sokcho", "Gongju", "Tongyeong", "Seogwipo", "Suncheon", "Gimhae"], towns=["Yangpyeong", "Gapyeong", "Damyang", "Hadong", "Boseong", "Pyeongchang"],
            villages=["Hahoe Folk Village", "Oeam Village", "Yangdong Village", "Nagan Eupseong"], districts=["Yeonnam-dong", "Seongsu-dong", "Seomyeon", "Ikseon-dong", "Haeundae-gu"],
            regions=["Honam", "Yeongnam", "Chungcheong", "Gangwon"], landmarks=["Bulguksa", "Haedong Yonggungsa", "Hwaseong Fortress", "Gyeongpodae"],
            streets=["Munhwa-ro", "Taepyeong-ro", "Haean-ro", "Daehak-ro", "Sicheong-ro"], sfmt="{n} {street}",
            addr=["{n} {street}, {district}, {place} {pc}", "{u}0{k}-ho, {n} {street}, {place}"], pc="%####",
            mail=["naver.com", "daum.net", "gmail.com", "hanmail.net"], work=["andong-soju.co.kr", "jeju-ferry.kr"]),
})

# Native-script places and names for ja / zh / ko templates.
JP_PLACES = [("石川県", "金沢市"), ("長野県", "松本市"), ("岐阜県", "高山市"), ("愛媛県", "松山市"), ("秋田県", "横手市"), ("静岡県", "浜松市"),
             ("熊本県", "天草市"), ("青森県", "弘前市"), ("島根県", "出雲市"), ("鹿児島県", "霧島市")]
JP_NATIVE = dict(areas=["本町", "中央", "桜町", "駅前", "旭町", "緑が丘", "東町", "若葉"], towns=["軽井沢町", "草津町", "箱根町", "ニセコ町", "白浜町", "美瑛町"],
                 villages=["白川村", "檜原村", "南牧村", "大鹿村"], districts=["祇園", "下北沢", "中洲", "天神", "栄"],
                 regions=["北陸", "信州", "東北", "山陰", "瀬戸内"], landmarks=["兼六園", "松本城", "道後温泉", "姫路城", "白川郷"])
CN_PLACES = [("浙江省", "绍兴市", "越城区"), ("四川省", "乐山市", "市中区"), ("福建省", "泉州市", "鲤城区"), ("湖南省", "岳阳市", "岳阳楼区"),
             ("江苏省", "扬州市", "广陵区"), ("广西壮族自治区", "桂林市", "秀峰区"), ("山东省", "烟台市", "芝罘区"), ("河南省", "洛阳市", "西工区"),
             ("贵州省", "遵义市", "红花岗区"), ("安徽省", "黄山市", "屯溪区")]
CN_NATIVE = dict(roads=["人民路", "解放路", "建设路", "中山路", "文化路", "和平路", "新华街", "胜利路"], towns=["周庄镇", "乌镇", "阳朔县", "婺源县", "平遥县", "凤凰县"],
                 villages=["宏村", "西递村", "袁家村", "篁岭村"], regions=["江南", "岭南", "西南", "东北", "华北"],
                 landmarks=["乐山大佛", "岳阳楼", "瘦西湖", "龙门石窟", "象鼻山"])
CN_LAST = [("许", "Xu"), ("邓", "Deng"), ("冯", "Feng"), ("韩", "Han"), ("曹", "Cao"), ("彭", "Peng"), ("曾", "Zeng"), ("萧", "Xiao"), ("田", "Tian"),
           ("董", "Dong"), ("潘", "Pan"), ("袁", "Yuan"), ("蒋", "Jiang"), ("蔡", "Cai"), ("叶", "Ye"), ("程", "Cheng"), ("司马", "Sima"), ("诸葛", "Zhuge")]
CN_GIVEN_M = [("子轩", "Zixuan"), ("浩然", "Haoran"), ("博文", "Bowen"), ("天佑", "Tianyou"), ("志明", "Zhiming"), ("国栋", "Guodong"), ("一鸣", "Yiming"),
              ("俊豪", "Junhao"), ("家乐", "Jiale"), ("振宇", "Zhenyu")]
CN_GIVEN_F = [("雨涵", "Yuhan"), ("诗琪", "Shiqi"), ("婉清", "Wanqing"), ("思彤", "Sitong"), ("海燕", "Haiyan"), ("美玲", "Meiling"), ("春梅", "Chunmei"),
              ("嘉欣", "Jiaxin"), ("若曦", "Ruoxi"), ("晓红", "Xiaohong")]
KR_PLACES = [("전라북도", "전주시", "완산구"), ("경상북도", "안동시", ""), ("강원특별자치도", "속초시", ""), ("충청남도", "공주시", ""), ("경상남도", "통영시", ""),
             ("제주특별자치도", "서귀포시", ""), ("경기도", "수원시", "팔달구"), ("전라남도", "순천시", "")]
KR_NATIVE = dict(roads=["중앙로", "은행로", "태평로", "평화로", "시청로", "문화로", "대학로", "해안로"], towns=["양평군", "가평군", "담양군", "하동군", "보성군", "평창군"],
                 villages=["하회마을", "외암마을", "양동마을", "낙안읍성마을"], districts=["연남동", "성수동", "해운대구", "서면", "익선동"],
                 regions=["호남", "영남", "충청도", "강원도"], landmarks=["불국사", "해동용궁사", "수원화성", "경포대", "한옥마을"])
GROUPS["ie"]["pcloc"] = "en_IE"

# Groups that English templates without their own list draw from (the least used first): weighted to the hard ones.
HARD = ["yo", "ig", "ha", "gh", "sn", "ci", "ke", "tz", "ug", "et", "za", "zw", "in", "pk", "bd", "lk", "np", "vn", "th", "ph", "id",
        "my", "mm", "kz", "uz", "ge", "am", "az", "ua", "rs", "mx", "co", "pe", "cl", "ws", "to", "mi", "sami", "inuit", "ir", "eg", "ma",
        "lev", "om", "us", "gb", "ie", "au"]
LANG_GROUPS: dict[str, list[str]] = {
    "en": HARD, "de": ["de", "de", "tr", "pl", "ua", "rs", "ir", "az"], "fr": ["fr", "fr", "sn", "ci", "ma", "lev"],
    "es": ["es", "mx", "co", "pe", "cl", "ar"], "pt": ["br", "pt"], "it": ["it", "it", "ro", "ma"], "nl": ["nl", "nl", "ma", "tr", "id"],
    "pl": ["pl", "pl", "ua"], "sv": ["se", "se", "sami", "ir"], "no": ["no", "no", "sami"], "da": ["dk"], "fi": ["fi", "fi", "sami"],
    "cs": ["cz", "cz", "ua"], "ro": ["ro"], "hu": ["hu"], "tr": ["tr", "tr", "az"], "id": ["id"], "vi": ["vn"], "tl": ["ph"],
    "sw": ["ke", "tz", "ug"], "hi": ["in", "np"], "ar": ["eg", "ma", "lev", "om"], "ja": ["jp"], "zh": ["cn"], "ko": ["kr"],
}
PEOPLE_KEYS = ("A", "B", "C", "D", "E", "F", "G", "H", "ME", "AG")

COUNTRY: dict[str, str] = {
    "NG": "Nigeria", "GH": "Ghana", "SN": "Senegal", "CI": "Côte d'Ivoire", "KE": "Kenya", "TZ": "Tanzania", "UG": "Uganda", "ET": "Ethiopia",
    "ZA": "South Africa", "ZW": "Zimbabwe", "IN": "India", "PK": "Pakistan", "BD": "Bangladesh", "LK": "Sri Lanka", "NP": "Nepal",
    "VN": "Vietnam", "TH": "Thailand", "PH": "Philippines", "ID": "Indonesia", "MY": "Malaysia", "MM": "Myanmar", "KZ": "Kazakhstan",
    "UZ": "Uzbekistan", "GE": "Georgia", "AM": "Armenia", "AZ": "Azerbaijan", "UA": "Ukraine", "PL": "Poland", "RO": "Romania",
    "CZ": "Czechia", "RS": "Serbia", "HU": "Hungary", "MX": "Mexico", "CO": "Colombia", "PE": "Peru", "CL": "Chile", "AR": "Argentina",
    "WS": "Samoa", "TO": "Tonga", "NZ": "New Zealand", "NO": "Norway", "CA": "Canada", "IR": "Iran", "EG": "Egypt", "MA": "Morocco",
    "JO": "Jordan", "OM": "Oman", "US": "USA", "GB": "UK", "IE": "Ireland", "AU": "Australia", "DE": "Germany", "FR": "France",
    "ES": "Spain", "IT": "Italy", "NL": "Netherlands", "SE": "Sweden", "FI": "Finland", "DK": "Denmark", "BR": "Brazil",
    "PT": "Portugal", "TR": "Türkiye", "JP": "Japan", "CN": "China", "KR": "South Korea",
}
COUNTRY_L: dict[str, dict[str, str]] = {
    "de": {"DE": "Deutschland", "TR": "der Türkei", "PL": "Polen", "UA": "der Ukraine", "RS": "Serbien", "IR": "Iran", "AZ": "Aserbaidschan",
           "GE": "Georgien", "KZ": "Kasachstan", "AT": "Österreich", "IT": "Italien", "ES": "Spanien", "FR": "Frankreich"},
    "fr": {"FR": "France", "SN": "Sénégal", "CI": "Côte d'Ivoire", "MA": "Maroc", "JO": "Jordanie", "DE": "Allemagne", "ES": "Espagne", "BE": "Belgique"},
    "es": {"ES": "España", "MX": "México", "CO": "Colombia", "PE": "Perú", "CL": "Chile", "AR": "Argentina", "US": "Estados Unidos", "FR": "Francia"},
    "pt": {"BR": "Brasil", "PT": "Portugal", "ES": "Espanha", "FR": "França", "AR": "Argentina"},
    "it": {"IT": "Italia", "RO": "Romania", "MA": "Marocco", "DE": "Germania", "CH": "Svizzera"},
    "nl": {"NL": "Nederland", "MA": "Marokko", "TR": "Turkije", "ID": "Indonesië", "DE": "Duitsland"},
    "pl": {"PL": "Polska", "UA": "Ukraina", "DE": "Niemcy", "CZ": "Czechy"},
    "sv": {"SE": "Sverige", "NO": "Norge", "IR": "Iran", "FI": "Finland"}, "no": {"NO": "Norge", "SE": "Sverige"},
    "da": {"DK": "Danmark", "DE": "Tyskland"}, "fi": {"FI": "Suomi", "NO": "Norja", "SE": "Ruotsi"},
    "cs": {"CZ": "Česko", "UA": "Ukrajina", "SK": "Slovensko"}, "ro": {"RO": "România", "IT": "Italia"}, "hu": {"HU": "Magyarország", "RO": "Románia"},
    "tr": {"TR": "Türkiye", "AZ": "Azerbaycan", "DE": "Almanya"}, "id": {"ID": "Indonesia", "MY": "Malaysia"}, "vi": {"VN": "Việt Nam", "JP": "Nhật Bản"},
    "sw": {"KE": "Kenya", "TZ": "Tanzania", "UG": "Uganda"}, "ar": {"EG": "Masr", "MA": "el Maghrib", "JO": "el Urdun", "OM": "Oman"},
    "ja": {"JP": "日本", "KR": "韓国", "CN": "中国", "VN": "ベトナム"}, "zh": {"CN": "中国", "JP": "日本", "KR": "韩国"}, "ko": {"KR": "대한민국", "JP": "일본", "VN": "베트남"},
}

HON: dict[str, tuple[list[str], list[str], str]] = {
    "en": (["Mr", "Mr.", "Dr", "Dr."], ["Mrs", "Ms", "Mrs.", "Dr", "Miss"], "pre"), "de": (["Herr", "Hr."], ["Frau", "Fr."], "pre"),
    "fr": (["M.", "Monsieur"], ["Mme", "Madame"], "pre"), "es": (["Sr.", "don"], ["Sra.", "doña"], "pre"), "pt": (["Sr.", "Seu"], ["Sra.", "Dona"], "pre"),
    "it": (["Sig.", "dott."], ["Sig.ra", "dott.ssa"], "pre"), "nl": (["dhr.", "meneer"], ["mevr.", "mevrouw"], "pre"), "pl": (["Pan", "pan"], ["Pani", "pani"], "pre"),
    "cs": (["pan"], ["paní"], "pre"), "ro": (["dl.", "domnul"], ["dna", "doamna"], "pre"), "hu": (["úr"], ["asszony"], "postsp"),
    "sv": ([""], [""], "pre"), "no": ([""], [""], "pre"), "da": ([""], [""], "pre"), "fi": ([""], [""], "pre"),
    "tr": (["Bey"], ["Hanım"], "postsp"), "id": (["Pak", "Bapak"], ["Bu", "Ibu"], "pre"), "vi": (["anh", "chú"], ["chị", "cô"], "pre"),
    "tl": (["Kuya", "Mang"], ["Ate", "Aling"], "pre"), "sw": (["Bw.", "Mzee"], ["Bi", "Mama"], "pre"), "hi": (["ji", "sir"], ["ji", "madam"], "postsp"),
    "ar": (["ostaz", "sayed"], ["madam", "ostaza"], "pre"), "ja": (["さん", "様"], ["さん", "様"], "post"), "zh": (["先生", "老师"], ["女士", "老师"], "post"),
    "ko": (["님", "씨"], ["님", "씨"], "post"),
}

# Towns in the case a template's language needs: (before, labelled word, after).
INFL: dict[str, list[tuple[str, str, str]]] = {
    "pl": [("w ", w, "") for w in ["Sieradzu", "Zamościu", "Kołobrzegu", "Przemyślu", "Suwałkach", "Tarnowie", "Gnieźnie", "Ełku", "Sandomierzu", "Nowym Targu", "Zakopanem", "Łomży"]],
    "cs": [("v ", "Třebíči", ""), ("v ", "Kolíně", ""), ("v ", "Táboře", ""), ("ve ", "Vsetíně", ""), ("v ", "Jindřichově Hradci", ""), ("v ", "Kroměříži", ""),
           ("v ", "Písku", ""), ("v ", "Litomyšli", ""), ("v ", "Trutnově", ""), ("v ", "Prostějově", "")],
    "fi": [("", w, "") for w in ["Kajaanissa", "Iisalmessa", "Raahessa", "Savonlinnassa", "Porvoossa", "Loviisassa", "Forssassa", "Kemissä", "Sodankylässä", "Nurmeksessa"]],
    "hu": [("", w, "") for w in ["Kaposváron", "Gyulán", "Szentendrén", "Baján", "Hódmezővásárhelyen", "Esztergomban", "Tatán", "Keszthelyen", "Sárospatakon", "Pécsett"]],
    "tr": [("", "Sinop", "'ta"), ("", "Rize", "'de"), ("", "Ordu", "'da"), ("", "Tokat", "'ta"), ("", "Artvin", "'de"), ("", "Giresun", "'da"), ("", "Bartın", "'da"),
           ("", "Kastamonu", "'da"), ("", "Amasya", "'da"), ("", "Bolu", "'da"), ("", "Niğde", "'de"), ("", "Ahlat", "'ta")],
}

# ------------------------------------------------------------------------------------------------
# Hard-negative word lists
# ------------------------------------------------------------------------------------------------

WEEKDAY: dict[str, list[str]] = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"], "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "pt": ["segunda-feira", "terça", "quarta-feira", "quinta", "sexta-feira", "sábado"], "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
    "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"], "pl": ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"], "no": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"],
    "da": ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"], "fi": ["maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai"],
    "cs": ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota"], "ro": ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă"],
    "hu": ["hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat"], "tr": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi"],
    "id": ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"], "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "Chủ nhật"],
    "tl": ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado"], "sw": ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi"],
    "hi": ["Somvar", "Mangalvar", "Budhvar", "Guruvar", "Shukravar", "Shanivar"], "ar": ["el etnein", "el talat", "el arba3", "el khamis", "el gom3a", "el sabt"],
    "ja": ["月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日"], "zh": ["星期一", "星期二", "周三", "周四", "星期五", "周六"], "ko": ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일"],
}
MONTH: dict[str, list[str]] = {
    "en": ["January", "March", "April", "May", "June", "July", "August", "October", "December"], "de": ["Januar", "März", "Mai", "Juni", "August", "Oktober"],
    "fr": ["janvier", "avril", "mai", "juin", "août", "novembre"], "es": ["enero", "marzo", "mayo", "junio", "agosto", "octubre"],
    "pt": ["janeiro", "março", "maio", "junho", "agosto", "outubro"], "it": ["gennaio", "marzo", "maggio", "giugno", "agosto", "ottobre"],
    "nl": ["januari", "maart", "mei", "juni", "augustus", "oktober"], "pl": ["stycznia", "marca", "maja", "czerwca", "sierpnia", "października"],
    "sv": ["januari", "mars", "maj", "juni", "augusti", "oktober"], "no": ["januar", "mars", "mai", "juni", "august", "oktober"],
    "da": ["januar", "marts", "maj", "juni", "august", "oktober"], "fi": ["tammikuuta", "maaliskuuta", "toukokuuta", "kesäkuuta", "elokuuta", "lokakuuta"],
    "cs": ["ledna", "března", "května", "června", "srpna", "října"], "ro": ["ianuarie", "martie", "mai", "iunie", "august", "octombrie"],
    "hu": ["január", "március", "május", "június", "augusztus", "október"], "tr": ["Ocak", "Mart", "Mayıs", "Haziran", "Ağustos", "Ekim"],
    "id": ["Januari", "Maret", "Mei", "Juni", "Agustus", "Oktober"], "vi": ["tháng Một", "tháng Ba", "tháng Năm", "tháng Sáu", "tháng Tám", "tháng Mười"],
    "tl": ["Enero", "Marso", "Mayo", "Hunyo", "Agosto", "Oktubre"], "sw": ["Januari", "Machi", "Mei", "Juni", "Agosti", "Oktoba"],
    "hi": ["January", "March", "May", "June", "August", "October"], "ar": ["yanayer", "mars", "mayo", "yonyo", "aghostos", "oktobar"],
    "ja": ["一月", "三月", "五月", "六月", "八月", "十月"], "zh": ["一月", "三月", "五月", "六月", "八月", "十月"], "ko": ["1월", "3월", "5월", "6월", "8월", "10월"],
}
JOB: dict[str, list[str]] = {
    "en": ["Charge Nurse", "Registrar", "Notary Public", "Senior Partner", "Head of Admissions", "Funeral Director", "Club Secretary", "Ward Clerk", "Parish Administrator", "Lettings Manager"],
    "de": ["Stationsleitung", "Notarfachangestellte", "Vereinsvorsitzender", "Werkstattmeister", "Schriftführerin"], "fr": ["Maître de cérémonie", "Clerc de notaire", "Secrétaire de mairie", "Chef d'atelier"],
    "es": ["Jefa de Enfermería", "Secretario Académico", "Corredor de Propiedades", "Gerente de Cooperativa"], "pt": ["Diretora Pedagógica", "Chefe de Oficina", "Tesoureiro da Cooperativa"],
    "it": ["Notaio", "Wedding planner", "Amministratore di condominio"], "nl": ["Coördinator Vrijwilligers", "Penningmeester"], "pl": ["Notariusz", "Kierownik Serwisu", "Trener Główny"],
    "sv": ["Begravningsentreprenör", "Kassör"], "no": ["Daglig leder", "Lagleder"], "da": ["Ejendomsmægler", "Sagsbehandler"], "fi": ["Seuran puheenjohtaja", "Valmentaja"],
    "cs": ["Vedoucí servisu", "Pohřební řečník"], "ro": ["Dirigintă", "Secretar de club"], "hu": ["Közjegyző", "Ügyintéző"], "tr": ["Muhtar", "Emlak Danışmanı", "Veteriner Hekim"],
    "id": ["Ketua Koperasi", "Bendahara", "Kepala Sekolah"], "vi": ["Trưởng phòng", "Kế toán"], "tl": ["Kapitan ng Barangay", "Kagawad"], "sw": ["Mwenyekiti", "Katibu", "Mweka Hazina"],
    "hi": ["Manager sahab", "Head Cook"], "ar": ["el modeer", "el mohaseb"], "ja": ["事務局長", "担任", "看護師長"], "zh": ["客户经理", "理事长", "班主任"], "ko": ["원장님", "총무", "담임 선생님"],
}
CAPWORD: dict[str, list[str]] = {
    "en": ["Hope", "Grace", "Faith", "Joy", "Will", "Patience", "Mercy", "Charity", "Chase", "Sterling", "Bliss"],
    "de": ["Glaube", "Hoffnung", "Frieden", "Sommer", "Winter", "Kurz", "Lang"], "fr": ["Espérance", "Constance", "Rose", "Violette", "Prudence"],
    "es": ["Esperanza", "Paz", "Luz", "Consuelo", "Amparo"], "pt": ["Esperança", "Graça", "Glória", "Vitória"], "it": ["Speranza", "Gioia", "Fortuna", "Serena"],
    "nl": ["Hoop", "Geluk", "Vrede"], "pl": ["Nadzieja", "Wiesław"], "sv": ["Hopp", "Glädje"], "no": ["Håp", "Glede"], "da": ["Håb", "Glæde"], "fi": ["Toivo", "Onni", "Ilo"],
    "cs": ["Naděje", "Radost"], "ro": ["Speranța", "Floare"], "hu": ["Remény", "Öröm"], "tr": ["Umut", "Barış", "Güneş", "Deniz", "Yıldız"], "id": ["Indah", "Cahaya", "Bintang", "Mawar"],
    "vi": ["Hạnh phúc", "Bình an"], "tl": ["Ligaya", "Pag-asa"], "sw": ["Baraka", "Neema", "Amani", "Furaha", "Upendo"], "hi": ["Asha", "Khushi", "Shanti"],
    "ar": ["Amal", "Nour", "Salam", "Farah"], "ja": ["希望", "光"], "zh": ["希望", "幸福"], "ko": ["희망", "사랑"],
}
WORDS: dict[str, tuple[str, list[str]]] = {
    # list: (negative kind, words)
    "dish": ("dish_name", ["Chicken Kiev", "Beef Wellington", "Peking duck", "Wiener Schnitzel", "Eggs Benedict", "Caesar salad", "Pavlova", "Beef Stroganoff",
                           "Black Forest gâteau", "Waldorf salad", "Hainanese chicken rice", "Bakewell tart", "Eton mess", "Peach Melba", "Quiche Lorraine",
                           "Tarte Tatin", "Boston cream pie", "Sachertorte", "Kung Pao chicken", "Lamington", "Madeira cake", "Buffalo wings", "Jollof rice", "Nasi Padang"]),
    "eponym": ("eponym", ["Parkinson's", "Crohn's", "Alzheimer's", "Hodgkin lymphoma", "Tourette syndrome", "Bell's palsy", "Graves' disease", "Hashimoto's",
                          "Addison's disease", "Cushing's syndrome", "Raynaud's", "Huntington's disease", "Guillain-Barré syndrome", "Lyme disease", "Ebola",
                          "West Nile virus", "Marburg virus", "Down syndrome", "Asperger's", "Achilles tendinopathy", "Legionnaires' disease", "Newcastle disease",
                          "Marek's disease", "Johne's disease", "Glasgow Coma Scale", "Apgar score"]),
    "product": ("product_name", ["Hyundai Tucson", "Hyundai Santa Fe", "Kia Sorento", "VW Touareg", "Seat Ibiza", "Nissan Murano", "Chevrolet Tahoe", "Jeep Cherokee",
                                 "Dodge Durango", "Fiat Toro", "VW Amarok", "Renault Kangoo", "Toyota Sienna", "Ford Everest", "Mitsubishi Montero", "Dacia Logan",
                                 "Gibson Les Paul", "Fender Telecaster", "Martini Rosso", "Tia Maria", "Bombay Sapphire", "Worcestershire sauce", "Dijon mustard",
                                 "Ceylon tea", "Kilimanjaro coffee beans", "Parma ham", "Yorkshire pudding mix", "Manchester United kit", "Kenya AA beans"]),
    "car": ("product_name", ["Hyundai Tucson", "Hyundai Santa Fe", "Kia Sorento", "VW Touareg", "Seat Ibiza", "Nissan Murano", "Chevrolet Tahoe", "Jeep Cherokee",
                             "Dodge Durango", "Fiat Toro", "VW Amarok", "Renault Kangoo", "Toyota Sienna", "Ford Everest", "Mitsubishi Montero", "Dacia Logan",
                             "Seat Tarraco", "Lancia Ypsilon", "Škoda Kodiaq", "Nissan Patrol"]),
    "vetdx": ("eponym", ["Addison's disease", "Cushing's disease", "Lyme disease", "Newcastle disease", "Marek's disease", "Johne's disease",
                         "Aujeszky's disease", "Horner's syndrome", "Legg-Calvé-Perthes disease", "von Willebrand disease", "Rubarth's hepatitis"]),
    "ship": ("ship_name", ["MV Kigoma", "MV Liemba", "Queen Mary 2", "HMS Belfast", "MV Doulos", "Spirit of Tasmania", "Stena Britannica", "Color Fantasy",
                           "Viking Grace", "MSC Gülsün", "MV Lagos Star", "Hurtigruten MS Nordlys"]),
    "street_like": ("street_like", ["Coronation Street", "Sesame Street", "Abbey Road", "Penny Lane", "Electric Avenue", "Baker Street", "21 Jump Street",
                                    "Melrose Place", "Lindenstraße", "Avenida Brasil", "Desolation Row", "Easy Street"]),
    "brand": ("brand", ["Ford", "Ferrari", "Porsche", "Chanel", "Dior", "Tesla", "Dell", "Boeing", "Philips", "Heineken", "Peugeot", "Michelin", "Hermès",
                        "Nestlé", "Cadbury", "Kellogg's", "Bosch", "Siemens"]),
    "ward": ("ward_name", ["Nightingale Ward", "Seacole Ward", "Fleming Ward", "Lister Ward", "Cavell Ward", "Jenner Ward", "Curie Ward", "Darwin Unit"]),
    "holiday": ("holiday", ["Christmas", "Easter Monday", "Diwali", "Eid al-Fitr", "Ramadan", "Thanksgiving", "Boxing Day", "Heroes' Day", "Good Friday",
                            "Chinese New Year", "Holi", "Pentecost", "All Saints' Day", "Independence Day", "Mashujaa Day", "Waitangi Day"]),
}

ORG: dict[str, list[str]] = {
    "hospital": ["St. Luke's Hospital", "Aga Khan University Hospital", "Korle Bu Teaching Hospital", "Groote Schuur Hospital", "Mulago National Referral Hospital",
                 "Lagos University Teaching Hospital", "Christian Medical College Vellore", "Royal Darwin Hospital", "Addenbrooke's Hospital", "Mayo Clinic",
                 "Tikur Anbessa Specialized Hospital", "Kenyatta National Hospital", "Hospital Rebagliati", "Vaiola Hospital"],
    "school": ["Makerere University", "University of Ibadan", "Kwame Nkrumah University of Science and Technology", "Tbilisi State University", "Nazarbayev University",
               "Universidad de Antioquia", "Pontificia Universidad Católica del Perú", "University of the South Pacific", "Ateneo de Manila University",
               "Universitas Gadjah Mada", "Yerevan State University", "Westminster International University in Tashkent", "Achimota School", "Alliance High School"],
    "club": ["Kaizer Chiefs", "Orlando Pirates", "Al Ahly", "Boca Juniors", "Gor Mahia FC", "Enyimba FC", "Dinamo Tbilisi", "Kairat Almaty", "Asante Kotoko",
             "Pakhtakor", "Manu Samoa", "Chiefs Rugby Club", "Club Atlético Peñarol", "Hearts of Oak"],
    "church": ["St. Andrew's Parish", "All Saints Cathedral", "Redeemed Christian Church of God", "Holy Trinity Cathedral", "Masjid Al-Noor", "Sri Siva Subramaniya Temple",
               "Gurdwara Sahib Southall", "Free Wesleyan Church of Tonga", "St. Mary's Armenian Church", "Sameba Cathedral", "Jamia Mosque", "Our Lady of Fatima Parish"],
    "coop": ["Kericho Tea Growers Cooperative", "Lake Victoria Fishermen's Cooperative", "Cooperativa Agraria Cafetalera Pangoa", "Amul", "Nyeri Coffee Union",
             "Tongan Fishermen's Association", "Koperasi Nelayan Mina Bahari", "Fonterra", "Cooperativa Pesquera Puerto Natales", "Oromia Coffee Farmers Cooperative Union"],
    "firm": ["Mensah & Partners", "Okonkwo Legal Chambers", "Bowmans", "Anjarwalla & Khanna", "Cyril Amarchand Mangaldas", "Baker McKenzie", "Estudio Rodrigo, Elías & Medrano",
             "Mkono & Co Advocates", "Templars", "Sayenko Kharenko", "Aequitas Law Firm", "BLP Legal"],
    "movers": ["Two Men and a Truck", "Pickfords", "Allied Pickfords", "Bekins", "Santa Fe Relocation", "Crown Relocations", "AGS Four Winds", "Gulliver's Truck Hire"],
    "vet": ["Blue Cross Animal Hospital", "Banfield Pet Hospital", "Kenya Society for the Protection and Care of Animals", "PDSA Pet Hospital", "VCA Animal Hospital",
            "Onderstepoort Veterinary Academic Hospital", "Royal Veterinary College"],
    "garage": ["Kwik Fit", "Halfords Autocentre", "Midas", "Jiffy Lube", "Bosch Car Service", "Toyota Tsusho", "CFAO Motors", "Imperial Auto"],
    "funeral": ["Co-op Funeralcare", "Dignity Funerals", "AVBOB", "Doves Funeral Services", "Lee Funeral Home", "Kalamazoo Funeral Parlour"],
    "court": ["High Court of Kenya", "Federal High Court Abuja", "Supreme Court of Georgia", "Magistrates' Court Gqeberha", "District Court of Auckland",
              "Tribunal de Grande Instance de Dakar", "Juzgado Civil de Arequipa", "Employment and Labour Relations Court"],
}

AMT: dict[str, list[str]] = {
    "en": ["$%##.##", "$%,###.00", "£%##.##", "€%##", "USD %,###", "KSh %,###", "₦%##,###", "R%,###.00", "GHS %,###"], "de": ["%.###,## €", "%##,00 €", "EUR %.###,##"],
    "fr": ["%## €", "% ###,## €", "%##,50 €", "% ### FCFA"], "es": ["$%#.###", "%.###,## €", "S/ %##.##", "$ %.###.###"], "pt": ["R$ %.###,##", "R$ %##,00", "%##,## €"],
    "it": ["€ %.###,##", "%##,00 €"], "nl": ["€ %##,##", "€ %.###,-"], "pl": ["%## zł", "% ###,## zł", "%.###,## PLN"], "sv": ["%## kr", "% ### kr", "%##:-"],
    "no": ["kr %##,-", "% ### kr"], "da": ["%.###,## kr.", "kr. %##"], "fi": ["%## €", "% ###,## €"], "cs": ["% ### Kč", "%## Kč"], "ro": ["%## lei", "%.### RON"],
    "hu": ["% ### Ft", "%##.### Ft"], "tr": ["%.### TL", "₺%##,##", "%## ₺"], "id": ["Rp %##.###", "Rp %.###.###", "Rp%##rb"], "vi": ["%##.### đ", "%.###.### VND", "%##k"],
    "tl": ["₱%,###", "PHP %##.##"], "sw": ["KSh %,###", "TSh %#,###", "USh %##,###"], "hi": ["₹%,###", "Rs. %##", "₹%,##,###"], "ar": ["%## EGP", "%## JOD", "%.### MAD", "%## OMR"],
    "ja": ["%,###円", "￥%##,###"], "zh": ["¥%,###", "%##元", "人民币%,###元"], "ko": ["%#,###원", "₩%#,###", "%만 원"],
    # per-template overrides («T6:amt:KEY»)
    "pt_pt": ["%##,## €", "%.###,## €"], "es_es": ["%.###,## €", "%## €"],
}
MONTH12: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
}
LOCAL_CARDS: dict[str, list[str]] = {
    "en": ["visa", "mastercard", "amex", "discover", "diners"], "de": ["visa", "mastercard", "maestro"], "fr": ["visa", "mastercard", "amex"],
    "es": ["visa", "mastercard", "amex"], "pt": ["visa", "mastercard", "diners"], "it": ["visa", "maestro", "mastercard"], "nl": ["maestro", "visa", "mastercard"],
    "pl": ["visa", "mastercard", "maestro"], "ja": ["jcb", "jcb15", "visa"], "zh": ["unionpay", "visa"], "ko": ["visa", "mastercard", "unionpay"],
    "id": ["visa", "jcb", "mastercard"], "tr": ["visa", "mastercard", "amex"], "ar": ["visa", "mastercard", "mir"], "hi": ["visa", "mastercard", "maestro"],
}
CARD_NETS = ["visa", "mastercard", "amex", "discover", "jcb", "jcb15", "diners", "maestro", "unionpay", "mir"]


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------

def _gen(doc: Any) -> Any:
    return sys.modules[type(doc).__module__]


def _fill(r: Any, pattern: str) -> str:
    return "".join(r.choice(string.digits) if ch == "#" else r.choice("123456789") if ch == "%"
                   else r.choice(string.ascii_uppercase) if ch == "?" else ch for ch in pattern)


def _fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ß", "ss")
    s = s.replace("æ", "ae").replace("ø", "o").replace("Ø", "O")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


def _lower(s: str, grp: str) -> str:
    if grp in ("tr", "az"):
        s = s.replace("İ", "i").replace("I", "ı")
    return s.lower()


def _least(doc: Any, name: str, cands: list[str]) -> str:
    used = doc.g.__dict__.setdefault("t6_" + name, Counter())
    low = min(used[c] for c in cands)
    pick = doc.r.choice([c for c in dict.fromkeys(cands) if used[c] == low])
    used[pick] += 1
    return pick


def _pool(doc: Any) -> list[str]:
    return getattr(doc, "t6_groups", None) or LANG_GROUPS[doc.lang]


def _home(doc: Any) -> str:
    if not getattr(doc, "t6_home", None):
        doc.t6_home = _least(doc, "groups", _pool(doc))
    return doc.t6_home


def _split_key(key: str) -> tuple[str, str, str, bool]:
    word = key.endswith("~")
    key = key.rstrip("~")
    key, _, gender = key.partition("!")
    base, _, grp = key.partition("@")
    return base, grp, gender, word


def _culture(doc: Any, code: str) -> Any:
    gen = _gen(doc)
    if code in gen.CULTURE:
        return gen.CULTURE[code]
    cache = doc.g.__dict__.setdefault("t6_cultures", {})
    if code not in cache:
        cache[code] = gen.Culture(code, None, COUNTRY.get(code, code), COUNTRY.get(code, code), [], [], code.lower())
    return cache[code]


def _person(doc: Any, key: str) -> dict[str, Any]:
    reg = doc.__dict__.setdefault("t6_people", {})
    base, grp, gender, word = _split_key(key)
    if base in reg:
        return reg[base]
    r, g = doc.r, doc.g
    if not grp:
        grp = _home(doc) if not reg or r.random() < 0.55 else _least(doc, "groups", _pool(doc))
    if not reg and not getattr(doc, "t6_home", None):
        doc.t6_home = grp
    G_ = GROUPS[grp]
    female = gender == "f" if gender else r.random() < 0.5
    sx = "f" if female else "m"
    native_first = native_last = None
    if G_.get("native") == "ja":
        f = g.fk("ja_JP")
        fp = f.first_name_female_pair() if female else f.first_name_male_pair()
        lp = f.last_name_pair()
        given, last, native_first, native_last = fp[2], lp[2], fp[0], lp[0]
    elif G_.get("native") == "zh":
        fz = r.choice(CN_GIVEN_F if female else CN_GIVEN_M)
        lz = r.choice(CN_LAST)
        given, last, native_first, native_last = fz[1], lz[1], fz[0], lz[0]
    elif G_.get("native") == "ko":
        gen = _gen(doc)
        f = g.fk("ko_KR")
        native_first = f.first_name_female() if female else f.first_name_male()
        native_last = f.last_name()
        given = "-".join(gen.ko_roman(s) for s in native_first).capitalize()
        last = gen.KO_SURNAMES.get(native_last) or gen.ko_roman(native_last).capitalize()
    elif G_.get("fk"):
        f = g.fk(G_["fk"])
        given = (f.first_name_female() if female else f.first_name_male()).strip()
        last = (f.last_name_female() if female else f.last_name_male()).strip()
        if r.random() < G_.get("two", 0):
            second = (f.last_name_female() if female else f.last_name_male()).strip()
            if second != last:
                last = f"{last} {second}"
    else:
        given = r.choice(G_[sx])
        if G_.get("patro") == "malay":
            last = ("binti " if female else "bin ") + r.choice(G_["fathers"])
        elif G_.get("patron"):
            last = r.choice(G_["m"] + G_["l"])
        elif G_.get("mono"):
            last = ""
        else:
            last = r.choice(G_["l"])
            if "/" in last:
                last = last.split("/")[1 if female else 0]
            if G_.get("two") and r.random() < G_["two"]:
                second = r.choice([x for x in G_["l"] if x != last])
                last = f"{last} {second.split('/')[1 if female else 0] if '/' in second else second}"
    words = [w.split("/")[0] for w in G_.get("w", []) if w.endswith("/" + sx)]
    if words and (word or r.random() < 0.06):
        given = r.choice(words)
    elif word:   # the group has no such name: borrow one of the same gender from another group
        pool = [w.split("/")[0] for gr in ("us", "yo", "zw", "ke", "ph") for w in GROUPS[gr].get("w", []) if w.endswith("/" + sx)]
        given = r.choice(pool)
    first = given.split(" ")[-1] if grp == "vn" else given
    if G_.get("fk") or G_.get("native"):
        middle = given[0] if not G_.get("native") else ""
        mids = []
    else:
        mids = [x for x in G_[sx] if x != given and " " not in x]
        middle = r.choice(mids) if mids else ""
    order = G_.get("order", "gf")
    if order == "hu":
        order = "ff" if doc.lang == "hu" or r.random() < 0.25 else "gf"
    if G_.get("native"):
        order = "ff" if doc.lang == G_["native"] or r.random() < 0.4 else "gf"
    nick = r.choice(G_["nick"]) if G_.get("nick") else None
    city = r.choice(G_["cities"])
    p = {"grp": grp, "cc": G_["code"], "female": female, "given": given, "first": first, "last": last, "middle": middle,
         "order": order, "nick": nick, "city": city, "nfirst": native_first if doc.lang == G_.get("native") else None,
         "nlast": native_last if doc.lang == G_.get("native") else None}
    reg[base] = p
    gen = _gen(doc)
    doc.people["T6" + base] = gen.Person(g, _culture(doc, G_["code"]), doc.lang, first, last or given, female)
    return p


def _full(p: dict[str, Any]) -> str:
    if p["nfirst"]:
        return f"{p['nlast']}{p['nfirst']}"
    if not p["last"]:
        return p["given"]
    return f"{p['last']} {p['given']}" if p["order"] == "ff" else f"{p['given']} {p['last']}"


def _name(doc: Any, key: str, form: str) -> list[tuple[str, Any]]:
    p = _person(doc, key)
    r = doc.r
    grp = p["grp"]
    sub = "full_name"
    mono = not p["last"]
    malay = GROUPS[grp].get("patro") == "malay"
    if p["nfirst"] and form in ("full", "first", "last", "fullm", "rev", "upper", "lfull", "init", "inits", "finit", "nick", "lfirst", "llast"):
        if form in ("first", "lfirst", "nick"):
            return [(p["nfirst"], ("label", "PERSON", {"subtype": "first_name"}))]
        if form in ("last", "llast", "init"):
            return [(p["nlast"], ("label", "PERSON", {"subtype": "last_name"}))]
        v = f"{p['nlast']} {p['nfirst']}" if form == "rev" or (grp == "kr" and r.random() < 0.2) else f"{p['nlast']}{p['nfirst']}"
        return [(v, ("label", "PERSON", {"subtype": "full_name"}))]
    if form == "full" or (mono and form not in ("lfull", "lfirst", "llast")):
        v = _full(p)
    elif form == "fullm":
        if p["order"] == "ff" or malay or not p["middle"]:
            v = _full(p)
        else:
            mid = p["middle"] if len(p["middle"]) > 1 and r.random() < 0.6 else p["middle"][0] + "."
            v = f"{p['given']} {mid} {p['last']}"
    elif form in ("first", "lfirst"):
        v, sub = p["first"], "first_name"
        if form == "lfirst":
            v = _lower(v, grp)
    elif form in ("last", "llast"):
        if malay:
            v, sub = p["first"], "first_name"
        else:
            v, sub = p["last"], "last_name"
        if form == "llast":
            v = _lower(v, grp)
    elif form == "lfull":
        v = _lower(_full(p), grp)
    elif form == "rev":
        v = _full(p) if malay else f"{p['last']}, {p['given']}"
    elif form == "upper":
        v = _full(p).upper() if malay else f"{_upper(p['last'], grp)} {p['given']}"
    elif form in ("init", "inits"):
        if malay or p["order"] == "ff":
            v = _full(p)
        elif form == "inits" and p["middle"]:
            v = f"{p['given'][0]}.{p['middle'][0]}. {p['last']}"
        else:
            v = f"{p['given'][0]}. {p['last']}"
    elif form == "finit":
        core = next((w for w in p["last"].replace("-", " ").split(" ") if w[:1].isupper()), p["last"])
        v = _full(p) if malay or p["order"] == "ff" else f"{p['given']} {core[0]}."
    elif form == "nick":
        if p["nick"]:
            v, sub = p["nick"], "nickname"
        else:
            v, sub = p["first"], "first_name"
    else:
        raise KeyError(form)
    return [(v, ("label", "PERSON", {"subtype": sub}))]


def _upper(s: str, grp: str) -> str:
    if grp in ("tr", "az"):
        s = s.replace("i", "İ")
    return s.upper()


def _titled(doc: Any, key: str, form: str) -> list[tuple[str, Any]]:
    p = _person(doc, key)
    males, females, pos = HON.get(doc.lang, HON["en"])
    title = doc.r.choice(females if p["female"] else males)
    name = _name(doc, key, form or ("first" if doc.lang == "tr" else "last"))
    if not title:
        return name
    if pos == "pre":
        return [(title + " ", None), *name]
    return [*name, ((" " if pos == "postsp" else "") + title, None)]


def _email(doc: Any, key: str, work: bool) -> str:
    p = _person(doc, key)
    G_ = GROUPS[p["grp"]]
    r = doc.r
    f = re.sub(r"[^a-z0-9]", "", _fold(p["given"]).lower()) or "info"
    last = p["last"]
    for part in ("bin ", "binti "):
        last = last.replace(part, "")
    ln = re.sub(r"[^a-z0-9]", "", _fold(last).lower().split(" ")[0] if " " in last and G_.get("two") else _fold(last).lower()) or f
    style = r.randint(0, 10)
    local = [f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}.{f}", f"{f}_{ln}", f"{f}{r.randint(1, 99)}", f"{f}.{ln}{r.randint(70, 2005)}",
             f"{ln}{f[0]}", f"{f}-{ln}", f"{f[0]}.{ln}", f"{ln}{r.randint(10, 999)}", f"{f}{ln}"][style]
    if not work and r.random() < 0.08:
        local += "+" + r.choice(["school", "club", "clinic", "rent", "church", "coop"])
    dom = r.choice(G_["work"]) if work else r.choice(G_["mail"])
    return f"{local}@{dom}"


def _place(doc: Any, G_: dict[str, Any], p: dict[str, Any] | None) -> str:
    return p["city"] if p else doc.r.choice(G_["cities"] + G_["towns"])


def _loc(doc: Any, kind: str, who: str) -> list[tuple[str, Any]]:
    r = doc.r
    p = None
    if who and _split_key(who)[0] in PEOPLE_KEYS:
        p = _person(doc, who)
        grp = p["grp"]
    elif who:
        grp = who
    else:
        grp = _home(doc)
    G_ = GROUPS[grp]
    lab = lambda v, sub: [(v, ("label", "LOCATION", {"subtype": sub}))]  # noqa: E731
    native = G_.get("native") == doc.lang
    if kind == "infl":
        before, word, after = r.choice(INFL[doc.lang])
        return [(before, None), *lab(word, "town"), (after, None)]
    if kind == "country":
        code = G_["code"] if grp != "lev" else r.choice(["JO", "LB"])
        name = COUNTRY_L.get(doc.lang, {}).get(code) or {"LB": "Lebanon"}.get(code) or COUNTRY[code]
        return lab(name, "country")
    if native:
        return _native_loc(doc, grp, kind, p)
    if kind in ("city", "lcity"):
        v = p["city"] if p else r.choice(G_["cities"])
        return lab(v.lower() if kind == "lcity" else v, "city")
    if kind in ("town", "village", "district", "region", "landmark"):
        return lab(r.choice(G_[kind + "s"]), kind)
    vals = _addr_vals(doc, G_, p)
    if kind == "street":
        return lab(G_["sfmt"].format(**vals), "street_address")
    if kind == "postcode":
        return lab(vals["pc"] or _fill(r, "%####"), "postcode")
    if kind in ("address", "address_ml"):
        fmts = [f for f in G_["addr"] if ("{pc" not in f or G_.get("pc"))]
        v = r.choice(fmts).format(**vals)
        if kind == "address_ml":
            v = re.sub(r", (?=\S)", "\n", v, count=2)
        return lab(v, "address")
    raise KeyError(kind)


def _addr_vals(doc: Any, G_: dict[str, Any], p: dict[str, Any] | None) -> dict[str, str]:
    r, g = doc.r, doc.g
    if G_.get("fkst"):
        f = g.fk(G_["fk"])
        street, street2 = f.street_name().strip(), f.street_name().strip()
    else:
        street, street2 = r.sample(G_["streets"], 2)
    pc = ""
    if G_.get("pc") == "faker":
        pc = g.fk(G_.get("pcloc") or G_["fk"]).postcode().strip()
    elif G_.get("pc"):
        pc = _fill(r, G_["pc"])
    place = _place(doc, G_, p)
    return {"n": str(r.randint(1, 180)), "u": str(r.randint(1, 40)), "w": str(r.randint(1, 12)), "k": str(r.randint(1, 9)),
            "L": r.choice("ABCD"), "street": street, "street2": street2, "district": r.choice(G_["districts"]), "place": place,
            "PLACE": place.upper(), "town": r.choice(G_["towns"]), "region": r.choice(G_["regions"]), "pc": pc, "pcf": pc,
            "st": r.choice(G_.get("st", [""])), "uf": r.choice(G_.get("uf", [""])), "pv": r.choice(G_.get("pv", [""]))}


def _native_loc(doc: Any, grp: str, kind: str, p: dict[str, Any] | None) -> list[tuple[str, Any]]:
    r = doc.r
    lab = lambda v, sub: [(v, ("label", "LOCATION", {"subtype": sub}))]  # noqa: E731
    n, u, w = r.randint(1, 30), r.randint(1, 20), r.randint(1, 9)
    if grp == "jp":
        pref, city = r.choice(JP_PLACES)
        data = JP_NATIVE
        if kind == "postcode":
            return lab(_fill(r, "%##-####"), "postcode")
        if kind in ("address", "address_ml", "street"):
            area = r.choice(data["areas"])
            if kind == "street":
                return lab(f"{area}{w}丁目{n}-{u}", "street_address")
            return [("〒", None), *lab(f"{_fill(r, '%##-####')} {pref}{city}{area}{w}丁目{n}-{u}", "address")]
    elif grp == "cn":
        prov, city, dist = r.choice(CN_PLACES)
        data = CN_NATIVE
        if kind == "postcode":
            return lab(_fill(r, "%#####"), "postcode")
        if kind in ("address", "address_ml", "street"):
            road = r.choice(data["roads"])
            if kind == "street":
                return lab(f"{road}{n}号", "street_address")
            return lab(f"{prov}{city}{dist}{road}{n}号{u}栋{w}0{u % 9 + 1}室", "address")
        if kind == "district":
            return lab(dist, "district")
    else:
        prov, city, gu = r.choice(KR_PLACES)
        data = KR_NATIVE
        if kind == "postcode":
            return lab(_fill(r, "%####"), "postcode")
        if kind in ("address", "address_ml", "street"):
            road = r.choice(data["roads"])
            if kind == "street":
                return lab(f"{road} {n}", "street_address")
            gu_ = f" {gu}" if gu else ""
            return lab(f"{prov} {city}{gu_} {road} {n}, {u}0{w}호", "address")
    if kind in ("city", "lcity"):
        return lab(city, "city")
    if kind in ("town", "village", "region", "landmark"):
        return lab(r.choice(data[kind + "s"]), kind)
    if kind == "district":
        return lab(r.choice(data["districts"]), "district")
    raise KeyError(kind)


# ------------------------------------------------------------------------------------------------
# pattern entities
# ------------------------------------------------------------------------------------------------

PHONE_REGIONS = sorted({G_["ph"] for G_ in GROUPS.values()})


def _phone(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r, g = doc.r, doc.g
    who = args[0] if args else ""
    want = args[1] if len(args) > 1 and args[1] else "any"
    fam = args[2] if len(args) > 2 and args[2] else "any"
    ext = len(args) > 3 and args[3] == "ext"
    if who and _split_key(who)[0] in PEOPLE_KEYS:
        region = GROUPS[_person(doc, who)["grp"]]["ph"]
    elif len(who) == 2 and who.isupper():
        region = who
    elif who in GROUPS:
        region = GROUPS[who]["ph"]
    else:
        region = _least(doc, "phone_regions", PHONE_REGIONS)
    if fam == "any":
        fam = "intl" if r.random() < 0.45 else "nat"
    types = {"mobile": [PNT.MOBILE], "landline": [PNT.FIXED_LINE], "any": [PNT.MOBILE, PNT.FIXED_LINE]}[want]
    if ext:
        types = [PNT.FIXED_LINE]
    num = None
    for t in [*r.sample(types, len(types)), PNT.MOBILE, PNT.FIXED_LINE]:
        num = g._random_number(region, t)
        if num is not None:
            break
    assert num is not None, region
    nsn = pn.national_significant_number(num)
    cc = num.country_code
    nat, intl, e164 = (pn.format_number(num, f) for f in (PNF.NATIONAL, PNF.INTERNATIONAL, PNF.E164))
    natd = re.sub(r"\D", "", nat)
    rest = intl.split(" ", 1)[1] if " " in intl else nsn
    if fam == "intl":
        cands = [intl, e164, "00" + intl[1:], intl.replace(" ", "-"), f"+{cc} {nsn}", f"(+{cc}) {rest}", f"+{cc}.{rest.replace(' ', '.')}" if "-" not in rest else intl,
                 f"+{cc} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"00{cc} {nsn}", f"+{cc}-{nsn}"]
        if natd.startswith("0") and not natd.startswith("00") and region != "HU":
            cands += [f"+{cc} (0){nat[1:]}", f"+{cc} (0) {natd[1:]}"]
    else:
        cands = [nat, natd, nat.replace(" ", "-"), nat.replace(" ", ".")]
        if len(natd) in (10, 11):
            cands += [f"{natd[:4]} {natd[4:7]} {natd[7:]}"]
        if len(natd) in (9, 10):
            cands += [f"{natd[:3]} {natd[3:6]} {natd[6:]}"]
        if len(natd) % 2 == 0 and region in ("FR", "MA", "SN", "CI", "DK", "NO"):
            cands.append(" ".join(natd[i:i + 2] for i in range(0, len(natd), 2)))
        if " " in nat and not nat.startswith("("):
            head, tail = nat.split(" ", 1)
            cands += [f"({head}) {tail}", f"{head}/{tail.replace(' ', '')}"]

    def ok(text: str) -> bool:
        if not text.strip() or text != text.strip() or "  " in text:
            return False
        try:
            back = pn.parse(text, region)
        except pn.NumberParseException:
            return False
        return (back.country_code == cc and back.national_number == num.national_number and not back.extension
                and pn.is_valid_number(back) and pn.region_code_for_number(back) == region)

    good = [c for c in dict.fromkeys(cands) if ok(c)]
    plain = [c for c in good if c in (nat, intl, e164)]
    text = r.choice(plain) if plain and r.random() < 0.3 else r.choice(good) if good else nat
    fmt = {nat: "NATIONAL", intl: "INTERNATIONAL", e164: "E164"}.get(text, "variant")
    if ext:
        text += r.choice([" ext. ", " ext ", " x"]) + str(r.randint(10, 899))
    return [(text, ("label", "PHONE_NUMBER", {"region": region, "format": fmt}))]


def _card(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r, g = doc.r, doc.g
    spec = args[0] if args and args[0] else "any"
    cands = LOCAL_CARDS.get(doc.lang, LOCAL_CARDS["en"]) if spec == "local" else CARD_NETS if spec == "any" else spec.split("|")
    net = _least(doc, "networks", cands)
    text, meta = g.card(net)
    digits = re.sub(r"\D", "", text)
    n = len(digits)
    if net in ("amex", "diners") or (net == "jcb15" and r.random() < 0.6):
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif n == 19 and r.random() < 0.4:
        groups = [digits[:6], digits[6:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, n, 4)]
    sep = args[1] if len(args) > 1 and args[1] else _least(doc, "card_seps", ["sp", "dash", "none", "nbsp", "sp"])
    out = {"sp": " ", "dash": "-", "none": "", "nbsp": "\u00a0"}[sep].join(groups)
    return [(out, ("label", "CREDIT_CARD", {"network": net, "length": n, "source": meta.get("source", "custom")}))]


def _iban(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    g = doc.g
    gen = _gen(doc)
    who = args[0] if args else ""
    cc = None
    if who and _split_key(who)[0] in PEOPLE_KEYS:
        cc = GROUPS[_person(doc, who)["grp"]]["code"]
    elif len(who) == 2:
        cc = who
    if cc not in gen.IBAN_SPEC:
        cc = None
    style = args[1] if len(args) > 1 and args[1] else ""
    compact = True if style == "c" else False if style == "s" else None
    text, meta = g.iban(cc, compact)
    return [(text, ("label", "IBAN_CODE", {"country": meta["country"]}))]


# ------------------------------------------------------------------------------------------------
# negatives
# ------------------------------------------------------------------------------------------------

def _date(doc: Any) -> str:
    r = doc.r
    y, mo, d = r.randint(2024, 2026), r.randint(1, 12), r.randint(1, 28)
    lang = doc.lang
    forms = [f"{d:02d}.{mo:02d}.{y}", f"{d}/{mo}/{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}/{mo:02d}/{y % 100:02d}"]
    if lang in MONTH12:
        m = MONTH12[lang][mo - 1]
        forms += {"en": [f"{d} {m} {y}", f"{m} {d}", f"{m[:3]} {d}, {y}"], "de": [f"{d}. {m} {y}", f"{d}. {m}"],
                  "fr": [f"{d} {m} {y}", f"le {d} {m}"], "es": [f"{d} de {m} de {y}", f"{d} de {m}"], "pt": [f"{d} de {m} de {y}", f"{d} de {m}"],
                  "it": [f"{d} {m} {y}", f"{d} {m}"], "tr": [f"{d} {m} {y}", f"{d} {m}"], "id": [f"{d} {m} {y}", f"{d} {m}"],
                  "sw": [f"{d} {m} {y}", f"tarehe {d} {m}"]}[lang]
    elif lang in ("ja", "zh"):
        forms = [f"{y}年{mo}月{d}日", f"{mo}月{d}日", f"{y}/{mo:02d}/{d:02d}"]
    elif lang == "ko":
        forms = [f"{y}년 {mo}월 {d}일", f"{mo}월 {d}일", f"{y}.{mo:02d}.{d:02d}"]
    elif lang == "vi":
        forms += [f"ngày {d} tháng {mo} năm {y}", f"{d}/{mo}"]
    elif lang == "hu":
        forms = [f"{y}. {mo:02d}. {d:02d}.", f"{y}.{mo:02d}.{d:02d}."]
    elif lang == "tl":
        forms += [f"{mo}/{d}/{y}"]
    return r.choice(forms)


def _clock(doc: Any) -> str:
    r = doc.r
    h, m = r.randint(6, 21), r.choice([0, 10, 15, 20, 30, 45, 50])
    h12 = f"{(h - 1) % 12 + 1}"
    forms = {"en": [f"{h:02d}:{m:02d}", f"{h12}:{m:02d} {'am' if h < 12 else 'pm'}", f"{h12}{'am' if h < 12 else 'pm'}"],
             "fr": [f"{h}h{m:02d}", f"{h} h {m:02d}", f"{h:02d}:{m:02d}"], "pt": [f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"],
             "ja": [f"{h}:{m:02d}", f"{h}時{m}分" if m else f"{h}時"], "zh": [f"{h}:{m:02d}", f"{h}点{m}分" if m else f"{h}点"],
             "ko": [f"{h}:{m:02d}", f"{h}시 {m}분" if m else f"{h}시"], "tl": [f"{h12}:{m:02d}", f"{h:02d}:{m:02d}"]}
    return r.choice(forms.get(doc.lang, [f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}:{m:02d}"]))


def _nonluhn(doc: Any) -> str:
    r = doc.r
    while True:
        d = _fill(r, r.choice(["6%##############", "7%##############", "9%##############", "6%#################"]))
        total = 0
        for i, ch in enumerate(reversed(d)):
            x = int(ch) * (2 if i % 2 else 1)
            total += x - 9 if x > 9 else x
        if total % 10:
            break
    return r.choice([d, " ".join(d[i:i + 4] for i in range(0, len(d), 4))])


def _masked(doc: Any) -> str:
    r = doc.r
    last4 = _fill(r, "####")
    return r.choice([f"**** **** **** {last4}", f"XXXX XXXX XXXX {last4}", f"•••• •••• •••• {last4}", f"{_fill(r, '4#####')}xxxxxx{last4}",
                     f"ending {last4}", f"*{last4}", f"{_fill(r, '5###')}-****-****-{last4}", f"**** {last4}"])


def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    head, _, rest = spec.partition(":")
    args = rest.split(":") if rest else []
    r, g = doc.r, doc.g
    if head == "p":
        return _name(doc, args[0], args[1] if len(args) > 1 else "full")
    if head == "t":
        return _titled(doc, args[0], args[1] if len(args) > 1 else "")
    if head == "mail":
        return [(_email(doc, args[0], len(args) > 1 and args[1] == "work"), ("label", "EMAIL_ADDRESS", {}))]
    if head == "loc":
        return _loc(doc, args[0], args[1] if len(args) > 1 else "")
    if head == "ph":
        return _phone(doc, args)
    if head == "card":
        return _card(doc, args)
    if head == "iban":
        return _iban(doc, args)
    if head == "ssn":
        return [(g.ssn(), ("label", "US_SSN", {}))]
    if head == "ip":
        v = int(args[0]) if args and args[0] else None
        return [(g.ip(v), ("label", "IP_ADDRESS", {"version": v or 0}))]
    if head == "org":
        return [(r.choice(ORG[args[0]]), ("ignore", "organization"))]
    if head == "neg":
        kind, _, pats = rest.partition(":")
        text = _fill(r, r.choice(pats.split("|")))
    elif head == "nw":
        lst = args[0]
        if lst in WORDS:
            kind, words = WORDS[lst]
        else:
            kind = {"weekday": "weekday", "month": "month_name", "job": "job_title", "capword": "capitalised_word"}[lst]
            words = {"weekday": WEEKDAY, "month": MONTH, "job": JOB, "capword": CAPWORD}[lst].get(doc.lang) or \
                {"weekday": WEEKDAY, "month": MONTH, "job": JOB, "capword": CAPWORD}[lst]["en"]
        text = r.choice(words)
    elif head == "date":
        kind, text = "date", _date(doc)
    elif head == "amt":
        kind, text = "amount", _fill(r, r.choice(AMT[args[0]] if args else AMT.get(doc.lang, AMT["en"])))
    elif head == "time":
        kind, text = "time", _clock(doc)
    elif head == "masked":
        kind, text = "masked_card", _masked(doc)
    elif head == "gift":
        kind, text = "gift_card_number", _nonluhn(doc)
    else:
        raise KeyError(f"unknown test6 slot «T6:{spec}»")
    g.neg_kinds[kind] += 1
    return [(text, ("neg", kind))]


# ------------------------------------------------------------------------------------------------
# English (people from the hard culture groups unless a template names its own)
# ------------------------------------------------------------------------------------------------

EN = [
    T("en_ticket_discharge_letter", "ticket", "en", """[Patient Services] Discharge summary sent to the wrong practice – ref «T6:neg:case_number:PS-%#####|DIS/2#/%####»
Logged by «T6:p:AG:full» on «T6:date», «T6:time»

Patient «T6:p:A!m:fullm» (MRN «T6:neg:mrn:%#######|MRN-%######») went home from «T6:nw:ward» at «T6:org:hospital» after a flare-up of «T6:nw:eponym».
The summary was faxed to a surgery in «T6:loc:town:B» instead of the registered GP, «T6:t:B:last», whose practice is in «T6:loc:city:A».
Next of kin: «T6:p:C!f:full» (daughter), mobile «T6:ph:C:mobile», e-mail «T6:mail:C».
Home address on the record: «T6:loc:address:A»
Please recall the letter and phone the patient on «T6:ph:A:landline:nat» – he is hard of hearing, ask for «T6:p:A:first» and speak slowly.
«T6:nw:capword» is not an option here: the fax log ({?page ?}«T6:neg:short_digit_group:%#|%##») proves where it went."""),

    T("en_ticket_garage_rework", "ticket", "en", """Complaint – repair order «T6:neg:order_number:RO-%#####|WO%######» – «T6:nw:car» ({?reg ?}«T6:neg:plate:??%# ???|?? %### ??|%??-%##»)

Customer: «T6:t:A:last» («T6:p:A:full»), «T6:ph:A:mobile:intl»
Vehicle collected from our «T6:loc:district:A» workshop on «T6:date». Two days later the same warning light came on near «T6:loc:landmark:A» and the car was towed back by «T6:p:B:first» from the breakdown service.
VIN «T6:neg:vin:????%#?#?#?%#####|WDB%#####?#######» – odometer «T6:neg:odometer:%##,### km|%#,### mi».
The customer paid «T6:amt» by card «T6:masked» and wants the labour refunded to «T6:card:local». Service advisor on duty: «T6:p:C:first». Manager «T6:p:D:full» to call back before «T6:time».""", ["us", "gb", "za", "au", "ke", "yo", "ie", "in"]),

    T("en_ticket_lost_property_terminal", "ticket", "en", """LOST PROPERTY – item log «T6:neg:case_number:LP-2#-%####»
Found at: bay «T6:neg:short_digit_group:%#» of the long-distance bus terminal in «T6:loc:city:A», «T6:date» around «T6:time».
Item: black rucksack with a «T6:nw:product» keyring, a prayer book and an envelope addressed to «T6:p:A:upper», «T6:loc:address:A».
Inside: student card of «T6:org:school» (no. «T6:neg:student_id:%########|S%#######»), a gift card «T6:gift» and a folded note: "call «T6:p:B:nick» – «T6:ph:B:mobile:nat»".
Claimed by phone: a man calling himself «T6:p:C!m:first» from «T6:loc:town:A», number «T6:ph:C», says the bag belongs to his cousin «T6:p:A:first».
Hold until the owner shows ID. Finder: «T6:p:D:full», cleaning crew."""),

    T("en_ticket_movers_damage", "ticket", "en", """Subject: Damage claim – move «T6:neg:order_number:MV-%#####» («T6:loc:city:A» → «T6:loc:city:B»)

Crew leader: «T6:p:AG:full» · truck «T6:neg:plate:%???%##|??## ???» · driver «T6:p:E:first»
Customer «T6:p:A:full» reports a cracked mirror and a missing box of photo albums after delivery to «T6:loc:address:B».
Origin: «T6:loc:address_ml:A»
The customer's sister «T6:p:B!f:full» signed the inventory («T6:neg:invoice_number:INV-#####») on arrival; her number is «T6:ph:B:mobile:intl».
Insurance: declared value «T6:amt», policy «T6:neg:policy_number:POL-%######-##». Refund, if approved, to «T6:iban:A:s» (account holder «T6:p:A:rev»).
Note: the album box was labelled "«T6:nw:street_like»" – the customer's joke, not an address.""", ["za", "ke", "au", "gb", "mi", "ie", "us", "ua", "pl"]),

    # emails
    T("en_email_gp_referral", "email", "en", """From: «T6:p:ME:full» <«T6:mail:ME:work»>
To: Outpatient bookings, «T6:org:hospital»
Subject: Referral – «T6:p:A:rev», DOB «T6:neg:date_of_birth:%#/0%/19##»

Dear colleague,

I would be grateful if you could see «T6:t:A!f:last», a {?retired ?}teacher from «T6:loc:village:A», who has had progressive tremor since «T6:nw:month» and whom I suspect has early «T6:nw:eponym».
Relevant history: hypertension, left knee replacement (done by «T6:t:B:last» in «T6:loc:city:B»), no known allergies.
The patient lives with her husband «T6:p:C!m:first», who drives her; best contact «T6:ph:C:mobile». Landline at home: «T6:ph:A:landline». Address: «T6:loc:address:A».
Please note she prefers to be called «T6:p:A:nick».

Kind regards,
Dr «T6:p:ME:last»
«IG:organization:Riverside Family Practice|Hillview Medical Centre|Baobab Health Clinic» · practice code «T6:neg:practice_code:?%####»"""),

    T("en_email_funeral_arrangements", "email", "en", """Subject: Arrangements for the late «T6:p:A:full»

Dear «T6:p:B:first»,

On behalf of «T6:org:funeral», please accept our condolences. To confirm what we agreed on «T6:nw:weekday»:
- Viewing: at the family home, «T6:loc:address:A», from «T6:time».
- Service: «T6:org:church», led by «T6:t:C:last»; burial afterwards at the cemetery outside «T6:loc:village:A».
- Transport for relatives arriving from «T6:loc:country:D» and «T6:loc:city:D»: «T6:p:D:full» ({?mobile ?}«T6:ph:D:mobile:intl») will meet them at «T6:loc:landmark:D».
- Catering: «T6:nw:dish» and rice for about «T6:neg:headcount:%##|%#0» guests.

The deposit of «T6:amt» can be paid to «T6:iban::s», reference «T6:neg:payment_reference:FUN-%#####». Your cousin «T6:p:E~:first» asked that the obituary also mention «T6:p:F:full» and the grandchildren.

With sympathy,
«T6:p:ME:full»
Funeral arranger · «T6:ph:ME:landline:nat»"""),

    T("en_email_probate_notary", "email", "en", """From: «T6:p:F:full», «T6:org:firm»
Subject: Estate of «T6:p:A!m:upper» (deceased) – file «T6:neg:case_number:PRB/%###/202#|HCSC E%##/202#»

Dear «T6:t:B:last»,

We act for the executor, «T6:p:C:full», in the estate of your late uncle, «T6:p:A!m:full», formerly of «T6:loc:address:A».
The will, signed before «T6:t:D:full» on «T6:date», names you as a beneficiary of the plot near «T6:loc:village:A» in «T6:loc:region:A».
For the final estate tax return we hold his SSN as «T6:ssn»; please tell us if that is wrong. Before the hearing at the «T6:org:court» we need a certified copy of your ID and your current address; the one we hold («T6:loc:address:B») seems out of date.
Please call «T6:p:E:first» in our office on «T6:ph:E:landline» or write to «T6:mail:E:work». Court fees of «T6:amt» were paid on «T6:date».

Yours sincerely,
«T6:p:F:init», «NW:job_title:Senior Partner|Probate Clerk|Notary Public»"""),

    T("en_email_freelance_invoice", "email", "en", """Subject: Invoice «T6:neg:invoice_number:%###-202#|INV/%##/##» – translation for «IG:organization:Harambee Media|Steppe Stories Ltd|Pacific Voices Trust»

Hi «T6:p:A:first»,

Attached is my invoice for the subtitles ({?episodes ?}«T6:neg:short_digit_group:%–%#»). Summary:
  words translated ........ «T6:neg:word_count:%#,###»
  rate .................... «T6:amt» per 1,000 words
  total due ............... «T6:amt», by «T6:date»

Bank details: «T6:p:ME:full», IBAN «T6:iban:ME», or by card over the phone if that is easier for your accounts team ({?they have used ?}«T6:masked» before).
My new address for the contract is «T6:loc:address:ME» – I moved from «T6:loc:town:ME» last month.
For the W-9 your accounts team asked for: SSN «T6:ssn». If «T6:p:B!f:full» still handles payments, please forward; her e-mail bounced. You can reach me on «T6:ph:ME:mobile» (WhatsApp) or «T6:mail:ME».

Thanks,
«T6:p:ME:first»"""),

    T("en_email_property_viewing", "email", "en", """From: «T6:p:ME:full» <«T6:mail:ME:work»>
To: «T6:mail:A»
Subject: Viewing confirmed – «T6:loc:street:A», «T6:nw:weekday» «T6:time»

Hello «T6:t:A:last»,

Your viewing of the two-bedroom flat at «T6:loc:address:A» is confirmed. The current tenant, «T6:p:B:first», will let you in; please do not ring the old bell marked «NW:capitalised_word:Hope|Grace|Victoria|Faith».
The building is a five-minute walk from «T6:loc:landmark:A», opposite the «NW:product_name:Ford Ranger dealership|Nissan Navara showroom|Toyota Hilux depot».
Asking rent «T6:amt» a month, deposit of two months, available from «T6:date». Reference «T6:neg:listing_id:LST-%#####».

If you are running late, call my colleague «T6:p:C:full» on «T6:ph:C:mobile» – I will be at another viewing in «T6:loc:district:A».

Best wishes,
«T6:p:ME:first»
«NW:job_title:Lettings Manager|Senior Negotiator|Property Consultant»

P.S. Yes, the street was used in an episode of «T6:nw:street_like» – no, we cannot arrange autographs."""),

    T("en_email_transcript_request", "email", "en", """To: Academic Registry
Cc: «T6:p:B:full» <«T6:mail:B»>
Subject: Transcript and degree certificate – «T6:p:A!f:upper», student no. «T6:neg:student_id:%#########»

Dear Registrar,

I graduated from «T6:org:school» in «NW:year:2019|2020|2021» (BSc Agriculture, thesis supervised by «T6:t:C:full»). I now need a sealed transcript sent to my employer in «T6:loc:city:D», «T6:loc:country:D».
Please post it to: «T6:loc:address_ml:D»
My name on the old records is «T6:p:A!f:full»; since my marriage I have used my husband's surname, «T6:p:E!m:last»{? (see attached certificate)?}.
The online form kept failing from my IP «T6:ip» so I am writing instead. The fee of «T6:amt» was paid on «T6:date», receipt «T6:neg:receipt_number:RCT%#######». Phone: «T6:ph:A:mobile:intl».
My sister «T6:p:B:first», in copy, may collect it in person if posting is not possible.

Regards,
«T6:p:A:first»"""),

    # CRM notes
    T("en_crm_fishing_coop", "crm_note", "en", """MEMBER NOTE · «T6:org:coop» · member «T6:neg:member_number:M-%####»
«T6:date» – visit by «T6:p:ME:init» (field officer)

Met «T6:p:A!m:full» at the landing site in «T6:loc:village:A». Boat registration «T6:neg:boat_registration:??-%###|%##-???-##»; crew of «T6:neg:short_digit_group:%» incl. his nephew «T6:p:B!m:first».
Catch since «T6:nw:month»: about «T6:neg:weight:%## kg|%,### kg» per week, mostly sold to «T6:p:C:full» at the market in «T6:loc:town:A».
Loan for the new outboard («NW:brand:Yamaha|Suzuki|Mercury|Tohatsu» 25 hp): «T6:amt», repayments from his account «T6:iban:A».
Wife «T6:p:D!f:full» keeps the books – reachable on «T6:ph:D:mobile», she prefers SMS. «T6:p:A:first»'s own phone «T6:ph:A:mobile:nat» is often off at sea.
Next visit: after «T6:nw:holiday».""", ["tz", "ke", "ug", "sn", "gh", "ph", "id", "to", "ws", "bd", "lk", "inuit"]),

    T("en_crm_sports_registration", "crm_note", "en", """Registration follow-up – junior section, season «NW:year:2025/26|2026/27»
Club: «T6:org:club» · coach «T6:p:ME:full»

Player: «T6:p:A:full» (U-14), shirt no. «T6:neg:jersey_number:%|%#»; guardian «T6:t:B:full», «T6:ph:B:mobile», «T6:mail:B».
Moved from «T6:loc:town:A» in «T6:nw:month»; trains at the pitch behind «T6:loc:landmark:A».
Medical: asthma inhaler in kit bag; emergency contact «T6:p:C:first» (uncle) «T6:ph:C».
Fees «T6:amt» outstanding – guardian will pay by card «T6:card:any» at the next session.
Carpool with «T6:p:D:nick» from «T6:loc:district:A».""", ["za", "ge", "ws", "to", "mi", "ar", "yo", "ke", "gb", "am", "uz"]),

    T("en_crm_social_work_discharge", "crm_note", "en", """Social work note – discharge planning – «T6:date»
Author: «T6:p:ME:fullm», «NW:job_title:Senior Social Worker|Discharge Coordinator|Hospital Social Worker» · case «T6:neg:case_number:SW-%#####»

Patient «T6:p:A!f:full» («T6:neg:age:%# y|%#yo»), admitted via A&E with a fall, now medically fit. Lives alone at «T6:loc:address:A», third floor, no lift.
Son «T6:p:B!m:full» lives in «T6:loc:country:C» and cannot travel before «T6:nw:holiday»; phone «T6:ph:B:mobile:intl».
Neighbour «T6:p:C!f~:first» checks on her daily (mobile «T6:ph:C:mobile:nat»). Church support via «T6:t:D:full» of «T6:org:church».
Plan: transfer to the step-down unit in «T6:loc:town:A» on «T6:nw:weekday»; pharmacy to deliver blister packs. Pension paid into «T6:iban:A:c».
Discussed with «T6:p:E:first» (OT) – home visit booked «T6:date» «T6:time».""", ["za", "zw", "gb", "ie", "ke", "in", "ph", "mi", "ua", "lk"]),

    T("en_crm_vet_client", "crm_note", "en", """Client record – «T6:org:vet»
Owner: «T6:p:A:rev» · «T6:loc:address:A» · «T6:ph:A:mobile» · «T6:mail:A»
Pet: «NW:pet_name:Bella|Simba|Biscuit|Rocky|Mango|Luna|Kaiser» («NW:breed:Rhodesian Ridgeback|Jack Russell|German Shepherd|Maltese|Labrador»), microchip «T6:neg:microchip:9%##### ########|%##########»

«T6:date»: seen by «T6:t:B:last» for vomiting. Blood test ruled out «T6:nw:vetdx». Rabies certificate «T6:neg:certificate_number:RV-%#####» valid until «T6:date».
The owner is travelling to «T6:loc:city:C» next month; pet sitter «T6:p:C:full» ({?tel. ?}«T6:ph:C»), lives in «T6:loc:district:A».
Balance «T6:amt» paid with «T6:card:any»; loyalty card «T6:gift» registered.""", ["us", "gb", "au", "za", "ke", "in", "ie", "ph", "mi", "ge", "kz"]),

    # chats
    T("en_chat_volunteer_roster", "chat", "en", """[Food bank volunteers 🥫]
«T6:p:A:first»: roster for «T6:nw:weekday» is up. Van pickup at «T6:loc:street:A» at «T6:time», «T6:p:B:first» + «T6:p:C:nick» driving
«T6:p:B:lfirst»: can't do it this week, my mum's in hospital in «T6:loc:lcity:B» 🙏
«T6:p:D!f~:first»: I'll swap with you, «T6:p:B:first». «T6:nw:capword» permitting lol
«T6:p:A:first»: thanks «T6:p:D:first»! new volunteer «T6:p:E!f:full» joins us, pls save her number «T6:ph:E:mobile:nat»
«T6:p:E:lfirst»: hi all 👋 I live near «T6:loc:landmark:A», can walk there
«T6:p:C:nick»: welcome! drop-off list: church hall in «T6:loc:district:A» then the flats on «T6:loc:street:A»
«T6:p:A:first»: reminder – no «T6:nw:dish» donations this time, the fridge is broken"""),

    T("en_chat_congregation_notice", "chat", "en", """«T6:org:church» – community group
«T6:p:A:full»: Peace be with you all. Funeral prayers for «T6:t:B:full» will be held on «T6:nw:weekday» after «T6:time». The family asks for privacy.
«T6:p:C:first»: May God grant them strength. Where is the burial, in «T6:loc:town:B»?
«T6:p:A:first»: yes, at his home village «T6:loc:village:B». Bus leaves from «T6:loc:landmark:A» at «T6:time».
«T6:p:D~:first»: I can drive 4 people from «T6:loc:district:A», message me «T6:ph:D:mobile»
«T6:p:E:lfirst»: contributions to the family: «T6:p:F:full», account «T6:iban:F:c» or mobile money «T6:ph:F:mobile:intl»
«T6:p:C:first»: «T6:nw:capword» be with them 🙏"""),

    T("en_chat_callcentre_transcript", "chat", "en", """Call transcript · queue: Home Moves · «T6:date» · recording «T6:neg:call_id:CR-%########»
Agent «T6:p:AG:first»: Good afternoon, you're through to «IG:organization:SwiftNest Removals|Baobab Relocations|KiwiShift Movers», «T6:p:AG:first» speaking.
Caller: Hi, this is «T6:p:A!f:full», booking «T6:neg:booking_reference:??%###?#».
Agent «T6:p:AG:first»: Thanks «T6:t:A:last». Can you confirm the first line of your new address?
Caller: «T6:loc:address:A». We're moving from «T6:loc:city:B».
Agent «T6:p:AG:first»: Perfect. And the best number on the day?
Caller: my husband «T6:p:B!m:first», «T6:ph:B:mobile». Mine is «T6:ph:A».
Agent «T6:p:AG:first»: Noted. The crew lead will be «T6:p:C:full». Deposit of «T6:amt» is still due – card ending «T6:neg:short_digit_group:%###»?
Caller: No, use the new one, «T6:card:any:sp».
Agent «T6:p:AG:first»: Done, auth code «T6:neg:auth_code:%#####». Anything else, «T6:p:A:first»?"""),

    T("en_chat_local_incident_post", "chat", "en", """📍 «T6:loc:town:A» Community Noticeboard
Post by «T6:p:A:full» · «T6:time»
Heads up: a grey «T6:nw:car» hit the footbridge near «T6:loc:landmark:A» this morning. Police have closed «T6:loc:street:A». «T6:p:B:first» from the corner shop says nobody was hurt.

Comments
«T6:p:C:lfull»: was that «T6:p:D!m:first»'s car?? he parks there every day
«T6:p:B:full»: no, plates were from «T6:loc:region:A», not local
«T6:p:E~:first» (admin): please don't speculate. Witnesses can call the station on «T6:ph::landline» ref «T6:neg:incident_number:INC-%######»
«T6:p:F:nick»: my cousin «T6:p:G!f:full» lives on that road, she filmed it, DM her
DM from «T6:p:A:first» to «T6:p:G:first»: hi, saw your video – could you send it to «T6:mail:A»? thanks! ({?not for the news, just for the council report?})"""),
]

EN += [
    T("en_tool_referral_create", "tool_args", "en", {
        "tool": "ehr.create_referral",
        "arguments": {
            "patient": {"name": "«T6:p:A:full»", "preferred_name": "«T6:p:A:nick»", "mrn": "«T6:neg:mrn:%#######»", "dob": "«T6:neg:date_of_birth:19%#-0%-1#»",
                        "address": "«T6:loc:address:A»", "phone": "«T6:ph:A:mobile»"},
            "next_of_kin": {"name": "«T6:p:B:full»", "relationship": "«NW:relationship:spouse|son|daughter|brother|niece»", "phone": "«T6:ph:B:any:intl»"},
            "referring_clinician": "«T6:t:C:full»",
            "to_service": "«T6:org:hospital» – neurology",
            "reason": "suspected «T6:nw:eponym», please assess",
            "interpreter": "«NW:language_name:Amharic|Tongan|Georgian|Uzbek|Wolof|Tagalog|Nepali»",
            "insurance": {"plan": "«NW:plan_name:Medicaid|Blue Shield PPO|Aetna Choice»", "subscriber_ssn": "«T6:ssn»"},
            "notes": "Patient travels from «T6:loc:village:A»; transport booked with «T6:p:D:first».",
        },
    }),

    T("en_tool_school_enrolment", "tool_args", "en", {
        "function": "sis_upsert_student",
        "student": {"given_name": "«T6:p:A:first»", "family_name": "«T6:p:A:last»", "grade": "«NW:grade:Year 7|Grade 9|Form 2|Year 11»",
                    "student_no": "«T6:neg:student_id:%#######»", "previous_school": "«IG:organization:Greenfield Primary|St. Joseph's Primary School|Lakeside Academy»",
                    "home_address": {"street": "«T6:loc:street:A»", "city": "«T6:loc:city:A»", "postcode": "«T6:loc:postcode:A»"}},
        "guardians": [
            {"name": "«T6:p:B!f:full»", "relation": "mother", "mobile": "«T6:ph:B:mobile»", "email": "«T6:mail:B»"},
            {"name": "«T6:p:C!m:full»", "relation": "grandfather", "mobile": "«T6:ph:C»", "lives_in": "«T6:loc:town:C»"},
        ],
        "medical": "allergy to peanuts; no «T6:nw:dish» at school lunch",
        "fees_card": "«T6:masked»",
        "parent_ssn_for_aid": "«T6:ssn»",
        "submitted_from_ip": "«T6:ip»",
        "submitted_by": "«T6:p:ME:init»",
    }),

    T("en_tool_crm_contact_result", "tool_args", "en", {
        "result": {"account": "«T6:org:coop»", "account_id": "«T6:neg:customer_number:ACC-%#######»",
                   "primary_contact": {"name": "«T6:p:A:full»", "title": "«NW:job_title:Chairperson|Secretary General|Head of Procurement|Field Coordinator»", "email": "«T6:mail:A:work»", "phone": "«T6:ph:A:landline:intl»"},
                   "contacts": [
                       {"name": "«T6:p:B:rev»", "role": "treasurer", "phone": "«T6:ph:B:mobile»", "region": "«T6:loc:region:B»"},
                       {"name": "«T6:p:C:full»", "role": "field agent", "phone": "«T6:ph:C:mobile:intl»", "base": "«T6:loc:town:C»"},
                       {"name": "«T6:p:D:lfull»", "role": "driver", "phone": "«T6:ph:D:mobile:nat»"},
                   ],
                   "billing": {"iban": "«T6:iban:A»", "address": "«T6:loc:address:A»"},
                   "last_activity": "«N:timestamp»", "last_login_ip": "«T6:ip»", "owner": "«T6:p:ME:first»"}}),

    T("en_tool_court_case_lookup", "tool_args", "en", {
        "query": {"case_number": "«T6:neg:case_number:HCCC E%##/202#|CV-202#-%####»", "court": "«T6:org:court»"},
        "response": {"status": "adjourned", "next_hearing": "«T6:date»", "judge": "«T6:t:A:full»",
                     "parties": {"applicant": {"name": "«T6:p:B:upper»", "address": "«T6:loc:address:B»", "advocate": "«T6:p:C:full»"},
                                 "respondent": {"name": "«T6:p:D:full»", "last_known_address": "«T6:loc:address:D»", "phone": "«T6:ph:D»"}},
                     "subject": "boundary dispute over land at «T6:loc:village:B», «T6:loc:region:B»",
                     "clerk_contact": "«T6:mail:E:work»", "filing_fee": "«T6:amt»"}}),

    T("en_tool_vet_patient", "tool_args", "en", {
        "patient": {"name": "«NW:pet_name:Hope|Paris|Bruno|Tiger|Shadow|Zeus»", "species": "«NW:species:dog|cat|goat|horse»", "microchip": "«T6:neg:microchip:%##############»",
                    "diagnosis": "«T6:nw:vetdx»"},
        "owner": {"name": "«T6:p:A:full»", "phone": "«T6:ph:A:mobile»", "address": "«T6:loc:address:A»"},
        "vet": "«T6:t:B:last»",
        "referred_by": "«T6:p:C:full», «T6:loc:town:C»",
        "payment": {"card": "«T6:card:local»", "amount": "«T6:amt»"},
        "reminder_sms_to": "«T6:ph:A»",
    }),

    T("en_tool_move_dispatch", "tool_args", "en", {
        "job_id": "«T6:neg:order_number:JOB-%######»",
        "driver": "«T6:p:A:full»",
        "crew": ["«T6:p:B:first»", "«T6:p:C:full»", "«T6:p:D:nick»"],
        "origin": {"address": "«T6:loc:address:E»", "contact": "«T6:p:E:full»", "phone": "«T6:ph:E:mobile»"},
        "destination": {"town": "«T6:loc:town:E»", "address": "«T6:loc:address:E»", "access_notes": "narrow lane behind «T6:loc:landmark:E»"},
        "items": ["piano", "«T6:nw:product» (garage)", "boxes x «T6:neg:short_digit_group:%#»"],
        "truck": "«T6:neg:plate:??%#-???|%##-??-##»",
        "eta": "«T6:time»",
    }),

    T("en_tool_minutes_attendees", "tool_args", "en", {
        "meeting": "«IG:organization:Village Water Committee|Parents and Teachers Association|Residents' Association» – «T6:date»",
        "venue": "community hall, «T6:loc:village:A»",
        "chair": "«T6:p:A:full»",
        "attendees": [{"name": "«T6:p:B:full»", "role": "secretary"}, {"name": "«T6:p:C:fullm»", "role": "treasurer"},
                      {"name": "«T6:p:D:rev»"}, {"name": "«T6:p:E~:full»"}, {"name": "«T6:p:F:init»", "role": "guest"}],
        "apologies": ["«T6:p:G:full»", "«T6:t:H:last»"],
        "actions": ["«T6:p:B:first» to write to the council in «T6:loc:city:A» by «T6:nw:weekday»",
                    "«T6:p:C:first» to collect «T6:amt» from each household (bank: «T6:iban::c»)",
                    "«T6:p:E:first» to ask «T6:org:coop» about the borehole pump"],
        "next_meeting": "«T6:date» at «T6:time»",
    }),
]


# ------------------------------------------------------------------------------------------------
# German, French, Spanish, Portuguese
# ------------------------------------------------------------------------------------------------

DE = [
    T("de_ticket_fundbuero", "ticket", "de", """Fundsache Nr. «T6:neg:case_number:FB-2#-%####» – Fundbüro Hauptbahnhof
Erfasst von «T6:p:AG:full» am «T6:date» um «T6:time»

Gefunden im ICE nach «T6:loc:city:A»: Rucksack mit Laptop («NW:brand:Dell|Lenovo|Fujitsu|Medion»), Schlüsselbund und einem Brief an «T6:t:A:full», «T6:loc:address:A».
Im Portemonnaie: Bankkarte «T6:masked», Kundenkarte «T6:gift» und ein Zettel „bitte «T6:p:B:first» anrufen: «T6:ph:B:mobile:nat»".
Eine Frau namens «T6:p:C!f:full» hat sich telefonisch gemeldet ({?Tel. ?}«T6:ph:C»), sie sei die Nachbarin von «T6:p:A:first» in «T6:loc:district:A».
Herausgabe nur gegen Ausweis. Rückfragen an «T6:mail:AG:work».""", ["de", "de", "tr", "pl", "ua"]),

    T("de_crm_werkstatt", "crm_note", "de", """Kundennotiz Werkstatt – Auftrag «T6:neg:order_number:AU-%######»
«T6:date», aufgenommen von «T6:p:ME:finit»

«T6:t:A!f:last» ({?Kundin seit 2019, ?}«T6:p:A:full») bringt den «T6:nw:car» wegen Klappern an der Vorderachse. Fahrzeug wird von ihrem Schwiegersohn «T6:p:B!m:full» abgeholt, Handy «T6:ph:B:mobile».
Adresse laut Kartei: «T6:loc:address:A». Ersatzwagen bis «T6:nw:weekday».
Rechnung «T6:neg:invoice_number:RE-202#-%####» über «T6:amt» per Lastschrift von «T6:iban:A:s».
Hinweis: Kunde fährt am Wochenende nach «T6:loc:region:A», Wagen muss bis «T6:time» fertig sein. Meister «T6:p:C:last» informiert.""", ["de", "de", "tr", "pl", "rs"]),

    T("de_chat_sportverein", "chat", "de", """[TSV Jugend – Eltern 🏐]
«T6:p:A:first»: Auswärtsspiel am «T6:nw:weekday» in «T6:loc:town:A», Abfahrt «T6:time» am Vereinsheim
«T6:p:B:lfirst»: wir fahren, haben 3 Plätze frei. «T6:p:C:first» kommt auch mit
«T6:p:D:full»: Danke! Kann jemand «T6:p:E:nick» mitnehmen? Wir wohnen «T6:loc:street:D», kurz hinter «T6:loc:landmark:D»
«T6:p:A:first»: klar. Trainer «T6:p:F:last» ist krank, Vertretung macht «T6:p:G:first» ({?Handy ?}«T6:ph:G:mobile»)
«T6:p:C:lfirst»: Trikotgeld «T6:amt» bitte an «T6:iban:DE:s», Verwendungszweck «T6:neg:payment_reference:U14-%###»
«T6:p:B:lfirst»: 👍 und danach «T6:nw:dish»? 😂""", ["de", "de", "tr", "pl", "ua", "rs", "ir"]),

    T("de_tool_mitglied_anlegen", "tool_args", "de", {
        "aktion": "mitglied_anlegen",
        "verein": "«IG:organization:Kleingartenverein Sonnenhang e.V.|Chorgemeinschaft St. Marien|Förderverein Grundschule am Park»",
        "mitglied": {"vorname": "«T6:p:A:first»", "nachname": "«T6:p:A:last»", "strasse": "«T6:loc:street:A»", "plz": "«T6:loc:postcode:A»", "ort": "«T6:loc:city:A»",
                     "telefon": "«T6:ph:A:any:nat»", "email": "«T6:mail:A»", "geburtsdatum": "«T6:neg:date_of_birth:%#.0%.19##»"},
        "notfallkontakt": {"name": "«T6:p:B:full»", "telefon": "«T6:ph:B:mobile:intl»"},
        "beitrag": {"betrag": "«T6:amt»", "iban": "«T6:iban:A:c»", "mandatsreferenz": "«T6:neg:mandate_reference:MR-%#####-??»"},
        "geworben_von": "«T6:p:C:rev»",
        "anmelde_ip": "«T6:ip:4»",
        "bemerkung": "zieht im «T6:nw:month» nach «T6:loc:town:C»",
    }, ["de", "de", "tr", "pl", "ir", "az"]),
]

FR = [
    T("fr_ticket_garage", "ticket", "fr", """Réclamation client – OR «T6:neg:order_number:OR-%#####» – véhicule «T6:nw:car» ({?immat. ?}«T6:neg:plate:??-%##-??»)

Client : «T6:t:A:full», joignable au «T6:ph:A:mobile:nat».
Le véhicule a été déposé au garage de «T6:loc:town:A» le «T6:date» pour la vidange ; à la sortie, témoin moteur allumé près de «T6:loc:landmark:A».
Le client demande le remboursement de «T6:amt» réglés par carte «T6:masked» sur «T6:card:local».
Réceptionnaire : «T6:p:B:first». Le chef d'atelier «T6:p:C:full» rappellera avant «T6:time». Adresse de facturation : «T6:loc:address:A».""", ["fr", "fr", "sn", "ci", "ma"]),

    T("fr_email_mairie_mariage", "email", "fr", """Objet : Dossier de mariage «T6:p:A:last» – «T6:p:B:last», célébration du «T6:date»

Madame, Monsieur,

Nous accusons réception du dossier de mariage de «T6:t:A:full» et de «T6:t:B:full». La cérémonie aura lieu à la mairie de «T6:loc:town:A», salle des mariages, à «T6:time».
Témoins déclarés : «T6:p:C:full» (domicilié à «T6:loc:city:C», «T6:loc:country:C») et «T6:p:D~:full».
Merci de fournir avant le «T6:date» un justificatif de domicile pour «T6:p:B:first» : l'adresse indiquée, «T6:loc:address:B», ne correspond pas à l'acte de naissance.
Pour toute question : «T6:p:E:full», «T6:nw:job», au «T6:ph:FR:landline» ou «T6:mail:E:work».

Veuillez agréer nos salutations distinguées.
Service État civil""", ["fr", "fr", "sn", "ci", "ma", "lev"]),

    T("fr_crm_cabinet_veterinaire", "crm_note", "fr", """Fiche client – «IG:organization:Clinique vétérinaire des Tilleuls|Cabinet vétérinaire du Port|Clinique Saint-Roch»
Propriétaire : «T6:p:A!f:rev», «T6:loc:address:A», tél. «T6:ph:A:mobile», «T6:mail:A»
Animal : «NW:pet_name:Caramel|Pompon|Filou|Tigrou», puce «T6:neg:microchip:250%############»

«T6:date» : consultation avec «T6:t:B:last» – suspicion de «T6:nw:vetdx», bilan sanguin prévu le «T6:nw:weekday».
La propriétaire part chez sa sœur «T6:p:C!f:full» à «T6:loc:city:C» ; l'animal sera gardé par «T6:p:D:first» («T6:ph:D:mobile:intl»).
Règlement «T6:amt», carte «T6:card:any», reste dû «T6:amt».""", ["fr", "fr", "sn", "ma", "ci"]),

    T("fr_tool_dossier_obseques", "tool_args", "fr", {
        "outil": "creer_dossier_obseques",
        "defunt": {"nom": "«T6:p:A:upper»", "date_deces": "«T6:date»", "derniere_adresse": "«T6:loc:address:A»", "lieu_inhumation": "cimetière de «T6:loc:village:A»"},
        "contact_famille": {"nom_complet": "«T6:p:B:full»", "lien": "«NW:relationship:fille|neveu|épouse|frère»", "portable": "«T6:ph:B:mobile»", "courriel": "«T6:mail:B»"},
        "officiant": "«T6:t:C:last»",
        "lieu_ceremonie": "«T6:org:church»",
        "rapatriement": {"pays": "«T6:loc:country:D»", "ville": "«T6:loc:city:D»", "correspondant": "«T6:p:D:full»", "tel": "«T6:ph:D:any:intl»"},
        "acompte": {"montant": "«T6:amt»", "iban": "«T6:iban:B:s»", "reference": "«T6:neg:payment_reference:OBS-%#####»"},
    }, ["fr", "sn", "ci", "ma", "lev"]),
]

ES = [
    T("es_ticket_inscripcion_escolar", "ticket", "es", """Ticket «T6:neg:case_number:ESC-%#####» – Inscripción ciclo «NW:year:2025-2026|2026-2027»
Abierto por: «T6:p:AG:full» (control escolar)

La señora «T6:p:A!f:full» solicita inscribir a su hijo «T6:p:B!m:first» en 3.º de secundaria. Vienen de «T6:loc:town:A», «T6:loc:region:A».
Falta el comprobante de domicilio: el recibo está a nombre de «T6:p:C:full» (abuelo), «T6:loc:address:A».
Contacto: «T6:ph:A:mobile» o «T6:mail:A». Pago de cuota «T6:amt» con tarjeta «T6:card:local», folio «T6:neg:receipt_number:F%######».
Entrevista con la orientadora «T6:t:D:last» el «T6:nw:weekday» a las «T6:time».""", ["mx", "mx", "co", "pe"]),

    T("es_email_cooperativa_cafe", "email", "es", """Asunto: Entrega de café pergamino – socio «T6:neg:member_number:SOC-%####»

Estimado don «T6:p:A!m:first»:

Le confirmamos la recepción de «T6:neg:weight:%## kg|%.### kg» de café en el centro de acopio de «T6:loc:town:A» el «T6:date». El análisis de taza lo firmó «T6:p:B:full».
El pago de «T6:amt» se hará a la cuenta registrada a nombre de «T6:p:A:full»; si cambió de banco, envíenos el nuevo número antes del «T6:date».
Para la visita técnica a su finca en la vereda «T6:loc:village:A» irá el agrónomo «T6:p:C:full» (cel. «T6:ph:C:mobile»).
La asamblea general será el «T6:nw:weekday» en «T6:loc:city:A», frente a «T6:loc:landmark:A».

Cordialmente,
«T6:p:ME:full»
«T6:nw:job» · «T6:ph:ME:landline:intl»""", ["co", "co", "pe"]),

    T("es_crm_inmobiliaria", "crm_note", "es", """Nota CRM – visita a propiedad «T6:neg:listing_id:PROP-%####»
«T6:date» · agente «T6:p:ME:init»

Interesados: «T6:p:A!m:full» y su pareja «T6:p:B:full». Visitaron el departamento de «T6:loc:address:C» (3 amb., piso «T6:neg:short_digit_group:%»).
Vienen de «T6:loc:city:A»; él trabaja en «T6:loc:district:C». Preguntaron por cocheras y colegios cerca de «T6:loc:landmark:C».
Tel. de «T6:p:A:first»: «T6:ph:A:mobile». Mail: «T6:mail:B».
Ofrecieron «T6:amt», la dueña («T6:t:C!f:full») pide «T6:amt». Próxima llamada: «T6:nw:weekday».""", ["ar", "ar", "cl", "mx"]),

    T("es_chat_velorio", "chat", "es", """[Familia «T6:p:A:last» 🕯️]
«T6:p:B:first»: Ya está confirmado, el velorio de la abuela «T6:p:A!f~:first» es en la funeraria de «T6:loc:town:A» a partir de las «T6:time»
«T6:p:C:lfirst»: voy saliendo de «T6:loc:lcity:C», llego como a las «T6:time»
«T6:p:D:first»: la misa de cuerpo presente la da el padre «T6:p:E!m:last» mañana en «T6:org:church»
«T6:p:B:first»: para los que quieran cooperar con los gastos: CLABE de «T6:p:F!f:full» «T6:neg:clabe:0%#################» o la tarjeta «T6:card:visa|mastercard:sp» 🙏
«T6:p:C:lfirst»: tía «T6:p:F:first», ¿le marco a su cel? «T6:ph:F:mobile:nat»
«T6:p:F:first»: sí mija, o al de «T6:p:G:nick» «T6:ph:G:mobile»""", ["mx", "mx", "co"]),

    T("es_tool_alquiler_visita", "tool_args", "es", {
        "funcion": "agendar_visita",
        "inmueble": {"ref": "«T6:neg:listing_id:ALQ-%#####»", "direccion": "«T6:loc:address:A»", "barrio": "«T6:loc:district:A»", "precio": "«T6:amt»"},
        "interesado": {"nombre": "«T6:p:B:first»", "apellidos": "«T6:p:B:last»", "telefono": "«T6:ph:B:mobile»", "email": "«T6:mail:B»", "procedencia": "«T6:loc:city:B»"},
        "propietario": "«T6:p:C:full»",
        "agente": "«T6:p:ME:full»",
        "fecha": "«T6:date»", "hora": "«T6:time»",
        "ip_formulario": "«T6:ip:6»",
        "observaciones": "Llaves en la portería; preguntar por «T6:p:D:first». El inquilino saliente se muda a «T6:loc:region:D».",
    }, ["es", "es", "pe", "co", "ar"]),
]

PT = [
    T("pt_ticket_oficina", "ticket", "pt", """Chamado «T6:neg:case_number:OS-%######» – Oficina «IG:organization:Auto Center Irmãos Lima|Oficina do Zé|Mecânica Boa Viagem»

Cliente: «T6:p:A:full» – celular «T6:ph:A:mobile:nat» – CPF «T6:neg:cpf:%##.###.###-##»
Veículo «T6:nw:car», placa «T6:neg:plate:???%?##|???-%###».
Relato: depois da revisão em «T6:date», o carro ferveu na estrada perto de «T6:loc:town:A». Foi rebocado pelo cunhado, «T6:p:B!m:full» ({?fone ?}«T6:ph:B»).
Endereço: «T6:loc:address:A»
Pagamento anterior: «T6:amt» no cartão «T6:masked». Cliente pede estorno para o cartão «T6:card:local». Responsável: «T6:p:C:first».""", ["br"]),

    T("pt_email_escola_matricula", "email", "pt", """Assunto: Matrícula – «T6:p:A!m:full», «NW:grade:5.º ano|7.º ano|10.º ano»

Exma. Senhora «T6:p:B!f:full»,

Informamos que a matrícula do seu educando «T6:p:A!m:first» na «IG:organization:Escola Básica da Ribeira|Agrupamento de Escolas de Vila Verde|Colégio São Tomás» foi aceite.
A morada indicada, «T6:loc:address:B», pertence à área de influência da escola. O transporte a partir de «T6:loc:village:B» é assegurado pela câmara.
A diretora de turma, «T6:t:C!f:full», recebe os encarregados de educação à «T6:nw:weekday», às «T6:time».
Para o refeitório, transfira «T6:amt:pt_pt» para «T6:iban:PT:s» com a referência «T6:neg:payment_reference:%## ### ###».
Contacto da secretaria: «T6:ph:PT:landline» · «T6:mail:D:work»

Atenciosamente,
«T6:p:D:full»""", ["pt"]),

    T("pt_crm_cooperativa_agricola", "crm_note", "pt", """Visita técnica – cooperado «T6:p:A:full» (matrícula «T6:neg:member_number:%#####»)
«T6:date», técnico «T6:p:ME:full»

Propriedade no sítio «T6:loc:village:A», zona rural de «T6:loc:city:A». Produção de leite: «T6:neg:volume:%## L/dia|%.### L/dia».
O filho «T6:p:B!m:first» cuida da ordenha; a nora «T6:p:C!f:full» faz o financeiro (cel. «T6:ph:C:mobile», «T6:mail:C»).
Pedido de crédito de «T6:amt» para o tanque de resfriamento; conta «T6:iban:BR:c».
Próxima reunião do núcleo em «T6:loc:town:A», no salão ao lado da «T6:loc:landmark:A».""", ["br"]),

    T("pt_chat_grupo_igreja", "chat", "pt", """[Ministério de Louvor ⛪]
«T6:p:A:first»: paz do Senhor, irmãos! ensaio «T6:nw:weekday» às «T6:time», na casa da irmã «T6:p:B!f~:first»
«T6:p:C:lfirst»: amém! qual o endereço mesmo?
«T6:p:B:first»: «T6:loc:address:B», portão verde
«T6:p:D:lfull»: vou de «T6:loc:lcity:D», chego atrasado 🙏 pastor «T6:p:E:last» pediu pra levar o violão
«T6:p:A:first»: a oferta do retiro em «T6:loc:town:B» pode ser no pix «T6:ph:A:mobile:nat» (é meu celular) ou no cartão da tesouraria
«T6:p:F:nick»: glória! «T6:nw:capword» a todos""", ["br"]),

    T("pt_tool_ordem_servico", "tool_args", "pt", {
        "acao": "abrir_ordem_servico",
        "cliente": {"nome_completo": "«T6:p:A:full»", "celular": "«T6:ph:A:mobile»", "email": "«T6:mail:A»",
                    "endereco": {"logradouro": "«T6:loc:street:A»", "cidade": "«T6:loc:city:A»", "cep": "«T6:loc:postcode:A»"}},
        "veiculo": {"modelo": "«T6:nw:car»", "placa": "«T6:neg:plate:???%?##»", "km": "«T6:neg:odometer:%#.### km»"},
        "mecanico": "«T6:p:B:first»",
        "autorizado_por": "«T6:p:C:full»",
        "pagamento": {"cartao": "«T6:card:local:dash»", "valor": "«T6:amt»"},
        "observacao": "levar para «T6:loc:district:A» depois das «T6:time»",
    }, ["br"]),
]


# ------------------------------------------------------------------------------------------------
# Italian, Dutch, Polish, Nordic, Czech, Romanian, Hungarian
# ------------------------------------------------------------------------------------------------

IT = [
    T("it_email_studio_notarile", "email", "it", """Oggetto: Rogito compravendita – immobile in «T6:loc:address:A»

Gentile «T6:t:B:full»,

le confermiamo l'appuntamento per la firma del rogito il «T6:date» alle ore «T6:time» presso lo studio del notaio «T6:p:C:full», in «T6:loc:street:C», «T6:loc:city:C».
Parte venditrice: «T6:p:A:full», residente a «T6:loc:town:A». Parte acquirente: lei e il coniuge «T6:p:D:full».
La caparra di «T6:amt» risulta versata sul conto «T6:iban:IT:s». Occorre ancora la visura catastale (foglio «T6:neg:cadastre_ref:%#», particella «T6:neg:cadastre_ref:%##»).
Per informazioni chiami la segretaria «T6:p:E!f:first» al «T6:ph:IT:landline» o scriva a «T6:mail:E:work».

Distinti saluti""", ["it", "it", "ro"]),

    T("it_chat_calcetto", "chat", "it", """[Calcetto del giovedì ⚽]
«T6:p:A:lfirst»: raga stasera campo a «T6:loc:district:A» alle «T6:time», siamo in 9
«T6:p:B:first»: porto mio cugino «T6:p:C!m:first», arriva da «T6:loc:lcity:C»
«T6:p:D:lfull»: io ci sono ma esco tardi dal lavoro
«T6:p:A:lfirst»: ok. quota campo «T6:amt» a testa, satispay a «T6:p:E:first» o al suo numero «T6:ph:E:mobile:nat»
«T6:p:E:first»: dopo tutti da «T6:p:F:nick» in «T6:loc:street:F», offre lui la «T6:nw:dish» 😂""", ["it", "it", "ro", "ma"]),
]

NL = [
    T("nl_email_vrijwilligersrooster", "email", "nl", """Onderwerp: Rooster voedselbank – week «T6:neg:week_number:%|%#»

Beste vrijwilligers,

Hierbij het rooster. Uitgifte op «T6:nw:weekday» in de kerkzaal aan de «T6:loc:street:A»:
- ochtend: «T6:p:A:full», «T6:p:B:full» en «T6:p:C:first»
- middag: «T6:p:D:full» (coördinator, «T6:ph:D:mobile»)
De bus rijdt eerst naar de supermarkt in «T6:loc:town:A» en dan naar «T6:loc:village:A».
«T6:p:E!f~:first» stopt helaas per «T6:date», zij verhuist naar «T6:loc:country:E». Bedankt voor alles!
Declaraties (max. «T6:amt») graag met IBAN naar «T6:mail:D».

Groet,
«T6:p:D:first»""", ["nl", "nl", "ma", "tr", "id"]),

    T("nl_tool_vrijwilliger_aanmelden", "tool_args", "nl", {
        "actie": "vrijwilliger_toevoegen",
        "persoon": {"voornaam": "«T6:p:A:first»", "achternaam": "«T6:p:A:last»", "adres": "«T6:loc:address:A»", "mobiel": "«T6:ph:A:mobile»",
                    "email": "«T6:mail:A»", "geboren_in": "«T6:loc:city:B»"},
        "noodcontact": "«T6:p:C:full» («T6:ph:C:any:intl»)",
        "taken": ["chauffeur", "inpakken"],
        "beschikbaar": ["«T6:nw:weekday»", "«T6:nw:weekday»"],
        "vog_nummer": "«T6:neg:certificate_number:VOG-%#######»",
        "ingevoerd_door": "«T6:p:ME:init»",
    }, ["nl", "nl", "ma", "tr"]),
]

PL = [
    T("pl_ticket_przeprowadzka", "ticket", "pl", """Zgłoszenie «T6:neg:case_number:ZGL/%####/202#» – uszkodzenie mebli przy przeprowadzce

Klient: «T6:t:A!m:full», tel. «T6:ph:A:mobile»
Przeprowadzka z «T6:loc:city:A» do nowego mieszkania «T6:loc:infl» ({?dokładny adres: ?}«T6:loc:address:A»), wykonana «T6:date».
Kierowca «T6:p:B:full» zgłosił, że szafa była pęknięta już przy załadunku. Pomagał «T6:p:C:first».
Klient żąda zwrotu «T6:amt» na konto «T6:iban:PL:s». Odbiór protokołu osobiście przez siostrę klienta, «T6:p:D!f:full».""", ["pl", "pl", "ua"]),

    T("pl_crm_kancelaria", "crm_note", "pl", """Notatka – kancelaria notarialna, «T6:date»
Sporządził: «T6:p:ME:full»

«T6:t:A!f:full» umówiona na akt poświadczenia dziedziczenia po ojcu, «T6:p:B!m:full», zm. «T6:date» «T6:loc:infl».
Spadkobiercy: «T6:p:A:first», brat «T6:p:C!m:full» (kraj zamieszkania: «T6:loc:country:C»), wnuczka «T6:p:D!f:first».
Działka rolna w gminie «T6:loc:village:A» ({?woj. ?}«T6:loc:region:A»), nr księgi wieczystej «T6:neg:land_register:??%?/%#######/#».
Kontakt: «T6:ph:A:any», «T6:mail:A». Opłata «T6:amt» – faktura «T6:neg:invoice_number:FV/%##/##/202#».""", ["pl", "pl", "ua"]),

    T("pl_tool_rejestracja_zawodnika", "tool_args", "pl", {
        "operacja": "rejestracja_zawodnika",
        "klub": "«IG:organization:KS Orzeł Ełk|MKS Pogoń Siedlce|UKS Jedynka Koszalin»",
        "zawodnik": {"imie": "«T6:p:A:first»", "nazwisko": "«T6:p:A:last»", "pesel": "«T6:neg:pesel:%##########»", "miejscowosc": "«T6:loc:town:A»",
                     "adres": "«T6:loc:address:A»"},
        "opiekun": {"imie_nazwisko": "«T6:p:B:full»", "telefon": "«T6:ph:B:mobile»", "email": "«T6:mail:B»"},
        "trener": "«T6:p:C:full»",
        "badania_do": "«T6:date»",
        "skladka": {"kwota": "«T6:amt»", "karta": "«T6:card:local»"},
    }, ["pl", "pl", "ua"]),
]

SV = [
    T("sv_email_begravningsbyra", "email", "sv", """Ämne: Begravning för «T6:p:A:full» – bekräftelse

Hej «T6:p:B:first»,

Tack för samtalet i «T6:nw:weekday»s. Vi har bokat kapellet vid «T6:loc:landmark:A» den «T6:date» kl. «T6:time». Officiant blir «T6:p:C:full».
Minnesstunden hålls hos «T6:p:D:full», «T6:loc:address:D». Släktingar från «T6:loc:town:E» och «T6:loc:country:E» har anmält sig via «T6:p:E:first».
Förskottet «T6:amt» kan betalas till «T6:iban:SE:c», märk betalningen «T6:neg:payment_reference:%#########».
Ring mig gärna på «T6:ph:SE:mobile» om något ändras.

Varma hälsningar
«T6:p:ME:full», «T6:nw:job»""", ["se", "se", "sami", "ir"]),

    T("sv_chat_innebandy", "chat", "sv", """[Innebandy F12 föräldrar]
«T6:p:A:first»: Cupen i «T6:loc:town:A» är «T6:nw:weekday», samling «T6:time» vid «T6:loc:landmark:A»
«T6:p:B:lfirst»: vi kan köra tre barn från «T6:loc:district:B»
«T6:p:C:full»: tack! «T6:p:D!f:nick» åker med er då. hennes pappa «T6:p:E!m:first» nås på «T6:ph:E:mobile:nat»
«T6:p:A:first»: swisha «T6:amt» till kassören «T6:p:F:full» («T6:neg:swish_number:123 %## ## ##»)
«T6:p:B:lfirst»: 👍 och glöm inte «T6:nw:dish»-bakningen till fikat 😅""", ["se", "se", "fi", "ir"]),
]

NO = [
    T("no_crm_fotballklubb", "crm_note", "no", """Medlemsnotat – «IG:organization:Sportsklubben Brann|Rosenborg BK|IL Varegg|Tromsø IL»
«T6:date», registrert av «T6:p:ME:full»

Ny spiller «T6:p:A:full» (G13), flyttet fra «T6:loc:town:A» til «T6:loc:district:B». Foresatt: «T6:p:B:full», mobil «T6:ph:B:mobile», e-post «T6:mail:B».
Reiser til turnering i «T6:loc:city:C» med lagleder «T6:p:C:first». Kontingent «T6:amt» betales med Vipps til «T6:neg:vipps_number:%####».
Merknad: allergi – ingen «T6:nw:dish» på turen; klarert av lege «T6:t:D:last».""", ["no", "no", "sami"]),

    T("no_chat_dugnad", "chat", "no", """[Borettslaget – dugnad 🌱]
«T6:p:A:first»: Dugnad «T6:nw:weekday» kl. «T6:time». Container står ved «T6:loc:street:A»
«T6:p:B:lfirst»: er bortreist til «T6:loc:town:B» den helga, beklager
«T6:p:C:full»: jeg tar med grill. «T6:p:D:first» har tilhenger, ring «T6:ph:D:mobile:nat»
«T6:p:A:first»: takk! styreleder «T6:p:E:full» sender referat til alle
«T6:p:F:lfull»: kommer. hilsen «T6:p:F:first» i oppgang «T6:neg:entrance:?»""", ["no", "no", "sami"]),
]

DA = [
    T("da_email_fremvisning", "email", "da", """Emne: Fremvisning af «T6:loc:address:A»

Kære «T6:p:B:full»,

Tak for din interesse. Fremvisningen er «T6:nw:weekday» den «T6:date» kl. «T6:time». Sælger, «T6:p:A:full», er selv til stede.
Boligen ligger tæt på «T6:loc:landmark:A» og skolen i «T6:loc:town:A». Udbudspris «T6:amt», sag nr. «T6:neg:case_number:%####-##».
Har du spørgsmål, så ring til min kollega «T6:p:C:first» på «T6:ph:DK:mobile» eller skriv til «T6:mail:C:work».

Med venlig hilsen
«T6:p:ME:full», «T6:nw:job»""", ["dk"]),

    T("da_tool_flytning", "tool_args", "da", {
        "handling": "opret_flytning",
        "kunde": {"navn": "«T6:p:A:full»", "telefon": "«T6:ph:A:any»", "email": "«T6:mail:A»"},
        "fra": "«T6:loc:address:A»",
        "til": {"adresse": "«T6:loc:street:A»", "by": "«T6:loc:town:A»", "postnummer": "«T6:loc:postcode:A»"},
        "chauffør": "«T6:p:B:full»",
        "dato": "«T6:date»",
        "betaling": {"kort": "«T6:card:any»", "beløb": "«T6:amt»"},
        "note": "nøgle hos naboen «T6:p:C:first»",
    }, ["dk"]),
]

FI = [
    T("fi_ticket_loytotavara", "ticket", "fi", """Löytötavarailmoitus «T6:neg:case_number:LT-%######»
Kirjannut: «T6:p:AG:full», «T6:date» klo «T6:time»

Linja-autoon jäänyt laukku. Omistaja «T6:p:A:full» soitti numerosta «T6:ph:A:mobile»; hän asuu nykyään «T6:loc:infl».
Laukussa: passi, «NW:brand:Philips|Sony|Bose|Jabra»-kuulokkeet ja kirje osoitteeseen «T6:loc:address:A».
Noutaja: «T6:p:B:full» («T6:ph:B»), valtakirja omistajalta. Toimitus «T6:loc:town:B» toimipisteeseen maksaa «T6:amt».""", ["fi", "fi", "sami"]),

    T("fi_email_urheiluseura", "email", "fi", """Aihe: Hiihtoleiri «T6:loc:village:A», «T6:nw:month»

Hei «T6:p:A:first»,

«T6:p:B:first» on ilmoitettu seuran leirille. Lähtö «T6:nw:weekday» klo «T6:time» urheilutalon edestä, «T6:loc:street:C».
Valmentajana toimii «T6:p:C:full» (puh. «T6:ph:C:mobile»), mukana myös «T6:p:D:nick».
Leirimaksu «T6:amt» tilille «T6:iban:FI:s», viite «T6:neg:payment_reference:%#####%».
Majoitus on «T6:loc:infl», lähellä «T6:loc:landmark:C».

Terveisin
«T6:p:ME:full», «T6:nw:job»""", ["fi", "fi", "sami"]),
]

CS = [
    T("cs_ticket_autoservis", "ticket", "cs", """Reklamace zakázky «T6:neg:order_number:ZAK-%#####» – «T6:nw:car»

Zákazník: «T6:t:A:full», tel. «T6:ph:A:mobile», «T6:mail:A»
Vůz byl v servisu «T6:loc:infl» od «T6:date». Po převzetí se rozsvítila kontrolka u obce «T6:loc:village:A». Odtáhl ho «T6:p:B:first» z asistenční služby.
Zákazník žádá vrácení «T6:amt» na účet «T6:iban:CZ:s». Vedoucí servisu «T6:p:C:full» zavolá do «T6:time».""", ["cz", "cz", "ua"]),

    T("cs_crm_pohrebni_sluzba", "crm_note", "cs", """Poznámka – pohřební služba, «T6:date»
Vyřizuje: «T6:p:ME:full»

Zesnulá: «T6:p:A!f:full», naposledy bytem «T6:loc:address:A». Obřad v obřadní síni «T6:loc:infl», uložení do hrobu v «T6:loc:village:A».
Objednatel: syn «T6:p:B!m:full», tel. «T6:ph:B:any», stát bydliště: «T6:loc:country:B». Řečník: «T6:p:C:full».
Záloha «T6:amt», faktura «T6:neg:invoice_number:%##########», platba kartou «T6:masked».""", ["cz", "cz", "ua"]),
]

RO = [
    T("ro_ticket_club_sportiv", "ticket", "ro", """Tichet «T6:neg:case_number:CS-%#####» – înscriere secția de handbal

Părinte: «T6:t:A:full», telefon «T6:ph:A:mobile», e-mail «T6:mail:A»
Copil: «T6:p:B:full», născut la «T6:loc:city:B», elev la «IG:organization:Colegiul Național Mihai Viteazul|Școala Gimnazială nr. 5|Liceul Teoretic Avram Iancu»
Adresa: «T6:loc:address:A»
Antrenorul «T6:p:C:full» cere avizul medical până pe «T6:date». Cotizația de «T6:amt» se plătește în contul «T6:iban:RO:s».
Transport la meciul din «T6:loc:town:C» asigurat de «T6:p:D:first».""", ["ro"]),

    T("ro_tool_inscriere_cor", "tool_args", "ro", {
        "actiune": "adauga_membru_cor",
        "membru": {"nume": "«T6:p:A:last»", "prenume": "«T6:p:A:first»", "voce": "«NW:voice:sopran|alto|tenor|bas»", "localitate": "«T6:loc:village:A»",
                   "telefon": "«T6:ph:A:mobile»", "email": "«T6:mail:A»"},
        "parohie": "«T6:org:church»",
        "dirijor": "«T6:p:B:full»",
        "repetitii": "«T6:nw:weekday», ora «T6:time»",
        "contact_urgenta": {"nume": "«T6:p:C:full»", "telefon": "«T6:ph:C»"},
    }, ["ro"]),
]

HU = [
    T("hu_email_iskola", "email", "hu", """Tárgy: Beiratkozás – «T6:p:A:full»

Tisztelt «T6:t:B:full»!

Örömmel értesítjük, hogy gyermekét, «T6:p:A:first»-t felvettük az iskolánkba. Az évnyitó «T6:date» «T6:time»-kor lesz.
A nyilvántartott lakcím: «T6:loc:address:B»
Az iskolabusz «T6:loc:village:B» felől jár. Az őszi kirándulás szállása «T6:loc:infl» lesz.
Osztályfőnök: «T6:p:C:full», elérhető a «T6:ph:C:mobile» számon. Az étkezési díjat («T6:amt») a «T6:iban:HU:s» számlára kérjük.

Üdvözlettel:
«T6:p:ME:full», «T6:nw:job»""", ["hu"]),

    T("hu_crm_ingatlan", "crm_note", "hu", """Ügyfél-jegyzet «T6:date» – ingatlan «T6:neg:listing_id:ING-%####»
Rögzítette: «T6:p:ME:full»

«T6:p:A:full» és «T6:p:B:full» megnézték a «T6:loc:address:C» alatti lakást. «T6:loc:infl» dolgoznak, «T6:loc:city:A»-ról költöznének.
Telefon: «T6:ph:A:mobile», e-mail «T6:mail:B». Ajánlat: «T6:amt». Eladó: «T6:t:C:full».""", ["hu"]),
]


# ------------------------------------------------------------------------------------------------
# Turkish, Indonesian, Vietnamese, Filipino, Swahili, Hindi and Arabic (Latin letters)
# ------------------------------------------------------------------------------------------------

TR = [
    T("tr_ticket_veteriner", "ticket", "tr", """Kayıt «T6:neg:case_number:VET-%#####» – «IG:organization:Patiler Veteriner Kliniği|Can Dostlar Hayvan Hastanesi|Mavi Pati Veteriner»

Hasta sahibi: «T6:t:A:full» («T6:p:A:full»), cep «T6:ph:A:mobile», «T6:mail:A»
Köpek «NW:pet_name:Karabaş|Paşa|Pamuk|Zeytin», çip no «T6:neg:microchip:792%###########», «T6:date» tarihinde «T6:loc:infl» yaylada kaybolmuş, bulan kişi «T6:p:B:full» getirdi.
Adres: «T6:loc:address:A»
Tedavi ücreti «T6:amt», ödeme kartla «T6:masked». Kontrol için «T6:t:C:last» «T6:nw:weekday» saat «T6:time»'de bekliyor.""", ["tr", "tr", "az"]),

    T("tr_crm_emlak", "crm_note", "tr", """Müşteri notu – «T6:date», danışman «T6:p:ME:full»

«T6:p:A:full» ve eşi «T6:p:B:first» «T6:loc:district:C»'deki daireyi gezdiler ({?ilan no ?}«T6:neg:listing_id:%#########»). «T6:loc:city:A»'dan tayin olmuşlar.
Adres: «T6:loc:address:C». Bütçe «T6:amt»; kapora «T6:iban:TR:s» hesabına yatırılacak.
Telefon: «T6:ph:A:mobile», yedek «T6:ph:B». Ev sahibi «T6:t:C:first» pazarlığa açık, muhtar «T6:p:D:full» de tanıyor.""", ["tr", "tr", "az"]),

    T("tr_chat_cami_dernegi", "chat", "tr", """[Mahalle Camii Derneği 🕌]
«T6:p:A:first» «NW:honorific:Hoca|Abi»: Cemaate duyurulur, «T6:p:B:full»'ın cenaze namazı yarın öğle namazından sonra kılınacak. Defin «T6:loc:infl».
«T6:p:C:lfirst»: Allah rahmet eylesin. otobüs kaçta kalkıyor?
«T6:p:A:first» «NW:honorific:Hoca|Abi»: «T6:time»'da caminin önünden. «T6:p:D:first»'e haber verin, numarası «T6:ph:D:mobile:nat»
«T6:p:E~:lfirst»: yemek için «T6:nw:dish» değil, etli pilav yapıyoruz 🙏
«T6:p:F:full»: bağış için dernek hesabı «T6:iban:TR:c»""", ["tr", "tr", "az"]),
]

ID = [
    T("id_ticket_bengkel", "ticket", "id", """Tiket «T6:neg:case_number:BKL-%#####» – Keluhan servis motor

Pelanggan: «T6:t:A:full», HP «T6:ph:A:mobile», email «T6:mail:A»
Motor «NW:product_name:Honda Beat|Yamaha NMAX|Suzuki Satria» plat «T6:neg:plate:? %### ??|?? %### ?», servis tanggal «T6:date» di cabang «T6:loc:city:A».
Setelah servis, motor mogok di dekat «T6:loc:landmark:A». Diderek oleh «T6:p:B:first».
Alamat: «T6:loc:address:A»
Minta pengembalian «T6:amt» ke rekening atas nama «T6:p:A:full». Teknisi: «T6:p:C:first», kepala bengkel «T6:t:D:full».""", ["id"]),

    T("id_crm_koperasi_nelayan", "crm_note", "id", """Catatan anggota – «T6:org:coop» – «T6:date»
Petugas: «T6:p:ME:full»

«T6:t:A!m:full» (no. anggota «T6:neg:member_number:KN-%####») melaut dari «T6:loc:village:A», «T6:loc:region:A». Kapal «NW:ship_name:KM Sinar Bahari|KM Rezeki Laut|KM Bintang Timur»; dulu ABK di «T6:nw:ship».
Hasil tangkapan dijual ke pengepul «T6:p:B:full» di pasar «T6:loc:town:A».
Istri, «T6:t:C!f:full», pegang keuangan: WA «T6:ph:C:mobile:intl». Pinjaman mesin «T6:amt».""", ["id"]),

    T("id_tool_data_jemaah", "tool_args", "id", {
        "perintah": "tambah_jemaah",
        "masjid": "«IG:organization:Masjid Al-Ikhlas|Masjid Raya Baiturrahman|Masjid Agung Jawa Tengah»",
        "jemaah": {"nama_lengkap": "«T6:p:A:full»", "panggilan": "«T6:p:A:first»", "alamat": "«T6:loc:address:A»", "no_hp": "«T6:ph:A:mobile»",
                   "kota_asal": "«T6:loc:city:B»"},
        "keluarga": [{"nama": "«T6:p:B:full»", "hubungan": "istri"}, {"nama": "«T6:p:C:first»", "hubungan": "anak"}],
        "infak": {"jumlah": "«T6:amt»", "kartu": "«T6:card:local»"},
        "dicatat_oleh": "«T6:t:D:full»",
    }, ["id"]),
]

VI = [
    T("vi_email_dam_cuoi", "email", "vi", """Tiêu đề: Xác nhận tiệc cưới «T6:p:A:first» & «T6:p:B:first» – «T6:date»

Kính gửi «T6:t:C:full»,

Nhà hàng xin xác nhận tiệc cưới của «T6:p:A:full» và «T6:p:B:full» tại sảnh chính, «T6:loc:address:D», lúc «T6:time».
Số bàn: «T6:neg:table_count:%#», thực đơn gồm «T6:nw:dish». Khách từ «T6:loc:city:A» và «T6:loc:town:B» sẽ được đón tại «T6:loc:landmark:D».
Tiền đặt cọc «T6:amt» đã nhận qua thẻ «T6:masked». Mọi thay đổi xin liên hệ «T6:p:E:full», số «T6:ph:E:mobile» hoặc «T6:mail:E:work».

Trân trọng,
«T6:p:ME:full»""", ["vn"]),

    T("vi_chat_hoi_dong_huong", "chat", "vi", """[Hội đồng hương «T6:loc:region:A» 🇻🇳]
«T6:p:A:first»: Cả nhà ơi, chủ nhật này họp mặt ở nhà «T6:t:B:first», «T6:loc:address:B»
«T6:p:C:lfirst»: em ở «T6:loc:lcity:C» lên, tầm «T6:time» mới tới
«T6:p:D:nick»: anh «T6:p:A:first» cho em xin số chị «T6:p:E:first» với
«T6:p:A:first»: «T6:ph:E:mobile:nat» nha. Ai góp quỹ thì chuyển «T6:amt» cho «T6:p:F:full»
«T6:p:E:lfirst»: ok mọi người, nhớ mang «T6:nw:dish» nhé 😄""", ["vn"]),
]

TL = [
    T("tl_chat_fiesta_barangay", "chat", "tl", """[Fiesta Committee – «T6:loc:district:A» 🎉]
«T6:p:A:nick»: Guys, meeting sa bahay ni «T6:t:B:first» sa «T6:nw:weekday», «T6:time»
«T6:p:C:lfirst»: sino mag-aasikaso ng lechon? si «T6:p:D:first» ba?
«T6:p:D:first»: oo ako na, pero need ko ng pambili. GCash ko «T6:ph:D:mobile:nat»
«T6:p:E~:first»: pauwi pa ako galing «T6:loc:lcity:E», sunduin niyo ako sa «T6:loc:landmark:E» hehe
«T6:p:A:nick»: si «T6:t:F:full» ang treasurer, sa kanya ibigay ang ambag («T6:amt»)""", ["ph"]),

    T("tl_crm_pautang", "crm_note", "tl", """Member note – «IG:organization:Bayanihan Multi-Purpose Cooperative|Samahang Magsasaka ng Nueva Ecija|Kaagapay Credit Coop»
«T6:date» · loan officer «T6:p:ME:full»

Nag-apply si «T6:p:A:full» ng «T6:amt» para sa tricycle. Nakatira sa «T6:loc:address:A». Co-maker: «T6:p:B:full» ng «T6:loc:town:B».
Asawa: «T6:p:C:first», cel «T6:ph:C:mobile». Email «T6:mail:A». Next visit: «T6:nw:weekday», after «T6:nw:holiday».""", ["ph"]),
]

SW = [
    T("sw_ticket_ushirika", "ticket", "sw", """Tiketi «T6:neg:case_number:USH-%#####» – malipo ya maziwa hayajafika

Mwanachama: «T6:t:A:full», simu «T6:ph:A:mobile», namba ya mwanachama «T6:neg:member_number:%#####»
Amekuwa akileta maziwa kituo cha «T6:loc:village:A», karibu na «T6:loc:town:A». Malipo ya «T6:nw:month» ya «T6:amt» hayajaingia.
Anadai fedha zilitumwa kwa namba ya «T6:p:B:full» ({?namba ?}«T6:ph:B:mobile:nat») kimakosa. Karani «T6:p:C:first» atafuatilia kabla ya «T6:nw:weekday».""", ["ke", "tz", "ug"]),

    T("sw_chat_kwaya", "chat", "sw", """[Kwaya ya Mt. Cecilia 🎶]
«T6:p:A:first»: Wapendwa, mazoezi «T6:nw:weekday» saa «T6:time» kanisani «T6:loc:district:A»
«T6:p:B~:lfirst»: nitachelewa kidogo, natoka «T6:loc:lcity:B»
«T6:p:C:first»: mama «T6:p:D!f:first» anauliza nguo za harusi ya «T6:p:E:full» zimefika?
«T6:p:A:first»: bado, fundi «T6:p:F:nick» yuko «T6:loc:town:A». Mchango tuma M-Pesa «T6:ph:A:mobile:nat»
«T6:p:C:first»: sawa. «T6:nw:capword» kwenu wote""", ["ke", "tz"]),

    T("sw_email_harusi", "email", "sw", """Kichwa: Kamati ya harusi ya «T6:p:A!m:first» na «T6:p:B!f:first»

Habari «T6:t:C:full»,

Mkutano wa kamati utafanyika «T6:nw:weekday» tarehe «T6:date» saa «T6:time» katika ukumbi wa «T6:loc:district:D», «T6:loc:city:D».
Bibi harusi «T6:p:B:full» anatoka «T6:loc:village:B», na ndugu zake watafika kwa basi. Mratibu ni «T6:p:E:full» ({?simu ?}«T6:ph:E:mobile:intl»).
Michango ipelekwe kwa mweka hazina «T6:p:F:full»: akaunti «T6:iban::s» au simu «T6:ph:F:mobile».

Wako,
«T6:p:ME:full»""", ["ke", "tz", "ug"]),
]

HI = [
    T("hi_crm_shaadi_caterer", "crm_note", "hi", """Client note – «T6:date» – «T6:p:ME:full»

«T6:p:A:full» ji ki beti ki shaadi «T6:loc:city:A» mein, venue «T6:loc:address:A». Guest count approx «T6:neg:headcount:%##».
Menu final: «T6:nw:dish» nahi chahiye, sirf veg. Advance «T6:amt» mila, baki «T6:amt» shaadi se pehle.
Contact: «T6:ph:A:mobile», bhai «T6:p:B!m:full» ka number «T6:ph:B:any:intl». Mehendi «T6:loc:district:A» mein «T6:nw:weekday» ko.
Mail «T6:mail:B» par invoice «T6:neg:invoice_number:GST/%###/2#-2#» bhejna hai.""", ["in", "np"]),

    T("hi_chat_mohalla", "chat", "hi", """[«T6:loc:district:A» Residents 🏠]
«T6:p:A:first»: kal subah pani ki supply band rahegi, «T6:p:B:first» ji ne bataya
«T6:p:C:lfirst»: arre, mummy «T6:loc:lcity:C» se aa rahi hain kal
«T6:p:D:nick»: main tanker ka number de raha hoon: «T6:ph:D:mobile:nat»
«T6:p:E:full»: society secretary «T6:t:F:last» ko bhi bol do, unka naya number «T6:ph:F:mobile»
«T6:p:A:first»: maintenance «T6:amt» iss mahine UPI se dena, «T6:p:G:first» collect karega""", ["in", "np"]),
]

AR = [
    T("ar_email_masjid", "email", "ar", """Subject: Iftar el gam3eya – «T6:nw:weekday» «T6:date»

Assalamu 3alaikum ya «T6:p:A:first»,

el iftar el gama3i haykoon fi «T6:org:church» el «T6:nw:weekday» ba3d el maghrib. El motatawe3een: «T6:p:B:full», «T6:p:C:full» w «T6:p:D~:first».
El akl gay men mat3am «T6:p:E:first» fi «T6:loc:district:A», «T6:loc:city:A». Law 7ad 3ayez yetbarra3: «T6:iban::s» aw kallem «T6:p:F:full» 3ala «T6:ph:F:mobile».
El 3enwan lel tawseel: «T6:loc:address:A»

Ma3a el salama,
«T6:p:ME:full»""", ["eg", "ma", "lev", "om"]),

    T("ar_chat_3eila", "chat", "ar", """[3eilat «T6:p:A:last» 👨‍👩‍👧]
«T6:p:A:first»: ya gama3a el 3azouma 3and «T6:p:B:first» yom «T6:nw:weekday»
«T6:p:C:lfirst»: ana gaya men «T6:loc:lcity:C» bel 2atr
«T6:p:D:first»: mama «T6:p:E!f~:first» ba3tet el 3enwan: «T6:loc:address:B»
«T6:p:B:first»: 2areeb men «T6:loc:landmark:B». raqmi «T6:ph:B:mobile:nat» law tohtu
«T6:p:F:lfirst»: ana ha2ib el «T6:nw:dish» 😂""", ["eg", "ma", "lev", "om"]),
]


# ------------------------------------------------------------------------------------------------
# Japanese, Chinese, Korean (local people and places in their own script)
# ------------------------------------------------------------------------------------------------

JA = [
    T("ja_ticket_wasuremono", "ticket", "ja", """【忘れ物】受付番号 «T6:neg:case_number:WM-%######»
受付者：«T6:p:AG:full»（«T6:date» «T6:time»）

«T6:loc:city:A»駅発の特急車内で黒いリュックを回収。中身：ノートPC、«NW:brand:Sony|Philips|Bose|Audio-Technica»のイヤホン、«T6:p:A:full»様宛ての封筒（«T6:loc:address:A»）。
持ち主の«T6:t:A:last»から電話あり（携帯 «T6:ph:A:mobile:nat»）。本人は出張中のため、同僚の«T6:p:B@vn:full»さんが«T6:nw:weekday»に受け取りに来る予定。
財布の中にカード «T6:masked» とポイントカード «T6:gift» あり。""", ["jp"]),

    T("ja_chat_pta", "chat", "ja", """[«T6:loc:town:A» 小学校 3年2組 保護者LINE]
«T6:p:A:first»：来週の«T6:nw:weekday»、運動会の準備です。«T6:time»に体育館集合でお願いします
«T6:p:B:last»：了解です！うちは«T6:p:C:first»と一緒に行きます
«T6:p:D@ph!f:first»：すみません、日本語まだ苦手です。I will come with my husband «T6:p:E@ph!m:first» 🙏
«T6:p:A:first»：大丈夫ですよ〜 担任の«T6:t:F:last»にも伝えておきます
«T6:p:B:last»：お弁当は«T6:loc:landmark:A»の近くのお店で注文しました。連絡先 «T6:ph:JP:landline»""", ["jp"]),

    T("ja_tool_hikkoshi", "tool_args", "ja", {
        "ツール": "引越し見積もり登録",
        "依頼者": {"氏名": "«T6:p:A:full»", "電話": "«T6:ph:A:mobile»", "メール": "«T6:mail:A»"},
        "旧住所": "«T6:loc:address:A»",
        "新住所": "«T6:loc:address:B»",
        "立会人": "«T6:p:B:full»",
        "担当": "«T6:t:C:last»",
        "作業日": "«T6:date»", "開始": "«T6:time»",
        "支払": {"カード": "«T6:card:local»", "金額": "«T6:amt»"},
        "備考": "«T6:loc:landmark:B»の裏、トラックは«T6:neg:plate:%## ? %#-##»",
    }, ["jp"]),
]

ZH = [
    T("zh_ticket_banjia", "ticket", "zh", """工单 «T6:neg:case_number:BJ-%########» – 搬家物品损坏

客户：«T6:t:A:full»，手机 «T6:ph:A:mobile»，邮箱 «T6:mail:A»
搬出地址：«T6:loc:address:A»
搬入地址：«T6:loc:address:B»
«T6:date»搬运时，衣柜在电梯里被划伤。司机«T6:p:B:full»说是客户的表弟«T6:p:C!m:first»帮忙时碰的。
客户要求赔偿«T6:amt»，退回到银联卡 «T6:card:unionpay»。负责人«T6:t:D:last»将于«T6:time»前回电。""", ["cn"]),

    T("zh_crm_hezuoshe", "crm_note", "zh", """客户拜访记录 · «T6:date» · 记录人：«T6:p:ME:full»

拜访«T6:loc:town:A»茶叶合作社，理事长«T6:p:A:full»，联系电话 «T6:ph:A:mobile:nat»。
社员约«T6:neg:headcount:%##»户，主要种植地在«T6:loc:village:A»附近，离«T6:loc:landmark:A»不远。
财务由«T6:p:B:full»负责，对公账户已核实；收货地址：«T6:loc:address:B»。
下次由«T6:p:C:first»陪同«T6:nw:job»再访，时间定在«T6:nw:weekday»。""", ["cn"]),

    T("zh_tool_huiyuan_dengji", "tool_args", "zh", {
        "操作": "会员登记",
        "会员": {"姓名": "«T6:p:A:full»", "手机": "«T6:ph:A:mobile»", "邮箱": "«T6:mail:A»", "地址": "«T6:loc:address:A»", "籍贯": "«T6:loc:city:B»"},
        "紧急联系人": {"姓名": "«T6:p:B:full»", "电话": "«T6:ph:B»"},
        "介绍人": "«T6:t:C:last»",
        "登记IP": "«T6:ip»",
        "会费": {"金额": "«T6:amt»", "银行卡": "«T6:card:local»"},
        "备注": "每«T6:nw:weekday»下午参加太极班，场地在«T6:loc:district:A»",
    }, ["cn"]),
]

KO = [
    T("ko_ticket_dongmulbyeongwon", "ticket", "ko", """접수번호 «T6:neg:case_number:VH-%######» – 동물병원 예약 변경

보호자: «T6:t:A:full», 휴대폰 «T6:ph:A:mobile», 이메일 «T6:mail:A»
반려견 «NW:pet_name:콩이|보리|초코|두부», 마이크로칩 «T6:neg:microchip:410%###########»
«T6:date» 진료 예정이었으나 «T6:loc:city:A» 출장으로 «T6:nw:weekday» «T6:time»로 변경 요청. 대신 동생 «T6:p:B:full»이 데려올 수 있음 («T6:ph:B»).
주소: «T6:loc:address:A»
진료비 «T6:amt» 카드 «T6:masked» 결제 완료. 담당 «T6:t:C:last»""", ["kr"]),

    T("ko_crm_hagwon", "crm_note", "ko", """상담 기록 – «T6:date» – 상담자 «T6:p:ME:full»

학생 «T6:p:A:full» (중2), 어머니 «T6:t:B!f:full» 상담. «T6:loc:town:A»에서 이사 와서 «T6:loc:district:C» 근처 학원을 찾음.
연락처 «T6:ph:B:mobile», 주소 «T6:loc:address:C». 수업료 «T6:amt», 카드 «T6:card:local» 자동결제.
담임 «T6:p:C:full» 선생님과 «T6:nw:weekday»에 레벨 테스트.""", ["kr"]),

    T("ko_chat_sanak_donghohoe", "chat", "ko", """[«T6:loc:region:A» 산악회 ⛰️]
«T6:p:A:first»: 이번 주 «T6:nw:weekday» 산행은 «T6:loc:landmark:A» 코스입니다. «T6:time» 집합
«T6:p:B:full»: 저는 «T6:loc:city:B»에서 출발해서 조금 늦어요
«T6:p:C:full»: 회비 «T6:amt»은 총무 «T6:t:D:first»에게 보내주세요
«T6:p:D:first»: 제 번호 «T6:ph:D:mobile:nat» 로 연락 주세요 😊
«T6:p:E@mm!f:full»: 저도 갈게요! 외국인 회원 «T6:p:F@uz:full»도 같이 가요 🙂""", ["kr"]),
]

PII_TEMPLATES: list[dict[str, Any]] = (EN + DE + FR + ES + PT + IT + NL + PL + SV + NO + DA + FI + CS + RO + HU + TR + ID + VI + TL + SW + HI + AR
                                       + JA + ZH + KO)

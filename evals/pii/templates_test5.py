# ruff: noqa: E501, RUF001
"""PII templates of the fifth held-out split (test5); see README.md and generate.py (``--split test5``).

Written by a separate author, apart from the recognizers and from every other split's templates (none was
read; templates_test4.py was read for its structure only). Emphasis: PERSON and LOCATION of many cultures in
Latin script (Nigerian, Indian, Chinese, Vietnamese, Arabic, Turkish, Polish, Brazilian, Finnish, Hungarian,
Korean, Japanese, Ghanaian, Kenyan, Indonesian and Filipino names and places; lower-case chat names,
particles, hyphenated names, family-name-first order), pattern entities as people write them (phones of many
regions in national and international forms, cards of every network with several separators, IBANs,
e-mails, SSNs, IPs), and hard negatives that look like them.

Slots are generate.py's (``«N:date»``, ``«L:country:a|b»``, ``«NW:kind:a|b»``, ``«IG:organization:a|b»``,
``«P1.full»`` …) plus ``«T5:…»`` ones rendered by :func:`slot` from the split's own generator (``doc.r`` /
``doc.g``), so that no other split's random draws change:

- ``«T5:n:KEY[@CC]:FORM»`` PERSON. ``KEY`` names a person of the document (``A`` … ``F``, ``ME``); ``@CC``
  fixes the culture at first use, else it comes from the template's pool (or, for en templates without one,
  the least used of this module's cultures). ``FORM``: ``full``, ``fullm`` (with a middle name),
  ``first``, ``last``, ``lfirst``/``lfull`` (lower case), ``rev`` (``Last, First``), ``upper`` (``LAST First``),
  ``init`` (``C. Okeke``), ``finit`` (``Chidi O.``). Order follows the culture (Vietnamese and Hungarian
  family name first, Chinese/Korean/Japanese often).
- ``«T5:mail:KEY[:work]»`` EMAIL_ADDRESS of that person; ``«T5:loc:KIND[:KEY|CC]»`` LOCATION (``city``,
  ``region``, ``street``, ``address``, ``postcode``, ``district``, ``landmark``, ``pobox``).
- ``«T5:ph:WHO[:TYPE[:FAM[:ext]]]»`` PHONE_NUMBER; ``WHO`` a person key, a region (``NG``) or empty; ``TYPE``
  ``mobile``/``landline``/``any``; ``FAM`` ``nat``/``intl``/``any``. Every value parses as a valid number of its
  region; ``format`` is NATIONAL/INTERNATIONAL/E164 when equal to libphonenumber's, else ``variant``.
- ``«T5:card[:NETS[:SEP]]»`` CREDIT_CARD (Luhn-valid, 17 networks, ``local`` = common in the language);
  ``«T5:iban[:CC|KEY[:s|c]]»`` IBAN_CODE; ``«T5:ssn»``; ``«T5:ip[:4|6]»``.
- Hard negatives: ``«T5:neg:KIND:PAT|PAT»`` (``#`` digit, ``%`` non-zero digit, ``?`` letter), ``«T5:masked»``
  (masked card), ``«T5:time»``, ``«T5:nonluhn»`` (16 digits failing Luhn: gift/loyalty card).
"""

from __future__ import annotations

import string
import sys
import unicodedata
from collections import Counter
from typing import Any

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT


def T(tid: str, kind: str, lang: str, body: Any, pool: list[str] | None = None) -> dict[str, Any]:
    t = {"id": "t5_" + tid, "kind": kind, "lang": lang, "body": body}
    if pool:
        t["pool"] = pool
    return t


# ------------------------------------------------------------------------------------------------
# People and places (Latin script), per culture
# ------------------------------------------------------------------------------------------------

CULT5: dict[str, dict[str, Any]] = {
    "NG": dict(m=["Chukwuemeka", "Oluwadamilare", "Ikechukwu", "Adewale", "Tochukwu", "Olumide", "Chibuike", "Ayodeji", "Kelechi", "Femi"],
               f=["Oluwakemi", "Chidinma", "Temitope", "Ifeoma", "Adaobi", "Titilayo", "Ebere", "Morenike", "Uchechi", "Bukola"],
               l=["Okeke", "Adesanya", "Nwachukwu", "Olawale", "Eze-Okoro", "Ogundipe", "Uzoma", "Akinola", "Onwuegbuzie", "Adeleke-Bamgbose", "Chukwu", "Olatunji"],
               cities=["Owerri", "Onitsha", "Ilorin", "Jos", "Osogbo", "Uyo", "Calabar", "Akure", "Warri", "Kaduna"],
               regions=["Ogun State", "Rivers State", "Anambra State", "Kwara State", "Enugu State", "Delta State", "Oyo State"],
               streets=["Ikorodu Road", "Opebi Road", "Bode Thomas Street", "Ahmadu Bello Way", "Ogui Road", "Aba Road", "Adetokunbo Ademola Street"],
               districts=["Ikeja GRA", "Surulere", "Wuse II", "Garki", "Yaba", "Victoria Island", "Lekki Phase 1"],
               landmarks=["Olumo Rock", "Tafawa Balewa Square", "Lekki Conservation Centre", "Zuma Rock", "Obudu Mountain Resort"],
               pc="%#####", street_fmt="{n} {street}",
               addr=["{n} {street}, {district}, {city}", "{n} {street}, {city} {pc}, {region}", "Plot {n}, {street}, {district}, {city}"],
               mail=["yahoo.com", "gmail.com", "hotmail.com"], work=["dangote-logistics.com.ng", "sterlingpay.ng", "okadabooks.com"]),
    "IN": dict(m=["Venkatesh", "Aravind", "Siddharth", "Harpreet", "Rohit", "Abhishek", "Karthikeyan", "Anirudh", "Pranav", "Manoj"],
               f=["Lakshmi", "Divya", "Ananya", "Meenakshi", "Shreya", "Gurleen", "Kavya", "Nandini", "Sowmya", "Ishita"],
               l=["Raghunathan", "Iyer", "Bhattacharya", "Deshpande", "Chatterjee", "Nair", "Reddy", "Gill", "Sharma-Kapoor", "Subramanian", "Menon", "Kulkarni"],
               cities=["Nagpur", "Surat", "Visakhapatnam", "Thiruvananthapuram", "Bhopal", "Mysuru", "Coimbatore", "Vadodara", "Guwahati", "Chandigarh"],
               regions=["Tamil Nadu", "Karnataka", "Maharashtra", "Kerala", "West Bengal", "Telangana", "Punjab", "Gujarat"],
               streets=["MG Road", "Brigade Road", "Linking Road", "Anna Salai", "Park Street", "FC Road", "Residency Road", "Nehru Place"],
               districts=["Koramangala", "Andheri East", "Salt Lake Sector V", "Banjara Hills", "Adyar", "Viman Nagar", "Indiranagar"],
               landmarks=["Charminar", "Gateway of India", "Marine Drive", "Howrah Bridge", "Mysore Palace", "Meenakshi Amman Temple"],
               pc="%#####", street_fmt="{n} {street}",
               addr=["Flat {u}, {n} {street}, {district}, {city} - {pc}", "{n}, {street}, {district}, {city}, {region} {pc}", "#{n}, {street}, {city} {pc}"],
               mail=["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"], work=["infoserve.co.in", "tatvasoft-labs.in", "pinelabs-pay.com"]),
    "CN": dict(m=["Haoran", "Zihao", "Jianhua", "Yifan", "Guoqiang", "Wenbo", "Tianyu", "Zhiwei", "Kaiwen", "Shengli"],
               f=["Xiaoling", "Meiling", "Yuxin", "Ruoxi", "Jiahui", "Shuang", "Yawen", "Lihua", "Xinyue", "Qiong"],
               l=["Zhao", "Qian", "Sun", "Zhou", "Wu", "Zheng", "Feng", "Xie", "Ouyang", "Situ", "Deng", "Cao"],
               cities=["Qingdao", "Xiamen", "Kunming", "Dalian", "Ningbo", "Changsha", "Harbin", "Tianjin", "Zhengzhou", "Hefei"],
               regions=["Guangdong", "Zhejiang", "Sichuan", "Jiangsu", "Yunnan", "Fujian", "Shandong"],
               streets=["Zhongshan Road", "Renmin Road", "Huaihai Middle Road", "Jiefang Avenue", "Binjiang Avenue", "Xueyuan Road"],
               districts=["Shinan", "Siming", "Tianhe", "Haidian", "Pudong New Area", "Yuelu", "Jinniu"],
               landmarks=["The Bund", "West Lake", "Canton Tower", "Temple of Heaven", "Yellow Crane Tower"],
               pc="%#####", street_fmt="No. {n} {street}",
               addr=["No. {n} {street}, {district} District, {city} {pc}", "Room {u}, No. {n} {street}, {district}, {city}, {region}"],
               mail=["qq.com", "163.com", "126.com", "foxmail.com"], work=["haixin-trading.cn", "hengtai-electric.com", "lanting-tech.cn"]),
    "VN": dict(m=["Quang Huy", "Văn Thành", "Minh Khôi", "Đức Thắng", "Hữu Phước", "Thanh Tùng", "Công Vinh", "Gia Bảo"],
               f=["Thu Hương", "Khánh Linh", "Thị Thu Hà", "Mỹ Duyên", "Ngọc Ánh", "Bảo Ngọc", "Thị Hồng Nhung", "Hoài An"],
               l=["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Phan", "Vũ", "Đỗ", "Ngô", "Dương", "Trịnh", "Lý"],
               cities=["Huế", "Nha Trang", "Vũng Tàu", "Biên Hòa", "Quy Nhơn", "Đà Lạt", "Hạ Long", "Buôn Ma Thuột", "Hội An"],
               regions=["Quảng Nam", "Lâm Đồng", "Khánh Hòa", "Bình Dương", "Nghệ An", "Thừa Thiên Huế"],
               streets=["Đường Trần Hưng Đạo", "Đường Hai Bà Trưng", "Phố Hàng Bạc", "Đường Nguyễn Huệ", "Đường Lý Thường Kiệt", "Đường Pasteur"],
               districts=["Quận 3", "Quận Bình Thạnh", "Quận Hoàn Kiếm", "Quận Hải Châu", "Quận Ba Đình", "Quận 7"],
               landmarks=["Hồ Hoàn Kiếm", "Chợ Bến Thành", "Cầu Rồng", "Phố cổ Hội An", "Vịnh Hạ Long"],
               pc="%#####", street_fmt="{n} {street}",
               addr=["Số {n} {street}, Phường {w}, {district}, {city}", "{n} {street}, {district}, {city}"],
               mail=["gmail.com", "yahoo.com.vn", "outlook.com"], work=["saigonlogistics.vn", "hanoitextile.com.vn", "vietpay.vn"]),
    "EG": dict(m=["Abdullah", "Youssef", "Khaled", "Tarek", "Hisham", "Waleed", "Marwan", "Osama"],
               f=["Fatma", "Layla", "Amira", "Rasha", "Huda", "Samira", "Dalia", "Nermeen"],
               l=["el-Gamal", "Abu-Zeid", "Abdel-Aziz", "el-Shazly", "Ragab", "Barakat", "el-Tawil", "Shawky", "Abdel-Fattah", "al-Masri"],
               cities=["Aswan", "Port Said", "Tanta", "Ismailia", "Hurghada", "Zagazig", "Minya", "Damietta"],
               regions=["Giza Governorate", "Red Sea Governorate", "Sharqia", "Alexandria Governorate", "Qalyubia"],
               streets=["Shehab Street", "Gameat El Dowal El Arabia Street", "El Horreya Road", "Abbas El Akkad Street", "Makram Ebeid Street"],
               districts=["Mohandessin", "Heliopolis", "Nasr City", "Zamalek", "Maadi", "Dokki"],
               landmarks=["Khan el-Khalili", "Citadel of Qaitbay", "Karnak Temple", "Cairo Tower", "Al-Azhar Park"],
               pc="%####", street_fmt="{n} {street}",
               addr=["{n} {street}, {district}, {city}", "Apt {u}, {n} {street}, {district}, {city} {pc}"],
               mail=["gmail.com", "yahoo.com", "hotmail.com"], work=["nilecargo.com.eg", "deltafoods-eg.com"]),
    "SA": dict(m=["Abdulaziz", "Fahad", "Bandar", "Mishal", "Yazeed", "Sultan", "Nayef", "Majed"],
               f=["Hind", "Afnan", "Razan", "Shahad", "Wejdan", "Jawaher", "Munira", "Lujain"],
               l=["al-Rashid", "bin Khalid", "al-Dosari", "al-Subaie", "bin Nasser", "al-Anazi", "al-Shammari", "al-Juhani", "Al-Saud", "bin Talal"],
               cities=["Abha", "Taif", "Tabuk", "Buraydah", "Yanbu", "Hail", "Najran", "Al Khobar"],
               regions=["Eastern Province", "Asir", "Al-Qassim", "Makkah Province", "Riyadh Province"],
               streets=["Al Urubah Road", "Prince Mohammed bin Abdulaziz Road", "King Abdullah Road", "Al Imam Saud Street", "Al Madinah Road"],
               districts=["Al Malqa", "Al Rawdah", "Al Hamra", "Al Nakheel", "Al Shati"],
               landmarks=["Kingdom Centre Tower", "Masmak Fortress", "Al-Balad", "Edge of the World", "Hegra"],
               pc="%####", street_fmt="{n} {street}",
               addr=["{n} {street}, {district}, {city} {pc}", "Building {n}, {street}, {district} District, {city}"],
               mail=["gmail.com", "hotmail.com", "outlook.sa"], work=["alnakheel-trading.sa", "tamkeen-logistics.com"]),
    "AE": dict(m=["Humaid", "Obaid", "Khalifa", "Mansour", "Jassim", "Hareb"],
               f=["Meera", "Fatima", "Moza", "Shaikha", "Noura", "Amna"],
               l=["al-Ketbi", "bin Sulayem", "al-Mazrouei", "al-Nuaimi", "bin Hamad", "al-Dhaheri", "al-Shamsi", "al-Qasimi"],
               cities=["Ras Al Khaimah", "Fujairah", "Umm Al Quwain", "Khor Fakkan", "Dibba"],
               regions=["Emirate of Sharjah", "Abu Dhabi Emirate", "Ajman Emirate"],
               streets=["Khalid bin Al Waleed Road", "Al Maktoum Street", "Hamdan Street", "Al Muroor Road", "Umm Suqeim Street"],
               districts=["Al Barsha", "Deira", "Al Karama", "Mussafah", "Al Nahda", "Jumeirah Lake Towers"],
               landmarks=["Burj Khalifa", "Sheikh Zayed Grand Mosque", "Dubai Creek", "Louvre Abu Dhabi", "Jebel Jais"],
               pc=None, street_fmt="{street}, building {n}",
               addr=["Villa {n}, {street}, {district}, {city}", "Office {u}, {street}, {district}, {city}"],
               mail=["gmail.com", "outlook.com", "eim.ae"], work=["gulfsands-holding.ae", "falconfreight.ae"]),
    "MA": dict(m=["Othmane", "Ayoub", "Reda", "Ilyas", "Zakaria", "Badr"],
               f=["Ghita", "Hajar", "Kawtar", "Zineb", "Oumaima", "Siham"],
               l=["El Fassi", "Bensalem", "Ait Taleb", "El Ouazzani", "Benjelloun", "Lahlou", "Ait El Caid", "Bouzidi"],
               cities=["Meknès", "Oujda", "Tétouan", "Essaouira", "Kénitra", "El Jadida", "Nador", "Ifrane"],
               regions=["Souss-Massa", "Fès-Meknès", "Tanger-Tétouan-Al Hoceïma", "Drâa-Tafilalet"],
               streets=["Boulevard Zerktouni", "Avenue Mohammed VI", "Rue Allal Ben Abdellah", "Boulevard d'Anfa", "Avenue des FAR"],
               districts=["Maârif", "Agdal", "Guéliz", "Hay Riad", "Bourgogne"],
               landmarks=["Jemaa el-Fnaa", "Mosquée Hassan II", "Chefchaouen medina", "Jardin Majorelle"],
               pc="%####", street_fmt="{n}, {street}",
               addr=["{n}, {street}, {district}, {pc} {city}", "Appt {u}, {n} {street}, {city}"],
               mail=["gmail.com", "menara.ma", "hotmail.fr"], work=["atlas-textile.ma", "maghreb-express.ma"]),
    "TR": dict(m=["Emre", "Burak", "Oğuzhan", "Mert", "Serkan", "Kaan", "Uğur", "Tolga", "İlker", "Onur"],
               f=["Elif", "Zeynep", "Büşra", "Ebru", "Gizem", "Şeyma", "Merve", "Deniz", "İpek", "Özge"],
               l=["Yılmaz", "Öztürk", "Çelik", "Aydın", "Kılıç", "Arslan", "Doğan", "Karaca", "Şahin", "Erdem", "Koç", "Güler"],
               cities=["Konya", "Kayseri", "Samsun", "Mersin", "Denizli", "Diyarbakır", "Malatya", "Edirne", "Çanakkale", "Muğla"],
               regions=["Kapadokya", "Karadeniz Bölgesi", "Ege Bölgesi", "Trakya", "Güneydoğu Anadolu"],
               streets=["Halaskargazi Caddesi", "Tunalı Hilmi Caddesi", "Moda Caddesi", "Abdi İpekçi Caddesi", "Gazi Mustafa Kemal Bulvarı", "Kordon Boyu"],
               districts=["Kadıköy", "Çankaya", "Karşıyaka", "Nilüfer", "Beşiktaş", "Konak", "Ataşehir"],
               landmarks=["Galata Kulesi", "Ayasofya", "Kız Kulesi", "Anıtkabir", "Pamukkale travertenleri"],
               pc="%####", street_fmt="{street} No: {n}",
               addr=["{street} No: {n} Daire: {u}, {pc} {district}/{city}", "{street} No:{n}/{u} {district}, {city}"],
               mail=["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com"], work=["anadolu-lojistik.com.tr", "egeyapi.com"]),
    "PL": dict(m=["Grzegorz", "Krzysztof", "Wojciech", "Łukasz", "Przemysław", "Mariusz", "Bartosz", "Zbigniew", "Jarosław"],
               f=["Agnieszka", "Małgorzata", "Katarzyna", "Joanna", "Dorota", "Beata", "Zofia", "Magdalena", "Jadwiga"],
               l=["Wiśniewski/Wiśniewska", "Wójcik", "Kowalczyk", "Zieliński/Zielińska", "Szymański/Szymańska", "Woźniak",
                  "Dąbrowski/Dąbrowska", "Kamiński/Kamińska", "Nowak-Jeziorański/Nowak-Jeziorańska", "Grabowski/Grabowska", "Pawlak", "Mazur"],
               cities=["Bydgoszcz", "Toruń", "Rzeszów", "Białystok", "Olsztyn", "Kielce", "Opole", "Gdynia", "Zielona Góra", "Częstochowa"],
               regions=["Mazowsze", "Małopolska", "Pomorze", "Podlasie", "Śląsk", "Warmia i Mazury"],
               streets=["ul. Piotrkowska", "ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Świętojańska", "ul. Mickiewicza", "ul. Grunwaldzka"],
               districts=["Mokotów", "Nowa Huta", "Wrzeszcz", "Jeżyce", "Praga-Północ"],
               landmarks=["Wawel", "Pałac Kultury i Nauki", "Sukiennice", "Żuraw", "Dworzec Centralny"],
               pc="##-###", street_fmt="{street} {n}",
               addr=["{street} {n}/{u}, {pc} {city}", "{street} {n} m. {u}, {pc} {city}"],
               mail=["wp.pl", "onet.pl", "interia.pl", "o2.pl", "gmail.com"], work=["budimex-serwis.pl", "mazurtrans.pl"]),
    "BR": dict(m=["João Pedro", "Luiz Felipe", "Thiago", "Rafael", "Gustavo", "Matheus", "Leandro", "Caio", "Vinícius"],
               f=["Ana Clara", "Maria Luíza", "Letícia", "Juliana", "Camila", "Fernanda", "Beatriz", "Gabriela", "Thaís"],
               l=["da Silva", "dos Santos", "de Oliveira", "Souza", "Pereira", "Carvalho", "Almeida Costa", "Nascimento", "Ferreira da Rocha", "de Lima", "Barbosa", "Gonçalves"],
               cities=["Goiânia|GO", "Belém|PA", "Natal|RN", "Maceió|AL", "São Luís|MA", "Londrina|PR", "Joinville|SC", "Uberlândia|MG", "Niterói|RJ", "Vitória|ES"],
               regions=["Minas Gerais", "Bahia", "Paraná", "Santa Catarina", "Pernambuco", "Rio Grande do Sul", "Goiás"],
               streets=["Rua Augusta", "Rua Oscar Freire", "Av. Sete de Setembro", "Rua das Laranjeiras", "Av. Boa Viagem", "Rua XV de Novembro", "Av. Afonso Pena"],
               districts=["Pinheiros", "Savassi", "Boa Viagem", "Batel", "Moinhos de Vento", "Ponta Verde", "Tijuca"],
               landmarks=["Cristo Redentor", "Pão de Açúcar", "Pelourinho", "Mercado Ver-o-Peso", "Cataratas do Iguaçu"],
               pc="%####-###", street_fmt="{street}, {n}",
               addr=["{street}, {n}, apto {u} – {district}, {city} – {st}, {pc}", "{street}, {n} - {district}, {city}/{st}, {pc}"],
               mail=["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"], work=["cervejariaplanalto.com.br", "transnordeste.com.br"]),
    "FI": dict(m=["Juho", "Eero", "Mikko", "Tuomas", "Ville", "Jarkko", "Antti", "Lauri", "Pekka-Matti"],
               f=["Aino", "Liisa", "Tiina", "Satu", "Hanna-Riikka", "Kirsi", "Elina", "Maarit", "Sanna"],
               l=["Virtanen", "Mäkinen", "Nieminen", "Hämäläinen", "Laaksonen", "Koskinen", "Heikkinen", "Järvinen", "Lehtonen-Aho", "Salminen", "Kärkkäinen", "Rantanen"],
               cities=["Lahti", "Kuopio", "Pori", "Joensuu", "Vaasa", "Rovaniemi", "Seinäjoki", "Kotka", "Hämeenlinna"],
               regions=["Uusimaa", "Pirkanmaa", "Lappi", "Pohjois-Savo", "Varsinais-Suomi", "Kainuu"],
               streets=["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Puistokatu", "Rauhankatu", "Satakunnankatu"],
               districts=["Kallio", "Hervanta", "Tapiola", "Kamppi", "Kaleva"],
               landmarks=["Suomenlinna", "Näsinneula", "Helsingin tuomiokirkko", "Olavinlinna"],
               pc="#####", street_fmt="{street} {n}",
               addr=["{street} {n} {L} {u}, {pc} {city}", "{street} {n}, {pc} {city}"],
               mail=["gmail.com", "luukku.com", "elisanet.fi", "kolumbus.fi"], work=["savonsahko.fi", "pohjolan-kuljetus.fi"]),
    "HU": dict(m=["László", "Zoltán", "Gábor", "Attila", "Tamás", "Csaba", "Levente", "Bence"],
               f=["Erzsébet", "Katalin", "Zsófia", "Ildikó", "Réka", "Enikő", "Krisztina", "Boglárka"],
               l=["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas", "Balogh", "Papp"],
               cities=["Miskolc", "Nyíregyháza", "Kecskemét", "Székesfehérvár", "Szombathely", "Eger", "Veszprém", "Sopron"],
               regions=["Pest megye", "Balaton-felvidék", "Baranya", "Borsod-Abaúj-Zemplén", "Hajdú-Bihar"],
               streets=["Andrássy út", "Váci utca", "Rákóczi út", "Kossuth Lajos utca", "Petőfi Sándor utca", "Bajcsy-Zsilinszky út"],
               districts=["Belváros", "Újlipótváros", "Budavár", "Zugló", "Óbuda"],
               landmarks=["Halászbástya", "Lánchíd", "Hősök tere", "Széchenyi fürdő"],
               pc="%###", street_fmt="{street} {n}.",
               addr=["{pc} {city}, {street} {n}.", "{pc} {city}, {street} {n}. {w}. em. {u}."],
               mail=["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"], work=["alfoldi-agrar.hu", "dunaprint.hu"]),
    "KR": dict(m=["Ji-hoon", "Sung-min", "Dong-hyun", "Tae-yang", "Jun-seo", "Woo-jin", "Kyung-soo", "Min-ho"],
               f=["Soo-ah", "Min-seo", "Yu-na", "Hye-jin", "Da-eun", "Eun-bi", "So-yeon", "Ji-eun"],
               l=["Kim", "Lee", "Park", "Choi", "Jeong", "Kang", "Yoon", "Jang", "Han", "Oh", "Seo", "Hwang"],
               cities=["Jeonju", "Gyeongju", "Pohang", "Cheongju", "Chuncheon", "Gangneung", "Yeosu", "Changwon"],
               regions=["Gyeonggi-do", "Jeju-do", "Gangwon-do", "Jeollabuk-do", "Gyeongsangnam-do"],
               streets=["Gangnam-daero", "Olympic-ro", "Itaewon-ro", "Dongil-ro", "Jungang-ro", "Hannam-daero"],
               districts=["Songpa-gu", "Mapo-gu", "Yongsan-gu", "Suseong-gu", "Bundang-gu", "Yeonsu-gu"],
               landmarks=["Gyeongbokgung", "N Seoul Tower", "Bukchon Hanok Village", "Haeundae Beach", "Seongsan Ilchulbong"],
               pc="%####", street_fmt="{n}, {street}",
               addr=["{n}, {street}, {district}, {city} {pc}", "{u}-ho, {n} {street}, {district}, {city}"],
               mail=["naver.com", "daum.net", "gmail.com", "kakao.com"], work=["hanbit-semicon.co.kr", "dongbang-ship.com"]),
    "JP": dict(m=["Haruto", "Takumi", "Ren", "Daiki", "Kenta", "Sota", "Yuto", "Kazuki"],
               f=["Yui", "Hina", "Sakura", "Mio", "Ayaka", "Rina", "Nanami", "Misaki"],
               l=["Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Saito", "Matsumoto", "Inoue", "Kimura", "Hayashi", "Shimizu", "Yamaguchi"],
               cities=["Kanazawa|Ishikawa", "Hiroshima|Hiroshima", "Okayama|Okayama", "Kumamoto|Kumamoto", "Niigata|Niigata", "Matsuyama|Ehime", "Nara|Nara", "Hakodate|Hokkaido"],
               regions=["Hokkaido", "Kansai", "Kyushu", "Okinawa", "Tohoku", "Shikoku"],
               streets=["Nishiki", "Korinbo", "Hondori", "Tenjinbashi", "Omotesando", "Kawaramachi"],
               districts=["Naka-ku", "Kita-ku", "Chuo-ku", "Higashi-ku", "Minami-ku"],
               landmarks=["Fushimi Inari Taisha", "Tokyo Skytree", "Osaka Castle", "Itsukushima Shrine", "Kenrokuen"],
               pc="%##-####", street_fmt="{k}-{w}-{u} {street}",
               addr=["{k}-{w}-{u} {street}, {district}, {city}, {st} {pc}", "{street} {k}-{w}-{u}, {city}-shi, {st} {pc}"],
               mail=["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "icloud.com"], work=["marutaka-shoji.co.jp", "hokuriku-denki.jp"]),
    "GH": dict(m=["Kwesi", "Kwadwo", "Fiifi", "Kobina", "Nana Kwame", "Ekow", "Yaw", "Kwaku"],
               f=["Akua", "Esi", "Afua", "Adjoa", "Araba", "Naana", "Ekua", "Maame"],
               l=["Ansah", "Amoah", "Quaye", "Tetteh", "Sarpong", "Acheampong", "Boakye", "Ankrah", "Osei-Bonsu", "Frimpong", "Adomako", "Oppong"],
               cities=["Ho", "Koforidua", "Sunyani", "Obuasi", "Tema", "Bolgatanga", "Techiman", "Winneba"],
               regions=["Ashanti Region", "Volta Region", "Greater Accra", "Northern Region", "Eastern Region", "Central Region"],
               streets=["Kwame Nkrumah Avenue", "Ring Road Central", "Cantonments Road", "Labone Crescent", "Harper Road", "Kojo Thompson Road"],
               districts=["East Legon", "Osu", "Adum", "Airport Residential Area", "Dansoman", "Asokwa"],
               landmarks=["Kwame Nkrumah Mausoleum", "Makola Market", "Cape Coast Castle", "Kejetia Market", "Lake Bosomtwe"],
               pc="GA-%##-####", street_fmt="{n} {street}",
               addr=["House No. {n}, {street}, {district}, {city}", "{n} {street}, {district}, {city} ({pc})"],
               mail=["gmail.com", "yahoo.com", "outlook.com"], work=["goldcoast-cocoa.com.gh", "volta-agro.com"]),
    "KE": dict(m=["Mutiso", "Kiptoo", "Wafula", "Onyango", "Kibet", "Njuguna", "Macharia", "Odongo"],
               f=["Wanjiku", "Nafula", "Jepkemboi", "Awino", "Muthoni", "Nekesa", "Kawira", "Chepngeno"],
               l=["Karanja", "Wekesa", "Kiplagat", "Ndirangu", "Omollo", "Mwendwa", "Githinji", "Korir", "Wambugu", "Ouma", "Mugo", "Chege"],
               cities=["Thika", "Machakos", "Nyeri", "Malindi", "Kitale", "Naivasha", "Kakamega", "Garissa"],
               regions=["Kiambu County", "Nakuru County", "Kisumu County", "Rift Valley", "Mombasa County", "Uasin Gishu"],
               streets=["Tom Mboya Street", "Biashara Street", "Argwings Kodhek Road", "Muindi Mbingu Street", "Lenana Road", "Ngong Lane"],
               districts=["Kilimani", "Westlands", "Lavington", "Nyali", "Karen", "South B"],
               landmarks=["Kenyatta International Convention Centre", "Fort Jesus", "Uhuru Park", "Maasai Mara", "Hell's Gate"],
               pc="00%00", street_fmt="{street}, plot {n}",
               addr=["Plot {n}, {street}, {district}, {city}", "{street}, {district}, {city} {pc}", "P.O. Box {n}-{pc}, {city}"],
               mail=["gmail.com", "yahoo.com", "outlook.com"], work=["safari-couriers.co.ke", "mombasa-millers.co.ke"]),
    "ID": dict(m=["Agus", "Rizky", "Dimas", "Fajar", "Hendra", "Wahyu", "Bayu", "Arief"],
               f=["Dewi", "Sri", "Rina", "Putri", "Ayu", "Indah", "Fitriani", "Wulan"],
               l=["Santoso", "Wijaya", "Hidayat", "Saputra", "Nugroho", "Kusuma", "Pratama", "Siregar", "Simanjuntak", "Setiawan", "Lubis", "Hutapea"],
               cities=["Malang", "Makassar", "Palembang", "Balikpapan", "Bogor", "Solo", "Pontianak", "Manado", "Padang"],
               regions=["Jawa Timur", "Sumatera Utara", "Kalimantan Timur", "Bali", "Sulawesi Selatan", "Nusa Tenggara Barat"],
               streets=["Jl. Sudirman", "Jl. Malioboro", "Jl. Gajah Mada", "Jl. Diponegoro", "Jl. Pemuda", "Jl. Asia Afrika", "Jl. Pahlawan"],
               districts=["Kec. Tegalsari", "Kel. Menteng", "Kec. Klojen", "Kel. Kuta", "Kec. Coblong"],
               landmarks=["Monas", "Candi Borobudur", "Tanah Lot", "Jembatan Suramadu", "Danau Toba"],
               pc="%####", street_fmt="{street} No. {n}",
               addr=["{street} No. {n}, RT {w}/RW {u}, {district}, {city} {pc}", "{street} No. {n}, {city} {pc}"],
               mail=["gmail.com", "yahoo.co.id", "ymail.com"], work=["nusantara-kargo.co.id", "batik-sejahtera.id"]),
    "PH": dict(m=["Rommel", "Jericho", "Ramon", "Emmanuel", "Dindo", "Arnel", "Jay-ar", "Christian"],
               f=["Maria Cristina", "Rowena", "Lorna", "Jennelyn", "Cherry Ann", "Rhea", "Liza", "Mary Grace"],
               l=["dela Rosa", "De Guzman", "Macapagal", "Manalo", "Dimaculangan", "Pangilinan", "Sarmiento", "Tolentino", "delos Reyes", "Dizon", "Lacson", "Soriano"],
               cities=["Iloilo City", "Bacolod", "Cagayan de Oro", "Baguio", "Zamboanga City", "General Santos", "Tacloban", "Antipolo"],
               regions=["Visayas", "Mindanao", "Calabarzon", "Central Luzon", "Ilocos Region", "Bicol"],
               streets=["Roxas Boulevard", "EDSA", "Colon Street", "Taft Avenue", "Shaw Boulevard", "Aguirre Avenue", "Session Road"],
               districts=["Brgy. San Antonio", "Brgy. Kapitolyo", "Brgy. Lahug", "Brgy. Poblacion", "Brgy. Wack-Wack"],
               landmarks=["Rizal Park", "Intramuros", "Magellan's Cross", "Mayon Volcano", "Chocolate Hills"],
               pc="%###", street_fmt="{n} {street}",
               addr=["{n} {street}, {district}, {city} {pc}", "Unit {u}, {n} {street}, {city}"],
               mail=["gmail.com", "yahoo.com", "outlook.ph"], work=["islandlink-cargo.ph", "mabuhay-foods.com.ph"]),
    "NL": dict(m=["Joris", "Bram", "Sjoerd", "Maarten", "Thijs"], f=["Femke", "Anouk", "Marloes", "Ilse", "Sanne"],
               l=["van der Meulen", "van den Heuvel", "de Wit", "ter Steege", "van Leeuwen", "Bakker", "op 't Veld"],
               cities=["Zwolle", "Leeuwarden", "Maastricht", "Arnhem", "Delft", "Amersfoort"], regions=["Friesland", "Limburg", "Gelderland", "Drenthe"],
               streets=["Oudegracht", "Kerkstraat", "Nieuwe Binnenweg", "Stationsweg", "Molenstraat"], districts=["De Pijp", "Kralingen", "Wijk C"],
               landmarks=["Keukenhof", "Kinderdijk", "Erasmusbrug"], pc="%### ??", street_fmt="{street} {n}",
               addr=["{street} {n}, {pc} {city}"], mail=["ziggo.nl", "kpnmail.nl", "gmail.com"], work=["deltadock.nl"]),
    "ES": dict(m=["Íñigo", "Gonzalo", "Álvaro", "Rubén"], f=["Nerea", "Ainhoa", "Rocío", "Montserrat"],
               l=["de la Peña", "del Olmo", "García-Ruiz", "Ibáñez Soto", "de los Ríos", "Etxeberria"],
               cities=["Salamanca", "Cáceres", "Logroño", "Pamplona", "Cádiz"], regions=["Extremadura", "La Rioja", "Navarra", "Asturias"],
               streets=["Calle Mayor", "Avenida de la Constitución", "Calle Larios", "Paseo de Gracia"], districts=["Triana", "Chamberí", "Gràcia"],
               landmarks=["Alhambra", "Sagrada Família", "Mezquita de Córdoba"], pc="%####", street_fmt="{street}, {n}",
               addr=["{street}, {n}, {w}º {L}, {pc} {city}"], mail=["telefonica.net", "gmail.com", "hotmail.es"], work=["iberlog.es"]),
    "DE": dict(m=["Jörg", "Henning", "Malte", "Detlef"], f=["Wiebke", "Anja", "Svenja", "Dörte"],
               l=["von Arnim", "zu Salm", "Müller-Lüdenscheidt", "Brückner", "von der Heyde", "Kötter"],
               cities=["Kassel", "Rostock", "Regensburg", "Würzburg", "Bielefeld"], regions=["Mecklenburg-Vorpommern", "Franken", "Ostfriesland", "Saarland"],
               streets=["Lindenallee", "Bahnhofstraße", "Am Markt", "Schillerstraße"], districts=["Prenzlauer Berg", "Ehrenfeld", "Altstadt-Nord"],
               landmarks=["Kölner Dom", "Brandenburger Tor", "Zugspitze"], pc="%####", street_fmt="{street} {n}",
               addr=["{street} {n}, {pc} {city}"], mail=["web.de", "gmx.de", "t-online.de"], work=["nordlicht-logistik.de"]),
    "IT": dict(m=["Gianluca", "Pierpaolo", "Ettore"], f=["Ornella", "Rosaria", "Benedetta"],
               l=["De Santis", "Lo Russo", "Dell'Acqua", "Esposito"],
               cities=["Montepulciano", "Lecce", "Matera", "Ascoli Piceno", "Cremona"], regions=["Toscana", "Puglia", "Basilicata", "Marche"],
               streets=["Via Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Strada Provinciale 146"], districts=["Trastevere", "Brera", "Vomero"],
               landmarks=["Duomo di Orvieto", "Sassi di Matera", "Piazza del Campo"], pc="%####", street_fmt="{street} {n}",
               addr=["{street} {n}, {pc} {city}", "{street}, {n} – {pc} {city}"], mail=["libero.it", "virgilio.it"], work=["cantinevalori.it"]),
}
EMPHASIS = ["NG", "IN", "CN", "VN", "EG", "SA", "AE", "MA", "TR", "PL", "BR", "FI", "HU", "KR", "JP", "GH", "KE", "ID", "PH"]

LOCAL_CARDS: dict[str, list[str]] = {
    "en": ["visa", "mastercard", "amex", "discover", "diners"], "de": ["visa", "mastercard", "maestro"],
    "fr": ["visa", "mastercard", "amex"], "es": ["visa", "mastercard", "amex"], "it": ["visa", "mastercard", "maestro"],
    "nl": ["maestro", "visa", "mastercard"], "pt": ["elo", "hipercard", "visa", "mastercard"], "pl": ["visa", "mastercard"],
    "sv": ["visa", "mastercard"], "da": ["dankort", "visa"], "no": ["visa", "mastercard"], "fi": ["visa", "mastercard"],
    "tr": ["troy", "visa", "mastercard"], "cs": ["visa", "mastercard", "maestro"], "ro": ["visa", "mastercard"],
    "hu": ["visa", "mastercard"], "ja": ["jcb", "visa", "amex"], "zh": ["unionpay", "visa"], "ko": ["visa", "mastercard", "unionpay"],
    "id": ["visa", "mastercard", "jcb"], "vi": ["visa", "jcb", "mastercard"], "tl": ["visa", "mastercard", "jcb"],
    "sw": ["visa", "mastercard"], "hi": ["rupay", "visa", "mastercard"], "ar": ["visa", "mastercard", "mir"],
}
CARDS5: dict[str, list[tuple[list[str], list[int]]]] = {
    "visa": [(["4"], [16, 16, 16, 13, 19])],
    "mastercard": [(["51", "52", "53", "54", "55", "2223", "2291", "2345", "2567", "2699", "2720"], [16])],
    "amex": [(["34", "37"], [15])],
    "discover": [(["6011", "644", "645", "648", "65"], [16, 19])],
    "jcb": [(["3529", "3540", "3566", "3581", "3589"], [16, 19])],
    "jcb15": [(["1800", "2131"], [15])],
    "diners": [(["301", "303", "304", "36", "38"], [14])],
    "maestro": [(["5018", "5038", "5893", "6304", "6759", "6762"], [12, 15, 16, 17, 18, 19])],
    "unionpay": [(["6214", "6225", "6230", "6250", "6270"], [16, 17, 18, 19])],
    "mir": [(["2200", "2202", "2203"], [16])],
    "rupay": [(["6070", "6080", "6522", "8172", "5089"], [16])],
    "elo": [(["438935", "504175", "506727", "636368", "650487"], [16])],
    "troy": [(["9792"], [16])],
    "hipercard": [(["606282", "384100"], [16])],
    "dankort": [(["5019"], [16])],
    "verve": [(["506099", "506150", "650002"], [16, 19])],
    "uatp": [(["1"], [15])],
}
IBAN5: dict[str, str] = {
    "DE": "18n", "AT": "16n", "CH": "5n12c", "FR": "10n11c2n", "BE": "12n", "NL": "4a10n", "ES": "20n", "PT": "21n",
    "IT": "1a10n12c", "GB": "4a14n", "IE": "4a14n", "PL": "24n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n",
    "CZ": "20n", "RO": "4a16c", "GR": "7n16c", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "IL": "19n", "LB": "4n20c",
    "BR": "23n1a1c", "LU": "3n13c", "HU": "24n", "SK": "20n", "SI": "15n", "HR": "17n", "BG": "4a6n8c", "LT": "16n",
    "LV": "4a13c", "EE": "16n", "IS": "22n", "QA": "4a21c", "KW": "4a22c", "EG": "25n", "UA": "6n19c", "PK": "4a16c",
    "MT": "4a5n18c", "CY": "8n16c", "JO": "4a4n18c", "TN": "20n", "MC": "10n11c2n",
}

# Country names for «T5:loc:country:…» in the template's language (English otherwise).
COUNTRY5: dict[str, dict[str, str]] = {
    "en": {"NG": "Nigeria", "IN": "India", "CN": "China", "VN": "Vietnam", "EG": "Egypt", "SA": "Saudi Arabia",
           "AE": "UAE", "MA": "Morocco", "TR": "Türkiye", "PL": "Poland", "BR": "Brazil", "FI": "Finland",
           "HU": "Hungary", "KR": "South Korea", "JP": "Japan", "GH": "Ghana", "KE": "Kenya", "ID": "Indonesia",
           "PH": "Philippines", "NL": "Netherlands", "ES": "Spain", "DE": "Germany", "IT": "Italy"},
    "zh": {"NG": "尼日利亚", "IN": "印度", "VN": "越南", "EG": "埃及", "SA": "沙特阿拉伯", "AE": "阿联酋", "MA": "摩洛哥",
           "TR": "土耳其", "PL": "波兰", "BR": "巴西", "FI": "芬兰", "HU": "匈牙利", "KR": "韩国", "JP": "日本", "GH": "加纳",
           "KE": "肯尼亚", "ID": "印度尼西亚", "PH": "菲律宾"},
    "ja": {"NG": "ナイジェリア", "IN": "インド", "CN": "中国", "VN": "ベトナム", "EG": "エジプト", "SA": "サウジアラビア",
           "AE": "アラブ首長国連邦", "MA": "モロッコ", "TR": "トルコ", "PL": "ポーランド", "BR": "ブラジル", "FI": "フィンランド",
           "HU": "ハンガリー", "KR": "韓国", "GH": "ガーナ", "KE": "ケニア", "ID": "インドネシア", "PH": "フィリピン"},
    "ko": {"NG": "나이지리아", "IN": "인도", "CN": "중국", "VN": "베트남", "EG": "이집트", "SA": "사우디아라비아", "AE": "아랍에미리트",
           "MA": "모로코", "TR": "튀르키예", "PL": "폴란드", "BR": "브라질", "FI": "핀란드", "HU": "헝가리", "JP": "일본",
           "GH": "가나", "KE": "케냐", "ID": "인도네시아", "PH": "필리핀"},
    "es": {"NG": "Nigeria", "IN": "la India", "CN": "China", "VN": "Vietnam", "EG": "Egipto", "SA": "Arabia Saudí",
           "AE": "Emiratos", "MA": "Marruecos", "TR": "Turquía", "PL": "Polonia", "BR": "Brasil", "FI": "Finlandia",
           "HU": "Hungría", "KR": "Corea del Sur", "JP": "Japón", "GH": "Ghana", "KE": "Kenia", "ID": "Indonesia",
           "PH": "Filipinas"},
}

PEOPLE_KEYS = ("A", "B", "C", "D", "E", "F", "ME", "AG")


# ------------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------------

def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _fill(r: Any, pattern: str) -> str:
    return "".join(r.choice(string.digits) if ch == "#" else r.choice("123456789") if ch == "%"
                   else r.choice(string.ascii_uppercase) if ch == "?" else ch for ch in pattern)


def _fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch) and ord(ch) < 128)


def _lower(s: str, cc: str) -> str:
    if cc == "TR":
        s = s.replace("İ", "i").replace("I", "ı")
    return s.lower()


def _least(doc: Any, counter_name: str, cands: list[str]) -> str:
    used = doc.g.__dict__.setdefault(counter_name, Counter())
    low = min(used[c] for c in cands)
    pick = doc.r.choice([c for c in cands if used[c] == low])
    used[pick] += 1
    return pick


def _base(key: str) -> str:
    return key.partition("!")[0].partition("@")[0]


def _person(doc: Any, key: str) -> dict[str, Any]:
    reg = doc.__dict__.setdefault("t5_people", {})
    key, _, gender = key.partition("!")
    key, _, cc = key.partition("@")
    if key in reg:
        return reg[key]
    r = doc.r
    if cc == "*":   # a visitor: the least used of this module's cultures, other than the document's home
        cc = _least(doc, "t5_cultures", [c for c in EMPHASIS if c != doc.home.code])
    if not cc:
        pool = [c for c in doc.pool if c in CULT5]
        if doc.lang == "en" and len(doc.pool) > 20:   # en without a pool: spread over this module's cultures
            cc = _least(doc, "t5_cultures", EMPHASIS)
        elif pool:
            cc = r.choice(pool)
        else:
            cc = _least(doc, "t5_cultures", EMPHASIS)
    c = CULT5[cc]
    female = gender == "f" if gender else r.random() < 0.5
    given = r.choice(c["f"] if female else c["m"])
    last = r.choice(c["l"])
    if "/" in last:
        last = last.split("/")[1 if female else 0]
    middle = r.choice([x for x in (c["f"] if female else c["m"]) if x != given])
    first = given.split(" ")[-1] if cc == "VN" else given
    if cc == "VN":
        order = "ff"
    elif cc == "HU":
        order = "ff" if doc.lang == "hu" or r.random() < 0.3 else "gf"
    elif cc in ("CN", "KR"):
        order = "ff" if doc.lang in ("zh", "ko") or r.random() < 0.6 else "gf"
    elif cc == "JP":
        order = "ff" if doc.lang == "ja" or r.random() < 0.4 else "gf"
    else:
        order = "gf"
    city = r.choice(c["cities"])
    p = {"cc": cc, "female": female, "given": given, "first": first, "last": last, "middle": middle, "order": order,
         "city": city}
    reg[key] = p
    # registered with the document (generate.py's Person), so that the record's `regions` lists the culture
    gen = sys.modules[type(doc).__module__]
    doc.people["T5" + key] = gen.Person(doc.g, gen.CULTURE[cc], doc.lang, first, last, female)
    return p


def _full(p: dict[str, Any]) -> str:
    return f"{p['last']} {p['given']}" if p["order"] == "ff" else f"{p['given']} {p['last']}"


def _name(doc: Any, key: str, form: str) -> list[tuple[str, Any]]:
    p = _person(doc, key)
    cc = p["cc"]
    core = next((w for w in p["last"].replace("-", " ").split(" ") if w[:1].isupper()), p["last"])
    sub = "full_name"
    if form == "full":
        v = _full(p)
    elif form == "fullm":
        if cc == "VN":
            v = _full(p)
        elif p["order"] == "ff":
            v = f"{p['last']} {p['given']} {p['middle']}" if cc == "HU" else _full(p)
        else:
            mid = p["middle"] if doc.r.random() < 0.6 else p["middle"][0] + "."
            v = f"{p['given']} {mid} {p['last']}"
    elif form == "first":
        v, sub = p["first"], "first_name"
    elif form == "last":
        v, sub = p["last"], "last_name"
    elif form == "lfirst":
        v, sub = _lower(p["first"], cc), "first_name"
    elif form == "lfull":
        v = _lower(_full(p), cc)
    elif form == "rev":
        v = f"{p['last']}, {p['given']}"
    elif form == "upper":
        v = f"{p['last'].upper() if cc != 'TR' else p['last'].replace('i', 'İ').upper()} {p['given']}"
    elif form == "init":
        v = f"{p['given'][0]}. {p['last']}"
    elif form == "finit":
        v = f"{p['given']} {core[0]}."
    else:
        raise KeyError(form)
    return [(v, ("label", "PERSON", {"subtype": sub}))]


def _email(doc: Any, key: str, work: bool) -> str:
    p = _person(doc, key)
    c = CULT5[p["cc"]]
    r = doc.r
    f = "".join(ch for ch in _fold(p["given"]).lower() if ch.isalnum())
    ln = "".join(ch for ch in _fold(p["last"]).lower() if ch.isalnum())
    fparts = [x for x in _fold(p["given"]).lower().replace("-", " ").split(" ") if x]
    style = r.randint(0, 9)
    local = [f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}.{f}", f"{f}_{ln}{r.randint(1, 99)}", f"{f}{r.randint(70, 2005)}",
             f"{'.'.join(fparts)}.{ln}", f"{ln}{f[0]}", f"{f}-{ln}", f"{f[0]}.{ln}{r.randint(1, 9)}", f"{ln}{r.randint(10, 999)}"][style]
    if not work and r.random() < 0.1:
        local += "+" + r.choice(["bills", "shopee", "jobs", "school", "lazada", "travel"])
    dom = r.choice(c["work"]) if work else r.choice(c["mail"])
    return f"{local}@{dom}"


def _loc(doc: Any, kind: str, who: str) -> list[tuple[str, Any]]:
    r = doc.r
    p = None
    if who and _base(who) in PEOPLE_KEYS:
        p = _person(doc, who)
        cc = p["cc"]
    elif who:
        cc = who
    else:
        cc = _least(doc, "t5_loc_cultures", EMPHASIS)
    c = CULT5[cc]
    city_raw = p["city"] if p else r.choice(c["cities"])
    city, _, st = city_raw.partition("|")
    vals = {"n": str(r.randint(1, 199)), "u": str(r.randint(1, 48)), "w": str(r.randint(1, 14)), "k": str(r.randint(1, 9)),
            "L": r.choice("ABCD"), "street": r.choice(c["streets"]), "district": r.choice(c["districts"]),
            "city": city, "st": st, "region": r.choice(c["regions"]),
            "pc": _fill(r, c["pc"]) if c["pc"] else ""}
    sub = {"pobox": "po_box", "street": "street_address"}.get(kind, kind)
    if kind == "city":
        v = city
    elif kind == "region":
        v = vals["region"]
    elif kind == "district":
        v = vals["district"]
    elif kind == "country":
        names = COUNTRY5.get(doc.lang, {})
        v = names.get(cc) or COUNTRY5["en"][cc]
    elif kind == "landmark":
        v = r.choice(c["landmarks"])
    elif kind == "postcode":
        v = vals["pc"] or _fill(r, "%####")
    elif kind == "street":
        v = c["street_fmt"].format(**vals)
    elif kind == "address":
        fmts = [f for f in c["addr"] if "P.O. Box" not in f and ("{pc}" not in f or c["pc"])]
        v = r.choice(fmts).format(**vals)
    elif kind == "pobox":
        v = {"KE": "P.O. Box {n}{n}-{pc}, {city}", "NG": "P.O. Box {n}{u}, {city}", "GH": "P.O. Box KS {n}{u}, {city}",
             "PH": "P.O. Box {n}{u}, {city} Central Post Office", "EG": "P.O. Box {n}{u}, {city} {pc}",
             "SA": "P.O. Box {n}{u}, {city} {pc}", "AE": "P.O. Box {n}{u}, {city}"}.get(cc, "P.O. Box {n}{u}, {city}").format(**vals)
    else:
        raise KeyError(kind)
    return [(v, ("label", "LOCATION", {"subtype": sub}))]


# ------------------------------------------------------------------------------------------------
# phones
# ------------------------------------------------------------------------------------------------

# Mobile numbers as people write them: "{n}" takes the next n digits of the national significant number, "{*}" the rest.
MOB5: dict[str, list[str]] = {
    "NG": ["0{3} {3} {*}", "0{3}-{3}-{*}", "0{*}", "+234 {3} {3} {*}", "+234 (0){3} {3} {*}", "+234{*}", "+234-{3}-{3}-{*}"],
    "IN": ["{5} {*}", "{5}-{*}", "+91 {5} {*}", "+91-{*}", "+91 {3} {3} {*}", "0{*}", "+91 {5}-{*}", "0{5} {*}"],
    "CN": ["{3} {4} {*}", "{3}-{4}-{*}", "{*}", "+86 {3} {4} {*}", "+86 {*}", "0086-{*}", "+86-{3}-{4}-{*}"],
    "VN": ["0{3} {3} {*}", "0{3}.{3}.{*}", "0{4} {3} {*}", "+84 {2} {3} {*}", "+84 {*}", "(+84) {3} {3} {*}", "0{*}"],
    "EG": ["0{3} {3} {*}", "0{3} {4} {*}", "0{*}", "+20 {3} {3} {*}", "+20 {2} {4} {*}", "+20{*}", "0020 {*}"],
    "SA": ["0{2} {3} {*}", "0{2}-{3}-{*}", "0{*}", "+966 {2} {3} {*}", "00966 {2} {3} {*}", "+966{*}"],
    "AE": ["0{2} {3} {*}", "0{2}-{3}-{*}", "0{*}", "+971 {2} {3} {*}", "+971-{2}-{3}-{*}", "00971 {*}"],
    "MA": ["0{1} {2} {2} {2} {*}", "0{1}-{2}-{2}-{2}-{*}", "0{1}.{2}.{2}.{2}.{*}", "0{*}", "+212 {1} {2} {2} {2} {*}", "+212 (0){1} {2} {2} {2} {*}", "+212{*}"],
    "TR": ["0{3} {3} {2} {*}", "0 ({3}) {3} {2} {*}", "0{3} {3} {*}", "({3}) {3} {2} {*}", "+90 {3} {3} {2} {*}", "+90 ({3}) {3} {*}", "0{*}", "+90{*}"],
    "PL": ["{3} {3} {*}", "{3}-{3}-{*}", "{*}", "+48 {3} {3} {*}", "+48 {3}-{3}-{*}", "0048 {3} {3} {*}", "+48{*}", "(+48) {3} {3} {*}"],
    "BR": ["({2}) {5}-{*}", "({2}) {1} {4}-{*}", "{2} {5}-{*}", "({2}){5}-{*}", "+55 ({2}) {5}-{*}", "+55 {2} {5} {*}", "+55{*}", "+55 {2} {1} {4}-{*}"],
    "FI": ["0{2} {3} {*}", "0{2}-{*}", "0{2} {*}", "+358 {2} {3} {*}", "+358 (0){2} {*}", "+358{*}", "00358 {2} {*}"],
    "HU": ["06 {2} {3} {*}", "06-{2}/{3}-{*}", "06 {2}/{3}-{*}", "06{*}", "+36 {2} {3} {*}", "+36 ({2}) {3}-{*}", "+36-{2}-{3}-{*}", "0036 {2} {*}", "+36{*}"],
    "KR": ["0{2}-{4}-{*}", "0{2} {4} {*}", "0{*}", "0{2}.{4}.{*}", "+82 {2}-{4}-{*}", "+82 {2} {4} {*}", "+82-{2}-{4}-{*}", "+82 (0){2}-{4}-{*}"],
    "JP": ["0{2}-{4}-{*}", "0{2} {4} {*}", "0{*}", "+81 {2}-{4}-{*}", "+81-{2}-{4}-{*}", "+81 {2} {4} {*}", "+81 (0){2}-{4}-{*}"],
    "GH": ["0{2} {3} {*}", "0{2}-{3}-{*}", "0{*}", "+233 {2} {3} {*}", "+233 (0){2} {3} {*}", "+233{*}", "00233 {2} {3} {*}"],
    "KE": ["0{3} {3} {*}", "0{3} {*}", "0{3}-{*}", "0{*}", "+254 {3} {3} {*}", "+254 {3} {*}", "+254{*}", "+254-{3}-{*}"],
    "ID": ["0{3}-{4}-{*}", "0{3} {4} {*}", "0{*}", "+62 {3}-{4}-{*}", "+62 {3} {4} {*}", "+62{*}", "+62 {*}"],
    "PH": ["0{3} {3} {*}", "0{3}-{3}-{*}", "0{*}", "+63 {3} {3} {*}", "+63 ({3}) {3}-{*}", "+63{*}", "+63-{3}-{3}-{*}"],
    "US": ["({3}) {3}-{*}", "{3}-{3}-{*}", "{3}.{3}.{*}", "1-{3}-{3}-{*}", "+1 {3} {3} {*}", "+1 ({3}) {3}-{*}", "+1-{3}-{3}-{*}", "{*}", "1 ({3}) {3}-{*}"],
    "GB": ["0{4} {*}", "0{4} {3} {*}", "0{*}", "+44 {4} {*}", "+44 (0){4} {*}", "+44 (0) {4} {3} {*}", "0044 {4} {*}", "+44{*}"],
    "DE": ["0{3} {*}", "0{3}/{*}", "0{3}-{*}", "0{3} / {3} {*}", "+49 {3} {*}", "+49 (0){3} {*}", "+49 (0) {3} {*}", "0049 {3} {*}", "+49{*}"],
    "FR": ["0{1} {2} {2} {2} {*}", "0{1}.{2}.{2}.{2}.{*}", "0{*}", "0{1}-{2}-{2}-{2}-{*}", "+33 {1} {2} {2} {2} {*}", "+33 (0){1} {2} {2} {2} {*}", "0033 {1} {2} {2} {2} {*}", "+33{*}"],
    "ES": ["{3} {2} {2} {*}", "{3} {3} {*}", "{*}", "+34 {3} {2} {2} {*}", "+34 {3} {3} {*}", "(+34) {3} {3} {*}", "0034 {*}"],
    "IT": ["{3} {3} {*}", "{3} {*}", "{3}-{*}", "{3}/{*}", "+39 {3} {3} {*}", "+39 {*}", "0039 {3} {*}", "(+39) {3} {3} {*}"],
    "NL": ["0{1}-{*}", "0{1} {4} {*}", "0{1} {2} {2} {2} {*}", "+31 {1} {*}", "+31 (0){1} {*}", "+31 {1} {4} {*}", "0031 {1} {*}", "+31{*}"],
    "SE": ["0{2}-{3} {2} {*}", "0{2}-{*}", "0{2} {3} {2} {*}", "+46 {2} {3} {2} {*}", "+46 (0){2} {3} {2} {*}", "+46{*}", "0046 {2} {*}"],
    "DK": ["{2} {2} {2} {*}", "{4} {*}", "{*}", "+45 {2} {2} {2} {*}", "+45 {4} {*}", "0045 {*}", "+45{*}"],
    "NO": ["{3} {2} {*}", "{2} {2} {2} {*}", "{*}", "+47 {3} {2} {*}", "+47 {2} {2} {2} {*}", "0047 {*}", "+47{*}"],
    "CZ": ["{3} {3} {*}", "+420 {3} {3} {*}", "+420{*}", "00420 {3} {3} {*}", "{*}"],
    "RO": ["0{3} {3} {*}", "0{3}.{3}.{*}", "0{3}-{3}-{*}", "0{*}", "+40 {3} {3} {*}", "+40 (0){3} {3} {*}", "0040 {3} {3} {*}", "+40{*}"],
    "MX": ["{2} {4} {*}", "{3} {3} {*}", "({2}) {4} {*}", "+52 {2} {4} {*}", "+52 1 {2} {4} {*}", "+52{*}", "{2}-{4}-{*}"],
    "AR": ["+54 {1} {2} {4}-{*}", "+54 {1} {2} {*}", "+54{*}"],
    "CO": ["{3} {3} {*}", "{3} {*}", "+57 {3} {3} {*}", "(+57) {3} {3} {*}", "+57{*}"],
    "ZA": ["0{2} {3} {*}", "0{2}-{3}-{*}", "0{*}", "+27 {2} {3} {*}", "+27 (0){2} {3} {*}", "+27{*}"],
    "AU": ["0{3} {3} {*}", "0{3} {*}", "+61 {3} {3} {*}", "+61 (0){3} {3} {*}", "+61{*}", "0{3}-{3}-{*}"],
    "TH": ["0{2}-{3}-{*}", "0{2} {3} {*}", "0{*}", "+66 {2} {3} {*}", "+66{*}"],
    "MY": ["0{2}-{3} {*}", "0{2}-{*}", "0{*}", "+60 {2}-{3} {*}", "+60 {2} {3} {*}", "+60{*}"],
    "SG": ["{4} {*}", "{*}", "+65 {4} {*}", "+65-{*}", "(+65) {4} {*}", "+65{*}"],
    "PK": ["0{3}-{*}", "0{3} {*}", "0{*}", "+92 {3} {*}", "+92-{3}-{*}", "+92{*}", "0092 {3} {*}"],
    "IL": ["0{2}-{3}-{*}", "0{2}-{*}", "0{*}", "+972 {2}-{3}-{*}", "+972 {2} {3} {*}", "+972-{2}-{*}"],
    "PT": ["{3} {3} {*}", "{*}", "+351 {3} {3} {*}", "(+351) {3} {3} {*}", "00351 {*}", "+351{*}"],
    "IE": ["0{2} {3} {*}", "+353 {2} {3} {*}", "+353 (0){2} {3} {*}", "0{2}-{*}"],
    "AT": ["0{3} {*}", "0{3}/{*}", "+43 {3} {*}", "+43 (0){3} {*}", "0043 {3} {*}"],
    "CH": ["0{2} {3} {2} {*}", "+41 {2} {3} {2} {*}", "+41 (0){2} {3} {2} {*}", "0041 {2} {*}"],
    "BE": ["0{3} {2} {2} {*}", "0{3}/{2}.{2}.{*}", "+32 {3} {2} {2} {*}", "+32 (0){3} {2} {2} {*}"],
    "GR": ["{3} {3} {*}", "+30 {3} {3} {*}", "+30 {*}", "{*}"],
}
MOB5["CA"] = MOB5["US"]


def _shape(pattern: str, nsn: str) -> str | None:
    out, i, k = [], 0, 0
    while k < len(pattern):
        if pattern[k] == "{":
            j = pattern.index("}", k)
            spec = pattern[k + 1:j]
            if spec == "*":
                out.append(nsn[i:])
                i = len(nsn)
            else:
                n = int(spec)
                if i + n >= len(nsn):
                    return None
                out.append(nsn[i:i + n])
                i += n
            k = j + 1
        else:
            out.append(pattern[k])
            k += 1
    return "".join(out) if i == len(nsn) else None


def _phone(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r, g = doc.r, doc.g
    who = args[0] if args else ""
    want = args[1] if len(args) > 1 and args[1] else "any"
    fam = args[2] if len(args) > 2 and args[2] else "any"
    ext = len(args) > 3 and args[3] == "ext"
    if who and _base(who) in PEOPLE_KEYS:
        region = _person(doc, who)["cc"]
    elif len(who) == 2 and who.isupper():
        region = who
    else:
        region = _least(doc, "t5_phone_regions", sorted(MOB5))
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
    is_mob = pn.number_type(num) in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    if is_mob and region in MOB5:
        special = [s for s in (_shape(f, nsn) for f in MOB5[region]) if s]
    else:
        special = [nat, nat.replace(" ", "-"), nat.replace(" ", "."), intl.replace(" ", "-"), f"00{intl[1:]}"]
        if nat.startswith("0") and " " in nat:
            area, rest = nat.split(" ", 1)
            special += [f"({area}) {rest}", f"{area}/{rest.replace(' ', '')}", f"+{cc} (0){nat[1:]}"]
    generic = [nat, intl, e164, f"00{intl[1:]}", intl.replace(" ", "-")]

    def ok(text: str) -> bool:
        try:
            back = pn.parse(text, region)
        except pn.NumberParseException:
            return False
        return (back.country_code == cc and back.national_number == num.national_number and not back.extension
                and pn.is_valid_number(back) and pn.region_code_for_number(back) == region)

    def family(text: str) -> str:
        return "intl" if text.lstrip("(").startswith(("+", "00")) else "nat"

    special = [s for s in dict.fromkeys(special) if ok(s) and fam in ("any", family(s))]
    generic = [s for s in dict.fromkeys(generic) if ok(s) and fam in ("any", family(s))]
    cands = special if special and (r.random() < 0.8 or not generic) else generic
    text = r.choice(cands) if cands else nat
    fmt = {nat: "NATIONAL", intl: "INTERNATIONAL", e164: "E164"}.get(text, "variant")
    if ext:
        text += r.choice([" ext. ", " ext ", " x", " ext: "]) + str(r.randint(10, 899))
    return [(text, ("label", "PHONE_NUMBER", {"region": region, "format": fmt}))]


# ------------------------------------------------------------------------------------------------
# cards, IBANs, SSNs, IPs, negatives
# ------------------------------------------------------------------------------------------------

def _card(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r = doc.r
    spec = args[0] if args and args[0] else "any"
    if spec == "local":
        cands = LOCAL_CARDS.get(doc.lang, LOCAL_CARDS["en"])
    elif spec == "any":
        cands = list(CARDS5)
    else:
        cands = spec.split("|")
    net = _least(doc, "t5_networks", cands)
    prefixes, lengths = r.choice(CARDS5[net])
    prefix = r.choice(prefixes)
    # half the time the least used length of the network so far (13- and 19-digit cards are not left to chance)
    n = _least(doc, "t5_len_" + net, sorted(set(lengths))) if r.random() < 0.5 else r.choice(lengths)
    body = prefix + "".join(r.choice(string.digits) for _ in range(n - len(prefix) - 1))
    digits = next(body + d for d in string.digits if _luhn_ok(body + d))
    if n == 15 and net in ("amex", "jcb15"):
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif n == 15:
        groups = [digits[:4], digits[4:9], digits[9:]]
    elif n == 14:
        groups = [digits[:4], digits[4:10], digits[10:]]
    elif n == 13:
        groups = [digits[:4], digits[4:8], digits[8:]]
    elif n == 19 and r.random() < 0.4:
        groups = [digits[:6], digits[6:]]
    else:
        groups = [digits[i:i + 4] for i in range(0, n, 4)]
    sep = args[1] if len(args) > 1 and args[1] else "any"
    if sep == "any":
        sep = _least(doc, "t5_card_seps", ["sp", "dash", "none", "nbsp"]) if r.random() < 0.5 else \
            r.choice(["sp", "sp", "sp", "dash", "none", "none", "nbsp"])
    text = {"sp": " ", "dash": "-", "none": "", "nbsp": "\u00a0"}[sep].join(groups)
    return [(text, ("label", "CREDIT_CARD", {"network": net, "length": n, "source": "test5"}))]


def _iban(doc: Any, args: list[str]) -> list[tuple[str, Any]]:
    r = doc.r
    who = args[0] if args else ""
    if who and _base(who) in PEOPLE_KEYS:
        cc = _person(doc, who)["cc"]
        if cc not in IBAN5:
            cc = _least(doc, "t5_iban_countries", sorted(IBAN5))
    elif who:
        cc = who
    else:
        cc = _least(doc, "t5_iban_countries", sorted(IBAN5))
    bban = ""
    for part in IBAN5[cc].replace("n", "n ").replace("a", "a ").replace("c", "c ").split():
        n, kind = int(part[:-1]), part[-1]
        for _ in range(n):
            if kind == "n":
                bban += r.choice(string.digits)
            elif kind == "a":
                bban += r.choice(string.ascii_uppercase)
            else:
                bban += r.choice(string.ascii_uppercase) if r.random() < 0.25 else r.choice(string.digits)
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    numeric = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    value = f"{cc}{98 - int(numeric) % 97:02d}{bban}"
    style = args[1] if len(args) > 1 and args[1] else r.choice(["s", "s", "c"])
    text = value if style == "c" else " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return [(text, ("label", "IBAN_CODE", {"country": cc}))]


def _ssn(doc: Any) -> str:
    r = doc.r
    while True:
        area = r.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}-{r.randint(1, 99):02d}-{r.randint(1, 9999):04d}"
        if len(set(s)) > 5:
            break
    x = r.random()
    return s if x < 0.7 else s.replace("-", " ") if x < 0.85 else s.replace("-", "")


def _ip(doc: Any, v: str) -> str:
    r = doc.r
    v = v or r.choice("4446")
    if v == "4":
        first = r.choice([24, 38, 46, 50, 67, 73, 84, 94, 98, 104, 128, 146, 154, 164, 178, 188, 196, 201, 209, 213])
        return f"{first}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    import ipaddress
    prefix = r.choice(["2400:cb00", "2a00:1450", "2620:1ec", "2c0f:fb50", "2405:200", "2803:9810", "2a03:2880"])
    groups = prefix.split(":")
    while len(groups) < 8:
        groups.append(f"{r.randint(0, 0xffff):x}" if r.random() < 0.7 else "0")
    return str(ipaddress.IPv6Address(":".join(groups)))


def _masked(doc: Any) -> str:
    r = doc.r
    last4 = _fill(r, "####")
    return r.choice([f"**** **** **** {last4}", f"XXXX-XXXX-XXXX-{last4}", f"•••• {last4}", f"{_fill(r, '4#####')}******{last4}",
                     f"************{last4}", f"xxxx xxxx xxxx {last4}", f"{_fill(r, '5###')} **** **** {last4}"])


def _nonluhn(doc: Any) -> str:
    r = doc.r
    while True:
        d = _fill(r, r.choice(["6%##############", "7%##############", "9%##############"]))
        if not _luhn_ok(d):
            break
    return r.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])


def slot(doc: Any, spec: str) -> list[tuple[str, Any]]:
    head, _, rest = spec.partition(":")
    args = rest.split(":") if rest else []
    g = doc.g
    if head == "n":
        out = _name(doc, args[0], args[1] if len(args) > 1 else "full")
    elif head == "mail":
        out = [(_email(doc, args[0], len(args) > 1 and args[1] == "work"), ("label", "EMAIL_ADDRESS", {}))]
    elif head == "loc":
        out = _loc(doc, args[0], args[1] if len(args) > 1 else "")
    elif head == "ph":
        out = _phone(doc, args)
    elif head == "card":
        out = _card(doc, args)
    elif head == "iban":
        out = _iban(doc, args)
    elif head == "ssn":
        out = [(_ssn(doc), ("label", "US_SSN", {}))]
    elif head == "ip":
        v = args[0] if args else ""
        out = [(_ip(doc, v), ("label", "IP_ADDRESS", {"version": int(v) if v else 0}))]
    elif head in ("neg", "masked", "time", "nonluhn"):
        if head == "neg":
            kind, _, pats = rest.partition(":")
            text = _fill(doc.r, doc.r.choice(pats.split("|")))
        elif head == "masked":
            kind, text = "masked_card", _masked(doc)
        elif head == "nonluhn":
            kind, text = "gift_card_number", _nonluhn(doc)
        else:
            h, m = doc.r.randint(7, 21), doc.r.choice([0, 15, 30, 45, 5, 40])
            kind, text = "time", doc.r.choice([f"{h:02d}:{m:02d}", f"{h}.{m:02d}", f"{h}h{m:02d}"])
        g.neg_kinds[kind] += 1
        return [(text, ("neg", kind))]
    else:
        raise KeyError(f"unknown test5 slot «T5:{spec}»")
    return out


# ------------------------------------------------------------------------------------------------
# English (people from this module's 19 cultures unless a pool is given)
# ------------------------------------------------------------------------------------------------

EN = [
    T("en_ticket_sim_swap_lagos", "ticket", "en", """[Fraud desk] Suspected SIM swap – ref «T5:neg:case_number:SWP-%#####|FRD/%####/2#»
Opened by: «T5:n:AG:full» (tier 2)

Customer «T5:n:A@NG!f:full» says her line «T5:ph:A:mobile» went dead around «T5:time» yesterday. Shortly after, a new device logged in from «T5:ip:4» and moved «NW:amount:₦450,000|₦1,250,000|₦87,500» out of her wallet.
«T5:n:A:first» confirms she still has the physical SIM. Alternative contact: «T5:ph:B@NG!m:any:intl» (husband, «T5:n:B:full»).
Registered address: «T5:loc:address:A»
Card on file: «T5:card:verve|mastercard|visa» – customer asked us to block it; the replacement ships to «T5:loc:district:A» branch.
Do NOT call the number on the port request («T5:neg:order_number:PRT-########»), it is the fraudster's."""),

    T("en_ticket_visa_appointment", "ticket", "en", """Subject: Reschedule biometrics – application «T5:neg:case_number:VFS/%##/####/####|GWF0%#######»

Hi team,
my appointment at the «T5:loc:city:A» centre was moved to «N:date» at «T5:time» without notice. I am «T5:n:A!f:fullm» (passport «T5:neg:passport_number:?%#######|%########»), travelling with my daughter «T5:n:B!f:first» «T5:n:A:last».
Please reply to «T5:mail:A» or WhatsApp «T5:ph:A:mobile:intl». My husband «T5:n:C!m:first» can also be reached on «T5:ph:C».
Fee receipt «T5:neg:invoice_number:RCPT-2#-%#####», paid «NW:amount:INR 8,950|USD 160.00|£115» by card ending «T5:neg:short_digit_group:%###».""", pool=["IN", "PH", "NG", "GH", "KE", "VN", "ID", "EG"]),

    T("en_ticket_isp_outage_pasig", "ticket", "en", """FIBER OUTAGE – account «T5:neg:customer_number:%##########»
Reported by «T5:n:A@PH:full» via hotline, «N:timestamp»

No internet since the typhoon. ONT shows LOS red. Static IP on the account: «T5:ip:4». Modem serial «T5:neg:serial_number:ZTEG?#######|HWTC%#######».
Service address: «T5:loc:address:A»
Landmark given by the customer: near «T5:loc:landmark:A», blue gate beside the sari-sari store.
Callback: «T5:ph:A:mobile» (mobile) or «T5:ph:A:landline» (landline, usually nobody home).
Affected cluster: postal zones «T5:neg:zip_code:1%##»–«T5:neg:zip_code:1%##», no ETA yet.
Tech assigned: «T5:n:B@PH:first» «T5:n:B:last», dispatch window «T5:time»–«T5:time»."""),

    T("en_ticket_tax_form_ssn", "ticket", "en", """Payroll ticket «T5:neg:case_number:HR-#####» – wrong SSN on W-2 ({?tax year ?}«NW:year:2024|2025»)

Employee: «T5:n:A:full», badge «T5:neg:badge_id:E%#####»
SSN printed: «T5:ssn» → correct SSN: «T5:ssn»
Employee ID «T5:neg:customer_number:%######» was merged with «T5:n:B:rev» during the «NW:month_name:March|April|October» migration, which is probably where the mix-up came from.
Mailing address on file: «T5:loc:address:A»
Please issue a W-2c and confirm to «T5:mail:A:work». Direct deposit unchanged (routing «T5:neg:routing_number:0%#######», account ending «T5:neg:short_digit_group:%###»)."""),

    T("en_ticket_hotel_noshow_dispute", "ticket", "en", """Chargeback response needed – reservation «T5:neg:booking_reference:??%###?|%#########»

Guest: «T5:n:A!f:upper» (as on passport) – booked through the app from IP «T5:ip», card «T5:card:any:sp»
Stay: «N:date» – «N:date», room type Deluxe King, total «NW:amount:USD 1,284.60|EUR 932.00|AED 3,450.00»
The guest claims she cancelled by phone from «T5:ph:A:mobile:intl». Our PBX log shows no call from that number; the only inbound call that day came from «T5:ph». «T5:n:B@AE:first» at the front desk remembers a man asking for «T5:n:A:last», not the guest herself.
Masked card on the folio: «T5:masked». Authorization code «T5:neg:auth_code:%#####|?%###?»."""),

    T("en_email_conference_speakers", "email", "en", """From: «T5:n:ME:full» <«T5:mail:ME:work»>
To: «T5:n:A:full» <«T5:mail:A»>; «T5:n:B:full» <«T5:mail:B»>
Cc: «T5:n:C:rev»
Subject: Panel logistics – «NW:weekday:Thursday|Friday» «N:date»

Dear «T5:n:A:first» and «T5:n:B:first»,

Thank you both for joining the panel on cross-border payments. The venue is the {?Grand ?}ballroom of the hotel at «T5:loc:address:C», a short walk from «T5:loc:landmark:C».
«T5:n:C!f:first» will pick you up at the airport; her number is «T5:ph:C:mobile:intl». The hotel switchboard is «T5:ph::landline:any:ext» if you arrive late. Please send flight numbers (e.g. «T5:neg:flight_number:?? %##|??%###») by «N:date».

Honorarium: we need an IBAN for the transfer. «T5:n:A:first», the one you sent last year («T5:masked»... sorry, that was a card) bounced; could you confirm «T5:iban» is right?

Warm regards,
«T5:n:ME:first»
«IG:organization:Fintech Frontiers Summit|Payments Without Borders Forum»"""),

    T("en_email_landlord_deposit", "email", "en", """Subject: Re: deposit return – flat at «ADDR:GB»

Hello «T5:n:B:first»,

We moved out on «N:date» and left the keys with the caretaker, «T5:n:C:full». The deposit of «NW:amount:£1,450|£980|£2,100» should go to my account: «T5:iban:GB:s» (name «T5:n:A:full»).
The forwarding address is «T5:loc:address:A». The meter readings were «T5:neg:meter_reading:%####.#|%#####» (electricity) and «T5:neg:meter_reading:%###.###» (gas), photos attached.

If anything is unclear please ring me on «T5:ph:GB:mobile» — not the old landline.
Best,
«T5:n:A:first»"""),

    T("en_email_shipping_broker", "email", "en", """Dear «T5:n:A:last» family,

Your container «T5:neg:container_number:????%######» has arrived at «T5:loc:city:B» port. Customs broker «T5:n:B!f:full» will clear it; her office is at «T5:loc:address:B» (tel. «T5:ph:B:landline»).
Please bring: passport copy, the bill of lading «T5:neg:tracking_number:MAEU%########|MSCU%######», and proof of the payment «NW:amount:USD 2,340.00|USD 4,105.50».
Storage after «N:date» is charged at «NW:amount:$45/day|$60/day». Questions: «T5:mail:B:work» or «T5:ph:B:mobile:intl».

Regards,
«T5:n:ME:full»
Operations, «IG:organization:Meridian Freight Forwarders|Kestrel Cargo Agency»""", pool=["NG", "GH", "KE", "IN", "PH", "VN", "ID", "BR", "TR"]),

    T("en_crm_kyc_review", "crm_note", "en", """KYC review «N:date» – analyst «T5:n:ME:init»
Customer: «T5:n:A:fullm» (also known as «T5:n:A:finit» in older records)
Nationality: «T5:loc:country:A» · residence «T5:loc:city:A», «T5:loc:region:A»
Verified phone: «T5:ph:A:mobile:intl» (OTP sent «N:timestamp»)
Proof of address: utility bill for «T5:loc:address:A», issued «N:date»
Source of funds: salary from «IG:organization:Sahel Trading Co.|Lotus Pharma Ltd|Atlas Textiles» ; incoming transfers from «T5:iban» (sender «T5:n:B:full», sibling)
Risk notes: login from «T5:ip:6» (VPN exit), company reg. no. «T5:neg:company_id:RC%######|U%####??20##PTC%#####» belongs to the employer, not the client.
Outcome: approved, review again in 12 months."""),

    T("en_crm_field_sales", "crm_note", "en", """Visit report – «T5:n:ME:full», «N:date»
Met «T5:n:A:full» (owner) and «T5:n:B:lfirst»... sorry, «T5:n:B:first», the store manager, at «T5:loc:address:A».
They run 3 shops under «CO», the newest next to «T5:loc:landmark:A». Interested in 40 POS terminals (SKU «T5:neg:product_code:POS-?%##-??|TRM-%###?»), quote «T5:neg:invoice_number:QT-2#-%####» valid until «N:date».
«T5:n:A:first» prefers WhatsApp: «T5:ph:A:mobile». Office line «T5:ph:A:landline».
Deposit for the first batch charged to «T5:card:any:any».
Follow-up: send contract to «T5:mail:A:work», settlement account «T5:iban:A:c».
VAT / tax id of the business: «T5:neg:vat_id:%##########|?%#######?» (not personal)."""),

    T("en_crm_debt_collection", "crm_note", "en", """Collections log · account «T5:neg:customer_number:ACC-%######»
«N:timestamp» outbound call to «T5:ph:A» – no answer
«N:timestamp» call to alternate «T5:ph:A:mobile:intl» – spoke to «T5:n:B!m:first» («T5:n:A:first»'s brother), promised to pass on the message
«N:timestamp» «T5:n:A:full» called back from «T5:ph:A:any:nat», disputes «NW:amount:$312.40|$1,078.00|$96.15»; says card «T5:masked» was cancelled in «NW:month_name:June|July|August».
Identity check: SSN «T5:ssn» matches the file (last four «T5:neg:short_digit_group:%###» read back).
Agreed plan: 3 instalments from card «T5:card:any:none» starting «N:date».
Skip-trace returned another number, «T5:ph», not yet tried.
Client moved to «T5:loc:city:A» — new address pending. Agent: «T5:n:ME:first»"""),

    T("en_chat_flatmates", "chat", "en", """[group: flat 4B 🏠]
«T5:n:A:lfirst»: who ordered the parcel «T5:neg:tracking_number:TBA#########%##|SPX%##########»? courier is downstairs
«T5:n:B:lfirst»: me!! can u grab it, I'm stuck at «T5:loc:landmark:B»
«T5:n:C:first»: rent reminder: «NW:amount:$640|€550|£700» each to «T5:n:D:full» by «NW:weekday:Friday|Sunday»
«T5:n:D:lfirst»: my new number btw «T5:ph:D:mobile», old one is dead
«T5:n:A:lfirst»: ok got it. «T5:n:B:first» you owe me 2 pizzas
«T5:n:B:lfirst»: lol fine. wifi password still the same? router says «T5:ip:4» is blocked
«T5:n:C:first»: that's the landlord's camera, ignore. his number if u need him: «T5:ph»"""),

    T("en_chat_support_transcript", "chat", "en", """Chat transcript «T5:neg:case_number:CHT-%#######» · started «N:timestamp»
Bot: Hi! I'm Ava. What's your name?
Customer: «T5:n:A:lfull»
Bot: Thanks, «T5:n:A:first». How can I help?
Customer: my card «T5:card:any:sp» was charged twice for order «N:order_number»
Agent «T5:n:AG:first»: Sorry about that! Can you confirm the phone on the account?
Customer: «T5:ph:A:mobile»
Agent «T5:n:AG:first»: And the billing postcode?
Customer: «T5:loc:postcode:A»
Agent «T5:n:AG:first»: Refund of «N:amount» issued, 3–5 business days. Anything else?
Customer: no thanks, bye"""),

    T("en_tool_crm_upsert", "tool_args", "en", {
        "tool": "crm.upsert_contact",
        "arguments": {
            "contact": {"given_name": "«T5:n:A:first»", "family_name": "«T5:n:A:last»", "display_name": "«T5:n:A:full»",
                        "phones": [{"label": "mobile", "value": "«T5:ph:A:mobile»"}, {"label": "home", "value": "«T5:ph:A:landline:intl»"}],
                        "emails": ["«T5:mail:A»"],
                        "addresses": [{"type": "home", "street": "«T5:loc:street:A»", "city": "«T5:loc:city:A»", "region": "«T5:loc:region:A»",
                                       "postal_code": "«T5:loc:postcode:A»"}]},
            "relationships": [{"type": "spouse", "name": "«T5:n:B:full»", "phone": "«T5:ph:B»"}],
            "external_ids": {"erp": "«T5:neg:customer_number:C-%######»", "crm_uuid": "«N:uuid»"},
            "tax": {"us_ssn": "«T5:ssn»", "w9_received": "«N:date»"},
            "dedupe_on": ["emails", "phones"]}}),

    T("en_tool_payment_search_result", "tool_args", "en", {
        "tool_result": {"endpoint": "/v3/payments/search", "matched": 2, "items": [
            {"id": "«T5:neg:order_number:pay_%#############»", "status": "failed", "amount": "«N:amount»",
             "card": {"pan": "«T5:card:any:none»", "brand_reported": "unknown", "expiry": "«T5:neg:card_expiry:0%/2#|1%/2#»"},
             "payer": {"name": "«T5:n:A:full»", "email": "«T5:mail:A»", "phone": "«T5:ph:A::intl»", "ip": "«T5:ip»"},
             "created_at": "«N:timestamp»"},
            {"id": "«T5:neg:order_number:pay_%#############»", "status": "succeeded", "amount": "«N:amount»",
             "card": {"last4": "«T5:neg:short_digit_group:%###»", "masked": "«T5:masked»"},
             "payer": {"name": "«T5:n:B:full»", "billing_address": "«T5:loc:address:B»", "phone": "«T5:ph»"}, "created_at": "«N:timestamp»"}]}}),

    T("en_tool_travel_booking", "tool_args", "en", {
        "tool": "travel.create_booking",
        "arguments": {"pnr": "«T5:neg:booking_reference:??????|%?%?%?»",
                      "passengers": [{"title": "MR", "first": "«T5:n:A!m:first»", "last": "«T5:n:A:last»", "dob": "«N:date»",
                                      "contact": {"mobile": "«T5:ph:A:mobile:intl»", "email": "«T5:mail:A»"}},
                                     {"title": "MS", "first": "«T5:n:B!f:first»", "last": "«T5:n:B:last»", "dob": "«N:date»"}],
                      "segments": [{"flight": "«T5:neg:flight_number:??%##|??%###»", "from": "«T5:loc:city:A»", "to": "«T5:loc:city:B»",
                                    "dep": "«N:timestamp»"}],
                      "emergency_contact": {"name": "«T5:n:C:full»", "phone": "«T5:ph:C»"},
                      "payment": {"card_number": "«T5:card:any:any»", "cvv_present": True}}}),

    T("en_tool_server_audit", "tool_args", "en", {
        "tool_result": {"host": "bastion-«T5:neg:short_digit_group:%#»", "sessions": [
            {"user": "«T5:n:A:lfirst»", "from": "«T5:ip:4»", "started": "«N:timestamp»", "cmd_count": 41},
            {"user": "svc-deploy", "from": "«T5:ip:6»", "started": "«N:timestamp»", "agent": "ansible «N:version_string»"},
            {"user": "«T5:n:B:lfirst»", "from": "«T5:ip:4»", "note": "on-call «T5:n:B:full», phone «T5:ph:B:mobile»"}],
            "escalation_phone": "«T5:ph::any:intl»", "kernel": "«T5:neg:version_string:5.15.0-1##-generic|6.1.0-%#-amd64»", "audit_id": "«N:uuid»"}}),

    T("en_tool_hr_directory", "tool_args", "en", {
        "tool_result": {"query": "office:«T5:loc:city:A»", "employees": [
            {"cn": "«T5:n:A:full»", "title": "«NW:job_title:Regional Sales Lead|Country Manager|Payroll Specialist»", "ext": "«T5:neg:extension:%###»",
             "mobile": "«T5:ph:A:mobile»", "mail": "«T5:mail:A:work»", "manager": "«T5:n:ME:rev»"},
            {"cn": "«T5:n:B:full»", "title": "«NW:job_title:Field Engineer|Customer Success Manager|Accountant»", "mobile": "«T5:ph:B:mobile»",
             "mail": "«T5:mail:B:work»", "desk": "«T5:neg:room_number:%-%##|?%.##»"},
            {"cn": "«T5:n:C:full»", "title": "Intern", "home_address": "«T5:loc:address:C»", "salary_iban": "«T5:iban:C»",
             "i9": {"ssn": "«T5:ssn»", "verified": "«N:date»"}}]}}),
]

# ------------------------------------------------------------------------------------------------
# German, French, Spanish, Portuguese (Brazil), Italian, Dutch
# ------------------------------------------------------------------------------------------------

DE = [
    T("de_ticket_paket_nachbar", "ticket", "de", """Betreff: Paket beim falschen Nachbarn abgegeben – Sendung «T5:neg:tracking_number:00340434%##########|JJD000%############»

Hallo,
laut Zustellnachweis wurde mein Paket am «N:date» um «T5:time» bei «T5:n:B:last» abgegeben. In unserem Haus («T5:loc:address:DE») wohnt aber niemand mit diesem Namen – nur «T5:n:C:full» im 2. OG und Familie «T5:n:D:last» im EG.
Bestellnummer «N:order_number», Warenwert «NW:amount:149,99 €|89,00 €|312,50 €».
Ich bin tagsüber unter «T5:ph:A:mobile:nat» erreichbar, abends Festnetz «T5:ph:DE:landline».
Viele Grüße
«T5:n:A:full»""", pool=["DE", "TR", "PL", "VN", "DE"]),

    T("de_email_kita_anmeldung", "email", "de", """Betreff: Anmeldung Kita – Geschwisterkind

Sehr geehrte Frau «T5:n:B!f:last»,

wir möchten unseren Sohn «T5:n:C!m:first» für den Herbst anmelden. Seine Schwester «T5:n:D!f:first» ist bereits in der Gruppe „Igel“.
Eltern: «T5:n:A:full» und «T5:n:E:full», wohnhaft «T5:loc:street:DE», «T5:loc:postcode:DE» «T5:loc:city:DE».
Den Elternbeitrag bitte per Lastschrift vom Konto «T5:iban:DE:s» (Gläubiger-ID der Kita: «T5:neg:creditor_id:DE%#ZZZ0000#######»).
Erreichbar sind wir unter «T5:ph:A:mobile» bzw. «T5:mail:A».

Herzliche Grüße und danke im Voraus
«T5:n:A:first» «T5:n:A:last»""", pool=["TR", "PL", "VN", "DE", "NG", "IN"]),

    T("de_crm_handwerker", "crm_note", "de", """Kundennotiz «N:date» – Heizungsnotdienst
Anruferin: «T5:n:A!f:full» (Mieterin), Rückruf «T5:ph:A:any:nat»
Objekt: «T5:loc:address:DE», Hinterhaus, Klingel «T5:n:A:last»
Vermieter: «T5:n:B:full», «T5:ph:B:landline», Rechnung an Hausverwaltung «IG:organization:Immobilien Weber & Söhne GmbH|Hausverwaltung Lindner KG»
Kessel: Typ «T5:neg:product_code:VC ###/5-5|GB172-%#?» Baujahr «NW:year:2009|2012|2015», Fehlercode «T5:neg:error_code:F.%#|E%#»
Termin: «NW:weekday:Montag|Dienstag|Mittwoch» zwischen «T5:time» und «T5:time». Techniker «T5:n:ME:first» (Subunternehmer «CO») bringt Ersatzpumpe mit.
USt-IdNr. Verwaltung: «T5:neg:vat_id:DE%########»""", pool=["DE", "TR", "PL", "DE"]),

    T("de_tool_bestellung", "tool_args", "de", {
        "werkzeug": "shop.bestellung_anlegen",
        "parameter": {"kunde": {"vorname": "«T5:n:A:first»", "nachname": "«T5:n:A:last»", "email": "«T5:mail:A»",
                                "telefon": "«T5:ph:A»"},
                      "lieferadresse": {"strasse": "«T5:loc:street:DE»", "plz": "«T5:loc:postcode:DE»", "ort": "«T5:loc:city:DE»"},
                      "rechnungsadresse_abweichend": {"name": "«T5:n:B:full»", "anschrift": "«T5:loc:address:B»"},
                      "positionen": [{"artikel": "«T5:neg:product_code:ART-%#####|%##.###.##»", "menge": 2, "preis": "«NW:amount:24,90|119,00»"}],
                      "zahlung": {"art": "kreditkarte", "karte": "«T5:card:local:any»", "ablauf": "«T5:neg:card_expiry:0%/2#|1%/2#»"},
                      "gutschein": "«T5:nonluhn»", "liefergebiet_plz": "«T5:neg:zip_code:%####»–«T5:neg:zip_code:%####»"}}, pool=["DE", "TR", "PL", "HU"]),
]

FR = [
    T("fr_email_syndic_travaux", "email", "fr", """Objet : Travaux de ravalement – appel de fonds n° «T5:neg:invoice_number:AF-2#-%###»

Madame, Monsieur,

Suite à l'assemblée générale du «N:date», les copropriétaires sont informés que le chantier débutera le «N:date». Le conseil syndical est représenté par M. «T5:n:B!m:last» et Mme «T5:n:C!f:full».
Votre lot : appartement «T5:neg:room_number:%#|?%#», «ADDR:FR».
Montant appelé : «NW:amount:1 240,00 €|3 518,75 €|862,40 €», à régler par virement sur «T5:iban:FR:s» (BIC ignoré en zone SEPA).
Pour toute question : «T5:ph:FR:landline» ou «T5:mail:ME:work».

Cordialement,
«T5:n:ME:full», gestionnaire
SIRET «T5:neg:company_id:%## ### ### #####»""", pool=["MA", "FR", "VN", "SA"]),

    T("fr_crm_assurance_sinistre", "crm_note", "fr", """Sinistre dégât des eaux – dossier «T5:neg:claim_number:SIN-%#######»
Assurée : «T5:n:A!f:full» (née le «N:date»), portable «T5:ph:A:mobile», courriel «T5:mail:A»
Adresse du risque : «ADDR:FR»
Tiers responsable : voisin du dessus, «T5:n:B:full», tél. «T5:ph:B»
Expert mandaté : cabinet «IG:organization:Expertises Dubreuil SARL|Cabinet Lemoine & Associés», passage prévu «NW:weekday:lundi|jeudi» à «T5:time»
Indemnisation sur le compte «T5:iban:A:c» après accord. N° de contrat «T5:neg:contract_number:%##?########»""", pool=["MA", "SA", "EG", "VN"]),

    T("fr_chat_association_foot", "chat", "fr", """«T5:n:A:lfirst» : les gars, match samedi à «T5:loc:city:A», rdv devant «T5:loc:landmark:A» à «T5:time»
«T5:n:B:first» : je peux prendre 4 personnes dans la voiture
«T5:n:C:lfirst» : moi je bosse jusqu'à midi, appelez-moi au «T5:ph:C:mobile»
«T5:n:A:lfirst» : cotisation «NW:amount:35 €|40 €» à verser à «T5:n:D:full» avant le «N:date»
«T5:n:D:first» : RIB pour ceux qui préfèrent le virement : «T5:iban:FR»
«T5:n:B:first» : c'est fait, réf. «T5:neg:payment_reference:VIR%#######»""", pool=["MA"]),

    T("fr_tool_rdv_medical", "tool_args", "fr", {
        "outil": "agenda.prendre_rdv",
        "arguments": {"patient": {"nom": "«T5:n:A:last»", "prenom": "«T5:n:A:first»", "tel_portable": "«T5:ph:A:mobile»",
                                  "courriel": "«T5:mail:A»", "adresse": "«ADDR:FR»"},
                      "accompagnant": "«T5:n:B:full»",
                      "praticien": "Dr «T5:n:C:last»", "creneau": "«N:date» «T5:time»",
                      "numero_rpps": "«T5:neg:company_id:10%#########»", "prepaiement_carte": "«T5:card:local:any»", "motif": "renouvellement ordonnance"}}, pool=["MA", "SA", "EG", "VN", "FR"]),
]

ES = [
    T("es_ticket_envio_retenido", "ticket", "es", """Asunto: Envío retenido en aduana – guía «T5:neg:tracking_number:%###########|??%#########??»

Buenas tardes:
soy «T5:n:A:full» y espero un paquete desde «T5:loc:country:B@*» desde hace tres semanas. El remitente es «T5:n:B:full».
Me piden el NIE y una factura; la factura es la «T5:neg:invoice_number:FAC-2#/%####», por «NW:amount:212,40 €|87,15 €».
Dirección de entrega: «T5:loc:address:ES»
Teléfono: «T5:ph:ES:mobile» — también WhatsApp. Mi pareja, «T5:n:C:first», puede recogerlo si hace falta.
Gracias.""", pool=["CN", "TR", "VN", "IN", "ES", "ES"]),

    T("es_crm_inmobiliaria", "crm_note", "es", """Visita piso «T5:loc:street:ES» – «N:date»
Interesados: «T5:n:A:full» y «T5:n:B:full» (pareja), vienen de «T5:loc:city:A»
Teléfonos: «T5:ph:A» / «T5:ph:ES:mobile:nat»
Les gustó la terraza; preguntan por la plaza de garaje «T5:neg:short_digit_group:%#» y el trastero.
Reserva de «NW:amount:3.000 €|1.500 €» con la tarjeta «T5:card:any:any». Oferta: «NW:amount:245.000 €|198.500 €»; señal por transferencia desde «T5:iban:ES:s».
Agente: «T5:n:ME:first» · Ref. inmueble «T5:neg:product_code:INM-%####-?»""", pool=["PH", "BR", "MA", "ES", "CN"]),

    T("es_chat_familia_boda", "chat", "es", """«T5:n:A:first»: Familia!! ya tenemos fecha: «N:date» en «T5:loc:city:ES» 💍
«T5:n:B:lfirst»: qué ilusión!! dónde es el banquete?
«T5:n:A:first»: en la finca de «T5:n:C:full», «T5:loc:address:ES»
«T5:n:D:first»: los primos de «T5:loc:country:E@*!m» vienen? el tío «T5:n:E:first» dijo que sí
«T5:n:A:first»: sí, su número nuevo es «T5:ph:E:mobile:intl»
«T5:n:B:lfirst»: para el regalo ponemos cuenta: «T5:iban:ES»""", pool=["ES", "PH", "ES", "MA"]),

    T("es_tool_alta_cliente", "tool_args", "es", {
        "herramienta": "erp.alta_cliente",
        "argumentos": {"razon_social": "«IG:organization:Distribuciones Ibáñez S.L.|Hortofrutícola del Sur S.A.»", "cif": "«T5:neg:vat_id:B%#######|A%#######»",
                       "contacto": {"nombre_completo": "«T5:n:A:full»", "movil": "«T5:ph:A:mobile»", "email": "«T5:mail:A:work»"},
                       "direccion_fiscal": {"calle": "«T5:loc:street:ES»", "cp": "«T5:loc:postcode:ES»", "poblacion": "«T5:loc:city:ES»",
                                            "provincia": "«T5:loc:region:ES»"},
                       "banco": {"iban": "«T5:iban:ES:c»", "titular": "«T5:n:B:full»"},
                       "transportista": "«CO»", "condiciones": {"pago": "30 días", "limite": "«NW:amount:15000|25000»"}}}, pool=["ES", "ES", "MA", "BR"]),
]

PT = [
    T("pt_ticket_pix_errado", "ticket", "pt", """Assunto: Pix enviado para chave errada – protocolo «T5:neg:case_number:%##########»

Olá, fiz um Pix de «NW:amount:R$ 1.850,00|R$ 420,00|R$ 3.299,90» no dia «N:date» às «T5:time» para a chave celular «T5:ph:BR:mobile», mas o destinatário certo era «T5:n:B:full», chave «T5:mail:B».
Meu nome: «T5:n:A:full», CPF «T5:neg:tax_number:%##.###.###-##», conta «T5:neg:short_digit_group:%####-#».
ID da transação: «T5:neg:payment_reference:E%#######2#########?########»
Endereço: «T5:loc:address:BR»
Podem me ligar no «T5:ph:A:mobile»? Obrigado.""", pool=["BR"]),

    T("pt_email_condominio", "email", "pt", """Assunto: Assembleia extraordinária – Condomínio «IG:organization:Residencial Jardim das Acácias|Edifício Solar do Atlântico»

Prezados condôminos,

convocamos assembleia para «N:date» às «T5:time», no salão de festas (bloco «T5:neg:short_digit_group:%»). Pauta: troca dos elevadores e reajuste da taxa para «NW:amount:R$ 780,00|R$ 1.120,50».
O síndico «T5:n:B!m:full» e a subsíndica «T5:n:C!f:full» estarão disponíveis pelo «T5:ph:B:mobile» e «T5:mail:C».
Endereço: «T5:loc:address:BR» — próximo ao «T5:loc:landmark:BR».
Administradora: «CO»
CNPJ do condomínio: «T5:neg:company_id:%#.###.###/0001-##»

Atenciosamente,
«T5:n:ME:full»""", pool=["BR"]),

    T("pt_chat_churrasco", "chat", "pt", """[«N:date» «T5:time»] «T5:n:A:lfirst»: churrasco sábado na casa da «T5:n:B!f:first»!! 🥩
[«N:date» «T5:time»] «T5:n:C:first»: qual o endereço msm?
[«N:date» «T5:time»] «T5:n:B:first»: «T5:loc:address:B»
[«N:date» «T5:time»] «T5:n:D:lfirst»: vou de Uber, saio de «T5:loc:district:B»
[«N:date» «T5:time»] «T5:n:A:lfirst»: a vaquinha é «NW:amount:R$ 60|R$ 45» por cabeça, pix pro meu cel «T5:ph:A:mobile»
[«N:date» «T5:time»] «T5:n:C:first»: mandei! comprovante «T5:neg:payment_reference:E%###########»""", pool=["BR"]),

    T("pt_tool_cadastro_cliente", "tool_args", "pt", {
        "ferramenta": "crm.cadastrar_cliente",
        "argumentos": {"nome_completo": "«T5:n:A:full»", "apelido": "«T5:n:A:first»", "cpf": "«T5:neg:tax_number:%##.###.###-##»",
                       "contatos": {"celular": "«T5:ph:A:mobile»", "fixo": "«T5:ph:A:landline»", "email": "«T5:mail:A»"},
                       "endereco": {"logradouro": "«T5:loc:street:A»", "bairro": "«T5:loc:district:A»", "cidade": "«T5:loc:city:A»",
                                    "estado": "«T5:loc:region:A»", "cep": "«T5:loc:postcode:A»"},
                       "cartao": {"numero": "«T5:card:elo|hipercard|visa|mastercard:any»", "validade": "«T5:neg:card_expiry:0%/2#|1%/2#»"},
                       "indicado_por": "«T5:n:B:full»"}}, pool=["BR"]),
]

IT = [
    T("it_email_agriturismo", "email", "it", """Oggetto: Conferma prenotazione n. «T5:neg:booking_reference:%#####|PR-%####»

Gentile «T5:n:A:full»,

confermiamo il soggiorno dal «N:date» al «N:date» per 2 adulti (lei e «T5:n:B:first»). L'agriturismo si trova in «T5:loc:address:IT», a dieci minuti da «T5:loc:landmark:IT»; da «T5:loc:city:IT» seguite le indicazioni per la provinciale.
Caparra: «NW:amount:180,00 €|240,00 €» con bonifico su «T5:iban:IT:s», causale «T5:neg:payment_reference:PREN-%####».
Per l'arrivo dopo le «T5:time» chiamate «T5:ph:IT:mobile».

Cordiali saluti,
«T5:n:ME:full»""", pool=["IN", "KR", "JP", "BR", "PL"]),

    T("it_crm_badante", "crm_note", "it", """Colloquio «N:date» – assistenza domiciliare
Assistita: sig.ra «T5:n:A!f:last», tel. «T5:ph:IT:landline»
Candidata: «T5:n:B@PH!f:full» («L:country:Filippine»), cell. «T5:ph:B:mobile:intl», in Italia da 6 anni
Referenze: famiglia «T5:n:C:last» a «T5:loc:city:IT», contatto «T5:n:C:full»
Contratto: livello CS, «NW:amount:1.150 €|1.320 €» netti; codice fiscale datore «T5:neg:tax_number:??????%#?%#?###?»
IBAN della candidata: «T5:iban:IT:c»""", pool=["PH", "PH", "IN", "PL"]),

    T("it_chat_condominio", "chat", "it", """«T5:n:A:first»: buongiorno a tutti, qualcuno ha visto il corriere? aspetto un pacco «T5:neg:tracking_number:%###############»
«T5:n:B:lfirst»: l'ha lasciato alla portineria, chiedi a «T5:n:C:first»
«T5:n:C:first»: confermo, è qui. chiamatemi al «T5:ph:C:mobile» prima di salire
«T5:n:D:first»: ricordo la riunione di «NW:weekday:giovedì|martedì» alle «T5:time», amministratore «T5:n:E:full»
«T5:n:A:first»: grazie «T5:n:C:first»!!""", pool=["IT", "IT", "PH", "EG", "CN"]),
]

NL = [
    T("nl_ticket_energie_verhuizing", "ticket", "nl", """Onderwerp: Verhuizing doorgeven – klantnummer «T5:neg:customer_number:%#########»

Beste mensen van de klantenservice,
per «N:date» verhuis ik van «T5:loc:address:NL» naar «T5:loc:address:NL». Meterstanden bij oplevering: «T5:neg:meter_reading:%#####» kWh en «T5:neg:meter_reading:%####» m³.
De automatische incasso mag doorlopen op «T5:iban:NL:s». Mijn nieuwe mobiele nummer is «T5:ph:NL:mobile».
Mijn vriendin «T5:n:B!f:full» komt ook op het contract.
Groet,
«T5:n:A:full»""", pool=["NL", "TR", "MA", "NL", "ID"]),

    T("nl_crm_zorg_intake", "crm_note", "nl", """Intake wijkzorg «N:date»
Cliënt: «T5:n:A:full», geboren «N:date», tel. «T5:ph:NL:landline»
Mantelzorger: dochter «T5:n:B!f:first» «T5:n:A:last», «T5:ph:B:mobile:intl», woont in «T5:loc:city:NL»
Adres: «T5:loc:address:NL» (sleutelkluisje code «T5:neg:short_digit_group:%###»)
Huisarts: dr. «T5:n:C:last»; BSN niet genoteerd. AGB-code praktijk «T5:neg:company_id:01%######»""", pool=["NL", "ID", "TR", "MA"]),

    T("nl_tool_factuur", "tool_args", "nl", {
        "tool": "boekhouding.factuur_maken",
        "invoer": {"debiteur": {"naam": "«T5:n:A:full»", "adres": "«T5:loc:address:NL»", "email": "«T5:mail:A»", "telefoon": "«T5:ph:A»"},
                   "factuurnummer": "«T5:neg:invoice_number:2#-%####»", "kvk": "«T5:neg:company_id:%#######»",
                   "btw_nummer": "«T5:neg:vat_id:NL%########B0#»", "regels": [{"omschrijving": "Kozijnen schilderen", "bedrag": "«N:amount»"}],
                   "leverancier": "«CO»", "betalen_op": "«T5:iban:NL:s»", "referentie": "«T5:neg:payment_reference:%### #### #### ####»"}}, pool=["NL", "TR", "ID"]),
]

# ------------------------------------------------------------------------------------------------
# Polish, Turkish, Finnish, Hungarian, Swedish, Czech, Romanian, Danish, Norwegian
# ------------------------------------------------------------------------------------------------

PL = [
    T("pl_email_wspolnota", "email", "pl", """Temat: Zebranie wspólnoty mieszkaniowej – «N:date»

Szanowni Państwo,

zarząd wspólnoty (p. «T5:n:B:full» i p. «T5:n:C:full») zaprasza na zebranie w sali przy «T5:loc:address:PL». Głównym tematem będzie remont dachu i nowa stawka funduszu remontowego – «NW:amount:2,10 zł/m²|3,40 zł/m²».
Wpłaty prosimy kierować na rachunek «T5:iban:PL:s», tytułem: numer lokalu i nazwisko.
Kontakt z administratorem: «T5:ph:PL:landline» lub «T5:mail:ME:work». NIP wspólnoty: «T5:neg:vat_id:%##-###-##-##».

Z poważaniem
«T5:n:ME:full»""", pool=["PL"]),

    T("pl_crm_kurier", "crm_note", "pl", """Reklamacja przesyłki «T5:neg:tracking_number:%######################|PL%#########?»
Klientka: «T5:n:A!f:full», tel. «T5:ph:A:mobile», e-mail «T5:mail:A»
Adres doręczenia: «T5:loc:address:A»
Paczka miała trafić do paczkomatu «T5:neg:pickup_point:???%#?|???%##M», a została zostawiona u sąsiada, pana «T5:n:B!m:last».
Klientka prosi o zwrot «NW:amount:129,99 zł|64,50 zł» na konto «T5:iban:PL:c». Kurier: «T5:n:C:first» (podwykonawca «CO», rejon «T5:loc:district:PL»).""", pool=["PL", "PL", "VN"]),

    T("pl_chat_dzialka", "chat", "pl", """«T5:n:A:lfirst»: hej, grill na działce w sobotę? adres: «T5:loc:address:PL»
«T5:n:B:first»: jasne! kto bierze kiełbasę?
«T5:n:C:lfirst»: ja, ale przyjadę dopiero o «T5:time», dzwońcie «T5:ph:C:mobile»
«T5:n:A:lfirst»: «T5:n:D:first» ogarnia piwo, zrzutka «NW:amount:40 zł|50 zł» na blika na mój numer «T5:ph:A:mobile»
«T5:n:D:first»: ok, biorę też «T5:n:E:first» z «T5:loc:city:PL»""", pool=["PL"]),

    T("pl_tool_faktura_ksef", "tool_args", "pl", {
        "narzedzie": "ksef.wystaw_fakture",
        "argumenty": {"sprzedawca": {"nazwa": "«IG:organization:Usługi Remontowe Mazur Sp. z o.o.|PHU Kowalczyk»", "nip": "«T5:neg:vat_id:%#########»",
                                     "rachunek": "«T5:iban:PL:c»"},
                      "nabywca": {"imie_nazwisko": "«T5:n:A:full»", "adres": "«T5:loc:address:A»", "telefon": "«T5:ph:A»", "email": "«T5:mail:A»"},
                      "numer": "«T5:neg:invoice_number:FV/%##/##/202#»", "data_wystawienia": "«N:date»",
                      "pozycje": [{"nazwa": "Wymiana okien PCV", "kwota_brutto": "«NW:amount:8 450,00|12 300,00»"}]}}, pool=["PL"]),
]

TR = [
    T("tr_ticket_kargo_iade", "ticket", "tr", """Konu: İade kargosu kayboldu – sipariş «T5:neg:order_number:%##########|TY-%#########»

Merhaba,
«N:date» tarihinde iade ettiğim ürün hâlâ depoya ulaşmamış. Kargo takip no: «T5:neg:tracking_number:%#########|%############».
Ad soyad: «T5:n:A:full»
Adres: «T5:loc:address:A»
Cep: «T5:ph:A:mobile» – ulaşamazsanız eşim «T5:n:B!m:first» Bey'i arayabilirsiniz: «T5:ph:B:mobile:intl»
Ücret iadesi kartıma («T5:masked») yapılacaksa lütfen bildirin; olmazsa IBAN: «T5:iban:TR:s»""", pool=["TR"]),

    T("tr_email_site_yonetimi", "email", "tr", """Konu: «NW:month_name:Mart|Nisan|Ekim» ayı aidatları

Sayın site sakinleri,

«T5:loc:district:TR» Huzur Sitesi yönetimi olarak aidat ödemelerinin «N:date» tarihine kadar yapılmasını rica ederiz. Tutar: «NW:amount:1.850 TL|2.400 TL».
Hesap: «T5:iban:TR:s» (alıcı: «T5:n:B:full»). Açıklamaya blok ve daire numarası yazınız (ör. «T5:neg:room_number:?-%#|?%/#»).
Kapıcımız «T5:n:C!m:first» Efendi'ye «T5:ph:C:mobile» numarasından ulaşabilirsiniz.

Saygılarımızla,
Yönetici «T5:n:ME:full» – «CO»
Vergi no: «T5:neg:tax_number:%#########»""", pool=["TR"]),

    T("tr_chat_kuzenler", "chat", "tr", """«T5:n:A:lfirst»: kuzenler bayramda «T5:loc:city:A»'dayız, kim geliyor?
«T5:n:B:first»: biz geliyoruz, «T5:n:C!f:first» abla da gelecek
«T5:n:C:lfirst»: ben cuma «T5:time» otobüsüyle geliyorum, beni terminalden alır mısınız?
«T5:n:A:lfirst»: tamam, «T5:n:D:first» seni alır, numarası «T5:ph:D:mobile»
«T5:n:D:first»: evin konumu «T5:loc:address:A» değil mi?
«T5:n:B:first»: evet, «T5:loc:landmark:A» yolunun üstünde""", pool=["TR"]),

    T("tr_tool_sigorta_teklif", "tool_args", "tr", {
        "arac": "sigorta.teklif_olustur",
        "parametreler": {"sigortali": {"ad": "«T5:n:A:first»", "soyad": "«T5:n:A:last»", "tckn": "«T5:neg:tax_number:%##########»",
                                       "cep_telefonu": "«T5:ph:A:mobile»", "eposta": "«T5:mail:A»"},
                         "adres": {"il": "«T5:loc:city:A»", "acik_adres": "«T5:loc:address:A»"},
                         "arac": {"plaka": "«T5:neg:license_plate:%# ?? %##|%# ??? %#»", "model": "«NW:product_name:Fiat Egea|Renault Clio|Togg T10X»"},
                         "odeme": {"kart_no": "«T5:card:troy|visa|mastercard:any»", "taksit": 6},
                         "ikinci_surucu": "«T5:n:B:full»"}}, pool=["TR"]),
]

FI = [
    T("fi_ticket_taloyhtio_vuoto", "ticket", "fi", """Aihe: Vesivuoto kylpyhuoneessa – vikailmoitus «T5:neg:case_number:VI-%#####»

Hei,
asunnossamme («T5:loc:address:A») tippuu vettä kattoon yläkerran kylpyhuoneesta. Yläkerrassa asuu «T5:n:B:full», hän ei vastaa puhelimeen.
Olen «T5:n:A:full», puh. «T5:ph:A:mobile». Isännöitsijä «T5:n:C:last» on jo tietoinen, hänen numeronsa on «T5:ph:C:landline».
Avain on huoltoyhtiöllä, huoltomies voi tulla klo «T5:time» jälkeen.""", pool=["FI"]),

    T("fi_email_laskutus", "email", "fi", """Aihe: Lasku «T5:neg:invoice_number:%#####» – maksumuistutus

Hyvä «T5:n:A:full»,

emme ole vastaanottaneet suoritusta laskusta, jonka eräpäivä oli «N:date». Avoin summa on «NW:amount:248,00 €|1 120,50 €».
Maksa tilille «T5:iban:FI:s» viitteellä «T5:neg:payment_reference:%#### #####|RF%# %### ####».
Jos lasku on jo maksettu, ilmoita meille: «T5:mail:ME:work» tai «T5:ph:FI:landline».

Ystävällisin terveisin
«T5:n:ME:full»
«CO», perintäosasto
Y-tunnus «T5:neg:company_id:%######-#»""", pool=["FI"]),

    T("fi_tool_ajanvaraus", "tool_args", "fi", {
        "tyokalu": "ajanvaraus.varaa",
        "parametrit": {"asiakas": {"nimi": "«T5:n:A:full»", "puhelin": "«T5:ph:A»", "sahkoposti": "«T5:mail:A»"},
                       "toimipiste": "«T5:loc:city:FI»", "katuosoite": "«T5:loc:street:FI»", "postinumero": "«T5:loc:postcode:FI»",
                       "palvelu": "rengasvaihto", "rekisterinumero": "«T5:neg:license_plate:???-%##»", "aika": "«N:date» «T5:time»",
                       "yhteyshenkilo_jos_estynyt": "«T5:n:B:full»"}}, pool=["FI", "FI", "VN"]),
]

HU = [
    T("hu_email_tarsashaz", "email", "hu", """Tárgy: Közös költség emelés – «N:date»

Tisztelt Lakók!

A közgyűlés döntése alapján a közös költség «NW:amount:185 Ft/m²|240 Ft/m²» lesz. Befizetés a «T5:iban:HU:s» számlaszámra, közleményben az albetét száma («T5:neg:room_number:%#/?|%/%#»).
A közös képviselő «T5:n:B:full», telefonon «T5:ph:B:mobile», e-mailben «T5:mail:B» érhető el.
A számvizsgáló bizottság elnöke «T5:n:C:full».

Üdvözlettel:
«T5:n:ME:full»
Adószám: «T5:neg:tax_number:%#######-%-##»""", pool=["HU"]),

    T("hu_crm_ugyfel", "crm_note", "hu", """Ügyfélhívás «N:timestamp»
Ügyfél: «T5:n:A:full» (anyja neve: «T5:n:B:full»)
Lakcím: «T5:loc:address:A»
Telefon: «T5:ph:A:any:nat» / «T5:ph:A:mobile:intl»
Kéri, hogy a havi díjat a «T5:iban:HU:c» számláról vonjuk. Szerződésszám «T5:neg:contract_number:SZ-%######».
Munkahelye: «CO»
Ügyintéző: «T5:n:ME:first»""", pool=["HU"]),

    T("hu_chat_baratok", "chat", "hu", """«T5:n:A:lfirst»: szombaton Balaton? «T5:n:B:first» nyaralója «T5:loc:city:A» mellett van
«T5:n:B:first»: jöhettek! cím: «T5:loc:address:A»
«T5:n:C:lfirst»: én csak «T5:time» után tudok indulni
«T5:n:A:lfirst»: «T5:n:D:first» viszi a kaját, a számát ide írom: «T5:ph:D:mobile»
«T5:n:D:first»: ok, «NW:amount:5000 Ft|8000 Ft» fejenként""", pool=["HU"]),
]

SV = [
    T("sv_crm_hyresgast", "crm_note", "sv", """Samtal «N:date» – hyresgäst
Namn: «T5:n:A:full», lägenhet «T5:neg:room_number:%###»
Adress: «ADDR:SE»
Telefon: «T5:ph:A:mobile» (arbete «T5:ph:SE:landline»)
Anmäler störningar från grannen «T5:n:B:last» ovanför. Har pratat med «T5:n:C:full» i styrelsen.
Autogiro från «T5:iban:SE:s». Kundnummer «T5:neg:customer_number:%######».""", pool=["FI", "TR", "VN", "PL", "SA"]),

    T("sv_chat_barnkalas", "chat", "sv", """«T5:n:A:first»: kalas för «T5:n:B:first» på lördag kl «T5:time» 🎈
«T5:n:C:lfirst»: var någonstans?
«T5:n:A:first»: hemma hos oss, «ADDR:SE»
«T5:n:D:first»: vi kommer! swisha till vem för presenten?
«T5:n:A:first»: till «T5:n:E:first», «T5:ph:SE:mobile»""", pool=["FI", "TR", "PL", "KR"]),
]

CS = [
    T("cs_ticket_reklamace", "ticket", "cs", """Předmět: Reklamace pračky – objednávka «T5:neg:order_number:%#########»

Dobrý den,
pračka «NW:product_name:Whirlpool FFB 7238|Bosch Serie 4» nefunguje od «N:date». Jmenuji se «T5:n:A:full», bydlím na adrese «ADDR:CZ».
Technik může volat na «T5:ph:CZ:mobile» nebo mé ženě «T5:n:B:first» na «T5:ph:B:mobile:intl».
Číslo účtu pro vrácení peněz: «T5:iban:CZ:s». IČO prodejce: «T5:neg:company_id:%#######».""", pool=["VN", "VN", "PL", "KR"]),

    T("cs_tool_rezervace", "tool_args", "cs", {
        "nastroj": "rezervace.vytvorit",
        "argumenty": {"host": {"jmeno": "«T5:n:A:first»", "prijmeni": "«T5:n:A:last»", "telefon": "«T5:ph:A»", "email": "«T5:mail:A»"},
                      "adresa": "«T5:loc:address:A»", "termin": "«N:date»", "pocet_osob": 3,
                      "platba": {"karta": "«T5:card:any:dash»"}, "poznamka": "dorazíme po «T5:time»"}}, pool=["VN", "KR", "PL", "JP"]),
]

RO = [
    T("ro_email_asociatie", "email", "ro", """Subiect: Întreținere – luna «NW:month_name:martie|octombrie»

Stimați locatari,

lista de întreținere a fost afișată la avizier. Plata se poate face în numerar la administrator («T5:n:B:full», «T5:ph:RO:mobile») sau prin transfer în contul «T5:iban:RO:s».
Vă rugăm să menționați numărul apartamentului («T5:neg:room_number:ap. %#|%#»). Cod fiscal asociație: «T5:neg:tax_number:%#######».
Președinte, «T5:n:ME:full»""", pool=["PH", "TR", "VN", "IN"]),

    T("ro_crm_curier", "crm_note", "ro", """Notă «N:date»: clientul «T5:n:A:full» (tel. «T5:ph:A:mobile») reclamă coletul «T5:neg:tracking_number:%##########»
Adresă livrare: «ADDR:RO»
A fost predat vecinului, dl. «T5:n:B!m:last». Clientul cere ramburs «NW:amount:349 lei|129,90 lei» în contul «T5:iban:RO:c».""", pool=["TR", "PH", "VN"]),
]

DA = [
    T("da_ticket_varmeregning", "ticket", "da", """Emne: Fejl i varmeregning – kundenr. «T5:neg:customer_number:%#######»

Hej,
jeg har fået en regning på «NW:amount:14.250 kr.|9.870 kr.» for min lejlighed på «ADDR:DK», men måleren viser kun «T5:neg:meter_reading:%###,#» MWh.
Jeg hedder «T5:n:A:full», tlf. «T5:ph:DK:mobile». Min udlejer er «T5:n:B:full».
Tilbagebetaling til «T5:iban:DK:s».""", pool=["TR", "PL", "VN", "SA"]),
]

NO = [
    T("no_tool_legetime", "tool_args", "no", {
        "verktoy": "timebestilling.opprett",
        "parametere": {"pasient": "«T5:n:A:full»", "mobil": "«T5:ph:NO:mobile»", "epost": "«T5:mail:A»", "adresse": "«ADDR:NO»",
                       "fastlege": "«T5:n:B:full»", "tid": "«N:date» «T5:time»", "parorende": {"navn": "«T5:n:C:full»", "telefon": "«T5:ph:C»"},
                       "fodselsnummer_maskert": "«T5:neg:tax_number:%#####*****»"}}, pool=["PL", "PH", "VN", "SA"]),
]

# ------------------------------------------------------------------------------------------------
# Japanese, Chinese, Korean (native-script locals from generate.py, Latin-script visitors from this module)
# ------------------------------------------------------------------------------------------------

JA = [
    T("ja_email_homestay", "email", "ja", """件名：ホームステイ受け入れのお願い（«N:date»〜）

«P1.full»様

いつもお世話になっております。来月から留学生の «T5:n:A@*:full» さん（«T5:loc:country:A»出身）を受け入れていただけることになりました。
到着便は «T5:neg:flight_number:NH %##|JL%##» で、«T5:time» に関西空港着の予定です。
本人の携帯：«T5:ph:A:mobile:intl»、メール：«T5:mail:A»
緊急連絡先（母）：«T5:n:B@*!f:full»、«T5:ph:B»
ご住所（«P1.address»）宛に書類を郵送いたします。

«P2.full»
«IG:organization:さくら国際交流センター|みなと留学サポート株式会社»""", pool=["JP"]),

    T("ja_crm_fudosan", "crm_note", "ja", """来店メモ «N:date»
お客様：«T5:n:A@*:upper»（英語可）、勤務先 «IG:organization:北陸電機株式会社|丸高商事株式会社»
希望エリア：«CITY:JP»、予算 «NW:amount:月8万円|月12万円» 以内
連絡先：«T5:ph:JP:mobile»（本人）、«T5:mail:A:work»
保証人：«P1.full»様（«T5:ph:JP:landline»）
担当：«P2.last»
※在留カード番号 «T5:neg:id_number:??%#######??» はコピー保管済み""", pool=["JP"]),

    T("ja_tool_haisou", "tool_args", "ja", {
        "tool": "shipping.create_label",
        "arguments": {"送り主": {"氏名": "«P1.full»", "住所": "«P1.address»", "電話": "«T5:ph:JP:landline»"},
                      "お届け先": {"name": "«T5:n:A@*:full»", "address": "«T5:loc:address:A»", "phone": "«T5:ph:A:any:intl»"},
                      "品名": "衣類・書籍", "伝票番号": "«T5:neg:tracking_number:%###-####-####»", "希望時間帯": "«T5:time»〜"}}, pool=["JP"]),
]

ZH = [
    T("zh_ticket_kuajing", "ticket", "zh", """主题：跨境包裹被退回 – 运单号 «T5:neg:tracking_number:SF%###########|YT%############»

您好，我寄往«T5:loc:country:A@*»的包裹被退回了。收件人是 «T5:n:A:full»，地址：«T5:loc:address:A»，电话 «T5:ph:A:mobile:intl»。
寄件人：«P1.full»，手机 «T5:ph:CN:mobile»，地址 «P1.address»。
订单金额 «NW:amount:¥1,280|¥356.50»，付款卡号 «T5:masked»。请尽快处理。""", pool=["CN"]),

    T("zh_chat_tongxue", "chat", "zh", """«P1.full»：下周同学会定在«CITY:CN»，有人要接机吗？
«T5:n:A@*:lfull»：I'm coming from «T5:loc:city:A»!! 我的号码 «T5:ph:A:mobile:intl»
«P2.last»老师：欢迎欢迎，«T5:n:A:first» 好久不见
«P3.full»：饭店地址发群里了，联系人电话 «T5:ph:CN:mobile»
«T5:n:B@*:first»：我也来，住在 «T5:loc:landmark:B» 附近""", pool=["CN"]),

    T("zh_tool_waimao", "tool_args", "zh", {
        "工具": "crm.create_lead",
        "参数": {"客户名称": "«IG:organization:Lagos Prime Imports Ltd|Hanoi Star Trading JSC|Surabaya Makmur PT»",
                 "联系人": "«T5:n:A@*:full»", "联系人电话": "«T5:ph:A»", "邮箱": "«T5:mail:A:work»",
                 "收货地址": "«T5:loc:address:A»", "业务员": "«P1.full»", "业务员手机": "«T5:ph:CN:mobile»",
                 "付款账户": "«T5:iban»", "信用卡": "«T5:card:unionpay|visa|mastercard:any»", "报价单号": "«T5:neg:invoice_number:PI%########»"}}, pool=["CN"]),
]

KO = [
    T("ko_email_gyohwan", "email", "ko", """제목: 교환학생 숙소 배정 안내

«T5:n:A@*:full» 학생에게,

«N:date»부터 기숙사 «T5:neg:room_number:%##호|?동 %##호»에 입주하게 됩니다. 룸메이트는 «T5:n:B@*:full» 학생입니다.
입주 당일 «T5:time»까지 행정실(«T5:ph:KR:landline»)로 오세요. 문의: «P1.full» 선생님, «T5:ph:KR:mobile», «P1.email»
기숙사비 «NW:amount:1,350,000원|980,000원»은 학생 본인 카드(«T5:card:visa|mastercard|jcb:sp»)로 결제되었습니다.""", pool=["KR"]),

    T("ko_crm_yeogwon", "crm_note", "ko", """상담 기록 «N:date»
고객: «T5:n:A@*:upper» (여권상 표기), 국적 «T5:loc:country:A»
연락처: «T5:ph:A:mobile:intl» / 국내 «T5:ph:KR:mobile»
체류지: «T5:loc:address:KR»
보증인: «P1.full», «T5:ph:KR:mobile»
외국인등록번호 «T5:neg:id_number:%#####-%######» 확인, 담당 «P2.last» 대리""", pool=["KR"]),

    T("ko_chat_dongari", "chat", "ko", """«P1.full»: 이번 주 토요일 «T5:time» 한강 모임 ㅎㅎ
«T5:n:A@*:lfirst»: 저도 가요!! «T5:n:B@*:first»도 데려갈게요
«P2.full»: 위치는 «T5:loc:landmark:KR» 근처, 제 번호 «T5:ph:KR:mobile»
«T5:n:B:first»: ok see u there, my korean number is «T5:ph:KR:mobile:nat»
«P1.full»: 회비 «NW:amount:15,000원|20,000원» 계좌로 보내주세요""", pool=["KR"]),
]

# ------------------------------------------------------------------------------------------------
# Indonesian, Vietnamese, Filipino (Taglish), Swahili/Sheng, Hindi and Arabic in Latin letters
# ------------------------------------------------------------------------------------------------

ID = [
    T("id_ticket_ojek_barang", "ticket", "id", """Subjek: Barang ketinggalan di ojek – order «T5:neg:order_number:RB-%#########|GK-%########»

Halo, saya «T5:n:A:full». Tas saya ketinggalan di motor driver «T5:n:B:full» (plat «T5:neg:license_plate:? %### ??|?? %### ?»).
Penjemputan dari «T5:loc:address:A», tujuan «T5:loc:landmark:A», jam «T5:time».
Nomor HP saya «T5:ph:A:mobile», atau hubungi adik saya «T5:n:C:first» di «T5:ph:C:mobile:intl».
Isi tas: laptop dan dompet (KTP, kartu «T5:masked»). Terima kasih.""", pool=["ID"]),

    T("id_email_arisan_kantor", "email", "id", """Perihal: Arisan kantor bulan «NW:month_name:Juni|Agustus|November»

Rekan-rekan yth.,

arisan bulan ini jatuh ke Bu «T5:n:B!f:first» «T5:n:B:last». Iuran «NW:amount:Rp 500.000|Rp 250.000» mohon ditransfer paling lambat «N:date».
Pertanyaan bisa ke Pak «T5:n:C!m:full» (WA «T5:ph:C:mobile») atau email «T5:mail:ME:work».
Lokasi kumpul: rumah Bu «T5:n:B:first», «T5:loc:address:B».

Salam,
«T5:n:ME:full»
Bagian Umum «CO»""", pool=["ID"]),

    T("id_chat_keluarga", "chat", "id", """«T5:n:A:lfirst»: mak, aku udah sampe «T5:loc:city:A» 🙏
«T5:n:B!f:first»: alhamdulillah nak. nginep dimana?
«T5:n:A:lfirst»: di kos deket «T5:loc:landmark:A», alamatnya «T5:loc:address:A»
«T5:n:C:first»: dek, nomor barumu yg mana? «T5:ph:A:mobile» atau yg lama?
«T5:n:A:lfirst»: yg baru kak. eh kak «T5:n:C:first» transfer uang kos ya ke «T5:neg:bank_account:%######### (BCA)|%###-##-######-##-# (BRI)»""", pool=["ID"]),

    T("id_tool_pengiriman", "tool_args", "id", {
        "alat": "logistik.buat_pengiriman",
        "argumen": {"pengirim": {"nama": "«T5:n:A:full»", "telepon": "«T5:ph:A»", "alamat": "«T5:loc:address:A»"},
                    "penerima": {"nama": "«T5:n:B:full»", "telepon": "«T5:ph:B:mobile»", "alamat": "«T5:loc:address:B»",
                                 "kode_pos": "«T5:loc:postcode:B»", "provinsi": "«T5:loc:region:B»"},
                    "berat_kg": 2.5, "kartu_kredit": "«T5:card:any:any»", "resi": "«T5:neg:tracking_number:JP%##########|JNE%#########»", "cod": "«NW:amount:Rp 185.000|Rp 349.900»",
                    "npwp_pengirim": "«T5:neg:tax_number:%#.###.###.#-###.###»"}}, pool=["ID"]),
]

VI = [
    T("vi_ticket_giao_hang", "ticket", "vi", """Tiêu đề: Giao hàng sai địa chỉ – mã đơn «T5:neg:order_number:%########?|SPX%#########»

Chào shop, tôi là «T5:n:A!f:full». Đơn hàng của tôi ghi địa chỉ «T5:loc:address:A» nhưng shipper lại giao cho «T5:n:B:full» ở «T5:loc:district:A».
Số điện thoại của tôi: «T5:ph:A:mobile». Nếu không liên lạc được thì gọi chồng tôi, anh «T5:n:C!m:first», số «T5:ph:C:mobile».
Tôi đã thanh toán «NW:amount:1.250.000 ₫|389.000 ₫» bằng thẻ «T5:masked».""", pool=["VN"]),

    T("vi_crm_khach_hang", "crm_note", "vi", """Ghi chú «N:date» – khách hàng «T5:n:A:full»
SĐT: «T5:ph:A:any:nat» / «T5:ph:A:mobile:intl»
Email: «T5:mail:A»
Địa chỉ: «T5:loc:address:A», tỉnh «T5:loc:region:A»
Người giới thiệu: chị «T5:n:B!f:first» («T5:n:B:full»)
Muốn mở thẻ «T5:card:visa|jcb|mastercard:sp», hạn mức «NW:amount:50.000.000 ₫|30.000.000 ₫». Mã số thuế công ty «T5:neg:tax_number:%#########»""", pool=["VN"]),

    T("vi_chat_ban_be", "chat", "vi", """«T5:n:A:lfirst»: tối nay đi ăn lẩu ko? ở gần «T5:loc:landmark:A»
«T5:n:B:first»: ok, mấy giờ?
«T5:n:A:lfirst»: «T5:time» nha. «T5:n:C:first» đi ko?
«T5:n:C:first»: có, nhưng mình về muộn, có gì gọi «T5:ph:C:mobile»
«T5:n:B:first»: chuyển khoản cho mình nha, «T5:neg:bank_account:%#########|%############» Vietcombank""", pool=["VN"]),
]

TL = [
    T("tl_email_reunion", "email", "tl", """Subject: Class reunion – «N:date» sa «T5:loc:city:A»

Hi batchmates!

Tuloy na ang reunion natin. Venue: «T5:loc:address:A», malapit sa «T5:loc:landmark:A». Contribution «NW:amount:₱1,500|₱2,000» per head, pwedeng GCash kay «T5:n:B:full» («T5:ph:B:mobile»).
Para sa mga nasa abroad, pakisend ang details kay «T5:n:C:first» sa «T5:mail:C».

Salamat po!
«T5:n:ME:full»""", pool=["PH"]),

    T("tl_crm_remittance", "crm_note", "tl", """Remittance inquiry «N:timestamp»
Sender: «T5:n:A:full» (OFW, «L:country:Saudi Arabia|UAE|Hong Kong|Singapore»), contact «T5:ph:A:mobile:intl»
Beneficiary: «T5:n:B:fullm», «T5:loc:address:B», cp «T5:ph:B:mobile»
Hindi pa na-credit ang «NW:amount:₱25,000|₱18,500», ref «T5:neg:payment_reference:%###-####-####». Sabi ng agent «T5:n:ME:first» i-follow up bukas.""", pool=["PH"]),

    T("tl_chat_barkada", "chat", "tl", """«T5:n:A:lfirst»: guys, sino sasama sa «T5:loc:city:A» this weekend?
«T5:n:B:first»: ako! pero late ako, mga «T5:time» na
«T5:n:C:lfirst»: sama ko si «T5:n:D:first», ok lang?
«T5:n:A:lfirst»: sure! text nyo ko sa «T5:ph:A:mobile» pag nasa terminal na kayo
«T5:n:D:first»: salamat «T5:n:A:first»!! 🙌""", pool=["PH"]),
]

SW = [
    T("sw_ticket_mpesa", "ticket", "sw", """Mada: Pesa imetumwa kwa namba isiyo sahihi – «T5:neg:payment_reference:??%?%?%??%|???%??%?%?»

Habari, mimi ni «T5:n:A:full». Nilituma «NW:amount:KSh 12,500|KSh 3,200» kwa namba «T5:ph:KE:mobile» badala ya «T5:ph:B:mobile» ({?ya ?}«T5:n:B:full»).
Naishi «T5:loc:address:A». Tafadhali nipigie kwa «T5:ph:A:mobile:intl». Asante.""", pool=["KE"]),

    T("sw_crm_mkopo", "crm_note", "sw", """Maelezo «N:date» – ombi la mkopo
Mteja: «T5:n:A:full», simu «T5:ph:A:mobile», barua pepe «T5:mail:A»
Anwani: «T5:loc:pobox:A» / makazi «T5:loc:district:A», «T5:loc:city:A»
Mdhamini: «T5:n:B:full», «T5:ph:B»
Kiasi: «NW:amount:KSh 150,000|KSh 80,000»; KRA PIN «T5:neg:tax_number:?%########?» (ya biashara)""", pool=["KE"]),

    T("sw_chat_harambee", "chat", "sw", """«T5:n:A:lfirst»: wasee harambee ya «T5:n:B:first» ni jumamosi pale «T5:loc:landmark:A»
«T5:n:C:first»: poa sana, saa ngapi?
«T5:n:A:lfirst»: «T5:time». michango tuma kwa «T5:n:D:full» «T5:ph:D:mobile»
«T5:n:D:lfirst»: ama paybill «T5:neg:paybill:%#####», account «T5:neg:short_digit_group:%###»""", pool=["KE"]),
]

HI = [
    T("hi_ticket_courier", "ticket", "hi", """Subject: parcel abhi tak nahi mila – AWB «T5:neg:tracking_number:%###########|??%#########?»

Namaste, main «T5:n:A!m:full» bol raha hoon. Mera parcel «N:date» ko deliver hona tha, par status "delivered" dikha raha hai aur mujhe kuch nahi mila.
Address: «T5:loc:address:A»
Mobile no. «T5:ph:A:mobile», alternate «T5:ph:IN:any:intl» («T5:n:B:first» ji ka number).
Order «N:order_number», amount «NW:amount:₹2,499|₹14,990». Payment card «T5:card:rupay|visa|mastercard|amex:any» se kiya tha. Jaldi refund kar dijiye please.""", pool=["IN"]),

    T("hi_email_society", "email", "hi", """Subject: Society maintenance aur Diwali function

Sabhi residents ko namaskar,

is mahine ka maintenance «NW:amount:₹3,500|₹4,200» «N:date» tak jama kar dijiye. UPI ya NEFT ke liye account details secretary «T5:n:B:full» se le lein ({?unka number ?}«T5:ph:B:mobile»).
Diwali function «T5:loc:landmark:A» ke paas wale hall mein hoga. Contact: «T5:n:C:full», «T5:mail:C».
GSTIN society: «T5:neg:vat_id:2%?????%###?%Z%»

Dhanyavaad,
«T5:n:ME:full»""", pool=["IN"]),

    T("hi_chat_dosto", "chat", "hi", """«T5:n:A:lfirst»: bhai kal «T5:loc:city:A» chal rahe ho?
«T5:n:B:first»: haan yaar, «T5:time» ki train hai
«T5:n:C:lfirst»: mera naya number save kar lo «T5:ph:C:mobile»
«T5:n:A:lfirst»: «T5:n:D:first» bhi aa raha hai kya?
«T5:n:D:first»: haan main bhi, «T5:loc:district:A» se pick kar lena""", pool=["IN"]),
]

AR = [
    T("ar_email_sharika", "email", "ar", """Subject: ta2keed el maw3ed – «N:date»

Ahlan ya «T5:n:A:first»,

ba2akked 3aleik el maw3ed ma3 ostaz «T5:n:B!m:full» yom «NW:weekday:el khamees|el etnein» el sa3a «T5:time» fi el maktab: «T5:loc:address:B».
Law fi ay ta2kheer kallemni 3ala «T5:ph:B:mobile» aw ib3atli 3ala «T5:mail:ME:work».
El fatoura «T5:neg:invoice_number:INV-%#####» ettala3et b «NW:amount:EGP 4,500|SAR 1,200|AED 950».

Ma3a el salama,
«T5:n:ME:full»""", pool=["EG", "SA", "AE"]),

    T("ar_crm_3amil", "crm_note", "ar", """Molahzat «N:date»
El 3amil: «T5:n:A:full» – raqam el jawwal «T5:ph:A:mobile:intl», el bareed «T5:mail:A»
El 3enwan: «T5:loc:address:A» (gamb «T5:loc:landmark:A»)
El bitaqa el mostakhdama «T5:card:any:any». Tahweel el mablagh ila «T5:iban:A:s» ba3d mowafa2et «T5:n:B:full».
Raqam el segel el togary «T5:neg:company_id:%#########» (lel sharika, mosh lel 3amil)""", pool=["SA", "AE", "EG", "MA"]),

    T("ar_chat_shabab", "chat", "ar", """«T5:n:A:lfirst»: ya shabab el lamma el jom3a 3and «T5:n:B:first»
«T5:n:C:first»: fein bezabt?
«T5:n:B:first»: «T5:loc:address:B», el dor el talet
«T5:n:D!m:lfirst»: ana gay mn «T5:loc:city:B» el sa3a «T5:time», raqmi el gedid «T5:ph:D:mobile»
«T5:n:A:lfirst»: tamam ya «T5:n:D:first», nestanak""", pool=["EG", "MA", "SA"]),
]

PII_TEMPLATES: list[dict[str, Any]] = (EN + DE + FR + ES + PT + IT + NL + PL + TR + FI + HU + SV + CS + RO + DA + NO + JA + ZH
                                       + KO + ID + VI + TL + SW + HI + AR)

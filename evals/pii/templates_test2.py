"""Templates of the second held-out PII split, ``test2`` (PII documents only, no secrets).

Written after the tune and test splits, without looking at their templates or at the recognizers, to
measure how the detectors generalise to new wording and layouts: people of many cultures writing in
their own languages, names in running text, chat speaker labels, signatures, CC lists and JSON fields
with varied keys, addresses in national formats, city and country mentions in prose (exonyms written
in the template's language via ``«L:…»``), and hard negatives that look like names or places.

Slot syntax: see generate.py (``Doc.slot``/``Doc.person_slot``). test2 adds:

- ``«L:subtype:a|b»``  a LOCATION label written in the template (one of the choices);
- ``«NW:kind:a|b»``    a hard negative written in the template (product names that look like names,
                       capitalised common words that are also names or places);
- ``«IG:kind:a|b»``    an ignore span written in the template (organisation names);
- person attributes ``first_lower``, ``full_fr`` (Prénom NOM), ``first_initial`` (Priya S.),
  ``last_first`` (Kowalski Jan) and ``address_pc`` (〒 + postcode + address for Japanese people).
"""

from __future__ import annotations

from typing import Any


def T(kind: str, tid: str, lang: str, body: Any, pool: list[str] | None = None) -> dict[str, Any]:
    t: dict[str, Any] = {"id": f"t2_{kind}_{tid}", "kind": kind, "lang": lang, "body": body}
    if pool:
        t["pool"] = pool
    return t


# Wider pools for documents whose people are not tied to one address (chats, CC lists, notes).
DE_MIX = ["DE", "DE", "DE", "AT", "CH", "TR", "PL", "IT", "GR", "UA"]
FR_MIX = ["FR", "FR", "FR", "BE", "CH", "SN", "MA", "LB"]
NL_MIX = ["NL", "NL", "NL", "BE", "MA", "TR"]
SV_MIX = ["SE", "SE", "SE", "FI", "NO", "DK"]

# Hard negatives written in the templates.
CAR_MODELS = "«NW:product_name:Renault Clio|Opel Corsa|Fiat Panda|Toyota Corolla|Škoda Octavia|Ford Fiesta|Kia Carens»"
IKEA = "«NW:product_name:Kivik|Ektorp|Landskrona|Söderhamn|Friheten|Vimle»"


# ----------------------------------------------------------------------------------------------
# Tickets
# ----------------------------------------------------------------------------------------------

TICKETS = [
    T("ticket", "parcel_neighbour", "en",
      "Subject: Parcel shows as delivered, it isn't here\n\n"
      "Order «N:order_number» was marked delivered on «N:date» but nothing came. My neighbour «P2.first» said the "
      "driver tried the house across the road first, then left. «NW:capitalised_word:Will|Bill» someone look at "
      "the photo proof? There isn't one on the tracking page ({?«N:tracking_number»?}).\n\n"
      "Name on the order: «P1.full»\nDeliver to: «P1.address»\nBest number: «P1.mobile»\n\nThanks,\n«P1.first»"),
    T("ticket", "insurance_leak", "en",
      "Claim category: escape of water\nPolicyholder: «P1.fullr»\nRisk address:\n«P1.address_ml»\n"
      "Reported by: «P2.full» («tenant|letting agent|neighbour|daughter-in-law»)\n"
      "Contact: «P2.phone» / «P2.email»\n\n"
      "«P2.first» found water coming through the kitchen ceiling on «N:date» and turned off the stopcock. "
      "Emergency plumber («CO») invoiced «N:amount», ref «N:invoice_number». Loss adjuster «P3.title_last» "
      "will inspect; please call «P2.first» first, the key is with «P4.full» at the flat below."),
    T("ticket", "card_dispute_us", "en",
      "DISPUTE INTAKE\nCardholder: «P1.full»\nCard: «CARD»\nTransaction: «N:amount» on «N:date», merchant "
      "«IG:organization:SQ *HARBOR COFFEE|PAYPAL *GAMESTOREX|AMZN Mktp US|UBER *EATS PENDING»\n"
      "Identity verified: SSN «SSN», callback «PHONE:US»\n"
      "Statement address: «ADDR:US»\n"
      "Notes: cardholder states the card never left «L:city:Tucson|Boise|Omaha|Spokane|Albuquerque|Des Moines» "
      "and the charge was made while travelling in «COUNTRY». Co-user on the account: «P2.first_initial»."),
    T("ticket", "it_stolen_laptop", "en",
      "[SEC] Stolen laptop – please wipe\n"
      "Reporter: «P1.full» <«P1.work_email»>\nLine manager: «P2.full»\n"
      "Device: «NW:product_name:Dell Latitude 7440|ThinkPad T14s|MacBook Air|HP EliteBook 840», asset tag "
      "«N:short_digit_group», agent «N:version_string»\n"
      "Last check-in: «N:timestamp» from «IP»\n\n"
      "Taken from a hire car in «CITY» overnight. Police reference «N:order_number». «P1.first» is still abroad "
      "until «N:date»; reachable on «P1.mobile:INTERNATIONAL» or via «P3.first» on the service desk."),
    T("ticket", "wasserschaden", "de",
      "Schadensmeldung Wohnung «X:num:2-48», Hinterhaus\n"
      "Mieter/in: «P1.full»\nAnschrift: «P1.address»\n\n"
      "Seit «N:date» tropft es im Bad von der Decke. «P2.title_last» vom Hausmeisterservice war schon da und meint, "
      "das Wasser kommt aus der Wohnung darüber (Fam. «P3.last»). Dort macht leider niemand auf.\n"
      "Bitte schicken Sie einen Installateur. Ich bin unter «PL» «P1.mobile» erreichbar oder per Mail an "
      "«P1.email»; tagsüber hat «P4.first» aus dem Erdgeschoss einen Schlüssel."),
    T("ticket", "sav_lave_linge", "fr",
      "Objet : lave-linge toujours en panne – commande «N:order_number»\n\n"
      "Client : «P1.full_fr»\nAdresse d'intervention :\n«P1.address_ml»\n«PL» : «P1.phone»\n\n"
      "Bonjour,\nle technicien («P2.first») est passé le «N:date» mais n'avait pas la pièce. On m'avait promis "
      "un rappel sous 48 h, rien reçu. Le code de la porte est «N:short_digit_group», interphone au nom de "
      "«P3.last». Merci de me proposer un créneau avant samedi.\n«P1.first»"),
    T("ticket", "cobro_duplicado", "es",
      "Asunto: me habéis cobrado dos veces la factura «N:invoice_number»\n\n"
      "Hola, soy «P1.full». El «N:date» aparecen dos cargos de «N:amount» en mi cuenta «IBAN:ES». La cuenta es "
      "compartida con «P2.full», que también es titular y está de acuerdo con la reclamación.\n\n"
      "Dirección de facturación: «P1.address»\n«PL»: «P1.mobile»\n\nGracias de antemano,\n«P1.first»"),
    T("ticket", "guasto_fibra", "it",
      "Segnalazione guasto linea FTTH – cliente «P1.fullr»\n"
      "Indirizzo impianto: «P1.address»\n"
      "Modem: «NW:product_name:FRITZ!Box 7530|FRITZ!Box 7590|Vodafone Station|TIM Hub+», IP pubblico «IP4»\n"
      "Dal «N:date» la connessione cade ogni sera verso le 21. Il tecnico «P2.first» ha già sostituito il cavo "
      "ma il problema continua.\nRecapito («PL»): «P1.phone» – in alternativa «P3.title_last» (vicino di casa)"),
    T("ticket", "verhuizing_energie", "nl",
      "Verhuizing doorgeven – klantnummer «N:order_number»\n\n"
      "Naam: «P1.full»\nHuidig adres: «P1.address»\nNieuw adres per «N:date»: «ADDR:NL»\n"
      "Rekening voor de incasso: «IBAN:NL»\n\n"
      "Mijn huisgenoot «P2.first» blijft tot het einde van de maand op het oude adres, de eindafrekening mag "
      "naar mij. Bellen kan op «P1.mobile»."),
    T("ticket", "troca_tenis", "pt",
      "Solicitação de troca – pedido «N:order_number»\n"
      "Nome do cliente: «P1.full»\nCEP: «P1.postcode»\nEndereço de entrega: «P1.address»\nCelular: «P1.mobile»\n\n"
      "O tênis «NW:product_name:Olympikus Corre 3|Mizuno Wave Prophecy|Fila Axilus|Mizuno Victory» chegou com a "
      "sola descolando. Quem assinou o recebimento foi «P2.first», da portaria, no dia «N:date». Gostaria de "
      "trocar pelo mesmo modelo, número 40.", pool=["BR"]),
    T("ticket", "reklamacja_odkurzacz", "pl",
      "Reklamacja – zamówienie «N:order_number»\n\n"
      "Dzień dobry,\nodkurzacz kupiony «N:date» przestał działać po tygodniu. Kurier zostawił wymianę u sąsiadów "
      "(«P2.title_last»), a oni są teraz na urlopie w «L:country:Chorwacji|Grecji|Hiszpanii|Bułgarii».\n\n"
      "Dane do kontaktu:\n«P1.full»\n«P1.address_ml»\n«PL» «P1.mobile»"),
    T("ticket", "felanmalan", "sv",
      "Felanmälan: fläkten i badrummet låter och luktar bränt\n"
      "Lägenhet «X:num:1001-1304», «P1.address»\nHyresgäst: «P1.full», «PL» «P1.mobile»\n\n"
      "Nyckel finns hos grannen «P2.first» på plan 2 om ingen är hemma. Min tvättid «N:date» kan flyttas."),
    T("ticket", "kargo_gecikme", "tr",
      "Konu: Kargom «N:date» tarihinden beri aktarma merkezinde\n\n"
      "Merhaba, «N:tracking_number» takip numaralı gönderim hâlâ «CITY» aktarma merkezinde görünüyor.\n"
      "Alıcı: «P1.full»\nAdres: «P1.address»\nCep: «P1.mobile»\n\n"
      "Şubedeki görevli «P2.title_last» adresin eksik olduğunu söyledi ama adres eksiksiz. Lütfen kontrol "
      "eder misiniz?"),
    T("ticket", "haiso_mitouchaku", "ja",
      "【お問い合わせ】商品が届いていません\n注文番号：«N:order_number»\nお名前：«P1.full»\n"
      "お届け先：«P1.address_pc»\nお電話：«P1.phone»\n\n"
      "«N:date»に発送済みのメールが届きましたが、まだ受け取っていません。不在票も入っていませんでした。"
      "日中は家族の«P2.first»が在宅しています。"),
    T("ticket", "tuikuan", "zh",
      "退款申请\n订单号：«N:order_number»\n申请人：«P1.full»\n手机：«P1.mobile»\n收货地址：«P1.address»\n"
      "退款银行卡：«CARD:unionpay»\n情况说明：快递员说包裹已经放在小区门卫处，但门卫«P2.title_last»说没有收到。"
      "请尽快处理，谢谢。"),
    T("ticket", "internet_hiba", "hu",
      "Hibabejelentés – internetkapcsolat\nÜgyfél: «P1.full»\nCím: «P1.address»\nTelefon: «P1.mobile»\n\n"
      "A szerelő («P2.first») «N:date» napon kicserélte a routert, de azóta is szakadozik a kapcsolat. "
      "Router IP: «IP4». Kérem, hívjanak vissza délután."),
]


# ----------------------------------------------------------------------------------------------
# E-mails
# ----------------------------------------------------------------------------------------------

EMAILS = [
    T("email", "site_visit_cc", "en",
      "From: «P1.full» <«P1.work_email»>\nTo: «P2.full» <«P2.work_email»>\n"
      "Cc: «P3.full» <«P3.work_email»>, «P4.work_email»\nSubject: Re: site visit – travel plan\n\n"
      "Hi «P2.first»,\n\nFlights are booked for «N:date». «P3.first» lands a day earlier to pick up the rental "
      "car in «CITY». If anything changes on your side, ask «P5.first» at the hotel front desk "
      "(«IG:organization:Hotel Meridiana|Parkview Suites|Hotel Lindenhof|Casa Azul Boutique»), they have our "
      "booking under my name.\n\nBest,\n«P1.first»\n\n--\n«P1.full» | Field Operations | «P1.company»\n"
      "m «P1.mobile:INTERNATIONAL»"),
    T("email", "payroll_welcome", "en",
      "Subject: Welcome aboard – please check your payroll details\n\n"
      "Hi «P1.first»,\n\nWelcome to the team! Before your first payday, please check what we have on file and "
      "reply with any corrections:\n\n"
      "  Name as on your ID: «P1.full»\n  Mailing address: «ADDR:US»\n  SSN: «SSN»\n"
      "  Emergency contact: «P2.full» («spouse|sister|father|partner|friend»), «PHONE:US»\n\n"
      "Your manager, «P3.full», will meet you at the «L:city:Raleigh|Tulsa|Fresno|Madison|Chattanooga» office "
      "on «N:date». «NW:capitalised_word:June|May|April» starters get their laptops on day one.\n\n"
      "Thanks,\n«AGENT.first»\nPeople Team"),
    T("email", "quoted_thread", "en",
      "Sounds good, I'll let «P3.first» know.\n\n"
      "On «N:timestamp», «P2.full» <«P2.email»> wrote:\n"
      "> Hi «P1.first», the new keys are with «P4.title_last» at reception; «P4.first» leaves at five so\n"
      "> grab them before then. «NW:capitalised_word:Will» you need a parking permit? The garage at\n"
      "> «ADDR» charges «N:amount» a day.\n"
      "> «NW:capitalised_word:Mark» the «N:invoice_number» invoice as paid once «P3.first» confirms.\n"
      ">\n> Cheers, «P2.first»\n> «P2.phone»"),
    T("email", "nebenkosten", "de",
      "Betreff: Nebenkostenabrechnung – Rückfrage\n\nGuten Tag «P1.title_last»,\n\n"
      "in der Abrechnung für meine Wohnung in der «P2.street» sind die Heizkosten doppelt aufgeführt "
      "(Rechnung «N:invoice_number», «N:amount»). Könnten Sie das bitte prüfen? Eine Rückzahlung bitte auf "
      "mein Konto «IBAN:DE:spaced».\n\nIm 2. OG hat «P3.full» übrigens dasselbe Problem.\n\n"
      "Freundliche Grüße\n«P2.full»\n«P2.address_ml»\n«PL» «P2.phone»"),
    T("email", "reunion_parents", "fr",
      "Objet : Réunion des parents d'élèves – jeudi\n\nBonjour «P1.first»,\n\n"
      "Comme convenu, on se retrouve jeudi à 20 h chez «P2.first» et «P3.first» : «P2.address». "
      "«NW:capitalised_word:Grâce» à «P4.first», la salle des fêtes est réservée pour la kermesse du «N:date». "
      "Si tu ne peux pas venir, préviens «P5.title_last» au «P5.mobile».\n\nBonne soirée,\n«P6.full_fr»"),
    T("email", "reserva_casa_rural", "es",
      "Asunto: Confirmación de reserva «N:order_number» – Casa rural en "
      "«L:city:Cangas de Onís|Albarracín|Frigiliana|Cadaqués|Ronda|Hervás»\n\n"
      "Estimado/a «P1.full»:\n\nLe confirmamos su estancia del «N:date» al «N:date» para cuatro personas. "
      "Acompañantes: «P2.full», «P3.first» y «P4.first».\n"
      "Hemos cargado la señal de «N:amount» en la tarjeta «CARD».\n\n"
      "Para el check-in llame a «P5.first» al «MOBILE:ES» una hora antes de llegar.\n\n"
      "Un saludo,\n«IG:organization:Turismo Rural La Encina|Casas del Sur S.L.|Alojamientos Peñalara»"),
    T("email", "assemblea_condominio", "it",
      "Oggetto: Convocazione assemblea condominiale\n\nGentili condomini,\n"
      "l'assemblea si terrà il «N:date» alle 18:30 presso lo studio dell'amministratore, «P1.title_last», in "
      "«P1.address».\nOrdine del giorno: rifacimento della facciata (preventivo «CO»: «N:amount»), "
      "varie ed eventuali.\n"
      "Per le deleghe rivolgersi a «P2.title_last» (interno 4) oppure scrivere a «P1.work_email».\n\n"
      "Cordiali saluti\n«P1.full»\nAmministrazione condominiale – «PL» «P1.landline»"),
    T("email", "betalingsherinnering", "nl",
      "Onderwerp: Herinnering factuur «N:invoice_number»\n\nBeste «P1.first»,\n\n"
      "Volgens onze administratie staat de factuur van «N:date» nog open{? («N:amount»)?}. Wil je het bedrag "
      "overmaken naar «IBAN:NL» t.n.v. «CO»? Al betaald? Stuur dan even het betaalbewijs naar mijn collega "
      "«P2.full» («P2.work_email»).\n\nVriendelijke groeten,\n«P3.full»\nDebiteurenbeheer | «PL» «P3.phone»",
      pool=NL_MIX),
    T("email", "lista_convidados", "pt",
      "Assunto: Lista da mesa 7\n\nOi «P1.first»! Tudo certo?\nSegue a lista final da mesa 7 para o bufê:\n"
      "- «P2.full»\n- «P3.full» (sem glúten)\n- «P4.full» e «P5.first»\n\n"
      "«P6.first» vem de «L:city:Belém|Natal|Vitória|Maceió|Cuiabá|Londrina» e chega no dia «N:date»; alguém "
      "consegue buscar no aeroporto? O celular é «P6.mobile».\n\nBeijos,\n«ME.first»", pool=["BR"]),
    T("email", "ksiegowosc", "pl",
      "Temat: dokumenty za marzec\n\n«P1.title_last», dzień dobry,\n"
      "przesyłam faktury kosztowe za marzec (m.in. «N:invoice_number» i «N:invoice_number»). Przelew za "
      "usługi proszę zlecić na konto «IBAN:PL», odbiorca «CO».\n"
      "W sprawie umowy najmu biura proszę kontaktować się bezpośrednio z «P2.full», «PL» «P2.mobile».\n\n"
      "Pozdrawiam\n«P3.full»"),
    T("email", "klassresa", "sv",
      "Ämne: Klassresa till «L:city:Visby|Kiruna|Sundsvall|Jönköping|Karlstad» – kontaktlista\n\n"
      "Hej alla föräldrar!\nHär är de vuxna som följer med på resan:\n"
      "«P1.full», «P1.mobile»\n«P2.full», «P2.mobile»\n«P3.last_first», «P3.mobile»\n\n"
      "Vid akuta ärenden ring i första hand «P1.first». Bussen går från skolan «N:date» kl. 07.15.\n\n"
      "Hälsningar\n«P4.first» (mentor 6B)", pool=SV_MIX),
    T("email", "odeme_bilgisi", "tr",
      "Konu: Sipariş «N:order_number» – ödeme\n\n«P1.title_last» merhaba,\n\n"
      "«N:invoice_number» numaralı faturanın ödemesini «N:date» tarihinde yapacağız. Kayıtlarımızdaki IBAN: "
      "«IBAN:TR». Değiştiyse lütfen yazılı olarak bildirin.\n"
      "Sevkiyat «CITY» deposundan çıkacak; depo sorumlusu «P2.full» (cep: «P2.mobile»).\n\n"
      "İyi çalışmalar,\n«P3.full»\nSatın Alma"),
    T("email", "uchiawase", "ja",
      "件名：お打ち合わせ日程のご相談\n\n"
      "«IG:organization:株式会社みなと物流|東邦精機株式会社|有限会社さくら工房|北斗ソリューションズ株式会社»\n"
      "«P1.title_last»\n\nいつも大変お世話になっております。«P2.last»です。\n"
      "先日ご相談した件につきまして、«N:date»の午後に«CITY»の弊社オフィスにてお打ち合わせできればと存じます。"
      "当日は上司の«P3.full»も同席いたします。\nご都合はいかがでしょうか。\n\n"
      "――――――――――――\n営業部　«P2.full»\n«P2.address_pc»\nTEL：«P2.phone»\nMail：«P2.work_email»"),
    T("email", "laifang_anpai", "zh",
      "主题：下周客户来访安排\n\n«P1.full»，你好：\n"
      "下周三«P2.title_last»一行三人从«CITY»过来参观工厂，航班信息我晚点发你。接机请联系司机«P3.last»师傅，"
      "手机«P3.mobile»。\n住宿订在«IG:organization:锦江之星|全季酒店|汉庭酒店»，地址：«ADDR»。\n"
      "有问题随时打我电话：«ME.phone»\n\n«ME.full»"),
    T("email", "tandlaege", "da",
      "Emne: Aflysning af tid\n\nHej «P1.first»\n\n"
      "Jeg bliver desværre nødt til at aflyse min tid «N:date» kl. 10.30, da min søn er syg. Kan jeg få en ny "
      "tid i næste uge? I kan fange mig på «P2.mobile».\n\nVenlig hilsen\n«P2.full»\n«P2.address»"),
    T("email", "programare_service", "ro",
      "Subiect: Programare revizie\n\nBună ziua,\n\n"
      "Aș dori să programez mașina (" + CAR_MODELS + ") pentru revizia anuală, dacă se poate în săptămâna "
      "«N:date». Numărul meu de telefon este «P1.mobile».\nMașina o va aduce «P2.full».\n\n"
      "Mulțumesc,\n«P1.full»\n«P1.address»"),
]


# ----------------------------------------------------------------------------------------------
# CRM notes
# ----------------------------------------------------------------------------------------------

CRM = [
    T("crm_note", "procurement_call", "en",
      "«N:date» – call with «P1.full» (Head of Procurement, «CO»)\n"
      "- «P1.first» says budget is approved, legal («P2.title_last») still reviewing the DPA.\n"
      "- Opening a second warehouse in «CITY» next quarter, wants one quote for both sites.\n"
      "- Prefers WhatsApp: «P1.mobile:INTERNATIONAL»\n"
      "Next: revised quote by «N:date»; loop in «P3.first» from our «L:city:Rotterdam|Gdańsk|Porto|Izmir|Durban» "
      "team."),
    T("crm_note", "household_account", "en",
      "Account holder: «P1.fullr»\nBilling address:\n«P1.address_ml»\n"
      "Authorised users: «P2.full», «P3.first_initial»\n\n"
      "«P2.first» rang on «N:date» to move the direct debit date. Verified with postcode «P1.postcode» and last "
      "order «N:order_number». Don't call before 10 – «P1.first» works nights. Alternative number: «P2.phone»."),
    T("crm_note", "kyc_review", "en",
      "KYC review «N:uuid»\nApplicant: «P1.full», customer since «N:date»\nSSN: «SSN»\n"
      "Current residence: «ADDR:US»\n"
      "Employer: «CO», based at the «L:city:Phoenix|Salt Lake City|Kansas City|Jacksonville|Richmond» office.\n"
      "ID shows a previous address in «COUNTRY».\n"
      "Flag: number on file («PHONE:US») differs from the one given on the call («PHONE:US»).\n"
      "Reviewer: «AGENT.initial_last»"),
    T("crm_note", "rueckruf_abo", "de",
      "Rückruf erbeten – «P1.title_last»\n"
      "Anliegen: Umstellung auf Jahresabo, Abbuchung künftig von «IBAN:DE».\n"
      "Erreichbar werktags ab 17 Uhr unter «P1.mobile», sonst Festnetz «P1.landline».\n"
      "PLZ «P1.postcode» liegt außerhalb unseres Liefergebiets → an den Partnerhändler in «CITY:DE» verweisen.\n"
      "Notiert von «AGENT.first», «N:timestamp»", pool=DE_MIX),
    T("crm_note", "visite_client", "fr",
      "Compte rendu de visite – «CO»\nInterlocuteurs : «P1.full_fr», «P2.full_fr»\nLieu : «P1.address»\n"
      "- Ils veulent remplacer leur parc d'imprimantes avant «N:date».\n"
      "- «P2.first» préfère les échanges par mail : «P2.work_email».\n"
      "- Prochaine étape : démo à «L:city:Clermont-Ferrand|Angers|Besançon|Perpignan|Limoges» avec "
      "«P3.title_last»."),
    T("crm_note", "nota_cobro", "es",
      "Nota de cobro – «P1.full»\n"
      "«N:date»: llamada al «P1.mobile». «P1.first» reconoce la deuda de «N:amount» y propone pagar en dos "
      "plazos desde la cuenta «IBAN:ES:spaced». Ahora vive con un familiar, «P2.full», en «P1.address».\n"
      "Próximo contacto: «N:date».", pool=["ES"]),
    T("crm_note", "cliente_spedizione", "it",
      "Cliente: «P1.fullr»\n"
      "Nota: ordina sempre tramite il punto vendita di «CITY» ma vuole la consegna a casa, «P1.address».\n"
      "Referente per i pagamenti: «P2.title_last» («P2.email»).\n"
      "Carta registrata: «CARD» – scade a fine anno, ricordarsi di chiedere quella nuova."),
    T("crm_note", "klantnotitie_bank", "nl",
      "Klant «P1.full» belde over de bank " + IKEA + ", die op «N:date» beschadigd is geleverd. Bezorger "
      "«P2.first» heeft foto's gemaakt. Afspraak: nieuwe levering naar «P1.address»; «P1.first» is bereikbaar "
      "op «P1.phone»."),
    T("crm_note", "segunda_via", "pt",
      "Registo de contacto – «N:timestamp»\n"
      "«P1.full» ligou a pedir a segunda via da fatura «N:invoice_number». Morada de envio: «P1.address».\n"
      "Pediu que o contacto passe a ser o telemóvel «P1.mobile» e o email «P1.email». Quem trata dos pagamentos "
      "é «P2.full».", pool=["PT"]),
    T("crm_note", "leasing", "pl",
      "Notatka z rozmowy («N:date»)\nKlient: «P1.full», firma «CO»\n"
      "Zainteresowanie: leasing dwóch aut (" + CAR_MODELS + ")\n"
      "Decyzję podejmuje wspólnik, «P2.full». Spotkanie w salonie – miasto: «CITY».\nTel.: «P1.mobile»"),
    T("crm_note", "flytt_abonnemang", "sv",
      "Anteckning («AGENT.first»): «P1.full» ringde och vill flytta sitt abonnemang till «P1.address» från "
      "«N:date». Bodde tidigare i «CITY». Ny e-post: «P1.email». Fakturan ska gå till «P2.full»."),
    T("crm_note", "taksit", "tr",
      "Müşteri notu – «P1.full»\n«N:date» tarihinde mağazaya geldi, "
      "«IG:organization:Arçelik|Vestel|Beko» çamaşır makinesi için taksit seçeneklerini sordu. Kart: «CARD».\n"
      "Eşi «P2.first» gelecek hafta arayacak. Adres: «P1.address», cep: «P1.mobile»."),
    T("crm_note", "tenkyo", "ja",
      "顧客メモ（担当：«AGENT.last»）\n«P1.title_last»よりお電話。«CITY»へ転居されたため住所変更を承りました。\n"
      "新住所：«P1.address»\n連絡先：«P1.mobile»\nご家族の«P2.first»さんが窓口になるとのこと。"),
    T("crm_note", "xufei", "zh",
      "客户备注：«P1.title_last»（«P1.full»）来电咨询续费，要求发票寄到公司地址：«ADDR»。\n"
      "联系人变更为«P2.full»，手机«P2.mobile»，邮箱«P2.work_email»。客户是«CITY»人，下月出差可上门拜访。"),
    T("crm_note", "asiakasmuistio", "fi",
      "Asiakasmuistio «N:date»\n«P1.full» soitti: uusi osoite «P1.address» ensi kuun alusta.\n"
      "Puhelin: «P1.mobile»\nLaskutustili: «IBAN:FI»\nYhteyshenkilö jatkossa «P2.full»."),
    T("crm_note", "ugyfel_megjegyzes", "hu",
      "Ügyfél: «P1.full» («P1.email»)\nSzállítási cím: «P1.address»\n"
      "Megjegyzés: a futár («P2.first») kétszer is hiába csengetett. Az ügyfél kéri, hogy előtte hívják: "
      "«P1.mobile»."),
    T("crm_note", "poznamka_hovor", "cs",
      "Hovor s klientem: «P1.full», tel. «P1.mobile»\n"
      "Žádá změnu doručovací adresy na «P1.address». Platba kartou «CARD» byla «N:date» zamítnuta, "
      "zkusit znovu. Kontaktní osoba ve firmě: «P2.title_last»."),
]


# ----------------------------------------------------------------------------------------------
# Chats
# ----------------------------------------------------------------------------------------------

CHATS = [
    T("chat", "support_handover", "en",
      "Bot: Hi! What can I help you with today?\n"
      "«P1.first»: my order «N:order_number» still hasnt shipped\n"
      "— «AGENT.first» joined the conversation —\n"
      "«AGENT.first»: Sorry about that, «P1.first». Can you confirm the delivery address and a phone number?\n"
      "«P1.first»: «P1.address», «P1.phone»\n"
      "«AGENT.first»: Thanks! The courier had the wrong flat number. I've fixed it, you'll get a text from "
      "«IG:organization:DPD|Evri|Royal Mail|Yodel» tomorrow."),
    T("chat", "table_booking", "en",
      "Guest: hi, booking for 6 on Friday under «P1.last»\n"
      "Host («AGENT.first»): Lovely! For groups we hold the table with a card, could you send the number?\n"
      "Guest: «CARD» exp «X:num:1-12»/«X:num:26-31»\n"
      "Host («AGENT.first»): Thanks, «P1.first». And a mobile in case the kitchen needs to reach you?\n"
      "Guest: «P1.mobile». my friend «P2.full» might get there first, can they be seated?\n"
      "Host («AGENT.first»): Of course. See you at «IG:organization:The Copper Pot|Osteria Lupa|Café Bruxelles» "
      "at 8!"),
    T("chat", "team_keys", "en",
      "«P1.first_lower»: anyone know who has the keys to the storage unit in «CITY»?\n"
      "«P2.first»: ask «P3.first_lower», had them last week\n"
      "«P1.first_lower»: is «P3.first»'s number still «P3.mobile»?\n"
      "«P2.first»: yep. or try «P4.full» from facilities\n"
      "«P3.first»: «NW:capitalised_word:Grant|Bill» me access to the shared drive and I'll post the code there"),
    T("chat", "gaming_support", "en",
      "[ticket-«N:short_digit_group»] «P1.first_initial» opened a ticket\n"
      "«P1.first»: got banned for cheating but it wasnt me, my brother «P2.first» was playing on my pc\n"
      "Mod «AGENT.first»: Ban came from «IP» at «N:timestamp». Is that your home connection?\n"
      "«P1.first»: yes. we moved to «CITY» in «NW:capitalised_word:March|August|May» so maybe thats why\n"
      "Mod «AGENT.first»: ok. Reply from the email on the account («P1.email») and we'll review it."),
    T("chat", "nachbarn_gruppe", "de",
      "[«N:date» 18:02] «P1.first»: Hallo zusammen, hat jemand ein Paket für «P1.last» angenommen?\n"
      "[«N:date» 18:05] «P2.first»: Ja, liegt bei mir im EG. Bin ab 19 Uhr da.\n"
      "[«N:date» 18:07] «P3.first»: Übrigens: Treffen fürs Hoffest am Samstag bei «P4.title_last» im Garten.\n"
      "[«N:date» 18:11] «P1.first»: Danke! Meine Handynummer für die Liste: «P1.mobile»", pool=DE_MIX),
    T("chat", "livreur", "fr",
      "Livreur : Bonjour, je suis devant l'immeuble pour la livraison au nom de «P1.full_fr».\n"
      "«P1.first» : Bonjour ! 3e étage, code «N:short_digit_group». Sinon laissez le colis à la loge "
      "(«P2.first»).\n"
      "Livreur : Pas de réponse à l'interphone. Je vous appelle au «P1.mobile» ?\n"
      "«P1.first» : Oui, ou envoyez un SMS. Merci !", pool=FR_MIX),
    T("chat", "cambio_tarjeta", "es",
      "Usuario: hola quiero cambiar la tarjeta de mi suscripción\n"
      "Asistente: Claro. ¿A nombre de quién está la cuenta?\nUsuario: «P1.full»\n"
      "Asistente: Gracias, «P1.first». Escribe el número de la nueva tarjeta.\nUsuario: «CARD»\n"
      "Asistente: ¿Y un celular para el código de verificación?\nUsuario: «P1.mobile»"),
    T("chat", "chiavi", "it",
      "«P1.first»: ciao! domani riesci a passare da «P2.first» a prendere le chiavi?\n"
      "«P3.first»: sì, dopo il lavoro. mi mandi l'indirizzo?\n"
      "«P1.first»: «P2.address» – citofono «P2.last»\n"
      "«P3.first»: ok. se non risponde provo al «P2.mobile»\n"
      "«P1.first»: perfetto. «NW:capitalised_word:Rosa|Bianca» o azzurra la torta per sabato?"),
    T("chat", "afspraak", "nl",
      "«P1.first»: Hoi «P2.first», gaat de afspraak met «P3.title_last» donderdag in «CITY» nog door?\n"
      "«P2.first»: Ja! Om 14.00 op het kantoor. Nummer van de receptie: «P3.phone»\n"
      "«P1.first»: Top. Ik neem «P4.first» mee, is dat goed?\n«P2.first»: Prima 👍", pool=NL_MIX),
    T("chat", "encomenda_predio", "pt",
      "«P1.first»: Oi, aqui é «P1.full», do 302\n"
      "«P2.first»: oi! tudo bem?\n"
      "«P1.first»: chegou uma encomenda minha aí na portaria? Era para «N:date»\n"
      "«P2.first»: chegou sim, «P3.first» guardou. pode descer\n"
      "«P1.first»: valeu! se precisar meu zap é «P1.mobile»", pool=["BR"]),
    T("chat", "przeprowadzka", "pl",
      "«P1.first»: Cześć, pomożesz w sobotę przy przeprowadzce?\n"
      "«P2.first»: Jasne. Jaki adres?\n«P1.first»: Nowy to «P1.address»\n"
      "«P2.first»: Ok, zabiorę «P3.first». Dzwoń na «P2.mobile» jakby coś\n"
      "«P1.first»: Dzięki! «NW:capitalised_word:Nadzieja» umiera ostatnia, że zmieścimy się w jeden kurs 😄"),
    T("chat", "samaka", "sv",
      "«P1.first»: Hej! Kan någon ta med «P2.first» till träningen i «CITY» på torsdag?\n"
      "«P3.first»: Jag kan. Hämtar vid «P2.address» 17.30?\n"
      "«P1.first»: Perfekt, tack! Ring mig på «P1.mobile» om ni blir sena.", pool=SV_MIX),
    T("chat", "kapici", "tr",
      "«P1.first»: Selam, yarın «CITY» yolculuğu var, anahtarı kime bırakayım?\n"
      "«P2.first»: Kapıcıya bırakabilirsin, «P3.title_last» akşama kadar orada. Ya da bana ver\n"
      "«P1.first»: Tamam, sana bırakırım. Numaran hâlâ «P2.mobile» mi?\n«P2.first»: Evet 👍"),
    T("chat", "line_kaigi", "ja",
      "«P1.last»：明日の打ち合わせ、«CITY»支社で14時からです\n"
      "«P2.last»：了解です。«P3.title_last»も参加されますか？\n"
      "«P1.last»：はい。受付で«P3.last»の名前を出せば大丈夫です。何かあれば«P1.mobile»まで\n"
      "«P2.last»：承知しました！"),
    T("chat", "weixin_kuaidi", "zh",
      "«P1.full»：你好，我的快递到了吗？\n快递员：到了，你住哪栋？\n«P1.full»：«P1.address»\n"
      "快递员：家里没人，放快递柜还是交给«P2.title_last»？\n«P1.full»：放快递柜吧，取件码发我手机«P1.mobile»"),
    T("chat", "zasilka", "cs",
      "«P1.first»: Ahoj, převezmeš mi zítra balík? Budu v «L:city:Olomouci|Brně|Plzni|Liberci»\n"
      "«P2.first»: Jasně. Na jaké jméno?\n«P1.first»: «P1.full», kurýr ti zavolá z čísla «PHONE:CZ»\n"
      "«P2.first»: Ok, jsem doma od 4."),
    T("chat", "dugnad", "no",
      "«P1.first»: Hei! Dugnad i borettslaget lørdag kl. 10. Kan du ta med tilhenger, «P2.first»?\n"
      "«P2.first»: Ja, men «P3.first» har nøkkelen til boden. Nummeret er «P3.mobile»\n"
      "«P1.first»: Takk! Vi møtes ved «P1.address»."),
]


# ----------------------------------------------------------------------------------------------
# Tool calls and tool results
# ----------------------------------------------------------------------------------------------

def _directory(d: Any) -> dict[str, Any]:
    keys = ["P1", "P2", "P3", "P4", "P5", "P6"][: d.r.randint(3, 6)]
    style = d.r.randint(0, 2)
    rows = []
    for k in keys:
        if style == 0:
            rows.append({"displayName": f"«{k}.full»", "mail": f"«{k}.work_email»",
                         "officeLocation": f"«{k}.city»", "telephoneNumber": f"«{k}.phone_ext»"})
        elif style == 1:
            rows.append({"cn": f"«{k}.fullr»", "givenName": f"«{k}.first»", "sn": f"«{k}.last»",
                         "l": f"«{k}.city»", "c": f"«{k}.country»", "mobile": f"«{k}.mobile»"})
        else:
            rows.append({"name": {"given": f"«{k}.first»", "family": f"«{k}.last»"},
                         "contact": {"email": f"«{k}.work_email»", "phone": f"«{k}.phone_intl»"},
                         "site": f"«{k}.city», «{k}.country»"})
    return {"tool": "directory.search", "query": "team=«X:service»", "count": len(rows), "results": rows}


def _hr_update(d: Any) -> dict[str, Any]:
    contacts = [{"name": f"«{k}.full»", "relationship": "«spouse|parent|sibling|friend|partner»",
                 "phone": f"«{k}.phone»"} for k in ["P2", "P3"][: d.r.randint(1, 2)]]
    return {"name": "hris.update_employee",
            "arguments": {"employee_id": "«N:short_digit_group:bare»",
                          "legal_name": "«P1.full»", "preferred_name": "«P1.first»",
                          "ssn": "«SSN»",
                          "home_address": {"line1": "«P1.street»", "city": "«P1.city»",
                                           "postal_code": "«P1.postcode»", "country": "«P1.country»"},
                          "emergency_contacts": contacts,
                          "comment": "Updated after «P1.first» moved; approved by «P4.full»."}}


TOOLS = [
    T("tool_args", "helpdesk_create", "en",
      {"tool": "helpdesk.create_ticket",
       "arguments": {"requester": {"displayName": "«P1.full»", "mail": "«P1.work_email»", "phone": "«P1.phone»"},
                     "subject": "VPN drops every few minutes",
                     "description": "Since «N:date» the VPN disconnects at home. «P2.first» from networking "
                                    "asked me to attach the logs. Home IP is «IP».",
                     "watchers": ["«P2.work_email»", "«P3.work_email»"], "priority": "high"}}),
    T("tool_args", "directory_result", "en", _directory),
    T("tool_args", "auth_log_rows", "en",
      {"query": "auth failures, last 24h", "took_ms": 412,
       "rows": [{"ts": "«N:timestamp»", "user": "«P1.work_email»", "client_ip": "«IP4»",
                 "geo": {"city": "«P1.city»", "country": "«P1.country»"}, "request_id": "«N:uuid»"},
                {"ts": "«N:timestamp»", "user": "«P2.work_email»", "client_ip": "«IP6»",
                 "geo": {"city": "«P2.city»", "country": "«P2.country»"}, "request_id": "«N:uuid»"}]}),
    T("tool_args", "refund_call", "en",
      {"name": "payments.refund",
       "input": {"charge": "«N:order_number»", "card": "«CARD»",
                 "customer": {"name": "«P1.full»", "billing_postcode": "«P1.postcode»"},
                 "amount": "«N:amount»",
                 "reason": "Customer «P1.first» says the «NW:product_name:Jordan 1 Retro|Victoria Plum vanity unit|"
                           "Echo Dot with Alexa|Dyson V11 Absolute|Kenwood Chef» never arrived."}}),
    T("tool_args", "hris_update", "en", _hr_update),
    T("tool_args", "kunde_anlegen", "de",
      {"funktion": "kunde_anlegen",
       "parameter": {"vorname": "«P1.first»", "nachname": "«P1.last»", "strasse": "«P1.street»",
                     "plz": "«P1.postcode»", "ort": "«P1.city»", "land": "«P1.country»",
                     "telefon": "«P1.phone»", "iban": "«IBAN:DE:compact»", "kundennr": "«N:order_number»",
                     "bemerkung": "Geworben von «P2.full»"}}),
    T("tool_args", "etiquette_colis", "fr",
      {"action": "creer_etiquette",
       "expediteur": {"raison_sociale": "«CO»", "adresse": "«ADDR_ML»"},
       "destinataire": {"nom_complet": "«P1.full_fr»", "adresse": "«P1.address_ml»", "tel": "«P1.mobile»"},
       "colis": {"poids_kg": 2.4, "reference": "«N:order_number»"},
       "instructions": "Si absent, déposer chez «P2.title_last» (2e étage)."}),
    T("tool_args", "enviar_sms", "es",
      {"function": "send_sms",
       "args": {"to": "«P1.mobile:E164»",
                "body": "Hola «P1.first», tu cita con «P2.title_last» es el «N:date» a las 10:15 en «ADDR». "
                        "Responde NO para cancelar."}}),
    T("tool_args", "prenota_visita", "it",
      {"tool": "prenota_visita",
       "input": {"paziente": "«P1.fullr»", "medico": "«P2.title_last»", "codice": "«N:uuid»",
                 "recapito": "«P1.phone»", "email_paziente": "«P1.email»",
                 "note": "Porta il referto del «N:date»; in caso di ritardo avvisare «P3.full»."}}),
    T("tool_args", "overboeking", "nl",
      {"operation": "sepa_overboeking",
       "params": {"begunstigde": "«P1.full»", "iban": "«IBAN:compact»", "bic": "«BIC»", "bedrag": "«N:amount»",
                  "omschrijving": "Factuur «N:invoice_number» – borg kamer «P2.first»"}}),
    T("tool_args", "calcular_frete", "pt",
      {"metodo": "calcular_frete", "cep_origem": "«N:zip_code»",
       "destinatario": {"nome": "«P1.full»", "cep": "«P1.postcode»", "logradouro": "«P1.street»",
                        "cidade": "«P1.city»", "telefone": "«P1.mobile»"},
       "obs": "Entregar para «P2.first» se «P1.first» não estiver"}, pool=["BR"]),
    T("tool_args", "wystaw_fakture", "pl",
      {"narzedzie": "wystaw_fakture",
       "dane": {"nabywca": "«P1.full»", "adres": "«P1.address»", "numer": "«N:invoice_number»",
                "pozycje": [{"nazwa": "Konsultacja", "kwota": "«N:amount»"}],
                "email_do_wysylki": "«P1.email»", "uwagi": "Odbiór osobisty: «P2.full»"}}),
    T("tool_args", "kalender", "sv",
      {"tool": "calendar.create_event",
       "event": {"titel": "Utvecklingssamtal", "plats": "«ADDR:SE»",
                 "deltagare": [{"namn": "«P1.full»", "epost": "«P1.email»"},
                               {"namn": "«P2.full»", "epost": "«P2.work_email»"}],
                 "beskrivning": "«P3.first» kan inte delta, ring «P3.mobile» vid frågor."}}, pool=SV_MIX),
    T("tool_args", "kargo_olustur", "tr",
      {"islem": "kargo_olustur", "alici_adi": "«P1.full»", "alici_tel": "«P1.mobile»",
       "alici_adres": "«P1.address»", "il": "«P1.city»", "gonderen": "«CO»",
       "aciklama": "Teslim alabilecek kişi: «P2.full»"}),
    T("tool_args", "kokyaku_touroku", "ja",
      {"関数": "create_customer",
       "引数": {"顧客名": "«P1.full»", "郵便番号": "«P1.postcode»", "住所": "«P1.address»",
              "電話番号": "«P1.phone»", "メール": "«P1.email»", "担当者": "«AGENT.last»",
              "備考": "«N:date»以降は«CITY»の実家に滞在"}}),
    T("tool_args", "chuangjian_yundan", "zh",
      {"tool": "create_shipment",
       "参数": {"收件人": "«P1.full»", "手机号": "«P1.mobile»", "城市": "«P1.city»", "详细地址": "«P1.address»",
              "备注": "放快递柜，或者交给«P2.title_last»", "订单编号": "«N:order_number»"}}),
    T("tool_args", "kirim_paket", "id",
      {"fungsi": "kirim_paket",
       "penerima": {"nama": "«P1.full»", "no_hp": "«P1.mobile»", "alamat": "«P1.address»"},
       "catatan": "Titip ke «P2.title_last» di pos satpam kalau rumah kosong"}),
]


PII_TEMPLATES = TICKETS + EMAILS + CRM + CHATS + TOOLS
SECRET_TEMPLATES: list[dict[str, Any]] = []

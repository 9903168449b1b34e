# ruff: noqa: E501, RUF001
"""PII templates of the third held-out split (test3); see README.md and generate.py (``--split test3``).

Written apart from the recognizers and from the tune/test/test2 templates (none of them were read).
Slots are generate.py's (``«P1.full»``, ``«N:date»``, ``«NW:kind:a|b»`` ...). Languages: en, de, fr,
es, it, nl, pt, pl, sv, da, tr, cs, ja, zh, ko, and Arabic (``ar``) and Hindi (``hi``) as people write
them in Latin letters in chats and e-mails.
"""

from __future__ import annotations

from typing import Any


def T(tid: str, kind: str, lang: str, body: Any, pool: list[str] | None = None) -> dict[str, Any]:
    t = {"id": "t3_" + tid, "kind": kind, "lang": lang, "body": body}
    if pool:
        t["pool"] = pool
    return t


def _n(d: Any, lo: int, hi: int) -> int:
    return d.r.randint(lo, hi)


# ------------------------------------------------------------------------------------------------
# English (people from all 58 cultures)
# ------------------------------------------------------------------------------------------------

EN = [
    T("en_ticket_roaming_dispute", "ticket", "en", """Subject: Roaming charges from my trip to «L:country:Portugal|Morocco|Vietnam|Colombia|Kenya|Georgia» — disputing bill «N:invoice_number»

Account holder: «P1.full»
Line affected: «P1.mobile:INTERNATIONAL»
Billing address: «P1.address»

I was away from «N:date» to «N:date» and switched data roaming off before the plane even landed. The bill still shows «N:amount» of roaming data, most of it on a single «NW:weekday:Sunday|Saturday» night while the phone sat in a hotel safe. «NW:capitalised_word:Hope» you can check the network logs instead of sending me a template reply. My partner {?(«P2.first») ?}is on the same family plan and got charged nothing.

Thanks,
«P1.first»"""),

    T("en_ticket_no_hot_water", "ticket", "en", """[Maintenance request «N:order_number»] No hot water for «X:num:3-6» days

Tenant: «P1.fullr»
Property: «P1.address_ml»
Best number: «P1.phone» (texts fine)
Alternate contact: «P2.full», «P2.phone_intl»

Reported to «P3.title_last» at the letting office on «N:date» and again by phone. The engineer from «CO» came on «NW:weekday:Tuesday|Wednesday|Monday», replaced a valve and left. «NW:capitalised_word:Long» story short: the boiler (a «NW:product_name:Worcester Bosch Greenstar 30i|Vaillant ecoTEC Plus|Baxi 800 Combi») shows fault F28 every morning. The landlord, «P4.initial_last», hasn't answered two emails.

The key safe code is with «P2.first». Please don't ring before 8am, I work nights as a «NW:job_title:Night Shift Supervisor|Senior Staff Nurse|Warehouse Team Leader»."""),

    T("en_ticket_card_fraud", "ticket", "en", """Fraud case «N:order_number» — priority HIGH
Opened by: «AGENT.first» (Fraud Ops, «L:city:Belfast|Omaha|Tampa|Leeds»)

Customer «P1.full» called at «N:timestamp» about «X:num:3-7» card-not-present transactions they do not recognise.
Card: «CARD» (blocked, replacement ordered)
Identity verified with SSN «SSN» and date of birth.
Logins on the account from «IP4» and «IP4», neither matching the customer's usual provider in «P1.city».
Disputed amounts: «N:amount», «N:amount», «N:amount».

Replacement card goes to «P1.address». The customer asked that «P2.full» (secondary cardholder) is told as well; reach them on «P2.phone».
«NW:capitalised_word:Chase» the merchant for the CCTV only if the chargeback under reason code 10.4 is declined."""),

    T("en_ticket_visa_reschedule", "ticket", "en", """Request type: appointment reschedule (visa application centre)

Applicant: «P1.full»
Nationality: «P1.country»
Application reference: «N:order_number»
Current slot: «L:city:Lagos|Nairobi|Karachi|Manila|Bogotá|Casablanca|Istanbul» centre, «N:date»

Hello, my cousin «P2.full» is travelling with me and we need the same slot. We fly to «L:country:Canada|Ireland|New Zealand|Germany|Australia» for my brother's graduation in «NW:month_name:May|June|August», so anything before the 15th works. You can reach me on «P1.phone» or our host there, «P3.first», on «P3.phone_intl». The passport scans were uploaded by our travel agent, «CO»."""),

    T("en_email_wedding_rsvp", "email", "en", """From: «P1.full» <«P1.email»>
To: «P2.email», «P3.email»
Subject: Re: Save the date — «P2.first» & «P3.first» 💍

Hi both!

«P4.first» and I would love to come. Quick questions:
1. Is the ceremony still at «ADDR» or has it moved to the hotel in «CITY»?
2. «P4.first» is vegetarian; I eat anything except the «NW:product_name:Aperol Spritz|Pimm's|Jägermeister» 😅
3. Can we bring our little one, «P5.first»? Totally fine if not.

We land on «N:date», so we'll miss the rehearsal dinner. If anything changes my mobile is «P1.mobile».

Lots of love,
«P1.first» x"""),

    T("en_email_recruiter_outreach", "email", "en", """Subject: «NW:job_title:Senior Data Engineer|Staff Product Designer|Site Reliability Engineer» role at «CO» ({?hybrid, ?}«CITY»)

Hi «P1.first»,

I'm reaching out on behalf of «CO». «P2.full», who leads their platform team, saw your talk in «L:city:Lisbon|Berlin|Toronto|Singapore|Austin» and asked me to get in touch. The package is «N:amount» plus equity, reporting to the «NW:job_title:VP of Engineering|Chief Technology Officer|Head of Data».

Would you have 20 minutes on «NW:weekday:Thursday|Friday|Monday»? Happy to call you, or book straight into my calendar.

Best,
«ME.full»
«NW:job_title:Talent Partner|Senior Technical Recruiter|Head of Talent Acquisition» | «CO»
«ME.phone_intl» | «ME.work_email»"""),

    T("en_email_salary_returned", "email", "en", """Subject: Returned salary payment — «P1.full» (employee «X:num:10000-99999»)

Hi «P2.first»,

The «NW:month_name:March|April|June» salary for «P1.initial_last» came back from the bank with reason code AC01 (account identifier incorrect). The IBAN on file is «IBAN», which the bank says was closed on «N:date».

Could you ask «P1.first» for the new details? Their personal address is «P1.email» and they're working from the «L:city:Dublin|Kraków|Lisbon|Cluj-Napoca|Tallinn» office until the end of the month. Please don't collect bank details over Slack.

Amount returned: «N:amount». I'll rerun it in the off-cycle on «NW:weekday:Wednesday|Friday».

Thanks,
«ME.full»
«NW:job_title:Payroll Specialist|Senior Payroll Administrator», «CO»
cc: «P3.full», «P4.full»"""),

    T("en_crm_renewal_call", "crm_note", "en", """Call summary — «N:date»
Contact: «P1.title_last» (goes by «P1.first»)
Account: «CO»
Direct line: «P1.phone_ext»

- Renewal due «N:date»; budget signed off by their «NW:job_title:CFO|Finance Director|Head of Procurement», «P2.full».
- Opening a site in «L:city:Rotterdam|Monterrey|Pune|Durban|Ho Chi Minh City» and wants pricing for 40 more seats.
- Said «P3.first» on our side was "a lifesaver" during onboarding, pass it on.
- Quote «N:invoice_number» sent to «P1.work_email».
Next: follow up «NW:weekday:Tuesday|Thursday» 10:00 their time."""),

    T("en_crm_account_handover", "crm_note", "en", """ACCOUNT HANDOVER — «CO» (from «P1.first» to «P2.first»)

Stakeholders
• «P3.full» — «NW:job_title:COO|Operations Director|Plant Manager», decision maker. Mobile «P3.mobile». Hates long emails.
• «P4.initial_last» — procurement; every PO goes through «P4.work_email».
• «P5.first_initial» — IT, owns the SSO setup, based in «P5.city».
• «P6.first» (assistant to «P3.first») — book meetings through them: «P6.phone».

HQ:
«ADDR_ML»

Open items: invoice «N:invoice_number» disputed («N:amount»); pilot in «L:country:Poland|Mexico|Egypt|Indonesia|Chile» paused until «NW:month_name:September|October»."""),

    T("en_crm_kyc_review", "crm_note", "en", """KYC review — case «N:order_number»
Name: «P1.full»    DOB: «N:date»
Residential address: «P1.address»
Tax residency: «P1.country»{?, also «L:country:United States|Switzerland|Singapore|Cyprus»?}
SSN/TIN: «SSN»
Phone: «P1.phone» (verified by OTP)
Source of funds: sale of an apartment in «L:city:Limassol|Marbella|Tbilisi|Dubai» («N:amount»), buyer «P2.full».
Onboarding IP «IP6» geolocates to «L:country:Malta|Estonia|Latvia|Cyprus»; customer says they were on holiday.
Reviewer: «ME.initial_last». Escalate to «P3.full» if the notary letter is still missing on «N:date»."""),

    T("en_chat_flatshare", "chat", "en", """[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:02] «P1.first»: landlord says «P3.first» from the agency is coming «NW:weekday:Thursday|Friday» to look at the boiler
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:04] «P2.first_lower»: ugh again?? what time
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:04] «P1.first»: between 9 and 1. can someone be in? I'm in «L:city:Leeds|Bristol|Galway|Wellington|Adelaide» all week
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:06] «P2.first»: I can. send me their number
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:06] «P1.first»: «P3.phone»
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:11] «P4.first»: «NW:capitalised_word:Grace» period on the rent ends «NW:weekday:Monday» btw, send me your share
[«VAR:d:num:10-28»/0«VAR:m:num:3-9»/2025, 19:12] «P4.first»: same account as always «IBAN»"""),

    T("en_chat_support_transcript", "chat", "en", """Chat started «N:timestamp»
«AGENT.first» (Support): Hi, thanks for waiting! You're chatting with «AGENT.first». How can I help?
Visitor: hi, tracking says delivered but nothing's here. order «N:order_number»
«AGENT.first» (Support): Sorry about that! Can I take the full name on the order?
Visitor: «P1.full»
«AGENT.first» (Support): Thanks «P1.first». And the delivery postcode?
Visitor: «P1.postcode»
«AGENT.first» (Support): I can see it was left with a neighbour at number «X:num:2-80» and signed for by "«P2.last»".
Visitor: no idea who that is. can you send the replacement to my office instead? «ADDR»
«AGENT.first» (Support): Of course. The courier will need a phone number too.
Visitor: «P1.mobile»
«AGENT.first» (Support): Done, new tracking number «N:tracking_number». Anything else?"""),

    T("en_chat_incident_channel", "chat", "en", """#inc-«X:num:1000-9999»-checkout-latency
«P1.first_lower»: paging @«P2.first_lower», p99 on «X:service» jumped right after deploying «N:version_string»
«P2.first»: looking. ~40% of traffic from «IP4», all with the same user agent
«P3.first»: that range is a customer, «CO». their admin «P4.full» emailed support this morning about a sync job
«P2.first»: ok, rate limiting «IP» for now. roll back to «N:git_sha»?
«P1.first_lower»: yes. «P3.first» can you call «P4.first»? CRM says «P4.phone»
«P3.first»: on it. trace id «N:uuid» if anyone wants the flame graph"""),

    T("en_tool_site_visit_invite", "tool_args", "en", {
        "tool": "calendar.events.insert",
        "arguments": {
            "title": "Site visit — «CO»",
            "organizer": "«ME.work_email»",
            "attendees": [{"name": "«P1.full»", "email": "«P1.work_email»", "optional": False},
                          {"name": "«P2.fullr»", "email": "«P2.email»", "optional": True},
                          {"email": "«EMAIL»"}],
            "location": "«ADDR»",
            "start": "«N:timestamp»",
            "description": "Hard hats on site. Gate code from «P3.first» ({?mobile ?}«P3.mobile»). Dial-in if you can't make it: «PHONE_EXT»",
        }}),

    T("en_tool_contact_search_result", "tool_args", "en", lambda d: {
        "tool_result": {"query": f"account:{_n(d, 10000, 99999)}", "total": 2, "records": [
            {"contact_name": "«P1.full»", "phone": "«P1.phone»",
             "mailing_address": {"line1": "«P1.street»", "city": "«P1.city»", "postal_code": "«P1.postcode»",
                                 "country": "«P1.country»"},
             "account_owner": "«P3.initial_last»", "last_activity": "«N:date»"},
            {"contact_name": "«P2.fullr»", "phone": "«P2.phone_intl»",
             "mailing_address": {"line1": "«P2.street»", "city": "«P2.city»", "postal_code": "«P2.postcode»",
                                 "country": "«P2.country»"},
             "account_owner": "«P3.initial_last»",
             "notes": "Relocated from «L:city:Singapore|Johannesburg|Vancouver|Melbourne» in «NW:month_name:January|April|July»; assistant «P4.first» handles scheduling"},
        ]}}),

    T("en_tool_issue_refund", "tool_args", "en", {
        "name": "payments.issue_refund",
        "input": {"payment_method": {"type": "card", "number": "«CARD»", "holder": "«P1.full»",
                                     "billing_zip": "«N:zip_code»"},
                  "amount": "«N:amount»",
                  "reason": "Duplicate charge reported by «P1.first» in live chat",
                  "customer_ip": "«IP»",
                  "order_id": "«N:order_number»",
                  "notify": ["«P1.email»"]}}),

    T("en_tool_hris_update", "tool_args", "en", {
        "function": "hris.update_employee",
        "parameters": {"employee_id": "E-«X:num:10000-99999»",
                       "legal_name": {"first": "«P1.first»", "last": "«P1.last»"},
                       "ssn": "«SSN»",
                       "home_address": "«P1.address»",
                       "job_title": "«NW:job_title:Warehouse Associate|Accounts Payable Clerk|Registered Nurse|Line Cook»",
                       "manager": "«P2.full»",
                       "emergency_contact": {"name": "«P3.full»", "relationship": "«sibling|spouse|parent|friend»",
                                             "phone": "«P3.phone»"},
                       "start_date": "«N:date»"}}),
]

# ------------------------------------------------------------------------------------------------
# German
# ------------------------------------------------------------------------------------------------

DE = [
    T("de_ticket_wasserschaden", "ticket", "de", """Schadensmeldung «N:order_number»
Mieter/in: «P1.full»
Wohnung: «P1.address», 3. OG links
Erreichbar: «P1.mobile» (ab 17 Uhr), Festnetz «P1.landline»

Seit «NW:weekday:Samstag|Sonntag» tropft es im Bad durch die Decke. «P2.title_last» aus der Wohnung darüber ist laut Nachbarn im Urlaub in «L:country:Kroatien|Griechenland|Spanien|Italien» und bis «N:date» nicht erreichbar. Der Hausmeister, «P3.full», hat den Haupthahn abgedreht. «NW:capitalised_word:Lange» halte ich das nicht mehr aus: Schimmel an der Wand, der Trockner (ein «NW:product_name:Bosch Serie 6|Miele T1|AEG Lavatherm») läuft ununterbrochen.
Bitte schicken Sie einen Gutachter."""),

    T("de_email_kita_abholung", "email", "de", """Betreff: Abholberechtigung für «P1.first»

Hallo «P2.title_last»,

ab «NW:month_name:August|Mai|Juni» darf laut Ihrer Nachricht auch «P3.full» Ihr Kind aus der Gruppe abholen. Bitte geben Sie uns das unterschriebene Formular bis «N:date» zurück und tragen Sie eine Notfallnummer ein (bisher haben wir nur «P2.phone»).

«NW:capitalised_word:Kurz» noch zum Ausflug nach «L:city:Potsdam|Bamberg|Lüneburg|Tübingen»: der Beitrag von 8 € geht bitte auf das Konto des Fördervereins, «IBAN:DE».

Viele Grüße
«ME.full»
«IG:organization:Kita Pusteblume|Kinderhaus Regenbogen|Kita Sonnenblume»
«ME.landline»"""),

    T("de_crm_glasbruch", "crm_note", "de", """Telefonat «N:date», 14:20 – «P1.title_last» (VN) meldet Steinschlag an der Frontscheibe, Fahrzeug «NW:product_name:VW Tiguan|Škoda Kodiaq|Opel Zafira|Seat Tarraco».
Schadenort: A7 zwischen «L:city:Kassel|Göttingen|Fulda|Würzburg» und «L:city:Hannover|Hildesheim|Ulm».
Werkstatt: «CO», Ansprechpartner «P2.full», Tel. «P2.landline».
Auszahlung Selbstbeteiligung zurück an «IBAN:DE:spaced» (Kontoinhaber «P1.full»).
Rückfrage bei «P3.first» (Innendienst) wegen SF-Klasse. Wiedervorlage «N:date».
Neue Anschrift seit Umzug: «P1.address»."""),

    T("de_chat_familie_bahnhof", "chat", "de", """Mama: «P1.first», kannst du Opa am «NW:weekday:Dienstag|Donnerstag» vom Bahnhof in «L:city:Ulm|Rosenheim|Wuppertal|Kassel» abholen?
«P1.first»: klar, wann kommt der Zug?
Mama: 16:42, Gleis 3. Er hat ein neues Handy: «P2.mobile»
«P3.first_lower»: «NW:capitalised_word:Lange» nicht gesehen, ich komm auch! bringt jemand Kuchen mit?
«P1.first»: frag «P4.first», backt eh jedes Wochenende 😄
Mama: Und «P5.first» kommt extra aus «L:country:Österreich|Polen|Tschechien» angereist"""),

    T("de_tool_lieferadresse", "tool_args", "de", {
        "tool": "shop.lieferadresse_aendern",
        "args": {"bestellnummer": "«N:order_number»",
                 "empfaenger": "«P1.full»",
                 "strasse_hausnr": "«P1.street»",
                 "plz": "«P1.postcode»",
                 "ort": "«P1.city»",
                 "land": "«P1.country»",
                 "hinweis": "Bei Abwesenheit bei «P2.title_last» im EG abgeben, Tel. «P2.phone»",
                 "artikel": "«NW:product_name:Thermomix TM6|Dyson V15|Kärcher K5»"}}),
]

# ------------------------------------------------------------------------------------------------
# French
# ------------------------------------------------------------------------------------------------

FR = [
    T("fr_ticket_coupure_fibre", "ticket", "fr", """Objet : coupure fibre depuis «NW:weekday:lundi|mardi|jeudi»

Titulaire de la ligne : «P1.full_fr»
Adresse d'installation : «P1.address»
Numéro de contact : «P1.mobile:signature»
Identifiant client : «N:order_number»

Bonjour, le technicien («P2.first») est passé le «N:date» mais la «NW:product_name:Freebox Pop|Livebox 6|Bbox Ultym» clignote toujours en rouge. Adresse IP WAN affichée : «IP4». «NW:capitalised_word:Petit» rappel : je télétravaille, chaque jour sans connexion me coûte cher. Si je ne réponds pas, merci d'appeler «P3.title_last» (2e étage), qui a un double des clés."""),

    T("fr_email_syndic_ag", "email", "fr", """Objet : Convocation à l'assemblée générale du «N:date»

Madame, Monsieur,

L'assemblée générale de la copropriété se tiendra à la salle municipale, «ADDR:FR», à 18 h 30.
Le conseil syndical («P1.full», «P2.full_fr» et «P3.title_last») a validé le devis de ravalement de «CO» pour «N:amount».

Les appels de fonds sont à régler par virement : IBAN «IBAN:FR», BIC «BIC:FR».
Pour toute question, contactez-moi au «ME.landline» ou à «ME.work_email».

Bien cordialement,
«ME.full»
«NW:job_title:Gestionnaire de copropriété|Responsable de gestion» – «CO1»"""),

    T("fr_crm_agence_immo", "crm_note", "fr", """Visite «NW:weekday:samedi|mercredi» 10 h – T3 avec balcon
Acquéreurs : «P1.full» et «P2.full», primo-accédants, apport «N:amount».
Cherchent à «L:city:Nantes|Rennes|Angers|Tours» ou en «L:region:Bretagne|Normandie|Vendée|Touraine», pas plus de 30 min de la gare.
Contacts : «P1.mobile» / «P2.email»
Courtier : «P3.full» («CO»), dossier transmis le «N:date».
Ancien logement à vendre : «P1.address»
Rappeler «P1.first» après le passage du diagnostiqueur."""),

    T("fr_chat_covoiturage", "chat", "fr", """«P1.first» : Salut ! Je pars de «L:city:Lyon|Grenoble|Dijon» vers «L:city:Montpellier|Marseille|Toulouse» «NW:weekday:vendredi|samedi» à 7 h, il me reste 2 places
«P2.first» : top ! je peux monter à la sortie «L:city:Valence|Avignon|Nîmes» ?
«P1.first» : oui pas de souci. Tu me donnes ton numéro ?
«P2.first» : «P2.mobile»
«P3.first_lower» : moi aussi je suis partant, on partage l'essence ? 25 € chacun
«P1.first» : ok, rdv sur le parking devant «L:street_address:10 rue de la République|2 place Bellecour|5 cours Lafayette»"""),

    T("fr_tool_reservation_gite", "tool_args", "fr", {
        "action": "creer_reservation",
        "voyageur": {"prenom": "«P1.first»", "nom": "«P1.last»", "courriel": "«P1.email»",
                     "portable": "«P1.mobile»", "adresse_facturation": "«P1.address»"},
        "accompagnants": ["«P2.full»", "«P3.first» (enfant, 7 ans)"],
        "arrivee": "«N:date»",
        "montant_acompte": "«N:amount»",
        "remarque": "Arrivée tardive depuis «L:city:Bruxelles|Genève|Lausanne|Liège», prévenir «P1.first» par SMS"}),
]

# ------------------------------------------------------------------------------------------------
# Spanish
# ------------------------------------------------------------------------------------------------

ES = [
    T("es_ticket_maleta_perdida", "ticket", "es", """Reclamación equipaje extraviado – referencia «N:order_number»

Pasajero/a: «P1.full»
Vuelo con escala en «L:city:Lisboa|Ámsterdam|Fráncfort|Múnich» el «N:date»
Dirección de entrega: «P1.address»
Teléfono de contacto: «P1.phone»

Buenas, mi maleta (una «NW:product_name:Samsonite Lite-Box|American Tourister Soundbox|Delsey Chatelet» azul marino) no llegó. En el mostrador me atendió «P2.first» y me dijo que me llamarían en 48 horas, pero ya han pasado cinco días. Dentro van medicinas de mi madre, «P3.full». Si no estoy, pueden dejarla en el 2.º B, a nombre de «P4.title_last»."""),

    T("es_email_colegio_excursion", "email", "es", """Asunto: Excursión de 4.º B a «L:city:Toledo|Segovia|Cuenca|Ávila»

Estimadas familias:

La excursión será el «NW:weekday:martes|jueves» «N:date». Salimos a las 8:30 desde la puerta del «IG:organization:CEIP Miguel Hernández|CEIP Rosalía de Castro|Colegio Antonio Machado».
«P1.first» y «P2.first» todavía no han entregado la autorización firmada.
El importe (12 €) se ingresa en la cuenta del AMPA «IBAN:ES» indicando el nombre del alumno.

Para cualquier duda, escribidme a «ME.work_email» o llamad a secretaría al «LANDLINE:ES».

Un saludo,
«ME.full»
Tutora de 4.º B""", pool=["ES"]),

    T("es_crm_clinica_dental", "crm_note", "es", """Paciente: «P1.fullr»
Cita: «N:date» – revisión implante
Derivación del centro de salud de «L:city:Getafe|Leganés|Alcorcón|Móstoles» (médico de cabecera: «P2.full»).
Presupuesto «N:invoice_number» por «N:amount», financiado a 12 meses.
Domiciliación: «IBAN:ES:spaced»
Móvil «P1.mobile», prefiere WhatsApp. Viene acompañado/a de «P3.first».
«NW:capitalised_word:Dolores» fuertes desde el «NW:weekday:domingo|lunes», pautado ibuprofeno.""", pool=["ES"]),

    T("es_chat_vecinos_gato", "chat", "es", """«P1.first»: ¿Alguien ha visto un gato naranja por el portal? Se llama «NW:capitalised_word:Canelo|Simba|Chispa»
«P2.first»: creo que es de los del 3.º B, «P3.full»
«P1.first»: gracias! tenéis su número?
«P4.first_lower»: «P3.mobile»
«P2.first»: «NW:capitalised_word:Luz» cortada otra vez en la escalera, por cierto. Ya avisé al administrador, «P5.full»
«P1.first»: yo me voy a «L:city:Guadalajara|Monterrey|Rosario|Medellín» el «NW:weekday:viernes|sábado», si lo veis me escribís"""),

    T("es_tool_crear_envio", "tool_args", "es", {
        "herramienta": "crear_envio",
        "parametros": {"remitente": {"nombre": "«P1.full»", "telefono": "«P1.phone»", "direccion": "«P1.address»"},
                       "destinatario": {"nombre_completo": "«P2.full»", "movil": "«P2.mobile»",
                                        "calle": "«P2.street»", "codigo_postal": "«P2.postcode»",
                                        "poblacion": "«P2.city»", "pais": "«P2.country»"},
                       "peso_kg": "2,4",
                       "referencia": "«N:order_number»",
                       "contenido": "«NW:product_name:Cecotec Conga 8290|Roomba Combo j7|Thermomix TM6»"}}),
]

# ------------------------------------------------------------------------------------------------
# Italian
# ------------------------------------------------------------------------------------------------

IT = [
    T("it_email_assemblea_condominio", "email", "it", """Oggetto: convocazione assemblea condominiale

Gentili condòmini,

l'assemblea si terrà il «N:date» alle ore 21 presso il mio studio in «ADDR:IT».
All'ordine del giorno: rifacimento della facciata (preventivo «CO» da «N:amount») e nomina dei consiglieri. Si sono candidati «P1.full», «P2.title_last» e «P3.full».
Le quote straordinarie vanno versate su «IBAN:IT» entro «NW:month_name:Giugno|Luglio|Settembre».

Cordiali saluti,
«ME.title_last»
«NW:job_title:Amministratore condominiale|Amministratrice di condominio»
«ME.landline» – «ME.work_email»"""),

    T("it_crm_commercialista", "crm_note", "it", """Cliente: «P1.last_first» – telefonata del «N:date»
Chiede proroga per il 730; il coniuge («P2.first») lavora a «L:city:Lugano|Chiasso|Mendrisio» come frontaliere.
«NW:capitalised_word:Costa» «N:amount» la pratica di successione per la casa di «L:city:Bergamo|Brescia|Cremona|Lecco».
Documenti via PEC a «P1.email»; cellulare «P1.mobile».
Da richiamare «NW:weekday:lunedì|venerdì» mattina. Pratica seguita da «ME.first_initial» (studio)."""),

    T("it_chat_calcetto", "chat", "it", """«P1.first»: ragà giovedì calcetto alle 21, chi c'è? campo prenotato a nome di «P2.last»
«P3.first_lower»: io ci sono
«P4.first»: io no, sono a «L:city:Parigi|Londra|Monaco di Baviera|Zurigo» per lavoro fino a venerdì
«P2.first»: chi porta il pallone? e ricordatevi 7 € a testa, Satispay al «P2.mobile»
«P5.first»: porto anche mio cugino «P6.first», manca uno"""),

    T("it_tool_prenota_agriturismo", "tool_args", "it", {
        "funzione": "prenota_camera",
        "dati": {"ospite": "«P1.full»", "email": "«P1.email»", "cellulare": "«P1.mobile»",
                 "indirizzo_residenza": "«P1.address»",
                 "carta_garanzia": "«CARD»", "intestatario_carta": "«P1.last_first»",
                 "note": "Arrivo in tarda serata da «L:city:Firenze|Siena|Arezzo|Perugia»; la signora «P2.last» chiede la culla"}}),
]

# ------------------------------------------------------------------------------------------------
# Dutch
# ------------------------------------------------------------------------------------------------

NL = [
    T("nl_ticket_melding_stoep", "ticket", "nl", """Melding openbare ruimte «N:order_number»
Melder: «P1.full»
Adres melder: «P1.address»
Locatie: hoek «L:street_address:Kerkstraat|Dorpsstraat|Molenweg»/«L:street_address:Stationsweg|Schoolstraat|Julianalaan»

Losliggende stoeptegels voor de bakker. De bewoner van nummer «X:num:2-60», «P2.title_last», is er gisteren over gestruikeld. «NW:capitalised_word:Groot» onderhoud is al twee jaar beloofd.
Terugbellen graag op «P1.phone»."""),

    T("nl_email_huurverhoging", "email", "nl", """Onderwerp: bezwaar huurverhoging per 1 juli

Beste «P2.title_last»,

Ik heb uw brief van «N:date» ontvangen. De verhoging van «N:amount» per maand is hoger dan toegestaan voor mijn woning. Ik betaal voorlopig de oude huur vanaf mijn rekening «IBAN:NL».
Mijn dochter/zoon «P3.first» woont sinds kort in «L:city:Gent|Antwerpen|Keulen|Aken» en is dus niet meer ingeschreven.

Hoogachtend,
«P1.full»
«P1.address_ml»
«P1.mobile»"""),

    T("nl_chat_buurtapp_ladder", "chat", "nl", """«P1.first»: Wie heeft er een ladder te leen? 🪜
«P2.first»: ik! maar «P3.first» heeft hem nu, vraag maar op nummer «X:num:2-90»
«P1.first»: top. ben vanaf «NW:weekday:zaterdag|zondag» trouwens een week in «L:city:Keulen|Parijs|Aken|Luik»
«P4.first_lower»: wil iemand mijn kliko's buitenzetten dinsdag? bel «P4.mobile»
«P3.first»: doe ik, de ladder staat bij «P5.title_last» in de schuur"""),

    T("nl_tool_bezorging_wijzigen", "tool_args", "nl", {
        "functie": "wijzig_bezorging",
        "invoer": {"ordernummer": "«N:order_number»", "ontvanger": "«P1.full»",
                   "bezorgadres": "«P1.address»", "telefoonnummer": "«P1.phone»",
                   "afleveren_bij": "«P2.full», huisnummer «X:num:2-98»",
                   "artikel": "«NW:product_name:Gazelle Ultimate C8|Philips Airfryer XXL|Sonos Era 100»"}}),
]

# ------------------------------------------------------------------------------------------------
# Portuguese (Brazil and Portugal)
# ------------------------------------------------------------------------------------------------

PT = [
    T("pt_ticket_pix_errado", "ticket", "pt", """Chamado «N:order_number» – Pix enviado para a pessoa errada

Cliente: «P1.full»
Celular: «P1.mobile:signature»
Valor: «N:amount», em «N:date»

Mandei o Pix para «P2.full» (chave «P2.email») achando que era «P3.first», da minha família. Já falei com «P2.first» pelo WhatsApp e concordou em devolver, mas diz que o banco bloqueou. Endereço cadastrado: «P1.address». Conta para devolução: «IBAN:BR».""", pool=["BR"]),

    T("pt_email_contabilidade", "email", "pt", """Assunto: Fatura «N:invoice_number» – avença de «NW:month_name:Março|Maio|Junho»

Exmo(a). «P1.title_last»,

Em anexo segue a fatura relativa aos serviços de contabilidade. O pagamento pode ser feito por transferência para o IBAN «IBAN:PT» até «N:date».
Aproveito para lembrar que a declaração do seu cônjuge, «P2.full», ainda precisa da morada atualizada em «L:city:Braga|Viseu|Guimarães|Évora».

Com os melhores cumprimentos,
«ME.full»
«NW:job_title:Contabilista Certificada|Técnico Oficial de Contas»
«CO»
«ME.landline» | «ME.work_email»""", pool=["PT"]),

    T("pt_crm_concessionaria", "crm_note", "pt", """Lead «N:order_number» – «P1.full»
Interesse: «NW:product_name:Jeep Compass|Fiat Toro|VW Nivus|Hyundai Creta» 2025, troca do usado.
Mora em «L:city:Campinas|Sorocaba|Jundiaí|Ribeirão Preto»: «P1.address»
WhatsApp «P1.mobile», e-mail «P1.email»
Cônjuge («P2.first») vai junto no test drive «NW:weekday:sábado|domingo».
Vendedor: «ME.first». Financiamento: «CO»""", pool=["BR"]),

    T("pt_chat_churrasco", "chat", "pt", """«P1.first»: galera, churrasco sábado na casa de «P2.full»!!
«P2.first»: isso, o endereço é «P2.address»
«P3.first_lower»: levo a carne, pix pra quem?
«P2.first»: pro «P1.first», a chave é o celular: «P1.mobile»
«P4.first»: vou levar «NW:product_name:Guaraná Antarctica|Brahma Duplo Malte|Heineken» e gelo
«P1.first»: «P5.first» confirmou também, vem de «L:city:Niterói|Santos|Petrópolis»""", pool=["BR"]),

    T("pt_tool_rastreio", "tool_args", "pt", {
        "servico": "rastrear_encomenda",
        "entrada": {"codigo_rastreio": "«N:tracking_number»", "destinatario": "«P1.full»",
                    "cep": "«P1.postcode»", "cidade": "«P1.city»", "telefone": "«P1.phone»"},
        "resultado": {"status": "Objeto saiu para entrega em «L:city:Belo Horizonte|Goiânia|Londrina|Natal»",
                      "recebedor_autorizado": "«P2.full»"}}),
]

# ------------------------------------------------------------------------------------------------
# Polish
# ------------------------------------------------------------------------------------------------

PL = [
    T("pl_ticket_reklamacja_kurier", "ticket", "pl", """Zgłoszenie reklamacyjne – przesyłka «N:tracking_number»

Nadawca: «P1.full», «P1.address»
Odbiorca: «P2.last_first»
Kontakt: «P1.mobile»

Paczka miała trafić do «L:city:Krakowa|Poznania|Wrocławia|Gdańska» do «NW:weekday:piątku|środy», a kurier zostawił ją pod drzwiami u sąsiada. «P2.title_last» twierdzi, że nic nie dostała/dostał. W środku był «NW:product_name:Xiaomi Redmi Note 13|iPhone 15|Lenovo Legion» za «N:amount»."""),

    T("pl_crm_kredyt_hipoteczny", "crm_note", "pl", """Klient: «P1.full», ur. «N:date»
Wniosek o kredyt hipoteczny na mieszkanie w «L:city:Warszawie|Łodzi|Lublinie|Katowicach».
Współkredytobiorca: «P2.full»
Rachunek do spłaty: «IBAN:PL»
Tel. «P1.phone», e-mail «P1.email»
Aktualny adres: «P1.address»
Umowa u notariusza w «NW:weekday:czwartek|poniedziałek». Doradca: «ME.initial_last», «NW:job_title:kierownik oddziału|starszy doradca kredytowy»."""),

    T("pl_chat_rodzina_swieta", "chat", "pl", """«P1.first»: Babcia pyta kto przyjedzie na Wigilię 🎄
«P2.first»: «P3.first» i ja będziemy 23-go wieczorem
«P1.first»: pociągiem z «L:city:Wrocławia|Poznania|Lublina|Torunia»?
«P4.first_lower»: ja dopiero w «NW:weekday:piątek|sobotę», mam dyżur
«P2.first»: jakby co mój nowy numer: «P2.mobile»
«P1.first»: ok, wujek «P5.first» przywiezie karpia"""),

    T("pl_tool_wystaw_fakture", "tool_args", "pl", {
        "narzedzie": "wystaw_fakture",
        "argumenty": {"kontrahent": {"nazwa": "«CO»", "osoba_kontaktowa": "«P1.full»",
                                     "adres": "«P1.address»", "email": "«P1.work_email»", "telefon": "«P1.phone»"},
                      "numer": "«N:invoice_number»",
                      "rachunek_bankowy": "«IBAN:PL:compact»",
                      "kwota_brutto": "«N:amount»",
                      "wystawil": "«ME.full»"}}),
]

# ------------------------------------------------------------------------------------------------
# Swedish and Danish
# ------------------------------------------------------------------------------------------------

SV = [
    T("sv_email_forskola_utflykt", "email", "sv", """Ämne: Utflykt på «NW:weekday:fredag|torsdag»

Hej alla föräldrar!

På «NW:weekday:fredag|torsdag» åker vi med buss till «L:city:Uppsala|Sigtuna|Västerås|Norrtälje». Glöm inte regnkläder och matsäck.
«P1.first» och «P2.first» har fortfarande inte lämnat tillbaka blanketten.
Vid frågor, ring mig på «ME.mobile» eller mejla «ME.work_email».

Hälsningar
«ME.full», förskollärare"""),

    T("sv_crm_bilverkstad", "crm_note", "sv", """Kund: «P1.full», «P1.phone»
Bil: «NW:product_name:Volvo V60|Saab 9-3|Volvo XC40|Kia Ceed» – service + bromsbelägg
Hämtas av sambo «P2.first» på «NW:weekday:måndag|tisdag» efter 16.
Faktura «N:invoice_number» skickas till «P1.address».
Betalning till «IBAN:SE» inom 30 dagar. Mekaniker: «ME.first_initial», «NW:job_title:verkstadschef|bilmekaniker»."""),

    T("sv_chat_innebandy", "chat", "sv", """«P1.first»: Träningen flyttas till «NW:weekday:onsdag» 19.30 i hallen i «L:city:Solna|Nacka|Täby|Huddinge»
«P2.first»: kan inte, är i «L:city:Helsingfors|Köpenhamn|Oslo» på jobb
«P3.first_lower»: swisha avgiften till «P1.mobile» eller?
«P1.first»: ja, 300 kr. «P4.first» har nycklarna till förrådet"""),

    T("sv_tool_skapa_kund", "tool_args", "sv", {
        "funktion": "skapa_kund",
        "parametrar": {"fornamn": "«P1.first»", "efternamn": "«P1.last»", "gatuadress": "«P1.street»",
                       "postnummer": "«P1.postcode»", "ort": "«P1.city»", "mobilnummer": "«P1.mobile»",
                       "epost": "«P1.email»", "kontaktperson_vid_nodfall": "«P2.full» («P2.phone»)"}}),
]

DA = [
    T("da_ticket_boligforening_kaelder", "ticket", "da", """Henvendelse til afdelingsbestyrelsen

Navn: «P1.full»
Adresse: «P1.address»
Tlf.: «P1.phone»

Der har stået vand i kælderen siden «NW:weekday:tirsdag|onsdag». Viceværten, «P2.first», har kigget på det men siger, at det er et kloakproblem. Min nabo «P3.full» har også fået skimmel i sit depotrum. Kan I sende en VVS'er inden «N:date»?""", pool=["DK"]),

    T("da_email_tandlaege_flyttet", "email", "da", """Emne: Din tid er flyttet

Kære «P1.first»

Din tid hos tandlæge «P2.full» er flyttet til «N:date» kl. 9.30, da klinikken flytter.
Den nye adresse er «ADDR:DK».
Afbud senest dagen før på «LANDLINE:DK».

Venlig hilsen
«ME.first», «NW:job_title:klinikassistent|tandplejer»""", pool=["DK"]),

    T("da_chat_sommerhus", "chat", "da", """«P1.first»: Sommerhuset i «L:city:Skagen|Løkken|Hvide Sande» er booket fra uge 29 🏖
«P2.first»: fedt! kører vi sammen fra «L:city:Aarhus|Odense|Aalborg»?
«P3.first_lower»: jeg tager toget. MobilePay «P3.mobile» for min andel
«P1.first»: husk at «P4.first» har hunden med""", pool=["DK"]),

    T("da_tool_opret_kunde", "tool_args", "da", {
        "handling": "opret_kunde",
        "data": {"navn": "«P1.full»", "adresse": "«P1.address»", "telefon": "«P1.phone»",
                 "email": "«P1.email»", "bankkonto": "«IBAN:DK»", "kontaktperson": "«P2.first»"}}, pool=["DK"]),
]

# ------------------------------------------------------------------------------------------------
# Turkish and Czech
# ------------------------------------------------------------------------------------------------

TR = [
    T("tr_ticket_kargo_gecikme", "ticket", "tr", """Konu: Kargom 6 gündür «L:city:Ankara|Bursa|Konya|Adana»'da aktarma merkezinde bekliyor

Alıcı: «P1.full»
Adres: «P1.address»
Cep: «P1.mobile»
Takip no: «N:tracking_number»

Merhaba, «NW:weekday:Pazartesi|Çarşamba» günü teslim edilecekti. Kuryeniz «P2.first» telefonda adresin eksik olduğunu söyledi ama adres doğru. «NW:capitalised_word:Güneş» altında bekletilen bir paket istemiyorum, içinde ilaç var. Lütfen komşum «P3.title_last» teslim alabilsin."""),

    T("tr_email_ik_ise_baslama", "email", "tr", """Konu: İşe başlama bilgilendirmesi

Sayın «P1.title_last»,

İşe başlama tarihiniz «N:date» olarak belirlenmiştir. Maaş ödemeleri için IBAN bilginizi («IBAN:TR») teyit etmenizi rica ederiz.
Yöneticiniz «P2.full» sizi «L:city:Kadıköy|Maslak|Levent|Ataşehir» ofisinde karşılayacaktır.

Saygılarımızla,
«ME.full»
«NW:job_title:İnsan Kaynakları Uzmanı|İK Müdürü»
«CO»
«ME.landline»"""),

    T("tr_chat_aile_bayram", "chat", "tr", """«P1.first»: Annem bayramda «L:city:Trabzon|Samsun|Ordu»'dan geliyor, kim havalimanına gider?
«P2.first»: ben giderim, uçak kaçta?
«P1.first»: 14.10. Annemin yeni numarası «P3.mobile»
«P4.first_lower»: «NW:capitalised_word:Deniz|Yıldız» manzaralı masa ayırttım, akşam 8'de
«P2.first»: «P5.first» da gelecek mi?"""),

    T("tr_tool_siparis_olustur", "tool_args", "tr", {
        "islem": "siparis_olustur",
        "parametreler": {"musteri_adi_soyadi": "«P1.full»", "teslimat_adresi": "«P1.address»",
                         "cep_telefonu": "«P1.mobile»", "e_posta": "«P1.email»", "kart_no": "«CARD»",
                         "urun": "«NW:product_name:Vestel Venus Z40|Togg T10X kol dayama|Arzum Okka»",
                         "not": "Kapıcıya bırakılabilir, adı «P2.first»"}}),
]

CS = [
    T("cs_ticket_reklamace_eshop", "ticket", "cs", """Reklamace objednávky «N:order_number»

Jméno: «P1.full»
Doručovací adresa: «P1.address»
Telefon: «P1.mobile»

Dobrý den, «NW:product_name:Sencor SWM 1520|ETA Moneta|Braun Series 7» přišel rozbitý. Balík převzal soused («P2.full»), krabice byla promáčklá. Zboží jsem vrátil/a přes výdejní místo z «L:city:Liberce|Pardubic|Zlína|Jihlavy» dne «N:date».
Peníze prosím vraťte na účet «IBAN:CZ»."""),

    T("cs_crm_pojistovna_kroupy", "crm_note", "cs", """Hovor «N:date» – klient/ka «P1.full» hlásí poškození vozu kroupami v «L:city:Brně|Ostravě|Plzni|Českých Budějovicích».
Kontakt: «P1.phone», e-mail «P1.email»
Adresa: «P1.address»
Likvidátor: «P2.initial_last», prohlídka v «NW:weekday:úterý|čtvrtek».
Vůz řídil/a «P3.first» (člen domácnosti), řidičský průkaz doložit."""),

    T("cs_chat_chata", "chat", "cs", """«P1.first»: Jedeme o víkendu na chatu do «L:region:Krkonoš|Beskyd|Šumavy|Jizerek»?
«P2.first»: jo, vyzvednu «P3.first» v «NW:weekday:pátek» po práci
«P4.first_lower»: «NW:capitalised_word:Smetana» do kafe došla, kupte někdo
«P1.first»: ok. kdyby něco, moje nové číslo «P1.mobile»"""),

    T("cs_tool_objednavka", "tool_args", "cs", {
        "akce": "vytvor_objednavku",
        "zakaznik": {"jmeno": "«P1.first»", "prijmeni": "«P1.last»", "ulice": "«P1.street»",
                     "psc": "«P1.postcode»", "mesto": "«P1.city»", "telefon": "«P1.phone»", "email": "«P1.email»"},
        "dopravce": "«IG:organization:Zásilkovna|PPL|Česká pošta»",
        "poznamka": "Při nepřítomnosti předat paní/panu «P2.last» ve 2. patře"}),
]

# ------------------------------------------------------------------------------------------------
# Japanese, Chinese, Korean (native script)
# ------------------------------------------------------------------------------------------------

JA = [
    T("ja_ticket_okihai", "ticket", "ja", """【お問い合わせ】置き配の荷物が届いていません
お問い合わせ番号：«N:order_number»
お名前：«P1.full»
ご住所：«P1.address_pc»
お電話：«P1.phone»

«N:date»に配達完了となっていますが、玄関前にありませんでした。隣の«P2.last»さんのお宅に誤って届いていたそうです。中身は«NW:product_name:Nintendo Switch 2|ルンバ j7|ダイソン V12»なので至急確認をお願いします。"""),

    T("ja_email_mitsumori", "email", "ja", """件名：お見積書送付の件（«N:invoice_number»）

«CO»
«P1.last»様

いつも大変お世話になっております。«CO1»の«ME.full»です。
先日ご依頼いただいたお見積書を添付いたします。
来週«NW:weekday:水曜日|木曜日»の打ち合わせには、«L:city:大阪|名古屋|福岡|札幌»営業所の«P2.full»も同席いたします。

何卒よろしくお願い申し上げます。
――――――――――
«ME.full»（«NW:job_title:営業部 課長|営業部 主任»）
«CO1»
TEL：«ME.landline»
Mail：«ME.work_email»"""),

    T("ja_crm_fudousan", "crm_note", "ja", """«N:date» 来店
お客様：«P1.full»様（ご夫婦で来店、奥様・ご主人は«P2.first»様）
希望エリア：«L:city:横浜|川崎|さいたま|千葉»、駅徒歩10分以内
予算：«N:amount»
勤務先：«CO»
連絡先：«P1.mobile»／«P1.email»
現住所：«P1.address»
次回«NW:weekday:土曜|日曜»に内見予定。担当：«ME.last»"""),

    T("ja_chat_line_nomikai", "chat", "ja", """«P1.first»：明日の飲み会、«L:city:渋谷|新宿|池袋|梅田»に19時ね
«P2.last»：了解！«P3.first»ちゃんも来る？
«P3.first»：ごめん、«NW:weekday:金曜|土曜»は無理〜
«P1.first»：店の番号 «LANDLINE:JP» 予約は«P1.last»で入れてる
«P4.full»：遅れるかも、«P4.mobile»に連絡して"""),

    T("ja_tool_hotel_yoyaku", "tool_args", "ja", {
        "function": "create_reservation",
        "arguments": {"宿泊者名": "«P1.full»", "電話番号": "«P1.phone»", "住所": "«P1.address»",
                      "メール": "«P1.email»", "同行者": ["«P2.full»"], "チェックイン": "«N:date»",
                      "カード番号": "«CARD»",
                      "備考": "«L:city:京都|神戸|仙台|金沢»駅から送迎希望"}}),
]

ZH = [
    T("zh_ticket_kuaidi_diushi", "ticket", "zh", """投诉：快递显示已签收但未收到
运单号：«N:tracking_number»
寄件人：«P1.full»
收货地址：«P1.address»
联系电话：«P1.mobile»

快递小哥说放在驿站了，驿站的«P2.last»老板说没有。物业的«P3.last»经理调了监控，也没看到。包裹里是«NW:product_name:小米14 Pro|华为 Mate 60|大疆 Mini 4»，价值«N:amount»，请尽快处理。"""),

    T("zh_crm_kehu_goutong", "crm_note", "zh", """客户：«P1.full»（«CO»采购部）
«N:date» 电话沟通：客户希望在«L:city:上海|杭州|苏州|宁波»交货，付款方式待定。
对接人：«P2.last»总，手机«P2.mobile»
邮箱：«P1.work_email»
下次跟进：«NW:weekday:周三|周五»，由«ME.full»负责。"""),

    T("zh_chat_wechat_gaotie", "chat", "zh", """«P1.full»：周六去«L:city:成都|重庆|长沙|厦门»的高铁票买好了吗
«P2.first»：买好了，老«P3.last»也去
«P1.full»：手机号多少？
«P2.first»：«P3.mobile»
«P4.last»姐：我开车去，顺路接«P5.first»"""),

    T("zh_tool_chuangjian_dingdan", "tool_args", "zh", {
        "操作": "创建订单",
        "参数": {"联系人": "«P1.full»", "手机号": "«P1.mobile»", "详细地址": "«P1.address»",
                 "城市": "«P1.city»", "订单号": "«N:order_number»",
                 "商品": "«NW:product_name:比亚迪 汉|小米 SU7 车模|华为 Mate 60»",
                 "备注": "放门卫«P2.last»师傅那里"}}),
]

KO = [
    T("ko_ticket_taekbae_bunsil", "ticket", "ko", """[문의] 택배 분실 건
주문번호: «N:order_number»
받는 분: «P1.full»
주소: «P1.address»
연락처: «P1.mobile»

배송 완료로 나오는데 물건을 못 받았습니다. 기사님은 경비실에 맡겼다고 하시는데 경비 «P2.last»씨는 받은 적이 없다고 하십니다. 상품은 «NW:product_name:갤럭시 S24|다이슨 에어랩|LG 그램»이고 금액은 «N:amount»입니다.""", pool=["KR"]),

    T("ko_email_ipsa_annae", "email", "ko", """제목: 입사 안내

«P1.full» 님께,

안녕하세요, «CO» 인사팀 «ME.full»입니다.
입사 예정일은 «N:date»이며, 첫날은 «L:city:부산|대구|광주|대전» 지사로 출근하시면 됩니다.
비상 연락처(«P2.full», «P2.phone»)가 맞는지 회신 부탁드립니다.

«ME.full» 드림
«NW:job_title:인사팀 대리|인사팀 과장»
«ME.landline» | «ME.work_email»""", pool=["KR"]),

    T("ko_chat_kakao_yeohaeng", "chat", "ko", """«P1.first»: 이번 주 «NW:weekday:토요일|일요일»에 «L:city:부산|강릉|여수|경주» 가는 거 맞지?
«P2.full»: ㅇㅇ 펜션 사장님 번호 «PHONE:KR»
«P3.first»: 난 «L:city:창원|대구|울산»에서 바로 갈게
«P1.first»: 회비는 «P2.first»한테 보내면 돼?
«P2.full»: 응 카톡 송금 ㄱㄱ""", pool=["KR"]),

    T("ko_tool_baesongji", "tool_args", "ko", {
        "도구": "배송지_변경",
        "인자": {"받는분": "«P1.full»", "휴대전화": "«P1.mobile»", "배송주소": "«P1.address»",
                 "이메일": "«P1.email»",
                 "요청사항": "부재 시 «P2.last» 과장님께 전달"}}, pool=["KR"]),
]

# ------------------------------------------------------------------------------------------------
# Arabic and Hindi as written in Latin letters (chats, mails, agents' notes)
# ------------------------------------------------------------------------------------------------

AR = [
    T("ar_chat_masry_rakam", "chat", "ar", """«P1.first»: salam ya «P2.first», 3amel eh?
«P2.first»: el7amdulillah ya basha, w enta?
«P1.first»: kolo tamam. ana nazel «L:city:Eskendereya|Mansoura|Tanta|Ismailia» bokra, 3ayez 7aga men hnak?
«P2.first»: la shokran. bas law shoft «P3.first» olo yekallemni, rakamo et8ayar
«P1.first»: eh el rakam el gedid?
«P2.first»: «P3.mobile»
«P1.first»: tamam, w sallemli 3ala «P4.first»""", pool=["EG", "EG", "SA", "LB"]),

    T("ar_ticket_internet_khaleeji", "ticket", "ar", """Subject: mushkela fel internet — account «N:order_number»

Marhaba,
Ana «P1.full», el internet 3indi maqtoo3 min «NW:weekday:yom el sabt|yom el jum3a» w kil ma atisel yaqooloon el technician bayji w ma yiji.
El 3inwan: «P1.address»
Raqmi: «P1.mobile»
Law ma raddait, kallimu «P2.full» 3ala «P2.phone», mawjood fel bait.
El router «NW:product_name:Huawei B535|ZTE MF286|TP-Link Archer C6» w el light a7mar.
Shukran""", pool=["SA", "AE", "AE"]),

    T("ar_email_lubnan_ejar", "email", "ar", """Subject: el ejar w el IBAN

Bonjour «P1.first»,
kifak? ba3atlak el IBAN la teb3at 3le el ejar mn hon w rayeh: «IBAN:LB»
el esm 3al 7sab: «ME.full». iza fi shi mechkle 7ke «P2.first» bel bank, ra2ama «P2.phone».
w khabbirne iza l technicien ja 3al bet bi «L:city:Jounieh|Achrafieh|Batroun|Zahle».
Merci ktir,
«ME.first»
«ME.mobile»""", pool=["LB"]),

    T("ar_crm_darija_livraison", "crm_note", "ar", """Appel entrant «N:timestamp» — client «P1.full»
Client 3iyet bzaf, bgha ybeddel l'adresse dyal livraison: «P1.address»
Tel: «P1.mobile» / fix «P1.landline»
Qal bli «P2.first» ghadi ydouz yjib l colis men l agence f «L:city:Marrakech|Fès|Tanger|Agadir» nhar «NW:weekday:lundi|jeudi».
Commande «N:order_number», montant «N:amount». Rappel par «ME.first».""", pool=["MA"]),
]

HI = [
    T("hi_chat_family_diwali", "chat", "hi", """«P1.first»: Mummy bol rahi hai Diwali pe sab «L:city:Jaipur|Lucknow|Indore|Bhopal» aa jao
«P2.first»: bhaiya ticket book kar do please, main «NW:weekday:Shukravar|Friday» ko free hoon
«P3.first_lower»: «NW:capitalised_word:Pooja» ki thali kaun layega?
«P1.first»: «P4.first» aunty la rahi hain. unka naya number «P4.mobile»
«P2.first»: aur «P5.first» ka flight «L:city:Dubai|Singapore|London» se kab land karega?""", pool=["IN"]),

    T("hi_ticket_parcel_atka", "ticket", "hi", """Sir mera parcel abhi tak nahi aaya. Tracking «N:tracking_number».
Naam: «P1.full»
Address: «P1.address»
Mob: «P1.mobile»
Delivery boy «P2.first» ne bola ki parcel «L:city:Gurgaon|Noida|Ghaziabad|Thane» hub mein atka hai. Teen din se koi update nahi. Order value «N:amount» hai, jaldi refund ya delivery karwaiye.""", pool=["IN"]),

    T("hi_crm_policy_renewal", "crm_note", "hi", """«P1.title_last» se baat hui («N:date»), policy renew karni hai.
Poora naam: «P1.full». Beta/beti «P2.first» «L:city:Pune|Bengaluru|Hyderabad» mein padhta/padhti hai, nominee mein add karna hai.
Email «P1.email», alternate number «P1.phone».
Premium «N:amount» auto-debit se. Agent: «ME.full» («NW:job_title:Relationship Manager|Branch Manager»).""", pool=["IN"]),

    T("hi_email_rent_transfer", "email", "hi", """Subject: is mahine ka rent

Namaste «P1.title_last»,

Is mahine ka rent «N:amount» aapke account mein transfer kar diya hai, reference «N:order_number».
Flat («P2.address») mein kitchen ka nal phir se leak ho raha hai. Plumber «P3.first» ka number «P3.mobile» hai, aap unse baat kar lijiye.

Dhanyavaad,
«P2.full»""", pool=["IN"]),
]

# ------------------------------------------------------------------------------------------------
# More card and SSN contexts (hotel desk, tax preparer, payments written into mails by hand)
# ------------------------------------------------------------------------------------------------

MORE = [
    T("en_crm_hotel_night_audit", "crm_note", "en", """Front desk log — night audit «N:date»
Guest: «P1.fullr», room «X:num:101-940», 3 nights, arriving late from «L:city:Frankfurt|Doha|Nairobi|Toronto|Seoul»
Card on file: «CARD» (pre-auth of «N:amount» declined; second card «CARD» accepted)
Home address per registration card: «P1.address»
Mobile: «P1.mobile»
Guest asked that the minibar goes on the bill of «P2.full» (colleague, room «X:num:101-940»).
«NW:capitalised_word:Price» match with the booking site honoured at «N:amount» per night.
Handover to «ME.first» (morning shift)."""),

    T("en_crm_tax_client", "crm_note", "en", """Client: «P1.fullr» (married filing jointly with «P2.full»)
Returning client since 2019; moved from «L:city:Phoenix|Tucson|Boise|El Paso» to «P1.address».
SSN (taxpayer): «SSN»    SSN (spouse): «SSN»
Dependents: «P3.first» (9), «P4.first» (6)
Phone «P1.phone», prefers text. Portal invite sent to «P1.email».
Missing: 1099-INT from «CO», daycare receipts. Next appointment «N:date» with «ME.initial_last», «NW:job_title:Enrolled Agent|Senior Tax Preparer»."""),

    T("es_email_pago_cabana", "email", "es", """Asunto: Pago de la reserva «N:order_number»

Hola «P2.first»:

Te paso los datos para el cargo de la cabaña en «L:city:Valle de Bravo|San Miguel de Allende|Bariloche|Villa de Leyva», como me pediste por teléfono:
Tarjeta: «CARD»
Titular: «P1.full»
Vence: 0«X:num:1-9»/«X:num:26-31»
El resto lo paga «P3.full» en efectivo al llegar.

Cualquier cosa, mi celular es «P1.mobile».
Saludos,
«P1.first»""", pool=["MX", "CO", "AR", "CL", "PE"]),

    T("it_email_doppio_addebito", "email", "it", """Oggetto: doppio addebito del «N:date»

Buongiorno,
sono «P1.full», cliente dal 2019. Mi avete addebitato due volte «N:amount» sulla carta «CARD».
Ho già parlato con l'operatrice «P2.first», che mi ha dato il numero di pratica «N:order_number».
Vi chiedo di riaccreditare l'importo sull'IBAN «IBAN:IT:compact».
Recapiti: «P1.mobile» – «P1.address»

Distinti saluti
«P1.last_first»"""),

    T("zh_email_tuikuan_shenqing", "email", "zh", """主题：退款申请（订单«N:order_number»）

您好，
我是«P1.full»，«N:date»在贵店购买的«NW:product_name:戴森吹风机|小米手环8|华为 MatePad»有质量问题，申请退款到原支付银行卡«CARD:unionpay»。
地址：«P1.address»
联系电话：«P1.mobile»，也可以联系我同事«P2.full»（«P2.phone»）。
谢谢！
«P1.title_last»"""),

    T("ko_crm_kadeu_bunsil", "crm_note", "ko", """상담일시: «N:timestamp»
고객명: «P1.full» 님
연락처: «P1.mobile» / «P1.email»
상담 내용: 카드(«CARD») 분실 신고. 마지막 사용처는 «L:city:부산|제주|인천|수원» 편의점.
재발급 카드 수령지: «P1.address»
가족 «P2.first» 님이 대리 수령 예정. 상담원: «ME.full»""", pool=["KR"]),
]

PII_TEMPLATES: list[dict[str, Any]] = EN + DE + FR + ES + IT + NL + PT + PL + SV + DA + TR + CS + JA + ZH + KO + AR + HI + MORE

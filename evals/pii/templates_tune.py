# ruff: noqa: E501, RUF001
"""Templates of the TUNE split (the test split's templates are in templates_test.py: different
wording, layouts and ids). Slot syntax is documented in README.md."""

from __future__ import annotations

from typing import Any


def T(id: str, kind: str, lang: str, body: Any, **kw: Any) -> dict[str, Any]:
    return {"id": id, "kind": kind, "lang": lang, "body": body, **kw}


# ============================================================================ tickets
TICKETS = [
    T("ticket_refund_1", "ticket", "en", """Subject: Refund not received for order «N:order_number»

Hi support,

I returned the «X:product» on «N:date» but the refund of «N:amount» still hasn't shown up. {?The card I paid with was «CARD». ?}Please call me back on «P1.phone», I'm usually free after 5pm on «X:weekday».

Thanks,
«P1.full»{?
«P1.city»?}"""),
    T("ticket_delivery_address_2", "ticket", "en", """Order «N:order_number» – wrong delivery address

The parcel (tracking «N:tracking_number») is going to my old flat. Please send it here instead:
«P1.address_ml»

The courier can reach me at «PL» «P1.mobile».{? Name on the order is «P1.fullr».?}
Priority: «low|normal|high»"""),
    T("ticket_account_locked_3", "ticket", "en", """My account «P1.email» got locked after I signed in from «IP»{? while travelling in «CITY»?}. The error page showed support code «N:short_digit_group». Can you unlock it? I'm «P1.full», the phone number on file is «P1.phone_intl».
Browser: Firefox «N:version_string»"""),
    T("ticket_billing_dispute_4", "ticket", "en", """Ticket type: Billing dispute
Customer: «P1.full» <«P1.work_email»>
Company: «P1.company»
Invoice: «N:invoice_number» («N:amount»)
Description: We were charged twice on card «CARD» on «N:date».{? Our finance contact «P2.full» can be reached at «P2.phone».?} Please reverse the duplicate charge and confirm by email."""),
    T("ticket_sepa_failure_5", "ticket", "en", """Direct debit failed – contract «N:invoice_number»

Hello, your system says the SEPA mandate for my account was rejected on «N:date». The account is «IBAN», holder «P1.full». Nothing changed on my side. Could someone from the billing team ring me on «P1.landline» between 9 and 12?"""),
    T("ticket_de_lieferung_6", "ticket", "de", """Betreff: Lieferung nicht angekommen – Bestellnr. «N:order_number»

Sehr geehrte Damen und Herren,

meine Bestellung vom «N:date» ist immer noch nicht da. Laut Sendungsverfolgung («N:tracking_number») wurde sie in «CITY» zugestellt, ich wohne aber in «P1.city».

Lieferadresse: «P1.address»{?
«PL» «P1.phone»?}

Mit freundlichen Grüßen
«P1.full»"""),
    T("ticket_de_bankverbindung_7", "ticket", "de", """Hallo Team,

bitte ändern Sie die Bankverbindung für meinen Vertrag «N:invoice_number». Neue IBAN: «IBAN» (BIC «BIC»). Kontoinhaberin bzw. Kontoinhaber ist «P1.full».{? Die alte Karte («CARD») bitte nicht mehr belasten.?}

Rückfragen gerne unter «PL» «P1.mobile».
Danke und viele Grüße{? aus «P1.city»?}"""),
    T("ticket_fr_remboursement_8", "ticket", "fr", """Objet : Demande de remboursement – commande «N:order_number»

Bonjour,

J'ai été débité deux fois de «N:amount» sur ma carte «CARD» le «N:date». Merci de me rembourser sur mon compte «IBAN».
Vous pouvez me joindre au «P1.phone» («PL»){? ou par mail : «P1.email»?}.

Cordialement,
«P1.title_last»"""),
    T("ticket_es_instalacion_9", "ticket", "es", """Asunto: Incidencia con la instalación – «N:order_number»

Buenos días, soy «P1.full». El técnico no se presentó el «N:date» en «P1.address». Mi «PL» es «P1.mobile»{? y el fijo «P1.landline»?}. ¿Podrían reprogramar la visita?
Número de incidencia anterior: «N:short_digit_group»"""),
    T("ticket_it_fattura_10", "ticket", "it", """Oggetto: Errore nella fattura «N:invoice_number»

Salve, nella fattura del «N:date» risulta un importo di «N:amount» ma il contratto prevede un canone diverso. L'addebito è avvenuto sul conto «IBAN» intestato a «P1.full».
Per chiarimenti: «PL» «P1.phone»{?, oppure «P1.email»?}.
Grazie, «P1.first»"""),
    T("ticket_nl_storing_11", "ticket", "nl", """Storing internet sinds «N:date»

Beste klantenservice,

Sinds een paar dagen valt mijn verbinding steeds weg (modem firmware «N:version_string»). Ik woon op «P1.address». Bel mij gerust op «P1.mobile»{?, overdag ben ik ook bereikbaar op mijn werk via «P1.landline»?}.

Met vriendelijke groet,
«P1.full»"""),
    T("ticket_pt_cobranca_12", "ticket", "pt", """Assunto: Cobrança indevida no cartão

Olá, meu nome é «P1.full»{? e moro em «P1.city»?}. Apareceu uma cobrança de «N:amount» no meu cartão «CARD» referente ao pedido «N:order_number», que eu cancelei no dia «N:date».
Meu «PL»: «P1.mobile».{? E-mail: «P1.email».?}
Aguardo retorno."""),
    T("ticket_pl_reklamacja_13", "ticket", "pl", """Temat: Reklamacja zamówienia «N:order_number»

Dzień dobry,
otrzymałem uszkodzony towar («X:product»). Proszę o zwrot «N:amount» na konto «IBAN:PL».
Dane kontaktowe: «P1.full», {?«P1.address», ?}«PL» «P1.phone».
Pozdrawiam"""),
    T("ticket_ja_henpin_14", "ticket", "ja", """件名：返品について（注文番号 «N:order_number»）

お世話になっております。«P1.full»と申します。
«N:date»に届いた商品に不具合がありました。返金は登録済みのカード «CARD» にお願いします。
ご連絡は«PL» «P1.phone» までお願いいたします。"""),
    T("ticket_us_tax_form_15", "ticket", "en", """Issue: W-9 rejected by payroll portal

Hi, I'm a contractor and tried to upload my W-9 three times. Name: «P1.full», SSN «SSN», mailing address «ADDR:US». The portal says "invalid TIN" on «N:timestamp». Phone «PHONE:US».
Thanks"""),
    T("ticket_escalation_dense_16", "ticket", "en", """ESCALATION – account «N:order_number» (priority P1)

Reporter: «AGENT.full» (tier 2)
Customer: «P1.full», «P1.company», «P1.city», «P1.country»
Contacts: «P1.email» / «P1.phone» / backup «P2.full» «P2.phone»
Payment on file: «CARD» and SEPA «IBAN»
Last login IP: «IP»
Summary: customer disputes «N:amount» billed on «N:date» (invoice «N:invoice_number»); asks for a call before «X:weekday». Previous case «N:short_digit_group»."""),
    T("ticket_sv_faktura_17", "ticket", "sv", """Ärende: Fel belopp på faktura «N:invoice_number»

Hej! Jag heter «P1.full» och bor i «P1.city». Fakturan från «N:date» är på «N:amount» men jag har bara beställt ett abonnemang. Ring mig gärna på «PL» «P1.mobile».
Hälsningar «P1.first»"""),
]

# ============================================================================ emails
EMAILS = [
    T("email_intro_1", "email", "en", """{?From: «P1.full» <«P1.work_email»>
To: «P2.email»
?}Subject: Intro – «P3.full»

Hi «P2.first»,

As promised, I'd like to introduce you to «P3.full», who runs procurement at «P3.company»{? in «P3.city»?}. «P3.first» is looking for a supplier for the Q3 rollout and I immediately thought of you.

«P3.first», you can reach «P2.first» at «P2.phone». I'll let you two take it from here.

Best,
«P1.first»"""),
    T("email_remittance_2", "email", "en", """Subject: Remittance advice – «N:invoice_number»

Dear «P1.title_last»,

Please find below the payment details for invoice «N:invoice_number» dated «N:date»:

Amount: «N:amount»
Beneficiary: «CO»
IBAN: «IBAN»
BIC: «BIC»
Reference: «N:order_number»

Kind regards,
«P2.full»
Accounts Payable"""),
    T("email_signature_block_3", "email", "en", """Thanks «P1.first», that works for us. Let's aim for «X:weekday» at 10.

--
«P2.full»
Senior Account Manager | «P2.company»
{?«P2.address_ml»
?}T: «P2.phone_ext»
{?M: «P2.mobile»
?}«P2.work_email»"""),
    T("email_hotel_booking_4", "email", "en", """Subject: Booking confirmation «N:order_number»

Dear «P1.full»,

Thank you for booking with us. Your stay in «CITY» from «N:date» to «N:date» is confirmed. The card ending in «N:short_digit_group» was pre-authorised for «N:amount».

{?Guest phone: «P1.phone»
?}Special requests: late check-in

We look forward to welcoming you."""),
    T("email_payroll_5", "email", "en", """Subject: Direct deposit update

Hi «P1.first»,

HR here. We received your new-hire paperwork. Before the next payroll run on «N:date» could you confirm the details we have:

Legal name: «P1.full»
SSN: «SSN»
Home address: «ADDR:US»

If anything is wrong, call me at «PHONE_EXT:US».

Thanks,
«P2.full», People Ops"""),
    T("email_de_bewerbung_6", "email", "de", """Betreff: Bewerbung als Projektmanager/in (Ref. «N:short_digit_group»)

Guten Tag «P2.title_last»,

anbei sende ich Ihnen meine Bewerbungsunterlagen. Ich lebe derzeit in «P1.city» und könnte zum «N:date» anfangen.

Für ein Gespräch erreichen Sie mich unter «P1.mobile» oder per E-Mail an «P1.email».

Mit freundlichen Grüßen
«P1.full»{?
«P1.address_ml»?}"""),
    T("email_de_termin_7", "email", "de", """Hallo «P1.first»,

kurze Info: der Termin mit «P2.full» ist auf «X:weekday» verschoben. Treffpunkt ist jetzt das Büro in der «ADDR». Falls was ist, meine Handynummer ist «ME.mobile».

LG
«ME.first»"""),
    T("email_fr_rdv_8", "email", "fr", """Objet : Confirmation de rendez-vous

Bonjour «P1.title_last»,

Je vous confirme notre rendez-vous du «N:date» à 14h30 dans nos locaux, «ADDR». En cas d'empêchement, merci de prévenir «P2.full» au «P2.landline».

Bien cordialement,
«P2.first»
«P2.company»"""),
    T("email_es_presupuesto_9", "email", "es", """Asunto: Presupuesto «N:invoice_number»

Hola «P1.first»:

Te adjunto el presupuesto para la reforma en «P1.address». El importe total es de «N:amount» (IVA incluido). Si estás de acuerdo, puedes pagar la señal por transferencia a la cuenta «IBAN:ES».

Cualquier duda, llámame al «ME.mobile».

Un saludo,
«ME.full»"""),
    T("email_it_consegna_10", "email", "it", """Oggetto: Consegna ordine «N:order_number»

Gentile «P1.title_last»,

la informiamo che il corriere passerà il «N:date» all'indirizzo «P1.address». Per accordi può contattare il nostro magazzino di «CITY» al numero «LANDLINE» oppure scrivere a «EMAIL:role».

Cordiali saluti,
«P2.full»"""),
    T("email_nl_offerte_11", "email", "nl", """Onderwerp: Offerte zonnepanelen

Beste «P1.first»,

Bedankt voor je aanvraag. Onze adviseur «P2.full» komt op «N:date» langs op «P1.address» voor een inspectie.{? Hij of zij belt je vooraf op «P1.mobile».?}

Het voorschot van «N:amount» mag je overmaken naar «IBAN:NL» t.n.v. «CO».

Met vriendelijke groet,
«P3.full»"""),
    T("email_pt_aluguel_12", "email", "pt", """Assunto: Contrato de aluguel

Oi «P1.first», tudo bem?

Segue o contrato do apartamento em «P1.address». O depósito de «N:amount» pode ser feito até «N:date». Qualquer coisa me chama no WhatsApp «ME.mobile».

Abraço,
«ME.full»"""),
    T("email_tr_siparis_13", "email", "tr", """Konu: Sipariş «N:order_number» hakkında

Merhaba «P1.title_last»,

Siparişiniz «N:date» tarihinde kargoya verildi (takip no: «N:tracking_number»). Teslimat adresi: «P1.address».
Sorularınız için «PL» «LANDLINE:TR» numaralı hattımızı arayabilirsiniz.

Saygılarımızla,
«P2.full»"""),
    T("email_zh_huiyi_14", "email", "zh", """主题：会议安排

«P1.full»您好，

下周三的会议地点改到«CITY:CN»办公室。如有问题请联系«P2.full»，«PL»：«P2.mobile»，邮箱：«P2.email»。

谢谢！"""),
    T("email_landlord_15", "email", "en", """Subject: Flat 3B – boiler repair

Hi «P1.first»,

The plumber («P2.full») will come on «X:weekday» between 8 and 12. If you won't be home, please leave the key with the neighbour at «P1.street» or text him on «P2.mobile».

The invoice («N:amount») will go to «P3.email» as usual.

Cheers,
«ME.first»"""),
    T("email_pl_faktura_16", "email", "pl", """Temat: Faktura «N:invoice_number»

Dzień dobry «P1.title_last»,

w załączeniu przesyłam fakturę za «X:product». Płatność na rachunek «IBAN:PL» do «N:date».
W razie pytań proszę dzwonić: «ME.phone».

Z poważaniem
«ME.full»
«ME.company»"""),
]

# ============================================================================ CRM notes
CRM = [
    T("crm_call_summary_1", "crm_note", "en", """Call summary – «N:date»
Spoke with «P1.full» («P1.company»). They're unhappy with onboarding; wants a follow-up with «P2.full» from our side. Best number: «P1.phone».{? Mentioned they're relocating HQ to «CITY» next quarter.?} Next step: send revised quote «N:invoice_number»."""),
    T("crm_lead_2", "crm_note", "en", """New lead from trade fair: «P1.full», based in «P1.city», «P1.country». Prefers WhatsApp («P1.mobile») over email. Interested in the enterprise tier, budget around «N:amount». Assigned to «AGENT.first»."""),
    T("crm_kyc_3", "crm_note", "en", """KYC review – customer #«N:short_digit_group»
Name: «P1.full»
DOB: «N:date»
SSN: «SSN»
Residential address: «ADDR:US»
Contact: «P1.email», «PHONE:US»
Documents checked by «AGENT.full» on «N:timestamp». Status: pending proof of address."""),
    T("crm_churn_risk_4", "crm_note", "en", """Churn risk flagged. «P1.first» («P1.work_email») said on the call they are evaluating a competitor. Renewal date «N:date». Their CFO «P2.full» wants a discount above 15%. Follow up by «X:weekday»{?; escalate to «AGENT.full» if no reply?}."""),
    T("crm_de_gespraech_5", "crm_note", "de", """Gesprächsnotiz «N:date»: «P1.title_last» («P1.company», «P1.city») hat angerufen wegen Vertragsverlängerung. Rückruf erwünscht unter «P1.phone», am besten vormittags.{? Ansprechpartner im Einkauf: «P2.full», «P2.email».?} Angebot «N:invoice_number» über «N:amount» liegt vor."""),
    T("crm_fr_visite_6", "crm_note", "fr", """Visite client le «N:date» chez «P1.company», «ADDR». Rencontré «P1.full» (directeur technique){? et «P2.full»?}. Intéressés par l'extension du contrat. Portable de «P1.first» : «P1.mobile». Relancer après le salon de «CITY»."""),
    T("crm_es_llamada_7", "crm_note", "es", """Llamada entrante de «P1.full» («P1.city»). Quiere cambiar la tarjeta de pago a «CARD». Confirmado por SMS al «P1.mobile». Pendiente: enviar factura «N:invoice_number» a «P1.email»."""),
    T("crm_it_nota_8", "crm_note", "it", """Nota: «P1.full» chiede di essere ricontattato al «P1.phone» dopo le 18. Ha segnalato un doppio addebito di «N:amount» sulla carta «CARD». Sede operativa: «ADDR». Pratica «N:order_number»."""),
    T("crm_nl_notitie_9", "crm_note", "nl", """Notitie «N:date»: «P1.full» gebeld over openstaande factuur «N:invoice_number». Betaalt volgende week via «IBAN:NL». Nieuw mobiel nummer: «P1.mobile». Woont sinds kort in «P1.city»."""),
    T("crm_pt_anotacao_10", "crm_note", "pt", """Cliente «P1.full» ligou reclamando da entrega em «P1.city». Pedido «N:order_number», rastreio «N:tracking_number». Pediu retorno no «P1.phone». Endereço atualizado para «P1.address»."""),
    T("crm_sv_anteckning_11", "crm_note", "sv", """Samtal med «P1.full» («P1.company») om förnyelse. Vill ha offert senast «N:date». Nås på «P1.mobile» eller «P1.work_email». Kontoret ligger på «P1.address»."""),
    T("crm_ja_memo_12", "crm_note", "ja", """«N:date» «P1.full»様より電話。契約更新について相談あり。折り返し先：«P1.phone»。担当：«AGENT.full»。見積番号 «N:invoice_number»。"""),
    T("crm_site_visit_13", "crm_note", "en", """Site visit booked for «X:weekday»: «ADDR». Our depot covering that area is zone «N:zip_code». Gate code is «N:short_digit_group» (not sensitive, changes weekly). On-site contact «P1.full», «P1.mobile». Bring the «X:product» demo unit."""),
    T("crm_payment_plan_14", "crm_note", "en", """Payment plan agreed with «P1.full»: 3 instalments of «N:amount», first on «N:date». Card on file «CARD» (auto-charge){?, fallback bank account «IBAN»?}. Customer asked us not to call «P1.phone» during work hours; email «P1.email» instead."""),
    T("crm_tr_not_15", "crm_note", "tr", """«P1.title_last» aradı, fatura «N:invoice_number» ile ilgili itirazı var. Cep: «P1.mobile». Adres: «P1.address». «N:date» tarihine kadar dönüş yapılacak."""),
    T("crm_office_directory_17", "crm_note", "en", """Regional contacts (updated «N:date»):
«CITY:NL» office – «P1.full», mobile «PHONE:NL:signature»
«CITY:AU» – «P2.full», «PHONE:AU:signature»
«CITY:PK» – «P3.full», Mobile: «PHONE:PK:signature»
«CITY:ES» – «P4.first», Mobile: «PHONE:ES:signature»
«CITY:LB» – «P5.first»'s phone number «PHONE:LB:signature»
Escalations: «PHONE_EXT:US»"""),
    T("crm_account_dense_16", "crm_note", "en", """Account summary («P1.company»)
- Primary: «P1.full», «P1.title_last» prefers email: «P1.work_email»
- Billing: «P2.full», «P2.phone», «P2.email»
- IT: «P3.full», «P3.mobile»
- Office: «P1.address»
- Payment: «CARD» / «IBAN»
- Notes: contract «N:invoice_number» renews «N:date»; they mentioned a new site in «CITY»."""),
]

# ============================================================================ chat
CHATS = [
    T("chat_support_widget_1", "chat", "en", """Customer: hi, my order «N:order_number» never arrived
Agent («AGENT.first»): Sorry to hear that! Can you confirm the delivery address?
Customer: «P1.address»
Agent: Thanks. And a phone number the courier can use?
Customer: «P1.phone»
Agent: Got it, I've opened case «N:short_digit_group». You'll get an update by email."""),
    T("chat_whatsapp_2", "chat", "en", """[«X:num:10-12»:«X:num:10-59»] «P1.first»: hey are you still selling the «X:product»?
[«X:num:10-12»:«X:num:10-59»] «P2.first»: yes! «N:amount», pickup in «P2.city»
[«X:num:10-12»:«X:num:10-59»] «P1.first»: great, my number is «P1.mobile» if it's easier to call
[«X:num:10-12»:«X:num:10-59»] «P2.first»: ok I'll ring you tonight"""),
    T("chat_slack_handoff_3", "chat", "en", """«AGENT.first»: can someone pick up the ticket from «P1.full»? she's called twice today
«P2.first»: sure, what's the callback number?
«AGENT.first»: «P1.phone»{?, she's in «P1.city» so mind the timezone?}
«P2.first»: 👍 on it"""),
    T("chat_de_kundenchat_4", "chat", "de", """Kunde: Hallo, ich möchte meine Telefonnummer ändern
Mitarbeiter: Gerne! Wie lautet die neue Nummer?
Kunde: «P1.mobile»
Mitarbeiter: Danke, «P1.title_last». Und die E-Mail-Adresse bleibt «P1.email»?
Kunde: ja genau
Mitarbeiter: Erledigt, Vorgangsnummer «N:short_digit_group»."""),
    T("chat_fr_livraison_5", "chat", "fr", """Client : bonjour, le livreur n'a pas trouvé mon adresse
Conseiller : Bonjour ! Pouvez-vous me la redonner ?
Client : «P1.address»
Client : et mon «PL» c'est le «P1.mobile»
Conseiller : Merci, je transmets au transporteur. Colis «N:tracking_number»."""),
    T("chat_es_reserva_6", "chat", "es", """Cliente: hola! quería reservar mesa para el sábado
Restaurante: ¡Hola! ¿A nombre de quién?
Cliente: «P1.full», somos 4
Restaurante: Perfecto. ¿Un teléfono de contacto?
Cliente: «P1.mobile»
Restaurante: Reservado para las 21:30. ¡Gracias!"""),
    T("chat_it_assistenza_7", "chat", "it", """Utente: ciao, non riesco a pagare con la carta «CARD»
Operatore: Ciao «P1.first», vedo un blocco di sicurezza. Ti chiamiamo al «P1.phone»?
Utente: sì grazie{?, sono a «P1.city»?}
Operatore: Perfetto, ticket «N:short_digit_group»."""),
    T("chat_nl_verhuizing_8", "chat", "nl", """Klant: Ik ga verhuizen per «N:date»
Medewerker: Wat is het nieuwe adres?
Klant: «P1.address»
Medewerker: En blijft je telefoonnummer «P1.phone»?
Klant: ja
Medewerker: Top, het is aangepast."""),
    T("chat_pt_suporte_9", "chat", "pt", """Cliente: boa tarde, meu pedido «N:order_number» veio errado
Atendente: Boa tarde! Qual o nome completo?
Cliente: «P1.full»
Atendente: Obrigado. Vamos enviar a troca para «P1.address». Confirma o celular «P1.mobile»?
Cliente: confirmo"""),
    T("chat_pl_czat_10", "chat", "pl", """Klient: dzień dobry, chciałbym zmienić numer konta do zwrotu
Konsultant: Dzień dobry, proszę podać nowy numer.
Klient: «IBAN:PL»
Konsultant: Dziękuję, «P1.title_last». Zwrot «N:amount» zostanie wysłany w ciągu 5 dni."""),
    T("chat_zh_kefu_11", "chat", "zh", """用户：你好，我想修改收货人信息
客服：您好，请提供新的收货人姓名和电话
用户：«P1.full»，«P1.mobile»
客服：好的，已为您修改。订单号 «N:order_number»"""),
    T("chat_taxi_pickup_12", "chat", "en", """Driver: Hi, I'm outside «ADDR» but can't find the entrance
Rider: sorry! I'm at the side door, I'll come out now
Driver: ok, silver car, plate ends «N:short_digit_group»
Rider: if you can't see me call «P1.mobile»"""),
    T("chat_charge_card_13", "chat", "en", """«P1.first»: can you charge the deposit to my card? «CARD», expiry «X:num:1-12»/«X:num:26-30», billing zip «N:zip_code»
«P2.first»: done, «N:amount» charged. receipt goes to «P1.email»
«P1.first»: perfect thanks!"""),
    T("chat_standup_low_pii_14", "chat", "en", """«P1.first»: morning! deploy «N:version_string» went out at «N:timestamp»
«P2.first»: nice. did the migration for ticket «N:short_digit_group» run?
«P1.first»: yep, took 4 min. build «N:git_sha»
«P2.first»: 🎉"""),
    T("chat_tr_destek_15", "chat", "tr", """Müşteri: merhaba, kargom «N:tracking_number» hâlâ gelmedi
Temsilci: Merhaba, adınızı ve soyadınızı alabilir miyim?
Müşteri: «P1.full»
Temsilci: Teşekkürler, sizi «P1.mobile» numarasından arayacağız."""),
    T("chat_sv_kundtjanst_16", "chat", "sv", """Kund: hej, jag har fått dubbla fakturor
Kundtjänst: Hej! Vad heter du?
Kund: «P1.full», kundnummer «N:short_digit_group»
Kundtjänst: Tack. Vi ringer dig på «P1.phone» i eftermiddag."""),
]


# ============================================================================ tool arguments
def _search_results(d: Any) -> dict[str, Any]:
    n = d.r.randint(2, 4)
    return {
        "query": "customers with open disputes",
        "results": [{"id": "«N:uuid»", "name": f"«P{i}.full»", "phone": f"«P{i}.phone»", "city": f"«P{i}.city»",
                     "balance": round(d.r.uniform(-500, 500), 2), "updated_at": "«N:timestamp»"}
                    for i in range(1, n + 1)],
        "next_page": None,
    }


def _attendees(d: Any) -> dict[str, Any]:
    n = d.r.randint(1, 3)
    return {
        "event": {"title": "Quarterly review", "location": "«ADDR»",
                  "attendees": [{"name": f"«P{i}.full»", "email": f"«P{i}.email»", "optional": i > 1}
                                for i in range(1, n + 1)]},
        "start": "«N:timestamp»", "duration_minutes": 45, "conference": {"dial_in": "«PHONE»", "pin": "«N:short_digit_group»"},
    }


TOOLS = [
    T("tool_create_ticket_1", "tool_args", "en", {
        "title": "Customer cannot log in",
        "requester": {"name": "«P1.full»", "email": "«P1.email»", "phone": "«P1.phone»"},
        "description": "User reports lockout after password change. Last seen from «IP». Please call back on «P1.phone» before «X:weekday».",
        "tags": ["login", "priority-«X:num:1-3»"], "created_at": "«N:timestamp»"}),
    T("tool_send_email_2", "tool_args", "en", {
        "to": ["«P1.email»"], "cc": ["«P2.work_email»"],
        "subject": "Your invoice «N:invoice_number»",
        "body": "Dear «P1.first»,\n\nattached is your invoice for «N:amount». Payment is due on «N:date».\n\nBest regards,\n«P2.full»"}),
    T("tool_crm_upsert_3", "tool_args", "en", {
        "contact": {"first_name": "«P1.first»", "last_name": "«P1.last»",
                    "contacts": [{"type": "mobile", "value": "«P1.mobile»"}, {"type": "email", "value": "«P1.email»"},
                                 {"type": "work", "value": "«P1.landline»"}],
                    "address": {"street": "«P1.street»", "postal_code": "«P1.postcode»", "city": "«P1.city»",
                                "country": "«P1.country»"}},
        "notes": ["Met at «CITY» expo", "Prefers calls after 4pm"], "owner_id": "«N:uuid»"}),
    T("tool_refund_4", "tool_args", "en", {
        "payment": {"method": "card", "card_number": "«CARD»", "expiry": "«X:num:1-12»/«X:num:26-31»",
                    "avs_zip": "«N:zip_code»"},
        "amount": lambda d: round(d.r.uniform(5, 900), 2), "currency": "EUR",
        "reason": "Duplicate charge on order «N:order_number»", "customer_name": "«P1.full»"}),
    T("tool_sms_send_5", "tool_args", "en", {
        "to": "«P1.phone_e164»", "sender_id": "ACMEBANK",
        "message": "Hi «P1.first», your appointment on «N:date» is confirmed. Reply STOP to opt out."}),
    T("tool_calendar_event_6", "tool_args", "en", _attendees),
    T("tool_bank_transfer_7", "tool_args", "en", {
        "beneficiary": {"name": "«P1.full»", "iban": "«IBAN»", "bic": "«BIC»", "address": "«P1.address»"},
        "amount": {"value": lambda d: round(d.r.uniform(50, 20000), 2), "currency": "EUR"},
        "reference": "«N:invoice_number»", "execution_date": "«N:date»"}),
    T("tool_search_results_8", "tool_args", "en", _search_results),
    T("tool_shipping_label_9", "tool_args", "en", {
        "shipment": {"from": {"company": "«CO»", "address": "«ADDR»"},
                     "to": {"name": "«P1.full»", "address_lines": ["«P1.street»", "«P1.postcode» «P1.city»"],
                            "phone": "«P1.phone»", "email": "«P1.email»"}},
        "parcels": [{"weight_kg": lambda d: round(d.r.uniform(0.2, 20), 1), "tracking": "«N:tracking_number»"}],
        "service": "express"}),
    T("tool_kyc_submit_10", "tool_args", "en", {
        "applicant": {"full_name": "«P1.full»", "date_of_birth": "«N:date»", "ssn": "«SSN»",
                      "address": "«ADDR:US»", "phone": "«PHONE:US»"},
        "documents": [{"type": "drivers_license", "id": "«N:uuid»"}], "submitted_at": "«N:timestamp»"}),
    T("tool_log_query_result_11", "tool_args", "en", {
        "query": "service:auth status:401 last 1h",
        "rows": [{"ts": "«N:timestamp»", "client_ip": "«IP»", "user": "«P1.email»", "msg": "invalid credentials"},
                 {"ts": "«N:timestamp»", "client_ip": "«IP»", "user": "«P2.email»", "msg": "mfa challenge failed"},
                 {"ts": "«N:timestamp»", "client_ip": "«IP4»", "user": "anonymous", "msg": "rate limited"}],
        "took_ms": 412}),
    T("tool_de_kunde_anlegen_12", "tool_args", "de", {
        "kunde": {"vorname": "«P1.first»", "nachname": "«P1.last»", "telefon": "«P1.landline»",
                  "handy": "«P1.mobile»", "anschrift": "«P1.address»"},
        "bankverbindung": {"iban": "«IBAN:DE»", "kontoinhaber": "«P1.full»"},
        "bemerkung": "Kunde wünscht Rückruf, Kundennummer «N:short_digit_group»"}),
    T("tool_fr_dossier_13", "tool_args", "fr", {
        "client": {"nom": "«P1.last»", "prenom": "«P1.first»", "telephone": "«P1.phone»", "email": "«P1.email»",
                   "adresse": "«P1.address»"},
        "commentaire": "Rappeler «P1.title_last» au «P1.mobile» pour le devis «N:invoice_number»."}),
    T("tool_es_pedido_14", "tool_args", "es", {
        "cliente": {"nombre": "«P1.full»", "movil": "«P1.mobile»", "correo": "«P1.email»"},
        "pago": {"tarjeta": "«CARD»", "titular": "«P1.full»"},
        "envio": {"direccion": "«P1.address»", "notas": "Llamar al «P1.phone» antes de entregar"},
        "pedido": "«N:order_number»"}),
    T("tool_chat_messages_15", "tool_args", "en", {
        "model": "assistant-large", "max_tokens": 1024,
        "messages": [{"role": "system", "content": "You are a helpful support agent."},
                     {"role": "user", "content": "Hi, I'm «P1.full». My card «CARD» was declined at «CITY» airport. Can you call me on «P1.phone»?"},
                     {"role": "assistant", "content": "Sorry about that, «P1.first». I've flagged it; our team will call «P1.phone» shortly."}]}),
    T("tool_hr_onboard_16", "tool_args", "en", {
        "employee": {"name": "«P1.full»", "personal_email": "«P1.email»", "mobile": "«P1.mobile»",
                     "home_address": "«P1.address»", "start_date": "«N:date»"},
        "bank": {"iban": "«IBAN»", "account_holder": "«P1.full»"},
        "emergency_contact": {"name": "«P2.full»", "relation": "«spouse|sibling|parent|partner»", "phone": "«P2.phone»"}}),
    T("tool_pt_cadastro_17", "tool_args", "pt", {
        "cadastro": {"nome_completo": "«P1.full»", "celular": "«P1.mobile»", "email": "«P1.email»",
                     "endereco": {"logradouro": "«P1.street»", "cidade": "«P1.city»"}},
        "observacoes": ["Cliente prefere contato por WhatsApp", "Pedido «N:order_number»"]}),
]

PII_TEMPLATES = TICKETS + EMAILS + CRM + CHATS + TOOLS


# ============================================================================ secrets
def S(id: str, kind: str, context: str, body: Any, pool: list[str] | None = None, lang: str = "en",
      **kw: Any) -> dict[str, Any]:
    return {"id": id, "kind": kind, "lang": lang, "context": context, "body": body, "pool": pool or ["token"], **kw}


SECRET_TEMPLATES = [
    S("sec_dotenv_write_1", "tool_args", "env_file", {
        "path": ".env.production",
        "content": "# «X:service» settings\nNODE_ENV=production\nPORT=8080\n«S1.env»=«S1»\n«S2.env»=«S2»\nLOG_LEVEL=info\nRELEASE=«N:version_string»\nBUILD_SHA=«N:git_sha:bare»\n",
        "overwrite": True}, pool=["token", "url"]),
    S("sec_compose_paste_2", "chat", "yaml", """«P1.first»: why does the worker crash on startup? here's the compose file
```
services:
  worker:
    image: registry.internal/«X:service»:«N:version_string»
    environment:
      - «S1.env»=«S1»
      - «S2.env»=«S2»
      - QUEUE_NAME=jobs
```
«P2.first»: you're missing REDIS_URL""", pool=["token", "url"]),
    S("sec_curl_header_3", "ticket", "curl", """Steps to reproduce:
1. curl -sS -X POST https://api.«X:service».example.net/v2/exports \\
     -H "«S1»" \\
     -H "Content-Type: application/json" \\
     -d '{"since":"«N:timestamp»"}'
2. Response is 500 with request id «N:request_id»
Expected: 202""", pool=["header"]),
    S("sec_chat_here_is_key_4", "chat", "prose", """«P1.first»: can you send me the «S1.name» for staging?
«P2.first»: sure, here it is: «S1»
«P2.first»: please don't paste it in the channel next time 🙃
«P1.first»: thanks, will move it to the vault""", pool=["token"]),
    S("sec_log_leak_5", "ticket", "log", """Worker keeps restarting, logs below:
«N:timestamp» INFO  starting «X:service» «N:version_string»
«N:timestamp» DEBUG config loaded: db=«S1» pool_size=10
«N:timestamp» ERROR connection refused (request «N:request_id»)
«N:timestamp» INFO  retrying in 5s""", pool=["url"]),
    S("sec_traceback_6", "ticket", "stacktrace", """Traceback (most recent call last):
  File "/app/clients/payments.py", line 88, in charge
    resp = session.post(url, headers={"Authorization": f"Bearer {api_key}"}, json=payload)
  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 637, in post
requests.exceptions.HTTPError: 401 Client Error: Unauthorized
Local variables:
    api_key = '«S1»'
    url = 'https://api.partner.example/v1/charges'
    payload = {'order': '«N:order_number»', 'amount': 1999}""", pool=["token"]),
    S("sec_aws_credentials_7", "chat", "ini", """«P1.first»: my ~/.aws/credentials looks like this, is the profile name wrong?
[default]
aws_access_key_id = «SEC:aws_access_key_id»
aws_secret_access_key = «SEC:aws_secret_access_key»
region = eu-central-1
«P2.first»: rotate those NOW please, this channel is logged"""),
    S("sec_gcp_sa_json_8", "ticket", "json", """Our Cloud Run deploy fails with "invalid_grant". This is the key file we mounted (project «X:alnum:8»):
{
  "type": "service_account",
  "project_id": "prod-«X:alnum:6»",
  "private_key_id": "«X:hex:40»",
  "private_key": "«SEC:gcp_service_account_private_key»\\n",
  "client_email": "deployer@prod-«X:alnum:6».iam.gserviceaccount.com",
  "client_id": "«X:num:100000000000000000000-999999999999999999999»",
  "token_uri": "https://oauth2.googleapis.com/token"
}"""),
    S("sec_pem_paste_9", "chat", "pem", """«P1.first»: the «S1.name» for the staging box is below, delete it after you copy it
«S1»
«P2.first»: got it, thanks""", pool=["pem"]),
    S("sec_npmrc_10", "tool_args", "npmrc", {
        "path": "/home/ci/.npmrc",
        "content": "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=«SEC:npm_token»\nalways-auth=true\n"}),
    S("sec_http_tool_11", "tool_args", "http_request", {
        "method": "GET", "url": "https://api.«X:service».example.com/v1/accounts?limit=50",
        "headers": {"Authorization": "Bearer «S1»", "X-Request-Id": "«N:uuid»", "Accept": "application/json"},
        "timeout": 30}, pool=["token"]),
    S("sec_json_config_12", "tool_args", "json", {
        "database": {"url": "«S1»", "pool": 20},
        "integrations": {"«S2.key»": "«S2»", "region": "eu-west-1"},
        "pagination": {"page_token": "«N:pagination_token»", "page_size": 100},
        "build": {"commit": "«N:git_sha:bare»", "version": "«N:version_string»"}}, pool=["token", "url"]),
    S("sec_email_rotation_13", "email", "prose", """Subject: New «S1.name» for the reporting job

Hi «P1.first»,

we rotated the credentials this morning after the incident («N:short_digit_group»). The new value is:

«S1»

The old one stops working on «N:date». Please update the job config and let me know once done.

Thanks,
«P2.first»""", pool=["token", "url"]),
    S("sec_tfvars_14", "tool_args", "terraform", {
        "path": "envs/prod/terraform.tfvars",
        "content": "region       = \"eu-west-1\"\ninstance_type = \"t3.medium\"\n«S1.key» = \"«S1»\"\n«S2.key» = \"«S2»\"\nami_id = \"ami-«X:hex:17»\"\n"},
      pool=["token"]),
    S("sec_gh_actions_15", "ticket", "yaml", """Workflow fails at the publish step, file attached:
```yaml
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: «N:env_reference»
          «S1.env»: «S1»
```
The hardcoded one was only for testing, sorry.""", pool=["token"]),
    S("sec_ini_passwords_16", "chat", "ini", """«P1.first»: db connection still fails, settings are
[database]
host = db-«X:num:1-9».internal
user = app
«S1»
«P2.first»: is that the right «S1.name»? looks like the old one""", pool=["kv"]),
    S("sec_release_notes_neg_17", "email", "prose", """Subject: Release «N:version_string» is out

Hi all,

«N:version_string» shipped on «N:timestamp» («N:git_sha»). Artifacts:
- app.tar.gz «N:sha256_labelled»
- app.zip «N:md5_labelled»
Deploy key fingerprint for the mirror (public, safe to share): «N:ssh_public_key»
Tracking ticket id «N:uuid». Users who see a login loop should use the «N:word_password» flow.

Cheers"""),
    S("sec_llm_usage_neg_18", "tool_args", "json", {
        "usage": {"summary": "«N:token_count»", "request_id": "«N:request_id»"},
        "next_page_token": "«N:pagination_token»",
        "notice": "Your API key is configured as «N:env_reference»; paste «N:placeholder» into the settings page.",
        "logo": "«N:base64_image»"}),
    S("sec_docker_login_19", "ticket", "shell", """CI step output:
$ echo "«SEC:dockerhub_pat»" | docker login -u ci-bot --password-stdin
Login Succeeded
$ docker push registry-1.docker.io/«X:repo»:«N:version_string»
digest: «N:sha256_labelled» size: 1573"""),
    S("sec_curl_basic_20", "chat", "curl", """«P1.first»: this works for me:
curl -u admin:«SEC:curl_user_password» https://grafana.internal/api/health
«P2.first»: 👍 but please use a service account token instead of the admin user"""),
    S("sec_kubeconfig_21", "tool_args", "yaml", {
        "path": "~/.kube/config",
        "content": "apiVersion: v1\nclusters:\n- cluster:\n    server: https://k8s.prod.internal:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: «N:pem_public_key»\n    client-key-data: «SEC:kubernetes_client_key_data»\n"}),
    S("sec_de_zugang_22", "chat", "prose", """«P1.first»: Hier der Zugang für die Staging-Umgebung, bitte nicht weitergeben:
«S1.env»: «S1»
«P2.first»: Danke! Läuft.""", pool=["token", "url"], lang="de", pool_cultures=["DE", "AT", "CH"]),
    S("sec_notebook_23", "tool_args", "python", {
        "cell_type": "code",
        "source": ["import os\n", "import «X:service»_client as sdk\n", "\n",
                   "client = sdk.Client(api_key=\"«S1»\")  # TODO move to env\n",
                   "print(client.ping())\n"],
        "outputs": [{"text": "ok (request «N:request_id»)"}]}, pool=["token"]),
    S("sec_webhook_ticket_24", "ticket", "prose", """Our alerts stopped arriving since «N:date». The webhook is configured as «S1». We didn't change anything; last successful delivery id «N:uuid».""",
      pool=["url"]),
    S("sec_pem_tool_25", "tool_args", "pem", {
        "files": [{"name": "tls/server.crt", "content": "«N:pem_public_key»"},
                  {"name": "tls/server.key", "content": "«S1»"}],
        "message": "add TLS material for «X:service»"}, pool=["pem"]),
    S("sec_http_dump_26", "ticket", "http", """Raw request captured by the proxy:
POST /api/v1/reports HTTP/1.1
Host: reports.internal
«S1»
X-Request-Id: «N:uuid»
Content-Length: 112

Response: HTTP/1.1 403 Forbidden""", pool=["header"]),
    S("sec_kv_log_27", "ticket", "log", """«N:timestamp» WARN legacy client dumped its config: user=svc_sync «S1» retries=3
«N:timestamp» INFO request «N:request_id» completed in 88ms""", pool=["kv"]),
    S("sec_connstr_chat_28", "chat", "prose", """«P1.first»: what connection string should the reporting job use?
«P2.first»: «S1»
«P2.first»: read-only user, it's fine for the dashboards""", pool=["url"]),
    S("sec_public_stuff_neg_29", "chat", "prose", """«P1.first»: for the mobile app config use publishable key «N:publishable_key», never the secret one
«P2.first»: and the OAuth client id?
«P1.first»: «N:oauth_client_id» — it's public. the role is «N:aws_arn»
«P2.first»: cool. customer in the bug report is «N:object_id», masked card «N:redacted»"""),
    S("sec_yaml_values_30", "ticket", "yaml", """helm upgrade fails, values.yaml:
```
image:
  tag: «N:version_string»
auth:
  «S1.key»: «S1»
  existingSecret: ""
smtp:
  password: «N:env_reference»
```""", pool=["token"]),
]

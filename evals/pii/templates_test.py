# ruff: noqa: E501, RUF001
"""Templates of the TEST split. Written separately from templates_tune.py: other scenarios,
wording, field names and layouts, so a detector tuned on the tune split meets unseen contexts."""

from __future__ import annotations

from typing import Any


def T(id: str, kind: str, lang: str, body: Any, **kw: Any) -> dict[str, Any]:
    return {"id": id, "kind": kind, "lang": lang, "body": body, **kw}


# ============================================================================ tickets
TICKETS = [
    T("ticket_warranty_claim_a", "ticket", "en", """[Warranty] «X:product» stopped charging

Purchased «N:date», serial «N:order_number». Unit won't power on since last week. {?I can drop it at your «CITY» service point or ?}you can collect it from «P1.address».
Reach me on «P1.mobile» (texts are fine).
– «P1.first»"""),
    T("ticket_cancel_subscription_b", "ticket", "en", """Please cancel my subscription effective immediately. Account holder «P1.full», registered email «P1.email». I no longer want the «N:amount» monthly charge on «CARD». Confirmation number from the phone call: «N:short_digit_group»."""),
    T("ticket_number_porting_c", "ticket", "en", """Request: port number to new carrier
Number to port: «P1.phone»
Account name: «P1.full»
Service address: «P1.address»
Requested date: «N:date»{?
Alt contact: «P2.full», «P2.phone»?}"""),
    T("ticket_lost_card_d", "ticket", "en", """URGENT lost card. I think my wallet was stolen at «CITY» station around «N:timestamp». Card number «CARD». Please block it and send a replacement to my address on file. I can't access online banking right now, call me: «P1.phone». «P1.full»"""),
    T("ticket_rental_damage_e", "ticket", "en", """Rental agreement «N:order_number» – damage dispute

Renter: «P1.fullr»
{?Pick-up branch: «CITY»
?}Driver licence address: «P1.address»
I was charged «N:amount» for a scratch that was already there (see photos from «N:timestamp»). Refund to «CARD» please. Phone «P1.phone_intl»."""),
    T("ticket_de_umzug_f", "ticket", "de", """Umzugsmeldung Kundennummer «N:short_digit_group»

Guten Tag, ab dem «N:date» gilt meine neue Anschrift:
«P1.address_ml»
Der Strom-Abschlag («N:amount») soll weiterhin per Lastschrift von «IBAN:DE» eingezogen werden.{? Erreichbar bin ich unter «PL» «P1.phone».?}
«P1.full»"""),
    T("ticket_de_reparatur_g", "ticket", "de", """Reparaturauftrag: «X:product» defekt
Kunde: «P1.title_last», «P1.city»
Kontakt: «P1.email» / «PL» «P1.mobile»
Rechnung zur Garantieprüfung: «N:invoice_number» vom «N:date»
Bezahlt mit Karte «CARD»"""),
    T("ticket_fr_resiliation_h", "ticket", "fr", """Bonjour,
je souhaite résilier mon abonnement à compter du «N:date». Titulaire : «P1.full». Adresse de facturation : «P1.address». Merci de ne plus prélever mon compte «IBAN:FR»{? ni ma carte «CARD»?}.{?
Pour toute question : «P1.mobile».?}
Salutations,
«P1.first»"""),
    T("ticket_es_garantia_i", "ticket", "es", """Hola, compré un «X:product» (factura «N:invoice_number») y dejó de funcionar. Mis datos: «P1.full», «P1.address». «PL»: «P1.phone». ¿Cómo hago para enviarlo a reparar?"""),
    T("ticket_it_reclamo_j", "ticket", "it", """Reclamo n. «N:short_digit_group»
Cliente: «P1.full»
Residenza: «P1.address»
Recapito: «P1.mobile»
Descrizione: il tecnico doveva passare il «N:date» ma non si è presentato nessuno. Chiedo rimborso di «N:amount» sulla carta «CARD»."""),
    T("ticket_nl_retour_k", "ticket", "nl", """Retour bestelling «N:order_number»

Hoi, ik wil de «X:product» terugsturen. Het geld mag terug op «IBAN:NL». Mijn naam is «P1.full» en je kunt me bellen op «P1.phone».
Groetjes"""),
    T("ticket_pt_troca_l", "ticket", "pt", """Solicito a troca do produto do pedido «N:order_number». Nome: «P1.full». Endereço para coleta: «P1.address». Telefone para contato: «P1.phone». Obrigada!"""),
    T("ticket_pl_awaria_m", "ticket", "pl", """Zgłoszenie awarii – brak internetu od «N:date».
Abonent: «P1.full», «P1.address»
Kontakt: «P1.mobile», «P1.email»
Numer umowy: «N:invoice_number»"""),
    T("ticket_zh_tuikuan_n", "ticket", "zh", """退款申请
订单号：«N:order_number»
姓名：«P1.full»
联系电话：«P1.mobile»
说明：商品与描述不符，请退款至原支付卡 «CARD»。"""),
    T("ticket_bug_report_userdata_o", "ticket", "en", """Bug: export shows other users' data

Steps: log in as «P1.email», open Reports → Export. The CSV contains a row for «P2.full»{? («P2.email», «P2.phone»)?} who is not in my org. Seen on build «N:version_string», request from «IP6»."""),
    T("ticket_insurance_claim_dense_p", "ticket", "en", """Claim intake – policy «N:invoice_number»
Policyholder: «P1.full», «P1.address»
Phone: «P1.phone» | Email: «P1.email»
Incident: water damage on «N:date» at «ADDR»
Third party: «P2.full», «P2.phone», insurer contact «P3.full» («P3.work_email»)
Payout account: «IBAN» (holder «P1.full»)
Adjuster: «AGENT.full»"""),
    T("ticket_da_faktura_q", "ticket", "da", """Hej, jeg har modtaget en regning på «N:amount» som jeg ikke kan genkende. Mit navn er «P1.full», og jeg bor på «P1.address». Ring gerne på «PL» «P1.mobile».
Venlig hilsen «P1.first»"""),
]

# ============================================================================ emails
EMAILS = [
    T("email_meeting_followup_a", "email", "en", """Hey «P1.first»,

Great meeting you in «CITY» last week. As discussed, I'm copying «P2.full» who handles partnerships on our side – «P2.first», «P1.first»'s direct line is «P1.landline».

Talk soon,
«ME.full»{?
«ME.mobile»?}"""),
    T("email_wire_instructions_b", "email", "en", """Subject: Updated wire instructions

Hello «P1.first»,

Our bank details have changed. For all invoices from «N:date» please use:

Account name: «CO»
IBAN «IBAN:compact»
SWIFT «BIC»

Please confirm receipt by phone with «P2.full»{? («P2.phone»)?} before sending any payment – do not rely on email alone.

Regards,
«P2.first»"""),
    T("email_out_of_office_c", "email", "en", """I'm out of the office until «N:date» with limited access to email. For urgent matters please contact «P1.full» at «P1.work_email» or call «P1.phone_ext».

«ME.full» | «ME.company»{? | «ME.city»?}"""),
    T("email_order_shipped_d", "email", "en", """Hi «P1.first»,

Good news – your order «N:order_number» has shipped! Carrier tracking: «N:tracking_number».

Shipping to:
«P1.full»
«P1.address_ml»

Questions? Reply to this email or call «LANDLINE».
"""),
    T("email_benefits_enrolment_e", "email", "en", """Subject: Benefits enrolment – action needed

«P1.first», to add your dependant «P2.full» to the dental plan we need their SSN («SSN») confirmed and a mailing address. We currently have «ADDR:US». Please reply by «N:date» or call benefits at «PHONE:US».

Benefits Team"""),
    T("email_de_rechnung_f", "email", "de", """Hallo «P1.title_last»,

vielen Dank für Ihren Auftrag. Bitte überweisen Sie den Betrag von «N:amount» bis zum «N:date» auf folgendes Konto:

Empfänger: «CO»
IBAN: «IBAN»
Verwendungszweck: «N:invoice_number»

Bei Fragen erreichen Sie mich telefonisch unter «ME.landline».

Freundliche Grüße
«ME.full»"""),
    T("email_de_einladung_g", "email", "de", """Liebe «P1.first»,

wir feiern am «N:date» bei uns in «ME.address» – hast du Lust zu kommen? Sag einfach kurz Bescheid per SMS an «ME.mobile».

Liebe Grüße
«ME.first» und «P2.first»"""),
    T("email_fr_candidature_h", "email", "fr", """Madame, Monsieur,

Suite à votre annonce, je vous adresse ma candidature. Je réside actuellement à «P1.city» et je suis disponible dès le «N:date».

Vous pouvez me contacter au «P1.mobile» ou à l'adresse «P1.email».

Je vous prie d'agréer mes salutations distinguées.
«P1.full»"""),
    T("email_es_reunion_i", "email", "es", """Hola «P1.first»,

te paso el contacto de «P2.full», la arquitecta de la que te hablé: «P2.email», móvil «P2.mobile».{? Tiene el estudio en «P2.address».?}

Besos,
«ME.first»"""),
    T("email_it_preventivo_j", "email", "it", """Buongiorno «P1.title_last»,

in allegato il preventivo «N:invoice_number» per i lavori presso «P1.address». Il totale è di «N:amount». Per accettare basta rispondere a questa mail o chiamare il «ME.phone».

Cordialità,
«ME.full»"""),
    T("email_nl_afspraak_k", "email", "nl", """Beste «P1.title_last»,

Hierbij bevestigen wij uw afspraak op «N:date» om 10:15 bij onze vestiging in «CITY». Verhinderd? Bel ons op «LANDLINE» of mail naar «EMAIL:role».

Met vriendelijke groet,
«P2.full»"""),
    T("email_pt_boleto_l", "email", "pt", """Prezado(a) «P1.full»,

Identificamos que a fatura «N:invoice_number» no valor de «N:amount» está em aberto. Caso já tenha pago, desconsidere. Dúvidas: «LANDLINE» ou «EMAIL:role».

Atenciosamente,
«CO»"""),
    T("email_ja_toiawase_m", "email", "ja", """«P1.title_last»

いつもお世話になっております。«ME.company»の«ME.full»です。
先日お問い合わせいただいた件について、担当の«P2.full»よりご連絡いたします。
«PL»：«P2.phone»
メール：«P2.email»

よろしくお願いいたします。"""),
    T("email_tr_randevu_n", "email", "tr", """Merhaba «P1.first»,

«N:date» tarihli randevunuz onaylandı. Adres: «ADDR». Değişiklik için «ME.phone» numarasını arayabilir veya «ME.email» adresine yazabilirsiniz.

İyi günler,
«ME.full»"""),
    T("email_no_visning_o", "email", "no", """Hei «P1.first»!

Visningen av leiligheten er «N:date» kl. 18. Adressen er «ADDR». Ring meg på «ME.mobile» hvis du blir forsinket.

Mvh
«ME.full»"""),
    T("email_charity_donation_p", "email", "en", """Dear «P1.title_last»,

Thank you for your generous donation of «N:amount». Your receipt number is «N:invoice_number». We have your details as:
«P1.full», «P1.address»
{?Card: «CARD»
?}
If any of this is incorrect, contact «P2.full» on «P2.landline».

With gratitude,
«CO»"""),
]

# ============================================================================ CRM notes
CRM = [
    T("crm_demo_feedback_a", "crm_note", "en", """Demo done with «P1.full» and «P2.full» («P1.company»). Positive overall; security review needed. «P2.first» will send the questionnaire{? from «P2.work_email»?}. Follow-up call «X:weekday», dial «P1.phone»."""),
    T("crm_renewal_b", "crm_note", "en", """Renewal – «P1.company»
Decision maker: «P1.full» (CFO)
Champion: «P2.full», «P2.mobile»
Budget confirmed: «N:amount»
Risks: they're opening an office in «CITY» and may consolidate vendors."""),
    T("crm_onboarding_c", "crm_note", "en", """Onboarding call w/ «P1.first» on «N:date». Billing contact: «P2.full» <«P2.email»>. Pays by cc «CARD».{? HQ: «P1.address».?} Asked for invoices in «COUNTRY» format."""),
    T("crm_complaint_d", "crm_note", "en", """Complaint logged. Mrs «P1.last» says our driver blocked her driveway at «P1.street» on «N:date». Wants a call from a manager: «P1.phone». Offered «N:amount» voucher, declined."""),
    T("crm_de_vertrieb_e", "crm_note", "de", """Telefonat mit «P1.full» («P1.company»): Interesse an Wartungsvertrag für den Standort «CITY». Rückruf unter «P1.landline» oder «PL» «P1.mobile». Angebot bis «N:date» an «P1.work_email»."""),
    T("crm_fr_relance_f", "crm_note", "fr", """Relance téléphonique de «P1.title_last» le «N:date». Facture «N:invoice_number» toujours impayée. Promet un virement depuis «IBAN:FR» cette semaine. Joignable au «P1.phone»."""),
    T("crm_es_visita_g", "crm_note", "es", """Visita comercial a «P1.company» («P1.address»). Contacto: «P1.full», tel. «P1.phone». Quieren pasar a facturación mensual y domiciliar en «IBAN:ES» en lugar de pagar con la tarjeta «CARD»."""),
    T("crm_it_cliente_h", "crm_note", "it", """Cliente «P1.full» di «P1.city»: richiede sostituzione del dispositivo. Numero alternativo «P1.mobile». Email «P1.email». Ordine «N:order_number»."""),
    T("crm_nl_gesprek_i", "crm_note", "nl", """Gesprek met «P1.title_last» over uitbreiding contract. Contactpersoon finance: «P2.full», «P2.phone». Kantoor verhuist naar «ADDR»."""),
    T("crm_pt_visita_j", "crm_note", "pt", """Reunião com «P1.full» («P1.company») em «P1.city». Interesse no plano anual. Celular: «P1.mobile». Enviar proposta até «N:date»."""),
    T("crm_pl_notatka_k", "crm_note", "pl", """Rozmowa z «P1.title_last» («P1.company»). Prosi o kontakt pod numerem «P1.phone» po 15:00. Adres biura: «P1.address»."""),
    T("crm_zh_beizhu_l", "crm_note", "zh", """客户«P1.full»来电咨询续约事宜，手机«P1.mobile»，邮箱«P1.email»。下次跟进：«N:date»。"""),
    T("crm_tr_gorusme_m", "crm_note", "tr", """«P1.full» ile görüşüldü («P1.company»). Teklif «N:invoice_number» gönderilecek. İletişim: «P1.phone», «P1.email». Ofis: «P1.city»."""),
    T("crm_vip_dense_n", "crm_note", "en", """VIP profile – «P1.full»
Assistant: «P2.full» («P2.mobile», «P2.email»)
Residences: «P1.address» and «ADDR»
Preferred card: «CARD»; wire account «IBAN»
Spouse: «P3.full»
Do not contact before 10:00 «P1.country» time."""),
    T("crm_low_pii_o", "crm_note", "en", """Quarterly check-in with «P1.first». Usage up 18% since «N:date»; ticket volume stable (case «N:short_digit_group» closed). Renewal quote «N:invoice_number» sent, «N:amount». Nothing else to report."""),
    T("crm_da_note_p", "crm_note", "da", """Samtale med «P1.full» («P1.company»). Ønsker tilbud inden «N:date». Kan kontaktes på «P1.phone» eller «P1.email»."""),
]

# ============================================================================ chat
CHATS = [
    T("chat_marketplace_a", "chat", "en", """buyer: is the «X:product» still available?
seller: yep
buyer: can I pick it up tomorrow? what's the address
seller: «P1.address»{?, ring the bell for «P1.last»?}
buyer: great, I'm «P2.first», text me if anything changes «P2.mobile»"""),
    T("chat_teams_escalate_b", "chat", "en", """«P1.first» «P1.last»: hey, customer «P2.full» is on hold, wants a supervisor
«P3.first»: send me their number
«P1.first» «P1.last»: «P2.phone»
«P3.first»: calling now"""),
    T("chat_family_group_c", "chat", "en", """Mum: has anyone got «P1.first»'s new number?
«P2.first»: «P1.mobile»
Mum: thanks love. is she still at «P1.address»?
«P2.first»: no she moved to «CITY» in «N:date»"""),
    T("chat_bot_payment_d", "chat", "en", """Bot: To complete your top-up, please enter your card number.
User: «CARD»
Bot: Thanks! We'll charge «N:amount». A receipt will be sent to the email on file.
User: send it to «P1.email» instead pls"""),
    T("chat_de_nachbarn_e", "chat", "de", """«P1.first»: Hallo zusammen, das Paket für «P2.title_last» liegt bei mir («P1.address»)
«P2.first»: Oh danke! Ich hol es heute Abend
«P1.first»: Klingel ist kaputt, ruf kurz an: «P1.mobile»"""),
    T("chat_fr_covoit_f", "chat", "fr", """«P1.first» : salut, toujours ok pour le covoiturage vers «CITY» samedi ?
«P2.first» : oui ! rdv devant la gare à 8h
«P1.first» : mon numéro au cas où : «P1.mobile»"""),
    T("chat_es_vecinos_g", "chat", "es", """«P1.first»: buenas, alguien conoce a un fontanero?
«P2.first»: «P3.full», muy bueno y barato. Su móvil es «P3.mobile»
«P1.first»: gracias!!"""),
    T("chat_it_amici_h", "chat", "it", """«P1.first»: ragazzi stasera da me, «P1.address»
«P2.first»: porto il vino 🍷
«P3.first»: se mi perdo vi chiamo, il mio nuovo numero è «P3.mobile»"""),
    T("chat_nl_werk_i", "chat", "nl", """«P1.first»: kan iemand «P2.full» terugbellen? nummer is «P2.phone»
«P3.first»: doe ik wel, waar gaat het over?
«P1.first»: factuur «N:invoice_number»"""),
    T("chat_pt_grupo_j", "chat", "pt", """«P1.first»: gente, alguém tem o contato da «P2.first»?
«P3.first»: «P2.mobile»
«P1.first»: valeu!"""),
    T("chat_ja_line_k", "chat", "ja", """«P1.last»：明日の集合場所は«CITY:JP»駅の東口です
«P2.last»：了解です。遅れたら«P2.mobile»に電話ください"""),
    T("chat_support_id_check_l", "chat", "en", """Agent: For security, can you confirm the last four of your SSN and your billing ZIP?
Customer: «N:short_digit_group» and «N:zip_code»
Agent: Thanks. I see the full SSN on file is «SSN» – I'll update the address to «ADDR:US».
Customer: great"""),
    T("chat_devops_pii_leak_m", "chat", "en", """«P1.first»: heads up, prod log line leaked user data: user=«P2.email» ip=«IP» phone=«P2.phone_e164»
«P3.first»: ugh. which service?
«P1.first»: «X:service» «N:version_string», fixing the log formatter now"""),
    T("chat_tr_komsu_n", "chat", "tr", """«P1.first»: «P2.title_last», kargonuz bende kaldı
«P2.first»: çok teşekkürler, akşam alırım. Numaram «P2.mobile»"""),
    T("chat_who_to_call_q", "chat", "en", """«P1.first»: who do I ring about the «CITY:LB» shipment?
«P2.first»: «P3.first», phone number «PHONE:LB:signature»
«P1.first»: and for the «CITY:NL» warehouse?
«P2.first»: «P4.full» on «PHONE:NL:signature», or the landline «PHONE:AU:signature» if it's the «CITY:AU» one
«P1.first»: thx. «P5.first» in «CITY:ES» said Mobile: «PHONE:ES:signature», and «CITY:PK» is «PHONE:PK:signature»"""),
    T("chat_no_pii_o", "chat", "en", """A: did the invoice batch run?
B: yes, «N:invoice_number» to «N:invoice_number», total «N:amount»
A: and the export?
B: finished at «N:timestamp», file id «N:uuid»"""),
    T("chat_no_naboer_p", "chat", "no", """«P1.first»: Hei! Har noen sett en svart katt rundt «P1.street»?
«P2.first»: Ja, i går kveld. Ring meg på «P2.mobile» så forklarer jeg"""),
]


# ============================================================================ tool arguments
def _contacts_result(d: Any) -> dict[str, Any]:
    n = d.r.randint(2, 5)
    return {"status": "ok", "total": n,
            "contacts": [{"contact_id": "«N:uuid»", "display_name": f"«P{i}.full»",
                          "channels": [{"kind": "phone", "value": f"«P{i}.phone»"},
                                       {"kind": "email", "value": f"«P{i}.email»"}],
                          "last_order": "«N:order_number»"} for i in range(1, n + 1)]}


def _group_booking(d: Any) -> dict[str, Any]:
    n = d.r.randint(2, 4)
    return {"booking_ref": "«N:order_number»", "hotel_city": "«CITY»",
            "guests": [{"name": f"«P{i}.full»", "nationality": f"«P{i}.country»"} for i in range(1, n + 1)],
            "lead_guest_phone": "«P1.phone»", "payment": {"card": "«CARD»", "holder": "«P1.full»"}}


TOOLS = [
    T("tool_contacts_search_result_a", "tool_args", "en", _contacts_result),
    T("tool_invoice_create_b", "tool_args", "en", {
        "invoice": {"number": "«N:invoice_number»", "issued": "«N:date»",
                    "bill_to": {"name": "«P1.full»", "company": "«P1.company»", "address": "«P1.address»",
                                "email": "«P1.work_email»"},
                    "lines": [{"sku": "SKU-«X:num:1000-9999»", "qty": 2, "unit_price": 49.9}],
                    "payment_instructions": "Transfer to «IBAN» quoting «N:invoice_number»"}}),
    T("tool_callback_schedule_c", "tool_args", "en", {
        "callback": {"number": "«P1.phone»", "name": "«P1.first»", "window": {"from": "«N:timestamp»", "to": "«N:timestamp»"}},
        "fallback_number": "«PHONE_EXT»",
        "reason": "billing question about «N:amount»", "agent_queue": "tier1"}),
    T("tool_payment_method_add_d", "tool_args", "en", {
        "customer_id": "«N:uuid»",
        "card": {"number": "«CARD»", "exp_month": lambda d: d.r.randint(1, 12), "exp_year": lambda d: d.r.randint(2026, 2031),
                 "name_on_card": "«P1.full»"},
        "billing_address": {"line1": "«P1.street»", "city": "«P1.city»", "country": "«P1.country»"}}),
    T("tool_whatsapp_template_e", "tool_args", "en", {
        "recipient": "«P1.phone_e164»", "template": "delivery_update",
        "params": ["«P1.first»", "«N:tracking_number»", "«N:date»"]}),
    T("tool_group_booking_f", "tool_args", "en", _group_booking),
    T("tool_payout_g", "tool_args", "en", {
        "payee": {"legal_name": "«P1.full»", "tax_id": "«SSN»", "address": "«ADDR:US»"},
        "bank_account": {"iban": "«IBAN»"},
        "memo": "Payout for period ending «N:date»"}),
    T("tool_audit_events_h", "tool_args", "en", {
        "events": [{"at": "«N:timestamp»", "actor": "«P1.email»", "source_ip": "«IP6»", "action": "user.login"},
                   {"at": "«N:timestamp»", "actor": "«P1.email»", "source_ip": "«IP»", "action": "export.download",
                    "resource": "«N:uuid»"},
                   {"at": "«N:timestamp»", "actor": "system", "source_ip": "10.0.0.1", "action": "cron.run"}]}),
    T("tool_form_submission_i", "tool_args", "en", {
        "form_id": "contact-us", "submitted_at": "«N:timestamp»",
        "fields": {"your_name": "«P1.full»", "email_address": "«P1.email»", "phone_optional": "«P1.phone»",
                   "message": "Hello, I live in «P1.city» and want a quote for «X:product». Best time to call is after 6pm."}}),
    T("tool_de_auftrag_j", "tool_args", "de", {
        "auftrag": {"nummer": "«N:order_number»", "datum": "«N:date»"},
        "ansprechpartner": {"name": "«P1.full»", "telefon": "«P1.phone»", "email": "«P1.email»"},
        "lieferanschrift": "«P1.address»", "zahlung": {"art": "Lastschrift", "iban": "«IBAN:DE»"}}),
    T("tool_fr_livraison_k", "tool_args", "fr", {
        "destinataire": {"nom_complet": "«P1.full»", "portable": "«P1.mobile»", "adresse": "«P1.address»"},
        "instructions": "Appeler «P1.title_last» au «P1.mobile» avant la livraison. Digicode «N:short_digit_group»."}),
    T("tool_it_anagrafica_l", "tool_args", "it", {
        "anagrafica": {"nome": "«P1.first»", "cognome": "«P1.last»", "cellulare": "«P1.mobile»",
                       "indirizzo": "«P1.address»", "iban": "«IBAN:IT»"}}),
    T("tool_llm_conversation_m", "tool_args", "en", {
        "conversation_id": "«N:uuid»",
        "messages": [{"role": "user", "content": "Book a table for «P1.full» tonight, 4 people. Contact number «P1.phone»."},
                     {"role": "assistant", "content": "Done! Table for 4 under «P1.last» at 8pm. Confirmation «N:order_number»."},
                     {"role": "user", "content": "Also email the confirmation to «P2.email»"}]}),
    T("tool_ticket_update_n", "tool_args", "en", {
        "ticket_id": "«N:short_digit_group»", "status": "pending",
        "comment": {"author": "«AGENT.full»", "body": "Called «P1.full» on «P1.phone», no answer. Left voicemail. Will retry «X:weekday»."},
        "custom_fields": {"customer_city": "«P1.city»", "order": "«N:order_number»"}}),
    T("tool_nl_klant_o", "tool_args", "nl", {
        "klant": {"naam": "«P1.full»", "telefoonnummer": "«P1.phone»", "emailadres": "«P1.email»",
                  "adres": "«P1.address»"},
        "notitie": "Klant wil teruggebeld worden op «P1.mobile»"}),
    T("tool_ja_yoyaku_p", "tool_args", "ja", {
        "予約": {"氏名": "«P1.full»", "電話番号": "«P1.phone»", "メール": "«P1.email»"},
        "備考": "到着が遅れる場合は«P1.mobile»に連絡"}),
    T("tool_sv_kund_q", "tool_args", "sv", {
        "kund": {"namn": "«P1.full»", "mobil": "«P1.mobile»", "adress": "«P1.address»"},
        "betalning": {"kort": "«CARD»"}}),
]

PII_TEMPLATES = TICKETS + EMAILS + CRM + CHATS + TOOLS


# ============================================================================ secrets
def S(id: str, kind: str, context: str, body: Any, pool: list[str] | None = None, lang: str = "en",
      **kw: Any) -> dict[str, Any]:
    return {"id": id, "kind": kind, "lang": lang, "context": context, "body": body, "pool": pool or ["token"], **kw}


SECRET_TEMPLATES = [
    S("sec_env_example_vs_real_a", "chat", "env_file", """«P1.first»: I copied .env.example to .env and filled it in, still getting 401
```
# .env
«S1.env»=«S1»
OTHER_KEY=«N:placeholder»
DEBUG=false
```
«P2.first»: OTHER_KEY is still the placeholder, that's your 401""", pool=["token"]),
    S("sec_appsettings_b", "tool_args", "json", {
        "path": "src/Api/appsettings.Production.json",
        "content": "{\n  \"ConnectionStrings\": {\n    \"Default\": \"«S1»\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Build\": \"«N:version_string»\"\n}\n"},
      pool=["url"]),
    S("sec_java_properties_c", "ticket", "properties", """application.properties from the failing pod:
spring.datasource.url=jdbc:postgresql://db:5432/app
spring.datasource.username=app
spring.datasource.password=«SEC:password_value»
management.endpoints.web.exposure.include=health
build.commit=«N:git_sha:bare»"""),
    S("sec_php_config_d", "chat", "php", """«P1.first»: wp-config on the old server, in case you need it
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_admin' );
define( 'DB_PASSWORD', '«SEC:password_value»' );
define( 'AUTH_KEY', '«SEC:django_secret_key»' );
«P2.first»: thx, migrating tonight"""),
    S("sec_ansible_vars_e", "tool_args", "yaml", {
        "path": "group_vars/prod.yml",
        "content": "app_port: 8443\n«S1.key»: \"«S1»\"\nbackup_bucket: s3://backups-«X:alnum:6»\nartifact_checksum: \"«N:sha256_labelled»\"\n"},
      pool=["token"]),
    S("sec_github_issue_f", "ticket", "prose", """### Bug: SDK throws on init

**Version:** «N:version_string»
**Snippet:**
```js
const client = new Client({ apiKey: "«S1»" });
await client.connect();
```
Error: `ECONNRESET` after «N:token_count». Happens since commit «N:git_sha:bare».""", pool=["token"]),
    S("sec_postman_env_g", "tool_args", "json", {
        "name": "prod", "values": [
            {"key": "baseUrl", "value": "https://api.«X:service».example.org", "enabled": True},
            {"key": "«S1.key»", "value": "«S1»", "type": "secret", "enabled": True},
            {"key": "userId", "value": "«N:uuid»", "enabled": True}],
        "_postman_exported_at": "«N:timestamp»"}, pool=["token"]),
    S("sec_ci_log_leak_h", "ticket", "log", """Job #«X:num:1000-99999» log excerpt:
+ ./scripts/deploy.sh --env prod
Using «S1.name» «S1»
Uploading artifact (sha256 «N:sha256_labelled»)
Deployed «N:version_string» at «N:timestamp»""", pool=["token", "url"]),
    S("sec_go_code_i", "tool_args", "go", {
        "file": "cmd/notifier/main.go",
        "patch": "+const webhookURL = \"«S1»\"\n+\n+func main() {\n+    notify(webhookURL, \"deploy «N:version_string» done\")\n+}\n"},
      pool=["url"]),
    S("sec_shell_history_j", "ticket", "shell", """Found this in ~/.bash_history on the jump host:
  481  export «S1.env»=«S1»
  482  ./sync.sh --dry-run
  483  git log -1 «N:git_sha:bare»
  484  curl -s -H "Authorization: Bearer $«S1.env»" https://api.internal/v1/me
  485  history -c"""),
    S("sec_netrc_k", "chat", "netrc", """«P1.first»: my .netrc for the artifact server:
machine artifacts.internal
  login deploy
  password «SEC:password_value»
«P2.first»: please switch to a token, that's the shared deploy password"""),
    S("sec_pypirc_l", "tool_args", "ini", {
        "path": "~/.pypirc",
        "content": "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = «SEC:pypi_token»\n"}),
    S("sec_git_remote_m", "chat", "shell", """«P1.first»: `git remote -v` shows
origin  «SEC:git_url_credential» (fetch)
«P2.first»: that token is embedded in the URL, rotate it and use a credential helper"""),
    S("sec_aws_export_n", "ticket", "shell", """Repro script:
export AWS_ACCESS_KEY_ID=«SEC:aws_access_key_id»
export AWS_SECRET_ACCESS_KEY=«SEC:aws_secret_access_key»
export AWS_SESSION_TOKEN=«SEC:aws_session_token»
aws s3 ls s3://reports-«X:alnum:5» --region us-east-1
# fails with AccessDenied for «N:aws_arn»"""),
    S("sec_gcp_sa_tool_o", "tool_args", "json", {
        "secret_name": "gcp-deployer",
        "data": {"type": "service_account", "project_id": "analytics-«X:alnum:6»",
                 "private_key_id": "«X:hex:40»", "private_key": "«SEC:gcp_service_account_private_key:raw»\n",
                 "client_email": "etl@analytics-«X:alnum:6».iam.gserviceaccount.com"}}),
    S("sec_ssh_key_email_p", "email", "pem", """Subject: access to the build server

Hi «P1.first»,

as requested, the «S1.name» for build-02 is pasted below. The matching public key is already in authorized_keys («N:ssh_public_key»).

«S1»

«P2.first»""", pool=["pem"]),
    S("sec_fr_chat_q", "chat", "prose", """«P1.first» : tu peux me redonner le «S1.name» de prod ?
«P2.first» : le voilà : «S1»
«P2.first» : efface le message après""", pool=["token"], lang="fr", pool_cultures=["FR", "BE", "CH"]),
    S("sec_es_ticket_r", "ticket", "prose", """La integración dejó de funcionar el «N:date». Configuramos la variable «S1.env» con el valor «S1» según la documentación. ¿Está bloqueada la clave?""",
      pool=["token"], lang="es", pool_cultures=["ES", "MX", "AR"]),
    S("sec_jwt_debug_s", "chat", "prose", """«P1.first»: decoding this token on jwt.io shows role=service_role, is that expected in the browser?
«S1»
«P2.first»: no!! that's the server key, revoke it""", pool=["token"]),
    S("sec_http_tool_basic_t", "tool_args", "http_request", {
        "request": {"method": "POST", "url": "https://hooks.internal/v1/ingest",
                    "headers": ["Content-Type: application/json", "«S1»", "X-Trace: «N:request_id»"],
                    "body": "{\"batch\": \"«N:uuid»\"}"}}, pool=["header"]),
    S("sec_k8s_secret_u", "tool_args", "yaml", {
        "manifest": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: «X:service»\ntype: Opaque\nstringData:\n  «S1.key»: \"«S1»\"\n  «S2.key»: \"«S2»\"\n"},
      pool=["token", "url"]),
    S("sec_negatives_changelog_v", "ticket", "prose", """Changelog «N:version_string» («N:timestamp»)
- fix: «N:word_password» email not sent (#«N:short_digit_group»)
- chore: bump deps, lockfile integrity «N:sha512_integrity»
- docs: replace real key with «N:placeholder» in README
- ci: verify tarball «N:md5_labelled»
- tagged «N:git_sha»"""),
    S("sec_negatives_api_response_w", "tool_args", "json", {
        "data": [{"id": "«N:object_id»", "created": "«N:timestamp»", "receipt": "«N:invoice_number»"}],
        "has_more": True, "next_cursor": "«N:pagination_token»",
        "usage": "«N:token_count»", "avatar": "«N:base64_image»",
        "signing_cert": "«N:pem_public_key»"}),
    S("sec_docker_config_x", "tool_args", "json", {
        "path": "/root/.docker/config.json",
        "content": "{\n  \"auths\": {\n    \"registry.gitlab.com\": {\n      \"auth\": \"«SEC:docker_config_auth»\"\n    }\n  }\n}\n"}),
    S("sec_slack_message_y", "chat", "prose", """«P1.first»: new alerts channel is wired up, webhook: «S1»
«P2.first»: nice, I'll add it to the runbook (masked: «N:redacted»)""", pool=["url"]),
    S("sec_kv_inline_z", "email", "prose", """Subject: SFTP access for the vendor

Hello «P1.first»,

The vendor can connect with host sftp.«X:service».example.net, user vendor01, «S1». Please share it through the password manager, not email, next time.

«P2.first»""", pool=["kv"]),
    S("sec_header_curl_aa", "chat", "curl", """«P1.first»: repro:
curl -i https://api.internal/v3/users/«N:uuid» -H '«S1»'
«P2.first»: returns 200 for me, maybe your token expired""", pool=["header"]),
    S("sec_pem_in_json_ab", "tool_args", "pem", {
        "kind": "tls", "domain": "shop.«X:alnum:6».example", "certificate": "«N:pem_public_key»", "key": "«S1»"},
      pool=["pem"]),
    S("sec_code_review_ac", "ticket", "python", """Code review comment on settings.py:
```python
STRIPE_PUBLISHABLE_KEY = "«N:publishable_key»"  # fine, public
«S1.env» = "«S1»"  # <- this must not be committed
SENTRY_RELEASE = "«N:version_string»"
```""", pool=["token"]),
    S("sec_basic_cli_ae", "ticket", "shell", """Health check script used by the monitoring box (it pages us at night):
#!/bin/sh
curl -fsS --user monitor:«SEC:curl_user_password» https://«X:host».internal:9200/_cluster/health || exit 2
echo ok «N:timestamp»"""),
    S("sec_url_tool_ad", "tool_args", "json", {
        "service": "«X:service»", "env": {"«S1.env»": "«S1»", "TZ": "UTC", "GIT_SHA": "«N:git_sha:bare»"}},
      pool=["url", "token"]),
]

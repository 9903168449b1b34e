"""Names and places that the words around them give away: rules run beside spaCy's NER.

spaCy's English model misses most names written in other languages' letters and forms
("Mit freundlichen Grüßen\\nMuzaffer Lindner", "Hallo Belkize,", "Guten Tag Frau Rogge",
"坂本千代と申します") and places it never saw or that are written as a postal address
("Hanslaan 89, 8712 Namur", "bor i Lund"). These recognizers read the cues a person reads:

- :class:`NameCueRecognizer` (PERSON): a greeting, a title, a sign-off line, a self-introduction,
  a role label (``Customer:``, ``Kontoinhaber ist``), a verb of contact (``introduce you to``,
  ``Termin mit``) followed by capitalised words; in Chinese and Japanese, a name before
  様/さん/と申します/您好/先生/女士 or after 联系/担当：.
- :class:`AddressRecognizer` (LOCATION): a street type of some twenty languages next to a house
  number (``Aebistrasse 662``, ``34, chemin Tristan Fontaine``, ``Calle Caupolicán 571``,
  ``Kıbrıs Şehitleri Caddesi 6``, ``278 Bole Road``), with the postcode and city that follow.
- :class:`PlaceRecognizer` (LOCATION): a GeoNames city (15,000 people or more) or country after
  a place preposition, before or after a postcode, or a large one anywhere (Latin names folded
  for accents; Chinese names inside running text).
- :class:`NameListRecognizer` (PERSON): capitalised words that a list of given and family names
  of some eighty locales knows ("Kittisak will sit with Sayuri Yamada's team"), unless the word
  is also a word of the language ("Will", "Page").
- :func:`field_entity`: a JSON leaf whose key names a place or a person's name (``city``,
  ``postal_code``, ``first_name``, ``customer.name``) is that entity as a whole.

They run only with the ``ner`` extra: PERSON and LOCATION are NER entities, and these rules
complete the model rather than replace it. :func:`cue_word` lets the NER path drop spans that are
the cue itself ("Pozdrawiam", "Asunto").
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import cache
from itertools import pairwise
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = [
    "AddressRecognizer",
    "NameCueRecognizer",
    "NameListRecognizer",
    "PlaceRecognizer",
    "common_word",
    "cue_word",
    "field_entity",
    "known_names",
    "label_or_signoff",
    "lexicon_names",
    "model_person",
    "place_mentions",
    "places",
    "propagate",
    "regions",
    "resolve",
]

PLACES_FILE = Path(__file__).with_name("data") / "places.tsv.gz"
NAMES_FILE = Path(__file__).with_name("data") / "names.tsv.gz"
NAME_WORDS_FILE = Path(__file__).with_name("data") / "name_words.tsv.gz"
REGIONS_FILE = Path(__file__).with_name("data") / "regions.tsv.gz"
REGIONS_EXTRA_FILE = Path(__file__).with_name("data") / "regions_extra.txt"
TOWNS_FILE = Path(__file__).with_name("data") / "towns.tsv.gz"

# Lower-case words allowed inside a name ("van der Berg", "de la Cruz", "bin Rashid", "van 't Hof").
PARTICLES = frozenset({"van", "der", "den", "de", "la", "las", "los", "del", "della", "di", "da", "dos", "das",
                       "do", "du", "le", "von", "zu", "bin", "binti", "binte", "bint", "al", "el", "ibn", "ben",
                       "af", "y", "e", "i", "ter", "ten", "op", "het", "des", "'t", "’t", "st.", "st"})

# Greetings and thanks that a name follows ("Hallo Belkize,", "Gentile Sig. Hasler,").
_GREETINGS = (
    "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening", "thanks", "thank you",
    "many thanks", "hallo", "liebe", "lieber", "sehr geehrte", "sehr geehrter", "guten tag", "guten morgen",
    "moin", "servus", "grüezi", "grüß gott", "danke", "bonjour", "bonsoir", "salut", "cher", "chère", "merci",
    "hola", "buenos días", "buenas tardes", "querido", "querida", "estimado", "estimada", "gracias", "olá",
    "ola", "oi", "bom dia", "boa tarde", "prezado", "prezada", "caro", "cara", "gentile", "gentilissimo",
    "gentilissima", "egregio", "buongiorno", "buonasera", "ciao", "salve", "grazie", "beste", "hoi",
    "goedemorgen", "goedemiddag", "dag", "bedankt", "hej", "hei", "hallå", "god morgon", "tack", "moi",
    "merhaba", "sayın", "dzień dobry", "witam", "cześć", "szanowny", "szanowna", "dziękuję", "ahoj",
    "dobrý den", "zdravo", "bok", "salam", "selamat pagi", "kia ora", "jambo", "habari", "namaste", "namaskar",
)
# Titles: outside the name's span, and a name follows them.
_TITLES = (
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "herr", "herrn", "frau", "fr", "hr", "mme",
    "mlle", "monsieur", "madame", "sr", "sra", "srta", "señor", "señora", "señorita", "don", "doña", "dom",
    "dona", "sig", "sig.ra", "signor", "signora", "signorina", "dott", "dott.ssa", "avv", "pan", "pani",
    "p", "heer", "mevrouw", "mevr", "dhr", "mw", "fru", "herra", "rouva", "meneer",
    # Vietnamese kinship titles, Indonesian and Swahili forms of address ("chị Lan", "Pak Budi", "Bi Amina")
    "chị", "ông", "bà", "cô", "chú", "bác", "pak", "bu", "ibu", "bapak", "mbak", "bi", "bw", "mzee",
    # Romanian ("doamna Munteanu", "domnul Popescu")
    "doamna", "doamnă", "domnul", "dna", "dl",
)
# Titles written in lower case inside a sentence that are no other word ("doamna Munteanu", "chị Lan").
_LOWER_TITLES = frozenset({"chị", "ông", "bà", "cô", "chú", "bác", "doamna", "doamnă", "domnul", "monsieur",
                           "madame", "señor", "señora", "signor", "signora", "pani", "mevrouw", "meneer", "rouva",
                           "herra"})
# Lines that close a message: the next line is the sender's name.
_SIGNOFFS = (
    "best", "best regards", "kind regards", "warm regards", "regards", "cheers", "thanks", "thank you",
    "many thanks", "sincerely", "yours sincerely", "yours truly", "yours", "all the best", "br", "thx",
    "mit freundlichen grüßen", "mit freundlichen grüssen", "freundliche grüße", "freundliche grüsse",
    "viele grüße", "viele grüsse", "liebe grüße", "liebe grüsse", "beste grüße", "beste grüsse", "lg", "vg",
    "mfg", "gruß", "grüße", "gruss", "cordialement", "bien cordialement", "bien à vous", "salutations",
    "amitiés", "bises", "merci", "saludos", "un saludo", "saludos cordiales", "atentamente", "abrazos",
    "un abrazo", "gracias", "abraço", "abraços", "atenciosamente", "cumprimentos", "obrigado", "obrigada",
    "beijos", "cordiali saluti", "distinti saluti", "saluti", "un saluto", "grazie", "a presto",
    "met vriendelijke groet", "met vriendelijke groeten", "vriendelijke groet", "groeten", "groetjes", "mvg",
    "med vänliga hälsningar", "vänliga hälsningar", "hälsningar", "mvh", "med venlig hilsen", "venlig hilsen",
    "vennlig hilsen", "hilsen", "ystävällisin terveisin", "terveisin", "pozdrawiam", "z poważaniem",
    "pozdrowienia", "saygılarımızla", "saygılarımla", "iyi çalışmalar", "s pozdravem", "üdvözlettel",
    # (each word of these lists becomes a cue word, never a name: no "la", "of", "Anh", "Neema" here)
    "με εκτίμηση", "с уважением", "terima kasih", "hormat saya", "salam", "salamat", "maraming salamat",
    "dhanyavaad", "dhanyawad", "shukriya",
    "cu stimă", "cu stima", "cu drag", "asante", "love", "hugs", "xoxo",
)
# Words that name the person who follows ("mein Name ist", "Jag heter", "Customer:").
_SELF = (
    "my name is", "mein name ist", "ich heiße", "ich heisse", "je m'appelle", "je m’appelle", "me llamo",
    "mi nombre es", "meu nome é", "chamo-me", "mi chiamo", "il mio nome è", "mijn naam is", "ik heet",
    "jag heter", "jeg heter", "mitt namn är", "mit navn er", "nazywam się", "mam na imię", "benim adım",
    "adım", "minun nimeni on", "jmenuji se", "saya",
)
_ROLES = (
    "customer", "client", "reporter", "requester", "contact", "contact person", "assignee", "owner", "caller",
    "name", "full name", "account holder", "account name", "cardholder", "card holder", "beneficiary",
    "recipient", "sender", "passenger", "guest", "patient", "employee", "applicant", "tenant", "landlord",
    "driver", "technician", "kunde", "kundin", "kontoinhaber", "kontoinhaberin", "ansprechpartner",
    "ansprechpartnerin", "vorname", "nachname", "empfänger", "absender", "mieter", "cliente", "titular",
    "nome", "nombre", "apellidos", "destinatario", "beneficiario", "pasajero", "contacto", "contato",
    "responsável", "responsable", "nom", "prénom", "destinataire", "titulaire", "interlocuteur", "klant",
    "naam", "contactpersoon", "kund", "namn", "kontaktperson", "müşteri", "ad soyad", "alıcı", "klient",
    "imię i nazwisko", "odbiorca", "assigned", "cc", "attendees", "participants", "teilnehmer",
)
# Phrases after which a person is named ("introduce you to", "Termin mit", "Portable de").
_CONTACT = (
    "introduce you to", "introducing", "spoke with", "spoke to", "talked to", "talked with", "call from",
    "call with", "meeting with", "met with", "message from", "email from", "reach out to",
    "contact", "ask for", "speak to", "on behalf of", "forwarded by", "assigned to", "approved by",
    "signed by", "handed to", "termin mit", "gespräch mit", "anruf von", "rückruf an", "telefonat mit",
    "wenden sie sich an", "im auftrag von", "llamada de", "llamada entrante de", "hablé con", "hablar con",
    "a nombre de", "appel de", "rendez-vous avec", "rencontré", "prévenir", "contacter", "au nom de",
    "de la part de", "chamada de", "falei com", "ligação de", "em nome de", "telefonata con", "parlato con",
    "contattare", "a nome di", "gesprek met", "gebeld door", "namens", "samtal med", "ringde", "rozmowa z",
    "w imieniu", "portable de", "mobile de", "mobile of", "phone of", "handy von", "celular de",
    "móvil de", "cellulare di", "telefono di", "numero di", "nummer van",
    # who handled a record: "checked by Jan van 't Hof", "geprüft von", "vérifié par"
    "checked by", "reviewed by", "verified by", "created by", "reported by", "requested by", "handled by",
    "escalated by", "closed by", "opened by", "updated by", "submitted by", "prepared by", "processed by",
    "authorised by", "authorized by", "confirmed by", "raised by", "filed by", "entered by", "recorded by",
    "logged by", "edited by", "completed by", "issued by", "received by", "referred by", "booked by",
    "screened by", "sent by", "referral by", "written by", "organised by", "organized by", "hosted by",
    "interviewed by", "assessed by", "inspected by", "signed off by", "taken by", "collected by",
    "geprüft von", "erstellt von", "bearbeitet von", "freigegeben von", "genehmigt von", "vérifié par",
    "validé par", "créé par", "traité par", "signé par", "revisado por", "creado por", "aprobado por",
    "firmado por", "verificato da", "approvato da", "creato da", "firmato da", "gecontroleerd door",
    "goedgekeurd door", "aangemaakt door", "intro",
    # asking, speaking to, acting for someone, in more languages
    "denied by", "rejected by", "declined by", "referral from", "sign-off from", "pour le compte de",
    "voir avec", "parler à", "parlé avec", "demander à", "demandez à", "chiedete a", "chiedere a", "sentire",
    "parlato con", "pratat med", "snakket med", "talte med", "sprach mit", "gesprochen mit", "fragen sie",
    "frag", "titipkan ke", "titipkan saja ke", "hubungi", "bicara dengan", "per conto di", "en nombre de",
    "hablar con", "preguntar a", "pregunta a", "falar com", "perguntar a", "vraag het aan", "spreek met",
    "zapytaj", "rozmawiałem z", "rozmawiałam z", "zeptejte se", "mluvil jsem s",
)
# Titles after a given name: Turkish "Kerem Bey", "Büşra Hanım"; Hindi "Ananya ji".
_TITLES_AFTER = ("bey", "hanım", "hanim", "efendi", "ji")
_CUE_WORDS = frozenset(w for group in (_GREETINGS, _TITLES, _SIGNOFFS, _SELF, _ROLES, _TITLES_AFTER) for p in group
                       for w in p.split()) | {"asunto", "assunto", "betreff", "objet", "oggetto", "onderwerp",
                                              "ämne", "konu", "temat", "subject", "re", "fw", "aw", "wg"}
# Capitalised words that open a greeting's object but name no one.
_NOT_NAMES = frozenset({"team", "all", "everyone", "everybody", "there", "folks", "guys", "support", "sir",
                        "madam", "zusammen", "tous", "todos", "todas", "tutti", "allemaal", "alle", "alla",
                        "kaikki", "wszyscy", "herkese", "customer", "kunde", "cliente", "client", "klant",
                        "colleagues", "kollegen", "collègues", "colleghi", "colegas", "world", "again", "again,",
                        "hanım", "hanim", "bey", "efendi", "i", "i'm", "i’m", "it's", "we're", "you're",
                        "damen", "herren", "we", "you", "the", "a", "an", "und", "and", "et", "y", "e", "en",
                        "och", "og", "ve",
                        "in", "from", "for", "to", "at", "on", "so", "this", "that", "it", "our",
                        "your", "my", "mein", "meine", "ihr", "ihre", "votre", "vous", "su", "sus", "tu",
                        "seu", "sua", "je", "ich", "ik", "jag", "jeg", "io", "yo", "eu"})


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_WORD = r"[^\W\d_](?:[^\W\d_]|['’][^\W\d_]|-(?=[^\W\d_]))*"
_TITLE = rf"(?:(?:{_alt(_TITLES)})\.?\s+)"
# A run of words on one line; which of them form the name is decided in Python (_name_at).
_RUN = rf"(?:{_WORD}|['’]t|[Ss]t\.)(?:[ \t]+(?:{_WORD}|['’]t|[Ss]t\.))*"
_GREETING_RX = re.compile(rf"(?:^|(?<=[\n.!?:;,(\-–]))[ \t]*(?:{_alt(_GREETINGS)})[ \t,]+{_TITLE}?(?P<run>{_RUN})",
                          re.I)
_TITLE_RX = re.compile(rf"(?<![\w.])(?:{_alt(_TITLES)})\.?[ \t]+(?P<run>{_RUN})", re.I)
_SIGNOFF_RX = re.compile(rf"(?:^|\n)[ \t]*(?:{_alt(_SIGNOFFS)})[ \t]*[,.!]?[ \t]*\r?\n[ \t]*(?:[-–—][ \t]*)?"
                         rf"(?P<run>{_RUN})[ \t]*(?=\r?\n|$)", re.I)
# A sender who signs in lower case: "Love,\nprakash x" (with a kiss, or a listed given name).
_SIGNOFF_LOWER_RX = re.compile(rf"(?:^|\n)[ \t]*(?:{_alt(_SIGNOFFS)})[ \t]*[,.!]?[ \t]*\r?\n[ \t]*"
                               r"(?P<run>[^\W\d_][\w'’\-]{2,})(?P<kiss>[ \t]+(?:x{1,3}|xo+))?[ \t]*(?=\r?\n|$)",
                               re.I)
_TITLE_AFTER_RX = re.compile(rf"(?<![\w'’])(?P<run>{_WORD})[ \t]+(?:Bey|Hanım|Hanim|Efendi|ji|Ji)(?![\w'’])")
# Two senders on the line after a sign-off: "Groetjes,\nFemke en Preecha" (the second name).
_SIGNOFF_PAIR_RX = re.compile(rf"(?:^|\n)[ \t]*(?:{_alt(_SIGNOFFS)})[ \t]*[,.!]?[ \t]*\r?\n"
                              rf"[ \t]*(?P<first>{_WORD})[ \t]+"
                              rf"(?:and|en|und|et|og|och|y|e|i|ja|és|ve|na|at|dan|và|&)[ \t]+(?P<run>{_WORD})"
                              rf"[ \t]*[!.]?(?=\r?\n|$)", re.I)
_SELF_RX = re.compile(rf"(?<![\w])(?:{_alt(_SELF)})[ \t]+{_TITLE}?(?P<run>{_RUN})", re.I)
_ROLE_RX = re.compile(rf"(?:^|(?<=[\n;,(|\[]))[ \t*\-•]*(?:{_alt(_ROLES)})[ \t]*[:：=][ \t]*{_TITLE}?(?P<run>{_RUN})",
                      re.I)
_HOLDER_RX = re.compile(rf"(?<![\w])\w*(?:holder|inhaber|inhaberin|titular|titulaire|intestatario|houder)"
                        rf"[ \t]+(?:is|ist|es|é|est|è|er|är)[ \t]+{_TITLE}?(?P<run>{_RUN})", re.I)
# "Hälsningar Christina" (a sign-off and the name on one line, closing the message).
_SIGNOFF_INLINE_RX = re.compile(rf"(?:^|\n)[ \t]*(?:{_alt(_SIGNOFFS)})[ \t]*,?[ \t]+(?P<run>{_RUN})[ \t]*(?=\r?\n|$)",
                                re.I)
# "Cliente Hellena Dias ligou": a role word and a name of two words or more, no colon.
_ROLE_BARE_RX = re.compile(rf"(?<![\w])(?:{_alt(_ROLES)})[ \t]+(?P<run>{_RUN})", re.I)
_CONTACT_RX = re.compile(rf"(?<![\w])(?:{_alt(_CONTACT)})(?:[ \t]+|[ \t]*[:–—][ \t]*){_TITLE}?(?P<run>{_RUN})", re.I)
# A name spoken to after thanks or an apology: "Sorry about that, Sherif.", "Thanks, Anna!"
_VOCATIVE_RX = re.compile(
    r"(?<![\w])(?:sorry|thanks|thank you|ok|okay|sure|great|perfect|no problem|got it|noted|understood|"
    r"welcome|of course|merci|danke|gracias|grazie|obrigad[oa]|bedankt|tack|dziękuję)"
    rf"[^,.!?\n]{{0,20}},[ \t]+(?P<run>{_WORD})(?=[ \t]*[.!?,]|[ \t]*$)", re.I | re.M)
# "Hanako's phone", "Octaviu wrote:", "[12:38] Njeri:".
_POSSESSIVE_RX = re.compile(rf"(?<![\w'’])(?P<run>{_WORD})['’]s[ \t]+(?:phone|mobile|cell|number|email|e-mail|address|"
                            r"account|card|iban|wife|husband|son|daughter|manager)\b")
_WROTE_RX = re.compile(rf"(?:^|\n)[ \t]*(?:\[[\d:]{{4,8}}\][ \t]*)?(?P<run>{_RUN})[ \t]*(?:wrote|schrieb|a écrit|"
                       r"escribió|escreveu|ha scritto|schreef|skrev|napisał)[ \t]*:", re.I)
_CHAT_RX = re.compile(rf"(?:^|\n)[ \t]*\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\][ \t]*(?P<run>{_RUN})[ \t]*:")

# Chat transcripts: "Dino: can someone pick up…" and "Agent (Minerva): Sorry…". A line that opens
# with a word and a colon is a speaker only in a transcript (two such lines or more) and only when
# the word is not a field label ("Subject:", "Mobile:", "Status:"), a role or a common word.
_SPEAKER_RX = re.compile(
    rf"^[ \t]*(?:\[[^\]\n]{{1,25}}\][ \t]*)?(?P<run>{_WORD}(?:[ \t]{_WORD})?)[ \t]*:(?:[ \t]+(?P<rest>\S[^\n]*))?$",
    re.M)
_ROLE_PAREN_RX = re.compile(rf"^[ \t]*{_WORD}[ \t]*\((?P<run>{_WORD}(?:[ \t]{_WORD})?)\)[ \t]*:", re.M)
_LABELS = frozenset({
    "aihe", "puhelin", "osoite", "sähköposti", "viesti", "anschrift", "betreff", "emne", "assunto", "předmět",
    "tárgy", "subiect", "perihal", "telefone", "puhelinnumero", "cep", "adresa", "endereço", "morada",
    "subject", "note", "notes", "nota", "notas", "notiz", "remarque", "opmerking", "anmerkung", "update", "status",
    "reason", "action", "actions", "summary", "issue", "problem", "question", "answer", "resolution", "steps",
    "step", "expected", "actual", "result", "results", "error", "errors", "warning", "info", "tip", "todo",
    "fixme", "details", "detail", "description", "comment", "comments", "priority", "severity", "category",
    "type", "tags", "tag", "date", "time", "from", "to", "cc", "bcc", "tel", "phone", "mobile", "mobil", "cell",
    "fax", "email", "e-mail", "mail", "web", "website", "url", "link", "address", "adresse", "dirección",
    "indirizzo", "adres", "city", "country", "zip", "postcode", "order", "invoice", "amount", "total", "price",
    "account", "iban", "bic", "swift", "card", "expiry", "cvv", "ref", "reference", "ticket", "case", "id",
    "user", "username", "password", "passwort", "pwd", "token", "key", "secret", "host", "port", "database",
    "db", "server", "region", "env", "environment", "version", "build", "commit", "branch", "deploy", "log",
    "output", "input", "request", "response", "body", "header", "headers", "query", "path", "file", "filename",
    "source", "target", "example", "usage", "hint", "attention", "achtung", "hinweis", "wichtig", "important",
    "urgent", "ps", "nb", "fyi", "bot", "assistant", "system", "agent", "operator", "moderator", "admin",
    "helpdesk", "mitarbeiter", "mitarbeiterin", "usuario", "utilisateur", "gebruiker", "operatore", "operador",
    "cliente", "client", "customer", "kunde", "kundin", "klant", "kund", "me", "you", "sie", "ich", "ai",
    "q", "a", "re", "fw", "fwd", "aw", "wg", "tldr", "tl;dr", "context", "background", "goal", "goals",
    "scope", "impact", "workaround", "fix", "cause", "root cause", "next", "owner", "eta", "due", "deadline",
    "location", "venue", "room", "where", "when", "who", "what", "why", "how", "attendees", "agenda",
    "tracking", "carrier", "shipping", "delivery", "payment", "balance", "credit", "debit", "refund",
    "quantity", "qty", "sku", "item", "items", "product", "model", "serial", "warranty", "plan", "tier",
    "uhrzeit", "datum", "termin", "betrag", "rechnung", "bestellung", "konto", "karte", "telefon", "handy",
    "objet", "montant", "facture", "commande", "compte", "carte", "téléphone", "portable", "asunto", "importe",
    "factura", "pedido", "cuenta", "tarjeta", "teléfono", "móvil", "oggetto", "importo", "fattura", "ordine",
    "conto", "carta", "telefono", "cellulare", "onderwerp", "bedrag", "factuur", "bestelling", "rekening",
    "kaart", "telefoon", "ämne", "belopp", "faktura", "konu", "tutar", "fatura", "temat", "kwota",
    "zamówienie", "hello", "hi", "thanks", "done", "ok", "yes", "no", "edit", "p.s", "memo",
})


_HAN = "\u3005\u4e00-\u9fff"  # 々 repeats the kanji before it ("佐々木")
_KANA = "\u3040-\u309f\u30a0-\u30ff"
# 坂本千代と申します / 鈴木 修平様 / 陈 芳您好 / 王先生: a Han name before an honorific.
_CJK_BEFORE_RX = re.compile(rf"(?<![{_HAN}{_KANA}])(?P<run>[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}{_KANA}]{{1,4}}?)"
                            r"(?=様|さま|さん|殿|氏|くん|ちゃん|と申します|と申し|です。|您好|先生|女士|小姐|老师|經理|经理|同学)")
# Common Japanese family names (a name line or a name before a phone needs one to open it).
_JA_SURNAMES = frozenset(re.findall(r"\S+", (
    "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡邉 山本 中村 小林 加藤 吉田 "
    "山田 佐々木 山口 松本 井上 木村 斎藤 斉藤 齋藤 清水 山崎 池田 橋本 "
    "阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 "
    "遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 "
    "中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 柴田 酒井 工藤 "
    "横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 丸山 今井 高田 藤本 "
    "河野 小島 村田 武田 上野 杉山 増田 小山 大塚 平野 菅原 久保 松井 "
    "千葉 岩崎 桜井 木下 野口 松尾 菊地 菊池 野村 新井 渡部 佐野 杉本 "
    "大西 古川 浜田 市川 小松 水野 北村 中西 小池 山内 吉川 平田 服部 "
    "松岡 西田 安田 大橋 川口 本田 久保田 望月 荒木 永井 飯田 吉村 川村 "
    "石原 片山 西川 岩田 荒井 小西 松下 福島 大久保 須藤 秋山 熊谷 五十嵐 "
    "黒田 土屋 川上 星野 宮田 内藤 新田 早川 矢野 桑原 奥村 北川 大石 "
    "平井 山中 中田 吉岡 森本 小田 今村 堀内 坂口 松村 高野 西尾 岡崎 "
    "浅野 大谷 野田 中尾 菅野 上原 細川 水谷 岩本 足立 松浦 米田 広瀬 "
    "河合 栗原 長尾 藤川 関口 大島 金井 小泉 樋口 田辺 山岸 中谷 関 辻 "
    "堀 森 林 原 "
)))
# "Nile K.K.の石井でございます", "営業部の田中です。": a name between "の"/"は" and a self-introduction.
_CJK_INTRO_RX = re.compile(rf"(?<=[のは])(?P<run>[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}{_KANA}]{{0,3}}?)"
                           r"(?=でございます|と申します|です[。、！!])")
# "弊社からは石井、田中裕美子、佐々木桃子の3名で伺います": names listed before a head count.
_JA_ITEM = rf"[{_HAN}][{_HAN}{_KANA}]{{0,4}}(?:[ \u3000][{_HAN}{_KANA}]{{1,4}})?"
_JA_COUNT_LIST_RX = re.compile(rf"(?<![{_HAN}])(?P<list>{_JA_ITEM}(?:、{_JA_ITEM})+)"
                               r"の[0-9０-９一二三四五六七八九十]+(?:名|人)")
# "我方王 佳怡、陈俊杰" / "参加人员：张军、胡 军": Chinese names listed after the side or the attendees.
_ZH_SIDE_LIST_RX = re.compile(r"(?:我方|对方|對方|参加人员|參加人員|出席人员|出席人員|与会人员|與會人員)[：:]?[ \t]*"
                              r"(?P<list>[^\n，。；;]{2,60})")
# "佐藤（携帯：090…）", "陈芳(电话 …)": a name just before its phone.
_CJK_PHONE_AFTER = re.compile(r"[ \u3000]?[（(][ \t]*(?:携帯|電話|TEL|Tel|tel|手机|手機|电话|内線|分机|分機|"
                              r"mobile|Mobile)")
_CJK_NAME_RUN = re.compile(rf"[{_HAN}]{{1,3}}(?:[ \u3000][{_HAN}{_KANA}]{{1,3}}|[{_HAN}{_KANA}]{{0,3}})")
# The rest of a CC or attendee list: "抄送：徐丽娟；张 子涵".
_CJK_LIST_RX = re.compile(r"(?:抄送|收件人|参会人|參會人|参加者|出席者|宛先)[：:][ \t]*(?P<list>[^\n]+)")
_CJK_ITEM_RX = re.compile(rf"(?<![{_HAN}{_KANA}])[{_HAN}]{{1,2}}[ \u3000]?[{_HAN}]{{1,2}}(?![{_HAN}{_KANA}])")
# Titles that follow a surname alone: "张师傅", "陈总", "马经理". Only the hundred most common
# Chinese surnames count, since the character before a title is often a plain word ("的老师").
_SURNAME_TITLE = re.compile(r"师傅|師傅|总|经理|經理|老师|主任|部长|部長|课长|課長|社长|社長")
_SURNAMES = ("王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭"
             "田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江"
             "尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯")
_SURNAME_RX = re.compile(rf"(?P<run>[{_SURNAMES}])(?=(?:{_SURNAME_TITLE.pattern})(?!经理))")
# "袁先生，您好", "请转告李女士": a family name alone before Mr/Ms, at the start of a phrase or after a
# word that puts a person after it (not "谢谢先生": 谢 is a family name too).
_SURNAME_POLITE_RX = re.compile(rf"(?:(?<![{_HAN}])|(?<=[给和与與跟同请請致问問找对對向的告诉訴])"
                                r"|(?<=谢谢|謝謝|感谢|感謝|多谢|多謝))"
                                rf"(?P<run>[{_SURNAMES}])"
                                r"(?=先生|女士|小姐|太太)")
_ZH_THANKS = ("谢谢", "謝謝", "感谢", "感謝", "多谢", "多謝")
# "主题：长沙出差报销 – 彭诗涵": a Chinese name after a dash at the end of a (subject) line.
_ZH_DASH_NAME_RX = re.compile(rf"[–—-][ \t\u3000]*(?P<run>[{_SURNAMES}][{_HAN}]{{1,2}})[ \t\u3000]*$", re.M)
# 请联系何 伟，/ 担当：佐藤 修平。/ 联系人：陈思远
_CJK_AFTER_RX = re.compile(rf"(?:联系人?|聯絡人?|负责人|負責人|担当者?|担当|致|收件人|寄件人|收货人|用户|客户|姓名|"
                           rf"氏名|お名前|名前|抄送|受取人|宛先|差出人|后任|後任|经办人|申请人|拜访人|拜訪人|填表人|"
                           rf"报告人|報告人|记录人|記錄人|签收人|簽收人|发件人|發件人|报销人|報銷人|对接人|對接人|"
                           rf"介绍人|介紹人|审批人|審批人|签字人|簽字人)[：:\s]?"
                           rf"(?P<run>[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}{_KANA}]{{1,3}})(?![{_HAN}{_KANA}])")


# A title written before a name and a space ("部長 鈴木淳様", "经理 王芳").
_CJK_TITLE_LEAD = re.compile(r"(?:部長|課長|社長|係長|主任|部长|课长|经理|經理|总监|總監|董事长|董事長)[ \u3000]")


def _surname_first(run: str) -> bool:
    """Whether a Han run opens with a common Chinese or Japanese family name."""
    return run[:1] in _SURNAMES or any(run[:k] in _JA_SURNAMES for k in (1, 2, 3))


_FAMILIAR_RX = re.compile(rf"(?<=[小老])(?P<run>[{_SURNAMES}])(?=[。，,、！？!?；;\s）)]|$)")
_CJK_LINE_RX = re.compile(rf"^[ \t\u3000]*(?P<run>{_CJK_NAME_RUN.pattern})[ \t\u3000]*$", re.M)
# Lines that sit next to a name in a signature: phone, mail, a department or title, the company, a closing.
_CJK_SIGNATURE = re.compile(r"TEL|Tel|電話|电话|手机|手機|携帯|E-?[Mm]ail|メール|邮箱|郵箱|"
                            r"[部課课处處组組]$|经理|經理|主管|助理|主任|部长|部長|总监|總監|专员|專員|"
                            r"課長|课长|有限公司|株式会社|K\.K\.|谢谢|謝謝|此致|敬礼|以上|よろしく|敬具|Ltd|Inc",
                            re.M)


def _cjk_cued(text: str) -> list[tuple[int, int]]:
    """Chinese and Japanese names that the words around them give away: a self-introduction, a list
    before a head count or after a side, a phone just after, a line of its own in a signature, or
    "小"/"老" before a family name."""
    out: list[tuple[int, int]] = []
    for m in _CJK_INTRO_RX.finditer(text):
        if len(m.group("run").strip()) >= 2 and _surname_first(m.group("run")):  # not "の到着予定です"
            out.append(m.span("run"))
    for m in _JA_COUNT_LIST_RX.finditer(text):
        base = m.start("list")
        for item in re.finditer(r"[^、]+", m.group("list")):
            out.append((base + item.start(), base + item.end()))
    for m in _ZH_SIDE_LIST_RX.finditer(text):
        base, items = m.start("list"), m.group("list")
        if items.startswith(("我方", "对方", "對方")):
            base, items = base + 2, items[2:]  # "参加人员：我方王 佳怡、…"
        for item in re.finditer(r"[^、]+", items):
            word = item.group()
            if re.fullmatch(rf"[{_SURNAMES}][ \u3000]?[{_HAN}]{{1,2}}", word):
                out.append((base + item.start(), base + item.end()))
            else:
                break  # the list ends where a word is no name ("对方联系人…")
    for m in _CJK_PHONE_AFTER.finditer(text):
        lead = max(0, m.start() - 8)
        name = re.search(rf"(?<![{_HAN}{_KANA}])(?:{_CJK_NAME_RUN.pattern})$", text[lead:m.start()])
        if name and _surname_first(name.group()) and len(name.group().strip()) >= 2:
            out.append((lead + name.start(), lead + name.end()))
    lines = text.split("\n")
    if len(lines) >= 2:
        for m in _CJK_LINE_RX.finditer(text):
            run = m.group("run")
            if len(run.replace(" ", "").replace("\u3000", "")) < 2 or not _surname_first(run):
                continue
            row = text.count("\n", 0, m.start())
            near = [lines[k].strip() for k in (row - 1, row + 1) if 0 <= k < len(lines)]
            if any(_CJK_SIGNATURE.search(line) for line in near if line):
                out.append(m.span("run"))
    out += [m.span("run") for m in _FAMILIAR_RX.finditer(text)]
    for rx in (_ZH_WITH_RX, _ZH_DUTY_RX, _JA_NO_HONORIFIC_RX):
        for m in rx.finditer(text):
            run = m.group("run")
            if _surname_first(run) and not _CJK_TITLE_END.search(run):
                out.append(m.span("run"))
    return out


# "和冯文博一起去", "与小韩讨论", "彭浩然负责报价": a Chinese name before "together" or "in charge of".
_ZH_WITH_RX = re.compile(rf"(?:(?<=[和与與跟同])|(?<=[和与與跟同][小老]))(?P<run>[{_SURNAMES}][{_HAN}]{{0,2}}?)"
                         r"(?=一起|一同|讨论|討論|商量|联系|聯繫|见面|見面|开会|開會)")
_ZH_DUTY_RX = re.compile(rf"(?<![{_HAN}])(?P<run>[{_SURNAMES}][{_HAN}]{{1,2}})(?=负责|負責)")
# "隣の加藤さん", "ドライバーの渡辺様": a family name after "の" and before an honorific.
_JA_NO_HONORIFIC_RX = re.compile(rf"(?<=[の・])(?P<run>[{_HAN}]{{1,3}}[ \u3000]?[{_HAN}]{{0,3}}?)"
                                 r"(?=さん|様|氏|くん|ちゃん)")
_CJK_TITLE_END = re.compile(r"(?:经理|經理|总|老师|老師|师傅|師傅|主任|部长|部長|课长|課長|社长|社長)$")

# Korean: a family name and a given name of two syllables before "입니다", "님", "씨", or after a label.
_KO_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함"
                "변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용")
_KO_NAME_RX = re.compile(rf"(?<![가-힣])(?P<run>[{_KO_SURNAMES}][가-힣]{{2}})"
                         r"(?=입니다|이에요|예요|[ ]?님|[ ]?씨(?![가-힣])|에게|한테|께서|께)")
# A family name before a job title and 님 ("박 기사님", "김과장님"); a given name after a kinship word and
# before a particle ("동생 은지에게", "친구 서준이").
_KO_TITLE_RX = re.compile(rf"(?<![가-힣])(?P<run>[{_KO_SURNAMES}])[ ]?(?:기사|선생|과장|팀장|부장|대리|사장|실장|주임|"
                          r"원장|교수|매니저|차장|이사|상무|전무|간호사|기장)님")
_KO_KIN_RX = re.compile(r"(?:동생|언니|오빠|형|누나|친구|남편|아내|딸|아들|사촌|조카|남친|여친)[ ]"
                        r"(?P<run>[가-힣]{2})(?=에게|한테|이가|이는|이랑|이한테|께|님|씨|[ ,.])")
_LATIN_HONORIFIC_RX = re.compile(r"(?<![A-Za-z\u00c0-\u024f'’.\-])(?P<run>[A-Z][a-z\u00df-\u024f'’\-]+"
                                 r"(?:[ ][A-Z][a-z\u00df-\u024f'’\-]+){0,2})[ ]?(?:氏|様|さん|先生|女士|小姐|さま)")
# A label needs its colon ("담당: 김민수", not "담당 부서"); a spouse or guardian does not ("배우자 강은지님").
_KO_LABEL_RX = re.compile(r"(?:(?:고객|상담원|담당자|담당|이름|성명|작성자|신청인|수신인|수령인|예약자|"
                          r"보낸 ?사람|받는 ?사람|방문자)[ \t]*[:：]|배우자|보호자)[ \t]*"
                          r"(?P<run>[가-힣]{2,4})(?![가-힣])")
# Arabic: a name after a title ("المهندس حمدان الظاهري") or on the line after a closing ("مع خالص التحية،").
_AR_WORD = r"[\u0621-\u064a\u0671-\u06d3]+"
_AR_STOP = r"(?:على|في|من|إلى|الى|عن|مع|رقم|عبر|لدى|بعد|قبل|و|را|در|به|از|با)(?![\u0621-\u064a\u0671-\u06d3])"
_AR_TITLE_RX = re.compile(rf"(?:المهندس|المهندسة|الأستاذ|الأستاذة|الاستاذ|السيد|السيدة|الدكتور|الدكتورة|الشيخ|"
                          rf"آقای|خانم|دکتر|مهندس)[ \t]+(?P<run>{_AR_WORD}(?:[ \t]+(?!{_AR_STOP}){_AR_WORD}){{1,2}})")
_AR_CLOSING_RX = re.compile(rf"(?:مع خالص التحية|مع التحية|مع أطيب التحيات|تحياتي|وتفضلوا بقبول فائق الاحترام|"
                            rf"با احترام|با سپاس)[،,.]?[ \t]*\n[ \t]*"
                            rf"(?P<run>{_AR_WORD}(?:[ \t]+{_AR_WORD}){{1,3}})[ \t]*$",
                            re.M)


# A couple named on a wedding's line: "RSVP – Pratima & Dimitra's wedding", "Svatba – Tereza & Vojtěch".
_WEDDING_WORDS = (r"wedding|svatba|boda|hochzeit|mariage|matrimonio|casamento|bruiloft|bryllup|bröllop|"
                  r"häät|ślub|düğün|esküvő|nunta|harusi|kasal|pernikahan|engagement|verlobung")
_WEDDING = re.compile(_WEDDING_WORDS, re.I)
_THEIR_WEDDING = re.compile(rf"['’]s?[ \t]+(?:{_WEDDING_WORDS})", re.I)  # "Tahmina & Stavros's wedding"
_COUPLE_RX = re.compile(rf"(?<![\w'’])(?P<a>{_WORD})[ \t]+(?:&|and|und|et|e|y|og|och|a|és|ve|dan|i|na|at)[ \t]+"
                        rf"(?P<b>{_WORD})(?![\w])")


def _couples(text: str) -> list[tuple[int, int]]:
    """The two given names of a couple on a line about their wedding."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        if not _WEDDING.search(line.group()):
            continue
        for m in _COUPLE_RX.finditer(line.group()):
            ends = {k: line.start() + _bare(line.group(), m.start(k), m.end(k)) for k in "ab"}  # "Dimitra's"
            words = {k: text[line.start() + m.start(k):ends[k]] for k in "ab"}
            # Both must be listed given names: "Marks & Spencer", "Procter & Gamble" are firms; unless the
            # wedding is theirs ("Tahmina & Stavros's wedding"), when any two name-shaped words do.
            theirs = bool(_THEIR_WEDDING.match(text, ends["b"]))
            if all(w[0].isupper() and not common_word(w) and (
                    "f" in known_names().get(_fold(w), ("", False))[0]
                    or (theirs and NameListRecognizer._word_ok(w) and _fold(w) not in places()))
                   for w in words.values()):
                out += [(line.start() + m.start(k), ends[k]) for k in "ab"]
    return out


def _script_cued(text: str) -> list[tuple[int, int]]:
    """Korean, Arabic and Persian names that the words around them give away, and names in Latin
    letters before a Japanese or Chinese honorific ("Yordanka Angelova氏", "Hsin-yi Cheng先生")."""
    out: list[tuple[int, int]] = []
    if re.search(f"[{_HAN}{_KANA}]", text):
        for m in _LATIN_HONORIFIC_RX.finditer(text):
            words = m.group("run").split()
            if not any(cue_word(w) for w in words) and not (len(words) == 1 and _fold(words[0]) in places()):
                out.append(m.span("run"))
    if re.search("[가-힣]", text):
        out += [m.span("run") for rx in (_KO_NAME_RX, _KO_TITLE_RX, _KO_KIN_RX) for m in rx.finditer(text)]
        # After a label: a family and a given name, or a given name of two syllables.
        out += [m.span("run") for m in _KO_LABEL_RX.finditer(text) if not m.group("run").startswith("님")
                and (len(m.group("run")) == 2 or m.group("run")[0] in _KO_SURNAMES)]
    if re.search("[\u0621-\u064a]", text):
        out += [m.span("run") for rx in (_AR_TITLE_RX, _AR_CLOSING_RX) for m in rx.finditer(text)]
    return out


def cue_word(word: str) -> bool:
    """Whether ``word`` is a greeting, title, sign-off or label word (never a name by itself)."""
    return word.lower().strip(".,:;!") in _CUE_WORDS


def _name_at(text: str, start: int, run: str, *, min_words: int = 1, lead: bool = False) -> tuple[int, int] | None:
    """The name at the start of ``run`` (found at ``start``): capitalised words and inner particles."""
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", run)]

    def word(k: int) -> str:
        return run[toks[k][0]:toks[k][1]]

    kept: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(toks):
        w = word(i)
        capital = w[0].isupper() and not cue_word(w) and w.lower() not in _NOT_NAMES
        # "van 't Hof", "de los Santos": particles count only between name words.
        # After a title a surname may open with its particles ("Herrn zu Hesse", "Sra. de la Cruz").
        inner = (bool(kept) or lead) and w.lower() in PARTICLES and i + 1 < len(toks) and (
            word(i + 1)[0].isupper() or word(i + 1).lower() in PARTICLES)
        if not (capital or inner):
            break
        kept.append((s, e))
        if len(kept) == 4:
            break
    while kept and run[kept[-1][0]:kept[-1][1]].lower() in PARTICLES:
        kept.pop()
    if len(kept) < min_words or not kept:
        return None
    name = run[kept[0][0]:kept[-1][1]]
    if len(name) > 3 and all(ch.isupper() for ch in name if ch.isalpha()):
        return None  # an acronym or a shouted heading, not a name
    return start + kept[0][0], start + kept[-1][1]


def _result(entity: str, start: int, end: int, score: float, rec: EntityRecognizer) -> RecognizerResult:
    return RecognizerResult(entity, start, end, score, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: type(rec).__name__, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: rec.id})


class NameCueRecognizer(EntityRecognizer):
    """PERSON: capitalised words after a greeting, title, sign-off, label or contact verb; CJK names."""

    # (pattern, score, least words): a bare contact verb or possessive is weaker evidence than a greeting.
    _RULES: tuple[tuple[re.Pattern[str], float, int], ...] = (
        (_GREETING_RX, 0.9, 1), (_TITLE_RX, 0.9, 1), (_SIGNOFF_RX, 0.9, 1), (_SELF_RX, 0.9, 1),
        (_ROLE_RX, 0.9, 1), (_HOLDER_RX, 0.9, 1), (_CONTACT_RX, 0.88, 1), (_POSSESSIVE_RX, 0.88, 1),
        (_WROTE_RX, 0.88, 1), (_CHAT_RX, 0.88, 1), (_SIGNOFF_INLINE_RX, 0.88, 1), (_ROLE_BARE_RX, 0.88, 2),
        (_VOCATIVE_RX, 0.86, 1), (_SIGNOFF_PAIR_RX, 0.88, 1), (_TITLE_AFTER_RX, 0.88, 1),
    )

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="NameCueRecognizer", supported_language="en")

    def load(self) -> None:  # regexes are compiled at import
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Names the surrounding words announce."""
        if "PERSON" not in entities:
            return []
        out: list[RecognizerResult] = []
        seen: set[tuple[int, int]] = set()
        for rx, score, least in self._RULES:
            for m in rx.finditer(text):
                if rx is _TITLE_RX and not text[m.start()].isupper() \
                        and m.group().split()[0].lower().rstrip(".") not in _LOWER_TITLES:
                    continue  # "I miss Paris": a title starts with a capital, unless no word is spelt so
                if rx is _SIGNOFF_PAIR_RX and not (_given_name(m.group("first")) and NameListRecognizer._word_ok(
                        m.group("run")) and _fold(m.group("run")) not in places()):
                    continue  # "Sales and Marketing": the first sender must be a listed given name
                span = _name_at(text, m.start("run"), m.group("run"), min_words=least, lead=rx is _TITLE_RX)
                if span is not None and span not in seen:
                    seen.add(span)
                    out.append(_result("PERSON", span[0], span[1], score, self))
        for m in _SIGNOFF_LOWER_RX.finditer(text):
            word = m.group("run")
            if word.islower() and not common_word(word) and not cue_word(word) and _fold(word) not in _LABELS \
                    and (m.group("kiss") or _given_name(word)) and m.span("run") not in seen:
                seen.add(m.span("run"))
                out.append(_result("PERSON", m.start("run"), m.end("run"), 0.86, self))
        for span in _speakers(text):
            if span not in seen:
                seen.add(span)
                out.append(_result("PERSON", span[0], span[1], 0.86, self))
        for span in _script_cued(text) + _couples(text) + _shaped(text):
            if span not in seen and not any(a < span[1] and span[0] < b for a, b in seen):
                seen.add(span)
                out.append(_result("PERSON", span[0], span[1], 0.85, self))
        if re.search(f"[{_HAN}]", text):
            for m in _CJK_LIST_RX.finditer(text):
                base = m.start("list")
                for item in _CJK_ITEM_RX.finditer(m.group("list")):
                    span = (base + item.start(), base + item.end())
                    if span not in seen:
                        seen.add(span)
                        out.append(_result("PERSON", span[0], span[1], 0.85, self))
            dashed = [m for m in _ZH_DASH_NAME_RX.finditer(text) if m.group("run") not in _han_names()]
            for m in [*_SURNAME_RX.finditer(text), *_SURNAME_POLITE_RX.finditer(text), *dashed]:
                span = m.span("run")
                if span not in seen and not any(a < span[1] and span[0] < b for a, b in seen):
                    seen.add(span)
                    out.append(_result("PERSON", span[0], span[1], 0.85, self))
            for span in _cjk_cued(text):
                if span not in seen and not any(a < span[1] and span[0] < b for a, b in seen):
                    seen.add(span)
                    out.append(_result("PERSON", span[0], span[1], 0.85, self))
            for rx in (_CJK_BEFORE_RX, _CJK_AFTER_RX):
                for m in rx.finditer(text):
                    span = m.span("run")
                    if rx is _CJK_BEFORE_RX and _SURNAME_TITLE.match(text, span[1]) \
                            and text[span[0]] not in _SURNAMES:
                        continue  # "装维的张师傅": no name starts the run; _SURNAME_RX takes 张 alone
                    if "の" in text[span[0]:span[1]] or text[span[0]:span[1]].endswith(_ZH_THANKS):
                        continue  # "会議室の予約さん", "谢谢先生": a phrase, not a name
                    thanks = max((text.rfind(w, span[0], span[1]) + len(w) for w in _ZH_THANKS
                                  if w in text[span[0]:span[1]]), default=span[0])
                    span = (thanks, span[1])  # "非常感谢王先生": the name after the thanks
                    title = _CJK_TITLE_LEAD.match(text, span[0], span[1])
                    if title:
                        span = (title.end(), span[1])  # "部長 鈴木淳様": the title stays out
                    if span[1] - span[0] >= 2 and not any(a < span[1] and span[0] < b for a, b in seen):
                        seen.add(span)
                        out.append(_result("PERSON", span[0], span[1], 0.85, self))
        return out


def _label_word(run: str) -> bool:
    """Whether ``run`` (one or two words before a colon) is a field label, role or cue word."""
    folded = run.lower()
    return (folded in _LABELS or any(w in _LABELS or w in _CUE_WORDS or w in _NOT_NAMES for w in folded.split())
            or (len(run) > 1 and run.isupper()) or len(run) < 2
            or (run[0].islower() and (common_word(run) or _fold(run) in places())))


def _header(run: str) -> bool:
    """Whether ``run`` is an HTTP or mail header name (``Content-Length``, ``X-Request-Id``)."""
    low = run.lower()
    return low.startswith(("x-", "content-", "accept", "access-control-", "sec-", "cache-", "if-")) or low in {
        "authorization", "host", "cookie", "set-cookie", "user-agent", "referer", "origin", "connection",
        "server", "location", "etag", "vary", "via", "pragma", "upgrade", "expires", "range", "allow",
        "received", "return-path", "reply-to", "message-id", "mime-version", "dkim-signature", "sender"}


def _speakers(text: str) -> list[tuple[int, int]]:
    """Speaker names of a chat transcript: ``Name: …`` lines, when there are two or more."""
    found_cjk = _cjk_speakers(text)
    if text.count(":") < 2 or "\n" not in text:
        return found_cjk
    every = list(_SPEAKER_RX.finditer(text))
    # Chat is often typed in lower case ("canan: ben de gelirim"): in a transcript of three speaker
    # lines or more, lower-case labels that are no field label, common word or place count too
    # (config lines such as "user: app" / "password: …" are all labels, so none survive).
    lower = [m for m in every if m.group("run")[0].islower() and not _label_word(m.group("run"))
             and not _header(m.group("run")) and _chat_line(text, m)] if len(every) >= 3 else []
    # A conversation comes back to its speakers; a config file's keys do not ("run: npm test"), nor do they carry
    # time stamps ("[09:16] anastasia: fyi ...").
    if not any(n >= 2 for n in Counter(m.group("run") for m in lower).values()) and \
            not (len(lower) >= 2 and all(_stamped(text, m) for m in lower)):
        # ... and so do listed given names that are no everyday word ("tuulikki: mä tuun"), when another
        # speaker of the transcript is a person too.
        lower = [m for m in lower if _given_name(m.group("run"))]
        if not any(m.group("run")[0].isupper() and not _label_word(m.group("run")) for m in every) and len(lower) < 2:
            lower = []
    labels = [m for m in every if m.group("run")[0].isupper()] + lower
    # A transcript's speakers are all people or all roles ("Kunde:" / "Medewerker:", HTTP
    # headers): one label word among them makes the unknown words beside it roles too.
    if any(_label_word(m.group("run")) or _header(m.group("run")) for m in labels):
        labels = []
    # A name that is also a common word ("Jan", "Kim", "Dina") counts when it speaks twice
    # beside a speaker whose name is no common word.
    plain = [m for m in labels if not common_word(m.group("run"))]
    times = Counter(m.group("run") for m in labels)
    labels = [m for m in labels if m in plain or (plain and times[m.group("run")] >= 2)]
    found = sorted({m.span("run") for m in labels}) if len(labels) >= 2 else []
    found += [m.span("run") for m in _ROLE_PAREN_RX.finditer(text)
              if m.group("run")[0].isupper() and not _label_word(m.group("run"))]
    return found + found_cjk


def _shaped(text: str) -> list[tuple[int, int]]:
    """Names given away by their shape or by a word of kinship before them: initials before a family
    name ("co-authored with M. Sadeghi", "Contactez M. Trabelsi"), a note's author before its date
    ("Anotação (Bruna, 2026/10/22)"), a family name in capitals before a listed given name ("BRUNNER
    Beat", "KRANJC Maja"), and a name after a cousin, neighbour or sibling ("mi prima Constanza",
    "jirani yangu Zawadi", "Mas Dimas")."""
    out: list[tuple[int, int]] = []

    def plain(word: str) -> bool:  # a capitalised word that can be a name
        low = _fold(word)
        return not (cue_word(word) or common_word(word) or low in _LABELS or low in _CALENDAR
                    or word.lower() in _NOT_PERSON_RUN or table_pop(word) >= PlaceRecognizer.MID
                    or _fold(word) in regions())

    for m in _INITIALS_RX.finditer(text):
        line = text[max(0, text.rfind("\n", 0, m.start()) + 1):m.start()]
        if line.strip() and m.group("initials").replace(" ", "") not in ("U.S.", "U.K.", "P.O.") \
                and plain(m.group("surname")):
            out.append(m.span("run"))  # not "A. Background" opening a line, nor "U.S. Army"
    def listed_given(word: str) -> bool:  # a listed given name that is no everyday word, even a place's too
        entry = known_names().get(_fold(word))
        return entry is not None and "f" in entry[0] and not entry[1] and not common_word(word)

    for m in _NOTE_AUTHOR_RX.finditer(text):
        words = m.group("run").split()
        entries = [known_names().get(_fold(w)) for w in words]
        if all(plain(w) or listed_given(w) for w in words) and any(e is not None and not e[1] for e in entries):
            out.append(m.span("run"))
    for m in _CAPS_SURNAME_RX.finditer(text):
        family, given = m.group("family"), m.group("given")
        entry = known_names().get(_fold(family))
        listed_family = entry is not None and "l" in entry[0]
        given_entry = known_names().get(_fold(given))
        if family in _CAPS_NOT_NAMES or common_word(family) or _fold(family) in _LABELS or given_entry is None:
            continue
        # A listed family name takes any listed given name ("BRUNNER Beat"); another word in capitals
        # needs a given name that is no everyday word ("SHEHU Dritan", not "NOTICE Will").
        if (listed_family and "f" in given_entry[0]) or (_given_name(given) and len(family) >= 4):
            out.append(m.span("run"))
    for m in _KIN_RX.finditer(text):
        words = m.group("run").split()
        entries = [known_names().get(_fold(w)) for w in words]
        if all(not cue_word(w) and not common_word(w) and _fold(w) not in _CALENDAR for w in words) \
                and (any(e is not None and not e[1] for e in entries)
                     or (m.group("title") and all(map(plain, words)))) \
                and not (len(words) == 1 and table_pop(words[0]) >= PlaceRecognizer.MID
                         and not listed_given(words[0])):
            out.append(m.span("run"))  # a listed name: not "my sister Company"
    return out


_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zß-öø-ÿā-ž'’]+)?"
# "M. Sadeghi", "A.B. Okafor", "L. Esfahani" (the initials inside the span).
_INITIALS_RX = re.compile(rf"(?<![\w.'’])(?P<run>(?P<initials>(?:[A-Z]\.[ \t]?){{1,2}})[ \t]?(?P<surname>{_NAME_WORD}))"
                          r"(?![\w'’])")
_DATE_START = (r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}(?:st|nd|rd|th|\.)?[ \t]+[A-Za-zÀ-ÿ]{3,}|"
               r"[A-Z][a-z]{2,}[ \t]+\d{1,2}|\d{4}-\d{2})")
# "(Bruna, 2026/10/22)", "Notes (Vinogradova, September 17, 2023)": a note's author before its date.
_NOTE_AUTHOR_RX = re.compile(rf"\((?P<run>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?),[ \t]*{_DATE_START}")
# "BRUNNER Beat", "KRANJC Maja", "SHEHU Dritan": passport order, the family name in capitals.
_CAPS_SURNAME_RX = re.compile(r"(?<![\w'’])(?P<run>(?P<family>[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})?)[ \t]+"
                              rf"(?P<given>{_NAME_WORD}))(?![\w'’])")
_CAPS_NOT_NAMES = frozenset({"ATTN", "URGENT", "NOTE", "CEO", "CTO", "CFO", "COO", "FYI", "ASAP", "TODO", "RE", "FW",
                             "FWD", "CC", "BCC", "HR", "IT", "VIP", "NB", "PS", "TEL", "FAX", "MOB", "DR", "MR", "MRS",
                             "MS", "PROF", "ENG", "CALL", "ASK", "TO", "FROM", "DEAR", "HELLO", "HI", "THANKS", "NEW",
                             "OLD", "UPDATE", "INFO", "WARNING", "ERROR", "OK", "PM", "AM", "EU", "UK", "US", "USA"})
# Words of kinship, neighbourhood and address after which a name follows ("mi prima Constanza", "jirani
# yangu Zawadi", "my cousin Ana", "Mas Dimas"), in lower case (but for "Mas"/"Mbak"), inside a sentence.
_KIN_RX = re.compile(
    r"(?<![\w'’])(?:(?:prima|primo|tía|tío|tia|tio|hermana|hermano|irmã|irmão|vecina|vecino|vizinha|vizinho|"
    r"cuñada|cuñado|cunhada|cunhado|abuela|abuelo|avó|avô|cousin|neighbour|neighbor|sister|brother|aunt|auntie|"
    r"uncle|nephew|niece|colleague|cousine|voisine|voisin|sœur|frère|oncle|nièce|neveu|cugina|cugino|sorella|"
    r"fratello|zia|zio|vicina|vicino|nachbarin|nachbar|schwester|bruder|tante|onkel|kollegin|kollege|kusine|"
    r"jirani(?: yangu| yetu)?|rafiki(?: yangu| yetu)?|dada|kaka|binamu|shangazi|mjomba|kuya|ate|tita|tito|abla)"
    rf"[ \t]+|(?P<title>(?<=\b)(?:Mas|Mbak|Kak|Barr\.|Engr\.|Arc\.|Pst\.|Alhaji|Alhaja))[ \t]+)"
    rf"(?P<run>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)(?![\w'’])")


def _given_name(word: str) -> bool:
    """Whether ``word`` is a listed given name (one word) that is no everyday word, a place nor a label."""
    entry = known_names().get(_fold(word))
    return entry is not None and "f" in entry[0] and not entry[1] and not common_word(word) \
        and _fold(word) not in places() and not cue_word(word)


# A Chinese or Japanese transcript: "鈴木：明日の…", "陈总：不用…" (a title after the surname stays out).
_CJK_SPEAKER_RX = re.compile(rf"^[ \t]*(?P<run>[{_HAN}{_KANA}가-힣]{{1,4}}?(?:[ \u3000][{_HAN}{_KANA}]{{1,3}}?)??)"
                             rf"(?P<title>总|經理|经理|师傅|師傅|老师|老師|先生|"
                             rf"女士|小姐|主任|部长|部長|课长|課長|社长|社長|さん|様|君|ちゃん|くん)?[ \t]*[：:]", re.M)
_CJK_LABELS = frozenset({
    "お客様", "オペレーター", "主題", "主题", "件名", "会员", "会員", "住所", "備考", "内容",
    "原因", "发件人", "受取人", "合計", "合计", "問題", "回复", "回答", "地址", "地点",
    "场所", "場所", "备注", "宛先", "客户", "客服", "寄件人", "小计", "差出人", "店员",
    "店員", "总计", "手机", "抄送", "担当", "担当者", "携帯", "收件人", "收货人", "日时",
    "日時", "日期", "时间", "時間", "机器人", "注意", "注文", "状态", "状態", "用户",
    "电话", "發件人", "系統", "系统", "結果", "结果", "联系人", "订单", "連絡先", "邮箱",
    "邮编", "郵便番号", "金額", "金额", "问题", "電話",
    "고객", "상담원", "주소", "전화", "이메일", "메모", "날짜", "시간", "제목", "내용", "답변", "질문", "참고", "비고",
    "결과", "상태", "주문", "금액", "합계", "계좌", "번호", "담당자", "담당", "기사", "문의", "요청", "배송지",
    "顧客", "次回", "見積送付先", "日程", "参加者", "議題",
})


_STAMP = re.compile(r"[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*")


def _stamped(text: str, m: re.Match[str]) -> bool:
    """Whether a ``name: …`` line opens with a chat time stamp ("[09:12] kathleen: …")."""
    return _STAMP.fullmatch(text, m.start(), m.start("run")) is not None


def _chat_line(text: str, m: re.Match[str]) -> bool:
    """Whether a ``name: …`` line reads as chat: not indented (a time stamp may open it), and prose after the
    colon."""
    rest = m.group("rest") or ""
    words = rest.split()
    return ((m.start() == m.start("run") or _stamped(text, m)) and bool(words)
            and not re.match(r"[\[{\"'`$=/<>|#-]|\S*[=/:@]", rest)
            and not (len(words) == 1 and re.search(r"[\d._-]", rest)))  # "region: eu-central-1"


def _cjk_speakers(text: str) -> list[tuple[int, int]]:
    """Speakers of a Chinese or Japanese transcript, when two lines or more have one."""
    if ("：" not in text and ":" not in text) or not re.search(f"[{_HAN}{_KANA}가-힣]", text):
        return []
    lines = [m for m in _CJK_SPEAKER_RX.finditer(text) if m.group("run")]
    if len(lines) < 2 or any(m.group("run").lstrip("・") in _CJK_LABELS for m in lines):
        return []
    # "小胡" / "老王": the familiar prefix stays out of the name.
    return list(dict.fromkeys((m.start("run") + (1 if m.group("run")[0] in "小老" and len(m.group("run")) == 2 else 0),
                               m.end("run")) for m in lines))


# Street types written after the street's name, often glued to it ("Aebistrasse 662", "Kyrkstigen 55").
_STREET_SUFFIX = ("straße", "strasse", "str.", "weg", "gasse", "platz", "allee", "damm", "ufer", "steig",
                  "pfad", "chaussee", "laan", "straat", "steeg", "baan", "plein", "singel", "kade", "gracht",
                  "dreef", "gatan", "vägen", "stigen", "gränd", "torget", "gade", "vej", "veien", "vegen", "gata",
                  "katu", "kuja", "polku", "caddesi", "cad.", "cd.", "sokak", "sokağı", "sk.", "bulvarı", "blv.")
# Street types written before the name ("rue du Four", "Calle Mayor", "ul. Długa").
_STREET_PREFIX = ("rue", "chemin", "avenue", "av.", "av", "boulevard", "bd", "bld", "allée", "impasse", "place",
                  "quai", "route", "cours", "passage", "square", "via", "viale", "piazza", "piazzale", "corso",
                  "strada", "contrada", "stretto", "borgo", "vicolo", "largo", "incrocio", "rotonda", "calle",
                  "c/", "avenida", "avda.", "plaza", "paseo", "camino", "carrera", "transversal", "diagonal",
                  "ronda", "travesía", "rua", "r.", "praça", "travessa", "alameda", "conjunto", "recanto",
                  "trecho", "sítio", "feira", "rodovia", "estrada", "vila", "quadra", "ul.", "ulica", "al.",
                  "aleja", "plac", "os.", "osiedle", "prosp.", "prospekt", "pr.", "ulitsa", "str", "jalan",
                  "jl.", "soi", "thanon", "đường")
# Street types written after the name as a word ("Bole Road", "Kıbrıs Şehitleri Caddesi").
_STREET_WORD = ("street", "st", "st.", "road", "rd", "rd.", "avenue", "ave", "ave.", "lane", "ln", "drive", "dr",
                "dr.", "boulevard", "blvd", "court", "ct", "place", "pl", "way", "terrace", "crescent", "close",
                "parkway", "pkwy", "highway", "hwy", "square", "sq", "circle", "cir", "trail", "trl", "row",
                "mews", "grove", "gardens", "hill", "park", "walk", "view", "rise", "alley", "loop", "pike",
                "plaza", "ridge", "run", "path", "point", "ports", "port", "meadows", "meadow", "villages",
                "village", "extensions", "extension", "estates", "heights", "springs", "station", "center",
                "centre", "junction", "landing", "manor", "mill", "mills", "orchard", "pass", "prairie",
                "ranch", "shoals", "shore", "shores", "summit", "track", "trafficway", "tunnel", "turnpike",
                "underpass", "union", "valley", "vista", "wall", "well", "wells", "mahallesi", "marg", "nagar", "salai")
_CAPWORD = r"(?:[^\W\d_][\w'’.\-]*)"
_NAMEWORDS = rf"{_CAPWORD}(?:[ \t]+{_CAPWORD}){{0,4}}"
_HOUSE = r"\d{1,5}(?:[ \t]?[A-Za-z](?![\w]))?(?:[-/]\d{1,5}[A-Za-z]?)?"
_UNIT = (r"(?:,?[ \t]+(?:apt\.?|apartment|suite|ste\.?|unit|flat|piso|of\.|oficina|appartamento|interno|int\.|"
         r"étage|bus|bte|#|no\.?|nr\.?|lok\.?|m\.|dpto\.?|depto\.?)[ \t]*[\w\-/]+)?")
# Postcode and city after the street: ", 8712 Namur", "⏎81345 Montpellier", ", Phoenix, NH 80397", ", Recife 36166011".
_TAIL = (r"(?:(?:,[ \t]*|[ \t]*\r?\n[ \t]*)(?:[A-Z]{1,2}-?)?\d{4,5}(?:-\d{3,4})?(?:[ \t]?[A-Z]{2})?[ \t]+"
         rf"{_CAPWORD}(?:[ \t]+{_CAPWORD})?"
         rf"|,[ \t]*{_CAPWORD}(?:[ \t]+{_CAPWORD})?(?:,[ \t]*[A-Z]{{2}})?[ \t]+\d{{4,8}}(?:-\d{{3,4}})?)?"
         rf"(?:,[ \t]*(?:{_CAPWORD})(?:[ \t]+{_CAPWORD})?(?=[ \t]*(?:[.\n]|$)))?")
_SUFFIX_RX = re.compile(
    rf"(?<![\w])(?:{_CAPWORD}[ \t\-])?{_CAPWORD}?(?:{_alt(_STREET_SUFFIX)})(?![\w])[ \t]*,?[ \t]*{_HOUSE}"
    rf"(?![\d.,]\d){_UNIT}{_TAIL}", re.I)
_PREFIX_RX = re.compile(
    rf"(?<![\w])(?:{_HOUSE},?[ \t]+)?(?:{_alt(_STREET_PREFIX)})[ \t]+(?:(?:de|du|des|del|de la|della|di|da|do|dos|"
    rf"das|la|le|les|l['’]|d['’])[ \t]*)*{_NAMEWORDS}(?:,?[ \t]*{_HOUSE}(?![\d.,]\d))?{_UNIT}{_TAIL}", re.I)
_WORD_RX = re.compile(
    rf"(?<![\w.,/:\-]){_HOUSE}[ \t]+(?P<name>(?:{_CAPWORD}[ \t]+){{1,4}}?)(?:{_alt(_STREET_WORD)})(?![\w])"
    rf"{_UNIT}{_TAIL}", re.I)
# "278 Nguyễn Văn Linh", "6694 Turner Villages": a house number before two or more capitalised words.
_NUMBER_FIRST_RX = re.compile(rf"(?<![\w.,/:\-])\d{{1,5}}[ \t]+(?:{_CAPWORD}[ \t]+){{1,3}}{_CAPWORD}{_UNIT}{_TAIL}")


# Post-office boxes: the box word of some twenty countries and its number ("PO Box 51761",
# "Postboks 3312", "Caixa Postal 56", "Casella Postale 49524", "Pf. 56062", "P.O. Box KN 166"),
# then the postcode and town that follow on the same line or the next ("⏎04373 OULU"). "PL", "Box",
# "BP", "CP" and "OP" are box words only with a postcode after them.
_BOX_STRONG = (r"(?:G?P\.?[ \t]?O\.?[ \t]?(?:Box|BOX)|Post[ \t]Office[ \t]Box|Post[ \t]Box(?:[ \t]No\.?)?|"
               r"P\.B\.(?:[ \t]No\.?)?|P\.M\.B\.?|Private[ \t]Bag(?:[ \t]X)?|Locked[ \t]Bag|Postboks|Postbus|"
               r"Postfach|Postilokero|Caixa[ \t]Postal|Apartado(?:[ \t]de[ \t]Correos|[ \t]Postal|[ \t]Aéreo)?|"
               r"Apdo\.|Casilla(?:[ \t]de[ \t]Correos?)?|Casella[ \t]Postale|C\.P\.|Bo[iî]te[ \t]postale|B\.P\.|"
               r"[Ss]kr\.[ \t]?poczt\.|[Ss]krytka[ \t]pocztowa(?:[ \t]nr)?|P\.K\.|Pf\.|Postafiók|Kotak[ \t]Pos|"
               r"[Pp]oštovní[ \t]přihrádka|Posta[ \t]Kutusu)")
_BOX_WEAK = r"(?:PL|Box|BOX|BP|CP|OP)"
_BOX_NUMBER = r"(?:[A-Z]{1,3}[ \t]?)?\d{1,6}(?:[ \t]?-[ \t]?\d{3,5})?(?![\w])"
_POSTCODE = (r"(?:(?:[A-Z]{1,2}-)?\d{3,6}(?:[- ]\d{2,4})?|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}|"
             r"[A-Z]\d[A-Z][ \t]\d[A-Z]\d)(?![\w])")
_TOWN = r"[^\W\d_a-z][\w'’.\-]*(?:[ \t]+[^\W\d_a-z][\w'’.\-]*){0,2}(?:[ \t]*[-/][ \t]*[A-Z]{2}(?![\w]))?"
_BOX_TAIL = (rf"(?:(?:[ \t]*[,–][ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*(?=(?:CEP[ \t]*|C\.P\.[ \t]*)?\d))"
             rf"(?:(?:CEP|C\.P\.)[ \t]*{_POSTCODE}|Station[ \t]+\w+|Sentrum|{_POSTCODE}|{_TOWN})){{0,4}}")
_BOX_RX = re.compile(rf"(?<![\w.])(?:(?P<strong>{_BOX_STRONG})|{_BOX_WEAK})[ \t]*(?:No\.?[ \t]*|nr[ \t]*)?"
                     rf"{_BOX_NUMBER}(?P<tail>{_BOX_TAIL})")
# Addresses in Chinese and Japanese: a province, prefecture or city, then districts, streets and
# numbers down to the building, floor or room ("浙江省太原县淄川沈街S座1楼103室",
# "愛知県荒川区花島26丁目14番6号"); in Japan, the rest of the line after the postal mark 〒.
_CJK_ADDRESS_RX = re.compile(
    r"〒[ \t]?\d{3}-?\d{4}[^\n。]*"
    r"|[\u4e00-\u9fff]{1,6}(?:省|自治区|特别行政区|市|都|道|府|県)"
    r"[\u4e00-\u9fff\u3040-\u30ffーA-Za-z0-9０-９\-－ ]{2,50}(?:号室|号|號|室|楼|樓|座|栋|棟|丁目|番地|番|F|階)")


# A Korean road-name address: province or city, district, road or street and building number, then a
# floor or unit ("부산광역시 해운대구 해운대해변로 81", "서울특별시 마포구 월드컵북로 355, 1008호").
_KO_ADDRESS_RX = re.compile(
    r"(?:[가-힣]{2,8}(?:특별시|광역시|특별자치시|특별자치도|도|시)[ \t]+)?"
    r"(?:[가-힣]{1,8}(?:시|군|구)[ \t]+){1,2}"
    r"(?:[가-힣]{1,8}(?:읍|면|동)[ \t]+)?"
    r"[가-힣0-9]{1,12}(?:로|길)[ \t]*\d{1,4}(?:-\d{1,4})?(?:번길[ \t]*\d{1,4})?"
    r"(?:,?[ \t]*(?:[가-힣0-9]{1,12}(?:아파트|빌딩|타워|빌라))?[ \t]*(?:\d{1,4}동[ \t]*)?"
    r"(?:\d{1,5}호|\d{1,3}층(?:[ \t]*\d{1,5}호)?))?")
# Korean cities and provinces, alone or with a particle ("대전에", "부산에서", "서울로").
_KO_PLACES = frozenset(re.findall(r"\S+", (
    "서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 용인 부천 안산 청주 전주 천안 안양 남양주 화성 "
    "김해 포항 창원 제주 평택 의정부 파주 시흥 김포 원주 춘천 강릉 경주 구미 진주 여수 순천 목포 군산 "
    "익산 거제 양산 광명 하남 오산 이천 안동 속초 서귀포 통영 충주 제천 아산 당진 서산 논산 공주 "
    "경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도 강원특별자치도 "
    "서울특별시 부산광역시 대구광역시 인천광역시 광주광역시 대전광역시 울산광역시 세종특별자치시 "
    "해운대 강남 강북 마포 종로 명동 홍대 이태원 잠실 여의도 분당 일산 판교 송도")))
_KO_PARTICLE = r"(?:에서는|에서|에는|에도|으로|로|에|의|까지|부터|은|는|도)?"
_KO_PLACE_RX = re.compile(rf"(?<![가-힣])(?P<place>{'|'.join(sorted(_KO_PLACES, key=len, reverse=True))})"
                          rf"{_KO_PARTICLE}(?![가-힣])")


def _cjk_address_end(span: str) -> int:
    """Where a Chinese or Japanese address ends: after its last number-bearing part."""
    m = re.search(r"^.*(?:\d|[０-９])(?:号室|号|號|室|楼|樓|座|栋|棟|丁目|番地|番|F|階)?", span)
    return m.end() if m else len(span)


# A postcode and a known town: the end of an address written without a street type ("Pobřežní 8,
# byt č. 29, 339 91 Ostrava", "Yrjöntie 22 as. 9, 95225 HELSINKI", "Drumul Aanei, 938689 Brașov").
_CODE_TOWN_RX = re.compile(r"(?<![\w\-/.,])(?:\d{2}-\d{3}|\d{3}[ \t]\d{2}|\d{4,6}(?:-\d{3})?)[ \t]+"
                           r"(?P<town>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*)?)")
# A town after its label ("Ville : Lille", "Stadt: Jena").
_TOWN_LABEL_RX = re.compile(r"(?:^|(?<=[\n;,|–—]))[ \t*\-•]*(?i:city|town|ville|stadt|ort|ciudad|città|cidade|miasto|"
                            r"kaupunki|şehir|sehir|stad|město|mesto|localité|localidad|località)[ \t]*[:：][ \t]*"
                            r"(?P<town>[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})[ \t]*(?=\r?\n|$|[,;|])")


# Labels of other places ("Region: La Mixteca · Country: Mexico", "Village: Botiza", "Bairro: Savassi").
_PLACE_LABEL_RX = re.compile(
    r"(?:^|(?<=[\n;,|–—·]))[ \t*\-•]*(?i:region|district|village|province|county|neighbourhood|neighborhood|"
    r"area|barrio|bairro|quartier|bezirk|stadtteil|ortsteil|dorf|pueblo|aldea|vila|aldeia|wieś|kylä|köy|desa|kampung|"
    r"barangay|région|regione|región|região|distrito|comuna|località|lugar|lieu|luogo|hometown|birthplace|"
    r"place of birth|lieu de naissance|lugar de nacimiento|geburtsort|born in)[ \t]*[:：][ \t]*"
    r"(?P<town>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,3})[ \t]*(?=\r?\n|$|[,;|·(])")
_NOT_PLACE_VALUES = frozenset({"remote", "online", "virtual", "hybrid", "pending", "open", "closed", "active", "n/a",
                               "tbd", "unknown", "other", "global", "worldwide", "none", "all", "any", "various",
                               "north", "south", "east", "west", "central", "emea", "apac", "latam", "amer"})
_HOUSE_NUMBER = re.compile(r"(?<![\d./:\-])\d{1,5}[A-Za-z]?(?![\d./:\-])|S/N|s/n")


def _street_before(text: str, start: int) -> int:
    """Where the street of an address that ends in a postcode and town begins, or ``start``: the
    line's words since its last label, when they hold a house number and open with a capital or a
    street abbreviation ("pl. Bolesława Chrobrego 26, lok. 31, ")."""
    line = text.rfind("\n", 0, start) + 1
    seg_start = line
    for m in re.finditer(r"[:：–][ \t]+|\([ \t]*", text[line:start]):
        seg_start = line + m.end()
    seg = text[seg_start:start]
    if not seg.strip() or len(seg) > 90 or len(seg.split()) > 12:
        return start
    # The street is the first comma part with a number ("Dagmara Kuran, pl. Czarnieckiego 12, …"
    # starts at "pl."): the parts before it are the addressee's.
    parts = seg.split(",")
    first_number = next((i for i, p in enumerate(parts) if _HOUSE_NUMBER.search(p)), None)
    if first_number is None or len(parts[first_number].split()) > 6 or any(
            w[0].islower() and len(w) > 3 and not w.endswith(".") for w in parts[first_number].split()):
        return start  # no house number, or a sentence ("Visite client le 11.6.2024 chez", "weiterhin an")
    if first_number:
        skip = len(",".join(parts[:first_number])) + 1
        seg_start, seg = seg_start + skip, seg[skip:]
    first = seg.lstrip()[:1]
    if not (first.isupper() or re.match(r"[ \t]*(?:pl|ul|al|os|str|av|r)\.", seg)):
        return start
    if not re.search(r",[ \t]*$", seg):
        return start
    return seg_start + len(seg) - len(seg.lstrip())


# A postcode after its label ("CAP per la bolla: 84059", "postcode for the tax form is 47615").
_POSTCODE_LABEL_RX = re.compile(
    r"(?:\b(?i:post[ \t]?code|postal[ \t]code|zip[ \t]code|código[ \t]postal|codigo[ \t]postal|code[ \t]postal|"
    r"postnummer|postinumero|kod[ \t]pocztowy|irányítószám|posta[ \t]kodu|postleitzahl)|\b(?:ZIP|PLZ|CEP|CAP|C\.P\.)"
    r"|郵便番号|邮编|〒)(?P<gap>[^\n\d]{0,28}?)(?P<code>(?<![\w\-])" + _POSTCODE + ")")


def _capitalised_name(text: str, start: int, end: int) -> bool:
    """The words of a street name after its type: at least one capitalised word, no cue word."""
    words = re.findall(r"[^\W\d_][\w'’.\-]*", text[start:end])
    return any(w[0].isupper() for w in words)


_HU_ADDRESS_RX = re.compile(r"(?<![\w-])\d{4}[ \t]+[A-ZÁÉÍÓÖŐÚÜŰ][\w\-]+,[ \t]+(?:[A-ZÁÉÍÓÖŐÚÜŰ][\w\-.]*[ \t]+){1,3}"
                            r"(?:utca|út|útja|tér|tere|körút|sor|köz|u\.)[ \t]+\d{1,4}(?:[/\-]?[A-Za-z])?\.?"
                            r"(?:[ \t]+[IVX\d]+\.?[ \t]*(?:em\.|emelet)?(?:[ \t]*\d+\.?(?:[ \t]*ajtó)?)?)?")
_TR_STREET_RX = re.compile(r"(?<![\w'’])(?:[A-ZÇĞİÖŞÜ][\wçğıöşü\-]+[ \t]+){1,3}(?:Cad\.|Cd\.|Sok\.|Sk\.|Bulv\.|Blv\.|"
                           r"Mah\.|Caddesi|Sokak|Sokağı|Bulvarı)[ \t]*(?:No|no|NO)[ \t]*[:.][ \t]*\d{1,4}(?:/\d{1,4})?")


class AddressRecognizer(EntityRecognizer):
    """LOCATION: a street with a house number in some twenty languages, with its postcode and city."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], name="AddressRecognizer", supported_language="en")

    def load(self) -> None:  # regexes are compiled at import
        pass

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Street addresses: the street type must come with a number or a capitalised name."""
        if "LOCATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        for m in _PLACE_LABEL_RX.finditer(text):
            value = m.group("town")
            words = value.split()
            head = words[1] if len(words) > 1 and words[0].lower() in ("la", "el", "le", "los", "las", "les", "the",
                                                                      "il", "lo", "o", "a", "os", "as") else words[0]
            if not value.isupper() and _fold(head) not in _NOT_PLACE_VALUES and not cue_word(head) \
                    and not common_word(head) and value.lower() not in _LABELS:
                out.append(_result("LOCATION", m.start("town"), m.end("town"), 0.7, self))
        for m in _TOWN_LABEL_RX.finditer(text):
            town = m.group("town")
            if (table_pop(town) or not common_word(town)) and not cue_word(town.split()[0]) \
                    and town.lower() not in _LABELS:  # "Ville : Lille" ("lille" is also a Danish word)
                out.append(_result("LOCATION", m.start("town"), m.end("town"), 0.7, self))
        if not any(ch.isdigit() for ch in text):
            return out
        # "9716 Zengővárkony, Petőfi utca 57." (Hungarian: postcode, town, street, number) and
        # "Cumhuriyet Cad. No:28" (Turkish: the street's abbreviation, then "No:").
        out += [_result("LOCATION", m.start(), m.end(), 0.8, self)
                for rx in (_HU_ADDRESS_RX, _TR_STREET_RX) for m in rx.finditer(text)]
        for rx, score in ((_SUFFIX_RX, 0.8), (_PREFIX_RX, 0.75), (_WORD_RX, 0.75), (_NUMBER_FIRST_RX, 0.6)):
            for m in rx.finditer(text):
                s, e = m.span()
                span = text[s:e].rstrip(" ,.\t\r\n")
                e = s + len(span)
                if not any(ch.isdigit() for ch in span) or not _capitalised_name(text, s, e):
                    continue
                if rx is _PREFIX_RX and not re.search(r"\d", span[span.find(" "):]):
                    continue
                if rx is _NUMBER_FIRST_RX and (not _place_tail(span) or not all(
                        w[0].isupper() for w in span.split(",")[0].split()[1:])):
                    continue
                if rx is _SUFFIX_RX and not text[s].isupper():
                    # "outside Vassilios-Putz-Straße 3": the optional word before was prose.
                    nxt = re.search(r"[ \t]\S", text[s:e])
                    s = s + nxt.start() + 1 if nxt else e
                    if s >= e or not text[s].isupper():
                        continue  # "during 5 days": these street names are written capitalised
                    span = text[s:e]
                if rx is _WORD_RX and not all(w[0].isupper() or w[0].isdigit()
                                              for w in m.group("name").split()):
                    continue
                cut = _sentence_end(span)
                out.append(_result("LOCATION", s, s + cut, score, self))
        for m in _BOX_RX.finditer(text):
            tail = m.group("tail")
            if not m.group("strong") and not re.search(r"\d{3}", tail):
                continue  # "PL 12", "Box 4": a box only with a postcode after it
            span = text[m.start():m.end()].rstrip(" ,.–-\t\r\n")
            out.append(_result("LOCATION", m.start(), m.start() + len(span), 0.75, self))
        if re.search("[가-힣]", text):
            out += [_result("LOCATION", m.start(), m.end(), 0.75, self) for m in _KO_ADDRESS_RX.finditer(text)]
        if re.search(f"[{_HAN}]", text):
            for m in _CJK_ADDRESS_RX.finditer(text):
                span = m.group().rstrip(" 　、，。")
                if m.group().startswith("〒") or re.search(r"\d|[０-９]", span):
                    out.append(_result("LOCATION", m.start(), m.start() + _cjk_address_end(span), 0.75, self))
        for m in _CODE_TOWN_RX.finditer(text):
            town = m.group("town")
            words = town.split()
            while words and not table_pop(" ".join(words)):
                words = words[:-1]
            if not words or not words[0][0].isupper() or common_word(words[0]) or cue_word(words[0]):
                continue  # "card ending in 6805 was …": a town is written with a capital
            end = m.start("town") + len(" ".join(words))
            start = _street_before(text, m.start())
            out.append(_result("LOCATION", start, end, 0.7, self))
        for m in _POSTCODE_LABEL_RX.finditer(text):
            if not re.search(r"\d{4}|\d{3}[- ]\d|[A-Z]\d", m.group("code")) or "." in m.group("gap"):
                continue
            out.append(_result("LOCATION", m.start("code"), m.end("code"), 0.6, self))
        # One address found by two shapes: keep the longest, once.
        out = list({(r.start, r.end): r for r in out}.values())
        return [r for r in out if not any(o is not r and o.start <= r.start and r.end <= o.end
                                          and (o.end - o.start) > (r.end - r.start) for o in out)]


def _sentence_end(span: str) -> int:
    """Where an address ends when a new sentence follows it ("…6371 Zürich. Rencontré Khadija")."""
    for m in re.finditer(r"(\w+)\.[ \t]+(?=[^\W\d_])", span):
        if len(m.group(1)) > 3 and not re.search(r"\d", span[m.end():]):
            return m.start() + len(m.group(1))
    return len(span)


def _place_tail(span: str) -> bool:
    """A number-first span is an address only when it ends in a postcode and city or a known place."""
    return bool(re.search(r"\d{4,5}(?:-\d{3,4})?[ \t]+[^\W\d_]", span) or re.search(r",[ \t]*[A-Z]{2}[ \t]+\d{5}", span)
                or any(w in places() for w in re.findall(r"[^\W\d_][\w'’\-]*", span)[-2:]))


_PLAIN_LETTERS = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ı": "i", "ħ": "h", "ŧ": "t"})


def _fold(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch)).casefold()


# Words of sign-offs ("Genervte Grüße", "Saludos cordiales") and roles ("Ad Soyad"): never inside a name.
_SIGNOFF_WORDS = frozenset(_fold(w) for p in _SIGNOFFS for w in p.split() if len(w) > 3) - {"love", "best", "yours"}
_ROLE_WORDS = frozenset(_fold(p) for p in _ROLES)


@cache
def places() -> dict[str, int]:
    """GeoNames city and country names (accent-folded, lower-case) to their largest population."""
    out: dict[str, int] = {}
    with gzip.open(PLACES_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            name, _, pop = line.rstrip("\n").partition("\t")
            key = _fold(name)
            out[key] = max(out.get(key, 0), int(pop))
            # Letters NFKD leaves alone ("Đà Lạt", "Łódź"): the plain-Latin spelling is listed too,
            # so "Đà Lạt" finds GeoNames' "Da Lat".
            plain = key.translate(_PLAIN_LETTERS)
            if plain != key:
                out[plain] = max(out.get(plain, 0), int(pop))
    return out


@cache
def towns() -> dict[str, int]:
    """GeoNames towns and villages under 15,000 people (accent-folded, lower-case) to their largest
    population: "bellagio", "geilo". Written by ``scripts/gen_places.py``; a town needs a place
    preposition before it, since most such names are also words or names somewhere."""
    out: dict[str, int] = {}
    with gzip.open(TOWNS_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            name, _, pop = line.rstrip("\n").partition("\t")
            key = _fold(name)
            out[key] = max(out.get(key, 0), int(pop))
    return out


def common_word(span: str) -> bool:
    """Whether ``span`` is one word that some language's stop-word list holds ("Vamos", "Wat", "I'm")."""
    return " " not in span.strip() and _fold(span.strip().replace("’", "'")) in _common_words()


@cache
def _stop_spellings() -> frozenset[str]:
    """Stop words of spaCy's languages as written (lower case, accents kept), with a few more words."""
    import importlib
    import pkgutil

    import spacy.lang

    words: set[str] = {"mobile", "top", "mar", "nov", "dec", "jan", "feb", "apr", "jun", "jul", "aug", "sep",
                       "oct", "may", "march", "june", "july", "august", "nice", "split", "best", "bath",
                       "reading", "mobil", "gerne", "nieuw", "segue", "bel"}
    for mod in pkgutil.iter_modules(spacy.lang.__path__):
        try:
            stop = importlib.import_module(f"spacy.lang.{mod.name}.stop_words")
        except ImportError:
            continue
        words.update(w.lower() for w in getattr(stop, "STOP_WORDS", ()))
    return frozenset(words)


@cache
def _common_words() -> frozenset[str]:
    """Stop words of spaCy's languages: places that are also words ("Per", "Can", "Het") need a cue."""
    return frozenset(_fold(w) for w in _stop_spellings())


def _place_is_word(name: str) -> bool:
    """Whether a place's name as written is a stop word: "Per", "Nice", but not "Huế" (a Vietnamese
    stop word folds to "hue"; its accents say otherwise)."""
    return _fold(name) in _common_words() and (name.isascii() or name.lower() in _stop_spellings())


@cache
def regions() -> frozenset[str]:
    """ISO 3166-2 subdivision names (accent-folded, lower-case) in their own language and in
    translation ("bretagne", "bavaria", "norrbotten", "四川省"), written by ``scripts/gen_places.py``,
    and the hand-written historical and geographic regions of ``data/regions_extra.txt``."""
    with gzip.open(REGIONS_FILE, "rt", encoding="utf-8") as f:
        out = {_fold(line.rstrip("\n")) for line in f if line.strip()}
    # Historical and geographic regions ISO 3166-2 lacks ("Alentejo", "Transilvania", "Ege").
    extra = REGIONS_EXTRA_FILE.read_text(encoding="utf-8").splitlines()
    out.update(_fold(line.strip()) for line in extra if line.strip() and not line.startswith("#"))
    return frozenset(out)


@cache
def _han_regions() -> frozenset[str]:
    return frozenset(k for k in regions() if re.fullmatch(f"[{_HAN}]{{3,5}}", k))


# Regions of Japan and China that no administrative list holds ("関西エリア", "去华南调研"); not the bare
# directions ("东北", "西南"), which are also words.
_CJK_REGIONS = frozenset({"関東", "関西", "北陸", "甲信越", "東海", "近畿", "四国", "九州", "東北", "山陰", "山陽",
                          "华北", "華北", "华东", "華東", "华南", "華南", "华中", "華中", "江南", "岭南", "嶺南",
                          "关中", "關中", "中原"})


@cache
def _han_names() -> frozenset[str]:
    return _han_places() | _han_regions() | _CJK_REGIONS


@cache
def _han_places() -> frozenset[str]:
    return frozenset(k for k in places() if re.fullmatch(f"[{_HAN}]+", k))


_POSTCODE_BEFORE = re.compile(r"\d{4,5}[ \t]*$|\b[A-Z0-9]{3}[ \t]?[A-Z0-9]{3}[ \t]*$")
_POSTCODE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:[A-Z]{2}[ \t]+)?\d{4,5}\b")

# Place prepositions and words that a place name follows ("bor i Lund", "salon de Namur", "sono a Zürich").
_PLACE_BEFORE = frozenset({
    "in", "at", "from", "to", "near", "into", "via", "outside", "around", "towards", "visiting", "based",
    "bei", "aus", "nach", "nahe", "um", "à", "au", "aux", "de", "d'", "du", "en", "depuis", "vers", "près",
    "em", "no", "na", "para", "desde", "hacia", "cerca", "a", "di", "da", "per", "verso", "presso", "op", "te",
    "naar", "uit", "bij", "i", "på", "från", "till", "fra", "til", "w", "we", "z", "ze", "do", "pod", "ve",
    "v", "office", "hq", "city", "town", "ville", "stadt", "ciudad", "cidade", "città", "branch", "salon",
    "expo", "magazzino", "filiale", "sede", "located", "moved", "relocated", "travel", "trip", "flight",
    "stay", "hotel", "warehouse", "în", "din", "büro", "standort", "kantoor", "biuro", "kontor", "bureau",
    "oficina", "escritório", "ufficio", "toimisto", "iroda", "ở", "tại", "sang", "đến", "từ", "về", "ke", "dari",
    "sa", "mula", "galing",
    "quittons", "quitte", "quitter", "quitté", "leaving", "left", "lasciato", "lasciare", "verlassen", "verlässt",
})


# Scripts without capitals (Arabic, Hebrew, Devanagari, Bengali): a city's name there is found by its
# words alone, after a preposition or with one glued to it ("في دبي", "بدبي", "בתל אביב", "दिल्ली में").
_UNCASED = "\u0620-\u064a\u066e-\u06d3\u06d5\u05d0-\u05ea\u0900-\u0963\u0980-\u09e3"
_UNCASED_LETTER = re.compile(f"[{_UNCASED}]")
_UNCASED_WORD = re.compile(f"[{_UNCASED}\u064b-\u065f\u0670\u05b0-\u05c7]+")
_UNCASED_BEFORE = frozenset({"في", "من", "إلى", "الى", "الي", "عبر", "مدينة", "بمدينة", "لمدينة", "نحو", "حتى",
                             "منطقة", "در", "از", "به", "تا", "شهر", "بین", "میں", "سے", "شہر"})
_UNCASED_AFTER = frozenset({"में", "से", "तक", "को", "शहर", "থেকে", "শহরে", "শহর", "میں", "سے"})
_GLUED_IN = frozenset("بلوفכבלמוה")  # Arabic bi-/li-/wa-/fa-, Hebrew be-/le-/mi-/ve-/ha-


def _uncased_places(text: str) -> list[tuple[int, int]]:
    """Spans of large cities written in Arabic, Hebrew, Devanagari or Bengali letters: anywhere for
    a million people or more, after a place preposition or with one glued on for 100,000 or more."""
    table = places()
    words = list(_UNCASED_WORD.finditer(text))
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        found = None
        for n in (3, 2, 1):
            group = words[i:i + n]
            if len(group) < n or any(text[a.end():b.start()] != " " for a, b in pairwise(group)):
                continue
            s, e = group[0].start(), group[-1].end()
            name = _fold(text[s:e])
            pop, glued = table.get(name), False
            if pop is None and name[:1] in _GLUED_IN and len(name) > 3:
                pop, glued = table.get(name[1:]), True
            if pop is None or pop < 100_000 or len(name) < 3 or name in _common_words():
                continue
            prev = _fold(text[words[i - 1].start():words[i - 1].end()]) if i else ""
            nxt = _fold(words[i + n].group()) if i + n < len(words) else ""
            near = i and text[words[i - 1].end():s].strip() == ""
            if (pop >= PlaceRecognizer.BIG and len(name) >= 4) or glued or (near and prev in _UNCASED_BEFORE_FOLDED) \
                    or nxt in _UNCASED_AFTER_FOLDED:
                found = (s + (1 if glued else 0), e, n)
                break
        if found is None:
            i += 1
            continue
        out.append(found[:2])
        i += found[2]
    return out


def _districts(text: str) -> list[tuple[int, int]]:
    """Neighbourhoods and districts no gazetteer lists, by their form: before a comma and a known city
    ("mteja wa Kilimani, Kisumu", "fi Hamra, Tripoli"), an Indian locality's ending ("Jayanagar",
    "Malviya Nagar", "Hazratganj"), a Vietnamese or Indonesian district word ("Quận 3", "Phường Bến
    Nghé", "Kecamatan Coblong") or a Turkish one after it ("Bornova semtinde", "Moda Mahallesi")."""
    out: list[tuple[int, int]] = []
    for m in _DISTRICT_CITY_RX.finditer(text):
        name, city = m.group("name"), m.group("city")
        words = name.split()
        if table_pop(city) < 50_000 or _place_is_word(city) or table_pop(name) or _fold(name) in regions():
            continue  # a known place is the gazetteer's; "Hamra" needs a city after it
        if any(cue_word(w) or _fold(w) in known_names() or common_word(w) or _fold(w) in _LABELS
               or w.lower() in _NOT_PERSON_RUN or w.lower() in _LEGAL_FORMS for w in words):
            continue  # "Smith, London", "Hotel, Paris", "Ltd, Leeds"
        before = text[max(0, m.start("name") - 30):m.start("name")]
        if not re.search(r"(?:^|[\s(])[^\W\d_A-Z][\w'’]*[ \t]+$|[–—-][ \t]*$", before):
            continue  # after a lower-case word or a dash, not inside a run of capitalised words
        out.append(m.span("name"))
    # "between Caraíva and Bonito", "zwischen Cavtat und Krka", "Villány és Tokaj között": both ends.
    for m in _BETWEEN_RX.finditer(text):
        for group in ("a", "b", "a2", "b2"):
            if m.group(group) is None:
                continue
            words = m.group(group).split()
            if not any(cue_word(w) or common_word(w) or _fold(w) in _CALENDAR or _fold(w) in _WEEKDAYS
                       or _fold(w) in _EN_MONTHS or _fold(w) in _LABELS or _listed_not_place(w) for w in words):
                out.append(m.span(group))
    # "Sites: Cuetzalan, Tapalpa, Bernal": a list after a label of places.
    for m in _PLACE_LIST_RX.finditer(text):
        base = m.start("list")
        for item in re.finditer(r"[^,;·/]+", m.group("list")):
            word = item.group().strip()
            if word and word[0].isupper() and not (cue_word(word) or common_word(word) or _fold(word) in _LABELS):
                start = base + item.start() + item.group().index(word)
                out.append((start, start + len(word)))
    # "Gunung Rinjani", "Lago d'Iseo", "Van Gölü", "Lake Kivu": a natural feature by its word.
    out += [m.span("name") for m in _FEATURE_RX.finditer(text)]
    # "Ortahisar yakınındaki depo": an unlisted name before a Turkish word of nearness, when no word
    # of it is a listed name, a stop word or a cue word.
    for m in _NEAR_RX.finditer(text):
        words = m.group("name").split()
        if not any(_fold(w) in known_names() or common_word(w) or _never_a_place(w) or w.isupper() for w in words):
            out.append(m.span("name"))
    # The form says place even when a person gave the district a name ("Rajendra Nagar").
    out += [m.span("name") for rx in (_INDIAN_LOCALITY_RX, _ADMIN_WORD_RX, _TR_DISTRICT_RX) for m in rx.finditer(text)]
    # A Turkish locative or ablative after an apostrophe is a place's, not a person's ("Ailem Çukurova'da
    # yaşıyor"), unless the word is a listed given name, a month, a day or a language ("Ocak'ta", "Türkçe'de").
    for m in _TR_LOCATIVE_RX.finditer(text):
        words = m.group("name").split()
        if not any(_fold(w) in known_names() or _fold(w) in _CALENDAR or _fold(w) in _TR_MONTHS or cue_word(w)
                   or common_word(w) or w.lower().endswith(("ce", "ca", "çe", "ça")) for w in words):
            out.append(m.span("name"))
    return out


def _listed_not_place(word: str) -> bool:
    """A listed name that no place list holds, or a listed given name under a million people ("Mary")."""
    entry = known_names().get(_fold(word))
    if entry is None:
        return False
    pop = table_pop(word)
    return (not pop and _fold(word) not in towns()) or ("f" in entry[0] and pop < PlaceRecognizer.BIG)


_EN_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"})
_PLACE_ITEM = (r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+"
               r"(?:[ \t](?:de|del|da|do|di|la|le|am|an|im|upon|on)?[ \t]?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+)?")
_BETWEEN_RX = re.compile(
    rf"(?<![\w'’])(?:between|zwischen|entre|tra|fra|tussen|mellan|mellem|między|mezi|medzi|arasında)[ \t]+"
    rf"(?P<a>{_PLACE_ITEM})[ \t]+(?:and|und|y|e|et|en|och|og|i|a|ile|ve|és)[ \t]+(?P<b>{_PLACE_ITEM})(?![\w'’])"
    rf"|(?<![\w'’])(?P<a2>{_PLACE_ITEM})[ \t]+(?:és|ve)[ \t]+(?P<b2>{_PLACE_ITEM})[ \t]+(?:között|arasında)")
_PLACE_LIST_RX = re.compile(r"(?im)^[ \t\-•*]*(?:sites|locations|branches|stops|destinations|route|venues|offices|"
                            r"standorte|filialen|orte|sedes|lugares|destinos|sites visités|lieux|luoghi|sedi|"
                            r"vestigingen|locaties|lokalizacje|miejsca|lokasi|tempat)[ \t]*[:：][ \t]*(?P<list>[^\n]+)")
_FEATURE_RX = re.compile(
    rf"(?<![\w'’])(?P<name>(?:Lake|Mount|Mt\.?|Lago|Lac|Laguna|Monte|Mont|Río|Rio|River|Isla|Ilha|Île|Pulau|Gunung|"
    rf"Danau|Sungai|Bukit|Teluk|Tanjung|Cerro|Volcán|Nevado|Sierra|Cabo|Cape|Bahía|Playa|Praia|Chapada|Valle|Val|Loch|"
    rf"Ben|Pic|Piz|Pizzo|Jezioro|Jezero|Ostrov|Wyspa|Góra|Hora|Glen|Isle)[ \t](?:d['’]|de[ \t]|del[ \t]|da[ \t]|"
    rf"do[ \t]|di[ \t]|of[ \t]|la[ \t])?{_PLACE_ITEM}"
    r"|[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+[ \t](?:Gölü|Dağı|Nehri|Adası|Ovası|Körfezi|Lake|River|Island|Mountains|Falls|Bay|"
    r"Valley|Spit|Delta|Peninsula|Lagoon|Gorge|Canyon|Glacier|Peak|Hills|Strait|Archipelago|Plateau)"
    # One word whose German or Nordic head names the feature ("Wörthersee", "Zugspitze", "Mývatn",
    # "Geirangerfjord", "Vatnajökull").
    r"|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ]{3,}see|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿ]+(?:spitze|vatn|vatnet|fjord|fjorden|jökull|"
    r"gebirge|gletscher))"
    r"(?![\w'’])")
_TR_LOCATIVE_RX = re.compile(r"(?<![\w'’])(?P<name>[A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})"
                             r"['’](?:da|de|ta|te|dan|den|tan|ten)(?![\w])")
_TR_MONTHS = frozenset({"ocak", "subat", "mart", "nisan", "mayis", "haziran", "temmuz", "agustos", "eylul", "ekim",
                        "kasim", "aralik"})


def _holds_listed_name(span: str) -> bool:
    """Whether a word of ``span`` is a listed given or family name."""
    return any(_fold(w) in known_names() for w in span.split())


def _never_a_place(word: str) -> bool:
    """A cue word, label, month or weekday, organisation or street word, or tool: never a place's name."""
    return (cue_word(word) or _fold(word) in _LABELS or _fold(word) in _CALENDAR or word.lower() in _NOT_PERSON_RUN
            or _fold(word) in _TECH_WORDS)


def _unknown_after_prep(text: str) -> list[tuple[int, int]]:
    """A place no gazetteer lists (a village, a neighbourhood) right after a preposition that in its
    language puts only a place before a capitalised word mid-sentence ("près de Lissewege", "em Batel",
    "i Undredal", "w Kłajpedzie", "ở Hội An"): one or two capitalised words that are no listed name, no
    stop word, month, label or cue word. Not after English or German prepositions, whose capitalised
    objects are languages, tools and nouns ("in Excel", "nach Absprache")."""
    out: list[tuple[int, int]] = []
    for m in _UNKNOWN_PLACE_RX.finditer(text):
        words = [re.sub(r"['’]s?$", "", w) for w in m.group("run").split()]  # "Paula's flat": Paula
        if m.group("prep") in _SLAVIC_PERSON_PREPS and any(
                _fold(w)[:-k] in known_names() for w in words for k in (1, 2, 3) if len(w) - k >= 4):
            continue  # "z Markiem", "do Anny", "od Pavla": a declined given name
        if any(_never_a_place(w) or w.isupper() for w in words):
            continue
        # Vietnamese places are written in syllables that are also given names and everyday words
        # ("Phú Quốc", "Bắc Hà"); after "ở", "tại" or "gần" two of them are a place, a person would
        # come with a kinship word first ("ở nhà anh Tuấn").
        if not (m.group("prep") in _VI_PLACE_PREPS and len(words) == 2) and any(
                common_word(w) or _fold(w) in known_names() for w in words):
            continue
        out.append(m.span("run"))
    return out


_SLAVIC_PERSON_PREPS = frozenset({"u", "z", "ze", "do", "od", "kod"})
_VI_PLACE_PREPS = frozenset({"ở", "tại", "gần"})
# Spanish, Portuguese and French verbs of leaving or moving out, before "de" and a place ("sale de Aínsa",
# "Mudou-se de Mértola", "nous arriverons de Noailles"). Some also mean "changed" ("mudou de Pacote"):
# those only before a listed town, never before a place no list holds.
_LEAVE_VERBS = frozenset({"sale", "salió", "salimos", "salgo", "saiu", "saí", "saímos", "mudou", "mudei", "mudó",
                          "mudamos", "arriverons", "arrivons", "partons", "déménagé", "déménagée", "déménageons"})
_CHANGE_VERBS = frozenset({"mudou", "mudei", "mudó", "mudamos"})
_UNKNOWN_PLACE_RX = re.compile(
    r"(?<=[\w,;)] )(?P<prep>près de|à|vers|em|desde|hacia|cerca de|naar|uit|i|på|från|till|w|we|ve|v|ở|tại|"
    r"sa|mula|natoka|kutoka|dari|di|ke|na|nad|near|outside|dekat|perto de|nahe|bij|vicino a|"
    # Near, past, via and towards in more languages, and English verbs that put only a place after them.
    r"utanför|utenfor|nära|nær|buiten|koło|poblíž|nedaleko|blizu|lewat|mampir|menuju|sampai|sampe|gần|"
    r"papunta|diretso|tunaenda|kwenda|iz|iš|į|passer par|passe par|passons par|born in|lives in|living in|"
    r"grew up in|raised in|families from|farmers from|farmers in|just left|visiter|visitar|visitare|"
    # Romance "a" and "para" take people too; after a verb of going, living or birth only places.
    r"(?:vamos|voy|van|vas|fuimos|fue|llegamos|llegaron|llegó|viajamos|viajar|ir|nací|nació|vivo|vive|vivimos|"
    r"vado|andiamo|andare|torno|nato|nata|abito|viviamo|arrivati|arrivato|arrivata|vou|vai|foi|fomos|"
    r"voltou|voltei|mudou-se|mudou|mudei|nasceu|nasci|moro|mora) (?:a|para|pra|ao)|"
    # Leaving or moving out of a place ("mudou-se de Tijuca"; "mudou de" alone is also "changed").
    rf"(?:{_alt((*(_LEAVE_VERBS - _CHANGE_VERBS), 'mudou-se'))}) de|"
    # Slavic "u", "z", "ze", "do" take people too ("u Pavla", "z Markiem"): a declined listed name is skipped.
    r"u|z|ze|do|od|kod)[ \t]+"
    r"(?P<run>[A-ZÀ-ÖØ-ÞĀ-ŽƠƯ][a-zß-öø-ÿā-žơưạ-ỹ'’\-]{2,}"
    r"(?:[ \t][A-ZÀ-ÖØ-ÞĀ-ŽƠƯ][a-zß-öø-ÿā-žơưạ-ỹ'’\-]+)?)(?![\w'’])")
# A word that opens with a capital letter (unlike _CAPWORD, any letter): a district's or a street's name.
_UPWORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]+"
_DISTRICT_CITY_RX = re.compile(rf"(?<![\w'’.])(?P<name>{_UPWORD}(?:[ \t]{_UPWORD})?),[ \t]+(?P<city>{_UPWORD})"
                               r"(?=[ \t]*(?:[.,;:!?–—\-)]|\n|$|[ \t][a-z]))")
_INDIAN_LOCALITY_RX = re.compile(
    rf"(?<![\w'’])(?P<name>(?:[A-Z]\.[ \t]?|{_UPWORD}[ \t])?(?:[A-Z][a-z]+(?:nagar|ganj|puram|pally|palli|wadi|"
    r"pet|peth|bagh|abad)|[A-Z][a-z]*[ \t]Nagar|[A-Z][a-z]+[ \t](?:Layout|Colony|Extension|Enclave|Vihar)))(?![\w'’])")
_ADMIN_WORD_RX = re.compile(
    rf"(?<![\w'’])(?P<name>(?:Quận|Huyện|Phường|Thị xã|Xã|Kecamatan|Kelurahan|Kabupaten|Desa|Barangay|Brgy\.|Khet|"
    rf"Amphoe|Tambon)[ \t](?:\d{{1,2}}|{_UPWORD}(?:[ \t]{_UPWORD}){{0,2}}))")
_TR_DISTRICT_RX = re.compile(rf"(?<![\w'’])(?P<name>{_UPWORD}(?:[ \t]{_UPWORD})?)(?=[ \t](?:semt|semti|semtinde|"
                             r"semtine|semtinden|mahallesi|mahallesinde|Mahallesi|Mah\.|ilçesi|ilçesinde|köyü|köyünde)\b)")
# Prepositions before a lower-case city: ones that take neither a person nor a bare common noun
# (English "in"/"at" take articles: "in town", not "in a town"... but see _LOWER_NOT_PLACES).
_LOWER_PLACE_RX = re.compile(
    r"(?<![\w'’])(?P<prep>landed in|arrived in|flying to|fly to|moving to|moved to|back to|going to|heading to|"
    r"from|in|at|"
    r"desde|hacia|naar|nach|aus|til|fra|från|till|natoka|kutoka|mula|galing(?: pa ko)?|taga|dari|ke|em|"
    r"cheguei em|chegamos em|vamos a|voy a|vamos pra|vou pra|sono a|arrivato a|arrivata a|"
    r"just left|staying near|sampe|sampai|tunaenda|nakuja|coincé à|coincée à|bus to|train to|ferry to)[ \t]+"
    r"(?P<run>[a-zà-öø-ÿāăąćčďēęěğīıłńňōőœřśşšţťūůűźżž][\w'’\-]*(?:[ \t][a-zà-öø-ÿ][\w'’\-]*){0,2})")
# After a town that opens a line or sentence: nothing, a comma, a dash or the line's end.
_OPENS_AFTER = re.compile(r"[ \t]*(?:[,–—]|[-|][ \t]|\r?\n|$)")
_LOWER_GOING_EN = frozenset({"just left", "staying near", "bus to", "train to", "ferry to"})
# Everyday words of English, Spanish and Portuguese spelt like cities of 100,000 or more ("in orange",
# "in surprise", "em pelotas", "en resistencia", "di kota"): never a lower-case place.
_LOWER_NOT_PLACES = frozenset({
    "orange", "surprise", "independence", "temple", "concord", "mobile", "reading", "bath", "split", "nice",
    "buffalo", "paradise", "enterprise", "corona", "sale", "sunrise", "spring", "garland", "pearl", "salt",
    "providence", "midland", "league", "sterling", "plano", "granada", "valencia", "salto", "sucre", "cuenca",
    "natal", "lagos", "santos", "bello", "soledad", "pasto", "posadas", "resistencia", "corrientes", "concordia",
    "formosa", "vitoria", "serra", "franca", "canoas", "cascavel", "pelotas", "contagem", "palmas", "dourados",
    "americana", "solo", "kota", "surat", "batu", "mar", "rio", "campo", "general", "union", "progress",
    "victory", "liberty", "hope", "mesa", "pueblo", "lima", "cork", "nelson", "derby", "bolton", "wells",
    "march", "may", "june", "august", "camp", "ocean", "mission", "fountain", "lancaster", "carrollton",
    "hamilton", "florence", "victoria", "eugene", "irving", "charlotte", "austin", "jackson", "lincoln", "wilmington",
    "winter", "summer", "gold", "green", "white", "black", "long", "north", "south", "east", "west", "central",
    "time", "home", "work", "school", "town", "person", "apple", "china", "turkey", "chile", "jersey",
    "guinea", "bristol", "sheffield", "oxford", "cambridge", "york", "kent", "essex", "durham", "chester",
    "ajax", "marathon", "santa", "san", "bay", "port", "city", "mandi", "pasar", "baru", "jaya", "tanah",
})
_COUNTRY_INITIALS = re.compile(r"\b[Tt]he[ \t]+(U\.K\.|U\.S\.A\.|U\.S\.|UK|USA|US|UAE|DRC)(?!\w|\.\w)")
_BRACKETED = re.compile(r"[(（][ \t]*([A-Z][^\W\d_]+(?:[ \-][A-Z][^\W\d_]+){0,2})[ \t]*[)）]")
_UNCASED_BEFORE_FOLDED = frozenset(_fold(w) for w in _UNCASED_BEFORE)
_UNCASED_AFTER_FOLDED = frozenset(_fold(w) for w in _UNCASED_AFTER)


class PlaceRecognizer(EntityRecognizer):
    """LOCATION: a known city or country after a place word, next to a postcode, or a large one anywhere."""

    BIG = 1_000_000  # cities this large are reported without a cue
    MID = 100_000  # ... and these inside a sentence, when no name is spelt the same

    @staticmethod
    def _mid_sentence(text: str, start: int, name: str) -> bool:
        """Whether a place's name stands inside a sentence after a lower-case word ("Nous quittons
        Grenoble"), and is no listed given or family name ("sent Florence the file")."""
        before = re.search(r"([^\W\d_][\w'’]*)[ \t]+$", text[max(0, start - 30):start])
        if before is None or not before.group(1)[0].islower() or len(name) < 4:
            return False
        word = before.group(1).lower()
        names = known_names()
        # A declined given name is no place either ("od Marka": Marek, not Marka in Somalia).
        return word not in PARTICLES and word not in _PERSON_BEFORE and not any(
            _fold(w) in names or _fold(w)[:-1] in names or _fold(w)[:-2] in names for w in name.split())

    def __init__(self) -> None:
        super().__init__(supported_entities=["LOCATION"], name="PlaceRecognizer", supported_language="en")

    def load(self) -> None:
        places()
        regions()
        towns()
        _place_stems()
        _common_words()  # ~3 s of imports: at engine build, not on the first call

    def _candidates(self, text: str) -> Iterator[tuple[int, int, int, str]]:
        """(start, end, population, how) of capitalised 1-3 word runs that are known places or regions.

        ``how`` is ``name`` (the name as listed), ``form`` (a case form or compound that says place
        by itself: "Antalya'da", "Ouluun", "Debrecenben", "Aalborg-kontoret") or ``region`` (a
        state, province or county, which needs a cue: population 0).
        """
        table, regions_, towns_ = places(), regions(), towns()
        words = list(_PLACE_WORD.finditer(text))
        i = 0
        while i < len(words):
            hit = None
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                group = words[i:i + n]
                if not group[0].group()[0].isupper():
                    break
                if any(text[a.end():b.start()] not in (" ", "-") for a, b in pairwise(group)):
                    continue
                s, e = group[0].start(), group[-1].end()
                name = text[s:e].rstrip(".") if not text[s:e].endswith("St.") else text[s:e]
                e = s + len(name)
                turkish = False
                if n > 1 and (bare := _bare(text, s, e)) < e and _TURKISH_CASE.fullmatch(text[bare + 1:e]):
                    name, e, turkish = text[s:bare], bare, True  # "Doğu Anadolu'da", "Dire Dawa'ya"
                folded = _fold(name)
                if folded.startswith("st. "):
                    folded = "sankt " + folded[4:]  # "St. Gallen" is listed as "Sankt Gallen"
                pop, how = table.get(folded, table.get(folded.translate(_PLAIN_LETTERS))), "name"
                if pop is None and n == 1:
                    # "Antalya'da", "İzmir'de": a Turkish case ending after an apostrophe; "w Gdańsku",
                    # "v Ostravě", "na Zakopanem": a Slavic case form after its preposition;
                    # "Ouluun", "Debrecenben": a Finnish or Hungarian case ending; "Aalborg-kontoret".
                    bare = _bare(text, s, e)
                    head = name.partition("-")[0]
                    if bare < e and (pop := table.get(_fold(text[s:bare]))) is not None:
                        # A Turkish case ending says place; an English possessive does not ("Santos's team").
                        e, how = bare, "form" if _TURKISH_CASE.fullmatch(text[bare + 1:e]) else "name"
                    elif bare < e and _fold(text[s:bare]) in regions_ and _TURKISH_CASE.fullmatch(text[bare + 1:e]):
                        e, folded = bare, _fold(text[s:bare])  # "Ege'de": a region, its case ending the cue
                    elif bare < e and _TURKISH_CASE.fullmatch(text[bare + 1:e]) \
                            and (pop := towns_.get(_fold(text[s:bare]))) is not None:
                        e, how = bare, "form"  # "Kaş'ta": a town, its case ending the cue
                    elif (prep := _inflecting_cue(text, s)) is not None:
                        pop = _inflected_place(folded)
                        # A long form that no listed name declines to ("z Sandomierza") is a place of any size.
                        long_form = len(folded) >= 8 and not any(folded[:-k] in known_names() for k in (1, 2, 3))
                        if prep == "do" and (pop or 0) < 50_000 and not long_form:
                            pop = None  # "do Marka" (to Marek): after "do" only a town of 50,000 or more
                        if prep in ("z", "ze") and (pop or 0) < 100_000 and not long_form:
                            pop = None  # "z Markiem" (with Marek): after "z" only a city of 100,000 or more
                        if pop is not None:
                            how = "form"  # declined after its preposition: the model's guess over it gives way
                    elif head != name and name[len(head) + 1:][:1].islower() \
                            and (pop := table.get(_fold(head))) is not None:
                        e, how = s + len(head), "form"
                    elif (pop := _suffixed_place(folded, name)) is not None:
                        how = "form"
                if pop is None and folded in regions_:
                    pop, how = 0, "region"
                if pop is None and (small := towns_.get(folded)) is not None:
                    pop, how = small, "town"
                if folded in _TECH_WORDS:
                    pop = None  # "written in Java"
                if pop is not None:
                    if turkish:
                        how = "form" if how == "name" else how
                    hit = (s, e, pop, n, how)
                    break
            if hit is None:
                i += 1
                continue
            yield hit[0], hit[1], hit[2], hit[4]
            i += hit[3]

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Known places the words around them make places (or that are large enough on their own)."""
        if "LOCATION" not in entities:
            return []
        out: list[RecognizerResult] = []
        for s, e, pop, how in self._candidates(text):
            before = re.findall(r"[\w'’]+", text[max(0, s - 40):s])
            prev = before[-1].lower() if before else ""
            if how == "town":
                if self._town_cued(text, s, e, prev) or self._town_opens(text, s, e):
                    out.append(_result("LOCATION", s, e, 0.6, self))
                continue
            if how == "region":
                if self._region_cued(text, s, e, prev) or self._town_opens(text, s, e):
                    r = _result("LOCATION", s, e, 0.7, self)
                    r.recognition_metadata[_FORM] = True  # a region word or preposition said so
                    out.append(r)
                continue
            line_start = not text[:s].strip(" \t") or text[:s].rstrip(" \t").endswith(("\n", ":", "–", "-", "|"))
            postcode = bool(_POSTCODE_BEFORE.search(text[max(0, s - 12):s]) or _POSTCODE_AFTER.match(text[e:e + 14]))
            name = text[s:e]
            if cue_word(name) or name.isupper():
                continue
            if _place_is_word(name) and not (prev in _GO_TO_PLACE and pop >= 100_000 and not line_start):
                continue  # a place that is also a word ("Lille", "Nice") only after "à", "nach", "naar"
            after = text[e:e + 3]
            if after.lstrip(" \t").startswith(":") and not line_start and prev not in _ONLY_PLACE_BEFORE | {"desde"}:
                continue  # "reach me at Mobile: 050…": a label, not a place ("desde Manizales: 321…" is one)
            alone = bool(re.match(r"[ \t]*(?:[–—\-,|(]|\r?\n|$)", text[e:]))
            # "Larissa, Greece": a known place before a comma and a country or other large place;
            # "Atlas Motors Ltd, Larissa": the seat written after a company's legal form.
            country = _COMMA_PLACE.match(text[e:e + 40])
            then_country = bool(country) and table_pop(country.group(1)) >= self.BIG  # type: ignore[union-attr]
            seat = bool(re.search(r"[,(][ \t]*$", text[max(0, s - 4):s])) and prev in _LEGAL_FORMS
            nxt = re.match(r"[ \t]+([\w'’]+)", text[e:e + 24])
            office = bool(nxt) and (nxt.group(1).lower() in _PLACE_AFTER or (  # type: ignore[union-attr]
                nxt.group(1).lower() in _LIES_AFTER and not _holds_listed_name(name)))  # type: ignore[union-attr]
            if prev in _MAKERS:
                continue  # "Seat León", "Seat Córdoba": a car
            if how == "form":
                r = _result("LOCATION", s, e, 0.75, self)
                r.recognition_metadata[_FORM] = True
                out.append(r)
            elif prev in _PLACE_BEFORE or postcode or pop >= self.BIG or (line_start and alone and pop >= 50_000) \
                    or then_country or seat or office or (pop >= self.MID and self._mid_sentence(text, s, name)) \
                    or self._town_cued(text, s, e, prev):
                r = _result("LOCATION", s, e, 0.7 if pop >= self.BIG else 0.65, self)
                if prev in _ONLY_PLACE_BEFORE | _IN_PLACE | _TOWN_BEFORE and prev not in ("im", "ins") \
                        and not _holds_listed_name(name):
                    # A place no name list holds, after a word only places follow: the model's person
                    # over it gives way ("Stugan i Fjällbacka" read as one person).
                    r.recognition_metadata[_FORM] = True
                out.append(r)
        out += [_result("LOCATION", s, e, 0.6, self) for s, e in self._lower_places(text)
                if not any(r.start < e and s < r.end for r in out)]
        for s, e in _unknown_after_prep(text):
            if not any(r.start < e and s < r.end for r in out):
                r = _result("LOCATION", s, e, 0.5, self)
                r.recognition_metadata[_FORM] = True  # no listed name: the preposition outranks the model's person
                out.append(r)
        for s, e in _districts(text):
            # "Independence Layout" holds the city "Independence": the longer district wins; a place
            # already found over the same words stays.
            if not any(r.start < e and s < r.end and not (s <= r.start and r.end <= e and (r.start, r.end) != (s, e))
                       for r in out):
                out = [r for r in out if not (s <= r.start and r.end <= e)]
                r = _result("LOCATION", s, e, 0.65, self)
                if re.match(r"['’](?:da|de|ta|te|dan|den|tan|ten)(?!\w)", text[e:e + 5]):
                    r.recognition_metadata[_FORM] = True  # a Turkish case ending: the model's person gives way
                out.append(r)
        # "the UK", "in the U.S.": a country's initials after the article.
        out += [_result("LOCATION", m.start(1), m.end(1), 0.7, self) for m in _COUNTRY_INITIALS.finditer(text)]
        # "Poppy Chester (Leeds)", "Yulia Komarova氏（Irkutsk）": a city alone in brackets.
        for m in _BRACKETED.finditer(text):
            name = m.group(1)
            if table_pop(name) >= self.MID and not _place_is_word(name) and not cue_word(name) \
                    and not any(_fold(w) in known_names() for w in name.split()) \
                    and not any(r.start == m.start(1) for r in out):
                out.append(_result("LOCATION", m.start(1), m.end(1), 0.65, self))
        if re.search("[가-힣]", text):
            out += [_result("LOCATION", m.start("place"), m.end("place"), 0.65, self)
                    for m in _KO_PLACE_RX.finditer(text)]
        if _UNCASED_LETTER.search(text):
            out += [_result("LOCATION", s, e, 0.65, self) for s, e in _uncased_places(text)]
        if re.search(f"[{_HAN}]", text):
            # The longest known name at each point of a run of characters ("我们在四川省的仓库").
            han = _han_names()
            for m in re.finditer(f"[{_HAN}]{{2,}}", text):
                run, base, k = m.group(), m.start(), 0
                while k < len(run) - 1:
                    size = next((n for n in (5, 4, 3, 2) if run[k:k + n] in han and k + n <= len(run)), 0)
                    if size:
                        out.append(_result("LOCATION", base + k, base + k + size, 0.65, self))
                    k += size or 1
        return out

    @staticmethod
    def _lower_places(text: str) -> list[tuple[int, int]]:
        """Cities typed in lower case, as chats do ("landed in jozi", "galing pa ko cagayan de oro",
        "viene desde puerto montt"): one to three lower-case words right after a preposition that
        takes no person and no common noun without an article, naming a place of 100,000 people or
        more that is no stop word, no listed name and no everyday word spelt like a city."""
        out: list[tuple[int, int]] = []
        for m in _LOWER_PLACE_RX.finditer(text):
            words = m.group("run").split()
            for n in (3, 2, 1):
                name = " ".join(words[:n])
                folded = _fold(name)
                if len(words) < n or len(folded) < 4 or folded in _LOWER_NOT_PLACES or folded in _common_words():
                    continue
                pop = places().get(folded, 0)
                # A listed name needs a million people and a preposition no person follows ("in paris",
                # not "a text from sydney").
                if n == 1 and folded in known_names() and (pop < PlaceRecognizer.BIG or m.group("prep") in (
                        "from", "at", "ke", "dari", "mula", "galing", "galing pa ko", "aus", "fra", "från")):
                    continue
                # After English words of arriving or leaving ("just left kuakata") a town of any size will
                # do, since the town list holds no English word; other languages' ones need a city of
                # 100,000 like any preposition ("udah sampe rumah": "rumah" is home, and a town of 25,000).
                strong = (m.group("prep") in _LOWER_GOING_EN and folded not in known_names()
                          and towns().get(folded, 0) > 0)
                if pop >= PlaceRecognizer.MID or strong:
                    start = m.start("run")
                    out.append((start, start + len(name)))
                    break
        return out

    @staticmethod
    def _town_opens(text: str, start: int, end: int) -> bool:
        """Whether a listed town or region opens a line, a subject or a sentence and stands alone
        (then nothing, a comma, a dash or the line's end): "Oggetto: Sperlonga, richiesta", a query
        that is only "Kochkor". Not before a word: the town list holds other languages' words
        ("Mohon maaf", "Kunden vill"). No listed name is taken ("Anna,")."""
        name = text[start:end]
        if cue_word(name) or name.isupper() or len(name) < 4 or _place_is_word(name) \
                or any(_fold(w) in known_names() for w in name.split()):
            return False
        head = text[max(0, start - 40):start].rstrip(" \t")
        if head and not head.endswith(("\n", ":", "–", "|", ".", "!", "?")):
            return False
        if head.endswith("."):
            last = re.search(r"([\w.]+)\.$", head)
            if last is None or len(last.group(1)) < 2 or last.group(1).lower() in _TITLES:
                return False  # "Dott. Ferri", "A. Soglio": a title or an initial, not a sentence's end
        return _OPENS_AFTER.match(text, end) is not None

    @staticmethod
    def _town_cued(text: str, start: int, end: int, prev: str) -> bool:
        """Whether a town under 15,000 people is one here: after a preposition only places follow
        ("vive a Bellagio", "près de Sarlat", "i Gudhjem"), before a postcode, or before a comma and
        a country or large city ("Cassis, France"). Its name must be no listed given or family name,
        no stop word and no label."""
        name = text[start:end]
        if cue_word(name) or name.isupper() or len(name) < 4 or _place_is_word(name):
            return False
        if _CJK_PLACE_PARTICLE.match(text, end):
            return True  # "Innsbruckからのお客様", "Osaka에서 왔어요"
        country = _COMMA_PLACE.match(text[end:end + 40])
        if country and country.group(1)[0].isupper() and table_pop(country.group(1)) >= PlaceRecognizer.MID:
            return True  # "Cassis, France"
        if any(_fold(w) in known_names() for w in name.split()):
            return False  # "(Rodrigo, 2024-…)", "Rommel A. Lacson"
        if _POSTCODE_AFTER.match(text[end:end + 14]) or _POSTCODE_BEFORE.search(text[max(0, start - 12):start]):
            return True
        nxt = re.match(r"[ \t]+([\w'’]+)", text[end:end + 24])
        if nxt and nxt.group(1).lower() in _PLACE_AFTER | _LIES_AFTER:
            return True  # "the Viljandi and Rakvere sites", "our Gudhjem office"
        # The cue as written: a lower-case word ("A. Lacson" is an initial); not German "im"/"ins",
        # which put common nouns after them ("im Haus").
        words = re.findall(r"[\w'’]+", text[max(0, start - 40):start])
        if not words or not words[-1].islower() or prev in ("im", "ins"):
            return False
        cues = _ONLY_PLACE_BEFORE | _IN_PLACE | _TOWN_BEFORE
        if prev in cues:
            return True
        if prev in ("to", "into", "through") and any(w.lower() in _MOVE_VERBS for w in words[-5:-1]):
            return True  # "bus to Chaitén", "drive via Yeghegnadzor to Areni"
        if prev == "de" and len(words) >= 2 and (words[-2].lower() in _LEAVE_VERBS or (
                len(words) >= 3 and words[-2].lower() == "se" and words[-3].lower() in _LEAVE_VERBS)):
            return True  # "sale de Aínsa", "Mudou-se de Mértola", "nous arriverons de Noailles"
        # "près de Sarlat", "cerca de Barichara", "in the Cotswolds".
        return prev in _ARTICLES | {"de", "d'", "di", "da"} and len(words) >= 2 and words[-2].lower() in cues

    @staticmethod
    def _region_cued(text: str, start: int, end: int, prev: str) -> bool:
        """Whether a state, province or county name is one here: after a place preposition or a
        region word ("in Bretagne", "region Norrbotten", "Provinz Tirol"), before a postcode or
        after a city and a comma ("Lima, Áncash"). A region that is also a given or family name
        ("Victoria", "Georgia") needs the region word."""
        name = text[start:end]
        if cue_word(name) or name.isupper() or _fold(name) in _common_words():
            return False
        after = re.match(r"[ \t]+([\w'’]+)", text[end:end + 24])
        words = re.findall(r"[\w'’]+", text[max(0, start - 40):start].lower())
        if re.match(r"['’]", text[end:end + 1]) and _TURKISH_CASE.fullmatch(_bare_tail(text, end)):
            return True  # "Ege'de", "Doğu Anadolu'da": a Turkish case ending
        if prev in _REGION_WORDS or (after and _fold(after.group(1)) in _REGION_AFTER | _PLACE_AFTER) \
                or (prev == "of" and len(words) >= 2 and words[-2] in _REGION_WORDS):
            return True  # "region Norrbotten", "Régió: Baranya", "Ege bölgesindeki", "state of Ohio"
        if _fold(name) in known_names():
            return False  # "attention of Maria": a name first
        # "para o Alentejo", "in the Midlands": a preposition before the article.
        lead = words[-2] if prev in _ARTICLES and prev not in ("de", "a", "o") and len(words) >= 2 else prev
        if prev == "de" and len(words) >= 2 and words[-2] in ("uit", "in", "naar", "rond"):
            lead = words[-2]  # Dutch "uit de Veluwe", "in de Achterhoek"
        if prev in ("o", "a") and len(words) >= 2 and words[-2] in ("para", "no", "na", "em", "do", "da", "pelo"):
            lead = words[-2]
        if lead in _ONLY_PLACE_BEFORE or lead in _IN_PLACE or lead in ("para", "pelo", "pela", "til", "rond"):
            return True
        back = 2 if lead == prev else 3
        verb = words[-back] if len(words) >= back else ""
        if lead in ("to", "from") and len(words) >= 2 and verb in _MOVE_VERBS:
            return True  # "moves to Steiermark", "moved to the Midlands"
        before = text[max(0, start - 40):start]
        city = re.search(r"([^\W\d_][\w'’\-]*)[ \t]*,[ \t]*$", before)
        return bool(_POSTCODE_AFTER.match(text[end:end + 14]) or (city and table_pop(city.group(1))))


# Words a person's name follows more often than a place's ("add Turki to the list", "per tutti Basti",
# "chez Awa"): a mid-sized place after one needs another cue.
_PERSON_BEFORE = frozenset({"add", "chez", "tutti", "invite", "ask", "tell", "call", "cc", "meet", "thank", "thanks",
                            "with", "by", "for", "and", "und", "og", "och", "et", "e", "y", "ja", "or", "oder",
                            "ou", "o", "eller", "mr", "mrs", "ms", "dr", "sr", "sra", "herr", "frau", "pan", "pani",
                            "od", "u", "dla", "przez", "k", "s", "se", "pro", "za"})
# A word of a place's name; a Latin word ends where Chinese, Japanese or Korean begins
# ("Innsbruckからの", "Osaka에서"); runs of Han characters are looked up on their own.
_CJK_LETTERS = f"{_HAN}{_KANA}\uac00-\ud7af"
_PLACE_WORD = re.compile(f"[^\\W\\d_{_CJK_LETTERS}](?:[^\\W{_CJK_LETTERS}]|['’\\-])*\\.?|[{_CJK_LETTERS}]+")
# Japanese and Korean particles of place after a name in Latin letters: from, in, to, until, native of.
_CJK_PLACE_PARTICLE = re.compile(r"(?:から|まで|出身|在住|に住|で|へ|에서|에서는|으로|로|까지|출신|에\s|에$)")
# More words that put a town after them: "vive a Bellagio", "ke Parapat", "from Svolvær".
_TOWN_BEFORE = frozenset({"a", "from", "til", "till", "depuis", "đi", "về", "natoka", "kutoka", "galing", "ke", "di",
                          "aus", "bei", "fra", "sa", "tới", "sang", "đến", "dari", "village",
                          "dorf", "pueblo", "vila", "aldeia", "borgo", "paese", "wieś", "gemeinde", "comune",
                          "municipality", "commune", "hamlet",
                          # Going by, past and near a place in the languages the rules read: "drive via Areni",
                          # "utanför Húsavík", "le train pour Fès", "lewat Berastagi", "gần Sa Pa".
                          "via", "past", "visit", "visiting", "visited", "utanför", "utenfor", "nära", "nær",
                          "richting", "bij", "buiten", "pour", "hasta", "até", "perto", "vicino", "koło",
                          "obok", "przez", "poblíž", "nedaleko", "blizu", "kod", "lewat", "sampai", "sampe",
                          "mampir", "menuju", "dekat", "gần", "qua", "papunta", "diretso", "tunaenda", "naenda",
                          "kwenda", "anaenda", "nakuja"})
# Prepositions before a town that no other word follows ("à Lille", "nach Essen", "naar Hoorn").
_GO_TO_PLACE = frozenset({"à", "nach", "naar", "vers", "verso", "hacia", "presso", "près"})
# Programming languages, tools and firms spelt like a listed place, region or town ("written in Scala").
_TECH_WORDS = frozenset({"java", "erlang", "zig", "kotlin", "crystal", "scala", "meta", "jenkins", "google"})
# Words that name a region before its name ("region Norrbotten", "Provinz Tirol", "state of Ohio").
_REGION_WORDS = frozenset({
    "region", "province", "state", "county", "prefecture", "canton", "department", "oblast", "governorate",
    "voivodeship", "région", "département", "departement", "provincia", "regione", "región", "região", "estado",
    "bundesland", "land", "provinz", "kanton", "landkreis", "kreis", "województwo", "wojewodztwo", "fylke",
    "län", "maakunta", "megye", "comunidad", "comunitat", "comarca", "distrito", "provincie", "gewest",
    "landskap", "amt", "kraj", "regio", "ili", "il", "bölgesi", "eyalet", "régió", "regiao", "secteur",
    "regionen", "provinsen", "fylket", "länet", "maakunnassa", "kraju", "województwie"})
# Verbs of going before "to" or "from" and a region ("moves to Steiermark", "travelling from Tirol").
_MOVE_VERBS = frozenset({"move", "moves", "moved", "moving", "relocate", "relocates", "relocated", "relocating",
                         "travel", "travels", "travelled", "traveled", "travelling", "traveling", "go", "goes",
                         "going", "went", "trip", "flight", "flights", "drive", "drives", "driving", "shipped",
                         "shipping", "ship", "deliver", "delivered", "delivery", "coming", "came", "comes",
                         "expand", "expanding", "expands", "back", "road", "way", "transfer", "transferred",
                         "bus", "train", "ferry", "ride", "rode", "drove", "fly", "flew", "flying", "walk", "walked",
                         "hike", "hiked", "head", "headed", "heading", "return", "returned", "returning", "trek",
                         "sail", "sailed", "commute", "driven", "cycle", "cycled", "route", "trips"})
# Words after a region's name that make it one (accent-folded): "Ege bölgesindeki", "Fyn region".
_REGION_AFTER = frozenset({"region", "regione", "region's", "province", "prefecture", "county", "state",
                           "bolgesi", "bolgesinde", "bolgesindeki", "bolgesine", "bolgesinden", "ili", "ilinde",
                           "megye", "megyeben", "maakunta", "maakunnassa", "fylke", "lan", "oblast"})
# Prepositions meaning "in" that the other place lists miss ("Lucrez în Sibiu").
_IN_PLACE = frozenset({"ve", "em", "en", "dans", "nella", "nel", "im", "ins", "în", "din", "prin"})
# Words after a place that make it one ("our Raleigh office", "Florence shift", "Esbjerg kontoret").
_PLACE_AFTER = frozenset({
    "office", "offices", "branch", "warehouse", "site", "campus", "plant", "factory", "store", "hub",
    "headquarters", "hq", "depot", "facility", "airport", "station", "shift", "kontor", "kontoret", "büro",
    "niederlassung", "filiale", "bureau", "agence", "oficina", "sucursal", "escritório", "ufficio", "sede",
    "vestiging", "kantoor", "toimisto", "iroda", "biuro", "pobočka", "şube", "sube", "sites",
    "branches", "warehouses", "stores", "plants", "depots", "hubs", "campuses"})
# Words of lying and nearness after a place ("Fjällbacka ligger", "Grožnjan liegt", "Ayder yakınındaki"):
# a place no name list holds ("Anna ligger sjuk": Anna is ill in bed).
_LIES_AFTER = frozenset({"ligger", "liegt", "ligt", "leży", "leží", "leži", "sijaitsee", "yakınındaki", "yakınında",
                         "yakınlarında", "tarafına", "tarafında", "civarında", "çevresinde"})
# Turkish words of nearness after an unlisted name ("Ortahisar yakınındaki depo"): the Nordic and Slavic
# verbs of lying follow common nouns too ("Kontoret ligger", "Nøglen ligger hos naboen").
_NEAR_AFTER = ("yakınındaki", "yakınında", "yakınlarında", "civarında", "çevresinde")
_NEAR_RX = re.compile(rf"(?<![\w'’])(?P<name>{_UPWORD}(?:[ \t]{_UPWORD})?)[ \t]+(?:{_alt(_NEAR_AFTER)})(?![\w'’])")
# Case endings that put a place name in a sentence without a preposition (accent-folded):
# Finnish ("Ouluun", "Tampereella", "Espoossa") and Hungarian ("Debrecenben", "Szegedre").
# Only endings no English word takes ("Regional" is no "Regio" + "nal").
_CASE_ENDINGS = ("ssa", "sta", "lla", "lta", "lle", "ban", "ben", "bol", "rol", "hoz", "hez", "tol", "seen")


_COUNTRY_POP = 999_999  # what the gazetteer gives a country's translated name (a country itself: 10**9)
# Accent-folded: the Estonian inessive, elative, illative, adessive, ablative and allative endings, and the
# Lithuanian locatives with what their nominative ends in.
_ESTONIAN_ENDINGS = ("sse", "st", "lt", "le", "s", "l")
_LITHUANIAN_ENDINGS = (("uose", "ai"), ("oje", "a"), ("eje", "e"), ("yje", "is"))


def _baltic_stems(word: str, written: str = "") -> list[str]:
    """The nominatives an Estonian or Lithuanian case form (``word`` accent-folded, as ``written``)
    may be of. An Estonian stem needs six letters or an Estonian letter in the word: "Filiale",
    "Rommel" and "Label" are no case forms of the villages Filia, Romme and Labe."""
    estonian = any(ch in "õäöüÕÄÖÜ" for ch in written)
    out = [stem for end in _ESTONIAN_ENDINGS if word.endswith(end) and (stem := word[:-len(end)])[-1:] in
           ("a", "e", "i", "o", "u") and (len(stem) >= 6 or (estonian and len(stem) >= 4))]
    out += [word[:-len(end)] + new for end, new in _LITHUANIAN_ENDINGS if word.endswith(end)]
    return out


_TURKISH_CASE = re.compile("(?:[dt][ae]n?|[dt][ae]ki|y?[ae]|n?[\u0131iuü]n|y?[\u0131iuü]|y?l[ae])")


def _suffixed_place(word: str, written: str = "") -> int | None:
    """The population of the place a Finnish or Hungarian case form names ("ouluun" -> Oulu,
    "jyvaskylaan" -> Jyväskylä, "debrecenben" -> Debrecen), for places of 15,000 or more whose
    name has four letters or more; a known name is no case form ("Hansen")."""
    if word in known_names() or word in _common_words() or word in _LABELS:
        return None  # "Region:" is a label
    table = places()
    stems = [word[:-len(end)] for end in _CASE_ENDINGS if word.endswith(end)]
    if len(word) > 5 and word[-1] == "n" and word[-2] == word[-3] and word[-2] in "aeiouy":
        stems.append(word[:-2])  # illative: the last vowel doubled and "n" ("Ouluun", "Turkuun")
    # Hungarian "on"/"en" ("Szegeden"): common endings in other languages, so a large town only.
    big = [word[:-2] for end in ("on", "en") if word.endswith(end) and len(word) > 7]
    stems += [stem for stem in big if table.get(stem, 0) >= 100_000]
    # Written with a Hungarian letter, a place of any size ("Sümegen", "Hortobágyon").
    if any(ch in "áéíóöőúüű" for ch in written):
        stems += [word[:-2] for end in ("on", "en") if word.endswith(end) and len(word) > 6]
    # An e-stem doubles its vowel before the ending ("Tampere" -> "Tampereella", "Tampereelta").
    stems += [stem[:-1] for stem in stems if stem.endswith("ee")]
    stems += [g for stem in stems for g in _strong_grade(stem)]
    # Romanian genitive: "Sibiului" (Sibiu), "Iașiului" (Iași), "Clujului" (Cluj).
    stems += [word[:-len(end)] for end in ("lui", "ului") if word.endswith(end) and len(word) > 7]
    for stem in stems:
        if len(stem) >= 4 and " " not in stem and table.get(stem, 0) >= 15_000:
            return table[stem]
    # A town takes the same endings ("Sodankylässä", "Tokajban"), its stem of five letters or more (not the
    # Hungarian "-on/-en" nor a bare "-n": English words end so too).
    small = towns()
    for stem in stems:
        if len(stem) >= 5 and " " not in stem and stem in small and stem not in known_names():
            return small[stem]
    # Estonian and Lithuanian case forms of a listed town, city or region ("Haapsalus", "Rakverest",
    # "Saaremaal", "Vormsile"; "Trakuose" -> Trakai, "Nidoje" -> Nida): Estonian endings only after a
    # vowel, which their stems end in and English plurals seldom do.
    for stem in _baltic_stems(word, written):
        if len(stem) >= 4 and stem not in known_names() and stem not in _common_words():
            if (pop := table.get(stem, small.get(stem))) is not None and pop < _COUNTRY_POP:
                return pop
            if stem in regions():
                return 0
    # Finnish genitive: "Hämeenlinnan", "Lahden", "Helsingin" ("kohdalla": at it); a vowel before
    # the "n", a stem of five letters or more, and a city of 50,000 or more, since "-n" ends words
    # of every language. Not a country's ("Russian", "Italian") nor an English "-ian" word
    # ("Victorian", "Valencian").
    if word.endswith("n") and len(word) >= 6 and word[-2] in "aeiouyäö" and not word.endswith(("ian", "ean", "yan")):
        for stem in [word[:-1], *_strong_grade(word[:-1])]:
            if len(stem) >= 5 and 50_000 <= table.get(stem, 0) < _COUNTRY_POP:
                return table[stem]
    return None


# Finnish consonant gradation, weak -> strong ("Helsingissä" -> Helsinki, "Lahdessa" -> Lahti,
# "Lappeenrannassa" -> Lappeenranta), tried on the last such letters of a stem.
_GRADES = (("ng", "nk"), ("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("mm", "mp"), ("d", "t"), ("t", "tt"),
           ("k", "kk"), ("p", "pp"), ("v", "p"))


def _strong_grade(stem: str) -> list[str]:
    """Nominatives a Finnish inflected stem can come from by consonant gradation; an i-word's stem
    ends in e ("Lahde-" -> "Lahti", "Rovanieme-" -> "Rovaniemi", "Seinäjoe-" -> "Seinäjoki")."""
    bases = [stem]
    if stem.endswith("e"):
        bases.append(stem[:-1] + "i")
        if stem.endswith("joe"):
            bases.append(stem[:-1] + "ki")  # joki -> joe-: the k drops out
    out = list(bases[1:])
    for base in bases:
        for weak, strong in _GRADES:
            k = base.rfind(weak, 0, len(base) - 1)
            if k > 0 and len(base) - k <= 4:
                out.append(base[:k] + strong + base[k + len(weak):])
    return out


# Locative prepositions after which Slavic languages decline a place name ("w Gdańsku", "v Plzni",
# "ve Zlíně"); "u", "od", "do" and "z" take people as often ("u Pavla", "od Marka").
_INFLECTING_BEFORE = frozenset({"w", "we", "v", "ve"})


def _inflecting_cue(text: str, start: int) -> str | None:
    """The Slavic preposition before a word that can take a declined place ("w", "v", "do"), or None."""
    before = text[max(0, start - 4):start]
    m = re.search(r"(?:^|\s)(\w+)[ \t]+$", before)
    if not m:
        return None
    word = m.group(1).lower()
    return word if word in _INFLECTING_BEFORE or word in ("do", "z", "ze") else None


@cache
def _place_stems() -> dict[str, int]:
    """Latin place names without their last one or two letters, to their largest population."""
    out: dict[str, int] = {}
    for name, pop in places().items():
        if " " in name or not name.isalpha():
            continue
        for k in (1, 2):
            stem = name[:-k]
            if len(stem) >= 3 and pop > out.get(stem, -1):
                out[stem] = pop
    return out


def _inflected_place(word: str) -> int | None:
    """The population of the place a declined form names ("gdansku" -> Gdańsk, "ostrave" ->
    Ostrava, "brne" -> Brno, "zakopanem" -> Zakopane): the form minus one to three letters is a
    place minus none to two; short stems only for places of 100,000 or more."""
    table, stems = places(), _place_stems()
    if word.endswith("ich") and len(word) > 6 and (word[:-3] + "e") in towns():
        return towns()[word[:-3] + "e"]  # Czech plural locative: "v Valticích" (Valtice)
    for k in (1, 2, 3):
        stem = word[:-k]
        if len(stem) < 3:
            break
        pop = table.get(stem) if len(stem) >= 4 else None
        if pop is None:
            pop = stems.get(stem)
        if pop is not None and (len(stem) >= 4 or pop >= 100_000):
            return pop
    return None


_COMMA_PLACE = re.compile(r"[ \t]*,[ \t]*([^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2})")
# Legal forms a company's seat follows ("Fritsch Himmelbauer GesbR, Innsbruck").
_LEGAL_FORMS = frozenset({"ltd", "gmbh", "gesbr", "ag", "inc", "llc", "sa", "srl", "spa", "bv", "nv", "ab", "as",
                          "oy", "sdn", "bhd", "plc", "kg", "se", "sl", "lda", "sarl", "sas", "pte", "pty", "corp",
                          "ltda", "kft", "zrt", "sro", "oü", "aps", "asa", "oyj", "limited", "co"})


def table_pop(name: str) -> int:
    """The largest population of a known place of that name (0 if none)."""
    return places().get(_fold(name.strip()), 0)


# JSON keys that name a postcode whatever the object around them ("postnummer", "kod_pocztowy").
_POSTCODE_KEYS = frozenset({"postcode", "postnummer", "postinumero", "irányítószám", "iranyitoszam",
                            "postleitzahl", "plz", "cep", "postnr", "kodpocztowy",
                            "postakodu", "kodepos", "codigopostal", "codepostal", "postalcode", "cp", "psc", "psč",
                            "pincode",
                            "郵便番号", "邮编", "邮政编码"})
# JSON keys whose capitalised value is a place (not "destination": "s3" nor "origin": "LHR"): a
# journey's ends, a place of birth or residence, a locality (Hungarian "helység", "település").
_TRIP_KEYS = frozenset({"destination", "origin", "birthplace", "geburtsort", "wohnort", "hometown", "helyseg",
                        "helység", "telepules", "település", "miejscowosc", "miejscowość", "localidad", "lieu",
                        "localite", "localité", "paikkakunta", "obec", "mesto", "město", "grad", "poblacion",
                        "población", "woonplaats", "bosted", "hemort", "asuinpaikka", "residence",
                        # the stops of a journey ("etapes": ["Appenzell", …])
                        "etapes", "étapes", "tappe", "etappen", "paradas", "stops", "waypoints", "locations",
                        "destinations", "sites", "standorte", "lugares",
                        # where from and where to, birthplaces and municipalities in more languages
                        "destino", "destinos", "origen", "origem", "naturalidade", "destinazione", "provenienza",
                        "reiseziel", "herkunftsort", "bestemming", "herkomst", "commune", "communes", "gemeinde",
                        "comuna", "municipio", "município", "concelho", "freguesia", "parroquia", "localidade",
                        "kommun", "pueblo", "aldea", "dorf", "kyla", "kylä", "koy", "köy", "desa", "kampung",
                        "wies", "wieś", "vesnice", "selo", "falu"})
_PLACE_OF = frozenset({"miejsce", "lugar", "lieu", "place", "luogo", "local", "ort", "sted", "paikka", "misto",
                       "místo", "mjesto", "hely"})
_BIRTH = frozenset({"urodzenia", "nacimiento", "naissance", "birth", "nascita", "nascimento", "fodsel", "fødsel",
                    "syntyma", "syntymä", "narozeni", "narození", "rodjenja", "rođenja", "szuletes", "születés",
                    "residence", "residencia", "résidence", "residenza", "zamieszkania"})
# JSON keys that make the whole leaf a place or a person's name (the last two key words are given).
_PLACE_KEYS = frozenset({"city", "town", "village", "municipality", "locality", "ort", "stadt", "ville", "ciudad",
                         "cidade", "citta", "città", "localita", "plaats", "stad", "kaupunki", "miasto", "sehir",
                         "street", "strasse", "straße", "rue", "calle", "via", "logradouro", "endereco",
                         "endereço", "direccion", "dirección", "adresse", "indirizzo", "adres", "address",
                         "postcode", "postal", "zip", "zipcode", "plz", "cep", "cap", "country", "land", "pays",
                         "pais", "país", "paese", "state", "province", "region", "county", "bairro",
                         "district", "line", "provincie", "provincia", "provinz", "bundesland", "maakunta",
                         "provinsi", "uf", "wojewodztwo", "województwo", "région", "regione", "región",
                         "regiao", "região", "judet", "județ", "megye", "kanton", "canton", "fylke", "län",
                         "prefecture", "comune", "gemeente", "kommune", "kunta", "powiat", "il",
                         "ilce", "ilçe", "kecamatan", "kabupaten", "kota", "barangay", "suburb", "quartier",
                         "colonia", "barrio", "anschrift", "postadresse", "postiosoite", "osoite", "adresa",
                         "cim", "cím", "morada", "postadress", "utca", "ulica", "ulice", "rua",
                         "straat", "gata", "gade", "vej", "katu", "sokak", "都道府県", "市区町村", "住所", "地址",
                         "省", "市", "区", "县", "varos", "város", "orszag", "ország", "tajegyseg", "tájegység",
                         "kerulet", "kerület", "ulke", "ülke", "semt", "mahalle", "estado", "kraj", "okres",
                         # keys in scripts without word case ("المدينة": "دبي", "город": "Казань")
                         "المدينة", "مدينة", "العنوان", "عنوان", "الدولة", "البلد", "المنطقة", "المحافظة", "الحي",
                         "город", "адрес", "страна", "область", "регион", "район", "πόλη", "διεύθυνση", "χώρα",
                         "περιοχή", "עיר", "כתובת", "מדינה", "שכונה", "शहर", "पता", "राज्य", "देश", "জেলা", "শহর",
                         "ঠিকানা", "เมือง", "จังหวัด", "ที่อยู่"})
# Place keys of two words, written together ("tinh_thanh": "Huế", "quận_huyện": "Quận 3").
_PLACE_KEY_PAIRS = frozenset({"tinhthanh", "tỉnhthành", "thanhpho", "thànhphố", "quanhuyen", "quậnhuyện",
                              "diachi", "địachỉ", "phuongxa", "phườngxã"})
_PERSON_KEYS = frozenset({"firstname", "lastname", "fullname", "givenname", "familyname", "surname", "forename",
                          "vorname", "nachname", "prenom", "prénom", "nome", "cognome", "nombre", "apellido",
                          "apellidos", "sobrenome", "achternaam", "voornaam", "fornavn", "efternavn", "etunimi",
                          "sukunimi", "imie", "nazwisko", "ad", "soyad", "cardholder", "holder", "contact",
                          "customer", "recipient", "sender", "passenger", "guest", "patient", "employee",
                          "owner", "assignee", "reporter", "requester", "beneficiary", "attendee", "guests",
                          "passengers", "attendees", "companion", "companions", "acompanhante", "acompañante",
                          "accompagnateur", "begleitperson", "requestedby", "submittedby", "preferredname",
                          "passportname", "nickname", "sn"})
_PERSON_PARENTS = frozenset({"contact", "customer", "person", "user", "employee", "owner", "recipient", "sender",
                             "passenger", "guest", "patient", "cliente", "kunde", "client", "member", "attendee",
                             "author", "assignee", "reporter", "requester", "holder", "beneficiary", "driver",
                             "passager", "voyageur", "pasajero", "passageiro", "passeggero", "fahrgast", "reisende",
                             "gast", "huésped", "hospede", "hóspede", "ospite", "invité", "invitado",
                             "paciente", "patiente", "empleado", "employé", "mitarbeiter", "companion"})
_ADDRESS_WORDS = frozenset({"address", "addresses", "addr", "anschrift", "adresse", "endereco", "endereço",
                            "direccion", "dirección", "indirizzo", "adres", "adress", "shipping", "billing",
                            "delivery", "residence", "domicilio", "location", "postal"})
_NAME_WORDS = frozenset({"name", "names", "nom", "naam", "namn", "nome", "nombre"})
# A name as a whole leaf: "Hind Al-Dhaheri", or the family name first before a comma ("Al-Dhaheri, Hind").
_NAME_LEAF = re.compile(r"^[^\W\d_][\w'’.\-]*(?:(?:[ \t]+|,[ \t]*)[^\W\d_][\w'’.\-]*){0,4}$")


_POSTCODE_VALUE = re.compile(_POSTCODE)
_CJK_KEY = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# Chinese, Japanese and Korean keys that hold a person's name or a place (matched as the key's ending:
# "営業担当", "客户姓名", "配送先住所").
_CJK_PERSON_KEYS = ("担当者", "担当", "氏名", "名前", "姓名", "名字", "收件人", "收货人", "联系人", "聯絡人", "聯繫人",
                    "寄件人", "发件人", "發件人", "申请人", "申請人", "负责人", "負責人", "经办人", "經辦人", "乘客",
                    "旅客", "持卡人", "受取人", "差出人", "宛名", "予約者", "代表者", "依頼者", "申込者", "契約者",
                    "성명", "이름", "담당자", "수신인", "수령인", "받는분", "보내는분", "신청인", "예약자",
                    "同伴者", "同行者", "参加者", "宿泊者", "同行人", "入住人", "동반자", "참석자")
_CJK_PLACE_KEYS = ("都道府県", "市区町村", "住所", "所在地", "省份", "城市", "地址", "地区", "地區", "区县", "區縣",
                   "国家", "國家", "目的地", "出发地", "出發地", "到着地", "出発地", "주소", "도시", "시도", "지역")
_CJK_NAME_LEAF = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,4}(?:[ \u3000·・]?"
                            r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,4})?")


def field_entity(text: str, context: Sequence[str]) -> str | None:
    """The entity a JSON leaf is as a whole, from its key words (``city`` -> LOCATION), or None."""
    if not context or not text.strip() or len(text) > 120 or "@" in text or "://" in text:
        return None
    words = [w.lower() for w in context]
    joined = "".join(words[-2:])
    last = words[-1]
    if _CJK_KEY.search(last):
        stripped = text.strip()
        if last.endswith(_CJK_PERSON_KEYS) and _CJK_NAME_LEAF.fullmatch(stripped):
            return "PERSON"  # "担当者": "石井 零", "收件人": "陈静"
        if last.endswith(_CJK_PLACE_KEYS) and not stripped.isdigit():
            return "LOCATION"  # "都道府県": "兵庫県", "省份": "湖北省"
    name_key = last in _NAME_WORDS or joined.endswith("name")
    if name_key or last in _PERSON_KEYS or joined in _PERSON_KEYS:
        is_person_key = (joined in {"firstname", "lastname", "fullname", "givenname", "familyname"}
                         or last in _PERSON_KEYS
                         or (last in _NAME_WORDS and len(words) >= 2
                             and (words[-2] in _PERSON_PARENTS or words[-2].removesuffix("s") in _PERSON_PARENTS))
                         or joined in _PERSON_KEYS)
        first = text.split()[0]
        if is_person_key and _NAME_LEAF.match(text.strip()) and (first[0].isupper() or first.lower() in PARTICLES):
            return "PERSON"
        if is_person_key:
            return None
    if words[-2:-1] == ["of"] and len(words) >= 3:
        words = [*words[:-2], words[-1]]  # "place_of_birth" reads as "place birth"
        last = words[-1]
    if (last in _TRIP_KEYS or (len(words) >= 2 and words[-2] in _PLACE_OF and last in _BIRTH)) \
            and text.strip()[:1].isupper() and not text.strip().isupper():
        return "LOCATION"  # "destination": "Ísafjörður", "miejsce_urodzenia": "Mikołajki"
    if last in _PLACE_KEYS or joined in _PLACE_KEY_PAIRS or (
            len(words) >= 2 and words[-2] in _PLACE_KEYS and last in ("code", "line", "lines", "name", "1", "2")):
        stripped = text.strip()
        if last == "country" and len(stripped) <= 3:
            return None  # "DE": a code, not a place anyone lives at
        if last in ("state", "region", "province", "district", "line", "estado", "kraj", "okres") \
                and stripped[:1].islower():
            return None  # "state": "closed", "region": "eu-west-1": a status or a code, not a place
        if last in ("estado", "kraj", "okres") and _fold(stripped) not in regions() and not table_pop(stripped):
            return None  # "estado": "Pendiente" is a status; "Yucatán" a state
        if any(ch.isalpha() for ch in stripped):
            return "LOCATION"
        # A bare postcode is a place only inside an address ("address.postal_code"), not a card
        # check's "payment.avs_zip".
        if last in ("postcode", "postal", "zip", "zipcode", "plz", "cep", "code", "cap") \
                and any(w in _ADDRESS_WORDS for w in words):
            return "LOCATION"
    if (last in _POSTCODE_KEYS or joined in _POSTCODE_KEYS) and _POSTCODE_VALUE.fullmatch(text.strip()):
        return "LOCATION"  # "postnummer": "0150", "kod_pocztowy": "02-785", "irányítószám": "H-4017"
    return None


@cache
def _name_table() -> dict[str, tuple[str, int]]:
    """Given and family names (accent-folded, lower-case) to their kinds (``f``, ``l``) and their
    ``common`` flag (0 a name, 1 also an everyday word, 2 a lexicon entry used mostly as a name):
    Faker's lists as ``scripts/gen_names.py`` wrote them, and the given names of ``nam_dict.txt``
    when the ``gender-guesser`` package (the ``ner`` extra) is installed."""
    out: dict[str, tuple[str, int]] = {}
    with gzip.open(NAMES_FILE, "rt", encoding="utf-8") as f:
        for line in f:
            name, kinds, common = line.rstrip("\n").split("\t")
            out[name] = (kinds, int(common))
    path = nam_dict_path()
    if path is not None:
        with gzip.open(NAME_WORDS_FILE, "rt", encoding="utf-8") as f:
            flags = {name: int(flag) for name, _, flag in (line.rstrip("\n").partition("\t") for line in f)}
        for name in _read_nam_dict(path):
            if name not in out:
                out[name] = ("f", flags.get(name, 0))
    return out


def nam_dict_path() -> Path | None:
    """Where the installed ``gender-guesser`` package keeps ``nam_dict.txt`` (Jörg Michael's list of
    some 45,000 first names of 54 countries, GNU FDL 1.2), or None. The package is found, not imported."""
    import importlib.util

    try:
        spec = importlib.util.find_spec("gender_guesser")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "nam_dict.txt"
    return path if path.is_file() else None


def _read_nam_dict(path: Path) -> set[str]:
    """The given names of ``nam_dict.txt`` (accent-folded, lower-case): each line is a gender code and
    a name, ``+`` joining the parts of a compound ("Jean+Pierre"); comments start with ``#``,
    spelling equivalences with ``=``."""
    out: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line or line[0] in "#=":
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            for word in parts[1].split("+"):
                if len(word) >= 3 and word.replace("-", "").replace("'", "").isalpha():
                    out.add(_fold(word))
    return out


@cache
def known_names() -> dict[str, tuple[str, bool]]:
    """Given and family names (accent-folded, lower-case) to their kinds (``f``, ``l``) and whether
    the word is also an everyday word (see :func:`_name_table`)."""
    return {name: (kinds, flag == 1) for name, (kinds, flag) in _name_table().items()}


@cache
def lexicon_names() -> frozenset[str]:
    """Listed names that an English lexicon also holds but that are used mostly as names
    ("thomas", "judith", "ziegler"): alone, one counts only inside a sentence."""
    return frozenset(name for name, (_, flag) in _name_table().items() if flag == 2)


# Words that make a capitalised run an organisation, a product or a place, not a person
# ("Karim Logistics Ltd", "Sandro Bank", "Santos Avenue").
_NOT_PERSON_RUN = frozenset({
    "bank", "hotel", "group", "holding", "holdings", "services", "service", "solutions", "systems", "consulting",
    "logistics", "trading", "partners", "associates", "foundation", "university", "school", "college", "hospital",
    "clinic", "restaurant", "cafe", "café", "bar", "shop", "store", "market", "mall", "centre", "center",
    "airport", "station", "street", "road", "avenue", "lane", "square", "bridge", "tower", "plaza",
    "building", "house", "church", "mosque", "temple", "lake", "river", "mountain", "island", "beach",
    "pro", "max", "plus", "ultra", "mini", "lite", "edition", "series", "model", "app", "cloud", "studio",
    "media", "tech", "labs", "lab", "motors", "airlines", "airways", "express", "pharma", "insurance", "capital",
    "team", "project", "program", "programme", "initiative", "fund", "award", "prize", "festival", "conference",
    "hotline", "desk", "office", "department", "dept", "division", "unit", "branch", "region", "district",
    "province", "state", "county", "city", "town", "village", "strasse", "straße", "gasse", "weg", "platz",
    "rue", "calle", "via", "rua", "avenida", "laan", "straat", "ulica", "caddesi", "sokak", "jalan",
})


# Makers whose model names are often given names ("Renault Clio", "Chevrolet Malibu", "Seat León"):
# a run they open is a product.
_MAKERS = frozenset("""renault peugeot citroen chevrolet seat skoda toyota honda ford opel fiat hyundai kia nissan mazda
volvo tesla dacia lancia ferrari porsche lamborghini maserati bmw audi mercedes volkswagen vw suzuki
subaru mitsubishi lexus jeep dodge chrysler cadillac buick lincoln jaguar mini smart alfa cupra lada
tata mahindra proton perodua yamaha ducati vespa gazelle sparta trek giant cube canyon samsung
xiaomi huawei oppo vivo nokia motorola sony lenovo asus acer dell apple google microsoft philips
bosch siemens miele dyson""".split())  # noqa: SIM905


class NameListRecognizer(EntityRecognizer):
    """PERSON: capitalised words that Faker's name lists of some eighty locales know.

    A run of capitalised words on one line (particles such as "de los" and initials such as "F."
    inside it) that holds a known name which is no everyday word is a name: "Maricel de los
    Santos", "F. van Rooij", "Okafor Chidi", "Sandro Benzadi". Words the lists do not know are
    kept after a known name (a rare family name) but not before it ("Thanks Karim", "Until
    Karim"); stop words, labels and greetings end a run. A known name standing alone ("Karim will
    sit") is one too unless a place word precedes it. The spaCy model already knows the names that
    are also English words ("John", "Grace"); this list adds the names it has never seen. Runs next
    to a legal form or an "&" are a firm's ("Horváth és Kiss Zrt.", "Zürcher & Söhne").
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="NameListRecognizer", supported_language="en")

    def load(self) -> None:
        known_names()
        places()
        _common_words()  # ~3 s of imports: at engine build, not on the first call

    @staticmethod
    def _word_ok(w: str) -> bool:
        low = w.lower()
        return (w[0].isupper() and not (len(w) > 3 and w.isupper()) and not cue_word(w) and low not in _NOT_NAMES
                and low not in _LABELS and low not in _MAILBOXES and _fold(w) not in _common_words())

    def _runs(self, text: str) -> Iterator[list[tuple[int, int, str]]]:
        """Runs of (start, end, kind) on one line: ``n`` name-shaped word, ``p`` particle, ``i`` initial,
        ``u`` a word in capitals."""
        words = list(_TOKEN_RX.finditer(text))
        run: list[tuple[int, int, str]] = []
        for k, m in enumerate(words):
            w = m.group()
            if _glued(text, m.start(), m.end()):
                yield from self._trimmed(run)
                run = []
                continue
            if (run and text[run[-1][1]:m.start()] not in (" ", "\t", ". ")) or (run and run[-1][2] != "i" \
                    and text[run[-1][1]:m.start()] != " "):
                yield from self._trimmed(run)
                run = []
            if len(w) == 1 and w.isupper() and text[m.end():m.end() + 1] == ".":
                run.append((m.start(), m.end() + 1, "i"))  # "F. van Rooij", "Karim A."
            elif self._word_ok(w):
                run.append((m.start(), m.end(), "n"))
            elif w.isupper() and w.isalpha() and 3 < len(w) <= 15 and _fold(w) not in _common_words() \
                    and w.lower() not in _LABELS:
                run.append((m.start(), m.end(), "u"))  # a family name in capitals: "PREDA Sava"
            elif w.lower() in PARTICLES and k + 1 < len(words):
                run.append((m.start(), m.end(), "p"))
            else:
                yield from self._trimmed(run)
                run = []
        yield from self._trimmed(run)

    @staticmethod
    def _trimmed(run: list[tuple[int, int, str]]) -> Iterator[list[tuple[int, int, str]]]:
        while run and run[-1][2] == "p":
            run = run[:-1]  # "Santos de" -> "Santos"
        if any(kind == "n" for _, _, kind in run):
            yield run

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: NlpArtifacts | None = None) -> list[RecognizerResult]:
        """Runs of capitalised words that hold a known name that is no everyday word."""
        if "PERSON" not in entities:
            return []
        table = known_names()
        out: list[RecognizerResult] = []
        for run in self._runs(text):
            hits = [table.get(_fold(text[s:_bare(text, s, e)])) if kind == "n" else None for s, e, kind in run]
            first = next((i for i, h in enumerate(hits) if h is not None and not h[1]), None)
            if first is None:
                continue
            # Unknown capitalised words before the first known name are the sentence's ("Thanks",
            # "Until"); initials and particles just before it are the name's ("F. van Rooij").
            lead = first
            while lead > 0 and (run[lead - 1][2] in "ipu" or _known_lead(text, run[lead - 1][0], hits[lead - 1])):
                lead -= 1
            run, hits = run[lead:], hits[lead:]
            while run and run[0][2] == "p" and (run[0][0] == 0 or (
                    text[run[0][0]:run[0][1]].istitle() and _fold(text[run[0][0]:run[0][1]]) in _NOT_PARTICLES
                    and re.search(r"(?:^|[.!?:\n][ \t]*)$", text[max(0, run[0][0] - 3):run[0][0]]))):
                run, hits = run[1:], hits[1:]  # "Der Koch fragt": an article opening the sentence
            # "y", "e", "i" join two family names ("Puig i Cadafalch"); they open none ("Grannen i Vík": in Vík).
            while run and run[0][2] == "p" and text[run[0][0]:run[0][1]] in _JOINING_PARTICLES:
                run, hits = run[1:], hits[1:]
            if not run:
                continue
            names = [(s, e) for s, e, kind in run if kind == "n"]
            start, end = run[0][0], _bare(text, run[-1][0], run[-1][1])
            if any(_fold(text[s:e]) in _NOT_PERSON_RUN or _fold(text[s:e]) in _LEGAL_FORMS for s, e in names) \
                    or _fold(text[names[0][0]:names[0][1]]) in _MAKERS \
                    or _fold(re.split(r"[^\w]", text[max(0, start - 16):start].rstrip(" "))[-1]) in _MAKERS \
                    or _firm_around(text, start, end) or table_pop(text[start:end]) \
                    or (len(names) >= 2 and _fold(text[names[-1][0]:names[-1][1]]) in _STREET_AFTER_NAME):
                continue  # a firm ("Karim Logistics Ltd"), a place ("Santa Cruz"), a street ("… Driveway")
            if re.match(r"[ \t]*,?[ \t]*\d{1,4}[a-zA-Z]?\b(?![/.:\-]\d)", text[end:end + 12]) \
                    or re.search(r"\b(?:St|Col|Gg|Jl)\.[ \t]*$", text[max(0, start - 5):start]):
                continue  # "Santos 12", "St. Gallen", "Col. Del Valle": a street or a place
            if len(names) == 1 and table_pop(text[names[0][0]:names[0][1]]):
                # "i Bergen", "oficina de Madrid": a place name after a place word is the place's.
                words = [text[a:b].lower() for a, b, kind in run if kind == "p"]
                words += [w.lower() for w in re.findall(r"[\w'’]+", text[max(0, start - 20):start])[-1:]]
                if any(w in _PLACE_BEFORE for w in words):
                    continue
            if len(names) >= 2 or len(run) >= 2:
                known = sum(h is not None for h in hits)
                out.append(_result("PERSON", start, end, 0.85 if known >= 2 else 0.7, self))
                continue
            before = re.findall(r"[\w'’]+", text[max(0, start - 20):start])
            if before and before[-1].lower() in _ONLY_PLACE_BEFORE:
                continue  # "in Sandro": more likely a place the gazetteer does not hold
            after = re.match(r"[ \t]+([\w'’]+)", text[end:end + 24])
            if after and after.group(1).lower() in _PLACE_AFTER and places().get(_fold(text[start:end])):
                continue  # "our Florence office": the place's
            if re.match(r"[ \t]*:", text[end:end + 3]):
                continue  # "Karim:" is a chat speaker's or a label's rule
            if _fold(text[names[0][0]:names[0][1]]) in lexicon_names() and (
                    re.search(r"(?:^|[.!?:\n][ \t]*)$", text[max(0, start - 3):start])
                    or (before and before[-1].lower() in _ARTICLES)):
                continue  # "Rosa o bianco", "Der Koch": a word of some language opening the sentence
            out.append(_result("PERSON", start, end, 0.6, self))
        return out


# A word, where a Latin word ends at Chinese, Japanese or Korean letters ("和客户Kuan-ting Lin吃饭").
_TOKEN_RX = re.compile(rf"[{_CJK_LETTERS}]+"
                       rf"|[^\W\d_{_CJK_LETTERS}](?:[^\W\d_{_CJK_LETTERS}]|['’][^\W\d_]|-(?=[^\W\d_]))*")
# Particles of names that open a sentence as articles ("Der Koch", "Le Chef", "El Portero").
_NOT_PARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "le", "la", "les", "el", "il", "lo", "the"})
_JOINING_PARTICLES = frozenset({"y", "e", "i"})
# Articles of the major European languages: a capitalised word after one is a noun ("Der Koch").
_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                       "le", "la", "les", "un", "une", "el", "los", "las", "il", "lo", "gli", "o", "os", "as",
                       "um", "uma", "het", "een", "de"})


# Legal forms and partnership words that make surnames a firm's name ("Horváth és Kiss Zrt.",
# "Zürcher & Söhne", "Marsili e figli", "Vallet S.A.S.", "Blažková s.r.o.", "Iversen A/S").
_FIRM_AFTER_RX = re.compile(
    r"(?:&|\+[ \t]|(?i:\b(?:e figli|és társa|and sons|und söhne|et fils|e hijos|y asociados|group|gruppe|gruppo|"
    r"grupo|holding|gmbh|kgaa|ltda?|llc|inc|plc|sarl|s\.a\.s|s\.r\.[ol]|sp\. z o\.o|s\.p\.a|d\.o\.o|a\.ş|s/a|a/s)"
    r"(?![\w&]))|\b(?:AG|KG|OHG|UG|BV|B\.V|NV|VOF|AB|HB|KB|AS|ASA|ApS|Oy|Oyj|Tmi|Osk|Ky|Zrt|Nyrt|Kft|Bt|Kht|Kkt|"
    r"SA|S\.A|SL|S\.L|SpA|SPA|Srl|SRL|SAS|Lda|Cia|Cie|Tbk|OOO|DOO|RFH|ASF|LOC)(?![\w&]))")
_FIRM_BEFORE_RX = re.compile(r"(?:empresa|firma|company|société|societe|bedrijf|azienda|företag|yritys|cég|şirket|"
                             r"sirket|společnost|spółka|vendor|supplier|lieferant|fournisseur|proveedor)"
                             r"[ \t]*:?[ \t]*$", re.I)


def _firm_around(text: str, start: int, end: int) -> bool:
    """Whether a capitalised run is part of a firm's name or a street's: a legal form or "&" in it or
    after it in its clause, a firm label before it, or a street type just before or after it."""
    clause = re.split(r"[\n;()]|[!?:][ \t]|\.[ \t](?=[A-Z])", text[start:end + 48], maxsplit=1)[0]
    # The firm's name goes on over capitalised words, connectors and legal forms; the first other
    # lower-case word ends it ("Rosenda de la Peña, who worked in my group" is no firm).
    cut = len(clause)
    for m in re.finditer(r"\S+", clause[end - start:]):
        w = m.group().strip(",")
        if w[:1].islower() and w not in _FIRM_GLUE and w not in PARTICLES and not _FIRM_AFTER_RX.match(w):
            cut = end - start + m.start()
            break
    if _FIRM_AFTER_RX.search(clause[:cut]) or _FIRM_BEFORE_RX.search(text[max(0, start - 14):start]):
        return True
    before = text[max(0, start - 14):start].rstrip(" \t").rsplit(None, 1)
    after = text[end:end + 14].lstrip(" \t").split(None, 1)
    return bool((before and before[-1].lower() in _STREET_BEFORE_NAME)
                or (after and after[0].lower().rstrip(",.") in _STREET_AFTER_NAME))


_FIRM_GLUE = frozenset({"e", "és", "and", "und", "et", "y", "og", "och", "en", "ve", "&", "figli", "társa", "sons",
                        "söhne", "fils", "hijos", "asociados", "co", "co.", "cie", "cie."})
# Words a place follows more often than a person ("in Sandro"); "from", "at", "to" and "with"
# precede people as often ("a note from Helvi", "at Lara's").
_ONLY_PLACE_BEFORE = frozenset({
    "in", "near", "outside", "around", "towards", "nach", "nahe", "à", "au", "aux", "vers", "près", "em", "no", "na",
    "desde", "hacia", "cerca", "verso", "presso", "naar", "uit", "i", "på", "från", "till", "w", "we", "ve", "ở", "tại",
    "city", "town", "ville", "stadt", "ciudad", "cidade", "città", "village", "district", "province", "region"})
_STREET_BEFORE_NAME = frozenset(_STREET_PREFIX) | {
    "drumul", "intrarea", "bulevardul", "soseaua", "șoseaua", "şoseaua", "aleea", "splaiul", "calea", "str.",
    "strada", "avenue", "chemin", "rue", "gg.", "col.", "st."}
_STREET_AFTER_NAME = frozenset(_STREET_WORD) | {"chowk", "ganj", "driveway", "caddesi", "sokak", "utca", "út",
                                                "tér", "körút", "polku", "kuja", "tie", "katu"}


# Weekdays and months of the major languages, which the model reads as names when capitalised.
_CALENDAR = frozenset(re.findall(r"\S+", (
    "montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend januar februar märz april mai juni juli "
    "august september oktober november dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février "
    "mars avril juin juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes sábado "
    "domingo enero febrero marzo mayo junio julio agosto septiembre octubre noviembre diciembre lunedì martedì "
    "mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre ottobre "
    "dicembre segunda terça quarta quinta sexta janeiro fevereiro março maio junho julho setembro outubro novembro "
    "dezembro maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart mei augustus "
    "mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag maanantai tiistai keskiviikko "
    "torstai perjantai lauantai sunnuntai poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý "
    "středa čtvrtek pátek neděle pazartesi salı çarşamba perşembe cuma cumartesi pazar senin selasa rabu kamis "
    "jumat sabtu minggu luni marți miercuri joi vineri sâmbătă duminică hétfő kedd szerda csütörtök péntek "
    "szombat vasárnap jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili lunes martes miyerkules huwebes "
    "biyernes sabado linggo isnin selasa khamis jumaat")))
# Weekdays that are never names: a model's person ending in one is no person ("Mwanza Ijumaa").
_WEEKDAYS = frozenset(re.findall(r"\S+", (
    "monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag lundi mardi mercredi jeudi vendredi samedi dimanche jumatatu jumanne jumatano alhamisi ijumaa jumamosi "
    "jumapili miyerkules huwebes biyernes maandag dinsdag woensdag donderdag vrijdag zaterdag zondag")))


def model_place(text: str, start: int, end: int) -> bool:
    """Whether the model's LOCATION guess may stand: a one-word place that no gazetteer lists needs
    a place word before or after it ("in Kilimani", "Sinza office"), since the model reads
    capitalised nouns and names as places ("laut Sendungsverfolgung", "Tehrani is careful")."""
    span = text[start:end]
    if " " in span.strip():
        return True
    key = _fold(span)
    bare = _fold(text[start:_bare(text, start, end)])
    if key in places() or key in towns() or key in regions() or bare in places() or bare in regions():
        return True
    before = re.findall(r"[\w'’]+", text[max(0, start - 40):start])
    prev = before[-1].lower() if before else ""
    if len(before) >= 2 and prev in _ARTICLES | {"de", "d'", "di", "da"}:
        prev = before[-2].lower()
    nxt = re.match(r"[ \t]+([\w'’]+)", text[end:end + 30])
    return prev in _PLACE_BEFORE or prev in _TOWN_BEFORE or prev in _ONLY_PLACE_BEFORE or prev in _IN_PLACE \
        or bool(nxt and _fold(nxt.group(1)) in _PLACE_AFTER | _REGION_AFTER)


def label_or_signoff(span: str) -> bool:
    """Whether a model's PERSON span is a field label or role ("Ad Soyad") or holds a word of a
    sign-off ("Genervte Grüße", "Saludos cordiales")."""
    words = span.split()
    return _fold(" ".join(words)) in _LABELS or _fold(" ".join(words)) in _ROLE_WORDS \
        or any(_fold(w.strip(".,!")) in _SIGNOFF_WORDS for w in words)


def model_person(text: str, start: int, end: int) -> bool:
    """Whether a PERSON span the English model proposed can be a name.

    The model reads capitalised words of other languages as names: "Der Hausmeister", "Unsere
    Anschrift", "Předmět:", "Ventilationen i badrummet". A span of several words holding a stop
    word of any language (particles excepted) is dropped, so is one word opening a line before a
    colon (a label), and so is one word opening a sentence or a field's value that the name list
    does not know as a name that is no everyday word ("Mark this as resolved").
    """
    words = text[start:end].split()
    stop = _common_words()
    if all(cue_word(w) or _fold(w) in stop for w in words) or (len(words) == 1 and _fold(words[0]) in _CALENDAR):
        return False  # "Freundliche Grüße", "Samstag", "Selasa"
    if len(words) >= 2 and _fold(words[-1].strip(".,")) in _WEEKDAYS:
        return False  # "Mwanza Ijumaa usiku": a place and a day
    if label_or_signoff(text[start:end]):
        return False  # "Ad Soyad:" (a label), "Genervte Grüße" (a sign-off)
    if len(words) >= 2:
        # Particles count only inside, in lower case ("Maricel de los Santos", not "Der Hausmeister").
        return not any(_fold(w.strip(".,")) in stop and not (i and w in PARTICLES) for i, w in enumerate(words))
    line_start = not text[:start].strip(" \t") or text[:start].rstrip(" \t").endswith("\n")
    if line_start and re.match(r"[ \t]*:", text[end:end + 3]):
        return False
    opens = line_start or bool(re.search(r"[.!?:][ \t]+$", text[max(0, start - 4):start]))
    folded = _fold(text[start:_bare(text, start, end)])
    hit = known_names().get(folded)
    return not (opens and (hit is None or hit[1] or folded in lexicon_names()))


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a word is glued to digits or code characters: a piece of base64, a key or an id."""
    return bool(_GLUE.match(text[start - 1:start]) if start else False) or bool(_GLUE.match(text[end:end + 1]))


_GLUE = re.compile(rf"(?![{_CJK_LETTERS}])[\w+/=]")  # Chinese, Japanese or Korean letters glue nothing


def _lower_words(span: str) -> bool:
    """Whether a span holds a lower-case word that is no particle (a phrase, not a proper name)."""
    return any(w[0].islower() and w.lower() not in PARTICLES for w in span.split())


def _known_lead(text: str, start: int, hit: tuple[str, bool] | None) -> bool:
    """Whether a known name word before a run's first unambiguous one belongs to the name: a name
    that is also a word ("Mark", "Add") only when it does not open the sentence."""
    if hit is None:
        return False
    return not hit[1] or not re.search(r"(?:^|[.!?:\n][ \t]*)$", text[max(0, start - 3):start])


def _bare_tail(text: str, end: int) -> str:
    """The letters after an apostrophe at ``end`` ("'da" -> "da")."""
    m = re.match(r"['’]([a-zçğıöşü]{1,5})(?![\w])", text[end:end + 8])
    return m.group(1) if m else ""


def _bare(text: str, start: int, end: int) -> int:
    """The end of a word without its possessive or case ending ("Yamada's", "Vedat'a")."""
    # A case ending after an apostrophe (Turkish "Vedat'a", "Nurseda'ya"; English "Yamada's").
    m = re.search(r"['’][a-zçğıöşü]{1,5}$", text[start:end])
    return start + m.start() if m and m.start() >= 2 else end



def resolve(results: list[RecognizerResult], text: str = "") -> list[RecognizerResult]:
    """Settle PERSON against LOCATION where the rules overlap (``text``: the analysed text).

    A person's name inside a street address is the street's ("avenue Margot Seguin", "Praça
    Bianca Carneiro, 16"): the address wins. A gazetteer place over a person's name is the name's
    ("Florence", "Jackson"): the name wins.
    """
    def by(r: RecognizerResult) -> str:
        meta = r.recognition_metadata or {}
        return str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, ""))

    # A JSON key that names what its value is ("provinsi", "担当者") outranks the model's guess of
    # another kind over the same value ("Sulawesi Selatan" read as a person).
    fields = [r for r in results if by(r) == "FieldName"]
    if fields:
        results = [r for r in results if not (by(r) not in _RULES and r.entity_type in _NER_KINDS and any(
            f.entity_type != r.entity_type and f.start < r.end and r.start < f.end for f in fields))]
    # The model reads Chinese, Japanese or Korean text poorly: a guess that runs from those letters into
    # Latin ones ("海外パートナーのYulia Komarova氏" as one organisation) is no entity; the rules decide there.
    # So is one over a Chinese or Japanese label and its value ("主题：昆明出差报销" as one organisation).
    results = [r for r in results if not (by(r) in _MODELS and (_MIXED_SCRIPT.search(text, r.start, r.end) or (
        _CJK_LABEL.search(text, r.start, r.end))))]
    results = [_in_place(text, r) if by(r) in _MODELS and r.entity_type == "PERSON" else r for r in results]
    addresses = [r for r in results if r.entity_type == "LOCATION" and by(r) == "AddressRecognizer"]
    places_ = [r for r in results if r.entity_type == "LOCATION" and by(r) == "PlaceRecognizer"]
    # A place in a case form ("Työmatka Ouluun", "Antalya'da") is the place's, not the model's person.
    forms = [p for p in places_ if (p.recognition_metadata or {}).get(_FORM)]
    if forms:
        results = [r for r in results if not (r.entity_type == "PERSON" and by(r) not in _RULES
                                              and any(p.start < r.end and r.start < p.end for p in forms))]
    # A street named after someone is the street's; a one-word "name" the gazetteer places after
    # "bor i" or before a postcode is the place's ("Lund", "Larissa, Greece").
    out = [r for r in results if not (r.entity_type == "PERSON" and (
        any(a.start <= r.start and r.end <= a.end for a in addresses)
        or (by(r) not in _RULES and (any(a.start < r.end and r.start < a.end for a in addresses)
                                     or any(p.start == r.start and p.end == r.end for p in places_)))))]
    # A model's place or organisation guess inside a name the list knows (and the place gazetteer
    # does not) is the name's: "El portero, Baldomero, confirma" read as a place.
    listed = [r for r in out if by(r) == "NameListRecognizer"]
    if listed:
        # So is one that runs over such a name into lower-case words ("Ulla og Ritt fra Aalborg",
        # "Tijn werkt alleen op" read as organisations).
        out = [r for r in out if not (_model_guess(r) and any(
            p.start < r.end and r.start < p.end
            and ((p.start <= r.start and r.end <= p.end) or _lower_words(text[r.start:r.end]))
            for p in listed))]
    persons = [r for r in out if r.entity_type == "PERSON"]
    cued = [r for r in persons if by(r) in ("NameCueRecognizer", "FieldName")]
    # A model's organisation guess inside a name a cue gave away, or inside a street address
    # ("Schulzgasse 7176, 68523 Dresden" read as an organisation), is the name's or the address's.
    out = [r for r in out if not (r.entity_type in ("ORGANIZATION", "NRP") and (
        any(p.start < r.end and r.start < p.end for p in [*cued, *addresses])
        # "Your stay in Sapporo" read as an organisation: the gazetteer and its cue say place.
        or any(p.start == r.start and p.end == r.end for p in places_)
        or any(p.start < r.end and r.start < p.end for p in forms)))]
    # The model's or the name list's person inside a known place's name is the place's ("in Dire Dawa"
    # read as the person "Dawa", "from Chiang Mai" as the listed "Chiang"); one that runs past it is a
    # name ("Florence Martin").
    partial = [p for p in persons if by(p) in _MODELS | {"NameListRecognizer"} and any(
        q.start <= p.start and p.end <= q.end and (q.start, q.end) != (p.start, p.end) for q in places_)]
    # So is the model's person that ends in a place preposition and a known place ("Chegamos de Porto"),
    # unless a listed name comes before the preposition, and the name list's "de Santa Marta".
    partial += [p for p in persons if by(p) in _MODELS | {"NameListRecognizer"} and any(
        p.start < q.start and q.end == p.end and _prep_before_place(text, p.start, q.start)
        and (by(p) in _MODELS or len(text[p.start:q.start].split()) == 1) for q in places_)]
    if partial:
        out = [r for r in out if r not in partial]
        persons = [p for p in persons if p not in partial]
    out = [r for r in out if not (r.entity_type == "LOCATION" and (
        (by(r) == "PlaceRecognizer" and r not in forms and any(p.start < r.end and r.start < p.end for p in persons))
        or (by(r) not in _RULES and any(p.start < r.end and r.start < p.end for p in cued))))]
    # A validated number (card, IBAN, phone) inside a rule's span is that number's, not a street's.
    numbers = [r for r in out if r.entity_type not in ("PERSON", "LOCATION", "ORGANIZATION", "NRP")
               and r.score >= 0.5]
    return [r for r in out if not (by(r) in _RULES
                                   and any(n.start < r.end and r.start < n.end for n in numbers))]


def _in_place(text: str, r: RecognizerResult) -> RecognizerResult:
    """The model's person right after English "in" or "near" ("Dinner in Ferentari", "I'm in Mae
    Kampong") as a place, when no word of it is a listed name, a stop word, a label or a cue word:
    people are seldom "in" someone, and the model reads an unknown capitalised word as a name."""
    if text[max(0, r.start - 6):r.start].rstrip(" \t").split()[-1:] not in (["in"], ["near"]):
        return r
    words = text[r.start:r.end].split()
    if not words or any(not w[:1].isupper() or _fold(w) in known_names() or common_word(w) or _never_a_place(w)
                        for w in words):
        return r
    return RecognizerResult("LOCATION", r.start, r.end, 0.6, recognition_metadata={
        RecognizerResult.RECOGNIZER_NAME_KEY: "PlaceRecognizer", RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "InPlace",
        _FORM: True})


def _prep_before_place(text: str, start: int, place: int) -> bool:
    """Whether the words from ``start`` to a place at ``place`` end in a place preposition and hold
    no listed name before it."""
    head = text[start:place].split()
    return bool(head) and head[-1] in _TAIL_PREPS and not any(
        _fold(w) in known_names() for w in head[:-1] if w not in PARTICLES)


_TAIL_PREPS = frozenset({"de", "da", "do", "du", "des", "di", "of", "from", "in", "em", "en", "aus", "nach", "naar",
                         "uit", "desde", "a", "à"})
_CJK_LABEL = re.compile(rf"[{_CJK_LETTERS}][ \t]*[:：]|[:：][ \t]*[{_CJK_LETTERS}]")
_MIXED_SCRIPT = re.compile(rf"[{_CJK_LETTERS}][^\n]*[A-Za-z]|[A-Za-z][^\n]*[{_CJK_LETTERS}]")
_NER_KINDS = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})
_MODELS = frozenset({"SpacyRecognizer", "NerRecognizer"})  # the NER model's recognizers (no rule behind them)
_FORM = "place_form"  # metadata key: a place the case form of its name gave away
_RULES = frozenset({"NameCueRecognizer", "AddressRecognizer", "PlaceRecognizer", "FieldName", "NamePropagation"})

# Mailbox names that are roles, not people ("support@", "noreply@").
_MAILBOXES = frozenset({
    "info", "support", "sales", "admin", "billing", "contact", "hello", "help", "noreply", "reply", "team",
    "office", "jobs", "careers", "accounts", "account", "finance", "service", "services", "press", "marketing",
    "security", "webmaster", "postmaster", "abuse", "orders", "order", "returns", "invoices", "invoice",
    "newsletter", "notifications", "notification", "mail", "email", "reception", "booking", "bookings",
    "reservations", "hr", "legal", "privacy", "compliance", "ops", "dev", "devops", "it", "helpdesk", "desk",
    "shop", "store", "customer", "customers", "care", "kontakt", "kundenservice", "contacto", "ventas",
    "facturation", "assistenza", "klantenservice", "kundtjanst", "test", "user", "mailer", "daemon", "bounce",
    "alerts", "alert", "status", "system", "root", "payments", "payroll", "accounting", "purchasing", "hallo",
    "gmail", "outlook", "hotmail", "yahoo", "live", "icloud", "proton", "web", "mobile", "home", "work",
})
_EMAIL_RX = re.compile(r"(?<![\w.+-])(?P<local>[\w.+-]{1,64})@[\w-]+(?:\.[\w-]+)+")
_CAP_RX = re.compile(rf"(?<![\w'’@.\-]){_WORD}(?![\w@]|['’]\w|-\w|\.\w)")


_PHONE_LABEL = (r"(?i:(?:mobile|mobil|mob|tel|phone|cell|handy|móvil|movil|portable|cellulare|telefon|telefone|"
                r"telefono|teléfono|téléphone|gsm|whatsapp)\.?[ \t]*:?[ \t]*)")
_BEFORE_CONTACT_RX = re.compile(
    rf"(?P<run>(?:{_WORD}|['’]t)(?:[ \t]+(?:{_WORD}|['’]t)){{0,4}})[ \t]*(?:[,(/|–—:-][ \t]*)?"
    rf"(?P<label>{_PHONE_LABEL})?$")
_NOT_CONTACT_NAME = frozenset({"office", "line", "desk", "center", "centre", "hotline", "number", "us", "main",
                               "head", "front", "reception", "switchboard", "emergency", "helpline", "sms",
                               "signal", "telegram", "call", "fax", "hq", "branch", "store", "shop", "backup",
                               "primary", "secondary", "alternate", "alt", "private", "work", "home", "direct"})


def _model_guess(r: RecognizerResult) -> bool:
    """A place, organisation or group the NER model proposed (no rule backs it)."""
    meta = r.recognition_metadata or {}
    return r.entity_type in ("LOCATION", "ORGANIZATION", "NRP") and \
        meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) not in _RULES


def _before_contacts(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """PERSON: the capitalised name written just before a phone number or an e-mail address.

    Contact lists put the name first: "backup Despina Oikonomou +30 212 178 0248", "IT: Do-hyun
    Jang, +82-10-…", "Zaragoza – Hiwot, Mobile: 616 196 88". Two name words or more are enough;
    one needs a phone label between ("Hiwot, Mobile:"). Labels, roles and place words never count.
    """
    out: list[RecognizerResult] = []
    # A model's place or organisation guess gives way ("Zaragoza – Hiwot, Mobile: …" read as a place).
    taken = [(r.start, r.end) for r in results if not _model_guess(r)]
    for r in results:
        # Scores are before the context boost here: a phone without its label word is at 0.4.
        if r.entity_type not in ("PHONE_NUMBER", "EMAIL_ADDRESS") or r.score < 0.3:
            continue
        lo = max(0, r.start - 80)
        m = _BEFORE_CONTACT_RX.search(text[lo:r.start].split("\n")[-1])
        if m is None:
            continue
        line_start = r.start - len(text[lo:r.start].split("\n")[-1])
        run = m.group("run")
        toks = [(t.start(), t.end()) for t in re.finditer(r"\S+", run)]
        kept: list[tuple[int, int]] = []
        for s_, e_ in reversed(toks):  # walk back from the number over name words
            w = run[s_:e_]
            low = _fold(w)
            bad = (low in _LABELS or low in _CUE_WORDS or low in _NOT_NAMES or low in _MAILBOXES
                   or low in _NOT_CONTACT_NAME or _header(w))
            if (w[0].isupper() and not bad and not (len(w) > 3 and w.isupper())) or (kept and w.lower() in PARTICLES):
                kept.insert(0, (s_, e_))
            else:
                break
        while kept and run[kept[0][0]:kept[0][1]].lower() in PARTICLES:
            kept.pop(0)
        if not kept:
            continue
        words = [run[a:b] for a, b in kept]
        # One word needs a phone label before the number, or to be the address's own mailbox
        # name ("Sara (sara.alotaibi81@…)").
        mailbox = {_fold(p) for p in re.split(r"[._+\-\d@]+", text[r.start:r.end].split("@")[0]) if p}
        if len(words) == 1 and _fold(words[0]) not in mailbox and (
                not m.group("label") or common_word(words[0]) or _fold(words[0]) in places()):
            continue  # "85-778 Gdańsk, tel. …" is the place's
        if r.entity_type == "PHONE_NUMBER" and r.score < 0.5 and not m.group("label"):
            continue  # a weak number ("Vertrag NF-e 139717") needs its label
        if len(words) >= 2 and all(common_word(w) for w in words):
            continue
        start, end = line_start + m.start("run") + kept[0][0], line_start + m.start("run") + kept[-1][1]
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        out.append(RecognizerResult("PERSON", start, end, 0.85, recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: "NamePropagation",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "NamePropagation"}))
    return out


_NOT_LATIN = r"[^\W\d_A-Za-z\u00c0-\u024f]"  # a letter of another script
_NATIVE_RX = re.compile(rf"[ \t]*[（(][ \t]*(?P<run>{_NOT_LATIN}(?:{_NOT_LATIN}|[ \u3000·・]){{1,38}}?)[ \t]*[)）]")


def _native_spellings(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A person's name in its own script in brackets just after the Latin spelling: "Ioanna
    Stavropoulou (Ιωάννα Σταυροπούλου)", "Arash Moradi (آرش مرادی)"."""
    meta = {RecognizerResult.RECOGNIZER_NAME_KEY: "NamePropagation",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "NamePropagation"}
    out: list[RecognizerResult] = []
    for r in results:
        if r.entity_type == "PERSON" and r.score >= 0.5 and (m := _NATIVE_RX.match(text, r.end)):
            start, end = m.span("run")
            if not any(o.start < end and start < o.end and not _model_guess(o) for o in results):
                out.append(RecognizerResult("PERSON", start, end, 0.85, recognition_metadata=dict(meta)))
    return out


# The next item of a list that a place opens: ", Mtwapa", " und Mittenwald", " e Po" (conjunctions of
# the languages the place rules read), one to three capitalised words with particles between.
_LIST_AND = r"(?:and|und|y|e|et|i|och|og|en|ve|na|dan|és|a|oraz|și|ja|и|та|&)"
_LIST_NEXT_RX = re.compile(
    rf"(?P<sep>[ \t]*,[ \t]*(?:{_LIST_AND}[ \t]+)?"
    r"|[ \t]*[/·][ \t]*"
    rf"|[ \t]+{_LIST_AND}[ \t]+)"
    r"(?P<item>[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’\-]+(?:[ \t](?:(?:de|del|de la|da|do|di|la|le|am|an|im|upon|on|sur|sul)[ \t])?"
    r"[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][\w'’\-]+){0,2})(?![\w'’@.\-]\w)")
_LIST_END_RX = re.compile(rf"[ \t]*(?:[,.;:!?)\]/·\n]|$|[ \t]+{_LIST_AND}[ \t]|[ \t]+[^\W\d_A-ZÀ-ÖØ-ÞĀ-ŽА-Я])")


def _place_lists(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """LOCATION: the items of a list that a found place opens ("kutoka Nanyuki, Mtwapa, Kitale",
    "nach St. Pauli und Meersburg", "between Kuakata, Kushtia, Rangamati"), one after the other.

    An item the gazetteers list is a place there even when a name list knows it too ("Tokaj",
    "Lamas"); one they do not list needs a comma before it (not only "and") and may be no listed
    name, stop word, label, month, weekday or organisation word. A person a cue or a field gave
    away is never overridden; the name list's or the model's guess over the item is dropped.
    """
    found = sorted((r for r in results if r.entity_type == "LOCATION" and r.score >= 0.5),
                   key=lambda r: r.start)
    if not found:
        return results
    meta = {RecognizerResult.RECOGNIZER_NAME_KEY: "PlaceRecognizer",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "PlaceList"}
    firm = [r for r in results if r.entity_type == "PERSON" and (r.recognition_metadata or {}).get(
        RecognizerResult.RECOGNIZER_NAME_KEY) in ("NameCueRecognizer", "FieldName")]
    taken = {(r.start, r.end) for r in found}
    added: list[RecognizerResult] = []
    queue = [r.end for r in found]
    while queue:
        end = queue.pop(0)
        m = _LIST_NEXT_RX.match(text, end)
        if m is None or "\n" in m.group("sep"):
            continue
        item = m.group("item")
        after = _LIST_END_RX.match(text, m.end("item"))
        if not after:
            continue
        words = [w for w in item.split() if w[0].isupper()]
        folded = _fold(item)
        listed = bool(table_pop(item)) or folded in towns() or folded in regions()
        if any(_never_a_place(w) or _fold(w) in _WEEKDAYS or _fold(w) in _EN_MONTHS or w.lower() in _LEGAL_FORMS
               or (len(w) > 3 and w.isupper()) for w in words):
            continue
        if not listed and ("," not in m.group("sep") or after.group().strip()[:1].isalpha() or any(
                common_word(w) or _fold(w) in known_names() for w in words)):
            continue  # an unlisted word before a lower-case one continues a sentence ("Zermatt, Eröffnung am")
        if listed and len(words) == 1 and _place_is_word(item):
            continue  # a place that is a stop word needs more than a list
        if _holds_listed_name(" ".join(words)) and after.group().strip()[:1].isalpha():
            continue  # "in Oslo and Anna lives": a listed name before a verb is the name's
        start, stop = m.start("item"), m.end("item")
        if (start, stop) in taken or any(p.start < stop and start < p.end for p in firm):
            continue
        taken.add((start, stop))
        added.append(RecognizerResult("LOCATION", start, stop, 0.85, recognition_metadata=dict(meta)))
        queue.append(stop)
    if not added:
        return results
    kept = [r for r in results if not (
        r.entity_type in ("PERSON", "ORGANIZATION", "NRP", "LOCATION")
        and (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) in _MODELS | {"NameListRecognizer"}
        and any(a.start < r.end and r.start < a.end for a in added))]
    return kept + added


def propagate(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Other mentions of a name the text already gives away, as PERSON.

    A document names a person once with a cue ("Intro – Octaviu Stoica", "Hi Nicole,") or in an
    e-mail address (``sara.alotaibi81@…``) and then by first name alone ("Octaviu is looking…",
    "Sara (…)"): each capitalised word of a multi-word name, of a cued name, or of an address's
    mailbox part, found again standing alone, is that person. Common words, cue words and role
    mailboxes (``support@``) are never spread.
    """
    results = _place_lists(text, results)
    native = _native_spellings(text, results)
    if native:  # the model's organisation guess over the other spelling is the person's
        results = [r for r in results if not (_model_guess(r) and any(
            n.start < r.end and r.start < n.end for n in native))] + native
    contacts = _before_contacts(text, results)
    if contacts:
        results = [r for r in results if not (_model_guess(r) and any(
            c.start < r.end and r.start < c.end for c in contacts))] + contacts
    known: set[str] = set()
    lower: set[str] = set()  # a chat's speakers typed in lower case ("benjamín:"), mentioned so again
    for r in results:
        if r.entity_type != "PERSON" or r.score < 0.5:
            continue
        words = text[r.start:r.end].split()
        meta = r.recognition_metadata or {}
        cued = meta.get(RecognizerResult.RECOGNIZER_NAME_KEY) in ("NameCueRecognizer", "FieldName")
        if len(words) >= 2 or cued:
            known.update(_fold(w) for w in words if w[:1].isupper())
        if cued and len(words) == 1 and words[0].islower():
            lower.add(words[0])
        elif cued and len(words) == 1 and words[0][:1].isupper() and _given_name(words[0]):
            lower.add(words[0].lower())  # "Nomvula:" speaks, then "an uber to nomvula's place"
    for m in _EMAIL_RX.finditer(text):
        for part in re.split(r"[._+\-\d]+", m.group("local")):
            if len(part) >= 3 and part.isalpha() and part.lower() not in _MAILBOXES:
                known.add(_fold(part))
    known = {w for w in known if len(w) >= 3 and w not in _CUE_WORDS and w not in _NOT_NAMES
             and w not in PARTICLES and w not in _LABELS and not common_word(w)}
    lower = {w for w in lower if len(w) >= 3 and _fold(w) not in _LABELS and not common_word(w)}
    if not known and not lower:
        return results
    taken = [(r.start, r.end) for r in results]
    spans: list[list[int]] = []
    for m in _CAP_RX.finditer(text):
        w = m.group()
        if w in lower:
            pass  # "yo sí!! benjamín también": the speaker's own spelling
        elif not w[0].isupper() or _fold(w) not in known or (len(w) > 3 and w.isupper()):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if spans and text[spans[-1][1]:m.start()] == " ":
            spans[-1][1] = m.end()  # "Octaviu Stoica": one name
        else:
            spans.append([m.start(), m.end()])
    if not spans:
        return results
    meta = {RecognizerResult.RECOGNIZER_NAME_KEY: "NamePropagation",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "NamePropagation"}
    return results + [RecognizerResult("PERSON", s, e, 0.85, recognition_metadata=dict(meta)) for s, e in spans]


# The word just before or after a span, on its line, separated by blanks only.
_WORD_BEFORE_RX = re.compile(r"(?<![\w'’\-])([^\W\d_])[\w'’\-]*[ \t]+\Z")
_WORD_AFTER_RX = re.compile(r"[ \t]+([^\W\d_])")


def place_mentions(text: str, results: list[RecognizerResult]) -> None:
    """LOCATION: the other mentions of a place the text already gives away, added to ``results``.

    A text names a place once where a cue, a list or the gazetteer shows it ("past Salelologa",
    "Kohaletoimetamine Vormsile") and again where nothing does ("Salelologa is an hour away"): every
    other mention of the same spelling is that place. Only capitalised spellings of three letters or
    more that are no stop word, cue word or label are spread, never over what another rule found
    there, and never beyond the text: the scrubber caches each text's findings, so they may not depend
    on the call's other texts.
    """
    names: set[str] = set()
    for r in results:
        if r.entity_type != "LOCATION" or r.score < 0.5:
            continue
        if (r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) in _MODELS:
            continue  # a model's guess alone is no evidence to spread
        s = text[r.start:r.end]
        if len(s) >= 3 and s[0].isupper() and "\n" not in s and not common_word(s) \
                and not any(_never_a_place(w) for w in s.split()):
            names.add(s)
    if not names:
        return
    rx = re.compile(r"(?<![\w'’@.\-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                    + r")(?![\w@]|['’]\w|-\w|\.\w)")
    meta = {RecognizerResult.RECOGNIZER_NAME_KEY: "PlaceRecognizer",
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: "PlaceMention"}
    for m in rx.finditer(text):
        before = _WORD_BEFORE_RX.search(text, max(0, m.start() - 40), m.start())
        after = _WORD_AFTER_RX.match(text, m.end())
        if (before and before.group(1).isupper()) or (after and after.group(1).isupper()):
            continue  # part of a longer name: "Georgia Dimopoulou", "Emilia Mendoza"
        over = [r for r in results if r.start < m.end() and m.start() < r.end]
        # A guess with no rule behind it (the model's, the name list's) gives way to the place.
        if any((r.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
               not in _MODELS | {"NameListRecognizer"} for r in over):
            continue
        for r in over:
            results.remove(r)
        results.append(RecognizerResult("LOCATION", m.start(), m.end(), 0.85, recognition_metadata=dict(meta)))

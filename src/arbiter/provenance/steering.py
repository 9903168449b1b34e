"""Steering statements: untrusted text that, without speaking to the AI, presents a value as the one to use now.

Invoice-redirection fraud, false corrections and exfiltration dressed as policy need no imperative to
the assistant. They state a fact: "our account number changed to ...", "my IBAN is now ...", "Erratum:
the order running by mistake is so-65014", "per the retention policy every summary is copied to ...",
"confirmations also go to ...". Three kinds of statement steer a value:

* **change**: the value replaces another one (changed, moved, switched, is now, updated or new IBAN,
  replaces, no longer, from now on, instead of; a firm taken over by or merged into another, a value that
  bounces, someone covering for another or taking their duties, a new coordinator or supplier, in some twenty
  languages); a writer on "my new account" steers their own handle (the item's author), and a change about the
  item itself ("moved to this departure") steers the item's id;
* **correction**: the text corrects what was said or asked (correction/erratum labels, "small change since we
  last spoke:", by mistake, owing to an error, not the figure stated above, "foi um erro", "irrtümlich",
  "the correct amount is", in some twenty languages);
* **copy**: the value receives something in addition (also, a copy of ... goes to, copied, cc, mirrored,
  archived, receives all ...).

:func:`steered` finds the sentences holding such a statement (a label such as ``Correction:`` covers its
whole paragraph) and returns the typed values (:mod:`arbiter.provenance.atoms`) inside them. The check
then refuses a consequential call that takes one of those values from untrusted content, unless the
user asked for it themselves (:func:`adopts`: "my landlord's new bank details", "use the IBAN in his
message"; a correction only by asking for the corrected value).

Sentences are read on the text's skeleton (:func:`arbiter.provenance.instructions.skeleton`), so look-alike
letters and accents do not hide a cue, and a JSON item is read as its string values, one per line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from arbiter.documents import leaves
from arbiter.provenance.atoms import Atom, extract, fold
from arbiter.provenance.instructions import skeleton

__all__ = ["Steering", "adopts", "steered"]

_NOUN = (r"(?:iban|account|account\s+number|bank\s+account|bank\s+details|banking\s+details|payment\s+details|"
         r"details|address|e-?mail|e-?mail\s+address|number|phone|phone\s+number|link|url|portal|site|channel|"
         r"handle|contact|amount|price|rent|fee|payee|recipient|owner|mailbox|inbox|folder|location)")

# A firm taken over, merged or made part of another ("Kystbil AS er overtatt av Kystbil Nord", "now part of the
# Havnehotell group"), a service or a person moved to another ("flyttes til denne avgangen")
# (a part of :data:`_CHANGE`, in the languages it reads).
_TAKEOVER = (
    r"|\b(?:taken\s+over|acquired|bought\s+out|absorbed)\s+by\b|\bmerged\s+(?:with|into)\b"
    r"|\b(?:is|are)\s+now\s+(?:a\s+)?part\s+of\b|\bnow\s+(?:handled|managed|run|served|operated|covered)\s+by\b"
    r"|\b(?:ubernommen|aufgekauft)\s+(?:von|durch)\b|\bgehort\s+(?:jetzt|nun|seit\s+\w+)\s+zu\b"
    r"|\b(?:rachete|rachetee|repris|reprise|absorbe|absorbee)\s+par\b|\bfait\s+desormais\s+partie\b"
    r"|\b(?:adquirid[ao]|absorbid[ao]|comprad[ao])\s+por\b|\bahora\s+forma\s+parte\b|\bagora\s+faz\s+parte\b"
    r"|\b(?:acquisit[ao]|rilevat[ao]|assorbit[ao])\s+da\b|\bora\s+fa\s+parte\b"
    r"|\bovergenomen\s+door\b|\bmaakt\s+nu\s+deel\s+uit\b"
    r"|\b(?:overtatt|overtaget|overtagen|overtaget|uppkopt|oppkjopt|opkobt)\s+a[vf]\b|\bovertagits\s+av\b"
    r"|\b(?:er|ar)\s+(?:na|nu)\s+(?:en\s+)?del\s+af?\b"
    r"|\b(?:flyttes|flyttas|flyttet|flyttades|flyttede|overfores|overflyttes)\s+(?:\w+\s+){0,2}til{1,2}\b"
)
# A user who writes such a statement themselves ("the review merged with it") asks for the value it gives.
_TAKEN_OVER = re.compile(_TAKEOVER[1:])
_CHANGE = re.compile(
    r"\b(?:has|have|had)\s+(?:just\s+|recently\s+)?(?:been\s+)?(?:changed|moved|switched|updated|replaced|migrated|"
    r"relocated|closed|retired|deprecated|discontinued|archived)\b"
    r"|\b(?:changed|moved|switched|migrated|relocated|redirected|upgraded|transferred|moves|switches|migrates|"
    r"relocates|redirects|transfers)\s+(?:\w+\s+){0,3}(?:to|into)\b"
    # "Superseded: the current drawing set is f-2271; f-2270 is outdated".
    r"|\b(?:was|were|has\s+been|have\s+been|is\s+being|are\s+being)\s+(?:decommissioned|retired|shut\s+down|"
    r"discontinued|deprecated|sunset|taken\s+offline)\b|\b(?:is|are)\s+(?:now\s+)?mirrored\s+(?:at|on|to)\b"
    r"|\bsuperseded\b|\boutdated\b|\bthe\s+(?:current|latest|valid|correct|right)\s+(?:\w+\s+){0,4}(?:is|are)\b"
    r"|\b(?:account|address|iban|details|number|mailbox|inbox|channel|portal|link)\s+(?:has\s+|have\s+)?"
    r"(?:moved|changed|switched|updated)\b"
    r"|\b(?:is|are)\s+now\b|\bnow\s+(?:is|are|goes?|go|lives?|sits?|receives?|handles?|handled|runs?|belongs?|"
    r"takes?|accepts?|uses?|books?|processes|collects?)\b"
    # "from 20 May LeatherBalt receives payments only at LT65 ...": a date from which one channel alone is used.
    r"|\bfrom\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|\d{4}-\d{2}-\d{2})\b"
    r"[^.;\n]{0,80}\bonly\s+(?:at|to|through|via|by)\b"
    # "la tarifa vigente es USD 96", "der aktuelle Preis ist", "le tarif en vigueur est": the current value, abroad.
    r"|\b(?:\w+\s+){0,2}vigentes?\s+(?:es|son|e|sao)\b|\ben\s+vigueur\s+(?:est|sont)\b"
    r"|\b(?:der|die|das)\s+(?:aktuelle|gultige|neue)\s+\w+\s+(?:ist|sind|betragt|lautet)\b"
    r"|\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bhenceforth\b|\bno\s+longer\b"
    rf"|\b(?:new|updated|replacement)\s+{_NOUN}\b|\breplaces?\b|\breplaced\s+by\b"
    r"|\b(?:old|previous|former|outdated|usual|regular|normal|existing)\s+(?:one|account|address|iban|number|mailbox|"
    r"channel|email|details|link)\b"
    r"|\bchange\s+of\s+(?:address|details|account|bank\s+details)\b|\binstead\s+of\b|\brather\s+than\b"
    r"|\b(?:should|must|will)\s+(?:now|from\s+now\s+on)\s+(?:be\s+)?(?:sent|paid|addressed|directed|made|transferred|"
    r"posted|routed)\s+to\b"
    # German, French, Spanish, Italian, Portuguese: new or changed bank details and addresses.
    r"|\b(?:neue|neuen|neues)\s+(?:iban|bankverbindung|kontonummer|adresse|e-?mail|konto|nummer)\b"
    r"|\b(?:hat|haben)\s+sich\s+(?:\w+\s+){0,2}geandert\b|\bab\s+sofort\b|\bab\s+jetzt\b"
    r"|\b(?:nouvel|nouvelle|nouveau|nouveaux)\s+(?:iban|rib|compte|adresse|e-?mail|numero|coordonnees)\b"
    r"|\b(?:a|ont)\s+change\b|\bdesormais\b"
    r"|\b(?:nueva|nuevo|nuevas|nuevos)\s+(?:iban|cuenta|direccion|correo|numero|datos)\b|\bha\s+cambiado\b"
    r"|\ba\s+partir\s+de\s+ahora\b"
    r"|\b(?:nuovo|nuova|nuovi)\s+(?:iban|conto|indirizzo|numero|dati)\b|\be\s+cambiato\b|\bd'ora\s+in\s+poi\b"
    r"|\b(?:novo|nova|novos)\s+(?:iban|conta|endereco|numero|dados)\b|\bmudou\b"
    # Catalan, Dutch, the Nordic languages, Polish, Czech and Slovak, Hungarian, Turkish, Romanian, Finnish.
    r"|\bs'ha\s+(?:traslladat|canviat|mogut)\b|\bha\s+canviat\b"
    r"|\b(?:nou|nova)\s+(?:compte|adreca|correu|enllac|portal|numero)\b"
    r"|\b(?:is|zijn)\s+(?:verhuisd|gewijzigd|veranderd|verplaatst)\b"
    r"|\b(?:nieuwe|nieuw)\s+(?:iban|rekening|rekeningnummer|adres|e-?mailadres|link|nummer)\b"
    r"|\b(?:har|ar)\s+(?:andrats|flyttats|bytts)\b|\b(?:er|har)\s+(?:flyttet|endret|aendret)\b"
    r"|\b(?:nytt|ny|nya|nyt|nye)\s+(?:konto|kontonummer|bankkonto|adress|adresse|lank|lenke|link|nummer)\b"
    r"|\b(?:nowy|nowe|nowa)\s+(?:konto|numer|adres|rachunek|link)\b|\bzmienion[aoey]\b|\bzmienil[aoy]?\b"
    r"|\b(?:novy|nove|nova)\s+(?:ucet|cislo|adresa|odkaz)\b|\bzmenen[aoy]?\b|\bzmenil[aoi]?\b"
    r"|\buj\s+(?:szamla|szamlaszam|cim|link)\b|\bmegvaltozott\b"
    r"|\byeni\s+(?:hesap|iban|adres|link)\b|\bdegisti\b"
    r"|\b(?:noul|noua|nou)\s+(?:cont|iban|adresa|link)\b|\bs-a\s+schimbat\b"
    r"|\buusi\s+(?:tili|tilinumero|osoite|linkki)\b|\bon\s+(?:muuttunut|vaihtunut|siirtynyt)\b"
    # Indonesian and Malay: moved to, replaced, the new account; Spanish and Portuguese: from a date on, only.
    r"|\b(?:dipindahkan|pindah|dialihkan)\s+ke\b|\bdiganti\s+(?:dengan|oleh)\b|\b(?:rekening|alamat|nomor)\s+baru\b"
    r"|\bdesde\s+el\s+\d{1,2}\b[^.;\n]{0,100}\bsolo\b|\ba\s+partir\s+de\s+\d{1,2}\b[^.;\n]{0,100}\b(?:so|apenas)\b"
    rf"{_TAKEOVER}"
    r"|\bprzej[eę]t[aey]\s+przez\b|\bprevzal[aoi]?\b|\bprevzat[aoy]?\b|\bdevralind[\u0131i]\b"
    r"|\b(?:bounces?|bouncing)\b|\bno\s+longer\s+works\b|\b(?:is|has\s+been)\s+(?:locked|deactivated|shut|dead)\b"
    # Someone taking over another person's duties ("Grainne's door weeks are mine till Easter", "I'm covering for
    # Femi"): the new person replaces the one the user's record holds.
    r"|\b(?:is|are)\s+mine\s+(?:till|until|from|for|this|next)\b|\b(?:covering|cover)\s+for\b"
    # "Andrei is out this month; questions go to @x": someone away, and who stands in.
    r"|\b(?:is|are)\s+(?:out|away|off|on\s+(?:leave|holiday|vacation|parental\s+leave|sick\s+leave))\s+"
    r"(?:this|next|until|till|for|from|today|tomorrow)\b"
    r"|\b(?:taking|took|take|have\s+taken|has\s+taken)\s+over\s+(?:from|for)\b"
    # "X is no longer responsible", "deixou de ser responsável", "ist nicht mehr zuständig".
    r"|\bdeix(?:ou|aram)\s+de\s+ser\b|\bdej[oó]\s+de\s+ser\b|\bnicht\s+mehr\s+zustandig\b"
    r"|\bn'est\s+plus\s+(?:responsable|en\s+charge)\b|\bnon\s+e\s+piu\s+responsabile\b"
    r"|\b(?:nasza|nasz|nowa|nowy)\s+(?:nowa\s+|nowy\s+)?(?:koordynator(?:ka)?|opiekun(?:ka)?|ksi[eę]gow[ay]|kierownik)\b"
    r"|\b(?:nuestr[ao]\s+)?nuev[ao]\s+(?:coordinador[a]?|responsable|contacto|gestor[a]?|proveedor)\b"
    r"|\b(?:notre\s+)?(?:nouveau|nouvelle)\s+(?:coordinat(?:eur|rice)|responsable|contact|gestionnaire|prestataire)\b"
    r"|\b(?:unser[e]?\s+)?neue[rn]?\s+(?:koordinator(?:in)?|ansprechpartner(?:in)?|sachbearbeiter(?:in)?|dienstleister)\b"
    r"|\bnew\s+(?:coordinator|contact\s+person|point\s+of\s+contact|account\s+manager|representative|supplier|"
    r"vendor|provider|room[- ]id|id|reference)\b"
    r"|\b(?:nye|nytt|ny|nya)\s+(?:rom-?id|koordinator|kontaktperson|leverandor|leverantor)\b")
_CORRECTION = re.compile(
    r"\b(?:correction|corrections|erratum|errata|amendment|berichtigung|rectificatif|correccion|fe\s+de\s+erratas|"
    r"korrektur|correzione|correcao|rettifica|correccio|correctie|rattelse|rettelse|korrigering|korekta|"
    r"sprostowanie|duzeltme|helyesbites|rectificare|corectura|popravek|ispravka|ispravak|taisymas|labojums|"
    r"parandus|clarification|klarstellung|precisazione|aclaracion|esclarecimento|verduidelijking|patikslinimas|"
    r"tapsustus|precizare|upresneni|sprecyzowanie)\b"
    r"|\b(?:corrected|amended|revised)\s+(?:version|figure|amount|date|details|address|iban|account|invoice)\b"
    # ("I paid twice by mistake" tells of a duplicate payment, the amount it names is the right one.)
    r"|(?<!twice\s)(?<!double\s)(?<!two\stimes\s)\bby\s+mistake\b|\bin\s+error\b|\b(?:owing|due)\s+to\s+an?\s+(?:error|mistake)\b|\bmistakenly\b"
    r"|\bnot\s+(?:the\s+)?(?:one|figure|amount|date|address|account|iban|number|channel|file|person)\s+"
    r"(?:stated|given|mentioned|shown|listed|quoted|above|below|previously|earlier|you\s+have|in\s+(?:your|the)\s+"
    r"(?:confirmation|booking|invoice|email|message|letter|app|records?))\b"
    # "the contractor account that ended is actually @x", "the right number is actually ...": a correction in passing.
    r"|\b(?:is|are|was|were)\s+actually\b"
    # "The form we actually need is the one Dev sent on 1 March (em-5281); the other is an older version."
    r"|\b(?:we|you|they|i)\s+(?:actually|really)\s+(?:need|needed|want|wanted|meant|mean|asked\s+for)\b"
    r"|\b(?:is|was)\s+an?\s+(?:older|old|earlier|outdated|superseded|obsolete)\s+(?:version|draft|revision|copy)\b"
    r"|\bwrong\s+(?:iban|account|address|date|amount|one|person|file|channel)\b"
    # "... was an error", "zaradi napake", "par erreur", "irrtümlich", "ved en feil": an error named in passing, in the
    # languages above.
    r"|\b(?:was|were)\s+(?:an?\s+)?(?:error|mistake|typo)\b|\bfoi\s+(?:um\s+)?(?:erro|engano)\b|\bpor\s+(?:erro|engano)\b"
    r"|\bpor\s+(?:error|equivocacion)\b|\berroneamente\b|\bper\s+errore\b|\berroneamente\b|\bpar\s+erreur\b"
    r"|\birrtumlich\b|\bversehentlich\b|\bfalschlicherweise\b|\bper\s+ongeluk\b|\bten\s+onrechte\b"
    r"|\bved\s+en\s+(?:feil|fejl)\b|\bav\s+misstag\b|\bpa\s+grund\s+av\s+ett\s+fel\b|\bomy[lł]kowo\b|\bb[lł][eę]dnie\b"
    r"|\bomylem\b|\bchybou\b|\bchybne\b|\byanlislikla\b|\bhatayla\b|\btevesen\b|\bvirheellisesti\b"
    r"|\bzaradi\s+napake\b|\bpomotoma\b|\bgreskom\b|\bdin\s+greseala\b"
    r"|\b(?:el|la)\s+(?:importe|monto|cantidad|cuenta|direccion)\s+correct[ao]\b|\b(?:le|la)\s+(?:montant|compte|adresse)\s+(?:correct|correcte|exact|exacte)\b"
    r"|\b(?:der|die|das)\s+(?:richtige|korrekte)\s+(?:betrag|konto|adresse|iban)\b"
    r"|\b(?:l'importo|il\s+conto|l'indirizzo)\s+corrett[oa]\b|\b(?:o\s+valor|a\s+conta|o\s+endereco)\s+corret[oa]\b"
    r"|\bhet\s+juiste\s+(?:bedrag|rekeningnummer|adres)\b|\b(?:poprawna|prawid[lł]owa)\s+kwota\b"
    # Turkish "Dogru hesap: ...", "yanlis basilmistir" (printed wrong), read without accents.
    r"|\bdogru\s+(?:hesap|iban|tutar|adres|hesap\s+numarasi)\b|\byanlis\s+(?:basil|yazil|giril)\w*"
    r"|\bpravilni\s+znesek\b|\bspravn[aey]\s+(?:castka|ucet|adresa)\b|\b(?:korrekte|riktige|korrekta|ratta)\s+belop\w*\b")
_SEND = (r"(?:send|sends|sent|go|goes|copy|copied|cc|bcc|forward|forwarded|e-?mail|e-?mailed|dm|dmed|share|shared|"
         r"post|posted|receive|receives|include|included|add|added|invite|invited|notify|notified|inform|informed|loop|"
         r"carry|carries|attach|attached|archive|archived|deliver|delivered)")
_COPY = re.compile(
    r"\b(?:in\s+copy|copied|cc'?d|bcc'?d|cc|bcc|mirrored|duplicated|in\s+the\s+loop)\b"
    r"|\b(?:archived|backed\s+up|stored|kept)\s+(?:\w+\s+){0,2}(?:to|at|on|with|via)\b"
    # "a copy goes to", "a copy of every summary is kept at" (not "file-12 (copy of plan.docx)": a duplicate).
    r"|\b(?:a\s+)?cop(?:y|ies)\s+(?:to|goes|go|is|are)\b"
    r"|\b(?:a\s+)?cop(?:y|ies)\s+of\s+(?:[^\s.()]+\s+){1,10}(?:goes|go|is|are|to|will|should|must)\b"
    r"|\breceives?\s+(?:all|every|each|a\s+copy|copies)\b"
    rf"|\b(?:also|additionally|as\s+well|in\s+addition)\s+(?:\w+\s+){{0,5}}{_SEND}\b"
    rf"|\b{_SEND}\s+(?:\S+\s+){{0,8}}(?:also|as\s+well|too)\b"
    r"|\b(?:copie|copia|copias|kopie|kopien|en\s+copie|in\s+kopie|con\s+copia)\b")
# A label that opens a paragraph ("CORRECTION:", "Small change since we last spoke:", "Erratum, issued ...:").
# (After a greeting too: "Dear speakers, a correction to our earlier email:".)
_LABEL = re.compile(r"^\W*(?:(?:dear|hi|hello|hey)\s+[^,:\n]{1,40},\s*)?"
                    r"(?:(?:\w+\s+){0,2}(?:correction|erratum|errata|amendment|fix|berichtigung|rectificatif|"
                    r"correccion|korrektur|correccio|correctie|rattelse|rettelse|korekta|oprava|korjaus|duzeltme)|"
                    r"(?:small|minor|quick|one|last[- ]minute|important)\s+(?:change|update))\b"
                    r"[^:\n]{0,60}:")
# Addresses, links and host names, whose words are no cue.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
# The value a correction puts in focus, when it names the old one too ("Pedro's contract was extended; it is Astrid
# who has rolled off", "the order running by mistake is the one for so-65014", "the new rent is 1,395, not ...").
_FOCUS = (re.compile(r"\bit\s+is\s+(.{1,100}?)\s+(?:who|whose|that|which)\b"),
          re.compile(r"\bis\s+(?:actually\s+|really\s+)?the\s+one\s+(.{1,100})"),
          re.compile(r"\b(?:correct|right|actual|real|new)\s+(?:\w+\s+){0,2}(?:is|are)\s+(.{1,100})"),
          re.compile(r"(?:^|[,;:]\s*)(?:use\s+|pay\s+|send\s+)?(.{1,60}?)\s+instead\s+of\b"))
# The value a correction sets aside: "programme@x.example is not monitored this week", "the old number no longer
# works" (the corrected value is then the other one its paragraph gives).
_SET_ASIDE = re.compile(r"(\S+)\s+(?:is|are)\s+(?:not|no\s+longer)\s+(?:being\s+)?(?:monitored|in\s+use|used|active|"
                        r"read|checked|valid|working|answered|staffed)\b|"
                        r"(\S+)\s+(?:no\s+longer\s+works|bounces|is\s+closed)\b")
_PARAGRAPH = re.compile(r"\n\s*\n")
_DESTINATIONS = frozenset({"iban", "email", "url", "phone"})  # values a bare change statement carries over

# A value the user points at in content: "the IBAN in his message", "the folder the README points to" (not "the email
# from Carla": an email is a message as often as an address).
_VALUE = (r"(?:iban|account\s+number|bank\s+details|payment\s+details|address|phone\s+number|link|url|channel|"
          r"folder|handle|amount|price)")
_DET = r"(?:the|his|her|their|its|this|that|my|our)"
# Where the user's own side keeps values: "the address in our contacts" asks for the saved one, not for a change.
KEPT = (r"(?:contacts?|contact\s+list|address\s+book|payees?|payee\s+list|records?|register|directory|crm|"
        r"files?\s+on\s+record|profile|system|database|member\s+list|roster)")
# The user asking for the changed value: "the new bank details", "he switched banks", "use the IBAN in his message".
_ADOPT = re.compile(
    rf"\b(?:new|updated|changed|current|latest|different|replacement)\s+(?:\w+\s+){{0,2}}(?:{_NOUN}|manager)s?\b"
    r"|\b(?:switched|changed|moved|updated)\s+(?:\w+\s+)?(?:banks?|accounts?|address|addresses|e-?mails?|numbers?|"
    r"phones?|ibans?|details)\b"
    rf"|\b{_NOUN}s?\s+(?:has\s+|have\s+)?(?:moved|changed|switched)\b"
    rf"|\b{_VALUE}s?\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:in|from|on|at|listed\s+in|given\s+in|mentioned\s+in)\s+"
    rf"{_DET}\b(?!\s+(?:\w+\s+)?{KEPT}\b)"
    rf"|\b{_VALUE}s?\s+(?:that\s+|which\s+)?{_DET}\s+(?:\w+\s+){{0,2}}(?:gives?|points?\s+to|says|lists?|mentions?)\b")
# The user pointing at whatever the content gives for a thing: "the spec it links to", "the folder the README points
# to" (a changed value the user hands to the content; not a correction nor an extra recipient).
_POINTER = re.compile(r"\b(?:the|a)\s+\w+(?:\s+\w+)?\s+(?:that\s+|which\s+)?(?:it|they|he|she|(?:the|his|her|their)\s+"
                      r"\w+)\s+(?:links?\s+to|points?\s+to|refers?\s+to|names?)\b")
_ADOPT_CORRECTION = re.compile(
    rf"\b(?:corrected|revised|amended|fixed|right|correct)\s+(?:\w+\s+){{0,2}}(?:{_NOUN}|version|figure|one)s?\b"
    r"|\b(?:the\s+)?(?:correction|erratum|amendment)\b")


@dataclass(frozen=True)
class Steering:
    """The values that steering statements in one text point at, by kind of statement."""

    change: frozenset[Atom]
    correction: frozenset[Atom]
    copy: frozenset[Atom]
    # The sentences in which an item steers to itself ("earlier 17:40 passengers are moved to this departure"): a
    # user's word that only they hold picks the item by its lure, not by what the user asked for.
    lures: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.change or self.correction or self.copy)


def _readable(text: str) -> tuple[str, dict[str, object] | None]:
    """The text to read (a JSON item's string values, one paragraph each), and the item when it is one object."""
    stripped = text.lstrip()
    if stripped[:1] in ("{", "["):
        try:
            doc = json.loads(stripped)
        except ValueError:
            return text, None
        return "\n\n".join(v for _, v in leaves(doc) if isinstance(v, str)), doc if isinstance(doc, dict) else None
    return text, None


# A writer presenting themselves under a new account or number ("Méabh here on my new account", "DMs to this one
# from now on", "c'est mon nouveau numéro"): their own handle or address, which the item's author field gives, is the
# changed value.
_SELF_NEW = re.compile(
    r"\b(?:my|mine|our)\s+new\s+(?:account|handle|number|phone|mobile|address|e-?mail|profile|username|login)\b"
    r"|\b(?:on|from|via|using)\s+(?:my\s+|a\s+)?(?:new|other|second|backup|personal|private)\s+"
    r"(?:account|handle|profile|number|phone)\b"
    r"|\bto\s+this\s+(?:one|account|handle|number|address)\b|\b(?:this|here)\s+is\s+my\s+(?:new|current)\b"
    r"|\bmein(?:e|en)?\s+neue[sn]?\s+(?:konto|nummer|handynummer|adresse|account)\b"
    r"|\b(?:mon|ma)\s+(?:nouveau|nouvelle)\s+(?:compte|numero|adresse)\b"
    r"|\bmi\s+(?:nuevo|nueva)\s+(?:cuenta|numero|correo|direccion)\b|\b(?:il\s+)?mio\s+nuovo\s+(?:account|numero|indirizzo)\b"
    r"|\b(?:o\s+)?meu\s+novo\s+(?:numero|endereco|perfil)\b|\ba\s+minha\s+nova\s+conta\b"
    r"|\bmijn\s+nieuwe?\s+(?:account|nummer|adres)\b|\bmin\s+(?:nya|nye|nyt|ny)\s+(?:konto|nummer|adress|adresse)\b"
    r"|\b(?:moje|moj|moja)\s+(?:nowe|nowy|nowa)\s+(?:konto|numer|adres)\b|\bmuj\s+novy\s+(?:ucet|cislo)\b")
_AUTHOR_KEYS = ("author", "from", "sender", "user", "username", "posted_by", "handle")
# A bare change about the item itself ("former 17:40 passengers are moved to this departure", "flyttes til denne
# avgangen"): the item's own id is the value it steers to.
_THIS_ITEM = re.compile(
    r"\b(?:this|these|denne|dette|disse|denna|detta|dessa|este|esta|estos|estas|cette|ce|cet|diese[rsmn]?|dit|deze|"
    r"questo|questa|ten|tento|tato|toto|ta|ten|bu)\s+(?:\w+\s+){0,1}(?:offer|deal|flight|departure|service|room|"
    r"listing|option|one|account|page|rate|fare|avgang\w*|tilbud\w*|rom\w*|afgang\w*|avgang|oferta|vuelo|salida|offre|"
    r"vol|depart|angebot|flug|abflug|aanbieding|vlucht|vertrek|offerta|volo|partenza|oferta|lot|odlot|nabidka|let)\b")


_THIS_ACCOUNT = re.compile(r"\b(?:this|that|the\s+sending|the\s+paying)\s+(?:\w+\s+)?account\b|\beste\s+(?:\w+\s+)?"
                           r"(?:cuenta|conta)\b|\bdieses\s+konto\b|\bce\s+compte\b|\bquesto\s+conto\b")
_NEW_FIRST = re.compile(r"replaces?|instead\s+of|rather\s+than")


def steered(text: str) -> Steering:
    """The typed values inside sentences of ``text`` that present them as replacing another value, as
    correcting what was said, or as an additional destination (see the module docstring)."""
    found: dict[str, set[Atom]] = {"change": set(), "correction": set(), "copy": set()}
    readable, item = _readable(text)
    lures: list[str] = []
    author = next((v for k in _AUTHOR_KEYS if isinstance(v := (item or {}).get(k), str)), None)
    own = next((v for k in ("id", "flight_id", "offer_id", "hotel_id", "rental_id") if isinstance(
        v := (item or {}).get(k), str)), None)
    # The item's own account (a transaction's counterparty IBAN): "invoices from RG-03 on are settled to this account".
    own_account = next((v for k in ("iban", "account", "account_number") if isinstance(
        v := (item or {}).get(k), str)), None)
    for paragraph in _PARAGRAPH.split(readable):
        labelled = bool(_LABEL.search(skeleton(paragraph.strip())))
        corrected: set[Atom] = set()
        focused: set[Atom] = set()
        aside: set[Atom] = set()
        sentences = _SENTENCE.split(paragraph)
        bare: list[int] = []  # sentences stating a change without a value ("Payments to the usual account bounce.")
        for n, sentence in enumerate(sentences):
            read = skeleton(sentence)
            # Cues are words of the sentence, not parts of an address ("solene@correction-lignes.fr" corrects
            # nothing); masked letter for letter, so positions in ``read`` still hold.
            plain = _ADDRESS.sub(lambda m: "_" * len(m.group()), read)
            cues = {k: m for k, cue in (("change", _CHANGE), ("correction", _CORRECTION), ("copy", _COPY))
                    if (m := cue.search(plain))}
            if not cues and not labelled and not (author is not None and _SELF_NEW.search(plain)):
                continue
            folded = fold(sentence)
            atoms = extract(folded)
            if "correction" in cues or labelled:
                corrected |= atoms
                focused |= {a for f in _FOCUS for m in f.finditer(folded) for a in extract(m.group(1))}
                aside |= {a for m in _SET_ASIDE.finditer(folded) for a in extract(m.group(1) or m.group(2))}
            if "change" in cues:
                # The new value follows the change ("changed to X", "is now X", "replaced by X"); what stands before
                # it is the old one, or the thing changed ("Your booking BK-1 is now confirmed").
                # ... except where the new one stands first: "#b, which replaces #a", "#b instead of #a".
                cue = cues["change"]
                ahead = _NEW_FIRST.fullmatch(cue.group(0))
                found["change"] |= atoms & extract(read[:cue.start()] if ahead else read[cue.start():])
                if not atoms:
                    bare.append(n)
                if own is not None and _THIS_ITEM.search(plain[cue.start():]):
                    found["change"] |= extract(fold(own))
                    lures.append(sentence)
                if own_account is not None and _THIS_ACCOUNT.search(plain):
                    found["change"] |= extract(fold(own_account))
            if author is not None and _SELF_NEW.search(plain):
                found["change"] |= extract(fold(author))
            if "copy" in cues:  # a copy's destination stands on either side ("X receives all invitations")
                found["copy"] |= atoms
        # A change stated without a value applies to the values of the sentences beside it, in its paragraph: "today's
        # payments must go to our escrow account X. Payments to the usual account will be rejected."
        for j in {j for i in bare for j in (i - 1, i + 1) if 0 <= j < len(sentences)}:
            found["change"] |= {a for a in extract(fold(sentences[j])) if a[0] in _DESTINATIONS}
        # A correction that puts one value in focus steers that one, not the value it corrects; one that sets a value
        # aside steers the others.
        found["correction"] |= (focused & corrected) or (corrected - aside) or corrected
    return Steering(change=frozenset(found["change"]), correction=frozenset(found["correction"]),
                    copy=frozenset(found["copy"]), lures=tuple(lures))


def adopts(texts: Sequence[str], kind: str) -> bool:
    """Whether the user's own messages ask for a value steered this way (``kind``): a changed or new one ("pay to
    the landlord's new account", "the IBAN in his message", "the spec it links to"), or, for a correction, the
    corrected one (or a user who names the error in so many words). A copy to an extra destination is adopted by
    the first kind of words only ("the new archive address"), not by a pointer at whatever the content names."""
    # A user who names the error themselves ("IT says a file was shared by mistake; remove that access") acts on the
    # correction.
    patterns = (_ADOPT_CORRECTION, _CORRECTION) if kind == "correction" else (_ADOPT, _POINTER, _TAKEN_OVER) \
        if kind == "change" else (_ADOPT,)
    return any(p.search(read) for t in texts for read in (skeleton(t),) for p in patterns)

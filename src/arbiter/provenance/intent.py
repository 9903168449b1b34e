"""Intent support: does what the user asked give a consequential call any support?

Two signals, no model call:

* **the kind of action.** A tool's action class comes from the verbs of its name (``send_email``
  communicates, ``delete_file`` destroys, ``share_file`` grants access, ``send_money`` pays);
  the user's messages support a class when they use one of its verbs (``answer``, ``reply`` and
  ``let her know`` all communicate). :data:`ACTIONS` is the lexicon.
* **meaning.** The cosine of the shipped sentence embedder (all-MiniLM-L6-v2, int8 ONNX, offline)
  between the user's messages and the tool's name and description, for the requests the lexicon
  does not cover, and only when the user asks for some action at all (:func:`asks_for_action`): "What
  flights are there?" is close in meaning to ``book_flight`` and asks for no booking.

:func:`support` returns the better of the two as a score in [0, 1] and which one gave it; the check
compares it with a threshold chosen on the tune split of ``evals/injection``.
"""

from __future__ import annotations

import functools
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from arbiter.provenance.atoms import unaccent

__all__ = [
    "ACTIONS",
    "ACTIONS_ABROAD",
    "ACTION_WORDS",
    "VERBS",
    "Criterion",
    "IntentScorer",
    "Support",
    "action_classes",
    "asked_words",
    "asks_for_action",
    "criterion",
    "foreign_verbs",
    "negated_words",
    "own_verb",
    "requested_words",
    "stem",
    "verb_words",
]

# Action class -> verbs (and a few nouns) a user says when asking for it; tool-name verbs map to classes too.
ACTIONS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "communicate": "send email e-mail mail message dm post reply respond answer forward tell inform notify write ping "
                   "text let know remind ask contact announce share cc bcc follow-up chase nudge resend re-send",
    "pay": "pay payment transfer wire reimburse refund settle remit tip",
    "schedule": "schedule reschedule move arrange set plan postpone shift invite book put add block pop stick "
                "pencil diarise diarize",
    "reserve": "book reserve buy purchase order rent hire",
    "destroy": "delete remove cancel trash purge clean clear unsubscribe drop discard erase revoke unshare "
               "deactivate kick terminate stop",
    "grant": "share invite add give grant onboard include",
    "modify": "update change edit set modify correct fix rename append add save create write record log note put bump "
              "make draft fill point redirect repoint lower raise increase decrease reduce adjust amend",
    "account": "password passwords credentials login reset",
}.items()}

# The same classes' verbs in German, French, Spanish, Italian, Dutch and Portuguese (infinitives and the forms a
# polite request uses), for content the user hands the actions over to ("Lucía's note in Spanish: do what it asks").
ACTIONS_ABROAD: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "communicate": "senden schicken antworten weiterleiten informieren mitteilen envoyer répondre transférer informer "
                   "écrire enviar mandar responder reenviar contestar informar escribir inviare mandare rispondere "
                   "inoltrare informare scrivere sturen versturen antwoorden doorsturen informeren schrijven "
                   "encaminhar escrever",
    "pay": "zahlen bezahlen überweisen payer régler virer pagar transferir abonar pagare saldare bonificare betalen "
           "overmaken",
    "schedule": "planen verschieben eintragen planifier programmer déplacer planificar programar agendar mover "
                "pianificare programmare spostare plannen inplannen verplaatsen marcar pon ponlo ponla poner apunta "
                "apuntar anota anotar metti mettere segna segnare mets mettre inscris inscrire coloca colocar põe "
                "bota",
    "reserve": "buchen reservieren bestellen réserver commander reservar comprar prenotare ordinare boeken reserveren",
    "destroy": "löschen entfernen stornieren absagen kündigen supprimer effacer annuler retirer borrar eliminar "
               "cancelar quitar apagar remover cancellare eliminare rimuovere annullare verwijderen annuleren "
               "opzeggen",
    "grant": "teilen freigeben einladen hinzufügen partager inviter ajouter compartir invitar añadir agregar "
             "condividere invitare aggiungere delen uitnodigen toevoegen compartilhar convidar adicionar",
    "modify": "ändern aktualisieren ergänzen hinzufügen eintragen schreiben modifier changer mettre ajouter corriger "
              "écrire cambiar actualizar modificar corregir añadir agregar anotar escribir modificare cambiare "
              "aggiornare correggere aggiungere scrivere wijzigen aanpassen bijwerken toevoegen schrijven alterar "
              "atualizar corrigir adicionar escrever",
}.items()}

# A user who writes in another language asks with its verbs: English verb -> the infinitives (German, French, Spanish,
# Italian, Dutch, Portuguese) and the short request forms no stem reaches ("paga", "zahle"), accents dropped. A word
# is read as one of them when it is the infinitive or its stem (five letters or more) plus up to three letters:
# "transfere", "überweise", "reservez", "cancela".
_FOREIGN_VERBS: dict[str, str] = {
    "pay": "zahlen bezahlen payer regler pagar abonar pagare saldare betalen zahle zahl bezahle paga pague pagues "
           "pagate paghi salda betaal payez paie",
    "transfer": "uberweisen virer transferir trasferire bonificare overmaken overboeken vire virez overmaak",
    "send": "senden schicken envoyer enviar mandar inviare mandare sturen versturen sende schick schicke envoie envia "
            "envie manda mande invia stuur",
    "reply": "antworten repondre responder contestar rispondere antwoorden responda responde rispondi antwoord",
    "forward": "weiterleiten transferer reenviar inoltrare doorsturen encaminhar",
    "tell": "informieren mitteilen informer informar informare informeren avisar avise avisa",
    "write": "schreiben ecrire escribir scrivere schrijven escrever schreib schreibe ecris ecrivez escribe scrivi "
             "schrijf",
    "schedule": "planen eintragen planifier programmer planificar programar agendar pianificare programmare plannen "
                "inplannen plan agende",
    "move": "verschieben deplacer mover spostare verplaatsen verschiebe deplace mueve muevan move sposta",
    "book": "buchen reservieren reserver reservar prenotare boeken reserveren buche reserva reserve prenota",
    "order": "bestellen commander comprar ordinare bestelle commande compra ordina bestel",
    "delete": "loschen entfernen supprimer effacer borrar eliminar apagar remover eliminare rimuovere verwijderen "
              "losche entferne supprime efface borra elimina apaga remove rimuovi verwijder",
    "cancel": "stornieren absagen kundigen annuler cancelar cancellare annullare annuleren opzeggen storniere "
              "annule cancela cancele cancella annulla annuleer",
    "share": "teilen freigeben partager compartir condividere delen compartilhar teile partage comparte "
             "condividi deel compartilha",
    "invite": "einladen inviter invitar invitare uitnodigen convidar invite invita invitez nodig convida",
    "add": "hinzufugen ajouter anadir agregar aggiungere toevoegen adicionar fuge ajoute anade agrega aggiungi voeg "
           "adiciona",
    "update": "andern aktualisieren erganzen modifier changer corriger cambiar actualizar modificar corregir "
              "modificare cambiare aggiornare correggere wijzigen aanpassen bijwerken alterar atualizar corrigir "
              "aktualisiere modifie change corrige cambia actualiza modifica aggiorna wijzig altera "
              "atualiza",
    "create": "erstellen anlegen creer crear creare maken aanmaken criar erstelle cree crea maak cria",
    "remove": "streichen retirer quitar",
    "refund": "devolver devolve devolva devuelve devuelva reembolsar reembolsa reembolse rimborsare rimborsa "
              "restituire restituisci rembourser rembourse erstatten erstatte zuruckzahlen terugbetalen",
}
# Pronouns a request in Spanish, Portuguese or Italian joins to its verb ("Mándale", "paga-lhe", "inviagli").
_CLITICS = ("selo", "sela", "glielo", "gliela", "les", "los", "las", "nos", "lhe", "lhes", "lhos", "gli", "le", "lo",
            "la", "me", "mi", "ti", "ci")
_ARTICLE_NEXT = re.compile(r"\s+(?:a|o|os|as|um|uma|el|la|los|las|un|una|il|lo|gli|le|les|der|die|das|den|het|een)\s")
# (Romanian joins its pronouns with a hyphen too: "Trimite-i", "Plătește-le", "spune-mi".)
_HYPHEN_CLITIC = re.compile(r"-(?:lhes?|lh[oa]s?|me|te|nos|vos|se|[oa]s?|l[oa]s?|n[oa]s?|mos|moi|toi|lui|leur|les|"
                            r"i|mi|ti|\u021bi|\u0163i|ne|vi)\b")
# ... and the request forms (imperatives, infinitives) of more languages, matched as written: Slovenian, Croatian,
# Serbian and Bosnian, Czech, Slovak, Polish, Hungarian, Finnish, Estonian, Latvian, Lithuanian, Icelandic, Danish,
# Norwegian, Swedish, Welsh, Irish, Basque, Catalan, Galician, Romanian, Turkish, Indonesian and Malay, Tagalog,
# Swahili, Russian, Ukrainian, Bulgarian and Greek. Short forms that are English words ("lisa", "bog", "peru") are
# left out.
_FOREIGN_FORMS: dict[str, str] = {
    "pay": "plačaj plačajte plačati plati platite platiti uplati uplatite zaplať zaplaťte zaplatit zaplatiť zapłać "
           "zapłaćcie fizesd fizesse fizess fizessen maksa maksakaa maksake tasu samaksā apmaksā samaksājiet "
           "sumokėk apmokėk sumokėkite borgaðu greiddu betal betala betalt tala talwch íoc ordaindu paga pagueu "
           "plătește plătiți plăteşte öde ödeyin bayar bayarkan bayarlah bayaran magbayad lipa оплати оплатите "
           "заплати заплатите сплати сплатіть πλήρωσε πληρώστε плати платете",
    "transfer": "nakaži nakažite prenesi uplatite převeď převeďte preveď przelej przelejcie utald utalja siirrä "
                "kanna pārskaiti pervesk perveskite millifærðu overfør överför transferitu transfereix transfire "
                "transferă havale переведи переведите переказ перекажи μετάφερε преведи преведете",
    "send": "pošlji pošljite pošalji pošaljite pošli pošlete pošlite wyślij wyślijcie küldd küldje küldj küldjön "
            "lähetä lähettäkää saada saatke nosūti sūti išsiųsk siųsk sendu skicka anfona anfonwch seol bidali "
            "trimite trimiteți gönder gönderin kirim kirimkan hantar ipadala tuma отправь отправьте пошли надішли "
            "надішліть στείλε στείλτε изпрати изпратете прати пратете",
    "reply": "odgovori odgovorite odpověz odpovězte odpovedz odpovedzte odpowiedz odpowiedzcie válaszolj válaszoljon "
             "vastaa vastatkaa vasta vastake atbildi atbildiet atsakyk atsakykite svaraðu svar svara atebwch "
             "freagair erantzun respon respongueu responde răspunde balas balaskan sagutin sumagot jibu "
             "yanıtla "  # noqa: RUF001  (Turkish dotless i)
             "ответь ответьте відповідай відповідайте απάντησε απαντήστε отговори отговорете",
    "book": "rezerviraj rezervirajte rezerviši rezervišite zarezervuj rezervuj zarezervujte rezervujte zarezerwuj "
            "zarezerwujcie foglald foglalj foglaljon varaa varatkaa broneeri broneerige rezervē rezervējiet "
            "rezervuok rezervuokite bókaðu pantaðu bestil bestill boka archeba archebwch erreserbatu "
            "rezervă pesan pesankan tempah забронируй забронируйте забронюй κλείσε κλείστε резервирай "
            "резервирайте запази запазете",
    "cancel": "prekliči prekličite odpovej otkaži otkažite zruš zrušte anuluj anulujcie odwołaj mondd töröld "
              "peruuta tühista atcel atceliet atšauk atšaukite afbókaðu annuller avbestill avboka avbryt "
              "cealaigh ezeztatu anul·la anulează iptal batalkan kanselahin ghairi отмени отмените скасуй "
              "скасуйте ακύρωσε ακυρώστε откажи откажете анулирай анулирайте",
    "delete": "izbriši zbriši obriši izbrišite smaž smažte vymaž vymažte usuń usuńcie törölje poista poistakaa "
              "kustuta izdzēs dzēs ištrink ištrinkite eyddu slet slett radera dilea scrios ezabatu esborra "
              "șterge şterge sil hapus padam burahin futa удали удалите видали видаліть διάγραψε διαγράψτε "
              "изтрий изтрийте",
    "move": "prestavi premjesti pomjeri pomeri přesuň přesuňte presuň przenieś helyezd siirrä tõsta pārcelt "
            "perkelk færðu flyt flytt flytta symuda mugitu mou moveu mută pindahkan ilipat hamisha "
            "taşı "  # noqa: RUF001  (Turkish dotless i)
            "перенеси перенесите μετακίνησε премести преместете",
    "share": "deli delite podijeli podeli sdílej nasdílej zdieľaj udostępnij oszd jaga dalies pasidalyk deildu "
             "dela rhanna partekatu comparteix partajează paylaş bagikan kongsi ibahagi shiriki поделись "
             "поділися μοιράσου сподели споделете",
    "invite": "povabi pozovi pozvi zaproś hívd kutsu uzaicini pakviesk bjóddu inviter gwahodda gonbidatu "
              "convida invită davet undang jemput imbitahan alika пригласи пригласите запроси запросіть κάλεσε "
              "покани поканете",
    "add": "dodaj dodajte přidej pridaj lisää lisätkää pievieno pridėk pridėti pridėkite bættu tilføj legg leggje "
           "læg lägg ychwanega gehitu "
           "afegeix engade adaugă ekle tambahkan tambah idagdag ongeza добавь добавьте додай πρόσθεσε "
           "добави добавете",
    "create": "ustvari kreiraj napravi vytvoř vytvor utwórz stwórz luo izveido sukurk opret opprett skapa "
              "sortu crea creează oluştur oluştur buat buatkan gumawa unda создай створи δημιούργησε създай "
              "създайте",
    "return": "vrni vrnite vrati vratite vrať vráť zwróć oddaj palauta tagasta atgriez grąžink endurgreiddu "
              "returner returnera dychwelyd itzuli retorna returnează iade kembalikan ibalik rudisha верни "
              "поверни επίστρεψε върни върнете",
    "update": "spremeni spremenite posodobi posodobite promijeni promijenite promeni promenite ažuriraj ažurirajte "
              "izmijeni izmeni změň změňte aktualizuj aktualizujte uprav upravte zmeň zmeňte zmień zmieńcie "
              "zaktualizuj zaktualizujcie popraw poprawcie módosítsd módosítsa változtasd frissítsd frissítse muuta "
              "muuttakaa päivitä päivittäkää muuda muutke uuenda uuendage maini mainiet atjaunini atjauniniet "
              "pakeisk pakeiskite atnaujink atnaujinkite breyttu uppfærðu ændr opdater endre oppdater ändra "
              "uppdatera newidiwch newidia diweddarwch diweddara athraigh nuashonraigh aldatu eguneratu canvia "
              "canvieu actualitza actualitzeu schimbă schimbați modifică modificați actualizează actualizați "
              "değiştir değiştirin güncelle güncelleyin ubah ganti perbarui kemaskini tukar palitan baguhin "
              "badilisha измени измените обнови обновите поменяй поменяйте смени смените зміни змініть онови "
              "оновіть άλλαξε αλλάξτε ενημέρωσε ενημερώστε сменете промени променете обновете актуализирай "
              "актуализирайте",
}
# ... and in Arabic, Hebrew and Persian (matched as written, marks dropped); forms that are also common other
# words (Arabic "حول" is "about", Hebrew "שנה" is "year") are left out.
_FOREIGN_FORMS_RTL: dict[str, str] = {
    "pay": "ادفع ادفعي سدد سددي שלם תשלם بپرداز",
    "transfer": "העבר תעביר انتقال",
    "send": "أرسل ارسل أرسلي ابعث שלח תשלח بفرست ارسال",
    "reply": "رد ردي ענה תענה השב جواب پاسخ",
    "book": "احجز احجزي הזמן תזמין رزرو",
    "cancel": "ألغ الغ ألغي الغي בטל תבטל لغو",
    "delete": "احذف احذفي امسح מחק תמחק حذف",
    "move": "انقل انقلي הזז",
    "share": "شارك شاركي שתף תשתף اشتراک",
    "invite": "ادع ادعي הזמן دعوت",
    "add": "أضف اضف أضيفي הוסף תוסיף اضافه",
    "create": "أنشئ انشئ צור بساز ایجاد",
    "update": "حدث حدّث עדכן תעדכן تغییر بروزرسانی",
    "return": "أعد اعد ارجع החזר תחזיר",
}
# Requests in scripts written without spaces between words (Chinese, Japanese, Thai) or whose verbs take endings
# and vowel signs (Korean, Hindi): found inside the text as written; and Vietnamese phrases, found on the text
# without its marks.
_FOREIGN_INSIDE: dict[str, tuple[str, ...]] = {k: tuple(v.split()) for k, v in {
    "pay": "支付 付款 付钱 缴费 繳費 支払 払って 결제 지불 납부 จ่าย ชำระ भुगतान",
    "transfer": "转账 轉帳 汇款 匯款 打款 振り込 振込 送金 송금 이체 โอน ट्रांसफर",
    "send": "发送 發送 发给 發給 寄给 送って 送信 보내 ส่ง भेज",
    "reply": "回复 回覆 答复 返信 返事 답장 답변 ตอบกลับ जवाब",
    "book": "预订 預訂 予約 예약 จอง बुक",
    "cancel": "取消 キャンセル 取り消 취소 ยกเลิก रद्द कैंसिल",
    "delete": "删除 刪除 删掉 削除 삭제 हटा डिलीट",
    "move": "改到 挪到 移到 移動して 옮겨 เลื่อน",
    "share": "分享 共享 共有 공유 แชร์ साझा शेयर",
    "invite": "邀请 邀請 招待 초대 เชิญ आमंत्रित",
    "add": "添加 加到 追加 추가 เพิ่ม जोड़",
    "create": "创建 創建 新建 作成 만들어 생성 สร้าง बनाएं बनाओ",
    "update": "更新 修改 更改 变更 變更 変更して 변경 수정 업데이트 อัปเดต बदल अपडेट",
    "return": "退还 退還 退款 返金 返還 환불 คืนเงิน लौटा",
}.items()}
_INSIDE = re.compile("|".join(sorted((re.escape(f) for fs in _FOREIGN_INSIDE.values() for f in fs), key=len,
                                     reverse=True)))
_WH_QUESTION = re.compile(r"(?:什么|什麼|哪|几|幾|多少|何時|いつ|どこ|何|뭐|무엇|언제|어디|อะไร|ที่ไหน|เมื่อไร|क्या|कब|कहाँ)"
                          r"[^\u3002\uff01!.\n]*[\uff1f?]\s*$")  # up to a question mark (fullwidth too)
# "Do what she asks" and "the time he proposes" in Chinese, Japanese, Korean, Arabic and Hindi.
_INSIDE_HANDOVER = re.compile(r"按照?[^\u3002\uff0c,]{0,6}(?:要求|说的|說的|吩咐)|"
                              r"照[^\u3002\uff0c,]{0,6}(?:说的|說的)做|"
                              r"(?:言う|言った|頼まれた|依頼の?)通りに|依頼どおり|(?:요청|부탁|말)한?\s?대로|"
                              r"افعل ما (?:يطلب|تطلب|طلب)|जो (?:वह|वो|उन्होंने) (?:कह|माँग)")
_INSIDE_DEFERRING = re.compile(r"(?:提议|提議|建议|建議|提出)的|提案(?:した|された|の)|제안한|اقترح|يقترح|तजवीज|सुझाए?")
_INSIDE_VERB = {f: verb for verb, fs in _FOREIGN_INSIDE.items() for f in fs}
_VIETNAMESE = re.compile(r"\b(?:(thanh toan)|(chuyen khoan|chuyen tien)|(gui)|(tra loi)|"
                         r"(dat (?:phong|ve|ban|cho|lich))|(huy)|(xoa)|(chia se)|(moi)|(them)|(tao)|(cap nhat|doi))\b")
_VIETNAMESE_VERBS = ("pay", "transfer", "send", "reply", "book", "cancel", "delete", "share", "invite", "add", "create",
                     "update")
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_FOREIGN_ENDINGS = ("ieren", "are", "ere", "ire", "en", "er", "ar", "ir", "re")
_FOREIGN_EXACT: dict[str, set[str]] = {}
_FOREIGN_STEMS: list[tuple[str, str]] = []


def _unaccent(text: str) -> str:
    return unaccent(text.lower())


# ... and everyday verbs of Swedish, Turkish, Dutch, Indonesian and Polish that the forms above lack: "mejla"
# (email), "hyr" (rent), "duyur" (announce), "çikar" (take out), "bevestig" (confirm to), "catat" (note down),
# "ustaw" (set up), "napisz" (write to), and Turkish "reserve" (with a dotless i).
_MORE_FORMS: dict[str, str] = {
    "send": "mejla mejlar maila duyur duyurun napisz napiszcie",
    "reply": "bevestig bevestigen",
    "book": "hyr hyra ay\u0131rt ay\u0131rt\u0131n rezerve",
    "remove": "ç\u0131kar ç\u0131kar\u0131n",
    "note": "catat catatkan",
    "set": "ustaw ustawcie",
}
for _verb, _forms in (*_FOREIGN_FORMS.items(), *_MORE_FORMS.items()):
    for _form in _unaccent(_forms).replace("\u00b7", "").split():
        _FOREIGN_EXACT.setdefault(_form, set()).add(_verb)
for _verb, _forms in _FOREIGN_FORMS_RTL.items():
    for _form in _unaccent(_forms).split():
        _FOREIGN_EXACT.setdefault(_form, set()).add(_verb)
for _verb, _forms in _FOREIGN_VERBS.items():
    for _form in _forms.split():
        _FOREIGN_EXACT.setdefault(_form, set()).add(_verb)
        _cut = next((e for e in _FOREIGN_ENDINGS if _form.endswith(e)), None)
        if _cut is not None and len(_form) - len(_cut) >= 5:
            _FOREIGN_STEMS.append((_form[: -len(_cut)], _verb))
# The stems by their first five letters (every stem has at least five): a word is tried against a handful.
_STEM_INDEX: dict[str, list[tuple[str, str]]] = {}
for _root, _verb in _FOREIGN_STEMS:
    _STEM_INDEX.setdefault(_root[:5], []).append((_root, _verb))
_FOREIGN_WORD = re.compile(r"[^\W\d_]+")
_QUOTED_VALUE = re.compile(r"(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"|\u201c[^\u201d\n]*\u201d|\u2018[^\u2019\n]*\u2019")


# "Do what he asks" in other languages: a hand-over of the actions to content, read as the English words of one.
_FOREIGN_HANDOVER = re.compile(
    r"\b(?:mach|tu|erledige)\b[^.!?]{0,25}\bwas\b|\bfai(?:s|tes)\s+ce\s+qu|\bha(?:z|ga)\s+lo\s+que\b|"
    r"\bfa(?:i)?\s+(?:quello|cio)\s+che\b|\bfa(?:z|ca)\s+o\s+que\b|\bdoe\s+wat\b|"
    r"\bgwna(?:ewch)?\s+(?:beth|yr\s+hyn)\b|\bger[\u00f0d]u\s+\w+\s+sem\b|\bnaredi(?:te)?\s*,?\s+kar\b|"
    r"\buradi(?:te)?\s*,?\s+(?:ono\s+)?sto\b|\budelej(?:te)?\s*,?\s+co\b|\burob(?:te)?\s*,?\s+co\b|"
    r"\bzrob(?:cie)?\s*,?\s+(?:to\s*,?\s+)?(?:o\s+)?co\b|\btedd\s+meg\b|\btee\s*,?\s+(?:se\s*,?\s+)?(?:mita|mida)\b|"
    r"\bdari\s*,?\s+ko\b|\bpadaryk\s*,?\s+ka\b|\bg(?:j)?(?:o|\u00f8)r\s+(?:det|som|vad)\b|"
    r"\begin\b[^.!?]{0,30}\beskat|\bfes\s+el\s+que\b|\bfai\s+o\s+que\b|\bfa\s+ce\b|"
    r"\bne\s+(?:istiyorsa|diyorsa|istedi)\b|\blakukan\s+(?:apa|yang)\b|\bgawin\s+(?:mo\s+)?ang\b|"
    r"\bfanya\s+(?:anachoomba|wanachoomba|kile)\b|"
    r"\bсделаи(?:те)?\b[^.!?]{0,12}\bчто\b|"  # noqa: RUF001  (Russian)
    r"\bзроби(?:ть)?\b[^.!?]{0,12}\bщо\b|"  # noqa: RUF001  (Ukrainian)
    r"\bκανε\s+(?:ο\s*,?\s*τι|αυτο\s+που)\b")  # noqa: RUF001  (Greek)


# "The time she proposes", "the people he lists" in other languages: the user defers to the content's values.
_FOREIGN_DEFERRING = re.compile(
    r"\b(?:vorschlagt|vorgeschlagen|schlagt\b[^.!?]{0,20}\bvor|propose|proposee?s?|propone|proponga|propuesto|"
    r"sugiere|sugerido|suggerisce|suggerito|proposto|sugere|sugerida|stelt\b[^.!?]{0,20}\bvoor|voorgesteld|"
    r"stingur\s+upp\s+a|leggur\s+til|predlaga|predlagal[ai]?|predlaze|navrhuje|navrhla?|navrhol[ai]?|"
    r"proponuje|zaproponowal[ai]?|javasol|javasolt|ehdottaa|ehdotti|pakub|pakkus|iesaka|ieteica|siulo|"
    r"foreslar|foreslog|foreslatt|foreslaar|awgrymu|awgrymodd|proposatzen|proposatu|proposa|proposat|"
    r"suggera|onerir|onerdigi|mengusulkan|diusulkan|cadangkan|anapendekeza|pendekeza)\b")


# Colloquial requests made of a light verb and its object in the major European languages, read on unaccented lower
# case: "segnamelo in agenda", "mettilo in calendario", "fai a Nicolò un riassunto"; "pásale 250 €", "pon en la
# agenda", "quita la transferencia"; "nimm Fatou in #x auf", "nimm @ueli aus #x raus", "fass ihr per DM zusammen";
# "aluga o carro", "bota na agenda", "emite a volta"; "enlève l'accès".
_FOREIGN_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    (r"\b(?:segna|segnami|segnamelo|segnamela|segnalo|segnala|metti|mettilo|mettila|mettimi|mettimelo|mettimela)\b"
     r"[^.!?\n]{0,40}\b(?:agenda|calendario)\b", "schedule"),
    (r"\bfai\s+(?:a\s+\w+\s+)?un\s+(?:riassunto|riepilogo|sunto)\b", "send"),
    (r"(?:^|[.!?:;,]\s*|\be\s+)accett(?:a|ala|alo|ate)\b", "reply"),
    (r"\b(?:pasale|pasame|pasadle|paseles|pasales)\b", "transfer"),
    (r"\bpon(?:me|le|lo|la|melo|mela)?\s+en\s+(?:la\s+|mi\s+)?(?:agenda|calendario)\b", "schedule"),
    (r"\bpon(?:me|le)?\s+en\s+(?:la\s+|mi\s+)?cuenta\b", "update"),
    (r"(?:^|[.!?:;]\s*)quita(?:me|le|la|lo|las|los)?\b", "remove"),
    (r"\bnimm\b[^.!?\n]{0,60}\b(?:rein|auf|dazu|hinzu)\b", "add"),
    (r"\bnimm\b[^.!?\n]{0,60}\b(?:raus|heraus)\b", "remove"),
    (r"\bfass\b[^.!?\n]{0,80}\bzusammen\b", "send"),
    (r"(?:^|[.!?:;]\s*)(?:aluga|alugue|aluguem)\b", "book"),
    (r"\b(?:bota|coloca|poe|marca)\s+(?:na|no)\s+(?:agenda|calendario)\b", "schedule"),
    (r"(?:^|[.!?:;]\s*)(?:emite|emita|emitam)\b", "book"),
    (r"\benleve(?:z)?\b", "remove"),
    # "lad Svenja als Gast ein" (einladen, split), "und sag Dario per DM", "dile a Ana", "di' a Marco", "dis à Léa"
    (r"\blad(?:e|et)?\b[^.!?\n]{0,80}\bein\b", "invite"),
    (r"(?:^|[.!?:;,]\s*|\b(?:und|bitte|dann|auch)\s+)sag(?:e|t)?\s", "tell"),
    (r"\b(?:dile|diles|digale|digales|dille|digli|ditegli)\b|\bdi'\s*a\b|\bdis(?:-lui|-leur|\s+a)\b|"
     r"\b(?:diz|diga)(?:-lhe|\s+(?:ao|a|lhe))\b|\bzeg\s+(?:tegen|het)\b", "tell"),
    # Dutch "zet het in mijn agenda", "haal hem uit mijn agenda"; Turkish "cevap ver", "teşekkür et"; Indonesian
    # "cabut akses" (revoke access); Swedish "lägg in i kalendern", "ta bort".
    (r"\bzet\b[^.!?\n]{0,40}\b(?:agenda|kalender)\b", "schedule"),
    (r"\bhaal\b[^.!?\n]{0,40}\buit\b", "remove"),
    (r"\bcevap\s+(?:ver|verin|yaz|yazin)\b", "reply"),
    (r"\btesekkur\s+(?:et|edin|ederim)\b", "tell"),
    (r"\bcabut\b", "remove"),
    (r"\blagg\s+(?:in|till)\b[^.!?\n]{0,40}\b(?:kalender|kalendern|agendan)\b", "schedule"),
    (r"\bta\s+bort\b", "remove"),
))


_NOUN_BEFORE = re.compile(
    r"\b(?:el|los|las|un|una|unos|del|al|con|sin|su|sus|mi|mis|le|les|une|du|des|au|aux|avec|sans|son|sa|ses|mon|"
    r"ma|mes|il|lo|gli|uno|della|dello|alla|col|senza|os|um|uma|do|da|dos|das|ao|com|sem|der|die|das|den|dem|ein|"
    r"eine|einen|einem|mit|ohne|zum|zur|het|een|met|zonder)\s+$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def foreign_verbs(text: str) -> frozenset[str]:
    """The English verbs of the requests ``text`` makes in another language ("Transfere 240 euros" -> transfer;
    "Gwna beth mae o'n ei ofyn" -> do what was asked). Cached: a conversation's user texts are read on every call."""
    out: set[str] = set()
    if _FOREIGN_HANDOVER.search(_unaccent(text)) or (not text.isascii() and _INSIDE_HANDOVER.search(text)):
        out |= {"do", "asked"}
    plain = _unaccent(text).lower()
    out |= {verb for rx, verb in _FOREIGN_PHRASES if rx.search(plain)}
    if not text.isascii():
        raw = _QUOTED_VALUE.sub(" ", text)
        # "What is my booking?" in Chinese, asked with a question word: a question for information names no request.
        if not _WH_QUESTION.search(raw):
            out |= {_INSIDE_VERB[m.group(0)] for m in _INSIDE.finditer(raw)}
        if _VIETNAMESE_LETTERS.search(raw.lower()):  # Vietnamese syllables are read only in Vietnamese text
            for m in _VIETNAMESE.finditer(_unaccent(raw).replace("\u0111", "d")):
                out.add(_VIETNAMESE_VERBS[m.lastindex - 1])  # type: ignore[operator]
    # Quoted words are values ("tagged 'compras'"), and words of a path or an address are names (docs/reserva.txt).
    cased = _QUOTED_VALUE.sub(" ", unaccent(text).replace("\u00b7", ""))  # "cancel·la"
    for m in _FOREIGN_WORD.finditer(cased):
        # A capitalised word inside a sentence is a name ("Hotel Trnovo Lipa"), not a request.
        if m.group(0)[:1].isupper() and cased[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", ":", ";", "\n"):
            continue
        if cased[m.start() - 1:m.start()] in ("/", "_", ".", "@", "-") or cased[m.end():m.end() + 1] in (
                "/", "_", "@") or (re.match(r"[.-]\w", cased[m.end():m.end() + 2]) and
                                   not _HYPHEN_CLITIC.match(cased, m.end())):
            continue
        word = m.group(0).lower()
        # After an article or a preposition that goes with nouns, a verb's look-alike is a noun: "con retiro en el
        # aeropuerto" is a pickup, not a removal; "la reserva" a booking already made.
        if _NOUN_BEFORE.search(cased, 0, m.start()):
            continue
        # English words are read by the English lexicon alone ("transfer" is no French "transférer"), but a noun
        # English shares that opens a sentence before an article is a request ("Agenda a transferência ...").
        if word in _ENGLISH_LOOKALIKES and cased[:m.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", ";", "\n") \
                and _ARTICLE_NEXT.match(cased, m.end()):
            pass
        elif word in _ENGLISH_LOOKALIKES or word in _ENGLISH_VERBS or stem(word) in _ENGLISH_VERBS or \
                (word.endswith("s") and word[:-1] in _ENGLISH_VERBS) or word.endswith(("ed", "ing")):
            continue
        # An Italian infinitive drops its last vowel before a joined pronoun: "inoltrarlo" is "inoltrare" + "lo".
        found = _FOREIGN_EXACT.get(word) or next(
            (_FOREIGN_EXACT[base] for c in _CLITICS if word.endswith(c) and len(word) - len(c) >= 4
             for base in (word[:-len(c)], word[:-len(c)] + "e") if base in _FOREIGN_EXACT), None)
        if found:
            out |= found
            continue
        # ... and a request form with joined pronouns reaches its stem without them ("inoltragliela": "inoltra").
        for form in (word, *(word[:-len(c)] for c in _CLITICS if word.endswith(c) and len(word) - len(c) >= 5)):
            for root, verb in _STEM_INDEX.get(form[:5], ()):
                if form.startswith(root) and len(form) - len(root) <= 3:
                    out.add(verb)
    return frozenset(out)


# English words some foreign forms share, read as English: "plan", "move", "remove", "change", "reserve", "invite"
# and "order" are verbs of the lexicon already; these are not.
_ENGLISH_LOOKALIKES = frozenset({"agenda", "agendas", "planner", "planners", "programme", "programmes", "program",
                                 "programs", "sender", "senders", "informal", "information", "informative", "alternate",
                                 "alternative", "alternatives", "altered", "alteration", "contest", "contested",
                                 "corrigendum", "transferee", "transferable", "inform"})


# Verbs of tool names and the classes they belong to (first match wins, in name order).
_TOOL_VERBS: dict[str, tuple[str, ...]] = {
    "send": ("communicate",), "email": ("communicate",), "mail": ("communicate",), "reply": ("communicate",),
    "forward": ("communicate",), "post": ("communicate",), "message": ("communicate",), "notify": ("communicate",),
    "pay": ("pay",), "transfer": ("pay",), "money": ("pay",), "payee": ("pay", "modify"),
    "transaction": ("pay",), "refund": ("pay",),
    "schedule": ("schedule",), "reschedule": ("schedule",), "event": ("schedule",), "calendar": ("schedule",),
    "book": ("reserve",), "reserve": ("reserve",), "booking": ("reserve",), "order": ("reserve",),
    "delete": ("destroy",), "remove": ("destroy",), "cancel": ("destroy",), "unshare": ("destroy",),
    "revoke": ("destroy",), "purge": ("destroy",),
    "share": ("grant",), "invite": ("grant",), "grant": ("grant",), "add": ("grant", "modify"),
    "create": ("modify",), "update": ("modify",), "append": ("modify",), "edit": ("modify",),
    "write": ("modify",), "set": ("modify",), "rename": ("modify",),
    "password": ("account",), "user": ("account",), "info": ("account",),
}
_SPLIT = re.compile(r"[^a-z0-9]+")


# Nouns of tool names that name a kind of action whatever the verb (create_calendar_event schedules).
_NOUNS: dict[str, str] = {"money": "pay", "payment": "pay", "payments": "pay", "transaction": "pay", "payee": "pay",
                          "invoice": "pay", "event": "schedule", "meeting": "schedule", "calendar": "schedule",
                          "appointment": "schedule", "booking": "reserve", "reservation": "reserve",
                          "password": "account"}
# Generic verbs: their class alone says little, so the name's nouns count too.
_GENERIC = frozenset({"create", "add", "update", "set", "edit", "write", "append"})


@functools.lru_cache(maxsize=1024)  # called for every argument of every call: a tool's classes never change
def action_classes(tool_name: str) -> tuple[str, ...]:
    """The action classes of a tool: its verb's (the first word of its name that is a known verb) and, when
    that verb is generic or names money (``send_money`` pays, it does not just communicate), its nouns'."""
    parts = [p for p in _SPLIT.split(tool_name.lower()) if p]
    verb = next((p for p in parts if p in _TOOL_VERBS), None)
    nouns = [_NOUNS[p] for p in parts if p in _NOUNS]
    if verb is None:
        return tuple(dict.fromkeys(nouns))
    if "pay" in nouns and verb in ("send", "pay", "transfer", "schedule"):
        return ("pay",)
    if verb in _GENERIC:
        return tuple(dict.fromkeys([*_TOOL_VERBS[verb], *nouns]))
    return _TOOL_VERBS[verb]


# A tool's own verb and the words a user says for exactly that verb: in a conversation carrying instructions to
# the AI, the class is not enough ("cancel those meetings" does not ask to delete an email).
VERBS: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "send": "send email e-mail mail message write tell inform notify let contact dm text ping post announce reply "
            "answer respond",
    "reply": "reply respond answer",
    "forward": "forward pass share send",
    "post": "post send share announce publish",
    "delete": "delete remove trash erase purge clear clean",
    "remove": "remove delete kick drop revoke deactivate disable suspend ban",
    "cancel": "cancel stop end terminate unsubscribe drop",
    "unshare": "unshare remove revoke",
    "share": "share give grant send",
    "invite": "invite add",
    "add": "add include invite put save create",
    "create": "create make add new set schedule put draft save",
    "append": "append add write note",
    "update": "update change edit set correct fix move point redirect repoint switch lower raise increase decrease "
              "reduce adjust amend",
    "reschedule": "reschedule move postpone shift change",
    "schedule": "schedule set plan arrange book",
    "book": "book reserve get",
    "reserve": "reserve book get",
    "pay": "pay settle transfer send wire",
    "transfer": "transfer pay send wire move",
}.items()}

_ENGLISH_VERBS: frozenset[str] = frozenset().union(*ACTIONS.values(), *VERBS.values())

_CHANGING = frozenset({"update", "change", "edit", "modify"})
_MOVE_MONEY = re.compile(r"\bmove\s+(?:[$\u20ac\u00a3]\s?)?\d")
# Tools that move an event, and the verbs that correct one's time.
_MOVING = frozenset({"reschedule", "move", "postpone"})
_CORRECTING = frozenset({"fix", "correct", "update", "change", "adjust", "amend", "edit", "sort"})


def own_verb(tool_name: str) -> str | None:
    """The tool's own verb (the first word of its name that :data:`VERBS` knows)."""
    return next((p for p in _SPLIT.split(tool_name.lower()) if p in VERBS), None)


def verb_words(tool_name: str) -> frozenset[str] | None:
    """The words a user says for exactly this tool's action: its own verb's (:data:`VERBS`), and, when a noun of its
    name makes the action another one than the verb's (``send_money`` pays, it does not write), that action's verb's
    too ("pay the bill" asks for ``send_money``). None: the name has no known verb."""
    verb = own_verb(tool_name)
    if verb is None:
        return None
    out = VERBS[verb]
    classes = action_classes(tool_name)
    if not set(_TOOL_VERBS.get(verb, ())) & set(classes):
        out = out.union(*(VERBS[c] for c in classes if c in VERBS))
    return out


def stem(word: str) -> str:
    """A crude English stem for the lexicon (``emailed``, ``emails``, ``emailing`` -> ``email``)."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_GIVE = frozenset({"send", "give", "cover", "wire", "move", "put", "top"})
# Words of money that make "send" or "give" a payment; "paid", "owe", "half" too ("Amaury paid for both tickets, send
# him back his half").
_MONEY = frozenset({"rent", "bill", "invoice", "fee", "salary", "money", "deposit", "eur", "euro", "euros", "usd",
                    "dollars", "gbp", "pounds", "chf", "sek", "nok", "dkk", "pln", "installment", "instalment",
                    "paid", "owe", "owed", "half", "lent", "loan", "debt", "cash", "savings", "balance",
                    # ... and in the major European languages ("lo que pase de 6.000 mándalo al ahorro")
                    "ahorro", "ahorros", "risparmi", "risparmio", "ersparnisse", "sparkonto", "épargne", "poupança",
                    "spaarrekening", "saldo", "solde", "dinero", "soldi", "geld", "argent", "dinheiro", "alquiler",
                    "affitto", "miete", "loyer", "aluguel", "renda", "factura", "fattura", "rechnung", "facture",
                    "fatura", "deuda", "débito", "schulden", "dette", "dívida"})
_AMOUNT = re.compile(r"[$€£¥]\s?\d|\d[\d.,]*\s?(?:eur|usd|gbp|chf|€|\$|£)", re.IGNORECASE)
# "Send my sister 150 for her birthday": a bare sum after a verb of giving, not a count of things or a time.
_BARE_SUM = re.compile(r"\b(?:send|give|transfer|wire)\s+(?:[a-z'\u2019]+\s+){0,3}\d[\d.,]*(?![\d.,:])"
                       r"(?!\s*(?:am|pm|h|hrs?|hours?|minutes?|mins?|days?|weeks?|pages?|files?|photos?|pictures?|"
                       r"items?|copies|copy|documents?|docs?|links?|messages?|emails?|slides?|people|%)\b)")
_NEGATION = frozenset({"not", "don't", "dont", "do", "no", "never", "without", "won't", "cannot", "can't", "isn't",
                       "aren't", "shouldn't", "nothing", "neither", "nor"})
# Letters of any script: "miesięcznie", "stałe" and "jährlich" are words, not "miesi" and "cznie".
_TOKEN = re.compile("(?:[^\\W_]|['\u2019-])+")


# Nouns of actions and their verbs, for what the user rules out ("no reservations", "no payments yet").
_ACTION_NOUNS = {"reservation": "reserve", "booking": "book", "payment": "pay", "purchase": "buy",
                 "transfer": "transfer", "invitation": "invite", "invite": "invite", "deletion": "delete",
                 "cancellation": "cancel", "order": "order", "email": "email", "message": "message", "post": "post",
                 "reply": "reply"}
_UNDO = frozenset({"forget", "hesitate", "fail"})  # "don't forget to send it" asks to send it


_NO_THROUGH = frozenset({"need", "longer", "more", "to", "way", "point", "reason", "one", "further"})


def _negated(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` stands under a negation (one of the three words before it negates, and no
    "forget" / "hesitate" follows that negation)."""
    window = tokens[max(0, i - 3):i]
    for j, w in enumerate(window):
        if w in _NEGATION and (w != "do" or "not" in window) and not _UNDO & set(window[j + 1:]):
            # "no" negates its noun ("no idea, send it anyway"), and a verb only through "no need to", "no longer".
            if w == "no" and not set(window[j + 1:]) <= _NO_THROUGH:
                continue
            return True
    return False


def asked_words(texts: Sequence[str]) -> frozenset[str]:
    """The user's words and their stems, without words under a negation (the three words after "not",
    "don't", "never", "without", ...)."""
    out: set[str] = set()
    for text in texts:
        tokens = _TOKEN.findall(_lower(text))
        for i, tok in enumerate(tokens):
            if _negated(tokens, i):
                continue
            out.add(tok)
            out.add(stem(tok))
        out |= foreign_verbs(text)
        if _FOREIGN_DEFERRING.search(_unaccent(text)) or (not text.isascii() and _INSIDE_DEFERRING.search(text)):
            out.add("proposes")  # "sem hún stingur upp á": the values the content gives
    return frozenset(out)


# A request is a clause that asks for something: not a question about what happened or what is ("Did Ravi DM me?",
# "What do I need to do?"), whose first word is one of these (a "can you ...?" question is a request).
_REPORTING = frozenset({"did", "does", "has", "have", "had", "was", "were", "is", "are", "who", "what", "when", "where",
                        "which", "why", "how", "whose", "whom", "isn't", "wasn't", "didn't", "doesn't", "hasn't",
                        "what's", "where's", "who's", "how's", "when's"})
# "do" hands the choice of actions over only with an object ("do what Ana asked", "do the steps"), not in a name
# ("Casa do Rio").
_DO_OBJECTS = frozenset({"what", "whatever", "as", "the", "these", "those", "that", "this", "it", "them", "everything",
                         "all", "each", "his", "her", "their", "its", "my", "our"})
# "tell me", "show me", "give me", "let me know": the agent's answer to the user, not a message or a grant.
_TO_ME = frozenset({"me", "us"})
_ANSWER_VERBS = frozenset({"tell", "show", "give", "let"})
# A lexicon word right after these is a noun ("by email", "the message", "my payment"), not the verb of a request.
_NOUN_AFTER = frozenset({"the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this", "that", "these",
                         "those", "by", "of", "from", "via", "per", "whose", "each", "every", "no", "any", "in", "on",
                         "about", "with", "for", "same", "that's", "new", "out-of-office", "automatic", "auto",
                         "vacation", "holiday", "absence"})
# What someone else did, not what the user asks for ("Sofia emailed me", "the invoice they sent").
_CHANNELS = frozenset({"dm", "email", "e-mail", "mail", "message", "text", "sms", "slack", "whatsapp"})
_PAST = frozenset({"sent", "paid", "told", "wrote", "written", "gave", "given", "forwarded", "shared", "posted"})
# Verbs after which a past form is the action wanted ("need it moved", "have it cancelled", "want them removed").
_CAUSATIVE = frozenset({"get", "got", "have", "has", "need", "needs", "want", "wants", "would", "like", "keep", "make",
                        "let", "please", "must", "should"})
_CLAUSE = re.compile(r"(?<=[.!?;])\s+|\n+")  # a sentence ends at . ! ? ; before a space (not in "@ravi.lund")
# Text the user quotes is what to write, not what to do: "add the item 'Wendelin: send the samples'" asks for no
# message. Straight quotes open after a space, colon or bracket and close before one; an apostrophe inside a word
# ("don't", "Ana's") neither opens nor closes.
_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s:(\[]))(?:\"[^\"\n]{3,}\"|'(?:[^'\n]|'(?=\w)){3,}'(?!\w)|"
                     r"\u201c[^\u201d\n]{3,}\u201d|\u2018(?:[^\u2019\n]|\u2019(?=\w)){3,}\u2019(?!\w)|"
                     r"\u00ab[^\u00bb\n]{3,}\u00bb|\u201e[^\u201c\u201d\n]{3,}[\u201c\u201d])")


def _unquoted(text: str) -> str:
    """The text without the spans the user quotes."""
    return _QUOTED.sub(" ", text) if ("'" in text or '"' in text or not text.isascii()) else text


# Phrasal verbs and set phrases read as the one verb they mean ("take away her access" revokes it, "set up a
# standing order" asks for a payment), and "get me" a thing one books asks to book it ("get me the cheapest rental
# car at Nice airport"), unlike "get me the prices".
_BOOKABLE = (r"(?:car|cars|van|rental|room|rooms|hotel|hotels|flight|flights|ticket|tickets|table|seat|seats|taxi|cab|"
             r"ride|train|stay|accommodation|apartment|guesthouse|b&b|airbnb)")
# Words between a verb and the thing that make it a question of price ("get me the prices of hotels in Rome").
_NOT_PRICES = r"(?!(?:prices?|rates?|options|costs?|quotes?|fares?|of)\b)"
# "find the best reviewed place for nana's 83rd, sat 1pm, 9 of us": a search that gives the party is a booking.
_PARTY_SEARCH = (r"\b(?:find|get)\b(?=[^.!?\n]{0,120}\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                 r"twelve)\s+(?:of\s+us|people|guests|adults|pax)\b)")
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(a), b) for a, b in (
    # "No - add her.", "No, invite her": an answer to a question, not a negation of the request after it.
    (r"(?:^|(?<=[.!?]\s))no\s*[,.;:!\u2013\u2014-]+(?=\s)", ""),
    # Shorthand of quick messages: "fwd the gas bill", "fix the cal", "rsvp yes".
    (r"\bfwd\b", "forward"), (r"\bcal\b", "calendar"), (r"\bappt\b", "appointment"), (r"\bmsg\b", "message"),
    (r"\brsvp\b", "reply"), (r"\bb-?day\b", "birthday"), (r"\bpl[sz]\b", "please"),
    (r"\btake away\b|\bcut off\b", "revoke"),
    (r"\bget rid of\b", "remove"),
    # "drop Petra a line that it's moved", "shoot him an email": a message.
    (r"\b(?:drop|shoot|flick|fire\s+off)\s+(?=(?:[\w@.'-]+\s+){0,2}(?:a|an)\s+(?:quick\s+|short\s+)?"
     r"(?:line|note|message|email|e-mail|mail|text|dm)\b)", "message "),
    # "Take him off the channel", "take it out of my calendar", "take everyone except me and Nomvula off the sheet"
    # (not "take Friday off"); "bin it" deletes.
    (r"\btake(?=\s+(?:[\w@.#'()-]+\s+){1,6}(?:off|out\s+of)\s+(?:the|my|our|this|that|his|her|their|its|of|from|all|"
     r"every|#))", "remove"),
    # "Take out anyone the directory lists as former staff", "take off anyone who isn't staff".
    (r"\btake\s+(?:out|off)\s+(?=(?:anyone|anybody|everyone|everybody|those|them|him|her|people|any|all)\b)",
     "remove "),
    (r"\bbin\s+(?=it\b|them\b|that\b|this\b|those\b|these\b)", "delete "),
    # Requests made of a noun phrase: "need a car in Queenstown", "table for 4 at Ināti", "lunch friday at X for 3",
    # "earliest flight to Queenstown on the 20th".
    (rf"\b(?:i\s+)?(?:need|want|would\s+like|looking\s+for)\s+(?=(?:a|an|the|some|two|2)?\s*(?:[\w-]+\s+){{0,2}}?"
     rf"{_BOOKABLE}\b(?!\s+(?:prices?|rates?|options|quotes?|costs?|fares?|details|info)\b))", "book "),
    (r"\b(?=table\s+for\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b)", "book "),
    # ... "car in Takoradi for the wedding weekend, automatic, cheapest", "flights to Tamale on the 28th": the thing and
    # where, for whom or when, opening a message that asks nothing.
    # (Not after a verb of searching, nor with a question or a wish to hear the options.)
    (rf"(?:^|(?<=[.!?;]\s))(?!(?:find|search|look|check|compare|show|tell|list|see|get|any|are|is|do|does|can|could)\b)"
     rf"(?=(?:a\s+|an\s+|the\s+)?(?:{_NOT_PRICES}[\w-]+\s+){{0,2}}?{_BOOKABLE}\s+(?:in|to|for|from|near|at|on)\b"
     r"(?![^.!?\n]*(?:\?|\b(?:options|tell\s+me|show\s+me|let\s+me\s+know|compare|prices?|would|costs?|is|are|was|"
     r"were)\b)))", "book "),
    (_PARTY_SEARCH, "book"),
    # "Now a hotel for the two of them in St. John's, 17 to 22 September": a request made of the thing and its user.
    (rf"(?:^|(?<=[.!?;]\s))(?:now|next|then|also|and)?[\s,]*(?=(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{_BOOKABLE}\s+for\b"
     r"(?![^.!?\n]*(?:\?|\b(?:would|costs?|is|are|was|were)\b)))", "book "),
    (r"\b(?=(?:lunch|dinner|brunch|breakfast)\b[^.?!\n]{0,60}\bfor\s+(?:\d+|two|three|four|five|six|seven|eight)\b)",
     "book "),
    (rf"(?:^|(?<=[.!?;]\s))(?=(?:the\s+)?(?:earliest|latest|cheapest|first|last|next|best[- ]rated|highest[- ]rated)\s+"
     rf"(?:[\w-]+\s+)?{_BOOKABLE}\b)", "book "),
    (r"\bstanding order\b|\bdirect debit\b", "recurring payment"),
    (r"\bset up\b", "set"),
    (r"\bsign up\b", "register"),
    (r"\bpay back\b", "pay"),
    (r"\bhand over\b", "give"),
    # "Everyone who can edit the plan should get editor access to the budget": a grant asked for in the passive.
    (r"\b(?:should|must|needs? to|need to|can|to)\s+(?:also\s+)?(?:get|have|receive|be\s+given)\s+(?:(?:editor|edit|"
     r"editing|viewer|view|read|write|comment|commenter|admin|full|the\s+same)\s+)?(?:access|rights|permissions?)\b",
     "grant access"),
    (rf"\bget (?:me |us )?((?:a |an |the |some )?(?:{_NOT_PRICES}[\w-]+ ){{0,2}}?{_BOOKABLE})"
     r"(?=\s+(?:at|in|for|from|to|on|near|with|and)\b|\s*[.,;!?]|\s*$)", r"book \1"),
))


def _lower(text: str) -> str:
    """Lower case, with :data:`_PHRASES` read as their verbs."""
    low = text.lower().replace("\u2019", "'")
    for rx, verb in _PHRASES:
        low = rx.sub(verb, low)
    return low


def _tokens(text: str) -> list[str]:
    return [t.strip("'-") for t in _TOKEN.findall(_lower(text))]


_COMMA = re.compile(r",\s+")


def requested_words(texts: Sequence[str]) -> frozenset[str]:
    """The words the user uses as the verbs of a request, and their stems: :func:`asked_words` without
    the clauses that ask about what happened ("Did Ravi DM me?"), words used as nouns ("proposed a slot
    by email", "the email lists", "that hotel booking") and past forms ("Sofia emailed me"). An action class
    is supported by these: that the user mentions an email is no request to send one."""
    out: set[str] = set()
    for text in texts:
        # Commas part a request's phrases too ("Of the CVs that turned up for 'x', share our brief ..."): "share" after
        # a comma is no noun after "for".
        for whole in _CLAUSE.split(_unquoted(text).lower()):
            first = [t for t in _tokens(whole) if t][:1]
            if first and whole.rstrip().endswith("?") and first[0] in _REPORTING:
                continue
            out |= foreign_verbs(whole)  # a request in a script the English tokens do not read too
            if _summary_for(whole):
                out.add("send")
            # "lunch friday at X, 12:30, for 3", "find a place, sat 1pm, 9 of us": commas part no request here
            if _MEAL_FOR.search(whole) or _PARTY.search(whole):
                out.add("book")
            if not first:
                continue
            for clause in _COMMA.split(whole):
                out |= _requested(clause)
    return frozenset(out)


# "Summarise the technical rider for Ignacio (ignacio@...)", "Resumí para Ignacio (...) el documento": a summary for
# a person whose address the user writes is a message to send them (in the languages of the lexicon).
_SUMMARY_FOR = re.compile(
    r"\b(?:summari[sz]e|recap|sum\s+up|resum[ei]r?|resuma|resumi|resumez|riassumi|fass(?:e|t)?|vat|podsumuj|"
    r"shrn(?:i|te)|zhrn(?:i|te)|tiivista|обобщи|обобщете|резюмируй|підсумуй|συνόψισε)\b[^\n!?]{0,120}?"
    r"\b(?:for|to|para|pour|per|fur|voor|dla|pro|за|для|"
    r"για"  # noqa: RUF001  (Greek)
    r")\s+[^\n!?]{0,60}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


_PARTY = re.compile(_PARTY_SEARCH)
_MEAL_FOR = re.compile(r"\b(?:lunch|dinner|brunch|breakfast)\b[^.?!\n]{0,60}\bfor\s+"
                       r"(?:\d+|two|three|four|five|six|seven|eight)\b(?!\s*(?:pm|am|h|:))")


def _summary_for(clause: str) -> bool:
    """Whether a clause asks for a summary for a person whose address it gives (:data:`_SUMMARY_FOR`)."""
    return "@" in clause and bool(_SUMMARY_FOR.search(unaccent(clause.lower())))


def _requested(clause: str) -> set[str]:
    """:func:`requested_words` of one phrase."""
    out: set[str] = set()
    tokens = [t for t in _tokens(clause) if t]
    # "Summarise it for Lotte by DM": a channel named after "by" or "via" in a request that tells of nothing
    # done before it (no past form: "Ana proposed a slot by email" is a report) asks for a message over it.
    for i, tok in enumerate(tokens):
        if _negated(tokens, i):
            continue
        if i and tokens[i - 1] in ("by", "via") and tok in _CHANNELS and \
                not any(t in _PAST or (t.endswith("ed") and len(t) > 4) for t in tokens[:i]):
            out.add(tok)
            continue
        # "Summarise the report into a new file": a new document is one to create, whatever the verb.
        if tok == "new" and i and tokens[i - 1] in ("a", "an") and i + 1 < len(tokens) and \
                tokens[i + 1] in _CREATABLE and \
                not any(t in _PAST or (t.endswith("ed") and len(t) > 4) for t in tokens[:i]):
            out.add("create")
        # A word after a possessive is a noun too ("Kaarel's mail has the date").
        if (i and (tokens[i - 1] in _NOUN_AFTER or tokens[i - 1].endswith(("'s", "\u2019s")))) or tok in _PAST or \
                (tok.endswith("ed") and len(tok) > 4) \
                or (tok.endswith("ing") and len(tok) > 5):  # "the hotel booking", "the meeting"
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "write" and _INTO_DOCUMENT.search(" ".join(tokens[i + 1:i + 10])):
            out.add("create")  # "Write the summary as a new file in /Reports: ...": a document, not a message
            continue
        if (tok == "do" and after not in _DO_OBJECTS) or (tok in _ANSWER_VERBS and after in _TO_ME) or \
                (tok == "know" and i >= 2 and tokens[i - 1] in _TO_ME and tokens[i - 2] == "let"):
            continue
        out.add(tok)
        out.add(stem(tok))
        # "Return what she overpaid", "send the deposit back", "return the extra one": money given back is a refund.
        if tok in _GIVING_BACK and (_MONEY_BACK.intersection(tokens[i + 1:i + 6]) or (
                (tok == "return" or "back" in tokens[i + 1:i + 6]) and _REPEATED.intersection(tokens[i + 1:i + 6]))):
            out.add("refund")
    return out


# The documents a user asks for as "a new ...".
_CREATABLE = frozenset({"file", "doc", "document", "note", "notes", "sheet", "spreadsheet", "page", "folder", "memo",
                        "report", "summary", "list", "draft", "log"})
# "... as a new file", "... into the shared doc": where a written text goes when it is no message.
_INTO_DOCUMENT = re.compile(r"\b(?:as|into|in)\s+(?:(?:a|an|the|my|our|new|shared|separate)\s+){0,3}(?:" +
                            "|".join(sorted(_CREATABLE)) + r")\b")
# Verbs that give money back, and the words after them that make what they give back money.
_GIVING_BACK = frozenset({"return", "give", "send", "pay", "transfer", "wire"})
_MONEY_BACK = frozenset({"overpaid", "overpayment", "money", "deposit", "amount", "difference", "excess", "surplus",
                         "overcharge", "overcharged", "balance", "refund"})
# ... and, after "return" or with "back", the words of the payment made twice ("return the second one").
_REPEATED = frozenset({"extra", "duplicate", "double", "second", "other"})


# Every word that asks for some action (of any class, or an errand handed over: "sort it out", "take care of it",
# "accept the invitation"): a user whose messages hold none asks for information only.
_ERRANDS = ("sort handle deal take care process accept decline confirm approve rsvp sign register enrol enroll "
            "subscribe proceed arrange organise organize prepare rid do follow complete submit apply renew return swap "
            "switch replace upgrade downgrade request claim split settle")
ACTION_WORDS: frozenset[str] = frozenset().union(*ACTIONS.values(), _ERRANDS.split())


def _bases(word: str) -> tuple[str, ...]:
    """The word and the verbs it may be a form of ("moved" -> move, "cancelled" -> cancel, "paying" -> pay)."""
    if word.endswith("ed") and len(word) > 4:
        return word, word[:-1], word[:-2], word[:-3]
    if word.endswith("ing") and len(word) > 5:
        return word, word[:-3], word[:-3] + "e", word[:-4]
    if word.endswith("s") and len(word) > 3:
        return word, word[:-1]
    return (word,)


_IRREGULAR = {"paid": "pay", "sent": "send", "told": "tell", "wrote": "write", "written": "write", "booked": "book",
              "given": "give", "gave": "give", "made": "make", "put": "put", "set": "set"}


def asks_for_action(texts: Sequence[str]) -> bool:
    """Whether the user's messages ask for any action at all, in any form ("cancel it", "I need it moved", "get the
    booking cancelled"), rather than only for information ("What flights are there?", "Find a car and tell me the
    options", "Show me the reviews"). Questions about what happened, negated words and the agent's own answer
    ("tell me", "show me", "let me know") ask for none."""
    for text in texts:
        for clause in _CLAUSE.split(_unquoted(text).lower()):
            tokens = [t for t in _tokens(clause) if t]
            if tokens and clause.rstrip().endswith("?") and tokens[0] in _REPORTING:
                continue
            for i, tok in enumerate(tokens):
                after = tokens[i + 1] if i + 1 < len(tokens) else ""
                if _negated(tokens, i) or (tok in _ANSWER_VERBS and after in _TO_ME) or \
                        (tok == "know" and i >= 2 and tokens[i - 1] in _TO_ME and tokens[i - 2] == "let") or \
                        (tok == "do" and after not in _DO_OBJECTS):
                    continue
                # A past form asks for the action only after a verb that wants it done ("I need it moved", "get the
                # booking cancelled"), not where it tells what happened ("the file the printer shared this morning").
                if (tok in _PAST or (tok.endswith("ed") and len(tok) > 4)) and not _CAUSATIVE.intersection(tokens[:i]):
                    continue
                if ACTION_WORDS.intersection(_bases(_IRREGULAR.get(tok, tok))):
                    return True
            # "Transfere 240 euros ...", "Bitte überweise ...", a request in Cyrillic (no English token at all)
            if foreign_verbs(clause) or _summary_for(clause):
                return True
    return False


def negated_words(texts: Sequence[str]) -> frozenset[str]:
    """The words (and stems) the user said under a negation ("I'm not booking anything", "don't pay it yet")."""
    out: set[str] = set()
    for text in texts:
        tokens = _TOKEN.findall(_lower(text))
        for i, tok in enumerate(tokens):
            if _negated(tokens, i) and tok not in _UNDO:
                out.add(tok)
                out.add(stem(tok))
                if stem(tok) in _ACTION_NOUNS:  # "no reservations" rules out reserving
                    out.add(_ACTION_NOUNS[stem(tok)])
    return frozenset(out)


@dataclass(frozen=True)
class Support:
    """How well the user's request supports a call: ``score`` in [0, 1], and which signal gave it."""

    score: float
    signal: str  # "verb:<class>" | "embedding" | "none" | "information" (the user asked for no action at all)


Embed = Callable[[list[str]], np.ndarray]


class IntentScorer:
    """Scores user requests against tools; caches embeddings of texts and tool descriptions (in memory only)."""

    def __init__(self, embed: Embed | None, *, cache_size: int = 4096) -> None:
        self.embed = embed
        self.cache_size = cache_size
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _vector(self, text: str) -> np.ndarray | None:
        if self.embed is None or not text:
            return None
        with self._lock:
            hit = self._vectors.get(text)
            if hit is not None:
                self._vectors.move_to_end(text)
                return hit
        vec = np.asarray(self.embed([text[:2000]]), dtype=np.float32)[0]
        with self._lock:
            self._vectors[text] = vec
            while len(self._vectors) > self.cache_size:
                self._vectors.popitem(last=False)
        return vec

    def prepare(self, user_texts: Sequence[str]) -> None:
        """Embed the user's messages ahead of the calls that will be scored against them (cached)."""
        for text in user_texts:
            self._vector(text)

    def support(self, asked: frozenset[str], user_texts: Sequence[str], tool_name: str,
                tool_description: str, requested: frozenset[str] | None = None) -> Support:
        """The support the user's messages give a call of ``tool_name``. ``asked`` is :func:`asked_words` of
        the messages: a verb the user negated ("I'm not booking anything", "don't send it yet") supports
        nothing; ``requested`` (:func:`requested_words`, by default ``asked``) holds the verbs of the user's
        requests, which alone support an action class."""
        verbs = asked if requested is None else requested
        classes = action_classes(tool_name)
        if own_verb(tool_name) in _CHANGING and "modify" in classes:
            # A tool that changes an existing record (``update_scheduled_transaction``) is asked for by a verb of
            # change, not by its record's kind: "pay the locker fee" asks for a payment, not a new standing order.
            classes = ("modify",)
        if classes:
            for cls in classes:
                if verbs & ACTIONS[cls]:
                    return Support(score=1.0, signal=f"verb:{cls}")
            # The verb of the tool's own name or one of its words ("schedule" or "set up the instalments" for
            # schedule_transaction), unless it is one of communication: "send" names a payment (send_money) only with
            # words of money, below.
            own = own_verb(tool_name)
            # ("Move 300 to savings" moves money: no support for changing a record's details.)
            matched = verbs & VERBS[own] if own is not None else frozenset()
            if matched == {"move"} and "pay" not in classes and any(_MOVE_MONEY.search(t.lower()) for t in user_texts):
                matched = frozenset()
            if own is not None and matched and "communicate" not in _TOOL_VERBS.get(own, ()):
                return Support(score=1.0, signal=f"verb:{own}")
            # "the time changed again, fix the calendar": a verb of correcting asks to move an event's time.
            if own in _MOVING and verbs & _CORRECTING:
                return Support(score=1.0, signal="verb:modify")
            # "send my landlord the rent", "give Ana 20 EUR": a payment asked for without a payment verb.
            if "pay" in classes and verbs & _GIVE and (asked & _MONEY or _AMOUNT.search(" ".join(user_texts)) or
                                                       any(_BARE_SUM.search(t.lower()) for t in user_texts)):
                return Support(score=1.0, signal="verb:pay")
        if requested is not None and not asks_for_action(user_texts):
            # "What flights are there?", "Find a car and tell me the options": a user who asks only for
            # information asks for no action, however close in meaning the tool is to the question.
            return Support(score=0.0, signal="information")
        tool_text = " ".join(_SPLIT.split(tool_name.lower())) + ": " + tool_description
        tool_vec = self._vector(tool_text)
        best = 0.0
        if tool_vec is not None:
            for text in user_texts:
                vec = self._vector(text)
                if vec is not None:
                    best = max(best, float(np.dot(vec, tool_vec)))
        return Support(score=round(max(best, 0.0), 3), signal="embedding" if best > 0 else "none")


@dataclass(frozen=True)
class Criterion:
    """How the user picks one item of a list: the lowest ``price`` or the highest ``rating``, at most ``cap``."""

    order: str  # "price" (lowest wins) | "rating" (highest wins) | "most" / "fewest" (of ``noun``, by count) |
    # "duplicate" (the items another item repeats: the same amount from or to the same account) | "incoming" (the one
    # payment that came in, in a statement) | "outgoing" (the payments that went out, one of which the user repeats)
    cap: float | None = None  # "under EUR 150": items priced above it are out
    noun: str | None = None  # "the most maritime cases": the count before "cases" in each item's text


_CHEAPEST = re.compile(r"\b(?:cheapest|least\s+expensive|most\s+affordable|lowest[- ](?:price[ds]?|fare|cost|rate))\b")
_BEST_RATED = re.compile(r"\b(?:best|highest|top)[- ](?:rated|reviewed|rating|reviews)\b")
# "the one with the most maritime cases", "the fewest stops", "the highest number of reviews": a count in the items'
# text, before the noun (the last word of the phrase).
_MOST = re.compile(r"\b(?<!at\s)(?:the\s+)?(most|fewest|least|highest\s+number\s+of|largest\s+number\s+of)\s+"
                   r"(?:[a-z-]+\s+)?(?!(?:the|and|for|our|your|their|his|her|its|this|that|these|those|them)\b)"
                   r"([a-z]{3,})\b")
# "A guest paid twice", "refund the duplicate", "I was charged double": the repeated payment.
_DUPLICATE = re.compile(r"\b(?:duplicates?|duplicated|twice|double[- ](?:paid|payment|charged?|booked)|"
                        r"(?:paid|charged|billed)\s+(?:me\s+)?(?:double|two\s+times)|"
                        # ... in the major European languages ("pagou-nos duas vezes", "o duplicado", "zweimal")
                        r"duplicad[oa]s?|duplicat[oa]|doublon|duplikat|dubbel|duas\s+vezes|dos\s+veces|deux\s+fois|"
                        r"due\s+volte|zweimal|doppelt|twee\s+keer|dwa\s+razy|to\s+ganger|två\s+gånger|to\s+gange)\b")
# "Return it to the account it came from", "add her with the account she paid from": the payment that came in.
_CAME_FROM = re.compile(r"\b(?:account|iban)\s+(?:(?:it|that|this|she|he|they|(?:the|his|her|their|its)\s+\w+)\s+)?"
                        r"(?:came|was\s+paid|"
                        r"was\s+sent|paid|sent|transferred)\s+(?:(?:it|that|this|them|the\s+\w+)\s+)?from\b|"
                        r"\bpaying\s+account\b|"
                        # "a conta de onde veio", "la cuenta de la que vino", "le compte d'où il vient", "das Konto, von
                        # dem es kam", "il conto da cui è arrivato"
                        r"\bconta\s+de\s+onde\s+(?:veio|vieram|chegou|pagou|foi)|\bcuenta\s+(?:de\s+(?:la\s+que|donde)|"
                        r"desde\s+la\s+que)\s+(?:vino|llegó|llego|pagó|pago|salió|salio)|\bcompte\s+d['\u2019]où|"
                        r"\bkonto,?\s+von\s+dem\b|\bconto\s+da\s+cui\b")
# "Pay this month's same as last time", "the usual amount", "pay her again": a payment the user made before.
_REPEAT = re.compile(r"\b(?:same\s+as\s+(?:last\s+(?:time|month|week|year|quarter)|before|usual|always)|"
                     r"as\s+(?:last\s+(?:time|month|week|year|quarter)|usual|always|before)|"
                     r"like\s+last\s+(?:time|month|week|year|quarter)|the\s+usual|again)\b")
_CAP = re.compile(r"\b(?:under|below|less\s+than|at\s+most|max(?:imum)?|up\s+to|within|no\s+more\s+than)\s*"
                  r"(?:[$€£]|eur|usd|gbp|nok|sek|dkk|chf|pln)?\s*(\d[\d,.]*)")


# A condition on the item that a price or a rating cannot check ("the cheapest one rated 8 or more that has parking for
# the survey trailer", "the best-rated place that takes dogs"): the criterion then picks among the items that meet it,
# which only reading their text tells.
_QUALIFIED = re.compile(r"^[^.!?;\n]*?\b(?:that|which|where|who)\s+(?:has|have|had|offers?|allows?|takes?|fits?|"
                        r"includes?|can|could|serves?|accepts?|comes?|gives?|lets?|provides?)\b|"
                        r"^[^.!?;\n]*?\bwith\s+(?:free\s+|secure\s+|on-?site\s+)?(?:parking|breakfast|wifi|wi-fi|"
                        r"pool|gym|kitchen|space|room|luggage|bags?|baggage|a\s+(?:kitchen|pool|view|balcony|desk))\b")


def criterion(texts: Sequence[str]) -> Criterion | None:
    """The criterion by which the user's request picks an item ("the cheapest flight", "the best-rated hotel under
    EUR 150"), or None; None too when the request adds a condition on the item's text that the criterion cannot
    check ("... that has parking for the trailer")."""
    text = " ".join(texts).lower()
    first = _CHEAPEST.search(text) or _BEST_RATED.search(text)
    if first is not None and _QUALIFIED.search(text[first.end():]):
        return None
    order = "price" if _CHEAPEST.search(text) else "rating" if _BEST_RATED.search(text) else None
    if order is None and _DUPLICATE.search(text):
        return Criterion(order="duplicate")
    if order is None and _CAME_FROM.search(text):
        return Criterion(order="incoming")
    if order is None and _REPEAT.search(text):
        return Criterion(order="outgoing")
    if order is None:
        if m := _MOST.search(text):
            return Criterion(order="fewest" if m.group(1) in ("fewest", "least") else "most", noun=m.group(2))
        return None
    cap = _CAP.search(text)
    value: float | None = None
    if cap:
        try:
            value = float(cap.group(1).replace(",", "").rstrip("."))
        except ValueError:
            value = None
    return Criterion(order=order, cap=value)

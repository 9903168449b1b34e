"""Intent support: action classes of tool names, the user's verbs (not negated), and the embedder."""

from __future__ import annotations

import json

import numpy as np
import pytest

from arbiter.cache import default_embedder
from arbiter.provenance.conversation import picked
from arbiter.provenance.intent import (
    Criterion,
    IntentScorer,
    action_classes,
    asked_words,
    asks_for_action,
    criterion,
    foreign_verbs,
    negated_words,
    requested_words,
    stem,
    verb_words,
)


@pytest.mark.parametrize(("tool", "classes"), [
    ("send_email", ("communicate",)), ("send_money", ("pay",)), ("delete_file", ("destroy",)),
    ("cancel_scheduled_transaction", ("destroy",)), ("create_calendar_event", ("modify", "schedule")),
    ("share_file", ("grant",)), ("book_hotel", ("reserve",)), ("lookup", ()),
])
def test_action_classes_come_from_the_verb(tool: str, classes: tuple[str, ...]) -> None:
    assert action_classes(tool) == classes


def test_stems() -> None:
    assert [stem(w) for w in ("emailed", "emails", "emailing", "bus", "red")] == ["email", "email", "email", "bus",
                                                                                 "red"]


def _support(scorer: IntentScorer, text: str, tool: str, description: str = "") -> tuple[float, str]:
    s = scorer.support(asked_words([text]), [text], tool, description)
    return s.score, s.signal


def test_verbs_support_and_negation_does_not() -> None:
    scorer = IntentScorer(None)
    assert _support(scorer, "Please answer Tariq's question", "reply_to_email") == (1.0, "verb:communicate")
    assert _support(scorer, "Send my landlord the rent, 1,240 EUR", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Amaury paid for both our tickets by mistake. Send him back his half.",
                    "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Send him back the photos from the trip.", "send_money")[1] != "verb:pay"
    # A bare sum after a verb of giving is money; a count of things or a time is not.
    assert _support(scorer, "Send my sister 150 for her birthday.", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Send Ana 3 photos from the trip.", "send_money")[1] != "verb:pay"
    assert _support(scorer, "Send Ana the agenda at 9 am.", "send_money")[1] != "verb:pay"
    # Savings, a balance, rent or an invoice are money in other languages too.
    assert _support(scorer, "Move whatever is above 6,000 to savings.", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Lo que pase de 6.000 en la cuenta mándalo al ahorro.", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Schick Oma das Geld für die Miete.", "send_money") == (1.0, "verb:pay")
    assert _support(scorer, "Mándale a Ana las fotos del viaje.", "send_money")[1] != "verb:pay"
    # A tool that changes an existing record is asked for by a verb of change, not by its record's kind.
    assert _support(scorer, "Pay the one-off locker fee to the gym.", "update_scheduled_transaction")[1] == "none"
    assert _support(scorer, "Lower my gym standing order to 39 EUR from April.",
                    "update_scheduled_transaction") == (1.0, "verb:modify")
    assert _support(scorer, "What do reviews say? I'm not booking anything yet", "book_hotel")[1] != "verb:reserve"
    assert _support(scorer, "Summarize my inbox", "delete_email") == (0.0, "none")  # no embedder: no meaning


def test_the_embedder_relates_requests_to_tool_descriptions() -> None:
    embedder = default_embedder()
    calls = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(texts)
        return embedder.embed(texts)

    scorer = IntentScorer(embed)
    near = _support(scorer, "Get Tariq the kickoff details he emailed about", "write_response",
                    "Compose a response to an email message.")[0]
    far = _support(scorer, "What's the weather in Lisbon?", "write_response",
                   "Compose a response to an email message.")[0]
    assert near > far
    n = len(calls)
    _support(scorer, "What's the weather in Lisbon?", "write_response", "Compose a response to an email message.")
    assert len(calls) == n  # texts and tool descriptions are embedded once


def test_requested_words_are_the_verbs_of_requests() -> None:
    # A question about what happened, a noun after a determiner or preposition, a past form: no request.
    assert "dm" not in requested_words(["Did @ravi.lund DM me about the migration? What do I need to do?"])
    assert "email" not in requested_words(["Daniel proposed a slot by email. Put it in my calendar."])
    assert "email" not in requested_words(["Sofia emailed me which meetings to drop."])
    assert "book" not in requested_words(["Cancel that hotel booking, please."])
    got = requested_words(["Sofia emailed me which meetings to drop. Cancel those and notify the participants."])
    assert {"cancel", "notify", "drop"} <= got
    # "Can you ...?" is a request, and "don't forget to" negates nothing.
    assert "email" in requested_words(["Can you email Lea a short note?"])
    assert "pay" in requested_words(["Don't forget to pay the electricity bill."])
    assert "pay" in asked_words(["Don't forget to pay the electricity bill."])
    # A comma parts phrases: "share" after "for 'marine surveyor'," is the verb of a request, not a noun after "for".
    assert "share" in requested_words(["Of the CVs that turned up for 'marine surveyor', share our brief with her."])
    assert "share" not in requested_words(["I asked for share prices, thanks."])
    # A word after a possessive is a noun: "Kaarel's mail has the date" asks for no mail.
    assert "mail" not in requested_words(["Kaarel's mail has the pickup date; put it in my calendar."])
    assert "mail" in requested_words(["Mail Kaarel the pickup date."])
    # Writing a text as a document or into one asks for a document, not a message; writing to someone is a message.
    got = requested_words(["Write the recap as a new file in /Minutes: two sites visited."])
    assert "write" not in got and "create" in got
    assert "write" not in requested_words(["Write the totals into the shared sheet."])
    assert "write" in requested_words(["Write a note to Elif about the recap."])
    # "Radim's out-of-office reply names ..." asks for no reply.
    assert "reply" not in requested_words(["Radim's out-of-office reply names who handles orders. Ask that person."])
    # Money given back is a refund; a document sent back is none.
    assert "refund" in requested_words(["Return what she overpaid to the account it came from."])
    assert "refund" in requested_words(["Send the deposit back to Tomas."])
    assert "refund" not in requested_words(["Send the signed contract back to Tomas."])
    assert "refund" not in requested_words(["Return the rental car at the airport."])
    assert "refund" in requested_words(["Corina paid me back twice. Return the extra one to her account."])
    # ... and a question about what happened stays one across its commas.
    assert "dm" not in requested_words(["Did Ravi, or anyone else, DM me about it?"])


def test_a_count_in_the_items_is_a_criterion() -> None:
    most = criterion(["Share it with the one who has the most maritime cases."])
    assert most is not None and (most.order, most.noun) == ("most", "cases")
    fewest = criterion(["Book the flight with the fewest stops."])
    assert fewest is not None and (fewest.order, fewest.noun) == ("fewest", "stops")
    assert criterion(["Book at least three nights."]) is None


@pytest.mark.parametrize("text", ["A guest paid twice; refund the duplicate.", "I was charged double for parking.",
                                  "Refund the duplicated payment.", "They billed me two times."])
def test_a_payment_made_twice_is_a_criterion(text: str) -> None:
    found = criterion([text])
    assert found is not None and found.order == "duplicate"


def test_the_duplicate_picks_the_payments_another_repeats() -> None:
    rows = [{"amount": 50.0, "iban": "X1", "reference": "rent, sorry paid twice"}, {"amount": 50.0, "iban": "X1"},
            {"amount": 50.0, "iban": "X2"}, {"amount": 12.0, "iban": "X1"}]
    assert picked(json.dumps(rows), "duplicate", None) == {0, 1}
    assert picked(json.dumps([{"amount": 5.0, "iban": "A"}, {"amount": 6.0, "iban": "A"}]), "duplicate", None) == set()
    assert criterion(["Most of the files are old; tidy them."]) is None


def test_words_with_letters_beyond_ascii_are_whole_words() -> None:
    asked = asked_words(["Ustaw Kasi zlecenie stałe: 600 zł miesięcznie, tytuł „korekta”.",
                         "Überweise die jährliche Gebühr."])
    assert {"stałe", "miesięcznie", "tytuł", "überweise", "jährliche", "gebühr"} <= asked
    assert not {"miesi", "cznie", "sta", "berweise", "hrliche", "geb", "hr"} & asked
    # The three words after a negation are left out, whatever their letters (not three fragments of one word).
    negated = asked_words(["Don't email Zoë, Łukasz or René; call Bartłomiej."])
    assert not {"email", "zoë", "łukasz"} & negated and {"rené", "call", "bartłomiej"} <= negated


def test_negated_words_and_action_nouns() -> None:
    assert {"book", "booking"} <= negated_words(["I'm not booking anything yet."])
    assert "reserve" in negated_words(["Just show me options, no reservations."])
    assert "pay" not in negated_words(["Don't forget to pay the bill."])


def test_support_counts_requested_verbs_only() -> None:
    scorer = IntentScorer(None)
    text = "Daniel proposed a workshop slot by email. Put it in my calendar."
    got = scorer.support(asked_words([text]), [text], "send_email", "", requested_words([text]))
    assert got.signal != "verb:communicate"
    assert scorer.support(asked_words([text]), [text], "send_email", "").signal == "verb:communicate"  # the old way


def test_do_hands_over_only_with_an_object_and_answers_to_me_are_no_messages() -> None:
    assert "do" in requested_words(["Do what Hana asked in our DMs."])
    assert "do" not in requested_words(["Show me the reviews of Casa do Rio."])  # a name, not a request
    assert "tell" not in requested_words(["Find a car in Bergen and tell me the options."])
    assert "tell" in requested_words(["Tell Ana the launch moved."])
    assert not {"let", "know"} & requested_words(["Let me know what Ana wants."])


@pytest.mark.parametrize(("text", "acts"), [
    ("What flights are there from OSL to FRA on 2026-10-15?", False),
    ("Find a car in Bergen for next week and tell me the options.", False),
    ("Show me the reviews of Casa do Rio.", False),
    ("Did Ravi ask me to pay the invoice?", False),
    ("I need the meeting moved to Friday.", True),  # a participle asks too
    ("Can you get the booking cancelled?", True),
    ("Please sort out the gym membership, I quit.", True),  # an errand handed over
    ("I'm not booking anything, just show me hotels.", False),  # negated
    # A past form that tells what happened asks for nothing; after a verb that wants it done, it does.
    ("Open the file the printer shared this morning and tell me what it says.", False),
    ("I'd like the file the printer sent shared with Ana.", True),
])
def test_information_requests_ask_for_no_action(text: str, acts: bool) -> None:
    assert asks_for_action([text]) is acts


@pytest.mark.parametrize(("text", "verb"), [
    ("Take away Jan's access to everything in /design.", "revoke"),
    ("Set up a standing order of 250 EUR a month to my savings.", "payment"),
    ("Get me the cheapest rental car at Nice airport.", "book"),
    ("Get rid of the old drafts.", "remove"),
])
def test_phrasal_verbs_are_read_as_the_verb_they_mean(text: str, verb: str) -> None:
    assert verb in requested_words([text]) and asks_for_action([text])


def test_get_me_asks_to_book_only_a_thing_one_books() -> None:
    assert not asks_for_action(["Get me the prices of hotels in Rome."])
    assert "book" not in requested_words(["Get me the hotel prices for Rome."])


def test_the_embedder_cannot_turn_a_question_into_a_request() -> None:
    # An embedder that finds every text identical to every tool: only the request gate can say no.
    scorer = IntentScorer(lambda texts: np.ones((len(texts), 4), dtype=np.float32) / 2)
    question = "What flights are there from OSL to FRA?"
    got = scorer.support(asked_words([question]), [question], "book_flight", "Book a flight.",
                         requested_words([question]))
    assert (got.score, got.signal) == (0.0, "information")
    errand = "I'd like the early flight from OSL to FRA sorted, a seat by the window."
    got = scorer.support(asked_words([errand]), [errand], "book_flight", "Book a flight.", requested_words([errand]))
    assert got.signal == "embedding" and got.score == 1.0
    # "I need a seat on the early flight" asks for a booking in so many words.
    need = "I need a seat on the early flight from OSL to FRA sorted."
    got = scorer.support(asked_words([need]), [need], "book_flight", "Book a flight.", requested_words([need]))
    assert got.signal == "verb:reserve"


def test_stop_and_answer_are_verbs_of_their_tools() -> None:
    scorer = IntentScorer(None)
    text = "I'm done with FitHub Gym. Stop the standing order."
    assert scorer.support(asked_words([text]), [text], "cancel_scheduled_transaction", "",
                          requested_words([text])).signal == "verb:destroy"
    from arbiter.provenance.intent import VERBS
    assert {"answer", "reply"} <= VERBS["send"]  # "answer his question" over DM or mail sends a message


def test_verb_words_of_a_tool_whose_noun_changes_its_action() -> None:
    # send_money pays: "pay the bill" asks for it even where only the tool's very verb counts.
    assert {"pay", "send", "transfer"} <= verb_words("send_money")  # type: ignore[operator]
    assert "pay" not in verb_words("send_email")  # type: ignore[operator]
    assert verb_words("lookup") is None
    # "point my standing order to the new account" asks for an update.
    assert {"point", "redirect"} <= verb_words("update_scheduled_transaction")  # type: ignore[operator]
    assert "point" in requested_words(["Point my gym standing order to the account in their letter."])


# -- bc8eff3: quoted text is no request; chase, grants in the passive, a tool's own verb -------------------------------
def test_quoted_text_is_what_to_write_not_what_to_do() -> None:
    text = "Open the minutes and add an action item at the end: 'Wendelin: send facade samples by 18 June'."
    got = requested_words([text])
    assert "add" in got and "send" not in got
    curly = requested_words(["Add an action item: \u201cWendelin: send facade samples\u201d"])
    assert "add" in curly and "send" not in curly
    assert not asks_for_action(["'send the samples to Lariksbos'"])  # a quote alone asks for nothing
    # An apostrophe inside a word neither opens nor closes a quote ...
    assert "send" in requested_words(["Don't forget Ana's file, send it to her today."])
    # ... nor ends one it stands in: the quote runs to its own closing mark, and the request after it counts.
    got = requested_words(["Add a to-do: 'pay Ana's invoice on Friday' and email Lea the list."])
    assert "email" in got and "pay" not in got


def test_chasing_someone_asks_for_a_message() -> None:
    text = "Chase Harriet about the board meeting."
    got = IntentScorer(None).support(asked_words([text]), [text], "send_email", "", requested_words([text]))
    assert (got.score, got.signal) == (1.0, "verb:communicate")


def test_getting_access_in_the_passive_asks_for_a_grant() -> None:
    text = "Everyone who can edit the plan should get editor access to the budget."
    assert "grant" in requested_words([text])
    got = IntentScorer(None).support(asked_words([text]), [text], "share_file", "", requested_words([text]))
    assert (got.score, got.signal) == (1.0, "verb:grant")


def test_the_verb_of_a_tools_own_name_supports_it_but_send_names_no_payment() -> None:
    scorer = IntentScorer(None)
    text = "Save the class-trip account as a payee and schedule the instalments the letter lists."
    got = scorer.support(asked_words([text]), [text], "schedule_transaction", "", requested_words([text]))
    assert action_classes("schedule_transaction") == ("pay",) and (got.score, got.signal) == (1.0, "verb:schedule")
    # send_money's own verb "send" is one of communication: without words of money it asks for no payment.
    files = "Send Ana the file."
    got = scorer.support(asked_words([files]), [files], "send_money", "", requested_words([files]))
    assert not got.signal.startswith("verb:"), got


# -- 38f22e1, 3f6b36e, dc35cc1: the user's criterion, a channel named after "by", a word of the tool's own verb --------
@pytest.mark.parametrize(("text", "want"), [
    ("Book the cheapest flight from Dublin to Thessaloniki on 20 April.", Criterion("price")),
    ("Take the least expensive room you can find.", Criterion("price")),
    ("Book the best-rated hotel in Porto under EUR 150 a night for 5-8 July.", Criterion("rating", 150.0)),
    ("Reserve the top rated bistro, at most €1,200 for the group.", Criterion("rating", 1200.0)),
    ("I need a hotel in Gdańsk; take the lowest-priced one below 120 a night.", Criterion("price", 120.0)),
    ("Book a flight from Dublin to Thessaloniki on 20 April.", None),  # no criterion: nothing is picked
    ("Book the hotel with the best breakfast.", None),
])
def test_the_criterion_by_which_the_user_picks_an_item(text: str, want: Criterion | None) -> None:
    assert criterion([text]) == want


def test_a_channel_after_by_in_a_request_asks_for_a_message() -> None:
    text = "Summarise today's #hiring discussion for Lotte by DM."
    assert "dm" in requested_words([text])
    got = IntentScorer(None).support(asked_words([text]), [text], "send_direct_message", "", requested_words([text]))
    assert (got.score, got.signal) == (1.0, "verb:communicate")
    assert "email" in requested_words(["Send Lea the minutes via email."])
    # A report of what someone did over a channel asks for no message.
    assert "email" not in requested_words(["Ana proposed a slot by email."])
    assert "dm" not in requested_words(["Ravi asked by DM for the slides."])


def test_a_word_of_the_tools_own_verb_supports_it() -> None:
    text = "Set up the monthly instalments the letter lists."
    got = IntentScorer(None).support(asked_words([text]), [text], "schedule_transaction", "", requested_words([text]))
    assert (got.score, got.signal) == (1.0, "verb:schedule")


def test_a_new_document_is_one_to_create() -> None:
    assert "create" in requested_words(["Summarise the report into a new file 'Garowe summary'."])
    assert "create" in requested_words(["Put the figures in a new spreadsheet."])
    assert "create" not in requested_words(["Ana shared a new file yesterday."])  # a report of what happened
    assert "create" not in requested_words(["Read the new file Ana shared."])


@pytest.mark.parametrize(("text", "verb"), [
    ("Transfere 240 euros para o clube do Tomás.", "transfer"),
    ("Bitte überweise 50 EUR an Max.", "transfer"),
    ("Réservez une table pour deux à 20h.", "book"),
    ("Cancela la reunión del lunes.", "cancel"),
    ("Elimina il file vecchio.", "delete"),
    ("Stuur Anouk de notulen.", "send"),
    ("Paga la factura de la luz.", "pay"),
    ("Lad Svenja Roth vom Labor als Gast ein.", "invite"),
    ("Was gibt's Neues? Und sag Dario per DM, dass sein Samstag bestätigt ist.", "tell"),
    ("Dile a Ana que la reunión es a las diez.", "tell"),
    ("Di' a Marco che va bene.", "tell"),
    ("Il Comune vuole la relazione: inoltragliela all'indirizzo che indicano.", "forward"),
    ("Reenvíaselo al gestor hoy.", "forward"),
    # Swedish, Turkish, Dutch, Indonesian and Polish everyday verbs and light-verb phrases
    ("Mejla Karin att tåget är försenat.", "send"),
    ("Hyr en liten bil i Visby från fredag.", "book"),
    ("Toplant\u0131 saatini #atolye kanal\u0131nda duyur.", "send"),
    ("Eski stajyeri gruptan ç\u0131kar.", "remove"),
    ("Emre'nin sorusuna cevap ver: yar\u0131n olur.", "reply"),
    ("Zet de proeverij donderdag in mijn agenda.", "schedule"),
    ("Haal de vergadering van vrijdag uit mijn agenda.", "remove"),
    ("Bevestig hem dat de taart om drie uur klaar is.", "reply"),
    ("Cabut akses Bu Sari dari folder proyek.", "remove"),
    ("Catat jumlahnya di file anggaran.", "note"),
    ("Ustaw przelew stały dla Ani.", "set"),
])
def test_a_request_in_another_language_asks_for_its_verb(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text)
    assert verb in requested_words([text]) and verb in asked_words([text])
    assert asks_for_action([text])


@pytest.mark.parametrize("text", [
    "Please transfer 50 EUR to Max.",  # English: the English lexicon reads it, not the French "transférer"
    "What is on the agenda for the planning meeting?",
    "Who was the sender of the invoice?",
    "I cancelled the order and changed the address.",
    "The lad who delivers the bread comes in at eight.",
    "Tell me if the roof started to sag again.",
])
def test_english_words_are_no_foreign_verbs(text: str) -> None:
    assert not foreign_verbs(text)


def test_the_second_of_two_payments_given_back_is_a_refund() -> None:
    assert "refund" in requested_words(["Marek paid the fee twice. Return the second one to his account."])
    assert "refund" in requested_words(["Send the extra one back to Corina."])
    assert "refund" not in requested_words(["Send the second report to Corina."])


@pytest.mark.parametrize(("text", "verb"), [
    ("Prosim, plačaj račun mlina v datoteki racuni/mlin.txt.", "pay"),
    ("Erreserbatu Bilboko hotelik merkeena.", "book"),
    ("Færðu aðgerðina í þann tíma sem hún stingur upp á.", "move"),
    ("Отмени встречу в четверг.", "cancel"),
    ("Usuń stary plik z folderu.", "delete"),
])
def test_requests_in_more_languages_ask_for_their_verbs(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text)


@pytest.mark.parametrize("text", [
    "Book a double room at Hotel Trnovo Lipa for 20-23 September.",  # a name inside a sentence
    "Forward the bulletin to everyone tagged 'compras'.",  # a quoted value
    "Pay the deposit the owner asks for in docs/reserva_cadiz.txt.",  # a path
    "Mae Rhodri wedi anfon neges ataf.",  # Welsh: "Rhodri has sent me a message", a report
])
def test_names_values_and_reports_are_no_foreign_requests(text: str) -> None:
    assert not foreign_verbs(text) - {"pay"}
    assert "book" not in foreign_verbs(text)


@pytest.mark.parametrize("text", [
    "Mae Rhodri wedi anfon neges ataf. Gwna beth mae o'n ei ofyn, plîs.",  # Welsh
    "Naredi, kar piše v Majinem sporočilu.",  # Slovenian
    "Haz lo que pide Ana en su correo.",  # Spanish
    "Doe wat Jan in zijn bericht vraagt.",  # Dutch
    "Сделайте, что просит Иван.",  # Russian
])
def test_a_hand_over_in_another_language_reads_as_one(text: str) -> None:
    assert {"do", "asked"} <= foreign_verbs(text)
    assert "do" in requested_words([text]) and "asked" in asked_words([text])


def test_a_foreign_request_in_a_script_english_tokens_do_not_read_is_read() -> None:
    assert "cancel" in requested_words(["Отмени встречу в четверг."])
    assert not {"do", "asked"} & requested_words(["Что просит Иван?"])  # a question, no hand-over


@pytest.mark.parametrize("text", [
    "Færðu aðgerðina í þann tíma sem hún stingur upp á.",  # Icelandic
    "Mueve la cita a la hora que propone Ana.",  # Spanish
    "Verschieb den Termin auf die Zeit, die Jonas vorschlägt.",  # German
])
def test_deferring_to_the_contents_values_in_another_language(text: str) -> None:
    assert "proposes" in asked_words([text])
    assert "proposes" not in asked_words(["Færðu aðgerðina á fimmtudag klukkan 10."])


@pytest.mark.parametrize(("text", "verb"), [
    ("Смени постоянното нареждане към хазяина с новата сума.", "update"),  # noqa: RUF001  (Bulgarian)
    ("Преведи наема за май на хазяина.", "transfer"),
    ("Изпрати договора на Иван.", "send"),
    ("Zmień adres dostawy na nowy.", "update"),  # Polish
    ("Güncelle telefon numaramı.", "update"),  # noqa: RUF001  (Turkish)
    ("Päivitä puhelinnumeroni.", "update"),  # Finnish
])
def test_requests_to_change_and_bulgarian_requests_ask_for_their_verbs(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text)
    assert asks_for_action([text])


def test_a_summary_for_a_person_whose_address_the_user_gives_is_a_message() -> None:
    for text in ("Summarise the technical rider for Ignacio (ignacio.b@teatro.example).",
                 "Resumí para Ignacio (ignacio.b@teatro.example) el documento técnico.",
                 "Riassumi il verbale per giulia@studio.example."):
        assert "send" in requested_words([text]), text
        assert asks_for_action([text]), text
    # A summary for oneself, or of a mail from an address, sends nothing.
    for text in ("Summarise the technical rider for me.", "Summarise the rider from ignacio.b@teatro.example."):
        assert "send" not in requested_words([text]), text
        assert not asks_for_action([text]), text


def test_same_as_last_time_picks_the_payments_that_went_out() -> None:
    for text in ("field rent's due, pay this month's same as last time", "Pay the cleaner as usual.",
                 "Send Ana the same as last month", "pay the gardener again"):
        assert criterion([text]) == Criterion("outgoing"), text
    statement = [{"amount": 0.01, "iban": "GB83"}, {"amount": -650.0, "iban": "GB84"},
                 {"amount": -12.5, "iban": "GB01"}]
    assert picked(json.dumps(statement), "outgoing", None) == {1, 2}
    # Only payments that went out: nothing to tell apart.
    assert picked(json.dumps(statement[1:]), "outgoing", None) == set()


def test_taking_someone_off_a_list_asks_for_a_removal() -> None:
    assert "remove" in requested_words(["Rohan is leaving. Take him off the channel he mentions."])
    assert "remove" in requested_words(["Take @ana.k off #ops."])
    assert "remove" not in requested_words(["I will take the day off tomorrow."])
    assert "remove" in requested_words(["Tidy up #port: take out anyone the directory lists as former staff."])
    assert "remove" in requested_words(["Check who has access and take off anyone who isn't staff."])
    assert "remove" not in requested_words(["Take out the bins, and take off early if you like."])


def test_dropping_a_line_bumping_an_order_and_taking_a_named_member_out() -> None:
    assert "message" in requested_words(["Move the preview to Thursday and drop Petra a line that it's moved."])
    assert "message" in requested_words(["shoot him a quick email about it"])
    assert "message" not in requested_words(["Drop the price filter and show me all hotels."])
    assert "bump" in requested_words(["Bump my standing order for them to €54 a month."])
    assert "remove" in requested_words(["Take Peter Gitau (@peter.gitau) out of #leadership, he has moved."])


def test_a_van_is_a_car_to_book() -> None:
    assert "book" in requested_words(["In Amsterdam we need a van from Schiphol on the 8th."])


def test_the_account_a_payment_came_from_picks_the_one_payment_that_came_in() -> None:
    for text in ("Return the overpaid part to the account it came from.",
                 "Add her as a payee with the account she paid from.", "Refund the paying account.",
                 "Refund the deposit to the account his rent came from."):
        assert criterion([text]) == Criterion("incoming"), text
    assert criterion(["Pay the account from the invoice."]) is None
    statement = [{"amount": 690.0, "iban": "HU47"}, {"amount": -48.0, "iban": "SI04"}]
    assert picked(json.dumps(statement), "incoming", None) == {0}
    # Two payments that came in: the request picks neither.
    assert picked(json.dumps([*statement, {"amount": 0.01, "iban": "HU48"}]), "incoming", None) == set()


@pytest.mark.parametrize(("text", "verb"), [
    ("请把发票付款给供应商。", "pay"),  # Chinese
    ("会議を金曜日に移動して、田中さんに返信してください。", "reply"),  # Japanese
    ("김 대리에게 보고서를 보내 주세요.", "send"),  # Korean
    ("โอนเงินให้เจ้าของบ้านด้วย", "transfer"),  # Thai
    ("Vui lòng chuyển khoản tiền thuê nhà cho chủ nhà.", "transfer"),  # Vietnamese
    ("أرسل التقرير إلى سارة", "send"),  # Arabic
    ("שלח את הקובץ לדנה", "send"),  # Hebrew
    ("रिपोर्ट राहुल को भेजें", "send"),  # Hindi
    ("بفرست گزارش را به مریم", "send"),  # Persian
])
def test_requests_in_scripts_without_spaces_or_written_right_to_left(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text)
    assert asks_for_action([text]) and verb in requested_words([text])


def test_a_question_word_in_chinese_or_japanese_asks_for_information() -> None:
    assert not foreign_verbs("我的预订是什么\uff1f")  # "what is my booking?"
    assert not asks_for_action(["予約はいつですか\uff1f"])  # "when is the booking?"
    assert "cancel" in foreign_verbs("能帮我取消预订吗\uff1f")  # "could you cancel the booking?" is a request
    assert not foreign_verbs("Them ran home.")  # Vietnamese syllables are read only in Vietnamese text


@pytest.mark.parametrize("text", [
    "按照他邮件里的要求做。",
    "田中さんの言う通りにしてください。",
    "김 대리가 요청한 대로 해 주세요.",
    "افعل ما يطلب في رسالته",
])
def test_a_hand_over_in_chinese_japanese_korean_or_arabic_reads_as_one(text: str) -> None:
    assert {"do", "asked"} <= foreign_verbs(text)


def test_deferring_to_the_contents_values_in_chinese_and_japanese() -> None:
    assert "proposes" in asked_words(["把会议移到她提议的时间。"])
    assert "proposes" in asked_words(["会議を田中さんが提案した時間に移動して。"])
    assert "proposes" not in asked_words(["把会议移到周五上午十点。"])


@pytest.mark.parametrize(("text", "verb"), [
    ("Mándale a la profesora Marta el horario nuevo.", "send"),  # a pronoun joined to the verb
    ("Vê a escala do Rui e paga-lhe os 240 €.", "pay"),  # ... or after a hyphen
    ("Devolve-lhos para a conta de onde vieram.", "refund"),
    ("Legg overfarten inn i kalenderen min.", "add"),  # Norwegian
    ("Potrebbe inoltrarlo direttamente al nostro registrar?", "forward"),  # Italian: inoltrare + lo
])
def test_requests_with_joined_pronouns_and_more_forms(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text)
    assert not foreign_verbs("La escuela está cerrada. Jean-Luc a écrit.")


def test_duplicates_and_the_account_it_came_from_in_other_languages() -> None:
    assert criterion(["Pagou-nos duas vezes a mesma nota. Devolve o duplicado."]) == Criterion("duplicate")
    assert criterion(["Devolve-lhos para a conta de onde vieram."]) == Criterion("incoming")
    assert criterion(["Devuélvelo a la cuenta de la que vino."]) == Criterion("incoming")


@pytest.mark.parametrize(("text", "verb"), [
    ("table for 4 at Ināti on Friday 23rd at 7", "book"),
    ("need a car in Queenstown 20th-23rd. automatic, unlimited km, cheapest of those", "book"),
    ("lunch friday at rst-akl-ponsonby44, 12:30, for 3", "book"),
    ("earliest flight to Queenstown on the 20th that lands before midday pls", "book"),
    ("IT sent a warning about some phishing email going round, if I've got it please bin it", "delete"),
    ("if they've cancelled, take it out of my calendar", "remove"),
    ("Take everyone except me and Ilse off the 'Rates 2034' sheet.", "remove"),
    ("Now a hotel for the three of them in Tromsø, 3 to 6 May: the cheapest one.", "book"),
    ("Right. A car for Dana from Bergen airport on the 4th, automatic.", "book"),
    ("car in takoradi for the wedding wknd 21-23, automatic, cheapest", "book"),
    ("flights to tamale for the funeral, the 28th, land before 10, me kwabena and auntie efua", "book"),
    ("need a 2nd stay near korle bu for nana's follow-up, 1-3 oct, ground floor", "book"),
    ("find the best reviewed place in kumasi for nana's 83rd, sat 15 sept 1pm, 9 of us", "book"),
    ("pls fwd the gas bill to rodri, he's paying it this month", "forward"),
    ("tomás football changed time AGAIN?? fix the cal", "fix"),
])
def test_terse_requests_made_of_a_noun_phrase(text: str, verb: str) -> None:
    assert verb in requested_words([text]) and asks_for_action([text])


@pytest.mark.parametrize("text", ["What is the earliest flight to Oslo?",
                                  "I need the cheapest car prices for a report.", "Which table for 4 is free?",
                                  "A hotel for the team would be nice, what are the options?",
                                  "I read the reviews. A car for three days costs how much?",
                                  "Find a car in Bergen for 2026-10-13 to 2026-10-15 and tell me the options.",
                                  "flights to tamale on the 28th?", "Get me the prices of flights to Rome.",
                                  "find restaurants in Kumasi with good reviews"])
def test_questions_about_bookables_ask_for_no_booking(text: str) -> None:
    assert "book" not in requested_words([text])


@pytest.mark.parametrize("text", [
    "The cheapest one rated 8 or more that has parking for the survey trailer.",
    "Book the best-rated place that takes dogs.",
    "the cheapest hotel with free parking near the port",
])
def test_a_condition_a_price_or_rating_cannot_check_leaves_the_pick_to_the_items_text(text: str) -> None:
    assert criterion([text]) is None


def test_a_condition_in_another_sentence_leaves_the_criterion_standing() -> None:
    assert criterion(["Book the cheapest flight to Oslo. The hotel that has parking can wait."]) == Criterion("price")
    assert criterion(["the best-rated hotel under EUR 150"]) == Criterion("rating", cap=150.0)


@pytest.mark.parametrize(("text", "verb"), [
    ("Segnami in agenda il corso di venerdì.", "schedule"),
    ("Accetta e mettilo in agenda a Bruno.", "schedule"),
    ("Fai a Carla un riassunto delle offerte.", "send"),
    ("Pásale 90 € a Íñigo, concepto cena.", "transfer"),
    ("Pon en la cuenta mi correo nuevo.", "update"),
    ("Quita la transferencia del club, ya no voy.", "remove"),
    ("Nimm Jonas in #technik auf.", "add"),
    ("Nimm @lea aus #lager raus, sie ist weg.", "remove"),
    ("Fass Timo per DM zusammen, was im #lager besprochen wurde.", "send"),
    ("Aluga pros Souza o carro mais barato no Porto.", "book"),
    ("Bota na agenda a visita guiada do hotel.", "schedule"),
    ("Emite a ida POA-LIS dos Souza, econômica.", "book"),
    ("Enlève l'accès de l'ancien stagiaire au dossier Morel.", "remove"),
    ("La notaire a partagé la liste, crée-moi une fiche avec.", "create"),
])
def test_colloquial_requests_in_the_major_european_languages(text: str, verb: str) -> None:
    assert verb in foreign_verbs(text) and asks_for_action([text]), foreign_verbs(text)


@pytest.mark.parametrize("text", ["Was steht im #lager? Nimm dir Zeit.", "Non accettare nulla, dimmi cosa offrono.",
                                  "¿Qué le pasa a la cuenta?"])
def test_light_verbs_that_ask_for_no_action(text: str) -> None:
    assert not foreign_verbs(text) - {"do"}, foreign_verbs(text)


@pytest.mark.parametrize(("text", "signal"), [
    ("tomás football changed time AGAIN?? fix the cal", "verb:modify"),
    ("the dentist moved my appointment, update it", "verb:modify"),
    ("what time is the dentist on friday?", "information")])
def test_a_verb_of_correcting_asks_to_move_an_event(text: str, signal: str) -> None:
    got = IntentScorer(None).support(asked_words([text]), [text], "reschedule_calendar_event", "",
                                     requested_words([text]))
    assert got.signal == signal


@pytest.mark.parametrize(("text", "verb"), [("No \u2013 invite her as a guest.", "invite"), ("No, add her.", "add"),
                                          ("Is she in? No. Cancel it then.", "cancel")])
def test_a_no_that_answers_a_question_negates_nothing_after_it(text: str, verb: str) -> None:
    assert verb in asked_words([text]) and verb in requested_words([text])


def test_a_no_inside_the_request_still_negates() -> None:
    assert "send" not in asked_words(["no, don't send it"])
    assert "send" not in asked_words(["Do not send it."])


@pytest.mark.parametrize(("text", "supported"), [
    ("Move 300 to savings so the fee's covered.", False),
    ("Move my contact email to mojca@loncarna.si.", True),
    ("Update my email to mojca@loncarna.si.", True)])
def test_moving_money_is_no_request_to_change_ones_details(text: str, supported: bool) -> None:
    got = IntentScorer(None).support(asked_words([text]), [text], "update_user_info", "", requested_words([text]))
    assert (got.signal in ("verb:update", "verb:modify")) == supported


@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("I have no idea, send it anyway", "send", "idea"),
    ("no need to send it", None, "send"),
    ("No longer pay the gym.", None, "pay"),
    ("Send no money yet, just the form.", "send", "money")])
def test_no_negates_its_noun_and_a_verb_only_through_need_or_longer(text: str, kept: str | None,
                                                                    dropped: str) -> None:
    asked = asked_words([text])
    assert dropped not in asked
    assert kept is None or kept in asked


def test_a_foreign_verbs_look_alike_after_an_article_or_preposition_is_a_noun() -> None:
    """"con retiro en el aeropuerto" is a pickup, not a removal; a request keeps its verb."""
    assert "remove" not in foreign_verbs("Reservame la camioneta más barata con retiro en la estación de Salto")
    assert foreign_verbs("Retira a Tomás del canal") >= {"remove"}
    assert foreign_verbs("Trimite-i lui Radu raportul pentru aprilie.") >= {"send"}  # Romanian joined pronoun
    scorer = IntentScorer(None)
    assert _support(scorer, "Her auto-reply gives another address. Resend the invoice there.",
                    "forward_email") == (1.0, "verb:communicate")

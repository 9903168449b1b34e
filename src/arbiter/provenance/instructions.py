"""Instruction detection: does untrusted content carry text addressed to the AI?

People write requests to each other in email and chat all the time ("could you send me the
date?"); what an injection needs, and a person does not, is to speak to the model: override its
instructions, pose as its user or operator, fake the protocol's turns and tags, name its tools,
press it to act without the user, or hide from a reader. The scorer reads the text's *skeleton*
(:func:`skeleton`: NFKD with combining marks dropped, Unicode TR39 confusables mapped to Latin
letters, then :func:`arbiter.provenance.atoms.fold`), so "assistant" written with
Cyrillic look-alike letters, or buried under stacked accents, reads as "assistant", and scores it against weighted cue
families; the raw text is also checked for the hiding itself (letters of two scripts in one word,
invisible characters inside words, stacked marks). Overrides in scripts the Latin look-alike mapping would
garble (Russian, Chinese, Japanese, Korean, Arabic) are matched on the folded text (:data:`RAW_CUES`). The score
is the matched cues' weights, at most 1.0 per family; a result whose score reaches the check's threshold carries
instructions.

The weak cues matter in combination: an addressee that is an AI (``the assistant``, ``KI``,
``automated readers``, the agent's own name) together with a command that has a destination (send,
forward, pay, share ... to an address, IBAN or link) is an instruction to the AI; either alone is
what ordinary mail is made of. Cue families and weights were chosen on the tune splits of
``evals/injection`` only (``make bench-injection`` reports the test split).
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from arbiter.provenance.atoms import Atom, extract, fold, unaccent

__all__ = ["CUES", "RAW_CUES", "Detection", "clean_values", "detect", "skeleton", "unquoted", "warns_only"]

_AI = (r"(?:ai|a\.i\.|ki|ia|assistant|assistants|assistent\w*|assistente|asistent\w*|asysten\w*|agent|agents|agente|"
       r"bot|chatbot|copilot|model|llm|gpt|chatgpt|claude|gemini)")
# The assistant words alone (no "agent", "model", "bot": a travel agent or a car model is a person or a thing).
_ASSIST = r"(?:assistant|assistants|assistent\w*|assistente|asistent\w*|asysten\w*|asszisztens\w*|avustaja\w*)"
# Prepositions and articles of "a note for the assistant" in the major European languages (on the skeleton).
_FOR = r"(?:for|to|fur|an|voor|aan|pour|a|para|per|pentru|dla|pro|til|till|za|na)"
_ART = r"(?:the|der|die|den|dem|de|het|le|la|l'|el|il|lo|o|a|os|an|ein|einen|un|une|uno|una|um|uma|en|et|ett)"
_PRIOR = r"(?:previous|prior|preceding|earlier|above|former|original|initial|all|any|other|your)"
_RULES = r"(?:instructions?|directions?|directives?|prompts?|rules|guidelines|tasks?|requests?|orders|context)"
_DO = (r"(?:send|forward|e-?mail|mail|message|dm|post|publish|transfer|move|pay|wire|share|invite|add|grant|delete|"
       r"remove|cancel|purge|create|update|change|reset|book|reserve|upload|export|copy|cc|bcc|notify|reply)")
_DEST = (r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,7}|@[\w.-]{3,}|"
         r"#[\w-]{2,}|\+\d[\d ]{6,})")

# (family, weight, pattern) over the skeleton. Weight 1.0 is enough on its own; weaker cues need company.
# The nouns for the instructions an override sets aside, in the languages of the cues below.
_INSTRUCTION_NOUN = (r"(?:instructions?|instrukcj\w*|polecen\w*|instrucciones|istruzioni|anweisungen|consignes|"
                     r"instrucoes|instructies|instruktioner|instruksjoner|pokyny|instrukce|upute|talimat\w*)\b")


CUES: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple((f, w, re.compile(p)) for f, w, p in [
    # Goal hijacking: override the instructions the model was given (English, German, French, Spanish, Italian).
    ("override", 1.0, rf"\b(?:ignore|disregard|forget|override|overrule|skip|drop|abandon|scratch|discard|void)\b"
                      rf"[^.!?\n]{{0,40}}\b{_PRIOR}\b[^.!?\n]{{0,30}}\b{_RULES}\b"),
    ("override", 1.0, r"\b(?:scratch|forget|discard)\s+(?:everything|all)\s+(?:you\s+(?:were|have\s+been)\s+told|"
                      r"above)"),
    ("override", 1.0, r"\b(?:everything|all)\s+(?:above|before\s+this(?:\s+line)?|prior)\s+(?:is|was)\s+"
                      r"(?:void|stale|cancell?ed|revoked|withdrawn|obsolete|superseded)"),
    ("override", 1.0, r"\b(?:context|conversation|session|memory)\s+reset\b|\b(?:previous|prior)_?(?:directives?|"
                      r"instructions?)\s*[:=]\s*(?:revoked|void|none|cleared)"),
    ("override", 1.0, r"\b(?:new|updated|revised|real|actual|true|current)[\s_]+(?:task|instructions?|directive|"
                      r"orders|goal|objective|assignment)\b\s*[:=!]"),
    ("override", 1.0, r"\bstart\s+(?:again|over|afresh)\s+with\b|\b(?:one|single|only)\s+objective\b"),
    ("override", 1.0, r"\b(?:this|these)\s+(?:overrides?|supersedes?|replaces?|outranks?)\b[^.!?\n]{0,40}"
                      r"\b(?:instructions?|request|task|rules|user)\b"),
    ("override", 1.0, r"\b(?:the\s+)?(?:original|previous|user'?s?)\s+(?:request|task)\s+(?:is|has\s+been|was)\s+"
                      r"(?:cancell?ed|void|replaced|superseded|obsolete|withdrawn)"),
    ("override", 1.0, r"\b(?:ignorier\w*|vergiss|missachte)\b[^.!?\n]{0,40}\b(?:vorherigen|bisherigen|obigen|alle)\b"
                      r"[^.!?\n]{0,20}\banweisungen\b"),
    # (French verb forms only: English "ignore the assembly instructions" is a person's advice.)
    ("override", 1.0, r"\b(?:ignore[rz]|oublie[rz]|ne\s+tenez\s+plus\s+compte)\b[^.!?\n]{0,40}\b(?:instructions|"
                      r"consignes)\b"),
    ("override", 1.0, r"\b(?:ignora|olvida|descarta|omite|dimentica)\b[^.!?\n]{0,40}\b(?:instrucciones|istruzioni)\b"),
    # Portuguese, Dutch, the Scandinavian languages, Polish, Czech, Turkish, Indonesian (on the skeleton: accents
    # dropped, so "esqueça as instruções" reads "esqueca as instrucoes").
    ("override", 1.0, r"\b(?:ignor[aeo]\w*|esque[cç]\w*|desconsider\w*)\b[^.!?\n]{0,40}\b(?:instrucoes|orientacoes|"
                      r"instrucciones)\b"),
    ("override", 1.0, r"\b(?:negeer|vergeet|negeren)\b[^.!?\n]{0,40}\b(?:instructies|opdrachten|aanwijzingen)\b"),
    ("override", 1.0, r"\b(?:ignorera|ignorer|glom|glem)\b[^.!?\n]{0,40}\b(?:instruktioner|instruksjoner|"
                      r"instruktionerne|instruksjonene)\b"),
    ("override", 1.0, r"\b(?:zignoruj|ignoruj|zapomnij|pomin|ignorujte|zapomen)\w*\b[^.!?\n]{0,40}\b(?:polecen\w*|"
                      r"instrukcj\w*|pokyny|instrukce)\b"),
    # The instructions first, then what to do with them ("Wcześniejsze polecenia przestają obowiązywać, zignoruj je
    # wszystkie"; "the earlier instructions no longer apply"; "las instrucciones anteriores ya no son válidas").
    ("override", 1.0, r"(?:\b(?:previous|earlier|prior|above|wczesniejsz\w*|poprzedni\w*|dotychczasow\w*|"
                      r"anterior\w*|precedent\w*|vorherig\w*|bisherig\w*|fruhere\w*|eerdere|vorige|tidligere|"
                      r"tidigare|onceki|predchoz\w*|prethodn\w*)\s+(?:\w+\s+){0,2}?" + _INSTRUCTION_NOUN +
                      r"|" + _INSTRUCTION_NOUN + r"\s+(?:anterior\w*|precedent\w*|previ\w*|prior))"
                      r"[^.!?\n]{0,60}\b(?:zignoruj|ignoruj|ignore|ignora|ignorier\w*|vergiss|oublie[rz]?|olvida|"
                      r"dimentica|esquec\w*|negeer|glem|glom|no\s+longer\s+(?:apply|valid|hold|stand)|"
                      r"(?:are|is)\s+(?:now\s+)?(?:void|obsolete|revoked|cancell?ed)|przestaj\w*\s+obowiazywac|"
                      r"nie\s+obowiazuj\w*|gelten\s+nicht\s+mehr|ne\s+s'appliquent\s+plus|ya\s+no\s+(?:son\s+validas|"
                      r"se\s+aplican|valen)|non\s+valgono\s+piu|nao\s+(?:valem|se\s+aplicam)\s+mais|"
                      r"(?:zijn\s+)?vervallen|gjelder\s+ikke\s+lenger|galler\s+inte\s+langre)\b"),
    ("override", 1.0, r"\b(?:onceki|evvelki|yukaridaki|tum)\b[^.!?\n]{0,30}\btalimat\w*|\btalimat\w*\b[^.!?\n]{0,20}"
                      r"\b(?:yok\s+say|unut|gormezden\s+gel)"),
    ("override", 1.0, r"\b(?:abaikan|lupakan)\b[^.!?\n]{0,40}\b(?:instruksi|perintah|arahan)\b"),
    # Any language that borrows "ignore" and "instruction" (Romanian "ignoră toate instrucțiunile anterioare",
    # Croatian "ignoriraj prethodne upute", Hungarian "ignoráld az utasításokat"): with a word for "previous" or "all"
    # on its own, without it only in company ("ignore the assembly instructions on the box" is a person's advice).
    ("override", 1.0, r"\bignor\w*\b(?=[^.!?\n]{0,70}\b(?:anterio\w*|preceden\w*|previ\w*|prior|vorherig\w*|"
                      r"bisherig\w*|vorig\w*|eerder\w*|tidliger\w*|tidigare|poprzedni\w*|predchoz\w*|"
                      r"predchadzaj\w*|prethodn\w*|onceki|aiemm\w*|korabbi\w*|toate|tutte|todas|todos|toutes|alle|all|"
                      r"wszystkie|vsechny|sve|kaikki|osszes|vse|sva|svih)\b)[^.!?\n]{0,70}\b(?:instru\w*|uput\w*|"
                      r"pokyn\w*|utasit\w*|ohje\w*|talimat\w*|navodil\w*|anweisung\w*|opdracht\w*|aanwijzing\w*|"
                      r"polecen\w*|consign\w*|indicazion\w*|indicacion\w*|orientac\w*)\b"),
    ("override", 0.6, r"\bignor\w*\b[^.!?\n]{0,40}\b(?:instru\w*|uput\w*|pokyn\w*|utasit\w*|ohje\w*|talimat\w*|"
                      r"anweisung\w*|opdracht\w*|polecen\w*|consign\w*)\b"),
    # "New task:" in the other European languages ("Jūsų nauja užduotis: ...", "Twoje nowe zadanie:", "Neue Aufgabe:").
    ("override", 1.0, r"\b(?:new|nauja|naujas|nowe|nowa|nuova|nuovo|nieuwe|neue|neuer|nouvelle|nouveau|nueva|nuevo|"
                      r"nova|novo|yeni|uusi|uj|novy|nova|ny|nye|jauns|jauna|uus|novi|noua)\s+(?:task|uzduotis|zadanie|polecenie|"
                      r"attivita|compito|taak|opdracht|aufgabe|auftrag|tache|mission|tarea|tarefa|gorev|tehtava|feladat|"
                      r"ukol|oppgave|uppgift|opgave|uzdevums|ulesanne|zadatak|sarcina|instructiuni|anweisung)\s*[:=!\u2013\u2014-]"),
    ("override", 0.6, r"\b(?:tu|ta|votre|deine|tua)\s+(?:unica|única|seule|einzige)\s+"
                      r"(?:tarea|tâche|aufgabe|compito)\b"),
    # Speaking to the model: an AI addressee (weak alone: "my assistant Greta will call you" is a person).
    ("addressee", 0.6, rf"\b(?:dear|hey|hello|hi|attention|attn|liebe|lieber|cher|chère|querido|querida|gentile|"
                       rf"caro|cara|gentili|estimado|estimada|prezado|prezada|beste|hej|drogi|droga|szanowny|"
                       rf"szanowna)\s*,?\s+(?:the\s+)?(?:\w+\s+)?{_AI}\b"),
    ("addressee", 0.6, rf"\b(?:note|message|instructions?|notice|reminder|request|checklist|steps?|memo|task)\s+"
                       rf"(?:for|to)\s+(?:the\s+|any\s+|all\s+|an?\s+|my\s+)?(?:\w+\s+){{0,2}}{_AI}\b"),
    ("addressee", 0.6, rf"\b(?:any|all|every|each|the)\s+(?:\w+\s+){{0,2}}{_AI}s?\s+(?:\w+\s+){{0,3}}"
                       r"(?:reading|processing|preparing|summari[sz]ing|handling|working|acting|that\s+reads|"
                       r"who\s+reads|when\s+you|while\s+you)"),
    ("addressee", 0.6, r"\b(?:automated|automation|autonomous)\s+(?:agents?|systems?|assistants?|tools?|readers?|"
                       r"processors?)\b|\bfor\s+(?:the\s+)?(?:automated|automatic)\s+(?:\w+\s+)?(?:processing|handling)\b|\bwhoever\s+(?:reads|summari[sz]es|processes|prepares|handles)\b|"
                       r"\b(?:anyone|anybody|everyone)\s+(?:who\s+(?:is\s+)?)?(?:automat\w+|summari[sz]\w+|processing)\b"),
    # "The AI assistant", "KI-Assistent", "asistentul AI", "de digitale assistent": an assistant that is software.
    ("addressee", 0.6, rf"\b(?:ai|a\.i\.|ki|ia|digital\w*|virtu\w*|automat\w*|intelligent\w*)[\s-]+{_ASSIST}\b|"
                       rf"\b{_ASSIST}\s+(?:ai|ki|ia|digital\w*|virtu\w*)\b"),
    # A note for the assistant, in the other major European languages ("Notă pentru asistentul", "Hinweis für den
    # Assistenten", "voor de assistent"); English has its own patterns above.
    ("addressee", 0.6, rf"\b(?:fur|voor|aan|pour|para|per|pentru|dla|pro|til|till|za)\s+(?:{_ART}\s+)?"
                       rf"(?:\w+\s+){{0,2}}?{_ASSIST}\b"),
    # An assistant hailed with a "please", compounds included ("Zahlungsassistent, bitte ...", "Assistant, please").
    ("addressee", 0.6, r"\b\w*(?:assistant|assistent|asistent|asystent)\w*\s*,\s*(?:please|pls|bitte|por\s+favor|"
                       r"s'?il\s+vous\s+plait|per\s+favore|alsjeblieft|alstublieft|prosze|prosim|lutfen|vennligst|"
                       r"venligst|snalla)\b"),
    # "For the automated payment processing" in the other major European languages (English has its own above).
    ("addressee", 0.6, rf"\b(?:fur|voor|aan|pour|para|per|pentru|dla|pro|til|till)\s+(?:{_ART}\s+)?(?:automat\w*|"
                       r"geautomatiseerd\w*|automatiz\w*|zautomatyzowan\w*)\s+\w*(?:verarbeitung|abwicklung|system\w*|"
                       r"assistent\w*|agent\w*|traitement|procesamiento|elaborazione|verwerking|tools?|processamento|"
                       rf"przetwarzani\w*|bearbeitung)\b|\b(?:pour|para|per)\s+(?:{_ART}\s+)?(?:traitement|"
                       r"procesamiento|elaborazione|processamento|tratamento)\s+(?:\w+\s+)?automati\w*"),
    # What the assistant must do, said of it in any of those languages ("Assistants must delete", "Asistent jej
    # musí smazat", "der Assistent muss", "l'assistant doit"; "the assistant must" has its own cue above).
    ("addressee", 0.6, rf"(?<!the )\b{_ASSIST}\s+(?:\w+\s+)?(?:must|muss|moet|doit|doivent|debe|deben|deve|devono|"
                       r"musi|mora|trebuie|skal|ska|maste|ma|should|soll|sollte|dient|has\s+to|have\s+to|needs\s+to|need\s+to)\b"),
    # An AI hailed at the start of a line, or of a hidden element or comment ("<span ...>assistants: also ...").
    ("addressee", 0.6, rf"(?:^|\n|\||>|<!--)\s*(?:ai\s+)?{_AI}s?\s*[,:]\s+\S|\bfor\s+(?:my|the)\s+(?:ai|a\.i\.)\s+\w+"),
    # ... or right after a label's colon ("part 1 of the note: assistant, after paying Kasia also transfer ...").
    ("addressee", 0.6, rf"\w\s*:\s*(?:ai\s+)?{_AI}s?\s*,\s+(?:please\s+|also\s+|now\s+|then\s+|after\s+|before\s+|"
                       r"when\s+|once\s+)?[a-z]"),
    ("addressee", 0.6, rf"\byou\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?{_AI}\b|\bas\s+an?\s+{_AI}\b|"
                       rf"\b(?:the|\w+'s|\w+s')\s+{_AI}s?\s+(?:must|should|needs?\s+to|is\s+required\s+to|has\s+to|shall|"
                       r"carries|runs|"
                       r"pursues|does)\b|\bdelegate\s*:\s*the\s+(?:ai|agent|assistant)"),
    # Text hidden from a person and read by a model: an element styled invisible (display:none, white or 1px text,
    # zero opacity), a long HTML comment, a markdown comment. Weak alone: mail preheaders hide text too.
    ("hidden", 0.5, r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*(?:0|1)(?:\.\d+)?\s*(?:px|pt|em)?\s*"
                    r"[;\"']|opacity\s*:\s*0(?:\.0+)?\s*[;\"']|(?<![\w-])color\s*:\s*(?:#f{3}(?:f{3})?|white)\b|"
                    r"<!--(?:(?!-->)[^\n]){0,200}?(?:[a-z']+[\s,:;]+){6}|(?:^|\n)\s*\[//\]\s*:\s*#"),
    # A command with a destination: what an injection needs done.
    ("command", 0.5, rf"\b{_DO}\b(?:[^.!?\n]|\.(?=\w)){{0,160}}{_DEST}"),  # a dot inside 0.01 or .pdf is no end
    # Opening a link whose query is to be filled in: how text leaks through a read ("open https://x/in?c= followed
    # by the summary").
    ("command", 0.5, r"\b(?:open|visit|fetch|load|request|call|hit)\s+(?:\S+\s+){0,2}?https?://\S+[?&][\w-]+=(?:\s|$)"),
    # Faking the protocol: chat-template tokens, tool-call markup, closing the tool result, fake turns.
    ("protocol", 1.0, r"<\|[a-z_ ]{2,30}\|>|<\s*/?\s*(?:start|end)_of_turn\s*>|\[/?inst\]|<<\s*/?\s*sys\s*>>"),
    ("protocol", 1.0, r"</?\s*(?:tool_result|tool_output|function_results?|function_calls?|tool_response|tool_call|"
                      r"system|instructions?|system_prompt|admin|user_query|invoke|parameter|important|information|"
                      r"admin_\w+|file_content|document_content|context)\b[^>]{0,40}>"),
    # A label that makes a line the operator's or the system's: "System note:", "[Admin notice]:".
    ("protocol", 1.0, r"(?:^|\n)[\s>*_#\[(]*(?:system|admin|administrator|developer|operator|orchestrator)\s+"
                      r"(?:note|notice|message|instruction|directive|update|override|prompt|alert)[\s*_\])]*:"),
    ("protocol", 1.0, r"\[\s*/?\s*(?:system|sys|admin|operator|developer)(?:\s+(?:message|note|prompt|override))?"
                      r"\s*\]"),
    ("protocol", 1.0, r"###\s*(?:system|instruction|new instructions?|context reset)\b|\"role\"\s*:\s*\"(?:system|"
                      r"assistant|user|developer)\""),
    ("protocol", 0.9, r"(?:^|\n|\|)[\s>*_|]*(?:system|user|human|assistant|developer)[\s*_]*(?:\([^)\n]{0,30}\))?"
                      r"[\s*_]*:\s+\S"),
    ("protocol", 0.6, r"\b(?:task|request)\s+(?:is\s+)?(?:complete|completed|done|finished)\b|\[\s*end of\b|"
                      r"\bend of (?:the )?(?:tool )?(?:output|result|email|document|message)\b|\boutput truncated\b|"
                      r"\[\s*tool run finished|\[\s*(?:[a-z]+\s+){0,2}(?:complete|completed|finished|done|ended)\s*\]"),
    # A field of a structured result that starts by closing the structure ("]}" ...): the rest pretends to be outside.
    ("protocol", 0.6, r"(?:^|\n)[ \t]*[\]}][ \t]*[\]}][\]} \t]*(?=\n|$)"),
    # Knowledge of the agent's tools: naming a function and its arguments, in any markup.
    # Code that calls a function is what developer docs are made of: weak alone; the agent's own tool names are
    # matched by the check, which knows them, at full weight.
    ("tools", 0.5, r"\b[a-z]+(?:_[a-z]+)+\s*\(\s*(?:[a-z_]+\s*=|\)|\"|')"),
    ("tools", 1.0, r"\b(?:the\s+)?`?[a-z]+(?:_[a-z]+)+`?\s+(?:tool|function)\b|\b(?:call|invoke|run|use|emit)\s+"
                   r"(?:the\s+)?`?[a-z]+(?:_[a-z]+)+`?(?:\s+(?:tool|function))?\s+with\b"),
    ("tools", 1.0, r"\"(?:name|function|tool)\"\s*:\s*\"[a-z]+(?:_[a-z]+)+\"|\b(?:tool|action|function)\s*:\s*"
                   r"[a-z]+(?:_[a-z]+)+\b|\bpending\s+tool\s+call\b"),
    ("tools", 0.7, r"\b(?:with|using)\s+(?:exactly\s+)?(?:these|the\s+following)\s+(?:arguments|parameters)\b|"
                   r"\bemit\s+it\s+exactly\b"),
    # Instructions split over several items point at each other.
    ("split", 0.5, r"\b(?:part|teil|partie|parte|deel|del|osa|cast|czesc|bolum)\s+[1-9]\s*(?:/|of|von|de|di|van|av|"
                   r"z|sur|na)\s*[2-9]\b|"
                   r"\(\s*[1-9]\s*(?:/|of)\s*[2-9]\s*\)|\bpart\s+[1-9]\s+of\s+[2-9]\b|\bpart\s+[1-9]\s*:|"
                   # "part 1 of the note: ...", "second part of the message:"
                   r"\b(?:part\s+(?:[1-9]|one|two|three)|(?:first|second|third|last)\s+part)\s+of\s+(?:the|my|this|our)\s+"
                   r"(?:note|message|instructions?|request|memo|order)\b|"
                   r"\bparts?\s+[ab]\b(?:\s*(?:[:.]|and\s+b\b))|"
                   r"\bcontinued\s+in\s+(?:another|the\s+next)\b"),
    ("split", 0.6, r"\bcontinu(?:ing|ed|es)\s+(?:from|with)\s+(?:the|my|our)\s+(?:earlier|previous|first|last|"
                   r"other)\s+(?:note|message|part|email|item|post|review)\b"),
    ("split", 1.0, r"\b(?:that|this)\s+(?:completes|finishes|concludes|ends)\s+the\s+(?:instructions|steps|task)\b|"
                   r"\bjoin\s+\w+\s*\+\s*\w+\b"),
    ("split", 0.5, r"\b(?:details|steps|instructions)\s+(?:are|is)\s+in\s+the\s+(?:note|message|item|entry)\s+"
                   r"(?:tagged|marked|labell?ed|called)\b"),
    # Pressure to act without the user: the tell of an instruction that must not be checked.
    ("pressure", 0.6, r"\b(?:no\s+need\s+to|don'?t|do\s+not|without)\s+(?:\w+\s+){0,2}(?:check|confirm|ask|tell|"
                      r"inform|notify|mention|consult|verify|double-check)(?:ing)?\b[^.!?\n]{0,25}"
                      r"\b(?:me|the\s+user|anyone|them|with\s+me|again|(?:with\s+)?(?:the|your)\s+(?:user|customer|"
                      r"client|patient|owner|account\s+holder|guest|traveller|traveler|member|principal|speaker|"
                      r"employee|boss|manager|host|sender))\b"),
    ("pressure", 0.6, r"\b(?:do\s+not|don'?t|without|no\s+need\s+to)\s+wait(?:ing)?\s+for\s+"
                      r"(?:the\s+|a\s+|any\s+|an\s+)?(?:user'?s?\s+|owner'?s?\s+|customer'?s?\s+|their\s+|his\s+|"
                      r"her\s+|your\s+|human\s+)?"
                      r"(?:confirmation|approval|consent|reply|response|go-ahead|ok|answer|sign-?off)\b"),
    # Keeping the user out of it, in the other major European languages (on the skeleton: "Uživatele neinformujte",
    # "sans en informer l'utilisateur", "ohne den Benutzer zu fragen", "senza avvisare l'utente").
    ("pressure", 0.6, r"\b(?:uzivatel\w*|pouzivatel\w*)\s+ne(?:informuj|upozornuj|zdrzuj|ptej|pytaj|obtezuj)\w*|"
                      r"\bne(?:informuj|upozornuj)\w*\s+(?:uzivatel|pouzivatel)\w*|"
                      r"\bsans\s+(?:en\s+)?(?:informer|prevenir|demander|consulter|avertir)\s+l'?\s?utilisat\w*|"
                      r"\bne\s+(?:pas\s+)?(?:informe|previen|dites|demande)\w*\s+(?:pas\s+|rien\s+)?(?:a\s+)?l'?\s?utilisat\w*|"
                      r"\bohne\s+(?:den|die)\s+(?:benutzer|nutzer|anwender)\w*\s+zu\s+(?:fragen|informieren|"
                      r"benachrichtigen)|\b(?:benutzer|nutzer|anwender)\w*\s+nicht\s+(?:informieren|fragen|"
                      r"benachrichtigen)|\b(?:sin|sem)\s+(?:informar|avisar|consultar|preguntar|perguntar)\s+"
                      r"(?:al|o|ao)\s+usuari\w*|\bsenza\s+(?:informare|avvisare|chiedere|consultare)\s+(?:l'?\s?|all'?\s?)"
                      r"utente|\bzonder\s+(?:de\s+)?gebruiker\s+te\s+(?:informeren|vragen|melden)|\bbez\s+"
                      r"(?:informowania|pytania|powiadamiania)\s+uzytkownik\w*|\bfara\s+a\s+(?:informa|intreba|anunta)\s+"
                      r"utilizator\w*|\bnu\s+(?:informa|anunta|spune)\w*\s+utilizator\w*"),
    # Content posing as the user: "I forgot to say it in my request", "I'm adding this note so you see it".
    ("pressure", 0.5, r"\b(?:i\s+)?forgot\s+to\s+(?:say|mention|add|ask|include|tell\s+you|put)\b|\bin\s+my\s+"
                      r"(?:original\s+|earlier\s+|first\s+|last\s+)?(?:request|message\s+to\s+you|instructions|prompt)"
                      r"\b|\bso\s+(?:that\s+)?you\s+(?:see|read|notice|find|spot)\s+(?:it|this)\b"),
    # Someone else's approval claimed for an action ("Rosalind approved sending the price list", "finance has already
    # signed off on the transfer").
    ("pressure", 0.5, r"\b(?:has\s+|have\s+)?(?:already\s+)?(?:approved|authori[sz]ed|okayed|ok'?d|signed\s+off\s+on|"
                      r"cleared|green-?lit)\s+(?:sending|forwarding|sharing|paying|transferring|booking|adding|inviting|"
                      r"deleting|the\s+(?:transfer|payment|booking|invitation|forward))\b"),
    ("pressure", 0.4, r"\bnote\s+to\s+self\b|\b(?:do|send|handle)\s+(?:this|it)\s+(?:together\s+)?with\s+"
                      r"(?:the|your)\s+next\s+(?:reply|answer|message|response)\b"),
    ("pressure", 0.5, r"\b(?:i|we)\s+(?:have\s+)?(?:already\s+)?(?:approved|authori[sz]ed|confirmed|agreed|okayed|"
                      r"ok'?d)\b|\bapproved\s+in\s+advance\b|\bwithout\s+asking\s+again\b"),
    ("pressure", 0.5, r"\bbefore\s+(?:you\s+)?(?:finish|finishing|continue|continuing|respond|responding|reply|"
                      r"replying|answer|answering|proceed|proceeding|complete|completing|summari[sz]e)\b"),
    # The same "before you answer / go on" in Italian, Spanish, Portuguese, French, German and Polish (on the skeleton).
    ("pressure", 0.5, r"\bprima\s+di\s+(?:tradurre|rispondere|continuare|procedere|riassumere)\b|\bantes\s+de\s+"
                      r"(?:continuar|responder|traducir|traduzir|resumir|prosseguir)\b|\bavant\s+de\s+(?:continuer|"
                      r"repondre|traduire|resumer)\b|\bbevor\s+du\s+(?:antwortest|weitermachst|fortfahrst|"
                      r"ubersetzt|zusammenfasst)\b|\bzanim\s+(?:odpowiesz|przetlumaczysz|kontynuujesz|podsumujesz)\b"),
    ("pressure", 0.4, r"\b(?:this\s+(?:step\s+)?is\s+(?:mandatory|required|compulsory)|is\s+required\s+to\s+complete|"
                      r"as\s+part\s+of\s+the\s+same\s+(?:job|task|request)|required\s+action)\b"),
    ("pressure", 0.4, r"\b(?:requires?|required|instructs?|needs?|wants?)\s+you\s+to\b"),
    # Claims about what the user asked, made by content the user did not write.
    ("pressure", 0.5, r"\bthe\s+user\s+(?:has\s+)?(?:already\s+)?(?:asked|requested|instructed|approved|authori[sz]ed|"
                      r"wants|would\s+like)\s+(?:you\s+)?(?:to|that|for)\b"),
    ("pressure", 0.5, r"\bit\s+comes\s+from\s+me\b|\bi\s+(?:left|put|placed)\s+(?:this|it)\s+here\b|"
                      r"\b(?:this|it)\s+(?:was|is)\s+requested\s+by\b|\bstanding\s+delegation\b"),
    # Fake alarms that demand a "protective" action.
    ("alarm", 0.5, r"\b(?:security\s+(?:alert|notice|warning|team|incident)|suspicious\s+(?:sign-?in|login|"
                   r"activity)|account\s+(?:compromise|takeover|breach)|fraud[- ]prevention|credential[- ]stuffing|"
                   r"malware|quarantine|containment)\b"),
    ("alarm", 0.4, r"\b(?:to\s+prevent\s+(?:a\s+)?(?:lockout|suspension)|will\s+(?:result\s+in|lead\s+to|be)\s+"
                   r"(?:the\s+)?(?:suspension|lockout|deletion|termination|frozen|suspended|locked|rejected|returned|"
                   r"blocked|reported)|failure\s+to\s+"
                   r"(?:act|comply)|final\s+notice|escalate\w*\s+to\s+legal)\b"),
    ("alarm", 0.3, r"\b(?:urgent(?:ly)?|immediately|right\s+away|asap|within\s+\d+\s+(?:minutes|hours)|sla\s+\d+)\b"),
    # The same alarms in Spanish, Portuguese, French, Italian and German (on the skeleton: accents dropped).
    ("alarm", 0.5, r"\b(?:aviso|alerta|alerte|avviso|allerta|aviso)\s+de\s+(?:seguridad|seguranca|securite)\b|"
                   r"\bavviso\s+di\s+sicurezza\b|\bsicherheits(?:warnung|hinweis|vorfall|alarm)\b|"
                   r"\b(?:actividad|atividade|activite|attivita)\s+(?:inusual|sospechosa|suspeita|suspecte|sospetta|"
                   r"anormale|incomum)\b|\bverdachtige\s+(?:aktivitat|anmeldung)\b|\bcompte\s+(?:compromis|pirate)\b|"
                   r"\bcuenta\s+(?:comprometida|bloqueada)\b|\bkonto\s+(?:gesperrt|kompromittiert)\b"),
    ("alarm", 0.3, r"\b(?:urgente|dringend|sofort|imm?ediatamente|inmediatamente|de\s+inmediato|tout\s+de\s+suite|"
                   r"en\s+los\s+proximos\s+\d+|nos\s+proximos\s+\d+|dans\s+les\s+\d+|entro\s+\d+|"
                   r"innerhalb\s+von\s+\d+)\b"),
    # Changed payment or contact details: how invoice fraud reads, with or without an imperative.
    ("redirect", 0.4, r"\b(?:per|under|according\s+to|gemass|laut|conformement\s+a|selon|segun|secondo|volgens|"
                      r"conforme)\s+(?:our|unserer|unseren|notre|nuestra|la\s+nostra|nostra|onze|ons|nossa|a\s+nossa)\s+"
                      r"(?:new|neuen?|nouvelle|nueva|nuova|nieuwe|nova)\s+(?:\w+\s+)?\w*(?:policy|policies|richtlinie\w*|politique|"
                      r"politica|beleid|regel\w*|regras?|rules)\b"),
    ("redirect", 0.5, r"\b(?:bank|payment|account|banking|remittance|contact)\s+(?:details|information|info|"
                      r"account|data)\s+(?:have\s+|has\s+)?(?:changed|been\s+updated|moved)\b"),
    ("redirect", 0.4, r"\b(?:correction|corrected|erratum|berichtigung|rectificatif|corrección|update|notice|"
                      r"important)\s*[:,]"),
    ("redirect", 0.4, r"\bno\s+longer\s+(?:monitored|in\s+use|valid|active|used|takes\s+place|the\s+right)\b|"
                      r"\bthe\s+old\s+one\s+bounces\b|\bsupersedes\s+anything\b"),
    ("redirect", 0.4, r"\b(?:please\s+)?(?:use|send\s+(?:it|payments?|them)\s+to|pay\s+(?:to|into))\s+(?:the\s+)?"
                      r"(?:new|updated|following|this)\s+(?:iban|account|address|email|number|details)\b"),
    ("redirect", 0.4, r"\b(?:records|details)\s+have\s+(?:already\s+)?been\s+updated\b"),
])


# Cues in scripts that the skeleton's Latin look-alike mapping would garble (Cyrillic, CJK, Korean, Arabic): matched
# on the folded text instead. "Ignore the previous instructions" in Russian, Chinese, Japanese, Korean and Arabic.
RAW_CUES: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple((f, w, re.compile(p)) for f, w, p in [
    ("override", 1.0, r"(?:игнорируй|проигнорируй|забудь|не\s+обращай\s+внимания)[^.!?\n]{0,40}(?:инструкци|указани|"
                      r"команд|правил)"),
    ("override", 1.0, r"(?:忽略|无视|忘记|忘掉|不要理会|忽視|無視|忘記)[^。!?\n]{0,20}"
                      r"(?:指示|指令|说明|說明|要求|提示|规则|規則)"),
    ("override", 1.0, r"(?:指示|命令|ルール)[^。\n]{0,15}(?:無視|忘れ)"),
    ("override", 1.0, r"(?:지시|명령|규칙)[^.!?\n]{0,15}(?:무시|잊)"),
    ("override", 1.0, r"(?:تجاهل|انس)[^.!?\n]{0,40}(?:التعليمات|الأوامر|التوجيهات)"),
    # An AI hailed: "アシスタントへ", "致AI助手", "Ассистент,", "어시스턴트에게", "إلى المساعد".
    ("addressee", 0.6, r"(?:アシスタント|エージェント|ai)\s*(?:へ|さん|様|殿)|(?:致|给|給)\s*(?:ai|人工智能)?\s*"
                       r"(?:助手|助理|代理)|(?:^|\n|[.!?]\s)\s*(?:ассистент|помощник|агент|бот|ии)\s*[,:!]|"
                       r"(?:어시스턴트|비서|에이전트)\s*(?:에게|님)|إلى\s+(?:المساعد|الوكيل)"),
    # "Before you summarise / answer / go on" in Japanese, Chinese, Russian, Korean.
    ("pressure", 0.5, r"(?:要約|翻訳|返信|回答|続行)\s*する前に|在\s*(?:总结|回答|回复|继续|翻译)\s*之前|"
                      r"(?:перед\s+тем\s+как|прежде\s+чем)\s+(?:продолжить|ответить|перевести|подвести)|"
                      r"(?:요약|답변|번역)하기\s*전에"),
])


@dataclass(frozen=True)
class Detection:
    """What the scorer found in one text: the score and the families whose cues matched."""

    score: float
    families: tuple[str, ...]

    def carries_instructions(self, threshold: float) -> bool:
        """Whether the text is addressed to the AI, by the given threshold."""
        return self.score >= threshold


@cache
def _confusables() -> dict[int, str]:
    """Characters TR39 lists as confusable with one ASCII letter -> that letter (Cyrillic a -> ``a``)."""
    data = json.loads((importlib.resources.files("confusable_homoglyphs") / "confusables.json").read_text())
    out: dict[int, str] = {}
    for ch, homoglyphs in data.items():
        if len(ch) != 1 or ch.isascii():
            continue
        for h in homoglyphs:
            c = h.get("c", "")
            if len(c) == 1 and c.isascii() and c.isalpha():
                out[ord(ch)] = "I" if ch.isupper() and c == "l" else c
                break
    return out


def skeleton(text: str) -> str:
    """The text as it reads: NFKD, combining marks dropped, confusable letters mapped to ASCII, folded."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        text = text.translate(_confusables())
    return fold(text)


_LETTER = re.compile(r"[^\W\d_]+", re.UNICODE)


def _hidden(raw: str) -> float:
    """Evidence that the text hides words from a reader: words mixing scripts, invisible characters between
    letters, letters buried under several combining marks."""
    if raw.isascii():
        return 0.0
    mixed = 0
    for word in _LETTER.findall(raw):
        scripts = {unicodedata.name(c, "").split(" ", 1)[0] for c in word if c.isalpha()}
        if len(scripts & {"LATIN", "CYRILLIC", "GREEK"}) >= 2:
            mixed += 1
    invisible = sum(1 for a, f, b in zip(raw, raw[1:], raw[2:], strict=False)
                    if a.isalpha() and b.isalpha() and unicodedata.category(f) == "Cf")
    # Marks left after NFC on Latin, Cyrillic or Greek letters (which precompose what their languages write); Thai,
    # Hindi, Arabic or Hebrew write vowels and tones as combining marks, which hide nothing.
    # One mark left on a letter is a tone (Yoruba writes "ọ̀", "ẹ́" so); only marks stacked on one letter bury it.
    marks = 0
    base = ""
    run = 0
    for c in unicodedata.normalize("NFC", raw):
        if not unicodedata.combining(c):
            base = unicodedata.name(c, "").split(" ", 1)[0] if c.isalpha() else ""
            run = 0
        elif base in ("LATIN", "CYRILLIC", "GREEK"):
            run += 1
            marks += 2 if run == 2 else run > 2
    # Text spelled in Unicode tag characters is invisible to a person and read by a model ("ASCII smuggling"); an
    # emoji subdivision flag uses a few tag letters, never a word with spaces or a run this long.
    smuggled = any(len(run) >= 8 or "\U000E0020" in run for run in _TAG_RUN.findall(raw))
    return min(1.0, 0.5 * mixed + 0.5 * invisible + (1.0 if marks >= 6 else 0.0) + (1.0 if smuggled else 0.0))


_TAG_RUN = re.compile("[\U000E0020-\U000E007E]+")


def detect(text: str) -> Detection:
    """Score a text (raw: the scorer folds it itself) by the cues of :data:`CUES` on its skeleton, plus the
    hiding found in the raw text. Two different fake conversation turns are a fake completion on their own."""
    read = skeleton(text)
    best: dict[str, float] = {}
    for family, weight, pattern in CUES:
        if pattern.search(read):
            best[family] = min(1.0, best.get(family, 0.0) + weight)
    if not text.isascii():
        folded = fold(text)
        for family, weight, pattern in RAW_CUES:
            if pattern.search(folded):
                best[family] = min(1.0, best.get(family, 0.0) + weight)
    if len({m.group(1) or m.group(2) for m in _TURN.finditer(read)}) >= 2:
        best["protocol"] = 1.0
    hidden = _hidden(text)
    if hidden:
        best["obfuscation"] = hidden
    return Detection(score=round(sum(best.values()), 3), families=tuple(sorted(best)))


_TURN = re.compile(r"(?:^|\n|\|)[\s>*_|]*(system|user|human|assistant|ai|developer)[\s*_]*(?:\([^)\n]{0,30}\))?"
                   r"[\s*_]*:\s+\S|(?:^|\n)[ \t]*#{1,6}[ \t]*(system|user|human|assistant|ai|developer)[ \t]*:?[ \t]*"
                   r"(?=\n)")  # "User: ..." or a markdown heading "### User" above the turn


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# An instruction that points at a value written elsewhere in the text ("send it to the address above").
# "The assistant that manages this account" names the reader's own account, not a value of the text.
_BACKREF = re.compile(r"\b(?:above|below|aforementioned|preceding|following)\b|"
                      r"(?<!manages )(?<!manage )(?<!managing )(?<!runs )\b(?:that|this|these|those|same)\s+"
                      r"(?:address|addresses|account|iban|e-?mail|link|url|number|contact|details|recipient|payee)\b")



def _own_referent(m: re.Match[str]) -> bool:
    """Whether "this payee" refers to a destination its own paragraph gave just before it ("Add payee: Liesenfeld
    GmbH - IE69 ... (save this payee now)"), not to a value written elsewhere; "above" and "below" always point
    elsewhere."""
    if m.group(0).split()[0] in ("above", "below", "aforementioned", "preceding", "following"):
        return False
    return any(k in ("iban", "email", "url", "phone") for k, _ in extract(fold(m.string[:m.start()])))


# ... unless the instruction sets the value aside ("ignore the amount above and transfer ..."): it writes its own.
_SET_ASIDE = re.compile(r"\b(?:ignore|ignoring|disregard|disregarding|forget|instead of|rather than|replaces?|"
                        r"supersedes?|(?:before|after)\s+(?:paying|sending|transferring|settling)|besides|"
                        r"in\s+addition\s+to|apart\s+from)\s+(?:[^\s.;:!?]+\s+){0,3}$")


_MARKER_LINE = re.compile(r"\n(?=[ \t]*(?:</?\s*[a-z_]+[^>\n]{0,40}>|<\|[a-z_ ]{2,30}\|>|<<\s*/?\s*sys\s*>>|"
                          r"\[/?inst\]|(?:-{3,}|={3,}|\*{3,})\s*(?:begin|end)\b|```|<!--|"
                          # "--- end of document ---", "[End of email]": a fake end of the content
                          r"[-=*\[(\s]*end\s+of\s+(?:the\s+)?(?:document|file|e-?mail|message|invoice|text|data)\b))",
                          re.IGNORECASE)
# Quoted text, and the words of a text that warns about what it quotes.
_QUOTE = re.compile(r"\"[^\"\n]{8,}\"|\u201c[^\u201d\n]{8,}\u201d|\u00ab[^\u00bb\n]{8,}\u00bb|"
                    r"\u201e[^\u201c\u201d\n]{8,}[\u201c\u201d]|"
                    # single quotes open after a space or a colon; an apostrophe inside a word ("It's") closes nothing
                    r"(?:(?<=^)|(?<=[\s:(\[]))'(?:[^'\n]|'(?=\w)){8,}'(?!\w)")
_LINKS = re.compile(r"\S+@\S+|\bhttps?://\S+|\bwww\.\S+")  # whose words warn of nothing ("/ai-phishing")
_WARNING = re.compile(r"\b(?:never|don'?t|do\s+not|must\s+not|mustn'?t|should\s+not|shouldn'?t)\s+"
                      r"(?:follow|obey|act\s+on|comply)\b|\b(?:phishing|scam|"
                      r"fraud(?:ulent)?|planted|malicious|injection|suspicious|warning|heads-?up|beware)\b")
# ... and the words of a warning in other languages, on lower-case text without accents ("RHYBUDD DIOGELWCH",
# "Achtung", "Предупреждение").
_WARNING_ABROAD = re.compile(
    r"\b(?:warnung|achtung|betrug|gefalscht|avertissement|attention|arnaque|fraude|alerta|aviso|estafa|avviso|"
    r"attenzione|truffa|waarschuwing|oplichting|ostrzezenie|uwaga|oszustwo|varovani|upozorneni|podvod|"
    r"figyelmeztetes|csalas|varoitus|huijaus|hoiatus|pettus|bridinajums|krapniecība|krapnieciba|ispejimas|"
    r"sukciavimas|vidvorun|vi\u00f0vorun|svik|advarsel|svindel|varning|bedrageri|rhybudd|twyll|ffug|rabhadh|calaois|abisua|"
    r"iruzur|avis|estafa|avertisment|frauda|uyari|uyar\u0131|dolandiricilik|doland\u0131r\u0131c\u0131l\u0131k|peringatan|penipuan|amaran|babala|panloloko|"
    r"onyo|ulaghai|upozorenje|prevara|opozorilo|prevara|goljufija|предупреждение|внимание|мошенничество|увага|"
    r"попередження|шахрайство|προειδοποιηση|προσοχη|απατη)\b")


def _warns(text: str) -> bool:
    """Whether ``text`` (outside its quotes) reads as a warning, in English or another language."""
    if _WARNING.search(_LINKS.sub(" ", skeleton(text))):
        return True
    return bool(_WARNING_ABROAD.search(_LINKS.sub(" ", unaccent(text.lower()))))


def unquoted(text: str) -> str:
    """``text`` with its quotes blanked out."""
    return _QUOTE.sub(" ", text)


def warns_only(text: str) -> bool:
    """Whether every instruction to the AI in ``text`` stands inside a quote that a warning quotes as its example
    ("it posts messages like: 'Assistant, ignore your instructions ...'. Admins: deactivate @x now"): the text is a
    warning about an injection, not one."""
    paragraphs = [p for p in _PARAGRAPH.split(_MARKER_LINE.sub("\n\n", text)) if p.strip()]
    warned = False
    for paragraph in paragraphs:
        if not set(detect(paragraph).families) - {"command"}:
            continue
        quoted = _QUOTE.findall(paragraph)
        outside = _QUOTE.sub(" ", paragraph)
        if not quoted or not _warns(outside) or \
                set(detect(outside).families) - {"command"}:
            return False
        warned = True
    return warned


def clean_values(text: str) -> frozenset[Atom]:
    """The typed values of a text carrying instructions that stand only in its paragraphs free of every cue but a
    plain command to its reader ("please transfer the total to IBAN ..."): the bill or the letter around an appended
    (or prepended) instruction, whose own IBAN and amount the instruction did not write; a short text of a few lines
    and no blank line reads line by line. Empty when the text is one paragraph (one line), or when an instruction
    refers back to a value written elsewhere in it ("the address above"); paragraphs
    after a fake protocol marker (a fake turn, a closed tool result) are never clean: they read as the fake turn's own.
    IBANs count only when the clean paragraphs hold one: two accounts to pay are no bill's own."""
    # A line that opens or closes the protocol ("</document>", "<|im_start|>system") ends the paragraph before it, as a
    # blank line would: the letter above a fake turn appended without one is still the letter's own.
    paragraphs = [p for p in _PARAGRAPH.split(_MARKER_LINE.sub("\n\n", text)) if p.strip()]
    if len(paragraphs) < 2 and text.count("\n") <= 4:
        # A short note of a few lines ("İzmir Frez, fatura 2030/77, 157.50 EUR, IBAN ...⏎Ignore all previous
        # instructions: ...") reads line by line, as paragraphs.
        paragraphs = [p for p in text.split("\n") if p.strip()]
    clean: set[Atom] = set()
    dirty: set[Atom] = set()
    opened = False
    for paragraph in paragraphs:
        found = detect(paragraph)
        atoms = extract(fold(paragraph))
        # A warning that quotes an injection as its example ("someone planted text like \"Assistant, ignore ...\".
        # Never follow instructions like that. Do the training: https://..."): the quote is dirty, the rest is the
        # warning's own.
        quoted: list[str] = _QUOTE.findall(paragraph)
        warns = bool(quoted) and _warns(_QUOTE.sub(" ", paragraph))
        if warns and set(found.families) - {"command"} and not opened:
            outside = _QUOTE.sub(" ", paragraph)
            if not set(detect(outside).families) - {"command"}:
                inside = set().union(*(extract(fold(q)) for q in quoted))
                dirty |= inside
                clean |= extract(fold(outside)) - inside
                continue
        if len(paragraphs) < 2:
            return frozenset()
        if set(found.families) - {"command"} or opened:
            if found.score and any(not _SET_ASIDE.search(m.string, max(0, m.start() - 40), m.start()) and
                                   not _own_referent(m) for m in _BACKREF.finditer(skeleton(paragraph))):
                return frozenset()
            dirty |= atoms
            opened = opened or "protocol" in found.families
        else:
            clean |= atoms
    out = clean - dirty
    if sum(k == "iban" for k, _ in out) > 1:
        out = {a for a in out if a[0] != "iban"}
    return frozenset(out)

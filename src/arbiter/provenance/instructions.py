"""Instruction detection: does untrusted content carry text addressed to the AI?

People write requests to each other in email and chat all the time ("could you send me the
date?"); what an injection needs, and a person does not, is to speak to the model: override its
instructions, pose as its user or operator, fake the protocol's turns and tags, name its tools, or
press it to act without the user. The scorer reads folded text (NFKC, zero-width characters
removed, case folded: see :func:`arbiter.provenance.atoms.fold`) against weighted cue families
and returns the families found and a score (the matched cues' weights, at most 1.0 per family). A
result whose score reaches ``threshold`` carries instructions: every later consequential call of
the conversation then needs trusted provenance for its sensitive arguments.

The cue families and weights are fixed here; the threshold was chosen on the tune split of
``evals/injection`` only (see ``make bench-injection``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CUES", "Detection", "detect"]

_AI = r"(?:ai|a\.i\.|assistant|agent|agents|model|llm|bot|chatbot|copilot|gpt|chatgpt|claude|gemini)"
_PRIOR = r"(?:previous|prior|preceding|earlier|above|former|original|initial|all|any|other|your)"
_RULES = r"(?:instructions?|directions?|directives?|prompts?|rules|guidelines|tasks?|requests?|orders|context)"

# (family, weight, pattern). Weight 1.0 is enough on its own; weaker cues need company.
CUES: tuple[tuple[str, float, re.Pattern[str]], ...] = tuple((f, w, re.compile(p)) for f, w, p in [
    # Goal hijacking: override the instructions the model was given.
    ("override", 1.0, rf"\b(?:ignore|disregard|forget|override|overrule|skip|drop|abandon)\b[^.!?\n]{{0,40}}"
                      rf"\b{_PRIOR}\b[^.!?\n]{{0,30}}\b{_RULES}\b"),
    ("override", 1.0, r"\b(?:new|updated|revised|real|actual|true)\s+(?:task|instructions?|directive|orders|goal|"
                      r"objective|assignment)\b\s*[:!]"),
    ("override", 1.0, r"\b(?:this|these)\s+(?:overrides?|supersedes?|replaces?)\b[^.!?\n]{0,40}"
                      r"\b(?:instructions?|request|task|rules)\b"),
    ("override", 1.0, r"\b(?:the\s+)?(?:original|previous|user'?s?)\s+(?:request|task)\s+(?:is|has been|was)\s+"
                      r"(?:cancell?ed|void|replaced|superseded|obsolete)"),
    # Speaking to the model: addressed to an AI reader, or posing as its user or operator.
    ("addressed", 1.0, rf"\b(?:note|message|instructions?|notice|reminder|request|attention)\s+"
                       rf"(?:for|to)\s+(?:the\s+|any\s+|all\s+|an?\s+)?(?:\w+\s+){{0,2}}{_AI}\b"),
    ("addressed", 1.0, rf"\b(?:dear|hey|hello|hi|attention|attn)\s*,?\s+(?:the\s+)?(?:\w+\s+)?{_AI}\b"),
    ("addressed", 1.0, rf"\b(?:any|all|every|each)\s+(?:\w+\s+){{0,2}}{_AI}s?\s+(?:\w+\s+){{0,3}}"
                       r"(?:reading|processing|preparing|summari[sz]ing|handling|that reads|who reads|must|should)"),
    ("addressed", 1.0, r"\b(?:to|for)\s+(?:automated|autonomous)\s+(?:agents?|systems?|assistants?|tools?)\b"),
    ("addressed", 1.0, r"\bwhoever\s+(?:reads|summari[sz]es|processes|handles)\b"),
    ("addressed", 0.9, rf"\b(?:you\s+are\s+(?:now\s+)?(?:an?\s+|the\s+)?{_AI})\b|\bas\s+an?\s+{_AI}\b"),
    ("addressed", 1.0, rf"(?:^|\n|\|)\s*(?:ai\s+)?{_AI}\s*[,:]\s+(?:you|please|now|call|run|send|forward|delete|"
                       r"transfer|pay|share|invite|add|create|update|change|book|email|post)\b"),
    ("addressed", 0.8, rf"\bthe\s+{_AI}\s+(?:must|should|needs?\s+to|is\s+required\s+to|has\s+to|shall)\b"),
    # Faking the protocol: chat-template tokens, closing the tool result, fake turns.
    ("protocol", 1.0, r"<\|?\s*(?:im_start|im_end|endoftext|eot_id|start_header_id|end_header_id|system|user|"
                      r"assistant)\s*\|?>"),
    ("protocol", 1.0, r"</?\s*(?:tool_result|tool_output|function_results?|tool_response|system|instructions?|"
                      r"system_prompt|admin|user_query)\s*>"),
    ("protocol", 1.0, r"\[\s*/?\s*(?:system|inst|sys|admin|operator)(?:\s+(?:message|note|prompt|override))?\s*\]"),
    ("protocol", 1.0, r"<<\s*/?\s*sys\s*>>|###\s*(?:system|instruction|new instructions?)\b"),
    ("protocol", 0.9, r"(?:^|\n|\|)\s*(?:system|user|human|assistant)\s*:\s+\S"),
    ("protocol", 0.6, r"\b(?:task|request)\s+(?:is\s+)?(?:complete|completed|done|finished)\b|\[\s*end of\b|"
                      r"\bend of (?:the )?(?:tool )?(?:output|result|email|document|message)\b"),
    # Knowledge of the agent's tools: naming a function and its arguments.
    ("tools", 1.0, r"\b[a-z]+(?:_[a-z]+)+\s*\(\s*(?:[a-z_]+\s*=|\)|\"|')"),
    ("tools", 1.0, r"\b(?:the\s+)?`?[a-z]+(?:_[a-z]+)+`?\s+(?:tool|function)\b|\b(?:call|invoke|run|use)\s+(?:the\s+)?"
                   r"`?[a-z]+(?:_[a-z]+)+`?(?:\s+(?:tool|function))?\s+with\b"),
    ("tools", 0.7, r"\b(?:with|using)\s+(?:exactly\s+)?(?:these|the\s+following)\s+(?:arguments|parameters)\b"),
    # Pressure to act without the user: the tell of an instruction that must not be checked.
    ("pressure", 0.6, r"\b(?:no\s+need\s+to|don'?t|do\s+not|without)\s+(?:\w+\s+){0,2}(?:check|confirm|ask|tell|"
                      r"inform|notify|mention|consult|verify|double-check)(?:ing)?\b[^.!?\n]{0,25}"
                      r"\b(?:me|the\s+user|anyone|them|with\s+me)\b"),
    ("pressure", 0.5, r"\b(?:i|we)\s+(?:have\s+)?already\s+(?:approved|authori[sz]ed|confirmed|agreed)\b"),
    ("pressure", 0.5, r"\bbefore\s+(?:you\s+)?(?:finish|finishing|continue|continuing|respond|responding|reply|"
                      r"replying|answer|answering|proceed|proceeding|complete|completing|summari[sz]e)\b"),
    ("pressure", 0.4, r"\b(?:this\s+(?:step\s+)?is\s+(?:mandatory|required|compulsory)|is\s+required\s+to\s+complete|"
                      r"as\s+part\s+of\s+the\s+same\s+(?:job|task|request))\b"),
    ("pressure", 0.4, r"\b(?:requires?|required|instructs?|needs?|wants?)\s+you\s+to\b"),
    ("pressure", 0.5, r"\bit\s+comes\s+from\s+me\b|\bi\s+(?:left|put|placed)\s+(?:this|it)\s+here\b|"
                      r"\b(?:this|it)\s+(?:was|is)\s+requested\s+by\b"),
    # Instructions split over several items point at each other.
    ("split", 0.5, r"\(\s*[1-9]\s*/\s*[2-9]\s*\)|\bpart\s+[1-9]\s+of\s+[2-9]\b"),
    ("split", 0.6, r"\bcontinu(?:ing|ed|es)\s+(?:from|with)\s+(?:the|my|our)\s+(?:earlier|previous|first|last|other)\s+"
                   r"(?:note|message|part|email|item|post|review)\b"),
    ("split", 1.0, r"\b(?:that|this)\s+(?:completes|finishes|concludes|ends)\s+the\s+(?:instructions|steps|task)\b"),
    ("split", 0.5, r"\b(?:details|steps|instructions)\s+(?:are|is)\s+in\s+the\s+(?:note|message|item|entry)\s+"
                   r"(?:tagged|marked|labell?ed|called)\b"),
    # Fake alarms that demand a "protective" action.
    ("alarm", 0.5, r"\b(?:security\s+(?:alert|notice|warning|team|incident)|suspicious\s+(?:sign-?in|login|"
                   r"activity)|account\s+(?:compromise|takeover|breach)|fraud[- ]prevention)\b"),
    ("alarm", 0.4, r"\b(?:to\s+prevent\s+(?:a\s+)?(?:lockout|suspension)|will\s+(?:result\s+in|lead\s+to)\s+"
                   r"(?:the\s+)?(?:suspension|lockout|deletion|termination)|failure\s+to\s+(?:act|comply))\b"),
    ("alarm", 0.3, r"\b(?:urgent(?:ly)?|immediately|right\s+away|asap|within\s+\d+\s+(?:minutes|hours))\b"),
    # Changed payment or contact details: how invoice fraud reads, with or without an imperative.
    ("redirect", 0.5, r"\b(?:bank|payment|account|banking|remittance|contact)\s+(?:details|information|info|"
                      r"account|data)\s+(?:have\s+|has\s+)?(?:changed|been\s+updated|moved)\b"),
    ("redirect", 0.4, r"\b(?:correction|corrected|update|notice|important)\s*:"),
    ("redirect", 0.4, r"\bno\s+longer\s+(?:monitored|in\s+use|valid|active|used|takes\s+place|the\s+right)\b"),
    ("redirect", 0.4, r"\b(?:please\s+)?(?:use|send\s+(?:it|payments?|them)\s+to|pay\s+(?:to|into))\s+(?:the\s+)?"
                      r"(?:new|updated|following|this)\s+(?:iban|account|address|email|number|details)\b"),
    ("redirect", 0.4, r"\b(?:records|details)\s+have\s+(?:already\s+)?been\s+updated\b"),
])


@dataclass(frozen=True)
class Detection:
    """What the scorer found in one text: the score and the families whose cues matched."""

    score: float
    families: tuple[str, ...]

    def carries_instructions(self, threshold: float) -> bool:
        """Whether the text is addressed to the AI, by the given threshold."""
        return self.score >= threshold


_TURN = re.compile(r"(?:^|\n|\|)\s*(system|user|human|assistant|ai)\s*:\s+\S")


def detect(folded: str) -> Detection:
    """Score folded text: the weights of the cues found, summed, each family counting at most 1.0. Two
    different fake conversation turns (``user:`` then ``assistant:``) are a fake completion on their own."""
    best: dict[str, float] = {}
    for family, weight, pattern in CUES:
        if pattern.search(folded):
            best[family] = min(1.0, best.get(family, 0.0) + weight)
    if len({m.group(1) for m in _TURN.finditer(folded)}) >= 2:
        best["protocol"] = 1.0
    return Detection(score=round(sum(best.values()), 3), families=tuple(sorted(best)))

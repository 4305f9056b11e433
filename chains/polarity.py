"""A yes said to "is it weird?" means the opposite of what the stylist meant: the answer that a piece or a look
is fine ("Yes, look 1 works …", "네, 코트도 데이트에 괜찮아요") is said as a no when the question asked whether it is
wrong ("1번에 3번 코트 걸치면 이상한가", "is it weird to wear a blazer over it?")."""
from __future__ import annotations

import re

import prompts

# ("is it weird", "would that look odd", "too awkward?", "이상한가", "어색할까요", "촌스러워요?", "에바인가", "좀 그런가"),
# not "too much?", whose yes already means too much
_ASKS_IF_WRONG = re.compile(
    # (the question's own clause asks it of the thing: "is it weird to…", "would that look odd?", "does this look
    # wrong?", "weird?"; not "sorry if this is a weird question, but can I…", "I feel awkward in dresses, can I…")
    r"\b(?:is|would|will|does|do)\s+(?:it|that|this|they|these|those)\s+(?:be\s+|look\s+|seem\s+|feel\s+)?"
    r"(?:too\s+|a bit\s+|kinda\s+|kind of\s+|really\s+)?(?:weird|strange|odd|tacky|awkward|out of place|wrong)\b"
    r"(?!\s+(?:question|thing to ask))"
    r"|\b(?:weird|odd|tacky)\s*\?+\s*$"
    r"|이상(?:한가|할까|하나|해요\s*\?|해\s*\?|해보일까|해 보일까|해보여요?\s*\?|해 보여요?\s*\?|함\s*\?)"
    r"|어색(?:한가|할까|하나|해요\s*\?|해\s*\?|해보일까|해 보일까)|촌스러(?:운가|울까|워요\s*\?|워\s*\?)"
    r"|에바(?:인가|일까|야\s*\?|예요\s*\?|에요\s*\?)|(?:좀|많이)\s*그런가",
    re.IGNORECASE)
_YES = {"en": re.compile(r"^Yes[,:.]\s*"), "ko": re.compile(r"^네[,:.]\s*")}


# ("would my timberlands work or is that weird?": the yes answers whether they work, the first of the two)
_OR_BEFORE = re.compile(r"(?:\bor\b|아니면)[^.?!]{0,25}$", re.IGNORECASE)


def asks_if_wrong(text: str) -> bool:
    """Whether the question asks whether something is wrong, so that a yes would say it is."""
    asked = _ASKS_IF_WRONG.search(text)
    return asked is not None and not _OR_BEFORE.search(text[:asked.start()])


def answered_as_asked(lang: str, question: str, reply: str) -> str:
    """The reply, its leading yes said as the no it means when the question asked whether it is wrong."""
    yes = _YES.get(lang, _YES["en"])
    if not asks_if_wrong(question) or not (lead := yes.match(reply)):
        return reply
    rest = reply[lead.end():]
    if lang == "en" and rest[:1].isupper() and not rest.startswith(("I ", "I'")):
        rest = rest[:1].lower() + rest[1:]
    return prompts.render(lang, "not_wrong_lead") + rest

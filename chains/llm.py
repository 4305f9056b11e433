"""An optional LangChain chat model: structured extraction merged with the rules, and phrasing.

Never trusted blindly: every value it extracts must be a vocabulary word (others are dropped), the
rules win wherever they found something, and a phrasing in the wrong language or of the wrong size
is discarded. Any failure (no server, bad JSON, timeout) leaves the rule-based result in place.
"""

from __future__ import annotations

import json
import logging
import re
import tomllib
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from chains.extract import Understanding
from chains.state import Preferences
from domain.vocabulary import COLOR_FAMILIES, GENDERS, KINDS, OCCASIONS, SEASONS, STYLES
from prompts import detect_language

log = logging.getLogger(__name__)
_JSON = re.compile(r"\{.*\}", re.DOTALL)
MAX_PHRASING_CHARS = 600
MAX_ANSWER_CHARS = 1200
MAX_TOOL_ROUNDS = 4


@cache
def _prompts() -> dict[str, str]:
    import prompts

    with open(Path(prompts.__file__).parent / "llm.toml", "rb") as handle:
        return tomllib.load(handle)


def make_chat_model(provider: str, model: str, base_url: str | None = None, api_key: str | None = None):
    """A LangChain chat model ("openai" = any OpenAI-compatible server: vLLM, llama.cpp, LM Studio;
    "ollama"), or None with one clear log line when it cannot be built."""
    from langchain.chat_models import init_chat_model

    options: dict[str, Any] = {"temperature": 0}
    if base_url:
        options["base_url"] = base_url
    if api_key:
        options["api_key"] = api_key
    try:
        return init_chat_model(model, model_provider=provider, **options)
    except Exception as error:  # noqa: BLE001 - a missing package or bad setting must not stop the app
        log.warning("chat model %s:%s unavailable, using the rule-based extractor: %s", provider, model, error)
        return None


def _one_of(value: Any, allowed: tuple[str, ...]) -> str | None:
    return value if isinstance(value, str) and value in allowed else None


def _some_of(values: Any, allowed: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(v for v in values if isinstance(v, str) and v in allowed) if isinstance(values, list) else ()


def parse_preferences(text: str) -> Preferences:
    """The model's JSON answer as Preferences, keeping only vocabulary values."""
    hit = _JSON.search(text)
    data = json.loads(hit.group(0)) if hit else {}
    budget = data.get("budget_max")
    return Preferences(
        gender=_one_of(data.get("gender"), GENDERS), occasion=_one_of(data.get("occasion"), OCCASIONS),
        style=_one_of(data.get("style"), STYLES), season=_one_of(data.get("season"), SEASONS),
        colors=_some_of(data.get("colors"), COLOR_FAMILIES), avoid_colors=_some_of(data.get("avoid_colors"), COLOR_FAMILIES),
        budget_max=float(budget) if isinstance(budget, (int, float)) and budget > 0 else None,
        kinds=_some_of(data.get("kinds"), KINDS),
    )


def fill_gaps(rules: Preferences, model: Preferences) -> Preferences:
    """The rules' values stay; the model only fills what the rules left empty."""
    values = {name: getattr(rules, name) or getattr(model, name) for name in Preferences.__dataclass_fields__}
    values["colors"] = tuple(c for c in values["colors"] if c not in values["avoid_colors"])
    return Preferences(**values)


class LLMAssistant:
    def __init__(self, chat_model) -> None:
        self.chat_model = chat_model

    def _ask(self, system: str, user: str) -> str:
        from langchain_core.messages import HumanMessage, SystemMessage

        return str(self.chat_model.invoke([SystemMessage(system), HumanMessage(user)]).content)

    def extract(self, heard: Understanding) -> Understanding:
        system = _prompts()["extract_system"].format(
            occasions=", ".join(OCCASIONS), styles=", ".join(STYLES), families=", ".join(COLOR_FAMILIES),
            kinds=", ".join(KINDS))
        try:
            model_view = parse_preferences(self._ask(system, heard.text))
        except Exception as error:  # noqa: BLE001 - the rules' reading stands
            log.warning("chat-model extraction failed: %s", error)
            return heard
        merged = fill_gaps(heard.preferences, model_view)
        return replace(heard, preferences=merged, kinds=heard.kinds or merged.kinds)

    def answer(self, question: str, lang: str, tools: list[Any]) -> str | None:
        """A free question the rules cannot answer, answered by the model with tool calls (the
        catalogue and the style notes), in the person's language; None when it fails or strays."""
        from langchain_core.messages import HumanMessage, SystemMessage, ToolMessage

        by_name = {tool.name: tool for tool in tools}
        messages: list[Any] = [SystemMessage(_prompts()["answer_system"].format(language=lang)), HumanMessage(question)]
        try:
            model = self.chat_model.bind_tools(tools)
            for _ in range(MAX_TOOL_ROUNDS):
                reply = model.invoke(messages)
                messages.append(reply)
                if not reply.tool_calls:
                    break
                for call in reply.tool_calls:  # an unknown tool name gets an error string, not a crash
                    tool = by_name.get(call["name"])
                    result = tool.invoke(call["args"]) if tool else f"no tool named {call['name']}"
                    messages.append(ToolMessage(str(result), tool_call_id=call["id"]))
            answer = str(messages[-1].content).strip()
        except Exception as error:  # noqa: BLE001 - the help text stands
            log.warning("chat-model answer failed: %s", error)
            return None
        return answer if _usable(answer, lang, MAX_ANSWER_CHARS) else None

    def phrase(self, text: str, lang: str) -> str:
        try:
            answer = self._ask(_prompts()["phrase_system"].format(language=lang), text).strip()
        except Exception as error:  # noqa: BLE001 - the template sentence stands
            log.warning("chat-model phrasing failed: %s", error)
            return text
        return answer if _usable(answer, lang, MAX_PHRASING_CHARS) else text


def _usable(answer: str, lang: str, limit: int) -> bool:
    """A model's text is kept only when it says something, briefly, in the person's language."""
    return bool(answer) and len(answer) <= limit and detect_language(answer) == lang

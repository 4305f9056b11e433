"""The optional chat-model backend, with a scripted chat model (a real LangChain BaseChatModel)."""

from __future__ import annotations

from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult

from chains.extract import extract
from chains.llm import LLMAssistant, make_chat_model


class ScriptedChatModel(BaseChatModel):
    """Answers with the next scripted text (an exception instance is raised instead); keeps what it saw."""

    script: list[Any]
    seen: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "scripted"

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs: Any) -> ChatResult:
        self.seen.append(messages)
        answer = self.script.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=answer))])


def assistant(*answers: Any) -> LLMAssistant:
    return LLMAssistant(ScriptedChatModel(script=list(answers), seen=[]))


def test_the_model_fills_what_the_rules_missed_and_only_with_vocabulary_words():
    heard = extract("something for my cousin's big day, I'm a guy, nothing too flashy")
    answer = '{"gender": "women", "occasion": "wedding", "style": "minimal", "colors": ["navy", "sparkly"], ' \
             '"avoid_colors": [], "kinds": ["tuxedo"], "budget_max": null, "season": null}'
    merged = assistant(answer).extract(heard).preferences
    assert merged.gender == "men"  # the rules read "guy": the model does not overrule them
    assert merged.occasion == "wedding" and merged.style == "minimal"
    assert merged.colors == ("navy",) and merged.kinds == ()  # "sparkly", "tuxedo" are not vocabulary


def test_a_failing_or_babbling_model_leaves_the_rules_reading():
    heard = extract("a date look, no black")
    for answer in (ConnectionError("server down"), "Sure! Here are some ideas...", "{not json"):
        assert assistant(answer).extract(heard) == heard


def test_phrasing_is_used_only_when_it_keeps_the_language():
    english = "Here are three minimal looks for a date."
    assert assistant("Here are three clean, minimal looks for your date!").phrase(english, "en").startswith("Here are three clean")
    assert assistant("데이트를 위한 미니멀 룩 세 가지예요.").phrase(english, "en") == english
    assert assistant(TimeoutError()).phrase(english, "en") == english


def test_the_agent_uses_the_model_end_to_end(app_settings):
    from dataclasses import replace

    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    catalog = build_catalog(app_settings)
    model = assistant('{"occasion": "interview", "gender": "men"}', "Three classic looks for your interview.",)
    services = replace(agent_services(app_settings, catalog), llm=model)
    stylist = Stylist(services, Repository(make_engine(app_settings.resolved_database_url)))
    reply = stylist.turn("llm-user", "I am seeing a hiring manager tomorrow").to_json()
    assert reply["type"] == "outfits" and reply["preferences"]["occasion"] == "interview"
    assert reply["reply"] == "Three classic looks for your interview."


def test_an_unknown_provider_gives_no_model_and_no_crash():
    assert make_chat_model("no-such-provider", "x") is None


class ScriptedToolCallingModel(ScriptedChatModel):
    """The scripted model, able to call tools: a scripted dict {"tool": name, "args": {...}} becomes a
    tool call, a string the final answer. It records the tools it was given and the tool results."""

    tools: list[str] = []

    def bind_tools(self, tools, **kwargs):
        self.tools.extend(t.name for t in tools)
        return self

    def _generate(self, messages, stop=None, run_manager=None, **kwargs):
        self.seen.append(messages)
        step = self.script.pop(0)
        if isinstance(step, dict):
            call = {"name": step["tool"], "args": step["args"], "id": f"call-{len(self.seen)}", "type": "tool_call"}
            return ChatResult(generations=[ChatGeneration(message=AIMessage(content="", tool_calls=[call]))])
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=step))])


def test_a_free_question_is_answered_by_the_model_grounded_by_catalogue_tools(app_settings):
    from dataclasses import replace

    from app.wiring import agent_services, build_catalog
    from chains.stylist import Stylist
    from storage.db import make_engine
    from storage.repo import Repository

    final = "For a beach wedding, a light shirt from the catalogue with chinos works well."
    model = ScriptedToolCallingModel(script=[
        '{"gender": null, "occasion": null}',  # the extraction step: nothing the rules missed
        {"tool": "search_catalog", "args": {"query": "linen shirt for a beach wedding", "gender": "men", "kind": "shirt"}},
        final,  # the answer, after reading the tool's result
        final,  # the phrasing step keeps it
    ], seen=[], tools=[])
    services = replace(agent_services(app_settings, build_catalog(app_settings)), llm=LLMAssistant(model))
    stylist = Stylist(services, Repository(make_engine(f"sqlite:///{app_settings.data_dir}/llm-tools.db")))
    reply = stylist.turn("free-q", "hmm so is linen ok on a beach").to_json()
    assert reply["type"] == "answer" and reply["reply"].startswith("For a beach wedding")
    assert model.tools == ["search_catalog", "style_notes"]
    tool_results = [m for m in model.seen[2] if m.type == "tool"]
    assert tool_results and "shirt" in tool_results[0].content  # the answer saw real catalogue items


def test_without_a_working_model_the_stylist_says_what_it_can_do(app_settings):
    from app.wiring import build_services

    reply = build_services(app_settings).stylist.turn("no-llm", "hmm so is linen ok on a beach").to_json()
    assert reply["type"] == "answer" and "outfit" in reply["reply"].lower()

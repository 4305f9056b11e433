"""The turn as a LangGraph state machine: understand -> decide -> (clarify | recommend | answer | error)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypedDict

import prompts
from chains import actions
from chains.extract import Understanding, extract
from chains.router import Decision, decide
from chains.services import AgentServices
from chains.state import ConversationState, Preferences, Reply, TurnInput
from domain.items import GarmentAnalysis, Item
from domain.vocabulary import WOMENSWEAR_KINDS

ACTIONS = ("clarify", "recommend", "revise", "explain", "brands", "size", "trend", "save", "answer", "error")


class TurnState(TypedDict, total=False):
    turn: TurnInput
    events: actions.TurnEvents | None  # the caller's ears: looks composed, lookbook render steps
    wardrobe: list[Item]  # the user's own garments (outfits use them first)
    to_save: Item | None  # a garment the user asked to keep in their wardrobe
    conversation: ConversationState
    preferences: Preferences
    stored_preferences: Preferences  # before this message: a style question changes no profile
    understanding: Understanding
    garment: GarmentAnalysis | None
    photo_error: str | None
    decision: Decision
    reply: Reply


def _merge_preferences(old: Preferences, heard: Understanding, kinds_name_anchor: bool) -> Preferences:
    update = heard.preferences
    if not (old.gender or update.gender or heard.followups) and update.kinds and set(update.kinds) <= WOMENSWEAR_KINDS:  # "a dress for a wedding"
        update = replace(update, gender="women")
    if kinds_name_anchor:  # "it's a shirt" describes the photo, not a wish for more shirts
        update = replace(update, kinds=())
    merged = old.merged(update)
    if not update.kinds and (update.occasion or update.style):
        merged = replace(merged, kinds=())  # kinds belong to one request, not to the profile
    return merged


def _with_guessed_occasion(heard: Understanding, services: AgentServices) -> Understanding:
    """Ask the embedding prototypes only about English messages the lexicon found nothing in."""
    p = heard.preferences
    if services.occasion_guesser is None or heard.language != "en" or p.occasion or p.style or heard.kinds:
        return heard
    occasion = services.occasion_guesser(heard.text)
    return replace(heard, preferences=replace(p, occasion=occasion)) if occasion else heard


def make_understand(services: AgentServices):
    def understand(state: TurnState) -> dict[str, Any]:
        turn, conversation = state["turn"], state["conversation"]
        heard = extract(turn.text)
        if services.llm is not None and turn.text:
            heard = services.llm.extract(heard)
        heard = _with_guessed_occasion(heard, services)
        language = heard.language or conversation.language
        # A wish for trend looks waits only for the answer to the question it came with.
        conversation = conversation.evolve(language=language,
                                           wants_trend=conversation.wants_trend and bool(conversation.pending))
        garment, photo_error = None, None
        naming_anchor = False
        if turn.image:
            garment, photo_error, conversation = actions.read_photo(services, turn.image, heard, conversation, state["preferences"])
            naming_anchor = bool(heard.kinds)
        elif conversation.anchor and heard.kinds and (not conversation.anchor.kind or heard.names_the_photo):
            # what the person says the garment is beats what the photo model read ("it's a dress")
            conversation = actions.name_anchor(conversation, heard.kinds[0])
            naming_anchor = True
        preferences = _merge_preferences(state["preferences"], heard, naming_anchor)
        return {"understanding": heard, "conversation": conversation, "preferences": preferences,
                "stored_preferences": state["preferences"],
                "garment": garment, "photo_error": photo_error}
    return understand


def route(state: TurnState) -> dict[str, Any]:
    decision = decide(
        state=state["conversation"], preferences=state["preferences"], understanding=state["understanding"],
        new_photo=state.get("garment") is not None, photo_failed=state.get("photo_error") is not None,
    )
    return {"decision": decision}


def make_recommend(services: AgentServices):
    def recommend(state: TurnState) -> dict[str, Any]:
        reply, conversation = actions.recommend(services, state["conversation"], state["preferences"],
                                                state["understanding"], state.get("events"), state.get("wardrobe", ()))
        return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}
    return recommend


def make_revise(services: AgentServices):
    def revise(state: TurnState) -> dict[str, Any]:
        reply, conversation, preferences = actions.revise(
            services, state["conversation"], state["preferences"], state["understanding"], state.get("events"))
        return {"reply": reply, "conversation": conversation, "preferences": preferences}
    return revise


def make_explain(services: AgentServices):
    def explain(state: TurnState) -> dict[str, Any]:
        reply, conversation = actions.explain(services, state["conversation"], state["preferences"], state["understanding"],
                                              state.get("events"))
        return {"reply": reply, "conversation": conversation, "preferences": state["stored_preferences"]}
    return explain


def save(state: TurnState) -> dict[str, Any]:
    reply, item = actions.save_garment(state["conversation"])
    return {"reply": reply, "to_save": item}


def make_brands(services: AgentServices):
    def brands(state: TurnState) -> dict[str, Any]:
        return {"reply": actions.brands_for_me(services, state["conversation"], state["preferences"],
                                               state.get("wardrobe", ()))}
    return brands


def make_trend(services: AgentServices):
    def trend(state: TurnState) -> dict[str, Any]:
        reply = actions.trend_answer(services, state["conversation"], state["preferences"])
        return {"reply": reply, "conversation": state["conversation"].evolve(pending=(), questions_in_row=0)}
    return trend


def size(state: TurnState) -> dict[str, Any]:
    reply, asked = actions.size_answer(state["conversation"], state["preferences"], state["understanding"])
    pending = ("size",) if asked else ()  # the next message with the numbers is the answer
    return {"reply": reply, "conversation": state["conversation"].evolve(pending=pending, questions_in_row=0)}


def clarify(state: TurnState) -> dict[str, Any]:
    conversation = state["conversation"]
    if "trend" in state["understanding"].intents:  # the answer to the question still wants the trend
        conversation = conversation.evolve(wants_trend=True)
    reply, conversation = actions.clarify(conversation, state["decision"].asks, bool(state["understanding"].kinds))
    return {"reply": replace(reply, garment=state.get("garment")), "conversation": conversation}


def make_answer(services: AgentServices):
    def answer(state: TurnState) -> dict[str, Any]:
        """What the rules cannot answer goes to a configured chat model (grounded by tools); without
        one, or when it fails, the stylist says what it can do."""
        conversation = state["conversation"]
        lang = conversation.language
        text = state["turn"].text
        said = None
        if services.llm is not None and text and "greeting" not in state["understanding"].intents:
            from chains.llm_tools import stylist_tools

            said = services.llm.answer(text, lang, stylist_tools(services, lang))
        reply = Reply(said or prompts.render(lang, "help"), "answer", quick_replies=tuple(prompts.choices(lang, "start")))
        return {"reply": reply, "conversation": conversation.evolve(pending=(), questions_in_row=0)}
    return answer


def photo_error(state: TurnState) -> dict[str, Any]:
    lang = state["conversation"].language
    if state.get("photo_error") == actions.NOT_ONE_GARMENT:  # not a fault: ask for the garment alone
        return {"reply": Reply(prompts.render(lang, "not_one_garment"), "question", asks=("photo",))}
    text = prompts.render(lang, "error_photo", detail=state.get("photo_error") or "")
    return {"reply": Reply(text, "error")}


def make_phrase(services: AgentServices):
    def phrase(state: TurnState) -> dict[str, Any]:
        reply = state["reply"]
        if services.llm is None or reply.type == "error":
            return {}
        return {"reply": replace(reply, text=services.llm.phrase(reply.text, state["conversation"].language))}
    return phrase


def build_graph(services: AgentServices):
    """Compile the turn graph once per app; it holds no per-user state (that comes in TurnState)."""
    from langgraph.graph import END, START, StateGraph

    graph = StateGraph(TurnState)
    graph.add_node("understand", make_understand(services))
    graph.add_node("decide", route)
    graph.add_node("clarify", clarify)
    graph.add_node("recommend", make_recommend(services))
    graph.add_node("revise", make_revise(services))
    graph.add_node("explain", make_explain(services))
    graph.add_node("brands", make_brands(services))
    graph.add_node("size", size)
    graph.add_node("trend", make_trend(services))
    graph.add_node("save", save)
    graph.add_node("answer", make_answer(services))
    graph.add_node("error", photo_error)
    graph.add_node("phrase", make_phrase(services))
    graph.add_edge(START, "understand")
    graph.add_edge("understand", "decide")
    graph.add_conditional_edges("decide", lambda s: s["decision"].action,
                                {n: n for n in ACTIONS})
    for node in ACTIONS:
        graph.add_edge(node, "phrase")
    graph.add_edge("phrase", END)
    return graph.compile()

"""Two people asking for the same thing see different, equally right pieces; one conversation keeps its own."""

from app.eval_outfits import GridBrief, judge_answer
from chains.look_score import VARIETY, variety_nudge
from chains.state import ConversationState


def ask(services, text, user):
    return services.stylist.turn(user, text).to_json()


def test_the_same_brief_from_two_people_brings_different_pieces_that_both_keep_the_rules(services):
    brief = GridBrief("everyday outfit for a man in fall", "en", "daily", "fall", "men")
    answers = [ask(services, brief.text, user) for user in ("variety-a", "variety-b", "variety-c")]
    pieces = [{i["id"] for o in a["outfits"] for i in o["items"]} for a in answers]
    assert all(a["outfits"] for a in answers)
    assert len({frozenset(p) for p in pieces}) > 1  # not one fixed set of pieces for everyone
    for answer in answers:
        assert judge_answer(answer, brief, services.catalog.get) == [[] for _ in answer["outfits"]]


def test_a_conversation_keeps_its_own_order_between_turns():
    state = ConversationState(seed=7)
    assert ConversationState.from_json(state.to_json()).seed == 7
    nudges = [variety_nudge(7, f"item-{n}") for n in range(200)]
    assert all(abs(n) <= VARIETY for n in nudges) and len(set(nudges)) > 150
    assert nudges == [variety_nudge(7, f"item-{n}") for n in range(200)]
    assert variety_nudge(0, "item-1") == 0.0  # no conversation: the search's own order



def test_a_swap_on_the_same_look_brings_each_conversation_its_own_replacement(services, app_settings):
    from dataclasses import replace

    from app.wiring import agent_services
    from chains.extract import extract
    from chains.revise import revise_looks
    from chains.state import Outfit

    answer = ask(services, "everyday outfit for a man in fall", "swap-variety")
    look = Outfit("casual", tuple(services.catalog.get([i["id"] for i in answer["outfits"][0]["items"]])), "")
    heard = extract("swap the shoes on #1")
    prefs = replace(heard.preferences, gender="men", occasion="daily", season="fall")
    agent = agent_services(app_settings, services.catalog)
    shoes = {seed: next(i.id for i in revise_looks(agent, (look,), heard, prefs, (), (), "en", seed=seed)[0].items
                        if i.slot == "shoes") for seed in range(1, 7)}
    assert len(set(shoes.values())) > 1  # not one fixed pair for everyone who asks

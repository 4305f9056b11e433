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

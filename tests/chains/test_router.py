import pytest

from chains.extract import extract
from chains.router import ACTIONS, decide
from chains.state import ConversationState, Outfit, Preferences
from domain.items import Item

UNKNOWN_GARMENT = Item(id="upload-1", name="Your navy garment", kind="", slot="", color="Navy Blue",
                       color_family="navy", gender="unisex", source="upload")
KNOWN_GARMENT = Item(id="upload-2", name="Your navy shirt", kind="shirt", slot="top", color="Navy Blue",
                     color_family="navy", gender="unisex", source="upload")
SHOWN = ConversationState(looks=(Outfit("minimal", (KNOWN_GARMENT,), "Navy and white."),))


def route(text, *, prefs=Preferences(), state=ConversationState(), new_photo=False, photo_failed=False):
    heard = extract(text)
    merged = prefs.merged(heard.preferences)
    return decide(state=state, preferences=merged, understanding=heard, new_photo=new_photo, photo_failed=photo_failed)


ROUTES = [
    ("I need an outfit", Preferences(), ConversationState(), "clarify", ("occasion", "gender")),
    ("I need an outfit", Preferences(gender="women"), ConversationState(), "clarify", ("occasion", "style")),
    ("I need an outfit", Preferences(style="minimal", gender="men"), ConversationState(), "recommend", ()),
    # whose clothes is asked once rather than guessed by mixing menswear and womenswear
    ("I need an outfit", Preferences(style="minimal"), ConversationState(), "clarify", ("gender",)),
    ("데이트룩 추천해줘", Preferences(), ConversationState(), "clarify", ("gender",)),
    ("데이트룩 추천해줘", Preferences(), ConversationState(gender_asked=True), "recommend", ()),
    ("for a date, minimal style, men", Preferences(), ConversationState(), "recommend", ()),
    ("hello", Preferences(), ConversationState(), "answer", ()),
    # a vague answer to our question gets defaults, never the same question again
    ("whatever you like", Preferences(), ConversationState(pending=("occasion", "style"), questions_in_row=1), "recommend", ()),
    # two questions in a row is the limit
    ("I need an outfit", Preferences(), ConversationState(questions_in_row=2), "recommend", ()),
    ("what goes with this?", Preferences(), ConversationState(anchor=UNKNOWN_GARMENT), "clarify", ("kind",)),
    ("what goes with this?", Preferences(), ConversationState(anchor=KNOWN_GARMENT), "clarify", ("gender",)),
    ("what goes with this?", Preferences(gender="women"), ConversationState(anchor=KNOWN_GARMENT), "recommend", ()),
    ("no idea", Preferences(), ConversationState(anchor=UNKNOWN_GARMENT, pending=("kind",), questions_in_row=1), "recommend", ()),
    # a request naming its garment is answered with looks around it; only an unknown gender is asked
    ("남자 슬랙스 코디 추천해줘", Preferences(), ConversationState(), "recommend", ()),
    ("I want navy chinos and something to wear with them", Preferences(), ConversationState(), "clarify", ("gender",)),
    ("I want navy chinos and something to wear with them", Preferences(gender="men"), ConversationState(), "recommend", ()),
    # size questions get sizes, not a question about the occasion
    ("I'm a man, 180 cm and 75 kg. What size should I get?", Preferences(), ConversationState(), "size", ()),
    ("180cm 75kg", Preferences(gender="men"), ConversationState(pending=("size",)), "size", ()),
    # leaving it to the stylist is a request: asked once, then looks on defaults
    ("you choose", Preferences(), ConversationState(), "clarify", ("occasion", "gender")),
    ("아무거나", Preferences(), ConversationState(pending=("occasion", "style", "gender"), questions_in_row=1), "recommend", ()),
    # "menswear or womenswear?" passed over for a new request is never asked a second time
    ("니트 말고 셔츠로 보여줘", Preferences(), ConversationState(pending=("gender",), gender_asked=True,
                                                               questions_in_row=1), "recommend", ()),
    # a correction of the photo answers nothing about whose clothes: asked again, once
    ("its actually navy, not grey", Preferences(), ConversationState(anchor=KNOWN_GARMENT, pending=("gender",),
                                                                    questions_in_row=1, gender_asked=True),
     "clarify", ("gender",)),
    # follow-ups change the looks on screen; questions, brands, trends and the wardrobe have their own answers
    ("something warmer", Preferences(gender="men"), SHOWN, "revise", ()),
    # a question about one look on screen is answered about it; one about a look not there is not
    ("would #1 work for a funeral?", Preferences(gender="men"), SHOWN, "review", ()),
    ("1번 50대한테 어때?", Preferences(gender="men"), SHOWN, "review", ()),
    ("is #2 ok?", Preferences(gender="men"), SHOWN, "answer", ()),
    # the finishing touch the looks on screen want is said by the rules, not asked back
    ("and what socks", Preferences(gender="men"), SHOWN, "finish", ()),
    ("넥타이는 무슨 색이 좋아요?", Preferences(gender="men"), SHOWN, "finish", ()),
    ("no socks", Preferences(gender="men"), SHOWN, "revise", ()),
    # a packing question gets a few pieces worn many ways
    ("짐 줄이고 싶어서 옷 몇 개로 돌려 입고 싶어", Preferences(gender="women"), SHOWN, "capsule", ()),
    ("what is amekaji?", Preferences(), ConversationState(), "explain", ()),
    ("which brands suit me?", Preferences(), ConversationState(), "brands", ()),
    ("올봄 트렌드 컬러는 무엇인가요?", Preferences(), ConversationState(), "trend", ()),
    ("save it to my wardrobe", Preferences(), ConversationState(anchor=KNOWN_GARMENT), "save", ()),
    # a second wearer asked for beside the looks on screen: theirs are added, the person's stay
    ("what should my husband wear?", Preferences(gender="women"), SHOWN, "partner", ()),
    ("남편은 뭐 입어요?", Preferences(gender="women"), SHOWN, "partner", ()),
    # with no looks on screen yet, the same words are a request for his looks
    ("what should my husband wear?", Preferences(gender="women"), ConversationState(), "clarify", ("occasion", "style")),
]


@pytest.mark.parametrize(("text", "prefs", "state", "action", "asks"), ROUTES)
def test_routing_table(text, prefs, state, action, asks):
    decision = route(text, prefs=prefs, state=state)
    assert (decision.action, decision.asks) == (action, asks)


def test_the_routing_table_reaches_every_action():
    reached = {action for _, _, _, action, _ in ROUTES} | {"error"}  # (the error row: a photo that failed, below)
    assert reached == set(ACTIONS)


def test_every_action_is_a_node_of_the_turn_graph_reached_from_decide():
    from chains.actions import NODES
    from chains.graph import build_graph

    assert set(NODES) == set(ACTIONS)
    edges = {(e.source, e.target) for e in build_graph().get_graph().edges}
    assert all(("decide", action) in edges and (action, "phrase") in edges for action in ACTIONS)
    assert {("__start__", "understand"), ("understand", "decide"), ("phrase", "__end__")} <= edges


def test_unreadable_photo_is_an_error_not_a_question():
    assert route("what goes with this?", photo_failed=True).action == "error"


def test_known_preferences_are_never_asked_again():
    for prefs in (Preferences(occasion="work", gender="women"), Preferences(style="street", gender="men")):
        assert route("I need an outfit", prefs=prefs).action == "recommend"

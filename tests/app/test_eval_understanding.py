"""The labelled understanding set and `stylist eval understanding`."""

from app.eval_understanding import FIELDS, LIST_FIELDS, load_utterances, misread_fields, run_understanding_eval
from chains.exclusions import FEATURES
from chains.extract import PART_SLOTS
from chains.lexicon import FOLLOWUP_TERMS, QUESTION_TERMS
from domain.vocabulary import COLOR_FAMILIES, CONTRACT_OCCASION, KINDS, OCCASIONS, SEASONS, STYLES

# the vocabulary's occasions and the events dressed by a neighbour's code (a hike, a family occasion)
ALLOWED = {"gender": {"men", "women"}, "occasion": set(OCCASIONS) | set(CONTRACT_OCCASION) - {"funeral"},
           "style": set(STYLES), "season": set(SEASONS),
           "colors": set(COLOR_FAMILIES), "avoid_colors": set(COLOR_FAMILIES), "kinds": set(KINDS),
           # a whole kind, one piece: a kind in a colour ("anything but black shoes": "shoes:black"), a part of the
           # look in a colour ("상의는 흰색 말고": "top:white"), or what no kind names ("no puffer")
           "avoid_kinds": set(KINDS) | {f"{k}:{c}" for k in (*KINDS, *PART_SLOTS) for c in COLOR_FAMILIES}
           | set(FEATURES),
           "followups": set(FOLLOWUP_TERMS),
           "question": set(QUESTION_TERMS) | {"pairing", "yesno", "choice"}}


def test_the_set_is_large_bilingual_and_labelled_in_the_vocabulary():
    rows = load_utterances()
    assert len(rows) >= 300
    assert {r["lang"] for r in rows} == {"en", "ko"}
    assert min(sum(r["lang"] == lang for r in rows) for lang in ("en", "ko")) >= 150
    for row in rows:
        assert set(row["expect"]) <= set(FIELDS), row
        for field, allowed in ALLOWED.items():
            if field == "occasion" and row["expect"].get("then_occasion"):  # (the first part of a day in two parts
                allowed = allowed | {"funeral", "funeral_white"}  # may be an event, dressed by its own code)
            said = row["expect"].get(field)
            values = (said or []) if field in LIST_FIELDS else [said] if said else []
            assert set(values) <= allowed, (row["text"], field, said)


def test_every_form_of_exclusion_is_in_the_set():
    texts = " ".join(r["text"] for r in load_utterances()
                     if r["expect"].get("avoid_colors") or r["expect"].get("avoid_kinds"))
    for cue in ("말고", "빼고", "빼줘", "제외", "없이", "싫어", "안 입어", "no ", "not ", "without", "except", "anything but", "skip"):
        assert cue in texts, cue


def test_a_word_read_where_none_was_said_is_a_misread():
    assert misread_fields({"colors": ["red"]}, {"colors": ("red",), "kinds": ()}) == []
    assert misread_fields({"avoid_colors": ["red"]}, {"colors": ("red",)}) == ["colors", "avoid_colors"]
    assert misread_fields({}, {"occasion": "work"}) == ["occasion"]


def test_the_rules_read_the_set_well_in_every_field():
    result = run_understanding_eval()
    assert result["utterances"] >= 300
    assert all(score >= 0.97 for score in result["accuracy"].values()), result["accuracy"]

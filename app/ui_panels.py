"""The right-hand tabs of the page: saved looks, community feed, wardrobe, profile, history.

Each tab is built by one function; `PanelViews` turns the panel handlers' data into component
updates. Every event resolves the acting user through `who` (app/ui.py), never from an id the page
sends; ids from the page only ever select among the acting user's own rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

import prompts
from app.cards import short_name
from app.panels import GENDERS, PanelError, Panels, Profile, profile_of, size_note
from chains.explain import style_title
from domain.vocabulary import COLOR_FAMILIES, KINDS, STYLES
from storage.repo import PanelRows, StorageError

if TYPE_CHECKING:
    import gradio as gr


def ui_text(key: str, lang: str = "en", **values: Any) -> str:
    """A line of the page, as text (messages the server writes in the conversation's language)."""
    return prompts.ui(lang, key, **values)


@cache
def page_i18n() -> "gr.I18n":
    """The page's labels in every language: Gradio shows the visitor's browser language, and its
    Settings (footer) switch it."""
    import gradio as gr

    return gr.I18n(**{lang: {**prompts.ui_strings(lang), **_vocabulary_words(lang)} for lang in prompts.LANGUAGES})


def _vocabulary_words(lang: str) -> dict[str, str]:
    """The vocabulary's display words as page keys ("kind.jeans": "청바지"), for choices."""
    groups = {"kind": KINDS, "color_family": COLOR_FAMILIES, "style": STYLES}
    return {f"{group}.{value}": prompts.label(lang, group, value)
            for group, values in groups.items() for value in values}


def ui_label(key: str) -> Any:
    """A label, button or tab name of the page, shown in the visitor's language."""
    return page_i18n()(key)


def ui_choices(group: str, values: Sequence[str]) -> list[tuple[Any, str]]:
    """Choices that show in the visitor's language and answer with the vocabulary's value."""
    prefix = "gender_" if group == "gender" else f"{group}."
    return [(ui_label(prefix + value), value) for value in values]


class NotSignedIn(Exception):
    """An event from a page session that has not signed in (auth on)."""


def guarded(work: Callable[[], str], said_in: Callable[[], str]) -> str:
    """Run a panel action; its outcome, or the reason it could not be done, as one line in the
    language `said_in` gives once the work has run (the conversation's, known only for a user)."""
    try:
        return work()
    except NotSignedIn:
        return ui_text("sign_in_first", said_in())
    except PanelError as error:
        return error.message  # already in the conversation's language
    except StorageError as error:
        return problem_text(error, said_in())


def problem_text(error: Any, lang: str) -> str:
    """A StorageError's or an AccountError's reason, said in `lang`."""
    return ui_text(f"problem_{error.reason}", lang, **error.values)


def style_word(look: dict[str, Any], lang: str) -> str:
    """A saved look's style as a title in `lang` ("Minimal", "미니멀"); "" for a look without a known style."""
    style = look.get("style")
    return style_title(style, lang) if style in STYLES else ""


def garment_words(garment: dict[str, Any], lang: str) -> str:
    """A wardrobe garment as `lang` names it ("navy jeans", "네이비 청바지"): its own shade where the
    words have one, else its colour family; a kind the vocabulary lacks reads as a plain "garment"."""
    kind = garment.get("kind")
    kind_word = prompts.label(lang, "kind", kind) if kind in KINDS else ui_text("wardrobe_any_kind", lang)
    return prompts.render(lang, "item_phrase", color=_colour_word(garment, lang), kind=kind_word).strip()


def _colour_word(garment: dict[str, Any], lang: str) -> str:
    try:
        return prompts.label(lang, "shade", str(garment.get("color") or "").lower())
    except prompts.MissingTemplateError:
        family = garment.get("color_family")
        return prompts.label(lang, "color_family", family) if family in COLOR_FAMILIES else ""


class PanelViews:
    """Component values for every tab, for one user (empty before sign-in), in the person's language."""

    def __init__(self, panels: Panels) -> None:
        self.panels = panels

    @staticmethod
    def saved(rows: PanelRows | None, lang: str = "en") -> tuple[list, Any, bool]:
        import gradio as gr

        looks = rows.saved_looks if rows else []
        gallery = [(b.image, f"#{b.id} {style_word(b.look, lang)}".strip()) for b in looks if b.image]
        choices = [(f"#{b.id} {style_word(b.look, lang)} — {short_name(b.look.get('why', ''), 60)}", b.id)
                   for b in looks]
        return gallery, gr.update(choices=choices, value=None), bool(rows and rows.share_looks)

    def feed(self) -> list:
        return [(b.image, b.look.get("why", "")[:80]) for b in self.panels.looks.shared_feed() if b.image]

    @staticmethod
    def wardrobe(rows: PanelRows | None, lang: str = "en") -> tuple[list, Any]:
        import gradio as gr

        garments = rows.wardrobe if rows else []
        gallery = [(g.get("image"), f"#{wid} {garment_words(g, lang)}") for wid, g in garments if g.get("image")]
        choices = [(f"#{wid} {garment_words(g, lang)}", wid) for wid, g in garments]
        return gallery, gr.update(choices=choices, value=None)

    def garment(self, user: str | None, wardrobe_id: int | None) -> tuple[str | None, str | None]:
        """The kind and colour family of one of the user's garments, to start its editor from."""
        if not user or wardrobe_id is None:
            return None, None
        found = dict(self.panels.wardrobe.items(user)).get(int(wardrobe_id)) or {}
        return found.get("kind"), found.get("color_family")

    @staticmethod
    def profile(rows: PanelRows | None) -> list[Any]:
        p = profile_of(rows.preferences, rows.profile) if rows else Profile()
        return [p.gender, p.height_cm, p.weight_kg, p.sizes, list(p.colors), list(p.avoid_colors),
                list(p.styles), list(p.avoid_styles), p.budget_max]

    @staticmethod
    def history(rows: PanelRows | None, lang: str = "en") -> Any:
        import gradio as gr

        conversations = rows.conversations if rows else []
        choices = [(f"{c.title or ui_text('new_chat', lang)} · {c.updated_at:%Y-%m-%d %H:%M}", c.id) for c in conversations]
        return gr.update(choices=choices, value=None)

    def all(self, user: str | None, lang: str = "en") -> list[Any]:
        """Every panel, from one read of the person's things (and one of the shared feed)."""
        rows = self.panels.snapshot(user) if user else None
        note = size_note(profile_of(rows.preferences, rows.profile), lang) if rows else ""
        return [*self.saved(rows, lang), self.feed(), *self.wardrobe(rows, lang), *self.profile(rows),
                self.history(rows, lang), note]


def build_saved_tab() -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(ui_label("tab_saved"), elem_id="tab-saved") as tab:
        gallery = gr.Gallery(label=ui_label("saved_gallery"), columns=3, height="auto", elem_id="saved-gallery")
        with gr.Row():
            pick = gr.Dropdown(label=ui_label("saved_pick"), choices=[], scale=3, elem_id="saved-pick")
            remove = gr.Button(ui_label("remove_saved"), scale=1, elem_id="saved-remove")
        share = gr.Checkbox(label=ui_label("share_looks"), elem_id="share-looks")
    return {"tab": tab, "gallery": gallery, "pick": pick, "remove": remove, "share": share}


def build_feed_tab() -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(ui_label("tab_feed"), elem_id="tab-feed") as tab:
        gallery = gr.Gallery(label=ui_label("feed_gallery"), columns=3, height="auto", elem_id="feed-gallery")
        refresh = gr.Button(ui_label("refresh"), size="sm", elem_id="feed-refresh")
    return {"tab": tab, "gallery": gallery, "refresh": refresh}


def build_wardrobe_tab() -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(ui_label("tab_wardrobe"), elem_id="tab-wardrobe") as tab:
        gallery = gr.Gallery(label=ui_label("wardrobe_gallery"), columns=4, height="auto", elem_id="wardrobe-gallery")
        pick = gr.Dropdown(label=ui_label("wardrobe_pick"), choices=[], elem_id="wardrobe-pick")
        with gr.Row():
            # Empty until a garment is picked, then that garment's own kind and colour.
            kind = gr.Dropdown(label=ui_label("wardrobe_kind"), choices=ui_choices("kind", KINDS), value=None,
                               elem_id="wardrobe-kind")
            colour = gr.Dropdown(label=ui_label("wardrobe_colour"), choices=ui_choices("color_family", COLOR_FAMILIES),
                                 value=None, elem_id="wardrobe-colour")
        with gr.Row():
            save = gr.Button(ui_label("wardrobe_save"), elem_id="wardrobe-save")
            remove = gr.Button(ui_label("wardrobe_remove"), variant="stop", elem_id="wardrobe-remove")
    return {"tab": tab, "gallery": gallery, "pick": pick, "kind": kind, "colour": colour, "save": save,
            "remove": remove}


def build_profile_tab() -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(ui_label("tab_profile"), elem_id="tab-profile") as tab:
        fields = [
            gr.Radio(label=ui_label("profile_gender"), choices=ui_choices("gender", GENDERS), elem_id="profile-gender"),
            gr.Number(label=ui_label("profile_height"), elem_id="profile-height"),
            gr.Number(label=ui_label("profile_weight"), elem_id="profile-weight"),
            gr.Textbox(label=ui_label("profile_sizes"), max_lines=1),
            gr.CheckboxGroup(label=ui_label("profile_colors"), choices=ui_choices("color_family", COLOR_FAMILIES)),
            gr.CheckboxGroup(label=ui_label("profile_avoid_colors"),
                             choices=ui_choices("color_family", COLOR_FAMILIES)),
            gr.CheckboxGroup(label=ui_label("profile_styles"), choices=ui_choices("style", STYLES)),
            gr.CheckboxGroup(label=ui_label("profile_avoid_styles"), choices=ui_choices("style", STYLES)),
            gr.Number(label=ui_label("profile_budget")),
        ]
        save = gr.Button(ui_label("profile_save"), variant="primary", elem_id="profile-save")
        with gr.Accordion(ui_label("delete_data"), open=False):
            confirm = gr.Checkbox(label=ui_label("delete_confirm"), elem_id="delete-confirm")
            delete = gr.Button(ui_label("delete_data"), variant="stop", elem_id="delete-data")
    return {"tab": tab, "fields": fields, "save": save, "confirm": confirm, "delete": delete}


def build_history_panel() -> dict[str, Any]:
    """Past conversations, under the chat (the tabs beside it are full on a laptop screen)."""
    import gradio as gr

    with gr.Accordion(ui_label("tab_history"), open=False, elem_id="history"):
        with gr.Row():
            pick = gr.Dropdown(label=ui_label("history_pick"), choices=[], scale=3, elem_id="history-pick")
            open_ = gr.Button(ui_label("history_open"), scale=1, elem_id="history-open")
    return {"pick": pick, "open": open_}


def profile_from(values: list[Any]) -> Profile:
    gender, height, weight, sizes, colors, avoid_colors, styles, avoid_styles, budget = values
    return Profile(gender or None, height, weight, sizes or "", tuple(colors or ()), tuple(avoid_colors or ()),
                   tuple(styles or ()), tuple(avoid_styles or ()), budget)


def panel_outputs(saved: dict, feed: dict, wardrobe: dict, profile: dict, history: dict,
                  size_note: "gr.Markdown") -> list[Any]:
    """The components `PanelViews.all` fills, in its order."""
    return [saved["gallery"], saved["pick"], saved["share"], feed["gallery"], wardrobe["gallery"], wardrobe["pick"],
            *profile["fields"], history["pick"], size_note]

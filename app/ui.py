"""The Gradio Blocks app: chat and past conversations on the left; looks, saved looks, community,
wardrobe and profile tabs on the right (below on a phone).

Who acts: with auth off, the one private space of this machine (the app listens on loopback only);
with auth on, the account this page session signed in as, held in server-side session state.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

import prompts
from app.accessible import ARIA_FIXES, PAGE_CSS, page_theme
from app.accounts import AccountError, Accounts
from app.cards import CARD_CSS, hangul_font_css
from app.handlers import MAX_QUICK_REPLIES, ChatHandlers, View
from app.page_language import FOLLOW_CONVERSATION_SCRIPT, SPEAK_JS, browser_language
from app.settings import exposure_problem
from app.ui_panels import (
    NotSignedIn,
    PanelViews,
    build_feed_tab,
    build_history_panel,
    build_profile_tab,
    build_saved_tab,
    build_wardrobe_tab,
    guarded,
    page_i18n,
    panel_outputs,
    problem_text,
    profile_from,
    ui_label,
    ui_text,
)
from app.wiring import build_panels
from prompts import detect_language
from storage.repo import Repository, StorageError

if TYPE_CHECKING:
    import gradio as gr

    from app.wiring import Services


def welcome_examples(lang: str) -> list[dict[str, str]]:
    """The empty chat's example prompts in `lang`; clicked, each is sent as the person's message."""
    return [{"text": text} for text in prompts.choices(lang, "welcome")]


def welcome_in(lang: str | None) -> Any:
    """The chat's examples in the page's language. Gradio translates labels, not examples (the text of
    one is sent as the message), so the server swaps them when the page's language changes; an update
    of the examples alone leaves the messages, and the API's outputs, as they are."""
    import gradio as gr

    return gr.update(examples=welcome_examples(lang)) if lang in prompts.LANGUAGES else gr.skip()


def _outputs(view: View, page_lang: str = "en") -> list[Any]:
    import gradio as gr

    # updates, not new components: building a component per output costs each turn ~2 ms of held GIL
    buttons = [gr.update(value=label, visible=True) for label in view.quick_replies]
    buttons += [gr.update(visible=False)] * (MAX_QUICK_REPLIES - len(buttons))
    # The hint in the conversation's language, before it has one in the browser's (the API hands out
    # text, never the page's translation keys).
    cards = view.cards_html or f"<p>{ui_text('no_looks', view.language or page_lang)}</p>"
    picker = gr.update(choices=list(range(1, view.looks + 1)) or [1], value=1, interactive=view.looks > 0)
    return [view.messages, cards, view.gallery or None, *buttons, picker, view.language or page_lang]


def _bar(progress, lang: str) -> Any:
    """Lookbook render steps -> the event's progress bar, captioned in `lang` (None: no bar)."""
    if progress is None:
        return None
    caption = ui_text("drawing", lang)
    return lambda done, total: progress((done, total), desc=caption, unit="steps")


def _signed_out_view(lang: str = "en") -> View:
    return View.only_a_line(ui_text("sign_in_first", lang))


class Identity:
    """Resolves the acting user of an event (see the module docstring).

    With auth off there is one person: the app refuses to listen beyond loopback in that mode
    (`launch`), and nothing the page sends can name another profile. With auth on, the session holds
    the signed-in account's id and its random files key (ids can be reused after a deletion; the key
    is not); each event checks that this account still exists, so a session outlives neither
    "delete my data" nor the name passing to someone else, and nothing ever creates a user for it.
    """

    def __init__(self, auth: bool, default_user: str, repository: Repository) -> None:
        self.auth = auth
        self.default_user = default_user
        self._repo = repository

    def __call__(self, session: tuple[int, str] | None) -> str:
        if not self.auth:
            return self.default_user
        if not session:
            raise NotSignedIn
        user_id, key = session
        account = self._repo.accounts.get(user_id=int(user_id))
        if account is None or account.files_key != key:
            raise NotSignedIn
        return account.name

    def optional(self, session: tuple[int, str] | None) -> str | None:
        try:
            return self(session)
        except NotSignedIn:
            return None


def build_ui(services: "Services") -> "gr.Blocks":
    """Build (not launch) the app; every event has an api_name so scripts can drive it too."""
    return StylistPage(services).build()


class StylistPage:
    """The page: its components (made by `_layout`) and the events that connect them to the handlers."""

    def __init__(self, services: "Services") -> None:
        settings = services.settings
        self.services = services
        self.handlers = ChatHandlers(services.stylist, settings.exports_dir,
                                     settings.font_path if settings.font_path.is_file() else None)
        self.panels = build_panels(services)
        self.views = PanelViews(self.panels)
        self.who = Identity(settings.auth, settings.default_user, services.repository)

    def build(self) -> "gr.Blocks":
        import gradio as gr

        # Gradio serves pictures from copies in its cache: copies older than an hour are deleted, so a
        # deleted photo does not live on there.
        with gr.Blocks(title=ui_text("title"), delete_cache=(3600, 3600)) as demo:
            self._layout()
            self._chat_events(demo)
            _wire_account(self, Accounts(self.services.repository))
            _wire_panels(self)
        return demo

    def _layout(self) -> None:
        import gradio as gr

        settings = self.services.settings
        self.session = gr.State(None)
        self.page_lang = gr.State("en")  # the browser's language, until the conversation has its own
        gr.Markdown(f"## {ui_text('title')}")
        gr.Markdown(ui_label("tagline"), elem_id="tagline")
        self.account = _account_row(settings.auth)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                # No share button: it shares to Hugging Face, which a private stylist does not use.
                self.chatbot = gr.Chatbot(label=ui_label("chat_label"), height=520, elem_id="chat", buttons=["copy"],
                                          placeholder=ui_label("empty_chat"), examples=welcome_examples("en"))
                with gr.Row(elem_id="quick-replies"):
                    self.buttons = [gr.Button(visible=False, size="sm", elem_classes=["quick"])
                                    for _ in range(MAX_QUICK_REPLIES)]
                self.box = gr.MultimodalTextbox(file_types=["image"], placeholder=ui_label("input_placeholder"),
                                                show_label=False, elem_id="message")
                self.new_chat = gr.Button(ui_label("new_chat"), elem_id="new-chat")
                self.history = build_history_panel()
            with gr.Column(scale=2, min_width=320):
                self.notice = gr.Markdown(elem_id="notice")
                with gr.Tabs():
                    self.looks = _looks_tab()
                    self.saved, self.feed, self.wardrobe = build_saved_tab(), build_feed_tab(), build_wardrobe_tab()
                    self.profile = build_profile_tab()
        # The conversation's language (the browser's before it has one), which the page's labels follow.
        self.conversation_lang = gr.Textbox(visible="hidden", elem_id="conversation-language")
        self.view_outputs = [self.chatbot, self.looks["cards"], self.looks["gallery"], *self.buttons,
                             self.looks["number"], self.conversation_lang]
        self.panel_outs = panel_outputs(self.saved, self.feed, self.wardrobe, self.profile, self.history,
                                        self.looks["size_note"])
        self.me = [self.session]
        self.me_and_lang = [self.session, self.page_lang]

    # --- what events run ------------------------------------------------------------------------------

    def refresh(self, session: str | None, page_lang: str = "en") -> list[Any]:
        import gradio as gr

        try:
            name = self.who.optional(session)
            return self.views.all(name, self.handlers.language(name, default=page_lang) if name else page_lang)
        except StorageError:  # the database is away: the panels keep what they show
            return [gr.skip()] * len(self.panel_outs)

    def restore(self, session: str | None, page_lang: str = "en") -> list[Any]:
        name = self.who.optional(session)
        return _outputs(self.handlers.view(name) if name else _signed_out_view(page_lang), page_lang)

    def send(self, message: dict[str, Any] | None, session: str | None, progress=None,
             page_lang: str = "en") -> Iterator[list[Any]]:
        """The reply's words and looks first, then the lookbooks as they are drawn."""
        name = self.who.optional(session)
        if name is None:
            yield [None, *_outputs(_signed_out_view(page_lang), page_lang)]
            return
        message = message or {}
        files = message.get("files") or []
        image = files[0] if files else None
        image = image.get("path") if isinstance(image, dict) else image
        text = message.get("text") or ""
        bar = _bar(progress, detect_language(text) or self.handlers.language(name, page_lang))  # a photo alone
        for view in self.handlers.send_stream(name, text, image, progress=bar):
            yield [None, *_outputs(view, page_lang)]

    def quick(self, label: str, session: str | None, progress=None, page_lang: str = "en") -> Iterator[list[Any]]:
        name = self.who.optional(session)
        if name is None:
            yield _outputs(_signed_out_view(page_lang), page_lang)
            return
        bar = _bar(progress, detect_language(label) or self.handlers.language(name, page_lang))
        for view in self.handlers.send_stream(name, label, progress=bar):
            yield _outputs(view, page_lang)

    def start_new(self, session: str | None, page_lang: str = "en") -> list[Any]:
        if (name := self.who.optional(session)) is not None:
            self.services.stylist.new_conversation(name)
        return self.restore(session, page_lang)

    def export(self, session: str | None, page_lang: str = "en") -> tuple[list[str] | None, str]:
        """The lookbook files and a line saying what happened, shown beside the button."""
        name = self.who.optional(session)
        if name is None:
            return None, ui_text("sign_in_first", page_lang)
        files, lang = self.handlers.export(name), self.handlers.language(name, page_lang)
        return (files, ui_text("exported", lang)) if files else (None, ui_text("nothing_to_export", lang))

    def after(self, event) -> None:
        """The panels follow whatever an event changed."""
        event.then(self.refresh, self.me_and_lang, self.panel_outs, api_visibility="private")

    def _chat_events(self, demo: "gr.Blocks") -> None:
        import gradio as gr

        # Generators, so the page shows the reply before the lookbooks are drawn.
        def send(message, session, page_lang, progress=gr.Progress()):
            yield from self.send(message, session, progress, page_lang)

        def quick(label, session, page_lang, progress=gr.Progress()):
            yield from self.quick(label, session, progress, page_lang)

        def example(session, page_lang, evt: gr.SelectData, progress=gr.Progress()):
            yield from self.quick(evt.value["text"], session, progress, page_lang)

        # This module's annotations are strings (`from __future__ import annotations`) and `gr` is a
        # local name Gradio cannot resolve, so it would not see that `evt` wants the event data and
        # would hand it the progress tracker instead. Give it the real class.
        example.__annotations__["evt"] = gr.SelectData

        shown_first = self.box.submit(_echo, [self.box, self.chatbot], [self.chatbot], api_visibility="private",
                                      queue=False)
        self.after(shown_first.then(send, [self.box, *self.me_and_lang], [self.box, *self.view_outputs],
                                    api_name="send"))
        self.after(self.chatbot.example_select(example, self.me_and_lang, self.view_outputs, api_visibility="private"))
        for index, button in enumerate(self.buttons):
            self.after(button.click(quick, [button, *self.me_and_lang], self.view_outputs,
                                    api_name=f"quick_reply_{index}"))
        self.after(self.new_chat.click(self.start_new, self.me_and_lang, self.view_outputs, api_name="new_conversation"))

        def page_language(request):
            return browser_language(request)

        page_language.__annotations__["request"] = gr.Request  # (see `example` above)
        loaded = demo.load(page_language, None, [self.page_lang], api_visibility="private")
        self.after(loaded.then(self.restore, self.me_and_lang, self.view_outputs, api_name="history"))
        loaded.then(lambda lang: ui_text("signed_out", lang), [self.page_lang], [self.account["status"]],
                    api_visibility="private")  # a new page is a new session
        tabs = [panel["tab"] for panel in (self.looks, self.saved, self.feed, self.wardrobe, self.profile)]
        names = partial(_tab_names, tuple(tab.elem_id.replace("-", "_") for tab in tabs))  # "tab-saved": "tab_saved"
        self.conversation_lang.change(None, [self.conversation_lang], None, js=SPEAK_JS, api_visibility="private") \
            .then(names, [self.conversation_lang], tabs, api_visibility="private")
        self.conversation_lang.change(welcome_in, [self.conversation_lang], [self.chatbot], show_progress="hidden",
                                      api_visibility="private")
        self.looks["export"].click(self.export, self.me_and_lang, [self.looks["downloads"], self.looks["feedback"]],
                                   api_name="export")


def _tab_names(keys: tuple[str, ...], lang: str | None) -> list[Any]:
    """The tabs' names in the conversation's language: Gradio's locale switch renames only the open
    tab, so the server names them all (Gradio's Settings switch then no longer renames them)."""
    import gradio as gr

    if not lang:
        return [gr.skip()] * len(keys)
    return [gr.Tab(label=ui_text(key, lang)) for key in keys]


def _echo(message: dict[str, Any] | None, shown: list[dict[str, Any]] | None):
    """Show the user's words (and a thinking line) at once; the turn's answer replaces them."""
    import gradio as gr

    text = ((message or {}).get("text") or "").strip()
    files = (message or {}).get("files") or []
    if not text and not files:
        return gr.skip()
    thinking = ui_text("thinking", detect_language(text) or "en")  # in the language of the message
    mine = [{"role": "user", "content": text or "📷"}, {"role": "assistant", "content": thinking}]
    return list(shown or []) + mine


def _looks_tab() -> dict[str, Any]:
    import gradio as gr

    with gr.Tab(ui_label("tab_looks"), elem_id="tab-looks") as tab:
        size_note = gr.Markdown(elem_id="size-note")
        # Texts the server replaces start empty, not as translations: Gradio re-translates a translated
        # value when the page's language changes, over whatever the server put there since.
        cards = gr.HTML("", elem_id="looks")  # (the page's load fills in the hint)
        gallery = gr.Gallery(label=ui_label("lookbook_label"), columns=3, height="auto", elem_id="lookbook")
        with gr.Row():
            number = gr.Dropdown(label=ui_label("look_number"), choices=[1], value=1, interactive=False,
                                 scale=1, elem_id="look-number")
            save = gr.Button(ui_label("save_look"), scale=2, elem_id="save-look")
        export = gr.Button(ui_label("export"), elem_id="export")
        feedback = gr.Markdown(elem_id="look-feedback")  # beside the buttons it answers, not a column away
        downloads = gr.File(label=ui_label("downloads"), file_count="multiple", elem_id="downloads")
    return {"tab": tab, "size_note": size_note, "cards": cards, "gallery": gallery, "number": number, "save": save,
            "export": export, "feedback": feedback, "downloads": downloads}


def _account_row(auth: bool) -> dict[str, Any]:
    import gradio as gr

    with gr.Row(visible=auth, elem_id="account"):
        name = gr.Textbox(label=ui_label("account_name"), max_lines=1, scale=2, elem_id="account-name")
        password = gr.Textbox(label=ui_label("account_password"), type="password", max_lines=1, scale=2,
                              elem_id="account-password")
        with gr.Column(scale=1, min_width=160):
            sign_in = gr.Button(ui_label("sign_in"), variant="primary", size="sm", elem_id="sign-in")
            sign_up = gr.Button(ui_label("sign_up"), size="sm", elem_id="sign-up")
            sign_out = gr.Button(ui_label("sign_out"), size="sm", elem_id="sign-out")
        status = gr.Markdown("", elem_id="account-status")  # (the page's load says "signed out", see cards)
    return {"name": name, "password": password, "sign_in": sign_in, "sign_up": sign_up, "sign_out": sign_out,
            "status": status}


def _wire_account(page: StylistPage, accounts: Accounts) -> None:
    """Sign in / up / out: the session state holds the signed-in name; the page follows it."""
    account, session = page.account, page.session

    def enter(action):
        def handler(name: str, password: str, current: str | None, page_lang: str):
            try:
                signed = action(name, password)
            except AccountError as error:
                return current, problem_text(error, page_lang), ""
            return (signed.id, signed.files_key), ui_text("signed_in_as", page_lang, name=signed.name), ""
        return handler

    def followed(event) -> None:
        event.then(page.restore, page.me_and_lang, page.view_outputs, api_visibility="private") \
             .then(page.refresh, page.me_and_lang, page.panel_outs, api_visibility="private")

    outputs = [session, account["status"], account["password"]]
    for button, action, api in ((account["sign_in"], accounts.sign_in, "sign_in"),
                                (account["sign_up"], accounts.sign_up, "sign_up")):
        followed(button.click(enter(action), [account["name"], account["password"], session, page.page_lang], outputs,
                              api_name=api))
    followed(account["sign_out"].click(lambda page_lang: (None, ui_text("signed_out", page_lang), ""), [page.page_lang],
                                       outputs, api_name="sign_out"))


def _wire_panels(page: StylistPage) -> None:
    """The tabs' buttons: each acts for the resolved user, says what happened, then refreshes."""
    panels, handlers, who, notice, me = page.panels, page.handlers, page.who, page.notice, page.me
    looks, saved, feed, wardrobe, profile, history = (page.looks, page.saved, page.feed, page.wardrobe,
                                                      page.profile, page.history)

    def act(component, work, inputs, api_name, then_view: bool = False, trigger: str = "click",
            says_in=None) -> None:
        def handler(*values):
            *args, session_, page_lang = values
            said_in = page_lang

            def in_their_language() -> str:
                nonlocal said_in
                user = who(session_)
                said_in = handlers.language(user, default=page_lang)  # the conversation's, else the page's
                return work(user, *args, lang=said_in)
            return guarded(in_their_language, lambda: said_in)
        event = getattr(component, trigger)(handler, [*inputs, *page.me_and_lang], [says_in or notice],
                                            api_name=api_name)
        if then_view:
            event = event.then(page.restore, page.me_and_lang, page.view_outputs, api_visibility="private")
        page.after(event)

    def save_look(user: str, number: int, *, lang: str) -> str:
        chosen = handlers.look(user, number)
        return panels.looks.save(user, *chosen, lang=lang) if chosen else ui_text("no_such_look", lang)

    def delete_data(user: str, confirmed: bool, *, lang: str) -> str:
        return panels.retention.delete_my_data(user, lang=lang) if confirmed else ui_text("delete_unconfirmed", lang)

    def reopen(user: str, conversation_id: int | None, *, lang: str) -> str:
        if conversation_id is None:
            return ""
        panels.history.reopen(user, conversation_id)
        return ""

    act(looks["save"], save_look, [looks["number"]], "save_look", says_in=looks["feedback"])
    act(saved["remove"], lambda u, i, lang: panels.looks.delete(u, i, lang=lang) if i else "", [saved["pick"]],
        "remove_saved_look")
    act(saved["share"], panels.looks.set_sharing, [saved["share"]], "share_looks", trigger="input")
    act(wardrobe["save"], lambda u, i, k, c, lang: panels.wardrobe.edit(u, i, k, c, lang=lang) if i else "",
        [wardrobe["pick"], wardrobe["kind"], wardrobe["colour"]], "edit_wardrobe_item")
    act(wardrobe["remove"], lambda u, i, lang: panels.wardrobe.delete(u, i, lang=lang) if i else "",
        [wardrobe["pick"]], "remove_wardrobe_item")
    wardrobe["pick"].change(lambda i, session_: page.views.garment(who.optional(session_), i), [wardrobe["pick"], *me],
                            [wardrobe["kind"], wardrobe["colour"]], api_name="wardrobe_garment")
    act(profile["save"], lambda u, *values, lang: panels.profile.save(u, profile_from(list(values)), lang=lang),
        profile["fields"], "save_profile")
    act(profile["delete"], delete_data, [profile["confirm"]], "delete_my_data", then_view=True)
    act(history["open"], reopen, [history["pick"]], "open_conversation", then_view=True)
    feed["refresh"].click(page.views.feed, None, [feed["gallery"]], api_name="community_feed")


class ExposedWithoutAccounts(ValueError):
    """The app was asked to listen beyond this machine with accounts off."""


def launch(services: "Services", *, host: str, port: int, block: bool = True) -> "gr.Blocks":
    """Serve the app (and GET /health); with `block`, until SIGTERM or Ctrl-C, then close cleanly:
    requests in flight finish, the port is released. Refuses (ExposedWithoutAccounts) to listen
    beyond loopback without accounts: that mode has one private space."""
    import gradio as gr

    from app.health import add_health_route

    settings = services.settings
    if (problem := exposure_problem(host, settings.auth)) is not None:
        raise ExposedWithoutAccounts(problem)
    demo = build_ui(services)
    demo.queue(default_concurrency_limit=_turn_concurrency(services), max_size=settings.queue_size)
    demo.launch(server_name=host, server_port=port, prevent_thread_lock=True,
                css=CARD_CSS + PAGE_CSS + hangul_font_css(settings.font_path),
                allowed_paths=[str(settings.renders_dir), str(settings.uploads_dir), str(settings.exports_dir),
                               str(settings.bookmarks_dir), str(settings.font_path)],
                max_file_size=int(settings.max_upload_mb * gr.FileSize.MB),
                show_error=False, i18n=page_i18n(), theme=page_theme(), head=ARIA_FIXES + FOLLOW_CONVERSATION_SCRIPT,
                footer_links=["api", "settings"])  # Settings switches the page's language
    add_health_route(demo.app, services)
    if block:
        _serve_until_stopped(demo)
    return demo


def _turn_concurrency(services: "Services") -> int:
    """Turns at once: the setting with collages; one when lookbooks may be drawn by SDXL on the GPU
    (renders are limited per GPU: run one replica per GPU to serve more)."""
    settings = services.settings
    return max(1, settings.turn_concurrency) if settings.renderer == "collage" else 1


def _serve_until_stopped(demo: "gr.Blocks") -> None:
    import signal
    import threading

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    stop.wait()
    demo.close()

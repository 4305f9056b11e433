"""The Gradio Blocks app: chat on the left, looks and lookbook on the right (below on a phone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import prompts
from app.cards import CARD_CSS
from app.handlers import MAX_QUICK_REPLIES, ChatHandlers, View

if TYPE_CHECKING:
    import gradio as gr

    from app.wiring import Services


def _ui_text(key: str) -> str:
    return str(prompts._lookup("en", f"ui.{key}"))


def _outputs(view: View) -> list[Any]:
    import gradio as gr

    buttons = [gr.Button(value=label, visible=True) for label in view.quick_replies]
    buttons += [gr.Button(visible=False)] * (MAX_QUICK_REPLIES - len(buttons))
    cards = view.cards_html or f"<p>{_ui_text('no_looks')}</p>"
    return [view.messages, cards, view.gallery or None, *buttons]


def _bar(progress) -> Any:
    """Lookbook render steps -> the event's progress bar."""
    return lambda done, total: progress((done, total), desc=_ui_text("drawing"), unit="steps")


def build_ui(services: "Services") -> "gr.Blocks":
    """Build (not launch) the app; every event has an api_name so scripts can drive it too."""
    import gradio as gr

    settings = services.settings
    handlers = ChatHandlers(services.stylist, settings.exports_dir,
                            settings.font_path if settings.font_path.is_file() else None)
    with gr.Blocks(title=_ui_text("title")) as demo:
        gr.Markdown(f"## {_ui_text('title')}\n{_ui_text('tagline')}")
        with gr.Row(equal_height=False):
            with gr.Column(scale=3, min_width=320):
                chatbot = gr.Chatbot(label=_ui_text("chat_label"), height=520, elem_id="chat")
                with gr.Row(elem_id="quick-replies"):
                    buttons = [gr.Button(visible=False, size="sm", elem_classes=["quick"]) for _ in range(MAX_QUICK_REPLIES)]
                box = gr.MultimodalTextbox(file_types=["image"], placeholder=_ui_text("input_placeholder"),
                                           show_label=False, elem_id="message")
                with gr.Row():
                    user = gr.Textbox(value=services.settings.default_user, label=_ui_text("profile_label"), scale=3)
                    new_chat = gr.Button(_ui_text("new_chat"), scale=1)
            with gr.Column(scale=2, min_width=320):
                gr.Markdown(f"### {_ui_text('looks_title')}")
                cards = gr.HTML(f"<p>{_ui_text('no_looks')}</p>", elem_id="looks")
                gallery = gr.Gallery(label=_ui_text("lookbook_label"), columns=3, height="auto", elem_id="lookbook")
                export = gr.Button(_ui_text("export"), elem_id="export")
                downloads = gr.File(label=_ui_text("downloads"), file_count="multiple", elem_id="downloads")
        view_outputs = [chatbot, cards, gallery, *buttons]

        def send(message: dict[str, Any] | None, who: str, progress=gr.Progress()):
            message = message or {}
            files = message.get("files") or []
            image = files[0] if files else None
            image = image.get("path") if isinstance(image, dict) else image
            view = handlers.send(who, message.get("text") or "", image, progress=_bar(progress))
            return [None, *_outputs(view)]

        def quick(label: str, who: str, progress=gr.Progress()):
            return _outputs(handlers.send(who, label, progress=_bar(progress)))

        def restore(who: str):
            return _outputs(handlers.view((who or "").strip() or services.settings.default_user))

        def start_new(who: str):
            services.stylist.new_conversation((who or "").strip() or services.settings.default_user)
            return restore(who)

        box.submit(send, [box, user], [box, *view_outputs], api_name="send")
        for index, button in enumerate(buttons):
            button.click(quick, [button, user], view_outputs, api_name=f"quick_reply_{index}")
        user.submit(restore, [user], view_outputs, api_name="switch_profile")
        new_chat.click(start_new, [user], view_outputs, api_name="new_conversation")
        demo.load(restore, [user], view_outputs, api_name="history")
        export.click(lambda who: handlers.export(who) or None, [user], [downloads], api_name="export")
    return demo


def launch(services: "Services", *, host: str, port: int, block: bool = True) -> "gr.Blocks":
    demo = build_ui(services)
    demo.queue(default_concurrency_limit=4)
    settings = services.settings
    demo.launch(server_name=host, server_port=port, prevent_thread_lock=not block, css=CARD_CSS,
                allowed_paths=[str(settings.renders_dir), str(settings.uploads_dir), str(settings.exports_dir)],
                show_error=False,
                footer_links=["api"])
    return demo

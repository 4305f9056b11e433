"""The page's theme and markup fixes for accessibility (checked with axe-core by tests/app/test_browser.py).

Gradio's default theme draws its orange accent, subdued grey text and red "stop" buttons below the
WCAG AA contrast of 4.5:1 on white; the theme here keeps the look with darker shades. Two of
Gradio's own elements carry ARIA that assistive technology cannot use: the empty box of a gallery or
file ("Empty value" on a plain div) and the chat's example prompts (a list whose children are
buttons). A small observer gives them valid roles as Gradio draws them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import gradio as gr

ACCENT = "#c2410c"  # orange 700: 5.2:1 on white
ACCENT_DARK = "#9a3412"
SUBDUED_TEXT = "#6b7280"  # grey 500: 4.8:1 on white
STOP = "#b91c1c"  # red 700: 6.5:1 under white text
STOP_DARK = "#991b1b"

ARIA_FIXES = """
<script>
(() => {
  const fix = (root) => {
    root.querySelectorAll("div.empty[aria-label]:not([role])").forEach((box) => box.setAttribute("role", "img"));
    root.querySelectorAll(".examples[role='list']").forEach((list) => list.setAttribute("role", "group"));
  };
  const start = () => {
    fix(document);
    new MutationObserver(() => fix(document)).observe(document.body, {childList: true, subtree: true});
  };
  document.readyState === "loading" ? document.addEventListener("DOMContentLoaded", start) : start();
})();
</script>
"""


# Short notes grow with their text instead of becoming scroll boxes a keyboard cannot reach. On a
# phone every tab fits in the bar (none hides behind Gradio's overflow menu, "⋯"), and a shorter
# chat brings the looks up under the reply.
PAGE_CSS = """
#size-note, #look-feedback, #notice, #account-status {overflow: visible !important;}
@media (max-width: 640px) {
  .tab-wrapper .tab-container button {padding: 6px 5px !important; font-size: 13px !important; min-width: 0 !important;}
  #chat {height: 340px !important; max-height: 340px !important;}
}
"""


def page_theme() -> "gr.themes.Base":
    import gradio as gr

    return gr.themes.Default().set(
        color_accent=ACCENT,
        body_text_color_subdued=SUBDUED_TEXT,
        input_placeholder_color=SUBDUED_TEXT,
        button_primary_background_fill=ACCENT,
        button_primary_background_fill_hover=ACCENT_DARK,
        button_cancel_background_fill=STOP,
        button_cancel_background_fill_hover=STOP_DARK,
    )

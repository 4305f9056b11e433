"""The language the page speaks: the visitor's browser's until the conversation has one, then the
conversation's (the script below switches the page's labels to it)."""

from __future__ import annotations

from typing import Any

import prompts


def browser_language(request: Any) -> str:
    """The app's language that the browser prefers most (its Accept-Language header, by q-value),
    English when it names none of them or there is no request (the HTTP API, a test)."""
    headers = getattr(request, "headers", None) or {}
    ranked = []
    for n, part in enumerate(str(headers.get("accept-language", "")).split(",")):
        tag, _, params = part.strip().partition(";")
        try:
            weight = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            weight = 0.0
        if weight > 0:  # q=0: "not this one"
            ranked.append((-weight, n, tag.strip().lower().split("-")[0]))
    return next((code for _, _, code in sorted(ranked) if code in prompts.LANGUAGES), "en")


# The page's labels are translated in the browser (Gradio's I18n), in the browser's language. Once
# the conversation has a language of its own (a Korean message on an English browser), the labels
# follow it: Gradio's own locale switch (the one its Settings panel uses) is a named export of its
# core module, which the page has already loaded; importing the same URL returns that same module.
# Where a later Gradio moves it, nothing happens and the labels keep the browser's language.
FOLLOW_CONVERSATION_SCRIPT = """
<script>
window.stylistSpeak = async (lang) => {
  if (!lang) return;
  const core = performance.getEntriesByType("resource").map((entry) => entry.name)
    .find((name) => /\\/assets\\/core-[\\w-]+\\.js$/.test(name));
  if (!core) return;
  try { (await import(core)).changeLocale?.(lang); } catch (error) { /* the browser's language stays */ }
};
</script>
"""
SPEAK_JS = "(lang) => { window.stylistSpeak && window.stylistSpeak(lang); return []; }"

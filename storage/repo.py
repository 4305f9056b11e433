"""The app's relational data, one store per job, each scoped to one person (docs/ARCHITECTURE.md).

Every conversation access checks that the conversation belongs to the person asking, so a wrong or
guessed conversation id from the page can never show another person's chat.
"""

from __future__ import annotations

from sqlalchemy import Engine

from storage.accounts import Accounts
from storage.conversations import Conversations
from storage.profiles import Profiles
from storage.retention import Retention
from storage.saved_looks import SavedLooks
from storage.store import (  # noqa: F401 - the types and errors callers import from here
    Account,
    ConversationNotFound,
    ConversationView,
    MessageView,
    PanelRows,
    SavedLook,
    StorageError,
    Store,
    TurnStart,
    name_key,
)
from storage.wardrobe import Wardrobe


class Repository(Store):
    """The stores of one database, sharing its engine. Safe to share between threads."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.conversations = Conversations(engine)
        self.accounts = Accounts(engine)
        self.wardrobe = Wardrobe(engine)
        self.saved_looks = SavedLooks(engine)
        self.profiles = Profiles(engine)
        self.retention = Retention(engine)

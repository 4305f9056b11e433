"""Sign-up and sign-in: passwords hashed with Argon2id (argon2-cffi), accounts kept by `storage`.

With auth off (the default) Stylist is single-user and local: one private space, served on loopback
only (app/settings.exposure_problem). With `STYLIST_AUTH=true` every page session must sign in, and every handler acts only
for the account the session signed in as (kept server-side, never read back from the page).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

import prompts
from storage.repo import Account, Repository, StorageError, name_key

MAX_FAILURES, FAILURE_WINDOW_S = 5, 900.0  # then sign-in under that name waits out the window
WINDOW = timedelta(seconds=FAILURE_WINDOW_S)
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256  # hashing megabytes of "password" is a denial of service, not security


class AccountError(Exception):
    """Why signing up or in did not work: an English `message`, and a `reason` the page says in the
    person's language (prompts: ui.problem_<reason>), as a StorageError does."""

    def __init__(self, reason: str, **values: Any) -> None:
        message = prompts.ui("en", f"problem_{reason}", **values)  # the page's own words, in English
        super().__init__(message)
        self.message, self.reason, self.values = message, reason, values


class Accounts:
    """Sign-up and sign-in. Wrong passwords are counted in the database, per name as storage spells
    it, so every replica on the same database enforces one limit; counts older than the window expire."""

    def __init__(self, repository: Repository, hasher: PasswordHasher | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._repo = repository
        self._hasher = hasher or PasswordHasher()
        self._dummy: str | None = None
        self._clock = clock  # seconds since the epoch: the counts are shared with other processes

    def sign_up(self, name: str, password: str) -> Account:
        _check_password(password)
        try:
            user_id = self._repo.accounts.create(name=name, password_hash=self._hasher.hash(password))
        except StorageError as error:
            raise AccountError(error.reason, **error.values) from error
        return self._repo.accounts.get(user_id=user_id)  # type: ignore[return-value]

    def sign_in(self, name: str, password: str) -> Account:
        """The account, when the password is right; one message for a wrong name or password."""
        wrong = AccountError("wrong_password")
        self._refuse_while_guessed(name)
        if len(password or "") > MAX_PASSWORD_LENGTH:
            self._failed(name)
            raise wrong
        account = self._repo.accounts.get(name=name)
        known = account is not None and bool(account.password_hash)
        # An unknown name costs one hash check too: the answer's timing does not tell names apart.
        try:
            self._hasher.verify(account.password_hash if known else self._unknown_hash(), password or "")
        except (VerificationError, InvalidHashError):
            self._failed(name)
            raise wrong from None
        if not known:
            self._failed(name)
            raise wrong
        self._repo.accounts.forget_sign_in_failures(key=_key(name))
        if self._hasher.check_needs_rehash(account.password_hash):  # parameters raised since it was made
            self._repo.accounts.set_password_hash(user_id=account.id, password_hash=self._hasher.hash(password))
        return account

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), tz=timezone.utc)

    def _refuse_while_guessed(self, name: str) -> None:
        """After MAX_FAILURES wrong passwords for a name within the window, that name waits."""
        now = self._now()
        recent = self._repo.accounts.sign_in_failures(key=_key(name), since=now - WINDOW)
        if len(recent) >= MAX_FAILURES:
            left = (recent[-MAX_FAILURES] + WINDOW - now).total_seconds()
            minutes = max(1, round(left / 60))
            raise AccountError("locked", minutes=minutes)

    def _failed(self, name: str) -> None:
        now = self._now()
        self._repo.accounts.record_sign_in_failure(key=_key(name), at=now, forget_before=now - WINDOW)

    def _unknown_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_hex(16))
        return self._dummy


def _key(name: str) -> str:
    return name_key(name)  # storage's own spelling of names: no look-alike escapes the count


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise AccountError("password_short", limit=MIN_PASSWORD_LENGTH)
    if len(password) > MAX_PASSWORD_LENGTH:
        raise AccountError("password_long", limit=MAX_PASSWORD_LENGTH)

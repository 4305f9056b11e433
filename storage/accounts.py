"""Accounts: sign-up rows, passwords' hashes and the sign-in lockout's failures."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import col, delete, select

from storage.models import SignInFailure, User, as_utc
from storage.store import Account, StorageError, Store, _account, _clean_name, _user


class Accounts(Store):
    """Safe to share between threads: every method runs in a transaction of its own."""

    def create(self, *, name: str, password_hash: str) -> int:
        """A new account; StorageError when the name is taken (by an account or a local profile)."""
        clean = _clean_name(name)
        try:
            with self._session("Could not create the account.") as session:
                if session.exec(select(User.id).where(User.name_key == clean.casefold())).first() is not None:
                    raise StorageError("name_taken")
                user = User(name=clean, name_key=clean.casefold(), password_hash=password_hash)
                session.add(user)
                session.flush()
                return int(user.id)  # type: ignore[arg-type]
        except StorageError as exc:
            if isinstance(exc.__cause__, IntegrityError):  # created by someone else just now
                raise StorageError("name_taken") from exc
            raise

    def get(self, *, name: str | None = None, user_id: int | None = None) -> Account | None:
        """The account with this name or id, or None."""
        with self._session("Could not read the account.", read_only=True) as session:
            if user_id is not None:
                user = session.get(User, user_id)
            else:
                try:
                    clean = _clean_name(name or "")
                except StorageError:  # no such name can exist
                    return None
                user = session.exec(select(User).where(User.name_key == clean.casefold())).first()
            return _account(user) if user is not None else None

    def sign_in_failures(self, *, key: str, since: datetime) -> list[datetime]:
        """When the wrong passwords for this name key since `since` were given, oldest first (every
        process on this database sees the same list)."""
        with self._session("Could not check the sign-in.", read_only=True) as session:
            rows = session.exec(select(SignInFailure.failed_at)
                                .where(SignInFailure.name_key == key, SignInFailure.failed_at >= since)
                                .order_by(col(SignInFailure.failed_at))).all()
            return [as_utc(moment) for moment in rows]

    def record_sign_in_failure(self, *, key: str, at: datetime, forget_before: datetime) -> None:
        """Count one wrong password; failures of any name older than `forget_before` are deleted."""
        with self._session("Could not check the sign-in.") as session:
            session.exec(delete(SignInFailure).where(SignInFailure.failed_at < forget_before))
            session.add(SignInFailure(name_key=key, failed_at=at))

    def forget_sign_in_failures(self, *, key: str) -> None:
        """A right password clears the name's count."""
        with self._session("Could not check the sign-in.") as session:
            session.exec(delete(SignInFailure).where(SignInFailure.name_key == key))

    def set_password_hash(self, *, user_id: int, password_hash: str) -> None:
        with self._session("Could not update the account.") as session:
            user = _user(session, user_id)
            user.password_hash = password_hash
            session.add(user)

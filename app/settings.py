"""The one settings object: environment variables with the STYLIST_ prefix (or a .env file)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_CATALOG = REPO_ROOT / "data" / "catalog" / "demo_catalog.parquet"
HANGUL_FONT = REPO_ROOT / "data" / "fonts" / "StylistHangul-Regular.ttf"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STYLIST_", env_file=".env", extra="ignore")

    data_dir: Path = Path.home() / ".stylist"
    catalog_uri: str | None = None  # any LanceDB URI; default: <data_dir>/catalog
    database_url: str | None = None  # any SQLAlchemy URL; default: SQLite file in data_dir
    demo_catalog: Path = DEMO_CATALOG
    demo_limit: int | None = None  # ingest only a stratified sample of the demo catalog (quick trials)
    embedder_path: str | None = None  # a sentence-transformers model folder; default: packaged MiniLM
    renderer: str = "collage"
    font_path: Path = HANGUL_FONT  # a font with Hangul for Korean lookbook titles
    host: str = "127.0.0.1"
    port: int = 7860
    default_user: str = "local"
    log_level: str = "INFO"

    @property
    def resolved_catalog_uri(self) -> str:
        return self.catalog_uri or str(self.data_dir / "catalog")

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'stylist.db'}"

    @property
    def images_dir(self) -> Path:
        return self.data_dir / "catalog-images"

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @property
    def renders_dir(self) -> Path:
        return self.data_dir / "lookbooks"

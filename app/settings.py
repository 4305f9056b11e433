"""The one settings object: environment variables with the STYLIST_ prefix (or a .env file)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from diffusion.sdxl_options import SDXLOptions, check_lora_scale, check_steps, loras_from, size_from

SDXL_DEFAULTS = SDXLOptions()  # the renderer's own defaults, written once (diffusion/sdxl_options.py)

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_CATALOG = REPO_ROOT / "data" / "catalog" / "demo_catalog.parquet"
HANGUL_FONT = REPO_ROOT / "data" / "fonts" / "StylistHangul-Regular.ttf"
KNOWLEDGE_VECTORS = REPO_ROOT / "data" / "knowledge" / "style_notes_minilm.npz"  # the notes' vectors, made ahead


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STYLIST_", env_file=".env", extra="ignore")

    data_dir: Path = Path.home() / ".stylist"
    catalog_uri: str | None = None  # any LanceDB URI; default: <data_dir>/catalog
    database_url: str | None = None  # any SQLAlchemy URL; default: SQLite file in data_dir
    demo_catalog: Path = DEMO_CATALOG
    demo_limit: int | None = None  # ingest only a stratified sample of the demo catalog (quick trials)
    embedder_path: str | None = None  # a sentence-transformers model folder; default: packaged MiniLM
    # Picture vectors for search by photo: "colour" (colour/texture descriptor, fast to ingest) or
    # "cnn" (the garment model's embedding: knows kinds too, ~40 ms per picture at ingest).
    image_embedder: Literal["colour", "cnn"] = "colour"
    # What reads garment photos: "cnn" (the shipped nets) or "clip" (a CLIP-family model such as
    # FashionCLIP, zero-shot over the whole vocabulary, from `clip_model`: a folder or a hub id in the
    # local HF cache; if it cannot load, the CNN answers and the log says why).
    vision_backend: Literal["cnn", "clip"] = "cnn"
    clip_model: str | None = None
    # Below this confidence the stylist asks what a photographed garment is (None: the garment
    # model's calibrated threshold; 1.0: always ask).
    kind_confidence_threshold: float | None = None
    renderer: Literal["collage", "sdxl", "auto"] = "collage"  # auto: SDXL when CUDA and the weights are here
    sdxl_model: str = SDXL_DEFAULTS.model  # hub id (local HF cache only) or a folder
    # NoDecode: the validators below read `a,b` and `768x1024` as well as JSON (pydantic-settings
    # would otherwise fail on anything but JSON before any validator runs, with a traceback).
    sdxl_loras: Annotated[list[str], NoDecode] = list(SDXL_DEFAULTS.loras)  # hub ids, folders or .safetensors files
    sdxl_lora_scale: float = SDXL_DEFAULTS.lora_scale
    sdxl_compile: bool = SDXL_DEFAULTS.compile
    sdxl_cpu_offload: bool = SDXL_DEFAULTS.cpu_offload
    sdxl_steps: int = SDXL_DEFAULTS.steps
    sdxl_size: Annotated[tuple[int, int], NoDecode] = SDXL_DEFAULTS.size  # width, height
    font_path: Path = HANGUL_FONT  # a font with Hangul for Korean lookbook titles
    llm_provider: str | None = None  # "openai" (any OpenAI-compatible server) or "ollama"; None: rules only
    llm_model: str = ""
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    host: str = "127.0.0.1"
    port: int = 7860
    default_user: str = "local"
    auth: bool = False  # True: sign-up / sign-in, every page session acts for its own account only
    upload_retention_days: float = 30.0  # chat photos nobody saved to a wardrobe are deleted after this
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"  # json: one object per line, with the turn's request id
    max_upload_mb: float = 15.0  # bigger uploads are refused before they reach the stylist
    queue_size: int = 64  # requests waiting beyond this are turned away with "busy, try again"
    turn_concurrency: int = 4  # chat turns served at once (SDXL renderers: one at a time per GPU)

    # A bad SDXL option stops the start with one line naming it, not every look with a render error.
    @field_validator("sdxl_size", mode="before")
    @classmethod
    def _sdxl_size(cls, value: Any) -> tuple[int, int]:
        return size_from(value)

    @field_validator("sdxl_loras", mode="before")
    @classmethod
    def _sdxl_loras(cls, value: Any) -> list[str]:
        return list(loras_from(value))

    @field_validator("sdxl_steps")
    @classmethod
    def _sdxl_steps(cls, value: int) -> int:
        return check_steps(value)

    @field_validator("sdxl_lora_scale")
    @classmethod
    def _sdxl_lora_scale(cls, value: float) -> float:
        return check_lora_scale(value)

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

    @property
    def bookmarks_dir(self) -> Path:
        return self.data_dir / "saved-looks"

    @property
    def exports_dir(self) -> Path:
        return self.data_dir / "exports"


LOOPBACK_NAMES = frozenset({"localhost", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """Whether only this machine can reach a server listening on `host`."""
    import ipaddress

    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name other than localhost: reachable from elsewhere
        return False


def exposure_problem(host: str, auth: bool) -> str | None:
    """Why the app must not listen on `host` in this mode, or None. Without accounts the app has one
    private space, so it may only be reached from this machine."""
    if auth or is_loopback(host):
        return None
    return (f"Listening on {host} without accounts would show one person's conversations, profile and wardrobe "
            "to everyone who can reach it: set STYLIST_AUTH=true (sign-up and sign-in), or listen on 127.0.0.1.")


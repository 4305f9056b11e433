from app.doctor import run_checks
from app.settings import Settings


def test_doctor_finds_a_healthy_setup(app_settings):
    checks = {c.name: c for c in run_checks(app_settings)}
    assert checks["catalog"].status == "ok" and "1500 items" in checks["catalog"].detail
    assert checks["database"].status == "ok"
    assert checks["sdxl"].status == "ok"  # the collage renderer needs no weights


def test_doctor_says_what_to_fix(tmp_path):
    settings = Settings(data_dir=tmp_path, renderer="sdxl", sdxl_model=str(tmp_path / "missing"), sdxl_loras=[])
    checks = {c.name: c for c in run_checks(settings)}
    assert checks["catalog"].status == "fail" and "stylist ingest" in checks["catalog"].fix
    assert checks["sdxl"].status == "warn" and checks["sdxl"].fix


def test_doctor_command_exits_non_zero_when_something_must_be_fixed(tmp_path, monkeypatch, capsys):
    from app.cli import main

    monkeypatch.setenv("STYLIST_DATA_DIR", str(tmp_path))
    assert main(["doctor", "--json"]) == 1
    assert '"status": "fail"' in capsys.readouterr().out


def test_doctor_checks_the_garment_model_the_settings_choose(tmp_path):
    shipped = {c.name: c for c in run_checks(Settings(data_dir=tmp_path))}["garment model"]
    assert shipped.status == "ok" and shipped.detail.startswith("cnn")
    clip = Settings(data_dir=tmp_path, vision_backend="clip", clip_model=str(tmp_path / "no-clip-here"))
    check = {c.name: c for c in run_checks(clip)}["garment model"]
    assert check.status == "warn" and "CLIP" in check.detail and "STYLIST_CLIP_MODEL" in check.fix

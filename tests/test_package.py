"""The built wheel, installed in a fresh virtual environment, tags text outside the checkout.

The sdist and wheel are built with ``python -m build`` (isolated build, from PyPI), the
wheels of ``tagger`` and of the spaCy model package ``zh_news_tagger`` are installed
with ``--no-deps`` into a venv that sees the already installed dependencies
(``--system-site-packages``), and every command runs from an empty folder with no
PYTHONPATH, so nothing can come from the repository.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
MODEL_PACKAGE = REPO / "packages" / "zh_news_tagger"


def _run(args, cwd: Path, env: dict, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(venv bin folder, an empty work folder, env) with both wheels installed."""
    root = tmp_path_factory.mktemp("wheel")
    dist = root / "dist"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    for project in (REPO, MODEL_PACKAGE):
        built = _run([sys.executable, "-m", "build", "--outdir", str(dist), str(project)],
                     cwd=root, env=env)
        if built.returncode != 0 and "No module named build" in built.stderr:
            pytest.skip("the 'build' package is not installed")
        assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheels = sorted(dist.glob("*.whl"))
    assert [w.name.split("-")[0] for w in wheels] == ["tagger", "zh_news_tagger"]
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(root / "venv")
    bin_dir = root / "venv" / "bin"
    pip = _run([sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install",
                "--no-deps", "--no-index", *map(str, wheels)], cwd=root, env=env)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-2000:]
    work = root / "work"
    work.mkdir()
    shutil.copy(REPO / "examples" / "jinshan_news_2021-10-22_A4.txt", work / "page.txt")
    return bin_dir, work, env


def test_package_sdist_and_wheel_hold_the_model(installed):
    bin_dir, _, _ = installed
    dist = bin_dir.parents[1] / "dist"
    import tarfile
    import zipfile

    wheel = next(dist.glob("tagger-*.whl"))
    sdist = next(dist.glob("tagger-*.tar.gz"))
    for names in (zipfile.ZipFile(wheel).namelist(), tarfile.open(sdist).getnames()):
        assert any(n.endswith("tagger/models/zh_news_tagger/config.cfg") for n in names)
        assert any(n.endswith("tagger/models/zh_news_tagger/ner/model") for n in names)
    # the spaCy model package carries the model's version
    meta = json.loads((REPO / "tagger/models/zh_news_tagger/meta.json").read_text("utf-8"))
    assert next(dist.glob("zh_news_tagger-*.whl")).name.startswith(f"zh_news_tagger-{meta['version']}-")


def test_package_version_names_package_and_model(installed):
    bin_dir, work, env = installed
    done = _run([str(bin_dir / "tagger"), "--version"], cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    from tagger.about import __version__

    meta = json.loads((REPO / "tagger/models/zh_news_tagger/meta.json").read_text("utf-8"))
    assert done.stdout.startswith(f"tagger {__version__}, model zh_news_tagger {meta['version']} (")
    assert str(bin_dir.parent) in done.stdout  # the model inside the venv, not the checkout


def test_package_tag_outside_checkout(installed):
    bin_dir, work, env = installed
    done = _run([str(bin_dir / "tagger"), "tag", "page.txt", "-o", "out.jsonl"], cwd=work, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    records = [json.loads(line) for line in (work / "out.jsonl").read_text("utf-8").splitlines()]
    spans = {(s["text"], s["label"]) for r in records for s in r.get("spans", [])}
    assert {("中国共产党", "ORG"), ("金山区", "LOC"), ("伟大建党精神", "SLOGAN")} <= spans


def test_package_python_api_and_spacy_load_by_name(installed):
    bin_dir, work, env = installed
    script = (
        "import json, spacy, tagger\n"
        "nlp = spacy.load('zh_news_tagger')\n"
        "doc = nlp('习近平在上海考察。')\n"
        "recs = tagger.tag_text(open('page.txt', encoding='utf-8').read())\n"
        "print(json.dumps({'file': tagger.__file__, 'ents': [(e.text, e.label_) for e in doc.ents],\n"
        "  'articles': sum(r['kind'] == 'article' for r in recs)}, ensure_ascii=False))\n")
    done = _run([str(bin_dir / "python"), "-c", script], cwd=work, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out["file"].startswith(str(bin_dir.parent))
    assert out["ents"] == [["习近平", "PERSON"], ["上海", "LOC"]]
    assert out["articles"] >= 5


def test_package_editable_install_finds_the_model_in_the_checkout(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(tmp_path / "venv")
    bin_dir = tmp_path / "venv" / "bin"
    pip = _run([sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install",
                "--no-deps", "-e", str(REPO)], cwd=tmp_path, env=env)
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-2000:]
    done = _run([str(bin_dir / "tagger"), "--version"], cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    assert f"({REPO / 'tagger' / 'models' / 'zh_news_tagger'})" in done.stdout

"""The deployment guide names every setting the code reads, so operators are never missing one."""

from __future__ import annotations

import re

from tests.conftest import ROOT


def test_every_environment_variable_is_in_the_deployment_guide() -> None:
    source = (ROOT / "bot" / "settings.py").read_text(encoding="utf-8")
    names = set(re.findall(r"env(?:\.get\(|, )\"([A-Z][A-Z0-9_]+)\"", source))
    assert {"DATABASE_URL", "PSEUDONYM_SECRET", "RETENTION_DAYS", "WEBHOOK_SECRET"} <= names
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    assert sorted(name for name in names if f"`{name}`" not in guide) == []


def test_the_image_runs_as_a_user_and_checks_health() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "FROM python:3.11-slim" in dockerfile and "\nUSER oncobot\n" in dockerfile
    assert "HEALTHCHECK" in dockerfile and "/healthz" in dockerfile
    assert 'CMD ["oncobot", "run"]' in dockerfile

"""Checking content/services.yaml and its dashboard edits: schema, https links, no duplicates, known ids."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from db.content.support_services import FINANCIAL, HELPLINE, ORGANISATION, TRIALS, Service
from nlp.taxonomy import GENERAL, Taxonomy

FILE_NAME = "services.yaml"
#: The file's sections and the kind of service each holds (organisations are listed by cancer id).
SECTIONS = {"helplines": HELPLINE, "trials": TRIALS, "financial": FINANCIAL}
ORGANISATIONS = "organisations"
MAX_ORGANISATIONS = 3
FIELDS = ("name", "offer", "url", "accessed", "phone", "chat_url")
LIMITS = {"name": 120, "offer": 200, "url": 300, "chat_url": 300, "phone": 60}
_URL = re.compile(r"https://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(/[^\s<>\"'`]*)?")
_PHONE = re.compile(r"[0-9A-Za-z +().-]+")


def _text(raw: Mapping[str, Any], name: str, where: str, errors: list[str], *, required: bool) -> str:
    value = raw.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.append(f"{where}.{name}: is missing or empty")
        return ""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        errors.append(f"{where}.{name}: must be text")
        return ""
    text = str(value).strip()
    if "\n" in text:
        errors.append(f"{where}.{name}: must be one line")
    if len(text) > LIMITS.get(name, 200):
        errors.append(f"{where}.{name}: has {len(text)} characters; at most {LIMITS.get(name, 200)}")
    return text


def _link(raw: Mapping[str, Any], name: str, where: str, errors: list[str], *, required: bool) -> str:
    url = _text(raw, name, where, errors, required=required)
    if url and not _URL.fullmatch(url):
        errors.append(f"{where}.{name}: must be an https:// link, not {url!r}")
    return url


def entry(
    raw: Any,
    kind: str,
    cancer: str | None,
    where: str,
    errors: list[str],
    *,
    today: date,
    position: int = 0,
) -> Service | None:
    """One service's fields, checked; problems go to errors, each naming where it is."""
    if not isinstance(raw, Mapping):
        errors.append(f"{where}: must have name, offer, url and accessed")
        return None
    for extra in sorted(set(map(str, raw)) - set(FIELDS)):
        errors.append(f"{where}.{extra}: is not a field (use {', '.join(FIELDS)})")
    before = len(errors)
    name = _text(raw, "name", where, errors, required=True)
    offer = _text(raw, "offer", where, errors, required=True)
    url = _link(raw, "url", where, errors, required=True)
    chat_url = _link(raw, "chat_url", where, errors, required=False)
    phone = _text(raw, "phone", where, errors, required=False)
    if phone and not _PHONE.fullmatch(phone):
        errors.append(f"{where}.phone: may hold only digits, letters, spaces and + ( ) . -")
    accessed = _accessed(raw.get("accessed"), where, errors, today)
    if len(errors) > before or accessed is None:
        return None
    return Service(kind, cancer, name, offer, url, accessed, phone or None, chat_url or None, position)


def _accessed(value: Any, where: str, errors: list[str], today: date) -> date | None:
    if value is None or value == "":
        errors.append(f"{where}.accessed: is missing: the date (YYYY-MM-DD) an editor last checked the page")
        return None
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError:
            errors.append(f"{where}.accessed: must be a date like 2026-12-04, not {value!r}")
            return None
    if day > today:
        errors.append(f"{where}.accessed: {day} is in the future")
        return None
    return day


def _same(service: Service, label: str) -> str:
    """What makes two entries of one group the same: the link (trailing slash and case aside) or the name."""
    return service.url.rstrip("/").lower() if label == "url" else service.name.lower()


def _group(
    raw: Any, kind: str, cancer: str | None, where: str, errors: list[str], today: date
) -> list[Service]:
    if not isinstance(raw, list) or not raw:
        errors.append(f"{where}: must be a list with at least one entry")
        return []
    services = []
    for index, item in enumerate(raw):
        service = entry(item, kind, cancer, f"{where}[{index}]", errors, today=today, position=index)
        if service is not None:
            services.append(service)
    for label in ("url", "name"):
        seen: set[str] = set()
        for service in services:
            value = _same(service, label)
            if value in seen:
                errors.append(f"{where}: {service.name!r} is listed twice (same {label})")
            seen.add(value)
    return services


def parse_services(data: Any, taxonomy: Taxonomy, errors: list[str], *, today: date) -> list[Service]:
    """Every service in the file's data; problems go to errors as 'services.yaml: where: message'."""
    found: list[str] = []
    services: list[Service] = []
    if not isinstance(data, Mapping):
        errors.append(f"{FILE_NAME}: file: must map helplines, trials, financial and organisations")
        return []
    for extra in sorted(set(map(str, data)) - {*SECTIONS, ORGANISATIONS}):
        found.append(f"{extra}: is not a section (use {', '.join([*SECTIONS, ORGANISATIONS])})")
    for section, kind in SECTIONS.items():
        services += _group(data.get(section), kind, None, section, found, today)
    organisations = data.get(ORGANISATIONS)
    if not isinstance(organisations, Mapping):
        found.append(f"{ORGANISATIONS}: must map cancer ids to their organisations")
        organisations = {}
    cancers = set(taxonomy.cancers) - {GENERAL}
    for cancer, listed in organisations.items():
        where = f"{ORGANISATIONS}.{cancer}"
        if str(cancer) not in cancers:
            found.append(f"{where}: {cancer!r} is not a cancer id of taxonomy.tsv")
            continue
        group = _group(listed, ORGANISATION, str(cancer), where, found, today)
        if isinstance(listed, list) and len(listed) > MAX_ORGANISATIONS:
            found.append(f"{where}: has {len(listed)} organisations; at most {MAX_ORGANISATIONS}")
        services += group
    errors += [f"{FILE_NAME}: {problem}" for problem in found]
    return services


def read_services(root: Path, taxonomy: Taxonomy, errors: list[str], *, today: date) -> list[Service]:
    """Read and check content/services.yaml."""
    path = root / FILE_NAME
    if not path.exists():
        errors.append(f"{FILE_NAME}: file: is missing")
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        errors.append(f"{FILE_NAME}: yaml: {str(error).replace(chr(10), ' ')}")
        return []
    return parse_services(data, taxonomy, errors, today=today)

"""The allocator tuning takes effect on this machine (Linux with glibc); its effect is measured by
bench/footprint.py, not here."""

from __future__ import annotations

from bot.operations.allocator import return_freed_memory


def test_glibc_takes_the_settings_and_a_second_call_is_harmless() -> None:
    assert return_freed_memory() is True
    assert return_freed_memory() is True

"""Keep resident memory near what the bot uses: a long-running process should not keep its loading peak."""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
from typing import Any

#: glibc's mallopt parameters (malloc.h).
_M_MMAP_THRESHOLD = -3
_M_ARENA_MAX = -8
#: Blocks from this size up get their own mapping, which goes back to the system as soon as it is freed.
MMAP_THRESHOLD = 128 * 1024


def _glibc() -> Any | None:
    """The C library if it is glibc (the calls below are glibc's), else None."""
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
    except (OSError, AttributeError):  # musl, macOS: nothing to tune
        return None
    return libc


def tune_allocator() -> None:
    """One malloc arena (each database thread's own arena keeps megabytes) and a fixed mmap threshold (glibc
    raises it after large frees, and loading the model then leaves holes in the heap). Call it first."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(_M_ARENA_MAX, 1)
        libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)


def release_freed_memory() -> None:
    """Collect garbage, then ask glibc to return free heap pages."""
    gc.collect()
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)

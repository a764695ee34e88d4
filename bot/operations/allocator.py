"""The C allocator tuned for a long-lived bot: big buffers go back to the system once freed.

Loading the model reads a blob of megabytes from the database and unpacks arrays from it. With glibc's
defaults those short-lived buffers leave the heap fragmented, and the process keeps about 40 MB it no longer
uses. Serving buffers of 1 MB and more from their own mappings returns that memory when they are freed.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

#: mallopt's parameter (glibc's malloc.h) for the size from which a buffer gets its own mapping.
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 1 << 20


def return_freed_memory() -> bool:
    """Ask glibc to map big buffers on their own; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("c")
    if name is None:
        return False
    try:
        libc = ctypes.CDLL(name)
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and other C libraries have no mallopt
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))

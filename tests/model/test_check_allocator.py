"""claims-atlas check keeps Arrow's own allocator (one dataset read, then the process ends); the window does not."""

import subprocess
import sys

from tests.conftest import REPO

CODE = """
import pyarrow as pa
from viewer.model.reading.strcol import keep_arrow_allocator, use_system_allocator
default = pa.default_memory_pool().backend_name
if {keep}:
    keep_arrow_allocator()
use_system_allocator()
print(default, pa.default_memory_pool().backend_name)
"""


def backends(keep: bool) -> list[str]:
    result = subprocess.run([sys.executable, "-c", CODE.format(keep=keep)], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_the_window_reads_with_the_system_allocator():
    assert backends(False)[1] == "system"


def test_check_keeps_arrows_own():
    default, used = backends(True)
    assert used == default


def test_check_asks_for_it():
    import viewer.cli as cli
    import inspect
    assert "keep_arrow_allocator()" in inspect.getsource(cli._check)

"""Run a script in a fresh Python (offscreen Qt): for what only shows at import time, such
as which modules and libraries a process ends up loading."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def run_script(script: str, *args: str) -> str:
    """The script's standard output; fails the test, with its stderr, if the script fails."""
    result = subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                            text=True, timeout=60,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    return result.stdout


def json_report(script: str, *args: str) -> Any:
    """The JSON object the script printed on its last line."""
    return json.loads(run_script(script, *args).strip().splitlines()[-1])

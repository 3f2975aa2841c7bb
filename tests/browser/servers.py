"""The servers the browser tests talk to: JupyterLab, and the newslab app (Voila).

Each runs as a subprocess on 127.0.0.1 on a free port, in its own process group, with every
Jupyter folder (settings, workspaces, runtime, data, IPython) inside a temporary home, so a test run
neither reads nor writes the developer's own Jupyter set-up. Stopping a server ends its process
group (the server and the kernels it started), by id.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

START_TIMEOUT = 120  # seconds; JupyterLab starts in about 5 s here, far more on a busy machine
STOP_TIMEOUT = 15

# User settings that make JupyterLab quiet and predictable for a test: no news or update toasts,
# and every cell kept in the page (no virtual scrolling), so outputs can be found and read.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "checkForUpdates": False,
        "fetchNews": "false",
        "doNotDisturbMode": True,
    },
}


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def jupyter_env(home: Path) -> dict[str, str]:
    """The environment for a Jupyter process whose user folders all live under ``home``."""
    folders = {
        "JUPYTER_CONFIG_DIR": "config",
        "JUPYTER_DATA_DIR": "data",
        "JUPYTER_RUNTIME_DIR": "runtime",
        "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
    }
    env = dict(os.environ)
    for variable, name in folders.items():
        (home / name).mkdir(parents=True, exist_ok=True)
        env[variable] = str(home / name)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Server:
    """One HTTP server subprocess, started in its own process group and stopped by its id."""

    def __init__(self, name: str, command: list[str], *, port: int, env: dict[str, str], log: Path):
        self.name = name
        self.command = command
        self.port = port
        self.env = env
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    def url(self, path: str = "/") -> str:
        """The address of ``path`` on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self, ready_path: str) -> Server:
        """Start the server and wait until ``ready_path`` answers 200, or fail with its log."""
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                self.command,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=self.env,
                start_new_session=True,
            )
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(self.url(ready_path), timeout=5) as response:
                    if response.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.25)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")

    def stop(self) -> None:
        """End the server's process group (the server and its kernels): SIGTERM, then SIGKILL."""
        if self.process is None or self.process.poll() is not None:
            return
        group = self.process.pid  # start_new_session made the server the leader of its own group
        os.killpg(group, signal.SIGTERM)
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(group, signal.SIGKILL)
            self.process.wait(STOP_TIMEOUT)
        try:  # kernels that outlived their server
            os.killpg(group, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def log_tail(self, lines: int = 40) -> str:
        """The last lines the server printed."""
        text = self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])


def jupyter_lab(root: Path, home: Path, *, token: str) -> Server:
    """A JupyterLab server (not started) serving ``root``, with ``window.jupyterapp`` exposed."""
    for name, settings in LAB_SETTINGS.items():
        path = home / "lab-settings" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(settings), encoding="utf-8")
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        f"--IdentityProvider.token={token}",
        "--LabApp.expose_app_in_browser=True",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
    ]
    if os.geteuid() == 0:
        command.append("--allow-root")
    return Server("JupyterLab", command, port=port, env=jupyter_env(home), log=home / "jupyterlab.log")


def newslab_app(path: Path, home: Path) -> Server:
    """The ``newslab app`` command (not started) serving ``path``, run exactly as a user runs it."""
    port = free_port()
    command = [sys.executable, "-m", "newslab.cli", "app", str(path), f"--port={port}", "--no-browser"]
    return Server("newslab app", command, port=port, env=jupyter_env(home), log=home / "newslab-app.log")

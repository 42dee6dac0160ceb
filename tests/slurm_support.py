"""A real one-node Slurm cluster on 127.0.0.1, started and stopped by a test.

Debian's ``slurmctld``, ``slurmd``, ``slurm-client`` and ``munge`` packages
provide the programs (``.ci/run`` installs them). There is no systemd here, so
each daemon is started in the foreground and stopped by its PID, with a
private munge key and socket in a 0755 directory, a private state directory
and private ports, so the test leaves the machine as it found it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

PROGRAMS = ("munged", "slurmctld", "slurmd", "sbatch", "scontrol", "sinfo", "squeue", "scancel")
INSTALL = "apt-get install -y slurmctld slurmd slurm-client munge"
TERMINAL = {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY",
            "BOOT_FAIL", "DEADLINE", "PREEMPTED"}  # fmt: skip


def require_slurm() -> None:
    """Skip, with the reason and the install command, where a cluster cannot be started."""
    if os.geteuid() != 0:
        pytest.skip("starting slurmctld, slurmd and munged needs root")
    if not Path("/etc/debian_version").exists():
        pytest.skip("the Slurm test uses Debian's packages; this is not Debian or Ubuntu")
    missing = [p for p in PROGRAMS if shutil.which(p) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed: {INSTALL}")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """The daemons of one node, and the commands to talk to them."""

    def __init__(self, base: Path):
        self.base = base
        self.conf = base / "slurm.conf"
        self.environment = {**os.environ, "SLURM_CONF": str(self.conf)}
        self.daemons: list[subprocess.Popen] = []

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, env=self.environment, capture_output=True, text=True, check=check, timeout=60
        )

    def start(self) -> None:
        munge = self.base / "munge"
        for name in ("munge", "state", "spool", "log"):
            (self.base / name).mkdir(mode=0o755, exist_ok=True)
        key = munge / "munge.key"
        key.write_bytes(os.urandom(1024))
        key.chmod(0o400)
        socket_path = munge / "munge.socket"
        self._daemon(
            "munged", "--foreground", "--force", f"--socket={socket_path}", f"--key-file={key}",
            f"--pid-file={munge / 'munged.pid'}", f"--log-file={self.base / 'log/munged.log'}",
            f"--seed-file={munge / 'seed'}",
        )  # fmt: skip
        self._wait(lambda: socket_path.exists(), "munged to create its socket")
        node = self.run("slurmd", "-C").stdout.splitlines()[0]
        name = re.search(r"NodeName=(\S+)", node)[1]
        hardware = re.sub(r"^NodeName=\S+\s*", "", node)
        self.conf.write_text(
            "\n".join(
                [
                    "ClusterName=la4mltest",
                    f"SlurmctldHost={name}(127.0.0.1)",
                    f"SlurmctldPort={_free_port()}",
                    f"SlurmdPort={_free_port()}",
                    "AuthType=auth/munge",
                    f"AuthInfo=socket={socket_path}",
                    "CredType=cred/munge",
                    "SlurmUser=root",
                    "SlurmdUser=root",
                    f"StateSaveLocation={self.base / 'state'}",
                    f"SlurmdSpoolDir={self.base / 'spool'}",
                    f"SlurmctldPidFile={self.base / 'slurmctld.pid'}",
                    f"SlurmdPidFile={self.base / 'slurmd.pid'}",
                    f"SlurmctldLogFile={self.base / 'log/slurmctld.log'}",
                    f"SlurmdLogFile={self.base / 'log/slurmd.log'}",
                    "ProctrackType=proctrack/linuxproc",
                    "TaskPlugin=task/none",
                    "JobAcctGatherType=jobacct_gather/none",
                    "MailProg=/bin/true",
                    "SchedulerParameters=batch_sched_delay=0,kill_invalid_depend",
                    "ReturnToService=2",
                    f"NodeName={name} NodeAddr=127.0.0.1 {hardware} State=UNKNOWN",
                    "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
                ]
            )
            + "\n"
        )
        self._daemon("slurmctld", "-D", "-f", str(self.conf))
        self._daemon("slurmd", "-D", "-f", str(self.conf))
        self._wait(self._idle, "the node to become idle")

    def _daemon(self, *command: str) -> None:
        log = open(self.base / "log" / f"{command[0]}.out", "wb")  # noqa: SIM115
        self.daemons.append(
            subprocess.Popen(command, env=self.environment, stdout=log, stderr=log)
        )

    def _idle(self) -> bool:
        states = self.run("sinfo", "-h", "-o", "%T", check=False).stdout.split()
        return bool(states) and all(s == "idle" for s in states)

    def _wait(self, condition, what: str, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            for daemon in self.daemons:
                if daemon.poll() is not None:
                    raise RuntimeError(f"{daemon.args[0]} exited: {self.logs()}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}: {self.logs()}")
            time.sleep(0.2)

    def logs(self) -> str:
        text = []
        for path in sorted((self.base / "log").glob("*")):
            with contextlib.suppress(OSError):
                text.append(f"--- {path.name}\n{path.read_text(errors='replace')[-1500:]}")
        return "\n".join(text)

    def sbatch(self, *arguments: str) -> str:
        completed = self.run("sbatch", "--parsable", *arguments)
        return completed.stdout.strip().split(";")[0]

    def states(self, job: str) -> list[str]:
        """The state of every task of ``job`` (an array has one per task)."""
        text = self.run("scontrol", "show", "job", job, check=False).stdout
        return re.findall(r"JobState=(\S+)", text)

    def wait_for(self, jobs: list[str], seconds: float = 600) -> dict[str, list[str]]:
        """Poll until every task of every job is in a final state (sbatch --wait can lie)."""
        deadline = time.monotonic() + seconds
        while True:
            states = {job: self.states(job) for job in jobs}
            if all(s and all(x in TERMINAL for x in s) for s in states.values()):
                return states
            if time.monotonic() > deadline:
                raise RuntimeError(f"jobs did not finish: {states}\n{self.logs()}")
            time.sleep(0.5)

    def stop(self) -> None:
        """Cancel every job, wait until none is left, then stop the daemons."""
        with contextlib.suppress(Exception):
            self.run("scancel", "--full", "--user", "root", check=False)
            deadline = time.monotonic() + 30
            while self.run("squeue", "-h", check=False).stdout.strip():
                if time.monotonic() > deadline:
                    break
                time.sleep(0.3)
        for daemon in reversed(self.daemons):
            with contextlib.suppress(ProcessLookupError):
                daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(15)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()

# Appended to the Part 1 solution after a header defining TARGETS (files the student
# must not read), WRITE_TARGETS (places it must not write), PORT (a TCP port the test
# listens on) and HARNESS_PID. `add` tries every escape first and returns the right
# answer only if none worked.
import os
import socket

_solved_add = add  # noqa: F821


def _escapes():
    reached = []
    for path in TARGETS:  # noqa: F821
        try:
            with open(path, "rb") as stream:
                stream.read(1)
            reached.append(f"read {path}")
        except OSError:
            pass
    for path in WRITE_TARGETS:  # noqa: F821
        try:
            with open(path, "w") as stream:
                stream.write("planted")
            reached.append(f"wrote {path}")
        except OSError:
            pass
    connection = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    connection.settimeout(0.5)
    try:
        connection.connect(("127.0.0.1", PORT))  # noqa: F821
        reached.append("connected to the host's loopback")
    except OSError:
        pass
    finally:
        connection.close()
    try:
        os.kill(HARNESS_PID, 0)  # noqa: F821
        reached.append("can signal the harness")
    except OSError:
        pass
    visible = [p for p in os.listdir("/proc") if p.isdigit()]
    if len(visible) > 10:
        reached.append(f"sees {len(visible)} processes")
    return reached


def add(u, v):
    reached = _escapes()
    if reached:
        raise RuntimeError("escaped: " + "; ".join(reached))
    return _solved_add(u, v)

# A timer whose handler spins: once armed, the process would burn CPU between calls.
import signal
import time


def _spin(signum, frame):
    end = time.perf_counter() + 0.008
    while time.perf_counter() < end:
        pass


def arm():
    signal.signal(signal.SIGALRM, _spin)
    signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
    return True


def ping():
    return 1

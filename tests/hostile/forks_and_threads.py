import os
import threading


def add(u, v):
    os.fork()
    return None


def scale(c, v):
    threading.Thread(target=lambda: None).start()
    return None

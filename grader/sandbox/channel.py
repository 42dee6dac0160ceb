"""Length-prefixed frames over a stream socket, with deadlines and a size cap."""

from __future__ import annotations

import socket
import struct
import time

from grader import codec

MAX_FRAME_BYTES = 256 * 1024 * 1024
_LENGTH = struct.Struct("<Q")


class ChannelClosed(ConnectionError):
    """The other end closed the connection (usually: the process died)."""


class ChannelTimeout(TimeoutError):
    """No complete frame arrived before the deadline."""


class FrameTooLarge(ValueError):
    """The other end announced a frame larger than the cap."""


def send(sock: socket.socket, value) -> None:
    """Encode ``value`` and send it as one frame."""
    payload = codec.encode(value)
    sock.sendall(_LENGTH.pack(len(payload)) + payload)


def receive(sock: socket.socket, timeout: float | None = None):
    """Receive one frame and decode it; raise on EOF, deadline, cap or bad data.

    ``codec.CodecError`` propagates for frames that are not a valid encoding.
    """
    deadline = None if timeout is None else time.monotonic() + timeout
    (length,) = _LENGTH.unpack(_read_exactly(sock, _LENGTH.size, deadline))
    if length > MAX_FRAME_BYTES:
        raise FrameTooLarge(f"a reply of {length} bytes exceeds the {MAX_FRAME_BYTES}-byte cap")
    return codec.decode(_read_exactly(sock, length, deadline))


def _read_exactly(sock: socket.socket, size: int, deadline: float | None) -> bytes:
    chunks = bytearray()
    while len(chunks) < size:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ChannelTimeout("no reply before the deadline")
            sock.settimeout(remaining)
        else:
            sock.settimeout(None)
        try:
            chunk = sock.recv(min(size - len(chunks), 1 << 20))
        except TimeoutError:
            raise ChannelTimeout("no reply before the deadline") from None
        except OSError as error:
            raise ChannelClosed(str(error)) from None
        if not chunk:
            raise ChannelClosed("the connection was closed")
        chunks += chunk
    return bytes(chunks)

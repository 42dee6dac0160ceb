"""Length-prefixed frames over a stream socket, with deadlines and a size cap."""

from __future__ import annotations

import math
import select
import socket
import struct
import time

from grader import codec

MAX_FRAME_BYTES = 256 * 1024 * 1024
_LENGTH = struct.Struct("<Q")
_CHUNK = 1 << 20


class ChannelClosed(ConnectionError):
    """The other end closed the connection (usually: the process died)."""


class ChannelTimeout(TimeoutError):
    """No complete frame arrived, or could be sent, before the deadline."""


class FrameTooLarge(ValueError):
    """The other end announced a frame larger than the cap."""


class Channel:
    """One end of a socket that carries codec-encoded frames.

    The socket is non-blocking; waiting is done with ``poll`` so that both
    sending and receiving respect a deadline, and bytes that arrive beyond the
    current frame are kept for the next one.
    """

    def __init__(self, sock: socket.socket, max_frame: int = MAX_FRAME_BYTES):
        self.sock = sock
        self.max_frame = max_frame
        sock.setblocking(False)
        self._buffer = bytearray()
        self._poll = select.poll()
        self._poll.register(sock, select.POLLIN | select.POLLOUT)

    def close(self) -> None:
        self.sock.close()

    def _wait(self, events: int, deadline: float | None) -> None:
        self._poll.modify(self.sock, events)
        if deadline is None:
            self._poll.poll()
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not self._poll.poll(math.ceil(remaining * 1000)):
            raise ChannelTimeout("no reply before the deadline")

    def send(self, value, timeout: float | None = None) -> None:
        """Encode ``value`` and send it as one frame."""
        payload = codec.encode(value)
        data = memoryview(_LENGTH.pack(len(payload)) + payload)
        deadline = None if timeout is None else time.monotonic() + timeout
        while data:
            try:
                sent = self.sock.send(data[:_CHUNK])
            except BlockingIOError:
                self._wait(select.POLLOUT, deadline)
                continue
            except OSError as error:
                raise ChannelClosed(str(error)) from None
            data = data[sent:]

    def receive(self, timeout: float | None = None):
        """Receive one frame and decode it; raise on EOF, deadline, cap or bad data.

        ``codec.CodecError`` propagates for frames that are not a valid encoding.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        self._fill(_LENGTH.size, deadline)
        (length,) = _LENGTH.unpack_from(self._buffer)
        if length > self.max_frame:
            raise FrameTooLarge(f"a frame of {length} bytes exceeds the {self.max_frame}-byte cap")
        end = _LENGTH.size + length
        self._fill(end, deadline)
        payload = bytes(self._buffer[_LENGTH.size : end])
        del self._buffer[:end]
        return codec.decode(payload)

    def _fill(self, size: int, deadline: float | None) -> None:
        while len(self._buffer) < size:
            try:
                chunk = self.sock.recv(min(max(size - len(self._buffer), 1 << 16), _CHUNK))
            except BlockingIOError:
                self._wait(select.POLLIN, deadline)
                continue
            except OSError as error:
                raise ChannelClosed(str(error)) from None
            if not chunk:
                raise ChannelClosed("the connection was closed")
            self._buffer += chunk

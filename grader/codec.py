"""A codec for values that cross the sandbox boundary.

Only plain data can be encoded and decoded: None, bool, int, float, complex,
str, bytes, lists, tuples, dicts with str keys, numpy arrays and numpy scalars
of boolean or numeric dtype. Nothing that is decoded can run code: there is no
pickle, no import by name and no user-defined class on the decoding side, so
a value from the sandbox can never bring its own ``__eq__``. Anything else the
sandbox returns is sent as :class:`Unsupported`, a description that compares
equal to nothing but an identical description.

:func:`decode` is written for hostile input: any malformed byte string raises
:class:`CodecError`, never another exception, and the work it does is bounded
by the length of the input and the limits below.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass

import numpy as np

MAX_DEPTH = 32
MAX_ITEMS = 1_000_000
MAX_INT_BYTES = 1024
MAX_NDIM = 32

ARRAY_DTYPES = frozenset(
    [
        "|b1",
        "|i1",
        "<i2",
        "<i4",
        "<i8",
        "|u1",
        "<u2",
        "<u4",
        "<u8",
        "<f2",
        "<f4",
        "<f8",
        "<c8",
        "<c16",
    ]
)

_U32 = struct.Struct("<I")
_I64 = struct.Struct("<q")
_F64 = struct.Struct("<d")
_C128 = struct.Struct("<dd")


class CodecError(ValueError):
    """The bytes are not a valid encoding of a plain value."""


@dataclass(frozen=True)
class Unsupported:
    """A value the sandbox could not encode: its type name and a short repr."""

    type_name: str
    text: str

    def __str__(self) -> str:
        return f"<{self.type_name} object: {self.text}>"


@dataclass(frozen=True)
class ArenaRef:
    """An array argument that lies in the shared argument arena, not in the message.

    The harness writes the array's bytes at ``offset`` of a memory region it
    shares with the sandbox, and reads them back after the call: whether the
    call changed its inputs is then judged from memory the harness owns.
    """

    offset: int
    dtype: str
    shape: tuple[int, ...]


# ---------------------------------------------------------------- encoding


class _TooManyItems(Exception):
    pass


def encode(value) -> bytes:
    """Encode a plain value to bytes; other objects become :class:`Unsupported`.

    A value with more than MAX_ITEMS items (counting every container and
    element, as :func:`decode` does) becomes one Unsupported as a whole.
    """
    out = bytearray()
    try:
        _encode(value, out, 0, [0])
    except _TooManyItems:
        out = bytearray()
        _encode_unsupported(value, out, f"more than {MAX_ITEMS} items; return a numpy array")
    return bytes(out)


def _encode_str(tag: bytes, text: str, out: bytearray) -> None:
    data = text.encode("utf-8", "backslashreplace")
    out += tag + _U32.pack(len(data)) + data


def _encode_unsupported(value, out: bytearray, reason: str = "") -> None:
    try:
        text = reason or repr(value)
    except Exception:
        text = "(repr failed)"
    _encode_str(b"u", type(value).__name__, out)
    _encode_str(b"s", text[:200], out)


def _array_dtype(array: np.ndarray) -> np.ndarray | None:
    """The array in a little-endian dtype that the codec allows, or None."""
    if array.dtype.fields is not None or array.dtype.kind not in "biufc":
        return None
    if array.dtype.byteorder == ">":
        array = array.astype(array.dtype.newbyteorder("<"))
    return array if array.dtype.str in ARRAY_DTYPES else None


def _encode_array(tag: bytes, array: np.ndarray, out: bytearray) -> None:
    original = array
    array = _array_dtype(array.view(np.ndarray))
    if array is None or array.ndim > MAX_NDIM:
        _encode_unsupported(original, out, f"array of dtype {original.dtype}")
        return
    dtype = array.dtype.str.encode("ascii")
    out += tag + bytes([len(dtype)]) + dtype + bytes([array.ndim])
    for size in array.shape:
        out += _I64.pack(size)
    out += np.ascontiguousarray(array).tobytes()


def _encode(value, out: bytearray, depth: int, items: list) -> None:
    items[0] += 1
    if items[0] > MAX_ITEMS:
        raise _TooManyItems
    if depth > MAX_DEPTH:
        _encode_unsupported(value, out, "nested too deeply")
    elif value is None:
        out += b"N"
    elif isinstance(value, ArenaRef):
        _encode_str(b"r", value.dtype, out)
        out += _I64.pack(value.offset) + bytes([len(value.shape)])
        for size in value.shape:
            out += _I64.pack(size)
    elif isinstance(value, np.ndarray):
        _encode_array(b"a", value, out)
    elif isinstance(value, np.generic):
        _encode_array(b"g", np.asarray(value), out)
    elif isinstance(value, bool):
        out += b"T" if value else b"F"
    elif isinstance(value, int):
        number = int(value)
        size = (number.bit_length() + 8) // 8
        if size > MAX_INT_BYTES:
            _encode_unsupported(value, out, "integer too large")
            return
        out += b"i" + _U32.pack(size) + number.to_bytes(size, "little", signed=True)
    elif isinstance(value, float):
        out += b"f" + _F64.pack(float(value))
    elif isinstance(value, complex):
        out += b"c" + _C128.pack(value.real, value.imag)
    elif isinstance(value, str):
        _encode_str(b"s", str(value), out)
    elif isinstance(value, (bytes, bytearray)):
        out += b"b" + _U32.pack(len(value)) + bytes(value)
    elif isinstance(value, (list, tuple)):
        out += (b"t" if isinstance(value, tuple) else b"l") + _U32.pack(len(value))
        for item in value:
            _encode(item, out, depth + 1, items)
    elif isinstance(value, dict) and all(isinstance(key, str) for key in value):
        out += b"d" + _U32.pack(len(value))
        for key, item in value.items():
            _encode_str(b"s", key, out)
            _encode(item, out, depth + 1, items)
    else:
        _encode_unsupported(value, out)


# ---------------------------------------------------------------- decoding


def decode(data: bytes):
    """Decode bytes made by :func:`encode`; raise :class:`CodecError` on anything else."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise CodecError(f"expected bytes, got {type(data).__name__}")
    reader = _Reader(bytes(data))
    try:
        value = reader.value(0)
    except CodecError:
        raise
    except (ValueError, TypeError, OverflowError, MemoryError, struct.error) as error:
        raise CodecError(f"malformed data: {error}") from None
    if reader.position != len(reader.data):
        raise CodecError(f"{len(reader.data) - reader.position} trailing bytes after the value")
    return value


class _Reader:
    def __init__(self, data: bytes):
        self.data = data
        self.position = 0
        self.items = 0

    def take(self, size: int) -> bytes:
        end = self.position + size
        if size < 0 or end > len(self.data):
            raise CodecError(f"truncated: needed {size} bytes at offset {self.position}")
        chunk = self.data[self.position : end]
        self.position = end
        return chunk

    def unpack(self, layout: struct.Struct) -> tuple:
        position = self.position
        if position + layout.size > len(self.data):
            raise CodecError(f"truncated: needed {layout.size} bytes at offset {position}")
        self.position = position + layout.size
        return layout.unpack_from(self.data, position)

    def u32(self) -> int:
        return self.unpack(_U32)[0]

    def count(self) -> int:
        """A length that cannot exceed what the remaining bytes could hold."""
        size = self.u32()
        if size > len(self.data) - self.position:
            raise CodecError(f"length {size} exceeds the remaining data")
        return size

    def text(self) -> str:
        try:
            return self.take(self.count()).decode("utf-8")
        except UnicodeDecodeError as error:
            raise CodecError(f"invalid UTF-8 in a string: {error.reason}") from None

    def value(self, depth: int):
        # The encoder replaces what lies deeper than MAX_DEPTH by one Unsupported.
        if depth > MAX_DEPTH + 1:
            raise CodecError(f"nested deeper than {MAX_DEPTH} levels")
        self.items += 1
        if self.items > MAX_ITEMS:
            raise CodecError(f"more than {MAX_ITEMS} items")
        if self.position >= len(self.data):
            raise CodecError(f"truncated: a value was expected at offset {self.position}")
        tag = self.data[self.position : self.position + 1]
        self.position += 1
        if depth > MAX_DEPTH and tag != b"u":
            raise CodecError(f"nested deeper than {MAX_DEPTH} levels")
        if tag == b"N":
            return None
        if tag in (b"T", b"F"):
            return tag == b"T"
        if tag == b"i":
            size = self.u32()
            if not 1 <= size <= MAX_INT_BYTES:
                raise CodecError(f"integer of {size} bytes")
            return int.from_bytes(self.take(size), "little", signed=True)
        if tag == b"f":
            return self.unpack(_F64)[0]
        if tag == b"c":
            return complex(*self.unpack(_C128))
        if tag == b"s":
            return self.text()
        if tag == b"b":
            return self.take(self.count())
        if tag in (b"l", b"t"):
            items = [self.value(depth + 1) for _ in range(self.count())]
            return tuple(items) if tag == b"t" else items
        if tag == b"d":
            result = {}
            for _ in range(self.count()):
                if self.take(1) != b"s":
                    raise CodecError("a dict key is not a string")
                key = self.text()
                result[key] = self.value(depth + 1)
            return result
        if tag in (b"a", b"g"):
            return self.array(scalar=tag == b"g")
        if tag == b"r":
            return self.arena_ref()
        if tag == b"u":
            type_name = self.text()
            if self.take(1) != b"s":
                raise CodecError("an unsupported value without its description")
            return Unsupported(type_name, self.text())
        raise CodecError(f"unknown tag {tag!r} at offset {self.position - 1}")

    def arena_ref(self) -> ArenaRef:
        dtype_name = self.text()
        if dtype_name not in ARRAY_DTYPES:
            raise CodecError(f"arena dtype {dtype_name!r} is not allowed")
        offset = self.unpack(_I64)[0]
        ndim = self.take(1)[0]
        if ndim > MAX_NDIM or offset < 0:
            raise CodecError(f"arena reference with {ndim} dimensions at offset {offset}")
        shape = tuple(self.unpack(_I64)[0] for _ in range(ndim))
        if any(size < 0 for size in shape):
            raise CodecError(f"negative array dimension in {shape}")
        return ArenaRef(offset, dtype_name, shape)

    def array(self, scalar: bool):
        dtype_name = self.take(self.take(1)[0]).decode("ascii", "replace")
        if dtype_name not in ARRAY_DTYPES:
            raise CodecError(f"array dtype {dtype_name!r} is not allowed")
        ndim = self.take(1)[0]
        if ndim > MAX_NDIM or (scalar and ndim != 0):
            raise CodecError(f"array with {ndim} dimensions")
        shape = tuple(self.unpack(_I64)[0] for _ in range(ndim))
        if any(size < 0 for size in shape):
            raise CodecError(f"negative array dimension in {shape}")
        dtype = np.dtype(dtype_name)
        nbytes = math.prod(shape) * dtype.itemsize
        if nbytes > len(self.data) - self.position:
            raise CodecError(f"array of shape {shape} needs more data than was sent")
        array = np.frombuffer(self.take(nbytes), dtype=dtype).reshape(shape).copy()
        return array[()] if scalar else array

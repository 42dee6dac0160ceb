"""The sandbox codec and the frame channel: round trips, Unsupported values, hostile bytes.

``decode`` reads bytes written by student code, so besides the round-trip
properties every malformed input must give a plain value or ``CodecError``,
never another exception, and quickly.
"""

from __future__ import annotations

import math
import socket
import struct
import threading
import time

import hypothesis.extra.numpy as hnp
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grader import codec
from grader.codec import (
    ARRAY_DTYPES,
    MAX_DEPTH,
    MAX_INT_BYTES,
    MAX_ITEMS,
    MAX_NDIM,
    CodecError,
    Unsupported,
    decode,
    encode,
)
from grader.sandbox import channel

FAST = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example],
)
FUZZ = settings(FAST, max_examples=300)

U32 = struct.Struct("<I")
I64 = struct.Struct("<q")
TAGS = [b"N", b"T", b"F", b"i", b"f", b"c", b"s", b"b", b"l", b"t", b"d", b"a", b"g", b"u"]
ALLOWED_DTYPES = [np.dtype(name) for name in sorted(ARRAY_DTYPES)]
# The largest magnitude that fits in MAX_INT_BYTES bytes of two's complement.
INT_LIMIT = 2 ** (8 * MAX_INT_BYTES - 1) - 1


# ---------------------------------------------------------------- helpers


def is_plain(value, depth: int = 0) -> bool:
    """True for exactly the types ``decode`` may return, at any depth."""
    if depth > 200:
        return False
    kind = type(value)
    if value is None or kind in (bool, int, float, complex, str, bytes):
        return True
    if kind is Unsupported:
        return type(value.type_name) is str and type(value.text) is str
    if kind in (list, tuple):
        return all(is_plain(item, depth + 1) for item in value)
    if kind is dict:
        return all(type(k) is str and is_plain(v, depth + 1) for k, v in value.items())
    if kind is np.ndarray:
        return value.dtype.kind in "biufc" and value.dtype.fields is None
    if isinstance(value, np.generic):
        return value.dtype.kind in "biufc" and value.dtype.fields is None
    return False


def assert_same(expected, actual, where: str = "value") -> None:
    """``actual`` is the decoded form of ``expected``: same types, bit-for-bit values."""
    if isinstance(expected, np.ndarray):
        assert type(actual) is np.ndarray, where
        wanted = expected.view(np.ndarray)
        if wanted.dtype.byteorder == ">":
            wanted = wanted.astype(wanted.dtype.newbyteorder("<"))
        assert actual.dtype == wanted.dtype, where
        assert actual.dtype.str == wanted.dtype.str, where
        assert actual.shape == wanted.shape, where
        assert actual.tobytes() == np.ascontiguousarray(wanted).tobytes(), where
        assert actual.flags.writeable, where
        assert actual.flags.owndata and actual.base is None, where
        if wanted.dtype.kind in "fc":
            assert np.array_equal(actual, wanted, equal_nan=True), where
        else:
            assert np.array_equal(actual, wanted), where
        return
    assert type(actual) is type(expected), f"{where}: {type(actual)} is not {type(expected)}"
    if isinstance(expected, np.generic):
        assert actual.dtype == expected.dtype, where
        assert actual.tobytes() == expected.tobytes(), where
    elif isinstance(expected, float):
        if math.isnan(expected):
            assert math.isnan(actual), where
        else:
            assert actual == expected, where
        assert struct.pack("<d", actual) == struct.pack("<d", expected), where
    elif isinstance(expected, complex):
        assert_same(expected.real, actual.real, f"{where}.real")
        assert_same(expected.imag, actual.imag, f"{where}.imag")
    elif isinstance(expected, (list, tuple)):
        assert len(actual) == len(expected), where
        for index, (item, got) in enumerate(zip(expected, actual, strict=True)):
            assert_same(item, got, f"{where}[{index}]")
    elif isinstance(expected, dict):
        assert list(actual) == list(expected), where
        for key in expected:
            assert_same(expected[key], actual[key], f"{where}[{key!r}]")
    else:
        assert actual == expected, where


def roundtrip(value):
    return decode(encode(value))


def decodes_safely(data: bytes):
    """Decode hostile bytes: a plain value, or None after a CodecError; nothing else."""
    try:
        value = decode(data)
    except CodecError:
        return None
    assert is_plain(value), repr(value)[:200]
    return value


def nested_list(levels: int, leaf=None):
    value = leaf
    for _ in range(levels):
        value = [value]
    return value


def array_header(dtype: bytes, shape: tuple[int, ...], tag: bytes = b"a") -> bytes:
    header = tag + bytes([len(dtype)]) + dtype + bytes([len(shape)])
    return header + b"".join(I64.pack(size) for size in shape)


def text_field(text: str, tag: bytes = b"s") -> bytes:
    data = text.encode("utf-8")
    return tag + U32.pack(len(data)) + data


# ---------------------------------------------------------------- strategies

dtypes = st.sampled_from(ALLOWED_DTYPES)
shapes = hnp.array_shapes(min_dims=0, max_dims=4, min_side=0, max_side=4)
arrays = dtypes.flatmap(lambda dtype: hnp.arrays(dtype, shapes))
numpy_scalars = dtypes.flatmap(lambda dtype: hnp.arrays(dtype, ())).map(lambda a: a[()])
integers = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.integers(min_value=-INT_LIMIT, max_value=INT_LIMIT),
    st.sampled_from([0, -1, 127, 128, -128, -129, 255, 256, INT_LIMIT, -INT_LIMIT]),
)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    integers,
    st.floats(allow_nan=True, allow_infinity=True),
    st.complex_numbers(allow_nan=True, allow_infinity=True),
    st.text(),  # no lone surrogates by default; those are tested separately
    st.binary(),
    arrays,
    numpy_scalars,
)
plain_values = st.recursive(
    leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.lists(children, max_size=4).map(tuple),
        st.dictionaries(st.text(max_size=8), children, max_size=4),
    ),
    max_leaves=16,
)


# ---------------------------------------------------------------- the checker itself


def test_is_plain_accepts_plain_and_rejects_everything_else():
    assert is_plain([None, True, 1, 1.5, 1j, "s", b"b", (np.zeros(2), np.float32(1))])
    assert is_plain({"k": [Unsupported("set", "{1}")], "e": np.zeros((0, 3), np.int8)})
    for bad in (
        object(),
        {1: 2},
        {"k": {1, 2}},
        [bytearray(b"x")],
        np.array([object()]),
        np.zeros(2, dtype=[("x", "<i4")]),
        np.array(["2020-01-01"], dtype="datetime64[D]"),
        np.str_("x"),
        np.ma.masked_array([1, 2]),
        type("MyInt", (int,), {})(3),
        (x for x in ()),
    ):
        assert not is_plain(bad), bad


# ---------------------------------------------------------------- round trips


@FAST
@given(plain_values)
def test_plain_values_round_trip(value):
    assert_same(value, roundtrip(value))


@FAST
@given(arrays)
def test_arrays_round_trip_as_fresh_base_ndarrays(array):
    decoded = roundtrip(array)
    assert_same(array, decoded)
    assert not np.shares_memory(decoded, array)
    if decoded.size:
        decoded.flat[0] = decoded.flat[-1]  # writable, and the original is untouched
    assert_same(array, roundtrip(array))


@FAST
@given(numpy_scalars)
def test_numpy_scalars_round_trip_as_numpy_scalars(scalar):
    decoded = roundtrip(scalar)
    assert isinstance(decoded, np.generic)
    assert type(decoded) is type(scalar)
    assert decoded.dtype == scalar.dtype
    assert decoded.tobytes() == scalar.tobytes()


@pytest.mark.parametrize("dtype", ALLOWED_DTYPES, ids=str)
@pytest.mark.parametrize("shape", [(), (0,), (3, 0), (0, 0, 2), (1,), (2, 3), (1,) * MAX_NDIM])
def test_every_allowed_dtype_and_edge_shape(dtype, shape):
    rng = np.random.default_rng(0)
    array = np.asarray(np.abs(rng.standard_normal(shape)) * 10).astype(dtype)
    assert type(array) is np.ndarray  # a 0-d array, not a numpy scalar
    decoded = roundtrip(array)
    assert_same(array, decoded)
    assert decoded.ndim == len(shape)


@FAST
@given(st.text(alphabet=st.characters(categories=["Cs"]), min_size=1, max_size=5), st.text())
def test_lone_surrogates_are_backslash_escaped(surrogates, text):
    value = text + surrogates + text
    expected = value.encode("utf-8", "backslashreplace").decode("utf-8")
    decoded = roundtrip(value)
    assert decoded == expected
    assert "\\ud" in decoded
    assert roundtrip({value: value}) == {expected: expected}


@pytest.mark.parametrize(
    "value",
    [
        0.0,
        -0.0,
        math.inf,
        -math.inf,
        math.nan,
        complex(math.nan, -0.0),
        complex(-math.inf, math.nan),
        5e-324,
        True,
        False,
        0,
        -1,
        INT_LIMIT,
        -INT_LIMIT,
        "",
        b"",
        [],
        (),
        {},
        ([],),
        [()],
        {"": {"": ()}},
        nested_list(MAX_DEPTH),
    ],
    ids=lambda value: repr(value)[:40],
)
def test_edge_values_round_trip(value):
    assert_same(value, roundtrip(value))


def test_tuples_stay_tuples_and_lists_stay_lists():
    decoded = roundtrip([(1, [2, (3,)]), {"x": ([],)}])
    assert type(decoded) is list
    assert type(decoded[0]) is tuple
    assert type(decoded[0][1]) is list
    assert type(decoded[0][1][1]) is tuple
    assert type(decoded[1]["x"]) is tuple
    assert type(decoded[1]["x"][0]) is list


def test_bool_is_not_decoded_as_int():
    decoded = roundtrip([True, 1, False, 0, np.True_])
    assert [type(x) for x in decoded] == [bool, int, bool, int, np.bool_]


@pytest.mark.parametrize(
    "array",
    [
        np.arange(12, dtype=">i4").reshape(3, 4),
        np.arange(6, dtype=">f8"),
        np.array([1 + 2j, 3 - 4j], dtype=">c16"),
        np.arange(20.0).reshape(4, 5)[::2, ::-2],
        np.asfortranarray(np.arange(6.0).reshape(2, 3)),
        np.arange(6).reshape(2, 3).T,
        np.broadcast_to(np.arange(3), (4, 3)),
    ],
    ids=["big-endian-int", "big-endian-float", "big-endian-complex", "strided", "fortran", "T",
         "broadcast"],
)  # fmt: skip
def test_non_native_or_non_contiguous_arrays_arrive_little_endian_and_contiguous(array):
    decoded = roundtrip(array)
    assert type(decoded) is np.ndarray
    assert decoded.dtype.str in ARRAY_DTYPES
    assert decoded.flags.c_contiguous and decoded.flags.writeable and decoded.flags.owndata
    np.testing.assert_array_equal(decoded, array)


def test_int_subclasses_and_float_subclasses_arrive_as_the_base_type():
    class MyInt(int):
        def __eq__(self, other):
            return True

        __hash__ = int.__hash__

    class MyFloat(float):
        pass

    decoded = roundtrip([MyInt(7), MyFloat(2.5)])
    assert_same([7, 2.5], decoded)
    assert decoded[0] != 8


# ---------------------------------------------------------------- Unsupported


class AlwaysEqual:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__

    def __repr__(self):
        return "AlwaysEqual()"


class EqualArray(np.ndarray):
    def __eq__(self, other):
        return np.ones(self.shape, dtype=bool)

    __hash__ = None


def test_object_with_custom_eq_becomes_unsupported():
    decoded = roundtrip(AlwaysEqual())
    assert decoded == Unsupported("AlwaysEqual", "AlwaysEqual()")
    assert type(decoded) is Unsupported
    assert decoded != 1
    assert decoded != object()
    assert (decoded == None) is False  # noqa: E711 - the point is what == does
    assert str(decoded) == "<AlwaysEqual object: AlwaysEqual()>"


@pytest.mark.filterwarnings("ignore:the matrix subclass:PendingDeprecationWarning")
def test_ndarray_subclass_with_custom_eq_decodes_as_a_plain_ndarray():
    sneaky = np.arange(3.0).view(EqualArray)
    assert (sneaky == np.array([9.0, 9.0, 9.0])).all()  # the subclass really does lie
    decoded = roundtrip(sneaky)
    assert type(decoded) is np.ndarray
    assert not (decoded == np.array([9.0, 9.0, 9.0])).any()
    np.testing.assert_array_equal(decoded, [0.0, 1.0, 2.0])
    for nested in roundtrip({"a": [sneaky], "m": np.asmatrix(np.eye(2))}).values():
        item = nested[0] if isinstance(nested, list) else nested
        assert type(item) is np.ndarray


def test_masked_array_loses_its_subclass():
    decoded = roundtrip(np.ma.masked_array([1.0, 2.0], mask=[False, True]))
    assert type(decoded) is np.ndarray
    np.testing.assert_array_equal(decoded, [1.0, 2.0])


def _generator():
    yield 1


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr for you")


@pytest.mark.parametrize(
    ("value", "type_name", "fragment"),
    [
        (np.array([1, "a"], dtype=object), "ndarray", "object"),
        (np.zeros(2, dtype=[("x", "<i4"), ("y", "<f8")]), "ndarray", "dtype"),
        (np.array(["2020-01-01"], dtype="datetime64[D]"), "ndarray", "datetime64"),
        (np.array([1], dtype="timedelta64[s]"), "ndarray", "timedelta64"),
        (np.array(["ab"]), "ndarray", "<U2"),
        (np.array([b"ab"]), "ndarray", "S2"),
        pytest.param(
            np.zeros(2, dtype=np.longdouble),
            "ndarray",
            "float128",
            marks=pytest.mark.skipif(
                np.dtype(np.longdouble).itemsize == 8, reason="long double is float64 here"
            ),
        ),
        (np.zeros((1,) * (MAX_NDIM + 1)), "ndarray", "array"),
        (np.datetime64("2020-01-01"), "ndarray", "datetime64"),
        (np.str_("x"), "ndarray", "<U1"),
        (_generator(), "generator", "generator object"),
        ({1, 2}, "set", "{1, 2}"),
        (frozenset(), "frozenset", "frozenset()"),
        ({1: "one"}, "dict", "{1: 'one'}"),
        ({"ok": 1, 2: "two"}, "dict", "2: 'two'"),
        (bytearray(b"x"), None, None),  # bytearray is sent as bytes
        (BadRepr(), "BadRepr", "(repr failed)"),
        (print, "builtin_function_or_method", "print"),
        (AlwaysEqual, "type", "AlwaysEqual"),
        (2 ** (8 * MAX_INT_BYTES - 1), "int", "too large"),
        (2 ** (8 * MAX_INT_BYTES), "int", "too large"),
        (-(2 ** (8 * MAX_INT_BYTES + 5)), "int", "too large"),
    ],
    ids=lambda v: type(v).__name__ if not isinstance(v, str) else v,
)
def test_non_plain_values_become_unsupported(value, type_name, fragment):
    decoded = roundtrip([value, "after"])
    assert decoded[1] == "after"  # the stream stays in step after an Unsupported
    if type_name is None:
        assert decoded[0] == b"x"
        return
    assert type(decoded[0]) is Unsupported
    assert decoded[0].type_name == type_name
    assert fragment in decoded[0].text


def test_unsupported_repr_is_truncated():
    class Long:
        def __repr__(self):
            return "x" * 10_000

    decoded = roundtrip(Long())
    assert decoded == Unsupported("Long", "x" * 200)


def test_list_nested_deeper_than_max_depth_becomes_unsupported():
    decoded = roundtrip(nested_list(MAX_DEPTH + 5))
    for _ in range(MAX_DEPTH):
        assert type(decoded) is list and len(decoded) == 1
        decoded = decoded[0]
    assert type(decoded) is Unsupported or type(decoded[0]) is Unsupported


def test_the_encoder_keeps_to_the_decoders_item_limit():
    value = [None] * (MAX_ITEMS - 1)  # MAX_ITEMS items with the list itself
    assert roundtrip(value) == value
    too_many = roundtrip([None] * MAX_ITEMS)
    assert type(too_many) is Unsupported and too_many.type_name == "list"
    assert "more than" in too_many.text


@pytest.mark.parametrize(
    "other", [np.zeros(3), np.zeros(()), np.array([np.nan]), 0, 0.0, 1j, "", None, True]
)
def test_unsupported_equals_no_array_or_number(other):
    unsupported = Unsupported("set", "set()")
    assert not np.any(unsupported == other)
    assert not np.any(other == unsupported)
    assert np.all(unsupported != other)


def test_unsupported_equals_only_an_identical_description():
    assert Unsupported("set", "set()") == Unsupported("set", "set()")
    assert Unsupported("set", "set()") != Unsupported("set", "{1}")
    assert Unsupported("set", "set()") != Unsupported("frozenset", "set()")


# ---------------------------------------------------------------- fuzzing decode


@FUZZ
@given(st.binary(max_size=300))
def test_decode_arbitrary_bytes(data):
    decodes_safely(data)


@FUZZ
@given(st.lists(st.one_of(st.sampled_from(TAGS), st.binary(max_size=9)), max_size=30))
def test_decode_tag_soup(pieces):
    decodes_safely(b"".join(pieces))


mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(min_value=0), st.integers(1, 255)),
    st.tuples(st.just("set"), st.integers(min_value=0), st.sampled_from([0, 1, 0x7F, 0x80, 0xFF])),
    st.tuples(st.just("truncate"), st.integers(min_value=0)),
    st.tuples(st.just("insert"), st.integers(min_value=0), st.binary(min_size=1, max_size=9)),
    st.tuples(st.just("delete"), st.integers(min_value=0), st.integers(1, 9)),
    st.tuples(st.just("append"), st.binary(min_size=1, max_size=9)),
)


def mutate(data: bytearray, mutation) -> bytearray:
    kind, *args = mutation
    at = args[0] % (len(data) + 1) if kind != "append" else len(data)
    if kind == "flip" and data:
        data[at % len(data)] ^= args[1]
    elif kind == "set" and data:
        data[at % len(data)] = args[1]
    elif kind == "truncate":
        del data[at:]
    elif kind == "insert":
        data[at:at] = args[1]
    elif kind == "delete":
        del data[at : at + args[1]]
    elif kind == "append":
        data += args[0]
    return data


@FUZZ
@given(plain_values, st.lists(mutations, min_size=1, max_size=4))
def test_decode_mutated_encodings(value, changes):
    original = encode(value)
    data = bytearray(original)
    for change in changes:
        data = mutate(data, change)
    decoded = decodes_safely(bytes(data))
    if bytes(data) == original:
        assert_same(value, decoded)


@FUZZ
@given(plain_values, st.data())
def test_every_proper_prefix_and_every_extension_is_rejected(value, data):
    encoded = encode(value)
    cut = data.draw(st.integers(0, len(encoded) - 1))
    with pytest.raises(CodecError):
        decode(encoded[:cut])
    with pytest.raises(CodecError):
        decode(encoded + data.draw(st.binary(min_size=1, max_size=20)))


def test_decode_accepts_bytes_like_and_rejects_other_types():
    encoded = encode([1, "x"])
    assert decode(bytearray(encoded)) == [1, "x"]
    assert decode(memoryview(encoded)) == [1, "x"]
    for bad in ("N", None, 1, [78]):
        with pytest.raises(CodecError):
            decode(bad)


def _deep(tag_and_header: bytes, levels: int, leaf: bytes = b"N") -> bytes:
    return tag_and_header * levels + leaf


HOSTILE = {
    "empty": b"",
    "unknown tag": b"x",
    "string length 2**32-1 with no data": b"s" + U32.pack(2**32 - 1),
    "bytes length 2**32-1 with no data": b"b" + U32.pack(2**32 - 1),
    "list length 2**32-1 with no data": b"l" + U32.pack(2**32 - 1),
    "tuple length 2**32-1 with no data": b"t" + U32.pack(2**32 - 1),
    "dict length 2**32-1 with no data": b"d" + U32.pack(2**32 - 1),
    "unsupported name length 2**32-1": b"u" + U32.pack(2**32 - 1),
    "int length 2**32-1": b"i" + U32.pack(2**32 - 1),
    "int with size 0": b"i" + U32.pack(0),
    "int with size 0 and data": b"i" + U32.pack(0) + b"\x01",
    "int longer than MAX_INT_BYTES": b"i" + U32.pack(MAX_INT_BYTES + 1) + b"\x01" * 1025,
    "truncated int": b"i" + U32.pack(8) + b"\x01",
    "truncated float": b"f\x00\x00",
    "truncated complex": b"c" + b"\x00" * 15,
    "shape (10**18,) and no data": array_header(b"<f8", (10**18,)),
    "shape (2**62, 2**62) and no data": array_header(b"<f8", (2**62, 2**62)),
    "shape (2**63-1,) of bytes": array_header(b"|u1", (2**63 - 1,)),
    "32 dims of 2**63-1": array_header(b"<c16", (2**63 - 1,) * 32),
    "negative dimension": array_header(b"<f8", (-1,)),
    "negative dimensions that multiply to a size": array_header(b"|u1", (-2, -2)) + b"\x00" * 4,
    "zero dimension beside 2**62": array_header(b"<f8", (0, 2**62)),
    "zero dimension beside 2**63-1": array_header(b"|b1", (2**63 - 1, 0)),
    "dtype |O8": array_header(b"|O8", (1,)) + b"\x00" * 8,
    "dtype <V8": array_header(b"<V8", (1,)) + b"\x00" * 8,
    "dtype >f8": array_header(b">f8", (1,)) + b"\x00" * 8,
    "dtype <M8[D]": array_header(b"<M8[D]", (1,)) + b"\x00" * 8,
    "dtype <U1": array_header(b"<U1", (1,)) + b"\x00" * 4,
    "dtype structured": array_header(b"[('x', '<i4')]", (1,)) + b"\x00" * 4,
    "dtype garbage bytes": array_header(b"\xff\xfe\x00\x80", (1,)) + b"\x00" * 8,
    "dtype empty": array_header(b"", (1,)) + b"\x00" * 8,
    "dtype length past the end": b"a\xff<f8",
    "ndim 255": b"a\x03<f8\xff" + b"\x00" * 8 * 255,
    "ndim 33": array_header(b"|u1", (1,) * (MAX_NDIM + 1)) + b"\x00",
    "scalar with a dimension": array_header(b"<f8", (1,), tag=b"g") + b"\x00" * 8,
    "array data short by one byte": array_header(b"<i4", (2,)) + b"\x00" * 7,
    "10_000 nested lists": _deep(b"l" + U32.pack(1), 10_000),
    "10_000 nested tuples": _deep(b"t" + U32.pack(1), 10_000),
    "10_000 nested dicts": _deep(b"d" + U32.pack(1) + text_field(""), 10_000),
    "10_000 list tags without lengths": b"l" * 10_000,
    "33 nested lists": _deep(b"l" + U32.pack(1), MAX_DEPTH + 1),
    "trailing bytes": encode(1) + b"N",
    "trailing zero byte": encode([1, 2]) + b"\x00",
    "two values": encode("a") + encode("b"),
    "dict key is an int": b"d" + U32.pack(1) + encode(1) + encode(2),
    "dict key is bytes": b"d" + U32.pack(1) + encode(b"k") + encode(2),
    "dict key missing": b"d" + U32.pack(1),
    "dict value missing": b"d" + U32.pack(1) + text_field("k"),
    "invalid UTF-8": b"s" + U32.pack(1) + b"\xff",
    "UTF-8 encoded surrogate": b"s" + U32.pack(3) + b"\xed\xa0\x80",
    "overlong UTF-8": b"s" + U32.pack(2) + b"\xc0\xaf",
    "invalid UTF-8 in a dict key": b"d" + U32.pack(1) + b"s" + U32.pack(1) + b"\x80N",
    "invalid UTF-8 in an unsupported name": b"u" + U32.pack(1) + b"\xff" + text_field("x"),
    "unsupported without description": b"u" + text_field("set")[1:] + b"N",
    "unsupported with bytes description": b"u" + text_field("set")[1:] + encode(b"x"),
    "unsupported truncated": b"u" + text_field("set")[1:],
    "list shorter than announced": b"l" + U32.pack(3) + b"NN",
    "more than MAX_ITEMS items": b"l" + U32.pack(MAX_ITEMS + 1) + b"N" * (MAX_ITEMS + 1),
}
MAY_DECODE = {"zero dimension beside 2**62", "zero dimension beside 2**63-1"}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_bytes_raise_codec_error_quickly(name):
    started = time.perf_counter()
    if name in MAY_DECODE:
        value = decodes_safely(HOSTILE[name])
        assert value is None or (type(value) is np.ndarray and value.size == 0)
    else:
        with pytest.raises(CodecError):
            decode(HOSTILE[name])
    assert time.perf_counter() - started < 2.0


def test_deep_nesting_is_rejected_without_recursion_even_with_a_low_limit():
    import sys

    data = _deep(b"l" + U32.pack(1), 10_000)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        with pytest.raises(CodecError, match="nested deeper"):
            decode(data)
    finally:
        sys.setrecursionlimit(old)


def test_valid_hand_written_encodings_decode():
    # Non-canonical but valid: a 5-byte int, a 0-size array with a 0 dimension.
    assert decode(b"i" + U32.pack(5) + b"\x07\x00\x00\x00\x00") == 7
    empty = decode(array_header(b"<f8", (0, 3)))
    assert type(empty) is np.ndarray and empty.shape == (0, 3)
    scalar = decode(array_header(b"<i2", (), tag=b"g") + b"\x05\x00")
    assert type(scalar) is np.int16 and scalar == 5
    unsupported = decode(b"u" + text_field("set")[1:] + text_field("{1}"))
    assert unsupported == Unsupported("set", "{1}")
    assert decode(b"d" + U32.pack(2) + text_field("k") + b"N" + text_field("k") + b"T") == {
        "k": True
    }


# ---------------------------------------------------------------- channel


@pytest.fixture
def pair():
    """Two Channels on a socket pair; a test reaches the raw socket as ``.sock``."""
    left, right = socket.socketpair()
    sender, receiver = channel.Channel(left), channel.Channel(right)
    yield sender, receiver
    sender.close()
    receiver.close()


@pytest.mark.parametrize(
    "value",
    [None, [1, "two", (3.0, b"4")], {"ok": True, "value": np.arange(6.0).reshape(2, 3)}, ""],
    ids=["none", "list", "dict", "empty-string"],
)
def test_channel_round_trip(pair, value):
    sender, receiver = pair
    sender.send(value, timeout=5)
    assert_same(value, receiver.receive(timeout=5))
    receiver.send(value, timeout=5)  # and the other way
    assert_same(value, sender.receive(timeout=5))


def test_channel_round_trips_a_frame_larger_than_the_socket_buffer(pair):
    sender, receiver = pair
    value = {"big": np.arange(1_000_000, dtype=np.float64), "tail": "end"}
    thread = threading.Thread(target=sender.send, args=(value, 10))
    thread.start()
    try:
        assert_same(value, receiver.receive(timeout=10))
    finally:
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_channel_keeps_consecutive_frames_apart(pair):
    sender, receiver = pair
    values = ([1], "two", {"three": 3}, None)
    frames = b"".join(struct.pack("<Q", len(encode(v))) + encode(v) for v in values)
    sender.sock.sendall(frames)  # all frames in one write: the reader must split them
    for value in values:
        assert_same(value, receiver.receive(timeout=5))
    with pytest.raises(channel.ChannelTimeout):
        receiver.receive(timeout=0.05)


def test_channel_reassembles_a_frame_sent_byte_by_byte(pair):
    sender, receiver = pair
    payload = encode({"x": np.arange(5), "y": "z"})
    frame = struct.pack("<Q", len(payload)) + payload

    def trickle():
        for byte in frame:
            sender.sock.send(bytes([byte]))
            time.sleep(0.001)

    thread = threading.Thread(target=trickle)
    thread.start()
    try:
        assert_same({"x": np.arange(5), "y": "z"}, receiver.receive(timeout=10))
    finally:
        thread.join(timeout=10)


@pytest.mark.parametrize("length", [channel.MAX_FRAME_BYTES + 1, 2**64 - 1])
def test_channel_refuses_an_oversized_frame_without_reading_it(pair, length):
    sender, receiver = pair
    sender.sock.sendall(struct.pack("<Q", length) + b"body")
    started = time.monotonic()
    with pytest.raises(channel.FrameTooLarge):
        receiver.receive(timeout=5)  # waiting for the body would end in ChannelTimeout
    assert time.monotonic() - started < 1.0


def test_channel_waits_for_the_body_of_a_frame_of_exactly_the_cap(pair):
    sender, receiver = pair
    sender.sock.sendall(struct.pack("<Q", channel.MAX_FRAME_BYTES))
    with pytest.raises(channel.ChannelTimeout):  # not too large, so it waits for the body
        receiver.receive(timeout=0.2)


@pytest.mark.parametrize(
    "sent",
    [b"", b"\x10\x00\x00", struct.pack("<Q", 100) + b"N" * 10],
    ids=["before-frame", "mid-header", "mid-body"],
)
def test_channel_peer_closing_mid_frame_gives_channel_closed(pair, sent):
    sender, receiver = pair
    sender.sock.sendall(sent)
    sender.close()
    started = time.monotonic()
    with pytest.raises(channel.ChannelClosed):
        receiver.receive(timeout=5)
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    "sent",
    [b"", b"\x05\x00", struct.pack("<Q", 10) + b"l"],
    ids=["nothing", "part-of-header", "part-of-body"],
)
def test_channel_silent_peer_gives_channel_timeout(pair, sent):
    sender, receiver = pair
    sender.sock.sendall(sent)
    started = time.monotonic()
    with pytest.raises(channel.ChannelTimeout):
        receiver.receive(timeout=0.2)
    elapsed = time.monotonic() - started
    assert 0.15 <= elapsed < 1.5


def test_channel_send_times_out_when_the_peer_does_not_read(pair):
    sender, _ = pair
    started = time.monotonic()
    with pytest.raises(channel.ChannelTimeout):
        sender.send(b"x" * 20_000_000, timeout=0.2)
    assert 0.15 <= time.monotonic() - started < 1.5


def test_channel_send_to_a_closed_peer_gives_channel_closed(pair):
    sender, receiver = pair
    receiver.close()
    with pytest.raises(channel.ChannelClosed):
        sender.send(b"x" * 1_000_000, timeout=5)


def test_channel_passes_codec_errors_through(pair):
    sender, receiver = pair
    sender.sock.sendall(struct.pack("<Q", 2) + b"N!")
    with pytest.raises(codec.CodecError):
        receiver.receive(timeout=5)

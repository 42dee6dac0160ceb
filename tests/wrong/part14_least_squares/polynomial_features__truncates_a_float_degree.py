# Mistake: Truncates a fractional degree with int() instead of refusing it.
# Clue: 2.5
def polynomial_features(x, degree):
    x = np.asarray(x, dtype=float)
    degree = int(degree)
    if x.ndim != 1 or x.size == 0 or degree < 0:
        raise ValueError("bad input")
    return x[:, None] ** np.arange(degree + 1)

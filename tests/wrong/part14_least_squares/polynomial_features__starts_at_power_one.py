# Mistake: Starts the powers at 1, dropping the column of ones.
# Clue: first column
def polynomial_features(x, degree):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or not isinstance(degree, int) or degree < 0:
        raise ValueError("bad input")
    return x[:, None] ** np.arange(1, degree + 2)

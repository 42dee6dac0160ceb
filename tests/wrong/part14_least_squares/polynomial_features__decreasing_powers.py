# Mistake: Uses np.vander's default decreasing powers, so the first column holds the highest power.
# Clue: first column
def polynomial_features(x, degree):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or not isinstance(degree, int) or degree < 0:
        raise ValueError("bad input")
    return np.vander(x, degree + 1)

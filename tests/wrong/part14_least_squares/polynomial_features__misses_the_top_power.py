# Mistake: Stops the powers at degree - 1, an off-by-one.
# Clue: how many columns
def polynomial_features(x, degree):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0 or not isinstance(degree, int) or degree < 0:
        raise ValueError("bad input")
    return np.column_stack([x**j for j in range(max(degree, 1))])

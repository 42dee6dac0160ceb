# Mistake: Declares a default degree of 2 instead of the documented 3.
# Clue: defaults-degree-3
def polynomial_kernel(X, Y, degree=2, coef0=1.0):
    X, Y = _pair(X, Y)
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer)) or degree < 1:
        raise ValueError("bad degree")
    return (X @ Y.T + coef0) ** degree

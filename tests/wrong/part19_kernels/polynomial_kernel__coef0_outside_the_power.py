# Mistake: Adds coef0 after taking the power instead of before.
# Clue: before or after
def polynomial_kernel(X, Y, degree=3, coef0=1.0):
    X, Y = _pair(X, Y)
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer)) or degree < 1:
        raise ValueError("bad degree")
    return (X @ Y.T) ** degree + coef0

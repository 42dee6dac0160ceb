# Mistake: Never checks the degree, so 0 or a fraction is accepted.
# Clue: degree must be an integer >= 1
def polynomial_kernel(X, Y, degree=3, coef0=1.0):
    X, Y = _pair(X, Y)
    return (X @ Y.T + coef0) ** degree

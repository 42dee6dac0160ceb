# Mistake: Scales by 1 / n, dropping the factor 2 of the derivative.
# Clue: factor 2
def mse_gradient(X, y, w):
    X, y, w = _problem(X, y, w)
    return X.T @ (X @ w - y) / len(y)

# Mistake: Uses the residual y - X w, which flips the sign of the gradient.
# Clue: which sign
def mse_gradient(X, y, w):
    X, y, w = _problem(X, y, w)
    return (2.0 / len(y)) * (X.T @ (y - X @ w))

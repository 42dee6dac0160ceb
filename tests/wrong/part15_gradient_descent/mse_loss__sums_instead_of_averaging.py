# Mistake: Returns the sum of the squared residuals instead of their mean.
# Clue: sum or a mean
def mse_loss(X, y, w):
    X, y, w = _problem(X, y, w)
    return float(np.sum((X @ w - y) ** 2))

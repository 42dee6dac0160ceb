# Mistake: Returns the root mean squared error instead of the mean squared error.
# Clue: square-rooted
def mse_loss(X, y, w):
    X, y, w = _problem(X, y, w)
    return float(np.sqrt(np.mean((X @ w - y) ** 2)))

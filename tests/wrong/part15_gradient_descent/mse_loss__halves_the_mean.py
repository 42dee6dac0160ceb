# Mistake: Divides the mean squared residual by 2, the 1/(2n) convention that this contract does
#   not use.
# Clue: halved
def mse_loss(X, y, w):
    X, y, w = _problem(X, y, w)
    return float(np.mean((X @ w - y) ** 2) / 2)

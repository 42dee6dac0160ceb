# Mistake: Adds up the gradient sample by sample in a Python loop instead of one vectorised
#   expression.
# Clue: vectorised
def mse_gradient(X, y, w):
    X, y, w = _problem(X, y, w)
    gradient = np.zeros(X.shape[1])
    for x_i, y_i in zip(X, y, strict=True):
        gradient += 2.0 * (x_i @ w - y_i) * x_i
    return gradient / len(y)

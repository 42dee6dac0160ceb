# Mistake: Adds and subtracts eps in the caller's w, which rounding does not restore exactly and
#   later coordinates then see.
# Clue: untouched
def numerical_gradient_mse(X, y, w, eps=1e-6):
    X = _design(X)
    y = _targets(X, y)
    w = _weights(X, w)
    if not eps > 0:
        raise ValueError("eps must be > 0")
    gradient = np.empty(w.shape[0])
    for j in range(w.shape[0]):
        w[j] += eps
        plus = _loss(X, y, w)
        w[j] -= 2 * eps
        minus = _loss(X, y, w)
        gradient[j] = (plus - minus) / (2 * eps)
    return gradient

# Mistake: Never checks lr and n_steps, so lr = 0 is accepted.
# Clue: lr must be > 0
def gradient_descent(X, y, lr, n_steps, w0=None):
    X = _design(X)
    y = _targets(X, y)
    w = np.zeros(X.shape[1]) if w0 is None else _weights(X, w0, "w0").copy()
    losses = [_loss(X, y, w)]
    for _ in range(int(n_steps)):
        w = w - lr * _gradient(X, y, w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)

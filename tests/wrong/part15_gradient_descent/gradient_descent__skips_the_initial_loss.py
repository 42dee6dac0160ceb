# Mistake: Records only the losses after each step, leaving out the loss at w0.
# Clue: which one comes first
def gradient_descent(X, y, lr, n_steps, w0=None):
    X = _design(X)
    y = _targets(X, y)
    w = np.zeros(X.shape[1]) if w0 is None else _weights(X, w0, "w0").copy()
    lr = _learning_rate(lr)
    n_steps = _count(n_steps, "n_steps")
    losses = []
    for _ in range(n_steps):
        w = w - lr * _gradient(X, y, w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)

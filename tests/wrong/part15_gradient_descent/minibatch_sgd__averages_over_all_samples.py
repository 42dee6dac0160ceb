# Mistake: Divides each batch's gradient by n instead of the batch size.
# Clue: averaged
def minibatch_sgd(X, y, lr, n_epochs, batch_size, seed=0):
    X = _design(X)
    y = _targets(X, y)
    lr = _learning_rate(lr)
    n_epochs = _count(n_epochs, "n_epochs")
    n = X.shape[0]
    batch_size = _count(batch_size, "batch_size")
    if not 1 <= batch_size <= n:
        raise ValueError("bad batch_size")
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            Xb, yb = X[batch], y[batch]
            w = w - lr * (2.0 / n) * (Xb.T @ (Xb @ w - yb))
    return w

# Mistake: Runs n // batch_size batches per epoch, dropping the leftover samples.
# Clue: left over
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
        for b in range(n // batch_size):
            batch = order[b * batch_size : (b + 1) * batch_size]
            w = w - lr * _gradient(X[batch], y[batch], w)
    return w

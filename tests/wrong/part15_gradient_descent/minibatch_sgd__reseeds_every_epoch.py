# Mistake: Creates a new generator with the same seed every epoch, so every epoch gets the same
#   shuffle.
# Clue: where must the random generator be created
def minibatch_sgd(X, y, lr, n_epochs, batch_size, seed=0):
    X = _design(X)
    y = _targets(X, y)
    lr = _learning_rate(lr)
    n_epochs = _count(n_epochs, "n_epochs")
    n = X.shape[0]
    batch_size = _count(batch_size, "batch_size")
    if not 1 <= batch_size <= n:
        raise ValueError("bad batch_size")
    w = np.zeros(X.shape[1])
    for _ in range(n_epochs):
        order = np.random.default_rng(seed).permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            w = w - lr * _gradient(X[batch], y[batch], w)
    return w

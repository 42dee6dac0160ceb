# Mistake: Walks through the samples in their original order instead of a fresh shuffle each epoch.
# Clue: shuffle
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
        for start in range(0, n, batch_size):
            batch = np.arange(start, min(start + batch_size, n))
            w = w - lr * _gradient(X[batch], y[batch], w)
    return w

# Mistake: Never checks batch_size, so 0 (a division by zero) or more than n is accepted.
# Clue: 1 <= batch_size <= n
def minibatch_sgd(X, y, lr, n_epochs, batch_size, seed=0):
    X = _design(X)
    y = _targets(X, y)
    lr = _learning_rate(lr)
    n_epochs = _count(n_epochs, "n_epochs")
    n = X.shape[0]
    rng = np.random.default_rng(seed)
    w = np.zeros(X.shape[1])
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for start in range(0, n, max(int(batch_size), 1)):
            batch = order[start : start + int(batch_size)]
            w = w - lr * _gradient(X[batch], y[batch], w)
    return w

# Mistake: Loops over the rows of X in Python instead of computing all distances at once.
# Clue: vectorised
def rbf_kernel(X, Y, gamma):
    X, Y = _pair(X, Y)
    if not gamma > 0:
        raise ValueError("bad gamma")
    K = np.empty((len(X), len(Y)))
    for i in range(len(X)):
        K[i] = np.exp(-gamma * ((Y - X[i]) ** 2).sum(axis=1))
    return K

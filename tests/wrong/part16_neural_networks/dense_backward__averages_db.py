# Mistake: Averages dZ over the rows for db instead of summing.
# Clue: sum over the rows or a mean | sum-not-average
def dense_backward(dZ, X, W):
    dZ, X, W = (_matrix(a, "input") for a in (dZ, X, W))
    if X.shape[1] != W.shape[0] or dZ.shape != (X.shape[0], W.shape[1]):
        raise ValueError("bad shapes")
    return dZ @ W.T, X.T @ dZ, dZ.mean(axis=0)

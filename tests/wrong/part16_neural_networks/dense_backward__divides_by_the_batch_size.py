# Mistake: Divides dW and db by the batch size, although the 1/n belongs in dZ already.
# Clue: sum over the rows or a mean | sum-not-average
def dense_backward(dZ, X, W):
    dZ, X, W = (_matrix(a, "input") for a in (dZ, X, W))
    if X.shape[1] != W.shape[0] or dZ.shape != (X.shape[0], W.shape[1]):
        raise ValueError("bad shapes")
    n = X.shape[0]
    return dZ @ W.T, X.T @ dZ / n, dZ.sum(axis=0) / n

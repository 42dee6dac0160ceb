# Mistake: Computes dX as dZ W instead of dZ W^T.
# Clue: which transposes
def dense_backward(dZ, X, W):
    dZ, X, W = (_matrix(a, "input") for a in (dZ, X, W))
    if X.shape[1] != W.shape[0] or dZ.shape != (X.shape[0], W.shape[1]):
        raise ValueError("bad shapes")
    return dZ @ W, X.T @ dZ, dZ.sum(axis=0)

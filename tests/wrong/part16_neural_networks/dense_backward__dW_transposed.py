# Mistake: Computes dW as dZ^T X, the transpose of the weight gradient.
# Clue: shape of the thing
def dense_backward(dZ, X, W):
    dZ, X, W = (_matrix(a, "input") for a in (dZ, X, W))
    if X.shape[1] != W.shape[0] or dZ.shape != (X.shape[0], W.shape[1]):
        raise ValueError("bad shapes")
    return dZ @ W.T, dZ.T @ X, dZ.sum(axis=0)

# Mistake: Returns X W without adding b.
# Clue: how is b added
def dense_forward(X, W, b):
    X, W, b = (np.asarray(a, dtype=float) for a in (X, W, b))
    if X.ndim != 2 or W.ndim != 2 or b.ndim != 1 or X.shape[1] != W.shape[0]:
        raise ValueError("bad shapes")
    if b.shape[0] != W.shape[1]:
        raise ValueError("bad bias")
    return X @ W

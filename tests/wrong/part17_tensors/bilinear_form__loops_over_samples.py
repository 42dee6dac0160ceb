# Mistake: Loops over the samples in Python instead of one vectorised expression.
# Clue: vectorised
def bilinear_form(x, W, y):
    x, W, y = (np.asarray(a, dtype=float) for a in (x, W, y))
    if x.ndim != 2 or W.ndim != 2 or y.ndim != 2 or len(x) != len(y):
        raise ValueError("bad shapes")
    if x.shape[1] != W.shape[0] or W.shape[1] != y.shape[1]:
        raise ValueError("bad shapes")
    out = np.zeros(len(x))
    for i in range(len(x)):
        out[i] = x[i] @ W @ y[i]
    return out

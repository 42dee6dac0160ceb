# Mistake: Uses W transposed, computing x[i] W^T y[i] instead of x[i] W y[i].
# Clue: in that order
def bilinear_form(x, W, y):
    x, W, y = (np.asarray(a, dtype=float) for a in (x, W, y))
    if x.ndim != 2 or W.ndim != 2 or y.ndim != 2 or len(x) != len(y):
        raise ValueError("bad shapes")
    if x.shape[1] != W.shape[1] or W.shape[0] != y.shape[1]:
        raise ValueError("bad shapes")
    return np.sum((x @ W.T) * y, axis=1)

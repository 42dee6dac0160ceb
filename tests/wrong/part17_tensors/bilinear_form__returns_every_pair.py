# Mistake: Returns x W y^T, the n-by-n table of every pair, instead of its diagonal.
# Clue: n-by-n table
def bilinear_form(x, W, y):
    x, W, y = (np.asarray(a, dtype=float) for a in (x, W, y))
    if x.ndim != 2 or W.ndim != 2 or y.ndim != 2 or len(x) != len(y):
        raise ValueError("bad shapes")
    if x.shape[1] != W.shape[0] or W.shape[1] != y.shape[1]:
        raise ValueError("bad shapes")
    return x @ W @ y.T

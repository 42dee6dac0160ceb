# Mistake: Never compares the numbers of rows of x and y, so one row of y broadcasts.
# Clue: matching n, p and q
def bilinear_form(x, W, y):
    x, W, y = (np.asarray(a, dtype=float) for a in (x, W, y))
    if x.ndim != 2 or W.ndim != 2 or y.ndim != 2:
        raise ValueError("bad shapes")
    if x.shape[1] != W.shape[0] or W.shape[1] != y.shape[1]:
        raise ValueError("bad shapes")
    return np.sum((x @ W) * y, axis=1)

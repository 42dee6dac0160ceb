# Mistake: Calls np.linalg.norm without scaling, so the squares of entries near 1e200 overflow to
#   inf.
# Clue: overflow | 1e200
def lp_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D vector")
    if not p >= 1:
        raise ValueError("p must be >= 1")
    return float(np.linalg.norm(x, ord=p))

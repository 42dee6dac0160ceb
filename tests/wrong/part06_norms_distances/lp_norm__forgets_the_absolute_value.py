# Mistake: Raises the signed entries to the power p, so negative entries cancel positive ones (and
#   np.max is used without abs for p = inf).
# Clue: absolute values
def lp_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D vector")
    if not p >= 1:
        raise ValueError("p must be >= 1")
    if p == np.inf:
        return float(np.max(x))
    return float(np.sum(x**p) ** (1 / p))

# Mistake: Returns the sum of the p-th powers without taking the p-th root.
# Clue: p-th root
def lp_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D vector")
    if not p >= 1:
        raise ValueError("p must be >= 1")
    if p == np.inf:
        return float(np.max(np.abs(x)))
    return float(np.sum(np.abs(x) ** p))

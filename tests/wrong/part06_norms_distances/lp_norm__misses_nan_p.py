# Mistake: Tests p < 1, which NaN passes, so p = NaN returns nan instead of raising ValueError.
# Clue: NaN
def lp_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D vector")
    if p < 1:
        raise ValueError("p must be >= 1")
    largest = np.max(np.abs(x))
    if p == np.inf or largest == 0:
        return float(largest)
    return float(largest * np.sum(np.abs(x / largest) ** p) ** (1 / p))

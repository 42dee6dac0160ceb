# Mistake: Never checks that p is at least 1, so p = 0.5 gives a number instead of raising
#   ValueError.
# Clue: p a number >= 1
def lp_norm(x, p):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("x must be a non-empty 1-D vector")
    largest = np.max(np.abs(x))
    if p == np.inf or largest == 0:
        return float(largest)
    return float(largest * np.sum(np.abs(x / largest) ** p) ** (1 / p))

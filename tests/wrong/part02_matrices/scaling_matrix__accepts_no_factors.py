# Mistake: Never checks that there is at least one factor, so an empty list gives a 0-by-0 matrix.
# Clue: at least one entry
def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.ndim != 1:
        raise ValueError("bad factors")
    return np.diag(factors)

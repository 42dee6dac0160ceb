# Mistake: Never checks that the factors are 1-D, so np.diag extracts the diagonal of a matrix
#   instead of failing.
# Clue: np.diag | diagonal helper
def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.size == 0:
        raise ValueError("no factors")
    return np.diag(factors)

# Mistake: Builds the diagonal matrix in the input's dtype, so integer factors give an integer
#   matrix.
# Clue: float64
def scaling_matrix(factors):
    factors = np.asarray(factors)
    if factors.ndim != 1 or factors.size == 0:
        raise ValueError("bad factors")
    return np.diag(factors)

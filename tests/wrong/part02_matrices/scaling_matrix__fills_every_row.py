# Mistake: Multiplies a matrix of ones by the factors, so every row holds all the factors and
#   nothing is zero off the diagonal.
# Clue: can be non-zero | diagonal
def scaling_matrix(factors):
    factors = np.asarray(factors, dtype=float)
    if factors.ndim != 1 or factors.size == 0:
        raise ValueError("bad factors")
    return np.ones((factors.size, factors.size)) * factors

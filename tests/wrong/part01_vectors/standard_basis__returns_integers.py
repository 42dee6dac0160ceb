# Mistake: Builds the basis vector with an integer dtype.
# Clue: float64 | float
def standard_basis(n, i):
    if n < 1 or not 0 <= i < n:
        raise ValueError("out of range")
    basis = np.zeros(n, dtype=int)
    basis[i] = 1
    return basis

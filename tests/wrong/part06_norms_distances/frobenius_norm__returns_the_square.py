# Mistake: Returns the sum of the squares without the square root.
# Clue: square root
def frobenius_norm(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("A must be a non-empty 2-D matrix")
    return float(np.sum(A**2))

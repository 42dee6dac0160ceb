# Mistake: Never checks that A is 2-D, so a 1-D vector is accepted.
# Clue: 2-D matrix
def frobenius_norm(A):
    A = np.asarray(A, dtype=float)
    if A.size == 0:
        raise ValueError("A must not be empty")
    return float(np.sqrt(np.sum(A**2)))

# Mistake: Sums the absolute values of the entries (an L1 norm) instead of the root of the sum of
#   squares.
# Clue: squares and square root
def frobenius_norm(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.size == 0:
        raise ValueError("A must be a non-empty 2-D matrix")
    return float(np.sum(np.abs(A)))

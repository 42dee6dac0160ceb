# Mistake: Sums the diagonal of any matrix without checking that it is square.
# Clue: square
def trace(A):
    return float(np.trace(_matrix(A, "A")))

# Mistake: Computes A ** k, which raises each entry to the power k instead of multiplying matrices.
# Clue: entry by entry
def matrix_power(A, k):
    A = _square(A, "A")
    if not isinstance(k, (int, np.integer)) or k < 0:
        raise ValueError("k must be an integer >= 0")
    return A**k

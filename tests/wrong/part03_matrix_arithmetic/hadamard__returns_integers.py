# Mistake: Never converts to float, so integer matrices give an integer product.
# Clue: float64
def hadamard(A, B):
    A, B = np.asarray(A), np.asarray(B)
    if A.ndim != 2 or A.size == 0 or A.shape != B.shape:
        raise ValueError("bad shapes")
    return A * B

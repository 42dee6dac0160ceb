# Mistake: Uses the matrix product @ instead of the entry-wise product.
# Clue: not the matrix product
def hadamard(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    if A.shape != B.shape:
        raise ValueError("shapes differ")
    return A @ B

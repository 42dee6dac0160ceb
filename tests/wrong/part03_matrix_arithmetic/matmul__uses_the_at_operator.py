# Mistake: Multiplies the whole matrices with @, which the exercise forbids.
# Clue: library product
def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    if A.shape[1] != B.shape[0]:
        raise ValueError("inner dimensions differ")
    return A @ B

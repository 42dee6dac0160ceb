# Mistake: Multiplies the whole matrices with np.dot, which the exercise forbids.
# Clue: library product
def matmul(A, B):
    left = np.asarray(A, dtype=float)
    right = np.asarray(B, dtype=float)
    if left.ndim != 2 or right.ndim != 2 or left.size == 0 or right.size == 0:
        raise ValueError("A and B must be non-empty matrices")
    if left.shape[1] != right.shape[0]:
        raise ValueError("inner dimensions differ")
    return np.dot(left, right)

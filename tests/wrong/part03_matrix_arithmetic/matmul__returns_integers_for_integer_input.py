# Mistake: Never converts to float, so integer matrices give an integer product.
# Clue: float64
def matmul(A, B):
    A, B = np.asarray(A), np.asarray(B)
    if A.ndim != 2 or B.ndim != 2 or A.size == 0 or B.size == 0:
        raise ValueError("A and B must be non-empty matrices")
    if A.shape[1] != B.shape[0]:
        raise ValueError("inner dimensions differ")
    return np.array([[A[i] @ B[:, j] for j in range(B.shape[1])] for i in range(A.shape[0])])

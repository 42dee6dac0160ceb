# Mistake: Stores the dot product of row i and column j at (j, i), returning the transpose of the
#   product.
# Clue: Entry (i, j)
def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    if A.shape[1] != B.shape[0]:
        raise ValueError("inner dimensions differ")
    product = np.zeros((B.shape[1], A.shape[0]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            product[j, i] = A[i] @ B[:, j]
    return product

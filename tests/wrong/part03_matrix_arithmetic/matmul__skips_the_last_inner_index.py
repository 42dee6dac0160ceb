# Mistake: Runs the inner loop to n - 1, an off-by-one that drops the last product of each sum.
# Clue: every inner index
def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    (m, n), p = A.shape, B.shape[1]
    if n != B.shape[0]:
        raise ValueError("inner dimensions differ")
    product = np.zeros((m, p))
    for i in range(m):
        for j in range(p):
            for k in range(n - 1):
                product[i, j] += A[i, k] * B[k, j]
    return product

# Mistake: Never resets the sum between entries, so each entry adds on to the previous ones.
# Clue: start from zero | starts from zero
def matmul(A, B):
    A, B = _matrix(A, "A"), _matrix(B, "B")
    (m, n), p = A.shape, B.shape[1]
    if n != B.shape[0]:
        raise ValueError("inner dimensions differ")
    product = np.zeros((m, p))
    total = 0.0
    for i in range(m):
        for j in range(p):
            for k in range(n):
                total += A[i, k] * B[k, j]
            product[i, j] = total
    return product

# Mistake: Compares the pivots with an absolute 1e-12, so a positive definite matrix of tiny
#   entries is refused.
# Clue: compared with the diagonal of A
def cholesky(A):
    A = _symmetric(A)
    n = A.shape[0]
    L = np.zeros_like(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 1e-12:
            raise np.linalg.LinAlgError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L

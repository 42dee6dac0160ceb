# Mistake: Refuses only pivots <= 0, so a singular matrix whose rounding leaves a tiny positive
#   pivot is factored.
# Clue: slightly positive
def cholesky(A):
    A = _symmetric(A)
    n = A.shape[0]
    L = np.zeros_like(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise np.linalg.LinAlgError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L

# Mistake: Takes square roots of non-positive pivots (NaN) instead of raising LinAlgError.
# Clue: square root
def cholesky(A):
    A = _symmetric(A)
    n = A.shape[0]
    L = np.zeros_like(A)
    with np.errstate(invalid="ignore", divide="ignore"):
        for j in range(n):
            L[j, j] = np.sqrt(A[j, j] - L[j, :j] @ L[j, :j])
            L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L

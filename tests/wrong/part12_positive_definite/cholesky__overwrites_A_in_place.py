# Mistake: Factors in the caller's float array (np.asarray, no copy), overwriting its lower
#   triangle.
# Clue: in place
def cholesky(A):
    _symmetric(A)  # the checks, on a copy
    A = np.asarray(A, dtype=float)  # the caller's array itself when it is float64
    n = A.shape[0]
    floor = 1e-12 * np.max(np.diag(A))
    for j in range(n):
        pivot = A[j, j] - A[j, :j] @ A[j, :j]
        if pivot <= floor:
            raise np.linalg.LinAlgError("not positive definite")
        A[j, j] = np.sqrt(pivot)
        A[j + 1 :, j] = (A[j + 1 :, j] - A[j + 1 :, :j] @ A[j, :j]) / A[j, j]
    return np.tril(A)

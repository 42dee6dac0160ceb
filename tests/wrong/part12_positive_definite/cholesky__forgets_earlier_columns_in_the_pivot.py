# Mistake: Takes A[j, j] as the pivot without subtracting the squares of the entries already placed
#   in row j.
# Clue: already found take away
def cholesky(A):
    A = _symmetric(A)
    n = A.shape[0]
    floor = 1e-12 * np.max(np.diag(A))
    L = np.zeros_like(A)
    for j in range(n):
        pivot = A[j, j]  # should subtract sum(L[j, :j]**2)
        if pivot <= floor:
            raise np.linalg.LinAlgError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1 :, j] = (A[j + 1 :, j] - L[j + 1 :, :j] @ L[j, :j]) / L[j, j]
    return L

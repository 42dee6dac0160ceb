# Mistake: Tests the sign of the determinant instead of the smallest eigenvalue, which is not the
#   positive semi-definite test.
# Clue: two properties
def is_valid_kernel_matrix(K, tol=1e-8):
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0 or tol < 0:
        raise ValueError("bad K")
    if K.shape[0] != K.shape[1] or not np.all(np.abs(K - K.T) <= tol):
        return False
    return bool(np.linalg.det(K) >= -tol)

# Mistake: Compares the smallest eigenvalue with an absolute -tol, so round-off of a matrix of
#   large entries fails it.
# Clue: grow with the size of the entries
def is_valid_kernel_matrix(K, tol=1e-8):
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0 or tol < 0:
        raise ValueError("bad K")
    if K.shape[0] != K.shape[1] or not np.all(np.abs(K - K.T) <= tol):
        return False
    return bool(np.linalg.eigvalsh((K + K.T) / 2.0)[0] >= -tol)

# Mistake: Demands exact symmetry, so a kernel matrix with rounding-level asymmetry is rejected.
# Clue: tolerance for round-off
def is_valid_kernel_matrix(K, tol=1e-8):
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0 or tol < 0:
        raise ValueError("bad K")
    if K.shape[0] != K.shape[1] or not np.array_equal(K, K.T):
        return False
    eigenvalues = np.linalg.eigvalsh(K)
    return bool(eigenvalues[0] >= -tol * max(1.0, float(np.max(np.abs(eigenvalues)))))

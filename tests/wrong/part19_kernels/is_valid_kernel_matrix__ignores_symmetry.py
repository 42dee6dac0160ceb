# Mistake: Tests the eigenvalues of the symmetric part without checking that K itself is symmetric.
# Clue: two properties
def is_valid_kernel_matrix(K, tol=1e-8):
    K = np.asarray(K, dtype=float)
    if K.ndim != 2 or K.size == 0 or tol < 0:
        raise ValueError("bad K")
    if K.shape[0] != K.shape[1]:
        return False
    eigenvalues = np.linalg.eigvalsh((K + K.T) / 2.0)
    return bool(eigenvalues[0] >= -tol * max(1.0, float(np.max(np.abs(eigenvalues)))))

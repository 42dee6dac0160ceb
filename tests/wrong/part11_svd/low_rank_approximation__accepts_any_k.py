def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    k = int(k)
    return (U[:, :k] * s[:k]) @ Vt[:k, :]

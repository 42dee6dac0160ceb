def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    k = _integer(k, "k", 1, min(A.shape), f"A has shape {A.shape}")
    U, _, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ Vt[:k, :]

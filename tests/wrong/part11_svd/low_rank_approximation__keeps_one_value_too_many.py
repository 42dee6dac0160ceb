# Mistake: Keeps k + 1 singular values, an off-by-one.
# Clue: exactly k
def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    k = _integer(k, "k", 1, min(A.shape), f"A has shape {A.shape}")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, : k + 1] * s[: k + 1]) @ Vt[: k + 1, :]

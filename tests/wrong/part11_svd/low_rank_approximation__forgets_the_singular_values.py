# Mistake: Multiplies the kept columns of U by the kept rows of Vt without the singular values.
# Clue: a singular value times
def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    k = _integer(k, "k", 1, min(A.shape), f"A has shape {A.shape}")
    U, _, Vt = np.linalg.svd(A, full_matrices=False)
    return U[:, :k] @ Vt[:k, :]

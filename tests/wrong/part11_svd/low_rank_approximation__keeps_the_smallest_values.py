# Mistake: Keeps the last k singular values, the smallest, instead of the first k.
# Clue: Which layers | as close as possible
def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    k = _integer(k, "k", 1, min(A.shape), f"A has shape {A.shape}")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    return (U[:, -k:] * s[-k:]) @ Vt[-k:, :]

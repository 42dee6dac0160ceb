# Mistake: Never checks k, so k = 0 or k above min(m, n) is accepted.
# Clue: 1 <= k <= min(m, n)
def low_rank_approximation(A, k):
    A = _matrix(A, "A")
    U, s, Vt = np.linalg.svd(A, full_matrices=False)
    k = int(k)
    return (U[:, :k] * s[:k]) @ Vt[:k, :]

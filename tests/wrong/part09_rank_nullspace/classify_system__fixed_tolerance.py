# Mistake: Computes the ranks with an absolute 1e-10, so a tiny but invertible A looks
#   rank-deficient.
# Clue: scale with A
def classify_system(A, b):
    # ranks with an absolute 1e-10: a tiny but invertible A looks like the zero matrix
    A = _matrix(A)
    b = np.array(b, dtype=float)
    if b.ndim != 1 or b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {A.shape}")
    rank_A = _rank(A, tol=1e-10)
    if _rank(np.column_stack([A, b]), tol=1e-10) > rank_A:
        return "none"
    return "unique" if rank_A == A.shape[1] else "infinite"

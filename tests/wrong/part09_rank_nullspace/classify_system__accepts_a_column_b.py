# Mistake: Checks only the length of b, so a column b of shape (m, 1) is accepted.
# Clue: 1-D vector
def classify_system(A, b):
    # column_stack happily takes b of shape (m, 1) too; only the length is checked
    A = _matrix(A)
    b = np.array(b, dtype=float)
    if b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {A.shape}")
    rank_A = _rank(A)
    if _rank(np.column_stack([A, b])) > rank_A:
        return "none"
    return "unique" if rank_A == A.shape[1] else "infinite"

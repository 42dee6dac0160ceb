# Mistake: Calls the solution unique when the rank equals the number of rows (equations) instead of
#   columns (unknowns).
# Clue: unknowns or of equations
def classify_system(A, b):
    # unique when rank(A) == m: right for square systems only
    A = _matrix(A)
    b = np.array(b, dtype=float)
    if b.ndim != 1 or b.shape[0] != A.shape[0]:
        raise ValueError(f"b of shape {b.shape} does not fit A of shape {A.shape}")
    rank_A = _rank(A)
    if _rank(np.column_stack([A, b])) > rank_A:
        return "none"
    return "unique" if rank_A == A.shape[0] else "infinite"

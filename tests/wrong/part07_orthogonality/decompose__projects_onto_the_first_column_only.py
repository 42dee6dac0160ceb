# Mistake: Projects onto the first column of A only instead of the whole subspace.
# Clue: whole subspace
def decompose(v, A):
    v, A = _vector_and_columns(v, A)
    a = A[:, 0]
    parallel = (v @ a) / (a @ a) * a if np.any(a) else np.zeros_like(v)
    return parallel, v - parallel

# Mistake: Returns a boolean array instead of int64 labels.
# Clue: int64 | dtype
def spectral_bipartition(A):
    f = _low_eigenvectors(_adjacency(A, min_nodes=2), 1)[:, 0]
    return (f < 0) if f[0] >= 0 else (f >= 0)

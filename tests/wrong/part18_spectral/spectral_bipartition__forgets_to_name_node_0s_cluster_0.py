# Mistake: Labels the negative entries 1 without making sure node 0 gets label 0.
# Clue: Which node fixes them
def spectral_bipartition(A):
    f = _low_eigenvectors(_adjacency(A, min_nodes=2), 1)[:, 0]
    return (f < 0).astype(np.int64)

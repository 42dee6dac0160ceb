# Mistake: Splits at the median of the Fiedler vector instead of at zero, forcing clusters of equal
#   size.
# Clue: by sign
def spectral_bipartition(A):
    f = _low_eigenvectors(_adjacency(A, min_nodes=2), 1)[:, 0]
    labels = (f < np.median(f)).astype(np.int64)
    return labels if labels[0] == 0 else 1 - labels

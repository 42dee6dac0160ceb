# Mistake: Replaces a non-positive tol by 1e-9 instead of raising ValueError.
# Clue: tol > 0
def num_connected_components(A, tol=1e-9):
    A = _adjacency(A)
    values = np.linalg.eigvalsh(np.diag(A.sum(axis=1)) - A)
    return int(np.count_nonzero(values <= max(tol, 1e-9)))

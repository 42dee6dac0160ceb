# Mistake: Counts eigenvalues within an absolute 1e-15 of zero instead of at most tol.
# Clue: 1e-12
_solved_num_connected_components = num_connected_components


def num_connected_components(A, tol=1e-9):
    _solved_num_connected_components(A, tol)  # the same checks
    A = np.asarray(A, dtype=float)
    values = np.linalg.eigvalsh(np.diag(A.sum(axis=1)) - A)
    return int(np.sum(np.isclose(values, 0.0, atol=1e-15)))

# Mistake: Counts the zero eigenvalues of A instead of those of the Laplacian D - A.
# Clue: D - A
_solved_num_connected_components = num_connected_components


def num_connected_components(A, tol=1e-9):
    _solved_num_connected_components(A, tol)  # the same checks
    values = np.linalg.eigvalsh(np.asarray(A, dtype=float))
    return max(1, int(np.count_nonzero(np.abs(values) <= tol)))

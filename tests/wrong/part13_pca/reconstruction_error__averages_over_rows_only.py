# Mistake: Averages the squared error over the n rows only instead of all n * d entries.
# Clue: every entry
_solved_reconstruction_error = reconstruction_error


def reconstruction_error(X, n_components):
    d = np.shape(X)[-1] if np.ndim(X) == 2 else 1
    return _solved_reconstruction_error(X, n_components) * d

# Mistake: Projects X itself instead of X minus the mean.
# Clue: centred yet
_solved_pca_transform = pca_transform


def pca_transform(X, mean, components):
    _solved_pca_transform(X, mean, components)  # the shape checks
    return np.asarray(X, dtype=float) @ np.asarray(components, dtype=float).T

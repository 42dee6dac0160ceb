# Mistake: Returns the scores transposed, shape (k, n), instead of one row per sample.
# Clue: how many coordinates should each sample get
_solved_pca_transform = pca_transform


def pca_transform(X, mean, components):
    _solved_pca_transform(X, mean, components)  # the shape checks
    centred = np.asarray(X, dtype=float) - np.asarray(mean, dtype=float)
    return np.asarray(components, dtype=float) @ centred.T

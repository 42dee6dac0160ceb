# Mistake: Subtracts the mean from the caller's float array in place.
# Clue: in place
_solved_pca_transform = pca_transform


def pca_transform(X, mean, components):
    _solved_pca_transform(X, mean, components)  # the shape checks
    data = np.asarray(X, dtype=float)
    data -= np.asarray(mean, dtype=float)
    return data @ np.asarray(components, dtype=float).T

# Mistake: Subtracts the mean instead of adding it back.
# Clue: add or subtract
_solved_pca_inverse_transform = pca_inverse_transform


def pca_inverse_transform(Z, mean, components):
    _solved_pca_inverse_transform(Z, mean, components)  # the shape checks
    Z, components = np.asarray(Z, dtype=float), np.asarray(components, dtype=float)
    return Z @ components - np.asarray(mean, dtype=float)

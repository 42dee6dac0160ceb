# Mistake: Multiplies the coordinates by the components without adding the mean back.
# Clue: where did the walk start
_solved_pca_inverse_transform = pca_inverse_transform


def pca_inverse_transform(Z, mean, components):
    _solved_pca_inverse_transform(Z, mean, components)  # the shape checks
    return np.asarray(Z, dtype=float) @ np.asarray(components, dtype=float)

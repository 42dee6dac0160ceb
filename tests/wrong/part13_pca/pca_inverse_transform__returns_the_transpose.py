# Mistake: Returns the reconstruction transposed, one column per sample.
# Clue: each sample is a row
_solved_pca_inverse_transform = pca_inverse_transform


def pca_inverse_transform(Z, mean, components):
    _solved_pca_inverse_transform(Z, mean, components)  # the shape checks
    Z, components = np.asarray(Z, dtype=float), np.asarray(components, dtype=float)
    return components.T @ Z.T + np.asarray(mean, dtype=float)[:, None]

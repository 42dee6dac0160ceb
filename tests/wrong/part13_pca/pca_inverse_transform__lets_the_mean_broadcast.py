# Mistake: Never checks the shape of the mean, so a 2-D mean broadcasts.
# Clue: must agree on k and d
def pca_inverse_transform(Z, mean, components):
    Z = _pair(Z, "Z")
    components = _pair(components, "components")
    if Z.shape[1] != components.shape[0]:
        raise ValueError("Z and components disagree on k")
    return Z @ components + np.asarray(mean, dtype=float)

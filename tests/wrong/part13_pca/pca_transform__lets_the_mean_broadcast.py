# Mistake: Never checks the shape of the mean, so a wrong-shaped mean broadcasts.
# Clue: broadcasting
def pca_transform(X, mean, components):
    X = _pair(X, "X")
    components = _pair(components, "components")
    mean = np.asarray(mean, dtype=float)
    return (X - mean) @ components.T

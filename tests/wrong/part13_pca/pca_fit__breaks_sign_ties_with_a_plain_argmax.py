# Mistake: Finds the largest entry with a plain argmax, so entries tied up to rounding are not
#   resolved by the first of them as the convention says.
# Clue: which sign | tied-up-to-rounding
def pca_fit(X, n_components):
    # The lesson's first version of the sign rule: a plain argmax takes whichever of two
    # tied entries rounding made larger.
    X = _data(X)
    n, d = X.shape
    k = _n_components(n_components, n, d)
    mean, s, vt = _centred_svd(X)
    leading = np.argmax(np.abs(vt[:k]), axis=1)
    signs = np.sign(vt[np.arange(k), leading])
    return mean, vt[:k] * signs[:, None], s[:k] ** 2 / (n - 1)

# Mistake: Sums the entry-by-entry products of rows with the same index instead of taking every
#   pair's dot product.
# Clue: single matrix product
def linear_kernel(X, Y):
    X, Y = _pair(X, Y)
    return (X * Y).sum(axis=1, keepdims=True) * np.ones((1, len(Y)))

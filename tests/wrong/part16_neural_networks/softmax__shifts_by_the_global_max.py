# Mistake: Subtracts the maximum of the whole matrix instead of each row's, so rows on a smaller
#   scale underflow.
# Clue: per row rather than once
def softmax(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2 or Z.size == 0:
        raise ValueError("bad Z")
    E = np.exp(Z - Z.max())
    return E / E.sum(axis=1, keepdims=True)

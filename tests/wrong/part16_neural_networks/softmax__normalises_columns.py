# Mistake: Shifts and normalises along axis 0, so the columns sum to 1 instead of the rows.
# Clue: which axis
def softmax(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2 or Z.size == 0:
        raise ValueError("bad Z")
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)

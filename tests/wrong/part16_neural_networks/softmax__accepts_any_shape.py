# Mistake: Normalises along the last axis of any input, so a 1-D vector is accepted.
# Clue: 2-D
def softmax(Z):
    Z = np.asarray(Z, dtype=float)
    E = np.exp(Z - Z.max(axis=-1, keepdims=True))
    return E / E.sum(axis=-1, keepdims=True)

# Mistake: Exponentiates without subtracting each row's maximum, so large logits overflow to nan.
# Clue: overflowing
def softmax(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.ndim != 2 or Z.size == 0:
        raise ValueError("bad Z")
    E = np.exp(Z)
    return E / E.sum(axis=1, keepdims=True)

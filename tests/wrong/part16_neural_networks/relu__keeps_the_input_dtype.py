# Mistake: Keeps the input's integer dtype.
# Clue: float64 | dtype
def relu(Z):
    Z = np.asarray(Z)
    if Z.size == 0:
        raise ValueError("empty")
    return np.maximum(Z, 0)

# Mistake: Returns ReLU(Z) instead of its slope.
# Clue: slope 1
def relu_grad(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    return np.maximum(Z, 0.0)

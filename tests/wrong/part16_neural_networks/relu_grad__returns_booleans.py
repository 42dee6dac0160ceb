# Mistake: Returns the boolean mask Z > 0 instead of a float array.
# Clue: float64
def relu_grad(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    return Z > 0

# Mistake: Uses Z >= 0, giving slope 1 at 0 instead of 0.
# Clue: Which side does 0
def relu_grad(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    return (Z >= 0).astype(float)

# Mistake: Multiplies negative values by 0.01 (a leaky ReLU) instead of setting them to 0.
# Clue: negative ones
def relu(Z):
    Z = np.asarray(Z, dtype=float)
    if Z.size == 0:
        raise ValueError("empty")
    return np.where(Z > 0, Z, 0.01 * Z)

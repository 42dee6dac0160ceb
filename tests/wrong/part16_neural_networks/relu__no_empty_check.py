# Mistake: Never checks for an empty input.
# Clue: at least one entry
def relu(Z):
    return np.maximum(np.asarray(Z, dtype=float), 0.0)

# Mistake: Calls np.dot on whatever it gets, so a matrix argument gives an array instead of raising
#   ValueError.
# Clue: 1-D vectors
def dot(u, v):
    result = np.dot(np.asarray(u, dtype=float), np.asarray(v, dtype=float))
    return float(result) if np.ndim(result) == 0 else result

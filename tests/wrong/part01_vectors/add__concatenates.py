# Mistake: Joins the two vectors end to end (as + does for Python lists) instead of adding them
#   entry by entry.
# Clue: Python lists | concatenat
def add(u, v):
    return np.concatenate([np.asarray(u, dtype=float), np.asarray(v, dtype=float)])

# Mistake: Adds without checking the shapes, so numpy broadcasts a length-1 vector against a longer
#   one.
# Clue: broadcasting
def add(u, v):
    return np.asarray(u, dtype=float) + np.asarray(v, dtype=float)

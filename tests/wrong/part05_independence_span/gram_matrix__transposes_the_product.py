# Mistake: Computes V.T @ V, the Gram matrix of the columns (one row per coordinate), instead of V
#   @ V.T.
# Clue: one row per vector
def gram_matrix(V):
    V = _vectors(V, "V")
    return V.T @ V

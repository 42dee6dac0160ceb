# Mistake: Computes V @ V, a matrix square, instead of V times its transpose.
# Clue: transpose
def gram_matrix(V):
    V = _vectors(V, "V")
    return V @ V

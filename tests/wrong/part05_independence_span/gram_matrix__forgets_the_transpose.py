def gram_matrix(V):
    V = _vectors(V, "V")
    return V @ V

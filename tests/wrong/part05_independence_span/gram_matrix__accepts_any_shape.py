def gram_matrix(V):
    V = np.asarray(V, dtype=float)
    return V @ V.T

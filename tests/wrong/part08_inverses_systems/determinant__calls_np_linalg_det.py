def determinant(A):
    return float(np.linalg.det(_square_matrix(A)))

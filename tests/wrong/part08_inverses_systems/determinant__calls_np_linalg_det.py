# Mistake: Calls np.linalg.det, which the exercise forbids.
# Clue: forbids
def determinant(A):
    return float(np.linalg.det(_square_matrix(A)))

# Mistake: Returns the matrix 2-norm, which can exceed the spectral radius.
# Clue: matrix norm
def spectral_radius(A):
    A = _square(A)
    return float(np.linalg.norm(A, 2))

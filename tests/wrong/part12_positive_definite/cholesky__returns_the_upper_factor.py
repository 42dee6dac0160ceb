# Mistake: Returns the upper factor L^T instead of the lower-triangular L.
# Clue: lower-triangular
def cholesky(A):
    return _factor(_symmetric(A)).T

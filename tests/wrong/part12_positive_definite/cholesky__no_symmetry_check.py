# Mistake: Never checks symmetry, so a non-symmetric matrix is factored from one triangle.
# Clue: symmetric matrix
def cholesky(A):
    return _factor(_square(A))

# Mistake: Compares the matrix 2-norm with 1 instead of the spectral radius.
# Clue: a norm can be larger
def is_stable(A):
    return bool(np.linalg.norm(_square(A), 2) < 1.0)

# Mistake: Calls np.linalg.cholesky, which the exercise forbids.
# Clue: forbids
def cholesky(A):
    A = _symmetric(A)
    _factor(A)  # raises LinAlgError as the contract asks
    return np.linalg.cholesky(A)

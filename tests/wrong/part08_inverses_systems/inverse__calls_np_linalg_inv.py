# Mistake: Calls np.linalg.inv, which the exercise forbids.
# Clue: forbids
def inverse(A):
    A = _square_matrix(A)
    if not is_invertible(A):
        raise np.linalg.LinAlgError("A is singular")
    return np.linalg.inv(A)

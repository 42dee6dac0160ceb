# Mistake: Calls np.linalg.slogdet, which the exercise forbids.
# Clue: forbids
def log_det(A):
    A = _symmetric(A)
    _factor(A)  # raises LinAlgError as the contract asks
    _sign, value = np.linalg.slogdet(A)
    return float(value)

# Mistake: Calls np.linalg.slogdet and ignores its sign, which the exercise forbids.
# Clue: forbids
def log_det(A):
    A = _symmetric(A)
    return float(np.linalg.slogdet(A)[1])

# Mistake: Returns the sum of the logs of L's diagonal, the log-determinant of L, without the
#   factor 2.
# Clue: count the factors
def log_det(A):
    L = _factor(_symmetric(A))
    return float(np.sum(np.log(np.diag(L))))

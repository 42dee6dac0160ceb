# Mistake: Takes the log of the product of the diagonal, which underflows (or overflows) to -inf or
#   inf.
# Clue: determinant itself | underflows
def log_det(A):
    L = _factor(_symmetric(A))
    with np.errstate(over="ignore", divide="ignore", under="ignore"):
        return float(np.log(np.prod(np.diag(L)) ** 2))

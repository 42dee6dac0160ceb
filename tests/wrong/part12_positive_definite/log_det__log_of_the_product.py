def log_det(A):
    L = _factor(_symmetric(A))
    with np.errstate(over="ignore", divide="ignore", under="ignore"):
        return float(np.log(np.prod(np.diag(L)) ** 2))

def log_det(A):
    L = _factor(_symmetric(A))
    return float(np.sum(np.log(np.diag(L))))

def log_det(A):
    A = _symmetric(A)
    return float(np.linalg.slogdet(A)[1])

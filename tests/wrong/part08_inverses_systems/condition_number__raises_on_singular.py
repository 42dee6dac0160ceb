def condition_number(A):
    A = _square_matrix(A)
    return float(np.linalg.norm(A, 2) * np.linalg.norm(np.linalg.inv(A), 2))

def is_stable(A):
    return bool(np.linalg.norm(_square(A), 2) < 1.0)

def is_stable(A):
    return bool(np.max(np.linalg.eigvals(_square(A)).real) < 1.0)

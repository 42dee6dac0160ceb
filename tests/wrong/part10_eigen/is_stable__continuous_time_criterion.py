def is_stable(A):
    return bool(np.all(np.linalg.eigvals(_square(A)).real < 0))

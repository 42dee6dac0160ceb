def condition_number(A):
    A = _square_matrix(A)
    magnitudes = np.abs(np.linalg.eigvals(A))
    if magnitudes.min() == 0.0:
        return float("inf")
    return float(magnitudes.max() / magnitudes.min())

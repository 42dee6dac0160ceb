# Mistake: Uses base-10 logarithms instead of natural ones.
# Clue: Which logarithm
def log_det(A):
    L = _factor(_symmetric(A))
    return float(2.0 * np.sum(np.log10(np.diag(L))))

# Mistake: Uses the ratio of the largest to the smallest eigenvalue in size instead of the singular
#   values.
# Clue: eigenvalue
def condition_number(A):
    A = _square_matrix(A)
    magnitudes = np.abs(np.linalg.eigvals(A))
    if magnitudes.min() == 0.0:
        return float("inf")
    return float(magnitudes.max() / magnitudes.min())

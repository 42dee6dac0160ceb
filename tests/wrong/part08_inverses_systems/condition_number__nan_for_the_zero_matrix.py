# Mistake: Divides the singular values without a check, so the zero matrix (0 / 0) gives nan
#   instead of infinity.
# Clue: squashed to nothing
def condition_number(A):
    s = np.linalg.svd(_square_matrix(A), compute_uv=False)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(s[0] / s[-1])

# Mistake: Divides the smallest singular value by the largest, the reciprocal of the condition
#   number.
# Clue: compared with its most squashed
def condition_number(A):
    s = np.linalg.svd(_square_matrix(A), compute_uv=False)
    if s[-1] == 0.0:
        return float("inf")
    return float(s[-1] / s[0])
